import { z } from 'astro/zod';
import categories from '../../content/categories.json' with { type: 'json' };

/** Every category slug, in the order of content/categories.json. */
export const CATEGORY_SLUGS = categories.map((category) => category.slug) as [string, ...string[]];

/** The retry advice a code carries, from "never" to "transient". */
export const RETRY_VALUES = ['no', 'after-fix', 'backoff', 'not-applicable'] as const;

/** Whether a code reports a failure, a success or a signal. */
export const OUTCOME_VALUES = ['error', 'success', 'info'] as const;

/** One category of codes, as written in content/categories.json. */
export const categorySchema = z.object({
  /** URL segment of the category page: /categories/<slug>/. */
  slug: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'must be lower-case words joined by hyphens'),
  /** Display name, e.g. "Chat room". */
  title: z.string().trim().min(1, 'must not be empty'),
  /** One paragraph: what the codes are about and which calls return them. */
  description: z.string().trim().min(1, 'must not be empty'),
  /** Position on the home page and in breadcrumbs, lowest first. */
  order: z.number().int(),
});

/** Front matter of one status code, content/codes/<code>.mdx. */
export const codeSchema = z.object({
  /** The number the API returns in the JSON `code` field; unique across all entries. */
  code: z.number({ error: 'must be a whole number' }).int('must be a whole number').positive('must be positive'),
  /** The official table's description, e.g. "Frequency control". */
  title: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'must not be empty'),
  /** Slug of the category the code belongs to (see content/categories.json). */
  category: z.enum(CATEGORY_SLUGS, {
    error: (issue) => `unknown category ${JSON.stringify(issue.input)}: use one of ${CATEGORY_SLUGS.join(', ')}`,
  }),
  /** One plain sentence of at most 160 characters: the meta description and the ticket snippet. */
  summary: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'must not be empty')
    .max(160, 'must be at most 160 characters')
    .refine((text) => !/[\n\r]/.test(text), 'must be a single line')
    // A full stop followed by a capital starts a second sentence.
    .refine((text) => !/[.!?]\s+\p{Lu}/u.test(text), 'must be one sentence'),
  /** Codes worth reading next; each must exist. Checked when the collection loads. */
  related: z.array(z.number().int(), { error: 'must be a list of code numbers' }).default([]),
  /** Day the notes last changed (YYYY-MM-DD). */
  updated: z.coerce.date({
    error: (issue) => `must be a date written as YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
  }),
  /** Should the caller retry: no, after-fix, backoff (transient) or not-applicable (success). */
  retry: z.enum(RETRY_VALUES, {
    error: (issue) => `unknown retry value ${JSON.stringify(issue.input)}: use one of ${RETRY_VALUES.join(', ')}`,
  }),
  /** error, success or info (a signal such as "application submitted", not a failure). */
  outcome: z.enum(OUTCOME_VALUES, {
    error: (issue) => `unknown outcome ${JSON.stringify(issue.input)}: use one of ${OUTCOME_VALUES.join(', ')}`,
  }),
});

/** Validated front matter of one code. */
export type CodeData = z.infer<typeof codeSchema>;
/** One validated category. */
export type Category = z.infer<typeof categorySchema>;
