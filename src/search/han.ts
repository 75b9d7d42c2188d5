// Reading a Chinese query the way a reader means it: split into phrases, each phrase into words,
// the words that say nothing about the code dropped, and the reader's words mapped to the pages'.
// Plain functions and data from lexicon.ts; no DOM.
import { HAN_FILLER_WORDS, HAN_PARTICLES, HAN_SYNONYMS, HAN_TERMS } from './lexicon.ts';

/** One phrase of a query (text between spaces or punctuation) and its meaningful words. */
export interface HanPhrase {
  /** The phrase as typed. */
  text: string;
  /** Its words, in order, without the fillers: "群被解散了" → 群, 解散. */
  words: string[];
}

const HAN = /\p{Script=Han}/u;
/** What separates phrases: spaces and punctuation, ASCII and full-width. Latin text also ends a Chinese phrase. */
const PHRASE_BREAK = /[^\p{Script=Han}]+/u;
/** The longest dictionary word tried, in characters. */
const LONGEST = 10;

/** The words the segmenter knows: the domain's words, the readers' words, the fillers, and the pages' names. */
export function dictionary(names: Iterable<string> = []): Set<string> {
  const words = new Set<string>([...HAN_TERMS, ...HAN_FILLER_WORDS, ...Object.keys(HAN_SYNONYMS), ...Object.values(HAN_SYNONYMS).flat()]);
  for (const name of names) if (HAN.test(name) && [...name].length <= LONGEST) words.add(name);
  return words;
}

/**
 * Splits a run of Chinese characters into words by longest match, read both ways: forwards, at
 * each position the longest dictionary word that starts there; backwards, the longest that ends
 * there. Characters no word covers are kept together as one unknown word. Of the two readings the
 * one with fewer stray characters wins ("账号被封禁": 账号, 被, 封禁 rather than 账号被封, 禁), then the one
 * with fewer words, then the backward one, which suits Chinese word endings better.
 */
export function segment(run: string, words: ReadonlySet<string>): string[] {
  const forward = longestMatch([...run], words);
  const backward = longestMatch([...run].reverse(), words, true)
    .map((word) => [...word].reverse().join(''))
    .reverse();
  const stray = (list: string[]) => list.filter((word) => [...word].length === 1 && !HAN_PARTICLES.has(word)).length;
  const cost = (list: string[]) => [stray(list), list.length];
  const [f, b] = [cost(forward), cost(backward)];
  return (f[0] ?? 0) < (b[0] ?? 0) || ((f[0] ?? 0) === (b[0] ?? 0) && (f[1] ?? 0) < (b[1] ?? 0)) ? forward : backward;
}

/** One direction of {@link segment}; `reversed` when the characters (and so the words sought) are reversed. */
function longestMatch(chars: string[], words: ReadonlySet<string>, reversed = false): string[] {
  const out: string[] = [];
  let unknown = '';
  const known = (candidate: string[]) => words.has((reversed ? [...candidate].reverse() : candidate).join(''));
  for (let i = 0; i < chars.length; ) {
    let match: string[] = [];
    for (let length = Math.min(LONGEST, chars.length - i); length >= 2; length--) {
      const candidate = chars.slice(i, i + length);
      if (known(candidate)) {
        match = candidate;
        break;
      }
    }
    const single = chars[i] ?? '';
    if (match.length === 0 && (words.has(single) || HAN_PARTICLES.has(single))) match = [single];
    if (match.length) {
      if (unknown) out.push(unknown);
      unknown = '';
      out.push(match.join(''));
      i += match.length;
    } else {
      unknown += single;
      i += 1;
    }
  }
  if (unknown) out.push(unknown);
  return out;
}

/** Whether a word carries no meaning for finding a code: 为什么, 总是, 报错, 了… */
export function isFiller(word: string): boolean {
  return HAN_FILLER_WORDS.has(word) || (word.length === 1 && HAN_PARTICLES.has(word));
}

/**
 * The Chinese phrases of a query, each read into its meaningful words. `names` are the pages'
 * Chinese names and aliases, so that an official name typed whole stays one word.
 */
export function readChinese(text: string, words: ReadonlySet<string> = dictionary()): HanPhrase[] {
  const phrases: HanPhrase[] = [];
  for (const part of text.split(PHRASE_BREAK)) {
    if (!HAN.test(part)) continue;
    const kept = segment(part, words).filter((word) => !isFiller(word));
    phrases.push({ text: part, words: kept });
  }
  return phrases;
}

/**
 * A reader's word and the pages' words for the same thing: 拉黑 → 拉黑, 黑名单. A word that holds a
 * reader's word is read with the pages' word in its place (被封禁 → 被禁用), and without its particles
 * (被封禁 → 封禁, 禁用).
 */
export function pageWords(word: string): string[] {
  const bare = [...word].filter((c) => !HAN_PARTICLES.has(c)).join('');
  const variants = new Set([word, ...(HAN_SYNONYMS[word] ?? [])]);
  if (bare && bare !== word) for (const form of [bare, ...(HAN_SYNONYMS[bare] ?? [])]) variants.add(form);
  for (const form of [...variants]) {
    for (const [reader, pages] of Object.entries(HAN_SYNONYMS)) {
      if ([...reader].length < 2 || reader === form || !form.includes(reader)) continue;
      for (const page of pages) variants.add(form.replace(reader, page));
    }
  }
  return [...variants].filter((v) => v.length > 0);
}
