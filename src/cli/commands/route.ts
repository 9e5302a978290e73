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
import { loadEmergencyModel } from '../../router/emergency-examples.js';
import { ContentError } from '../../content/content-issue.js';

const inputLine = z.object({
  text: z.string(),
  lang: z.enum(['id', 'en']).optional(),
  forwarded: z.boolean().optional(),
  hasPhoto: z.boolean().optional(),
});

const USAGE = `kawan route [--dir DIR] "text"
kawan route --jsonl [--dir DIR]   (stdin: {"text": "...", "lang"?: "id"|"en", "forwarded"?: true, "hasPhoto"?: true} per line)
Shows how the bot would route a message: emergency or not, for whom, which country, and whether
it is read as an ad, a question or something else. The emergency check learns from
DIR/routing/emergency-examples.jsonl; DIR defaults to $CONTENT_DIR or ./content.
`;

export const routeCommand: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { jsonl: { type: 'boolean' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help === true) {
    io.out(USAGE);
    return 0;
  }
  let emergencyModel;
  try {
    emergencyModel = await loadEmergencyModel(parsed.values.dir ?? io.env['CONTENT_DIR'] ?? './content');
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    io.err(`${error.message}\nFix the examples (kawan content check lists every problem), or pass --dir.\n`);
    return 1;
  }
  if (parsed.values.jsonl !== true) {
    const text = parsed.positionals.join(' ');
    if (text.trim() === '') {
      io.err(`Give a message to route.\n\n${USAGE}`);
      return 2;
    }
    io.out(`${JSON.stringify(routeMessage({ text, emergencyModel }))}\n`);
    return 0;
  }
  const { failures } = await mapJsonLines(io, inputLine, '{"text": "...", "lang"?: "id"|"en"}', (input) => routeMessage({ ...input, emergencyModel }));
  return failures > 0 ? 1 : 0;
};
