import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Source } from '../../src/core/doc.js';
import { ArticleError, UsageError } from '../../src/core/errors.js';
import { runArticle, runArticles, type Pipeline } from '../../src/core/pipeline.js';
import { buildPipeline, loadPipeline } from '../../src/stages/pipeline.js';
import { defineStage, type AnyStage } from '../../src/core/stage.js';

const source = (content: string): Source => ({
  id: 'a1', path: 'a.txt', line: null, format: 'txt', content, encoding: 'utf-8', sha256: '0'.repeat(64),
  meta: { sourceId: null, title: null, url: null, published: null },
});

describe('pipeline dataflow check', () => {
  it('accepts the default pipeline', async () => {
    const p = await loadPipeline('pipelines/newsroom.json');
    expect(p.stages.map((s) => s.definition.name)).toEqual(['ingest', 'tokenize', 'entities', 'quantities', 'claims']);
  });

  it('checks a pipeline without the setups its checks do not need, and says it cannot process', async () => {
    const full = await loadPipeline('pipelines/newsroom.json');
    const light = await loadPipeline('pipelines/newsroom.json', { setup: 'checks' });
    expect([full.complete, light.complete]).toEqual([true, false]);
    const resources = (p: typeof full, name: string) => p.stages.find((s) => s.definition.name === name)!.resources;
    // the entity stage's gazetteer tries are left to the workers; the claims stage's extractors are read for the check
    expect([resources(full, 'entities') !== undefined, resources(light, 'entities')]).toEqual([true, undefined]);
    expect(resources(light, 'claims')).toEqual(resources(full, 'claims'));
    expect(light.hash).toBe(full.hash);
    await expect(buildPipeline({ name: 'x', description: '', stages: [{ use: 'ingest', options: {} }, { use: 'claims', options: {} }] }, 'x.json', { setup: 'checks' }))
      .rejects.toThrow('stage "claims" requires "sentences"');
  });

  it('refuses a stage whose requirement no earlier stage assigns, naming the producer', async () => {
    const build = buildPipeline({ name: 'x', description: '', stages: [{ use: 'ingest', options: {} }, { use: 'claims', options: {} }] }, 'x.json');
    await expect(build).rejects.toThrow(UsageError);
    await expect(build).rejects.toThrow('x.json: stage "claims" requires "sentences", but no earlier stage assigns it: add "tokenize" (which assigns "sentences") before "claims".');
  });

  it('refuses stages in the wrong order', async () => {
    await expect(buildPipeline({ name: 'x', description: '', stages: [{ use: 'tokenize', options: {} }, { use: 'ingest', options: {} }] }, 'p.json'))
      .rejects.toThrow('stage "tokenize" requires "text", but no earlier stage assigns it: add "ingest"');
  });

  it('refuses unknown stages and bad options with the list of known ones', async () => {
    await expect(buildPipeline({ name: 'x', description: '', stages: [{ use: 'nope', options: {} }] }, 'p.json'))
      .rejects.toThrow('p.json: unknown stage "nope". Registered stages: ingest, tokenize, entities, quantities, claims');
    await expect(buildPipeline({ name: 'x', description: '', stages: [{ use: 'tokenize', options: { bogus: 1 } }] }, 'p.json'))
      .rejects.toThrow(/options for stage "tokenize" are invalid/);
    await expect(buildPipeline({ name: 'x', description: '', stages: [{ use: 'ingest', options: {} }, { use: 'tokenize', options: {} }, { use: 'quantities', options: {} }, { use: 'claims', options: { extractors: { 'no-such-extractor': {} } } }] }, 'p.json'))
      .rejects.toThrow(/unknown extractor "no-such-extractor"; registered extractors: /);
  });

  it('refuses a misspelt option of any stage, naming it', async () => {
    const build = (use: string, options: Record<string, unknown>) => buildPipeline({
      name: 'x', description: '', stages: [{ use: 'ingest', options: use === 'ingest' ? options : {} }, { use: 'tokenize', options: {} }, { use: 'quantities', options: {} }, ...(use === 'claims' ? [{ use: 'claims', options }] : [])],
    }, 'x.json');
    await expect(build('ingest', { furnture: false })).rejects.toThrow(/options for stage "ingest" are invalid:[\s\S]*furnture/);
    await expect(build('claims', { extractors: { 'numeric-claims': { minConfidense: 0.5 } } })).rejects.toThrow(/options for extractor "numeric-claims" are invalid:[\s\S]*minConfidense/);
  });

  it('keeps the default extractors when a pipeline names others, and drops one only when told', async () => {
    const names = async (extractors: Record<string, unknown>) => {
      const p = await buildPipeline({ name: 'x', description: '', stages: [{ use: 'ingest', options: {} }, { use: 'tokenize', options: {} }, { use: 'quantities', options: {} }, { use: 'claims', options: { extractors } }] }, 'x.json');
      return (p.stages.at(-1)!.resources as Array<{ definition: { name: string }; options: unknown }>).map((e) => [e.definition.name, e.options]);
    };
    expect(await names({})).toEqual([['numeric-claims', { metrics: [], groups: {}, minConfidence: 0, explain: false }]]);
    expect((await names({ 'numeric-claims': { minConfidence: 0.5 } }))[0]).toEqual(['numeric-claims', { metrics: [], groups: {}, minConfidence: 0.5, explain: false }]);
    expect(await names({ 'numeric-claims': false })).toEqual([]);
  });

  it('explains a pipeline file that is not JSON or not a pipeline', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cg-pipe-'));
    await writeFile(join(dir, 'bad.json'), '{"name": "x", ');
    await writeFile(join(dir, 'shape.json'), '{"name": "x", "stages": [{"stage": "ingest"}]}');
    await expect(loadPipeline(join(dir, 'bad.json'))).rejects.toThrow(/is not valid JSON/);
    await expect(loadPipeline(join(dir, 'shape.json'))).rejects.toThrow(/does not match the pipeline schema/);
    await expect(loadPipeline(join(dir, 'missing.json'))).rejects.toThrow(/cannot read the pipeline file .*missing.json: ENOENT/);
  });
});

describe('runArticle', () => {
  const pipelineOf = (...stages: AnyStage[]): Pipeline => ({
    name: 't', path: 't', description: '', hash: 't', complete: true,
    stages: stages.map((definition) => ({ definition, options: {}, resources: undefined })),
  });
  const textStage = defineStage({
    name: 'text', description: '', requires: ['source'], assigns: ['text'], options: z.object({}),
    run: (doc) => ({ text: doc.source.content }),
  });

  it('fails only the article when a stage throws, saying which stage and why', () => {
    const boom = defineStage({ name: 'boom', description: '', requires: ['text'], assigns: ['tokens'], options: z.object({}), run: () => { throw new TypeError('x is undefined'); } });
    const outcome = runArticle(pipelineOf(textStage, boom), source('hello'), { published: null });
    expect(outcome).toMatchObject({ ok: false, reason: 'stage "boom" crashed: x is undefined' });
  });

  it('uses an ArticleError reason as it is', () => {
    const empty = defineStage({ name: 'empty', description: '', requires: ['source'], assigns: ['text'], options: z.object({}), run: () => { throw new ArticleError('the file is empty (0 bytes)'); } });
    expect(runArticle(pipelineOf(empty), source(''), { published: null })).toMatchObject({ ok: false, reason: 'the file is empty (0 bytes)' });
  });

  it('refuses a stage that assigns a field it did not declare', () => {
    const sneaky = defineStage({ name: 'sneaky', description: '', requires: ['source'], assigns: ['text'], options: z.object({}), run: () => ({ text: 'x', title: 'y' }) as { text: string } });
    expect(runArticle(pipelineOf(sneaky), source('a'), { published: null })).toMatchObject({ ok: false, reason: 'stage "sneaky" assigned "title", which it does not declare in `assigns`' });
  });

  it('collects messages with line and column', () => {
    const warn = defineStage({ name: 'warn', description: '', requires: ['text'], assigns: [], options: z.object({}), run: (_doc, _o, ctx) => { ctx.report({ ruleId: 'r', reason: 'look here', start: 8 }); return {}; } });
    const outcome = runArticle(pipelineOf(textStage, warn), source('line 1\nline 2'), { published: null });
    expect(outcome.doc.messages).toEqual([{ source: 'warn', ruleId: 'r', severity: 'warning', reason: 'look here', start: 8, end: 8, line: 2, column: 2 }]);
  });

  it('runs a batch stage by stage, each article getting the outcome it gets alone', () => {
    const calls: string[] = [];
    const picky = defineStage({
      name: 'picky', description: '', requires: ['text'], assigns: ['title'], options: z.object({}),
      run: (doc, _o, ctx) => {
        calls.push(`picky ${doc.text}`);
        if (doc.text === 'bad') throw new ArticleError('bad article');
        ctx.report({ ruleId: 'r', reason: `seen ${doc.text}`, start: 1 });
        return { title: doc.text!.toUpperCase() };
      },
    });
    const last = defineStage({
      name: 'last', description: '', requires: ['title'], assigns: ['published'], options: z.object({}),
      run: (doc) => {
        calls.push(`last ${doc.text}`);
        return { published: `${doc.title}!` };
      },
    });
    const pipeline = pipelineOf(textStage, picky, last);
    const sources = ['one', 'bad', 'three'].map((t, i) => ({ ...source(t), id: `a${i}` }));
    const batch = runArticles(pipeline, sources, { published: null });
    expect(calls).toEqual(['picky one', 'picky bad', 'picky three', 'last one', 'last three']);
    calls.length = 0;
    expect(batch).toEqual(sources.map((s) => runArticle(pipeline, s, { published: null })));
    expect(batch.map((o) => (o.ok ? o.doc.published : o.reason))).toEqual(['ONE!', 'bad article', 'THREE!']);
    expect(batch.map((o) => o.doc.messages.map((m) => m.reason))).toEqual([['seen one'], [], ['seen three']]);
  });
});
