/**
 * "Is it safe?" about something the bot cannot see is told apart from a real question.
 */
import { describe, expect, it } from 'vitest';
import { asksVerdict } from '../../src/router/asks-verdict.js';

describe('asksVerdict', () => {
  for (const text of ['aman gk kak', 'jd itu penipuan ya?', 'itu beneran gak sih', 'resmi gak ya', 'scam ga nih', 'is this a scam?', 'is it legit?']) {
    it(`"${text}" asks a verdict on something unseen`, () => expect(asksVerdict(text)).toBe(true));
  }
  for (const text of ['penipuan', 'apa itu penipuan?', 'agen resmi gak?', 'visa turis aman gak', 'gimana cara cek PT resmi?', 'what is a scam?']) {
    it(`"${text}" is a question of its own`, () => expect(asksVerdict(text)).toBe(false));
  }
});
