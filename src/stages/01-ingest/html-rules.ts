/** Elements whose content is never article text. */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg',
  'button', 'select', 'textarea', 'object', 'embed', 'canvas', 'audio', 'video', 'math', 'title',
]);

/**
 * Dropped tags that are kept inside an `<article>`: an article's own `<header>` holds its headline, by-line
 * and date line (the furniture and date readers deal with those); a site's header is navigation.
 */
export const KEPT_INSIDE_ARTICLE: ReadonlySet<string> = new Set(['header']);

/** ARIA landmark roles that mark site chrome. */
export const DROPPED_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog',
]);

/** Elements that end a paragraph: the text before and after them is separated by a blank line. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'tfoot', 'thead', 'tr', 'ul',
]);

/**
 * Words that, as a whole part of a class or id (`comment-list` → `comment`, `list`), mark page furniture.
 * Conservative on purpose: only navigation, comments, sharing, related links and adverts.
 */
export const FURNITURE_NAME_PARTS: ReadonlySet<string> = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'comment', 'comments', 'commentlist',
  'disqus', 'share', 'sharing', 'sharedaddy', 'social', 'related', 'relatedposts', 'advert', 'adverts',
  'advertisement', 'ad', 'ads', 'adsense', 'sponsored', 'taboola', 'outbrain', 'newsletter', 'cookie',
  'cookies', 'popup', 'sidebar',
]);

/**
 * Class names that describe what a post is about, not what the element is (WordPress writes
 * `category-social`, `tag-related` on the article): never read as furniture markers.
 */
export const TAXONOMY_CLASS = /^(?:category|tag|post_tag|postid|type|format|status|topic)[-_]/i;

/**
 * Elements whose class or id is never read as a furniture marker: the page and the article themselves. Inline
 * elements are not read either (only `BLOCK_TAGS` are): `<a class="related-link">` inside a sentence is part of it.
 */
export const NEVER_MARKED: ReadonlySet<string> = new Set(['html', 'body', 'article', 'main']);
