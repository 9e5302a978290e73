/**
 * A small learned reading of "is someone in danger now?", trained at start-up on the editors'
 * labelled examples (content/routing/emergency-examples.jsonl): logistic regression over the words
 * and word pairs of the router's matching copy.
 *
 * Why learn at all: the hand-written cues (detect-distress.ts) catch what their authors foresaw,
 * and on messages written by people who never saw them they missed one emergency in eight and
 * raised one false alarm in ten. The same examples, learned from, read new messages better; the
 * cues stay, and route-message.ts combines both (see EMERGENCY_* there).
 *
 * Why written here rather than taken from a library: the features are a few dozen sparse strings
 * per message, training must be deterministic (same content, same answers, so tests and editors
 * can rely on it), and it runs on every content load in tens of milliseconds. ml-logistic-regression
 * trains on a dense documents × vocabulary matrix with thousands of full-batch steps, and natural's
 * classifiers tokenize and stem as English; sparse stochastic gradient descent is a few lines.
 */
import type { Canonical } from './canonical.js';

export interface LabelledMessage {
  readonly canonical: Canonical;
  readonly emergency: boolean;
}

export interface EmergencyModel {
  /** Probability that the message tells of present danger, 0..1. */
  probability(canonical: Canonical): number;
  /** How many examples it learnt from. */
  readonly examples: number;
}

// Settings measured on the examples by five-fold cross-validation (docs/quality.md, session 12).
const EPOCHS = 30;
const LEARNING_RATE = 0.1;
/** Keeps a word seen once from deciding alone. */
const L2 = 1e-4;
/** Bounded work per message: a long text is read up to here. */
const MAX_TOKENS = 400;
const SEED = 0x9e3779b9;

/** Words and adjacent word pairs, never across a clause break. */
export function featuresOf(canonical: Canonical): string[] {
  const features = new Set<string>();
  const tokens = canonical.tokens;
  const end = Math.min(tokens.length, MAX_TOKENS);
  for (let i = 0; i < end; i += 1) {
    const token = tokens[i] as string;
    if (token === '|') continue;
    features.add(token);
    const next = tokens[i + 1];
    if (next !== undefined && next !== '|' && i + 1 < end) features.add(`${token} ${next}`);
  }
  return [...features];
}

function sigmoid(z: number): number {
  // Clamped so exp() never overflows on a message full of strong words.
  return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
}

/** A small seeded generator (mulberry32), so the same examples always give the same model. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainEmergencyModel(messages: readonly LabelledMessage[]): EmergencyModel {
  // Features become dense ids once, so the thirty passes below are array arithmetic, not map lookups.
  const ids = new Map<string, number>();
  const rows = messages.map((m) => ({
    features: Int32Array.from(featuresOf(m.canonical), (f) => {
      let id = ids.get(f);
      if (id === undefined) {
        id = ids.size;
        ids.set(f, id);
      }
      return id;
    }),
    label: m.emergency ? 1 : 0,
  }));
  const weights = new Float64Array(ids.size);
  let bias = 0;
  const random = seededRandom(SEED);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    // Fisher–Yates with the seeded generator: stochastic gradient descent needs a new order each pass.
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const row = rows[index] as (typeof rows)[number];
      let z = bias;
      for (const f of row.features) z += weights[f] as number;
      const gradient = sigmoid(z) - row.label;
      bias -= LEARNING_RATE * gradient;
      for (const f of row.features) {
        const w = weights[f] as number;
        weights[f] = w - LEARNING_RATE * (gradient + L2 * w);
      }
    }
  }
  return {
    examples: rows.length,
    probability(canonical) {
      let z = bias;
      for (const f of featuresOf(canonical)) {
        const id = ids.get(f);
        if (id !== undefined) z += weights[id] as number;
      }
      return sigmoid(z);
    },
  };
}
