import { describe, it, expect } from 'vitest';
import { checkAd, renderCheckHtml, renderCheckText } from '../../src/checker/index.js';
import { TELEGRAM_MESSAGE_LIMIT, visibleLength } from '../../src/text/telegram-html.js';
import { checkerTranslate } from './fluent-translate.js';
import { realSignals } from './signals-content.js';

const signals = await realSignals();
const idT = checkerTranslate('id');
const enT = checkerTranslate('en');
const SCAM = 'LOKER KAMBOJA admin gaji 15jt & tanpa pengalaman, tiket <b>ditanggung</b>, visa turis <script>x</script>, WA +855 12 345 678';

/** Telegram's HTML parser rules: only its tags, every tag closed in order, no bare '<'. */
function assertTelegramHtml(message: string): void {
  const stack: string[] = [];
  for (const m of message.matchAll(/<(\/?)([a-z-]+)(?:\s[^>]*)?>|</g)) {
    if (m[2] === undefined) throw new Error(`bare '<' in ${message}`);
    expect(['b', 'i', 'u', 's', 'a', 'code', 'pre', 'blockquote']).toContain(m[2]);
    if (m[1] === '/') expect(stack.pop()).toBe(m[2]);
    else stack.push(m[2]);
  }
  expect(stack).toEqual([]);
  expect(visibleLength(message)).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
}

describe('the reply in Telegram', () => {
  it('HTML in an ad is escaped in the rendered reply', () => {
    const messages = renderCheckHtml(checkAd(SCAM, signals), 'id', idT, { expanded: true });
    const all = messages.join('\n');
    expect(all).not.toContain('<script>');
    expect(all).toContain('tiket &lt;b&gt;ditanggung');
    messages.forEach(assertTelegramHtml);
  });

  it('says it is automated, quotes the ad and gives the Phnom Penh embassy hotline for a Cambodia ad', () => {
    const html = renderCheckHtml(checkAd(SCAM, signals), 'id', idT, { expanded: false }).join('\n');
    expect(html).toContain('otomatis');
    expect(html).toContain('Kemungkinan besar');
    expect(html).toContain('“<i>visa turis</i>”');
    expect(html).toContain('+855 12 813 282');
    expect(html).toContain('0800-1000');
  });

  it('never calls a harmless text safe, and still explains how to verify (English)', () => {
    const text = renderCheckText(checkAd('Hello, see you tomorrow at the market', signals), 'en', enT);
    expect(text).toContain('No known warning signs found');
    expect(text).toContain('NOT a guarantee');
    expect(text).toContain('SISKOP2MI');
    expect(text).toContain('+62 812-9007-0027');
    // The verdict line itself never speaks of safety; "safe" only appears negated in the disclaimers.
    expect(text.split('\n')[0]).not.toMatch(/safe|aman/i);
    expect(text.match(/safe/gi)?.length).toBe(text.match(/(never say that a job offer is safe|NOT a guarantee that the offer is safe)/g)?.length);
  });

  it('explains only the strongest signs unless expanded', () => {
    const result = checkAd(SCAM, signals);
    const short = renderCheckHtml(result, 'en', enT, { expanded: false }).join('\n');
    const long = renderCheckHtml(result, 'en', enT, { expanded: true }).join('\n');
    const count = (s: string): number => s.split('Why it matters:').length - 1;
    expect(count(short)).toBe(3);
    expect(count(long)).toBe(result.signals.filter((s) => s.weight > 0).length + result.signals.filter((s) => s.weight < 0).length);
  });

  it('both locale files have the same keys', async () => {
    const { readFileSync } = await import('node:fs');
    const keys = (lang: string): string[] => readFileSync(`locales/${lang}/checker.ftl`, 'utf8').split('\n').filter((l) => /^[a-z]/.test(l)).map((l) => l.split(' =')[0] ?? '').sort();
    expect(keys('en')).toEqual(keys('id'));
  });
});

describe('the short reply on a phone', () => {
  it('under "no known warning signs" the minor things are named with their words but not explained as dangers; "Detail" explains them', () => {
    const order = 'PT Maju Bersama (SIP3MI No. 1/234/2024) job order admin gudang pabrik Taiwan. Gaji NT$ 29.500. Bebas biaya penempatan. Daftar di Disnaker.';
    const result = checkAd(order, signals);
    expect(result.verdict).toBe('no-signs-found');
    expect(result.signals.some((s) => s.weight > 0)).toBe(true);
    const short = renderCheckHtml(result, 'id', idT).join('\n');
    expect(short).toContain(idT('checker-signals-heading-minor'));
    expect(short).not.toContain(idT('checker-why'));
    expect(short).toContain(idT('checker-more-hint'));
    const expanded = renderCheckHtml(result, 'id', idT, { expanded: true }).join('\n');
    expect(expanded).toContain(idT('checker-why'));
    // The reassuring signs are explained as such, never under "why it is dangerous".
    expect(expanded).toContain(idT('checker-why-reassuring'));
    // A warning verdict still explains its strongest signs straight away.
    expect(renderCheckHtml(checkAd(SCAM, signals), 'id', idT).join('\n')).toContain(idT('checker-why'));
  });
});

describe('how to verify', () => {
  it('a factory job in Batam gets the checks for a job at home (the company, the local Disnaker), not SISKOP2MI and the Kemlu hotline', () => {
    const home = renderCheckHtml(checkAd('Dibutuhkan operator produksi pabrik di kawasan Batam, gaji UMK + lembur, mess tersedia. Kirim CV ke WA 0811-5558-2290', signals), 'id', idT).join('\n');
    expect(home).toContain(idT('checker-verify-home-company'));
    expect(home).not.toContain(idT('checker-verify-agency'));
    expect(home).not.toContain(idT('checker-verify-kemlu'));
    // Abroad, or with "luar negeri", the migrant-worker checks stay.
    for (const abroad of ['Dibutuhkan operator pabrik di Batam untuk ditempatkan di Malaysia, gaji RM1.700', 'Kerja ke luar negeri, interview di Jakarta', SCAM]) {
      const reply = renderCheckHtml(checkAd(abroad, signals), 'id', idT).join('\n');
      expect(reply, abroad).toContain(idT('checker-verify-agency'));
      expect(reply, abroad).not.toContain(idT('checker-verify-home-company'));
    }
  });
});
