import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EntityTypeSchema, type EntityType } from '../../../src/contracts/index.js';
import { findFurniture } from '../../../src/stages/01-ingest/furniture.js';
import { tokenizeText } from '../../../src/stages/02-tokenize/spans.js';
import { entitiesOf } from './support.js';

/** `fixtures/expected/<seed>.entities.json`, written by hand from each seed article. */
const ExpectedSchema = z.object({
  article: z.string(),
  note: z.string().optional(),
  entities: z.array(z.object({
    id: z.string(),
    type: EntityTypeSchema,
    role: z.string().optional().describe('the found role must contain this'),
    surfaces: z.array(z.string()).min(1).describe('every one must be the text of a mention of the entity'),
  })),
  notEntities: z.array(z.string()).describe('no mention may contain one of these as whole words'),
});

const SEEDS = readdirSync('fixtures/articles').filter((f) => f.endsWith('.txt')).sort();
const GATED: readonly EntityType[] = ['cartel', 'official', 'country', 'agency'];

interface Tally { tp: number; fp: number; fn: number }

async function score() {
  const tallies = new Map<EntityType, Tally>(EntityTypeSchema.options.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  const furnitureMentions: string[] = [];
  const forbidden: string[] = [];
  for (const file of SEEDS) {
    const stem = file.replace(/\.txt$/, '');
    const expected = ExpectedSchema.parse(JSON.parse(readFileSync(`fixtures/expected/${stem}.entities.json`, 'utf8')));
    const text = readFileSync(`fixtures/articles/${file}`, 'utf8');
    const furniture = findFurniture(text);
    const { entities, mentions } = await entitiesOf(text, furniture);
    const surfaces = (id: string) => new Set(mentions.filter((m) => m.entity === id).map((m) => m.text));
    const matched = new Set<string>();
    for (const want of expected.entities) {
      const got = entities.find((e) => e.id === want.id);
      const seen = surfaces(want.id);
      const problems = [
        got ? null : 'not found',
        got && got.type !== want.type ? `type ${got.type}` : null,
        ...want.surfaces.filter((s) => !seen.has(s)).map((s) => `no mention "${s}"`),
        want.role && !(got?.role ?? '').toLowerCase().includes(want.role.toLowerCase()) ? `role ${got?.role ?? null}` : null,
      ].filter((p): p is string => p !== null);
      if (problems.length === 0) {
        tallies.get(want.type)!.tp++;
        matched.add(want.id);
      } else {
        tallies.get(want.type)!.fn++;
        misses.push(`${stem} ${want.id}: ${problems.join(', ')}`);
      }
    }
    for (const e of entities) {
      if (matched.has(e.id)) continue;
      tallies.get(e.type)!.fp++;
      if (!expected.entities.some((w) => w.id === e.id)) misses.push(`${stem} unexpected ${e.type} ${e.id} (${[...surfaces(e.id)].join(', ')})`);
    }
    const { sentences } = tokenizeText(text, furniture);
    const bylines = furniture.filter((f) => /by-?line/.test(f.reason));
    for (const m of mentions) {
      const inFurniture = sentences.some((s) => s.furniture && m.start >= s.start && m.end <= s.end);
      const inByline = bylines.some((f) => m.start >= f.start && m.end <= f.end);
      if (inFurniture && !inByline) furnitureMentions.push(`${stem} "${m.text}" (${m.entity})`);
      for (const word of expected.notEntities) {
        if (new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(m.text)) {
          forbidden.push(`${stem} "${m.text}" contains "${word}"`);
        }
      }
    }
  }
  return { tallies, misses, furnitureMentions, forbidden };
}

const f1 = ({ tp, fp, fn }: Tally) => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

describe('entities on the seed articles', () => {
  it('finds every expected entity with its type, role and surface forms (F1 ≥ 0.95 for cartels, officials, countries, agencies)', async () => {
    const { tallies, misses } = await score();
    const rows = [...tallies].filter(([, t]) => t.tp + t.fp + t.fn > 0).map(([type, t]) => {
      const { p, r, f } = f1(t);
      return `${type.padEnd(13)} P ${p.toFixed(2)}  R ${r.toFixed(2)}  F1 ${f.toFixed(2)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
    });
    console.log(`entity scores on ${SEEDS.length} seeds:\n${rows.join('\n')}${misses.length ? `\n${misses.join('\n')}` : ''}`);
    for (const type of GATED) expect.soft(f1(tallies.get(type)!).f, `F1 for ${type}`).toBeGreaterThanOrEqual(0.95);
  });

  it('finds no entity in page furniture (the by-line excepted) and none of the words each seed lists as no entity', async () => {
    const { furnitureMentions, forbidden } = await score();
    expect(furnitureMentions).toEqual([]);
    expect(forbidden).toEqual([]);
  });
});
