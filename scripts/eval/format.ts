/**
 * Readable tables for `npm run eval`: every figure of ours next to its baseline, per language
 * and per split (dev/train vs held-out), the confusion matrices and the per-signal mass-check.
 */
import { table } from '../bench/table.js';
import type { EvalFigures } from './collect.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const pair = (ours: number, base: number): string => `${pct(ours)} / ${pct(base)}`;

function questionsTable(q: EvalFigures['questions']): string {
  const rows: Array<[string, keyof typeof q.ours.byLang | 'all' | 'dev' | 'holdout']> = [
    ['all', 'all'],
    ['Indonesian', 'id'],
    ['English', 'en'],
    ['dev', 'dev'],
    ['held-out', 'holdout'],
  ];
  const pick = (side: EvalFigures['questions']['ours'], key: (typeof rows)[number][1]) =>
    key === 'id' || key === 'en' ? side.byLang[key] : side[key];
  return [
    `Questions: ${q.cases.total} (${q.cases.inScope} in scope, ${q.cases.outOfScope} out of scope; dev ${q.cases.dev}, held-out ${q.cases.holdout}). Figures: ours / plain BM25.`,
    table([
      ['', 'cases', 'top-1', 'top-3', 'off-topic declined', 'confident answers', 'confident & right'],
      ...rows.map(([label, key]) => {
        const o = pick(q.ours, key);
        const b = pick(q.baseline, key);
        return [
          label,
          `${o.inScope}+${o.outOfScope}`,
          pair(o.top1, b.top1),
          pair(o.top3, b.top3),
          pair(o.outOfScopeDeclined, b.outOfScopeDeclined),
          pair(o.confidentRate, b.confidentRate),
          pair(o.confidentPrecision, b.confidentPrecision),
        ];
      }),
    ]),
  ].join('\n');
}

type SplitReport = EvalFigures['ads']['ours']['all'];

function confusionTable(title: string, r: SplitReport): string {
  const verdicts = ['likely-scam', 'suspicious', 'no-signs-found'] as const;
  return [
    title,
    table([
      ['label \\ verdict', ...verdicts],
      ...(['scam', 'suspicious', 'legit'] as const).map((label) => [label, ...verdicts.map((v) => String(r.confusion[label][v]))]),
    ]),
  ].join('\n');
}

function adsTable(a: EvalFigures['ads']): string {
  const row = (label: string, f: (r: SplitReport) => number): string[] => [
    label,
    pct(f(a.ours.all)),
    pct(f(a.ours.train)),
    pct(f(a.ours.holdout)),
    pct(f(a.baseline.all)),
    pct(f(a.baseline.holdout)),
  ];
  return [
    `Ads: ${a.cases.total} (${a.cases.scam} scam, ${a.cases.suspicious} suspicious, ${a.cases.legit} legit; ${a.cases.holdout} held out). Baseline: any word of a naive keyword list means likely-scam.`,
    table([
      ['', 'ours all', 'ours train', 'ours held-out', 'keywords all', 'keywords held-out'],
      row('scam → likely-scam', (r) => r.scamLikely),
      row('scam → at least suspicious', (r) => r.scamFlagged),
      row('legit → likely-scam', (r) => r.legitLikely),
      row('legit → at least suspicious', (r) => r.legitFlagged),
    ]),
    '',
    confusionTable('Confusion, ours (all ads):', a.ours.all),
    '',
    confusionTable('Confusion, keyword baseline (all ads):', a.baseline.all),
    '',
    'Mass-check: how often each signal fires, by label (a signal that fires on legit text needs work)',
    table([
      ['signal', 'weight', 'scam', 'suspicious', 'legit'],
      ...[...a.massCheck]
        .sort((x, y) => y.legitRate - x.legitRate || y.scamRate - x.scamRate)
        .map((m) => [m.id, String(m.weight), `${m.scam} (${pct(m.scamRate)})`, `${m.suspicious} (${pct(m.suspiciousRate)})`, `${m.legit} (${pct(m.legitRate)})`]),
    ]),
  ].join('\n');
}

function routingTable(r: EvalFigures['routing']): string {
  const row = (label: string, f: (s: EvalFigures['routing']['all']) => number): string[] => [label, pct(f(r.dev)), pct(f(r.holdout)), pct(f(r.all))];
  return [
    `Routing: ${r.all.distressCases} distress cases, ${r.all.routingCases} routing cases (held-out ${r.holdout.distressCases} + ${r.holdout.routingCases}).`,
    table([
      ['', 'dev', 'held-out', 'all'],
      row('emergencies caught', (s) => s.distressCaught),
      ['  hand-written cues alone', pct(r.cuesOnly.dev.distressCaught), pct(r.cuesOnly.holdout.distressCaught), ''],
      row('false alarms', (s) => s.falseAlarms),
      ['  hand-written cues alone', pct(r.cuesOnly.dev.falseAlarms), pct(r.cuesOnly.holdout.falseAlarms), ''],
      row('country right (caught)', (s) => s.countryCorrect),
      row('for-someone-else right', (s) => s.forSomeoneElseCorrect),
      row('ads routed as ads', (s) => s.adsAsAds),
      row('questions as questions', (s) => s.questionsAsQuestions),
      row('other as other', (s) => s.otherAsOther),
      row('asked "ad or question?"', (s) => s.ambiguousRate),
    ]),
    `Dev emergencies are the examples the router learns from; learnt from ${r.devCrossValidated.folds - 1}/${r.devCrossValidated.folds} of them in turn (cross-validated), it catches ${pct(r.devCrossValidated.distressCaught)} with ${pct(r.devCrossValidated.falseAlarms)} false alarms.`,
  ].join('\n');
}

function missesText(f: EvalFigures): string {
  const lines: string[] = [];
  const q = f.questions;
  for (const m of q.misses) lines.push(`question  expect ${m.expect ?? 'decline'}, got ${m.got.join(', ') || 'nothing'}${m.confident ? ' (confident)' : ''}: ${m.text}`);
  const a = f.ads.ours.all;
  for (const m of a.mistakes) lines.push(`ad        ${m.label} judged ${m.verdict} (score ${m.score}): ${m.note}`);
  const r = f.routing.all;
  for (const m of r.misses) lines.push(`routing   expected ${m.expected}, got ${m.got}: ${m.text}`);
  return lines.length > 0 ? `Misses\n${lines.join('\n')}` : '';
}

export function formatEval(f: EvalFigures, options: { misses: boolean }): string {
  return [
    questionsTable(f.questions),
    adsTable(f.ads),
    routingTable(f.routing),
    options.misses ? missesText(f) : '',
    'Fixtures were written by the team; held-out lines were not used for tuning.',
  ]
    .filter(Boolean)
    .join('\n\n');
}
