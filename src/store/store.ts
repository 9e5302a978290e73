/**
 * One small key-value interface for everything the bot keeps: sessions, de-duplication,
 * rate limits, counters and the editors' unanswered-question list. Implemented in memory
 * (default, single process) and on Redis (shared by replicas). Values are strings; callers
 * serialise. Keys are plain strings; implementations add their own prefix.
 */
export interface Store {
  get(key: string): Promise<string | undefined>;
  /** Set a value; `ttlSeconds` makes it expire. */
  set(key: string, value: string, ttlSeconds?: number): Promise<void>;
  /** Set only if absent. Returns true when this call created the key (atomic across replicas). */
  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Add `by` (default 1) and return the new value; `ttlSeconds` is applied when the key is new. */
  increment(key: string, by?: number, ttlSeconds?: number): Promise<number>;
  /** Add to a counter inside a hash-like group (feedback, unanswered questions). */
  incrementField(key: string, field: string, by?: number, ttlSeconds?: number): Promise<number>;
  /** All fields of a group with their counts. */
  getFields(key: string): Promise<Record<string, number>>;
  /** Whether the backing service answers right now. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
