/**
 * Every size limit of the reader, in one place (issue 21: bad input is never a hang). Measured on
 * the generated pages of the README's "Large pages" table; each limit says what happens beyond it.
 */

/** Largest input read by default: 20 MiB (`ReadOptions.maxBytes`); beyond it, INPUT_TOO_LARGE. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Deepest element nesting read; browsers' own parsers flatten beyond 512, real pages stay under 100. Beyond it, INVALID_HTML. */
export const MAX_NESTING = 256;

/** Most elements read; heavy real pages have 5,000-15,000. Beyond this, parsing and scoring take seconds: INVALID_HTML. */
export const MAX_ELEMENTS = 40_000;

/**
 * Most character references ("&amp;", "&nbsp;", "&#8217;") read: the parser makes a node of each
 * before they are merged, so 500,000 took 5 s and 1 GB. Heavy real pages have a few thousand.
 * Beyond it, INVALID_HTML.
 */
export const MAX_CHARACTER_REFERENCES = 100_000;

/**
 * Most text, counted once for each element around it, that the article rules read (furniture
 * removal and Readability read each block's text, so their work grows with this). A long news or
 * reference page has 0.1-2.5 million (200 KB of text about 12 deep). Beyond it the page is read
 * whole, without them, in linear time, with the LARGE_PAGE_READ_WHOLE warning.
 */
export const MAX_ARTICLE_TEXT_WORK = 4_000_000;
