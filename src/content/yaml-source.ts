/**
 * YAML parsing for editor files that keeps line numbers, so validation errors can point at the
 * exact line. Uses the `yaml` package (never an engine that evaluates code in front matter).
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import type { ContentIssue } from './content-issue.js';

export interface ParsedYaml {
  readonly value: unknown;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** Added to every line number (front matter starts after the opening `---`). */
  readonly lineOffset: number;
}

export function parseYamlSource(
  source: string,
  file: string,
  lineOffset = 0,
): { parsed?: ParsedYaml; issues: ContentIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      issues: doc.errors.map((e) => ({
        file,
        line: lineOffset + (e.linePos?.[0]?.line ?? 1),
        severity: 'error' as const,
        message: `YAML cannot be read: ${e.message.split('\n')[0] ?? e.message} (check indentation, colons and quotes)`,
      })),
    };
  }
  return { parsed: { value: doc.toJS(), doc, lineCounter, lineOffset }, issues: [] };
}

/** The line of the node at `path` (or of its nearest existing parent). */
export function lineOf(parsed: ParsedYaml, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const keys = path.slice(0, depth).map((k) => (typeof k === 'symbol' ? String(k) : k));
    const node = depth === 0 ? parsed.doc.contents : parsed.doc.getIn(keys, true);
    if (isNode(node) && node.range) {
      return parsed.lineOffset + parsed.lineCounter.linePos(node.range[0]).line;
    }
  }
  return parsed.lineOffset + 1;
}

/** Turn zod issues into editor issues with line numbers and the field path. */
export function zodIssues(parsed: ParsedYaml, error: z.ZodError, file: string): ContentIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return {
      file,
      line: lineOf(parsed, issue.path),
      severity: 'error' as const,
      message: field ? `'${field}': ${issue.message}` : issue.message,
    };
  });
}
