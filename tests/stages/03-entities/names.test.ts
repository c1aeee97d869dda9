import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, mentionsOf } from './support.js';

/** [text, id, type, role] of every person or official the text names. */
async function people(text: string): Promise<Array<[string, string, string, string | null]>> {
  const { entities, mentions } = await entitiesOf(text);
  return mentions
    .filter((m) => m.type === 'person' || m.type === 'official')
    .map((m) => {
      const e = entity(entities, m.entity);
      return [m.text, e.id, e.type, e.role];
    });
}

describe('people and officials from titles, roles and name rules', () => {
  it.each([
    ['The cartels buy chemicals, DEA Administrator Anne Milgram told Congress.',
      [['Anne Milgram', 'person:anne-milgram', 'official', 'DEA Administrator']]],
    ['“Let’s go,” said Senator Lindsey Graham, R-S.C., on Tuesday.',
      [['Lindsey Graham', 'person:lindsey-graham', 'official', 'Senator']]],
    ['Attorney General Pam Bondi claims the DoJ will prosecute.',
      [['Pam Bondi', 'person:pam-bondi', 'official', 'Attorney General']]],
    ['Mexico was enraged, and then-Attorney General William Barr dropped the case.',
      [['William Barr', 'person:william-barr', 'official', 'Attorney General']]],
    ['President López Obrador said no.',
      [['López Obrador', 'person:andres-manuel-lopez-obrador', 'official', 'President']]],
    ['President Andrés Manuel López Obrador has repeatedly downplayed the threat.',
      [['Andrés Manuel López Obrador', 'person:andres-manuel-lopez-obrador', 'official', 'President']]],
    ['The day after, Mexico’s President, Claudia Sheinbaum, stated that Mexico would cooperate.',
      [['Claudia Sheinbaum', 'person:claudia-sheinbaum', 'official', 'Mexico’s President']]],
    ['“We are not contemplating military action,” Watson, a spokesperson for the NSC, said in a statement.',
      [['Watson', 'person:watson', 'official', 'spokesperson']]],
    ['“Extraditions are tactical,” explains Dr. Guadalupe Correa-Cabrera, a professor at George Mason University.',
      [['Guadalupe Correa-Cabrera', 'person:guadalupe-correa-cabrera', 'person', 'professor']]],
    ['“I think so,” said Rudman of the Wilson Center.', [['Rudman', 'person:rudman', 'person', null]]],
    ['“We have a watershed here,” Feeley said.', [['Feeley', 'person:feeley', 'person', null]]],
    ['It grew under Presidents George Bush and Felipe Calderón.', [
      ['George Bush', 'person:george-w-bush', 'official', 'President'],
      ['Felipe Calderón', 'person:felipe-calderon', 'official', 'President'],
    ]],
    ['They started to fall when Enrique Peña Nieto took office in 2013.',
      [['Enrique Peña Nieto', 'person:enrique-pena-nieto', 'official', 'President of Mexico']]],
    ['President Trump led an operation to capture Venezuelan dictator Nicolás Maduro.', [
      ['Trump', 'person:donald-trump', 'official', 'President'],
      ['Nicolás Maduro', 'person:nicolas-maduro', 'official', 'Venezuelan dictator'],
    ]],
    ['Sen. Ted Cruz, R-Texas, met Texas Gov. Greg Abbott and border czar Tom Homan.', [
      ['Ted Cruz', 'person:ted-cruz', 'official', 'Senator'],
      ['Greg Abbott', 'person:greg-abbott', 'official', 'Texas Governor'],
      ['Tom Homan', 'person:tom-homan', 'official', 'border czar'],
    ]],
    ['“It’s a problem,” said Vanda Felbab-Brown, a senior fellow at the Brookings Institution.',
      [['Vanda Felbab-Brown', 'person:vanda-felbab-brown', 'person', 'fellow']]],
    ['The cartel, once led by Joaquín “El Chapo” Guzmán, grew.',
      [['Joaquín “El Chapo” Guzmán', 'person:joaquin-guzman', 'person', 'Sinaloa Cartel leader']]],
    ['The report cites the case of Abraham Oseguera, the brother of the leader.',
      [['Abraham Oseguera', 'person:abraham-oseguera', 'person', null]]],
    ['Defense Secretary Lloyd Austin met Jordan Peterson in Austin.', [
      ['Lloyd Austin', 'person:lloyd-austin', 'official', 'Defense Secretary'],
      ['Jordan Peterson', 'person:jordan-peterson', 'person', null],
    ]],
    ['The governor of Sinaloa, Rubén Rocha Moya, asked for calm.',
      [['Rubén Rocha Moya', 'person:ruben-rocha-moya', 'official', 'governor of Sinaloa']]],
    ["Mexico's ambassador to Washington, Esteban Moctezuma, said so.",
      [['Esteban Moctezuma', 'person:esteban-moctezuma', 'official', 'ambassador to Washington']]],
    ["Mike Vigil, the DEA's former chief of international operations, said so.",
      [['Mike Vigil', 'person:mike-vigil', 'official', 'chief']]],
    ['Abigael González Valencia, a leader of "Los Cuinis," was sent north.',
      [['Abigael González Valencia', 'person:abigael-gonzalez-valencia', 'person', 'leader']]],
    ['Defense Secretary Gen. Luis Cresencio Sandoval said the army had deployed.',
      [['Luis Cresencio Sandoval', 'person:luis-cresencio-sandoval', 'official', 'Defense Secretary']]],
    ['Back home, Labor Secretary Julie Su and Chair Jerome Powell spoke.', [
      ['Julie Su', 'person:julie-su', 'official', 'Labor Secretary'],
      ['Jerome Powell', 'person:jerome-powell', 'official', 'Chair'],
    ]],
    ["Special Agent in Charge Frank Tarentino of the DEA's New York Division added more.",
      [['Frank Tarentino', 'person:frank-tarentino', 'official', 'Special Agent in Charge']]],
    // a listed surname never swallows a longer name; alone, it is the listed person
    ['Eric Trump and Donald Trump Jr. spoke before Trump did.', [
      ['Eric Trump', 'person:eric-trump', 'person', null],
      ['Donald Trump Jr.', 'person:donald-trump-jr', 'person', null],
      ['Trump', 'person:donald-trump', 'official', 'President of the United States'],
    ]],
  ])('%s', async (text, expected) => {
    expect(await people(text)).toEqual(expected);
  });

  it('finds the author in a by-line even though the by-line is page furniture', async () => {
    const text = 'Cartels grow\n\nby James Carter Senior News Editor\n\nThe cartels grew in Mexico.';
    const start = text.indexOf('by');
    const { entities } = await entitiesOf(text, [{ start, end: start + 34, reason: 'by-line' }]);
    expect(entity(entities, 'person:james-carter')).toMatchObject({ name: 'James Carter', type: 'person', role: 'author' });
  });

  it('names every author of a by-line', async () => {
    const text = 'Cartels grow\n\nBy Maria Verza and Fabiola Sánchez\n\nThe cartels grew in Mexico.';
    const start = text.indexOf('By');
    const { entities } = await entitiesOf(text, [{ start, end: text.indexOf('\n', start), reason: 'by-line' }]);
    expect(entities.filter((e) => e.role === 'author').map((e) => e.id)).toEqual(['person:fabiola-sanchez', 'person:maria-verza']);
  });

  it('reads "X, a local security group", "shipping giant X", "economists at X" as organizations, not people', async () => {
    expect(await mentionsOf('Ciudad Juárez recorded 90 homicides, according to Ficosec, a local security group.')).toEqual([
      ['Ciudad Juárez', 'place:mx-ciudad-juarez'], ['Ficosec', 'org:ficosec'],
    ]);
    expect(await mentionsOf('Shipping giant Hapag-Lloyd said rates fell, and economists at Capital Economics agreed.')).toEqual([
      ['Hapag-Lloyd', 'org:hapag-lloyd'], ['Capital Economics', 'org:capital-economics'],
    ]);
  });

  it('reads "X, the agency\'s deputy administrator" as a person and "after Beryl, the office said" as no apposition', async () => {
    expect(await mentionsOf('Sophie Shulman, the agency\'s deputy administrator, said deaths fell.')).toEqual([['Sophie Shulman', 'person:sophie-shulman']]);
    expect(await mentionsOf('Seven died after residents lost power during and after Beryl, the office said.')).toEqual([]);
  });

  it('reads "the state Department of …" as the department of the state the article names, and alone as no one', async () => {
    const text = 'North Carolina has the most deaths. The state Department of Health and Human Services counted 65 on Friday.';
    const { entities, mentions } = await entitiesOf(text);
    expect(mentions.map((m) => [m.text, m.entity])).toEqual([
      ['North Carolina', 'place:us-nc'], ['Department of Health and Human Services', 'agency:nc-department-of-health-and-human-services'],
    ]);
    expect(entity(entities, 'agency:nc-department-of-health-and-human-services')).toMatchObject({ name: 'North Carolina Department of Health and Human Services', type: 'agency' });
    expect(await mentionsOf('The state Department of Health counted 65.')).toEqual([]);
  });

  it('reads "the southwest border" as the US-Mexico border, a place', async () => {
    expect(await mentionsOf('Agents made 58,038 apprehensions along the southwest border last month.')).toEqual([['southwest border', 'place:us-mexico-border']]);
  });

  it('finds organizations, agencies, cartels and operations not in any list from their form', async () => {
    expect(await mentionsOf('Researchers at the Harvard Kennedy School and the Montana Department of Livestock tracked the Caborca Cartel and the Cártel del Sur in Operation Blue Dragon.')).toEqual([
      ['Harvard Kennedy School', 'org:harvard-kennedy-school'],
      ['Montana Department of Livestock', 'agency:montana-department-of-livestock'],
      ['Caborca Cartel', 'cartel:caborca'],
      ['Cártel del Sur', 'cartel:cartel-del-sur'],
      ['Operation Blue Dragon', 'operation:blue-dragon'],
    ]);
    expect(await mentionsOf("Critics, including the American Civil Liberties Union, objected; the agency's Special Operations Division did not.")).toEqual([
      ['American Civil Liberties Union', 'org:american-civil-liberties-union'], ['Special Operations Division', 'agency:special-operations-division'],
    ]);
  });
});

describe('not entities', () => {
  it.each([
    ['page furniture and site names', 'This site uses Akismet to reduce spam.\nAdblock Detected\nComments (0)\nLeave a Reply\nScroll to top'],
    ['sentence-initial capitalised words', 'However, experts caution. Thousands of dealers operate. Fueled by greed, they grow. Officials on both sides were furious. Much less clear is how.'],
    ['months and weekdays', 'On Tuesday, in late February and in October 2020, officials met on Monday.'],
    ['title-case headlines', 'The Cartel Crackdown: Why Fentanyl’s Fugitive Handover Signals a New Phase in the Fentanyl War'],
    ['section labels', "What's Happening?\nWhy It's Important?\nWhat's Next?\nBeyond the Headlines"],
    ['a given name alone', 'No Joe, This Isn’t Going Well.'],
    ['capitalised common phrases', 'The National Drug Threat Assessment paints a grim picture for a Fortune 500 company.'],
    ['abbreviations that are not names', 'Senator Graham, RS.C., spoke.'],
  ])('%s', async (_label, text) => {
    const found = await mentionsOf(text);
    expect(found.filter(([, id]) => !id.startsWith('person:graham') && !id.startsWith('person:lindsey'))).toEqual([]);
  });

  it('skips every sentence in page furniture', async () => {
    const text = 'The DEA acted.\n\nFentanyl seized in Tempe, Arizona.Arizona Attorney General Kris Mayes via Twitter';
    const start = text.indexOf('Fentanyl');
    expect(await mentionsOf(text, [{ start, end: text.length, reason: 'photo caption' }])).toEqual([['DEA', 'agency:dea']]);
  });
});
