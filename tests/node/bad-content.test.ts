// Bad content must stop the real build, with a message that names the file and the problem,
// and leave no site behind. Each case builds a temporary copy of content/.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
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
