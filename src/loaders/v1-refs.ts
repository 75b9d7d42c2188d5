import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitFrontMatter } from '../lib/front-matter.ts';
import type { V1Ref } from '../lib/validate.ts';

/**
 * The V1 facts the V2 collection is checked against, read from content/codes/ directly: a loader
 * cannot rely on another collection having loaded first.
 */
export function v1Refs(root: URL): V1Ref[] {
  const dir = new URL('content/codes/', root);
  const names = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
  return names.map((name) => {
    const text = readFileSync(new URL(name, dir), 'utf8');
    const data = (parse(splitFrontMatter(text).frontMatter, { version: '1.2' }) ?? {}) as {
      code?: unknown;
      constants?: { v2?: string | { name: string } };
    };
    const v2 = data.constants?.v2;
    return {
      file: `content/codes/${name}`,
      code: Number(data.code),
      ...(v2 ? { v2: typeof v2 === 'string' ? { name: v2, differs: false } : { name: v2.name, differs: true } } : {}),
    };
  });
}
