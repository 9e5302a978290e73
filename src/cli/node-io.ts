/** The real process's standard streams as a CliIo. */
import { createInterface } from 'node:readline';
import type { CliIo } from './cli-io.js';

export function processIo(): CliIo {
  // `kawan … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      return Buffer.concat(chunks).toString('utf8');
    },
    stdinLines() {
      return createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
    },
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    env: process.env,
  };
}

/**
 * Exit once everything written has reached the reader: stdout to a pipe is asynchronous in
 * Node, and exiting at once would cut a large `--json` answer short.
 */
export function exitAfterOutput(code: number): void {
  process.stdout.write('', () => {
    process.stderr.write('', () => process.exit(code));
  });
}
