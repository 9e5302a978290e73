/**
 * Retries for calls to the Telegram Bot API with hard bounds. A 429 waits Telegram's
 * `retry_after` (only if it fits within `maxDelaySeconds`), a 5xx or a network error waits a
 * short exponential back-off capped at `maxDelaySeconds`, and after `maxRetryAttempts` retries
 * the last answer is returned (or the error thrown) without another wait. This replaces
 * @grammyjs/auto-retry, whose 5xx back-off ignores `maxDelaySeconds` and whose network-error
 * retries ignore the attempt limit: a webhook must finish well inside Telegram's timeout.
 */
import { HttpError, type Transformer } from 'grammy';

export interface RetryBounds {
  /** Retries after the first attempt. */
  readonly maxRetryAttempts: number;
  /** No single wait is longer than this. */
  readonly maxDelaySeconds: number;
  /** First back-off for 5xx and network errors (doubles each retry). */
  readonly initialDelayMs?: number;
}

// grammY passes its own AbortSignal type (from the abort-controller shim); only these members are used.
interface Abortable {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
}

function pause(ms: number, signal: Abortable | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

export function boundedRetry(bounds: RetryBounds): Transformer {
  const maxDelayMs = bounds.maxDelaySeconds * 1000;
  const initialDelayMs = bounds.initialDelayMs ?? 500;
  return async (prev, method, payload, signal) => {
    for (let attempt = 0; ; attempt += 1) {
      const retriesLeft = attempt < bounds.maxRetryAttempts && !signal?.aborted;
      const backoffMs = Math.min(maxDelayMs, initialDelayMs * 2 ** attempt);
      let result;
      try {
        result = await prev(method, payload, signal);
      } catch (error) {
        if (error instanceof HttpError && retriesLeft) {
          await pause(backoffMs, signal);
          continue;
        }
        throw error;
      }
      if (result.ok || !retriesLeft) return result;
      const retryAfter = result.parameters?.retry_after;
      if (result.error_code === 429 && typeof retryAfter === 'number') {
        if (retryAfter * 1000 > maxDelayMs) return result;
        await pause(retryAfter * 1000, signal);
        continue;
      }
      if (result.error_code >= 500) {
        await pause(backoffMs, signal);
        continue;
      }
      return result;
    }
  };
}
