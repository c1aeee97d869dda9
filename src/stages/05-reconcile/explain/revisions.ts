// Notes for two exact counts that differ a little: a rounded or provisional figure against a precise or final one.
import type { Item } from '../item.js';
import { figure } from './figures.js';
import { formatNumber } from './format.js';

/** Place value of the last non-zero digit: 107,000 → 1,000; 106,699 → 1; 2.5 → 0.1. */
export function placeValue(n: number): number {
  if (n === 0 || !Number.isFinite(n)) return 1;
  const abs = Math.abs(n);
  if (Number.isInteger(abs)) {
    let g = 1;
    while (abs % (g * 10) === 0) g *= 10;
    return g;
  }
  const decimals = (String(abs).split('.')[1] ?? '').length;
  return 10 ** -decimals;
}

const PROVISIONAL = /\b(provisional|preliminary|predicted|projected|early (?:data|figures|estimates?)|estimated?)\b/i;
const FINAL = /\b(final|finali[sz]ed|revised|updated|official (?:data|figures?|count))\b/i;

function wording(item: Item): string {
  return `${item.claim.quote} ${item.claim.attribution?.text ?? ''}`;
}

function status(item: Item): 'provisional' | 'final' | null {
  const text = wording(item);
  if (PROVISIONAL.test(text)) return 'provisional';
  if (FINAL.test(text)) return 'final';
  return null;
}

/**
 * "107,000 is described as provisional and 106,699 as final: a provisional count revised later." and/or
 * "107,000 looks rounded to the nearest 1,000 and 106,699 rounds to it." Empty when neither applies.
 */
export function revisionNote(a: Item, b: Item): string {
  const notes: string[] = [];
  const [sa, sb] = [status(a), status(b)];
  if (sa !== null && sb !== null && sa !== sb) {
    const [early, late] = sa === 'provisional' ? [a, b] : [b, a];
    notes.push(`${figure(early)} is described as provisional and ${figure(late)} as final, so one is likely an early count that was revised`);
  } else if ((sa === 'provisional') !== (sb === 'provisional')) {
    notes.push(`${figure(sa === 'provisional' ? a : b)} is described as provisional`);
  }
  const [va, vb] = [a.claim.value, b.claim.value];
  if (va !== null && vb !== null && a.claim.hedge === 'exact' && b.claim.hedge === 'exact') {
    const [round, precise] = placeValue(va) >= placeValue(vb) ? [a, b] : [b, a];
    const g = placeValue(round.claim.value ?? 0);
    const diff = Math.abs((round.claim.value ?? 0) - (precise.claim.value ?? 0));
    if (g >= 10 && diff <= g / 2) {
      notes.push(`${figure(round)} looks rounded to the nearest ${formatNumber(g)} and ${figure(precise)} rounds to it`);
    }
  }
  return notes.length ? ` ${notes.map((n) => n.charAt(0).toUpperCase() + n.slice(1)).join('. ')}.` : '';
}
