/** The two builds under test: the default one, and one under a base path with a real SITE_URL. */
export const SITES = {
  root: { dir: 'dist', port: 4400, base: '/', site: 'http://localhost:4321' },
  base: { dir: 'dist-base', port: 4401, base: '/docs/nim/', site: 'https://docs.example.com' },
} as const;

export type Site = (typeof SITES)[keyof typeof SITES];
