/**
 * Sessions are written only when they change: an update that touches nothing costs one read, a
 * user who chose nothing leaves no key behind, and an unchanged session still has its expiry
 * pushed back once a day.
 */
import { describe, expect, it } from 'vitest';
import { createSessionStorage, sessionKey, SESSION_TTL_DAYS } from '../../src/bot/session-storage.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { Store } from '../../src/store/store.js';

/** A memory store that counts the operations that would be Redis round trips. */
function countingStore(): { store: Store; writes: string[] } {
  const inner = createMemoryStore({ sweepMs: 0 });
  const writes: string[] = [];
  const store: Store = {
    ...inner,
    get: (key) => inner.get(key),
    set: async (key, value, ttl) => {
      writes.push(`set ${key} ${value} ${ttl}`);
      await inner.set(key, value, ttl);
    },
    delete: async (key) => {
      writes.push(`delete ${key}`);
      await inner.delete(key);
    },
  };
  return { store, writes };
}

describe('session storage', () => {
  it('a user who chose nothing leaves no key: the empty session is neither written nor deleted', async () => {
    const { store, writes } = countingStore();
    const sessions = createSessionStorage(store);
    expect(await sessions.read('501')).toBeUndefined();
    await sessions.write('501', {});
    expect(writes).toEqual([]);
    expect(await store.get(sessionKey('501'))).toBeUndefined();
  });

  it('a changed session is written with its expiry; the same session again is not, until a day has passed', async () => {
    const { store, writes } = countingStore();
    let now = Date.parse('2026-11-30T10:00:00Z');
    const sessions = createSessionStorage(store, SESSION_TTL_DAYS, () => now);
    await sessions.read('502');
    await sessions.write('502', { lang: 'en' });
    expect(writes).toEqual([`set session:502 {"lang":"en"} ${SESSION_TTL_DAYS * 86_400}`]);

    expect(await sessions.read('502')).toEqual({ lang: 'en' });
    await sessions.write('502', { lang: 'en' });
    now += 23 * 3_600_000;
    await sessions.read('502');
    await sessions.write('502', { lang: 'en' });
    expect(writes).toHaveLength(1);

    now += 2 * 3_600_000;
    await sessions.read('502');
    await sessions.write('502', { lang: 'en' });
    expect(writes).toHaveLength(2);
  });

  it('a flow that ends (session back to empty) deletes the stored session', async () => {
    const { store, writes } = countingStore();
    const sessions = createSessionStorage(store);
    await sessions.write('503', { flow: { kind: 'check', since: 1 } });
    await sessions.read('503');
    await sessions.write('503', {});
    expect(writes.at(-1)).toBe('delete session:503');
    expect(await store.get(sessionKey('503'))).toBeUndefined();
  });

  it('a replica that changed nothing does not overwrite what another replica wrote meanwhile', async () => {
    const { store } = countingStore();
    const replicaA = createSessionStorage(store);
    const replicaB = createSessionStorage(store);
    await replicaA.write('504', { lang: 'id' });
    // A reads for an update; meanwhile B's update switches the language.
    expect(await replicaA.read('504')).toEqual({ lang: 'id' });
    await replicaB.read('504');
    await replicaB.write('504', { lang: 'en' });
    await replicaA.write('504', { lang: 'id' });
    expect(JSON.parse((await store.get(sessionKey('504'))) ?? '{}')).toEqual({ lang: 'en' });
  });

  it('a session deleted through the adapter (/hapus) is written again when the user chooses again', async () => {
    const { store } = countingStore();
    const sessions = createSessionStorage(store);
    await sessions.write('505', { lang: 'en' });
    await sessions.delete('505');
    expect(await store.get(sessionKey('505'))).toBeUndefined();
    await sessions.write('505', { lang: 'en' });
    expect(await store.get(sessionKey('505'))).toBe('{"lang":"en"}');
  });
});
