// The general rules live once, in the guides: a page that gives retry or token advice keeps what is
// specific to its code and links the guide for the rule, instead of restating it in its own words.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readCodes, readTranslations, readV2Codes, readV2Translations } from '../support/content.ts';

/**
 * Every page's advice, English and Chinese, V1 and V2: its sections up to "Related codes" (the
 * one-line differences and the sources after it give no advice).
 */
const PAGES = [...readCodes(), ...readTranslations(), ...readV2Codes(), ...readV2Translations()].map((entry) => ({
  file: entry.file,
  body: entry.body.split(/^## (?:Related codes|相关状态码)\s*$/m)[0] ?? '',
}));

/** Advice on retrying: trace ids, backoff. */
const RETRY_ADVICE = /trace id|traceid|链路 ID|back ?off|退避|jitter|抖动/i;
/** Advice on tokens and who owns an account: refreshing, "already register", tokens in logs. */
const TOKEN_ADVICE =
  /refreshToken|already register(?!ed)|(?:do not|don't|never|not) (?:log|write|print)(?! (?:the user |them |users )?out)[^.\n]{0,30}\btokens?\b|token[^。\n]{0,20}(?:写进|写入|记录|打印)?[^。\n]{0,4}日志|日志[^。\n]{0,20}token/i;

describe('pages that give retry or token advice link the guide that holds the rule', () => {
  test('retry advice links /guides/retries/', () => {
    const missing = PAGES.filter((page) => RETRY_ADVICE.test(page.body) && !page.body.includes('/guides/retries/')).map((page) => page.file);
    assert.deepEqual(missing, []);
  });
  test('token advice links /guides/tokens/', () => {
    const missing = PAGES.filter((page) => TOKEN_ADVICE.test(page.body) && !page.body.includes('/guides/tokens/')).map((page) => page.file);
    assert.deepEqual(missing, []);
  });
  test('no page tells the reader to keep one trace id across their own retries', () => {
    const keep = /(?:keep|reuse|same)[^.。\n]{0,60}trace ?id[^.。\n]{0,120}retr[^.。\n]*/i;
    const condition = /connect|502|never (?:got|received|reached)|no answer|its own|fail-over|failover/i;
    const found = PAGES.flatMap((page) =>
      [...page.body.matchAll(new RegExp(keep, 'gi'))].filter((m) => !condition.test(m[0])).map((m) => `${page.file}: ${m[0].slice(0, 120)}`),
    );
    assert.deepEqual(found, []);
  });
});
