/**
 * grammY session storage on our Store, so sessions live in Redis when replicas share it and
 * expire on their own after a period without use.
 *
 * grammY writes the session back after every update that touched it, even when nothing changed.
 * This adapter remembers what it last read or wrote per key and skips those writes: most updates
 * then cost one store read instead of a read and a write (a Redis round trip each), an empty
 * session is never stored at all (a user who chose nothing leaves no key behind), and a replica
 * that changed nothing cannot overwrite what another replica just wrote. An unchanged session's
 * expiry is still pushed back, at most once a day.
 */
import type { StorageAdapter } from 'grammy';
import type { Store } from '../store/store.js';
import type { SessionData } from './context.js';

export const SESSION_TTL_DAYS = 30;

const DAY_MS = 86_400_000;
// Keys whose last known value is remembered; beyond this the oldest are forgotten (then written once more).
const REMEMBERED_KEYS = 10_000;
const ABSENT = '';
const EMPTY = '{}';

export function sessionKey(userId: number | string): string {
  return `session:${userId}`;
}

interface Known {
  /** JSON last read or written ('' when the store had no session). */
  readonly json: string;
  /** When the stored session's expiry was last set (0: never by us). */
  readonly refreshedAt: number;
}

export function createSessionStorage(store: Store, ttlDays = SESSION_TTL_DAYS, now: () => number = Date.now): StorageAdapter<SessionData> {
  const known = new Map<string, Known>();
  const remember = (key: string, value: Known): void => {
    known.delete(key);
    if (known.size >= REMEMBERED_KEYS) {
      const oldest = known.keys().next().value;
      if (oldest !== undefined) known.delete(oldest);
    }
    known.set(key, value);
  };

  return {
    async read(key) {
      const raw = await store.get(sessionKey(key));
      const previous = known.get(key);
      // Keep the refresh time only if the stored value is still the one we last saw.
      remember(key, { json: raw ?? ABSENT, refreshedAt: previous?.json === (raw ?? ABSENT) ? previous.refreshedAt : 0 });
      if (raw === undefined) return undefined;
      try {
        return JSON.parse(raw) as SessionData;
      } catch {
        return undefined;
      }
    },
    async write(key, value) {
      const json = JSON.stringify(value);
      const last = known.get(key);
      if (json === EMPTY) {
        // Nothing chosen, nothing in progress: the same as no session.
        if (last?.json === ABSENT) return;
        await store.delete(sessionKey(key));
        remember(key, { json: ABSENT, refreshedAt: 0 });
        return;
      }
      const time = now();
      if (last?.json === json && time - last.refreshedAt < DAY_MS) return;
      await store.set(sessionKey(key), json, ttlDays * 86_400);
      remember(key, { json, refreshedAt: time });
    },
    async delete(key) {
      await store.delete(sessionKey(key));
      remember(key, { json: ABSENT, refreshedAt: 0 });
    },
  };
}
