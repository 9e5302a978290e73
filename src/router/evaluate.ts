/**
 * Measures the router on the team's fixtures (test/fixtures/distress.jsonl and routing.jsonl) and
 * returns plain numbers per split, for `npm run eval` and the regression test. Lines marked
 * "split": "holdout" were not looked at while tuning the word lists.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { routeMessage } from './route-message.js';

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
}

function ratio(hits: number, total: number): number {
  return total === 0 ? 1 : Math.round((hits / total) * 1000) / 1000;
}

export function scoreRouter(distress: readonly DistressCase[], routing: readonly RoutingCase[]): SplitFigures {
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
    const r = routeMessage({ text: c.text });
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
    const r = routeMessage({ text: c.text });
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

export async function evaluateRouter(
  paths: { distress: string; routing: string } = { distress: 'test/fixtures/distress.jsonl', routing: 'test/fixtures/routing.jsonl' },
): Promise<RouterEvaluation> {
  const distress = parseJsonl(await readFile(paths.distress, 'utf8'), distressCase, paths.distress);
  const routing = parseJsonl(await readFile(paths.routing, 'utf8'), routingCase, paths.routing);
  const isHoldout = (c: { split?: string | undefined }): boolean => c.split === 'holdout';
  return {
    dev: scoreRouter(distress.filter((c) => !isHoldout(c)), routing.filter((c) => !isHoldout(c))),
    holdout: scoreRouter(distress.filter(isHoldout), routing.filter(isHoldout)),
    all: scoreRouter(distress, routing),
  };
}
