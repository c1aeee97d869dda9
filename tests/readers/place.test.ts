import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../src/contracts/index.js';
import { localKind, placeOf, type LocalKind } from '../../src/readers/place.js';
import { mention, quantity } from './support.js';

const whole = (text: string) => ({ start: 0, end: text.length });

function place(text: string, figure: string, mentions: EntityMention[], counted: string | null = null, earlier: EntityMention[] = []) {
  const q = quantity(text, figure);
  const c = counted === null ? null : { start: text.indexOf(counted), end: text.indexOf(counted) + counted.length };
  // the last country before an offset, among the earlier mentions and the sentence's own
  const countryBefore = (offset: number) => [...earlier, ...mentions.filter((m) => m.start < offset)].findLast((m) => m.type === 'country') ?? null;
  return placeOf({ text, value: q, clause: whole(text), counted: c, mentions, countryBefore });
}

describe('placeOf', () => {
  it('takes the place where it happened ("in the US")', () => {
    const text = 'In 2021, 106,000 people died from opioid overdoses in the US';
    expect(place(text, '106,000', [mention(text, 'US', 'country:us')])).toMatchObject({ entity: 'country:us', via: 'locative', start: text.indexOf('US'), end: text.indexOf('US') + 2 });
  });

  it('takes the demonym of the people counted ("Americans died", "American lives")', () => {
    const a = 'Over 97,000 Americans died from drug overdoses in 2021';
    expect(place(a, 'Over 97,000', [mention(a, 'Americans', 'country:us')], 'Americans')).toMatchObject({ entity: 'country:us', via: 'counted' });
    const b = 'The fentanyl crisis claimed nearly 75,000 American lives in 2022';
    expect(place(b, 'nearly 75,000', [mention(b, 'American', 'country:us')], 'lives')).toMatchObject({ entity: 'country:us', via: 'counted' });
  });

  it('gives a figure of a list the place written right before it ("… and South Carolina 25")', () => {
    const text = 'Georgia had recorded 40 deaths and South Carolina 25';
    const ms = [mention(text, 'Georgia', 'place:us-ga', 'place'), mention(text, 'South Carolina', 'place:us-sc', 'place')];
    expect(place(text, '25', ms)).toMatchObject({ entity: 'place:us-sc' });
    expect(place(text, '40', ms)).toMatchObject({ entity: 'place:us-ga', via: 'subject' });
  });

  it('prefers the locative over the subject ("Mexico ... sells in the United States for $10")', () => {
    const text = 'Mexico makes a pill that sells in the United States for $10';
    expect(place(text, '$10', [mention(text, 'Mexico', 'country:mx'), mention(text, 'United States', 'country:us')])?.entity).toBe('country:us');
  });

  it('takes the place nearest the figure when the clause names two', () => {
    const text = 'A kilogram of fentanyl costs about $3,000 in China and sells for up to $1 million on US streets';
    const mentions = [mention(text, 'China', 'country:cn'), mention(text, 'US', 'country:us')];
    expect(place(text, 'about $3,000', mentions)?.entity).toBe('country:cn');
    expect(place(text, 'up to $1 million', mentions)?.entity).toBe('country:us');
  });

  it('reads "across the country" as the country in context', () => {
    const earlier = 'The American drug trade';
    const text = 'It tracked networks across the country, resulting in 1,436 investigations';
    const before = [{ ...mention(earlier, 'American', 'country:us'), start: 0, end: 0 }];
    expect(place(text, '1,436', [], null, before)).toMatchObject({ entity: 'country:us', via: 'country-in-context' });
  });

  it('takes the subject country ("Mexico extradited 24 ...")', () => {
    const text = 'Last year, Mexico extradited 24 drug-related defendants to the United States';
    expect(place(text, '24', [mention(text, 'Mexico', 'country:mx'), mention(text, 'United States', 'country:us')])).toMatchObject({ entity: 'country:mx', via: 'subject' });
  });

  it('ignores people and agencies, and gives null without mentions (no entity stage)', () => {
    const text = 'In 2021, 106,000 people died in the US, according to the National Institutes of Health';
    expect(place(text, '106,000', [])).toBeNull();
    expect(place(text, '106,000', [mention(text, 'National Institutes of Health', 'agency:nih', 'agency')])).toBeNull();
  });
  it.each([
    ['The figure the city announced was 262 homicides.', '262', 'city', 'place:us-baltimore'],
    ['The county now counts 42 deaths from the storm.', '42', 'county', 'place:us-nc-buncombe-county'],
    ["The state's count climbed to 481.", '481', 'state', 'place:us-tx'],
  ] as const)('reads "the city", "the county", "the state" as the one named before: %s', (text, figure, kind, want) => {
    const q = quantity(text, figure);
    const named: Record<LocalKind, EntityMention> = {
      city: { entity: 'place:us-baltimore', type: 'place', text: 'Baltimore', start: -20, end: -11, within: 'place:us-md' } as EntityMention,
      county: { entity: 'place:us-nc-buncombe-county', type: 'place', text: 'Buncombe County', start: -20, end: -5, within: 'place:us-nc' } as EntityMention,
      state: { entity: 'place:us-tx', type: 'place', text: 'Texas', start: -20, end: -15, within: 'country:us' } as EntityMention,
    };
    const localBefore = (_: number, k: LocalKind) => (k === kind ? named[k] : null);
    expect(placeOf({ text, value: q, clause: whole(text), counted: null, mentions: [], countryBefore: () => null, localBefore })).toMatchObject({ entity: want, via: 'local-in-context' });
  });

  it('says what kind of place a mention names', () => {
    expect([
      { entity: 'place:us-tx', within: 'country:us' }, { entity: 'place:us-nc-buncombe-county', within: 'place:us-nc' },
      { entity: 'place:us-baltimore', within: 'place:us-md' }, { entity: 'place:us-southeast', within: 'country:us' }, { entity: 'country:us' },
    ].map((m) => localKind(m))).toEqual(['state', 'county', 'city', null, null]);
  });

  it('reads "the national total" as the country in context, not "the state" before it', () => {
    const text = "By then the CDC's national total had reached 607.";
    const us = { entity: 'country:us', type: 'country', text: 'US', start: -10, end: -8 } as EntityMention;
    expect(placeOf({ text, value: quantity(text, '607'), clause: whole(text), counted: null, mentions: [], countryBefore: () => us })).toMatchObject({ entity: 'country:us', via: 'country-in-context' });
  });
});
