/** The two builds under test: the default one, and one under a base path with a real SITE_URL. */
const ALL_SITES = {
  root: { dir: 'dist', port: 4400, base: '/', site: 'http://localhost:4321' },
  base: { dir: 'dist-base', port: 4401, base: '/docs/nim/', site: 'https://docs.example.com' },
} as const;

/**
 * The builds this run tests: both, or only those named in TEST_SITES ("root" for the quick tier,
 * which builds once).
 */
export const SITES: Partial<typeof ALL_SITES> = Object.fromEntries(
  Object.entries(ALL_SITES).filter(([name]) => !process.env.TEST_SITES || process.env.TEST_SITES.split(',').includes(name)),
);

export type Site = (typeof ALL_SITES)[keyof typeof ALL_SITES];

/** SITE_URL (without its final slash) and BASE_PATH of the build a Playwright project tests. */
export function siteOf(projectName: string): { origin: string; base: string } {
  const site = SITES[projectName as keyof typeof SITES];
  if (!site) throw new Error(`no site under test for project "${projectName}"`);
  return { origin: site.site.replace(/\/$/, ''), base: site.base };
}
