// Wire copies: the same sentence printed by two outlets is one source appearing twice, not two confirmations.
import type { Claim } from '../../contracts/index.js';
import type { Item } from './item.js';
import { UnionFind } from './fast/index.js';

/** Shorter texts are too generic to prove copying ("25 percent tariffs" can be written independently). */
const MIN_SENTENCE = 40;
const MIN_QUOTE = 30;

/** Case, curly quotes, dashes, spacing and surrounding quotation marks or punctuation do not make a sentence different. */
export function normalizeWording(text: string): string {
  return printableAscii(text) ? normalizeAscii(text) : normalizeAny(text);
}

/** `normalizeWording` for any text: Unicode compatibility forms folded, every kind of quote, dash and space. */
function normalizeAny(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!?"')\]]+$/u, '')
    .replace(/^[\s"'(\[]+/u, '')
    .trim();
}

/** Only characters from space to tilde: no line breaks, tabs, curly quotes, dashes or compatibility forms. */
function printableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

const TRAILING = new Set([...' .,;:!?"\')]'].map((c) => c.charCodeAt(0)));
const LEADING = new Set([...' "\'(['].map((c) => c.charCodeAt(0)));

/**
 * `normalizeAny` for printable ASCII, which is nearly every quote and sentence: NFKC leaves it as it is and the
 * quote and dash folds find nothing, so only case, runs of spaces and the ends are left to do — in one pass and
 * one slice instead of eight new strings a claim (a million claims made ~280 MB of them).
 */
function normalizeAscii(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text.charCodeAt(end - 1))) end--;
  let start = 0;
  while (start < end && LEADING.has(text.charCodeAt(start))) start++;
  const lower = text.slice(start, end).toLowerCase();
  return lower.includes('  ') ? lower.replace(/ {2,}/g, ' ') : lower;
}

/**
 * A key two claims share when they are the same words about the same figure: the sentence text when the
 * article text is at hand, else the claim's quote. Null when the words are too short to tell copying from chance.
 */
export function wireKey(claim: Claim, text: string | undefined): string | null {
  const quote = normalizeWording(claim.quote);
  if (text !== undefined) {
    const sentence = normalizeWording(text.slice(claim.sentence.start, claim.sentence.end));
    if (sentence.length >= MIN_SENTENCE) return `s:${sentence}|${quote}|${claim.valueText.toLowerCase()}`;
  }
  return quote.length >= MIN_QUOTE ? `q:${quote}|${claim.valueText.toLowerCase()}` : null;
}

/** Each claim's independent source, and how many there are (see `sourcesOf`). */
export interface Sources {
  /** per item: its source, numbered from 0 in the order the sources first appear among the items */
  readonly of: Int32Array;
  readonly count: number;
}

/**
 * Independent sources among some claims, `items` in article order (`articleRank`): articles, with articles that
 * share a wire copy among these claims counted once. A figure repeated inside one article is one source. Made with
 * arrays over the runs of one article, not maps keyed by article ids: every fact of a batch asks (on 300,000
 * claims the maps for sources and confidences were 85 MB).
 */
export function sourcesOf(items: readonly Item[]): Sources {
  const n = items.length;
  const run = new Int32Array(n); // each item's article, numbered by runs of one article
  let runs = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && items[i]!.articleRank !== items[i - 1]!.articleRank) runs++;
    run[i] = runs;
  }
  if (n > 0) runs++;
  // articles that share a wire text are one source: union-find over the runs, each set under its first run
  const sets = new UnionFind(runs);
  let firstRunOfWire: Map<string, number> | undefined;
  for (let i = 0; i < n; i++) {
    const { wire } = items[i]!;
    if (wire === null) continue;
    firstRunOfWire ??= new Map();
    const first = firstRunOfWire.get(wire);
    if (first === undefined) { firstRunOfWire.set(wire, run[i]!); continue; }
    sets.union(first, run[i]!);
  }
  const number = new Int32Array(runs).fill(-1);
  const of = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const root = sets.find(run[i]!);
    if (number[root] === -1) number[root] = count++;
    of[i] = number[root]!;
  }
  return { of, count };
}

/** Independent sources among claims in any order. */
export function countSources(items: readonly Item[]): number {
  return sourcesOf([...items].sort((a, b) => a.articleRank - b.articleRank)).count;
}
