import { describe, expect, it } from 'vitest';
import { REPORT_CSP, writeReportHtml } from '../../../src/stages/06-report/report-html.js';
import { emptyBatch, EXPLANATION, sampleBatch, XSS_IMG, XSS_SCRIPT } from './sample-batch.js';

const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('report.html', () => {
  const page = writeReportHtml(sampleBatch());

  it('is one page whose policy forbids every fetch and every script', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${escaped(REPORT_CSP)}">`);
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(page).toContain('@media print');
  });

  it('contains no script, image, external resource or event handler', () => {
    expect(page).not.toMatch(/<script|<img|<link|<iframe|<object|<embed|@import|url\(/i);
    const tags = page.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(100);
    expect(tags.filter((t) => /\s(src|srcset|on[a-z]+)=/i.test(t))).toEqual([]);
    const hrefs = [...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((h) => !h?.startsWith('#'))).toEqual([]);
  });

  it('shows the XSS payloads from the article only as escaped text', () => {
    expect(page).not.toContain(XSS_SCRIPT);
    expect(page).not.toContain(XSS_IMG);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('<h3>Fentanyl &amp; &quot;the drug war&quot;: &lt;script&gt;alert(1)&lt;/script&gt;</h3>');
  });

  it('orders the sections: summary, discrepancies, facts, articles, unread inputs', () => {
    const at = (s: string) => page.indexOf(s);
    expect(at('class="page-head"')).toBeGreaterThan(0);
    expect(at('class="page-head"')).toBeLessThan(at('id="discrepancies"'));
    expect(at('id="discrepancies"')).toBeLessThan(at('id="facts"'));
    expect(at('id="facts"')).toBeLessThan(at('id="articles"'));
    expect(at('id="articles"')).toBeLessThan(at('id="inputs"'));
  });

  it('shows the discrepancy with its explanation, the claims as cards and the quote marked in its sentence', () => {
    const section = page.slice(page.indexOf('id="discrepancies"'), page.indexOf('id="facts"'));
    expect(section).toContain(`<p class="explanation">${EXPLANATION}</p>`);
    expect(section.match(/<article class="card">/g)).toHaveLength(2);
    expect(section).toContain('<span class="badge k-conflict"><span aria-hidden="true">✕</span> Conflict</span>');
    expect(section).toContain(
      '<blockquote class="quote"><span class="context"></span><mark><strong>Over 97,000</strong> Americans died from drug overdoses in 2021</mark><span class="context">, with fentanyl being involved in nearly 71,000 of those deaths.</span></blockquote>',
    );
    expect(section).toContain(
      `<mark>In 2021, <strong>106,000</strong> people died from opioid overdoses in the US</mark><span class="context"> ${escaped(XSS_SCRIPT)}, more than 70,000`,
    );
    expect(section.match(/<svg class="number-line"/g)).toHaveLength(1);
    expect(section).toContain('<text class="nl-value" x="792" y="33">(97,000, ∞)</text>');
  });

  it('labels every verdict in words, not colour alone', () => {
    expect(page).toContain('<span class="badge v-tension"><span aria-hidden="true">!</span> Tension</span>');
    expect(page).toContain('<span class="badge v-compatible"><span aria-hidden="true">≈</span> Compatible</span>');
  });

  it('lists each article with its claims, and the failed and skipped inputs with reasons', () => {
    expect(page.match(/<tr id="claim-c-[ab]-[12]">/g)).toEqual(['<tr id="claim-c-a-1">', '<tr id="claim-c-a-2">', '<tr id="claim-c-b-1">', '<tr id="claim-c-b-2">']);
    expect(page).toContain('<td class="path">fixtures/articles/broken.html</td><td><span class="badge s-failed">Failed</span></td><td>The file is not valid UTF-8 or Windows-1252; save it as UTF-8 and run again.</td>');
    expect(page).toContain('duplicate of <span class="path">fixtures/articles/000_087547725cd6864a.txt</span>');
  });

  it('says so in a sentence when there is nothing to report', () => {
    const empty = writeReportHtml(emptyBatch());
    expect(empty).toContain('<p class="empty">No claims were read, so nothing could be compared.</p>');
    expect(empty).toContain('<p class="empty">No facts: none of the 0 claims were reconciled into a fact.</p>');
    expect(empty).toContain('<p class="empty">No articles were read.</p>');
    expect(empty).toContain('<p class="empty">Every input was read; none failed or was skipped.</p>');
  });

  it('shows only the quote, with a note, when the article text is missing', () => {
    const batch = sampleBatch();
    batch.texts = new Map();
    expect(writeReportHtml(batch)).toContain(
      '<span class="context"></span><mark><strong>Over 97,000</strong> Americans died from drug overdoses in 2021</mark><span class="context"></span> <span class="note">(article text not available; quote only)</span>',
    );
  });
});
