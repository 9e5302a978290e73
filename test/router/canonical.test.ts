import { describe, it, expect } from 'vitest';
import { canonicalize, quoteAround } from '../../src/router/canonical.js';

const quoted = (text: string): string[] => {
  const c = canonicalize(text);
  return c.quotes.map(([from, to]) => c.tokens.slice(from, to).join(' '));
};

describe('the router reads quotes in the message', () => {
  it('finds short and long quoted spans, with straight or curly quotes', () => {
    expect(quoted("aku 'terjebak' di Dubai")).toEqual(['terjebak']);
    expect(quoted('aku “terjebak” di kantor')).toEqual(['terjebak']);
    expect(quoted("pesan terakhir 'dek tolong aku gak bisa pulang'")).toEqual(['dek tolong saya tidak bisa pulang']);
  });

  it('an apostrophe inside or after a word is not a quote', () => {
    expect(quoted("I can't leave, it's locked")).toEqual([]);
    expect(quoted("Jum'at pagi aku berangkat")).toEqual([]);
  });

  it('quoteAround names the span a token sits in, after slang that expands to several words', () => {
    const c = canonicalize("gatau, bos bilang 'jangan kabur'");
    const kabur = c.tokens.indexOf('kabur');
    expect(c.tokens.slice(0, 2)).toEqual(['tidak', 'tahu']);
    expect(quoteAround(c, kabur)).toEqual([kabur - 1, kabur + 1]);
    expect(quoteAround(c, 0)).toBeUndefined();
  });
});

describe('English contractions are opened the way people type them', () => {
  it('"don\'t", "dont", "didn t" become "do not", "did not": the n is the "not", not part of the verb', () => {
    expect(canonicalize("i dont want to live anymore").tokens.join(' ')).toBe('i do not want to live anymore');
    expect(canonicalize("they didn't give me food").tokens.join(' ')).toBe('they did not give me food');
    expect(canonicalize("she doesnt answer, it isn t normal").tokens.join(' ')).toBe('she does not answer | it is not normal');
  });
});
