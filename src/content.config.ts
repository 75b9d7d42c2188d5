import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { codesLoader } from './loaders/codes.ts';
import { categorySchema, codeSchema } from './lib/schema.ts';

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

export const collections = { codes, categories };
