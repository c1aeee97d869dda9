/**
 * Datelines: the place a report was filed from, at the head of its first paragraph ("WASHINGTON (AP) —",
 * "ASHEVILLE, N.C. —", "Houston (KHOU) —"). A dateline says where the writer was, not what a figure is about, so
 * a place named there is no claim's place and does not make the article's topic place.
 *
 * Rule-shaped rather than a library: no npm package reads datelines, and the forms are few.
 */
export interface DatelineRule {
  id: string;
  pattern: RegExp;
  reason: string;
}

export const DATELINE_RULES: readonly DatelineRule[] = [
  {
    id: 'capitals',
    // WASHINGTON —, NEW YORK (AP) —, LOS ANGELES, Calif. (KTLA) —, ASHEVILLE, N.C. --
    pattern: /^[ \t]*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]{1,14}(?: [A-Z][A-Za-z.]{1,14})?)?)[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:—|–|--?)[ \t]/gm,
    reason: 'a place in capitals opening a paragraph, before a dash: where the report was filed',
  },
  {
    id: 'credited',
    // Houston (KHOU) —, Sacramento, Calif. (AP) —
    pattern: /^[ \t]*([A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]{1,14}(?: [A-Z][A-Za-z.]{1,14})?)?)[ \t]*\([A-Z][^()\n]{0,39}\)[ \t]*(?:—|–|--?)[ \t]/gm,
    reason: 'a place opening a paragraph with an outlet credited in brackets, before a dash',
  },
];

/** The spans of the place names in an article's datelines, in text order. */
export function datelines(text: string): Array<{ start: number; end: number; rule: string }> {
  const out: Array<{ start: number; end: number; rule: string }> = [];
  for (const rule of DATELINE_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]!);
      out.push({ start, end: start + m[1]!.length, rule: rule.id });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
