// The query functions behind the search boxes, on the real content: what a reader types or pastes,
// and which code the site puts first. No browser, no Pagefind.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { searchMapRow } from '../../src/lib/search-map.ts';
import type { CodeData } from '../../src/lib/schema.ts';
import { codesFromMap } from '../../src/search/map.ts';
import {
  buildVocabulary,
  codesByPrefix,
  applySpelling,
  correctWord,
  createIndex,
  definiteCode,
  editDistance,
  hanScore,
  matchNames,
  mergeWordResults,
  normalise,
  orderResults,
  pagefindQueries,
  wordAloneQueries,
  parseQuery,
  passesFilters,
  stem,
  type Hit,
} from '../../src/search/query.ts';
import { readCodes } from '../support/content.ts';

const codes = readCodes();
const rows = codes.map((c) => searchMapRow({ ...c, aliases: c.aliases ?? [], constants: c.constants ?? {} } as unknown as CodeData, c.v2Codes ?? []));
const index = createIndex(codesFromMap({ codes: rows }));
const vocabulary = buildVocabulary(codes.map((c) => `${c.title}\n${c.summary}\n${(c.aliases ?? []).join('\n')}\n${c.body}`));

const parse = (text: string) => parseQuery(text, index);
/** The code Enter opens at once for this text, if any. */
const enter = (text: string) => definiteCode(parse(text));
/** Codes named outright, in order. */
const explicit = (text: string) => parse(text).explicit.map((hit) => hit.code);
/** The codes the map ranks for the text's words, best first. */
const named = (text: string) => matchNames(parse(text), index).map((hit) => hit.code);

describe('pasted error bodies and log lines', () => {
  const cases: [string, number][] = [
    ['{"code":414,"desc":"checksum"}', 414],
    ['{"code":803}', 803],
    ['code=416', 416],
    ['errorCode=509', 509],
    ['onFailed: 408', 408],
    ['error code: 13004', 13004],
    ['{"desc":"already register","code":414}', 414],
    ["{'code': 302, 'desc': 'invalid token'}", 302],
    ['[NIM] login failed, code 302', 302],
    ['callback(417)', 417],
    ['res_code=806;', 806],
    ['错误码：416', 416],
    ['code416', 416],
    ['HTTP/1.1 200 OK {"code":416,"desc":"frequently"}', 416],
  ];
  for (const [text, code] of cases) test(`${text} → ${code}`, () => assert.equal(enter(text), code));

  test('a timestamp is not a code', () => {
    assert.equal(enter('{"code":414,"desc":"checksum","ts":1700000000}'), 414);
    assert.deepEqual(explicit('{"code":414,"desc":"checksum","ts":1700000000}'), [414]);
  });
  test('200 next to an error code does not win', () => {
    assert.deepEqual(explicit('status 200 body {"code":503}'), [503, 200]);
    assert.equal(enter('{"code":200,"info":{"code":801}}'), 801);
  });
  test('several codes are all listed, the keyed one first', () => {
    assert.deepEqual(explicit('retried 3 times: 408, then 415, finally code 500'), [500, 408, 415]);
  });
  test('numbers that are not codes name nothing', () => {
    assert.deepEqual(explicit('{"tid":"123456789","limit":100}'), []);
    assert.equal(enter('1700000000'), undefined);
  });
  test('punctuation becomes space, identifiers stay whole', () => {
    assert.equal(normalise('{"code":414,"desc":"checksum"}'), 'code 414 desc checksum');
    assert.equal(normalise('team/add RES_EFREQUENTLY user/create.action'), 'team/add RES_EFREQUENTLY user/create.action');
    assert.equal(normalise('（频率控制）：416'), '频率控制 416');
  });
});

describe('SDK constant names', () => {
  const cases: [string, number][] = [
    ['kNIMResFrequently', 416],
    ['RES_EFREQUENTLY', 416],
    ['ResponseCode.RES_EFREQUENTLY', 416],
    ['EFREQUENTLY', 416],
    ['NIMRemoteErrorCodeFrequently', 416],
    ['NIMResultCode.frequently', 416],
    ['V2NIM_ERROR_CODE_RATE_LIMIT', 416],
    ['RATE_LIMIT', 416],
    ['knimresfrequently', 416],
    ['kNIMResTeamENotExist', 803],
    ['RES_TEAM_ECOUNT_LIMIT', 801],
    ['teamNotExist', 803],
    ['NIMRemoteErrorAccountBlock', 422],
    ['NIM.ResponseCode.kNIMResUidPassError', 302],
    ['onError: RES_CHATROOM_MUTED', 13004],
    ['RES_DEVICE_NOT_TRUST', 431],
  ];
  for (const [text, code] of cases) test(`${text} → ${code}`, () => assert.equal(enter(text), code));

  test('a bare ordinary word is not taken for a constant', () => {
    assert.equal(enter('frequently'), undefined);
    assert.equal(enter('timeout'), undefined);
    assert.equal(enter('Exist'), undefined);
  });
  test('the constant names the reason', () => {
    assert.deepEqual(parse('RES_EFREQUENTLY').explicit[0]?.reason, { kind: 'name', name: 'ResponseCode.RES_EFREQUENTLY' });
  });
});

describe('numbers', () => {
  test('a bare code opens its page', () => assert.equal(enter('416'), 416));
  test('a partial number lists the codes that start with it, in order', () => {
    assert.equal(enter('41'), undefined);
    assert.equal(parse('41').digits, '41');
    assert.deepEqual(
      codesByPrefix(index, '41').map((c) => c.code),
      [413, 414, 415, 416, 417, 418, 419],
    );
  });
});

describe('filler words', () => {
  test('fillers are dropped, meaning stays', () => {
    assert.deepEqual(parse('error: the checksum failed').words, ['checksum']);
    assert.deepEqual(parse('Why does login fail with an error').words, ['login']);
  });
  test('a query of nothing but filler still searches its words', () => {
    assert.deepEqual(parse('error code').words, ['error', 'code']);
  });
  test('Pagefind is asked the words, then the pages\' words for the reader\'s', () => {
    assert.deepEqual(pagefindQueries(parse('group is full')), ['group full', 'team limit']);
    assert.deepEqual(pagefindQueries(parse('checksum')), ['checksum']);
    // Pagefind keeps "_" inside a word: the identifier itself leads, so the page that names it comes first.
    assert.deepEqual(pagefindQueries(parse('Error_Timeout'))[0], 'error_timeout timeout');
  });
  test('a word searched on its own is the word and the pages\' word, without the rest of the query', () => {
    assert.deepEqual(wordAloneQueries('group'), ['group', 'team']);
    assert.deepEqual(wordAloneQueries('checksum'), ['checksum']);
  });
});

describe('names and reader words', () => {
  test('"team does not exist" puts 803 first', () => assert.equal(named('team does not exist')[0], 803));
  test('"group does not exist" reads group as team', () => assert.equal(named('group does not exist')[0], 803));
  test('"already in the group" finds 809', () => assert.equal(named('already in the group')[0], 809));
  test('"password" names 302 and 10435, and the IM code ranks first', () => {
    const query = parse('password');
    const order = orderResults(query, index, matchNames(query, index), []).map((h) => h.code);
    assert.equal(order[0], 302);
    assert.ok(order.includes(10435));
  });
  test('"parameter" puts the tighter title first: 414 before 405', () => {
    const list = named('parameter');
    assert.ok(list.indexOf(414) < list.indexOf(405), list.join(' '));
  });
  test('stems meet: teams/team, limited/limit, permissions/permission', () => {
    assert.equal(stem('teams'), 'team');
    assert.equal(stem('limited'), 'limit');
    assert.equal(stem('permissions'), 'permission');
  });
});

describe('Chinese', () => {
  const cases: [string, number][] = [
    ['频率控制', 416],
    ['群不存在', 803],
    ['参数错误', 414],
    ['服务器繁忙', 503],
    ['用户名或密码错误', 302],
    ['聊天室状态异常', 13002],
  ];
  for (const [text, code] of cases) test(`${text} → ${code}`, () => assert.equal(named(text)[0], code));
  test('密码错误 puts 302 first', () => assert.equal(named('密码错误')[0], 302));
  test('禁言 puts 13004 first: the official name beats an alias', () => assert.equal(named('禁言')[0], 13004));
  test('Chinese and English together: 群不存在 team/add', () => assert.equal(named('team/add 群不存在')[0], 803));
  test('bigram share, with particles dropped and the official words tried for the reader\'s', () => {
    assert.equal(hanScore('频率控制', '频率控制'), 1);
    // 里 is a particle: the three characters that remain are all in the name.
    assert.ok(Math.abs(hanScore('不在群里', '用户不在群') - 0.8) < 1e-9);
    assert.equal(hanScore('禁言', '打包错误'), 0);
    assert.equal(hanScore('账号被封禁', '账号被禁用'), 1);
    assert.ok(hanScore('群满了', '群已满') >= 0.8);
  });
  test('several Chinese runs each find their best name: 账号被封禁 登录不了 → 422', () => assert.equal(named('账号被封禁 登录不了')[0], 422));
  test('群满了 → 801', () => assert.equal(named('群满了')[0], 801));
});

describe('typos', () => {
  test('edit distance counts a swap once', () => {
    assert.equal(editDistance('pasword', 'password'), 1);
    assert.equal(editDistance('recieve', 'receive'), 1);
    assert.ok(editDistance('team', 'token', 2) > 2);
  });
  const cases: [string, string][] = [
    ['pasword', 'password'],
    ['permision', 'permission'],
    ['paramter', 'parameter'],
    ['freqency', 'frequency'],
    ['chekcsum', 'checksum'],
    ['blocklsit', 'blocklist'],
  ];
  for (const [typo, word] of cases) test(`${typo} → ${word}`, () => assert.equal(correctWord(typo, vocabulary), word));
  test('a known word and a short word are left alone', () => {
    const { query, corrected } = applySpelling(parse('password'), vocabulary);
    assert.deepEqual([query.words, corrected], [['password'], false]);
    assert.equal(correctWord('tid', vocabulary), undefined);
  });
  test('"pasword incorrect" becomes "password incorrect", and then 302 leads', () => {
    const { query, corrected } = applySpelling(parse('pasword incorrect'), vocabulary);
    assert.deepEqual([query.words, corrected], [['password', 'incorrect'], true]);
    assert.equal(orderResults(query, index, matchNames(query, index), [])[0]?.code, 302);
  });
  test('a word found nowhere is left out; kept spelling is not corrected', () => {
    assert.deepEqual(applySpelling(parse('zqxv checksum'), vocabulary).query.words, ['checksum']);
    assert.deepEqual(applySpelling(parse('pasword'), vocabulary, true).query.words, []);
  });
});

describe('ranking', () => {
  const page = (code: number): Hit => ({ code, family: 'v1', reason: { kind: 'page' } });
  test('console codes follow IM codes for everyday words', () => {
    const query = parse('login');
    const order = orderResults(query, index, [], [page(10435), page(302), page(422)]).map((h) => h.code);
    assert.deepEqual(order, [302, 422, 10435]);
  });
  test('...unless the query is about the console', () => {
    const query = parse('console login');
    const order = orderResults(query, index, [], [page(10435), page(302)]).map((h) => h.code);
    assert.deepEqual(order, [10435, 302]);
    assert.equal(parse('注册 手机号').console, true);
  });
  test('codes named outright lead, then names, then pages, each code once', () => {
    const query = parse('code 416 too many requests');
    const order = orderResults(query, index, [{ code: 503, family: 'v1', reason: { kind: 'title' } }], [page(416), page(408)]).map((h) => h.code);
    assert.deepEqual(order, [416, 503, 408]);
  });
  test('pages found word by word rank by how many words they match', () => {
    const merged = mergeWordResults([
      ['a', 'b'],
      ['b', 'c'],
      ['b'],
    ]);
    assert.deepEqual(
      merged.map((p) => [p.id, p.words]),
      [
        ['b', 3],
        ['a', 1],
        ['c', 1],
      ],
    );
  });
  test('filters: any value within a key, every key', () => {
    const info = index.byCode.get(416);
    assert.equal(passesFilters(info, {}), true);
    assert.equal(passesFilters(info, { category: new Set(['server']) }), true);
    assert.equal(passesFilters(info, { category: new Set(['team']) }), false);
    assert.equal(passesFilters(info, { category: new Set(['server', 'team']), retry: new Set(['backoff']) }), true);
  });
});
