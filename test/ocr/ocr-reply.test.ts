import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { OCR_ERROR_CODES } from '../../src/ocr/ocr-error.js';
import { mayContainPhoneNumbers, renderOcrError, renderOcrText } from '../../src/ocr/ocr-reply.js';
import { ocrExcerpt } from '../../src/ocr/ocr-excerpt.js';
import { splitMessages } from '../../src/text/telegram-html.js';
import { createTestTranslate, ocrFtlPath } from './fluent-translate.js';

const id = createTestTranslate('id');
const en = createTestTranslate('en');

describe('showing the user what was read from their image', () => {
  it('quotes the text in a blockquote after "Saya membaca teks ini dari gambar:"', () => {
    const html = renderOcrText(id, 'LOKER KAMBOJA\n\n\nADMIN CS   GAJI 15 JUTA', { confidence: 91 });
    expect(html).toContain('Saya membaca teks ini dari gambar:');
    expect(html).toContain('<blockquote>LOKER KAMBOJA\nADMIN CS GAJI 15 JUTA</blockquote>');
    expect(html).not.toContain('salah baca');
  });

  it('escapes whatever the image said, so "<b>" on a flyer cannot break the message', () => {
    const html = renderOcrText(en, 'gaji <b>15jt</b> & bonus');
    expect(html).toContain('gaji &lt;b&gt;15jt&lt;/b&gt; &amp; bonus');
  });

  it('warns that phone numbers read from an image may be misread, in both languages', () => {
    expect(renderOcrText(id, 'Hubungi WA +855 12 345 678 sekarang')).toContain('Nomor telepon yang dibaca dari gambar bisa salah baca');
    expect(renderOcrText(en, 'WA 0812-3456-7890')).toContain('Phone numbers read from an image may be misread');
  });

  it('does not mistake a salary or a date for a phone number', () => {
    expect(mayContainPhoneNumbers('GAJI Rp 15.000.000 / bulan, berangkat 12-08-2025')).toBe(false);
    expect(mayContainPhoneNumbers('WA 081234567890')).toBe(true);
  });

  it('says the image was hard to read when the OCR confidence is low', () => {
    expect(renderOcrText(id, 'L0KER KAMB0JA', { confidence: 35 })).toContain('sulit dibaca');
  });

  it('an image with no text gets a hint to send a sharper photo or paste the text', () => {
    expect(renderOcrText(id, '  \n \n')).toContain('salin teks iklannya');
    expect(renderOcrText(en, '')).toContain('paste the text');
  });

  it('a long screenshot is cut at a word with "…" and still splits into valid Telegram messages', () => {
    const long = Array.from({ length: 400 }, (_, i) => `kata${i}`).join(' ');
    const excerpt = ocrExcerpt(long, 100);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(Array.from(excerpt).length).toBeLessThanOrEqual(100);
    expect(excerpt).toMatch(/kata\d+…$/);
    for (const message of splitMessages(renderOcrText(id, long))) {
      expect(message.split('<blockquote>').length).toBe(message.split('</blockquote>').length);
    }
  });

  it('every error code has a clear message in Indonesian and English, with the size limit filled in', () => {
    for (const code of [...OCR_ERROR_CODES, 'not-found'] as const) {
      expect(renderOcrError(id, code).length).toBeGreaterThan(15);
      expect(renderOcrError(en, code).length).toBeGreaterThan(15);
    }
    expect(renderOcrError(id, 'too-large')).toContain('10 MB');
    expect(renderOcrError(en, 'unsupported-format')).toContain('JPG, PNG or WebP');
  });

  it('the Indonesian and English files define the same keys', () => {
    const keys = (lang: 'id' | 'en'): string[] =>
      [...readFileSync(ocrFtlPath(lang), 'utf8').matchAll(/^([a-z][\w-]*) =/gm)].map((m) => m[1] ?? '').sort();
    expect(keys('id').length).toBeGreaterThan(10);
    expect(keys('en')).toEqual(keys('id'));
    expect(keys('id').every((k) => k.startsWith('ocr-'))).toBe(true);
  });
});
