// Words that shape how a query is read. Pure data, shared by the browser and the tests; no DOM.

/**
 * Words that say nothing about which code a reader means: log noise, JSON keys, glue words.
 * They are dropped before searching, so "error code 416 failed" is read as "416".
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  // glue
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by',
  'and', 'or', 'but', 'so', 'it', 'its', 'this', 'that', 'my', 'me', 'i', 'we', 'our', 'you', 'your', 'when', 'while',
  'why', 'what', 'how', 'which', 'does', 'do', 'did', 'has', 'have', 'had', 'get', 'gets', 'got', 'getting', 'keep',
  'keeps', 'still', 'just', 'after', 'again', 'please', 'help', 'mean', 'means', 'meaning',
  // failure noise: every page is about a failure
  'error', 'errors', 'err', 'code', 'codes', 'failed', 'fail', 'fails', 'failure', 'failing', 'cannot', "can't", 'cant',
  'can', 'could', 'unable', 'problem', 'issue', 'returned', 'returns', 'return', 'response', 'result', 'results',
  'status', 'message:', 'exception', 'throws', 'thrown', 'reason',
  // keys of pasted bodies and log lines
  'desc', 'errorcode', 'error_code', 'errcode', 'errmsg', 'rescode', 'res_code', 'resultcode', 'statuscode', 'onfailed',
  'onerror', 'onexception', 'ts', 'timetag', 'data', 'info', 'msg_id', 'requestid', 'traceid',
  // product names: every page is about NIM
  'nim', 'netease', 'yunxin', 'commsease', 'im',
]);

/**
 * Keys that, right before a number, say the number is a status code ("code 416", "errorCode=509").
 * Lower-case, after punctuation has become spaces.
 */
export const CODE_KEYS: ReadonlySet<string> = new Set([
  'code', 'errorcode', 'error_code', 'errcode', 'rescode', 'res_code', 'resultcode', 'error', 'err', 'onfailed',
  'onerror', 'failed', 'fail', 'res', 'result',
]);

/** Keys that, right before a number, say it is an HTTP status or a count, not a NIM code. */
export const NOT_CODE_KEYS: ReadonlySet<string> = new Set([
  'http', 'http/1.1', 'http/2', 'ts', 'time', 'timetag', 'timestamp', 'curtime', 'count', 'limit', 'size', 'len',
  'length', 'id', 'msgid', 'uid', 'tid', 'roomid', 'port',
]);

/**
 * The reader's word → the words the pages use for the same thing. Searched as alternatives, so
 * "group is full" also looks for "team … full". Keys are lower-case single words.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  group: ['team'],
  groups: ['teams'],
  grp: ['team'],
  chatroom: ['chat room'],
  chatrooms: ['chat room'],
  room: ['chat room'],
  banned: ['disabled', 'blocked'],
  ban: ['disabled', 'block'],
  disabled: ['banned', 'blocked'],
  blocked: ['blocklist', 'disabled'],
  blacklist: ['blocklist'],
  blacklisted: ['blocklist'],
  blocklisted: ['blocklist'],
  denied: ['permission'],
  deny: ['permission'],
  forbidden: ['permission'],
  unauthorized: ['permission'],
  unauthorised: ['permission'],
  allowed: ['permission'],
  kicked: ['kick', 'removed'],
  kick: ['kicked', 'removed'],
  muted: ['mute', 'speaking'],
  mute: ['muted', 'speaking'],
  silenced: ['muted'],
  gagged: ['muted'],
  throttled: ['frequency', 'rate limit'],
  throttle: ['frequency', 'rate limit'],
  throttling: ['frequency', 'rate limit'],
  ratelimit: ['rate limit', 'frequency'],
  ratelimited: ['rate limit', 'frequency'],
  frequent: ['frequency'],
  frequently: ['frequency'],
  qps: ['frequency', 'rate limit'],
  timeout: ['times out', 'timed out'],
  timedout: ['times out'],
  expired: ['expire', 'expires'],
  expiry: ['expire'],
  logon: ['login'],
  signin: ['login'],
  logging: ['login'],
  log: ['login'],
  auth: ['login', 'token'],
  authentication: ['login', 'token'],
  pwd: ['password'],
  passwd: ['password'],
  pass: ['password'],
  duplicate: ['repeat', 'repeated'],
  duplicated: ['repeat', 'repeated'],
  dup: ['repeat'],
  twice: ['repeat', 'repeated'],
  missing: ['not exist', 'cannot be found'],
  notfound: ['not exist', 'cannot be found'],
  nonexistent: ['not exist'],
  deleted: ['not exist', 'dismissed'],
  dismissed: ['not exist'],
  full: ['limit', 'exceeds'],
  max: ['limit'],
  maximum: ['limit'],
  quota: ['limit'],
  cap: ['limit'],
  overflow: ['limit', 'exceeds'],
  long: ['length'],
  length: ['long'],
  revoke: ['recall'],
  revoked: ['recall'],
  unsend: ['recall'],
  retract: ['recall'],
  withdraw: ['recall'],
  signature: ['checksum'],
  sign: ['checksum'],
  sha1: ['checksum'],
  offline: ['network'],
  disconnected: ['network', 'connection'],
  captcha: ['sms', 'verification'],
  otp: ['sms', 'verification'],
  mail: ['email', 'mailbox'],
  'e-mail': ['email', 'mailbox'],
  phone: ['mobile'],
  cellphone: ['mobile'],
  wrong: ['incorrect'],
  bad: ['incorrect', 'invalid'],
  invalid: ['incorrect'],
  overloaded: ['busy'],
  unavailable: ['not available', 'busy'],
  down: ['not available', 'busy'],
  moderation: ['anti-spam'],
  antispam: ['anti-spam'],
  spam: ['anti-spam'],
  nickname: ['profile name'],
  avatar: ['profile picture'],
  invite: ['invited', 'invitation'],
  join: ['joining', 'apply'],
  upgrade: ['version'],
  outdated: ['version'],
};

/**
 * Codes of the developer console and account (10431–10441) should not answer everyday IM words
 * such as "login" or "password" unless the query is about the console. These words say it is.
 */
export const CONSOLE_WORDS: ReadonlySet<string> = new Set([
  'console', 'dashboard', 'registration', 'signup', 'sign-up', 'company', 'enterprise',
  'email', 'e-mail', 'mail', 'mailbox', 'developer', 'app', 'apps', 'appname', 'mobile', 'phone', 'confirmation',
  'confirm', '控制台', '注册', '企业', '公司', '邮箱', '手机', '开发者', '应用',
]);

/** Chinese particles that carry no meaning in a query: "群满了" is read as "群满". */
export const HAN_FILLERS = /[了的吗呢啊吧呀么着过嘛]/g;

/**
 * The Chinese reader's words → the words of the official table and the pages, tried as alternatives
 * inside a query run: "账号被封禁" also reads as "账号被禁用".
 */
export const HAN_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  封禁: ['禁用'],
  封号: ['禁用', '封禁'],
  帐号: ['账号'],
  登陆: ['登录'],
  登不上: ['登录失败'],
  登录不了: ['登录失败'],
  群聊: ['群'],
  群组: ['群'],
  满: ['上限', '已满'],
  超限: ['上限'],
  太多: ['上限', '频繁'],
  限流: ['频控', '频率'],
  太频繁: ['频繁'],
  拉黑: ['黑名单'],
  踢出: ['移出'],
  没权限: ['没有权限'],
  无权限: ['没有权限'],
  密码不对: ['密码错误'],
  不存在: ['不存在'],
  超过时间: ['时间超限'],
  时间太长: ['时间超限'],
  签名: ['CheckSum'],
};
