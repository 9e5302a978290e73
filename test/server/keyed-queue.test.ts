/** Replies in one chat keep their order; other chats are not held up; shutdown knows when work is done. */
import { describe, expect, it } from 'vitest';
import { createKeyedQueue } from '../../src/server/keyed-queue.js';
import { sleep } from '../helpers/wait-for.js';

describe('keyed queue', () => {
  it('runs one chat’s tasks one after another, in arrival order', async () => {
    const queue = createKeyedQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await sleep(ms);
      log.push(`end ${name}`);
    };
    await Promise.all([queue.run('chat1', task('a', 60)), queue.run('chat1', task('b', 1)), queue.run('chat1', task('c', 1))]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('runs different chats side by side', async () => {
    const queue = createKeyedQueue();
    const log: string[] = [];
    const slow = queue.run('chat1', async () => {
      await sleep(200);
      log.push('slow');
    });
    await queue.run('chat2', async () => {
      log.push('fast');
    });
    expect(log).toEqual(['fast']);
    await slow;
    expect(log).toEqual(['fast', 'slow']);
  });

  it('a failing task rejects its own promise but does not block the next one in that chat', async () => {
    const queue = createKeyedQueue();
    const failing = queue.run('chat1', async () => {
      throw new Error('nope');
    });
    const next = queue.run('chat1', async () => 'ok');
    await expect(failing).rejects.toThrow('nope');
    await expect(next).resolves.toBe('ok');
  });

  it('idle() resolves only once everything queued has finished, and at once when nothing is queued', async () => {
    const queue = createKeyedQueue();
    await expect(queue.idle()).resolves.toBeUndefined();
    let done = 0;
    void queue.run('a', async () => {
      await sleep(50);
      done += 1;
    });
    void queue.run('a', async () => {
      done += 1;
    });
    void queue.run('b', async () => {
      await sleep(80);
      done += 1;
    });
    expect(queue.size).toBe(3);
    await queue.idle();
    expect(done).toBe(3);
    expect(queue.size).toBe(0);
  });
});
