import { describe, it, expect } from 'vitest';
import { routeMessage } from '../../src/router/route-message.js';
import { evaluateRouter } from '../../src/router/evaluate.js';

describe('someone in danger is met with emergency contacts first', () => {
  it('"tolong sy di kamboja gak bisa keluar, paspor diambil" is an emergency in Cambodia', () => {
    expect(routeMessage({ text: 'tolong sy di kamboja gak bisa keluar, paspor diambil' })).toMatchObject({
      emergency: true, forSomeoneElse: false, country: 'KH',
    });
  });

  it('a mother writing about her son in Myawaddy gets the family version', () => {
    const r = routeMessage({ text: 'anak saya di myawaddy dipukuli dan tidak boleh pulang, mohon bantuan' });
    expect(r).toMatchObject({ emergency: true, forSomeoneElse: true, country: 'MM' });
  });

  it('obfuscated and English distress is caught too', () => {
    expect(routeMessage({ text: 'T O L O N G aku d1sekap di p0ipet' }).emergency).toBe(true);
    expect(routeMessage({ text: "they took my passport and won't let me leave, I'm in Sihanoukville" })).toMatchObject({ emergency: true, country: 'KH', lang: 'en' });
  });

  it('near misses are not emergencies: what-if questions, news, past events, jokes, "tolong" as please', () => {
    for (const text of [
      'apa yang harus dilakukan kalau paspor ditahan?',
      'berita penyekapan WNI di Myawaddy',
      'dulu saya pernah disekap, sekarang sudah pulang',
      'kantor kayak penjara wkwk',
      'tolong cek loker ini',
    ]) {
      expect(routeMessage({ text }).emergency, text).toBe(false);
    }
  });
});

describe('every other message is routed as an ad, a question or chit-chat', () => {
  it('a forwarded Cambodia admin ad is an ad to check', () => {
    const ad = 'LOKER KAMBOJA 🇰🇭 admin CS gaji 15jt, tanpa pengalaman, tiket ditanggung, visa turis dulu. Minat WA 0812-3456-7890';
    expect(routeMessage({ text: ad, forwarded: true })).toMatchObject({ kind: 'ad', emergency: false, ambiguous: false });
  });

  it('an ad quoted with "ini aman gak?" is still an ad to check', () => {
    const r = routeMessage({ text: 'ini aman gak? "Dibutuhkan CS ke Thailand gaji 18jt, tiket ditanggung, tanpa pengalaman"' });
    expect(r.kind).toBe('ad');
  });

  it('WhatsApp-style questions are questions; greetings are chit-chat', () => {
    expect(routeMessage({ text: 'kalo paspor ditahan bos gmn' }).kind).toBe('question');
    expect(routeMessage({ text: 'is it legal to work in Cambodia on a tourist visa?' }).kind).toBe('question');
    expect(routeMessage({ text: 'makasih kak 🙏' }).kind).toBe('other');
  });

  it('words that are also JavaScript object members ("constructor") are ordinary words', () => {
    expect(routeMessage({ text: 'is a constructor job in Malaysia with a tourist visa legal?' })).toMatchObject({ kind: 'question', country: 'MY' });
    expect(routeMessage({ text: 'hasOwnProperty toString __proto__ valueOf' }).emergency).toBe(false);
  });

  it('a short text with one ad-ish word is flagged as ambiguous so the bot can ask', () => {
    expect(routeMessage({ text: 'gaji 15jt' }).ambiguous).toBe(true);
  });

  it('the check flow and photos route to the ad checker; groups never get the two-button question', () => {
    expect(routeMessage({ text: 'ini', flow: 'check' }).kind).toBe('ad');
    expect(routeMessage({ text: 'aman gak?', hasPhoto: true }).kind).toBe('ad');
    expect(routeMessage({ text: 'gaji 15jt', chatType: 'group' }).ambiguous).toBe(false);
  });

  it('very long input is handled (no catastrophic patterns)', () => {
    const text = `${'kalau '.repeat(3000)}disekap ${'a, '.repeat(3000)}`;
    expect(() => routeMessage({ text })).not.toThrow();
  });
});

describe('router figures on the team fixtures (guards against large regressions)', () => {
  it('keeps distress caught ≥ 95 %, false alarms ≤ 10 %, ads and questions routed ≥ 90 % on both splits', async () => {
    const result = await evaluateRouter();
    for (const split of [result.dev, result.holdout]) {
      expect(split.distressCaught).toBeGreaterThanOrEqual(0.95);
      expect(split.falseAlarms).toBeLessThanOrEqual(0.1);
      expect(split.adsAsAds).toBeGreaterThanOrEqual(0.9);
      expect(split.questionsAsQuestions).toBeGreaterThanOrEqual(0.9);
    }
  });
});
