/**
 * What editors learn from users without learning who they are: questions the bot could not
 * answer (scrubbed of phone numbers, e-mails, long digit runs, links and @handles; no user id),
 * counted per day for 30 days, and thumbs up/down per article as aggregate counters only.
 */
import type { Store } from '../store/store.js';

export const UNANSWERED_DAYS = 30;
const DAY_SECONDS = 86_400;
/** Long enough for a real question, short enough that nobody stores a pasted life story. */
const MAX_STORED_CHARS = 200;

const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|id|net|org|me|ly|co|io|info|biz|xyz)(?:\/\S*)?/gi;
const EMAIL_PATTERN = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
const HANDLE_PATTERN = /@[a-z0-9_]{2,}/gi;
// A phone number: optional +, then digits with spaces, dots, dashes or brackets between them.
const PHONE_PATTERN = /\+?\(?\d[\d\s().-]{6,}\d/g;
const LONG_DIGITS = /\d{5,}/g;

/** The question as it may be stored: personal data removed, lower case, one line, bounded. */
export function scrubQuestion(text: string): string {
  return text
    .slice(0, 2000)
    .replace(EMAIL_PATTERN, ' ')
    .replace(URL_PATTERN, ' ')
    .replace(HANDLE_PATTERN, ' ')
    .replace(PHONE_PATTERN, (match) => (match.replace(/\D/g, '').length >= 5 ? ' ' : match))
    .replace(LONG_DIGITS, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_STORED_CHARS);
}

function dayKey(date: Date): string {
  return `unanswered:${date.toISOString().slice(0, 10)}`;
}

/** Count one unanswered question for today. Questions with nothing left after scrubbing are skipped. */
export async function recordUnanswered(store: Store, text: string, now: Date): Promise<void> {
  const scrubbed = scrubQuestion(text);
  if (scrubbed.replace(/[^\p{L}]/gu, '').length < 2) return;
  await store.incrementField(dayKey(now), scrubbed, 1, UNANSWERED_DAYS * DAY_SECONDS);
}

export interface UnansweredQuestion {
  readonly text: string;
  readonly count: number;
}

/** The last 30 days merged, most frequent first (ties alphabetical, so the list is stable). */
export async function listUnanswered(store: Store, now: Date, limit = 50): Promise<UnansweredQuestion[]> {
  const totals = new Map<string, number>();
  for (let day = 0; day < UNANSWERED_DAYS; day += 1) {
    const fields = await store.getFields(dayKey(new Date(now.getTime() - day * DAY_SECONDS * 1000)));
    for (const [text, count] of Object.entries(fields)) totals.set(text, (totals.get(text) ?? 0) + count);
  }
  return [...totals.entries()]
    .map(([text, count]) => ({ text, count }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
    .slice(0, Math.max(0, limit));
}

export type Feedback = 'up' | 'down';
export const FEEDBACK_KEY = 'feedback';

/** One thumbs up or down for an article; only the totals per article are kept. */
export async function recordFeedback(store: Store, articleId: string, feedback: Feedback): Promise<void> {
  await store.incrementField(FEEDBACK_KEY, `${articleId}:${feedback}`, 1);
}

export async function feedbackTotals(store: Store): Promise<Record<string, { up: number; down: number }>> {
  const out: Record<string, { up: number; down: number }> = {};
  for (const [field, count] of Object.entries(await store.getFields(FEEDBACK_KEY))) {
    const [id, kind] = field.split(':');
    if (!id || (kind !== 'up' && kind !== 'down')) continue;
    const entry = out[id] ?? { up: 0, down: 0 };
    entry[kind] += count;
    out[id] = entry;
  }
  return out;
}
