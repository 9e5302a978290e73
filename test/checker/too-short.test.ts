import { describe, expect, it } from 'vitest';
import { MIN_WORDS_TO_JUDGE, tooShortToJudge } from '../../src/checker/too-short.js';

describe('tooShortToJudge', () => {
  it('a word or a headline is too short; a sentence of an ad is not', () => {
    expect(tooShortToJudge('kamboja')).toBe(true);
    expect(tooShortToJudge('loker admin gaji besar')).toBe(true);
    expect(tooShortToJudge('Dicari operator produksi di Taiwan, gaji sesuai UMR, lewat P3MI resmi')).toBe(false);
  });

  it(`counts words, not characters (${MIN_WORDS_TO_JUDGE} short words are enough)`, () => {
    expect(tooShortToJudge('a b c d e f g')).toBe(true);
    expect(tooShortToJudge('a b c d e f g h')).toBe(false);
  });
});
