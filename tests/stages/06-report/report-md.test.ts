import { describe, expect, it } from 'vitest';
import { mdRow, mdText } from '../../../src/stages/06-report/markdown.js';
import { writeReportMd } from '../../../src/stages/06-report/report-md.js';
import { CLAIMS, emptyBatch, EXPLANATION, sampleBatch, XSS_IMG, XSS_SCRIPT } from './sample-batch.js';

/** What a CommonMark renderer shows for escaped text: the backslash before punctuation disappears. */
const shown = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('report.md', () => {
  const md = writeReportMd(sampleBatch());

  it('puts the run summary first, then discrepancies, facts, articles and unread inputs, in that order', () => {
    const headings = md.split('\n').filter((l) => /^#{1,2} /.test(l));
    expect(headings).toEqual(['# claimgraph audit report', '## Discrepancies', '## Possible same facts', '## Facts', '## Articles', '## Inputs not read']);
    expect(md).toContain('| 4 | 2 | 1 | 1 | 4 | 2 | 2 | 1 | 1 |');
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
  });

  it('gives the discrepancy with its explanation and both competing claims', () => {
    expect(md).toContain('### 1. Conflict (severity 0.82): drug overdose deaths · United States · 2021');
    expect(shown(md)).toContain(EXPLANATION);
    const section = md.slice(md.indexOf('## Discrepancies'), md.indexOf('## Possible same facts'));
    expect(section).toContain('- **A** “Over 97,000 Americans died from drug overdoses in 2021”');
    expect(section).toContain('- **B** “In 2021, 106,000 people died from opioid overdoses in the US”');
    expect(section).toContain('  - Attribution: according to the National Institutes of Health (National Institutes of Health, agency)');
    expect(section).toContain('  - Hedge: over; literal interval (97,000, ∞); plain reading (97,000, 98,000\\]');
    expect(section).toContain('  - Hedge: exact; literal interval 106,000; plain reading same as literal');
  });

  it('lists every fact with its verdict and all its mentions', () => {
    const facts = md.slice(md.indexOf('## Facts'), md.indexOf('## Articles'));
    expect(facts).toContain('### fentanyl involved deaths · United States · 2021 — Compatible');
    expect(facts).toContain('Verdict: **Compatible**. Range: 70,000 – 71,000 (count). 2 mentions.');
    for (const claim of CLAIMS) expect(facts).toContain(`“${claim.quote}”`);
  });

  it('summarises each article and lists inputs that were not read with their reasons', () => {
    expect(md).toContain('### Mexico Extradites Cartel Leaders \\| US Fentanyl Fight');
    expect(md).toContain('- Claims: 2\n  - “Over 97,000 Americans died from drug overdoses in 2021” (characters 54–108; over (97,000, ∞); fact: tension)');
    expect(md).toContain('fixtures/articles/000_087547725cd6864a.txt:3:89: warning: "nearly 71,000 of those deaths" counts part of another figure  claims/numeric/ambiguousBase');
    expect(md).toContain('| fixtures/articles/broken.html | Failed | The file is not valid UTF-8 or Windows-1252; save it as UTF-8 and run again. |');
    expect(md).toContain('| fixtures/copies/000-again.txt | Skipped | Same text as another input. (duplicate of fixtures/articles/000_087547725cd6864a.txt) |');
  });

  it('keeps markup from articles as text: no raw < anywhere', () => {
    expect(md).not.toContain(XSS_SCRIPT);
    expect(md).not.toMatch(/(?<!\\)</);
    expect(shown(md)).toContain(`Fentanyl & "the drug war": ${XSS_SCRIPT}`);
    expect(XSS_IMG.startsWith('<img')).toBe(true);
  });

  it('says so in a sentence when there is nothing to report', () => {
    const empty = writeReportMd(emptyBatch());
    expect(empty).toContain('No claims were read, so nothing could be compared.');
    expect(empty).toContain('No facts: none of the 0 claims were reconciled into a fact.');
    expect(empty).toContain('No articles were read.');
    expect(empty).toContain('Every input was read; none failed or was skipped.');
  });
});

describe('mdText', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a list', '1\\. not a list'],
    ['*not emphasis* and _not_ either', '\\*not emphasis\\* and \\_not\\_ either'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['<b>bold</b>', '\\<b\\>bold\\</b\\>'],
    ['AT&T and &amp;', 'AT&T and \\&amp;'],
    ['$5 and $6', '\\$5 and \\$6'],
    ['`code`', '\\`code\\`'],
    ['line one\r\n\r\nline two', 'line one line two'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j → %j', (input, expected) => {
    expect(mdText(input)).toBe(expected);
  });

  it('cannot split a table row', () => {
    expect(mdRow(['a|b', 'c'])).toBe('| a\\|b | c |');
  });
});
