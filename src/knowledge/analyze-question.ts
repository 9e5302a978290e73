/**
 * Turns a question (or an article field) into search terms: the shared `normalize()` first
 * (look-alikes, spaced letters, emoji), then slang and dialect words mapped onto editors'
 * words, filler dropped, words stemmed. Articles and questions go through the same steps, so
 * "gmn klo paspor sy ditahan majikan" meets "paspor ditahan".
 */
import { normalize } from '../text/normalize.js';
import type { Lang } from '../text/translate.js';
import { JOB_WORDS, OFF_TOPIC, PHRASES, STOPWORDS, TOKEN_MAP, WEAK_WORDS } from './lexicon.js';
import { stemEnglish, stemIndonesian } from './stem.js';
import type { TermVocabulary } from './term-index.js';
import { hashStep, WORD_HASH_START, WordMemo } from './word-memo.js';

/** Only the start of a long message is searched: a question never needs more, and work stays bounded. */
export const MAX_QUESTION_CHARS = 500;

export interface QueryToken {
  /** The word after slang mapping, before stemming. */
  readonly word: string;
  /** Index terms that stand for it (one or two stems). */
  readonly terms: readonly string[];
  /** Question words and generic words: kept for ranking, ignored for coverage. */
  readonly weak: boolean;
  /** Plainly off-topic words (weather, recipes, football…). */
  readonly offTopic: boolean;
}

interface PhraseRule {
  readonly pattern: RegExp;
  readonly replacement: string;
}

interface PhraseRules {
  /** Matches (global) wherever any rule would: one scan finds the clauses that need the rules. */
  readonly any: RegExp;
  readonly rules: readonly PhraseRule[];
}

const phraseCache = new Map<Lang, PhraseRules>();
function phraseRules(lang: Lang): PhraseRules {
  let compiled = phraseCache.get(lang);
  if (!compiled) {
    const sources = PHRASES[lang].map(([from]) => `(?:${from})`);
    compiled = {
      any: new RegExp(`\\b(?:${sources.join('|')})\\b`, 'g'),
      rules: PHRASES[lang].map(([from, to]) => ({ pattern: new RegExp(`\\b(?:${from})\\b`, 'g'), replacement: to })),
    };
    phraseCache.set(lang, compiled);
  }
  return compiled;
}

/**
 * Punctuation that ends a clause. A phrase is made of letters, digits, spaces, hyphens and
 * apostrophes, and no rewrite adds punctuation, so no phrase spans two clauses (lexicon.ts).
 */
const CLAUSE_END = new Uint8Array(128);
for (const ch of '.,;:!?()"/') CLAUSE_END[ch.charCodeAt(0)] = 1;
const endsClause = (code: number): boolean => code < 128 && CLAUSE_END[code] === 1;

/**
 * The normalised text with multi-word phrases rewritten, in order (a rule may rewrite an earlier
 * rule's output). Only the clauses where one scan found a phrase go through the rules: an article
 * body nearly always holds a phrase somewhere, and running every rule over all of it was a sixth
 * of an index build. A clause with no match as it stands is never rewritten, so no later rule
 * can match in it either.
 */
function prepare(text: string, lang: Lang): string {
  const normalised = normalize(text);
  const { any, rules } = phraseRules(lang);
  any.lastIndex = 0;
  let found = any.exec(normalised);
  if (!found) return normalised;
  let out = '';
  let copied = 0;
  while (found) {
    let start = found.index;
    while (start > copied && !endsClause(normalised.charCodeAt(start - 1))) start -= 1;
    let end = found.index + found[0].length;
    while (end < normalised.length && !endsClause(normalised.charCodeAt(end))) end += 1;
    let clause = normalised.slice(start, end);
    for (const { pattern, replacement } of rules) clause = clause.replace(pattern, replacement);
    out += normalised.slice(copied, start) + clause;
    copied = end;
    any.lastIndex = end;
    found = any.exec(normalised);
  }
  return out + normalised.slice(copied);
}

/**
 * Calls `visit` with each word of normalised text: each run of letters a–z. Digits split words
 * ("15jt" gives "jt") and bare numbers carry no topic, so they are never words. A plain scan,
 * because an index build meets millions of words and a regex match object per word adds up.
 */
function eachWord(text: string, visit: (word: string) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (code >= 97 && code <= 122) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(text.slice(start, i));
      start = -1;
    }
  }
}

// Maps, not the objects: "constructor" or "tostring" must not find Object.prototype's members.
const WORD_MAPS: Readonly<Record<Lang, ReadonlyMap<string, string>>> = {
  id: new Map(Object.entries(TOKEN_MAP.id)),
  en: new Map(Object.entries(TOKEN_MAP.en)),
};

/** The tokens one word of normalised text stands for (none for filler). */
function tokensOfWord(raw: string, lang: Lang): QueryToken[] {
  const mapped = WORD_MAPS[lang].get(raw) ?? raw;
  const stop = STOPWORDS[lang];
  const weakWords = WEAK_WORDS[lang];
  const stem = lang === 'id' ? stemIndonesian : stemEnglish;
  const tokens: QueryToken[] = [];
  for (const word of mapped.split(' ')) {
    if (word.length < 2 || stop.has(word)) continue;
    const weak = weakWords.has(word);
    const terms = weak ? [word] : stem(word);
    tokens.push({ word, terms, weak: weak || weakWords.has(terms[0] ?? word), offTopic: OFF_TOPIC[lang].has(word) });
  }
  return tokens;
}

const CONTACT_DETAILS = /(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+|@[A-Za-z0-9_.]{2,}/g;

/**
 * A question without its @handles, e-mail addresses and http/www links: who and where, never what
 * is asked. "how do I report this recruiter? he is on Telegram @hr_goldenjobs" asks about
 * reporting, and "hr", "goldenjobs" are no topic words for an article to cover. Questions only:
 * articles are analysed as written, so `analyze` stays the index's own analyzer.
 */
export function withoutContactDetails(question: string): string {
  return question.replace(CONTACT_DETAILS, ' ');
}

export function analyze(text: string, lang: Lang, maxChars = MAX_QUESTION_CHARS): QueryToken[] {
  const normalised = prepare(text.slice(0, maxChars), lang);
  const tokens: QueryToken[] = [];
  eachWord(normalised, (raw) => tokens.push(...tokensOfWord(raw, lang)));
  // "admin game di kamboja", "operator judi bola": in a question about a job, the game or the
  // match is the job scam compounds recruit for, not the hobby that makes a question off-topic.
  if (tokens.some((t) => t.offTopic) && tokens.some((t) => JOB_WORDS.has(t.word))) {
    return tokens.map((t) => (t.offTopic ? { ...t, offTopic: false } : t));
  }
  return tokens;
}

/** Index terms of a text, in order and with repeats (repeats are term frequency). */
export type TermAnalyzer<T = string> = (text: string) => T[];

/**
 * Index terms of article fields, for building an index. A corpus repeats the same words over
 * and over, so each distinct word is mapped and stemmed once, and found again by its place in
 * the text (word-memo.ts). The memo lives as long as the analyzer: make one per index build and
 * drop it, so user text never grows it. Same terms as `analyze` (with no length limit).
 */
export function createTermAnalyzer(lang: Lang): TermAnalyzer {
  return memoAnalyzer(lang, (terms) => terms);
}

/**
 * The same terms as ids in `vocabulary` (numbered as first met), for an index built over that
 * vocabulary (term-index.ts): each distinct word's ids are found once, not at every occurrence.
 */
export function createTermIdAnalyzer(lang: Lang, vocabulary: TermVocabulary): TermAnalyzer<number> {
  return memoAnalyzer(lang, (terms) => terms.map((term) => vocabulary.idOf(term)));
}

function memoAnalyzer<T>(lang: Lang, convert: (terms: string[]) => readonly T[]): TermAnalyzer<T> {
  const memo = new WordMemo<readonly T[]>();
  const make = (raw: string): readonly T[] => convert(tokensOfWord(raw, lang).flatMap((t) => t.terms));
  return (text) => {
    const out: T[] = [];
    const normalised = prepare(text, lang);
    // The same words as eachWord: runs of a–z.
    let start = -1;
    let hash = WORD_HASH_START;
    for (let i = 0; i <= normalised.length; i += 1) {
      const code = i < normalised.length ? normalised.charCodeAt(i) : 0;
      if (code >= 97 && code <= 122) {
        if (start < 0) {
          start = i;
          hash = WORD_HASH_START;
        }
        hash = hashStep(hash, code);
      } else if (start >= 0) {
        const terms = memo.get(normalised, start, i, hash, make);
        for (let k = 0; k < terms.length; k += 1) out.push(terms[k] as T);
        start = -1;
      }
    }
    return out;
  };
}
