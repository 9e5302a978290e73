/**
 * Long ads pasted into Telegram arrive as several messages a moment apart. The joiner collects
 * consecutive parts per chat and hands them over once, after `quietMs` without a new part, so
 * the ad is checked once as a whole. Parts stay in this process's memory only.
 */
export interface MessageJoiner {
  /** Adds a part; `onComplete` of the LAST part added within the window receives all parts. */
  add(chatKey: string, part: string, onComplete: (parts: string[]) => Promise<void>): void;
  /** Whether parts of this chat are waiting: a message now is the next part of the same paste. */
  holds(chatKey: string): boolean;
  /** Resolves when every pending group has been handed over and handled. */
  idle(): Promise<void>;
  /** Hands over every pending group now (shutdown). */
  flush(): Promise<void>;
  /** Hands over this chat's pending group now and waits until it is handled ("jadi aman?" right after an ad). */
  settle(chatKey: string): Promise<void>;
}

interface Pending {
  parts: string[];
  timer: NodeJS.Timeout;
  onComplete: (parts: string[]) => Promise<void>;
}

export function createMessageJoiner(options: { quietMs: number; maxParts?: number; maxChars?: number }): MessageJoiner {
  const maxParts = options.maxParts ?? 10;
  const maxChars = options.maxChars ?? 20_000;
  const pending = new Map<string, Pending>();
  const running = new Set<Promise<void>>();

  const complete = (chatKey: string): Promise<void> | undefined => {
    const group = pending.get(chatKey);
    if (!group) return undefined;
    pending.delete(chatKey);
    clearTimeout(group.timer);
    const task = group.onComplete(group.parts).finally(() => running.delete(task));
    running.add(task);
    return task;
  };

  return {
    add(chatKey, part, onComplete) {
      const group = pending.get(chatKey);
      if (group) clearTimeout(group.timer);
      const parts = [...(group?.parts ?? []), part];
      const chars = parts.reduce((n, p) => n + p.length, 0);
      const next: Pending = { parts, onComplete, timer: setTimeout(() => complete(chatKey), options.quietMs) };
      pending.set(chatKey, next);
      if (parts.length >= maxParts || chars >= maxChars) complete(chatKey);
    },
    holds(chatKey) {
      return pending.has(chatKey);
    },
    async idle() {
      while (pending.size > 0 || running.size > 0) {
        if (running.size > 0) await Promise.allSettled([...running]);
        else await new Promise((resolve) => setTimeout(resolve, Math.min(50, options.quietMs)));
      }
    },
    async flush() {
      for (const key of [...pending.keys()]) complete(key);
      await Promise.allSettled([...running]);
    },
    async settle(chatKey) {
      const task = complete(chatKey);
      if (task) await task.catch(() => undefined);
    },
  };
}
