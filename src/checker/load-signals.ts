/**
 * Loads content/signals/*.yaml into a compiled SignalSet. Every problem is reported as a
 * ContentIssue with file and line; `loadSignals` throws a ContentError when any is an error, so
 * the bot never starts with a broken rule. Reserved files: places.yaml, rates.yaml,
 * verdict.yaml, combinations.yaml; every other .yaml file holds `signals:`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, hasErrors, type ContentIssue } from '../content/content-issue.js';
import { lineOf, parseYamlSource, zodIssues, type ParsedYaml } from '../content/yaml-source.js';
import { checkRawRegex, compilePhrase, compilePhrases, compilePhrasesAtEnd, PatternError, type Macros } from './pattern.js';
import {
  combinationsSchema, placesSchema, ratesSchema, signalFileSchema, signalSchema, verdictSchema,
  type SignalSource,
} from './signal-schema.js';
import { minimalLiterals, phraseListLiterals, type MacroLiterals } from './required-literals.js';
import { minimalStartLiterals, phraseListStartLiterals, rawRegexStartLiterals } from './start-literals.js';
import type { Combination, CompiledSignal, Currency, PlaceMatcher, SignalPattern, SignalSet, VerdictThresholds } from './types.js';

const RESERVED = new Set(['places.yaml', 'rates.yaml', 'verdict.yaml', 'combinations.yaml']);

export interface SignalExample {
  readonly signalId: string;
  readonly text: string;
  readonly expect: 'match' | 'noMatch';
  readonly file: string;
  readonly line: number;
}

export interface SignalContent {
  readonly set: SignalSet | undefined;
  readonly issues: ContentIssue[];
  readonly examples: SignalExample[];
  /** rates.yaml `reviewed` date, when given. */
  readonly ratesReviewed: { date: Date; file: string; line: number } | undefined;
}

interface Loaded {
  parsed: ParsedYaml;
  file: string;
}

async function readYaml(file: string, issues: ContentIssue[]): Promise<Loaded | undefined> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    issues.push({ file, line: 1, severity: 'error', message: 'file is missing or cannot be read' });
    return undefined;
  }
  const { parsed, issues: yamlIssues } = parseYamlSource(source, file);
  issues.push(...yamlIssues);
  return parsed ? { parsed, file } : undefined;
}

function phraseListOf(p: { id?: string[] | undefined; en?: string[] | undefined } | undefined): string[] {
  return [...(p?.id ?? []), ...(p?.en ?? [])];
}

/**
 * The ids of the knowledge-base articles (their file names), which a signal's `article` must name;
 * undefined when the content has no articles folder (a signals-only folder, as in some tests).
 */
async function knownArticleIds(contentDir: string): Promise<ReadonlySet<string> | undefined> {
  const ids = new Set<string>();
  let found = false;
  for (const lang of ['id', 'en']) {
    try {
      for (const name of await readdir(path.join(contentDir, 'articles', lang))) if (name.endsWith('.md')) ids.add(name.slice(0, -3));
      found = true;
    } catch {
      // No folder for this language: nothing to add.
    }
  }
  return found ? ids : undefined;
}

/** Read, validate and compile everything under `<contentDir>/signals`. Never throws for content problems. */
export async function readSignalContent(contentDir: string): Promise<SignalContent> {
  const dir = path.join(contentDir, 'signals');
  const issues: ContentIssue[] = [];
  const examples: SignalExample[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  } catch {
    issues.push({ file: dir, line: 1, severity: 'error', message: 'the signals folder is missing; create content/signals with the signal files' });
    return { set: undefined, issues, examples, ratesReviewed: undefined };
  }

  // Places first: they provide the {hub-place}… lists used by signal patterns.
  const places: PlaceMatcher[] = [];
  const macroParts: Record<string, string[]> = { 'hub-place': [], 'transit-place': [], 'foreign-place': [], 'domestic-place': [], place: [] };
  // The same lists as literals, so phrases using {hub-place}… can be skipped when no place is named.
  const macroLiteralParts = macroLiteralCollector();
  // And the literals a place name starts with, for phrases that start with {hub-place}…
  const macroStartParts = macroLiteralCollector();
  const placesFile = await readYaml(path.join(dir, 'places.yaml'), issues);
  if (placesFile) {
    const r = placesSchema.safeParse(placesFile.parsed.value);
    if (!r.success) issues.push(...zodIssues(placesFile.parsed, r.error, placesFile.file));
    else {
      r.data.places.forEach((p, i) => {
        try {
          const sources = p.names.map((n) => compilePhrase(n, {}));
          const literals = phraseListLiterals(p.names, {});
          const startLiterals = phraseListStartLiterals(p.names, {});
          places.push({ country: p.country, hub: p.hub, transit: p.transit ?? false, regex: new RegExp(`(?<![a-z0-9])(?:${sources.join('|')})(?![a-z0-9])`, 'g'), literals, startLiterals });
          const lists = ['place'];
          if (p.hub) lists.push('hub-place');
          if (p.transit === true) lists.push('transit-place');
          lists.push(p.country === 'ID' ? 'domestic-place' : 'foreign-place');
          for (const list of lists) {
            macroParts[list]?.push(...sources);
            macroLiteralParts.add(list, literals);
            macroStartParts.add(list, startLiterals);
          }
        } catch (e) {
          issues.push({ file: placesFile.file, line: lineOf(placesFile.parsed, ['places', i, 'names']), severity: 'error', message: e instanceof Error ? e.message : String(e) });
        }
      });
    }
  }
  const macros: Macros = Object.fromEntries(Object.entries(macroParts).map(([k, v]) => [k, v.length > 0 ? v.join('|') : '(?!)']));
  // An empty list compiles to (?!), which never matches: no literal is needed, but keep it simple and always run.
  const macroStarts = macroStartParts.reduced(minimalStartLiterals);
  const macroLiterals = macroLiteralParts.reduced(minimalLiterals);

  const currencies: Currency[] = [];
  let ratesReviewed: SignalContent['ratesReviewed'];
  const ratesFile = await readYaml(path.join(dir, 'rates.yaml'), issues);
  if (ratesFile) {
    const r = ratesSchema.safeParse(ratesFile.parsed.value);
    if (!r.success) issues.push(...zodIssues(ratesFile.parsed, r.error, ratesFile.file));
    else {
      const over = r.data.ordinaryPayOverLegalWage ?? 1;
      currencies.push(...r.data.currencies.map((c) => ({
        code: c.code,
        rate: c.rate,
        symbols: c.symbols.map((s) => s.toLowerCase()),
        ...(c.legalMonthlyWage === undefined ? {} : { ordinaryPayUpTo: c.legalMonthlyWage * over }),
      })));
      const reviewed = r.data.reviewed === undefined ? undefined : new Date(r.data.reviewed);
      if (reviewed && !Number.isNaN(reviewed.getTime())) {
        ratesReviewed = { date: reviewed, file: ratesFile.file, line: lineOf(ratesFile.parsed, ['reviewed']) };
      }
    }
  }

  let thresholds: VerdictThresholds | undefined;
  const verdictFile = await readYaml(path.join(dir, 'verdict.yaml'), issues);
  if (verdictFile) {
    const r = verdictSchema.safeParse(verdictFile.parsed.value);
    if (!r.success) issues.push(...zodIssues(verdictFile.parsed, r.error, verdictFile.file));
    else thresholds = r.data;
  }

  const articleIds = await knownArticleIds(contentDir);
  const signals: CompiledSignal[] = [];
  const seen = new Map<string, string>();
  const unlessRefs: { id: string; ref: string; file: string; line: number }[] = [];
  for (const name of names) {
    if (RESERVED.has(name)) continue;
    const loaded = await readYaml(path.join(dir, name), issues);
    if (!loaded) continue;
    const { parsed, file } = loaded;
    const fileCheck = signalFileSchema.safeParse(parsed.value);
    if (!fileCheck.success) {
      issues.push(...zodIssues(parsed, fileCheck.error, file));
      continue;
    }
    fileCheck.data.signals.forEach((raw, index) => {
      const r = signalSchema.safeParse(raw);
      if (!r.success) {
        const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : `#${index + 1}`;
        for (const iss of r.error.issues) {
          const field = iss.path.map(String).join('.');
          issues.push({
            file,
            line: lineOf(parsed, ['signals', index, ...iss.path.map((k) => (typeof k === 'number' ? k : String(k)))]),
            severity: 'error',
            message: `signal '${rawId}': ${field ? `'${field}' ` : ''}${iss.message}`,
          });
        }
        return;
      }
      const s = r.data;
      const line = lineOf(parsed, ['signals', index, 'id']);
      const at = (...p: (string | number)[]): number => lineOf(parsed, ['signals', index, ...p]);
      const previous = seen.get(s.id);
      if (previous !== undefined) {
        issues.push({ file, line, severity: 'error', message: `signal id '${s.id}' is already used in ${previous}; ids must be unique` });
        return;
      }
      seen.set(s.id, file);
      if (articleIds && !articleIds.has(s.article)) {
        issues.push({
          file, line: at('article'), severity: 'error',
          message: `signal '${s.id}': 'article' is '${s.article}', but there is no ${s.article}.md in content/articles/id or content/articles/en; use an article's file name without .md`,
        });
      }
      const compiled = compileSignal(s, macros, macroLiterals, macroStarts, file, at, issues);
      if (compiled) signals.push(compiled);
      for (const ref of s.unlessSignals ?? []) unlessRefs.push({ id: s.id, ref, file, line: at('unlessSignals') });
      for (const expect of ['match', 'noMatch'] as const) {
        for (const lang of ['id', 'en'] as const) {
          (s.examples[expect][lang] ?? []).forEach((text, i) => {
            examples.push({ signalId: s.id, text, expect, file, line: at('examples', expect, lang, i) });
          });
        }
      }
      if (phraseListOf(s.examples.match).length === 0) {
        issues.push({ file, line: at('examples'), severity: 'error', message: `signal '${s.id}' needs at least one 'examples.match' text` });
      }
    });
  }
  for (const u of unlessRefs) {
    if (!seen.has(u.ref)) issues.push({ file: u.file, line: u.line, severity: 'error', message: `'unlessSignals' of '${u.id}' names unknown signal '${u.ref}'` });
  }
  (thresholds?.notRecruiting?.signals ?? []).forEach((ref, i) => {
    if (verdictFile && !seen.has(ref)) {
      issues.push({ file: verdictFile.file, line: lineOf(verdictFile.parsed, ['notRecruiting', 'signals', i]), severity: 'error', message: `'notRecruiting.signals' names unknown signal '${ref}'` });
    }
  });

  const combinations: Combination[] = [];
  const comboFile = await readYaml(path.join(dir, 'combinations.yaml'), issues);
  if (comboFile) {
    const r = combinationsSchema.safeParse(comboFile.parsed.value);
    if (!r.success) issues.push(...zodIssues(comboFile.parsed, r.error, comboFile.file));
    else {
      r.data.combinations.forEach((c, i) => {
        const refs = [...c.requires.flat(), ...(c.unless ?? [])];
        const unknown = refs.filter((id) => !seen.has(id));
        if (unknown.length > 0) {
          issues.push({ file: comboFile.file, line: lineOf(comboFile.parsed, ['combinations', i, 'requires']), severity: 'error', message: `combination '${c.id}' names unknown signal(s): ${unknown.join(', ')}` });
          return;
        }
        combinations.push({ id: c.id, requires: c.requires, unless: c.unless ?? [], bonus: c.bonus, explain: c.explain });
      });
    }
  }

  const set = hasErrors(issues) || !thresholds ? undefined : { signals, combinations, places, currencies, thresholds };
  return { set, issues, examples, ratesReviewed };
}

function compileSignal(
  s: SignalSource,
  macros: Macros,
  macroLiterals: MacroLiterals,
  macroStarts: MacroLiterals,
  file: string,
  at: (...p: (string | number)[]) => number,
  issues: ContentIssue[],
): CompiledSignal | undefined {
  const patterns: SignalPattern[] = [];
  let ok = true;
  const compileList = (list: string[] | undefined, where: (string | number)[]): RegExp | undefined => {
    if (!list || list.length === 0) return undefined;
    for (const [i, phrase] of list.entries()) {
      try {
        compilePhrase(phrase, macros);
      } catch (e) {
        ok = false;
        const msg = e instanceof PatternError ? e.message : String(e);
        issues.push({ file, line: at(...where, i), severity: 'error', message: `signal '${s.id}': ${msg}` });
      }
    }
    return ok ? compilePhrases(list, macros) : undefined;
  };
  for (const lang of ['id', 'en'] as const) {
    const list = s.patterns?.[lang];
    const r = compileList(list, ['patterns', lang]);
    if (r && list) patterns.push({ regex: r, literals: phraseListLiterals(list, macroLiterals), startLiterals: phraseListStartLiterals(list, macroStarts) });
  }
  for (const [i, source] of (s.regex ?? []).entries()) {
    const problem = checkRawRegex(source);
    if (problem) {
      ok = false;
      issues.push({ file, line: at('regex', i), severity: 'error', message: `signal '${s.id}': regex ${problem}` });
    } else patterns.push({ regex: new RegExp(source, 'g'), literals: undefined, startLiterals: rawRegexStartLiterals(source) });
  }
  const unless = compileList(phraseListOf(s.unless), ['unless']);
  let amount: CompiledSignal['amount'];
  if (s.amount) {
    const near = compileList(phraseListOf(s.amount.near), ['amount', 'near']);
    const notAfterList = phraseListOf(s.amount.notAfter);
    const notAfter = notAfterList.length > 0 && compileList(notAfterList, ['amount', 'notAfter']) ? compilePhrasesAtEnd(notAfterList, macros) : undefined;
    if (near) amount = { minIdr: s.amount.minIdr, near, notAfter };
  }
  if (patterns.length === 0 && !s.entity && !s.amount && ok) {
    issues.push({ file, line: at('id'), severity: 'error', message: `signal '${s.id}' needs 'patterns', 'regex', 'entity' or 'amount'` });
    return undefined;
  }
  if (!ok) return undefined;
  return {
    id: s.id, category: s.category, weight: s.weight, title: s.title, explain: s.explain, advice: s.advice,
    article: s.article, patterns, unless, unlessSignals: s.unlessSignals ?? [], entity: s.entity, amount, file,
  };
}

/** Load the signal set; throws ContentError listing every problem when the content is broken. */
export async function loadSignals(contentDir: string): Promise<SignalSet> {
  const { set, issues } = await readSignalContent(contentDir);
  if (!set) {
    throw new ContentError(issues.length > 0 ? issues : [{ file: path.join(contentDir, 'signals'), line: 1, severity: 'error', message: 'signals could not be loaded' }]);
  }
  return set;
}

/**
 * Literals per place list ({hub-place}…), gathered place by place: a place with no known literals
 * makes its lists unknown (undefined), so phrases using them are never skipped.
 */
function macroLiteralCollector() {
  const parts: Record<string, string[] | undefined> = { 'hub-place': [], 'transit-place': [], 'foreign-place': [], 'domestic-place': [], place: [] };
  return {
    add(name: string, literals: readonly string[] | undefined): void {
      if (!literals) parts[name] = undefined;
      else parts[name]?.push(...literals);
    },
    reduced(minimal: (all: string[]) => readonly string[]): MacroLiterals {
      return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v && v.length > 0 ? minimal(v) : undefined]));
    },
  };
}
