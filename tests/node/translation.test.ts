// The Chinese edition: every code has its Chinese entry, and each entry carries the same facts as
// the English one — the same sections, steps, related codes, identifiers, example and sources.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readCodes, readTranslations } from '../support/content.ts';

const codes = readCodes();
const translations = readTranslations();
const byCode = new Map(codes.map((c) => [c.code, c]));

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

test('every code has its Chinese entry', () => {
  const missing = codes.filter((c) => !translations.some((t) => t.code === c.code)).map((c) => c.code);
  assert.deepEqual(missing, [], `no content/zh/codes/<code>.mdx for ${missing.join(', ')}`);
});

for (const zh of translations) {
  const en = byCode.get(zh.code);
  describe(`zh ${zh.code}`, () => {
    test('translates a code that exists', () => assert.ok(en, `${zh.file}: there is no code ${zh.code} in content/codes`));
    if (!en) return;
    test('front matter holds only the translated summary', () => assert.deepEqual(Object.keys(zh.data), ['summary']));
    test('the summary is one sentence of at most 120 characters, ending in 。', () => {
      assert.ok(zh.summary.length > 0 && zh.summary.length <= 120, `${zh.summary.length} characters`);
      assert.match(zh.summary, /。$/);
      assert.doesNotMatch(zh.summary.slice(0, -1), /[。！？\n]/);
    });
    test('has the English page\'s sections, in Chinese, in the same order', () => {
      assert.deepEqual(headings(zh.body), headings(en.body).map((h) => ZH[h] ?? h));
    });
    test('has as many fix steps and causes as the English page', () => {
      const steps = (body: string, heading: string) => (section(body, heading).match(/^\s*\d+\. /gm) ?? []).length;
      const bullets = (body: string, heading: string) => (section(body, heading).match(/^- /gm) ?? []).length;
      assert.equal(steps(zh.body, '解决方法'), steps(en.body, 'How to fix'), 'numbered steps');
      assert.equal(bullets(zh.body, '常见原因'), bullets(en.body, 'Common causes'), 'causes');
    });
    test('links each related code with its official Chinese name', () => {
      const linked = [...section(zh.body, '相关状态码').matchAll(/\[(\d+) ([^\]]+)\]\(\/codes\/(\d+)\/\)/g)];
      assert.deepEqual(linked.map((m) => Number(m[3])).sort(), [...en.related].sort());
      for (const [, num, name, target] of linked) {
        assert.equal(num, target);
        assert.equal(name, byCode.get(Number(target))?.titleZh);
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
