import { z } from 'zod';
import { readDataFile } from '../core/data-file.js';

/**
 * `data/measure-words.json`: the words the measure reader knows, by role (containers, people, verbs of dying,
 * the nouns verbs count, light verbs, generic heads, words never in a key, bodies that act, participles that
 * name a bare count, verbs that state a figure in the passive, ratings named before their figure, verbs whose
 * named subject qualifies the count, verbs whose common-noun subject names a part of it, verbs that only report a figure, measures whose rate is a year-on-year change, plans and estimates for a
 * year, nouns of a move), validated at load.
 */
const Group = z.strictObject({ description: z.string(), words: z.array(z.string().regex(/^[a-z][a-z' -]*$/, 'lemmas, lower case')) });
const MeasureWordsSchema = z.strictObject({
  description: z.string(),
  containers: Group,
  persons: Group,
  dying: Group,
  nominals: z.strictObject({ description: z.string(), map: z.record(z.string(), z.string()) }),
  light: Group,
  predicative: Group,
  generic: Group,
  notQualifiers: Group,
  actors: Group,
  participles: z.strictObject({ description: z.string(), map: z.record(z.string(), z.string()) }),
  passiveStates: Group,
  labels: Group,
  actorVerbs: Group,
  partVerbs: Group,
  wholeSubjects: Group,
  yearOnYear: Group,
  planned: Group,
  moves: Group,
  cumulative: Group,
  reporting: Group,
});

const FILE = new URL('../../data/measure-words.json', import.meta.url);

function load() {
  const d = readDataFile(FILE, MeasureWordsSchema, 'measure-words');
  const set = (g: { words: string[] }) => new Set(g.words);
  return {
    containers: set(d.containers),
    persons: set(d.persons),
    dying: set(d.dying),
    nominals: new Map(Object.entries(d.nominals.map)),
    light: set(d.light),
    predicative: set(d.predicative),
    generic: set(d.generic),
    notQualifiers: set(d.notQualifiers),
    actors: set(d.actors),
    participles: new Map(Object.entries(d.participles.map)),
    passiveStates: set(d.passiveStates),
    labels: set(d.labels),
    actorVerbs: set(d.actorVerbs),
    partVerbs: set(d.partVerbs),
    reporting: set(d.reporting),
    wholeSubjects: set(d.wholeSubjects),
    yearOnYear: set(d.yearOnYear),
    planned: set(d.planned),
    moves: set(d.moves),
    cumulative: set(d.cumulative),
  };
}

export const MEASURE_WORDS = load();
