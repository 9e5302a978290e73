/**
 * Splits `---` front matter from a Markdown body without evaluating anything (no gray-matter:
 * it runs `---js` blocks). Line numbers are kept so YAML errors point at the real line.
 */
export interface FrontMatterSplit {
  readonly yaml: string;
  /** Lines before the YAML starts (the opening `---`), added to YAML line numbers. */
  readonly yamlLineOffset: number;
  readonly body: string;
  /** 1-based line on which the body starts. */
  readonly bodyLine: number;
}

export function splitFrontMatter(source: string): FrontMatterSplit | undefined {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return undefined;
  for (let i = 1; i < lines.length; i += 1) {
    if (lines[i]?.trim() === '---') {
      return {
        yaml: lines.slice(1, i).join('\n'),
        yamlLineOffset: 1,
        body: lines.slice(i + 1).join('\n').trim(),
        bodyLine: i + 2,
      };
    }
  }
  return undefined;
}
