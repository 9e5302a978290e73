// Test helper: realistic inputs for the equivalence tests: the team's fixture texts, the signal
// examples, and deterministic variants of them the way scammers and junk inputs write.
import { readFileSync } from 'node:fs';

export function fixtureTexts(): string[] {
  const texts: string[] = [];
  for (const file of ['ads', 'routing', 'distress']) {
    for (const line of readFileSync(`test/fixtures/${file}.jsonl`, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed === 'object' && parsed !== null && 'text' in parsed && typeof parsed.text === 'string') texts.push(parsed.text);
    }
  }
  return texts;
}

/** A small deterministic random generator, so a failure can be replayed. */
export function seeded(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
}

const LEET: Readonly<Record<string, string>> = { a: '4', o: '0', i: '1', e: '3', s: '5', t: '7' };
// Characters between words: the phrases allow 1–4 of them (0–4 around a number).
const SEPARATORS = [' ', '.', ',', '-', '/', '*', '\n', ':'];
const JUNK = ['\u200b', '🔥', '🇰🇭', '.', ' ', '-', '@', '$', '+', '0', '8', '\n', 'Ａ', 'é', '\u0301', '/', ':', '(', ')', ','];

/** Obfuscated, spaced, shouted, cut and padded versions of each text. */
export function variantsOf(texts: readonly string[], seed: number): string[] {
  const rnd = seeded(seed);
  const out: string[] = [];
  for (const t of texts) {
    out.push(t.toUpperCase());
    out.push(t.replace(/[aoiest]/g, (c) => (rnd(3) === 0 ? (LEET[c] ?? c) : c)));
    out.push(t.replace(/a/g, () => (rnd(4) === 0 ? '@' : 'a')));
    out.push(t.split(' ').map((w) => (rnd(6) === 0 ? w.split('').join(' ') : w)).join(' '));
    out.push([...t].map((c) => (rnd(12) === 0 ? c + (JUNK[rnd(JUNK.length)] ?? '') : c)).join(''));
    out.push(t.replace(/ /g, () => [' ', '  ', '\n', '.', ' - ', '🔥'][rnd(6)] ?? ' '));
    out.push(t.replace(/(\d)/g, (d) => (rnd(3) === 0 ? `${d} ` : rnd(3) === 0 ? `${d}.` : d)));
    out.push(t.slice(0, rnd(t.length + 1)));
    // Separators up to and past the phrases' limits, and numbers written against the next word.
    out.push(t.replace(/ /g, () => Array.from({ length: 1 + rnd(6) }, () => SEPARATORS[rnd(SEPARATORS.length)] ?? ' ').join('')));
    out.push(t.replace(/(\d) (?=[A-Za-z])/g, '$1'));
  }
  for (let k = 0; k < 5; k += 1) {
    const parts: string[] = [];
    for (let j = 0; j < 40; j += 1) parts.push(texts[rnd(texts.length)] ?? '');
    out.push(parts.join('\n\n'));
  }
  return out;
}
