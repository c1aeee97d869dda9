import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/contracts/index.js';
import { clauseOf } from '../../src/readers/clause.js';
import { countedOf } from '../../src/readers/counted.js';
import { readFileSync } from 'node:fs';
import {
  compileLexicon, compilePattern, matchMetric, MetricRuleSchema, readMetricLexicon,
} from '../../src/readers/metrics.js';
import { quantity, sentence } from './support.js';

const file = readMetricLexicon();
const lexicon = compileLexicon(file.metrics, file.groups);

function metricOf(text: string, figure: string, fields: Partial<Quantity> = {}, figures: string[] = [figure], counted?: string) {
  const s = sentence(text);
  const qs = figures.map((f) => quantity(text, f, f === figure ? fields : {}));
  const q = qs[figures.indexOf(figure)]!;
  const clause = clauseOf(text, s.tokens, q, qs);
  const c = countedOf(text, s.tokens, q, clause.core);
  return matchMetric(lexicon, {
    text, value: q, core: clause.core, context: clause.context, counted: counted ?? c?.text ?? null,
    countedSpan: c ? { start: c.start, end: c.end, text: c.text } : null, dimension: q.dimension,
  });
}

const PCT = { unit: 'percent', dimension: 'percent' } as const;
const LB = { unit: 'lb', dimension: 'mass' } as const;
const USD = { unit: 'USD', dimension: 'currency' } as const;

/** [sentence, figure, fields, figures in the sentence, expected metric, expected trigger words] */
const CASES: Array<[string, string, Partial<Quantity>, string[], string | null, string?]> = [
  ['Over 97,000 Americans died from drug overdoses in 2021, with fentanyl being involved in nearly 71,000 of those deaths.', 'Over 97,000', {}, ['Over 97,000', 'nearly 71,000'], 'drug-overdose-deaths', 'overdoses'],
  ['Over 97,000 Americans died from drug overdoses in 2021, with fentanyl being involved in nearly 71,000 of those deaths.', 'nearly 71,000', {}, ['Over 97,000', 'nearly 71,000'], 'fentanyl-involved-deaths', 'fentanyl'],
  ['In 2021, 106,000 people died from opioid overdoses in the US.', '106,000', {}, ['106,000'], 'opioid-overdose-deaths', 'opioid'],
  ['In the first six months of 2023, the DEA estimates that fentanyl caused over 38,000 fatalities.', 'over 38,000', {}, ['over 38,000'], 'fentanyl-involved-deaths'],
  ['In 2022, methamphetamine was linked to over 34,000 deaths, while cocaine-related fatalities, often due to fentanyl-laced supplies, topped 15,000 in the first half of 2023 alone.', 'over 34,000', {}, ['over 34,000', 'topped 15,000'], 'methamphetamine-involved-deaths'],
  ['In 2022, methamphetamine was linked to over 34,000 deaths, while cocaine-related fatalities, often due to fentanyl-laced supplies, topped 15,000 in the first half of 2023 alone.', 'topped 15,000', {}, ['over 34,000', 'topped 15,000'], 'cocaine-involved-deaths', 'cocaine'],
  ['The fentanyl crisis, which claimed nearly 75,000 American lives in 2022, is described as a mass poisoning.', 'nearly 75,000', {}, ['nearly 75,000'], 'fentanyl-involved-deaths'],
  ['Fueled by greed, fentanyl overdoses have skyrocketed, accounting for nearly 70% of all drug-related deaths in 2022.', 'nearly 70%', PCT, ['nearly 70%'], 'fentanyl-involved-deaths-share'],
  ['This underscores Tuesday’s move by Mexico to extradite 26 alleged cartel leaders to the United States.', '26', {}, ['26'], 'extraditions', 'extradite'],
  ['In late February, Mexico handed over 29 drug cartel individuals to the United States.', '29', {}, ['29'], 'transfers', 'handed over'],
  ['Between 2019 and 2023, 65 individuals were extradited to the U.S. officially.', '65', {}, ['65'], 'extraditions'],
  ['Last year, Mexico extradited 24 drug-related defendants to the United States, but there are 232 drug-related defendants awaiting extradition.', '232', {}, ['24', '232'], 'defendants-awaiting-extradition'],
  ['In addition, he added, Mexico is postponing dozens of US extradition requests.', 'dozens', { value: null, hedge: 'vague' }, ['dozens'], 'extradition-requests'],
  ['Trump was set to impose 25 percent tariffs on Mexican goods.', '25 percent', PCT, ['25 percent'], 'tariff-rate'],
  ['It tracked networks across the country, resulting in 1,436 investigations and 3,337 arrests.', '3,337', {}, ['1,436', '3,337'], 'arrests', 'arrests'],
  ['It tracked networks across the country, resulting in 1,436 investigations and 3,337 arrests.', '1,436', {}, ['1,436', '3,337'], 'investigations'],
  ['The operation also led to the seizure of nearly 44 million fentanyl pills, over 6,500 pounds of fentanyl powder, more than 91,000 pounds of methamphetamine, 8,497 firearms, and over $100 million in illicit proceeds.', 'nearly 44 million', {}, ['nearly 44 million', 'over 6,500 pounds', 'more than 91,000 pounds', '8,497', 'over $100 million'], 'fentanyl-pills-seized'],
  ['The operation also led to the seizure of nearly 44 million fentanyl pills, over 6,500 pounds of fentanyl powder, more than 91,000 pounds of methamphetamine, 8,497 firearms, and over $100 million in illicit proceeds.', 'over 6,500 pounds', LB, ['nearly 44 million', 'over 6,500 pounds', 'more than 91,000 pounds', '8,497', 'over $100 million'], 'fentanyl-seized'],
  ['The operation also led to the seizure of nearly 44 million fentanyl pills, over 6,500 pounds of fentanyl powder, more than 91,000 pounds of methamphetamine, 8,497 firearms, and over $100 million in illicit proceeds.', 'more than 91,000 pounds', LB, ['nearly 44 million', 'over 6,500 pounds', 'more than 91,000 pounds', '8,497', 'over $100 million'], 'methamphetamine-seized'],
  ['The operation also led to the seizure of nearly 44 million fentanyl pills, over 6,500 pounds of fentanyl powder, more than 91,000 pounds of methamphetamine, 8,497 firearms, and over $100 million in illicit proceeds.', '8,497', {}, ['nearly 44 million', 'over 6,500 pounds', 'more than 91,000 pounds', '8,497', 'over $100 million'], 'firearms-seized'],
  ['The operation also led to the seizure of nearly 44 million fentanyl pills, over 6,500 pounds of fentanyl powder, more than 91,000 pounds of methamphetamine, 8,497 firearms, and over $100 million in illicit proceeds.', 'over $100 million', USD, ['nearly 44 million', 'over 6,500 pounds', 'more than 91,000 pounds', '8,497', 'over $100 million'], 'proceeds-seized'],
  ['She said it costs cartels just 10 cents to produce a fake fentanyl pill that sells in the United States for $10 to $30.', '10 cents', { ...USD, value: 0.1 }, ['10 cents', '$10 to $30'], 'pill-production-cost'],
  ['She said it costs cartels just 10 cents to produce a fake fentanyl pill that sells in the United States for $10 to $30.', '$10 to $30', { ...USD, value: null, hedge: 'range' }, ['10 cents', '$10 to $30'], 'pill-price'],
  ['Fentanyl is a synthetic opioid that is up to 100 times more potent than morphine.', 'up to 100 times', { unit: 'times', dimension: 'ratio' }, ['up to 100 times'], 'potency-vs-morphine'],
  ['The cartels have a presence in all 50 states.', '50', {}, ['50'], 'cartel-presence-states'],
  ['The watershed is 100,000 people killed a year.', '100,000', {}, ['100,000'], null],
  ['They were taken to eight U.S. cities.', 'eight', { value: 8 }, ['eight'], null],
];

describe('matchMetric on data/metrics.json', () => {
  for (const [text, figure, fields, figures, metric, trigger] of CASES) {
    it(`${figure} → ${metric}`, () => {
      const m = metricOf(text, figure, fields, figures);
      expect(m?.key ?? null).toBe(metric);
      if (trigger !== undefined) expect(m?.trigger.text).toBe(trigger);
    });
  }

  it('reads an inherited counted noun ("more than 70,000 of them" → deaths)', () => {
    const text = 'In 2021, 106,000 people died from opioid overdoses in the US, more than 70,000 of them largely due to fentanyl.';
    expect(metricOf(text, 'more than 70,000', {}, ['106,000', 'more than 70,000'], 'deaths')?.key).toBe('fentanyl-involved-deaths');
  });
});

describe('the lexicon files', () => {
  it('validates on load and names the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'metrics-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ metrics: [{ key: 'Bad Key', any: ['x'] }] }));
    expect(() => readMetricLexicon(bad)).toThrow(/metric key is lower-case words joined by hyphens/);
    const group = join(dir, 'group.json');
    writeFileSync(group, JSON.stringify({ metrics: [{ key: 'a-b', any: ['@nowhere'] }] }));
    expect(() => readMetricLexicon(group)).toThrow(/unknown group "@nowhere"/);
    const regex = join(dir, 'regex.json');
    writeFileSync(regex, JSON.stringify({ metrics: [{ key: 'a-b', any: ['/(unclosed/'] }] }));
    expect(() => readMetricLexicon(regex)).toThrow(/not a valid regular expression/);
  });

  it('lets a user add a rule without code', () => {
    const rule = MetricRuleSchema.parse({ key: 'migrants-detained', counted: ['migrants'], any: ['detained'], priority: 50 });
    const extended = compileLexicon([rule, ...file.metrics], file.groups);
    const text = 'Agents detained 2,000 migrants at the border.';
    const s = sentence(text);
    const q = quantity(text, '2,000');
    const clause = clauseOf(text, s.tokens, q);
    const m = matchMetric(extended, { text, value: q, core: clause.core, context: clause.context, counted: 'migrants', countedSpan: null, dimension: 'count' });
    expect(m?.key).toBe('migrants-detained');
  });

  it('matches word patterns as whole words, hyphens and plurals alike', () => {
    const re = compilePattern('drug-related|hand over');
    expect('all drug related deaths'.match(re)).toEqual(['drug related']);
    expect('they hand-over prisoners'.match(re)).toEqual(['hand-over']);
    expect('drug-relatedness'.match(re)).toBeNull();
    expect('overdoses'.match(compilePattern('overdose'))).toEqual(['overdoses']);
  });

  it('places the lexicon\'s death metrics in data/metric-hierarchy.json (child → parent)', () => {
    const { parents } = JSON.parse(readFileSync('data/metric-hierarchy.json', 'utf8')) as { parents: Record<string, string> };
    const chain = (k: string) => {
      const out: string[] = [];
      for (let m = parents[k]; m !== undefined && !out.includes(m); m = parents[m]) out.push(m);
      return out;
    };
    expect(chain('fentanyl-involved-deaths')).toEqual(['opioid-overdose-deaths', 'drug-overdose-deaths']);
    expect(chain('methamphetamine-involved-deaths')).toEqual(['drug-overdose-deaths']);
    expect(chain('cocaine-involved-deaths')).toEqual(['drug-overdose-deaths']);
    expect(chain('extraditions')).toEqual(['transfers']);
    const keys = new Set(file.metrics.map((r) => r.key));
    for (const [child, parent] of Object.entries(parents)) {
      if (keys.has(child)) expect(keys.has(parent), `${child} → ${parent}: the parent is no metric of the lexicon`).toBe(true);
    }
  });
});
