import { MONTHS as MONTH_WORDS } from '../../../../core/vocabulary.js';

/**
 * Words that make a number something other than a quantity (issue 3, "Not claims"), as data.
 * The rules that use them live in `reject.ts`, one named rule each.
 */

/**
 * Words before a bare integer that make it part of a name, a code or a rank: "Fortune 500", "Title 42",
 * "Boeing 737", "Chapter 11", "page 5". `cased` words count only when capitalised as here.
 */
export const NAME_PREFIXES_CASED: ReadonlySet<string> = new Set([
  'Fortune', 'Title', 'Boeing', 'Airbus', 'Apollo', 'Artemis', 'Gemini', 'Windows', 'iPhone', 'Galaxy', 'Pixel',
  'Formula', 'Vision', 'Agenda', 'Proposition', 'Prop', 'Prop.', 'Resolution', 'Bill', 'Act', 'Block', 'Unit',
  'Lot', 'Suite', 'District', 'Area', 'Studio', 'Mission', 'Operation', 'Ligue', 'Serie', 'Division', 'League',
  'Group', 'Channel', 'Flight', 'Route', 'Highway', 'Interstate', 'Road', 'Pier', 'Terminal', 'Gate', 'Platform',
  'Room', 'Ward', 'Precinct', 'Local', 'Station', 'Camp', 'Base', 'Sector', 'Zone', 'Region', 'Cell', 'Squad',
  'Battalion', 'Brigade', 'Regiment', 'Corps', 'Fleet', 'Army', 'Cartel', 'Column', 'Amendment', 'Article', 'Section',
  'Chapter', 'Rule', 'Order', 'Directive', 'Regulation', 'Schedule', 'Annex', 'Appendix', 'Exhibit', 'Figure',
  'Fig', 'Fig.', 'Table', 'Chart', 'Map', 'Page', 'Pages', 'Vol', 'Vol.', 'Volume', 'Issue', 'Part', 'Book',
  'Episode', 'Season', 'Series', 'Level', 'Phase', 'Stage', 'Step', 'Category', 'Class', 'Grade', 'Tier',
  'Type', 'Model', 'Mk', 'Version', 'Gen', 'Generation', 'Year', 'Day', 'Week', 'Game', 'Match', 'Round',
  'Race', 'Heat', 'Lane', 'Row', 'Seat', 'Box', 'Form', 'Schedule', 'Exhibit', 'Paragraph', 'Clause', 'Item', 'Case',
  'Docket', 'Patent', 'Decree', 'Law', 'Number', 'No', 'No.', 'Nos', 'Nos.', 'Nr', 'Nr.', 'Num',
  'Num.', 'Quarter', 'Q', 'H', 'Covid', 'COVID', 'Ebola', 'SARS', 'Windows', 'Xbox', 'PlayStation', 'Nintendo',
  'Bowl', 'Omega', 'Sigma',
  // market indexes: "the S&P 500 fell 4.9%", "the FTSE 100"
  'S&P', 'FTSE', 'Nikkei', 'Russell', 'Dow', 'Nasdaq', 'DAX', 'CAC', 'Stoxx', 'STOXX', 'MSCI', 'Sensex', 'Nifty',
  'ASX', 'TSX', 'KOSPI', 'Kospi', 'IBEX', 'Ibex', 'MIB', 'AEX', 'SMI', 'Hang Seng', 'CSI', 'Topix', 'TOPIX',
]);

/**
 * The same, in any case: "type 2 diabetes", "phase 3 trial" (the references into a document, "page 5", "chapter 11",
 * are `DOCUMENT_REFERENCES`, read before any number's form).
 */
export const NAME_PREFIXES_ANY_CASE: ReadonlySet<string> = new Set([
  'article', 'chart',
  'annex', 'exhibit', 'paragraph', 'clause', 'item', 'episode', 'season', 'phase', 'type', 'category', 'grade',
  'level', 'tier', 'version', 'ver.', 'v.', 'no.', 'nos.', 'nr.', 'num.', 'number', 'route', 'highway', 'interstate',
  'flight', 'room', 'gate', 'platform', 'terminal', 'channel', 'precinct', 'district', 'ward', 'docket', 'line',
  'exit', 'pier', 'lane', 'row', 'seat', 'apt.', 'apartment', 'unit', 'suite', 'floor', 'volume', 'vol.', 'issue',
  'class', 'gen', 'generation', 'model', 'step', 'stage', 'round', 'game', 'match', 'week', 'day', 'form',
  'proposition', 'prop.', 'amendment', 'rule', 'regulation', 'schedule', 'part', 'book', 'verse', 'psalm',
  'code', 'zip', 'postcode', 'reference', 'specimens', 'experiment',
]);

/**
 * Prefixes of a reference into a document: every number after them is the reference's, whatever its form ("Fig.
 * 3b", "Section 2.3", "Eq. (4)", "Table S2").
 */
export const DOCUMENT_REFERENCES: ReadonlySet<string> = new Set([
  'fig.', 'figs.', 'figure', 'figures', 'table', 'tables', 'eq.', 'eqs.', 'eqn.', 'equation', 'equations', 'section',
  'sections', 'chapter', 'appendix', 'ref.', 'refs.', 'page', 'pages', 'p.', 'pp.', 'sample', 'samples', 'specimen',
]);

/** Symbols before a number that make it a rank or an identifier: "#1", "№ 5". */
export const RANK_SYMBOLS: ReadonlySet<string> = new Set(['#', '№', '§', '¶']);

/** Numeric idioms and named days that are not quantities. */
export const NUMERIC_IDIOMS: ReadonlySet<string> = new Set([
  '24/7', '24-7', '9/11', '7/7', '3/11', '7/11', '50/50', '50-50', '4/20', '1/6', '10/7', '11/9',
]);

/**
 * Emergency telephone numbers. They are numbers like any other ("police seized 999 kilos", "killed 911 people")
 * unless the words around them make them the number to call: a calling verb before ("call 911", "dialled 999"),
 * or a word of the service after ("a 911 call", "the 999 operator").
 */
export const EMERGENCY_NUMBERS: ReadonlySet<string> = new Set(['911', '999', '112', '000', '111', '119']);
export const EMERGENCY_BEFORE: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'dial', 'dials', 'dialed', 'dialled', 'dialing', 'dialling', 'phone',
  'phoned', 'phoning', 'ring', 'rang', 'ringing', 'text', 'texted',
]);
export const EMERGENCY_AFTER: ReadonlySet<string> = new Set([
  'call', 'calls', 'caller', 'callers', 'dispatcher', 'dispatchers', 'dispatch', 'operator', 'operators', 'center',
  'centre', 'centers', 'centres', 'line', 'lines', 'system', 'service', 'services', 'emergency', 'tape', 'tapes',
  'recording', 'recordings', 'hotline', 'number', 'response',
]);

/** Words that, followed by "(N)", make N a page-furniture counter: "Comments (0)", "Shares (12)". */
export const FURNITURE_COUNTERS: ReadonlySet<string> = new Set([
  'comments', 'comment', 'replies', 'reply', 'shares', 'share', 'likes', 'like', 'views', 'reviews', 'votes',
  'photos', 'videos', 'responses', 'reactions', 'retweets', 'tweets', 'followers', 'following', 'posts', 'items',
  'cart', 'notifications', 'messages', 'inbox', 'results',
]);

/** Street types after a house number and a name: "123 Random Street", "1600 Pennsylvania Avenue". */
export const STREET_TYPES: ReadonlySet<string> = new Set([
  'street', 'st', 'st.', 'avenue', 'ave', 'ave.', 'road', 'rd', 'rd.', 'boulevard', 'blvd', 'blvd.', 'lane', 'ln',
  'drive', 'dr', 'dr.', 'way', 'place', 'pl', 'court', 'ct', 'square', 'sq', 'terrace', 'parkway', 'pkwy',
  'highway', 'hwy', 'circle', 'crescent', 'close', 'row', 'plaza', 'alley', 'trail', 'calle', 'avenida', 'rue',
  'strasse', 'straße', 'via', 'paseo', 'pike', 'turnpike',
]);

/** Month names and abbreviations, capitalised ("May", "Sept") → number: case matters, a lower-case "may" is no month. */
export const MONTHS: ReadonlyMap<string, number> = new Map([...MONTH_WORDS].map(([w, n]) => [w[0]!.toUpperCase() + w.slice(1), n]));

/** Words after a number that make it a time of day: "6pm", "10:30 a.m.", "2 o'clock". */
export const TIME_OF_DAY_SUFFIXES: ReadonlySet<string> = new Set([
  'am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', "o'clock", 'o’clock', 'GMT', 'UTC', 'BST', 'CET', 'EST', 'EDT',
  'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'ET', 'PT', 'CT',
]);

/**
 * Function words: after a hedged bare 4-digit number they keep it a year ("around 2010 and ..."); before it,
 * a lower-case word that is not one of these makes it a count ("over 2000 people").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'of', 'from', 'until', 'till', 'to', 'during', 'through', 'before', 'after', 'between',
  'and', 'or', 'but', 'the', 'a', 'an', 'as', 'at', 'on', 'into', 'for', 'with', 'when', 'while', 'where', 'which',
  'that', 'this', 'than', 'then', 'so', 'if', 'because', 'is', 'was', 'were', 'are', 'be', 'been', 'it', 'its',
  'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'there', 'not', 'also', 'about', 'around',
]);

/** Determiners before "one" that make it a pronoun ("the one", "no one", "which one"). */
export const PRONOUN_ONE_BEFORE: ReadonlySet<string> = new Set([
  'the', 'this', 'that', 'which', 'no', 'any', 'each', 'every', 'some', 'another', 'whichever', 'a', 'an',
  'little', 'only', 'loved', 'last', 'next', 'first', 'other', 'right', 'wrong', 'big', 'new', 'old', 'same',
  'such', 'what', 'everyone', 'anyone', 'someone', 'everybody', 'no-one', 'young', 'chosen', 'special', 'lucky',
]);

/** Words after "one" that make it a pronoun or an idiom ("one another", "one day, he..."). */
export const PRONOUN_ONE_AFTER: ReadonlySet<string> = new Set([
  'another', 'way', 'or', 'thing', 'hand', 'side', 'sided', 'time', 'off', 'on', 'by', 'could', 'can', 'might',
  'must', 'should', 'would', 'will', 'may', 'cannot', "can't", 'does', 'did', 'is', 'was', 'has', 'had', 'who',
  'whom', 'whose', 'that', 'which', 'where', 'in', 'at', 'else', "'s", 'to',
]);

/**
 * Words before a duration that make it a period rather than an amount of time: "the first six months of 2023",
 * "the past 12 months", "the last two years", "the next 10 years".
 */
export const PERIOD_CUES: ReadonlySet<string> = new Set([
  'first', 'last', 'past', 'next', 'previous', 'coming', 'final', 'recent', 'preceding', 'following', 'latest',
  'prior', 'opening', 'closing', 'initial', 'ensuing', 'subsequent', 'remaining', 'early', 'late',
]);

/** Words after a duration that make it a period: "the 12 months ending in April 2023". */
export const PERIOD_AFTER: ReadonlySet<string> = new Set(['ending', 'ended', 'ends', 'through', 'thru', 'to', 'until', 'till']);

/** Words before a number below 1800 that make it a year ("in 1776", "since 1648"). */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'from', 'until', 'till', 'to', 'between', 'before', 'after', 'around', 'circa', 'of', 'year',
  'and', 'during', 'c', 'ca', 'early', 'mid', 'late', 'summer', 'spring', 'autumn', 'winter',
]);
