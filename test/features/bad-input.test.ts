/**
 * Whatever people type (nothing but emoji, a wall of text at Telegram's limit, all caps,
 * HTML-looking characters, two languages in one sentence, invisible characters), the bot answers,
 * Telegram accepts the answer, and nothing is logged as an error.
 */
import { describe, expect, it } from 'vitest';
import { textUpdate } from '../helpers/bot-fixtures.js';
import { useFeatureApp } from '../helpers/feature-app.js';
import { useTelegramApiMock } from '../helpers/telegram-api-mock.js';

const telegram = useTelegramApiMock();
const bot = useFeatureApp();

const longQuestion = (() => {
  const sentence = 'gmn caranya cek agen penyalur kerja ke malaysia itu resmi atau bodong, soalnya diminta bayar dulu? ';
  return sentence.repeat(Math.ceil(4096 / sentence.length)).slice(0, 4096);
})();

const inputs: Array<[string, string]> = [
  ['a single dot', '.'],
  ['only emoji', '🙏🙏😭😭'],
  ['a flag and a question mark', '🇰🇭?'],
  ['only invisible characters', '\u200b\u200c\u200d\u2060'],
  ['the "blank" characters people use for empty-looking messages', '\u3164\u2800'],
  ['a question of exactly 4096 characters', longQuestion],
  ['all caps', 'APAKAH BOLEH KERJA DI LUAR NEGERI PAKAI VISA TURIS??? TOLONG DIJAWAB'],
  ['HTML-looking characters', '<b>& </i> <a href="x">gaji</a> &amp; &#x3c; < > &'],
  ['two languages in one sentence', 'my sister mau kerja ke taiwan, how to check the agency resmi atau tidak?'],
  ['numbers only', '081234567890'],
  ['a very long single word', 'a'.repeat(3000)],
];

describe('unusual messages always get an answer Telegram accepts', () => {
  let id = 3400;
  for (const [what, text] of inputs) {
    it(`${what}`, async () => {
      id += 1;
      await bot.send(textUpdate(text, { id, languageCode: 'id' }));
      const replies = telegram.sent();
      expect(replies.length, 'at least one reply').toBeGreaterThanOrEqual(1);
      for (const reply of replies) expect(reply.visible.trim()).not.toBe('');
      expect(telegram.htmlProblems()).toEqual([]);
      expect(bot.log.records().filter((r) => Number(r['level']) >= 50)).toEqual([]);
    });
  }

  // BUG (fixed; now the imageOrBlank step of src/bot/free-message/steps.ts, once `if (text.trim() === '') return;`):
  // a text message of Unicode whitespace only (here U+3000, which String.trim removes) is
  // dropped without any reply, unlike every other message the bot cannot use.
  it('a message of only an ideographic space (U+3000) still gets the friendly pointer', async () => {
    await bot.send(textUpdate('\u3000\u3000', { id: 3498, languageCode: 'id' }));
    expect(telegram.sent().length).toBeGreaterThanOrEqual(1);
  });

  it('the literal HTML-looking text, when quoted back, is shown as typed', async () => {
    await bot.send(textUpdate('cek loker <b>admin</b> & CS di kamboja gaji 15jt visa turis', { id: 3499, languageCode: 'id' }));
    const html = telegram.sent().map((m) => m.html).join('\n');
    expect(html).not.toContain('<b>admin</b>');
  });
});
