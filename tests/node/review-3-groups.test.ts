// Regression tests for issue 15 on the team, chat-room and specific-services pages (801–810,
// 13001–13005, 10431–10441): each finding of content review 3 (part B, and part A for 804–808) and
// of the Chinese review zh-review-1 stays fixed. The bad sentence is gone and the corrected fact is
// there, in both languages where both have it; general retry and account rules link the guides.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readTranslations } from '../support/content.ts';
import { en, enSection as section, page, zh, zhSection } from '../support/page-text.ts';

const translations = readTranslations();

const TEAM = [801, 802, 803, 804, 805, 806, 807, 808, 809, 810];
const CHAT_ROOM = [13001, 13002, 13003, 13004, 13005];
const SPECIFIC_SERVICE = [10431, 10432, 10433, 10434, 10435, 10436, 10437, 10438, 10441];
const GROUP = [...TEAM, ...CHAT_ROOM, ...SPECIFIC_SERVICE];

describe('809 (content review 3, part B)', () => {
  test('F1 wrong: apply-to-join is on advanced and super teams; the legacy normal team has none', () => {
    assert.doesNotMatch(en(809), /on normal and super teams/);
    assert.match(section(809, 'What it means'), /on advanced teams \(`team\.ts`\) and on super teams \(`super_team\.ts`\)/);
    assert.match(section(809, 'What it means'), /The legacy normal team \(普通群\) has no join applications/);
    assert.doesNotMatch(zh(809), /普通群和超大群都是如此/);
    assert.match(zhSection(809, '含义'), /高级群（`team\.ts`）和超大群（`super_team\.ts`）/);
    assert.match(zhSection(809, '含义'), /普通群（旧式群类型）根本没有入群申请/);
  });
  test('F2 over-firm: no SDK hands 809 over as a JSON body; each SDK\'s real shape is named', () => {
    const example = section(809, 'Example response');
    assert.doesNotMatch(example, /in a JSON result it looks like this/);
    assert.match(example, /809 is not a JSON body/);
    for (const shape of [/`onFailed\(809\)`/, /`error\.code == NIMRemoteErrorCodeTeamAlreadyIn`/, /`res_code_: 809`/, /`TeamEvent`/, /`error\.code === 809`/]) {
      assert.match(example, shape);
    }
    assert.doesNotMatch(zhSection(809, '响应示例'), /以 JSON 结果表示，形式如下/);
    assert.match(zhSection(809, '响应示例'), /809 不是 JSON 响应体/);
  });
  test('F3 over-firm: the Web SDK\'s message for 809 is known', () => {
    assert.doesNotMatch(en(809), /No `desc` text for it is known/);
    assert.match(section(809, 'Example response'), /No server `desc` has been recorded\. The V1 Web SDK's message for it is "已经在群里"/);
    assert.doesNotMatch(zh(809), /它的 `desc` 文本未知/);
    assert.match(zhSection(809, '响应示例'), /V1 Web SDK 对它的提示是“已经在群里”/);
  });
});

describe('810 (content review 3, part B)', () => {
  test('F4 wrong: on Android 810 comes to onFailed(int) with no result to read', () => {
    const all = en(810);
    assert.doesNotMatch(all, /read the team info or `timetag` from the result as usual/);
    assert.doesNotMatch(all, /Alongside the code, the SDK result carries/);
    assert.doesNotMatch(all, /The SDK result still carries the useful data/);
    assert.match(section(810, 'How to fix'), /In node-nim, treat 810 like 200/);
    assert.match(section(810, 'How to fix'), /On Android, 810 comes to `onFailed\(int\)` of `addMembers`\/`addMembersEx` with no payload/);
    const z = zh(810);
    assert.doesNotMatch(z, /照常从结果中读取群资料或 `timetag`/);
    assert.doesNotMatch(z, /除了结果码，SDK 结果中还带有群资料/);
    assert.match(zhSection(810, '解决方法'), /在 Android 上，810 从 `addMembers`\/`addMembersEx` 的 `onFailed\(int\)` 返回，不带任何数据/);
  });
  test('F5 over-firm: Android is shown returning 810 on invite only, not on create', () => {
    const example = section(810, 'Example response');
    assert.doesNotMatch(en(810), /through the create-team and invite calls of node-nim and the Android SDK/);
    assert.match(example, /the Android invite call \(`addMembers`\/`addMembersEx`\)/);
    assert.match(example, /no source shows Android's create returning it/);
    assert.match(zhSection(810, '响应示例'), /没有资料显示 Android 的建群调用返回它/);
  });
  test('F6 over-firm: the example names node-nim\'s res_code_ and Android\'s onFailed(810), not a JSON result', () => {
    const example = section(810, 'Example response');
    assert.doesNotMatch(example, /in a JSON result it has the usual shape/);
    assert.match(example, /`res_code_: 810`/);
    assert.match(example, /`onFailed\(810\)`/);
    assert.doesNotMatch(zhSection(810, '响应示例'), /以 JSON 结果表示，形式与其他状态码相同/);
  });
  test('F7 over-firm: "不是群成员" is an 804 alias, not an 810 one', () => {
    assert.ok(!(page(810).aliases ?? []).includes('不是群成员'), '810 still has 不是群成员');
    assert.ok((page(804).aliases ?? []).includes('不是群成员'), '804 lacks 不是群成员');
    assert.ok((page(810).aliases ?? []).includes('iOS 810 not a team member'));
  });
  test('F8: the iOS reading is settled by a later header and the iOS UIKit\'s invite handler', () => {
    const confused = section(810, 'Not to be confused with');
    assert.doesNotMatch(confused, /Which iOS SDK versions keep the number 810 for it we cannot tell/);
    assert.match(confused, /which already lists the newer 816, still has `NIMRemoteErrorCodeTeamNotMember = 810`/);
    assert.match(confused, /when `error` is nil/);
    assert.doesNotMatch(zh(810), /从现有资料无法判断哪些 iOS SDK 版本/);
    assert.match(zhSection(810, '注意区分'), /816/);
    assert.match(zhSection(810, '注意区分'), /`error` 为 nil/);
  });
});

describe('813 is attributed to node-nim\'s enum and the Web SDK (part A 806-1, and the same line on 801 and 810)', () => {
  const reason = /node-nim's enum comment \(操作成功，但部分成员的群数量超限\) and the Web SDK's message \(因群数量限制，部分拉人成功\)/;
  test('806: the team-count reason is no longer given to the older table', () => {
    assert.doesNotMatch(en(806), /the older table's 813 reports a partial success where some invitees were skipped because of their team count/);
    assert.doesNotMatch(en(806), /the older table reports invitees skipped for their team count as 813/);
    assert.match(section(806, 'Example response'), reason);
    assert.match(section(806, 'Sources'), /`ts\/nim_def\/client_def\.ts`/);
    assert.match(section(806, 'Sources'), /NIM_Web_SDK_v8\.3\.5\.js/);
    assert.match(zhSection(806, '响应示例'), /node-nim 的枚举注释（操作成功，但部分成员的群数量超限）和 Web SDK 的提示（因群数量限制，部分拉人成功）/);
  });
  test('810 and 801 say the same', () => {
    assert.match(section(810, 'Not to be confused with'), reason);
    assert.doesNotMatch(en(801), /813 \("some members' team count over the limit"\)/);
    assert.match(section(801, 'What it means'), /813 \(partial invite success; node-nim's enum comment says some members' team count was over the limit\)/);
    assert.match(section(801, 'Sources'), /`ts\/nim_def\/client_def\.ts`/);
  });
});

describe('13001 (content review 3, part B)', () => {
  test('F9 over-firm: the enums file 13002–13004 and 13006 as client-defined, not 13005', () => {
    assert.doesNotMatch(en(13001), /13002 to 13006/);
    assert.match(section(13001, 'Example response'), /they file 13002 to 13004 and 13006 there too/);
    assert.doesNotMatch(zh(13001), /13002 到 13006/);
    assert.match(zh(13001), /13002 到 13004 和 13006/);
  });
  test('F10: the competing local and V2 codes are named, and the Flutter comment is quoted', () => {
    const confused = section(13001, 'Not to be confused with');
    for (const name of [/20001/, /`kNIMLocalResAPIErrorLoginUndone = 20001`/, /10001/, /`kNIMResRoomLocalNeedRequestAgain`/, /113304/, /`NIMLocalErrorCodeRequestChatroomAddressesFailed`/]) {
      assert.match(confused, name);
    }
    assert.match(section(13001, 'What it means'), /"独立模式由于不依赖IM连接，SDK无法自动获取聊天室服务器的地址，需要客户端向SDK提供该地址"/);
    assert.match(section(13001, 'Sources'), /NIM-Flutter-SDK.*chatroom_models\.dart.*2804be59/);
    const z = zhSection(13001, '注意区分');
    for (const name of [/20001/, /10001/, /113304/, /本地错误 17/]) assert.match(z, name);
    assert.match(zhSection(13001, '含义'), /“独立模式由于不依赖IM连接，SDK无法自动获取聊天室服务器的地址，需要客户端向SDK提供该地址”/);
  });
  test('the Flutter constant for 13001 is named', () => {
    assert.match(section(13001, 'Example response'), /`NIMChatroomErrors\.connectError`/);
  });
  test('the backoff rule is linked, not restated', () => {
    assert.match(section(13001, 'How to fix'), /\(\/guides\/retries\/#backoff\)/);
    assert.match(zhSection(13001, '解决方法'), /\(\/guides\/retries\/#backoff\)/);
    assert.doesNotMatch(zh(13001), /指数退避加随机抖动/);
  });
});

describe('13003 (content review 3, part B)', () => {
  test('F11 over-firm: no "banned" alias that collides with 13004\'s title', () => {
    assert.ok(!(page(13003).aliases ?? []).includes('banned from chat room'));
    assert.ok((page(13003).aliases ?? []).includes('kicked and blocklisted from chat room'));
  });
  test('F12 over-firm: an in-app admin screen blocklists through the client SDK, not the server API', () => {
    const causes = section(13003, 'Common causes');
    assert.doesNotMatch(causes, /from an admin screen in your app, a moderation bot or your own server/);
    assert.match(causes, /with the server API `chatroom\/setMemberRole\.action` \(`opt=-1`, `optvalue=true`\) or with the client SDK's blocklist call \(for example the Web SDK's `markChatroomBlacklist`/);
    assert.doesNotMatch(zh(13003), /操作可能来自 App 的管理界面、审核机器人或你自己的服务端/);
    assert.match(zhSection(13003, '常见原因'), /客户端 SDK 的拉黑接口（例如 Web SDK 的 `markChatroomBlacklist`/);
  });
  test('the Flutter constant and its status and kick-out events are named', () => {
    const meaning = section(13003, 'What it means');
    assert.match(meaning, /`NIMChatroomErrors\.blacklisted`/);
    assert.match(meaning, /`NIMChatroomStatusEvent\.code`/);
    assert.match(meaning, /`NIMChatroomKickOutReason\.blacklisted`/);
  });
});

describe('13005 (content review 3, part B)', () => {
  test('F13 over-firm: room nickname and avatar can come from the IM profile', () => {
    assert.doesNotMatch(en(13005), /separate from the user's IM profile card/);
    assert.match(section(13005, 'What it means'), /"如果不填则直接使用NimUserInfo的数据"/);
    assert.match(section(13005, 'What it means'), /may surface here too \(an inference\)/);
    assert.match(section(13005, 'Common causes'), /fills them in from the IM profile/);
    assert.match(section(13005, 'How to fix'), /enter with an explicit, neutral nickname/);
    assert.doesNotMatch(zh(13005), /与用户的 IM 个人资料是两回事/);
    assert.match(zhSection(13005, '含义'), /“如果不填则直接使用NimUserInfo的数据”/);
  });
});

describe('10437 (content review 3, part B, F14 harmful)', () => {
  test('the owner gives your own sign-in access; nobody hands over a shared account', () => {
    assert.doesNotMatch(en(10437), /have them add you or hand it over/);
    const fix = section(10437, 'How to fix');
    assert.match(fix, /have them give your own sign-in access to it/);
    assert.match(fix, /Never share one password/);
    assert.doesNotMatch(zh(10437), /把你加进来或把账号移交给你/);
    assert.match(zhSection(10437, '解决方法'), /为你自己的账号开通访问权限/);
    assert.match(zhSection(10437, '解决方法'), /不要多人共用一个密码/);
  });
});

describe('Chinese review (zh-review-1)', () => {
  test('801: the translated table quote is labelled, no %s, and 813 "is not this case"', () => {
    const z = zh(801);
    assert.match(z, /英文版服务端状态码表的解释如下（译文）/);
    assert.doesNotMatch(z, /%s/);
    assert.doesNotMatch(z, /与这里的情况无关/);
    assert.match(z, /不是这里的情况/);
    assert.doesNotMatch(z, /返回哪个码/);
    assert.match(z, /返回哪个状态码/);
  });
  test('803: hedge, admin term, desc sample, leftover alias and the Web SDK phrase', () => {
    const z = zh(803);
    assert.doesNotMatch(z, /原因只有两种/);
    assert.match(z, /要么这个 `tid` 对当前应用从来就无效，要么群曾经存在、后来被解散了/);
    assert.doesNotMatch(z, /管理管理员/);
    assert.match(z, /设置或撤销管理员/);
    assert.doesNotMatch(z, /我们没有核实过的文本样本/);
    assert.match(z, /我们手上没有经过核实的 `desc` 文本样本/);
    assert.doesNotMatch(z, /找不到对应的群（群不存在）/);
    assert.doesNotMatch(z, /Demo 自带的/);
    assert.match(z, /官方 Web Demo 附带的 Web SDK（v8\.3\.5）/);
  });
  test('810: one colon per item, plain wording', () => {
    const z = zh(810);
    assert.doesNotMatch(z, /：方向相反的情况：/);
    assert.match(z, /与 810 方向相反，待处理的是用户的入群申请/);
    assert.doesNotMatch(z, /810 没有任何关于被跳过的被邀请人的说明/);
    assert.doesNotMatch(z, /弹出一个误报/);
    assert.match(z, /误报错误/);
  });
  test('13002: 非独立模式, 重新打开, the Web Demo\'s Web SDK, and the English hedges', () => {
    const z = zh(13002);
    assert.doesNotMatch(z, /普通模式/);
    assert.match(z, /非独立模式下，要在 IM 登录成功之后再进入聊天室/);
    assert.doesNotMatch(z, /开放/);
    assert.match(z, /重新打开/);
    assert.doesNotMatch(z, /你却进入或在其中操作时/);
    assert.doesNotMatch(z, /以及附带的 Web SDK/);
    assert.match(z, /官方 Web Demo 附带的 Web SDK v8\.3\.5/);
    assert.doesNotMatch(z, /以下是可能的情况/);
    assert.match(z, /以下是最可能的几种情况/);
    assert.doesNotMatch(z, /关闭（由你的后端、管理工具或清理任务执行）/);
    assert.doesNotMatch(z, /重试：不要循环重试/);
    assert.match(z, /不要循环重试：只有聊天室状态改变后，进入才可能成功/);
  });
  test('10436: 封禁 for a suspended app, 很可能 twice, and 层面', () => {
    const z = zh(10436);
    assert.doesNotMatch(z, /停用/);
    assert.match(z, /已被封禁（“app is forbidden”）/);
    assert.doesNotMatch(z, /它可能来自/);
    assert.match(z, /它很可能来自开发者账号或云信控制台一侧/);
    assert.match(z, /10436 本身：很可能是/);
    assert.doesNotMatch(z, /分属不同的层[^面]|层不同/);
  });
  test('10441: code is formatted as code', () => {
    assert.match(zh(10441), /是 `code` 加 `desc`/);
  });
});

describe('the terms table of zh-review-1, on all 24 Chinese pages', () => {
  for (const n of GROUP) {
    test(`zh ${n}`, () => {
      const z = zh(n);
      assert.doesNotMatch(z, /停用/, '封禁, not 停用, for a suspended app');
      assert.doesNotMatch(z, /应答/, '响应 for HTTP and API answers');
      assert.doesNotMatch(z, /Demo 自带|(?<!官方 Web Demo )附带的 Web SDK/, 'one phrase: 官方 Web Demo 附带的 Web SDK');
      assert.doesNotMatch(z, /普通模式/, '非独立模式');
      assert.doesNotMatch(z, /重新开放/, '重新打开');
      assert.doesNotMatch(z, /管理管理员/, '任免管理员 / 设置或撤销管理员');
      assert.doesNotMatch(z, /五分钟/, '5 分钟');
      const moderation = z.search(/反垃圾|内容审核/);
      if (moderation >= 0) assert.match(z.slice(moderation), /^内容审核（反垃圾）/, 'first mention: 内容审核（反垃圾）');
    });
  }
  test('the Web SDK in the official demo has one name in English too', () => {
    for (const n of [13002, 13004]) {
      assert.doesNotMatch(en(n), /the bundled Web SDK/, `${n}`);
      assert.match(en(n), /the Web SDK v8\.3\.5 bundled with the official Web Demo/, `${n}`);
    }
    assert.doesNotMatch(en(803), /the bundled Web SDK/);
  });
  test('the English chat-room pages say non-independent mode, as Yunxin does', () => {
    for (const n of [13001, 13002]) assert.doesNotMatch(en(n), /normal mode|normal-mode|\(normal, non-independent\)/, `${n}`);
  });
});

describe('general rules live in the guides', () => {
  test('10435–10438 link the console-accounts section in both languages', () => {
    for (const n of [10435, 10436, 10437, 10438]) {
      assert.match(section(n, 'How to fix'), /\(\/guides\/tokens\/#console-accounts\)/, `${n}`);
      assert.match(zhSection(n, '解决方法'), /\(\/guides\/tokens\/#console-accounts\)/, `zh ${n}`);
    }
  });
  test('10438 keeps the name-conflict rule in one sentence and links the guide for it', () => {
    const confused = section(10438, 'Not to be confused with');
    assert.match(confused, /\(\/guides\/tokens\/#already-registered\)/);
    assert.doesNotMatch(confused, /ask for another name; only when/);
    assert.match(zhSection(10438, '注意区分'), /\(\/guides\/tokens\/#already-registered\)/);
  });
  test('10433 links the token lifecycle instead of describing it', () => {
    assert.match(section(10433, 'Not to be confused with'), /\(\/guides\/tokens\/#token-lifecycle\)/);
    assert.match(zhSection(10433, '注意区分'), /\(\/guides\/tokens\/#token-lifecycle\)/);
  });
  test('10441 links the check-before-repeating rule for a double-submitted create', () => {
    assert.match(section(10441, 'How to fix'), /\(\/guides\/retries\/#check-before-repeating\)/);
    assert.match(zhSection(10441, '解决方法'), /\(\/guides\/retries\/#check-before-repeating\)/);
  });
  test('every guide link names a fixed section id and appears in both languages', () => {
    const ids: Record<string, string[]> = {
      retries: ['which-codes-to-retry', 'what-the-sdks-retry', 'backoff', 'trace-ids', 'check-before-repeating', 'rate-limits-and-repeats'],
      tokens: ['token-lifecycle', 'already-registered', 'refresh-only-for-the-owner', 'never-log-tokens', 'console-accounts'],
      errors: ['server-api', 'android', 'ios', 'web', 'node-nim', 'flutter', 'v2', 'sdk-local', 'console', 'v1-and-v2', 'enum-versions'],
    };
    const links = (body: string) => [...body.matchAll(/\]\((\/guides\/[^)]*)\)/g)].map((m) => m[1] ?? '').sort();
    for (const n of GROUP) {
      const enLinks = links(page(n).body);
      for (const link of enLinks) {
        const m = /^\/guides\/(retries|tokens|errors)\/#([a-z0-9-]+)$/.exec(link);
        assert.ok(m && ids[m[1] ?? '']?.includes(m[2] ?? ''), `${n}: ${link} is not a fixed guide section`);
      }
      assert.deepEqual(links(translations.find((t) => t.code === n)?.body ?? ''), enLinks, `zh ${n}: the same guide links`);
    }
  });
  test('no page of the group tells readers to keep one trace id across their own retries', () => {
    for (const n of GROUP) {
      assert.doesNotMatch(en(n), /(keep|same|one) trace id[^.]*retr|retr[^.]*(keep|same|one) trace id/i, `${n}`);
      assert.doesNotMatch(zh(n), /沿用同一个链路 ID|重试时沿用/, `zh ${n}`);
    }
  });
});

describe('dates', () => {
  test('every page whose notes changed for issue 15 says so', () => {
    for (const n of [801, 803, 804, 806, 809, 810, 13001, 13002, 13003, 13004, 13005, 10433, 10435, 10436, 10437, 10438, 10441]) {
      assert.equal(page(n).updated, '2026-12-05', `${n}`);
    }
  });
});
