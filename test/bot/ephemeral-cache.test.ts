/**
 * The in-memory notes behind buttons and follow-ups: they expire, stay within their size, and a
 * chat's note is replaced, not duplicated.
 */
import { describe, expect, it } from 'vitest';
import { createEphemeralCache } from '../../src/bot/ephemeral-cache.js';

describe('createEphemeralCache', () => {
  it('keeps a value under a chat key until it expires, and replaces it on the next set', () => {
    let now = 0;
    const cache = createEphemeralCache<string>({ ttlMs: 1_000, maxEntries: 10, now: () => now });
    cache.set('chat-1', 'likely-scam');
    cache.set('chat-1', 'no-signs-found');
    expect(cache.get('chat-1')).toBe('no-signs-found');
    expect(cache.size).toBe(1);
    now = 1_001;
    expect(cache.get('chat-1')).toBeUndefined();
  });

  it('forgets the oldest entries beyond its size, and a deleted key at once', () => {
    const cache = createEphemeralCache<number>({ ttlMs: 60_000, maxEntries: 2 });
    const first = cache.put(1);
    cache.set('a', 2);
    cache.set('b', 3);
    expect(cache.get(first)).toBeUndefined();
    expect(cache.size).toBe(2);
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe(3);
  });
});
