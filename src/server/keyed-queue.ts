/**
 * Runs tasks one after another per key (per chat) and in parallel across keys, so replies in a
 * chat keep their order while other chats are not held up. Also knows when all work is done,
 * for graceful shutdown.
 */
export interface KeyedQueue {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Resolves when no task is queued or running. */
  idle(): Promise<void>;
  readonly size: number;
}

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<unknown>>();
  let pending = 0;
  let idleWaiters: Array<() => void> = [];

  const settle = (): void => {
    pending -= 1;
    if (pending === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
    }
  };

  return {
    get size() {
      return pending;
    },
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      pending += 1;
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(task, task);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
        settle();
      });
      return result;
    },
    idle() {
      return pending === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
