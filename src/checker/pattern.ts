/**
 * Compiles the editors' phrase syntax into bounded regular expressions over the matching copy
 * (lower-case ASCII from normalizeMapped). Every construct has a fixed upper bound, so matching
 * stays linear in the input. Syntax (see docs/signals.md):
 *   words            separated by spaces; matched at word boundaries, any 1–4 separators between
 *   (a|b c)          alternatives; (a|b)? makes the group optional
 *   *  or  *N        up to 3 (or N ≤ 6) arbitrary words
 *   #                a number such as 15, 1.500 or 2,5
 *   word~            a word starting with "word" (berangkat~ → berangkatnya)
 *   {macro}          a place list: {hub-place} {transit-place} {foreign-place} {domestic-place}
 */
import { matchingCopy } from './matching-text.js';

const SEP = '[^a-z0-9]{1,4}';
const SEP_TIGHT = '[^a-z0-9]{0,4}';
const ANY_WORD = '[a-z0-9]{1,24}';
const NUMBER = '[0-9][0-9.,]{0,12}';
const MAX_STAR = 6;

export type Node =
  | { kind: 'word'; text: string; prefix: boolean }
  | { kind: 'num' }
  | { kind: 'star'; n: number }
  | { kind: 'macro'; name: string }
  | { kind: 'group'; alternatives: Node[][]; optional: boolean };

export class PatternError extends Error {}

export type Macros = Readonly<Record<string, string>>;

/** Parse one phrase into its items; throws PatternError on bad syntax. */
export function parsePhrase(phrase: string): Node[] {
  const parser = new Parser(phrase.toLowerCase());
  const seq = parser.sequence();
  if (!parser.done()) throw new PatternError(`unexpected '${parser.rest()}' in pattern "${phrase}"`);
  if (seq.length === 0) throw new PatternError(`empty pattern "${phrase}"`);
  return seq;
}

/** Parse and compile one phrase to a regex source (without the outer word boundaries). */
export function compilePhrase(phrase: string, macros: Macros): string {
  return compileSequence(parsePhrase(phrase), macros, phrase);
}

/** Word-bounded global regex matching any of the phrases. */
/** Matches when one of the phrases ends the text, followed at most by spacing and a currency ("bayar Rp "). */
export function compilePhrasesAtEnd(phrases: readonly string[], macros: Macros): RegExp {
  const sources = phrases.map((p) => compilePhrase(p, macros));
  return new RegExp(`(?<![a-z0-9])(?:${sources.join('|')})[^a-z0-9]{0,4}(?:(?:rp|idr|usd|us|rm|nt|eur)[^a-z0-9]{0,2})?$`);
}

export function compilePhrases(phrases: readonly string[], macros: Macros): RegExp {
  const sources = phrases.map((p) => compilePhrase(p, macros));
  return new RegExp(`(?<![a-z0-9])(?:${sources.join('|')})(?![a-z0-9])`, 'g');
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}
  done(): boolean {
    this.skipSpaces();
    return this.pos >= this.src.length;
  }
  rest(): string {
    return this.src.slice(this.pos, this.pos + 20);
  }
  private skipSpaces(): void {
    while (this.src[this.pos] === ' ') this.pos += 1;
  }
  sequence(): Node[] {
    const items: Node[] = [];
    for (;;) {
      this.skipSpaces();
      const ch = this.src[this.pos];
      if (ch === undefined || ch === ')' || ch === '|') return items;
      items.push(this.item());
    }
  }
  private item(): Node {
    const ch = this.src[this.pos];
    if (ch === '(') {
      this.pos += 1;
      const alternatives: Node[][] = [this.sequence()];
      while (this.src[this.pos] === '|') {
        this.pos += 1;
        alternatives.push(this.sequence());
      }
      if (this.src[this.pos] !== ')') throw new PatternError(`missing ')' in pattern "${this.src}"`);
      this.pos += 1;
      const optional = this.src[this.pos] === '?';
      if (optional) this.pos += 1;
      if (alternatives.some((a) => a.length === 0)) {
        throw new PatternError(`empty alternative in pattern "${this.src}" (use (a|b)? for an optional group)`);
      }
      return { kind: 'group', alternatives, optional };
    }
    if (ch === '*') {
      this.pos += 1;
      const digit = this.src[this.pos];
      let n = 3;
      if (digit !== undefined && digit >= '1' && digit <= '9') {
        n = Number(digit);
        this.pos += 1;
      }
      if (n > MAX_STAR) throw new PatternError(`'*${n}' is too wide in "${this.src}": at most *${MAX_STAR}`);
      return { kind: 'star', n };
    }
    if (ch === '#') {
      this.pos += 1;
      return { kind: 'num' };
    }
    if (ch === '{') {
      const end = this.src.indexOf('}', this.pos);
      if (end === -1) throw new PatternError(`missing '}' in pattern "${this.src}"`);
      const name = this.src.slice(this.pos + 1, end);
      this.pos = end + 1;
      return { kind: 'macro', name };
    }
    let text = '';
    while (this.pos < this.src.length && !' ()|*#{}?'.includes(this.src[this.pos] ?? ' ')) {
      text += this.src[this.pos];
      this.pos += 1;
    }
    if (text.length === 0) throw new PatternError(`unexpected '${ch ?? ''}' in pattern "${this.src}"`);
    const prefix = text.endsWith('~');
    const word = prefix ? text.slice(0, -1) : text;
    if (!/[a-z0-9]/.test(word)) throw new PatternError(`'${text}' has no letters or digits in pattern "${this.src}"`);
    if (/[\\[\]^+.]{2,}|\\/.test(word)) throw new PatternError(`regex syntax '${text}' in a phrase; use 'regex:' instead`);
    return { kind: 'word', text: word, prefix };
  }
}

/**
 * The letter/digit runs a word must show, in order, in the matching copy. Words go through the
 * same folding as the ad, so "p3mi" is written naturally but matches "pemi".
 */
export function wordRuns(text: string): string[] {
  return matchingCopy(text).text.split(/[^a-z0-9]+/).filter((r) => r.length > 0);
}

function compileWord(text: string, prefix: boolean): string {
  // Punctuation inside a word ("wa.me", "e-class") may be written or left out in the ad.
  return wordRuns(text).join(SEP_TIGHT) + (prefix ? '[a-z]{0,12}' : '');
}

function compileSequence(seq: readonly Node[], macros: Macros, phrase: string): string {
  let out = '';
  let pendingSep = false;
  let previousWasNumber = false;
  for (const node of seq) {
    if (node.kind === 'star') {
      if (!pendingSep) throw new PatternError(`a pattern cannot start with '*': "${phrase}"`);
      out += `(?:${SEP}${ANY_WORD}){0,${node.n}}`;
      continue;
    }
    const body = compileNode(node, macros, phrase);
    const sep = pendingSep ? (previousWasNumber || node.kind === 'num' ? SEP_TIGHT : SEP) : '';
    if (node.kind === 'group' && node.optional) {
      // An optional first item carries the separator after it, later ones the separator before.
      out += pendingSep ? `(?:${sep}${body})?` : `(?:${body}${SEP})?`;
    } else {
      out += sep + body;
      pendingSep = true;
    }
    previousWasNumber = node.kind === 'num';
  }
  return out;
}

function compileNode(node: Node, macros: Macros, phrase: string): string {
  switch (node.kind) {
    case 'word':
      return compileWord(node.text, node.prefix);
    case 'num':
      return NUMBER;
    case 'macro': {
      const source = macros[node.name];
      if (source === undefined) {
        throw new PatternError(`unknown list {${node.name}} in "${phrase}"; known: ${Object.keys(macros).map((m) => `{${m}}`).join(', ')}`);
      }
      return `(?:${source})`;
    }
    case 'group':
      return `(?:${node.alternatives.map((a) => compileSequence(a, macros, phrase)).join('|')})`;
    case 'star':
      return '';
  }
}

/**
 * Check an editor's raw regex: it must compile and every repetition must be bounded
 * (no *, +, {n,}, nor {n,m} above 100), and no back-references.
 */
export function checkRawRegex(source: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9k]/.test(next)) return 'back-references are not allowed';
      i += 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '*' || ch === '+') return `unbounded '${ch}' is not allowed; use a bounded {0,N}`;
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) return `'{' must be a bounded repetition like {1,20}`;
      if (m[2] !== undefined && (m[3] === undefined || m[3] === '')) return `unbounded '${m[0]}' is not allowed`;
      if (Number(m[3] ?? m[1]) > 100) return `repetition '${m[0]}' is too wide (at most 100)`;
    }
  }
  try {
    new RegExp(source, 'g');
  } catch (e) {
    return `does not compile: ${e instanceof Error ? e.message : String(e)}`;
  }
  return undefined;
}
