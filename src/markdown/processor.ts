import { satteri } from '@astrojs/markdown-satteri';
import { codeSections } from './sections.ts';

/**
 * The Markdown processor of the site, with its plugins. One definition for astro.config.mjs and
 * for the render workers of the content loader (src/loaders/render-pool.ts), so that a body
 * rendered in a worker is the body Astro itself would render.
 */
export function markdownProcessor(base: string) {
  return satteri({ hastPlugins: [codeSections({ base })] });
}
