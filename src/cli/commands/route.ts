/**
 * `kawan route "text"` or `kawan route --jsonl`: run the message router. JSONL in
 * ({"text": "...", "lang"?: "id"|"en", "forwarded"?: bool}), one JSON line out per input line
 * with at least `emergency` and `kind`.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { CliCommand } from '../cli-io.js';
import { routeMessage } from '../../router/route-message.js';

const inputLine = z.object({
  text: z.string(),
  lang: z.enum(['id', 'en']).optional(),
  forwarded: z.boolean().optional(),
  hasPhoto: z.boolean().optional(),
});

export const routeCommand: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { jsonl: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\nusage: kawan route "text" | kawan route --jsonl < in.jsonl\n`);
    return 2;
  }
  if (parsed.values.jsonl !== true) {
    const text = parsed.positionals.join(' ');
    if (text.trim() === '') {
      io.err('usage: kawan route "text" | kawan route --jsonl < in.jsonl\n');
      return 2;
    }
    io.out(`${JSON.stringify(routeMessage({ text }))}\n`);
    return 0;
  }
  let failures = 0;
  let n = 0;
  for await (const line of io.stdinLines()) {
    n += 1;
    if (line.trim() === '') continue;
    let input;
    try {
      input = inputLine.parse(JSON.parse(line));
    } catch {
      // Keep one output line per input line so results stay aligned with the input.
      io.err(`line ${n}: expected {"text": "..."}\n`);
      io.out(`${JSON.stringify({ error: 'invalid input line' })}\n`);
      failures += 1;
      continue;
    }
    io.out(`${JSON.stringify(routeMessage(input))}\n`);
  }
  return failures > 0 ? 1 : 0;
};
