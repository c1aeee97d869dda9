/**
 * The country a place lies in, by the country code its id starts with ("place:us-tx" → "country:us"), or null.
 * Place ids are made that way (`data/gazetteers/`), so the entity stage and the frame reader ask this, not the
 * gazetteer.
 */
export function countryOfPlace(id: string): string | null {
  const code = /^place:([a-z]{2})-/.exec(id)?.[1];
  return code === undefined ? null : `country:${code}`;
}
