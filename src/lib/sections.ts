import type { Locale } from '../i18n/ui.ts';

/** One section of a code page. */
export interface Section {
  /** Anchor id. Permanent: support tickets link to it, so it never follows the heading's wording or language. */
  id: string;
  /** The `##` heading as written in the MDX body of each language. */
  heading: Record<Locale, string>;
  /** Whether every code page must have it. */
  required: boolean;
}

/** The sections of every code page, in the order they must appear. */
export const SECTIONS: readonly Section[] = [
  { id: 'what-it-means', heading: { en: 'What it means', zh: '含义' }, required: true },
  { id: 'common-causes', heading: { en: 'Common causes', zh: '常见原因' }, required: true },
  { id: 'how-to-fix', heading: { en: 'How to fix', zh: '解决方法' }, required: true },
  { id: 'not-to-be-confused-with', heading: { en: 'Not to be confused with', zh: '注意区分' }, required: false },
  { id: 'example-response', heading: { en: 'Example response', zh: '响应示例' }, required: true },
  { id: 'related-codes', heading: { en: 'Related codes', zh: '相关状态码' }, required: true },
  { id: 'sources', heading: { en: 'Sources', zh: '参考来源' }, required: true },
];
