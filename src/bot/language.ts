/**
 * Which language to answer in: the user's explicit choice, else Telegram's language_code
 * (Indonesian and the regional languages most users also read Indonesian in map to `id`),
 * else Indonesian, the bot's home language.
 */
import type { Lang } from '../text/translate.js';

const INDONESIAN_READERS = new Set(['id', 'jv', 'su', 'ms', 'in']);

export function languageFromTelegram(code: string | undefined): Lang | undefined {
  if (!code) return undefined;
  const base = code.toLowerCase().split(/[-_]/)[0] ?? '';
  return INDONESIAN_READERS.has(base) ? 'id' : 'en';
}

export function pickLanguage(chosen: Lang | undefined, telegramCode: string | undefined): Lang {
  return chosen ?? languageFromTelegram(telegramCode) ?? 'id';
}
