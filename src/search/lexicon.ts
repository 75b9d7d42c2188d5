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
  moderation: ['anti spam'],
  antispam: ['anti spam'],
  spam: ['anti spam'],
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

/** Single characters that carry no meaning when they stand alone as a word of a query. */
export const HAN_PARTICLES: ReadonlySet<string> = new Set([
  ...'了的吗呢啊吧呀么着过嘛被把就也都还又是个这那我你他她它们啥里',
  // 要 alone asks, as in 要稍后再试吗 (bench query on 503): it names nothing
  '要',
  // as the demos' toasts and the issue threads glue their words: 该群已解散 (PC demo, an iOS app on 803), 服务器时间跟网络时间不同步 (CSDN), 哦/啦/呗 (issue threads)
  ...'该和跟哦啦呗',
]);

/**
 * Words of a Chinese query that say nothing about which code is meant: how readers ask ("为什么…",
 * "…怎么办"), what every error does ("报错", "失败", "返回"), and glue. Dropped before matching.
 */
export const HAN_FILLER_WORDS: ReadonlySet<string> = new Set([
  // asking
  '要不要重试', '能不能重试', '可以重试吗', '需要重试吗', '要重试吗', '还能重试吗',
  '为什么', '为啥', '怎么', '怎么办', '怎么回事', '怎么解决', '如何', '如何解决', '是什么原因', '什么原因', '原因', '什么', '请问',
  '求助', '求解', '大家', '有没有', '是不是', '要不要', '需不需要', '能不能', '可不可以', '该怎么', '咋办', '咋',
  // what every error does
  '一直', '总是', '老是', '经常', '突然', '偶尔', '有时', '提示', '报错', '报', '失败', '出错', '错误', '出现', '返回', '显示',
  '弹出', '收到', '遇到', '碰到', '结果', '问题', '异常', '错误码', '状态码', '返回码', '代码', '信息', '解决', '处理',
  // glue
  '一下', '这个', '那个', '对方', '我们', '我的', '你们', '然后', '但是', '可是', '现在', '时候', '的时候', '之后',
  '调用', '调接口', '接口',
  // how the issue threads ask (NIM_PC_Demo#2 为什么…无法登陆, nim-uikit-android#40 是必现的吗, react-native-netease-im#43 登录不成功, flutter_nim#14 怎么…都是)
  '怎么处理', '怎么弄', '如何处理', '该如何', '什么意思', '是什么意思', '啥意思', '咋回事', '请教', '大佬', '各位', '知道', '不知道', '帮忙',
  '看看', '看下', '必现', '偶现', '复现', '重现', '不成功', '无法', '不了', '说', '会', '应该', '可能', '估计', '好像', '明明', '确定',
  // the advice every toast ends with (Android demo 请稍后再试, PC demo 稍后重试 / 请稍后尝试 / 请确认网络连接, UIKit 请检查你的网络设置)
  '请重试', '稍后重试', '稍后再试', '请稍后再试', '请稍后尝试', '请检查', '请确认', '你的', '当前',
  // glue of the same threads (之前/以后/这样, 今天/昨天…: 昨天还是正常的, nim-harmony-demo#2)
  '以后', '以前', '之前', '后来', '的话', '如果', '还是', '一样', '同样', '依然', '仍然', '每次', '有时候', '这样', '那样', '怎样',
  '今天', '昨天', '刚才', '这边', '我这边', '我们这边',
  // the product's own name: every page is about it (the blog posts: 网易云信, 云信)
  '云信', '网易云信', '网易', '即时通讯',
]);

/**
 * What the developer was doing when the error came: 发消息, 登录, 邀请… These set the scene; the
 * words of what went wrong (禁言, 已解散, 太频繁) say which code it is. They weigh half in matching,
 * and the most telling word of a phrase is one of the others when it has any ("聊天室发消息提示用户被禁言":
 * 禁言, not 发消息). From the demos' and issues' phrasings (tests/node/query-zh.test.ts).
 */
export const HAN_ACTIONS: ReadonlySet<string> = new Set([
  '发消息', '发送', '发送消息', '发', '登录', '登陆', '进入', '进', '加入', '入群', '进群', '加群', '邀请', '拉人', '加人', '处理',
  '创建', '建群', '申请', '上传', '下载', '查询', '获取', '修改', '更新', '删除', '撤回', '踢人', '退群', '调用', '请求', '操作',
  // the action failing, as readers say it: the symptom many codes share, not the cause
  '登录不了', '登不上', '无法登录', '登录失败', '进不去', '发不出去', '发不了', '发送失败', '加不了',
]);

/**
 * Words of the domain that the segmenter keeps whole: "群成员" is one word, not 群 and 成员. The
 * pages' Chinese names and aliases are added at run time (han.ts `dictionary`).
 */
export const HAN_TERMS: readonly string[] = [
  '群', '群组', '群聊', '群成员', '群主', '管理员', '高级群', '超大群', '普通群', '讨论组', '邀请', '申请', '入群', '进群', '加群', '退群',
  '踢人', '踢出', '移出', '移除', '解散', '禁言', '黑名单', '拉黑', '静音', '频控', '频率', '频繁', '限流', '超时', '断开', '掉线', '断线',
  '重连', '登录', '登陆', '密码', '账号', '帐号', '用户', '聊天室', '消息', '撤回', '重复', '参数', '签名', '权限', '上限', '已满', '人数',
  '数量', '服务器', '繁忙', '内部错误', '不存在', '不在', '已在', '网络', '连接', '版本', '升级', '封禁', '禁用', '反垃圾', '内容审核',
  '验证码', '短信', '邮箱', '手机号', '应用', '好友', '会话', '置顶', '已读', '回执', '文件', '上传', '下载', '数据库', '重试', '请求',
  '注册', '已注册', '校验', '过期', '失效', '限制', '次数', '超过', '长度', '太长', '格式', '非法', '无效', '未开通', '开通', '控制台',
  // the words the demos' toasts and the issues put around a code (用户名密码错误 NIM_PC_Demo#2, 当前已经其他设备登录 iOS demo 417,
  // 发送消息…请求超时 nim-uikit-ios#235, 群号不存在 Android demo 803, 自动登录 iOS demo, 主链接错误 node-nim 13001, IP白名单 315)
  '用户名', '其他设备', '自动登录', '发消息', '发送', '发言', '群号', '群名称', '昵称', '头像', '违规', '白名单', '客户端', '服务端',
  '主链接', '状态', '分钟', '成功',
  // words of the official names that the one-character filler 时 would otherwise cut (508 消息撤回时间超限; PC demo 该消息发送时间已超过2分钟)
  '时间', '时长',
];

/**
 * The Chinese reader's words → the words of the official table and the pages, tried as alternatives
 * inside a query run: "账号被封禁" also reads as "账号被禁用".
 */
export const HAN_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  拉人: ['邀请'],
  加人: ['邀请'],
  踢人: ['踢出', '移出'],
  移除: ['移出', '踢出'],
  移除成员: ['踢出', '移出'],
  群满了: ['群人数达到上限', '已满'],
  解散: ['群不存在', '已解散'],
  频率太高: ['频控', '频率控制'],
  掉线: ['断开', '连接'],
  断线: ['断开', '连接'],
  转圈: ['超时'],
  忙: ['繁忙'],
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
  // 不对 alone, as in token不对 / 密码不对 (flutter_nim#14 账号密码不对): the pages say 错误 or 不匹配
  不对: ['错误', '不匹配'],
  不存在: ['不存在'],
  超过时间: ['时间超限'],
  时间太长: ['时间超限'],
  签名: ['CheckSum'],
  // chat rooms: the PC and iOS demos call a chat room 直播间 (黑名单用户禁止进入直播间, 进入直播间失败, 直播间不存在); 不能再进入 (Android demo 13003)
  直播间: ['聊天室'],
  进不去: ['不允许进入'],
  // 禁言 talked about as not being able to speak (wildfirechat/im-server#688: 用新加进来的小号说话); 发不了 as Tencent IM's 因被禁言而不能发送消息
  说话: ['发言'],
  发不了: ['不能发', '不允许发言'],
  // teams as the demos' own comments and toasts say it: 拉人入群 (Android demo), 拉好友失败 (iOS NIMKit), 踢人 (both demos), 建群回调 (iOS UIKit),
  // 满员 (Tencent IM: 群已满员), 未找到该群 (an iOS app, beside 803's 该群已解散), 你已是本群群成员 (the same app, for a team the user is already in), 已经是群成员 (TIM kError_HasBeenGroupMember)
  拉好友: ['邀请'],
  拉进群: ['邀请'],
  满员: ['已满', '上限'],
  建群: ['创建群'],
  找不到: ['不存在'],
  未找到: ['不存在'],
  已是群成员: ['已经在群内', '群成员已存在'],
  已经是群成员: ['已经在群内', '群成员已存在'],
  // removed from a team: UIKit 您已被移出群聊或该群聊已被解散; 804's alias 已被踢出群
  移出: ['踢出'],
  // no permission as the UIKits and the PHP maps of the official table say it (暂无权限 UIKit iOS, 操作无权限 UIKit Android, 802 权限不足, TIM 操作权限不足), 802's alias 不是群主或管理员
  暂无权限: ['没有权限'],
  权限不足: ['没有权限'],
  不是管理员: ['不是群主或管理员'],
  不是群主: ['不是群主或管理员'],
  // login failure as the issues write it: 无法登陆 (NIM_PC_Demo#2), 登录不成功 (react-native-netease-im#43), 登录不上 / 登陆不上 (everyday wording beside 登不上 and 登录不了; no single source)
  无法登录: ['登录失败'],
  无法登陆: ['登录失败'],
  登录不成功: ['登录失败'],
  登录不上: ['登录失败'],
  登陆不上: ['登录失败'],
  // the network: 断网 (UIKit comments 断网重连, easemob 由于断网等原因), 连不上 (415's alias 连不上服务器)
  断网: ['网络', '断开'],
  连不上: ['连不上服务器', '网络连接'],
  // frequency: 发送速度超过限制 (JMessage), send too fast (bots), 超频 (QQ bot docs 超时或超频), 限频 (Lark 频控策略)
  太快: ['频繁', '频率'],
  超频: ['频率超限', '频繁'],
  限频: ['频率'],
  // recall: the demos write 超过2分钟 (PC demo, Android demo revoke_failed); readers write 两分钟
  两分钟: ['2分钟'],
  // signing: CurTime is illegal when 服务器时间跟网络时间不同步, CurTime being the request's 时间戳 (CSDN); 参数传错了 (MrSong0607/netease-im#2; 参数不对 is everyday wording)
  时间戳: ['CurTime'],
  时间不同步: ['CurTime'],
  参数不对: ['参数错误'],
  参数传错: ['参数错误'],
  // the server: node-nim's comment on 503 is 服务器太忙
  太忙: ['繁忙'],
  // the console: blog posts call it 后台 (cnblogs: 网易云通讯与视频后台)
  后台: ['控制台'],
  // moderation: 敏感词 (JMessage 消息包含敏感词汇; V2 alias 敏感词拦截), 易盾 and 拦截 (V2 aliases 易盾拦截, 消息被反垃圾拦截), 内容审核 (the glossary: 内容审核（反垃圾）)
  敏感词: ['反垃圾'],
  易盾: ['反垃圾'],
  拦截: ['反垃圾'],
  内容审核: ['反垃圾'],
};
