import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FurnitureSpan } from '../../../src/contracts/index.js';
import { findFurniture } from '../../../src/stages/01-ingest/furniture.js';

const seed = (name: string): string => readFileSync(`fixtures/articles/${name}`, 'utf8');
const SEEDS = {
  '000': seed('000_087547725cd6864a.txt'),
  '001': seed('001_526864c1977376da.txt'),
  '002': seed('002_635563f2a6a5fada.txt'),
  '003': seed('003_f168b46be237bddb.txt'),
  '004': seed('004_9aeb9f3c9348254c.txt'),
} as const;

const slices = (text: string, spans: readonly FurnitureSpan[]) => spans.map((s) => ({ ...s, quote: text.slice(s.start, s.end) }));
const inside = (spans: readonly FurnitureSpan[], start: number, end: number) => spans.some((s) => s.start <= start && end <= s.end);
const overlaps = (spans: readonly FurnitureSpan[], start: number, end: number) => spans.some((s) => s.start < end && start < s.end);

const COMMENT_FORM_001 = 'Leave a Reply\n\nYour email address will not be published. Required fields are marked *';
const TEMPE = 'Fentanyl pills, methamphetamine and other drugs seized in Tempe, Arizona, on February 23.';
const DEATHS_CAPTION = 'Deaths involving more than one substance are reflected in the totals for all substances cited in the decedent’s toxicology report. (DEA)';
const CREDIT = '©\u00a0Tampa Free Press';

describe('findFurniture on the seed articles', () => {
  it.each([
    ['000', [
      { start: 0, end: 66, reason: 'breadcrumb', quote: 'Home » world » Mexico Extradites Cartel Leaders: US Fentanyl Fight' },
      { start: 121, end: 155, reason: 'by-line', quote: 'by James Carter Senior News Editor' },
      {
        start: 4774,
        end: 5001,
        reason: 'related-articles list; end-of-page block after "You may also like"; comment section; comment form; ad-blocker notice',
        quote: 'You may also like\n\nLeave a Comment\n\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.\n\n'
          + 'Adblock Detected\n\nPlease support us by disabling your AdBlocker extension from your browsers for our website.',
      },
    ]],
    ['001', [
      { start: 2386, end: 2612, reason: 'photo caption', quote: `${TEMPE}\n${TEMPE}Arizona Attorney General Kris Mayes via Twitter` },
      {
        start: 7015,
        end: 7222,
        reason: 'repeated line; comment section; end-of-page block after "Leave a Reply"; comment form; navigation',
        quote: `Cooperation in the drug war between the US and Mexico is at its lowest point in decades. What went wrong?\n\n${COMMENT_FORM_001}\n\nScroll to top`,
      },
    ]],
    ['002', []],
    ['003', [{ start: 2989, end: 2996, reason: 'related-articles list; end-of-page block after "Related"', quote: 'Related' }]],
    ['004', [
      { start: 95, end: 115, reason: 'by-line', quote: 'Story by Brian Burns' },
      { start: 1812, end: 2104, reason: 'photo caption; photo credit or copyright notice', quote: `${DEATHS_CAPTION}\n\n${DEATHS_CAPTION}${CREDIT}` },
      { start: 2265, end: 2331, reason: 'photo caption; photo credit or copyright notice', quote: `DEA Drug Seizures (DEA)\n\nDEA Drug Seizures (DEA)${CREDIT}` },
      { start: 4418, end: 4472, reason: 'photo caption; photo credit or copyright notice', quote: `DEA Report (2024)\n\nDEA Report (2024)${CREDIT}` },
      {
        start: 7851,
        end: 7978,
        reason: 'share buttons; comment section; end-of-page block after "Comments (0)"; comment form',
        quote: 'Please follow and like us:\n\nComments (0)\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *',
      },
    ]],
  ] as const)('seed %s', (name, expected) => {
    const text = SEEDS[name];
    expect(slices(text, findFurniture(text))).toEqual(expected);
  });

  it('ends the trailing block at the last character of a text without a final newline', () => {
    expect(SEEDS['001'].endsWith('Scroll to top')).toBe(true);
    expect(findFurniture(SEEDS['001']).at(-1)?.end).toBe(SEEDS['001'].length);
  });

  it.each([
    ['000', 'Over 97,000 Americans died from drug overdoses in 2021, with fentanyl being involved in nearly 71,000 of those deaths.'],
    ['000', 'Tuesday’s move by Mexico to extradite 26 alleged cartel leaders'],
    ['000', '\n\nMexico Extradites Cartel Leaders: US Fentanyl Fight\n\n'],
    ['000', 'Share your thoughts in the comments below!'],
    ['001', 'Cooperation in the drug war between the US and Mexico is at its lowest point in decades. What went wrong?\n\nBut'],
    ['001', 'the watershed is 100,000 people killed a year'],
    ['001', 'In 2021, 106,000 people died from opioid overdoses in the US, more than 70,000 of them largely due to fentanyl'],
    ['001', 'She said it costs cartels just 10 cents to produce a fake fentanyl pill that sells in the United States for $10 to $30.'],
    ['001', 'Last year, Mexico extradited 24 drug-related defendants to the United States, but there are 232 drug-related defendants awaiting extradition.'],
    ['002', 'The fentanyl crisis, which claimed nearly 75,000 American lives in 2022'],
    ['003', 'In late February, Mexico handed over 29 drug cartel individuals to the United States'],
    ['003', 'Between 2019 and 2023, 65 individuals were extradited to the U.S. officially.'],
    ['003', 'The handover of 29 drug cartel individuals from Mexico to the U.S.'],
    ['004', 'The Alarming Expansion Of Mexican Cartels In Every U.S. State'],
    ['004', 'accounting for nearly 70% of all drug-related deaths in 2022'],
    ['004', 'In 2022, methamphetamine was linked to over 34,000 deaths'],
    ['004', 'resulting in 1,436 investigations and 3,337 arrests'],
    ['004', 'the seizure of nearly 44 million fentanyl pills, over 6,500 pounds of fentanyl powder, more than 91,000 pounds of methamphetamine, 8,497 firearms, and over $100 million in illicit proceeds.'],
    ['004', 'with some degree of cartel presence now documented in all 50 states.'],
    ['004', 'The report serves as a dire warning for the future'],
  ] as const)('keeps article prose of seed %s: %j', (name, sentence) => {
    const text = SEEDS[name];
    const start = text.indexOf(sentence);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(overlaps(findFurniture(text), start, start + sentence.length)).toBe(false);
  });

  it('marks no line with a figure except captions and the comment counter', () => {
    const marked = Object.values(SEEDS).flatMap((text) => {
      const spans = findFurniture(text);
      let offset = 0;
      return text.split('\n').flatMap((line) => {
        const start = offset;
        offset += line.length + 1;
        return /\d/.test(line) && inside(spans, start, start + line.length) ? [line] : [];
      });
    });
    expect(marked).toEqual([TEMPE, `${TEMPE}Arizona Attorney General Kris Mayes via Twitter`, 'DEA Report (2024)', `DEA Report (2024)${CREDIT}`, 'Comments (0)']);
  });

  it('returns sorted, non-overlapping spans with whitespace-only gaps merged', () => {
    for (const text of Object.values(SEEDS)) {
      const spans = findFurniture(text);
      spans.slice(1).forEach((span, i) => {
        const before = spans[i] as FurnitureSpan;
        expect(span.start).toBeGreaterThan(before.end);
        expect(text.slice(before.end, span.start).trim()).not.toBe('');
      });
      for (const s of spans) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    }
  });
});

describe('findFurniture on single lines', () => {
  const PROSE = 'Mexico handed over 29 drug cartel individuals to the United States in late February, officials said on Tuesday.';
  const AFTER = 'All 29 of the individuals were being held in Mexican prisons before they boarded the planes.';
  const page = (line: string): string => `${PROSE}\n\n${line}\n\n${AFTER}`;

  it.each([
    ['Home › News › World', 'breadcrumb'],
    ['Home > World > Americas', 'breadcrumb'],
    ['Home / News / Mexico', 'breadcrumb'],
    ['By The Associated Press', 'by-line'],
    ['By Ana Torres and Mark Ellis', 'by-line'],
    ['Written by María José Pérez-López', 'by-line'],
    ['Advertisement', 'advert'],
    ['Story continues below advertisement', 'advert'],
    ['Share this:', 'share buttons'],
    ['Follow us on Twitter', 'share buttons'],
    ['Tweet', 'share buttons'],
    ['Skip to main content', 'navigation'],
    ['Ad Blocker Detected!', 'ad-blocker notice'],
    ['Please whitelist our site in your ad blocker to keep reading.', 'ad-blocker notice'],
    ['Sign up for our newsletter to get the day’s top stories.', 'newsletter prompt'],
    ['Your email address will not be published.', 'comment form'],
    ['Required fields are marked *', 'comment form'],
    ['Photo: Marco Ugarte/AP', 'photo credit'],
  ])('marks %j in the middle of a page', (line, reason) => {
    const text = page(line);
    expect(slices(text, findFurniture(text))).toEqual([{ start: PROSE.length + 2, end: PROSE.length + 2 + line.length, reason, quote: line }]);
  });

  it.each([
    ['a copyright credit glued to a caption', 'Troops patrol Culiacán.© Reuters', '© Reuters', 'photo credit or copyright notice'],
    ['an agency photo credit', 'Troops patrol Culiacán. (AP Photo/Eduardo Verdugo)', '(AP Photo/Eduardo Verdugo)', 'photo credit'],
    ['"Back to top" glued to a sentence', 'Required fields are marked *Back to top', 'Back to top', 'navigation'],
  ])('marks only the credit part: %s', (_name, line, quote, reason) => {
    const text = page(line);
    const start = text.indexOf(quote);
    expect(findFurniture(text)).toEqual([{ start, end: start + quote.length, reason }]);
  });

  it.each([
    ['a sentence starting with By', 'By 2025, deaths had fallen 10% across 50 states.'],
    ['By with a lowercase word', 'By land and sea, the cartels move 44 million pills.'],
    ['a sentence about ad blockers', 'Sales of ad blockers rose 30% last year, the survey found.'],
    ['a sentence mentioning comments', 'The DEA declined to comment on the 29 transfers.'],
    ['Related inside a sentence', 'Related cases rose to 1,436 in 2023.'],
    ['a date in a sentence', 'On May 1, 2024, officials seized 6,500 pounds of fentanyl.'],
    ['a quoted share request', '“Share this with your neighbours,” the mayor said of the 3 warnings.'],
    ['a greater-than comparison', 'Deaths > 100,000 in 2021 > 2020 levels, the CDC said.'],
    ['a heading that is a question', 'What went wrong?'],
    ['a short heading', 'Operation Last Mile'],
  ])('leaves alone %s', (_name, line) => {
    expect(findFurniture(page(line))).toEqual([]);
  });
});

describe('findFurniture: repeats and the end of the page', () => {
  const P = 'The operation led to 3,337 arrests and the seizure of nearly 44 million fentanyl pills across the country.';

  it('marks the later copy of a verbatim repeated line, not the first', () => {
    const title = 'Mexico extradites 29 cartel figures';
    const other = 'Officials said more transfers would follow this year.';
    const text = `${title}\n\n${P}\n${P}\n\n${other}\n\n${title}\n\n${other} Really.`;
    const secondP = P.length + title.length + 3;
    const secondTitle = text.lastIndexOf(title);
    expect(slices(text, findFurniture(text))).toEqual([
      { start: secondP, end: secondP + P.length, reason: 'repeated line', quote: P },
      { start: secondTitle, end: secondTitle + title.length, reason: 'repeated line', quote: title },
    ]);
  });

  it('marks both copies of a caption whose second copy carries a credit', () => {
    const text = `${P}\nTroops in Culiacán on Thursday.\nTroops in Culiacán on Thursday.Photo by Reuters\n${P} More.`;
    const start = text.indexOf('Troops');
    const quote = 'Troops in Culiacán on Thursday.\nTroops in Culiacán on Thursday.Photo by Reuters';
    expect(slices(text, findFurniture(text))).toEqual([{ start, end: start + quote.length, reason: 'photo caption', quote }]);
  });

  it('does not take a heading followed by a sentence that starts with it for a caption', () => {
    expect(findFurniture(`${P}\n\nThe Cartel Wars\nThe Cartel Wars are over, 29 officials said.\n\n${P} More.`)).toEqual([]);
    expect(findFurniture(`${P}\n\nThe Cartel Wars\nThe Cartel Warsaw office closed.\n\n${P} More.`)).toEqual([]);
  });

  it('ignores short or very long repeats', () => {
    const long = `${P} `.repeat(4).trim();
    expect(findFurniture(`Key figures\n\n${P}\n\nKey figures\n\n${long}\n\n${long}`)).toEqual([]);
  });

  it('takes everything after a comment marker near the end, comments included', () => {
    const text = `${P}\n\n${P} More.\n\n3 Comments\n\nJohn says: 29 is not enough, they should send 100.\n\nMaria says: agreed`;
    const start = text.indexOf('3 Comments');
    expect(findFurniture(text)).toEqual([{ start, end: text.length, reason: 'comment section; end-of-page block after "3 Comments"' }]);
  });

  it('does not take a marker in the first third of the text for the end of the page', () => {
    const text = `Comments (2)\n\n${P}\n\n${P} More.\n\n${P} Again.`;
    expect(findFurniture(text)).toEqual([{ start: 0, end: 12, reason: 'comment section' }]);
  });

  it('takes a "Related" list only when what follows is headlines, not more of the article', () => {
    const headlines = `${P}\n\n${P} More.\n\nRelated\n\nFentanyl deaths fell 10% in 2024\nSinaloa cartel split into 2 factions`;
    expect(findFurniture(headlines)).toEqual([
      { start: headlines.indexOf('Related'), end: headlines.length, reason: 'related-articles list; end-of-page block after "Related"' },
    ]);
    const article = `${P}\n\n${P} More.\n\nRelated\n\n${`${P} `.repeat(3)}`;
    expect(findFurniture(article)).toEqual([{ start: article.indexOf('Related'), end: article.indexOf('Related') + 7, reason: 'related-articles list' }]);
  });

  it('finds nothing in an empty or blank text', () => {
    expect(findFurniture('')).toEqual([]);
    expect(findFurniture(' \n\n ')).toEqual([]);
  });

  it('accepts an extended pattern table, even with global patterns', () => {
    const text = `${P}\n\nPAID POST\n\n${P} More.\n\nPAID POST\n\n${P} Again.`;
    const table = [{ pattern: /^PAID POST$/g, reason: 'advert', mark: 'line' as const }];
    const second = text.lastIndexOf('PAID POST');
    expect(findFurniture(text, table)).toEqual([
      { start: P.length + 2, end: P.length + 11, reason: 'advert' },
      { start: second, end: second + 9, reason: 'advert' },
    ]);
  });
});
