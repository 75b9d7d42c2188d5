// The V2 error codes: every code of node-nim's V2NIMErrorCode at 290c791a has its URL in both
// languages (a page, or for a three-digit code with its V1 meaning a redirect to the V1 page); each
// page names the code as the enum does; and no page is a stub that only restates its name.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readCodes, readV2Codes } from '../support/content.ts';
import { SITES } from '../support/sites.ts';

interface EnumCode {
  code: number;
  constant: string;
  zh: string;
  en: string;
}

const ENUM: EnumCode[] = JSON.parse(readFileSync('tests/fixtures/v2nim-error-codes-290c791a.json', 'utf8')).codes;
const pages = readV2Codes();
const v1 = readCodes();
/** The three-digit codes V2 keeps with their V1 meaning: the V1 page names the V2 constant without "differs". */
const sameAsV1 = new Set(v1.filter((entry) => typeof entry.constants?.v2 === 'string').map((entry) => entry.code));

/** One `##` section of a body, without code blocks. */
function section(body: string, heading: string): string {
  return (body.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '').slice(heading.length).replace(/```[\s\S]*?```/g, ' ');
}

/** Words of prose (Latin words and Chinese characters count alike), without code, links' targets or markup. */
function words(text: string): string[] {
  return text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** The lower-case words of a name, for telling a cause or step that only restates it. */
function nameWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2));
}

describe('every code of the node-nim enum at 290c791a', () => {
  test('has a page, or is a three-digit code whose V1 page covers the same meaning', () => {
    const missing = ENUM.filter((entry) => !pages.some((page) => page.code === entry.code) && !sameAsV1.has(entry.code)).map((e) => e.code);
    assert.deepEqual(missing, []);
    const both = ENUM.filter((entry) => pages.some((page) => page.code === entry.code) && sameAsV1.has(entry.code)).map((e) => e.code);
    assert.deepEqual(both, [], 'a same-meaning code has a V2 page as well');
    assert.deepEqual(
      pages.map((page) => page.code).filter((code) => !ENUM.some((entry) => entry.code === code)),
      [],
      'a page for a code the enum does not have',
    );
  });

  test('is named as the enum names it: constant, Chinese comment, English comment', () => {
    for (const page of pages) {
      const entry = ENUM.find((e) => e.code === page.code);
      if (!entry) continue;
      assert.equal(page.constant, entry.constant, `${page.file}: constant`);
      assert.equal(page.titleZh, entry.zh.trim(), `${page.file}: titleZh`);
      if (entry.en) {
        // The English comment, first letter capitalised; a trailing full stop and "@since" tag dropped.
        const expected = entry.en.replace(/\s*@since.*$/, '').replace(/\.$/, '').trim();
        assert.equal(page.title.toLowerCase(), expected.toLowerCase(), `${page.file}: title`);
        assert.ok(!page.titleTranslated, `${page.file}: titleTranslated, but the enum has an English comment`);
      } else {
        assert.equal(page.titleTranslated, true, `${page.file}: the enum has no English comment, so the title is a translation`);
      }
    }
  });

  for (const site of Object.values(SITES)) {
    test(`answers at its URL in both languages in ${site.dir}`, { skip: existsSync(join(site.dir, 'index.html')) ? false : `${site.dir} is not built` }, () => {
      for (const { code } of ENUM) {
        for (const prefix of ['', 'zh/']) {
          const file = join(site.dir, `${prefix}v2/codes/${code}`, 'index.html');
          assert.ok(existsSync(file), `${prefix}v2/codes/${code}/`);
          const html = readFileSync(file, 'utf8');
          if (sameAsV1.has(code)) assert.ok(html.includes(`url=${site.base}${prefix}codes/${code}/`), `${prefix}v2/codes/${code}/ redirects to the V1 page`);
          else assert.ok(html.includes('data-pagefind-body'), `${prefix}v2/codes/${code}/ is a page`);
        }
        if (code >= 100000) assert.ok(existsSync(join(site.dir, String(code), 'index.html')), `/${code}/ forwards to its page`);
      }
    });
  }
});

describe('no V2 page is a stub', () => {
  for (const page of pages) {
    test(`${page.code}: its sections, at least 120 words, and a cause and a fix that say more than the name`, () => {
      for (const heading of ['What it means', 'Common causes', 'How to fix', 'Example response', 'Related codes', 'Sources']) {
        assert.ok(page.body.includes(`## ${heading}\n`), `${page.file}: ## ${heading}`);
      }
      assert.ok(words(page.body).length >= 120, `${page.file}: ${words(page.body).length} words`);
      const name = nameWords(`${page.title} ${page.constant.replace(/^V2NIM_ERROR_CODE_/, '').replace(/_/g, ' ')}`);
      const items = (heading: string) =>
        section(page.body, heading)
          .split('\n')
          .filter((line) => /^(?:- |\d+\. )/.test(line));
      // A line says more than the name when at least five of its words are not the name's own.
      const saysMore = (line: string) => words(line).filter((w) => !name.has(w.toLowerCase().replace(/[^a-z0-9]/g, ''))).length >= 5;
      assert.ok(items('Common causes').some(saysMore), `${page.file}: no cause says more than the name`);
      assert.ok(items('How to fix').some(saysMore), `${page.file}: no fix step says more than the name`);
      // The shape the reader really sees: a V2NIMError's code, or the field a listener carries it in.
      const example = [...page.body.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').join('\n');
      assert.match(example, new RegExp(`:\\s*${page.code}\\b`), `${page.file}: the example shows the code`);
    });
  }
});

describe('the V1 ↔ V2 crosswalk', () => {
  test('every V1 code a V2 page pairs with is named on that V1 page', () => {
    for (const page of pages) {
      for (const pair of page.v1 ?? []) {
        const other = v1.find((entry) => entry.code === pair.code);
        assert.ok(other, `${page.file}: v1 ${pair.code} has no page`);
        assert.match(other.body, new RegExp(`\\b${page.code}\\b`), `${other.file} does not name ${page.code}, which pairs with it`);
      }
    }
  });
});
