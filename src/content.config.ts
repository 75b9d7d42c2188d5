import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { codesLoader } from './loaders/codes.ts';
import { v1Refs } from './loaders/v1-refs.ts';
import { crossFamilyCheck } from './lib/validate.ts';
import { bareConstantNames } from './lib/sdk-names.ts';
import {
  categorySchema,
  categoryTranslationSchema,
  codeSchema,
  guideSchema,
  guideTranslationSchema,
  translationSchema,
  v2CodeSchema,
  type CodeData,
  type V2CodeData,
} from './lib/schema.ts';

/** One MDX file per status code. */
const codes = defineCollection({
  loader: codesLoader({
    base: 'content/codes',
    refs: (data) => {
      const { code, related, constants } = data as CodeData;
      return { code, related, constants: bareConstantNames(constants) };
    },
  }),
  schema: codeSchema,
});

/** The four categories, in one file. */
const categories = defineCollection({
  // The file loader needs an `id`; the slug is that id.
  loader: file('content/categories.json', {
    parser: (text) => (JSON.parse(text) as { slug: string }[]).map((category) => ({ id: category.slug, ...category })),
  }),
  schema: categorySchema,
});

/** The Chinese text of each code: summary and body only, one file per code, named like its English entry. */
const translations = defineCollection({
  loader: codesLoader({ base: 'content/zh/codes', translates: 'content/codes' }),
  schema: translationSchema,
});

/** The Chinese names and descriptions of the categories. */
const categoryTranslations = defineCollection({
  loader: file('content/zh/categories.json', {
    parser: (text) => (JSON.parse(text) as { slug: string }[]).map((category) => ({ id: category.slug, ...category })),
  }),
  schema: categoryTranslationSchema,
});

/** One MDX file per V2 error code (node-nim's V2NIMErrorCode), checked against the V1 pages. */
const v2codes = defineCollection({
  loader: codesLoader({
    base: 'content/v2',
    refs: (data) => {
      const { code, related, constant } = data as V2CodeData;
      return { code, related, constants: [constant] };
    },
    extraChecks: async (entries, root) =>
      crossFamilyCheck(
        entries.map(({ file, data }) => {
          const { code, constant, v1 } = data as V2CodeData;
          return { file, code, constant, v1: v1.map((pair) => pair.code) };
        }),
        v1Refs(root),
      ),
  }),
  schema: v2CodeSchema,
});

/** The Chinese text of each V2 code: summary and body only. */
const v2translations = defineCollection({
  loader: codesLoader({ base: 'content/zh/v2', translates: 'content/v2' }),
  schema: translationSchema,
});

/** The guides that hold the general rules (retries, tokens, where a code reaches you). */
const guides = defineCollection({
  loader: codesLoader({ base: 'content/guides' }),
  schema: guideSchema,
});

/** The Chinese text of each guide. */
const guideTranslations = defineCollection({
  loader: codesLoader({ base: 'content/zh/guides', translates: 'content/guides' }),
  schema: guideTranslationSchema,
});

export const collections = { codes, categories, translations, categoryTranslations, v2codes, v2translations, guides, guideTranslations };
