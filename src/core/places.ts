/**
 * The country a place lies in, by the country code its id starts with ("place:us-tx" → "country:us"), or null.
 * Place ids are made that way (`data/gazetteers/`), so the entity stage and the frame reader ask this, not the
 * gazetteer.
 */
export function countryOfPlace(id: string): string | null {
  const code = /^place:([a-z]{2})-/.exec(id)?.[1];
  return code === undefined ? null : `country:${code}`;
}

/**
 * The code of a state (a country's first-level division) a place is, or null: its id is the country's code and the
 * state's ("place:us-nc" → "nc") and it lies in the country itself, as the gazetteers make them.
 */
export function stateCode(id: string, within: string | undefined): string | null {
  const code = /^place:[a-z]{2}-([a-z]{2})$/.exec(id)?.[1];
  return code !== undefined && within?.startsWith('country:') === true ? code : null;
}
