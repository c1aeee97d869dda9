import { MONTHS, WEEKDAYS } from '../../core/vocabulary.js';

/**
 * Closed word lists the name rules consult, as folded keys (see `wordKey`). Open lists that users may extend
 * (given names, words that are never an entity) live in data/gazetteers/ instead.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Verbs of saying: "Feeley said", "said Rudman", "explains Dr. Correa-Cabrera". */
export const SPEECH_VERBS = set(`
  said says say told tells added adds explained explains argued argues noted notes stated claimed claims wrote writes
  warned warns testified testifies asked asks replied replies acknowledged acknowledges insisted insists recalled
  admitted admits emphasized emphasizes stressed stresses observed observes suggested suggests contended contends
  countered counters predicted predicts announced announces declared declares tweeted posted cautioned cautions
  confirmed confirms denied denies estimated estimates believes believed thinks thought reported reports agreed agrees
  disagreed continued continues concluded concludes urged urges described describes`);

/** Words of a role that may follow a name after a comma or precede it in lowercase: "Watson, a spokesperson". */
export const OFFICIAL_ROLE_NOUNS = set(`
  spokesperson spokesman spokeswoman president senator minister secretary ambassador governor mayor official
  officer agent administrator commissioner prosecutor judge lawmaker congressman congresswoman representative
  dictator czar envoy consul diplomat director chancellor premier sheriff commander general admiral colonel
  lieutenant captain sergeant chairman chairwoman chair speaker undersecretary deputy
  inspector detective investigator regulator legislator councilman councilwoman head chief leader`);

export const PERSON_ROLE_NOUNS = set(`
  professor researcher analyst expert scholar fellow economist journalist reporter correspondent editor author
  writer lawyer attorney consultant adviser advisor founder executive ceo activist historian scientist doctor
  physician epidemiologist criminologist sociologist lecturer teacher student pundit commentator kingpin boss
  capo lieutenant trafficker smuggler accountant operative enforcer hitman sicario courier pilot chemist cook
  bodyguard associate informant banker launderer financier brother sister son daughter wife husband father mother cofounder co-founder
  partner owner member resident witness victim survivor defendant suspect`);

/** Role nouns that name a relation, not an office: evidence of a person but no role. */
export const RELATION_NOUNS = set('brother sister son daughter wife husband father mother partner');

/** A run ending in one of these is an agency ("Texas Department of Public Safety" also starts with one). */
export const AGENCY_HEADS = set(`
  department ministry agency administration bureau commission secretariat service office police army navy
  guard court directorate authority prosecutor's fiscalia procuraduria secretaria ministerio marines force division unit command`);

/** A run ending in one of these is an organization ("Harvard Kennedy School", "Mexico Institute"). */
export const ORG_HEADS = set(`
  university universidad institute instituto institution center centre foundation fundacion association society
  group company corporation corp inc llc ltd plc press times post journal herald tribune gazette chronicle news
  network bank party committee coalition alliance union federation fund trust project initiative laboratory lab
  labs school college hospital church club forum observatory watch council review magazine consejo centro
  fundacion asociacion partido movimiento colectivo observatorio red`);

/** Words that may open an organization or agency name before "of" ("University of Texas"). */
export const NAME_OPENERS = set(`
  university institute college bank department ministry secretariat bureau office center centre council
  commission committee school association federation society universidad instituto secretaria consejo centro
  fundacion asociacion comision fiscalia procuraduria partido movimiento observatorio camara tribunal`);

export const CARTEL_HEADS = set('cartel cartels');

/** Lowercase words allowed inside a name: "Cártel de Santa Rosa de Lima", "Ludwig van Beethoven". */
export const NAME_PARTICLES = set('de del la las los y van von der den da di du dos das bin al el le');

/** Lowercase words allowed inside an organization name once it has a head word. */
export const ORG_CONNECTORS = set('of on for and & the at de del la las los y para en por contra');

/** wink part-of-speech tags of words that are never part of a name, capitalised or not. */
export const CLOSED_POS = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'NUM', 'PUNCT', 'SYM']);

/** Words that make a capitalised line a headline when the rest is capitalised too ("What's Next?"). */
export const FUNCTION_WORDS = set(`
  a an the of in on and or to for at by with from as vs but is are was were be it its this that these those what
  why how who when where which not no into over under after before about than s 's t`);

/** Months and weekdays: capitalised, never names (May is a month only before a number). */
export const CALENDAR: ReadonlySet<string> = new Set([...MONTHS.keys(), ...WEEKDAYS].filter((w) => w !== 'may'));

/** Words after a by-line name that describe the author, not name them ("James Carter Senior News Editor"). */
export const BYLINE_STOP = set(`
  senior news editor reporter correspondent staff writer contributor associate managing chief columnist special
  deputy executive political national international foreign investigative and for of in at updated published`);

/** Suffixes that belong to a name but are no surname. */
export const NAME_SUFFIXES = set('jr sr ii iii iv');
