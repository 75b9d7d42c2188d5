// Regression tests for the content review (issue 11): each harmful, wrong or over-sure sentence the
// reviews found stays gone, the corrected fact stays on the page, and each page's text names the
// places its front matter \`seenIn\` lists.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { en as text, enSection as section, page, zh } from '../support/page-text.ts';


describe('Pages 201, 301, 302, 315, 404, 414, 417, 422', () => {
  const GROUP = [201, 301, 302, 315, 404, 414, 417, 422];

  describe('harmful: no token for an accid that "already register" says is taken', () => {
    test('414 step 11 and its desc row no longer hand out a refreshed token', () => {
      const t = text(414);
      assert.doesNotMatch(t, /Do not fail the sign-up flow/);
      assert.doesNotMatch(t, /Call `user\/refreshToken\.action` or `user\/update\.action` instead/);
      assert.doesNotMatch(t, /call `user\/refreshToken\.action` to get a new token/);
      assert.match(t, /"this accid is taken"/);
      assert.match(t, /confirmed that the accid belongs to the person asking/);
      assert.match(t, /treat it as a name conflict/);
      assert.match(t, /Treat it as a name conflict unless your backend has confirmed the accid belongs to this user/);
    });
    test('417 step 6 no longer names the refresh as the usual follow-up', () => {
      const t = text(417);
      assert.doesNotMatch(t, /usual follow-up there is `user\/refreshToken\.action`/);
      assert.match(t, /It tells you the accid is taken, not that it belongs to the person asking/);
      assert.match(t, /otherwise treat it as a name conflict/);
    });
    test('302 still calls the refresh-on-"already register" pattern a trap, with the takeover', () => {
      const t = text(302);
      assert.match(t, /A trap worth checking for: answering the 414 `already register` reply/);
      assert.match(t, /working token for the first person's IM account/);
    });
  });

  // Issue 15 corrected issue 11's rule: the Java SDK's docs ask for a different trace id on every
  // request; the SDK keeps one only across its own fail-over retry.
  describe('harmful: a retry of your own is a new request with a new trace id', () => {
    test('417 no longer says the SDK\'s retries create duplicates, nor asks to keep one trace id across retries', () => {
      const t = text(417);
      assert.doesNotMatch(t, /a duplicate can come from the SDK as well as from your code/);
      assert.doesNotMatch(t, /send the same trace id on every attempt/);
      assert.doesNotMatch(t, /Keep one trace id per logical request across its retries/i);
      assert.match(t, /keeps one trace id only across its own fail-over retry/);
      assert.match(t, /ask for a different trace id on every request/);
    });
    test('414 step 3 re-signs every attempt and gives a retry a new trace id', () => {
      const t = text(414);
      assert.match(t, /Build a fresh `Nonce`, `CurTime` and `CheckSum` for every attempt/);
      assert.doesNotMatch(t, /keep one trace id per logical request across its retries/i);
      assert.match(t, /A retry your code sends also gets a new trace id/);
    });
    test('no page of the group asks to keep one trace id across retries or calls 431 the de-duplication answer', () => {
      for (const n of GROUP) {
        const t = text(n);
        assert.doesNotMatch(t, /(keep|same|original) trace id (across|on every|when you retry)|under its original trace id/i, `${n}`);
        assert.doesNotMatch(t, /most likely because a trace id was reused|most likely a reused trace id/i, `${n}`);
      }
    });
  });

  describe('harmful: tokens never go into logs', () => {
    test('302 step 1 logs a hash or the length, not the token', () => {
      const t = text(302);
      assert.doesNotMatch(t, /Log the exact AppKey, accid and token/);
      assert.doesNotMatch(t, /mask the token in shared logs/);
      assert.match(t, /Never log the token itself/);
      assert.match(t, /log its length and a short hash on both sides/);
      assert.match(t, /SHA-256/);
    });
  });

  describe('wrong claims, corrected', () => {
    test('414: 191004 is a V2 client-interface code, not a resource variant of 414', () => {
      const t = text(414);
      assert.doesNotMatch(t, /resource-specific variants such as 191004/);
      assert.match(t, /191004 \(`V2NIM_ERROR_CODE_INVALID_PARAMETER`\)/);
      assert.match(t, /range 91, the V2 enum's client-interface range/);
      assert.match(t, /the server does not return it\. It names no resource/);
    });
    test('404: 10404 is also a local mirror of 404 in node-nim', () => {
      const t = text(404);
      assert.doesNotMatch(t, /belongs to the independent-signal(l)?ing range \(10404 to 10420\), not to this code/);
      assert.match(t, /`kNIMLocalResMsgFileNotExist = 10404`/);
      assert.match(t, /a client-local mirror of 404/);
      assert.match(t, /`kNIMResRoomNotExists`/);
    });
    test('417: 10417 is also an independent-signalling code in node-nim and the Web SDK', () => {
      const t = text(417);
      assert.doesNotMatch(t, /It never comes from the server/);
      assert.match(t, /`kNIMResRoomUidConflict` \("uid conflict"\)/);
      assert.match(t, /maps 10417 to `UID_CONFLICT`/);
      assert.match(t, /`kNIMLocalResExist` is a client-local mirror of 417/);
    });
  });

  describe('over-reach, softened and attributed', () => {
    test('417: the login meaning is iOS auto-login\'s (SDK reference and demo), not universal', () => {
      assert.doesNotMatch(page(417).summary, /at login it means/);
      assert.match(page(417).summary, /for a non-forced auto-login from another device/);
      assert.match(text(417), /two sources describe it/);
      assert.match(text(417), /`NIMAutoLoginData\.forcedMode`/);
    });
    test('302: no ranking of causes in the summary, and the login code list is node-nim\'s', () => {
      assert.doesNotMatch(page(302).summary, /usually/);
      assert.doesNotMatch(text(302), /The SDK login call can return 302/);
      assert.match(text(302), /The notes on node-nim's `login` call list 302, 403, 408, 414, 415, 416 and 422/);
    });
    test('404 and 302 agree: a missing accid at login is 302 in the docs, 404 only in the Android demo', () => {
      const t404 = text(404);
      assert.doesNotMatch(t404, /\| SDK login \|/);
      assert.doesNotMatch(t404, /A 404 on login should send the user back/);
      assert.match(t404, /makes the login fail with \*\*302\*\*/);
      assert.match(t404, /Only the official Android demo also checks for 404 after a failed login/);
      assert.match(text(302), /a missing accid at login is a 302 in the docs, not a 404/);
    });
    test('422: 301 and 417 are described as their sources do', () => {
      const related = section(422, 'Related codes');
      assert.doesNotMatch(related, /most likely for a whole app or channel/);
      assert.match(related, /"The account or channel is banned" in the older English table/);
      assert.match(related, /only the official iOS demo reads it at auto-login/);
    });
    test('315: the C# SMS wrapper is under Sources, without an invented link', () => {
      const sources = section(315, 'Sources');
      assert.match(sources, /A public C# SMS wrapper whose comment lists the SMS service's main codes 200, 315, 403, 414, 416 and 500 \(repository not identified\)/);
    });
    test('417: the page names both Chinese wordings and where each comes from', () => {
      assert.equal(page(417).titleZh, '重复操作');
      const t = text(417);
      assert.match(t, /newer copies of the official Chinese table say 重复操作/);
      assert.match(t, /The 2016 copy in henryleu\/netease-im \(`lib\/codes\.js`\) calls 417 自动登录失效/);
    });
    test('201 and 417: the V2 name gives the number another meaning, and the page says so', () => {
      assert.match(text(201), /In the V2 error-code enum, 201 means the connection handshake failed/);
      assert.match(text(417), /In the V2 SDK the number means something else: `V2NIM_ERROR_CODE_MULTI_LOGIN_FORBIDDEN = 417`/);
    });
  });

  describe('where the code shows up (seenIn) matches the text', () => {
    test('404 adds sdk-local, and the page names the Web SDK\'s own 404', () => {
      assert.deepEqual(page(404).seenIn, ['server-api', 'sdk', 'sdk-local']);
      assert.match(text(404), /`filterClientAntispam` returns code 404 without asking the server/);
    });
    test('pages with only sdk say no server API source shows them', () => {
      assert.deepEqual(page(417).seenIn, ['sdk']);
      assert.match(text(417), /no source we have shows a particular server API call/);
      assert.deepEqual(page(422).seenIn, ['sdk']);
      assert.match(text(422), /No source shows a server API call returning 422 in its JSON body/);
    });
  });
});

describe('Pages 405, 408, 416, 431, 500, 503', () => {
  describe('431: every request, your own retries included, gets its own trace id (harmful; corrected in issue 15)', () => {
    test('the page no longer calls a retry with the original headers the bug, nor keeps one trace id across retries', () => {
      const all = text(431);
      assert.doesNotMatch(all, /resends the request with its original headers/);
      assert.doesNotMatch(all, /The official Java SDK does this for you/);
      assert.doesNotMatch(all, /Keep the trace id when you retry the same logical request/);
      assert.doesNotMatch(all, /sends that same id on every attempt/);
      assert.doesNotMatch(page(431).summary, /keep one trace id per request across retries/);
    });
    test('it says the Java SDK keeps an id only for its own fail-over retry and that your retry gets a new one', () => {
      const fix = section(431, 'How to fix');
      assert.match(fix, /Give your own retry a new trace id/);
      assert.match(fix, /keeps one id only across its own fail-over retry/);
      assert.match(fix, /every request needs its own id/);
      assert.match(fix, /\(\/guides\/retries\/#trace-ids\)/);
      assert.match(page(431).summary, /give every request, retries included, its own trace id/);
    });
  });

  describe('431: no claim that 431 is the de-duplication answer (harmful)', () => {
    test('the guess that 431 is the trace-id duplicate guard is gone', () => {
      const all = text(431);
      assert.doesNotMatch(all, /431 is the duplicate-request guard/);
      assert.doesNotMatch(all, /is most likely what 431 reports/);
      assert.doesNotMatch(all, /most likely a reused RequestId/);
    });
    test('it says only what the sources support: the table wording, no source tying it to de-duplication, and the Android meaning', () => {
      const all = text(431);
      assert.match(all, /HTTP重复请求/);
      assert.match(all, /no source shows that this answer is 431/);
      assert.match(section(431, 'Not to be confused with'), /RES_DEVICE_NOT_TRUST/);
    });
  });

  describe('408: a repeat after a timeout is looked up first and sent with a new trace id (harmful; corrected in issue 15)', () => {
    test('"do not lean on the server\'s de-duplication" and the keep-the-id advice are gone', () => {
      const all = text(408);
      assert.doesNotMatch(all, /Do not lean on the server's de-duplication/);
      assert.doesNotMatch(all, /repeat the same logical request under its original trace id/);
      assert.doesNotMatch(all, /YunxinTraceId\.set\(e\.getTraceId\(\)\)/);
    });
    test('it tells the reader to send a repeat as a new request with a new trace id, after the look-up', () => {
      const fix = section(408, 'How to fix');
      assert.match(fix, /send a repeat as a new request with a new trace id/);
      assert.match(fix, /the trace id does not make the repeat safe; the look-up does/);
      assert.match(fix, /A read timeout, the case this page is about, is not retried/);
    });
  });

  describe('408: the Web SDK stops reconnecting on a numeric 408 (wrong)', () => {
    test('the claim that a 408 does not stop reconnecting is gone', () => {
      assert.doesNotMatch(text(408), /a 408 does not stop its reconnect attempts/);
    });
    test('it says onAuthError spares only Error_Timeout and that a numeric 408 sets shouldReconnect = false', () => {
      const fix = section(408, 'How to fix');
      assert.match(fix, /spares only its own local timeout, `Error_Timeout`/);
      assert.match(fix, /a numeric 408 from the server included, sets `shouldReconnect = false`/);
    });
    test('it says Web local timeouts surface as Error_Timeout, not 408', () => {
      assert.match(section(408, 'What it means'), /fails a call with the string code `Error_Timeout`, and nothing in it builds a numeric 408/);
      assert.match(section(408, 'Not to be confused with'), /`Error_Timeout` in the Web SDK\.\*\* A string code the SDK raises itself/);
    });
  });

  describe('405: the tables do name their units (wrong)', () => {
    test('"do not say whether they count characters or bytes" is gone', () => {
      assert.doesNotMatch(text(405), /do not say whether they count characters or bytes/);
    });
    test('it says characters for almost every field and names the byte fields', () => {
      const fix = section(405, 'How to fix');
      assert.match(fix, /Almost every field is counted in characters \(字符\)/);
      assert.match(fix, /count bytes \(字节\) instead/);
      assert.match(fix, /`icon` of `user\/updateUinfo\.action` \(1024 bytes\)/);
      assert.match(fix, /`from` of `msg\/delRoamSession\.action` \(32 bytes\)/);
    });
  });

  describe('405: no more certainty than the sources (overreach)', () => {
    test('the summary no longer says an accid over 32 or a token over 128 gives 405', () => {
      assert.doesNotMatch(page(405).summary, /accid over 32|token over 128/);
    });
    test('"you can meet 405 on a client SDK call" is gone, and the page says no source names a call', () => {
      const all = text(405);
      assert.doesNotMatch(all, /you can meet 405 on/);
      assert.match(all, /No source shows a particular server API call or SDK call returning 405/);
      assert.match(all, /no source ties 405 to any particular field/);
    });
  });

  describe('416: the Web SDK "from" field and the legacy limits (overreach)', () => {
    test('step 2 no longer branches on from: "local"', () => {
      assert.doesNotMatch(text(416), /If the error is marked `from: "local"`/);
      assert.doesNotMatch(text(416), /a 416 marked `from: "local"`/);
    });
    test('the from field is described as undocumented and meant for automated testing', () => {
      const fix = section(416, 'How to fix');
      assert.match(fix, /do not build logic on it: it is not a documented field/);
      assert.match(fix, /only marks a client-generated error for automated testing/);
    });
    test('the 2019 per-API limits are no longer given as current advice', () => {
      const fix = section(416, 'How to fix');
      assert.doesNotMatch(fix, /no more than 120 batch sends/);
      assert.doesNotMatch(fix, /no more than 10 per minute and 1000 per day/);
      assert.match(fix, /rather than relying on the older per-minute numbers/);
      assert.match(section(416, 'Common causes'), /Those figures are historical/);
    });
  });

  describe('416: seenIn names the Web SDK\'s own 416', () => {
    test('seenIn lists server-api, sdk and sdk-local', () => {
      assert.deepEqual([...page(416).seenIn].sort(), ['sdk', 'sdk-local', 'server-api']);
    });
    test('the text names all three places', () => {
      const means = section(416, 'What it means');
      assert.match(means, /from the server API \(`nimserver\/\*\.action`\), as the JSON `code`/);
      assert.match(means, /through client SDK callbacks/);
      assert.match(means, /from the Web SDK itself, which repeats a server ban locally/);
      assert.match(section(416, 'Common causes'), /fails the same command itself with a 416, without contacting the server/);
    });
  });

  describe('503: layers kept apart (overreach)', () => {
    test('the page no longer says 503 comes back in the JSON code of a server API call', () => {
      const all = text(503);
      assert.doesNotMatch(all, /comes back in the JSON `code` of a server API call/);
      assert.doesNotMatch(all, /carries 503 in the JSON `code`/);
    });
    test('it says only SDKs define 503 and no source shows a server API returning it', () => {
      const means = section(503, 'What it means');
      assert.match(means, /Every source that defines it is a client SDK/);
      assert.match(means, /no source shows a server HTTP API call \(`nimserver\/\*\.action`\) returning 503/);
    });
    test('it separates HTTP 502 and 503 statuses from the code, and says the Java SDK retries HTTP 502', () => {
      assert.match(section(503, 'Not to be confused with'), /HTTP 503 Service Unavailable and HTTP 502 Bad Gateway/);
      assert.match(section(503, 'How to fix'), /the Java SDK retries HTTP 502/);
      assert.match(section(503, 'How to fix'), /HTTP 503 included, as a `YunxinSdkException` without retrying/);
    });
    test('its retry advice sends a retry as a new request with a new trace id (corrected in issue 15)', () => {
      assert.doesNotMatch(section(503, 'How to fix'), /keep its original trace id/);
      assert.match(section(503, 'How to fix'), /send it as a new request with a new trace id/);
    });
  });

  describe('500: trace id and layers', () => {
    test('the Java SDK does not auto-retry a JSON 500, and a retry is a new request with a new trace id (corrected in issue 15)', () => {
      const fix = section(500, 'How to fix');
      assert.match(fix, /never on a `code` in the JSON body/);
      assert.doesNotMatch(fix, /keep the trace id of the original request/);
      assert.match(fix, /Send each retry as a new request with a new trace id/);
    });
    test('support gets the trace id, named for IM V1, IM V2 and SMS calls', () => {
      assert.match(page(500).summary, /report the trace id/);
      assert.match(section(500, 'How to fix'), /the `RequestId` header on V1 IM calls, `X-custom-traceid` on V2 IM calls and on SMS calls/);
    });
    test('a real HTTP 500 is a transport failure the Java SDK does not retry', () => {
      assert.match(section(500, 'Not to be confused with'), /raises it as a `YunxinSdkException` and does not retry it/);
    });
  });
});

describe('Pages 200, 406, 413, 415, 418, 419, 509, 514, 998, 999', () => {
  const GROUP = [200, 406, 413, 415, 418, 419, 509, 514, 998, 999];

  describe('418: "never sent" is an inference, not a fact', () => {
    test('the page no longer states that nothing was sent', () => {
      const all = text(418);
      assert.doesNotMatch(all, /never sent/i);
      assert.doesNotMatch(all, /no code was delivered/i);
      assert.doesNotMatch(all, /Treat the code as "nothing was sent"/);
    });
    test('the summary and the fix say that no source tells whether anything was sent', () => {
      assert.match(page(418).summary, /no source says whether anything was sent/);
      assert.match(section(418, 'How to fix'), /Do not assume either way whether the SMS went out: no source says/);
      assert.match(section(418, 'What it means'), /Everything on this page beyond the table text is inference/);
    });
    test('the causes are labelled as possibilities, not "likely"', () => {
      assert.doesNotMatch(section(418, 'Common causes'), /Likely a temporary outage/);
      assert.match(section(418, 'Common causes'), /No source names a trigger/);
    });
    test('the 301 line no longer ranks 418 as "more likely a temporary outage"', () => {
      assert.doesNotMatch(text(418), /more likely a temporary outage/);
      assert.match(section(418, 'Related codes'), /no source says how the SMS service tells 301 and 418 apart/);
    });
  });

  describe('509: the "outdated SDK, upgrade" advice has no source', () => {
    test('the unsourced upgrade step and cause are gone', () => {
      const all = text(509);
      assert.doesNotMatch(all, /compare your SDK version with the current one and upgrade/i);
      assert.doesNotMatch(all, /an SDK talking to the server with an outdated request/i);
      assert.doesNotMatch(all, /Check the SDK version if 509 shows up outside the team flow/);
      assert.doesNotMatch(all, /a clearer reason to upgrade than 509/);
    });
    test('any SDK-version hint is labelled as general advice', () => {
      assert.match(section(509, 'How to fix'), /As general advice, and not something any source ties to 509/);
      assert.match(section(509, 'Common causes'), /Outside team applications no source names a trigger/);
    });
    test('the summary names node-nim as the source of the stale-application case instead of "often"', () => {
      assert.doesNotMatch(page(509).summary, /often a stale team application/);
      assert.match(page(509).summary, /as node-nim documents for a stale team join application/);
    });
    test('the HTTP note no longer claims the server API carries 509', () => {
      assert.doesNotMatch(text(509), /carries 509 in the JSON `code`/);
      assert.match(section(509, 'Not to be confused with'), /509 itself is documented only in SDK callbacks/);
    });
  });

  describe('419: setMute is the notification-silence list, not a moderation mute', () => {
    test('the page says what the mute list is, with its source', () => {
      const meaning = section(419, 'What it means');
      assert.match(meaning, /mute list \(静音列表\)/);
      assert.match(meaning, /personal notification setting, not moderation/);
      assert.match(meaning, /turned off message notifications \(取消消息通知\)/);
      assert.match(meaning, /user\/setSpecialRelation\.action/);
    });
    test('the summary no longer says just "the mute list"', () => {
      assert.doesNotMatch(page(419).summary, /or the mute list;/);
      assert.match(page(419).summary, /users whose notifications you silenced/);
    });
    test('"Not to be confused with" separates it from banned-from-speaking (13004, 422)', () => {
      const confused = section(419, 'Not to be confused with');
      assert.match(confused, /banned from speaking \(禁言\)/);
      assert.match(confused, /\(\/codes\/13004\/\)/);
      assert.match(confused, /\(\/codes\/422\/\)/);
    });
    test('the muting-on-spam wording is gone, and 419 is no longer put in the server API JSON', () => {
      const all = text(419);
      assert.doesNotMatch(all, /apps that block or mute automatically/);
      assert.doesNotMatch(all, /Here 419 is the JSON `code` of the IM answer/);
      assert.doesNotMatch(all, /The server API body also carries a short `desc`/);
      assert.match(all, /Every source for 419 is an SDK callback; none shows a server API call returning it/);
    });
    test('the V2 limit codes are a reading of the comments, not a stated split', () => {
      assert.doesNotMatch(text(419), /The V2 layer splits the same idea/);
      assert.match(text(419), /No source maps 419 to these one by one/);
    });
  });

  describe('406: the SDKs disagree, and the page does not pick one for the reader', () => {
    test('no "usually" ranking of the two readings', () => {
      assert.doesNotMatch(page(406).summary, /^Usually/);
      assert.doesNotMatch(text(406), /the second reading is usually the one you meet/);
      assert.match(section(406, 'What it means'), /no source says which one a given app will meet/);
    });
    test('the summary names all three sides: read-only, no change, no error in Web', () => {
      const summary = page(406).summary;
      assert.match(summary, /SDKs disagree/);
      assert.match(summary, /read-only in the server table and old iOS SDK/);
      assert.match(summary, /no change since the last query in C\+\+, C# and Node/);
      assert.match(summary, /no error in Web/);
    });
    test('the Web SDK is no longer said to "agree" with the no-change meaning', () => {
      const all = text(406);
      assert.doesNotMatch(all, /The Web SDK agrees/);
      assert.doesNotMatch(all, /"no change" on PC, C#, Node and Web/);
      assert.doesNotMatch(all, /On PC, C#, Node or Web, read 406 as "no change"/);
      assert.match(all, /gives it no meaning at all: its error factory returns no error object for 406/);
    });
  });

  describe('layer fixes: a code is not put in a place the sources do not show', () => {
    test('514 no longer claims a server API call returns it', () => {
      const all = text(514);
      assert.doesNotMatch(all, /It can come back from a server API call/);
      assert.doesNotMatch(all, /it arrives in the JSON `code` of an HTTP 200 response/);
      assert.match(section(514, 'What it means'), /none shows a server API call \(`nimserver\/\*\.action`\) with it in the JSON body/);
    });
    test('415 no longer says a wrongly encoded server-API request "ends up" at 414', () => {
      const all = text(415);
      assert.doesNotMatch(all, /where a wrongly encoded server-API request ends up/);
      assert.doesNotMatch(all, /files it with 408 and 500 under infrastructure errors/);
      assert.match(all, /No source says what the server API answers to a wrongly encoded body/);
      assert.match(all, /One SDK is known to raise 415 by itself\. The Web SDK 10\.9\.80/);
    });
    test('999 no longer applies user/create.action limits to SDK packets', () => {
      assert.doesNotMatch(text(999), /accid 32, name 64, token 128/);
      assert.match(section(999, 'How to fix'), /limits documented for the SDK call you made/);
    });
    test('998 and 999 label the SDK-upgrade advice as general, and "most likely" is gone', () => {
      assert.doesNotMatch(page(998).summary, /upgrade the SDK/);
      assert.doesNotMatch(text(998), /Most likely a mismatch in packet format/);
      assert.match(section(998, 'How to fix'), /No source ties 998 to SDK versions; this is general advice/);
      assert.doesNotMatch(page(999).summary, /often because of/);
      assert.match(section(999, 'How to fix'), /no source ties 999 to SDK versions, so treat this as general advice/);
    });
    test('200 names the Web SDK, not "client SDKs" in general, for the no-error list', () => {
      const confused = section(200, 'Not to be confused with');
      assert.doesNotMatch(confused, /Other non-error codes in client SDKs/);
      assert.match(confused, /Other non-error codes in the Web SDK/);
    });
    test('413 and 418 no longer state as fact that IM calls never return them', () => {
      assert.doesNotMatch(text(413), /You will not see it from an IM login or message call/);
      assert.match(text(413), /No IM SDK enum defines 413/);
      assert.doesNotMatch(text(418), /An IM login, a message send or a team call does not return it/);
      assert.match(text(418), /No IM SDK enum defines 418/);
    });
  });

  describe('group c pages: where the code shows up, aliases, V2 codes', () => {
    for (const n of GROUP) {
      test(`${n}: "What it means" names the place its seenIn lists`, () => {
        const entry = page(n);
        const meaning = section(n, 'What it means');
        if (entry.seenIn.includes('server-api')) assert.match(meaning, /JSON (body|`code`)/, `${n} server-api`);
        if (entry.seenIn.includes('sdk')) assert.match(meaning, /SDK/, `${n} sdk`);
        if (!entry.seenIn.includes('server-api') && entry.seenIn.includes('sdk')) {
          assert.match(meaning, /no(ne| source) shows (a|the) (HTTP )?server API/i, `${n}: SDK-only page says no source shows the server API`);
        }
      });
      test(`${n}: 6 to 14 aliases, none a copy of the title`, () => {
        const entry = page(n);
        const aliases = entry.aliases ?? [];
        assert.ok(aliases.length >= 6 && aliases.length <= 14, `${aliases.length} aliases`);
        for (const alias of aliases) {
          assert.notEqual(alias.toLowerCase(), entry.title.toLowerCase());
          assert.notEqual(alias, entry.titleZh);
        }
      });
      test(`${n}: every V2 code in v2Codes is named in the text`, () => {
        for (const v2 of page(n).v2Codes ?? []) assert.match(page(n).body, new RegExp(`\\b${v2}\\b`), `${v2}`);
      });
      test(`${n}: updated on or after 2026-11-27`, () => assert.ok(page(n).updated >= '2026-11-27', page(n).updated));
    }
  });
});

describe('Pages 403, 508, 801–810', () => {
  test('403: the setMemberRole wrong-operator case is labelled as derived, not documented', () => {
    const causes = section(403, 'Common causes');
    assert.match(causes, /`chatroom\/setMemberRole\.action` with the wrong operator \(derived, not documented\)/);
    assert.match(causes, /No source names the code for a wrong operator/);
  });

  test('403: demoting a chat-room admin says opt=1 with optvalue=false', () => {
    const fix = section(403, 'How to fix');
    assert.doesNotMatch(fix, /removing the admin permission with `chatroom\/setMemberRole\.action` \(`opt=1`\), not by/);
    assert.match(fix, /`opt=1` and `optvalue=false`/);
    assert.match(fix, /`optvalue=true` with `opt=1` would grant admin again/);
  });

  test('403: team recall speaks of members who left or were removed, as the docs do', () => {
    const body = text(403);
    assert.doesNotMatch(body, /if the sender has left the team, have an admin recall/);
    assert.doesNotMatch(body, /\*\*Recall after leaving the team\.\*\*/);
    assert.match(body, /Recalling team messages after leaving or being removed from the team/);
    assert.match(body, /For a removed member, the docs say an admin can still recall the message within the recall window/);
  });

  test('403: the V2 split of team permissions is left to 802, not claimed for 403', () => {
    const confused = section(403, 'Not to be confused with');
    assert.doesNotMatch(confused, /the V2 SDK splits them further/);
    assert.match(confused, /In node-nim's team notes, a team call refused for lack of rights/);
  });

  // 508

  test('508: 10508 is one of recallMsg\'s own results, not a "Not to be confused with" entry', () => {
    assert.doesNotMatch(section(508, 'Not to be confused with'), /10508/);
    assert.match(section(508, 'Common causes'), /`recallMsg` can also fail locally with 10508/);
  });

  test('508: the javadoc, not the Java SDK, calls other ignoreTime values illegal', () => {
    const fix = section(508, 'How to fix');
    assert.doesNotMatch(fix, /the official Java SDK treats any other value as invalid/);
    assert.match(fix, /javadoc of the official Java server SDK's `RecallMessageRequestV1`/);
    assert.match(fix, /The Java SDK itself passes the string through unchecked/);
  });

  test('508: the Chinese name is kept and the page says the 2016 table copy lacks 508', () => {
    assert.equal(page(508).titleZh, '消息撤回时间超限');
    assert.match(text(508), /the 2016 copy in `henryleu\/netease-im` has no 508 row/);
  });

  test('508: the C# SDK is not said to define 508 or 10508', () => {
    const body = text(508);
    assert.doesNotMatch(body, /\(PC, C#, Node\)/);
    assert.doesNotMatch(body, /10508\*\* in the PC, C# and Node SDKs/);
    assert.match(body, /The C# SDK's enum has no 508 entry/);
  });

  test('508: V2 107314 is the code for the same situation, not a documented move', () => {
    assert.doesNotMatch(text(508), /V2\*\* moved recall time-outs/);
    assert.match(text(508), /107314 \(revoke message exceeded time limit\)\. No source maps 508 to it/);
    assert.deepEqual(page(508).v2Codes, [107314]);
  });

  test('508: the page says the code reaches you in an SDK recall callback', () => {
    assert.deepEqual(page(508).seenIn, ['sdk']);
    assert.match(section(508, 'What it means'), /you meet it in an SDK recall callback/);
  });

  // 801 (seenIn changed)

  test('801: seenIn is sdk only, and the page says where the code shows up', () => {
    assert.deepEqual(page(801).seenIn, ['sdk']);
    assert.doesNotMatch(text(801), /Over the server API the HTTP status stays 200/);
    assert.match(section(801, 'What it means'), /It reaches you in the callback of a client SDK team call/);
    assert.match(section(801, 'What it means'), /no source shows a server-side team call such as `team\/add\.action` answering with it/);
  });

  test('801: the demo\'s 200 is named as a demo constant', () => {
    assert.match(section(801, 'Example response'), /the 200 there is a constant in the demo's code/);
  });

  // 802–809: layer confusion (HTTP 200 / JSON body claimed for SDK-only codes)

  test('802–807: no page claims an HTTP 200 JSON body for a code only SDKs deliver', () => {
    assert.doesNotMatch(text(802), /As with every V1 server API result/);
    assert.doesNotMatch(text(803), /The HTTP status is 200; the missing team shows up only/);
    assert.doesNotMatch(text(803), /On the server API the HTTP status is 200 and 803 is the JSON `code`/);
    assert.doesNotMatch(text(804), /the HTTP layer reports 200 even for this failure/);
    assert.doesNotMatch(text(806), /Server-side, the team-count limit arrives as a JSON result/);
    assert.doesNotMatch(text(807), /returned in the body of an HTTP 200 response/);
    for (const n of [802, 803, 804, 805, 806, 807, 808, 809, 810]) {
      assert.deepEqual(page(n).seenIn, ['sdk'], `${n}`);
    }
    assert.match(section(802, 'What it means'), /It reaches you in the callback of a client SDK team call/);
    assert.match(section(803, 'What it means'), /It reaches you in the callback of a client SDK team call/);
    assert.match(section(804, 'What it means'), /It reaches you in the callback of a client SDK team call/);
    assert.match(section(806, 'What it means'), /It reaches you in the callback of a client SDK team call/);
    assert.match(section(807, 'What it means'), /expect it as the result code of a client SDK team call/);
  });

  test('803: the Web SDK "not changed" reading is tied to its team-list handlers', () => {
    assert.match(section(803, 'Not to be confused with'), /clears an 803 in its team-list handlers \(`onTeams`, `onSuperTeams`\)/);
  });

  test('803: the other-AppKey cause is hedged in the summary', () => {
    assert.doesNotMatch(page(803).summary, /it belongs to another AppKey/);
    assert.match(page(803).summary, /possibly it is under another AppKey/);
  });

  test('804: updateMyPropertyAsync is not claimed for super teams', () => {
    assert.doesNotMatch(text(804), /`updateOtherNickAsync`\), on normal and super teams/);
    assert.match(text(804), /\(`updateMyPropertyAsync`\) on normal teams/);
  });

  // 805

  test('805: no HTTP 200 JSON claim, and no "always returns 805"', () => {
    const body = text(805);
    assert.doesNotMatch(body, /still gets HTTP 200, with the code in the JSON/);
    assert.doesNotMatch(body, /always returns 805/);
    assert.match(body, /805 arrives as the result code of an SDK team call; no source shows it in a server API body/);
    assert.match(body, /nothing in the sources suggests 805 clears by itself/);
  });

  test('805: the summary labels the team-type reading as the most likely one', () => {
    assert.match(page(805).summary, /most likely/);
  });

  test('806 and 807: summaries claim no more than the sources', () => {
    assert.doesNotMatch(page(806).summary, /ask for a higher quota/);
    assert.doesNotMatch(page(807).summary, /such as a pending invitation or application/);
    assert.match(page(807).summary, /no source names a trigger/);
  });

  test('V2 links are labelled as codes for the same situation, not as documented splits', () => {
    assert.doesNotMatch(text(802), /V2 SDKs split it into 109427/);
    assert.doesNotMatch(text(806), /split this single code into/);
    assert.doesNotMatch(text(809), /SDKs use 109311/);
    assert.doesNotMatch(text(803), /report the same situation as 108404/);
    assert.doesNotMatch(text(804), /report it as 109404/);
    for (const n of [802, 803, 804, 806, 809]) assert.match(text(n), /no source maps \d{3} to (it|them)/i, `${n}`);
  });

  // 810

  test('810: the page says the iOS meaning differs, up front', () => {
    const entry = page(810);
    assert.deepEqual(entry.constants?.ios, { name: 'NIMRemoteErrorCodeTeamNotMember', differs: true });
    assert.match(entry.summary, /iOS SDK enum, though, gives 810 the meaning “not a team member”/);
    assert.match(section(810, 'What it means'), /\*\*iOS differs\.\*\*/);
    assert.match(section(810, 'Not to be confused with'), /treat an 810 from a member query as the 804 situation/);
    assert.doesNotMatch(text(810), /over the server API the HTTP status is 200 and the number sits in the JSON `code`/);
  });

  // Search vocabulary

  test('readers\' words for team codes are aliases: group, 群', () => {
    const has = (n: number, ...phrases: string[]) => {
      for (const phrase of phrases) assert.ok(page(n).aliases?.includes(phrase), `${n} lacks alias ${phrase}`);
    };
    has(801, 'group is full', '群已满');
    has(802, 'no permission in group');
    has(803, 'group not found', '群已解散');
    has(804, 'not in the group', '不在群里', '不是群成员');
    has(805, 'wrong group type');
    has(806, 'too many groups');
    has(808, 'application sent', '申请已发出');
    has(809, 'already in the group', '已在群里');
    has(810, 'invitation sent');
    has(403, 'app is forbidden', '应用被封禁');
    has(508, 'recall window passed', '撤回失败');
  });

  test('every V2 code in front matter is named on its page', () => {
    for (const n of [403, 508, 801, 802, 803, 804, 805, 806, 809]) {
      const entry = page(n);
      assert.ok((entry.v2Codes ?? []).length > 0, `${n} has no v2Codes`);
      for (const v2 of entry.v2Codes ?? []) assert.match(entry.body, new RegExp(`\\b${v2}\\b`), `${n} does not name ${v2}`);
    }
  });

  test('alias lists hold 6–14 phrases on every page of this group', () => {
    for (const n of [403, 508, 801, 802, 803, 804, 805, 806, 807, 808, 809, 810]) {
      const count = page(n).aliases?.length ?? 0;
      assert.ok(count >= 6 && count <= 14, `${n}: ${count} aliases`);
      assert.ok(page(n).updated >= '2026-11-27', `${n}: updated ${page(n).updated}`);
    }
  });
});

describe('Chat-room pages 13001–13005 and developer-console pages 10431–10441', () => {
  const SPECIFIC_SERVICE = [10431, 10432, 10433, 10434, 10435, 10436, 10437, 10438, 10441];
  const CHAT_ROOM = [13001, 13002, 13003, 13004, 13005];

  describe('10438: "already register" is a name conflict, not a token refresh (harmful)', () => {
    test('the page no longer tells readers to refresh or update the token of a taken accid', () => {
      const all = text(10438);
      assert.doesNotMatch(all, /usual fix there is to call/);
      assert.doesNotMatch(all, /already register[^.]*(refreshToken|user\/update)/);
      assert.doesNotMatch(all, /hand (the|a) new token/i);
    });
    test('it says the accid is taken and a token is reset only after ownership is confirmed', () => {
      const all = text(10438);
      assert.match(all, /accid is taken/);
      assert.match(all, /name conflict/);
      assert.match(all, /your own backend has confirmed that the accid belongs to the person asking/);
    });
    test('the example shows only 10438, not the IM server API\'s 414 body', () => {
      const example = section(10438, 'Example response');
      assert.doesNotMatch(example, /already register/);
      assert.match(example, /"code": 10438/);
    });
  });

  describe('10436: V2 101303 is a server-returned application code (wrong)', () => {
    test('101303 is no longer called client-side', () => {
      assert.doesNotMatch(text(10436), /client-side[^.]*101303|101303[^.]*client-side/i);
    });
    test('101303 is placed in V2\'s application range, apart from the SDK\'s own 19xxxx codes', () => {
      const all = text(10436);
      assert.match(all, /101303 "appkey does not exist"\. It sits in V2's application range \(101xxx/);
      assert.match(all, /19xxxx codes the V2 SDK raises itself/);
    });
  });

  describe('10436 and every 104xx page: the console reading is an inference (overreach)', () => {
    test('10436 no longer states the developer-account reading as fact', () => {
      assert.doesNotMatch(text(10436), /This one \(10436\) is about the developer account's apps/);
      assert.match(section(10436, 'Not to be confused with'), /probably a developer-account or console answer[^.]*\. This reading is an inference/);
    });
    for (const code of SPECIFIC_SERVICE) {
      test(`${code}: the summary hedges the console reading and the page labels it an inference`, () => {
        const entry = page(code);
        assert.match(entry.summary, /most likely/);
        assert.match(section(code, 'What it means'), /inference/);
        assert.deepEqual(entry.seenIn, ['console']);
      });
    }
    test('no 104xx page calls node-nim\'s 10404-10420 neighbours client-side or one signalling range', () => {
      for (const code of SPECIFIC_SERVICE) {
        assert.doesNotMatch(text(code), /10404 to 10420/, `${code}`);
        assert.doesNotMatch(text(code), /client-side results about signaling/, `${code}`);
      }
    });
  });

  describe('13002: V2 chat-room codes are related states, not a split of 13002 (overreach)', () => {
    test('the page no longer says the V2 SDK splits 13002', () => {
      const all = text(13002);
      assert.doesNotMatch(all, /splits the case/);
      assert.doesNotMatch(all, /see the split codes/);
    });
    test('it lists the V2 chat-room states per the enum\'s comments, including 113404 and 113410', () => {
      const all = text(13002);
      assert.match(all, /Per its own comments: 113406 "chat room closed", 113303/);
      assert.match(all, /113404/);
      assert.match(all, /113410/);
      assert.match(all, /No source says that any of them replaces 13002/);
    });
  });

  describe('13004: mutes described as the sources describe them (wrong layering and overreach)', () => {
    test('423, an account mute in the older table, is not presented as a chat-room case', () => {
      assert.doesNotMatch(text(13004), /\b423\b/);
      assert.doesNotMatch(text(13004), /older table lists/);
    });
    test('"otherwise the call gets 403" is replaced by the parameter table\'s rule and a hedged 403', () => {
      const all = text(13004);
      assert.doesNotMatch(all, /otherwise the call gets 403/);
      assert.match(all, /The parameter table requires the `operator` to be the creator or an admin/);
      assert.match(all, /will most likely be refused/);
    });
    test('a temporary mute is described only as a duration in seconds that 0 lifts', () => {
      const all = text(13004);
      assert.doesNotMatch(all, /ends by itself/);
      assert.doesNotMatch(all, /wait for it to run out/);
      assert.match(all, /`muteDuration` is a number of seconds \(at most 2,592,000 s, 30 days\)/);
      assert.match(all, /`muteDuration=0`, which the parameter table documents as lifting the mute/);
    });
    test('113423 is the whole-room V2 code, consistent with 13006, not part of 13004', () => {
      const all = text(13004);
      assert.doesNotMatch(all, /113423 for a whole-room mute/);
      assert.match(all, /113423 "all chat-room members chat-banned", which is the whole-room case that V1 reports as 13006, not 13004/);
      assert.ok(!(page(13004).v2Codes ?? []).includes(113423), 'v2Codes must not list 113423');
    });
  });

  describe('13005: the Chinese wording comes from later copies of the table', () => {
    test('titleZh keeps the later wording and the page says where it comes from', () => {
      const entry = page(13005);
      assert.equal(entry.titleZh, '用户的聊天室昵称、头像或成员扩展字段被反垃圾');
      assert.match(section(13005, 'What it means'), /appears only in later copies of the official table; the 2016 copy in `henryleu\/netease-im` has no 13005/);
    });
    test('its SDK reading is labelled an inference', () => {
      assert.match(section(13005, 'What it means'), /That it reaches you through an SDK callback is an inference/);
    });
  });

  describe('13001: where the number comes from is left open, as the sources leave it', () => {
    test('the client-defined range no longer implies that the SDK raises it locally', () => {
      const all = text(13001);
      assert.doesNotMatch(all, /most likely raises it locally/);
      assert.match(all, /the sources do not settle/);
    });
  });

  describe('chat-room pages say where the code shows up', () => {
    for (const code of CHAT_ROOM) {
      test(`${code}: seenIn is sdk and "What it means" names the SDK`, () => {
        assert.deepEqual(page(code).seenIn, ['sdk']);
        assert.match(section(code, 'What it means'), /SDK/);
      });
    }
    test('the chat-room 403 claims follow the status-code docs, not a blanket rule', () => {
      assert.doesNotMatch(text(13003), /any other operator gets 403/);
      assert.match(text(13003), /status-code docs give 403 for chat-room role changes the operator may not make/);
    });
  });
});

describe('Independent fact-check', () => {
  function aliases(n: number): string[] {
    return page(n).aliases ?? [];
  }

  test('201: the 509 line reads kNIMResInvalid (协议无效, 不允许访问的协议), not V2 997 "for the app"', () => {
    assert.doesNotMatch(text(201), /not allowed for the app/);
    assert.match(section(201, 'Related codes'), /the protocol is invalid or one the client may not access, rather than the SDK being too old/);
    assert.doesNotMatch(zh(201), /不允许该应用使用/);
    assert.match(zh(201), /协议无效，或是客户端不允许访问的协议/);
  });

  test('301: no alias says what is banned, and the 413 line keeps to the table', () => {
    for (const a of ['SMS sending banned', 'SMS verify code banned', '短信被封禁']) assert.ok(!aliases(301).includes(a), a);
    assert.ok(aliases(301).length >= 6, `${aliases(301).length} aliases`);
    assert.doesNotMatch(text(301), /a wrong or expired verification code/);
    assert.match(section(301, 'Related codes'), /the SMS service's code for a failed verification-code check/);
    assert.doesNotMatch(zh(301), /表示验证码错误或已过期/);
    assert.match(zh(301), /短信服务在验证码校验失败时返回的状态码/);
  });

  test('315: "IP blocked" (Android/Flutter 310) is gone, "IP restricted" is there', () => {
    assert.ok(!aliases(315).includes('IP blocked'));
    assert.ok(aliases(315).includes('IP restricted'));
  });

  test('415: the 13001 and 13002 lines quote the SDKs correctly and do not promise what a fresh address does', () => {
    const related = section(415, 'Related codes');
    assert.doesNotMatch(text(415), /IM main connection abnormal/);
    assert.doesNotMatch(text(415), /so a fresh address will not help/);
    assert.match(related, /"main link error" \(主链接错误\) of the C\+\+ and C# SDK comments/);
    assert.match(related, /"chat room status abnormal", a problem with the room rather than the connection; no source says whether a fresh address helps/);
    assert.doesNotMatch(zh(415), /换新地址也无济于事/);
    assert.match(zh(415), /没有资料说明换新地址是否有用/);
    assert.match(zh(415), /C\+\+ 和 C# SDK 注释中的“主链接错误”/);
  });

  test('500, 503, 514: the Java SDK retries HTTP 502 for IM calls only (SMS: connect timeouts only)', () => {
    assert.doesNotMatch(text(500), /it retries only on HTTP 502 and connect timeouts/);
    assert.match(section(500, 'How to fix'), /it retries on connect timeouts and, for IM calls, on HTTP 502, never on a `code` in the JSON body/);
    assert.match(section(500, 'Not to be confused with'), /it retries only 502, and only for IM calls, not for SMS calls/);
    assert.match(section(503, 'How to fix'), /for IM calls the Java SDK retries HTTP 502/);
    assert.match(section(503, 'Not to be confused with'), /retries only 502, and only for IM calls/);
    assert.doesNotMatch(text(514), /retries HTTP 502 \(and connect timeouts\)/);
    assert.match(section(514, 'Not to be confused with'), /retries connect timeouts and, for IM calls, HTTP 502 by itself/);
    assert.match(zh(500), /对 IM 调用还会在 HTTP 502 时重试/);
    assert.match(zh(503), /对 IM 调用，Java SDK 会重试 HTTP 502/);
    assert.match(zh(514), /对 IM 调用还会重试 HTTP 502/);
  });

  test('514: the V2 wording 服务未开通 (108311, 113410) is not an alias', () => {
    assert.ok(!aliases(514).includes('服务未开通'));
  });

  test('998 and 999: the summaries call the long connection the likely place, not a fact', () => {
    for (const n of [998, 999]) {
      assert.doesNotMatch(page(n).summary, /^A long-link packet/, `${n}`);
      assert.match(page(n).summary, /^A packet, most likely on the SDK's long connection, could not be/, `${n}`);
      assert.match(zh(n), /很可能是 SDK 长连接上的/, `zh ${n}`);
    }
    assert.match(page(998).summary, /no source says on which side/);
    assert.match(page(999).summary, /possibly due to an illegal or oversized field/);
  });

  test('806: the summary does not say whose count is full on a transfer', () => {
    assert.doesNotMatch(page(806).summary, /per-user|taking ownership/);
    assert.match(page(806).summary, /on applying to join or an ownership transfer/);
    assert.doesNotMatch(zh(806), /接手群主/);
    assert.match(zh(806), /移交群主/);
  });

  test('13001: the entry callback is an inference, the code names the connection, and no alias names the fix', () => {
    const all = text(13001);
    assert.doesNotMatch(all, /^13001 reaches your app/m);
    assert.doesNotMatch(all, /The chat room itself is fine/);
    assert.match(section(13001, 'What it means'), /13001 most likely reaches your app in the chat-room entry callback of a client SDK \(an inference; no API note lists it\)/);
    assert.match(section(13001, 'What it means'), /The code names the IM connection, not the room/);
    assert.match(section(13001, 'Example response'), /it most likely arrives in the SDK's chat-room entry callback \(an inference; no API note lists it\)/);
    assert.match(section(13001, 'Common causes'), /^ No source lists causes; these follow from the reading above:/);
    for (const a of ['chat room independent mode', '聊天室独立模式']) assert.ok(!aliases(13001).includes(a), a);
    assert.doesNotMatch(all, /signed with `AppKey`, `Nonce`, `CurTime` and `CheckSum`/);
    assert.match(all, /sent with the `AppKey`, `Nonce`, `CurTime` and `CheckSum` headers like any server API call/);
    assert.doesNotMatch(zh(13001), /聊天室本身没有问题/);
    assert.match(zh(13001), /这是推断，没有任何接口注释列出它/);
  });

  test('13003: the aliases name the blocklist, not a plain kick', () => {
    for (const a of ['kicked from chatroom and cannot rejoin', '被踢出聊天室后进不去']) assert.ok(!aliases(13003).includes(a), a);
    for (const a of ['blocklisted and cannot rejoin chat room', '被拉黑后进不去聊天室']) assert.ok(aliases(13003).includes(a), a);
  });

  test('13005: no claim about where the 2021 table sits', () => {
    assert.doesNotMatch(text(13005), /sits among the client SDK documentation/);
    assert.match(section(13005, 'What it means'), /That it reaches you through an SDK callback is an inference: only the status tables list 13005, and the V2 client error enum names the same situation as 114451/);
    assert.doesNotMatch(zh(13005), /位于客户端 SDK 文档中/);
  });

  test('10432: the summary no longer says "digits only" against the +852-xxxxxxxx step', () => {
    assert.doesNotMatch(text(10432), /digits only/);
    assert.match(page(10432).summary, /check its format, including any country or area code/);
    assert.match(section(10432, 'How to fix'), /`\+852-xxxxxxxx`/);
    assert.doesNotMatch(zh(10432), /只填数字/);
  });

  test('10433: IM accounts sign in with a token passed as the login call\'s password', () => {
    assert.doesNotMatch(text(10433), /IM end-user accounts have neither/);
    assert.match(section(10433, 'What it means'), /IM end-user accounts have no confirmation field: your server creates them with `user\/create\.action`, and they sign in with a token \(passed as the SDK login call's `password`/);
    assert.match(section(10433, 'Sources'), /`ts\/nim\/client\.ts`/);
    assert.doesNotMatch(zh(10433), /两者都没有/);
  });

  test('10435 (security): a forgotten password goes to the account owner, and nobody shares one password', () => {
    assert.doesNotMatch(text(10435), /ask the colleague who owns the company's account\./);
    assert.match(section(10435, 'How to fix'), /ask the owner of the company's account to reset it or give you access under your own sign-in; do not share one password/);
    assert.match(zh(10435), /不要多人共用一个密码/);
  });

  test('10436 (security): no advice to sign in with a colleague\'s or the company\'s account', () => {
    assert.doesNotMatch(text(10436), /or sign in with that account/);
    assert.match(section(10436, 'How to fix'), /ask that account's owner to give your own account access to it/);
    assert.doesNotMatch(zh(10436), /改用那个账号登录/);
    assert.match(zh(10436), /为你自己的账号开通对它的访问权限/);
  });

  test('10437 and 10438: no unsourced order of checks', () => {
    for (const n of [10437, 10438]) {
      assert.doesNotMatch(text(n), /checked before duplicates/, `${n}`);
      assert.doesNotMatch(zh(n), /这项检查在查重之前进行/, `zh ${n}`);
    }
    assert.match(section(10437, 'Related codes'), /the address is not valid at all\./);
    assert.match(section(10438, 'Related codes'), /the number is malformed\./);
  });

  test('302: the login code list is attributed to node-nim without an "no other SDK" claim', () => {
    assert.doesNotMatch(text(302), /no other SDK we read publishes such a list/);
    assert.match(text(302), /The notes on node-nim's `login` call list 302, 403, 408, 414, 415, 416 and 422 as its results; 302 is/);
    assert.doesNotMatch(zh(302), /我们查阅的其他 SDK 都没有公布类似列表/);
  });

  test('509: the server API answers HTTP 200 even when a call fails, not "always"', () => {
    assert.doesNotMatch(text(509), /always answers HTTP 200/);
    assert.match(section(509, 'Not to be confused with'), /The IM server API answers HTTP 200 even when a call fails/);
    assert.doesNotMatch(zh(509), /总是返回 HTTP 200/);
  });

  test('408: the older node-nim send-message callback note is cited with its own file and commit', () => {
    assert.match(section(408, 'What it means'), /An older node-nim release \(2021\) also listed 408 \("请求过程超时", request timed out\) for its global send-message callback \(`regSendMsgCb`\)/);
    assert.match(section(408, 'Sources'), /`ts\/api\/talk\.ts` \(commit 2d2fc23e, 2021-12-02\)/);
    assert.match(zh(408), /“408:请求过程超时”/);
  });
});
