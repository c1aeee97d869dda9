// What a figure's digits alone say about it.

/** Significant digits a figure needs to be told apart from others by its value alone: 58,038; 1,525,210; 40.1. */
const DISTINCTIVE_DIGITS = 3;
/** Whether an exact figure is specific enough that stating it again means the same figure. */
export function distinctiveValue(value: number | null): boolean {
  if (value === null || !Number.isFinite(value)) return false;
  const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length >= DISTINCTIVE_DIGITS;
}
