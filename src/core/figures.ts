// What a figure's digits alone say about it.

/** Significant digits a figure needs to be told apart from others by its value alone: 58,038; 1,525,210; 40.1. */
const DISTINCTIVE_DIGITS = 3;
/** Whether an exact figure is specific enough that stating it again means the same figure. */
export function distinctiveValue(value: number | null): boolean {
  if (value === null || !Number.isFinite(value) || value === 0) return false;
  let x = Math.abs(value);
  if (Number.isInteger(x)) {
    // a whole number without a string a claim: its digits once the trailing zeros are gone
    while (x % 10 === 0) x /= 10;
    return x >= 10 ** (DISTINCTIVE_DIGITS - 1);
  }
  const digits = String(x).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length >= DISTINCTIVE_DIGITS;
}

/** Currencies written with their symbol; others by their ISO code ("CAD 155 billion"). */
const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };
/** Units written as abbreviations, never pluralised ("6,500 lb", "5 mi"). */
const ABBREVIATIONS = new Set(['in', 'mi', 'lb', 'ft', 'yd', 'oz', 'gal', 'min', 'mph', 'kph', 'kg', 'g', 'mg', 'km', 'm', 'cm', 'mm', 'l', 'ml', 'h', 's', 'ms', 't', 'bbl', 'sq mi', 'sq ft', 'sq km', 'ha', 'times']);
const IRREGULAR: Readonly<Record<string, string>> = { century: 'centuries', foot: 'feet', inch: 'inches', person: 'people', child: 'children' };
const SCALES: ReadonlyArray<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** A unit's word for `n` of it: "9 days", "1 day", "6,500 lb", "2 times". */
export function unitWord(unit: string, n: number): string {
  if (Math.abs(n) === 1 || ABBREVIATIONS.has(unit) || !/^[a-z][a-z ]*$/.test(unit)) return unit;
  return IRREGULAR[unit] ?? (/(?:s|x|ch|sh)$/.test(unit) ? `${unit}es` : `${unit}s`);
}

/**
 * A figure with its canonical unit as a reader writes it: "25%", "2 percentage points", "9 days", "97,000",
 * "$0.10", "$46.8 billion", "CAD 155 billion", "44 kg". Money with cents keeps two decimals; money of a million
 * or more is written with its scale word when that loses no digit. `digits` groups a number ("97,000").
 */
export function amountText(n: number, unit: string, digits: (n: number) => string): string {
  if (unit === 'count' || unit === '') return digits(n);
  if (unit === 'percent') return `${digits(n)}%`;
  if (unit === 'percentage_point') return `${digits(n)} percentage ${Math.abs(n) === 1 ? 'point' : 'points'}`;
  if (/^[A-Z]{3}$/.test(unit)) {
    const abs = Math.abs(n);
    let text = Number.isInteger(n) || abs >= 1000 ? digits(n) : n.toFixed(2);
    for (const [scale, word] of SCALES) {
      const scaled = n / scale;
      if (abs >= scale && Number(scaled.toPrecision(4)) === Number(scaled.toPrecision(12))) {
        text = `${digits(Number(scaled.toPrecision(4)))} ${word}`;
        break;
      }
    }
    const symbol = SYMBOLS[unit];
    return symbol === undefined ? `${unit} ${text}` : text.startsWith('-') ? `-${symbol}${text.slice(1)}` : `${symbol}${text}`;
  }
  return `${digits(n)} ${unitWord(unit, n)}`;
}

/** A range with its unit written once where it follows the number: "0–100 times", "20–30%", "$5–$10", "3–4 days". */
export function rangeText(low: number, high: number, unit: string, digits: (n: number) => string, dash = '–'): string {
  if (unit === 'count' || unit === '' || /^[A-Z]{3}$/.test(unit)) return `${amountText(low, unit, digits)}${dash}${amountText(high, unit, digits)}`;
  if (unit === 'percent') return `${digits(low)}${dash}${digits(high)}%`;
  const whole = amountText(high, unit, digits);
  return `${digits(low)}${dash}${whole}`;
}
