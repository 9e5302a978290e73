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
  /** Matches wherever any rule would: most texts contain no phrase, and one scan is far cheaper than one per rule. */
  readonly any: RegExp;
  readonly rules: readonly PhraseRule[];
}

const phraseCache = new Map<Lang, PhraseRules>();
function phraseRules(lang: Lang): PhraseRules {
  let compiled = phraseCache.get(lang);
  if (!compiled) {
    const sources = PHRASES[lang].map(([from]) => `(?:${from})`);
    compiled = {
      any: new RegExp(`\\b(?:${sources.join('|')})\\b`),
      rules: PHRASES[lang].map(([from, to]) => ({ pattern: new RegExp(`\\b(?:${from})\\b`, 'g'), replacement: to })),
    };
    phraseCache.set(lang, compiled);
  }
  return compiled;
}

/**
 * Stretches of normalised text between punctuation. A phrase is made of letters, digits, spaces,
 * hyphens and apostrophes, and no rewrite adds punctuation, so no phrase ever spans two clauses.
 */
const CLAUSE = /[^.,;:!?()"/]+/g;

/** One clause with the rules applied in order (a rule may rewrite an earlier rule's output). */
function rewriteClause(clause: string, { any, rules }: PhraseRules): string {
  // If no rule matches the clause as it is, no rewrite happens, so no later rule can match either.
  if (!any.test(clause)) return clause;
  let rewritten = clause;
  for (const { pattern, replacement } of rules) rewritten = rewritten.replace(pattern, replacement);
  return rewritten;
}

/**
 * The normalised text with multi-word phrases rewritten. Clause by clause: an article body has
 * a phrase somewhere, and running every rule over all of it was a sixth of an index build,
 * while only the few clauses holding a phrase need the rules.
 */
function prepare(text: string, lang: Lang): string {
  const normalised = normalize(text);
  const compiled = phraseRules(lang);
  if (!compiled.any.test(normalised)) return normalised;
  return normalised.replace(CLAUSE, (clause) => rewriteClause(clause, compiled));
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
export type TermAnalyzer = (text: string) => string[];

/**
 * Index terms of article fields, for building an index. A corpus repeats the same words over
 * and over, so each distinct word is mapped and stemmed once, and found again by its place in
 * the text (word-memo.ts). The memo lives as long as the analyzer: make one per index build and
 * drop it, so user text never grows it. Same terms as `analyze` (with no length limit).
 */
export function createTermAnalyzer(lang: Lang): TermAnalyzer {
  const memo = new WordMemo<readonly string[]>();
  const make = (raw: string): readonly string[] => tokensOfWord(raw, lang).flatMap((t) => t.terms);
  return (text) => {
    const out: string[] = [];
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
        for (let k = 0; k < terms.length; k += 1) out.push(terms[k] ?? '');
        start = -1;
      }
    }
    return out;
  };
}
