// Bad content must stop the real build, with a message that names the file and the problem,
// and leave no site behind. Each case builds a temporary copy of content/.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'node-html-parser';
import { build, makeTempProject, removeTempProject } from '../support/temp-project.ts';

interface Case {
  name: string;
  /** Breaks the copy; returns the file the message must name. */
  breakIt: (content: string) => string;
  /** What else the message must say. */
  expect: RegExp[];
}

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

const cases: Case[] = [
  {
    name: 'a duplicate code names both files',
    breakIt: (content) => {
      const copy = join(content, 'codes', '416-copy.mdx');
      cpSync(join(content, 'codes', '416.mdx'), copy);
      return copy;
    },
    expect: [/content\/codes\/416(-copy)?\.mdx: field "code": 416 is already used by content\/codes\/416(-copy)?\.mdx/],
  },
  {
    name: 'a missing title',
    breakIt: (content) => {
      const file = join(content, 'codes', '803.mdx');
      edit(file, (text) => text.replace(/^title: .*\n/m, ''));
      return file;
    },
    expect: [/title/, /required/i],
  },
  {
    name: 'an empty title',
    breakIt: (content) => {
      const file = join(content, 'codes', '803.mdx');
      edit(file, (text) => text.replace(/^title: .*$/m, 'title: ""'));
      return file;
    },
    expect: [/title/, /must not be empty/],
  },
  {
    name: 'an unknown category',
    breakIt: (content) => {
      const file = join(content, 'codes', '13003.mdx');
      edit(file, (text) => text.replace(/^category: .*$/m, 'category: chatroom'));
      return file;
    },
    expect: [/category/, /unknown category "chatroom"/],
  },
  {
    name: 'a dangling related code',
    breakIt: (content) => {
      const file = join(content, 'codes', '414.mdx');
      edit(file, (text) => text.replace(/^related: \[/m, 'related: [4166, '));
      return file;
    },
    expect: [/field "related": code 4166 does not exist/],
  },
  {
    name: 'a malformed updated date',
    breakIt: (content) => {
      const file = join(content, 'codes', '500.mdx');
      edit(file, (text) => text.replace(/^updated: .*$/m, 'updated: 2026-13-45'));
      return file;
    },
    expect: [/field "updated": "2026-13-45" is not a real date/],
  },
  {
    name: 'a missing section heading',
    breakIt: (content) => {
      const file = join(content, 'codes', '302.mdx');
      edit(file, (text) => text.replace(/^## How to fix$/m, '## Fixing it'));
      return file;
    },
    expect: [/missing section heading "## How to fix"/],
  },
  {
    name: 'an MDX syntax error',
    breakIt: (content) => {
      const file = join(content, 'codes', '200.mdx');
      edit(file, (text) => text.replace(/^## Common causes$/m, '## Common causes\n\nA tag that never closes: <div>\n'));
      return file;
    },
    expect: [/200\.mdx/],
  },
  {
    name: 'an unknown place in seenIn',
    breakIt: (content) => {
      const file = join(content, 'codes', '416.mdx');
      edit(file, (text) => text.replace(/^seenIn: .*$/m, 'seenIn: [server]'));
      return file;
    },
    expect: [/seenIn/, /unknown value "server": use server-api, sdk, sdk-local, console/],
  },
  {
    name: 'a constant name on two codes',
    breakIt: (content) => {
      const file = join(content, 'codes', '417.mdx');
      edit(file, (text) => text.replace(/^  cpp: kNIMResExist$/m, '  cpp: kNIMResFrequently'));
      return file;
    },
    expect: [/field "constants": kNIMResFrequently is already the constant of 416/],
  },
  {
    name: 'a constant that does not follow its SDK\'s naming',
    breakIt: (content) => {
      const file = join(content, 'codes', '416.mdx');
      edit(file, (text) => text.replace(/^  android: RES_EFREQUENTLY$/m, '  android: EFREQUENTLY'));
      return file;
    },
    expect: [/constants/, /android/],
  },
  {
    name: 'a differing meaning with nothing to explain it',
    breakIt: (content) => {
      const file = join(content, 'codes', '406.mdx');
      edit(file, (text) => text.replace(/^## Not to be confused with$[\s\S]*?(?=^## Example response$)/m, ''));
      return file;
    },
    expect: [/field "constants" marks cpp, csharp as meaning something else/],
  },
  {
    name: 'a Chinese entry for a code that does not exist',
    breakIt: (content) => {
      const file = join(content, 'zh', 'codes', '4166.mdx');
      cpSync(join(content, 'zh', 'codes', '416.mdx'), file);
      return file;
    },
    expect: [/there is no content\/codes\/4166\.mdx, so this translates a code that does not exist/],
  },
  {
    name: 'a Chinese entry that repeats a fact',
    breakIt: (content) => {
      const file = join(content, 'zh', 'codes', '803.mdx');
      edit(file, (text) => text.replace(/^---\n/, '---\ntitle: 群不存在\n'));
      return file;
    },
    expect: [/"title" cannot be set in a translation/],
  },
  {
    name: 'a Chinese entry with an unknown section heading',
    breakIt: (content) => {
      const file = join(content, 'zh', 'codes', '302.mdx');
      edit(file, (text) => text.replace(/^## 解决方法$/m, '## 怎么办'));
      return file;
    },
    expect: [/unknown section heading "## 怎么办"/, /missing section heading "## 解决方法"/],
  },
];

describe('bad content stops the build', { concurrency: 1 }, () => {
  for (const { name, breakIt, expect } of cases) {
    test(name, async () => {
      const root = makeTempProject('nim-bad-content');
      try {
        const file = breakIt(join(root, 'content'));
        const { status, output } = await build(root);
        assert.notEqual(status, 0, `the build passed:\n${output.slice(-2000)}`);
        const relative = file.slice(root.length + 1);
        assert.ok(output.includes(relative), `the message does not name ${relative}:\n${output.slice(-3000)}`);
        for (const pattern of expect) assert.match(output, pattern);
        assert.equal(existsSync(join(root, 'dist', 'index.html')), false, 'a site was published anyway');
      } finally {
        removeTempProject(root);
      }
    });
  }
});

test('a code without its Chinese entry still builds: its Chinese page shows the English text under a notice', async () => {
  const root = makeTempProject('nim-untranslated');
  try {
    rmSync(join(root, 'content', 'zh', 'codes', '805.mdx'));
    const { status, output } = await build(root);
    assert.equal(status, 0, output.slice(-3000));
    const page = parse(readFileSync(join(root, 'dist', 'zh', 'codes', '805', 'index.html'), 'utf8'));
    assert.equal(page.querySelector('html')?.getAttribute('lang'), 'zh-CN');
    assert.match(page.querySelector('h1')?.text ?? '', /^805\s+群类型不匹配$/);
    assert.equal(page.querySelector('.notice')?.text, '本页尚未翻译成中文，下面是英文原文。');
    assert.equal(page.querySelector('.body')?.getAttribute('lang'), 'en');
    assert.equal(page.querySelector('.summary')?.getAttribute('lang'), 'en');
    assert.ok(page.querySelector('#what-it-means')?.text.includes('What it means'), 'the English body is there');
    // A translated page carries neither.
    const translated = parse(readFileSync(join(root, 'dist', 'zh', 'codes', '803', 'index.html'), 'utf8'));
    assert.equal(translated.querySelector('.notice'), null);
    assert.equal(translated.querySelector('.body')?.getAttribute('lang'), undefined);
  } finally {
    removeTempProject(root);
  }
});
