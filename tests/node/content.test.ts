// The content rules that make a page useful: sections, facts, length, no placeholders, no boilerplate.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codeSchema } from '../../src/lib/schema.ts';
import { SECTIONS } from '../../src/lib/sections.ts';
import { bareConstantNames, KNOWN_CONFLICTS } from '../../src/lib/sdk-names.ts';
import { checkWrittenDate, crossCheck } from '../../src/lib/validate.ts';
import { readCategories, readCodes } from '../support/content.ts';

const codes = readCodes();
const categories = readCategories();
/** The codes that have a separate troubleshooting guide in the official docs. */
const GUIDES = [302, 403, 404, 408, 414, 417, 802];

/** Body text without fenced code blocks, split into its `##` sections. */
function sections(body: string): Map<string, string> {
  const text = body.replace(/```[\s\S]*?```/g, ' ');
  const map = new Map<string, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const [heading = '', ...rest] = part.split('\n');
    map.set(heading.trim(), rest.join('\n'));
  }
  return map;
}

/** Words of prose: no code blocks, no Markdown link targets. */
function words(body: string): number {
  return body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

describe('schema', () => {
  const valid = {
    code: 999001,
    title: 'Example',
    titleZh: '示例',
    seenIn: ['server-api'],
    category: 'server',
    summary: 'One sentence.',
    related: [],
    updated: '2026-11-26',
    retry: 'no',
    outcome: 'error',
  };
  const problems = (data: Record<string, unknown>) =>
    codeSchema.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

  test('accepts a complete entry', () => assert.deepEqual(problems(valid), []));
  test('a missing title is named', () => assert.deepEqual(problems({ ...valid, title: undefined }), ['title: is required']));
  test('an empty title is named', () => assert.deepEqual(problems({ ...valid, title: '  ' }), ['title: must not be empty']));
  test('an unknown category lists the allowed ones', () =>
    assert.match(problems({ ...valid, category: 'chatroom' })[0] ?? '', /^category: unknown category "chatroom": use one of server, team, chat-room, specific-services$/));
  test('a malformed date is named', () => assert.match(problems({ ...valid, updated: '2026-13-45' })[0] ?? '', /^updated: must be a date/));
  test('a second sentence in the summary is refused', () =>
    assert.deepEqual(problems({ ...valid, summary: 'One. Two.' }), ['summary: must be one sentence']));
  test('a summary over 160 characters is refused', () =>
    assert.deepEqual(problems({ ...valid, summary: 'a'.repeat(161) }), ['summary: must be at most 160 characters']));
  test('seenIn takes only its listed values, at least one, each once', () => {
    assert.match(problems({ ...valid, seenIn: ['server'] })[0] ?? '', /^seenIn\.0: unknown value "server": use server-api, sdk, sdk-local, console$/);
    assert.deepEqual(problems({ ...valid, seenIn: [] }), ['seenIn: must name at least one place']);
    assert.deepEqual(problems({ ...valid, seenIn: ['sdk', 'sdk'] }), ['seenIn: lists a value twice']);
    assert.deepEqual(problems({ ...valid, seenIn: undefined }), ['seenIn: is required: a list of where the code appears']);
  });
  test('titleZh must be the Chinese wording', () => {
    assert.deepEqual(problems({ ...valid, titleZh: 'Frequency control' }), ['titleZh: must be the Chinese wording (it has no Chinese characters)']);
    assert.deepEqual(problems({ ...valid, titleZh: undefined }), ['titleZh: is required: the official Chinese table wording']);
  });
  test('constants follow each SDK\'s naming, and only known SDKs are accepted', () => {
    assert.deepEqual(problems({ ...valid, constants: { android: 'RES_EFREQUENTLY', ios: { name: 'NIMRemoteErrorCodeTeamNotMember', differs: true } } }), []);
    assert.match(problems({ ...valid, constants: { android: 'EFREQUENTLY' } })[0] ?? '', /^constants\.android: /);
    assert.match(problems({ ...valid, constants: { ios: 'kNIMResFrequently' } })[0] ?? '', /^constants\.ios: /);
    assert.match(problems({ ...valid, constants: { web: 'Error_Timeout' } })[0] ?? '', /^constants: .*web/i);
  });
  test('aliases are single phrases, each once', () => {
    assert.deepEqual(problems({ ...valid, aliases: ['group is full', '群满了'] }), []);
    assert.deepEqual(problems({ ...valid, aliases: ['group full', 'Group Full'] }), ['aliases: lists a phrase twice']);
    assert.deepEqual(problems({ ...valid, aliases: ['group full, team full'] }), ['aliases.0: has a phrase with a line break, comma or semicolon: write one phrase per item']);
  });
  test('a V1 page may not list V2 codes itself: the pair is written once, on the V2 page', () => {
    assert.deepEqual(problems({ ...valid, v2Codes: [108404] }), [
      'v2Codes: is no longer written on V1 pages: list the pair once, in the `v1` field of content/v2/<code>.mdx',
    ]);
  });
  test('retry and outcome only take their listed values', () => {
    assert.match(problems({ ...valid, retry: 'maybe' })[0] ?? '', /^retry: unknown retry value "maybe"/);
    assert.match(problems({ ...valid, outcome: 'warning' })[0] ?? '', /^outcome: unknown outcome "warning"/);
  });
});

describe('cross-entry check', () => {
  test('a duplicate code names both files', () => {
    const found = crossCheck([
      { file: 'content/codes/416.mdx', code: 416, related: [] },
      { file: 'content/codes/416-copy.mdx', code: 416, related: [] },
    ]);
    assert.deepEqual(found, ['content/codes/416-copy.mdx: field "code": 416 is already used by content/codes/416.mdx; each code needs exactly one file.']);
  });
  test('a related code that does not exist is named', () => {
    const found = crossCheck([{ file: 'content/codes/416.mdx', code: 416, related: [4166] }]);
    assert.deepEqual(found, ['content/codes/416.mdx: field "related": code 4166 does not exist.']);
  });
  test('a date YAML would roll over is refused as written', () => {
    assert.equal(
      checkWrittenDate('content/codes/500.mdx', 'code: 500\nupdated: 2026-02-30\n'),
      'content/codes/500.mdx: field "updated": "2026-02-30" is not a real date; write it as YYYY-MM-DD.',
    );
    assert.equal(checkWrittenDate('x.mdx', 'updated: 2026-11-26\n'), undefined);
  });
  test('a constant name on two codes is named, unless both are a known conflict', () => {
    const entries = [
      { file: 'content/codes/416.mdx', code: 416, related: [], constants: ['kNIMResFrequently'] },
      { file: 'content/codes/417.mdx', code: 417, related: [], constants: ['kNIMResFrequently'] },
    ];
    assert.deepEqual(crossCheck(entries), [
      'content/codes/417.mdx: field "constants": kNIMResFrequently is already the constant of 416 (content/codes/416.mdx); a name belongs to one code, unless both codes are listed in KNOWN_CONFLICTS in src/lib/sdk-names.ts.',
    ]);
    assert.deepEqual(crossCheck(entries, [{ name: 'kNIMResFrequently', codes: [416, 417] }]), []);
  });
  test('the real content passes', () => {
    assert.deepEqual(
      crossCheck(codes.map(({ file, code, related, constants }) => ({ file, code, related, constants: bareConstantNames(constants ?? {}) })), KNOWN_CONFLICTS),
      [],
    );
  });
  test('every entry\'s front matter passes the schema', () => {
    // v2Codes is derived from the V2 pages (tests/support/content.ts), not written here.
    const failures = codes.flatMap(({ file, body: _body, v2Codes: _v2, ...data }) =>
      (codeSchema.safeParse(data).error?.issues ?? []).map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`),
    );
    assert.deepEqual(failures, []);
  });
});

describe('every code page', () => {
  test('there are 50 codes: 26 server, 10 team, 5 chat room, 9 specific services', () => {
    assert.equal(codes.length, 50);
    assert.deepEqual(
      categories.map((c) => codes.filter((code) => code.category === c.slug).length),
      [26, 10, 5, 9],
    );
  });

  for (const entry of codes) {
    describe(`${entry.code}`, () => {
      const parts = sections(entry.body);
      test('has the required sections, in order, and nothing else at level 2', () => {
        const headings = [...parts.keys()];
        const order = SECTIONS.map((s) => s.heading.en);
        assert.deepEqual(headings, order.filter((h) => headings.includes(h)));
        for (const section of SECTIONS.filter((s) => s.required)) assert.ok(headings.includes(section.heading.en), `missing "${section.heading.en}"`);
      });
      test('has retry and outcome values', () => {
        assert.ok(['no', 'after-fix', 'backoff', 'not-applicable'].includes(entry.retry), `retry: ${entry.retry}`);
        assert.ok(['error', 'success', 'info'].includes(entry.outcome), `outcome: ${entry.outcome}`);
      });
      test('ends with a Sources list that links its sources', () => {
        const sources = parts.get('Sources') ?? '';
        assert.ok(/^- /m.test(sources), 'Sources has no list');
        assert.ok(/\]\(https:\/\//.test(sources), 'Sources links nothing');
      });
      test('causes are a list and the fix is ordered steps', () => {
        assert.ok(/^\s*- /m.test(parts.get('Common causes') ?? ''), 'Common causes is not a bulleted list');
        assert.ok(/^\s*1\. /m.test(parts.get('How to fix') ?? ''), 'How to fix has no numbered steps');
      });
      test('the example response is JSON with its code', () => {
        const example = /## Example response\n([\s\S]*?)(?=\n## )/.exec(entry.body)?.[1] ?? '';
        const json = /```json\n([\s\S]*?)```/.exec(example)?.[1];
        assert.ok(json, 'no ```json block');
        assert.match(json, new RegExp(`"code":\\s*${entry.code}\\b`));
      });
      const minimum = GUIDES.includes(entry.code) ? 350 : 120;
      test(`has at least ${minimum} words of body`, () => assert.ok(words(entry.body) >= minimum, `${words(entry.body)} words`));
      test('has no placeholder text', () => {
        assert.doesNotMatch(`${entry.summary}\n${entry.body}`, /\b(lorem|ipsum|todo|tbd|fixme|placeholder|xxx)\b/i);
      });
      test('links each related code with its exact title, and only those', () => {
        const related = parts.get('Related codes') ?? '';
        const linked = [...related.matchAll(/\[(\d+) ([^\]]+)\]\(\/codes\/(\d+)\/\)/g)];
        assert.deepEqual(linked.map((m) => Number(m[3])).sort(), [...entry.related].sort());
        for (const [, num, title, target] of linked) {
          const other = codes.find((c) => c.code === Number(target));
          assert.equal(num, target);
          assert.equal(title?.replace(/'/g, '’'), other?.title.replace(/'/g, '’'));
        }
      });
    });
  }
});

test('the seven guides have a step-by-step checklist', () => {
  for (const code of GUIDES) {
    const entry = codes.find((c) => c.code === code);
    const fix = sections(entry?.body ?? '').get('How to fix') ?? '';
    const steps = fix.match(/^\s*\d+\. /gm) ?? [];
    assert.ok(steps.length >= 5, `${code}: ${steps.length} numbered steps`);
  }
});

test('200, 808 and 810 are not errors, and 808 says the application was only submitted', () => {
  const byCode = (n: number) => codes.find((c) => c.code === n);
  for (const n of [200, 808, 810]) {
    assert.notEqual(byCode(n)?.outcome, 'error', `${n}`);
    assert.equal(byCode(n)?.retry, 'not-applicable', `${n}`);
  }
  assert.match(byCode(808)?.summary ?? '', /submitted/);
  assert.match(byCode(808)?.body ?? '', /nothing has been approved|not approved/i);
});

test('numbers that mean something else elsewhere carry a "Not to be confused with" note', () => {
  for (const n of [302, 404, 414, 416, 201, 406, 415, 417, 431, 810, 10431, 10435]) {
    const entry = codes.find((c) => c.code === n);
    assert.ok(sections(entry?.body ?? '').has('Not to be confused with'), `${n}`);
  }
});

test('the words people search with are on the pages', () => {
  const page = (n: number) => {
    const entry = codes.find((c) => c.code === n);
    return `${entry?.title} ${entry?.summary} ${entry?.body}`.toLowerCase();
  };
  assert.match(page(416), /rate limit/);
  assert.match(page(416), /too many requests/);
  assert.match(page(13003), /blacklist/);
  assert.match(page(13003), /blocklist/);
  assert.match(page(13004), /muted/);
  assert.match(page(416), /http 429/);
});

test('no two pages share a paragraph', () => {
  const seen = new Map<string, number>();
  const repeats: string[] = [];
  for (const entry of codes) {
    const paragraphs = entry.body
      .replace(/```[\s\S]*?```/g, '')
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      // Headings and source citations legitimately repeat; prose must not.
      .filter((p) => p.length >= 80 && !p.startsWith('#') && !/^- \[[^\]]+\]\(https:/.test(p));
    for (const paragraph of new Set(paragraphs)) {
      const first = seen.get(paragraph);
      if (first !== undefined) repeats.push(`${first} and ${entry.code}: ${paragraph.slice(0, 100)}…`);
      else seen.set(paragraph, entry.code);
    }
  }
  assert.deepEqual(repeats, []);
});
