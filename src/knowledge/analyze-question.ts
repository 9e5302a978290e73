/**
 * Turns a question (or an article field) into search terms: the shared `normalize()` first
 * (look-alikes, spaced letters, emoji), then slang and dialect words mapped onto editors'
 * words, filler dropped, words stemmed. Articles and questions go through the same steps, so
 * "gmn klo paspor sy ditahan majikan" meets "paspor ditahan".
 */
import { normalize } from '../text/normalize.js';
import type { Lang } from '../text/translate.js';
import { OFF_TOPIC, PHRASES, STOPWORDS, TOKEN_MAP, WEAK_WORDS } from './lexicon.js';
import { stemEnglish, stemIndonesian } from './stem.js';

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

const phraseCache = new Map<Lang, ReadonlyArray<readonly [RegExp, string]>>();
function phraseRules(lang: Lang): ReadonlyArray<readonly [RegExp, string]> {
  let rules = phraseCache.get(lang);
  if (!rules) {
    rules = PHRASES[lang].map(([from, to]) => [new RegExp(`\\b(?:${from})\\b`, 'g'), to] as const);
    phraseCache.set(lang, rules);
  }
  return rules;
}

/** Words of the normalised text: letters and digits; "15jt" splits into "15" and "jt". */
function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[^a-z0-9]+/)) {
    if (!raw) continue;
    for (const part of raw.match(/[a-z]+|[0-9]+/g) ?? []) out.push(part);
  }
  return out;
}

export function analyze(text: string, lang: Lang, maxChars = MAX_QUESTION_CHARS): QueryToken[] {
  let normalised = normalize(text.slice(0, maxChars));
  for (const [pattern, replacement] of phraseRules(lang)) normalised = normalised.replace(pattern, replacement);
  const map = TOKEN_MAP[lang];
  const stop = STOPWORDS[lang];
  const weakWords = WEAK_WORDS[lang];
  const offTopic = OFF_TOPIC[lang];
  const stem = lang === 'id' ? stemIndonesian : stemEnglish;
  const tokens: QueryToken[] = [];
  for (const raw of words(normalised)) {
    if (/^[0-9]+$/.test(raw)) continue;
    const mapped = map[raw] ?? raw;
    for (const word of mapped.split(' ')) {
      if (word.length < 2 || stop.has(word)) continue;
      const weak = weakWords.has(word);
      const terms = weak ? [word] : stem(word);
      tokens.push({ word, terms, weak: weak || weakWords.has(terms[0] ?? word), offTopic: offTopic.has(word) });
    }
  }
  return tokens;
}

/** All index terms of a text, for MiniSearch's tokenizer. */
export function indexTerms(text: string, lang: Lang): string[] {
  return analyze(text, lang, Number.POSITIVE_INFINITY).flatMap((t) => t.terms);
}
