/**
 * Reads every `content/articles/<lang>/<id>.md` into `Article`s and reports, per file, what an
 * editor must fix. Cross-file checks (both languages, related ids, aliases) live in
 * validate-articles.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentIssue } from '../content/content-issue.js';
import { lineOf, parseYamlSource, zodIssues } from '../content/yaml-source.js';
import type { Lang } from '../text/translate.js';
import { LANGS, frontMatterSchema, type Article } from './article.js';
import { splitFrontMatter } from './front-matter.js';

export interface LoadedArticles {
  readonly articles: Article[];
  readonly issues: ContentIssue[];
  /** Raw file text by display path, for line lookups in cross-file checks. */
  readonly sources: ReadonlyMap<string, string>;
  /** `<lang>:<id>` of every article file on disk, valid or not, so one broken file does not cascade. */
  readonly present: ReadonlySet<string>;
}

async function listMarkdown(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => e.name).sort();
  } catch {
    return [];
  }
}

/** Editors see paths relative to where they run the command. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

export function parseArticle(source: string, file: string, lang: Lang, fileId: string): { article?: Article; issues: ContentIssue[] } {
  const split = splitFrontMatter(source);
  if (!split) {
    return {
      issues: [
        {
          file,
          line: 1,
          severity: 'error',
          message: "the file must start with front matter between two '---' lines (see docs/content-format.md)",
        },
      ],
    };
  }
  const { parsed, issues } = parseYamlSource(split.yaml, file, split.yamlLineOffset);
  if (!parsed) return { issues };
  const out: ContentIssue[] = [];
  const rawId: unknown = typeof parsed.value === 'object' && parsed.value !== null ? (parsed.value as Record<string, unknown>)['id'] : undefined;
  if (typeof rawId === 'string' && rawId !== fileId) {
    out.push({
      file,
      line: lineOf(parsed, ['id']),
      severity: 'error',
      message: `'id' is '${rawId}' but the file is named ${fileId}.md: make them the same`,
    });
  }
  const result = frontMatterSchema.safeParse(parsed.value ?? {});
  if (!result.success) return { issues: [...out, ...zodIssues(parsed, result.error, file)] };
  const meta = result.data;
  if (split.body.length === 0) {
    out.push({ file, line: split.bodyLine, severity: 'error', message: 'the article body is empty: write the answer below the front matter' });
  }
  return { article: { ...meta, lang, body: split.body, file }, issues: out };
}

export async function loadArticles(contentDir: string): Promise<LoadedArticles> {
  const articles: Article[] = [];
  const issues: ContentIssue[] = [];
  const sources = new Map<string, string>();
  const present = new Set<string>();
  for (const lang of LANGS) {
    const dir = join(contentDir, 'articles', lang);
    for (const name of await listMarkdown(dir)) {
      const path = join(dir, name);
      const file = displayPath(path);
      const source = await readFile(path, 'utf8');
      present.add(`${lang}:${name.slice(0, -'.md'.length)}`);
      sources.set(file, source);
      const result = parseArticle(source, file, lang, name.slice(0, -'.md'.length));
      issues.push(...result.issues);
      if (result.article) articles.push(result.article);
    }
  }
  return { articles, issues, sources, present };
}
