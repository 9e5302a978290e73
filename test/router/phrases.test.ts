import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../src/router/canonical.js';
import * as lexicon from '../../src/router/lexicon.js';
import { compileAll, compilePhrase, findPhrases, hasPhrase, type CompiledPhrase } from '../../src/router/phrases.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function fixtureTexts(file: string): string[] {
  return readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** Every phrase list in the lexicon, compiled as the router compiles them. */
function lexiconLists(): CompiledPhrase[][] {
  const lists: CompiledPhrase[][] = [];
  for (const value of Object.values(lexicon)) {
    if (Array.isArray(value) && value.every((p) => typeof p === 'string')) lists.push(compileAll(value as string[]));
    else if (value !== null && typeof value === 'object' && !(value instanceof Set)) {
      for (const entry of Object.values(value as Record<string, unknown>)) {
        const phrases = Array.isArray(entry) ? entry : (entry as { phrases?: unknown }).phrases;
        if (Array.isArray(phrases) && phrases.every((p) => typeof p === 'string')) lists.push(compileAll(phrases as string[]));
      }
    }
  }
  return lists;
}

/** The reference: every phrase's expression over the whole text, no index. */
function bruteForce(text: string, phrases: readonly CompiledPhrase[]): { phrase: string; token: number; text: string }[] {
  const hits = phrases.flatMap((p) =>
    [...text.matchAll(new RegExp(p.pattern.source, 'g'))].map((m) => ({
      phrase: p.source,
      token: text.slice(0, m.index).split(' ').length - 1,
      text: m[0],
    })),
  );
  return hits.sort((a, b) => a.token - b.token);
}

describe('phrase index', () => {
  const lists = lexiconLists();
  const corpus = [
    ...fixtureTexts('questions.jsonl'),
    ...fixtureTexts('ads.jsonl'),
    ...fixtureTexts('distress.jsonl'),
    ...fixtureTexts('routing.jsonl'),
    'wkwkwk kantor kayak penjara', 'disekapnya 3 hari, tortured, threatening calls', 'cambodian boss said',
    'they will not let me leave the compound', 'adikku dipukulin di sana, tdk blh plg',
  ];

  it('finds exactly what running every phrase over the whole text finds', () => {
    expect(lists.length).toBeGreaterThan(10);
    let compared = 0;
    let hits = 0;
    for (const text of corpus) {
      const canonical = canonicalize(text);
      for (const phrases of lists) {
        const expected = bruteForce(canonical.text, phrases);
        expect(findPhrases(canonical, phrases), `${phrases[0]?.source} in "${text}"`).toEqual(expected);
        expect(hasPhrase(canonical, phrases)).toBe(expected.length > 0);
        compared += 1;
        hits += expected.length;
      }
    }
    // The comparison must have seen real matches, not only empty lists.
    expect(compared).toBeGreaterThan(10_000);
    expect(hits).toBeGreaterThan(500);
  });

  it('anchors on the rarest position and still matches word starts and gaps', () => {
    const phrases = compileAll(['tidak boleh|bisa ... keluar|pulang', 'tortur*', 'wk*']);
    const canonical = canonicalize('Sy gak bisa pulang, disiksa & tortured wkwk');
    expect(findPhrases(canonical, phrases).map((h) => h.text)).toEqual(['tidak bisa pulang', 'tortured', 'wkwk']);
    expect(hasPhrase(canonicalize('boleh keluar kok'), phrases)).toBe(false);
  });

  it('sees phrases compiled after a text was first looked at', () => {
    const canonical = canonicalize('gaji dibayar pakai usdt');
    expect(hasPhrase(canonical, compileAll(['gaji']))).toBe(true);
    expect(hasPhrase(canonical, [compilePhrase('pakai usdt')])).toBe(true);
  });
});

describe('phrase syntax', () => {
  it('rejects what it would silently misread: a number sign, an empty alternative, capitals', () => {
    expect(() => compilePhrase('sudah # hari')).toThrow(/"#" in "#" is not a word/);
    expect(() => compilePhrase('tidak boleh||bisa keluar')).toThrow(/is not a word/);
    expect(() => compilePhrase('Paspor ditahan')).toThrow(/lower-case/);
    expect(() => compilePhrase('sudah 1|2|3 hari ... lagi')).not.toThrow();
  });
});
