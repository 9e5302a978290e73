import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { checkAd, loadSignals, type SignalSet } from '../../src/checker/index.js';
import { createOcrReader } from '../../src/ocr/ocr-reader.js';
import { CAMBODIA_ADMIN_FLYER, TAIWAN_FACTORY_FLYER, drawFlyer } from './flyer-images.js';

describe('a job ad sent as a photo is checked like a pasted one', { timeout: 30_000 }, () => {
  const reader = createOcrReader();
  let signals: SignalSet;
  beforeAll(async () => {
    signals = await loadSignals(new URL('../../content', import.meta.url).pathname);
  });
  afterAll(() => reader.close());

  it('a Cambodia admin flyer photo gets a likely-scam verdict that quotes "visa turis"', async () => {
    const photo = await drawFlyer(CAMBODIA_ADMIN_FLYER, { format: 'jpeg', quality: 75, banner: '#c62828' });
    const { text } = await reader.read(photo);
    const result = checkAd(text, signals);
    expect(result.verdict).toBe('likely-scam');
    expect(result.signals.flatMap((s) => s.evidence).join(' | ')).toMatch(/visa turis/i);
  });

  it('a licensed-agency Taiwan factory notice photo is not called likely-scam', async () => {
    const { text } = await reader.read(await drawFlyer(TAIWAN_FACTORY_FLYER, { format: 'jpeg' }));
    expect(checkAd(text, signals).verdict).not.toBe('likely-scam');
  });
});
