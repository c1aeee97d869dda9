import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasPieces, type TrieNode } from '../../../src/stages/03-entities/alias-trie.js';
import { buildTries } from '../../../src/stages/03-entities/build-tries.js';
import { loadGazetteers } from '../../../src/stages/03-entities/gazetteer-load.js';
import stage from '../../../src/stages/03-entities/index.js';
import { entitiesOf } from './support.js';

function tempFile(name: string, content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** Every alias key that leads to records of more than one entity. */
function conflicts(node: TrieNode, path = ''): string[] {
  const ids = new Set(node.records.map((r) => r.target?.id ?? 'ignore'));
  const here = ids.size > 1 ? [`${path} → ${[...ids].join(' | ')}`] : [];
  return [...here, ...[...node.next].flatMap(([label, next]) => conflicts(next, path + label))];
}

describe('gazetteers', () => {
  it('validates every built-in file and lists every ISO 3166-1 country once', async () => {
    const g = await loadGazetteers();
    const countries = [...g.entries.values()].filter((e) => e.type === 'country');
    expect(countries).toHaveLength(250); // 249 ISO 3166-1 codes and Kosovo (XK)
    expect(countries.every((c) => /^country:[a-z]{2}$/.test(c.id))).toBe(true);
    expect(g.entries.get('country:us')).toMatchObject({ name: 'United States', aliases: expect.arrayContaining(['U.S.', 'USA', 'America']) });
    expect(g.entries.get('cartel:cjng')?.aliases).toEqual(expect.arrayContaining(['CJNG', 'Jalisco Cartel', 'Cártel de Jalisco Nueva Generación']));
    expect(g.givenNames.has('andres')).toBe(true);
    expect(g.notEntities.has('akismet')).toBe(true);
  });

  it('says which place a place lies in, on the entity the article gets', async () => {
    const { entities } = await entitiesOf('Tehama County lost 1,200 acres; Butte County, California, lost more, and Texas none.');
    // the country the places lie in, never named, is listed too, without mentions
    expect(entities.map((e) => [e.id, e.within])).toEqual([
      ['country:us', undefined], ['place:us-ca-butte-county', 'place:us-ca'], ['place:us-ca-tehama-county', 'place:us-ca'], ['place:us-tx', 'country:us'],
    ]);
    const g = await loadGazetteers();
    for (const e of g.entries.values()) if (e.within !== undefined) expect(g.entries.has(e.within), `${e.id} within ${e.within}`).toBe(true);
  });

  it.each([
    // the state, or a place inside it, settles a county name several states share
    ['CHICO, Calif. — The fire spread through Butte County on Friday.', 'Butte County', 'place:us-ca-butte-county'],
    ['Orlando and the rest of Orange County lost power; Florida officials said 300,000 homes were dark.', 'Orange County', 'place:us-fl-orange-county'],
    ['Arlington police counted 12 homicides, the most in Texas this year.', 'Arlington', 'place:us-arlington-tx'],
    // nothing settles it, or two places do: no place
    ['The fire spread through Butte County on Friday.', 'Butte County', null],
    ['Orange County, in California, and Orange County in Florida both voted.', 'Orange County in', null],
  ])('reads a place name several places share by the article\'s other places: %s', async (text, words, id) => {
    const { mentions } = await entitiesOf(text);
    const at = text.indexOf(words);
    expect(mentions.find((m) => m.start === at)?.entity ?? null).toBe(id);
  });

  it('lists the country an article\'s places lie in once, and not when the article names it', async () => {
    const unnamed = await entitiesOf('Turnout in Yorkshire and the Humber was 59.7%, and in Manchester 55%.');
    expect(unnamed.entities.filter((e) => e.type === 'country').map((e) => [e.id, e.name])).toEqual([['country:gb', 'United Kingdom']]);
    expect(unnamed.mentions.filter((m) => m.entity === 'country:gb')).toEqual([]);
    const named = await entitiesOf('Turnout in the UK fell; in Manchester it was 55%.');
    expect(named.mentions.filter((m) => m.entity === 'country:gb').map((m) => m.text)).toEqual(['UK']);
  });

  it('puts a national agency within its country, and lists the country when the article does not name it', async () => {
    const { entities, mentions } = await entitiesOf('The new figure comes from NHTSA, while the Texas Department of State Health Services counted more.');
    expect(mentions.filter((m) => m.type === 'agency').map((m) => [m.entity, m.within])).toEqual([['agency:nhtsa', 'country:us'], ['agency:tx-dshs', undefined]]);
    expect(entities.filter((e) => e.type === 'country').map((e) => e.id)).toEqual(['country:us']);
  });

  it('has no alias that two built-in entities share', async () => {
    expect(conflicts(buildTries(await loadGazetteers()).things)).toEqual([]);
    expect(conflicts(buildTries(await loadGazetteers()).people)).toEqual([]);
  });

  it('splits aliases into the words the tokenizer makes', () => {
    expect(aliasPieces("Mexico's attorney general's office").map((p) => p.text)).toEqual(['Mexico', "'s", 'attorney', 'general', "'s", 'office']);
    expect(aliasPieces('Beltrán-Leyva Organization').map((p) => [p.text, p.space])).toEqual([['Beltrán', true], ['Leyva', true], ['Organization', true]]);
    expect(aliasPieces('Washington, D.C.').map((p) => p.text)).toEqual(['Washington', ',', 'D.C.']);
  });

  it("merges a user's file over the built-in ones: new entities, new aliases for known ids, new given names", async () => {
    const cartels = tempFile('extra.json', {
      kind: 'local-cartels', type: 'cartel',
      entries: [
        { id: 'cartel:los-fresitas', name: 'Los Fresitas', aliases: ['Fresitas'] },
        { id: 'cartel:cjng', name: 'Jalisco New Generation Cartel', aliases: ['Four Letters'] },
      ],
    });
    const names = tempFile('names.json', { kind: 'given-names', words: ['Zebulon'] });
    const options = stage.options.parse({ gazetteers: [cartels, names] });
    const res = await stage.setup!(options);
    const { mentions } = await entitiesOf('Los Fresitas fought the Four Letters, said Zebulon Quux.', [], res);
    expect(mentions.map((m) => [m.text, m.entity])).toEqual([
      ['Los Fresitas', 'cartel:los-fresitas'], ['Four Letters', 'cartel:cjng'], ['Zebulon Quux', 'person:zebulon-quux'],
    ]);
  });

  it('says which file is wrong and why', async () => {
    await expect(loadGazetteers([join(tmpdir(), 'no-such-gazetteer.json')])).rejects.toThrow(/cannot read gazetteer .*no-such-gazetteer\.json: ENOENT/);
    await expect(loadGazetteers([tempFile('bad.json', '{ nope')])).rejects.toThrow(/bad\.json is not valid JSON/);
    await expect(loadGazetteers([tempFile('wrong.json', { kind: 'x', type: 'cartel', entries: [{ id: 'Cartel X', name: 'X' }] })]))
      .rejects.toThrow(/wrong\.json does not match the gazetteer schema[\s\S]*kind:slug/);
    await expect(loadGazetteers([tempFile('twice.json', { kind: 'x', type: 'cartel', entries: [{ id: 'cartel:x', name: 'X' }, { id: 'cartel:x', name: 'Y' }] })]))
      .rejects.toThrow(/lists "cartel:x" twice/);
  });
});
