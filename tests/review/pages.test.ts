import { describe, expect, it } from 'vitest';
import { findingPage } from '../../src/review/pages.js';
import type { ReviewFinding } from '../../src/runner/store/index.js';

describe('a finding\'s page', () => {
  it('shows the frame with its words, and each quote in its article: the figure marked, the quote in ink, the furniture set apart, every word as text', () => {
    const text = 'By Jane Roe <b>\n\nIn 2023, 120 people died, <script>x()</script> officials said.';
    const start = text.indexOf('In 2023');
    const claim = {
      id: 'c1', article: 'a1', path: 'a.txt', valueText: '120', quote: text.slice(start, text.indexOf(' officials')), start, end: text.indexOf(' officials'),
      valueStart: text.indexOf('120'), valueEnd: text.indexOf('120') + 3, low: 120, high: 120, lowInclusive: true, highInclusive: true, unit: 'count',
      measure: 'people died', place: 'Texas', placeWords: 'Texans', period: { start: '2023-01-01', end: '2023-12-31', text: 'In 2023' }, statistic: 'count', vintage: null, vintageWords: null, source: null, official: null,
    };
    const finding: ReviewFinding = {
      id: 'f1', kind: 'discrepancy', severity: 1, explanation: 'two counts', claims: [claim], mentions: [], body: {},
      decision: { status: 'open', note: '', reviewer: '', version: 0, decidedAt: '' },
    };
    const page = findingPage({
      finding, articles: new Map([['a1', { title: 'Deaths <i>up</i>', published: '2024-01-02', text, furniture: [{ start: 0, end: 15 }] }]]),
      trail: [], previous: null, next: null, queue: '/', csrf: 'tok', store: 'desk.sqlite',
    });
    expect(page).toContain('<div class="text"><span class="furniture">By Jane Roe &lt;b&gt;</span>\n\n<span class="said">In 2023, </span><mark>120</mark><span class="said"> people died, &lt;script&gt;x()&lt;/script&gt;</span> officials said.</div>');
    expect(page).toContain('Deaths &lt;i&gt;up&lt;/i&gt;');
    // the frame, axis by axis, with the words each value was read from
    expect(page).toContain('<td class="same">Texas (“Texans”)</td>');
    expect(page).toContain('<td class="same">2023-01-01 – 2023-12-31 (“In 2023”)</td>');
    expect(page).not.toMatch(/<script>x|<i>up|<b>/);
  });
});
