// Test helper: the real content/signals, loaded once per test file.
import { loadSignals } from '../../src/checker/index.js';
import type { SignalSet } from '../../src/checker/index.js';

let cached: Promise<SignalSet> | undefined;
export function realSignals(): Promise<SignalSet> {
  cached ??= loadSignals('content');
  return cached;
}
