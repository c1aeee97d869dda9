/**
 * Page furniture that can be recognised line by line. Extend the table to teach claimgraph a new site's
 * furniture; `tests/stages/01-ingest/furniture.test.ts` checks that no seed sentence with a figure is caught.
 *
 * Each pattern is tried on every line (without its line break and surrounding spaces).
 * - `mark: 'line'`: the whole line is furniture when the pattern matches (most patterns are anchored `^…$`).
 * - `mark: 'match'`: only the matched characters are (a credit glued to the end of a caption).
 * - `endsArticle`: the line opens the comment or related-links block at the end of a page. When it lies after
 *   the first third of the text, everything from it to the end is furniture (see `findFurniture`).
 * - `shortLinesAfter`: for weaker end markers ("Related"): the block counts only when no later line is longer
 *   than this many characters (a list of headlines, not more of the article).
 */
export interface FurniturePattern {
  pattern: RegExp;
  reason: string;
  mark: 'line' | 'match';
  endsArticle?: boolean;
  shortLinesAfter?: number;
}

const RELATED_HEADLINES = 250;

export const FURNITURE_PATTERNS: readonly FurniturePattern[] = [
  // comment sections and forms
  { pattern: /^(?:Leave|Post|Add|Write|Submit) (?:a|your) (?:Reply|Comment|Response)\b.{0,40}$/i, reason: 'comment section', mark: 'line', endsArticle: true },
  { pattern: /^(?:Comments?|Responses?|Replies) \(\d+\)$|^\d+ (?:Comments?|Responses?|Replies)$/i, reason: 'comment section', mark: 'line', endsArticle: true },
  { pattern: /^(?:Comments|Discussion|Join the (?:conversation|discussion)|Comments are closed\.?)$/i, reason: 'comment section', mark: 'line', endsArticle: true },
  { pattern: /^Your email address will not be published\.?(?:\s*Required fields are marked \*)?$/i, reason: 'comment form', mark: 'line' },
  { pattern: /^Required fields are marked \*$/i, reason: 'comment form', mark: 'line' },
  { pattern: /^This site uses Akismet to reduce spam\.(?:\s*Learn how your comment data is processed\.)?$/i, reason: 'comment form', mark: 'line' },

  // related-links lists
  {
    pattern: /^(?:You (?:may|might) also (?:like|enjoy)|Related(?: (?:Articles?|Stories|Posts|News|Reading|Content|Coverage))?|More (?:Stories|News|from .{1,40})|Read (?:Next|More)|Recommended(?: for you)?|Most (?:Read|Popular)|Trending(?: Now)?)\s*:?$/i,
    reason: 'related-articles list',
    mark: 'line',
    endsArticle: true,
    shortLinesAfter: RELATED_HEADLINES,
  },

  // ad-blocker notices and adverts
  { pattern: /^Ad ?-?block(?:er)? Detected!?$/i, reason: 'ad-blocker notice', mark: 'line' },
  { pattern: /^(?:Please )?(?:support us by )?(?:disabl|whitelist|turn(?:ing)? off)\w*\b.{0,40}\bad ?-?blockers?\b.{0,150}$/i, reason: 'ad-blocker notice', mark: 'line' },
  { pattern: /^(?:Advertisement|Advertising|Sponsored(?: Content)?|Story continues below(?: advertisement)?)$/i, reason: 'advert', mark: 'line' },

  // sharing and following
  { pattern: /^(?:Please )?(?:follow|like|share)(?: (?:and|&) (?:follow|like|share))? (?:us|this(?: article| story)?)(?: on .{1,30})?\s*:?$/i, reason: 'share buttons', mark: 'line' },
  { pattern: /^(?:Share|Tweet|Email|Print|Pin|WhatsApp|Facebook|Twitter|LinkedIn|Reddit|Copy link)$/i, reason: 'share buttons', mark: 'line' },
  { pattern: /^(?:Subscribe|Sign up) (?:to|for) (?:our|the) (?:free )?(?:newsletter|daily|weekly)\b.{0,80}$/i, reason: 'newsletter prompt', mark: 'line' },

  // navigation
  { pattern: /^[^»›\n]{1,60}(?:\s[»›]\s[^»›\n]{1,160}){2,}$/, reason: 'breadcrumb', mark: 'line' },
  { pattern: /^Home(?:\s[>/|]\s[^>/|\n]{1,160}){2,}$/, reason: 'breadcrumb', mark: 'line' },
  { pattern: /^Skip to (?:main )?content$/i, reason: 'navigation', mark: 'line' },
  { pattern: /(?<=^|[.!?*:)\]”"]\s*)(?:Scroll|Back) to [Tt]op$/, reason: 'navigation', mark: 'match' },

  // by-lines: "by James Carter Senior News Editor", "Story by Brian Burns" (names carry no claims)
  {
    pattern: /^(?=.{0,100}$)(?:(?:Story|Words|Written|Reporting|Text)\s+)?[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|of|the))+$/u,
    reason: 'by-line',
    mark: 'line',
  },

  // photo credits and copyright notices: only the credit, the caption may carry facts
  { pattern: /©\s*[^\n©]{1,80}$/, reason: 'photo credit or copyright notice', mark: 'match' },
  { pattern: /\((?:(?:AP|AFP|EPA|Reuters) Photo|Photo(?: by|:)|Getty Images|Image:)[^()\n]{0,60}\)/, reason: 'photo credit', mark: 'match' },
  { pattern: /^(?:Photo|Image|Picture)s?(?: credit)?:\s.{1,80}$|^Credit:\s.{1,80}$/i, reason: 'photo credit', mark: 'line' },
];
