import { randomBytes, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { UsageError } from '../core/errors.js';
import { REPORT_CSS } from '../stages/06-report/report-css.js';
import { Conflict, STATUSES, type ReviewFinding, type ReviewLedger } from '../runner/store/index.js';
import { CLIENT_JS, STYLE_CSS } from './client.js';
import { filterQuery, findingPage, NO_FILTER, passes, queuePage, STATUS_WORDS, type QueueFilter } from './pages.js';

/**
 * The auditor's review as a local web application (Fastify): the queue of findings, a finding with its quotes in
 * their articles, decisions with their audit trail, and the exports. Safe by default:
 * - it answers on loopback; another address needs a token, which the browser presents once (`?token=`) and then
 *   as a cookie;
 * - a request that changes state carries the page's CSRF token in a header, which another site cannot read or
 *   send; and its Origin, when the browser gives one, is this server;
 * - pages run only the review's own script and style (Content-Security-Policy), and render every article's words
 *   as text.
 */

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const COOKIE = 'claimgraph_review';
/** The report's style sheet (its number lines and colours), then the review's own. */
const CSS = REPORT_CSS + STYLE_CSS;

export interface ReviewServerOptions {
  ledger: ReviewLedger;
  /** required to answer on anything but loopback */
  token?: string;
  /** the clock decisions are stamped with */
  now?: () => Date;
}

const DecisionBody = z.strictObject({
  status: z.enum(STATUSES),
  note: z.string().max(4000),
  reviewer: z.string().min(1).max(200),
  version: z.number().int().nonnegative(),
});

const sameSecret = (a: string, b: string) => {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
};

function cookieOf(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

function filterOf(query: unknown): QueueFilter {
  const q = (query ?? {}) as Record<string, unknown>;
  const word = (k: keyof QueueFilter) => (typeof q[k] === 'string' ? (q[k] as string).slice(0, 200) : NO_FILTER[k]);
  return { kind: word('kind'), status: word('status'), measure: word('measure'), place: word('place'), period: word('period'), source: word('source') };
}

export function createReviewServer(options: ReviewServerOptions): FastifyInstance {
  const { ledger, token } = options;
  const now = options.now ?? (() => new Date());
  const csrf = randomBytes(24).toString('hex');
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('content-security-policy', CSP).header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer').header('cache-control', 'no-store');
    if (token === undefined) return;
    const offered = (request.query as Record<string, unknown> | undefined)?.token;
    if (typeof offered === 'string' && sameSecret(offered, token)) {
      reply.header('set-cookie', `${COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`);
      return;
    }
    const held = cookieOf(request, COOKIE);
    if (held === undefined || !sameSecret(held, token)) {
      await reply.code(401).type('text/plain; charset=utf-8').send('claimgraph review: open the address with ?token=<the token given to claimgraph review --token>');
    }
  });

  const send = (reply: FastifyReply, body: string) => reply.type('text/html; charset=utf-8').send(body);

  app.get('/review.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(CLIENT_JS));
  app.get('/review.css', async (_request, reply) => reply.type('text/css; charset=utf-8').send(CSS));

  app.get('/', async (request, reply) => send(reply, queuePage({ findings: ledger.findings(), filter: filterOf(request.query), csrf, store: ledger.path })));

  app.get<{ Params: { id: string } }>('/finding/:id', async (request, reply) => {
    const filter = filterOf(request.query);
    const all = ledger.findings();
    const finding = all.find((f) => f.id === request.params.id);
    if (finding === undefined) return reply.code(404).type('text/plain; charset=utf-8').send(`no finding ${request.params.id} in this store`);
    // previous and next among the findings the queue shows, this one included wherever its status now is
    const listed = all.filter((f) => f.id === finding.id || passes(f, filter));
    const at = listed.findIndex((f) => f.id === finding.id);
    const q = filterQuery(filter);
    const link = (f: ReviewFinding | undefined) => (f === undefined ? null : `/finding/${f.id}${q}`);
    const articles = new Map<string, { title: string | null; published: string | null; text: string; furniture: ReadonlyArray<{ start: number; end: number }> }>();
    for (const c of finding.claims) {
      if (articles.has(c.article)) continue;
      const a = ledger.article(c.article);
      if (a !== undefined) articles.set(c.article, { title: a.record.title, published: a.record.published, text: a.text, furniture: a.record.boilerplateRemoved });
    }
    return send(reply, findingPage({ finding, articles, trail: ledger.trail(finding.id), previous: link(listed[at - 1]), next: link(listed[at + 1]), queue: `/${q}`, csrf, store: ledger.path }));
  });

  app.post<{ Params: { id: string } }>('/api/findings/:id/decision', async (request, reply) => {
    const offered = request.headers['x-csrf-token'];
    if (typeof offered !== 'string' || !sameSecret(offered, csrf)) return reply.code(403).send({ message: 'missing or wrong CSRF token: reload the page and decide again' });
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://${request.headers.host}`) return reply.code(403).send({ message: `a decision from ${origin} is refused: decide on this server's own pages` });
    const body = DecisionBody.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ message: `not a decision: ${body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}` });
    // ("open" is no decision: the ledger refuses it with the reason, a 400 below)
    try {
      const decision = ledger.decide({ finding: request.params.id, ...body.data, at: now().toISOString() });
      return reply.send({ decision });
    } catch (error) {
      if (error instanceof Conflict) return reply.code(409).send({ message: error.message, current: error.current });
      if (error instanceof UsageError) return reply.code(400).send({ message: error.message });
      throw error;
    }
  });

  app.get('/export/decisions.csv', async (_request, reply) => {
    const rows = ledger.findings().filter((f) => f.decision.status !== 'open').map((f) => [
      f.id, f.kind, f.decision.status, f.decision.reviewer, f.decision.decidedAt, f.decision.note,
      f.claims.map((c) => `${c.valueText} (${c.path})`).join(' | '), f.explanation,
    ]);
    const csv = stringify([['finding', 'kind', 'decision', 'reviewer', 'decided_at', 'note', 'claims', 'explanation'], ...rows]);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="decisions.csv"').send(csv);
  });

  app.get('/export/audit.csv', async (_request, reply) => {
    const rows = ledger.audit().map((t) => [t.finding, t.at, t.reviewer, t.action, t.status, t.note, t.before === null ? '' : t.before.status]);
    const csv = stringify([['finding', 'at', 'reviewer', 'action', 'status', 'note', 'status_before'], ...rows]);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="audit.csv"').send(csv);
  });

  app.get('/export/claimreview.jsonld', async (_request, reply) => {
    const reviews = ledger.findings().filter((f) => f.decision.status !== 'open').flatMap((f) => f.claims.map((c) => claimReview(f, c, ledger)));
    return reply.type('application/ld+json; charset=utf-8').header('content-disposition', 'attachment; filename="claimreview.jsonld"')
      .send(JSON.stringify({ '@context': 'https://schema.org', '@graph': reviews }, null, 2) + '\n');
  });

  return app;
}

/**
 * One schema.org ClaimReview for one claim of a decided finding: the claim's words, the article it appeared in,
 * the reviewer's decision as the rating's name and their note and the finding's explanation as its body.
 */
function claimReview(f: ReviewFinding, c: ReviewFinding['claims'][number], ledger: ReviewLedger): Record<string, unknown> {
  const article = ledger.record(c.article);
  return {
    '@type': 'ClaimReview',
    identifier: `${f.id}/${c.id}`,
    claimReviewed: c.quote,
    itemReviewed: {
      '@type': 'Claim',
      appearance: { '@type': 'NewsArticle', headline: article?.title ?? c.path, ...(article?.published ? { datePublished: article.published } : {}), ...(article?.url ? { url: article.url } : {}) },
    },
    author: { '@type': 'Person', name: f.decision.reviewer },
    datePublished: f.decision.decidedAt.slice(0, 10),
    reviewRating: { '@type': 'Rating', alternateName: STATUS_WORDS[f.decision.status], ...(f.decision.note ? { ratingExplanation: f.decision.note } : {}) },
    reviewBody: f.explanation,
  };
}

/** Whether an address is loopback: the review answers elsewhere only with a token. */
export const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
