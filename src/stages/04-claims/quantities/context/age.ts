/**
 * Ages: "aged 18-45", "age 87", "29 years old", "a 90 day old bill", "ninety five years of age", "18-year-old".
 * An age is a quantity with dimension `age` and a time unit (years unless another is written).
 */
const AGE_BEFORE = /(?<![\p{L}\p{N}])(aged|ages|age|age of)\s+(?:between\s+)?$/iu;
const OLD_AFTER = /^(?:\s*-\s*|\s+)old(?:s)?(?![\p{L}])|^\s+of\s+age(?![\p{L}])/iu;
const YO_AFTER = /^(?:[ \t]?-?[ \t]?)(?:yo|y\.o\.|y\/o)(?![\p{L}])/iu;

/** "87 yo", "87-y.o.": an age in years written right after the number; the offset where it ends. */
export function yearsOldAfter(text: string, end: number): number | null {
  const m = YO_AFTER.exec(text.slice(end, end + 8));
  return m ? end + m[0].length : null;
}

/** "aged " / "age " right before `pos`: the offset where the age words start. */
export function ageBefore(text: string, pos: number): number | null {
  const from = Math.max(0, pos - 20);
  const m = AGE_BEFORE.exec(text.slice(from, pos));
  return m ? from + m.index : null;
}

/** "old" / "-old" / "of age" right after a duration ending at `end`: the offset where they end. */
export function oldAfter(text: string, end: number): number | null {
  const m = OLD_AFTER.exec(text.slice(end, end + 12));
  return m ? end + m[0].length : null;
}
