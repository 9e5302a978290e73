/**
 * Where the OCR engine finds its Indonesian and English models: the npm packages
 * @tesseract.js-data/ind and /eng, never a download. tesseract.js reads every language from ONE
 * folder (`<langPath>/<code>.traineddata.gz`) while each package ships its own folder, so we
 * link both files into a private temporary folder and remove it when the reader closes.
 */
import { createRequire } from 'node:module';
import { access, copyFile, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const OCR_LANGUAGES = ['ind', 'eng'] as const;

// LSTM-only "best_int" models: what tesseract.js itself picks for its default LSTM engine, and a
// third of the size of the legacy+LSTM data.
const MODEL_FOLDER = '4.0.0_best_int';

/** Absolute path of the shipped (gzip-compressed) model for one language. */
export function traineddataPath(code: string): string {
  const require = createRequire(import.meta.url);
  return require.resolve(`@tesseract.js-data/${code}/${MODEL_FOLDER}/${code}.traineddata.gz`);
}

export interface LangFolder {
  path: string;
  remove(): Promise<void>;
}

export async function createLangFolder(languages: readonly string[] = OCR_LANGUAGES): Promise<LangFolder> {
  const sources = languages.map((code) => ({ code, source: traineddataPath(code) }));
  await Promise.all(sources.map(({ source }) => access(source)));
  const path = await mkdtemp(join(tmpdir(), 'kawan-ocr-lang-'));
  for (const { code, source } of sources) {
    const target = join(path, `${code}.traineddata.gz`);
    // Symlinks cost nothing; a copy (a few MB) covers file systems that refuse them.
    await symlink(source, target).catch(() => copyFile(source, target));
  }
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
