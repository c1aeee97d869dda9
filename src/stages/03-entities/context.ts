import type { Tries } from './build-tries.js';
import type { Registry } from './registry.js';
import type { Word } from './words.js';

/** What `setup` builds once per pipeline and every article reads. */
export interface EntityResources {
  tries: Tries;
  givenNames: ReadonlySet<string>;
  notEntities: ReadonlySet<string>;
  /** lowercase English words (wink's lexicon) */
  commonWords: ReadonlySet<string>;
}

/** One article while its entities are found. */
export interface ArticleContext {
  text: string;
  words: readonly Word[];
  registry: Registry;
  res: EntityResources;
  /** the places the article names by names no other place shares, and what they lie in (`placesNamed`) */
  placesNamed?: ReadonlySet<string>;
  /** the states (of a country) the article has named so far, with how often: whose "state Department of …" it is */
  statesNamed?: Map<string, { name: string; code: string; count: number }>;
}

/**
 * A possible person the first pass could not settle: a surname ("Feeley said"), or a name seen only in a
 * headline. The second pass resolves it to a person already named, or creates one when `evidence` says so.
 */
export interface PersonCandidate {
  from: number;
  to: number;
  keys: string[];
  name: string;
  /** a title, a role, a speech verb or a given name says this is a person */
  evidence: boolean;
  /** a headline word or a common word opening a sentence: may only point at someone already named */
  weak: boolean;
  official: boolean;
  role: string | null;
  /** folded nickname written inside the name ("el chapo"), an alias once the person is known */
  nickname: string | null;
}
