import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { codesLoader } from './loaders/codes.ts';
import { categorySchema, categoryTranslationSchema, codeSchema, translationSchema } from './lib/schema.ts';

/** One MDX file per status code. */
const codes = defineCollection({
  loader: codesLoader({ base: 'content/codes' }),
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

export const collections = { codes, categories, translations, categoryTranslations };
