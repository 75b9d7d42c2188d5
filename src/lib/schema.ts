import { z } from 'astro/zod';
import categories from '../../content/categories.json' with { type: 'json' };
import v2Ranges from '../../content/v2/ranges.json' with { type: 'json' };

/** Every category slug, in the order of content/categories.json. */
export const CATEGORY_SLUGS = categories.map((category) => category.slug) as [string, ...string[]];

/** The retry advice a code carries, from "never" to "transient". */
export const RETRY_VALUES = ['no', 'after-fix', 'backoff', 'not-applicable'] as const;

/** Whether a code reports a failure, a success or a signal. */
export const OUTCOME_VALUES = ['error', 'success', 'info'] as const;

/** Where a reader meets a code: a server API response, an SDK callback, an SDK's own check, the console. */
export const SEEN_IN_VALUES = ['server-api', 'sdk', 'sdk-local', 'console'] as const;

/**
 * The SDK families that name status codes, each with the pattern its constant names follow.
 * cpp: C++, Node.js and Electron (`NIMResCode`); csharp: C# and Unity (`NIM.ResponseCode`); ios: `NIMRemoteErrorCode`;
 * android: `com.netease.nimlib.sdk.ResponseCode`; flutter: `NIMResultCode`; v2: `V2NIMErrorCode` on every platform.
 */
export const SDK_CONSTANT_PATTERNS = {
  cpp: /^kNIMRes[A-Z][A-Za-z]*$/,
  csharp: /^kNIMRes[A-Z][A-Za-z]*$/,
  ios: /^NIMRemoteError[A-Z][A-Za-z]*$/,
  android: /^RES_[A-Z][A-Z0-9_]*$/,
  flutter: /^[a-z][A-Za-z0-9_]*$/,
  v2: /^V2NIM_ERROR_CODE_[A-Z][A-Z0-9_]*$/,
} as const;

/** The SDK families, in the order the "Names in the SDKs" table lists them. */
export type SdkKey = keyof typeof SDK_CONSTANT_PATTERNS;
export const SDK_KEYS = Object.keys(SDK_CONSTANT_PATTERNS) as SdkKey[];

/** One place a code appears, as seenIn and seenInInferred write it. */
const seenPlace = z.enum(SEEN_IN_VALUES, {
  error: (issue) => `unknown value ${JSON.stringify(issue.input)}: use ${SEEN_IN_VALUES.join(', ')}`,
});

/** Han characters: an official Chinese name must contain some. */
const HAN = /\p{Script=Han}/u;

/** A constant name as one SDK writes it; `differs` marks an SDK that gives this number another meaning. */
function constantSchema(sdk: SdkKey) {
  const name = z
    .string({ error: 'must be the constant name' })
    .regex(SDK_CONSTANT_PATTERNS[sdk], `is not a ${sdk} constant name (expected ${SDK_CONSTANT_PATTERNS[sdk].source})`);
  return z.union([name, z.object({ name, differs: z.literal(true, { error: 'differs must be true, or left out' }) }).strict()], {
    error: `must be a ${sdk} constant name, or { name, differs: true }`,
  });
}

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

/** One plain sentence of at most 160 characters: the meta description and the ticket snippet. */
const summaryField = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'must not be empty')
  .max(160, 'must be at most 160 characters')
  .refine((text) => !/[\n\r]/.test(text), 'must be a single line')
  // A full stop followed by a capital starts a second sentence.
  .refine((text) => !/[.!?]\s+\p{Lu}/u.test(text), 'must be one sentence');

/** Day the notes last changed (YYYY-MM-DD). */
const updatedField = z.coerce.date({
  error: (issue) => `must be a date written as YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
});

/** Should the caller retry: no, after-fix, backoff (transient) or not-applicable (success). */
const retryField = z.enum(RETRY_VALUES, {
  error: (issue) => `unknown retry value ${JSON.stringify(issue.input)}: use one of ${RETRY_VALUES.join(', ')}`,
});

/** error, success or info (a signal such as "application submitted", not a failure). */
const outcomeField = z.enum(OUTCOME_VALUES, {
  error: (issue) => `unknown outcome ${JSON.stringify(issue.input)}: use one of ${OUTCOME_VALUES.join(', ')}`,
});

/** Where the code reaches a reader, set only from sources: server-api, sdk, sdk-local, console. */
const seenInField = z
  .array(seenPlace, { error: 'is required: a list of where the code appears' })
  .min(1, 'must name at least one place')
  .refine((list) => new Set(list).size === list.length, 'lists a value twice');

/** Words readers use for the code where the page's own words differ (English and Chinese); searched like the title. */
const aliasesField = z
  .array(
    z
      .string({ error: 'must be a list of phrases' })
      .trim()
      .min(2, 'has a phrase shorter than 2 characters')
      .max(60, 'has a phrase longer than 60 characters')
      .refine((text) => !/[\n\r,;]/.test(text), 'has a phrase with a line break, comma or semicolon: write one phrase per item'),
    { error: 'must be a list of phrases' },
  )
  .refine((list) => new Set(list.map((a) => a.toLowerCase())).size === list.length, 'lists a phrase twice')
  .default([]);

/** The official Chinese wording of a name: must contain Han characters. */
function chineseName(required: string) {
  return z
    .string({ error: required })
    .trim()
    .min(1, 'must not be empty')
    .refine((text) => HAN.test(text), 'must be the Chinese wording (it has no Chinese characters)');
}

/** seenInInferred may only list places that seenIn lists. */
function inferredWithinSeenIn(data: { seenIn: string[]; seenInInferred: string[] }, ctx: z.RefinementCtx): void {
  for (const place of data.seenInInferred) {
    if (!data.seenIn.includes(place)) {
      ctx.addIssue({ code: 'custom', path: ['seenInInferred'], message: `lists "${place}", which seenIn does not` });
    }
  }
}

/** Front matter of one status code, content/codes/<code>.mdx. */
export const codeSchema = z.object({
  /** The number the API returns in the JSON `code` field; unique across all entries. */
  code: z.number({ error: 'must be a whole number' }).int('must be a whole number').positive('must be positive'),
  /** The official table's description, e.g. "Frequency control". */
  title: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'must not be empty'),
  /** The official Chinese table's wording (状态码表), e.g. "频率控制"; the Chinese page's title. */
  titleZh: chineseName('is required: the official Chinese table wording'),
  /** Slug of the category the code belongs to (see content/categories.json). */
  category: z.enum(CATEGORY_SLUGS, {
    error: (issue) => `unknown category ${JSON.stringify(issue.input)}: use one of ${CATEGORY_SLUGS.join(', ')}`,
  }),
  /** One plain sentence of at most 160 characters: the meta description and the ticket snippet. */
  summary: summaryField,
  /** Codes worth reading next; each must exist. Checked when the collection loads. */
  related: z.array(z.number().int(), { error: 'must be a list of code numbers' }).default([]),
  /** Day the notes last changed (YYYY-MM-DD). */
  updated: updatedField,
  /** Should the caller retry: no, after-fix, backoff (transient) or not-applicable (success). */
  retry: retryField,
  /** error, success or info (a signal such as "application submitted", not a failure). */
  outcome: outcomeField,
  /** Where the code reaches a reader, set only from sources: server-api, sdk, sdk-local, console. */
  seenIn: seenInField,
  /** The values of seenIn that no source states, only the page's own reasoning: shown as inferred. */
  seenInInferred: z.array(seenPlace).default([]),
  /** The code's constant name in each SDK that defines one; leave out an SDK that has none. */
  constants: z
    .object(Object.fromEntries(SDK_KEYS.map((sdk) => [sdk, constantSchema(sdk).optional()])) as { [K in SdkKey]: z.ZodOptional<ReturnType<typeof constantSchema>> }, {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown SDK ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}: use ${SDK_KEYS.join(', ')}`
          : 'must map SDK names to constant names',
    })
    .strict()
    .default({}),
  /** Words readers use for the code where the page's own words differ (English and Chinese); searched like the title. */
  aliases: aliasesField,
  /** Not set here: a V1 ↔ V2 pair is written once, in the V2 page's `v1` field, and both pages show it. */
  v2Codes: z
    .never({ error: 'is no longer written on V1 pages: list the pair once, in the `v1` field of content/v2/<code>.mdx' })
    .optional(),
}).superRefine(inferredWithinSeenIn);

/** One Chinese sentence of at most 120 characters, ending in 。: the meta description and the ticket snippet. */
const summaryZhField = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'must not be empty')
  .max(120, 'must be at most 120 characters')
  .refine((text) => !/[\n\r]/.test(text), 'must be a single line')
  .refine((text) => text.endsWith('。'), 'must end with 。')
  .refine((text) => !/[。！？]/.test(text.slice(0, -1)), 'must be one sentence');

/** The error a translation gets for a key it may not set. */
function onlyTranslatedText(allowed: string, source: string) {
  return (issue: { code: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `${(issue.keys ?? []).map((key) => `"${key}"`).join(', ')} cannot be set in a translation: it holds only ${allowed}, and every other field comes from the English entry in ${source}`
      : undefined;
}

/**
 * Front matter of one Chinese entry, content/zh/codes/<code>.mdx or content/zh/v2/<code>.mdx: only
 * the translated text. Every fact (title, category, retry, related…) comes from the English entry of
 * the same file name.
 */
export const translationSchema = z
  .object(
    {
      /** One Chinese sentence of at most 120 characters, ending in 。: the meta description and the ticket snippet. */
      summary: summaryZhField,
    },
    { error: onlyTranslatedText('its summary and body', 'content/codes/ (or content/v2/)') },
  )
  .strict();

/** The Chinese title and description of a category, in content/zh/categories.json. */
export const categoryTranslationSchema = z.object({
  /** The category translated; must exist in content/categories.json. */
  slug: z.enum(CATEGORY_SLUGS, {
    error: (issue) => `unknown category ${JSON.stringify(issue.input)}: use one of ${CATEGORY_SLUGS.join(', ')}`,
  }),
  /** Chinese display name, e.g. "聊天室". */
  title: z.string().trim().min(1, 'must not be empty'),
  /** One Chinese paragraph on what the codes are about. */
  description: z.string().trim().min(1, 'must not be empty'),
});

/** The resource ranges of the V2 enum (content/v2/ranges.json): the two digits after the leading 1. */
export const V2_RANGES = v2Ranges;

/** The resource number of a V2 code: 108404 → 8; a code below 1000 is global (0). */
export function v2Resource(code: number): number {
  return code < 1000 ? 0 : Math.floor(code / 1000) % 100;
}

/** Front matter of one V2 error code, content/v2/<code>.mdx (node-nim's V2NIMErrorCode at 290c791a). */
export const v2CodeSchema = z
  .object({
    /** The number in `V2NIMError.code`: six digits (1 + resource + error), or a three-digit global code, or 0. */
    code: z
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .refine((n) => n === 0 || (n >= 100 && n <= 999) || (n >= 100000 && n <= 199999), 'must be 0, a three-digit or a six-digit V2 code')
      .refine(
        (n) => v2Ranges.some((range) => range.resource === v2Resource(n)),
        { error: (issue) => `has resource number ${String(v2Resource(Number(issue.input))).padStart(2, '0')}, which content/v2/ranges.json does not list` },
      ),
    /** The enum constant, e.g. V2NIM_ERROR_CODE_TEAM_NOT_EXIST; unique across V2 entries. */
    constant: z
      .string({ error: 'is required: the V2NIMErrorCode constant name' })
      .regex(SDK_CONSTANT_PATTERNS.v2, `is not a V2 constant name (expected ${SDK_CONSTANT_PATTERNS.v2.source})`),
    /** The enum's English comment, first letter capitalised (or this site's translation, see titleTranslated). */
    title: z.string({ error: 'is required' }).trim().min(1, 'must not be empty'),
    /** True when the enum has no English comment and the title is this site's translation of the Chinese one. */
    titleTranslated: z.boolean({ error: 'must be true or false' }).default(false),
    /** The enum's Chinese comment, as written: the Chinese page's title. */
    titleZh: chineseName("is required: the enum's Chinese comment"),
    /** One plain sentence of at most 160 characters: the meta description and the ticket snippet. */
    summary: summaryField,
    /** Should the caller retry: no, after-fix, backoff (transient) or not-applicable (success). */
    retry: retryField,
    /** error, success or info. */
    outcome: outcomeField,
    /** Where the code reaches a reader: server-api (the V2 server API), sdk (a server result in a V2 callback), sdk-local, console. */
    seenIn: seenInField,
    /** The values of seenIn that only the range or the page's reasoning supports, not a source: shown as inferred. */
    seenInInferred: z.array(seenPlace).default([]),
    /** Other V2 codes worth reading next; each must have a page. Checked when the collection loads. */
    related: z.array(z.number().int(), { error: 'must be a list of V2 code numbers' }).default([]),
    /** The V1 codes for the same situation, each marked sourced (a source pairs them) or inferred (the page's reasoning). */
    v1: z
      .array(
        z
          .object({
            /** The V1 code; it must have a page in content/codes/. */
            code: z.number({ error: 'must be a V1 code number' }).int(),
            /** sourced: a source pairs the two codes; inferred: only the meaning does. */
            basis: z.enum(['sourced', 'inferred'], { error: 'must be sourced or inferred' }),
          })
          .strict(),
        { error: 'must be a list of { code, basis }' },
      )
      .refine((list) => new Set(list.map((pair) => pair.code)).size === list.length, 'lists a code twice')
      .default([]),
    /** Words readers use for the code where the page's own words differ (English and Chinese). */
    aliases: aliasesField,
    /** Day the notes last changed (YYYY-MM-DD). */
    updated: updatedField,
  })
  .strict()
  .superRefine(inferredWithinSeenIn);

/** Front matter of one guide, content/guides/<slug>.mdx. */
export const guideSchema = z
  .object({
    /** The guide's name, e.g. "Retrying safely". */
    title: z.string({ error: 'is required' }).trim().min(1, 'must not be empty'),
    /** One plain sentence of at most 160 characters: the meta description. */
    summary: summaryField,
    /** Day the guide last changed (YYYY-MM-DD). */
    updated: updatedField,
  })
  .strict();

/** Front matter of one guide's Chinese text, content/zh/guides/<slug>.mdx: its title and summary. */
export const guideTranslationSchema = z
  .object(
    {
      /** The guide's Chinese name. */
      title: chineseName('is required: the Chinese title'),
      /** One Chinese sentence of at most 120 characters, ending in 。. */
      summary: summaryZhField,
    },
    { error: onlyTranslatedText('its title, summary and body', 'content/guides/') },
  )
  .strict();

/** Validated front matter of one code. */
export type CodeData = z.infer<typeof codeSchema>;
/** One validated category. */
export type Category = z.infer<typeof categorySchema>;
/** Validated front matter of one Chinese entry. */
export type TranslationData = z.infer<typeof translationSchema>;
/** Validated front matter of one V2 code. */
export type V2CodeData = z.infer<typeof v2CodeSchema>;
/** Validated front matter of one guide. */
export type GuideData = z.infer<typeof guideSchema>;
