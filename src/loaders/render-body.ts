import { readFileSync, writeFileSync } from 'node:fs';
import type { MarkdownHeading } from 'astro';
import { splitFrontMatter } from '../lib/front-matter.ts';
import { usesMdxSyntax } from '../markdown/mdx-syntax.ts';

/** One content file to render: its path for messages, its source, and the file its HTML goes to. */
export interface RenderJob {
  /** The file as messages name it, relative to the project root. */
  file: string;
  /** Absolute URL of the source. */
  source: string;
  /** Absolute URL of the rendered body. */
  out: string;
}

/** What rendering one file gave: the headings of the body now in `out`, MDX left to the MDX module, or the error. */
export type RenderOutcome = { headings: MarkdownHeading[] } | { mdx: true } | { error: string };

/** Renders a whole MDX file (front matter included) to HTML with the site's Markdown pipeline. */
export type RenderMarkdown = (text: string, fileURL: URL) => Promise<{ html: string; headings: MarkdownHeading[] }>;

/**
 * Renders one file and writes its body; a body that uses MDX syntax is left to the MDX module
 * (deferred rendering). Never throws: a bad file is an outcome, so every bad file is reported.
 */
export async function renderBody(job: RenderJob, render: RenderMarkdown): Promise<RenderOutcome> {
  try {
    const text = readFileSync(new URL(job.source), 'utf8');
    if (usesMdxSyntax(splitFrontMatter(text).body, job.file)) return { mdx: true };
    const { html, headings } = await render(text, new URL(job.source));
    writeFileSync(new URL(job.out), html);
    return { headings };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
