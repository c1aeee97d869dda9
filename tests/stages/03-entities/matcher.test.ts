import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support.js';

describe('gazetteer matching', () => {
  it.each([
    ['Officials in the US and the U.S.A. met.', [['US', 'country:us'], ['U.S.A.', 'country:us']]],
    ['Let us go to the United States of America.', [['United States of America', 'country:us']]],
    ['Us and them.', []],
    ['The PRC, the People’s Republic of China, and China.', [['PRC', 'country:cn'], ['People’s Republic of China', 'country:cn'], ['China', 'country:cn']]],
    ['He bought fine china and a turkey.', []],
    ['The DEA and the Drug Enforcement Administration.', [['DEA', 'agency:dea'], ['Drug Enforcement Administration', 'agency:dea']]],
    ['An idea: the dea of the party.', []],
    ['The Justice Department, the DOJ and the U.S. Department of Justice (DoJ).', [
      ['Justice Department', 'agency:doj'], ['DOJ', 'agency:doj'], ['U.S. Department of Justice', 'agency:doj'], ['DoJ', 'agency:doj'],
    ]],
    ['Mexico’s attorney general’s office said so.', [['Mexico’s attorney general’s office', 'agency:fgr']]],
    ['The Mexican Army and the US Army.', [['Mexican Army', 'agency:sedena'], ['US Army', 'agency:us-army']]],
    ['The army moved.', []],
  ])('%s', async (text, expected) => {
    expect(await mentionsOf(text)).toEqual(expected);
  });

  it('prefers the longest match: New Mexico, Mexico City and the Gulf of Mexico are not Mexico', async () => {
    expect(await mentionsOf('From New Mexico to Mexico City and the Gulf of Mexico, Mexico.')).toEqual([
      ['New Mexico', 'place:us-nm'], ['Mexico City', 'place:mx-cmx'], ['Gulf of Mexico', 'place:gulf-of-mexico'], ['Mexico', 'country:mx'],
    ]);
  });

  it('never matches inside a longer word', async () => {
    expect(await mentionsOf('Mexicoland and USAIDS and Chinatown and DEAs.')).toEqual([]);
  });

  it('folds accents, case after the first word, and hyphens', async () => {
    expect(await mentionsOf('The Cartel de Jalisco Nueva Generacion, the Jalisco cartel and the Beltran Leyva Organization.')).toEqual([
      ['Cartel de Jalisco Nueva Generacion', 'cartel:cjng'], ['Jalisco cartel', 'cartel:cjng'], ['Beltran Leyva Organization', 'cartel:beltran-leyva'],
    ]);
    expect(await mentionsOf('Sinaloa-based groups and the Beltrán-Leyva Organization.')).toEqual([
      ['Sinaloa', 'place:mx-sin'], ['Beltrán-Leyva Organization', 'cartel:beltran-leyva'],
    ]);
  });

  it('marks demonyms as mentions of their country', async () => {
    const { mentions } = await import('./support.js').then((s) => s.entitiesOf('Americans and a Mexican official.'));
    expect(mentions.map((m) => [m.text, m.entity, m.demonym])).toEqual([['Americans', 'country:us', true], ['Mexican', 'country:mx', true]]);
  });

  it('reads no country in a demonym that ends a name, and still does elsewhere', async () => {
    const { entitiesOf } = await import('./support.js');
    const band = await entitiesOf('Aid went to 39 counties and to members of the Eastern Band of Cherokee Indians on Friday.');
    expect(band.mentions.filter((m) => m.entity === 'country:in')).toEqual([]);
    const both = await entitiesOf('Officials said Americans and Indians in Texas were counted.');
    expect(both.mentions.map((m) => m.entity)).toEqual(expect.arrayContaining(['country:us', 'country:in']));
  });

  it('keeps a possessive out of the mention (straight or curly apostrophe, wink splitting it or not)', async () => {
    expect(await mentionsOf("Mexico's army, Mexico’s police and the CJNG's leader.")).toEqual([
      ["Mexico's army", 'agency:sedena'], ['Mexico', 'country:mx'], ['CJNG', 'cartel:cjng'],
    ]);
  });

  it('ignores phrases that only contain a name (African American, Fortune 500)', async () => {
    expect(await mentionsOf('An African American voter at a Fortune 500 company.')).toEqual([]);
  });

  it('reads "the Sinaloa and Jalisco cartels" as two cartels, not two states', async () => {
    expect(await mentionsOf('The Sinaloa and Jalisco cartels and the Sinaloa, Gulf and Juárez cartels grew in Sinaloa.')).toEqual([
      ['Sinaloa', 'cartel:sinaloa'], ['Jalisco', 'cartel:cjng'], ['Sinaloa', 'cartel:sinaloa'], ['Gulf', 'cartel:gulf'],
      ['Juárez', 'cartel:juarez'], ['Sinaloa', 'place:mx-sin'],
    ]);
  });

  it('gives a one-word place inside a personal name to the name (Lloyd Austin, Jordan Peterson)', async () => {
    const found = await mentionsOf('Defense Secretary Lloyd Austin met Jordan Peterson in Austin and Jordan.');
    expect(found).toEqual([
      ['Lloyd Austin', 'person:lloyd-austin'], ['Jordan Peterson', 'person:jordan-peterson'], ['Austin', 'place:us-austin'], ['Jordan', 'country:jo'],
    ]);
  });
});
