/**
 * grammY session storage on our Store, so sessions live in Redis when replicas share it and
 * expire on their own after a period without use.
 */
import type { StorageAdapter } from 'grammy';
import type { Store } from '../store/store.js';
import type { SessionData } from './context.js';

export const SESSION_TTL_DAYS = 30;

export function sessionKey(userId: number | string): string {
  return `session:${userId}`;
}

export function createSessionStorage(store: Store, ttlDays = SESSION_TTL_DAYS): StorageAdapter<SessionData> {
  return {
    async read(key) {
      const raw = await store.get(sessionKey(key));
      if (raw === undefined) return undefined;
      try {
        return JSON.parse(raw) as SessionData;
      } catch {
        return undefined;
      }
    },
    async write(key, value) {
      await store.set(sessionKey(key), JSON.stringify(value), ttlDays * 86_400);
    },
    async delete(key) {
      await store.delete(sessionKey(key));
    },
  };
}
