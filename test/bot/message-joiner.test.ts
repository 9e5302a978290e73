/**
 * The joiner hands the parts of one pasted ad over once, after a quiet moment; `settle` hands a
 * chat's parts over at once (a question about the ad arrived) and waits for them to be handled.
 */
import { describe, expect, it } from 'vitest';
import { createMessageJoiner } from '../../src/bot/message-joiner.js';

describe('message joiner', () => {
  it('parts sent a moment apart are handed over once, together, after the quiet time', async () => {
    const joiner = createMessageJoiner({ quietMs: 30 });
    const handed: string[][] = [];
    for (const part of ['LOKER KAMBOJA', 'gaji 15jt', 'WA 0812']) joiner.add('chat', part, async (parts) => void handed.push(parts));
    expect(joiner.holds('chat')).toBe(true);
    await joiner.idle();
    expect(handed).toEqual([['LOKER KAMBOJA', 'gaji 15jt', 'WA 0812']]);
  });

  it('settle hands one chat\'s parts over at once and resolves after they were handled; other chats keep waiting', async () => {
    const joiner = createMessageJoiner({ quietMs: 10_000 });
    const handled: string[] = [];
    joiner.add('a', 'ad part', async (parts) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      handled.push(parts.join('|'));
    });
    joiner.add('b', 'other chat', async (parts) => void handled.push(parts.join('|')));
    await joiner.settle('a');
    expect(handled).toEqual(['ad part']);
    expect(joiner.holds('a')).toBe(false);
    expect(joiner.holds('b')).toBe(true);
    await joiner.settle('nobody');
    await joiner.flush();
    expect(handled).toEqual(['ad part', 'other chat']);
  });
});
