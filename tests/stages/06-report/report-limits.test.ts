import { describe, expect, it } from 'vitest';
import { anchor } from '../../../src/stages/06-report/html-parts.js';
import { REPORT_LIMITS } from '../../../src/stages/06-report/limits.js';
import { indexBatch } from '../../../src/stages/06-report/lookup.js';
import { bySeverity } from '../../../src/stages/06-report/order.js';
import { writeReportHtml } from '../../../src/stages/06-report/report-html.js';
import { writeReportMd } from '../../../src/stages/06-report/report-md.js';
import { selectForReport, shownClaims } from '../../../src/stages/06-report/selection.js';
import { sampleBatch } from './sample-batch.js';
import { syntheticBatch, type SyntheticOptions } from './synthetic-batch.js';

const MB = 1024 * 1024;
/** 2,000 articles, 20,000 claims, about 5,000 facts, 300 discrepancies (one over 1,000 claims), 600 failed inputs. */
const LARGE: SyntheticOptions = { articles: 2000, claimsPerArticle: 10, claimsPerFact: 4, discrepancies: 300, bigFact: 1000, failedInputs: 600 };

describe('report.html and report.md of a large batch', () => {
  const batch = syntheticBatch(LARGE);
  const page = writeReportHtml(batch);
  const htmlCalls = [...batch.texts.calls];
  batch.texts.calls = [];
  const md = writeReportMd(batch);
  const mdCalls = [...batch.texts.calls];
  const ordered = bySeverity(batch.discrepancies);

  it('is built from a batch as large as the test says', () => {
    expect([batch.articles.length, batch.claims.length, batch.discrepancies.length]).toEqual([2000, 20_000, 300]);
    expect(batch.facts.facts.length).toBeGreaterThan(4700);
  });

  it('stays a few megabytes, however large the batch', () => {
    expect(page.length).toBeLessThan(6 * MB);
    expect(md.length).toBeLessThan(1.5 * MB);
    const double = syntheticBatch({ ...LARGE, articles: 4000 });
    expect(writeReportHtml(double).length).toBeLessThan(page.length * 1.1);
    expect(writeReportMd(double).length).toBeLessThan(md.length * 1.1);
  });

  it('shows every discrepancy up to the limit in full, most severe first, and none past it', () => {
    const shown = ordered.slice(0, REPORT_LIMITS.discrepancies);
    const positions = shown.map((d) => page.indexOf(`id="${anchor('discrepancy', d.id)}"`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(page.match(/<section class="finding /g)).toHaveLength(REPORT_LIMITS.discrepancies);
    expect(page).not.toContain(`id="${anchor('discrepancy', ordered[REPORT_LIMITS.discrepancies]!.id)}"`);
    for (const d of shown) expect(page).toContain(`<p class="explanation">${d.explanation}</p>`);
    expect(md.match(/^### \d+\. Conflict/gm)).toHaveLength(REPORT_LIMITS.discrepancies);
    expect(md).toContain(`### ${REPORT_LIMITS.discrepancies}. Conflict`);
  });

  it('says what it left out, by how many, and where the rest is', () => {
    for (const text of [page, md]) {
      expect(text).toContain('This batch is larger than one page can show, so this report shows a selection: the 200 most severe of 300 discrepancies, 300 of 4,751 facts, 200 of 2,000 articles and 500 of 600 inputs not read, and at most 12 claims of each finding.');
      expect(text).toContain('By kind: conflict 300. Shown here in full: the 200 most severe. The other 100 discrepancies');
      expect(text).toContain('The other 4,451 facts (228 discrepancy, 527 tension, 528 compatible, 528 agree, 2,640 single source) are in facts.json and graph.jsonld, with their claims in claims.csv.');
      expect(text).toContain('Showing 200 of 2,000 articles, in input order: those quoted in the findings above first, then the earliest others. The other 1,800 articles are in articles.jsonl');
      expect(text).toContain('Showing the first 12 of 1,000 claims, as discrepancies.json lists them');
      expect(text).toContain('Showing the first 500 of 600 inputs not read; manifest.json lists every input');
    }
    expect(page).toMatch(/By verdict: <span class="badge v-discrepancy">.*<\/span> 528 · <span class="badge v-tension">/);
    expect(md).toContain('By verdict: Discrepancy 528 · Tension 527 · Compatible 528 · Agree 528 · Single source 2,640.');
  });

  it('puts disagreement first among the facts shown, then most sources', () => {
    const facts = [...page.matchAll(/<section class="fact v-([a-z]+)"/g)].map((m) => m[1]);
    expect(facts).toHaveLength(REPORT_LIMITS.facts);
    expect(facts.slice(0, 2)).toEqual(['discrepancy', 'discrepancy']);
    expect(facts).not.toContain('single');
  });

  it('reads an article text once for each article with a claim on the page, and for no other', () => {
    const selection = selectForReport(batch, indexBatch(batch), REPORT_LIMITS);
    const quoted = new Set([...shownClaims(indexBatch(batch), selection)].map((c) => c.article));
    expect(new Set(htmlCalls)).toEqual(quoted);
    expect(htmlCalls).toHaveLength(quoted.size);
    expect(quoted.size).toBeLessThan(batch.articles.length);
    expect(mdCalls).toEqual([]);
  });
});

describe('report limits on a small batch', () => {
  it('leave a batch within every limit whole, with no note', () => {
    const page = writeReportHtml(sampleBatch());
    expect(page).not.toContain('Showing');
    expect(page).not.toContain('larger than one page');
    expect(writeReportMd(sampleBatch())).not.toContain('Showing');
  });

  it('show each item that is kept with exactly the markup of the full report', () => {
    const full = writeReportHtml(sampleBatch());
    const limits = { ...REPORT_LIMITS, facts: 1, articles: 1, claimsPerArticle: 1, unreadInputs: 1 };
    const cut = writeReportHtml(sampleBatch(), limits);
    const block = (page: string, from: string) => page.slice(page.indexOf(from), page.indexOf('</section>', page.indexOf(from)) + 10);
    const discrepancy = block(full, '<section class="finding ');
    expect(cut).toContain(discrepancy);
    expect(cut).toContain(block(full, '<section class="fact v-tension"'));
    expect(cut).not.toContain('<section class="fact v-compatible"');
    expect(cut).toContain('Showing 1 of 2 facts');
    expect(cut).toContain('<tr id="claim-c-a-1">');
    expect(cut).not.toContain('<tr id="claim-c-a-2">');
    expect(cut).toContain('<p class="note">Showing the first 1 of 2 claims of this article, in reading order; claims.csv has them all.</p>');
    expect(cut).toContain('<p class="note">Showing the first 1 of 2 inputs not read; manifest.json lists every input with its status and reason.</p>');
  });
});
