/**
 * A problem found in an editor's file, printed as `path:line: message` by `kawan content check`.
 * Every validator in knowledge/, checker/ and channels/ reports in this shape so editors get one
 * consistent list.
 */
export type Severity = 'error' | 'warning';

export interface ContentIssue {
  /** Path relative to the working directory, as the editor would open it. */
  readonly file: string;
  /** 1-based line number; 1 when the problem concerns the whole file. */
  readonly line: number;
  readonly severity: Severity;
  /** What is wrong and how to fix it, in one sentence. */
  readonly message: string;
}

export function formatIssue(issue: ContentIssue): string {
  const tag = issue.severity === 'warning' ? 'warning: ' : '';
  return `${issue.file}:${issue.line}: ${tag}${issue.message}`;
}

export function hasErrors(issues: readonly ContentIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** Thrown by loaders when content cannot be used; carries every issue found. */
export class ContentError extends Error {
  constructor(readonly issues: readonly ContentIssue[]) {
    super(issues.filter((i) => i.severity === 'error').map(formatIssue).join('\n'));
    this.name = 'ContentError';
  }
}
