/**
 * Is a free message a job ad to check, a question to answer, or chit-chat? Adds up job-ad
 * features (headline words, pay, amounts, requirements, perks, call to action, contact details,
 * layout) and question features ("?", question words, "aman gak?"), and says when it is unsure
 * so the bot can ask with two buttons instead of guessing.
 */
import { findPhoneNumbers } from '../checker/phone-numbers.js';
import type { Canonical } from './canonical.js';
import { compileAll, hasPhrase } from './phrases.js';
import {
  AD_FEATURES, ASK_TO_ASK_WORDS, ASK_WORDS, QUESTION_OPENERS, QUESTION_PHRASES, QUESTION_WORDS, SMALL_TALK, SMALL_TALK_PREFIXES,
} from './lexicon.js';

export type MessageKind = 'ad' | 'question' | 'other';

export interface KindResult {
  readonly kind: MessageKind;
  readonly ambiguous: boolean;
  /** An ad with many job-ad features (score 6 or more): a long forwarded recruitment ad. */
  readonly strongAd: boolean;
  readonly questionScore: number;
}

/** Ad scores at or above this make a strong ad. */
const STRONG_AD = 6;

const AD_GROUPS = Object.entries(AD_FEATURES).map(([group, f]) => ({ group, weight: f.weight, phrases: compileAll(f.phrases) }));
const QUESTION = compileAll(QUESTION_PHRASES);

const AMOUNT = /(?:\b\d[\d.,]*\s?(?:jt|juta|jutaan|rb|ribu|k|usd|dollar|dolar|\$|rm|baht|million)\b)|(?:(?:rp|usd|us\$|\$|rm)\s?\d)/i;
const LINK = /(?:https?:\/\/|wa\.me\/|t\.me\/|chat\.whatsapp\.com|bit\.ly\/|[\w.+-]+@[\w-]+\.[a-z]{2,}|(?:^|\s)@[a-z0-9_]{4,})/i;
const BULLET_LINE = /^\s*(?:[-•*✅✔️☑️🔥💰💵🏠✈️📌👉▪️➡️⭐]|\d+[.)])/u;

/** Every job-ad feature except contact details (links, phone numbers), which cost the most to find. */
function adScoreWithoutContact(original: string, canonical: Canonical, forwarded: boolean): number {
  let score = 0;
  for (const { weight, phrases } of AD_GROUPS) if (hasPhrase(canonical, phrases)) score += weight;
  if (AMOUNT.test(original)) score += 1;
  const lines = original.split('\n').filter((l) => l.trim().length > 0);
  if (lines.length >= 3) score += 1;
  if (lines.filter((l) => BULLET_LINE.test(l)).length >= 2) score += 1;
  if (original.length >= 160) score += 0.5;
  if (forwarded) score += 1.5;
  return score;
}

/** A link, an e-mail, a @handle or a phone number: one more job-ad feature. */
function hasContact(original: string): boolean {
  return LINK.test(original) || findPhoneNumbers(original).length > 0;
}

/** Words after which a question word only reports not knowing ("saya tidak tahu ini dimana"). */
const NOT_KNOWING = ['tidak tahu', 'not know', 'no idea', 'tidak ngerti'];
const NOT_KNOWING_SPAN = 3;

/** The question word at `i` sits in a statement of not knowing, a few words after it. */
function embedded(words: readonly string[], i: number): boolean {
  const before = ` ${words.slice(Math.max(0, i - NOT_KNOWING_SPAN - 2), i).join(' ')} `;
  return NOT_KNOWING.some((phrase) => before.includes(` ${phrase} `));
}

function questionScore(original: string, canonical: Canonical): number {
  const words = canonical.tokens.filter((t) => t !== '|');
  let score = 0;
  if (original.includes('?')) score += 2;
  if (words.some((t, i) => QUESTION_WORDS.has(t) && !embedded(words, i))) score += 2;
  else if (QUESTION_OPENERS.has(words[0] ?? '')) score += 1.5;
  if (hasPhrase(canonical, QUESTION)) score += 1.5;
  if (words.length <= 20 && score > 0) score += 0.5;
  return score;
}

function isSmallTalk(tokens: readonly string[]): boolean {
  return tokens.every((t) => SMALL_TALK.has(t) || SMALL_TALK_PREFIXES.some((p) => t.startsWith(p)));
}

/** "min mau tanya", "boleh nanya?", "can I ask something?": asking whether one may ask. */
function asksToAsk(tokens: readonly string[]): boolean {
  return tokens.some((t) => ASK_WORDS.has(t))
    && tokens.every((t) => ASK_TO_ASK_WORDS.has(t) || SMALL_TALK.has(t) || SMALL_TALK_PREFIXES.some((p) => t.startsWith(p)));
}

export interface KindInput {
  readonly original: string;
  readonly canonical: Canonical;
  readonly forwarded: boolean;
  readonly hasPhoto: boolean;
}

interface Decision {
  readonly kind: MessageKind;
  readonly ambiguous: boolean;
}

function decide(input: KindInput, ad: number, q: number): Decision {
  const { canonical } = input;
  const result = (kind: MessageKind, ambiguous: boolean): Decision => ({ kind, ambiguous });
  // A photo is usually a flyer to check; its caption may ask "aman gak?" about it.
  if (input.hasPhoto) return result('ad', false);
  if (canonical.tokens.length === 0 || (isSmallTalk(canonical.tokens) && q < 2) || asksToAsk(canonical.tokens)) return result('other', false);
  // A pasted ad with "ini aman gak?" is still an ad to check.
  if (ad >= 4 && ad >= q + 1) return result('ad', q >= 3 && ad < STRONG_AD);
  if (q >= 2) return result('question', ad >= 3);
  if (ad >= 3) return result('ad', ad < 4);
  if (ad >= 2) return result('ad', true);
  const words = canonical.tokens.filter((t) => t !== '|').length;
  // Several words with no ad or question features: most likely a question typed without "?".
  if (words >= 5) return result('question', true);
  return result('other', words >= 3);
}

export function classifyKind(input: KindInput): KindResult {
  const { original, canonical } = input;
  const base = adScoreWithoutContact(original, canonical, input.forwarded);
  const q = questionScore(original, canonical);
  // Contact details add 1 to the ad score. Looking for them (phone numbers above all) is the
  // costliest part of routing, so they are looked for only when that 1 could change the outcome.
  const without = decide(input, base, q);
  const withContact = decide(input, base + 1, q);
  const matters =
    without.kind !== withContact.kind || without.ambiguous !== withContact.ambiguous || (base < STRONG_AD && base + 1 >= STRONG_AD);
  const ad = matters && hasContact(original) ? base + 1 : base;
  const decision = matters ? decide(input, ad, q) : without;
  return { ...decision, strongAd: decision.kind === 'ad' && ad >= STRONG_AD, questionScore: q };
}
