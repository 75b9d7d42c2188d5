// The Chinese edition: every code, V1 and V2, and every guide has its Chinese entry, and each entry
// carries the same facts as the English one — the same sections, steps, related codes, identifiers,
// example and sources.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readCodes, readGuides, readTranslations, readV2Codes, readV2Translations, type Translation } from '../support/content.ts';

const codes = readCodes();
const byCode = new Map(codes.map((c) => [c.code, c]));
const v2codes = readV2Codes();
const v2ByCode = new Map(v2codes.map((c) => [c.code, c]));

/** What the checks need of an English entry. */
interface Entry {
  code: number;
  related?: number[];
  v1?: { code: number }[];
  body: string;
}

/** The two families: where their entries live, and how their Related codes section links. */
const FAMILIES = [
  { name: 'V1', folder: 'content/codes', zhFolder: 'content/zh/codes', entries: codes as Entry[], translations: readTranslations(), link: '/codes/' },
  { name: 'V2', folder: 'content/v2', zhFolder: 'content/zh/v2', entries: v2codes as Entry[], translations: readV2Translations(), link: '/v2/codes/' },
];

/** The `##` headings of a body, in order. */
function headings(body: string): string[] {
  return [...body.replace(/```[\s\S]*?```/g, '').matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? '').trim());
}

/** One section's text, code blocks included. */
function section(body: string, heading: string): string {
  return body.split(/^## /m).find((part) => part.startsWith(`${heading}\n`))?.slice(heading.length) ?? '';
}

/** The Chinese heading of each English section. */
const ZH: Record<string, string> = {
  'What it means': '含义',
  'Common causes': '常见原因',
  'How to fix': '解决方法',
  'Not to be confused with': '注意区分',
  'Example response': '响应示例',
  'Related codes': '相关状态码',
  Sources: '参考来源',
};

for (const family of FAMILIES) {
  const byNumber = new Map(family.entries.map((entry) => [entry.code, entry]));
  test(`every ${family.name} code has its Chinese entry`, () => {
    const missing = family.entries.filter((c) => !family.translations.some((t) => t.code === c.code)).map((c) => c.code);
    assert.deepEqual(missing, [], `no ${family.zhFolder}/<code>.mdx for ${missing.join(', ')}`);
  });

  for (const zh of family.translations as Translation[]) {
    const en = byNumber.get(zh.code);
    describe(`zh ${family.name} ${zh.code}`, () => {
      test('translates a code that exists', () => assert.ok(en, `${zh.file}: there is no code ${zh.code} in ${family.folder}`));
      if (!en) return;
      test('front matter holds only the translated summary', () => assert.deepEqual(Object.keys(zh.data), ['summary']));
      test('the summary is one sentence of at most 120 characters, ending in 。', () => {
        assert.ok(zh.summary.length > 0 && zh.summary.length <= 120, `${zh.summary.length} characters`);
        assert.match(zh.summary, /。$/);
        assert.doesNotMatch(zh.summary.slice(0, -1), /[。！？\n]/);
      });
      test("has the English page's sections, in Chinese, in the same order", () => {
        assert.deepEqual(headings(zh.body), headings(en.body).map((h) => ZH[h] ?? h));
      });
      test('has as many fix steps and causes as the English page', () => {
        const steps = (body: string, heading: string) => (section(body, heading).match(/^\s*\d+\. /gm) ?? []).length;
        const bullets = (body: string, heading: string) => (section(body, heading).match(/^- /gm) ?? []).length;
        assert.equal(steps(zh.body, '解决方法'), steps(en.body, 'How to fix'), 'numbered steps');
        assert.equal(bullets(zh.body, '常见原因'), bullets(en.body, 'Common causes'), 'causes');
      });
      test('links each related code with its official Chinese name', () => {
        const related = section(zh.body, '相关状态码');
        // Links to codes of the same family, then (V2) to the V1 codes for the same situation.
        const own = [...related.matchAll(new RegExp(`\\[(\\d+) ([^\\]]+)\\]\\(${family.link.replace(/\//g, '\\/')}(\\d+)\\/\\)`, 'g'))];
        assert.deepEqual(own.map((m) => Number(m[3])).sort(), [...(en.related ?? [])].sort());
        for (const [, num, name, target] of own) {
          assert.equal(num, target);
          assert.equal(name, (family.name === 'V2' ? v2ByCode : byCode).get(Number(target))?.titleZh);
        }
        if (family.name === 'V2') {
          const v1 = [...related.matchAll(/\[(\d+) ([^\]]+)\]\((?<!v2)\/codes\/(\d+)\/\)/g)].filter((m) => !related.slice(0, m.index).endsWith('/v2'));
          assert.deepEqual(v1.map((m) => Number(m[3])).sort(), (en.v1 ?? []).map((pair) => pair.code).sort());
          for (const [, num, name, target] of v1) {
            assert.equal(num, target);
            assert.equal(name, byCode.get(Number(target))?.titleZh);
          }
        }
      });
      test('keeps the example response as it is', () => {
        const json = (body: string, heading: string) => [...section(body, heading).matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
        assert.deepEqual(json(zh.body, '响应示例'), json(en.body, 'Example response'));
      });
      test('keeps every identifier the English page names in code', () => {
        const spans = (body: string) => new Set([...body.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map((m) => m[1]));
        const zhSpans = spans(zh.body);
        const lost = [...spans(en.body)].filter((span) => !zhSpans.has(span));
        assert.deepEqual(lost, []);
      });
      test('keeps every source link', () => {
        const urls = (body: string) => new Set([...body.matchAll(/\]\((https?:[^)\s]+)\)/g)].map((m) => m[1]));
        assert.deepEqual([...urls(section(zh.body, '参考来源'))].sort(), [...urls(section(en.body, 'Sources'))].sort());
      });
      test('is written in Chinese, with no placeholder text', () => {
        const han = (zh.body.match(/\p{Script=Han}/gu) ?? []).length;
        assert.ok(han >= 150, `${han} Chinese characters`);
        assert.doesNotMatch(`${zh.summary}\n${zh.body}`, /\b(lorem|ipsum|todo|tbd|fixme|placeholder|xxx)\b|待翻译|待补充/i);
      });
    });
  }
}

describe('guides', () => {
  const en = readGuides('en');
  const zh = readGuides('zh');
  /** The written ids of a guide's sections, in order. */
  const ids = (body: string) => [...body.matchAll(/^## .*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]);
  test('the three guides exist in both languages', () => {
    for (const slug of ['errors', 'retries', 'tokens']) {
      assert.ok(en.some((g) => g.slug === slug), `content/guides/${slug}.mdx`);
      assert.ok(zh.some((g) => g.slug === slug), `content/zh/guides/${slug}.mdx`);
    }
  });
  for (const guide of zh) {
    const original = en.find((g) => g.slug === guide.slug);
    test(`zh guide ${guide.slug}: the same sections, with the same ids, in the same order`, () => {
      assert.ok(original, `${guide.file} translates no guide`);
      assert.deepEqual(ids(guide.body), ids(original?.body ?? ''));
    });
    test(`zh guide ${guide.slug}: keeps every source link and identifier`, () => {
      const urls = (body: string) => new Set([...body.matchAll(/\]\((https?:[^)\s]+)\)/g)].map((m) => m[1]));
      assert.deepEqual([...urls(guide.body)].sort(), [...urls(original?.body ?? '')].sort());
      const spans = (body: string) => new Set([...body.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map((m) => m[1]));
      const kept = spans(guide.body);
      assert.deepEqual([...spans(original?.body ?? '')].filter((span) => !kept.has(span)), []);
    });
  }
});
