import type { EntityType } from '../../contracts/index.js';
import { slug } from './normalize.js';
import { AGENCY_HEADS, CARTEL_HEADS, NAME_PARTICLES, ORG_HEADS } from './vocabulary.js';
import type { Word } from './words.js';

export interface NamedThing {
  id: string;
  name: string;
  type: Extract<EntityType, 'operation' | 'cartel' | 'agency' | 'organization'>;
}

const AGENCY_OPENERS = new Set(['department', 'ministry', 'secretariat', 'bureau', 'office', 'secretaria', 'fiscalia', 'procuraduria', 'ministerio', 'comision', 'camara', 'tribunal']);
const ORG_OPENERS = new Set(['university', 'institute', 'college', 'universidad', 'instituto', 'bank', 'consejo', 'centro', 'fundacion', 'asociacion', 'partido', 'movimiento', 'observatorio']);

/**
 * A run that names an operation, cartel, agency or organization by its form: "Operation Last Mile",
 * "Caborca Cartel", "Texas Department of Public Safety", "Harvard Kennedy School", "University of Texas".
 * `name` is the run's text; the id comes from it.
 */
export function classifyRun(words: readonly Word[], from: number, to: number, text: string): NamedThing | null {
  const first = words[from]!;
  const last = words[to - 1]!;
  const name = text.slice(first.start, last.end);
  const nameWords = to - from;
  if (nameWords < 2) return null;
  if (first.key === 'operation') {
    return { id: `operation:${slug(name.replace(/^Operation\s+/i, ''))}`, name, type: 'operation' };
  }
  const hasConnector = words.slice(from, to).some((w) => !w.cap && w.alnum);
  // the opener may follow a place: "Texas Department of Public Safety"
  const opens = (set: ReadonlySet<string>) => set.has(first.key) || (nameWords > 2 && set.has(words[from + 1]!.key));
  if (CARTEL_HEADS.has(last.key) || (CARTEL_HEADS.has(first.key) && NAME_PARTICLES.has(words[from + 1]!.key))) {
    return { id: `cartel:${slug(name)}`, name, type: 'cartel' };
  }
  if (AGENCY_HEADS.has(last.key) || (opens(AGENCY_OPENERS) && hasConnector)) {
    return { id: `agency:${slug(name)}`, name, type: 'agency' };
  }
  if (ORG_HEADS.has(last.key) || (opens(ORG_OPENERS) && hasConnector)) {
    return { id: `org:${slug(name.replace(/^The\s+/, ''))}`, name, type: 'organization' };
  }
  return null;
}
