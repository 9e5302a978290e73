/**
 * A pino logger whose output the test can read, to prove that users' words never reach the logs
 * and that failures are logged.
 */
import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger } from '../../src/logger.js';

export interface LogCapture {
  readonly logger: Logger;
  /** Everything written so far, as raw text. */
  text(): string;
  /** Parsed log records. */
  records(): Array<Record<string, unknown>>;
}

export function createLogCapture(level: 'debug' | 'info' = 'debug'): LogCapture {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  const logger = createLogger(level, stream);
  return {
    logger,
    text: () => chunks.join(''),
    records: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
