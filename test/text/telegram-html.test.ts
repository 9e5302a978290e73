/**
 * Everything the bot sends in HTML must be accepted by Telegram: user text escaped, links safe,
 * long answers split into messages of at most 4096 visible characters without cutting a tag.
 */
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeHtml, link, splitMessages, TELEGRAM_MESSAGE_LIMIT, visibleLength } from '../../src/text/telegram-html.js';
import { htmlToPlainText } from '../../src/cli/plain-text.js';
import { telegramHtmlProblems } from '../helpers/telegram-html-rules.js';

function expectAllAccepted(messages: string[], limit = TELEGRAM_MESSAGE_LIMIT): void {
  for (const [i, message] of messages.entries()) {
    expect(telegramHtmlProblems(message, limit), `message ${i + 1} of ${messages.length}`).toEqual([]);
  }
}

/** What the user reads, with all whitespace collapsed: splitting must not lose or add words. */
function words(html: string | string[]): string {
  const all = Array.isArray(html) ? html.join('\n') : html;
  return htmlToPlainText(all).replace(/\s+/g, ' ').trim();
}

describe('escaping', () => {
  it('a forwarded ad full of <, > and & quoted inside <b> is accepted and reads the same', () => {
    const ad = 'Gaji <15jt> & bonus!! kontak -> @hrd_cambodia < 5 slot > "cepat"';
    const html = `<b>Kutipan:</b> ${escapeHtml(ad)}`;
    expect(telegramHtmlProblems(html)).toEqual([]);
    expect(htmlToPlainText(html)).toBe(`Kutipan: ${ad}`);
  });

  it('already-escaped looking text is escaped again (no entity injection)', () => {
    expect(escapeHtml('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it('attributes escape quotes, so a URL cannot break out of href', () => {
    expect(escapeAttribute('https://x.example/"><b>')).toBe('https://x.example/&quot;&gt;&lt;b&gt;');
  });

  it('link() builds an anchor Telegram accepts, with the label escaped', () => {
    const html = link('https://bp2mi.go.id/?a=1&b=2', 'BP2MI <resmi>');
    expect(html).toBe('<a href="https://bp2mi.go.id/?a=1&amp;b=2">BP2MI &lt;resmi&gt;</a>');
    expect(telegramHtmlProblems(html)).toEqual([]);
  });

  it('visibleLength counts what Telegram counts: tags removed, entities as one character', () => {
    expect(visibleLength('<b>a &amp; b</b>')).toBe(5);
    expect(visibleLength('<a href="https://example.org">x</a>')).toBe(1);
  });
});

describe('splitMessages', () => {
  it('a short message stays one message, unchanged', () => {
    expect(splitMessages('<b>Halo</b>\n\nApa kabar?')).toEqual(['<b>Halo</b>\n\nApa kabar?']);
  });

  it('a long answer of many paragraphs is split at paragraph breaks; every part ≤ 4096 and accepted', () => {
    const paragraphs = Array.from(
      { length: 120 },
      (_, i) => `<b>Langkah ${i + 1}.</b> Cek izin P3MI di ${link('https://siskop2mi.bp2mi.go.id', 'SISKOP2MI')} &amp; jangan bayar <i>biaya penempatan</i> di luar ketentuan.`,
    );
    const html = paragraphs.join('\n\n');
    const messages = splitMessages(html);
    expect(messages.length).toBeGreaterThan(1);
    expectAllAccepted(messages);
    for (const m of messages) expect(visibleLength(m)).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    expect(words(messages)).toBe(words(html));
    // Every paragraph arrives whole, in order.
    expect(messages.join('\n\n')).toBe(html);
  });

  it('respects a smaller limit (captions: 1024)', () => {
    const html = Array.from({ length: 40 }, (_, i) => `<i>Baris ${i}</i> ${'kata '.repeat(20)}`).join('\n\n');
    const messages = splitMessages(html, 1024);
    expectAllAccepted(messages, 1024);
    expect(words(messages)).toBe(words(html));
  });

  it('one enormous line is cut at spaces and never inside an entity such as &amp;', () => {
    const html = `<b>${'syarat &amp; ketentuan '.repeat(600)}</b>`;
    const messages = splitMessages(html);
    expect(messages.length).toBeGreaterThan(1);
    expectAllAccepted(messages);
    for (const m of messages) expect(m).not.toMatch(/&[a-z]*$|^[a-z]*;/);
    expect(words(messages)).toBe(words(html));
  });

  it('a word longer than the limit (a pasted URL or token) is hard-cut without losing characters', () => {
    const html = 'x'.repeat(10_000);
    const messages = splitMessages(html);
    expectAllAccepted(messages);
    expect(messages.join('')).toBe(html);
  });

  it('a quoted ad longer than the limit inside one multi-line <blockquote> is split without breaking the tag', () => {
    const adLines = Array.from({ length: 200 }, (_, i) => `baris ${i}: gaji besar, tiket ditanggung, visa turis dulu`);
    const html = `<b>Iklan yang kamu kirim:</b>\n\n<blockquote>${adLines.map(escapeHtml).join('\n')}</blockquote>\n\nHati-hati.`;
    const messages = splitMessages(html);
    expectAllAccepted(messages);
    expect(words(messages)).toBe(words(html));
  });

  it('an empty or whitespace-only input yields no messages (Telegram refuses empty text)', () => {
    expect(splitMessages('')).toEqual([]);
    expect(splitMessages('\n\n   \n\n')).toEqual([]);
  });
});
