/**
 * The phone and link libraries only read the parts of an ad that could hold a number or a link,
 * and the amount patterns are tried only where an amount can begin. A user must see exactly the
 * numbers, links and amounts one search of the whole text would find: same country, same
 * position, same order, whatever the ad looks like.
 */
import { describe, it, expect } from 'vitest';
import { findPhoneNumbersInText } from 'libphonenumber-js';
import * as linkify from 'linkifyjs';
import { createAmountExtractor } from '../../src/checker/amounts.js';
import { findLinks } from '../../src/checker/links.js';
import { matchingCopy } from '../../src/checker/matching-text.js';
import { hideMoney, phoneSearchInput } from '../../src/checker/money-mask.js';
import { findPhoneNumbers, phoneWindows } from '../../src/checker/phone-numbers.js';
import { originalSpan } from '../../src/text/normalize.js';
import { realSignals } from './signals-content.js';
import { fixtureTexts, seeded, variantsOf } from './variants.js';

const PIECES = [
  '0812', '-', ' ', '3456', '7890', '+', '+62', '+855', '(', ')', '.', '/', 'ext', ' ext. ', 'x', '#', ';ext=', ',', ',,', ';', ':',
  ':30', '\n', 'WA', 'wa', 'Rp', '15.000.000', '2024-01-02 10', '12/08/2024', 'hub', '  ', '\t', '０８１２', '٠٨١٢', '＋', '$', '%',
  'a', 'e', 'int', 'anexo', 'доб', '00855', '008', '62', '021', '555', '1234', '12', '9', '~', '[', ']', '@', '_', 'k', 'b', 'ó',
  '\u00a0', '\u200b', 'HUB', 'mailto:', 'http://', 'www.', 'a.b', 'x.com', 'wa.me/', 'gmail.com', '.co.id', 'localhost', 'bit.ly',
  '。', 'xn--p1ai', '.рф', 'ftp:', 'HTTPS:', 'foo@bar', ':8080', '\r\n', '"', '<', '>', 'nama.saya+kerja@mail.co.id', '?q=1&x=2', '🔥',
];

/** Strings built from the pieces phone numbers, dates, amounts, extensions and links are made of. */
function phoneAndLinkSoup(count: number, seed: number): string[] {
  const rnd = seeded(seed);
  const out: string[] = [];
  for (let k = 0; k < count; k += 1) {
    let s = '';
    const len = 1 + rnd(20);
    for (let j = 0; j < len; j += 1) s += PIECES[rnd(PIECES.length)] ?? '';
    out.push(s);
  }
  return out;
}

const texts = [
  ...fixtureTexts(),
  ...variantsOf(fixtureTexts(), 7),
  ...phoneAndLinkSoup(4000, 11),
  'Hubungi +855 12 345 678 atau 0812-3456-7890 (WA), gaji Rp 15.000.000, tgl 12/08/2024 jam 08:30',
  'call +1 (202) 555-0143 ext. 12 or 0812 3456 7890 x 99',
];

const phones = (found: readonly { startsAt: number; endsAt: number; number: { number: string; country?: string | undefined; ext?: string | undefined } }[]): string =>
  JSON.stringify(found.map((p) => [p.startsAt, p.endsAt, p.number.number, p.number.country, p.number.ext]));

describe('phone numbers', () => {
  it('are the ones libphonenumber finds in the whole text, in fixtures, variants and number soup', () => {
    let withNumbers = 0;
    for (const text of texts) {
      const expected = phones(findPhoneNumbersInText(text, 'ID'));
      expect(phones(findPhoneNumbers(text)), JSON.stringify(text)).toBe(expected);
      if (expected !== '[]') withNumbers += 1;
    }
    // The comparison must cover many texts that do hold numbers.
    expect(withNumbers).toBeGreaterThan(200);
  });

  it('with the money hidden are the ones libphonenumber finds in the whole masked text', async () => {
    const amountsOf = createAmountExtractor((await realSignals()).currencies);
    let masked = 0;
    for (const text of texts) {
      const mapped = matchingCopy(text);
      const spans = amountsOf(text, mapped).map((a) => originalSpan(mapped, a.from, a.to));
      const hidden = hideMoney(text, spans);
      const input = phoneSearchInput(text, phoneWindows(text), spans);
      expect(phones(findPhoneNumbers(input.text, input.windows)), JSON.stringify(text)).toBe(phones(findPhoneNumbersInText(hidden, 'ID')));
      if (hidden !== text && input.text === text) masked += 1;
    }
    // Many texts had money that the phone finder did not need hidden (the shortcut was taken).
    expect(masked).toBeGreaterThan(100);
  });

  it('leave stack traces as they were, so errors elsewhere keep theirs', () => {
    const before = Error.stackTraceLimit;
    // A working-hours range is tried whole and in pieces, and each try fails inside the library.
    expect(findPhoneNumbers('Jam kerja 08.00–16.00, WA 0812-3456-7890')).toHaveLength(1);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('after').stack).toContain('entity-windows.test');
  });

  it('keep a Cambodian number with its country and an Indonesian one next to an amount', () => {
    const found = findPhoneNumbers('Gaji Rp 15.000.000/bulan. WA +855 12 345 678 atau 0812-3456-7890');
    expect(found.map((p) => p.number.country)).toEqual(['KH', 'ID']);
  });
});

describe('links and e-mail addresses', () => {
  it('are the ones linkifyjs finds in the whole text', () => {
    let withLinks = 0;
    for (const text of texts) {
      const expected = JSON.stringify(linkify.find(text));
      expect(JSON.stringify(findLinks(text)), JSON.stringify(text)).toBe(expected);
      if (expected !== '[]') withLinks += 1;
    }
    expect(withLinks).toBeGreaterThan(200);
  });

  it('include a wa.me link and an e-mail in a WhatsApp-style ad', () => {
    const found = findLinks('Minat chat wa.me/85512345678\natau kirim CV ke hrd.kerja@gmail.com ya kak');
    expect(found.map((f) => [f.type, f.value])).toEqual([['url', 'wa.me/85512345678'], ['email', 'hrd.kerja@gmail.com']]);
  });
});

describe('money amounts', () => {
  it('are the ones the amount patterns find trying every position, in fixtures, variants and number soup', async () => {
    const { currencies } = await realSignals();
    const fast = createAmountExtractor(currencies);
    const everywhere = createAmountExtractor(currencies, { everywhere: true });
    let withAmounts = 0;
    for (const text of [...texts, 'NT$ 28.590, us$1000, $ 5, RM1.700, 1,500 usd, 12-20jt, Rp.5jt, idr 2.000.000, 5 dollars, 2,5 juta, $$100, rp$5, xrp 5, $ $ 7']) {
      const mapped = matchingCopy(text);
      const expected = JSON.stringify(everywhere(text, mapped));
      expect(JSON.stringify(fast(text, mapped)), JSON.stringify(text)).toBe(expected);
      if (expected !== '[]') withAmounts += 1;
    }
    expect(withAmounts).toBeGreaterThan(300);
  });

  it('are the same when a currency symbol has other characters than a–z and $ (the wider search)', async () => {
    const currencies = [...(await realSignals()).currencies, { code: 'XMR', rate: 1, symbols: ['r.m', 'x-1'] }];
    const fast = createAmountExtractor(currencies);
    const everywhere = createAmountExtractor(currencies, { everywhere: true });
    for (const text of [...texts.slice(0, 1500), 'gaji r.m 1.700, x-1 500, r.m5jt, $ 5']) {
      const mapped = matchingCopy(text);
      expect(JSON.stringify(fast(text, mapped)), JSON.stringify(text)).toBe(JSON.stringify(everywhere(text, mapped)));
    }
  });
});
