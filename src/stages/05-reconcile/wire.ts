// Wire copies: the same sentence printed by two outlets is one source appearing twice, not two confirmations.
import type { Claim } from '../../contracts/index.js';
import type { Item } from './item.js';

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

/**
 * Independent sources among some claims: articles, with articles that share a wire copy among these claims
 * counted once. A figure repeated inside one article is one source.
 */
export function sourceGroups(items: readonly Item[]): Map<string, string> {
  if (items.every((item) => item.wire === null)) {
    // no wire copy among these claims, so each article is a source of its own (most facts of a large batch)
    const out = new Map<string, string>();
    for (const { article } of items) out.set(article, article);
    return out;
  }
  const parent = new Map<string, string>();
  const find = (a: string): string => {
    let root = a;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    for (let x = a; x !== root;) { const next = parent.get(x) ?? root; parent.set(x, root); x = next; }
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const firstByWire = new Map<string, string>();
  for (const { article, wire } of items) {
    if (!parent.has(article)) parent.set(article, article);
    if (wire === null) continue;
    const first = firstByWire.get(wire);
    if (first === undefined) firstByWire.set(wire, article);
    else union(first, article);
  }
  const out = new Map<string, string>();
  for (const article of parent.keys()) out.set(article, find(article));
  return out;
}

export function countSources(items: readonly Item[]): number {
  return new Set(sourceGroups(items).values()).size;
}
