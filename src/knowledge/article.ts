/**
 * The article model: what an editor writes in `content/articles/<lang>/<id>.md` and what the
 * rest of the bot may rely on once it has been validated.
 */
import { z } from 'zod';
import type { Lang } from '../text/translate.js';

export const CATEGORIES = ['job-offers', 'visas-documents', 'safety-abroad', 'getting-help', 'about'] as const;
export type Category = (typeof CATEGORIES)[number];
export const LANGS: readonly Lang[] = ['id', 'en'];

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** YAML turns a bare 2026-11-30 into a Date; editors may also quote it. Both become YYYY-MM-DD. */
const reviewedDate = z
  .union([z.date(), z.string()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value.trim();
    const parsed = DATE_PATTERN.test(text) ? new Date(`${text}T00:00:00Z`) : undefined;
    if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({ code: 'custom', message: "must be a date like 2026-11-30 (YYYY-MM-DD)" });
      return z.NEVER;
    }
    return text;
  });

const httpsUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.includes('.');
    } catch {
      return false;
    }
  },
  { message: 'must be a full https:// address, e.g. https://bp2mi.go.id' },
);

const oneLine = (what: string) =>
  z
    .string({ error: `${what} is required and must be text` })
    .trim()
    .min(1, `${what} must not be empty`)
    .refine((s) => !s.includes('\n'), `${what} must be a single line`);

export const frontMatterSchema = z.strictObject(
  {
    id: z.string({ error: "'id' is required" }).regex(ID_PATTERN, 'must be kebab-case, e.g. placement-fees'),
    title: oneLine('the title'),
    summary: oneLine('the summary'),
    category: z.enum(CATEGORIES, { error: `must be one of ${CATEGORIES.join(', ')}` }),
    aliases: z.array(z.string().trim().min(1, 'an alias must not be empty'), {
      error: 'must be a list, e.g. [biaya, fee agen]',
    }),
    questions: z.array(z.string().trim().min(1, 'a question must not be empty'), {
      error: 'must be a list of typical questions',
    }),
    sources: z
      .array(
        z.strictObject({
          title: oneLine('a source title'),
          url: httpsUrl,
        }),
        { error: 'must be a list of {title, url}' },
      )
      .min(1, 'add at least one source ({title, url}) that backs the article'),
    reviewed: reviewedDate,
    related: z
      .array(z.string().regex(ID_PATTERN, 'must be an article id such as placement-fees'), {
        error: 'must be a list of article ids, e.g. [check-job-offer]',
      })
      .default([]),
    // Offered as a choice when a question says only that it is about working abroad ("kerja di
    // malaysia aman gk?") and names nothing an article is about.
    general: z.boolean({ error: "'general' must be true or false" }).optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')} (remove or rename them)` : undefined) },
);

export type FrontMatter = z.output<typeof frontMatterSchema>;

export interface Source {
  readonly title: string;
  readonly url: string;
}

export interface Article {
  readonly id: string;
  readonly lang: Lang;
  readonly title: string;
  readonly summary: string;
  readonly category: Category;
  readonly aliases: readonly string[];
  readonly questions: readonly string[];
  readonly sources: readonly Source[];
  /** YYYY-MM-DD */
  readonly reviewed: string;
  readonly related: readonly string[];
  /** One of the articles offered for a question only about working abroad, in file-name order. */
  readonly general?: boolean;
  /** Markdown body. */
  readonly body: string;
  /** Path as the editor would open it, for messages. */
  readonly file: string;
}
