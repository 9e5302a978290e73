/**
 * Builds dist/ once for the tests that run the compiled bot (e2e, `node bin/kawan.js`). Several
 * test files may ask at once in parallel workers: a lock directory makes one build and the
 * others wait. tsc emits even when other in-progress files have type errors; that is reported
 * as a warning and the tests run against what was emitted.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
const LOCK = join(REPO, 'dist', '.test-build-lock');
const OUTPUTS = ['dist/main.js', 'dist/cli/main.js', 'dist/cli/node-io.js'].map((p) => join(REPO, p));

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function fresh(): boolean {
  if (!OUTPUTS.every((p) => existsSync(p))) return false;
  const built = Math.min(...OUTPUTS.map((p) => statSync(p).mtimeMs));
  return built >= newestSource(join(REPO, 'src'));
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuilt(): void {
  if (fresh()) return;
  mkdirSync(join(REPO, 'dist'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) rmSync(LOCK, { recursive: true, force: true });
      sleepSync(250);
      if (fresh()) return;
    }
  }
  try {
    if (fresh()) return;
    try {
      execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'pipe', timeout: 120_000 });
    } catch (error) {
      const output = String((error as { stdout?: Buffer }).stdout ?? '').slice(0, 2_000);
      if (!OUTPUTS.every((p) => existsSync(p))) throw new Error(`npm run build produced no dist/main.js:\n${output}`);
      console.warn(`⚠ npm run build reported type errors (tests run on the emitted JavaScript):\n${output}`);
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
