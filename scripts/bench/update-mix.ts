/**
 * The traffic the webhook benchmark sends: real-shaped Telegram updates built from the team's
 * fixtures, in a fixed repeating mix of questions, pasted job ads, /start and button presses.
 * Every update has its own update_id; the sender rotates through a large pool of users so the
 * per-user rate limit (30 updates/min) and update de-duplication never turn the benchmark into
 * a measurement of polite refusals.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const USER_POOL = 50_000;
const USER_BASE = 700_000_000;
const BOT_ID = 987654321;

/** One cycle of 20 updates: 8 questions, 5 ads, 3 /start, 4 button presses. */
const CYCLE = 'qaqbqsaqbqaqsbqaqbsa';

interface TextSample {
  readonly text: string;
  readonly lang: 'id' | 'en';
}

function readJsonl(file: string): unknown[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

function field(row: unknown, name: string): unknown {
  return typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[name] : undefined;
}

export interface UpdateMix {
  /** The JSON body Telegram would post for update `updateId`. */
  body(updateId: number): string;
  readonly sizes: { questions: number; ads: number; buttons: number };
}

export function createUpdateMix(fixturesDir: string): UpdateMix {
  const questions: TextSample[] = readJsonl(join(fixturesDir, 'questions.jsonl')).flatMap((row) => {
    const text = field(row, 'text');
    const lang = field(row, 'lang');
    return typeof text === 'string' && (lang === 'id' || lang === 'en') && field(row, 'expect') !== null ? [{ text, lang }] : [];
  });
  const articleIds = [...new Set(readJsonl(join(fixturesDir, 'questions.jsonl')).map((row) => field(row, 'expect')).filter((v): v is string => typeof v === 'string'))];
  const ads: TextSample[] = readJsonl(join(fixturesDir, 'ads.jsonl')).flatMap((row) => {
    const text = field(row, 'text');
    return typeof text === 'string' ? [{ text, lang: 'id' as const }] : [];
  });
  if (questions.length === 0 || ads.length === 0) throw new Error(`no questions or ads found in ${fixturesDir}`);
  // Buttons people press: the main menu, topics, an article, language, privacy, "check an ad".
  const buttons = [
    'menu:main', 'menu:topics', 'menu:ask', 'menu:check', 'menu:privacy', 'menu:language', 'lang:en', 'lang:id',
    'top:job-offers', 'top:getting-help', ...articleIds.slice(0, 12).map((id) => `art:id:${id}`),
  ];

  let messageId = 1;
  // A running count per kind, so every question, ad and button comes up in turn.
  const seen = { q: 0, a: 0, b: 0, s: 0 };
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

  return {
    sizes: { questions: questions.length, ads: ads.length, buttons: buttons.length },
    body(updateId) {
      const userId = USER_BASE + (updateId % USER_POOL);
      const slot = (CYCLE[updateId % CYCLE.length] ?? 'q') as keyof typeof seen;
      const n = seen[slot]++;
      const sample = slot === 'a' ? pick(ads, n) : pick(questions, n);
      const languageCode = slot === 'q' ? sample.lang : updateId % 3 === 0 ? 'en' : 'id';
      const from = { id: userId, is_bot: false, first_name: 'Bench', language_code: languageCode };
      const chat = { id: userId, type: 'private', first_name: 'Bench' };
      const date = Math.floor(Date.now() / 1000);
      messageId += 1;
      if (slot === 'b') {
        return JSON.stringify({
          update_id: updateId,
          callback_query: {
            id: `cb${updateId}`,
            from,
            chat_instance: String(-userId),
            data: pick(buttons, n),
            message: { message_id: messageId, date, chat, from: { id: BOT_ID, is_bot: true, first_name: 'Kawan Migran' }, text: '…' },
          },
        });
      }
      if (slot === 's') {
        return JSON.stringify({
          update_id: updateId,
          message: { message_id: messageId, date, chat, from, text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] },
        });
      }
      return JSON.stringify({ update_id: updateId, message: { message_id: messageId, date, chat, from, text: sample.text } });
    },
  };
}
