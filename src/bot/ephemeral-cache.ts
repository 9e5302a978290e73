/**
 * A small in-process map with expiry and a size cap, for things a button press needs a few
 * minutes later (the check result behind "why?", the text behind "check as an ad"). Kept in
 * memory only, never in Redis, because it may contain words from the user's message. On
 * another replica or after a restart the entry is simply gone and the user is asked again.
 */
export interface EphemeralCache<T> {
  /** Stores a value and returns a short token for callback data. */
  put(value: T): string;
  get(token: string): T | undefined;
  /** Stores a value under a key of the caller's (a chat id), replacing what was there. */
  set(key: string, value: T): void;
  delete(key: string): void;
  readonly size: number;
}

export function createEphemeralCache<T>(options: { ttlMs: number; maxEntries: number; now?: () => number }): EphemeralCache<T> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: T; expiresAt: number }>();
  let counter = 0;
  const store = (key: string, value: T): void => {
    // Map keeps insertion order: the first entries are the oldest.
    while (entries.size >= options.maxEntries) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      entries.delete(oldest.value);
    }
    entries.set(key, { value, expiresAt: now() + options.ttlMs });
  };
  return {
    get size() {
      return entries.size;
    },
    put(value) {
      counter = (counter + 1) % 1_000_000_000;
      const token = `${counter.toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
      store(token, value);
      return token;
    },
    set(key, value) {
      entries.delete(key);
      store(key, value);
    },
    delete(key) {
      entries.delete(key);
    },
    get(token) {
      const entry = entries.get(token);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(token);
        return undefined;
      }
      return entry.value;
    },
  };
}
