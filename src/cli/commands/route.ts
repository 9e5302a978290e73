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

const USAGE = `kawan route "text"
kawan route --jsonl   (stdin: {"text": "...", "lang"?: "id"|"en", "forwarded"?: true, "hasPhoto"?: true} per line)
Shows how the bot would route a message: emergency or not, for whom, which country, and whether
it is read as an ad, a question or something else.
`;

export const routeCommand: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help === true) {
    io.out(USAGE);
    return 0;
  }
  if (parsed.values.jsonl !== true) {
    const text = parsed.positionals.join(' ');
    if (text.trim() === '') {
      io.err(`Give a message to route.\n\n${USAGE}`);
      return 2;
    }
    io.out(`${JSON.stringify(routeMessage({ text }))}\n`);
    return 0;
  }
  const { failures } = await mapJsonLines(io, inputLine, '{"text": "...", "lang"?: "id"|"en"}', (input) => routeMessage(input));
  return failures > 0 ? 1 : 0;
};
