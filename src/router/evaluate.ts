/**
 * Measures the router for `npm run eval` and the regression test, and returns plain numbers per
 * split. "dev" is what the router learnt from and was tuned on: the editors' labelled examples
 * (content/routing/emergency-examples.jsonl) and the routing lines not marked held out. "held-out"
 * is test/fixtures/distress.jsonl and the routing lines marked "split": "holdout", written by
 * people who saw no code and never looked at while tuning. Beside them: the hand-written cues
 * alone (the baseline the learned reading is added to), and a five-fold cross-validation of the
 * examples, the honest figure for messages like them that the model has not seen.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ContentError, hasErrors } from '../content/content-issue.js';
import { routeMessage } from './route-message.js';
import { learnFromExamples, readEmergencyExamples, type EmergencyExample } from './emergency-examples.js';
import type { EmergencyModel } from './emergency-model.js';

const distressCase = z.object({
  text: z.string(),
  emergency: z.boolean(),
  forSomeoneElse: z.boolean().optional(),
  country: z.string().optional(),
  split: z.string().optional(),
});
const routingCase = z.object({
  text: z.string(),
  kind: z.enum(['ad', 'question', 'other']),
  split: z.string().optional(),
});
export type DistressCase = z.infer<typeof distressCase>;
export type RoutingCase = z.infer<typeof routingCase>;

export interface Miss {
  readonly text: string;
  readonly expected: string;
  readonly got: string;
}

export interface SplitFigures {
  readonly distressCases: number;
  /** Share of emergencies flagged. */
  readonly distressCaught: number;
  /** Share of non-emergencies flagged as emergencies. */
  readonly falseAlarms: number;
  /** Among caught emergencies with a labelled country / forSomeoneElse, the share right. */
  readonly countryCorrect: number;
  readonly forSomeoneElseCorrect: number;
  readonly routingCases: number;
  readonly adsAsAds: number;
  readonly questionsAsQuestions: number;
  readonly otherAsOther: number;
  /** Share of routing cases the bot would ask about with two buttons (unclear ads; see route-message.ts). */
  readonly ambiguousRate: number;
  readonly misses: readonly Miss[];
}

export interface RouterEvaluation {
  readonly dev: SplitFigures;
  readonly holdout: SplitFigures;
  readonly all: SplitFigures;
  /** The hand-written cues without the learned reading, on the same sets. */
  readonly cuesOnly: { readonly dev: SplitFigures; readonly holdout: SplitFigures };
  /** Each fifth of the examples scored by a model learnt from the other four fifths. */
  readonly devCrossValidated: { readonly folds: number; readonly distressCaught: number; readonly falseAlarms: number };
}

function ratio(hits: number, total: number): number {
  return total === 0 ? 1 : Math.round((hits / total) * 1000) / 1000;
}

export function scoreRouter(distress: readonly DistressCase[], routing: readonly RoutingCase[], emergencyModel?: EmergencyModel): SplitFigures {
  const misses: Miss[] = [];
  const positives = distress.filter((c) => c.emergency);
  const negatives = distress.filter((c) => !c.emergency);
  let caught = 0;
  let alarms = 0;
  let countryTotal = 0;
  let countryRight = 0;
  let otherTotal = 0;
  let otherRight = 0;
  for (const c of distress) {
    const r = routeMessage({ text: c.text, emergencyModel });
    if (c.emergency && r.emergency) {
      caught += 1;
      if (c.country !== undefined) {
        countryTotal += 1;
        if (r.country === c.country) countryRight += 1;
        else misses.push({ text: c.text, expected: `country ${c.country}`, got: `country ${r.country ?? 'none'}` });
      }
      if (c.forSomeoneElse !== undefined) {
        otherTotal += 1;
        if (r.forSomeoneElse === c.forSomeoneElse) otherRight += 1;
        else misses.push({ text: c.text, expected: `forSomeoneElse ${c.forSomeoneElse}`, got: String(r.forSomeoneElse) });
      }
    }
    if (!c.emergency && r.emergency) alarms += 1;
    if (c.emergency !== r.emergency) misses.push({ text: c.text, expected: `emergency ${c.emergency}`, got: String(r.emergency) });
  }
  const byKind = { ad: [0, 0], question: [0, 0], other: [0, 0] };
  let ambiguous = 0;
  for (const c of routing) {
    const r = routeMessage({ text: c.text, emergencyModel });
    const tally = byKind[c.kind];
    tally[1] = (tally[1] ?? 0) + 1;
    if (r.kind === c.kind) tally[0] = (tally[0] ?? 0) + 1;
    else misses.push({ text: c.text, expected: c.kind, got: `${r.kind}${r.ambiguous ? ' (ambiguous)' : ''}` });
    if (r.ambiguous) ambiguous += 1;
  }
  return {
    distressCases: distress.length,
    distressCaught: ratio(caught, positives.length),
    falseAlarms: ratio(alarms, negatives.length),
    countryCorrect: ratio(countryRight, countryTotal),
    forSomeoneElseCorrect: ratio(otherRight, otherTotal),
    routingCases: routing.length,
    adsAsAds: ratio(byKind.ad[0] ?? 0, byKind.ad[1] ?? 0),
    questionsAsQuestions: ratio(byKind.question[0] ?? 0, byKind.question[1] ?? 0),
    otherAsOther: ratio(byKind.other[0] ?? 0, byKind.other[1] ?? 0),
    ambiguousRate: ratio(ambiguous, routing.length),
    misses,
  };
}

export function parseJsonl<T>(source: string, schema: z.ZodType<T>, file: string): T[] {
  return source
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, n }) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${n}: ${parsed.error.issues[0]?.message ?? 'invalid line'}`);
      return parsed.data;
    });
}

const FOLDS = 5;

/** Every FOLDS-th example in turn is held back, so the folds are fixed and the figure repeatable. */
function crossValidate(examples: readonly EmergencyExample[]): RouterEvaluation['devCrossValidated'] {
  let caught = 0;
  let alarms = 0;
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const model = learnFromExamples(examples.filter((_, i) => i % FOLDS !== fold));
    for (const c of examples.filter((_, i) => i % FOLDS === fold)) {
      const flagged = routeMessage({ text: c.text, emergencyModel: model }).emergency;
      if (c.emergency && flagged) caught += 1;
      if (!c.emergency && flagged) alarms += 1;
    }
  }
  return {
    folds: FOLDS,
    distressCaught: ratio(caught, examples.filter((c) => c.emergency).length),
    falseAlarms: ratio(alarms, examples.filter((c) => !c.emergency).length),
  };
}

export interface RouterEvaluationPaths {
  /** Held-out distress messages (test/fixtures/distress.jsonl). */
  readonly distress: string;
  readonly routing: string;
  /** The content folder whose routing/emergency-examples.jsonl the router learns from. */
  readonly contentDir: string;
}

export async function evaluateRouter(
  paths: RouterEvaluationPaths = { distress: 'test/fixtures/distress.jsonl', routing: 'test/fixtures/routing.jsonl', contentDir: 'content' },
): Promise<RouterEvaluation> {
  const read = await readEmergencyExamples(paths.contentDir);
  if (hasErrors(read.issues)) throw new ContentError(read.issues);
  const examples = read.examples;
  const heldOut = parseJsonl(await readFile(paths.distress, 'utf8'), distressCase, paths.distress);
  const routing = parseJsonl(await readFile(paths.routing, 'utf8'), routingCase, paths.routing);
  const isHoldout = (c: { split?: string | undefined }): boolean => c.split === 'holdout';
  const devRouting = routing.filter((c) => !isHoldout(c));
  const heldOutRouting = routing.filter(isHoldout);
  const model = learnFromExamples(examples);
  return {
    dev: scoreRouter(examples, devRouting, model),
    holdout: scoreRouter(heldOut, heldOutRouting, model),
    all: scoreRouter([...examples, ...heldOut], routing, model),
    cuesOnly: { dev: scoreRouter(examples, devRouting), holdout: scoreRouter(heldOut, heldOutRouting) },
    devCrossValidated: crossValidate(examples),
  };
}
