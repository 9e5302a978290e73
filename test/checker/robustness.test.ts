import { describe, it, expect } from 'vitest';
import { checkAd, MAX_AD_LENGTH } from '../../src/checker/index.js';
import { realSignals } from './signals-content.js';

const signals = await realSignals();
const VERDICTS = ['likely-scam', 'suspicious', 'no-signs-found'];

describe('bad input still gets a verdict', () => {
  it('a 1 MB junk input returns a verdict', () => {
    const chunk = 'kamboja admin gaji 15jt a a a a \u200b\u200b 🔥🇰🇭 <b>&amp; ';
    const junk = chunk.repeat(Math.ceil(MAX_AD_LENGTH / chunk.length)).slice(0, MAX_AD_LENGTH);
    const r = checkAd(junk, signals);
    expect(VERDICTS).toContain(r.verdict);
    expect(r.signals.every((s) => s.evidence.length <= 3)).toBe(true);
  });

  it('repeated characters, zero-width floods, emoji walls and binary junk each return a verdict', () => {
    const inputs = [
      'a'.repeat(200_000),
      '\u200b'.repeat(200_000),
      '🔥'.repeat(100_000),
      'k a '.repeat(100_000),
      '1.'.repeat(200_000),
      '+855 '.repeat(50_000),
      Array.from({ length: 100_000 }, (_, i) => String.fromCharCode(i % 0xd7ff)).join(''),
      '<script>alert(1)</script>'.repeat(1000),
      // Amounts past the part the phone finder reads (the first 20,000 characters).
      `${'kerja di pabrik. '.repeat(2000)} gaji Rp 21.500.000, 2.500.000 - 3.000.000, hub 0812-3456-7890`,
      '',
    ];
    for (const input of inputs) expect(VERDICTS).toContain(checkAd(input, signals).verdict);
  });

  it('reads only the first 1 MB of an even longer text and says so', () => {
    const r = checkAd('x '.repeat(MAX_AD_LENGTH), signals);
    expect(r.truncated).toBe(true);
  });
});
