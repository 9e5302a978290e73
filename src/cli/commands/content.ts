/**
 * `kawan content`: tools for editors. `check` validates articles, signals, channels and the
 * labelled emergency examples in one
 * list of `file:line: message`; `export` dumps articles as JSON; `preview` shows an article as
 * the bot would; `unanswered` lists what users asked that no article answered.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue, hasErrors, type ContentIssue } from '../../content/content-issue.js';
import { createI18n, translatorFor } from '../../bot/i18n.js';
import { loadKnowledgeBase } from '../../knowledge/knowledge-base.js';
import { renderArticleText } from '../../knowledge/render-article.js';
import { listUnanswered } from '../../knowledge/unanswered.js';
import { validateArticles, type ValidateOptions } from '../../knowledge/validate-articles.js';
import { createLogger } from '../../logger.js';
import { createStoreFromEnv } from '../../store/create-store.js';
import type { CliCommand, CliIo } from '../cli-io.js';

const USAGE = `kawan content check [--dir DIR] [--strict]   validate articles, signals, channels, examples
kawan content export --json [--dir DIR]        every article as JSON
kawan content preview ID [--lang id|en]        an article as plain text, as the bot shows it
kawan content unanswered [--limit N]           questions no article answered (last 30 days)
DIR defaults to $CONTENT_DIR or ./content.
`;

type Validator = (contentDir: string, options: ValidateOptions) => Promise<ContentIssue[]>;

/**
 * Signals and channels are validated by their own modules. They are loaded by name at run time
 * so this command keeps working (with a notice) in a checkout where one of them is absent.
 */
const OTHER_VALIDATORS: ReadonlyArray<{ label: string; module: string; exportName: string }> = [
  { label: 'signals', module: '../../checker/validate-signals.js', exportName: 'validateSignals' },
  { label: 'channels', module: '../../channels/validate-channels.js', exportName: 'validateChannels' },
  { label: 'emergency examples', module: '../../router/emergency-examples.js', exportName: 'validateEmergencyExamples' },
];

async function loadValidator(module: string, exportName: string): Promise<Validator | undefined> {
  try {
    const loaded: unknown = await import(module);
    const candidate = typeof loaded === 'object' && loaded !== null ? (loaded as Record<string, unknown>)[exportName] : undefined;
    return typeof candidate === 'function' ? (candidate as Validator) : undefined;
  } catch (error) {
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
    if (code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

async function check(dir: string, strict: boolean, io: CliIo): Promise<number> {
  const options: ValidateOptions = { now: new Date(), strict };
  const issues: ContentIssue[] = await validateArticles(dir, options);
  for (const { label, module, exportName } of OTHER_VALIDATORS) {
    const validate = await loadValidator(module, exportName);
    if (!validate) {
      io.err(`note: ${label} were not checked (${exportName} is not available in this build)\n`);
      continue;
    }
    issues.push(...(await validate(dir, options)));
  }
  for (const issue of issues) io.out(`${formatIssue(issue)}\n`);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  io.out(`${errors} error(s), ${warnings} warning(s)${errors === 0 ? ': content is ready' : ': fix the errors above'}\n`);
  return hasErrors(issues) ? 1 : 0;
}

async function exportJson(dir: string, io: CliIo): Promise<number> {
  const kb = await loadKnowledgeBase(dir);
  const articles = kb.all().map((a) => ({
    id: a.id,
    lang: a.lang,
    title: a.title,
    summary: a.summary,
    category: a.category,
    aliases: a.aliases,
    questions: a.questions,
    sources: a.sources,
    reviewed: a.reviewed,
    related: a.related,
    body: a.body,
  }));
  io.out(`${JSON.stringify(articles, null, 2)}\n`);
  return 0;
}

async function preview(dir: string, id: string | undefined, lang: string, io: CliIo): Promise<number> {
  if (!id || (lang !== 'id' && lang !== 'en')) {
    io.err(`Name an article id and --lang id|en.\n\n${USAGE}`);
    return 2;
  }
  const kb = await loadKnowledgeBase(dir);
  const article = kb.get(id, lang);
  if (!article) {
    io.err(`No article '${id}' in ${lang}. Known ids: ${kb.all(lang).map((a) => a.id).join(', ')}\n`);
    return 1;
  }
  // An absolute path: @grammyjs/i18n fails to read files from a directory given as './locales'.
  const t = translatorFor(createI18n(resolve(io.env['LOCALES_DIR'] ?? './locales')), lang);
  io.out(renderArticleText(article, t, kb));
  return 0;
}

async function unanswered(limit: number, io: CliIo): Promise<number> {
  const handle = createStoreFromEnv(io.env, createLogger('silent'));
  try {
    if (handle.kind === 'memory') io.err('note: REDIS_URL is not set, so this reads an empty in-memory store\n');
    const list = await listUnanswered(handle.store, new Date(), limit);
    if (list.length === 0) io.out('No unanswered questions recorded in the last 30 days.\n');
    for (const entry of list) io.out(`${String(entry.count).padStart(5)}  ${entry.text}\n`);
    return 0;
  } finally {
    await handle.store.close();
  }
}

export const contentCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      dir: { type: 'string' },
      strict: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'id' },
      limit: { type: 'string', default: '50' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  const [sub, ...rest] = positionals;
  if (values.help || sub === undefined) {
    io.out(USAGE);
    return sub === undefined && !values.help ? 2 : 0;
  }
  const dir = values.dir ?? io.env['CONTENT_DIR'] ?? './content';
  switch (sub) {
    case 'check':
      return check(dir, values.strict ?? false, io);
    case 'export':
      if (!values.json) {
        io.err('Only JSON export exists: run `kawan content export --json`.\n');
        return 2;
      }
      return exportJson(dir, io);
    case 'preview':
      return preview(dir, rest[0], values.lang ?? 'id', io);
    case 'unanswered': {
      const limit = Number.parseInt(values.limit ?? '50', 10);
      return unanswered(Number.isFinite(limit) && limit > 0 ? limit : 50, io);
    }
    default:
      io.err(`Unknown subcommand "${sub}".\n\n${USAGE}`);
      return 2;
  }
};
