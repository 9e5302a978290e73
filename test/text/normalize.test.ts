/**
 * Scam ads dodge keyword filters with spaced letters, digits for letters, invisible characters,
 * look-alike alphabets and emoji. The matching copy undoes all of that, while money amounts and
 * working hours stay intact, and evidence is always quoted from the original words.
 */
import { describe, expect, it } from 'vitest';
import { normalize, normalizeEveryStep, normalizeMapped, quoteOriginal } from '../../src/text/normalize.js';
import { fixtureTexts, seeded, variantsOf } from '../checker/variants.js';

/** Find `phrase` in the matching copy and quote the original words behind it. */
function quote(original: string, phrase: string): string | undefined {
  const mapped = normalizeMapped(original);
  const at = mapped.text.indexOf(phrase);
  return at < 0 ? undefined : quoteOriginal(original, mapped, at, at + phrase.length);
}

describe('normalize: obfuscations are undone', () => {
  it.each([
    ['K A M B O J A', 'kamboja'],
    ['kerja di K.A.M.B.O.J.A', 'kerja di kamboja'],
    ['g-a-j-i besar', 'gaji besar'],
    ['L_O_K_E_R admin', 'loker admin'],
  ])('spaced letters %j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('two single letters in a row are left alone ("a b", "di a b c" stays a list)', () => {
    expect(normalize('A B')).toBe('a b');
    expect(normalize('I am a boy')).toBe('i am a boy');
  });

  it.each([
    ['kamb0ja', 'kamboja'],
    ['V1SA turis', 'visa turis'],
    ['k4mb0j4', 'kamboja'],
    ['b3rangkat', 'berangkat'],
  ])('digits standing for letters inside words: %j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it.each([
    ['gaji 15jt', 'gaji 15jt'],
    ['gaji usd1000/bulan', 'gaji usd1000/bulan'],
    ['CS online 1x24jam', 'cs online 1x24jam'],
    ['Rp15.000.000', 'rp15.000.000'],
    ['WA 0812-3456-7890', 'wa 0812-3456-7890'],
    ['berangkat 2025', 'berangkat 2025'],
  ])('amounts, hours and phone numbers keep their digits: %j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('zero-width and other invisible characters inside a word are dropped', () => {
    expect(normalize('ka\u200Bmbo\u200Dja')).toBe('kamboja');
    expect(normalize('vi\u00ADsa\u2060 tu\uFEFFris')).toBe('visa turis');
    expect(normalize('\u202Egaji\u202C')).toBe('gaji');
  });

  it('Cyrillic and Greek look-alike letters mixed into Latin words fold to Latin', () => {
    // "kаmbоjа" with Cyrillic а and о; "ΑDMIN" with a Greek Alpha.
    expect(normalize('k\u0430mb\u043Ej\u0430')).toBe('kamboja');
    expect(normalize('\u0391DMIN')).toBe('admin');
  });

  it('fullwidth letters and digits fold to ASCII', () => {
    expect(normalize('ＬＯＫＥＲ １５ＪＴ')).toBe('loker 15jt');
  });

  it('accents are removed and everything is lower-case', () => {
    expect(normalize('Café NAÏVE Kerja')).toBe('cafe naive kerja');
  });

  it('a flag emoji becomes a word (🇰🇭 → flag_kh) so it can count as the country', () => {
    expect(normalize('kerja di 🇰🇭 sekarang')).toBe('kerja di flag_kh sekarang');
    expect(normalize('🇲🇲🇱🇦')).toBe('flag_mm flag_la');
  });

  it('other emoji separate words ("LOKER🔥KAMBOJA")', () => {
    expect(normalize('LOKER🔥KAMBOJA')).toBe('loker kamboja');
    expect(normalize('💰💰 gaji 💰')).toBe('gaji');
  });

  it('a letter repeated three or more times becomes one ("tolooong" → "tolong"); doubles stay', () => {
    expect(normalize('tolooong bantuuu saya')).toBe('tolong bantu saya');
    expect(normalize('TOLOOOOOONG')).toBe('tolong');
    expect(normalize('saat maaf')).toBe('saat maaf');
  });

  it('whitespace of any kind collapses to single spaces, trimmed', () => {
    expect(normalize('  gaji\t\t15jt \n\n tanpa   pengalaman  ')).toBe('gaji 15jt tanpa pengalaman');
  });

  it('all obfuscations at once, as in a real forwarded ad', () => {
    const ad = '🔥🔥L O K E R🔥🔥 ADMIN/CS 🇰🇭 k4mb0ja, g\u200Baji 15jt, V1SA turis dulu, tiket DITANGGUNG!!!';
    expect(normalize(ad)).toBe('loker admin/cs flag_kh kamboja, gaji 15jt, visa turis dulu, tiket ditanggung!!!');
  });

  it('runs in linear time on a large paste (no pathological input)', () => {
    const big = 'a '.repeat(50_000) + 'k\u200Ba'.repeat(20_000);
    expect(normalize(big).length).toBeGreaterThan(0);
  });
});

describe('quoteOriginal: evidence quotes the words the user actually sent', () => {
  it('quotes the original spelling behind a normalised match', () => {
    expect(quote('Kerja di Kаmb0ja 🇰🇭', 'kamboja')).toBe('Kаmb0ja');
    expect(quote('pakai V1SA TURIS dulu', 'visa turis')).toBe('V1SA TURIS');
  });

  it('quotes spaced and invisible-character obfuscations as written', () => {
    expect(quote('lokasi K A M B O J A ya', 'kamboja')).toBe('K A M B O J A');
    expect(quote('ka\u200Bmboja', 'kamboja')).toBe('ka\u200Bmboja');
  });

  it('quotes a flag emoji for flag_kh', () => {
    expect(quote('kerja di 🇰🇭', 'flag_kh')).toBe('🇰🇭');
  });

  it('collapses the original’s line breaks inside a quote', () => {
    expect(quote('gaji\n\n15jt', 'gaji 15jt')).toBe('gaji 15jt');
  });

  it('the mapping has one original span per character of the matching copy, inside the original', () => {
    const original = '🔥L O K E R🔥 k4mb0ja\u200B gaji 15jt tolooong';
    const mapped = normalizeMapped(original);
    expect(mapped.starts.length).toBe(mapped.text.length);
    expect(mapped.ends.length).toBe(mapped.text.length);
    for (let i = 0; i < mapped.text.length; i += 1) {
      expect(mapped.starts[i]).toBeGreaterThanOrEqual(0);
      expect(mapped.ends[i]).toBeLessThanOrEqual(original.length);
      expect(mapped.starts[i]).toBeLessThanOrEqual(mapped.ends[i] ?? -1);
    }
  });
});

describe('spaced-out phrases', () => {
  it('"V I S A   T U R I S" (a wider gap between the words) becomes "visa turis", not "visaturis"', () => {
    expect(normalize('pakai V I S A   T U R I S dulu')).toBe('pakai visa turis dulu');
    expect(quote('pakai V I S A   T U R I S dulu', 'visa turis')).toBe('V I S A   T U R I S'.replace(/\s+/g, ' '));
  });
});

describe('normalize: one text never leaks into the next', () => {
  it('a short ad read after a long one and after a huge one gives the same copy and map as on its own', () => {
    const short = 'Gaji 15jt, K A M B O J A';
    const alone = normalizeMapped(short);
    normalizeMapped('🇰🇭 t o l o o o n g '.repeat(5_000));
    normalizeMapped('x'.repeat(200_000));
    const after = normalizeMapped(short);
    expect(after.text).toBe('gaji 15jt, kamboja');
    expect(after.text).toBe(alone.text);
    expect([...after.starts]).toEqual([...alone.starts]);
    expect([...after.ends]).toEqual([...alone.ends]);
  });

  it('a result keeps its own map when later texts are normalised', () => {
    const first = normalizeMapped('visa turis');
    const starts = [...first.starts];
    const ends = [...first.ends];
    // Enough later texts to go through several of the shared chunks maps are cut from.
    for (let i = 0; i < 3_000; i += 1) normalizeMapped(`something else entirely ${i}, much longer than the first text `.repeat(3));
    expect(first.text).toBe('visa turis');
    expect([...first.starts]).toEqual(starts);
    expect([...first.ends]).toEqual(ends);
  });
});

describe('shortcuts: skipping a step that cannot apply, tidying only untidy quotes', () => {
  it('give the same copy and quotes as always doing the work, on fixtures, their variants and letter soup', () => {
    const rnd = seeded(5);
    const pieces = ['a', 'k', 'o', 'oo', 'ooo', '0', '4', '1', '5', '8', '9', ' ', '.', '-', '  ', '\n', 'K', 'Ö', '🇰🇭', 'x', 'jt', '@', '$'];
    const soup = Array.from({ length: 5_000 }, () => Array.from({ length: 1 + rnd(16) }, () => pieces[rnd(pieces.length)] ?? '').join(''));
    const steps = ['k a m b o j a', 'g.a.j.i', 'k4mb0j4', 'tolooong', 'a a a 4', 'V1SA', 'oo0', 'b o o k'];
    for (const text of [...steps, ...fixtureTexts(), ...variantsOf(fixtureTexts(), 3), ...soup]) {
      expect(normalize(text), JSON.stringify(text)).toBe(normalizeEveryStep(text));
      // Quotes skip tidying text that is already tidy: same quote as always tidying it.
      const mapped = normalizeMapped(text);
      for (const [from, to] of [[0, mapped.text.length], [1, Math.max(1, mapped.text.length - 1)]] as const) {
        const [start, end] = [mapped.starts[from] ?? 0, mapped.ends[Math.max(from, to - 1)] ?? 0];
        expect(quoteOriginal(text, mapped, from, to)).toBe(text.slice(start, end).replace(/\s+/g, ' ').trim());
      }
    }
  });
});
