import { describe, expect, it } from 'vitest';
import type { Claim, Message } from '../../src/contracts/index.js';
import type { ExtractorDefinition } from '../../src/core/extractor.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { contentId, sha256 } from '../../src/core/ids.js';
import { runArticle, type Pipeline } from '../../src/core/pipeline.js';
import { buildPipeline } from '../../src/stages/pipeline.js';
import { STAGES } from '../../src/stages/index.js';
import { runExtractors } from '../../src/stages/04-claims/run-extractors.js';
import { makeArticleView } from '../../src/stages/04-claims/view.js';

/** Expected claims are matched as subsets (toMatchObject), nested objects included. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object | null ? DeepPartial<NonNullable<T[K]>> | null : T[K] };

export type ValidCase = string | { text: string; options?: Record<string, unknown>; published?: string };
export interface InvalidCase {
  text: string;
  options?: Record<string, unknown>;
  published?: string;
  /** expected claims in text order; each is matched as a subset of the claim (toMatchObject) */
  claims: Array<DeepPartial<Claim>>;
  /** expected messages from the extractor, by ruleId (messageId) */
  messages?: Array<Pick<Message, 'ruleId'> & Partial<Message>>;
}

let pipeline: Promise<Pipeline> | undefined;
/**
 * The stages every extractor can rely on, as the default pipeline runs them before `claims`; the entity stage
 * joins them once it is registered, so that extractors see mentions.
 */
function basePipeline(): Promise<Pipeline> {
  const entities = 'entities' in STAGES ? [{ use: 'entities', options: {} }] : [];
  pipeline ??= buildPipeline(
    { name: 'extractor-tester', description: '', stages: [{ use: 'ingest', options: {} }, { use: 'tokenize', options: {} }, ...entities, { use: 'quantities', options: {} }] },
    'extractor-tester',
  );
  return pipeline;
}

/** Run one extractor over a text the way the claims stage would; returns its claims and messages. */
export async function extract(extractor: ExtractorDefinition, text: string, options: Record<string, unknown> = {}, published: string | null = null) {
  const hash = sha256(text);
  const outcome = runArticle(await basePipeline(), {
    id: hash.slice(0, 16), path: 'test.txt', line: null, format: 'txt', content: text, encoding: 'utf-8', sha256: hash,
    meta: { sourceId: null, title: null, url: null, published },
  }, { published });
  if (!outcome.ok) throw new Error(`the base stages failed on the test text: ${outcome.reason}`);
  const doc = outcome.doc;
  const view = makeArticleView({
    id: doc.source.id, path: doc.source.path, text: doc.text!, published: doc.published ?? null,
    sentences: doc.sentences!, tokens: doc.tokens!, mentions: doc.mentions ?? [], quantities: doc.quantities!,
  });
  const parsed = deepFreeze(extractor.options.parse(options));
  const messages: Message[] = [];
  const claims = runExtractors(view, [{ definition: extractor, options: parsed }], (m) =>
    messages.push({ source: m.source ?? extractor.name, ruleId: m.ruleId, severity: m.severity ?? 'warning', reason: m.reason, start: m.start ?? null, end: m.end ?? null, line: null, column: null }),
  );
  return { claims, messages, text: doc.text! };
}

/**
 * eslint's RuleTester for extractors: `valid` texts must yield no claim; `invalid` texts must yield exactly the
 * listed claims (each quote must equal the text at its offsets). Duplicate cases are rejected.
 */
export class ExtractorTester {
  run(name: string, extractor: ExtractorDefinition, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    const keys = new Set<string>();
    const key = (c: ValidCase | InvalidCase) => {
      const k = typeof c === 'string' ? c : contentId(c.text, JSON.stringify(c.options ?? {}), c.published ?? '');
      if (keys.has(k)) throw new Error(`duplicate test case for extractor "${name}": ${typeof c === 'string' ? c : c.text}`);
      keys.add(k);
    };
    cases.valid.forEach(key);
    cases.invalid.forEach(key);

    describe(name, () => {
      describe('valid (no claims)', () => {
        for (const c of cases.valid) {
          const { text, options, published } = typeof c === 'string' ? { text: c, options: {}, published: undefined } : c;
          it(text, async () => {
            const { claims, messages } = await extract(extractor, text, options, published ?? null);
            expect(messages.filter((m) => m.ruleId === 'extractor-crashed')).toEqual([]);
            expect(claims.map((cl) => cl.valueText)).toEqual([]);
          });
        }
      });
      describe('invalid (claims)', () => {
        for (const c of cases.invalid) {
          it(c.text, async () => {
            const { claims, messages, text } = await extract(extractor, c.text, c.options, c.published ?? null);
            expect(messages.filter((m) => m.ruleId === 'extractor-crashed')).toEqual([]);
            for (const claim of claims) expect(claim.quote).toBe(text.slice(claim.start, claim.end));
            expect(claims.length, `claims found: ${claims.map((cl) => cl.valueText).join(' | ')}`).toBe(c.claims.length);
            c.claims.forEach((expected, i) => expect(claims[i]).toMatchObject(expected));
            if (c.messages) {
              expect(messages.length).toBe(c.messages.length);
              c.messages.forEach((expected, i) => expect(messages[i]).toMatchObject(expected));
            }
          });
        }
      });
    });
  }
}
