/**
 * "I'm going ahead" with an offer the bot cannot see is told apart from a question or thanks.
 */
import { describe, expect, it } from 'vitest';
import { announcesGoingAhead } from '../../src/router/announces-going-ahead.js';

describe('announcesGoingAhead', () => {
  for (const text of ['sip lgsg daftar aja y', 'ok deh sy berangkat aja', 'gas kak, sy ambil', 'oke makasih kak, saya daftar sekarang', 'bismillah besok brgkt', 'yaudah lah sy tetep brgkt aja, doain ya', "I'm going anyway", "I'll take the job then", 'ok I will sign up']) {
    it(`"${text}" announces going ahead`, () => expect(announcesGoingAhead(text)).toBe(true));
  }
  for (const text of ['daftar dimana kak?', 'terima kasih kak', 'ok makasih', 'cara daftar ke Taiwan', 'sy mau berangkat ke Kamboja jadi admin', 'berangkat', 'aman gk kak']) {
    it(`"${text}" is not`, () => expect(announcesGoingAhead(text)).toBe(false));
  }
});
