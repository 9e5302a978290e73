/**
 * `kawan route "text"` or `kawan route --jsonl`: run the message router. JSONL in
 * ({"text": "...", "lang"?: "id"|"en", "forwarded"?: bool}), one JSON line out per input line
 * with at least `emergency` and `kind`.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { CliCommand } from '../cli-io.js';
import { mapJsonLines } from '../jsonl.js';
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
  const { failures } = await mapJsonLines(io, inputLine, '{"text": "...", "lang"?: "id"|"en"}', (input) => routeMessage(input));
  return failures > 0 ? 1 : 0;
};
