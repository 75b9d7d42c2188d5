/** One section of a code page. */
export interface Section {
  /** Anchor id. Permanent: support tickets link to it, so it never follows the heading's wording. */
  id: string;
  /** The `##` heading text as written in the MDX body. */
  heading: string;
  /** Whether every code page must have it. */
  required: boolean;
}

/** The sections of every code page, in the order they must appear. */
export const SECTIONS: readonly Section[] = [
  { id: 'what-it-means', heading: 'What it means', required: true },
  { id: 'common-causes', heading: 'Common causes', required: true },
  { id: 'how-to-fix', heading: 'How to fix', required: true },
  { id: 'not-to-be-confused-with', heading: 'Not to be confused with', required: false },
  { id: 'example-response', heading: 'Example response', required: true },
  { id: 'related-codes', heading: 'Related codes', required: true },
  { id: 'sources', heading: 'Sources', required: true },
];
