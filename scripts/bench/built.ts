/**
 * The product code as production runs it: the tsc build in dist/ (`npm start` runs
 * `node dist/main.js`), not the TypeScript sources through tsx. Why: tsx compiles with esbuild's
 * keepNames, which adds a `__name()` call for every function created at run time, and the
 * checker ran ~10 % slower that way than built. Types still come from src (`typeof import`).
 * `npm run bench` builds first (the prebench script).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from './child-process.js';

export const DIST = join(REPO, 'dist');

/** The built module at `dist/<path>`; say `typeof import('../../src/<path>.ts')` as T. */
export async function built<T>(path: string): Promise<T> {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first (npm run bench does it for you)`);
  return (await import(pathToFileURL(file).href)) as T;
}

/** The knowledge modules as built (built.ts). */
export async function knowledgeModules(): Promise<{
  parseQuestionsJsonl: typeof import('../../src/knowledge/evaluate.js')['parseQuestionsJsonl'];
  createKnowledgeBase: typeof import('../../src/knowledge/knowledge-base.js')['createKnowledgeBase'];
  inspectArticles: typeof import('../../src/knowledge/validate-articles.js')['inspectArticles'];
}> {
  const [evaluate, knowledgeBase, validate] = await Promise.all([
    built<typeof import('../../src/knowledge/evaluate.js')>('knowledge/evaluate.js'),
    built<typeof import('../../src/knowledge/knowledge-base.js')>('knowledge/knowledge-base.js'),
    built<typeof import('../../src/knowledge/validate-articles.js')>('knowledge/validate-articles.js'),
  ]);
  return { parseQuestionsJsonl: evaluate.parseQuestionsJsonl, createKnowledgeBase: knowledgeBase.createKnowledgeBase, inspectArticles: validate.inspectArticles };
}
