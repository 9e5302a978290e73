/**
 * What a CLI command may touch. Commands get this instead of `process` so tests can run them
 * in-process with strings in and out.
 */
export interface CliIo {
  /** Whole standard input as text (commands that read stdin call this once). */
  readStdin(): Promise<string>;
  /** Standard input line by line, for `--jsonl` streams. */
  stdinLines(): AsyncIterable<string>;
  out(text: string): void;
  err(text: string): void;
  /** Environment variables (CONTENT_DIR, REDIS_URL, …). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A CLI command: parses its own arguments and returns the process exit code. */
export type CliCommand = (args: readonly string[], io: CliIo) => Promise<number>;
