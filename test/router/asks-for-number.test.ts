/**
 * "What's the number?" alone is told apart from a question that names what it wants.
 */
import { describe, expect, it } from 'vitest';
import { asksForTheNumber } from '../../src/router/asks-for-number.js';

describe('asksForTheNumber', () => {
  for (const text of ['brp no nya', 'nomornya berapa kak', "what's the number?", 'minta kontaknya dong', 'can I have the number']) {
    it(`"${text}" asks for the numbers`, () => expect(asksForTheNumber(text)).toBe(true));
  }
  for (const text of ['nomor hotline kemlu berapa', 'no paspor sy hilang', 'berapa gajinya', 'nomor KP2MI', 'minta tolong']) {
    it(`"${text}" is not`, () => expect(asksForTheNumber(text)).toBe(false));
  }
});
