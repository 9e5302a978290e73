/**
 * Reading an image file from the command line. `readImageFile` is what `kawan check --image FILE`
 * uses to get the text it then checks like any pasted ad; `kawan check-image FILE [--json]`
 * prints only what was read, for editors testing how well a flyer is read.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { CliCommand } from '../cli-io.js';
import { DEFAULT_IMAGE_LIMITS } from '../../ocr/image-limits.js';
import { isOcrError, type OcrErrorCode } from '../../ocr/ocr-error.js';
import { createOcrReader, type OcrReader } from '../../ocr/ocr-reader.js';

export type ImageFileErrorCode = OcrErrorCode | 'not-found';

export type ReadImageFileResult =
  | { ocrText: string; confidence: number; ms: number }
  | { error: ImageFileErrorCode };

/**
 * Never throws for a bad file: every failure is an error code. Pass a reader to reuse its worker
 * across files; otherwise one is started and closed for this file.
 */
export async function readImageFile(path: string, reader?: OcrReader): Promise<ReadImageFileResult> {
  const size = await stat(path).then(
    (s) => (s.isFile() ? s.size : undefined),
    () => undefined,
  );
  if (size === undefined) return { error: 'not-found' };
  // Refuse before reading a huge file into memory.
  if (size > DEFAULT_IMAGE_LIMITS.maxBytes) return { error: 'too-large' };
  const bytes = await readFile(path);
  const ownReader = reader ?? createOcrReader();
  try {
    const result = await ownReader.read(bytes);
    return { ocrText: result.text, confidence: result.confidence, ms: result.ms };
  } catch (error) {
    if (isOcrError(error)) return { error: error.code };
    throw error;
  } finally {
    if (!reader) await ownReader.close();
  }
}

const USAGE = 'usage: kawan check-image FILE [--json]\n';

export const checkImageCommand: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  if (file === undefined || extra.length > 0) {
    io.err(USAGE);
    return 2;
  }
  const result = await readImageFile(file);
  if (parsed.values.json) {
    io.out(`${JSON.stringify(result)}\n`);
  } else if ('error' in result) {
    io.err(`cannot read ${file}: ${result.error}\n`);
  } else {
    io.out(`${result.ocrText}\n`);
  }
  return 'error' in result ? 1 : 0;
};
