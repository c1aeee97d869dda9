import { wordKey } from './normalize.js';
import type { Word } from './words.js';

/**
 * Titles that stand before a name: "DEA Administrator Anne Milgram", "Senator Lindsey Graham", "Dr. Guadalupe
 * Correa-Cabrera". `official` titles make an official; honorifics only say it is a person.
 */
interface TitleSpec {
  words: string;
  official: boolean;
  /** the role to record; null for honorifics (Dr., Mr.) */
  role: string | null;
  plural?: boolean;
}

const OFFICIAL = `President|Vice President|Senator|Sen.|Representative|Rep.|Congressman|Congresswoman|Governor|Gov.|
Lieutenant Governor|Lt. Gov.|Mayor|Secretary|Secretary of State|Secretary of Defense|Secretary of War|
Secretary of Homeland Security|Secretary of the Treasury|Treasury Secretary|Defense Secretary|Homeland Security Secretary|
Security Secretary|Interior Secretary|Foreign Secretary|Economy Secretary|Foreign Minister|Defense Minister|Minister|
Prime Minister|Attorney General|Deputy Attorney General|Assistant Attorney General|Acting Attorney General|
State Attorney General|District Attorney|U.S. Attorney|US Attorney|Administrator|Deputy Administrator|
Acting Administrator|Director|Deputy Director|Acting Director|Commissioner|Ambassador|Chancellor|Judge|
Federal Judge|U.S. District Judge|District Judge|Magistrate Judge|Justice|Chief Justice|Speaker|House Speaker|
Majority Leader|Minority Leader|Senate Majority Leader|Senate Minority Leader|Chairman|Chairwoman|Chair|General|Gen.|
Lt. Gen.|Maj. Gen.|Brig. Gen.|Admiral|Adm.|Vice Adm.|Colonel|Col.|Lt. Col.|Captain|Capt.|Sergeant|Sgt.|Sheriff|
Police Chief|Chief|Commander|Cmdr.|Special Agent|Special Agent in Charge|Agent|Prosecutor|Federal Prosecutor|
Press Secretary|Spokesperson|Spokesman|Spokeswoman|Czar|Border Czar|Drug Czar|Consul|Consul General|
Councilman|Councilwoman|Council Member|Envoy|Special Envoy|Undersecretary|Under Secretary|Assistant Secretary|
Deputy Secretary|Surgeon General|Inspector General|Solicitor General|King|Queen|Prince|Princess|Pope|Premier|
Dictator|Leader|Supreme Leader|Diputado|Diputada|Senador|Senadora|Gobernador|Gobernadora|Presidente|Presidenta|
Fiscal|Alcalde|Alcaldesa`;

const HONORIFIC = 'Dr.|Dr|Doctor|Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Miss|Mx.|Sir|Dame|Rev.|Reverend|Lic.|Ing.';

const PLURAL = `Presidents|Senators|Sens.|Representatives|Reps.|Governors|Govs.|Secretaries|Ministers|Judges|
Generals|Ambassadors|Mayors|Attorneys General`;

const ROLE_OF_PLURAL: Readonly<Record<string, string>> = {
  presidents: 'President', senators: 'Senator', sens: 'Senator', representatives: 'Representative', reps: 'Representative',
  governors: 'Governor', govs: 'Governor', secretaries: 'Secretary', ministers: 'Minister', judges: 'Judge',
  generals: 'General', ambassadors: 'Ambassador', mayors: 'Mayor', 'attorneys general': 'Attorney General',
};

/** Abbreviated titles record the office in full: "Sen. Ted Cruz" holds the role "Senator". */
const ROLE_OF_ABBREVIATION: Readonly<Record<string, string>> = {
  'Sen.': 'Senator', 'Rep.': 'Representative', 'Gov.': 'Governor', 'Lt. Gov.': 'Lieutenant Governor', 'Gen.': 'General',
  'Lt. Gen.': 'Lieutenant General', 'Maj. Gen.': 'Major General', 'Brig. Gen.': 'Brigadier General', 'Adm.': 'Admiral',
  'Vice Adm.': 'Vice Admiral', 'Col.': 'Colonel', 'Lt. Col.': 'Lieutenant Colonel', 'Capt.': 'Captain', 'Sgt.': 'Sergeant',
  'Cmdr.': 'Commander',
};

const split = (list: string) => list.split('|').map((s) => s.trim()).filter(Boolean);

const SPECS: readonly TitleSpec[] = [
  ...split(OFFICIAL).map((words) => ({ words, official: true, role: ROLE_OF_ABBREVIATION[words] ?? words })),
  ...split(HONORIFIC).map((words) => ({ words, official: false, role: null })),
  ...split(PLURAL).map((words) => ({ words, official: true, role: ROLE_OF_PLURAL[keyOf(words)] ?? words, plural: true })),
];

function keyOf(phrase: string): string {
  return phrase.split(/\s+/).map(wordKey).join(' ');
}

/** Titles by their first word, longest first. */
const BY_FIRST = new Map<string, Array<TitleSpec & { keys: string[] }>>();
for (const spec of SPECS) {
  const keys = spec.words.split(/\s+/).map(wordKey);
  const list = BY_FIRST.get(keys[0]!) ?? [];
  list.push({ ...spec, keys });
  list.sort((a, b) => b.keys.length - a.keys.length);
  BY_FIRST.set(keys[0]!, list);
}

export interface TitleMatch {
  from: number;
  to: number;
  official: boolean;
  role: string | null;
  plural: boolean;
  /** written in lowercase ("former president Barack Obama"): only a title when a name follows at once */
  lowercase: boolean;
}

/** The longest title starting at word `i` (not past `limit`), capitalised or wholly lowercase. */
export function titleAt(words: readonly Word[], i: number, limit: number): TitleMatch | null {
  const first = words[i];
  if (!first) return null;
  for (const spec of BY_FIRST.get(first.key) ?? []) {
    if (i + spec.keys.length > limit) continue;
    const span = words.slice(i, i + spec.keys.length);
    if (!span.every((w, k) => w.key === spec.keys[k])) continue;
    const content = span.filter((w) => !/^(of|the|in)$/.test(w.key));
    const allCaps = content.every((w) => w.cap);
    const allLower = content.every((w) => !w.cap);
    if (!allCaps && !allLower) continue;
    if (allLower && !spec.official) continue;
    return { from: i, to: i + spec.keys.length, official: spec.official, role: spec.role, plural: spec.plural ?? false, lowercase: allLower };
  }
  return null;
}
