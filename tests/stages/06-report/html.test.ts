import { describe, expect, it } from 'vitest';
import { escapeHtml, html, join, raw } from '../../../src/stages/06-report/html.js';

describe('html template', () => {
  it('escapes & < > " and \' in every interpolation', () => {
    const evil = `<img src=x onerror="alert('1')"> & more`;
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; more">&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; more</p>',
    );
  });

  it('passes nested templates and raw() through, and escapes everything else', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${raw('<br>')}${'<br>'}</p>`.value).toBe('<p><b>&lt;i&gt;</b><br>&lt;br&gt;</p>');
  });

  it('renders numbers, flattens arrays, and renders nothing for false, null and undefined', () => {
    expect(html`${[1, '<', [html`<i></i>`, null]]}|${false}|${undefined}|${0}`.value).toBe('1&lt;<i></i>|||0');
  });

  it('joins with an escaped separator unless the separator is markup', () => {
    expect(join(['a', html`<b></b>`], ' & ').value).toBe('a &amp; <b></b>');
    expect(join(['a', 'b'], raw('<br>')).value).toBe('a<br>b');
  });

  it('escapeHtml leaves ordinary text alone', () => {
    expect(escapeHtml('Over 97,000 – “quoted” ü')).toBe('Over 97,000 – “quoted” ü');
  });
});
