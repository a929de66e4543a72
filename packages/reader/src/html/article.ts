import { Readability } from '@mozilla/readability';
import { removeFurniture } from './clean.js';
import { clearStylingClasses } from './styling.js';
import { unwrapIconCallouts } from './callouts.js';
import { findDiscussion } from './discussion.js';
import { isElement, squash, type DomDocument, type DomElement, type ParseHtml } from './dom.js';
import { MAX_ARTICLE_TEXT_WORK } from '../limits.js';
import type { ReadWarning } from '../types.js';
import { guardMarkup } from './guard.js';
import { findMessageList } from './message-list.js';
import { labelledTitle, removePostHeaders } from './post-headers.js';
import { readProsePre } from './prose-pre.js';
import { findTimeline, timelineAfterCleaning } from './timeline.js';
import { documentTitle, removeSectionKicker, removeSiteNameHeading, removeTitleEchoes } from './site-header.js';
import { findStandfirst, withStandfirst } from './standfirst.js';
import { toMarkdown } from './to-markdown.js';
import { removeChapterLines } from './video-page.js';
import { collapseWrapperChains, unwrapHeadings } from './wrappers.js';

/** The article of a web page: its title and its text, structure kept as Markdown. */
export interface ExtractedArticle {
  title?: string;
  /** "# Title" first when there is a title, then the article's blocks. */
  text: string;
  /** The byline Readability found (kept out of `text`), for callers that show it. */
  byline?: string;
  /** The page's declared language (<html lang>), when any. */
  lang?: string;
  /** LARGE_PAGE_READ_WHOLE when the page was too large for the article rules (readWhole). */
  warning?: ReadWarning;
}

/**
 * The article of an HTML page: furniture removed (clean.ts), then Mozilla Readability (Firefox's
 * reader view) chooses the article over the DOM `parse` gives (linkedom in Node, the browser's
 * DOMParser in a page: this module imports neither); without an article (a short page, a
 * fragment) the whole cleaned body is read. The title becomes the first line, "# Title".
 *
 * A page whose text work is over MAX_ARTICLE_TEXT_WORK is read whole instead (readWhole).
 *
 * @throws ReaderError INVALID_HTML for markup nested too deep or too large (before parsing)
 */
export function extractArticleWith(html: string, parse: ParseHtml): ExtractedArticle {
  if (guardMarkup(html).textWork > MAX_ARTICLE_TEXT_WORK) return readWhole(parse(html));
  const doc = parse(html);
  const docTitle = squash(doc.title);
  const lang = doc.documentElement.getAttribute('lang') ?? undefined;
  const shownTitle = shownTitlePart(doc);
  const scholarly = scholarlyTitle(doc);
  const leadingH1 = titleLeadH1(doc);
  const labelled = labelledTitle(doc);
  // text set in <pre> becomes paragraphs first: a bug's comments in <pre> are its thread's prose
  readProsePre(doc);
  const discussion = findDiscussion(doc);
  const timeline = findTimeline(doc);
  removeFurniture(doc);
  removePostHeaders(doc, labelled);
  const pageTitle = removeSiteNameHeading(doc) ?? scholarly ?? headline(doc) ?? leadingH1 ?? labelled ?? documentTitle(doc) ?? proseHeadline(doc);
  removeSectionKicker(doc);
  removeTitleEchoes(doc, pageTitle);
  const standfirst = findStandfirst(doc);
  clearStylingClasses(doc);
  collapseWrapperChains(doc);
  unwrapIconCallouts(doc);
  unwrapHeadings(doc);
  // a thread is read whole (discussion.ts); Readability picks one block of an article
  const thread = (discussion?.thread?.parentNode === null ? undefined : discussion?.thread) ?? findMessageList(doc) ?? timelineAfterCleaning(doc, timeline);
  const article = thread !== undefined ? null : readArticle(doc);
  // Readability edits the document it reads: the fallback re-reads the cleaned page
  const content = thread ?? article?.content ?? fallbackBody(html, parse);
  let text = content === null ? '' : removeChapterLines(toMarkdown(content));
  const post = quotedPost(docTitle, text);
  const threadTitle = thread !== undefined ? shownTitle : undefined;
  const title = squash(pageTitle ?? (post === undefined ? (article?.title ?? threadTitle) : post.title) ?? '') || undefined;
  text = withTitle(withStandfirst(text, standfirst), title);
  return {
    text,
    ...(title === undefined ? {} : { title }),
    ...(article?.byline ? { byline: squash(article.byline) } : {}),
    ...(lang === undefined || lang === '' ? {} : { lang }),
  };
}

/**
 * Readability's article, with one of its steps narrowed (round 26, after batch 26's Hexo post): it drops every <h1> and <h2> whose
 * words are mostly the title's ("Why a thin client" under "Running Gitea on a secondhand thin client": 82 % of its characters are
 * in title words), a section heading as often as an echo. Here such a heading goes only when it also holds half the title or
 * more (an echo: "27.4. Replication Slot Monitoring" under "PostgreSQL: Documentation: 17: 27.4. Replication Slot Monitoring").
 */
function readArticle(doc: DomDocument): ReturnType<Readability<DomElement>['parse']> {
  return new EchoReadability(doc as never, { serializer: (el: unknown) => el as DomElement, charThreshold: 300 }).parse();
}
class EchoReadability extends Readability<DomElement> {
  declare _articleTitle: string | undefined;
  _headerDuplicatesTitle(node: DomElement): boolean {
    const [heading, title] = [squash(node.textContent), this._articleTitle ?? ''];
    return /^H[12]$/.test(node.tagName) && similarity(title, heading) > ECHO_SIMILARITY && similarity(heading, title) >= ECHO_COVER;
  }
}
const ECHO_SIMILARITY = 0.75;
const ECHO_COVER = 0.5;

/** Readability's `_textSimilarity`: the share of `b`'s characters in words that `a` has too. */
function similarity(a: string, b: string): number {
  const words = (t: string) =>
    t
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w !== '');
  const inA = new Set(words(a));
  const wordsB = words(b);
  if (inA.size === 0 || wordsB.length === 0) return 0;
  const unique = wordsB.filter((w) => !inA.has(w)).join(' ').length;
  return 1 - unique / wordsB.join(' ').length;
}

/**
 * The page's headline: the single <h1> if there is one (what the reader sees), else undefined
 * (Readability's title). A label before a colon that the <title> leaves out ("Thread: ...",
 * "Topic: ...") is not part of it, nor a number after it ("#2817" on GitHub, Jira, Trac).
 */
function headline(doc: DomDocument): string | undefined {
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => squash(h.textContent))
    .filter((t) => t.length > 0);
  if (h1s.length !== 1) return titledHeadline(h1s, squash(doc.title));
  // an <h1> the <title> does not name, over an <h2> that is the <title> whole: an office's or a section's name over the document's
  // own title (the National Weather Service's "Duluth, MN" over "Area Forecast Discussion - ..."; round 26)
  const docTitle = squash(doc.title).toLowerCase();
  const titled = Array.from(doc.querySelectorAll('h2')).find((h) => squash(h.textContent).toLowerCase() === docTitle);
  if (titled !== undefined && docTitle.length >= 10 && !docTitle.includes((h1s[0] ?? '').toLowerCase())) return squash(titled.textContent);
  // an <h1> that is the <title>'s last part is the site's name (a forum's, a logo), not the headline
  const site = /^(.+)\s+[-|·–—»:]\s+([^-|·–—»:]+)$/.exec(squash(doc.title));
  if (site?.[1] !== undefined && squash(site[2] ?? '').toLowerCase() === (h1s[0] ?? '').toLowerCase()) return site[1];
  // a label of one or two words ("Thread:", "Re:"), not a headline's own first part ("From lawn to meadow: how we ...")
  const labelled = /^[^:\s]{1,20}(?:\s[^:\s]{1,20})?:\s+(.+)$/.exec(h1s[0] ?? '');
  if (labelled?.[1] !== undefined && squash(doc.title).toLowerCase().startsWith(labelled[1].toLowerCase())) return labelled[1];
  // an issue's or ticket's number after the headline ("... after upgrading to 4.2 #2817"), which the <title> puts elsewhere
  const numbered = /^(.+?)\s+#\d+$/.exec(h1s[0] ?? '');
  return numbered?.[1] !== undefined && squash(doc.title).toLowerCase().startsWith(numbered[1].toLowerCase()) ? numbered[1] : h1s[0];
}

/**
 * Of several <h1>s (a docs site's "Documentation" banner, a hidden footer title, the page's own), the one that is a part of
 * the <title> between its separators ("Connection pooling | Django documentation | Django"; round 20), when exactly one is.
 */
function titledHeadline(h1s: readonly string[], title: string): string | undefined {
  const parts = new Set(title.split(/\s+[-|·–—]\s+|:\s+/).map((p) => p.trim().toLowerCase()));
  const named = h1s.filter((h) => h.length >= 3 && parts.has(h.toLowerCase()));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Of several <h1>s none of which the <title> names, and no title found otherwise, the one straight before the page's first
 * paragraph of prose
 * (round 24, after batch 24's Hugging Face model card: the repository header's "fernhill / tidepool-sentiment" and its buttons,
 * then the card's own "Tidepool Sentiment" over its opening paragraph).
 */
function proseHeadline(doc: DomDocument): string | undefined {
  if (doc.querySelectorAll('h1').length < 2) return undefined;
  // the first paragraph of prose on the page, and the <h1> straight before it (not a section's, as Wiki.js sets them in <h1>s)
  const first = Array.from(doc.querySelectorAll('p')).find((p) => PROSE_PARAGRAPH.test(squash(p.textContent)));
  const siblings = Array.from(first?.parentNode?.childNodes ?? []);
  const before = siblings.slice(0, first === undefined ? 0 : siblings.indexOf(first)).findLast((n) => squash(n.textContent) !== '');
  return before !== undefined && isElement(before) && before.tagName === 'H1' ? squash(before.textContent) || undefined : undefined;
}
const PROSE_PARAGRAPH = /^.{40,}[.!?]["'”’)]*$/;

/**
 * An <h1> whose text is the <title>'s first part, read before the furniture pass (round 23, after batch 23's Wikivoyage page: its
 * h1s sit in a hidden header and a "noprint" banner): the headline when no <h1> is left; a site's name is the <title>'s last part.
 */
function titleLeadH1(doc: DomDocument): string | undefined {
  const first = (squash(doc.title).split(/\s+[-|·–—]\s+/)[0] ?? '').toLowerCase();
  return Array.from(doc.querySelectorAll('h1'))
    .map((h) => squash(h.textContent))
    .find((t) => t.length >= 3 && t.toLowerCase() === first && t.toLowerCase() !== squash(doc.title).toLowerCase());
}

/** Metadata names of a document's own title: Highwire Press (Google Scholar's citation_*) and Dublin Core. */
const TITLE_META = new Set(['citation_title', 'dc.title']);

/**
 * A scholarly page's title as its metadata gives it (round 9, after batch 9's arXiv page: three
 * <h1>s, a "Title:" label in the one that is the paper's, the id before it in the <title>):
 * `citation_title`, which Google Scholar reads, or Dublin Core's `DC.title`, when the page shows it.
 * Read before the furniture pass (round 11, after batch 12's court opinion, whose caption box
 * holding the title is furniture): the page as served shows it.
 */
function scholarlyTitle(doc: DomDocument): string | undefined {
  const meta = Array.from(doc.querySelectorAll('meta[name]')).find((m) => TITLE_META.has((m.getAttribute('name') ?? '').toLowerCase()));
  const title = squash(meta?.getAttribute('content') ?? '');
  return title !== '' && squash(doc.body?.textContent ?? '').includes(title) ? title : undefined;
}

/**
 * The part of the <title> the page shows (round 9, after batch 10's Lobsters and Bugzilla
 * threads; round 12, a status page's timeline, "Hookline Status - Delayed webhook ..."): a
 * thread read whole has no Readability title, and its page no <h1>, but the <title>
 * names it beside the site or the bug number ("48213 – Printing a rotated page...", "SQLite
 * VACUUM made... | Lobsters"): its longest part that some element's text is.
 */
function shownTitlePart(doc: DomDocument): string | undefined {
  const parts = squash(doc.title)
    .split(/\s+[-|·–—»]\s+|\s+:\s+/)
    .filter((p) => p.length >= 10)
    .sort((a, b) => b.length - a.length);
  const body = squash(doc.body?.textContent ?? '');
  if (!parts.some((p) => body.includes(p))) return undefined;
  // phrase-level elements, and <div>s with none inside (a status page's incident name; round 12): a <div>'s text holds its whole subtree
  const elements = Array.from(doc.querySelectorAll('body a, body span, body td, body p, body h2, body h3, body div'));
  const shown = new Set(elements.filter((el) => el.tagName !== 'DIV' || el.children.length === 0).map((el) => squash(el.textContent)));
  return parts.find((p) => shown.has(p));
}

/** A social post's <title>: the author, maybe "on" the network, then the post's opening in quotes ('Ann Lee: "Notes from…" - Fen Social'). */
const POST_TITLE = /^[^:"“]{1,80}:\s*["“](.{10,}?)(?:…|\.\.\.)?["”]/;
const POST_TITLE_MAX_CHARS = 160;

/**
 * A social post page (round 8, after batch 9's Mastodon thread): Mastodon, X, Bluesky and Threads
 * title it with the author's name and the post's opening in quotes, and their og:title is the
 * author ("Harriet Oduya (@hoduya@fen.social)"), a byline Readability took for the title. The
 * post has no headline: its first line is the title when short (a thread's "Notes from ... A
 * thread."), else there is none. Undefined when the <title> is no post's or the text does not
 * open with the quote.
 */
function quotedPost(docTitle: string, text: string): { title: string | undefined } | undefined {
  const quote = POST_TITLE.exec(docTitle)?.[1];
  const first = text.split('\n').find((l) => l.trim() !== '' && !l.startsWith('#'));
  if (quote === undefined || first === undefined || !squash(first).toLowerCase().startsWith(squash(quote).toLowerCase())) return undefined;
  return { title: first.length <= POST_TITLE_MAX_CHARS ? squash(first) : undefined };
}

function fallbackBody(html: string, parse: ParseHtml): DomElement | null {
  const doc = parse(html);
  readProsePre(doc);
  findDiscussion(doc);
  removeFurniture(doc);
  return doc.body;
}

/** What a page without furniture rules drops: scripts, styles, media, controls, navigation. */
const WHOLE_DROP = 'script, style, noscript, template, svg, canvas, iframe, object, embed, video, audio, button, input, select, textarea, nav, dialog';

/**
 * A page too large for the article rules (issue 21: 5 MB of text took 5 s, 250 nested <div>s
 * around 700 KB took 25 s, as each rule reads every block's text): its whole body, scripts,
 * navigation and controls aside, <pre> prose as paragraphs, in linear time. Its furniture (menus,
 * footers) stays: the LARGE_PAGE_READ_WHOLE warning says so.
 */
function readWhole(doc: DomDocument): ExtractedArticle {
  readProsePre(doc);
  for (const el of Array.from(doc.querySelectorAll(WHOLE_DROP))) el.remove();
  const h1s = Array.from(doc.querySelectorAll('h1'));
  const title = squash(h1s.length === 1 ? (h1s[0]?.textContent ?? '') : doc.title) || undefined;
  const lang = doc.documentElement.getAttribute('lang') ?? '';
  const message =
    `The web page is too large for the article rules (more than ${MAX_ARTICLE_TEXT_WORK.toLocaleString('en')} characters of text, ` +
    `counted once per element around them), so all its text was read, menus and footers too; to leave them out, save only the article ` +
    `(for example with the browser's reader view).`;
  return {
    text: withTitle(doc.body === null ? '' : toMarkdown(doc.body), title),
    ...(title === undefined ? {} : { title }),
    ...(lang === '' ? {} : { lang }),
    warning: { code: 'LARGE_PAGE_READ_WHOLE', message },
  };
}

/** A tracker item's label set before its title: a word or two and a number, then a separator. */
const ITEM_LABEL = /^\p{L}+(?:\s\p{L}+)?\s+#?\d+\s*[-–—:|]$/u;

/** The title as a first "# " heading, unless the text already opens with it as a heading. */
function withTitle(text: string, title: string | undefined): string {
  const lines = text.split('\n');
  const first = lines[0] ?? '';
  const m = /^#{1,6} (.*)$/.exec(first);
  if (title === undefined) return text;
  if (m !== null && squash(m[1] ?? '').toLowerCase() === title.toLowerCase()) {
    return [`# ${title}`, ...lines.slice(1)].join('\n');
  }
  // drop a repeated title further in, as a heading (Readability keeps an <h1> that differs from
  // <title>, with its number: headline()) or as a line of its own (a thread's title set as a link)
  const isTitle = (l: string): boolean =>
    squash(l.replace(/^#+ /, ''))
      .replace(/\s+#\d+$/, '')
      .toLowerCase() === title.toLowerCase();
  // and the item label on the line just before it ("Bug 48213 -" over a bug's summary, "Issue #12:")
  const rest = lines.filter((l, i) => !isTitle(l) && !(ITEM_LABEL.test(squash(l)) && isTitle(lines[i + 1] ?? '')));
  return `# ${title}\n\n${rest.join('\n').replace(/^\n+/, '')}`.replace(/\n{3,}/g, '\n\n').trim();
}
