/** Printable ASCII without backquotes: folding is lowercasing. */
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/**
 * Text folding shared by the matcher, the name rules and the merger: one definition of "the same word".
 * Lowercase, accents stripped (López → lopez), curly apostrophes and quotes straightened, hyphen-like dashes
 * made plain hyphens.
 */
export function fold(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[‐‑‒–—]/g, '-');
}

/** The matching form of one word: folded, with abbreviation dots dropped ("U.S." → "us", "St." → "st"). */
export function wordKey(text: string): string {
  const folded = fold(text);
  return folded.includes('.') && /[\p{L}\p{N}]/u.test(folded) ? folded.replace(/\./g, '') : folded;
}

/** The case-sensitive form of an acronym-like word: dots dropped, apostrophes straightened ("U.S." → "US"). */
export function exactForm(text: string): string {
  return /[.’‘`´ʼ]/.test(text) ? text.replace(/\./g, '').replace(/[’‘`´ʼ]/g, "'") : text;
}

/** A stable id segment from a name: "Andrés Manuel López-Obrador" → "andres-manuel-lopez-obrador". */
export function slug(text: string): string {
  return fold(text)
    .replace(/'s\b/g, 's')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A word is acronym-like, and so matched case-sensitively, when it has two capitals and no lowercase letter
 * ("US", "DEA", "U.S.") or a capital after a lowercase letter ("DoJ", "FinCEN", "TdA"). */
export function isAcronymLike(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  if (!/\p{Ll}/u.test(letters)) return /\p{Lu}.*\p{Lu}/u.test(letters);
  return /\p{Ll}\p{Lu}/u.test(letters);
}

export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}
