import { readdirSync, readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { learnedWords, readFresh } from '../../../src/stages/02-tokenize/wink.js';

/** What the tokenize stage takes from wink: token values, types, parts of speech, sentence spans. */
type Reading = { values: string[]; types: string[]; pos: string[]; spans: unknown[] };
const take = (doc: ReturnType<ReturnType<typeof winkNLP>['readDoc']>, its: ReturnType<typeof winkNLP>['its']): Reading => ({
  values: doc.tokens().out(its.value) as string[],
  types: doc.tokens().out(its.type) as string[],
  pos: doc.tokens().out(its.pos) as string[],
  spans: doc.sentences().out(its.span) as unknown[],
});

/** The reading of a wink instance that has read nothing before: what every text must get. */
function pristine(text: string): Reading {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  return take(nlp.readDoc(text), nlp.its);
}

// Words wink types differently by context, and words whose being known changes how wink splits what is around them
const TRICKY = [
  'He paid 50 USD. USD rose, and usd fell.',
  'we are giving away 3 USD50 Cards; EUR20 too.',
  'The U.S., the U.S. and (U.S.) — U.S.-Mexico talks; the US$5 bill.',
  'Sinaloa, Sinaloa. SINALOA! sinaloa? (Sinaloa) "Sinaloa" Sinaloa\'s cartel.',
  'López-Obrador met Lopez Obrador; CJNG\'s leader, the CJNG (Jalisco New Generation Cartel).',
  '5kg, 5 kg, kg; 10mg of fentanyl, mg. 3rd, 3 rd, 1990s, \'90s, 2021-22, 24/7.',
  'Email tips@example.org or see https://example.org/x?y=1 — #fentanyl @DEAHQ :) e.g., i.e. etc.',
  'Zqxv zqxv ZQXV Zqxv-like zqxv\'s, zqxv.',
];

describe('readFresh over a lexicon that keeps what it learned', () => {
  const seeds = readdirSync('fixtures/articles').sort().map((f) => readFileSync(`fixtures/articles/${f}`, 'utf8'));
  const texts = [...TRICKY, ...seeds];
  const expected = new Map(texts.map((t) => [t, pristine(t)]));

  it('gives every text the reading of an instance that read nothing before, in any order of texts', () => {
    const orders = [texts, [...texts].reverse(), texts.map((_, i) => texts[(i * 7) % texts.length]!)];
    for (const order of orders) {
      for (const text of order) expect(readFresh(text, take), text.slice(0, 40)).toEqual(expected.get(text));
    }
  });

  it('learns a word once: a text read again adds nothing to wink\'s lexicon, other texts only words they type otherwise', () => {
    for (const text of texts) readFresh(text, take);
    const learned = learnedWords();
    expect(learned).toBeGreaterThan(200);
    for (const text of seeds) {
      readFresh(text, take);
      const before = learnedWords();
      readFresh(text, take);
      expect(learnedWords()).toBe(before);
    }
    // forgetting each text's words would add all of them again; only a word that one text meets as a currency
    // and the next as a word ("USD") is made again
    const again = learnedWords();
    for (const text of texts) readFresh(text, take);
    expect(learnedWords() - again).toBeLessThan(learned / 50);
  });
});
