import { removeFurniture } from './clean.js';
import { type FurnitureModel, readWithModel } from './learned/model.js';
import { SHIPPED_FURNITURE_MODEL } from './learned/shipped.js';
import { clearStylingClasses } from './styling.js';
import { findAbstract, withAbstract } from './abstract.js';
import { unwrapIconCallouts } from './callouts.js';
import { findDiscussion } from './discussion.js';
import { isAttached, squash, type DomDocument, type DomElement, type ParseHtml } from './dom.js';
import { MAX_ARTICLE_TEXT_WORK } from '../limits.js';
import type { ReadWarning } from '../types.js';
import { guardMarkup } from './guard.js';
import { markCodeListings } from './code-listings.js';
import { keepStyledLines } from './white-space.js';
import { headline, proseHeadline, scholarlyTitle, shownTitlePart, titleLeadH1 } from './headline.js';
import { findMessageList } from './message-list.js';
import { labelledTitle, removePostHeaders } from './post-headers.js';
import { readProsePre } from './prose-pre.js';
import { findTimeline, timelineAfterCleaning } from './timeline.js';
import { documentTitle, removeSectionKicker, removeSiteNameHeading, removeTitleEchoes, removeTitlePrefixes } from './site-header.js';
import { findStandfirst, withStandfirst } from './standfirst.js';
import { siteNameCandidates, withoutSiteNameLines } from './site-name-lines.js';
import { withoutRepeatedRuns } from './repeated-runs.js';
import { toMarkdown } from './to-markdown.js';
import { removeChapterLines } from './video-page.js';
import { collapseWrapperChains, readBuilderWidgets, unwrapHeadings } from './wrappers.js';
import { postRun, runWhenPartial, sectionPage, soleArticle, wholeWhenPartial } from './whole-article.js';
import { postOverReplies, withPostWhenMissed } from './post-over-replies.js';
import { keyPointsLists, withKeyPoints, type KeyPointsList } from './key-points.js';
import { leadParagraphs, withLeadParagraphs, type LeadParagraphs } from './lead-paragraphs.js';
import { dataTableAnchors, withDataTables, type DataTableAnchor } from './data-tables.js';
import { runBlockAnchors } from './run-blocks.js';
import { withoutNameLines } from './name-lines.js';
import { readArticle } from './readability-run.js';
import { isCookiePolicyTitle } from './cookie-policy.js';
import { firstLineTitle, posterNames, unheadPosts, withoutLeadingSymbols, withoutPosterHeadings } from './poster-title.js';

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
  /** Lines of `text` that read like page furniture without being surely so (learned/model.ts): not for a summary to pick. */
  doubtful?: readonly string[];
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
export function extractArticleWith(html: string, parse: ParseHtml, model: FurnitureModel | null = SHIPPED_FURNITURE_MODEL): ExtractedArticle {
  if (guardMarkup(html).textWork > MAX_ARTICLE_TEXT_WORK) return readWhole(parse(html));
  const doc = removeTitlePrefixes(unheadPosts(parse(html)));
  const docTitle = squash(doc.title);
  const lang = doc.documentElement.getAttribute('lang') ?? undefined;
  const [shownTitle, pageText, siteNames] = [shownTitlePart(doc), squash(doc.body?.textContent ?? ''), siteNameCandidates(doc)] as const;
  const scholarly = scholarlyTitle(doc);
  const leadingH1 = titleLeadH1(doc);
  const labelled = labelledTitle(doc);
  const posters = posterNames(doc);
  // text set in <pre> becomes paragraphs first: a bug's comments in <pre> are its thread's prose
  readProsePre(doc);
  markCodeListings(doc);
  keepStyledLines(doc);
  const discussion = findDiscussion(doc);
  const timeline = findTimeline(doc);
  removeFurniture(doc);
  removePostHeaders(doc, labelled);
  const pageTitle = removeSiteNameHeading(doc) ?? scholarly ?? headline(doc) ?? leadingH1 ?? labelled ?? documentTitle(doc) ?? proseHeadline(doc);
  removeSectionKicker(doc);
  removeTitleEchoes(doc, pageTitle);
  const [standfirst, abstract] = [findStandfirst(doc), findAbstract(doc)];
  readBuilderWidgets(doc);
  clearStylingClasses(doc);
  collapseWrapperChains(doc);
  unwrapIconCallouts(doc);
  unwrapHeadings(doc);
  // a thread is read whole (discussion.ts); Readability picks one block of an article
  // (a thread inside a subtree the furniture pass removed, as a <noscript> crawler copy, is gone with it: round 27)
  const thread =
    (discussion?.thread !== undefined && isAttached(discussion.thread) ? discussion.thread : undefined) ??
    findMessageList(doc) ??
    timelineAfterCleaning(doc, timeline);
  const sole = thread !== undefined ? undefined : soleArticle(doc);
  const run = thread !== undefined || sole !== undefined ? undefined : postRun(doc);
  // (a thread read from its dated rows may be the replies without the post above them: Misskey's note; round 38)
  const replies = sole !== undefined || run !== undefined ? undefined : postOverReplies(doc);
  const [lead, points, article, tables, sections] = thread !== undefined ? [undefined, [], null, [], undefined] : readBody(doc);
  // Readability edits the document it reads: the fallback re-reads the cleaned page; tables go back after the fallbacks chose
  const picked = thread ?? runWhenPartial(wholeWhenPartial(article?.content, sole ?? sections), run);
  const content = withDataTables(withPostWhenMissed(picked, replies) ?? fallbackBody(html, parse), article?.content, tables);
  let text = withLeadParagraphs(withKeyPoints(markdownOf(content, thread !== undefined || run !== undefined || replies !== undefined), points), lead);
  const post = quotedPost(docTitle, text);
  const threadTitle = thread !== undefined ? shownTitle : undefined;
  // a heading the <title> does not name gives way to the quoted post's first line (X's hidden "Conversation" <h1>; round 35)
  const named = pageTitle !== undefined && (post === undefined || docTitle.toLowerCase().includes(pageTitle.toLowerCase())) ? pageTitle : undefined;
  const found = squash(named ?? (post === undefined ? (shownOver(article?.title, shownTitle, pageText) ?? threadTitle) : post.title) ?? '') || undefined;
  // a poster's name where a title would be (a social post's og:title) is a byline: the post's first line is the title
  if (pageTitle !== undefined && named === undefined) text = withoutPosterHeadings(text, new Set([squash(pageTitle).toLowerCase()]));
  const byPoster = found !== undefined && posters.has(found.toLowerCase());
  const title = byPoster ? firstLineTitle(text) : found;
  if (byPoster) text = withoutPosterHeadings(text, posters);
  const learned = readWithModel(framed(text, { abstract, standfirst, title, siteNames }), model);
  return {
    ...learned,
    ...(title === undefined ? {} : { title }),
    ...(article?.byline ? { byline: squash(article.byline) } : {}),
    ...(lang === undefined || lang === '' ? {} : { lang }),
  };
}

/** The text framed for reading: bylines left as lines out, its abstract and standfirst over it, the title first, site-name lines out. */
function framed(
  text: string,
  parts: {
    abstract: Parameters<typeof withAbstract>[1];
    standfirst: Parameters<typeof withStandfirst>[1];
    title: string | undefined;
    siteNames: Parameters<typeof withoutSiteNameLines>[1];
  },
): string {
  return withoutSiteNameLines(
    withTitle(withStandfirst(withAbstract(withoutNameLines(text, isCookiePolicyTitle(parts.title ?? '')), parts.abstract), parts.standfirst), parts.title),
    parts.siteNames,
    parts.title,
  );
}

/** The content as Markdown, a video's chapter lines out; in a thread, a reply's copies read once (repeated-runs.ts). */
function markdownOf(content: DomElement | null, isThread: boolean): string {
  const markdown = content === null ? '' : removeChapterLines(toMarkdown(content));
  return isThread ? withoutRepeatedRuns(markdown) : markdown;
}

/**
 * Readability's article of `doc` and the blocks it may leave out, taken first: lead paragraphs, key points, data tables and blocks of
 * runs (put back later), and the page's sections (read whole when Readability's pick holds less than most of them).
 */
function readBody(doc: DomDocument): [LeadParagraphs | undefined, KeyPointsList[], ReturnType<typeof readArticle>, DataTableAnchor[], DomElement | undefined] {
  const [lead, points, tables, sections] = [leadParagraphs(doc), keyPointsLists(doc), [...dataTableAnchors(doc), ...runBlockAnchors(doc)], sectionPage(doc)];
  return [lead, points, readArticle(doc), tables, sections];
}

/** A social post's <title>: the author, maybe "on" the network, then the post's opening in quotes ('Ann Lee: "Notes from…" - Fen Social'). */
const POST_TITLE = /^[^:"“]{1,80}:\s*["“](.{10,}?)(?:…|\.\.\.)?["”]/;
const POST_TITLE_MAX_CHARS = 160;
/** The post's first line is looked for among the text's first lines. */
const POST_LINE_SEARCH = 3;

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
  if (quote === undefined) return undefined;
  const quoted = squash(quote).toLowerCase();
  // (the <title> may quote more than the first line: X's quotes the first post's two lines and its emoji; and a line may come
  // before the post: Substack's publication name under the poster's; round 35)
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const at = lines.slice(0, POST_LINE_SEARCH).findIndex((l) => {
    const line = squash(l).toLowerCase();
    return line.length >= 10 && (line.startsWith(quoted) || quoted.startsWith(line));
  });
  const first = lines[at];
  // (a long first line is no title; below another line, it says nothing of the title either)
  if (first === undefined || (at > 0 && first.length > POST_TITLE_MAX_CHARS)) return undefined;
  return { title: first.length <= POST_TITLE_MAX_CHARS ? squash(first) : undefined };
}

function fallbackBody(html: string, parse: ParseHtml): DomElement | null {
  const doc = parse(html);
  readProsePre(doc);
  markCodeListings(doc);
  keepStyledLines(doc);
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
  markCodeListings(doc);
  keepStyledLines(doc);
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
const ITEM_LABEL_START = /^\p{L}+(?:\s\p{L}+)?\s+#?\d+\s*[-–—:|]\s+/u;

/** The title as a first "# " heading, unless the text already opens with it as a heading. */
function withTitle(text: string, title: string | undefined): string {
  const lines = text.split('\n');
  const first = lines[0] ?? '';
  const m = /^#{1,6} (.*)$/.exec(first);
  if (title === undefined) return text;
  // drop a repeated title further in, as a heading (Readability keeps an <h1> that differs from
  // <title>, with its number: headline()) or as a line of its own (a thread's title set as a link)
  // (with its item label on the same line: "Bug 48213 - Printing a rotated page ..." once source line breaks are spaces; round 31)
  const isTitle = (l: string): boolean =>
    withoutLeadingSymbols(squash(l.replace(/^#+ /, '')))
      .replace(/\s+#\d+$/, '')
      .replace(ITEM_LABEL_START, '')
      // and a mail's "Re: " subject over each reply (Nabble's "Re: Reprojecting a shapefile ..."; round 33)
      .replace(/^re:\s+/i, '')
      .toLowerCase() === title.toLowerCase();
  if (m !== null && squash(m[1] ?? '').toLowerCase() === title.toLowerCase()) {
    // and its heading again below it (Lemmy's thread repeats the post's <h1> the title was read from; round 29)
    const after = lines.slice(1);
    const kept = after.filter((l) => !(/^#{1,6} /.test(l) && isTitle(l)));
    const joined = [`# ${title}`, ...kept].join('\n');
    return kept.length === after.length ? joined : joined.replace(/\n{3,}/g, '\n\n');
  }
  // and the item label on the line just before it ("Bug 48213 -" over a bug's summary, "Issue #12:")
  const rest = lines.filter((l, i) => !isTitle(l) && !(ITEM_LABEL.test(squash(l)) && isTitle(lines[i + 1] ?? '')));
  return `# ${title}\n\n${rest.join('\n').replace(/^\n+/, '')}`.replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Readability's title, unless the page never shows it and shows a longer part of the <title> (phpBB 2's "Vintage Moped Owners
 * Club :: View topic - Puch Maxi points gap ...": Readability kept the board's part, the page shows the topic in `a.maintitle`; round 41).
 */
function shownOver(readTitle: string | null | undefined, shown: string | undefined, pageText: string): string | undefined {
  if (readTitle === undefined || readTitle === null || shown === undefined) return readTitle ?? undefined;
  // (a longer part: a shorter one is the site's name or a section, "Daily Mail Online" under a headline Readability re-quoted)
  return !pageText.includes(squash(readTitle)) && shown.length > readTitle.length ? shown : readTitle;
}
