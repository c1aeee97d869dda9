import { describe, expect, it } from 'vitest';
import type { ArticleEntity, EntityMention, EntityType } from '../../../src/contracts/index.js';
import { isTypo, jaroWinkler, TYPO_SIMILARITY } from '../../../src/stages/03-entities/jaro-winkler.js';
import { mergeEntities, resolveBatch, type ArticleEntities } from '../../../src/stages/03-entities/merge.js';
import { slug } from '../../../src/stages/03-entities/normalize.js';
import { entitiesOf } from './support.js';

/** One article naming each entity once: [name, type, role?] → an id from the name, as the stage makes it. */
function article(id: string, items: Array<[string, EntityType, string?]>): ArticleEntities {
  const entities: ArticleEntity[] = [];
  const mentions: EntityMention[] = [];
  let at = 0;
  for (const [name, type, role] of items) {
    const prefix = type === 'official' || type === 'person' ? 'person' : type === 'organization' ? 'org' : type;
    const eid = `${prefix}:${slug(name)}`;
    entities.push({ id: eid, name, type, role: role ?? null, aliases: [] });
    mentions.push({ entity: eid, type, start: at, end: at + name.length, text: name });
    at += name.length + 1;
  }
  return { article: id, entities, mentions };
}

const ids = (batch: readonly ArticleEntities[]) => mergeEntities(batch).map((e) => e.id);

describe('mergeEntities across articles', () => {
  it('merges one id across articles into one entities.jsonl line, sorted by id, mentions by article', () => {
    const merged = mergeEntities([
      article('a', [['Mexico', 'country'], ['Feeley', 'person']]),
      article('b', [['Mexico', 'country']]),
    ]);
    expect(merged).toEqual([
      { id: 'country:mexico', name: 'Mexico', type: 'country', aliases: [], role: null, mentions: [
        { article: 'a', start: 0, end: 6, text: 'Mexico' }, { article: 'b', start: 0, end: 6, text: 'Mexico' },
      ] },
      { id: 'person:feeley', name: 'Feeley', type: 'person', aliases: [], role: null, mentions: [{ article: 'a', start: 7, end: 13, text: 'Feeley' }] },
    ]);
  });

  it('folds accents and hyphens (the ids agree) and drops initials and middle names of the same person', () => {
    expect(ids([
      article('a', [['Raúl Núñez-Vega', 'person']]),
      article('b', [['Raul Nunez Vega', 'person']]),
      article('c', [['Raúl Núñez Vega', 'official', 'Governor']]),
    ])).toEqual(['person:raul-nunez-vega']);
    const merged = mergeEntities([article('a', [['John Q. Public', 'person']]), article('b', [['John Public', 'person']])]);
    expect(merged.map((e) => [e.id, e.name, e.aliases])).toEqual([['person:john-q-public', 'John Q. Public', ['John Public']]]);
    expect(ids([article('a', [['María Elena Ríos Soto', 'person']]), article('b', [['María Ríos Soto', 'person']])])).toEqual(['person:maria-elena-rios-soto']);
  });

  it('drops titles: "Senator Lindsey Graham" and "Lindsey Graham" are one official', async () => {
    const a = await entitiesOf('“Let’s go,” said Senator Lindsey Graham.');
    const b = await entitiesOf('Lindsey Graham said so.');
    const merged = mergeEntities([{ article: 'a', ...a }, { article: 'b', ...b }]);
    expect(merged.map((e) => [e.id, e.type, e.role, e.mentions.map((m) => m.article)])).toEqual([
      ['person:lindsey-graham', 'official', 'Senator', ['a', 'b']],
    ]);
  });

  it('never merges different people who share a surname, in one article or across a batch', () => {
    expect(ids([
      article('a', [['Abraham Oseguera', 'person']]),
      article('b', [['Nemesio Oseguera Cervantes', 'person']]),
      article('c', [['Oseguera', 'person']]),
      article('d', [['Juan Pérez', 'person'], ['Juana Pérez', 'person']]),
    ])).toEqual(['person:abraham-oseguera', 'person:juan-perez', 'person:juana-perez', 'person:nemesio-oseguera-cervantes', 'person:oseguera']);
  });

  it('joins a bare surname to the one full name with it only on evidence (the same role)', () => {
    const withRole = resolveBatch([
      article('a', [['Anne Pokorny', 'official', 'spokesperson']]),
      article('b', [['Pokorny', 'official', 'spokesperson']]),
    ]);
    expect(withRole.entities.map((e) => e.id)).toEqual(['person:anne-pokorny']);
    expect(withRole.renames).toEqual({ b: { 'person:pokorny': 'person:anne-pokorny' } });
    expect(ids([article('a', [['Anne Pokorny', 'official', 'spokesperson']]), article('b', [['Pokorny', 'person']])]))
      .toEqual(['person:anne-pokorny', 'person:pokorny']);
  });

  it('takes one-word typos (Jaro-Winkler) only as a tie-breaker: swapped letters in a surname, any near miss in an organization', () => {
    expect(ids([
      article('a', [['Mariana Kowalczyk', 'person']]), article('b', [['Mariana Kowalcyzk', 'person']]), article('c', [['Mariana Kowalczyk', 'person']]),
    ])).toEqual(['person:mariana-kowalczyk']);
    expect(ids([article('a', [['Woodrow Policy Center', 'organization']]), article('b', [['Woodrow Policy Centre', 'organization']])])).toEqual(['org:woodrow-policy-center']);
    expect(ids([
      article('a', [['Juan Hernández', 'person'], ['John Williams', 'person'], ['Ana Castillo', 'person'], ['Sinaloa Cartel', 'cartel'], ['Niger', 'country']]),
      article('b', [['Juan Fernández', 'person'], ['John Williamson', 'person'], ['Ana Castilla', 'person'], ['Jalisco Cartel', 'cartel'], ['Nigeria', 'country']]),
    ])).toHaveLength(10);
  });

  it('keeps the strongest type and the most common role', () => {
    const [merged] = mergeEntities([
      article('a', [['Zoltan Kopec', 'person']]),
      article('b', [['Zoltan Kopec', 'official', 'Mayor']]),
      article('c', [['Zoltan Kopec', 'official', 'Mayor']]),
      article('d', [['Zoltan Kopec', 'official', 'Governor']]),
    ]);
    expect([merged!.type, merged!.role]).toEqual(['official', 'Mayor']);
  });
});

describe('the Jaro-Winkler threshold', () => {
  // [word, word, the same word?]: typos must reach the threshold, different words must not
  const pairs: Array<[string, string, boolean]> = [
    ['sheinbaum', 'sheinbuam', true], ['milgram', 'milgarm', true], ['kowalczyk', 'kowalcyzk', true],
    ['center', 'centre', true], ['institute', 'institue', true], ['administration', 'adminstration', true],
    ['hernandez', 'fernandez', false], ['perez', 'peres', false], ['jimenez', 'gimenez', false], ['mendoza', 'mendez', false],
    ['fuentes', 'puentes', false], ['sinaloa', 'jalisco', false], ['garcia', 'garza', false], ['morales', 'moreles', false],
  ];

  it.each(pairs)('%s / %s: same word %s', (a, b, same) => {
    expect(jaroWinkler(a, b) >= TYPO_SIMILARITY).toBe(same);
  });

  it('sits between the closest different words and the furthest typos', () => {
    const typo = Math.min(...pairs.filter((p) => p[2]).map(([a, b]) => jaroWinkler(a, b)));
    const other = Math.max(...pairs.filter((p) => !p[2]).map(([a, b]) => jaroWinkler(a, b)));
    expect(other).toBeLessThan(TYPO_SIMILARITY);
    expect(typo).toBeGreaterThanOrEqual(TYPO_SIMILARITY);
  });

  it('for people, counts only swapped letters: other surnames score as high', () => {
    expect(jaroWinkler('williams', 'williamson')).toBeGreaterThan(TYPO_SIMILARITY);
    expect(jaroWinkler('castillo', 'castilla')).toBeGreaterThan(TYPO_SIMILARITY);
    expect([isTypo('williams', 'williamson', true), isTypo('castillo', 'castilla', true), isTypo('sheinbaum', 'sheinbuam', true)]).toEqual([false, false, true]);
    expect([isTypo('center', 'centre', false), isTypo('niger', 'nigeria', true), isTypo('bush', 'busch', false)]).toEqual([true, false, false]);
  });
});
