import { z } from 'zod';
import { readDataFile } from '../../core/data-file.js';
import { MONTHS as MONTH_WORDS } from '../../core/vocabulary.js';

/**
 * The words the not-a-figure rules read (`data/not-a-figure.json`), validated at load: each list a description and
 * its words. The rules that use them are the table in `./index.ts`.
 */
const FILE = new URL('../../../data/not-a-figure.json', import.meta.url);
const List = z.strictObject({ description: z.string().min(1), words: z.array(z.string().min(1)).min(1) });
const NotAFigureWordsSchema = z.strictObject({
  description: z.string(),
  namePrefixesCased: List,
  namePrefixesAnyCase: List,
  documentReferences: List,
  rankSymbols: List,
  numericIdioms: List,
  emergencyNumbers: List,
  emergencyBefore: List,
  emergencyAfter: List,
  furnitureCounters: List,
  streetTypes: List,
  timeOfDaySuffixes: List,
  functionWords: List,
  pronounOneBefore: List,
  pronounOneAfter: List,
  periodCues: List,
  periodAfter: List,
  yearPrepositions: List,
});

const data = readDataFile(FILE, NotAFigureWordsSchema, 'not-a-figure words');
const set = (list: z.infer<typeof List>): ReadonlySet<string> => new Set(list.words);

export const NAME_PREFIXES_CASED = set(data.namePrefixesCased);
export const NAME_PREFIXES_ANY_CASE = set(data.namePrefixesAnyCase);
export const DOCUMENT_REFERENCES = set(data.documentReferences);
export const RANK_SYMBOLS = set(data.rankSymbols);
export const NUMERIC_IDIOMS = set(data.numericIdioms);
export const EMERGENCY_NUMBERS = set(data.emergencyNumbers);
export const EMERGENCY_BEFORE = set(data.emergencyBefore);
export const EMERGENCY_AFTER = set(data.emergencyAfter);
export const FURNITURE_COUNTERS = set(data.furnitureCounters);
export const STREET_TYPES = set(data.streetTypes);
export const TIME_OF_DAY_SUFFIXES = set(data.timeOfDaySuffixes);
export const FUNCTION_WORDS = set(data.functionWords);
export const PRONOUN_ONE_BEFORE = set(data.pronounOneBefore);
export const PRONOUN_ONE_AFTER = set(data.pronounOneAfter);
export const PERIOD_CUES = set(data.periodCues);
export const PERIOD_AFTER = set(data.periodAfter);
export const YEAR_PREPOSITIONS = set(data.yearPrepositions);

/** Month names and abbreviations, capitalised ("May", "Sept") → number: case matters, a lower-case "may" is no month. */
export const MONTHS: ReadonlyMap<string, number> = new Map([...MONTH_WORDS].map(([w, n]) => [w[0]!.toUpperCase() + w.slice(1), n]));
