// Query understanding for the site search: plain functions, no DOM, no network. The browser
// script feeds them the build-time map and Pagefind's answers and renders what they decide.
import { dictionary, isFiller, pageWords, readChinese, segment, type HanPhrase } from './han.ts';
import { CODE_KEYS, CONSOLE_WORDS, FILLER_WORDS, HAN_ACTIONS, HAN_FILLERS, HAN_PARTICLES, HAN_SYNONYMS, NOT_CODE_KEYS, SYNONYMS } from './lexicon.ts';

/** Longer input is cut: a pasted log line is rarely longer, and the work grows with it. */
export const MAX_INPUT = 1000;
/** At most this many words reach Pagefind; each costs a lookup. */
export const MAX_WORDS = 8;

/** The two families of codes: the server status codes (V1) and the V2 SDKs' error codes. */
export type Family = 'v1' | 'v2';

/** One code as search knows it: a row of the build-time map. */
export interface CodeInfo {
  code: number;
  /** V1 (a page under /codes/) or V2 (a page under /v2/codes/). */
  family: Family;
  /** Title in the page's language. */
  title: string;
  /** The official Chinese table wording. */
  titleZh: string;
  /** Category slug. */
  category: string;
  /** Retry value: no, after-fix, backoff, not-applicable. */
  retry: string;
  /** Where the code appears: server-api, sdk, sdk-local, console. */
  seenIn: string[];
  /** Constant names as written in code: "kNIMResFrequently", "ResponseCode.RES_EFREQUENTLY"… */
  names: string[];
  /** The words readers use for the code, English and Chinese. */
  aliases: string[];
  /** V1 rows: the V2 codes for the same situation. V2 rows: the V1 codes for it. */
  v2: number[];
}

/** How a constant name was recognised. */
interface NameForm {
  info: CodeInfo;
  /** The name as the SDK writes it. */
  name: string;
  /** True for a shortened or bare form ("EFREQUENTLY", "frequently"), trusted only when typed distinctively. */
  weak: boolean;
}

/** A map of codes ready for lookups; build it once per page with {@link createIndex}. */
export interface SearchIndex {
  /** Every code, V1 then V2. */
  codes: CodeInfo[];
  /** V1 codes by number. */
  byCode: Map<number, CodeInfo>;
  /** V2 codes by number (the V2 map is loaded only for queries that look like V2). */
  v2ByCode: Map<number, CodeInfo>;
  /** V1 codes by the V2 numbers they stand for. */
  byV2: Map<number, CodeInfo[]>;
  /** The words the Chinese segmenter knows, the codes' Chinese names included. */
  hanWords: Set<string>;
  /** For each Chinese query word, how many codes' Chinese names hold it (or the pages' word for it). */
  hanSpread: (word: string) => number;
  /** Lower-cased name forms → the codes they name. */
  byName: Map<string, NameForm[]>;
  /** Per code (by hitKey): the words of its title and of each alias, for matching a reader's words. */
  fields: Map<string, { title: string[]; aliases: string[][]; han: string[] }>;
  /** Every word of every title and alias. */
  words: string[];
  /** For each word stem, how many codes have it in their title or aliases: rare words weigh more. */
  spread: Map<string, number>;
}

/** Why a code is in the results. */
export type Reason =
  | { kind: 'code' }
  | { kind: 'name'; name: string }
  | { kind: 'v2'; v2: number }
  | { kind: 'title' }
  | { kind: 'alias'; alias: string }
  | { kind: 'zh'; text: string }
  | { kind: 'page' };

/** One result: a code of a family, and why it is there. */
export interface Hit {
  code: number;
  family: Family;
  reason: Reason;
}

/** The identity of a hit: a number alone is ambiguous (V1 417 and V2 417 mean different things). */
export function hitKey(hit: { code: number; family: Family }): string {
  return `${hit.family}:${hit.code}`;
}

/** The code a hit names, from whichever family it belongs to. */
export function infoOf(index: SearchIndex, hit: { code: number; family: Family }): CodeInfo | undefined {
  return hit.family === 'v2' ? index.v2ByCode.get(hit.code) : index.byCode.get(hit.code);
}

/** A code the text names outright: by number, constant name or V2 code. */
export interface Explicit extends Hit {
  reason: Extract<Reason, { kind: 'code' | 'name' | 'v2' }>;
}

/** What a query says, read before any full-text search. */
export interface ParsedQuery {
  /** The input with punctuation turned into spaces, single-spaced. */
  text: string;
  /** Codes named outright, best first: "code 416", `RES_EFREQUENTLY`, 108404. */
  explicit: Explicit[];
  /** Meaningful words, lower-case, fillers removed, in order. */
  words: string[];
  /** Numbers that are not known codes, or are: pages may mention them ("108404", "7101"). */
  numbers: string[];
  /** Identifiers split into their parts for full-text search: "temporaryMute" → "temporary mute". */
  parts: string[];
  /** Runs of Chinese characters. */
  han: string[];
  /** The Chinese phrases, each read into its meaningful words (han.ts). */
  hanPhrases: HanPhrase[];
  /** The digits, when the whole query is one number that is not (or not only) a code: "41". */
  digits?: string;
  /** Whether the query is about the developer console or account. */
  console: boolean;
}

const HAN = /\p{Script=Han}/u;
/** Punctuation of pasted JSON, logs and prose (ASCII and full-width) that only separates words. */
const SEPARATORS = /[{}[\]():=,;"'`<>|!?*#\\\u3000-\u3003\u3008-\u3011\uFF01\uFF08\uFF09\uFF0C\uFF1A\uFF1B\uFF1F\u201C\u201D\u2018\u2019]/g;

/** Prefixes the SDKs put before the meaningful part of a constant name, longest first. */
const NAME_PREFIXES: [RegExp, string][] = [
  [/^responsecode\./i, ''],
  [/^nimresultcode\./i, ''],
  [/^v2nimerrorcode\./i, ''],
  [/^nimrescode\./i, ''],
  [/^(?:nim\.)?responsecode\./i, ''],
];
const SHORT_FORMS: RegExp[] = [/^kNIMRes/, /^NIMRemoteErrorCode/, /^NIMRemoteError/, /^RES_/, /^V2NIM_ERROR_CODE_/];

/** Input made comparable: punctuation of pasted bodies becomes space, whitespace is collapsed. */
export function normalise(raw: string): string {
  return raw.slice(0, MAX_INPUT).replace(SEPARATORS, ' ').replace(/\s+/g, ' ').trim();
}

/** Lower-case English word with a plural, past or -ing ending taken off, so "teams" meets "team". */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 6 && w.endsWith('ly')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The words of a title or phrase: lower-case letters and digits. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter((w) => w && !HAN.test(w));
}

/** Whether a typed token looks like code, not prose: RES_X, EFREQUENTLY, teamNotExist. */
function looksLikeIdentifier(token: string): boolean {
  return token.includes('_') || /[a-z][A-Z]/.test(token) || /^[A-Z][A-Z0-9]{3,}$/.test(token);
}

/** The forms under which a constant name can be typed, each marked weak when it is a fragment. */
function nameForms(name: string): { form: string; weak: boolean }[] {
  const forms = [{ form: name.toLowerCase(), weak: false }];
  const qualified = /^(ResponseCode|NIMResultCode)\.(.+)$/.exec(name);
  if (qualified?.[2]) {
    // Android's RES_X is distinctive alone; Flutter's bare "timeout" is an ordinary word.
    forms.push({ form: qualified[2].toLowerCase(), weak: qualified[1] === 'NIMResultCode' });
  }
  const bare = qualified?.[2] ?? name;
  for (const prefix of SHORT_FORMS) {
    if (prefix.test(bare)) {
      forms.push({ form: bare.replace(prefix, '').toLowerCase(), weak: true });
      break;
    }
  }
  if (/^V2NIM_ERROR_CODE_/.test(name)) forms.push({ form: `v2nimerrorcode.${name.toLowerCase()}`, weak: false });
  if (/^kNIMRes/.test(name)) forms.push({ form: `nimrescode.${name.toLowerCase()}`, weak: false });
  return forms.filter((f) => f.form.length >= 3);
}

/** Indexes the build-time map for the lookups below: V1 rows, and the V2 rows when loaded. */
export function createIndex(codes: CodeInfo[]): SearchIndex {
  const byCode = new Map(codes.filter((info) => info.family === 'v1').map((info) => [info.code, info]));
  const v2ByCode = new Map(codes.filter((info) => info.family === 'v2').map((info) => [info.code, info]));
  const byV2 = new Map<number, CodeInfo[]>();
  const byName = new Map<string, NameForm[]>();
  const fields = new Map<string, { title: string[]; aliases: string[][]; han: string[] }>();
  for (const info of codes) {
    if (info.family === 'v1') for (const v2 of info.v2) byV2.set(v2, [...(byV2.get(v2) ?? []), info]);
    for (const name of info.names) {
      for (const { form, weak } of nameForms(name)) {
        const list = byName.get(form) ?? [];
        if (!list.some((f) => f.info === info)) list.push({ info, name, weak });
        byName.set(form, list);
      }
    }
    const latin = info.aliases.filter((alias) => !HAN.test(alias));
    fields.set(hitKey(info), {
      title: wordsOf(info.title),
      aliases: latin.map(wordsOf),
      han: [info.titleZh, ...info.aliases.filter((alias) => HAN.test(alias))],
    });
  }
  const words = new Set<string>();
  const spread = new Map<string, number>();
  for (const field of fields.values()) {
    const stems = new Set<string>();
    for (const word of [...field.title, ...field.aliases.flat()]) {
      words.add(word);
      stems.add(stem(word));
    }
    for (const s of stems) spread.set(s, (spread.get(s) ?? 0) + 1);
  }
  const hanNames = [...fields.values()].map((field) => field.han);
  const hanSpreadCache = new Map<string, number>();
  const hanSpread = (word: string) => {
    let count = hanSpreadCache.get(word);
    if (count === undefined) {
      const alternatives = pageWords(word);
      count = hanNames.filter((names) => names.some((name) => alternatives.some((alt) => name.includes(alt)))).length;
      hanSpreadCache.set(word, count);
    }
    return count;
  };
  return { codes, byCode, v2ByCode, byV2, byName, fields, words: [...words], spread, hanWords: dictionary(hanNames.flat()), hanSpread };
}

/** The codes a token names as a constant: exact names in any case, fragments only when typed like code. */
export function lookUpName(token: string, index: SearchIndex): NameForm[] {
  const clean = token.replace(/^[.\-_]+|[.\-]+$/g, '');
  let lower = clean.toLowerCase();
  for (const [prefix, replacement] of NAME_PREFIXES) {
    if (prefix.test(lower) && index.byName.has(lower.replace(prefix, replacement)) && !index.byName.has(lower)) {
      lower = lower.replace(prefix, replacement);
    }
  }
  const found = index.byName.get(lower) ?? [];
  const strong = found.filter((f) => !f.weak);
  if (strong.length) return strong;
  return looksLikeIdentifier(clean) || /^nimresultcode\./i.test(clean) ? found : [];
}

interface Token {
  text: string;
  lower: string;
}

/** Splits normalised text into tokens, with Chinese runs apart from Latin text and "code416" apart. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const raw of text.split(' ')) {
    // Chinese next to Latin or digits ("群不存在team", "错误码416") is two tokens.
    for (const part of raw.split(/(\p{Script=Han}+)/u)) {
      const piece = part.replace(/^[.\-/]+|[.\-/]+$/g, '');
      if (piece) tokens.push({ text: piece, lower: piece.toLowerCase() });
    }
  }
  return tokens;
}

/** Reads a query: codes named outright, meaningful words, Chinese runs. Needs no network. */
export function parseQuery(raw: string, index: SearchIndex): ParsedQuery {
  const text = normalise(raw);
  const tokens = tokenize(text);
  const found: { hit: Explicit; weight: number; at: number }[] = [];
  const words: string[] = [];
  const numbers: string[] = [];
  const parts: string[] = [];
  const han: string[] = [];
  let console = false;

  tokens.forEach((token, at) => {
    if (HAN.test(token.text)) {
      han.push(token.text);
      if ([...CONSOLE_WORDS].some((word) => HAN.test(word) && token.text.includes(word))) console = true;
      return;
    }
    const names = lookUpName(token.text, index);
    if (names.length) {
      for (const { info, name } of names) found.push({ hit: { code: info.code, family: info.family, reason: { kind: 'name', name } }, weight: 3, at });
      return;
    }
    // "code416", "E416": a key glued to a number.
    const glued = /^([a-z_]+?)(\d{3,6})$/i.exec(token.text);
    const digits = /^\d+$/.test(token.text) ? token.text : glued?.[2];
    if (digits) {
      if (digits.length >= 3 && digits.length <= 6 && !numbers.includes(digits)) numbers.push(digits);
      const value = Number(digits);
      const key = glued?.[1]?.toLowerCase() ?? tokens[at - 1]?.lower ?? '';
      let weight = CODE_KEYS.has(key) ? 2 : NOT_CODE_KEYS.has(key) ? -2 : 0;
      // 200 is success: next to a real error code, the error code is what the reader means.
      if (value === 200) weight -= 3;
      const info = index.byCode.get(value);
      if (info) found.push({ hit: { code: value, family: 'v1', reason: { kind: 'code' } }, weight, at });
      // A V2 code's own page comes first; the V1 code for the same situation follows. A three-digit
      // number V2 gives another meaning (417) lists both, V1 first.
      const v2 = index.v2ByCode.get(value);
      if (v2) found.push({ hit: { code: value, family: 'v2', reason: { kind: 'code' } }, weight: info ? weight - 0.5 : weight + 1.5, at });
      for (const counterpart of index.byV2.get(value) ?? []) {
        found.push({ hit: { code: counterpart.code, family: 'v1', reason: { kind: 'v2', v2: value } }, weight: weight + 1, at });
      }
      return;
    }
    if (CONSOLE_WORDS.has(token.lower)) console = true;
    const kept: string[] = [];
    // "anti-spam" is two words, as the pages' words are ("anti", "spam"); "temporaryMute.action" too.
    for (const piece of token.lower.split(/(?<=[a-z])[.-](?=[a-z])/)) {
      if (FILLER_WORDS.has(piece) || piece.length < 2 || /^\d+$/.test(piece)) continue;
      kept.push(piece);
      if (!words.includes(piece)) words.push(piece);
    }
    // Full-text search stores "chatroom/temporaryMute.action" whole, so search its parts too.
    if (kept.length && /[/._]|[a-z][A-Z]/.test(token.text)) {
      for (const part of token.text.split(/[/._]+|(?<=[a-z])(?=[A-Z])/)) {
        const lower = part.toLowerCase();
        if (lower.length >= 3 && !FILLER_WORDS.has(lower) && !parts.includes(lower)) parts.push(lower);
      }
    }
  });

  // A query of nothing but filler ("error code") still searches its words.
  if (words.length === 0 && found.length === 0 && han.length === 0) {
    for (const token of tokens) if (!/^\d+$/.test(token.text) && !words.includes(token.lower)) words.push(token.lower);
  }
  found.sort((a, b) => b.weight - a.weight || a.at - b.at);
  const explicit: Explicit[] = [];
  for (const { hit } of found) if (!explicit.some((e) => hitKey(e) === hitKey(hit))) explicit.push(hit);
  const lone = /^\d+$/.test(text) ? text : undefined;
  const hanPhrases = readChinese(text, index.hanWords);
  return { text, explicit, words: words.slice(0, MAX_WORDS), numbers, parts, han, hanPhrases, digits: lone, console };
}

/** The page Enter should open without asking anyone: the best code the text names outright. */
export function definiteHit(query: ParsedQuery): Explicit | undefined {
  return query.explicit[0];
}

/** The number of the code Enter opens, if any (see definiteHit for its family). */
export function definiteCode(query: ParsedQuery): number | undefined {
  return definiteHit(query)?.code;
}

/** Codes whose number starts with the digits, numerically (V1 before V2 on the same number). */
export function codesByPrefix(index: SearchIndex, digits: string): CodeInfo[] {
  return index.codes
    .filter((info) => String(info.code).startsWith(digits))
    .sort((a, b) => a.code - b.code || a.family.localeCompare(b.family));
}

/** The word and the page's words for the same thing: "group" → group, team. */
export function alternatives(word: string): string[] {
  return [word, ...(SYNONYMS[word] ?? [])];
}

/** Whether a query word (or a synonym phrase) is among a field's words. Synonyms count a little less. */
function wordScore(word: string, field: string[], last: boolean): number {
  let best = 0;
  alternatives(word).forEach((alt, i) => {
    const parts = alt.split(' ');
    const hit = parts.every((part) =>
      field.some((f) => f === part || stem(f) === stem(part) || ((last || part.length >= 5) && part.length >= 3 && f.startsWith(part))),
    );
    if (hit) best = Math.max(best, i === 0 ? 1 : 0.8);
  });
  return best;
}

/** Chinese bigrams of a run ("频率控制" → 频率, 率控, 控制); a single character stands alone. */
function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => `${chars[i]}${c}`);
}

/** A Chinese query run and its readings with the official words for the reader's: 账号被封禁, 账号被禁用. */
export function hanVariants(run: string): string[] {
  const base = run.replace(HAN_FILLERS, '');
  const variants = [base];
  for (const [word, replacements] of Object.entries(HAN_SYNONYMS)) {
    for (const variant of [...variants]) {
      if (!variant.includes(word)) continue;
      for (const replacement of replacements) variants.push(variant.replace(word, replacement));
    }
  }
  return [...new Set(variants.filter(Boolean))];
}

/**
 * How well one Chinese run matches a name or alias, 0–1: 1 when the name contains it, else the share
 * of its bigrams found there; a short run (two or three characters) may also match character by
 * character, for a little less ("群满" and "群已满").
 */
export function hanScore(run: string, target: string): number {
  let best = 0;
  for (const variant of hanVariants(run)) {
    if (target.includes(variant)) return 1;
    const grams = bigrams(variant);
    const share = grams.length ? grams.filter((gram) => target.includes(gram)).length / grams.length : 0;
    // Particles (被, 了…) say nothing: "被封禁" must not match 多端登录被禁止 by its 被 and 禁.
    const chars = [...variant].filter((c) => !HAN_PARTICLES.has(c));
    const byChar = chars.length >= 2 && chars.length <= 3 ? (0.8 * chars.filter((c) => target.includes(c)).length) / chars.length : 0;
    best = Math.max(best, share, byChar);
  }
  return best;
}

/** A code found through its title, Chinese name or an alias, with how well it matched. */
export interface NameMatch extends Hit {
  /** Share of the query's words (and Chinese) the code's names cover, 0–1. */
  score: number;
  /** Share of the title's words the query covers: breaks ties towards the tighter title. */
  cover: number;
}

/** The words the segmenter finds inside a longer word, without the pages' names: 数量超过上限 → 数量, 超过, 上限. */
const BASE_WORDS = dictionary();
const partsCache = new Map<string, string[]>();
function partsOf(word: string): string[] {
  let parts = partsCache.get(word);
  if (!parts) {
    parts = [...word].length >= 4 ? segment(word, BASE_WORDS).filter((part) => !isFiller(part)) : [word];
    partsCache.set(word, parts);
  }
  return parts;
}

/**
 * How much of each Chinese phrase of a query a code's Chinese names hold, 0–1 per phrase. A phrase's
 * words count by their rarity (a word few codes' names share, such as 解散, says more than 群), a
 * word counting when a name holds it or the pages' word for it; a name that holds a phrase's words
 * together counts more than words spread over several names. Also the older whole-run reading
 * (hanScore), for short names typed as they are. Returns the scores and the name that matched best.
 */
function hanPhraseScores(query: ParsedQuery, names: string[], index: SearchIndex): { scores: number[]; best: string | undefined; bestScore: number } {
  const scores: number[] = [];
  let best: string | undefined;
  let bestScore = 0;
  for (const phrase of query.hanPhrases) {
    // A phrase with no meaningful word ("调接口报错") says nothing; it neither helps nor hurts.
    if (phrase.words.length === 0) {
      scores.push(-1);
      continue;
    }
    // A word no code's names hold ("以后", a typo) tells nothing about which code is meant: it weighs nothing.
    const weights = phrase.words.map((word) => {
      const spread = index.hanSpread(word);
      return spread === 0 ? 0 : (HAN_ACTIONS.has(word) ? 0.5 : 1) / (1 + Math.log2(1 + spread));
    });
    const sum = weights.reduce((a, b) => a + b, 0);
    if (sum === 0) {
      scores.push(0);
      continue;
    }
    const holds = (word: string, name: string) => pageWords(word).some((alt) => name.includes(alt));
    // A word read whole from one page's alias (数量超过上限) is also held in part by a name that holds
    // its own words (群数量上限 holds 数量 and 上限).
    const credit = (word: string, name: string) => {
      if (holds(word, name)) return 1;
      const parts = partsOf(word);
      if (parts.length < 2) return 0;
      // Each part by its rarity: holding 账号 of 账号被封 is holding the common half of it.
      const weigh = (part: string) => 1 / (1 + Math.log2(1 + Math.max(1, index.hanSpread(part))));
      const total = parts.reduce((acc, part) => acc + weigh(part), 0);
      return parts.reduce((acc, part) => acc + (holds(part, name) ? weigh(part) : 0), 0) / total;
    };
    let phraseBest = 0;
    for (const name of names) {
      const share = phrase.words.reduce((acc, word, i) => acc + credit(word, name) * (weights[i] ?? 0), 0) / sum;
      // The whole-run reading only when it is close: two shared characters (被禁 of 被禁用 and 被禁止) are chance.
      const whole = hanScore(phrase.words.join(''), name);
      const value = Math.max(share, whole >= 0.75 ? whole : 0);
      if (value > phraseBest) phraseBest = value;
      if (value > bestScore) {
        bestScore = value;
        best = name;
      }
    }
    // Words found across several names count for much less than in one: a Chinese name is a short
    // phrase, and 用户 in 用户不存在 with 禁言 in 禁言对象不存在 is not 用户被禁言.
    const spread = (0.55 * phrase.words.reduce((acc, word, i) => acc + Math.max(...names.map((name) => credit(word, name)), 0) * (weights[i] ?? 0), 0)) / sum;
    const score = Math.max(phraseBest, spread);
    // The phrase's most telling word (the rarest that some code's names hold) decides: a code whose
    // names hold it matches the phrase even among background words ("处理入群邀请时提示该群已解散"
    // → 已解散); a code that holds only commoner words (账号 of 账号被封禁) matches only if they are most of it.
    const outcome = phrase.words.map((word, i) => (HAN_ACTIONS.has(word) ? 0 : (weights[i] ?? 0)));
    const telling = Math.max(...outcome) || Math.max(...weights);
    const tellingCredit = Math.max(
      0,
      ...phrase.words.map((word, i) =>
        (outcome.some((w) => w > 0) ? (outcome[i] ?? 0) : (weights[i] ?? 0)) >= telling ? Math.max(0, ...names.map((name) => credit(word, name))) : 0,
      ),
    );
    // Only a rare telling word decides alone: 已解散 does, 账号 (on many codes' names) does not.
    const tellingIsRare = phrase.words.some((word, i) => (weights[i] ?? 0) >= telling && index.hanSpread(word) <= 3);
    const floor = !tellingIsRare ? 0 : tellingCredit === 1 ? 0.6 : tellingCredit >= 0.5 ? 0.5 : 0;
    scores.push(floor > 0 ? Math.max(score, floor) : score >= 0.5 ? score : 0);
  }
  return { scores, best, bestScore };
}

/** A code's Chinese match: its score, the name that matched best, and whether some phrase matched well. */
interface HanScore {
  score: number;
  best: string | undefined;
  strong: boolean;
}

/**
 * The Chinese part of each code's match, 0–1: its phrase scores weighted by how telling each phrase
 * is (a phrase few codes match, 账号被封禁, weighs more than one many match, 登录不了), leaving out the
 * phrases no code matches at all, so that one unknown phrase does not sink the others.
 */
function hanScores(query: ParsedQuery, index: SearchIndex): Map<string, HanScore> {
  const perCode = new Map<string, { scores: number[]; best: string | undefined; bestScore: number }>();
  for (const info of index.codes) {
    const fields = index.fields.get(hitKey(info));
    if (fields) perCode.set(hitKey(info), hanPhraseScores(query, fields.han, index));
  }
  const phrases = query.hanPhrases.length;
  const matching = Array.from({ length: phrases }, (_, p) => [...perCode.values()].filter((code) => (code.scores[p] ?? 0) >= 0.5).length);
  // A phrase that only says what the reader was doing, or that it failed (登录不了), weighs half; so
  // does one whose words are all common (聊天室消息发送失败 sets the scene; 用户被禁言 names the cause).
  const plain = query.hanPhrases.map(
    (phrase) =>
      phrase.words.length > 0 &&
      (phrase.words.every((word) => HAN_ACTIONS.has(word)) || !phrase.words.some((word) => !HAN_ACTIONS.has(word) && index.hanSpread(word) > 0 && index.hanSpread(word) <= 3)),
  );
  const weights = matching.map((count, p) => (count === 0 ? 0 : (plain[p] ? 0.5 : 1) / (1 + Math.log2(1 + count))));
  const total = weights.reduce((a, b) => a + b, 0);
  const out = new Map<string, HanScore>();
  for (const [key, code] of perCode) {
    const score = total ? code.scores.reduce((acc, value, p) => acc + Math.max(0, value) * (weights[p] ?? 0), 0) / total : 0;
    out.set(key, { score, best: code.best, strong: code.scores.some((value) => value >= 0.6) });
  }
  return out;
}

/**
 * Codes whose title, Chinese name or aliases carry the query's words, best first: these rank above
 * pages that merely mention the words. A code needs at least half of the query to be named.
 */
export function matchNames(query: ParsedQuery, index: SearchIndex): NameMatch[] {
  const { words } = query;
  const hasHan = query.hanPhrases.some((phrase) => phrase.words.length > 0);
  if (words.length === 0 && !hasHan) return [];
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const n = words.length;
  // A word many codes share ("message", "team") says less about which code is meant than a rare one
  // ("frequently"): each word weighs 1 / (1 + log2(1 + the number of codes naming it)).
  const weights = words.map((word) => 1 / (1 + Math.log2(1 + Math.max(1, index.spread.get(stem(word)) ?? 0))));
  const total = sum(weights);
  const share = (scores: number[]) => (n ? sum(scores.map((score, i) => score * (weights[i] ?? 0))) / total : 0);
  const matches: NameMatch[] = [];
  const hanByCode = hasHan ? hanScores(query, index) : new Map<string, HanScore>();
  for (const info of index.codes) {
    const fields = index.fields.get(hitKey(info));
    if (!fields) continue;
    const latinAliases = info.aliases.filter((alias) => !HAN.test(alias));
    // Each field (the title, each alias) scores the share of the query it holds, a little more
    // when the query also covers the field whole: "already in the group" fits "already in the
    // group" better than "already left the group".
    const named = [fields.title, ...fields.aliases].map((field) => {
      const scores = words.map((word, i) => wordScore(word, field, i === n - 1));
      const meaningful = field.filter((w) => !FILLER_WORDS.has(w));
      const covered = meaningful.filter((w) => words.some((q) => alternatives(q).some((alt) => stem(alt) === stem(w) || (alt.length >= 4 && w.startsWith(alt)))));
      const cover = meaningful.length ? covered.length / meaningful.length : 0;
      const held = share(scores);
      return { scores, score: held * (0.8 + 0.2 * cover) + (held >= 2 / 3 && cover === 1 ? 0.1 : 0), cover };
    });
    // Words may also be spread over several fields, which counts for less.
    const spread = share(words.map((_, i) => Math.max(...named.map((f) => f.scores[i] ?? 0)))) * 0.8;
    let best = 0;
    named.forEach((field, i) => {
      if (field.score > (named[best]?.score ?? 0)) best = i;
    });
    let latin = Math.max(spread, named[best]?.score ?? 0);
    let reason: Reason = best === 0 || (named[best]?.score ?? 0) < spread ? { kind: 'title' } : { kind: 'alias', alias: latinAliases[best - 1] ?? '' };
    const han = hanByCode.get(hitKey(info)) ?? { score: 0, best: undefined, strong: false };
    // Latin words no code's names know (a product name, "demo") say nothing here: they do not dilute the Chinese.
    const known = hasHan ? words.filter((word) => (index.spread.get(stem(word)) ?? 0) > 0 || SYNONYMS[word] !== undefined).length : n;
    // The name that matched is the reason shown, and an official name outranks an alias on a tie.
    if (han.best && (known === 0 || (han.score >= 0.5 && han.score >= latin))) {
      reason = han.best === info.titleZh ? { kind: 'zh', text: han.best } : { kind: 'alias', alias: han.best };
    }
    if (hasHan && known === 0) latin = 0;
    const score = hasHan ? (latin * known + han.score) / (known + 1) : latin;
    // A code that matches one phrase well stays in the list when another phrase points elsewhere.
    if (score < (hasHan ? 0.3 : 0.4) || (hasHan && known === 0 && !han.strong)) continue;
    matches.push({ code: info.code, family: info.family, reason, score, cover: named[0]?.cover ?? 0 });
  }
  // On a tie the official name beats an alias, then the tighter title, then V1 before V2.
  const official = (hit: NameMatch) => (hit.reason.kind === 'zh' || hit.reason.kind === 'title' ? 1 : 0);
  return matches.sort(
    (a, b) => b.score - a.score || official(b) - official(a) || b.cover - a.cover || a.family.localeCompare(b.family) || a.code - b.code,
  );
}

/**
 * The texts to ask Pagefind's English index (and the page's own): the Latin words and numbers as
 * typed, then with the reader's words swapped for the pages' words, then with identifiers split into
 * their parts. A query with Chinese but no Latin word asks with its Chinese (for a Chinese page's index).
 */
export function pagefindQueries(query: ParsedQuery): string[] {
  const terms = [...query.words, ...query.numbers];
  if (terms.length === 0) return hanPagefindQueries(query);
  // An identifier with its parts comes first: pages that hold "temporaryMute" and also say "temporary"
  // and "mute" are about it, where the identifier alone also matches pages that only list it. Pagefind
  // keeps "_" inside a word (Error_Timeout is one word) but splits at "/" and ".", so a word with
  // those is asked by its parts alone.
  const texts = [
    query.parts.length ? [...query.words.filter((w) => !/[/.]/.test(w)), ...query.parts, ...query.numbers].join(' ') : '',
    terms.join(' '),
    [...query.words.map((word) => SYNONYMS[word]?.[0] ?? word), ...query.numbers].join(' '),
  ];
  return [...new Set(texts.filter(Boolean))];
}

/** The meaningful Chinese words of a query, phrase by phrase, in order. */
export function meaningfulHan(query: ParsedQuery): string[] {
  return [...new Set(query.hanPhrases.flatMap((phrase) => phrase.words))];
}

/**
 * The texts to ask Pagefind's Chinese index: the query's meaningful Chinese words (fillers such as
 * 为什么 and 报错 dropped), then with the reader's words swapped for the pages' (拉黑 → 黑名单).
 */
export function hanPagefindQueries(query: ParsedQuery): string[] {
  const words = meaningfulHan(query);
  if (words.length === 0) return [];
  const texts = [words.join(' '), words.map((word) => HAN_SYNONYMS[word]?.[0] ?? word).join(' ')];
  return [...new Set(texts)];
}

/** The texts to ask Pagefind for one word on its own: the word, and the pages' word for it. */
export function wordAloneQueries(word: string): string[] {
  return [...new Set([word, (HAN.test(word) ? HAN_SYNONYMS[word]?.[0] : SYNONYMS[word]?.[0]) ?? word])];
}

/** Whether a query reads as V2: a six-digit code, a V2 constant, or a code prefix that V2 codes share. */
export function looksLikeV2(raw: string): boolean {
  const text = raw.slice(0, MAX_INPUT);
  if (/(?<!\d)1\d{5}(?!\d)/.test(text) || /v2nim/i.test(text)) return true;
  if (/^\s*1\d{3,5}\s*$/.test(text)) return true;
  // A bare V2 constant (TEAM_NOT_EXIST); Android's RES_ names are V1.
  return /(?<![A-Za-z0-9_])(?!RES_)[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9_])/.test(text);
}

/** One page Pagefind found, with the query words it contains. */
export interface PageMatch {
  /** Pagefind's id of the page. */
  id: string;
  /** How many distinct query words (or their synonyms) led to the page. */
  words: number;
  /** The sum of those words' weights: a word few pages hold weighs more than one most pages hold. */
  weight: number;
  /** The page's position in Pagefind's own ranking for the best search that found it. */
  rank: number;
}

/**
 * Pages found word by word, merged: ranked by the weight of the query's words each page holds, a
 * rare word (found on few pages) weighing more than a common one, so that a long sentence ranks by
 * its telling words and not by the pages that hold every generic one; then by Pagefind's order.
 * `perWord` holds, for each word, the page ids its search found, in order.
 */
export function mergeWordResults(perWord: string[][]): PageMatch[] {
  const pages = new Map<string, PageMatch>();
  perWord.forEach((ids) => {
    const unique = new Set(ids);
    const weight = 1 / (1 + Math.log2(1 + unique.size));
    unique.forEach((id) => {
      const rank = ids.indexOf(id);
      const page = pages.get(id);
      if (page) {
        page.words += 1;
        page.weight += weight;
        page.rank = Math.min(page.rank, rank);
      } else {
        pages.set(id, { id, words: 1, weight, rank });
      }
    });
  });
  return [...pages.values()].sort((a, b) => b.weight - a.weight || b.words - a.words || a.rank - b.rank);
}

/** The words of a query that no search found anything for: the note "no results contain X" names them. */
export function unmatchedWords(words: string[], perWord: string[][]): string[] {
  return words.filter((_, i) => (perWord[i] ?? []).length === 0);
}

/** Selected filter values per key (category, retry, seen); an empty selection allows everything. */
export type Selection = Record<string, ReadonlySet<string> | undefined>;

/** Whether a code passes the selected filters: within a key any value, across keys all keys. */
export function passesFilters(info: CodeInfo | undefined, selected: Selection): boolean {
  if (!info) return false;
  const values: Record<string, string[]> = { category: [info.category], retry: [info.retry], seen: info.seenIn };
  return Object.entries(selected).every(([key, chosen]) => !chosen?.size || (values[key] ?? []).some((v) => chosen.has(v)));
}

/**
 * The final order: codes named outright, then codes whose names match, then pages that mention the
 * words. Console and developer-account codes follow the IM codes in each group unless the query is
 * about the console. Each code appears once, with the strongest reason.
 */
export function orderResults(query: ParsedQuery, index: SearchIndex, named: Hit[], pages: Hit[]): Hit[] {
  const isConsole = (hit: Hit) => hit.family === 'v1' && index.byCode.get(hit.code)?.category === 'specific-services';
  const settle = (hits: Hit[]) => (query.console ? hits : [...hits.filter((h) => !isConsole(h)), ...hits.filter(isConsole)]);
  const out: Hit[] = [];
  for (const hit of [...query.explicit, ...settle(named), ...settle(pages)]) {
    if (!out.some((h) => hitKey(h) === hitKey(hit))) out.push(hit);
  }
  return out;
}

/** Damerau–Levenshtein distance (adjacent swaps count once), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]?.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i] as number[];
      const prev = rows[i - 1] as number[];
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(value);
    }
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/** Whether the site's words contain the word, or begin with it (Pagefind matches prefixes). */
export function isKnownWord(word: string, vocabulary: readonly string[]): boolean {
  const w = word.toLowerCase();
  return vocabulary.some((known) => known.startsWith(w) || stem(known) === stem(w));
}

/**
 * The site's word nearest to a misspelt one, or undefined when none is close enough: one edit for
 * words of up to six letters, two for longer ones; words under four letters are left alone.
 * The vocabulary is ordered most frequent first, which breaks ties.
 */
export function correctWord(word: string, vocabulary: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 4 || /\d/.test(w) || HAN.test(w)) return undefined;
  const limit = w.length <= 6 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const known of vocabulary) {
    if (known.length < 3 || Math.abs(known.length - w.length) > limit) continue;
    const distance = editDistance(w, known, limit);
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best;
}

/** Whether every word of the query is a word of some code's title or aliases (or begins one). */
export function knownToMap(query: ParsedQuery, index: SearchIndex): boolean {
  return query.words.every((word) => SYNONYMS[word] !== undefined || isKnownWord(word, index.words));
}

/**
 * The query as it should be searched, given the site's words: a word the site does not know is
 * replaced by its nearest known word ("pasword" → "password"), unless the reader asked to keep
 * their spelling; a word with no near neighbour is left out, since it can only match noise.
 */
export function applySpelling(
  query: ParsedQuery,
  vocabulary: readonly string[],
  keepSpelling = false,
): { query: ParsedQuery; corrected: boolean } {
  let corrected = false;
  const words: string[] = [];
  for (const word of query.words) {
    // An identifier ("team/add", "user/create.action") counts as known when any of its parts is.
    // ("temporaryMute" arrives lower-cased: its camel-case parts are in query.parts.)
    const parts = [...word.split(/[/._]+/), ...(query.parts.join('') === word.replace(/[/._]+/g, '') ? query.parts : [])].filter((part) => part.length >= 3);
    if (SYNONYMS[word] || /\d/.test(word) || isKnownWord(word, vocabulary) || parts.some((part) => isKnownWord(part, vocabulary))) {
      words.push(word);
      continue;
    }
    const fixed = keepSpelling ? undefined : correctWord(word, vocabulary);
    if (fixed) {
      corrected = true;
      if (!words.includes(fixed)) words.push(fixed);
    }
  }
  return { query: { ...query, words }, corrected };
}

/** The site's words, most frequent first: what a misspelling is corrected to. Built from the pages' text. */
export function buildVocabulary(texts: string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/[a-z][a-z_]{2,}/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}
