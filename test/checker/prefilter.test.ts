/**
 * The checker skips a signal pattern when none of the words it needs is in the ad, and tries most
 * patterns only where the words they start with begin. Those are only shortcuts: a user must get
 * exactly the same verdict, score and quoted words as if every pattern had scanned the whole ad.
 */
import { describe, it, expect } from 'vitest';
import { checkAd, readSignalContent, type SignalSet } from '../../src/checker/index.js';
import { createLiteralScanner } from '../../src/checker/literal-scanner.js';
import { phraseListLiterals, phraseLiterals } from '../../src/checker/required-literals.js';
import { minimalStartLiterals, phraseListStartLiterals, phraseStartLiterals, rawRegexStartLiterals } from '../../src/checker/start-literals.js';
import { createStartIndex } from '../../src/checker/start-index.js';
import { fixtureTexts, variantsOf } from './variants.js';

const content = await readSignalContent('content');
const loaded = content.set;
if (!loaded) throw new Error('signals did not load');
const signals: SignalSet = loaded;

/** The same signals with both shortcuts off: every pattern scans the whole of every ad. */
function withoutPrefilter(set: SignalSet): SignalSet {
  return {
    ...set,
    signals: set.signals.map((s) => ({ ...s, patterns: s.patterns.map((p) => ({ regex: p.regex, literals: undefined, startLiterals: undefined })) })),
    places: set.places.map((p) => ({ ...p, literals: undefined, startLiterals: undefined })),
  };
}

describe('skipping patterns never changes what the user is told', () => {
  const everyPattern = withoutPrefilter(signals);
  const base = [...fixtureTexts(), ...content.examples.map((e) => e.text)];

  it('gives the same result on every fixture ad, message and signal example', () => {
    for (const text of base) {
      expect(JSON.stringify(checkAd(text, signals)), text).toBe(JSON.stringify(checkAd(text, everyPattern)));
    }
  });

  it('gives the same result on obfuscated, shouted, cut and concatenated versions of them', () => {
    for (const text of variantsOf(base, 20_251_130)) {
      expect(JSON.stringify(checkAd(text, signals)), text.slice(0, 200)).toBe(JSON.stringify(checkAd(text, everyPattern)));
    }
  });

  it('still quotes "K A M B O J A", "VISA TURIS" and the 🇰🇭 flag from a spaced, shouted ad', () => {
    const r = checkAd('LOKER K A M B O J A admin, berangkat pakai VISA TURIS dulu 🇰🇭', signals);
    expect(r.verdict).toBe('likely-scam');
    expect(r.signals.flatMap((s) => s.evidence)).toEqual(expect.arrayContaining(['K A M B O J A', '🇰🇭', 'VISA TURIS']));
  });
});

describe('the words a pattern needs', () => {
  const macros = { 'hub-place': ['kamboja', 'myanmar'] };

  it('are its most telling required word', () => {
    expect(phraseLiterals('gaji * juta', {})).toEqual(['gaji']);
    expect(phraseLiterals('berangkat~ (minggu ini|besok)', {})).toEqual(['berangkat']);
  });

  it('for a group are any one of its alternatives, and a place list stands for its places', () => {
    expect(phraseLiterals('(transit|via) * {hub-place}', macros)).toEqual(['kamboja', 'myanmar']);
    expect(phraseListLiterals(['admin', 'customer service', 'cs'], {})).toEqual(['cs', 'admin', 'customer']);
  });

  it('are folded like the ad ("p3mi" is matched as "pemi") and split at punctuation ("wa.me")', () => {
    expect(phraseLiterals('p3mi', {})).toEqual(['pemi']);
    expect(phraseLiterals('wa.me', {})).toEqual(['wa']);
  });

  it('are unknown for a pattern of numbers, optional words or an unknown list, which then always runs', () => {
    expect(phraseLiterals('#', {})).toBeUndefined();
    expect(phraseLiterals('(gratis)? #', {})).toBeUndefined();
    expect(phraseLiterals('{foreign-place}', {})).toBeUndefined();
    expect(phraseListLiterals(['gaji', '#'], {})).toBeUndefined();
  });
});

describe('the words a match must start with', () => {
  const macros = { 'hub-place': ['kamboja', 'phnom'] };

  it('are the first word, any first word of a group, or any place of a list', () => {
    expect(phraseStartLiterals('gaji * juta', {})).toEqual(['gaji']);
    expect(phraseStartLiterals('(transit|via) * {hub-place}', macros)).toEqual(['via', 'transit']);
    expect(phraseStartLiterals('{hub-place} admin', macros)).toEqual(['phnom', 'kamboja']);
    expect(phraseStartLiterals('wa.me', {})).toEqual(['wa']);
  });

  it('include the word after an optional group, which may be left out', () => {
    expect(phraseStartLiterals('(gratis|free)? tiket', {})).toEqual(['tiket', 'free tiket', 'gratis tiket']);
  });

  it('reach into the second word after a whole first word ("t me" is the word "t", a separator, then "me…")', () => {
    expect(phraseStartLiterals('t me', {})).toEqual(['t me']);
    expect(phraseStartLiterals('(ga|gak) (perlu|usah) pengalaman', {})?.toSorted()).toEqual(['ga perlu', 'ga usah', 'gak perlu', 'gak usah']);
    expect(phraseStartLiterals('di (luar)? {hub-place}', macros)).toEqual(['di luar', 'di phnom', 'di kamboja']);
  });

  it('stop at the first word when it is only a prefix, split by punctuation, or may touch a number or anything', () => {
    expect(phraseStartLiterals('berangkat~ sekarang', {})).toEqual(['berangkat']);
    expect(phraseStartLiterals('wa.me admin', {})).toEqual(['wa']);
    expect(phraseStartLiterals('wa #', {})).toEqual(['wa']);
    expect(phraseStartLiterals('biaya (rp)? # juta', {})).toEqual(['biaya']);
    expect(phraseStartLiterals('gaji * juta', {})).toEqual(['gaji']);
    expect(phraseStartLiterals('kerja (dong)?', {})).toEqual(['kerja']);
  });

  it('are a number then the next word ("#juta") for a phrase that starts with a number', () => {
    expect(phraseStartLiterals('# juta', {})).toEqual(['#juta']);
    expect(phraseStartLiterals('# (menit|mnt) sehari', {})).toEqual(['#mnt', '#menit']);
    expect(phraseStartLiterals('(min|minimal)? # tahun', {})?.toSorted()).toEqual(['#tahun', 'min']);
    expect(phraseListStartLiterals(['gaji', '# juta'], {})).toEqual(['gaji', '#juta']);
  });

  it('are the ten digits when the word after the number is unknown or may be a number', () => {
    const digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    expect(phraseStartLiterals('# * juta', {})).toEqual(digits);
    expect(phraseStartLiterals('# (24|dua empat) jam', {})).toEqual(digits);
    expect(phraseStartLiterals('#', {})).toEqual(digits);
  });

  it('are unknown for a phrase that starts with a wildcard or an unknown list, which then scans the whole ad', () => {
    expect(phraseStartLiterals('* juta', {})).toBeUndefined();
    expect(phraseStartLiterals('{foreign-place} admin', {})).toBeUndefined();
    expect(phraseListStartLiterals(['gaji', '{foreign-place} admin'], {})).toBeUndefined();
  });

  it('are the words of the first group of a raw regex that starts with the word-start guard', () => {
    expect(rawRegexStartLiterals('(?<![a-z0-9])(?:hub|hubungi|kontak)[^a-z0-9]{1,3}(?:bu|pak)(?![a-z0-9])')).toEqual(['hub', 'kontak']);
  });

  it('are unknown for a raw regex whose match may start elsewhere', () => {
    // No guard, an optional or repeated first group, a '|' outside every group, a class in the group.
    expect(rawRegexStartLiterals('(?:hub|kontak) pak')).toBeUndefined();
    expect(rawRegexStartLiterals('(?<![a-z0-9])(?:hub|kontak)? pak')).toBeUndefined();
    expect(rawRegexStartLiterals('(?<![a-z0-9])(?:hub|kontak){1,2} pak')).toBeUndefined();
    expect(rawRegexStartLiterals('(?<![a-z0-9])(?:hub|kontak) pak|bu [a-z]{2,9}')).toBeUndefined();
    expect(rawRegexStartLiterals('(?<![a-z0-9])(?:hub|[0-9]{2}) pak')).toBeUndefined();
    // A '|' inside a later group or class does not count.
    expect(rawRegexStartLiterals('(?<![a-z0-9])(?:wa) (?:pak|bu)[|]')).toEqual(['wa']);
  });

  it('keep a shorter word over a longer one that starts with it, but not over one that only contains it', () => {
    expect(minimalStartLiterals(['kerja', 'ker', 'bekerja', 'ker'])).toEqual(['ker', 'bekerja']);
  });
});

describe('the start index', () => {
  it('lists, per pattern, the word starts where one of its first words begins, in order and once each', () => {
    const index = createStartIndex([['he', 'ush'], ['di', 'kamboja', 'kam'], undefined, ['x1'], ['zzz']]);
    //                      0         1
    //                      0123456789012345678901234
    const { from, at } = index.positions('ushers di kamboja, x1 ahe kam');
    const startsOf = (t: number): number[] => [...at.subarray(from[t], from[t + 1])];
    expect([0, 1, 2, 3, 4].map(startsOf)).toEqual([[0], [7, 10, 26], [], [19], []]);
    // The same index again on another text: nothing of the first text is left.
    const again = index.positions('kam kam he');
    expect([0, 1, 2, 3, 4].map((t) => [...again.at.subarray(again.from[t], again.from[t + 1])])).toEqual([[8], [0, 4], [], [], []]);
  });

  it('follows a literal across 1–4 separator characters into the next word, not across 5', () => {
    const index = createStartIndex([['t me'], ['ga perlu']]);
    const startsIn = (text: string): number[][] => {
      const { from, at } = index.positions(text);
      return [0, 1].map((t) => [...at.subarray(from[t], from[t + 1])]);
    };
    //                    0         1         2         3
    //                    0123456789012345678901234567890123456
    expect(startsIn('tidak t.me/x ga - perlu t tempat gaji')).toEqual([[6], [13]]);
    expect(startsIn('t.....me ga;;;;;perlu ga;;;;perlu ga perl')).toEqual([[], [22]]);
    expect(startsIn('t me')).toEqual([[0], []]);
    expect(startsIn('t ')).toEqual([[], []]);
  });

  it('hops from a number, over digits and up to 17 characters, to the next word for a "#" literal', () => {
    const index = createStartIndex([['#juta'], ['1']]);
    const startsIn = (text: string): number[][] => {
      const { from, at } = index.positions(text);
      return [0, 1].map((t) => [...at.subarray(from[t], from[t + 1])]);
    };
    //                    0         1         2         3         4
    //                    01234567890123456789012345678901234567890123
    // "2.500.000 - juta" may match from 2, 500 or 000: each starts a word.
    expect(startsIn('gaji 15juta, 2.500.000 - juta; 7 hari juta')).toEqual([[5, 13, 15, 19], [5]]);
    expect(startsIn('1234567890123456789 juta')).toEqual([[], [0]]);
  });
});

describe('the literal scanner', () => {
  it('finds every literal that occurs, overlapping ones included, and no other', () => {
    const scanner = createLiteralScanner(['he', 'she', 'his', 'hers', 'kamboja', 'boja', 'x1']);
    expect([...scanner.scan('ushers di kamboja')]).toEqual([1, 1, 0, 1, 1, 1, 0]);
    expect([...scanner.scan('')]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect([...scanner.scan('h e r s, x 1')]).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('gives the same answer as includes() for every literal of the real signals', () => {
    const literals = [...new Set(signals.signals.flatMap((s) => s.patterns.flatMap((p) => p.literals ?? [])))];
    const scanner = createLiteralScanner(literals);
    for (const text of ['loker kamboja admin gaji 15jt tiket ditanggung visa turis', 'kerja di pabrik sepatu tangerang', 'flag_kh cs 24 jam']) {
      expect([...scanner.scan(text)], text).toEqual(literals.map((l) => (text.includes(l) ? 1 : 0)));
    }
  });
});
