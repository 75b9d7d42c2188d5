// Regression tests for issue 15 on the 26 pages of the server category: the corrected retry and
// trace-id rule, the findings of content review 3 (part A) and of the Chinese review 1 on these
// pages, and the review's terms across every Chinese server page. Each test checks that the bad
// sentence is gone and that the corrected fact is there, in both languages where both have it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { readCodes, readTranslations } from '../support/content.ts';
import { en, enSection, page, zh, zhSection } from '../support/page-text.ts';

const codes = readCodes();
const translations = readTranslations();
const SERVER = codes.filter((c) => c.category === 'server').map((c) => c.code);

describe('the server category', () => {
  test('has the 26 pages this suite covers', () => {
    assert.deepEqual(SERVER, [200, 201, 301, 302, 315, 403, 404, 405, 406, 408, 413, 414, 415, 416, 417, 418, 419, 422, 431, 500, 503, 508, 509, 514, 998, 999]);
  });
});

describe('the retry and trace-id rule (issue 15, correcting issue 11)', () => {
  test('no server page keeps one trace id across your own retries', () => {
    for (const n of SERVER) {
      const t = en(n);
      assert.doesNotMatch(t, /keep (one|the) trace id|keep its original trace id|under its original trace id|same trace id on every attempt|set the id again/i, `${n}`);
      assert.doesNotMatch(t, /one trace id per (logical )?request across/i, `${n}`);
      const c = zh(n);
      assert.doesNotMatch(c, /沿用原(来的|请求的)链路 ID|保持(原来的|同一个)?链路 ID|重试始终沿用同一个链路 ID|用原来的链路 ID/, `zh ${n}`);
    }
  });

  test('no server page offers the SDK\'s fail-over intervals as your schedule', () => {
    for (const n of SERVER) {
      assert.doesNotMatch(en(n), /reasonable model for your own schedule|with waits of 0, 5, 10/, `${n}`);
      assert.doesNotMatch(zh(n), /可以作为你自己重试计划的合理参考/, `zh ${n}`);
    }
  });

  test('no server page presents the trace id as a protection against duplicates', () => {
    for (const n of SERVER) {
      assert.doesNotMatch(en(n), /removes that protection|defeat that, so a timed-out|which is what stops a repeat|takes away the server's de-duplication/, `${n}`);
      assert.doesNotMatch(zh(n), /失去了这层保护|去重就会失效|服务器的去重就失效了|正是这一点防止/, `zh ${n}`);
    }
  });

  test('431: the summary keeps its "one trace id per request" half, in the corrected form', () => {
    assert.doesNotMatch(page(431).summary, /across retries/);
    assert.match(page(431).summary, /give every request, retries included, its own trace id/);
    assert.match(zh(431), /每个请求（包括你自己的重试）都使用自己的链路 ID（trace id）/);
  });

  test('431: steps 3 and 4 give your own retry a new id and warn against pinning one', () => {
    const fix = enSection(431, 'How to fix');
    assert.match(fix, /Give your own retry a new trace id/);
    assert.match(fix, /keeps one id only across its own fail-over retry/);
    assert.match(fix, /do not pin one id/);
    assert.match(fix, /\(\/guides\/retries\/#trace-ids\)/);
    const zfix = zhSection(431, '解决方法');
    assert.match(zfix, /你自己的重试要使用新的链路 ID/);
    assert.match(zfix, /不要固定使用同一个链路 ID/);
  });

  test('500-1/500-2: a retry of a JSON 500 is a new request, and the notes are quoted the right way round', () => {
    const fix = enSection(500, 'How to fix');
    assert.doesNotMatch(fix, /keep the trace id of the original request/);
    assert.doesNotMatch(fix, /a fresh id on a retry removes that protection/);
    assert.match(fix, /Send each retry as a new request with a new trace id/);
    assert.match(fix, /de-duplicates requests by trace id and therefore ask for a different trace id on every request/);
    assert.match(fix, /The trace id does not make the call idempotent/);
    assert.match(zh(500), /每次重试都作为新请求发送，使用新的链路 ID/);
    assert.match(zh(500), /链路 ID 并不能让调用变成幂等的/);
  });

  test('500-3: the fail-over intervals are described as fail-over, not as a backoff schedule', () => {
    assert.match(enSection(500, 'How to fix'), /space out that fail-over to another API domain; they are not a backoff schedule/);
    assert.match(zh(500), /不是重试 500 时的退避计划/);
  });

  test('500-4: SMS calls carry X-custom-traceid', () => {
    assert.doesNotMatch(en(500), /the `RequestId` header on V1 calls, `X-custom-traceid` on V2;/);
    assert.match(en(500), /`RequestId` header on V1 IM calls, `X-custom-traceid` on V2 IM calls and on SMS calls/);
    assert.match(zh(500), /V1 IM 调用为 `RequestId` 请求头，V2 IM 调用和短信调用为 `X-custom-traceid`/);
    for (const n of [408, 414, 431, 503, 514]) assert.match(en(n), /`X-custom-traceid` on V2 IM calls and on SMS calls/, `${n}`);
  });

  test('408: a repeat after a timeout is looked up first and sent as a new request', () => {
    const fix = enSection(408, 'How to fix');
    assert.doesNotMatch(fix, /YunxinTraceId\.set\(e\.getTraceId\(\)\)/);
    assert.match(fix, /send a repeat as a new request with a new trace id/);
    assert.match(fix, /A read timeout, the case this page is about, is not retried/);
    assert.match(zh(408), /重复发送时要作为新请求、使用新的链路 ID/);
    assert.doesNotMatch(zh(408), /YunxinTraceId\.set\(e\.getTraceId\(\)\)/);
  });

  test('417: a 417 on a retry is checked, and the trace id is not offered as the protection', () => {
    const t = en(417);
    assert.doesNotMatch(t, /read it from the exception's `getTraceId\(\)` and pass it to `YunxinTraceId\.set`/);
    assert.match(t, /the trace id will not do that for you/);
    assert.match(zh(417), /链路 ID（trace id）替你做不到这一点/);
  });

  test('414: re-sign every attempt, and a retry gets a new trace id', () => {
    assert.match(en(414), /A retry your code sends also gets a new trace id/);
    assert.match(zh(414), /你的代码发出的重试也要使用新的链路 ID/);
  });

  test('503: a retry of your own is a new request with a new trace id', () => {
    assert.match(enSection(503, 'How to fix'), /send it as a new request with a new trace id/);
    assert.match(zh(503), /请作为新请求发送，使用新的链路 ID/);
  });

  test('pages link the retry guide instead of restating it', () => {
    for (const n of [408, 414, 417, 431, 500, 503]) {
      assert.match(page(n).body, /\]\(\/guides\/retries\/#(trace-ids|backoff|check-before-repeating|what-the-sdks-retry|rate-limits-and-repeats)\)/, `${n}`);
      assert.match(translations.find((t) => t.code === n)?.body ?? '', /\]\(\/guides\/retries\/#/, `zh ${n}`);
    }
  });

  test('token advice on 302, 414, 417 links the tokens guide', () => {
    for (const n of [302, 414, 417]) {
      assert.match(page(n).body, /\]\(\/guides\/tokens\/#(already-registered|refresh-only-for-the-owner|never-log-tokens|token-lifecycle)\)/, `${n}`);
      assert.match(translations.find((t) => t.code === n)?.body ?? '', /\]\(\/guides\/tokens\/#/, `zh ${n}`);
    }
  });

  test('CONTRIBUTING and the retry advice strings state the corrected rule', () => {
    const contributing = readFileSync('CONTRIBUTING.md', 'utf8').replace(/\s+/g, ' ');
    assert.doesNotMatch(contributing, /advise one trace id per logical request, kept across its retries/);
    assert.match(contributing, /Advise a new trace id for every request your code sends, retries included/);
    const ui = readFileSync('src/i18n/ui.ts', 'utf8');
    assert.doesNotMatch(ui, /keeping one trace id per logical request/);
    assert.doesNotMatch(ui, /同一个逻辑请求的重试沿用同一个链路 ID/);
    assert.match(ui, /each retry is a new request with its own trace id/);
    assert.match(ui, /每次重试都是新请求，使用自己的链路 ID/);
  });
});

describe('content review 3, part A', () => {
  test('500-5: 190001 is not said to be raised by the V2 SDK itself', () => {
    assert.doesNotMatch(en(500), /belongs to the 19xxxx codes the V2 SDK raises itself/);
    assert.match(enSection(500, 'Not to be confused with'), /does not say who raises each code/);
    assert.doesNotMatch(zh(500), /属于 V2 SDK 自行生成的 19xxxx 错误码/);
  });

  test('500-6: a 500 from the SMS API carries msg, not desc', () => {
    assert.doesNotMatch(enSection(500, 'Example response'), /The body also carries a short `desc` string whose text we have not verified/);
    assert.match(enSection(500, 'Example response'), /`desc` on IM server API calls, `msg` on SMS calls/);
    assert.match(zhSection(500, '响应示例'), /短信调用中是 `msg`/);
  });

  test('301-2: SMS bodies carry msg (and obj), not desc', () => {
    assert.doesNotMatch(enSection(301, 'Example response'), /A short `desc` string comes alongside the code/);
    assert.match(enSection(301, 'Example response'), /SMS API bodies carry `msg` \(and `obj`\)/);
    assert.doesNotMatch(zhSection(301, '响应示例'), /状态码旁边还会附带一个简短的 `desc` 字符串。301/);
    assert.match(zhSection(301, '响应示例'), /短信 API 的响应体则带 `msg`（以及 `obj`）/);
  });

  test('998-1: an immediate retry is preceded by a check that the operation took effect', () => {
    const fix = enSection(998, 'How to fix');
    assert.doesNotMatch(fix, /An immediate retry of the same operation may work if one packet was damaged, but a repeatable/);
    assert.match(fix, /first check whether the operation already took effect: the packet that failed may have been the server's answer/);
    assert.match(zh(998), /要先确认该操作是否已经生效，因为解包失败的可能正是服务器的响应/);
  });

  test('998-2 and 999-1: the pages quote Flutter\'s comments instead of "only the name"', () => {
    assert.doesNotMatch(en(998), /That name is all the sources give/);
    assert.doesNotMatch(en(999), /The sources say no more than that name/);
    assert.match(en(998), /解包失败，内部错误 \(unpacking failed, internal error\)/);
    assert.match(en(999), /装包失败，内部错误 \(packing failed, internal error\)/);
    assert.match(zh(998), /“解包失败，内部错误”/);
    assert.match(zh(999), /“装包失败，内部错误”/);
    assert.doesNotMatch(zh(998), /资料给出的只有这个名称/);
    assert.doesNotMatch(zh(999), /除了这个名称，资料没有更多说明/);
    for (const n of [998, 999]) assert.match(enSection(n, 'Sources'), /NIM-Flutter-SDK.*response_code\.dart/, `${n}`);
  });

  test('998-3: the long connection is the likely place, not a fact', () => {
    assert.doesNotMatch(en(998), /a packet of the protocol that a client SDK and the IM server speak/);
    assert.match(en(998), /a packet, most likely one of the protocol/);
    assert.match(zh(998), /这个数据包很可能是客户端 SDK 与 IM 服务器之间/);
  });

  test('301-1: no "most likely" SMS call; the verify-code list is attributed to the SMS reference', () => {
    const t = en(301);
    assert.doesNotMatch(t, /most likely to meet it/);
    assert.doesNotMatch(t, /main return codes of the SMS service \(send code and verify code\)/);
    assert.match(t, /lists 301 among the error codes of `verifycode\.action` \(200, 301, 315, 403, 404, 413, 414, 500\), but not of `sendcode\.action`/);
    assert.match(t, /No source says what triggers it/);
    assert.doesNotMatch(zh(301), /因此最可能在这些调用中遇到它/);
    assert.match(zh(301), /`sendcode\.action` 的错误码中没有它/);
  });

  test('406-1: the "406 频率控制" in one SMS wrapper is named as a likely typo for 416', () => {
    assert.match(en(406), /lists "406（频率控制）" among the JSON codes it passes back, which looks like a typo for \[416\]/);
    assert.match(zh(406), /“406（频率控制）”.*这看起来是 \[416\]\(\/codes\/416\/\) 的笔误/);
  });

  test('413-1: the wrong citation is gone and the sourced SMS rules and body are there', () => {
    const sources = enSection(413, 'Sources');
    assert.doesNotMatch(sources, /pokerServer/);
    assert.doesNotMatch(sources, /Public Python sample listing the `verifycode\.action` return codes/);
    const t = en(413);
    assert.match(t, /10 minutes by default, configurable up to 120/);
    assert.match(t, /after 10 consecutive failed checks for a number the code is invalidated/);
    assert.match(t, /more than 10,000 checks a day of numbers that were never sent a code count as an attack and suspend the AppKey's SMS-code service/);
    assert.match(t, /5 minutes by default there/);
    assert.match(t, /`sendtemplate\.action`/);
    assert.doesNotMatch(t, /its field and its wording for 413 have not been verified/);
    assert.match(page(413).body, /```json\n\{"code":413,"msg":"verify err","obj":1\}\n```/);
    const c = zh(413);
    assert.match(c, /默认 10 分钟，最长不超过 120 分钟/);
    assert.match(c, /连续校验错误 10 次以后，该验证码立即失效/);
    assert.match(c, /一天累计超过 1 万次会被视为恶意攻击/);
    assert.doesNotMatch(zhSection(413, '参考来源'), /pokerServer/);
  });

  test('415-1: no alias ties 415 to having no network, and the iOS local error 17 is named', () => {
    assert.ok(!(page(415).aliases ?? []).includes('login fails with no network'));
    assert.ok((page(415).aliases ?? []).includes('login returns 415'));
    assert.match(en(415), /local error 17, `NIMLocalErrorCodeRequestChatroomAddressesFailed` \(独立模式下获取聊天室服务器地址失败\), not as 415/);
    assert.match(zh(415), /本地错误 17，即 `NIMLocalErrorCodeRequestChatroomAddressesFailed`/);
  });

  test('514-1: the China domain is attributed, with the Java SDK\'s own default', () => {
    const fix = enSection(514, 'How to fix');
    assert.doesNotMatch(fix, /`api\.yunxinapi\.com` for China, `api-sg\.yunxinapi\.com` overseas\./);
    assert.match(fix, /the "API 调用方式" page gives `api\.yunxinapi\.com` for China/);
    assert.match(fix, /built-in China default is `api-cn\.yunxinapi\.com`/);
    assert.match(zh(514), /内置的国内默认域名则是 `api-cn\.yunxinapi\.com`/);
  });

  test('V2 claims name the enum and commit they rest on, and the earlier enum', () => {
    const cases: [number, RegExp, RegExp][] = [
      [408, /node-nim's V2 enum \(`ts\/v2_def\/v2_nim_enum_def\.ts`, commit 290c791a\) has no 408/, /`V2NIM_ERROR_CODE_REQUEST_TIMEOUT = 408`/],
      [417, /in node-nim's V2 enum \(`ts\/v2_def\/v2_nim_enum_def\.ts`, commit 290c791a\)/, /`V2NIM_ERROR_CODE_REPEATED_OPERATION = 417`/],
      [415, /node-nim's V2 enum \(`ts\/v2_def\/v2_nim_enum_def\.ts`, commit 290c791a\) has no 415/, /`V2NIM_ERROR_CODE_NETWORK_ERROR = 415`/],
      [302, /node-nim's V2 error-code enum \(`ts\/v2_def\/v2_nim_enum_def\.ts`, commit 290c791a\) has no 302/, /`V2NIM_ERROR_CODE_INVALID_ACCOUNT_OR_TOKEN = 302`/],
      [201, /`V2NIM_ERROR_CODE_HANDSHAKE` in node-nim's `ts\/v2_def\/v2_nim_enum_def\.ts` \(commit 290c791a\)/, /`V2NIM_ERROR_CODE_CLIENT_VERSION_ERROR = 201`/],
      [509, /node-nim's V2 enum \(`ts\/v2_def\/v2_nim_enum_def\.ts`, commit 290c791a\) has no 509/, /`V2NIM_ERROR_CODE_INVALID_PROTOCOL = 509`/],
    ];
    for (const [n, current, earlier] of cases) {
      assert.doesNotMatch(en(n), /The V2 (error-code )?enum has no \d{3}/, `${n}`);
      assert.match(en(n), current, `${n}`);
      assert.match(en(n), earlier, `${n}`);
      assert.match(zh(n), /较早的 V2 枚举/, `zh ${n}`);
      assert.match(zh(n), earlier, `zh ${n}`);
    }
    assert.doesNotMatch(en(301), /No client SDK enum defines 301/);
    assert.match(en(301), /an earlier V2 enum \(a public TypeScript copy, repository not identified\) names 301 `V2NIM_ERROR_CODE_USER_BANNED`/);
  });
});

describe('Chinese review 1 on the server pages', () => {
  /** One finding: on the Chinese page (and the English one where it has the fact), the bad text is gone and the fix is there. */
  interface Finding {
    id: string;
    code: number;
    zhGone?: RegExp[];
    zhThere?: RegExp[];
    enGone?: RegExp[];
    enThere?: RegExp[];
  }
  const FINDINGS: Finding[] = [
    {
      id: '302-1 (H, security): the refreshToken "trap" reads as a mistake, never as a recipe',
      code: 302,
      zhGone: [/有个坑值得专门排查：`user\/create\.action` 返回 414 `already register` 时，去调用 refreshToken，再把新 token 交给正在注册的人/],
      zhThere: [/有一种错误做法值得专门排查：`user\/create\.action` 返回 414 `already register` 时，代码直接调用 refreshToken，并把新 token 交给正在注册的人/],
      enThere: [/A trap worth checking for: answering the 414 `already register` reply/, /\(\/guides\/tokens\/#already-registered\)/],
    },
    { id: '302-2 (M): no added 至少', code: 302, zhGone: [/至少不要用同一个 token 重试/], zhThere: [/不要用同一个 token 重试。/] },
    { id: '302-3 (L): the Web Demo issue, said plainly', code: 302, zhGone: [/曾有人反馈的一个 Web Demo 登录失败问题/], zhThere: [/Web Demo 的一个 issue 里反馈的登录失败，原因正是这一点/] },
    {
      id: '302-4 (L): the node-nim and Web SDK quotes are on the English page too, with their source',
      code: 302,
      zhThere: [/其中 302 的注释是“账号或密码错误”/, /“用户名或密码错误, 请检查appKey和token是否有效, account和token是否匹配”/],
      enThere: [/302 is "账号或密码错误" \(wrong account or password\)/, /The Web SDK v8\.3\.5's message for 302 is "用户名或密码错误, 请检查appKey和token是否有效, account和token是否匹配"/],
    },
    { id: '403-1 (M): 任免管理员', code: 403, zhGone: [/管理管理员/], zhThere: [/只有创建者可以任免管理员/] },
    { id: '403-2 (L): the Chinese note quoted in Chinese', code: 403, zhGone: [/（“no permission”）/], zhThere: [/注释为“802:没有权限”/], enThere: [/"802:没有权限", no permission/] },
    { id: '403-3 (L): one name for the event service', code: 403, zhGone: [/；未开通事件服务时发布事件/], zhThere: [/应用未开通事件订阅服务时发布事件/] },
    { id: '403-4 (L): 内容审核（反垃圾） on first mention', code: 403, zhThere: [/内容审核（反垃圾）/] },
    { id: '403-5 (L): the V2 enum comment is on the English page too', code: 403, zhThere: [/枚举注释为“没有权限 \/ forbidden”/], enThere: [/`V2NIM_ERROR_CODE_FORBIDDEN`, enum comment 没有权限 \/ forbidden/] },
    { id: '408-1 (M): pending invitations and applications', code: 408, zhGone: [/待处理的条目保持待处理/], zhThere: [/不要把待处理的邀请或申请标记为过期/] },
    { id: '408-2 (M): 网络, not 链路, for the network', code: 408, zhGone: [/在缓慢或不稳定的链路上登录/], zhThere: [/在网速慢或不稳定的网络下登录/] },
    { id: '408-3 (L): which server', code: 408, zhGone: [/如果某台服务器持续超时/], zhThere: [/如果你的某台服务器上持续出现超时，检查它到 API 域名的连通性/] },
    { id: '408-4 (L): captive portal', code: 408, zhGone: [/或需要先在网页上认证（强制门户）/], zhThere: [/需要网页认证的 Wi-Fi（强制门户）/] },
    { id: '408-5 (L): 响应, not 应答', code: 408, zhGone: [/应答/], zhThere: [/请求在时限内没有得到响应/] },
    {
      id: '408-6 (side note): "V2 has no 408" names its enum and the earlier one',
      code: 408,
      enGone: [/The V2 enum has no 408/],
      enThere: [/node-nim's V2 enum \(`ts\/v2_def\/v2_nim_enum_def\.ts`, commit 290c791a\) has no 408/, /`V2NIM_ERROR_CODE_REQUEST_TIMEOUT = 408` \(客户端请求超时\)/],
      zhThere: [/`V2NIM_ERROR_CODE_REQUEST_TIMEOUT = 408`（客户端请求超时）/],
    },
    { id: '414-1 (L): wording of the CurTime cause', code: 414, zhGone: [/社区中很可能常见的错误/], zhThere: [/这很可能是社区里的常见错误/] },
    { id: '414-2 (M): 云信服务器 de-duplicates', code: 414, zhGone: [/服务端按链路 ID/], zhThere: [/云信服务器按链路 ID 去重/] },
    { id: '414-3 (L): table header', code: 414, zhGone: [/\| 怎么改 \|/], zhThere: [/\| 处理方法 \|/] },
    { id: '416-1 (M): 相当于, not 含义相同', code: 416, zhGone: [/含义相同/], zhThere: [/相当于 HTTP 429 Too Many Requests/], enThere: [/the same idea as HTTP 429 Too Many Requests/] },
    { id: '416-2 (M): the batch APIs by their names', code: 416, zhGone: [/批量点对点发送和批量自定义通知/], zhThere: [/批量发送点对点消息和批量发送点对点自定义系统通知/] },
    { id: '416-3 (L): register', code: 416, zhGone: [/狂刷/, /用批量接口做扇出/], zhThere: [/不要密集地反复调用接口/, /一对多分发（扇出）时使用批量接口/] },
    { id: '416-4 (L): Chinese first', code: 416, zhGone: [/云信版的“too many requests”（请求过于频繁）/], zhThere: [/云信版的“请求过于频繁”（too many requests）/] },
    { id: '417-1 (M): who returns 417', code: 417, zhGone: [/是服务器给出、出现在 SDK 回调中的结果/], zhThere: [/417“重复操作”是服务器返回、经客户端 SDK 回调交给你的结果/] },
    { id: '417-2 (L): worker', code: 417, zhGone: [/两个 worker 或/], zhThere: [/两个工作进程（worker）/] },
    { id: '417-3 (L): the query call', code: 417, zhGone: [/get 或 query 接口/], zhThere: [/先用对应的查询接口查询该对象的当前状态/] },
    { id: '417-4 (L): no 于', code: 417, zhGone: [/于断开连接回调中/], zhThere: [/要在断开连接回调中处理被踢原因/] },
    { id: '417-5 (L): the quote split from its gloss', code: 417, zhGone: [/，\(收到消息，本地资源已存在，不需要重复下载\)/], zhThere: [/注释为“本地错误码，对象已经存在\/重复操作”，用于收到消息时本地资源已存在、无需重复下载的情况/] },
    {
      id: '417 (side note): V2 417 names its enum and the earlier one',
      code: 417,
      enThere: [/in node-nim's V2 enum \(`ts\/v2_def\/v2_nim_enum_def\.ts`, commit 290c791a\)/, /`V2NIM_ERROR_CODE_REPEATED_OPERATION = 417` \(重复操作\)/],
      zhThere: [/`V2NIM_ERROR_CODE_REPEATED_OPERATION = 417`（重复操作）/],
    },
    { id: '431-1 (M): the summary keeps its "one trace id per request" half, corrected', code: 431, zhGone: [/同一请求的重试始终沿用同一个链路 ID/], zhThere: [/每个请求（包括你自己的重试）都使用自己的链路 ID（trace id）/] },
    { id: '431-2 (M): wording of the 417 line', code: 431, zhGone: [/431 是服务端 API 对它认定为重复的请求给出的状态码/], zhThere: [/431 则是服务端 API 把请求认定为重复时返回的状态码/] },
    { id: '431-3 (L): 5 分钟', code: 431, zhGone: [/五分钟/], zhThere: [/超过 5 分钟的签名/, /5 分钟后重放旧请求/] },
    { id: '431-4 (L): header map', code: 431, zhGone: [/共享请求头 map/], zhThere: [/共享请求头集合（map）/] },
    { id: '200-1 (L): the batch reply lists accounts', code: 200, zhGone: [/未注册的账号会返回给调用方/], zhThere: [/响应中会列出未注册的账号/] },
    { id: '200-2 (L): the callback result', code: 200, zhGone: [/以 `kNIMResSuccess` 通知回调/], zhThere: [/回调收到的结果是 `kNIMResSuccess`/] },
  ];
  for (const f of FINDINGS) {
    test(f.id, () => {
      for (const re of f.zhGone ?? []) assert.doesNotMatch(zh(f.code), re, `zh ${f.code}`);
      for (const re of f.zhThere ?? []) assert.match(zh(f.code), re, `zh ${f.code}`);
      for (const re of f.enGone ?? []) assert.doesNotMatch(en(f.code), re, `${f.code}`);
      for (const re of f.enThere ?? []) assert.match(en(f.code), re, `${f.code}`);
    });
  }

  test('the terms table holds on every Chinese server page', () => {
    for (const n of SERVER) {
      const c = zh(n);
      assert.doesNotMatch(c, /停用/, `zh ${n}: 封禁, not 停用`);
      assert.doesNotMatch(c, /五分钟/, `zh ${n}: 5 分钟`);
      assert.doesNotMatch(c, /(?<!云信)(服务端|服务器)(会)?(按|根据)链路 ID/, `zh ${n}: 云信服务器 de-duplicates`);
      assert.doesNotMatch(c, /管理管理员/, `zh ${n}: 任免管理员`);
      assert.doesNotMatch(c, /普通模式/, `zh ${n}: 非独立模式`);
      assert.doesNotMatch(c, /(JSON|HTTP 200|API)[^。；]{0,6}应答/, `zh ${n}: 响应 for HTTP/API answers`);
      assert.doesNotMatch(c, /(?<!官方 Web )Demo (自带|附带)的 Web SDK/, `zh ${n}: 官方 Web Demo 附带的 Web SDK`);
      const moderation = c.indexOf('内容审核');
      if (moderation >= 0) assert.equal(c.slice(moderation, moderation + 9), '内容审核（反垃圾）', `zh ${n}: 内容审核（反垃圾） on first mention`);
    }
  });
});
