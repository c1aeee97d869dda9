import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/stages/01-ingest/html.js';

describe('htmlToText: text', () => {
  it.each([
    ['paragraphs become blank-line separated', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['whitespace inside a paragraph collapses', '<p>  Over\n   97,000\tAmericans  </p>', 'Over 97,000 Americans'],
    ['<br> is a line break', '<p>Line one<br>line two<br/>line three</p>', 'Line one\nline two\nline three'],
    ['entities are decoded', '<p>Drugs &amp; guns: Mexico&#8217;s &ldquo;hugs&rdquo; cost 10&nbsp;cents</p>', 'Drugs & guns: Mexico’s “hugs” cost 10 cents'],
    ['escaped markup stays text', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', '<script>alert(1)</script>'],
    ['inline elements do not split words', '<p><b>97</b>,000 <em>over</em>dose deaths</p>', '97,000 overdose deaths'],
    ['headings and list items are paragraphs', '<h2>Seizures</h2><ul><li>44 million pills</li><li>6,500 pounds</li></ul>', 'Seizures\n\n44 million pills\n\n6,500 pounds'],
    ['divs without paragraphs', '<div>First</div><div>Second <span>part</span></div>', 'First\n\nSecond part'],
    ['table cells are separated by a bar', '<table><tr><th>Year</th><th>Deaths</th></tr><tr><td>2021</td><td>106,000</td></tr></table>', 'Year | Deaths\n\n2021 | 106,000'],
    ['pre keeps its lines', '<pre>a  b\nc</pre>', 'a b\nc'],
    ['unclosed paragraphs', '<p>One<p>Two', 'One\n\nTwo'],
    ['text outside any element', 'Just text &amp; more', 'Just text & more'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it.each([
    ['script, style, noscript, template', '<p>Keep</p><script>var a = "<p>x</p>";</script><style>p{}</style><noscript>Enable JS</noscript><template><p>t</p></template>'],
    ['nav, site header and footer, aside, form', '<header><a>Site</a></header><nav><a>Home</a></nav><p>Keep</p><aside>Most read</aside><form><p>Your email</p></form><footer>© Site</footer>'],
    ['iframe, svg, button, select, textarea', '<p>Keep<button>Share</button></p><iframe>frame</iframe><svg><text>icon</text></svg><select><option>One</option></select><textarea>hi</textarea>'],
    ['class and id markers', '<p>Keep</p><div class="share-buttons">Share</div><div id="comments">A comment</div><ul class="related-posts"><li>Other story</li></ul><div class="ad-slot">Buy</div><div class="breadcrumbs">Home</div><div class="post-share">Tweet</div>'],
    ['hidden elements and navigation roles', '<p>Keep</p><div hidden>secret</div><div role="navigation">Menu</div><div role="complementary">Aside</div>'],
  ])('drops %s', (_name, html) => {
    expect(htmlToText(html).text).toBe('Keep');
  });

  it.each([
    ['taxonomy classes (category-social)', '<div class="post category-social tag-related"><p>Keep</p></div>'],
    ['markers on the article itself', '<article class="has-comments share"><p>Keep</p></article>'],
    ['words that merely contain a marker (header, shadow, loading)', '<div class="headline shadow loading"><p>Keep</p></div>'],
    ['inline elements with a marker class', '<p><a class="related-link">Keep</a></p>'],
  ])('keeps %s', (_name, html) => {
    expect(htmlToText(html).text).toBe('Keep');
  });

  it('keeps every line of a <pre> longer than a call takes arguments', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `row ${i}`);
    const text = htmlToText(`<pre>${lines.join('\n')}</pre>`).text;
    expect(text.split('\n')).toHaveLength(200_000);
    expect(text.endsWith('row 199999')).toBe(true);
  });

  it('keeps an article’s own header (headline, by-line, date) but drops its footer', () => {
    const html = '<header>Site</header><article><header><h1>Headline</h1><p>May 1, 2024</p></header><p>Body 29.</p><footer>Tags: a, b</footer></article>';
    expect(htmlToText(html).text).toBe('Headline\n\nMay 1, 2024\n\nBody 29.');
  });

  it('prefers the largest <article> over the rest of the page', () => {
    const html = '<div><p>Site intro</p></div><article><p>Teaser</p></article><article><p>The real story has 29 words or so in it.</p></article><div>After</div>';
    expect(htmlToText(html).text).toBe('The real story has 29 words or so in it.');
  });

  it('keeps nested articles inside the chosen one', () => {
    expect(htmlToText('<article><p>Story</p><article><p>Quoted</p></article></article>').text).toBe('Story\n\nQuoted');
  });

  it('ignores an <article> too small to be the story', () => {
    const story = 'Mexico sent 29 cartel figures to the United States on Thursday, the largest transfer in years.';
    const html = `<div class="story"><p>${story}</p></div><article><p>Card</p></article>`;
    expect(htmlToText(html).text).toBe(`${story}\n\nCard`);
  });

  it('uses <main> when there is no <article>', () => {
    expect(htmlToText('<div>Site</div><main><p>Main text</p></main><div>Footer-ish</div>').text).toBe('Main text');
  });

  it('has no text when the body holds only scripts and styles', () => {
    expect(htmlToText('<html><body><script>x()</script><style>p{}</style></body></html>')).toEqual({ text: '', title: null, hasBody: true, published: null });
  });

  it('says when there is no <body>', () => {
    expect(htmlToText('<html><head><title>T</title></head></html>')).toEqual({ text: '', title: 'T', hasBody: false, published: null });
  });
});

describe('htmlToText: title', () => {
  it.each([
    ['<title> first', '<title> A &amp; B </title><meta property="og:title" content="OG"><h1>H</h1>', 'A & B'],
    ['og:title when there is no <title>', '<meta property="og:title" content="Mexico&#8217;s move"><h1>H</h1>', 'Mexico’s move'],
    ['og:title given as name=', '<meta name="og:title" content="OG"><h1>H</h1>', 'OG'],
    ['the first non-empty h1 last', '<h1> </h1><h1>First <b>bold</b>\n headline</h1><h1>Second</h1>', 'First bold headline'],
    ['an h1 of the text before one in the site header', '<header><h1>Site Name</h1></header><article><h1>Story</h1></article>', 'Story'],
    ['an h1 inside a dropped site header when there is no other', '<header><h1>Site Name</h1></header><p>x</p>', 'Site Name'],
    ['an svg <title> is not the page title', '<svg><title>icon</title></svg><h1>Real</h1>', 'Real'],
    ['none', '<p>Text</p>', null],
    ['an empty <title> falls through', '<title>  </title><h1>H</h1>', 'H'],
  ])('%s', (_name, html, title) => {
    expect(htmlToText(html).title).toBe(title);
  });

  it('keeps the title out of the text', () => {
    expect(htmlToText('<html><head><title>Headline</title></head><body><p>Body</p></body></html>').text).toBe('Body');
  });
});

describe('htmlToText: the publication date the page states', () => {
  const page = (head: string, body = '<p>Officials counted 42 cases.</p>') => `<html><head>${head}</head><body>${body}</body></html>`;
  it.each([
    ['<meta property="article:published_time" content="2024-07-16T09:00:00-05:00">', '', '2024-07-16T09:00:00-05:00'],
    ['<meta name="pubdate" content="2024-07-16">', '', '2024-07-16'],
    ['<meta itemprop="datePublished" content="2024-07-16">', '', '2024-07-16'],
    ['<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-05-17"}</script>', '', '2024-05-17'],
    ['<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-03-08T08:00:00Z"}]}</script>', '', '2025-03-08T08:00:00Z'],
    ['', '<p>By A. Writer <time datetime="2024-10-14">Oct. 14</time></p><p>Officials counted 42 cases.</p>', '2024-10-14'],
    ['<meta property="article:published_time" content="2024-07-16"><script type="application/ld+json">{"datePublished":"2024-07-15"}</script>', '', '2024-07-16'],
    ['<script type="application/ld+json">{ not json</script>', '', null],
  ])('%s %s', (head, body, published) => {
    expect(htmlToText(page(head, body || undefined)).published).toBe(published);
  });
});
