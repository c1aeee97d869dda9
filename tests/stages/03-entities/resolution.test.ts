import { describe, expect, it } from 'vitest';
import { entitiesOf, entity } from './support.js';

/** [mention text, entity id] of every person mention. */
async function personMentions(text: string): Promise<Array<[string, string]>> {
  const { mentions } = await entitiesOf(text);
  return mentions.filter((m) => m.type === 'person' || m.type === 'official').map((m) => [m.text, m.entity]);
}

describe('resolution within an article', () => {
  it('reads a surname after the full name as that person, wherever the full name comes', async () => {
    expect(await personMentions('DEA Administrator Anne Milgram spoke. But the DEA’s Milgram detailed more.')).toEqual([
      ['Anne Milgram', 'person:anne-milgram'], ['Milgram', 'person:anne-milgram'],
    ]);
    expect(await personMentions('Kopec said it was bad. Later, analyst Zoltan Kopec repeated it, and Kopec left.')).toEqual([
      ['Kopec', 'person:zoltan-kopec'], ['Zoltan Kopec', 'person:zoltan-kopec'], ['Kopec', 'person:zoltan-kopec'],
    ]);
  });

  it('gives a sentence-opening surname that is also a common word to the person named (Burns, Barr)', async () => {
    expect(await personMentions('The story, by reporter Brian Burns, ran. Burns said more. Then-Attorney General William Barr spoke. Barr, the former attorney general, argued.')).toEqual([
      ['Brian Burns', 'person:brian-burns'], ['Burns', 'person:brian-burns'], ['William Barr', 'person:william-barr'], ['Barr', 'person:william-barr'],
    ]);
  });

  it('never merges two people who share a surname: Abraham Oseguera is not Rubén Oseguera Cervantes', async () => {
    const text = 'The report cites Abraham Oseguera, the brother of CJNG leader Rubén “El Mencho” Oseguera Cervantes. Despite being captured by the Mexican Army, Oseguera was released.';
    const { entities } = await entitiesOf(text);
    expect(await personMentions(text)).toEqual([
      ['Abraham Oseguera', 'person:abraham-oseguera'],
      ['Rubén “El Mencho” Oseguera Cervantes', 'person:nemesio-oseguera-cervantes'],
      ['Oseguera', 'person:abraham-oseguera'],
    ]);
    expect(entity(entities, 'person:nemesio-oseguera-cervantes')).toMatchObject({ type: 'person', role: 'CJNG leader' });
    expect(await personMentions('Juan Pérez Soto met Pedro Pérez. Pérez left.')).toEqual([
      ['Juan Pérez Soto', 'person:juan-perez-soto'], ['Pedro Pérez', 'person:pedro-perez'], ['Pérez', 'person:pedro-perez'],
    ]);
  });

  it('defines an abbreviation in parentheses for the entity before it', async () => {
    const consejo = 'org:consejo-ciudadano-para-la-seguridad-publica-y-la-justicia-penal';
    const spanish = await entitiesOf('The Consejo Ciudadano para la Seguridad Pública y la Justicia Penal (CCSPJP) counts. The CCSPJP said 20 cities.');
    expect(spanish.mentions.map((m) => [m.text, m.entity])).toEqual([
      ['Consejo Ciudadano para la Seguridad Pública y la Justicia Penal', consejo], ['CCSPJP', consejo], ['CCSPJP', consejo],
    ]);
    const task = await entitiesOf('The Northern Border Drug Task Force (NBDTF) met. NBDTF agents seized pills.');
    expect(task.mentions.map((m) => [m.text, m.entity])).toEqual([
      ['Northern Border Drug Task Force', 'agency:northern-border-drug-task-force'],
      ['NBDTF', 'agency:northern-border-drug-task-force'],
      ['NBDTF', 'agency:northern-border-drug-task-force'],
    ]);
    const listed = await entitiesOf('The Jalisco New Generation Cartel (CJNG) and the U.S. Department of Justice (DoJ).');
    expect(listed.mentions.map((m) => [m.text, m.entity])).toEqual([
      ['Jalisco New Generation Cartel', 'cartel:cjng'], ['CJNG', 'cartel:cjng'], ['U.S. Department of Justice', 'agency:doj'], ['DoJ', 'agency:doj'],
    ]);
  });

  it('keeps possessives out of names, with either apostrophe or none ("President Trumps inauguration")', async () => {
    const text = "Trump's team met Mexico’s envoy after President Trumps inauguration.";
    const { mentions } = await entitiesOf(text);
    expect(mentions.map((m) => [m.text, m.entity, text.slice(m.start, m.end)])).toEqual([
      ['Trump', 'person:donald-trump', 'Trump'], ['Mexico', 'country:mx', 'Mexico'], ['Trump', 'person:donald-trump', 'Trump'],
    ]);
  });

  it('reads a nickname inside a name as an alias of that person', async () => {
    const { entities, mentions } = await entitiesOf('Damaso “El Licenciado” Lopez Nunez rose. Later El Licenciado fell. Joaquín “El Chapo” Guzmán ran; El Chapo hid.');
    expect(mentions.map((m) => [m.text, m.entity])).toEqual([
      ['Damaso “El Licenciado” Lopez Nunez', 'person:damaso-lopez-nunez'], ['El Licenciado', 'person:damaso-lopez-nunez'],
      ['Joaquín “El Chapo” Guzmán', 'person:joaquin-guzman'], ['El Chapo', 'person:joaquin-guzman'],
    ]);
    expect(entity(entities, 'person:joaquin-guzman').aliases).toEqual(['El Chapo', 'Joaquín “El Chapo” Guzmán']);
  });

  it('keeps every mention exact: text === article.slice(start, end)', async () => {
    const text = 'López-Obrador and “El Mencho” met U.S. officials in Mexico City, DEA’s Milgram said.';
    const { mentions } = await entitiesOf(text);
    expect(mentions.length).toBeGreaterThan(3);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
