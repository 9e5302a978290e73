/**
 * `kawan ask`: the bot's question search from the terminal, and a JSON-lines interface for
 * benchmarks. Same domain call as the bot (`kb.search`), so what is measured is what users get.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadKnowledgeBase, type KnowledgeBase, type SearchResponse } from '../../knowledge/knowledge-base.js';
import type { CliCommand, CliIo } from '../cli-io.js';
import { mapJsonLines } from '../jsonl.js';

const USAGE = `kawan ask [--lang id|en] [--json] [--dir DIR] "question"
kawan ask --jsonl [--dir DIR]   (stdin: {"text": "...", "lang"?: "id"|"en"} per line)
Searches the articles the way the bot does. --lang is the user's interface language (it only
breaks ties; the answer follows the question's language).
`;

const langSchema = z.enum(['id', 'en']);
const inputLineSchema = z.object({ text: z.string(), lang: langSchema.optional() });

function toJsonObject(response: SearchResponse) {
  return {
    lang: response.lang,
    confident: response.confident,
    outOfScope: response.outOfScope,
    results: response.results.map((r) => ({ id: r.id, title: r.title, score: r.score })),
  };
}

function toJson(response: SearchResponse): string {
  return JSON.stringify(toJsonObject(response));
}

function toHuman(response: SearchResponse): string {
  const verdict = response.outOfScope ? 'out of scope' : response.confident ? 'confident' : 'not sure';
  const lines = [`${verdict} (${response.lang})`];
  response.results.forEach((r, i) => {
    lines.push(`${i === 0 && response.confident ? '→' : ' '} ${r.id.padEnd(28)} ${r.score.toFixed(1).padStart(8)}  ${r.title}`);
  });
  return `${lines.join('\n')}\n`;
}

async function runJsonl(kb: KnowledgeBase, io: CliIo): Promise<number> {
  await mapJsonLines(io, inputLineSchema, '{"text": "...", "lang"?: "id"|"en"}', (input) =>
    toJsonObject(kb.search(input.text, input.lang ? { lang: input.lang } : {})),
  );
  return 0;
}

export const askCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      dir: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const lang = values.lang === undefined ? undefined : langSchema.safeParse(values.lang);
  if (lang && !lang.success) {
    io.err(`--lang must be id or en\n\n${USAGE}`);
    return 2;
  }
  const kb = await loadKnowledgeBase(values.dir ?? io.env['CONTENT_DIR'] ?? './content');
  if (values.jsonl) return runJsonl(kb, io);
  const question = positionals.join(' ').trim();
  if (!question) {
    io.err(`Ask a question.\n\n${USAGE}`);
    return 2;
  }
  const response = kb.search(question, lang?.data ? { lang: lang.data } : {});
  io.out(values.json ? `${toJson(response)}\n` : toHuman(response));
  return 0;
};
