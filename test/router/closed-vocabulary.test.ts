/**
 * The closed-vocabulary test behind the short follow-ups: only listed words, at least one key.
 */
import { describe, expect, it } from 'vitest';
import { wordsWithin } from '../../src/router/closed-vocabulary.js';

const vocabulary = { keys: new Set(['daftar']), allowed: [new Set(['saya', 'aja']), new Set(['besok'])], minWords: 2, maxWords: 4, maxChars: 40 };

describe('wordsWithin', () => {
  it('accepts the listed words around a key, in any order and chat spelling', () => {
    expect(wordsWithin('besok sy daftar aja', vocabulary)).toEqual(['besok', 'saya', 'daftar', 'aja']);
  });
  it('refuses a word of its own, no key, too few or too many words, or too long a text', () => {
    expect(wordsWithin('daftar dimana', vocabulary)).toBeUndefined();
    expect(wordsWithin('saya aja', vocabulary)).toBeUndefined();
    expect(wordsWithin('daftar', vocabulary)).toBeUndefined();
    expect(wordsWithin('saya daftar aja besok aja', vocabulary)).toBeUndefined();
    expect(wordsWithin(`daftar ${'aja '.repeat(20)}`, vocabulary)).toBeUndefined();
  });
});
