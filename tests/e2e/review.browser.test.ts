import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, cli } from '../support/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const IN_CI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
const SHOTS = resolve('test-results');
const SEED = 'fixtures/articles/000_087547725cd6864a.txt';

/** An article that gives the seeds' 2021 overdose deaths another figure, with markup and a script link in its words. */
const HOSTILE = `Overdose toll <script>window.__pwned = 1</script> revised

Published January 10, 2022

More than 120,000 Americans died from drug overdoses in 2021, according to a tally the <img src=x onerror="window.__pwned = 2"> Daily Ledger compiled. Read the [full data](javascript:window.__pwned=3) here.
`;
/** A later article that moves the same fact's figures: the decided finding is reopened. */
const LATER = `Overdose deaths higher still

Published March 3, 2022

More than 150,000 Americans died from drug overdoses in 2021, a second tally by the Evening Courier found.
`;

/** An article after the decision, on the same fact: its run reconciles the fact again. */
const AGAIN = `Overdose deaths, once more

Published April 4, 2022

Over 100,000 Americans died from drug overdoses in 2021, a third tally by the Morning Star found.
`;

/** Start `claimgraph review` on a free port; resolves with its address once it listens. */
function startReview(store: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, 'review', '--store', store, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) done({ url: m[1]!, child });
    });
    child.stderr!.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    child.on('exit', (code) => fail(new Error(`claimgraph review exited ${code}: ${out}`)));
  });
}

describe('claimgraph review in a real browser', () => {
  let dir = '';
  let store = '';
  let server: { url: string; child: ChildProcess } | undefined;
  let browser: Browser | undefined;
  const available = existsSync(CHROMIUM);

  beforeAll(async () => {
    if (!available) {
      if (IN_CI) throw new Error(`${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium). CI=true, so this test fails rather than skips.`);
      return;
    }
    dir = mkdtempSync(join(tmpdir(), 'claimgraph-review-e2e-'));
    const day1 = join(dir, 'day1');
    mkdirSync(day1);
    // the seed that gives 97,000 overdose deaths in 2021, and an article that gives them another figure
    copyFileSync(SEED, join(day1, 'seed.txt'));
    writeFileSync(join(day1, 'hostile.txt'), HOSTILE);
    store = join(dir, 'desk.sqlite');
    expect(cli(['run', day1, '--store', store, '--out', join(dir, 'o1'), '--quiet']).code).toBe(0);
    server = await startReview(store);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A page that records every request it makes and every script error. */
  async function open(url: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await browser!.newPage({ viewport: { width: 1300, height: 1000 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, errors };
  }

  it('walks the queue by keyboard, decides a finding with a key, and keeps the decision and its trail across reloads', async (ctx) => {
    if (!available) ctx.skip(`${CHROMIUM} is missing; install it with apt-get install -y chromium to run the browser test`);
    const { url } = server!;
    const { page, requests, errors } = await open(url);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'review-queue.png'), fullPage: true });
    const rows = page.locator('tr[data-href]');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(1);
    // move the selection to the hostile article's finding and open it
    let at = 0;
    while (at < count && !(await rows.nth(at).innerText()).includes('More than 120,000')) {
      await page.keyboard.press('j');
      at++;
    }
    expect(at).toBeLessThan(count);
    await expect(rows.nth(at).getAttribute('class')).resolves.toContain('selected');
    await Promise.all([page.waitForURL(/\/finding\//), page.keyboard.press('Enter')]);

    // the hostile words are on the page as text; none of them ran or became markup
    await expect(page.locator('.text').first().isVisible()).resolves.toBe(true);
    const text = await page.locator('body').innerText();
    expect(text).toContain('<script>window.__pwned = 1</script>');
    expect(text).toContain('onerror="window.__pwned = 2"');
    await expect(page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('main img, main a[href^="javascript"], main [onerror]').count()).resolves.toBe(0);
    await expect(page.locator('mark').first().innerText()).resolves.toMatch(/120,000|97,000/);
    await page.screenshot({ path: join(SHOTS, 'review-finding.png'), fullPage: true });

    // decide with the keyboard: the name once, then "c"
    await page.locator('#reviewer').fill('Ann Auditor');
    await page.locator('#note').fill('Two tallies of one year; the Ledger counts more.');
    await page.keyboard.press('Escape');
    await Promise.all([page.waitForLoadState('load'), page.waitForEvent('framenavigated'), page.keyboard.press('c')]);
    const trail = page.locator('.trail li');
    await expect(trail.count()).resolves.toBe(1);
    await expect(trail.first().innerText()).resolves.toContain('Ann Auditor · confirmed: a real disagreement — Two tallies of one year; the Ledger counts more.');
    await page.reload({ waitUntil: 'load' });
    await expect(page.locator('.trail li').count()).resolves.toBe(1);
    await expect(page.locator('#decide .status').first().innerText()).resolves.toBe('confirmed: a real disagreement');

    // out of the open queue now; nothing left the page's own server
    await page.goto(url, { waitUntil: 'load' });
    await expect(page.locator('body').innerText()).resolves.not.toContain('More than 120,000');
    const origin = new URL(url).origin;
    expect(requests.filter((r) => !r.startsWith(origin))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  // a run that leaves a decided finding's claims as they were keeps it decided: tests/runner/review-ledger.test.ts
  it('reopens a decided finding when a later run changes its claims, saying why; a "different facts" decision keeps the figures apart in later runs', async (ctx) => {
    if (!available) ctx.skip(`${CHROMIUM} is missing`);
    // a run that moves the fact's figures: reopened, with the reason in the trail
    const moving = join(dir, 'day3');
    mkdirSync(moving);
    writeFileSync(join(moving, 'later.txt'), LATER);
    expect(cli(['run', moving, '--store', store, '--out', join(dir, 'o3'), '--quiet']).code).toBe(0);
    const { page } = await open(server!.url);
    const reopened = page.locator('tr[data-href]', { hasText: '150,000' });
    await expect(reopened.count()).resolves.toBe(1);
    await Promise.all([page.waitForURL(/\/finding\//), reopened.locator('a').click()]);
    const trail = await page.locator('.trail').innerText();
    expect(trail).toMatch(/claimgraph · reopened — reopened: a run added claim/);

    // decided "different facts": the next run that touches the fact keeps the figures apart
    await page.locator('#reviewer').fill('Ann Auditor');
    await page.keyboard.press('Escape');
    await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('d')]);
    await expect(page.locator('#decide .status').first().innerText()).resolves.toBe('different facts');
    await page.close();
    const again = join(dir, 'day4');
    mkdirSync(again);
    writeFileSync(join(again, 'again.txt'), AGAIN);
    expect(cli(['run', again, '--store', store, '--out', join(dir, 'o4'), '--quiet']).code).toBe(0);
    const claims = readFileSync(join(dir, 'o4', 'claims.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; valueText: string });
    const idOf = (value: string) => claims.find((c) => c.valueText === value)!.id;
    const facts = JSON.parse(readFileSync(join(dir, 'o4', 'facts.json'), 'utf8')) as { facts: Array<{ claims: string[]; explanation: string }> };
    const factOf = (id: string) => facts.facts.find((f) => f.claims.includes(id));
    expect(factOf(idOf('Over 97,000'))).not.toBe(factOf(idOf('More than 150,000')));
    expect(factOf(idOf('Over 97,000'))?.explanation).toContain('A reviewer decided');
  }, 90_000);
});
