/**
 * The editors' labelled messages (content/routing/emergency-examples.jsonl), one JSON object per
 * line: {"text": "...", "emergency": true|false, "forSomeoneElse"?: bool, "country"?: "KH"}. The
 * router learns from them at start-up (emergency-model.ts), so a message the bot misread is fixed
 * by adding it here with the right label, without touching code. Every problem is reported with
 * its file and line.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { ContentError, hasErrors, type ContentIssue } from '../content/content-issue.js';
import { canonicalize } from './canonical.js';
import { trainEmergencyModel, type EmergencyModel } from './emergency-model.js';

export const EMERGENCY_EXAMPLES_FILE = join('routing', 'emergency-examples.jsonl');

/** Too few of either kind and the model would learn little more than the share of each. */
export const MIN_EXAMPLES_PER_LABEL = 20;

const example = z
  .object({
    text: z.string().trim().min(1, 'is empty'),
    emergency: z.boolean({ message: 'must be true or false' }),
    forSomeoneElse: z.boolean().optional(),
    country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO code such as "KH"').optional(),
  })
  .strict();

export type EmergencyExample = z.infer<typeof example>;

export interface ExamplesRead {
  readonly examples: readonly EmergencyExample[];
  readonly issues: readonly ContentIssue[];
}

const LINE_SHAPE = '{"text": "...", "emergency": true|false}';

export function parseEmergencyExamples(source: string, file: string): ExamplesRead {
  const examples: EmergencyExample[] = [];
  const issues: ContentIssue[] = [];
  const seen = new Map<string, number>();
  source.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      issues.push({ file, line, severity: 'error', message: `not valid JSON; each line must be one object like ${LINE_SHAPE}` });
      return;
    }
    const parsed = example.safeParse(value);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first?.path.length ? `${first.path.join('.')}: ` : '';
      issues.push({ file, line, severity: 'error', message: `${where}${first?.message ?? 'invalid'}; each line must be one object like ${LINE_SHAPE}` });
      return;
    }
    const key = parsed.data.text.trim().toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push({ file, line, severity: 'warning', message: `the same text as line ${earlier}; remove one of them` });
      return;
    }
    seen.set(key, line);
    examples.push(parsed.data);
  });
  for (const label of [true, false]) {
    const count = examples.filter((e) => e.emergency === label).length;
    if (count < MIN_EXAMPLES_PER_LABEL) {
      issues.push({
        file, line: 1, severity: 'error',
        message: `only ${count} examples with "emergency": ${label}; add at least ${MIN_EXAMPLES_PER_LABEL} so the bot can learn the difference`,
      });
    }
  }
  return { examples, issues };
}

export async function readEmergencyExamples(contentDir: string): Promise<ExamplesRead> {
  const path = join(contentDir, EMERGENCY_EXAMPLES_FILE);
  const file = relative(process.cwd(), path) || path;
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch {
    return {
      examples: [],
      issues: [{ file, line: 1, severity: 'error', message: `missing; the emergency check learns from this file (one ${LINE_SHAPE} per line)` }],
    };
  }
  return parseEmergencyExamples(source, file);
}

export function learnFromExamples(examples: readonly EmergencyExample[]): EmergencyModel {
  return trainEmergencyModel(examples.map((e) => ({ canonical: canonicalize(e.text), emergency: e.emergency })));
}

/** The model for the bot; throws ContentError with every problem when the file cannot be used. */
export async function loadEmergencyModel(contentDir: string): Promise<EmergencyModel> {
  const { examples, issues } = await readEmergencyExamples(contentDir);
  if (hasErrors(issues)) throw new ContentError(issues);
  return learnFromExamples(examples);
}

/** `kawan content check` entry point. */
export async function validateEmergencyExamples(contentDir: string): Promise<ContentIssue[]> {
  return [...(await readEmergencyExamples(contentDir)).issues];
}
