/**
 * `kawan`: the command-line adapter. Each subcommand lives in commands/<name>.ts and calls the
 * same domain modules as the bot.
 */
import { readFileSync } from 'node:fs';
import type { CliCommand, CliIo } from './cli-io.js';
import { exitAfterOutput, processIo } from './node-io.js';

type Loader = () => Promise<CliCommand>;

const COMMANDS: Record<string, { summary: string; load: Loader }> = {
  chat: { summary: 'talk to the bot in the terminal (no token needed)', load: async () => (await import('./commands/chat.js')).chatCommand },
  ask: { summary: 'search the knowledge base ("question", --json, --jsonl)', load: async () => (await import('./commands/ask.js')).askCommand },
  check: { summary: 'check a job ad (FILE|-, --json, --jsonl, --image FILE)', load: async () => (await import('./commands/check.js')).checkCommand },
  route: { summary: 'how the bot would route messages ("text", --jsonl)', load: async () => (await import('./commands/route.js')).routeCommand },
  channels: { summary: 'official help channels (--situation, --country, --json)', load: async () => (await import('./commands/channels.js')).channelsCommand },
  content: { summary: 'editor tools: check, export, preview, unanswered', load: async () => (await import('./commands/content.js')).contentCommand },
  'telegram-setup': {
    summary: 'once per deploy: set the webhook, command lists and descriptions',
    load: async () => (await import('./commands/telegram-setup.js')).telegramSetupCommand,
  },
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  kawan ${name.padEnd(10)} ${c.summary}`);
  return `Kawan Migran ${version()} — safe-migration helper bot\n\nUsage:\n${lines.join('\n')}\n  kawan --help      this help\n  kawan --version   the version\n\nRun \`kawan <command> --help\` for a command's options.\n`;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${version()}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  try {
    return await (await command.load())(rest, io);
  } catch (error) {
    io.err(`kawan ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntryPoint) {
  runCli(process.argv.slice(2), processIo()).then(
    (code) => exitAfterOutput(code),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
