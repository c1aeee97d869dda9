import type { UnitInfo } from './context/unit-table.js';
import type { NumberMatch } from './numbers/types.js';
import { readPiece, type Piece } from './piece.js';

const FOOT: UnitInfo = {
  kind: 'measure', unit: 'ft', dimension: 'length', siUnit: 'm', factor: 0.3048, offset: 0, minor: 1, gluedOnly: true,
  afterScaleOnly: false,
};

/**
 * A second number that completes the first: "3 dollars 50 cents", "thirteen dollars and forty-five cents",
 * "15 dollars and 50.", "5 feet 2 inches". Returns what to add to the first value and where the whole ends.
 */
export function readCompound(text: string, x: Piece, ny: NumberMatch): { add: number; end: number; unit?: UnitInfo } | null {
  const gap = text.slice(x.end, ny.start);
  // 5'11" (feet and inches with prime marks)
  if (x.unit === null && !x.iso && /^['’′]$/.test(gap) && /^["″”]/.test(text.slice(ny.end, ny.end + 1)) && ny.value < 12) {
    return { add: ny.value / 12, end: ny.end + 1, unit: FOOT };
  }
  const joined = /^[ \t\u00a0]+(?:and[ \t\u00a0]+)?$/.exec(gap);
  if (!joined) return null;
  const y = readPiece(text, ny);
  if (y.money) return null;
  if (x.iso !== null) {
    if (y.unit?.kind === 'minor' && (y.unit.unit === x.iso || x.iso !== 'GBP')) return { add: y.value, end: y.end };
    const wordOrAnd = x.unit?.kind === 'currency' || /and/.test(gap);
    const bare = y.unit === null && Number.isInteger(y.value) && y.value > 0 && y.value < 100 && y.n.scale === 1;
    if (wordOrAnd && bare && /^[ \t]*(?:[.,;:!?)]|$)/.test(text.slice(y.end, y.end + 2))) return { add: y.value / 100, end: y.end };
    return null;
  }
  if (x.unit?.unit === 'ft' && y.unit?.unit === 'in' && !x.age) return { add: y.value / 12, end: y.end };
  return null;
}
