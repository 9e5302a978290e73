/**
 * `kawan check`: the job-ad checker from the terminal, with the same domain call as the bot.
 *   kawan check [--json] [--lang id|en] [--dir DIR] [FILE|-]   one ad (no FILE or "-" → stdin)
 *   kawan check --jsonl [--dir DIR]                           {"text": "..."} per line in, one JSON line out
 * Exit codes: 0 checked, 2 bad usage or input too long, 1 content could not be loaded.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createI18n, translatorFor } from '../../bot/i18n.js';
import { checkAd, loadSignals, renderCheckText, toCheckJson, MAX_AD_LENGTH, type SignalSet } from '../../checker/index.js';
import { ContentError, formatIssue } from '../../content/content-issue.js';
import type { Lang } from '../../text/translate.js';
import type { CliCommand, CliIo } from '../cli-io.js';
import { mapJsonLines } from '../jsonl.js';
import { readImageFile } from './check-image.js';

const USAGE = `kawan check [--json] [--lang id|en] [--dir DIR] [FILE|-]
kawan check --image FILE [--json] [--lang id|en]   (a JPEG, PNG or WebP flyer or screenshot, read offline)
kawan check --jsonl [--dir DIR]   (stdin: {"text": "..."} per line; one JSON result per line)
Checks a job ad for the warning signs of trafficking and online-scam recruitment.
Reads FILE, or standard input when FILE is "-" or missing. Input is limited to 1 MB.
DIR defaults to $CONTENT_DIR or ./content.
`;

const inputLineSchema = z.object({ text: z.string() });
const TOO_LONG = `the ad is longer than ${MAX_AD_LENGTH} characters (1 MB); send only the ad's text`;

async function readInput(file: string | undefined, io: CliIo): Promise<string> {
  if (file === undefined || file === '-') return io.readStdin();
  // Refuse huge files before reading them into memory (4 bytes per character at most).
  const info = await stat(file);
  if (info.size > MAX_AD_LENGTH * 4) return 'x'.repeat(MAX_AD_LENGTH + 1);
  return readFile(file, 'utf8');
}

async function runJsonl(signals: SignalSet, io: CliIo): Promise<number> {
  await mapJsonLines(io, inputLineSchema, '{"text": "..."}', (input) =>
    input.text.length > MAX_AD_LENGTH ? { error: TOO_LONG } : toCheckJson(checkAd(input.text, signals)),
  );
  return 0;
}

/** `--image FILE`: read the flyer offline, then check the text like a pasted ad. */
async function checkImage(file: string, signals: SignalSet, json: boolean, lang: Lang, io: CliIo): Promise<number> {
  const read = await readImageFile(file);
  if ('error' in read) {
    if (json) io.out(`${JSON.stringify({ error: read.error })}\n`);
    else io.err(`cannot read the image ${file}: ${read.error}\n`);
    return 1;
  }
  const result = checkAd(read.ocrText, signals);
  if (json) {
    io.out(`${JSON.stringify({ ...toCheckJson(result), ocrText: read.ocrText })}\n`);
    return 0;
  }
  const t = translatorFor(createI18n(io.env['LOCALES_DIR'] ?? './locales'), lang);
  io.out(`${t('ocr-read-intro')}\n${read.ocrText.trim()}\n\n${t('ocr-phone-caveat')}\n\n${renderCheckText(result, lang, t)}`);
  return 0;
}

export const checkCommand: CliCommand = async (args, io) => {
  let parsedArgs;
  try {
    parsedArgs = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        image: { type: 'string' },
        lang: { type: 'string', default: 'id' },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsedArgs;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const lang = z.enum(['id', 'en']).safeParse(values.lang);
  if (!lang.success) {
    io.err(`--lang must be id or en\n\n${USAGE}`);
    return 2;
  }
  if (positionals.length > 1) {
    io.err(`give at most one FILE\n\n${USAGE}`);
    return 2;
  }
  const contentDir = values.dir ?? io.env['CONTENT_DIR'] ?? './content';
  let signals: SignalSet;
  try {
    signals = await loadSignals(contentDir);
  } catch (error) {
    if (error instanceof ContentError) {
      for (const issue of error.issues) io.err(`${formatIssue(issue)}\n`);
      io.err('the signal files have errors; run `kawan content check`\n');
      return 1;
    }
    throw error;
  }
  if (values.jsonl) return runJsonl(signals, io);
  if (values.image !== undefined) return checkImage(values.image, signals, values.json, lang.data, io);

  let text: string;
  try {
    text = await readInput(positionals[0], io);
  } catch (error) {
    io.err(`cannot read ${positionals[0] ?? 'stdin'}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (text.length > MAX_AD_LENGTH) {
    io.err(`${TOO_LONG}\n`);
    return 2;
  }
  const result = checkAd(text, signals);
  if (values.json) {
    io.out(`${JSON.stringify(toCheckJson(result))}\n`);
    return 0;
  }
  const chosen: Lang = lang.data;
  const t = translatorFor(createI18n(io.env['LOCALES_DIR'] ?? './locales'), chosen);
  io.out(renderCheckText(result, chosen, t));
  return 0;
};
