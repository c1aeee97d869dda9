import type { Message } from '../contracts/index.js';

/** 1-based line and column of a UTF-16 offset, as editors count them. */
export function placeOf(text: string | undefined, offset: number | null): { line: number | null; column: number | null } {
  if (text === undefined || offset === null) return { line: null, column: null };
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** Fill `{{name}}` placeholders, eslint-style. Unknown placeholders stay visible so a missing datum shows. */
export function interpolate(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}

export function makeMessage(
  text: string | undefined,
  m: { source: string; ruleId: string; severity?: Message['severity']; reason: string; start?: number | null; end?: number | null },
): Message {
  const start = m.start ?? null;
  return {
    source: m.source,
    ruleId: m.ruleId,
    severity: m.severity ?? 'warning',
    reason: m.reason,
    start,
    end: m.end ?? start,
    ...placeOf(text, start),
  };
}

/** `fixtures/a.txt:3:14: reason  source/ruleId`, the way vfile-reporter prints. */
export function formatMessage(path: string, m: Message): string {
  const place = m.line !== null ? `:${m.line}:${m.column}` : '';
  return `${path}${place}: ${m.severity}: ${m.reason}  ${m.source}/${m.ruleId}`;
}
