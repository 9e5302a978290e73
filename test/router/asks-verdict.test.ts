/**
 * "Is it safe?" about something the bot cannot see is told apart from a real question.
 */
import { describe, expect, it } from 'vitest';
import { asksVerdict } from '../../src/router/asks-verdict.js';

describe('asksVerdict', () => {
  for (const text of ['aman gk kak', 'jd itu penipuan ya?', 'itu beneran gak sih', 'resmi gak ya', 'scam ga nih', 'is this a scam?', 'is it legit?',
    'jadi gmn, aman gk?', 'intinya aja kak aman gk', 'itu beneran gk sih kak sy takut']) {
    it(`"${text}" asks a verdict on something unseen`, () => expect(asksVerdict(text)).toBe(true));
  }
  for (const text of ['penipuan', 'apa itu penipuan?', 'agen resmi gak?', 'visa turis aman gak', 'gimana cara cek PT resmi?', 'what is a scam?']) {
    it(`"${text}" is a question of its own`, () => expect(asksVerdict(text)).toBe(false));
  }
  // Whether to take the offer is the same question; saying one is going ahead is not a question.
  for (const text of ['ok so should I go?', 'jd sy brgkt gk nih', 'boleh daftar gk kak', 'should I take it or not']) {
    it(`"${text}" asks whether to go`, () => expect(asksVerdict(text)).toBe(true));
  }
  for (const text of ['lgsg daftar aja y', 'sy mau daftar', 'gmn cara daftar', 'boleh daftar lewat siapkerja?']) {
    it(`"${text}" asks no verdict`, () => expect(asksVerdict(text)).toBe(false));
  }
});
