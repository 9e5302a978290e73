/**
 * The `--jsonl` loop shared by `kawan ask`, `check` and `route`: one JSON object per input line,
 * exactly one JSON line out per non-empty input line (an `{"error": …}` line for a bad one), so
 * outputs stay aligned with inputs and one bad line never stops the stream.
 */
import type { z } from 'zod';
import type { CliIo } from './cli-io.js';

export async function mapJsonLines<S extends z.ZodType>(
  io: CliIo,
  schema: S,
  expected: string,
  handle: (input: z.output<S>) => unknown,
): Promise<{ lines: number; failures: number }> {
  let lines = 0;
  let failures = 0;
  for await (const rawLine of io.stdinLines()) {
    const line = rawLine.trim();
    if (line === '') continue;
    lines += 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      failures += 1;
      io.out(`${JSON.stringify({ error: `line ${lines} is not valid JSON; expected ${expected}` })}\n`);
      continue;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      failures += 1;
      const detail = parsed.error.issues[0]?.message ?? 'invalid';
      io.out(`${JSON.stringify({ error: `line ${lines}: expected ${expected} (${detail})` })}\n`);
      continue;
    }
    io.out(`${JSON.stringify(handle(parsed.data))}\n`);
  }
  return { lines, failures };
}
