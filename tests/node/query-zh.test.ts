// Chinese sentences as NIM developers type them, read by the query functions on the real content.
// Every sentence comes from how developers and the official demos write about these problems (the
// source is noted beside each case); none was made up to fit the lexicon. No browser, no Pagefind.
//
// Sources, short names used below:
//   PC demo       netease-kit/NIM_PC_Demo @faa1ba5b bin/resources/lang/zh_CN/gdstrings.ini (toasts per kNIMRes code)
//   Android demo  netease-kit/NIM_Android_Demo @d1adeea (ResponseCode.* → strings.xml toasts)
//   iOS demo      netease-kit/NIM_iOS_Demo @3b9fca9 (NIMRemoteErrorCode* → toasts), NIMKit NIMTeamListDataManager.m
//   UIKit         netease-kit/nim-uikit-android @ad7fa794 values-zh/strings.xml, nim-uikit-ios @12f0338d zh-Hans Localizable.strings
//   Web SDK       NIM_Web_SDK_v8.3.5.js in netease-kit/NIM_Web_Demo @6fa7624b (code → Chinese message)
//   node-nim      netease-im/node-nim @290c791 ts/nim_def/client_def.ts (Chinese enum comments)
//   issues        netease-kit/NIM_PC_Demo#2, nim-uikit-android#40 #45 #74, nim-uikit-ios#235 #343,
//                 reactnativecomponent/react-native-netease-im#43, MrSong0607/netease-im#2, GuiminChu/flutter_nim#14
//   CSDN          blog.csdn.net/sinat_28505133/article/details/76152676 (CurTime is illegal, 414),
//                 blog.csdn.net/weixin_39669204/article/details/119288476 (a stale token gives 302)
//   other IMs     Chinese error tables of Tencent IM (群已满员, 批量加人, 踢人), JMessage (发送速度超过限制), easemob (断网)
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { searchMapRow } from '../../src/lib/search-map.ts';
import type { CodeData } from '../../src/lib/schema.ts';
import { isFiller, pageWords } from '../../src/search/han.ts';
import { HAN_FILLER_WORDS, HAN_SYNONYMS, HAN_TERMS } from '../../src/search/lexicon.ts';
import { codesFromMap } from '../../src/search/map.ts';
import { createIndex, matchNames, parseQuery } from '../../src/search/query.ts';
import { readCodes, readTranslations, readV2Codes, readV2Translations } from '../support/content.ts';

// The index exactly as tests/node/query.test.ts builds it.
const codes = readCodes();
const rows = codes.map((c) => searchMapRow({ ...c, aliases: c.aliases ?? [], constants: c.constants ?? {} } as unknown as CodeData, c.v2Codes ?? []));
const index = createIndex(codesFromMap({ codes: rows }));

const parse = (text: string) => parseQuery(text, index);
/** The meaningful words of each Chinese phrase of the text. */
const phrases = (text: string) => parse(text).hanPhrases.map((phrase) => phrase.words);
/** All the meaningful Chinese words of the text, in order. */
const words = (text: string) => phrases(text).flat();
/** The first three codes the map names for the text. */
const top3 = (text: string) =>
  matchNames(parse(text), index)
    .slice(0, 3)
    .map((hit) => hit.code);
/** Single characters left as words that no one types alone to mean something (群, 忙 and 满 do mean something). */
const strays = (list: string[]) => list.filter((word) => [...word].length === 1 && !['群', '忙', '满'].includes(word));

/** The Chinese names (official name and aliases) of a V1 code. */
const namesOf = (code: number) => {
  const entry = codes.find((c) => c.code === code);
  return entry ? [entry.titleZh, ...(entry.aliases ?? [])] : [];
};

function expectTop3(text: string, code: number): void {
  const found = top3(text);
  assert.ok(found.includes(code), `${text} → [${found.join(', ')}], wanted ${code}`);
}

describe('Chinese sentences: segmentation', () => {
  test('为什么发送消息一直请求超时: the official 请求超时 stays whole, the asking words go (nim-uikit-ios#235)', () => {
    const list = words('为什么发送消息一直请求超时');
    assert.ok(list.includes('请求超时'), list.join(' | '));
    assert.ok(!list.includes('为什么') && !list.includes('一直'), list.join(' | '));
    assert.deepEqual(strays(list), []);
  });
  test('登录提示用户名或密码错误: the official name of 302 is one word (NIM_PC_Demo#2, Web SDK 302)', () => {
    assert.deepEqual(phrases('登录提示用户名或密码错误'), [['登录', '用户名或密码错误']]);
  });
  test('获取群成员失败，你已经不在群里: two phrases, the alias of 804 whole (iOS NIMKit)', () => {
    assert.deepEqual(phrases('获取群成员失败，你已经不在群里'), [['获取', '群成员'], ['你已经不在群里']]);
  });
  test('创建失败，创建群数量达到限制: the official name of 806 whole (Android demo)', () => {
    assert.deepEqual(phrases('创建失败，创建群数量达到限制'), [['创建'], ['创建群数量达到限制']]);
  });
  test('操作太频繁,稍后重试: the toast of 416 whole, the advice dropped (PC demo)', () => {
    assert.deepEqual(phrases('操作太频繁,稍后重试'), [['操作太频繁'], []]);
  });
  test('你已被拉入黑名单，不能再进入: 黑名单 and 进入 kept, the pronouns dropped (Android demo 13003)', () => {
    const [first = [], second = []] = phrases('你已被拉入黑名单，不能再进入');
    // 黑名单 may stay inside a page's own alias read whole (被拉入黑名单): it is kept either way.
    assert.ok(first.some((word) => word.includes('黑名单')), first.join(' | '));
    assert.ok(!first.some((word) => word.includes('你')), first.join(' | '));
    assert.ok(second.some((word) => word.includes('进入')), second.join(' | '));
  });
  test('对方把你拉黑，发送消息失败: 拉黑 alone is what the first phrase means (UIKit)', () => {
    const [first = [], second = []] = phrases('对方把你拉黑，发送消息失败');
    assert.deepEqual(first, ['拉黑']);
    assert.ok(second.some((word) => word.includes('消息')), second.join(' | '));
    assert.deepEqual(strays(second), []);
  });
  test('进入直播间失败: 直播间 is one word (PC demo calls a chat room 直播间)', () => {
    assert.deepEqual(phrases('进入直播间失败'), [['进入', '直播间']]);
  });
  test('账号被封了登不上: no stray 封, and 登不上 kept', () => {
    const list = words('账号被封了登不上');
    assert.ok(list.includes('登不上'), list.join(' | '));
    assert.ok(list.some((word) => word.includes('封')), list.join(' | '));
    assert.deepEqual(strays(list), []);
  });
  test('撤回失败，该消息发送时间已超过2分钟: 撤回 and 超过 kept (PC demo 508)', () => {
    const [first = [], second = []] = phrases('撤回失败，该消息发送时间已超过2分钟');
    // 撤回 may stay inside a page's own alias read whole (撤回失败): what matters is that it is the only word kept.
    assert.equal(first.length, 1, first.join(' | '));
    assert.ok(first[0]?.includes('撤回'), first.join(' | '));
    assert.ok(second.includes('超过'), second.join(' | '));
  });
  test('token过期了 登录不上: Latin text ends a phrase, 过期 kept without 了', () => {
    const list = words('token过期了 登录不上');
    assert.ok(list.includes('过期'), list.join(' | '));
    assert.ok(!list.includes('了'), list.join(' | '));
    assert.deepEqual(strays(list), []);
  });
  test('当前网络不可用，请检查你的网络设置: 网络 kept in both phrases (UIKit network_error)', () => {
    const [first = [], second = []] = phrases('当前网络不可用，请检查你的网络设置');
    assert.ok(first.includes('网络'), first.join(' | '));
    assert.ok(second.includes('网络'), second.join(' | '));
  });
});

describe('Chinese sentences: fillers', () => {
  test('为什么一直报错 says nothing about a code', () => assert.deepEqual(words('为什么一直报错'), []));
  test('请问这是什么原因 says nothing about a code', () => assert.deepEqual(words('请问这是什么原因'), []));
  test('有没有大佬知道怎么处理 says nothing about a code', () => assert.deepEqual(words('有没有大佬知道怎么处理'), []));
  test('接口调用一直不成功 says nothing about a code (react-native-netease-im#43: 登录不成功)', () =>
    assert.deepEqual(words('接口调用一直不成功'), []));
  test('是必现的吗 says nothing about a code (nim-uikit-android#40, the maintainer\'s question)', () =>
    assert.deepEqual(words('是必现的吗'), []));
  test('当前网络不佳，请稍后再试: the advice phrase is all filler, 网络 stays (Android demo network_error)', () => {
    const [first = [], second] = phrases('当前网络不佳，请稍后再试');
    assert.ok(first.includes('网络'), first.join(' | '));
    assert.deepEqual(second, []);
  });
  test('the product\'s own name is filler: every page is about 云信', () => {
    assert.ok(isFiller('云信'));
    assert.ok(isFiller('网易云信'));
  });
  test('the domain\'s words are never filler', () => {
    for (const word of ['群', '禁言', '撤回', '超时', '黑名单', '频繁', '解散', '权限', '聊天室', '登录', '网络', '上限']) {
      assert.equal(isFiller(word), false, word);
    }
  });
});

describe('Chinese sentences: reader words and page words', () => {
  const has = (word: string, page: string) => assert.ok(pageWords(word).includes(page), `${word} → ${pageWords(word).join(', ')}`);
  test('直播间 is a chat room (PC demo: 黑名单用户禁止进入直播间)', () => has('直播间', '聊天室'));
  test('拉人 and 拉好友 invite (Web SDK 813: 部分拉人成功; iOS NIMKit: 拉好友失败)', () => {
    has('拉人', '邀请');
    has('拉好友', '邀请');
  });
  test('满员 is the team being full (Tencent IM: 群已满员)', () => assert.ok(pageWords('满员').some((w) => ['已满', '上限'].includes(w))));
  test('暂无权限 and 权限不足 are 没有权限 (UIKit iOS no_permession; the PHP maps: 802 权限不足)', () => {
    has('暂无权限', '没有权限');
    has('权限不足', '没有权限');
  });
  test('被封禁 reads without its particle as 禁用 too (han.ts: 被封禁 → 封禁, 禁用)', () => has('被封禁', '禁用'));
  test('被拉黑 reads without its particle as 黑名单 (UIKit: 对方把你拉黑; 13003 alias 被拉入黑名单)', () => has('被拉黑', '黑名单'));
  test('账号被封禁 also reads 账号被禁用', () => has('账号被封禁', '账号被禁用'));
  test('时间戳 is CurTime (CSDN: CurTime 当前UTC时间戳, CurTime is illegal → 414)', () => has('时间戳', 'CurTime'));
  test('敏感词 is anti-spam (JMessage: 消息包含敏感词汇; the V2 alias 敏感词拦截)', () => has('敏感词', '反垃圾'));
  test('后台 is the console (blog posts: 网易云通讯与视频后台)', () => has('后台', '控制台'));
  test('找不到 is 不存在 (iOS app on 803: 未找到该群; Tencent IM: 找不到指定 ID 的群组)', () => has('找不到', '不存在'));
  test('已是群成员 reads as one of 809\'s names (iOS app: 你已是本群群成员; TIM: 已经是群成员)', () => {
    const names = namesOf(809);
    assert.ok(
      pageWords('已是群成员').some((alt) => names.some((name) => name.includes(alt))),
      pageWords('已是群成员').join(', '),
    );
  });
  test('login failure in five spellings reads as 登录失败 (issues: 无法登陆, 登录不成功; forums: 登不上, 登录不了, 登录不上)', () => {
    for (const text of ['登不上', '登录不了', '登录不上', '登录不成功', '无法登录']) {
      assert.ok(
        words(text).some((word) => pageWords(word).includes('登录失败')),
        `${text} → ${words(text).join(' | ')}`,
      );
    }
  });
  test('群 alone maps to nothing else: it is in too many names to say which', () => assert.deepEqual(pageWords('群'), ['群']));
});

describe('Chinese sentences: the lexicon is sound', () => {
  // Every Chinese word a page can be found by: names and aliases (V1, V2), and the Chinese pages' text.
  const zhText = [
    ...codes.flatMap((c) => [c.titleZh, ...(c.aliases ?? [])]),
    ...readV2Codes().flatMap((c) => [c.titleZh, ...(c.aliases ?? [])]),
    ...[...readTranslations(), ...readV2Translations()].flatMap((t) => [t.summary, t.body]),
  ].join('\n');
  test('every page word is a word the pages really use', () => {
    const missing = Object.entries(HAN_SYNONYMS).flatMap(([reader, pages]) =>
      pages.filter((page) => !zhText.includes(page)).map((page) => `${reader} → ${page}`),
    );
    assert.deepEqual(missing, []);
  });
  test('no reader word is a filler (it would be dropped before it is mapped)', () => {
    assert.deepEqual(
      Object.keys(HAN_SYNONYMS).filter((word) => HAN_FILLER_WORDS.has(word)),
      [],
    );
  });
  test('no domain word is a filler', () => {
    assert.deepEqual(
      HAN_TERMS.filter((word) => HAN_FILLER_WORDS.has(word)),
      [],
    );
  });
});

describe('Chinese sentences: one phrase no code knows does not hide the others', () => {
  test('群被解散了 昨天还好好的 → 803', () => {
    assert.equal(parse('群被解散了 昨天还好好的').hanPhrases.length, 2);
    expectTop3('群被解散了 昨天还好好的', 803);
  });
  test('撤回失败超过两分钟 测试同学反馈的 → 508', () => expectTop3('撤回失败超过两分钟 测试同学反馈的', 508));
  test('聊天室里被禁言了 安卓苹果都这样 → 13004', () => expectTop3('聊天室里被禁言了 安卓苹果都这样', 13004));
  test('操作太频繁 压测脚本跑的 → 416', () => expectTop3('操作太频繁 压测脚本跑的', 416));
  test('a sentence with no word of the domain names no code', () => assert.deepEqual(top3('今天天气不错'), []));
});

describe('Chinese sentences typed on a Chinese page', () => {
  const cases: [string, number, string][] = [
    // login and tokens
    ['注册后无法登录 提示用户名密码错误', 302, 'NIM_PC_Demo#2'],
    ['怎么登录都是账号密码不对', 302, 'GuiminChu/flutter_nim#14'],
    ['刷新token以后旧token登录失败', 302, 'CSDN: only the newest token is valid, an older one gives 302'],
    ['帐号被禁用 进入聊天室失败', 422, 'PC demo: kNIMResAccountBlock → 账号被禁用 on entering a room'],
    ['账号被封了 登录不了', 422, 'aliases of 422; forum wording'],
    ['被封禁 无法登录', 301, 'official table 301 被封禁'],
    ['断网了 登录一直失败', 415, 'easemob: 由于断网等原因; 415 客户端网络问题'],
    ['当前网络不可用，请检查你的网络设置', 415, 'UIKit network_error, ERROR_CODE_NETWORK = 415'],
    ['初始化之后调用登录 返回登录超时', 408, 'nim-uikit-android#40'],
    ['发消息一直转圈 最后请求超时', 408, 'nim-uikit-ios#235'],
    ['当前已经其他设备登录 自动登录失败', 417, 'iOS demo: NIMRemoteErrorCodeExist'],
    // signing
    ['服务器时间和网络时间不同步 接口返回参数错误', 414, 'CSDN: CurTime is illegal, 414'],
    ['签名校验失败 怎么生成', 414, 'CheckSum检验失败时会返回414'],
    ['创建账号提示帐号已经注册', 414, 'register samples: 帐号已经注册 → 414'],
    // frequency
    ['设置推送开关提示操作太频繁', 416, 'Android demo SettingsActivity: RES_EFREQUENTLY → 操作太频繁'],
    ['进聊天室太频繁 稍后重试', 416, 'PC demo: kNIMResFrequently → 操作太频繁,稍后重试'],
    ['发消息太快被限制了', 416, 'JMessage: 发送速度超过限制'],
    ['接口调用频率超限 被限流', 416, '416 alias; Lark/Tencent: 限流'],
    // teams
    ['拉人进群失败 群满了', 801, 'Web SDK 813: 拉人; 801'],
    ['邀请成员失败 成员人数已达上限', 801, 'Android demo: 邀请失败，成员人数上限为%d人'],
    ['群已满员 加不进去', 801, 'Tencent IM: 群已满员'],
    ['群组人数达到上限', 801, 'UIKit team_member_limit_exceeded (V2 108437)'],
    ['普通成员修改群名称提示没有权限', 802, 'Android demo TeamPropertySettingActivity: RES_TEAM_ENACCESS → 没有权限'],
    ['群主退群失败', 802, '802 alias 群主不能退群'],
    ['搜索群号提示群号不存在', 803, 'Android demo AdvancedTeamSearchActivity: RES_TEAM_ENOTEXIST'],
    ['处理入群邀请时提示该群已解散', 803, 'iOS demo system notifications; an iOS app: 803 → 该群已解散'],
    ['获取群成员失败 你已经不在群里', 804, 'iOS NIMKit: NIMRemoteErrorCodeTeamNotMember'],
    ['被移出群聊以后发消息失败', 804, 'UIKit: 您已被移出群聊或该群聊已被解散'],
    ['申请入群提示已经在群里', 809, 'Android and iOS demos: RES_TEAM_ALREADY_IN → 已经在群里'],
    ['建群失败 创建群数量达到限制', 806, 'Android demo TeamCreateHelper'],
    ['加入群组数量超过上限', 806, 'UIKit joined_team_limit_exceeded; 806 alias 加入的群太多'],
    ['邀请成功 等待验证', 810, 'iOS NIMKit handleAddUsers: 邀请成功，等待验证 when the invitee must accept, the case of 810'],
    ['普通群调用高级群接口 群类型不对', 805, 'node-nim 805: 群类型不对'],
    // chat rooms
    ['你已被拉入黑名单 不能再进入聊天室', 13003, 'Android demo ChatRoomActivity'],
    ['进入直播间失败 黑名单用户禁止进入', 13003, 'PC demo STRID_CHATROOM_TIP_BLACKLISTED2'],
    ['聊天室发消息提示用户被禁言', 13004, 'Android UIKit ChatRoomMessageFragment: RES_CHATROOM_MUTED'],
    ['聊天室昵称违规 被反垃圾', 13005, '13005 official name'],
    ['直播间异常 聊天室状态不对', 13002, 'PC demo STRID_CHATROOM_TIP_ROOM_ERROR'],
    // messages and recall
    ['撤回失败 该消息发送时间已超过2分钟', 508, 'PC demo STRID_SESSION_RECALL_MSG_OVERTIME'],
    ['已超过时间无法撤回', 508, 'UIKit ravokable_time_expired'],
    ['应用被封禁 所有操作都提示非法操作', 403, 'Flutter/Android 403: 应用被封禁; Web SDK 403'],
    // server
    ['服务器太忙 稍后重试', 503, 'node-nim 503: 服务器太忙'],
    ['云信服务器报未知错误', 500, 'node-nim 500: 未知错误，或者不方便告诉你'],
    // console
    ['云信控制台注册 手机号已经被注册了', 10438, 'official table 10438'],
    ['注册开发者账号 两次密码不一致', 10433, 'official table 10433'],
    ['后台创建应用失败 应用名称已存在', 10441, 'official table 10441; 后台 for the console'],
  ];
  for (const [text, code, source] of cases) test(`${text} → ${code} (${source})`, () => expectTop3(text, code));
});

describe('Chinese sentences typed on an English page, English mixed in', () => {
  const cases: [string, number][] = [
    ['token过期了 登录不上', 302],
    ['NIM login 提示用户名密码错误', 302],
    ['checksum 签名校验失败', 414],
    ['CurTime过期 服务器时间不同步', 414],
    ['team/add 拉人进群提示群满了', 801],
    ['kick member 不是管理员没有权限', 802],
    ['chatroom 进不去 被拉黑了', 13003],
    ['recall message 超过两分钟撤回失败', 508],
    ['send message 一直请求超时', 408],
    ['server busy 服务器太忙', 503],
    ['onFailed 发消息太频繁', 416],
  ];
  for (const [text, code] of cases) test(`${text} → ${code}`, () => expectTop3(text, code));
  test('调用team/add报803 names 803 outright', () => assert.ok(parse('调用team/add报803').explicit.some((hit) => hit.code === 803)));
});
