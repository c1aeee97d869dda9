import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskStore, ReviewLedger } from '../../src/runner/store/index.js';
import { createReviewServer, isLoopback } from '../../src/review/server.js';

const HOSTILE = 'deaths <script>alert(1)</script>';

function storeWithFindings(path: string): DeskStore {
  const store = DeskStore.open(path, { create: true });
  store.beginRun({ runId: 'r1', startedAt: '2025-01-01T00:00:00.000Z', toolVersion: 't', pipelineHash: 'p', pipeline: { name: 'n', path: 'p', stages: [] }, published: null });
  const frame = (id: string, value: string, measure: string, place: string) => ({
    id, article: 'a1', path: `${id}.txt`, valueText: value, quote: value, start: 0, end: 1, valueStart: 0, valueEnd: 1, low: 1, high: 1,
    lowInclusive: true, highInclusive: true, unit: 'count', measure, place, placeWords: null, period: { start: '2023-01-01', end: '2023-12-31', text: 'in 2023' }, statistic: 'count', vintage: null, vintageWords: null, source: null, official: null,
  });
  const finding = (id: string, kind: string, severity: number, claims: ReturnType<typeof frame>[]) => ({
    id, block: 'b', kind, claims: claims.map((c) => c.id), frames: JSON.stringify({ claims, mentions: [] }),
    body: JSON.stringify({ id, kind, severity, claims: claims.map((c) => c.id), explanation: `${kind} ${id}` }),
  });
  store.saveReconciliation(new Set(['b']), [], [
    finding('f-low', 'discrepancy', 0.2, [frame('c1', '120', HOSTILE, 'Texas'), frame('c2', '150', HOSTILE, 'Texas')]),
    finding('f-high', 'revision', 0.9, [frame('c3', '40,990', 'traffic deaths', 'United States'), frame('c4', '40,901', 'traffic deaths', 'United States')]),
  ], []);
  return store;
}

describe('the review server', () => {
  let dir: string;
  let store: DeskStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimgraph-review-'));
    store = storeWithFindings(join(dir, 'desk.sqlite'));
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const app = (token?: string) => createReviewServer({ ledger: new ReviewLedger(store), now: () => new Date('2025-05-05T05:05:05.000Z'), ...(token ? { token } : {}) });
  const csrfOf = (page: string) => /name="csrf" content="([0-9a-f]+)"/.exec(page)![1]!;

  it('serves the queue most severe first, with a policy that allows only its own script and style, and words as text', async () => {
    const server = app();
    const res = await server.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.body.indexOf('f-high')).toBeLessThan(res.body.indexOf('f-low'));
    expect(res.body).toContain('deaths &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.body).not.toContain('<script>alert(1)');
    expect(res.body).toContain('2 open</span> of 2 findings');
    const filtered = await server.inject({ method: 'GET', url: '/?kind=revision&place=united' });
    expect(filtered.body).toContain('f-high');
    expect(filtered.body).not.toContain('/finding/f-low');
  });

  it('records a decision only with the page\'s CSRF token, from its own origin, on the version seen', async () => {
    const server = app();
    const csrf = csrfOf((await server.inject({ method: 'GET', url: '/finding/f-high' })).body);
    const decide = (headers: Record<string, string>, version = 0) => server.inject({
      method: 'POST', url: '/api/findings/f-high/decision', headers: { 'content-type': 'application/json', host: 'localhost:4173', ...headers },
      payload: { status: 'confirmed', note: 'checked', reviewer: 'Ann', version },
    });
    expect((await decide({})).statusCode).toBe(403);
    expect((await decide({ 'x-csrf-token': 'f'.repeat(48) })).statusCode).toBe(403);
    expect((await decide({ 'x-csrf-token': csrf, origin: 'http://evil.example' })).statusCode).toBe(403);
    const ok = await decide({ 'x-csrf-token': csrf, origin: 'http://localhost:4173' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ decision: { status: 'confirmed', note: 'checked', reviewer: 'Ann', version: 1, decidedAt: '2025-05-05T05:05:05.000Z' } });
    const stale = await decide({ 'x-csrf-token': csrf });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ status: 'confirmed', reviewer: 'Ann', version: 1 });
    const bad = await server.inject({ method: 'POST', url: '/api/findings/f-high/decision', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, payload: { status: 'maybe', note: '', reviewer: 'Ann', version: 1 } });
    expect(bad.statusCode).toBe(400);
    // decided: out of the open queue, on the finding's page with its trail, and in the exports
    expect((await server.inject({ method: 'GET', url: '/' })).body).not.toContain('/finding/f-high');
    const page = (await server.inject({ method: 'GET', url: '/finding/f-high' })).body;
    expect(page).toContain('Ann · confirmed: a real disagreement — checked');
    const csv = (await server.inject({ method: 'GET', url: '/export/decisions.csv' })).body;
    expect(csv.split('\n')[1]).toBe('f-high,revision,confirmed,Ann,2025-05-05T05:05:05.000Z,checked,"40,990 (c3.txt) | 40,901 (c4.txt)",revision f-high');
    const audit = (await server.inject({ method: 'GET', url: '/export/audit.csv' })).body;
    expect(audit.split('\n')[1]).toBe('f-high,2025-05-05T05:05:05.000Z,Ann,decide,confirmed,checked,');
    const ld = (await server.inject({ method: 'GET', url: '/export/claimreview.jsonld' })).json();
    expect(ld['@graph']).toHaveLength(2);
    expect(ld['@graph'][0]).toMatchObject({ '@type': 'ClaimReview', claimReviewed: '40,990', author: { name: 'Ann' }, reviewRating: { alternateName: 'confirmed: a real disagreement', ratingExplanation: 'checked' } });
  });

  it('with a token, answers nothing until the browser presents it, then keeps it in a strict cookie', async () => {
    const server = app('a-long-enough-secret');
    expect((await server.inject({ method: 'GET', url: '/' })).statusCode).toBe(401);
    expect((await server.inject({ method: 'GET', url: '/?token=wrong' })).statusCode).toBe(401);
    const first = await server.inject({ method: 'GET', url: '/?token=a-long-enough-secret' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['set-cookie']).toContain('SameSite=Strict');
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    expect((await server.inject({ method: 'GET', url: '/finding/f-low', headers: { cookie } })).statusCode).toBe(200);
  });

  it('says which finding it does not know', async () => {
    const res = await app().inject({ method: 'GET', url: '/finding/nope' });
    expect([res.statusCode, res.body]).toEqual([404, 'no finding nope in this store']);
  });

  it.each([['127.0.0.1', true], ['localhost', true], ['::1', true], ['0.0.0.0', false], ['192.168.1.5', false]])('takes %s as loopback: %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
  });
});
