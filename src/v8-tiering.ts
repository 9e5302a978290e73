/**
 * Lets V8 optimise the bot's code sooner. Imported first by the entry point, so the setting is in
 * place before any other module's code runs (V8 reads it whenever a function's budget is reset).
 *
 * Why: one update runs a little of a lot of code (grammY's middleware, routing, search, the
 * checker, rendering, the HTTP path), each function a few times. With V8's default budget those
 * functions spend a long time in the baseline tiers before they are optimised, and while the bot
 * serves traffic the background compiler is still catching up. With a quarter of the default
 * budget, the same bot answered 3–32 % more updates/s (median 14 %) in eight interleaved runs of
 * the webhook benchmark (docs/benchmarks.md, session 9).
 *
 * Only Node 20's V8 (11) is tuned. Node 24's V8 (13, the Docker image) has no such flag, because
 * it tiers up by invocation counts, and it prints an error for a flag it does not know. So other
 * versions are left as they are.
 */
import { setFlagsFromString } from 'node:v8';

/** V8's default is 67,584 bytes of bytecode executed between tiering decisions. */
const INTERRUPT_BUDGET = 16_384;

const v8Major = Number(process.versions.v8.split('.')[0]);
if (v8Major === 11) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
