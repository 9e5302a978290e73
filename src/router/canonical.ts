/**
 * The router's matching copy: normalize() from src/text, then chat slang mapped to one spelling
 * ("gak"/"ga"/"nggak" -> "tidak", "sy"/"aq" -> "saya"), "di tahan" joined to "ditahan", English
 * contractions opened ("can't" -> "can not"), and clause breaks kept as "|" so phrase gaps and
 * "kalau ..." scopes never run across a comma or a full stop.
 */
import { normalize } from '../text/normalize.js';
import { PASSIVE_ROOTS, SLANG } from './lexicon.js';

export interface Canonical {
  /** Tokens joined by single spaces; "|" marks a clause break. */
  readonly text: string;
  readonly tokens: readonly string[];
}

const CONTRACTIONS: readonly [RegExp, string][] = [
  // A curly apostrophe becomes a space in normalize(), so "can’t" arrives as "can t".
  [/\bcan['\s]?t\b|\bcannot\b/g, 'can not'],
  [/\bwon['\s]?t\b/g, 'will not'],
  [/\b(don|doesn|didn|isn|aren|wasn|weren|couldn|wouldn|haven|hasn)['\s]?t\b/g, '$1 not'],
  [/\bi['\s]?m\b/g, 'i am'],
  [/\b(she|he|it|that|what)'s\b/g, '$1 is'],
  [/\b(they|we|you)'re\b/g, '$1 are'],
];

export function canonicalize(original: string): Canonical {
  let text = normalize(original);
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  const raw = text.split(/([^a-z0-9_$+]+)/);
  const tokens: string[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const piece = raw[i] ?? '';
    if (i % 2 === 1) {
      // Separator: a clause break when it holds sentence punctuation or a line break.
      if (/[,.;!?:\n()"]/.test(piece) && tokens.length > 0 && tokens[tokens.length - 1] !== '|') tokens.push('|');
      continue;
    }
    if (piece === '') continue;
    tokens.push(SLANG[piece] ?? piece);
  }
  // "di tahan" / "d sekap": a split passive prefix, common in chat.
  const joined: string[] = [];
  for (const token of tokens) {
    const previous = joined[joined.length - 1];
    if (previous === 'di' && PASSIVE_ROOTS.has(token)) joined[joined.length - 1] = `di${token}`;
    else joined.push(token);
  }
  while (joined[joined.length - 1] === '|') joined.pop();
  const flat = joined.flatMap((t) => t.split(' '));
  return { text: flat.join(' '), tokens: flat };
}
