/** A number found in text, before any unit, hedge or context is read around it. */
export interface NumberMatch {
  /** UTF-16 offsets of the whole number expression, sign and scale included */
  start: number;
  end: number;
  text: string;
  value: number;
  form: 'digits' | 'words';
  /** token indices, inclusive */
  first: number;
  last: number;
  /** a plain run of digits: no sign, separators, decimals, fraction or scale (candidates for years and names) */
  bare: boolean;
  /** written with thousands separators */
  grouped: boolean;
  /** the scale factor applied ("44 million" → 1e6), 1 when none */
  scale: number;
  /** a fraction or a proportion ("3/4", "two-thirds", "half", "one in five") */
  fraction: boolean;
  /** "one in five", "7 out of 10" */
  ratio: boolean;
  /** starts with the article ("a dozen", "a half") */
  article: boolean;
  /** letters glued to the end that were not read as a scale ("ml" in "180ml", "th" in "4th", "m" in "1.8m") */
  suffix: string | null;
  /** letters glued before, directly or by a hyphen ("G7", "COVID-19", "SCP-173") */
  gluedBefore: boolean;
  /** a footnote marker after a full stop ("in 2022.1,2", "deaths.3") */
  footnote: boolean;
  /** one group of a run of three or more joined by the same mark, or of a colon pair (dates, IPs, phones, times) */
  run: '.' | '/' | '-' | ':' | null;
}

/** Place value of the last non-zero digit: 97,000 → 1,000; 2.5 → 0.1; 44,000,000 → 1,000,000. */
export function placeValue(n: number): number {
  const a = Math.abs(n);
  if (a === 0 || !Number.isFinite(a)) return 1;
  for (let k = Math.min(20, Math.floor(Math.log10(a))); k >= -12; k--) {
    const step = 10 ** k;
    const q = a / step;
    if (Math.abs(q - Math.round(q)) <= 1e-9 * Math.max(1, q)) return step;
  }
  return 1e-12;
}
