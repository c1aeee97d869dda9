import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeReportHtml } from '../../../src/stages/06-report/report-html.js';
import { EXPLANATION, sampleBatch, XSS_IMG, XSS_SCRIPT } from './sample-batch.js';

const CHROMIUM = '/usr/bin/chromium';
const IN_CI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
const SCREENSHOT = resolve('test-results/report.png');

describe('report.html in headless Chromium', () => {
  it('loads with no requests, no console errors and no dialogs, and shows the discrepancy', async (ctx) => {
    if (!existsSync(CHROMIUM)) {
      if (IN_CI) throw new Error(`${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium). CI=true, so this test fails rather than skips.`);
      ctx.skip(`${CHROMIUM} is missing; install it with apt-get install -y chromium to run the browser test`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, writeReportHtml(sampleBatch()));
    const url = pathToFileURL(file).href;

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      const consoleErrors: string[] = [];
      const dialogs: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(e.message));
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });

      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(300);

      const section = page.locator('#discrepancies');
      await expect(section.isVisible()).resolves.toBe(true);
      await expect(section.locator('.explanation').first().innerText()).resolves.toBe(EXPLANATION);
      await expect(section.locator('.card').count()).resolves.toBe(2);
      await expect(section.locator('.card mark').first().innerText()).resolves.toBe('Over 97,000 Americans died from drug overdoses in 2021');
      await expect(section.locator('svg.number-line').count()).resolves.toBe(1);

      // the payloads are on the page as text, and nothing they describe exists as markup
      const body = await page.locator('body').innerText();
      expect(body).toContain(XSS_SCRIPT);
      expect(body).toContain(XSS_IMG);
      await expect(page.locator('script').count()).resolves.toBe(0);
      await expect(page.locator('img').count()).resolves.toBe(0);
      await expect(page.locator('[onerror]').count()).resolves.toBe(0);

      mkdirSync(resolve('test-results'), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });

      expect(dialogs).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(requests).toEqual([url]);
      expect(existsSync(SCREENSHOT)).toBe(true);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
