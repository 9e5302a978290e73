/**
 * Checks `content/articles` the way an editor needs: every problem with its file, line and the
 * fix. Per-file checks come from load-articles.ts; here are the checks across files (both
 * languages, related ids, duplicate aliases), the review date and the rendered length.
 */
import { join } from 'node:path';
import type { ContentIssue } from '../content/content-issue.js';
import { LANGS, type Article } from './article.js';
import { loadArticles } from './load-articles.js';
import { renderArticleHtml } from './render-article.js';
import { normalize } from '../text/normalize.js';

export interface ValidateOptions {
  readonly now: Date;
  /** Treat stale reviews as errors (for release checks). */
  readonly strict: boolean;
}

export const REVIEW_MAX_AGE_DAYS = 180;
/** More than this many Telegram messages reads like a wall of text on a phone. */
export const MAX_MESSAGES = 2;

const DAY_MS = 86_400_000;

/** A line-number lookup for a front-matter key in the article's file (1 when not found). */
function lineOfKey(source: string | undefined, key: string): number {
  if (!source) return 1;
  const index = source.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index >= 0 ? index + 1 : 1;
}

// Length is checked with placeholder strings; real footers differ by a few characters only.
const measuringTranslate = (key: string, vars?: Readonly<Record<string, string | number>>): string =>
  `${key} ${vars ? Object.values(vars).join(' ') : ''}`;

export async function inspectArticles(
  contentDir: string,
  options: ValidateOptions,
): Promise<{ articles: Article[]; issues: ContentIssue[] }> {
  const { articles, issues, sources, present } = await loadArticles(contentDir);
  const dir = join(contentDir, 'articles');
  const exists = (id: string, lang: string): boolean => present.has(`${lang}:${id}`);
  const aliasOwners = new Map<string, Article>();
  for (const article of articles) {
    const source = sources.get(article.file);
    for (const lang of LANGS) {
      if (lang !== article.lang && !exists(article.id, lang)) {
        issues.push({
          file: article.file,
          line: 1,
          severity: 'error',
          message: `there is no ${lang} version: add ${join(dir, lang, `${article.id}.md`)} (every article needs id and en)`,
        });
      }
    }
    for (const rel of article.related) {
      if (rel === article.id) {
        issues.push({ file: article.file, line: lineOfKey(source, 'related'), severity: 'error', message: `'related' lists the article itself (${rel}): remove it` });
      } else if (!exists(rel, article.lang)) {
        issues.push({
          file: article.file,
          line: lineOfKey(source, 'related'),
          severity: 'error',
          message: `'related' names '${rel}', but there is no articles/${article.lang}/${rel}.md: fix the id or remove it`,
        });
      }
    }
    for (const alias of article.aliases) {
      const key = `${article.lang}:${normalize(alias)}`;
      const owner = aliasOwners.get(key);
      if (owner && owner.id !== article.id) {
        issues.push({
          file: article.file,
          line: lineOfKey(source, 'aliases'),
          severity: 'warning',
          message: `alias '${alias}' is also used by ${owner.file}: keep it in the article that answers it best, so search can tell them apart`,
        });
      } else if (!owner) {
        aliasOwners.set(key, article);
      }
    }
    const ageDays = Math.floor((options.now.getTime() - Date.parse(`${article.reviewed}T00:00:00Z`)) / DAY_MS);
    if (ageDays > REVIEW_MAX_AGE_DAYS) {
      issues.push({
        file: article.file,
        line: lineOfKey(source, 'reviewed'),
        severity: options.strict ? 'error' : 'warning',
        message: `'reviewed' is ${article.reviewed}, more than ${REVIEW_MAX_AGE_DAYS} days ago: check the article against its sources and update the date`,
      });
    } else if (ageDays < -1) {
      issues.push({
        file: article.file,
        line: lineOfKey(source, 'reviewed'),
        severity: 'error',
        message: `'reviewed' is ${article.reviewed}, a date in the future: use the day you checked the sources`,
      });
    }
    const { messages } = renderArticleHtml(article, measuringTranslate);
    if (messages.length > MAX_MESSAGES) {
      issues.push({
        file: article.file,
        line: 1,
        severity: 'warning',
        message: `the article needs ${messages.length} Telegram messages (more than ${MAX_MESSAGES}): shorten it or split it into two articles`,
      });
    }
  }
  const seen = new Map<string, Article>();
  for (const article of articles) {
    const key = `${article.lang}:${article.id}`;
    const first = seen.get(key);
    if (first) {
      issues.push({ file: article.file, line: 1, severity: 'error', message: `id '${article.id}' is also used by ${first.file}: ids must be unique` });
    } else {
      seen.set(key, article);
    }
  }
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { articles: [...seen.values()], issues };
}

/** Every problem in `content/articles`, for `kawan content check` and CI. */
export async function validateArticles(contentDir: string, options: ValidateOptions): Promise<ContentIssue[]> {
  return (await inspectArticles(contentDir, options)).issues;
}
