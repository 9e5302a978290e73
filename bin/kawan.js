#!/usr/bin/env node
// The `kawan` command. Runs the compiled CLI (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(compiled)) {
  process.stderr.write('kawan: the project is not built yet. Run `npm install` (or `npm run build`) first.\n');
  process.exit(1);
}
const { runCli } = await import(compiled.href);
const { processIo, exitAfterOutput } = await import(new URL('../dist/cli/node-io.js', import.meta.url).href);
exitAfterOutput(await runCli(process.argv.slice(2), processIo()));
