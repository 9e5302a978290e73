/**
 * A tiny phrase language for the router's word lists, compiled to bounded regular expressions
 * over the canonical text (so every check is linear in the message length):
 *   words separated by spaces; `a|b` = either word; `word*` = any word starting with "word";
 *   `...` = up to three words in between (never across a clause break).
 */
import type { Canonical } from './canonical.js';

export interface CompiledPhrase {
  readonly source: string;
  readonly pattern: RegExp;
}

function tokenPattern(token: string): string {
  return token
    .split('|')
    .map((alt) => {
      const prefix = alt.endsWith('*');
      const word = (prefix ? alt.slice(0, -1) : alt).replace(/[$+]/g, (c) => `\\${c}`);
      return prefix ? `${word}[a-z0-9_]*` : word;
    })
    .join('|');
}

export function compilePhrase(source: string): CompiledPhrase {
  const parts: string[] = [];
  for (const token of source.trim().split(/\s+/)) {
    if (token === '...') parts.push('(?:[^ |]+ ){0,3}');
    else parts.push(`(?:${tokenPattern(token)}) `);
  }
  const body = parts.join('').replace(/ $/, '');
  return { source, pattern: new RegExp(`(?<![^ ])(?:${body})(?![^ ])`, 'g') };
}

export interface PhraseHit {
  readonly phrase: string;
  /** Index of the first token of the match. */
  readonly token: number;
  readonly text: string;
}

/** Every match of every phrase, with the token index where it starts. */
export function findPhrases(canonical: Canonical, phrases: readonly CompiledPhrase[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const { source, pattern } of phrases) {
    pattern.lastIndex = 0;
    for (const m of canonical.text.matchAll(pattern)) {
      const token = m.index === 0 ? 0 : canonical.text.slice(0, m.index).split(' ').length - 1;
      hits.push({ phrase: source, token, text: m[0] });
    }
  }
  return hits.sort((a, b) => a.token - b.token);
}

export function hasPhrase(canonical: Canonical, phrases: readonly CompiledPhrase[]): boolean {
  return phrases.some(({ pattern }) => {
    pattern.lastIndex = 0;
    return pattern.test(canonical.text);
  });
}

export function compileAll(sources: readonly string[]): CompiledPhrase[] {
  return sources.map(compilePhrase);
}
