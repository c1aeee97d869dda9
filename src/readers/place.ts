import type { EntityMention } from '../contracts/index.js';
import { stateCode } from '../core/places.js';
import { gap, overlaps, type Span } from './tokens.js';

/**
 * The place a figure is about, as an entity id from the entity stage's mentions: where the clause says it
 * happened ("in the US"), whose people are counted ("Americans died", "American lives"), the country in context
 * for "across the country", the subject's country ("Mexico extradited 24"), else any country in the clause.
 * Without mentions (no entity stage in the pipeline) there is no place: this module never guesses from bare words.
 */
export interface Place {
  entity: string;
  text: string;
  /** the mention's offsets: the words the place was read from */
  start: number;
  end: number;
  via: 'locative' | 'counted' | 'country-in-context' | 'local-in-context' | 'subject' | 'clause';
}

export interface PlaceInput {
  text: string;
  value: Span;
  clause: Span;
  counted: Span | null;
  /** mentions inside the sentence */
  mentions: readonly EntityMention[];
  /** the last country mentioned before an offset (in the sentence, or ending before it), for "across the country" */
  countryBefore: (offset: number) => EntityMention | null;
  /** the last city, county or state mentioned before an offset, for "the city", "the county", "the state" */
  localBefore?: (offset: number, kind: LocalKind) => EntityMention | null;
}

export type LocalKind = 'city' | 'county' | 'state';

/** What kind of place a mention names, read from its id and what it lies in; null for a country or a region. */
export function localKind(m: Pick<EntityMention, 'entity' | 'within'>): LocalKind | null {
  if (!m.entity.startsWith('place:')) return null;
  if (/-(?:county|parish|borough)$/.test(m.entity)) return 'county';
  if (stateCode(m.entity, m.within) !== null) return 'state';
  // a place inside a state that is no county: a city (a region lies in the country itself)
  return m.within !== undefined && /^place:[a-z]{2}-[a-z]{2}$/.test(m.within) ? 'city' : null;
}

const PLACE_TYPES = new Set(['country', 'place']);
const LOCATIVE = /\b(?:in|on|across|throughout|within|inside|nationwide\s+in)\s+(?:the\s+)?$/i;
const THE_COUNTRY = /\b(?:across|throughout|in)\s+the\s+(?:country|nation)\b|\bnationwide\b|\bcountrywide\b|\bthe\s+nation['’]s\b|\bnational\s+(?:total|count|tally|figure|rate|average|toll)\b/i;
/** A place named by its kind: "the city announced", "in the county", "the state's count". */
const THE_LOCAL = /\bthe\s+(city|county|state)(?:['’]s)?\b(?!\s+(?:of|line|lines|border|capital|level|government|law|laws|officials?|department|agency|legislature)\b)/i;

const place = (m: EntityMention, via: Place['via']): Place => ({ entity: m.entity, text: m.text, start: m.start, end: m.end, via });

export function placeOf(input: PlaceInput): Place | null {
  const { text, value, clause } = input;
  const inClause = input.mentions.filter((m) => PLACE_TYPES.has(m.type) && m.start >= clause.start && m.end <= clause.end);
  const nearest = (ms: EntityMention[]) => ms.reduce<EntityMention | undefined>((b, m) => (b === undefined || gap(m, value) < gap(b, value) ? m : b), undefined);

  const locative = nearest(inClause.filter((m) => LOCATIVE.test(text.slice(Math.max(clause.start, m.start - 30), m.start))));
  if (locative) return place(locative, 'locative');

  if (input.counted !== null) {
    const counted = input.counted;
    const own = inClause.find((m) => overlaps(m, counted) || (m.end <= counted.start && counted.start - m.end <= 2 && m.start >= value.end));
    if (own) return place(own, 'counted');
  }

  // "Georgia had recorded 25 and South Carolina 25": the place written right before a figure of a list is its own
  const adjacent = inClause.find((m) => m.end <= value.start && value.start - m.end <= 2 && /^\s*$/.test(text.slice(m.end, value.start)));
  if (adjacent) return place(adjacent, 'subject');

  const local = text.slice(clause.start, clause.end);
  const countryWords = THE_COUNTRY.exec(local);
  if (countryWords) {
    const country = input.countryBefore(clause.start + countryWords.index);
    if (country) return place(country, 'country-in-context');
  }

  const subject = inClause.find((m) => m.end <= value.start);
  if (subject) return place(subject, 'subject');
  // "The figure the city announced was 262": the city named last before (no place of its own in the clause)
  const localWords = input.localBefore === undefined ? null : THE_LOCAL.exec(local);
  if (localWords) {
    const named = input.localBefore!(clause.start + localWords.index, localWords[1]!.toLowerCase() as LocalKind);
    if (named) return place(named, 'local-in-context');
  }
  const after = inClause.find((m) => m.start >= value.end);
  return after ? place(after, 'clause') : null;
}
