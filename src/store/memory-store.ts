/**
 * In-process store: the default when no REDIS_URL is set, and the fallback while Redis is down.
 * Expired keys are dropped lazily on read and by a periodic sweep, so memory stays bounded by
 * the live keys.
 */
import type { Store } from './store.js';

interface Entry {
  value: string;
  expiresAt: number | undefined;
}

export interface MemoryStoreOptions {
  /** Clock, for tests. */
  now?: () => number;
  /** How often expired keys are swept (ms); 0 disables the timer. */
  sweepMs?: number;
}

export function createMemoryStore(options: MemoryStoreOptions = {}): Store {
  const now = options.now ?? Date.now;
  const values = new Map<string, Entry>();
  const groups = new Map<string, { fields: Map<string, number>; expiresAt: number | undefined }>();

  const expiry = (ttlSeconds: number | undefined): number | undefined =>
    ttlSeconds !== undefined && ttlSeconds > 0 ? now() + ttlSeconds * 1000 : undefined;
  const alive = (expiresAt: number | undefined): boolean => expiresAt === undefined || expiresAt > now();

  const live = (key: string): Entry | undefined => {
    const entry = values.get(key);
    if (entry && !alive(entry.expiresAt)) {
      values.delete(key);
      return undefined;
    }
    return entry;
  };
  const liveGroup = (key: string) => {
    const group = groups.get(key);
    if (group && !alive(group.expiresAt)) {
      groups.delete(key);
      return undefined;
    }
    return group;
  };

  const sweepMs = options.sweepMs ?? 60_000;
  const timer =
    sweepMs > 0
      ? setInterval(() => {
          for (const [key, entry] of values) if (!alive(entry.expiresAt)) values.delete(key);
          for (const [key, group] of groups) if (!alive(group.expiresAt)) groups.delete(key);
        }, sweepMs)
      : undefined;
  timer?.unref();

  return {
    async get(key) {
      return live(key)?.value;
    },
    async set(key, value, ttlSeconds) {
      values.set(key, { value, expiresAt: expiry(ttlSeconds) });
    },
    async setIfAbsent(key, value, ttlSeconds) {
      if (live(key)) return false;
      values.set(key, { value, expiresAt: expiry(ttlSeconds) });
      return true;
    },
    async delete(key) {
      values.delete(key);
      groups.delete(key);
    },
    async increment(key, by = 1, ttlSeconds) {
      const entry = live(key);
      const next = (entry ? Number(entry.value) || 0 : 0) + by;
      values.set(key, { value: String(next), expiresAt: entry ? entry.expiresAt : expiry(ttlSeconds) });
      return next;
    },
    async incrementField(key, field, by = 1, ttlSeconds) {
      let group = liveGroup(key);
      if (!group) {
        group = { fields: new Map(), expiresAt: expiry(ttlSeconds) };
        groups.set(key, group);
      }
      const next = (group.fields.get(field) ?? 0) + by;
      group.fields.set(field, next);
      return next;
    },
    async getFields(key) {
      return Object.fromEntries(liveGroup(key)?.fields ?? []);
    },
    async ping() {
      return true;
    },
    async close() {
      if (timer) clearInterval(timer);
    },
  };
}
