/**
 * Runs async jobs one at a time in arrival order. The OCR worker is single-threaded, so running
 * images in parallel would only make every user wait longer and hold more images in memory.
 */
export interface SerialQueue {
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Jobs waiting or running. */
  readonly size: number;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let size = 0;
  return {
    get size() {
      return size;
    },
    run<T>(job: () => Promise<T>): Promise<T> {
      size += 1;
      const result = tail.then(job).finally(() => {
        size -= 1;
      });
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
