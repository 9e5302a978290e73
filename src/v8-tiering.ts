/**
 * Lets V8 optimise the bot's code sooner. Imported first by the entry point, so it runs before
 * any other module is compiled.
 *
 * Why: one update runs a little of a lot of code (grammY's middleware, routing, search, the
 * checker, rendering, the HTTP path), each function a few times. With V8's default budget those
 * functions spend a long time in the baseline tiers before they are optimised, and while the bot
 * serves traffic the background compiler is still catching up. With a quarter of the default
 * budget, the same bot answered 3–32 % more updates/s (median 14 %) in eight interleaved runs of
 * the webhook benchmark (docs/benchmarks.md, session 9).
 *
 * Only V8 11 (Node 20) has this flag: Node 22 and later tier up by invocation counts instead, and
 * V8 prints an error for a flag it does not know, so other versions are left as they are.
 */
import { setFlagsFromString } from 'node:v8';

/** V8's default is 67,584 bytes of bytecode executed between tiering decisions. */
export const INTERRUPT_BUDGET = 16_384;

const v8Major = Number(process.versions.v8.split('.')[0]);
if (v8Major === 11) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
