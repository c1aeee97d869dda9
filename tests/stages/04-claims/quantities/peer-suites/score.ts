import type { Case, Result } from './suites.js';

/** Two values agree when equal within a relative 1e-6 (spec values carry 15 significant digits). */
function sameValue(a: Result['value'], b: Result['value']): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

/**
 * A result matches an expected one when the texts are equal (case and runs of spaces ignored), the values agree
 * and the units are the same canonical unit (or one the spec's unit does not tell apart). A proportion that claimgraph reads as a percentage matches a
 * dimensionless number a hundred times smaller ("two thirds": 66.67 percent = 0.6667).
 */
export function sameResult(got: Result, want: Result): boolean {
  if (got.text !== want.text) return false;
  if (got.unit === want.unit || (got.unit !== null && want.alike?.includes(got.unit))) return sameValue(got.value, want.value);
  if (got.unit === 'percent' && want.unit === 'count' && typeof got.value === 'number') return sameValue(got.value / 100, want.value);
  return false;
}

/** A case passes when the results and the expected results pair up one to one, in any order. */
export function casePasses(got: readonly Result[], c: Case): boolean {
  if (got.length !== c.expected.length) return false;
  const left = [...got];
  for (const want of c.expected) {
    const i = left.findIndex((g) => sameResult(g, want));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

export interface FileScore { readonly cases: number; readonly passed: number; readonly rate: number }

export function score(cases: readonly Case[], run: (c: Case) => readonly Result[]): FileScore & { failures: Array<{ case: Case; got: readonly Result[] }> } {
  let passed = 0;
  const failures: Array<{ case: Case; got: readonly Result[] }> = [];
  for (const c of cases) {
    const got = run(c);
    if (casePasses(got, c)) passed += 1;
    else failures.push({ case: c, got });
  }
  return { cases: cases.length, passed, rate: cases.length ? Number((passed / cases.length).toFixed(4)) : 0, failures };
}
