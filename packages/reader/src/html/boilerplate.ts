import { isElement, squash, type DomDocument, type DomElement } from './dom.js';
import { removeSection } from './notes.js';

/**
 * The boilerplate that closes press releases and research news (session 9, after batch 5): the
 * blocks wire services (PR Newswire, Business Wire, GlobeNewswire) and science-news sites
 * (phys.org, EurekAlert!, ScienceDaily) put under every story, whoever wrote it.
 *
 * - sections labelled "Forward-looking statements", "Safe harbor statement", "Media contact",
 *   "Investor relations", "More information", "Journal information", "Citation" or "DOI", as a
 *   heading or as a run-in label (a bold lead-in before a line break or a colon);
 * - an "About <Name>" section, when the text under it is about that name ("Fernbrook Energy
 *   designs...") and nothing but short lines or other boilerplate follows it: the company
 *   description of a release. An "About the study" section in the middle of a story stays;
 * - lines of their own in the wire and science-site shapes: "SOURCE Fernbrook Energy",
 *   "Provided by University of Northmoor", "This press release contains forward-looking
 *   statements...", "This document is subject to copyright...";
 * - a link that files a report about the page ("Report problems with this data on GitHub");
 * - notes on the page's provenance (round 24, after batch 24): where a syndicated story first ran, a station
 *   group's tagline, an archive's note on itself.
 */

/** Labels of sections that are boilerplate wherever they sit. */
const LABEL = new RegExp(
  '^(?:(?:cautionary (?:note|statement|language) (?:regarding|concerning|about|on) )?forward[- ]looking (?:statements?|information)' +
    '|safe harbou?r(?: statement)?|(?:media|press|investor|analyst)s? (?:contacts?|relations|enquiries|inquiries)|contacts?' +
    '|(?:use of |about |reconciliations? of )?non-gaap (?:financial )?(?:measures?|information|reconciliations?)' +
    String.raw`|more information|further information|journal information|journal reference|citation|doi|source(?: code)?|provided by` +
    // a paper's back matter (ScienceDirect, Springer, PLOS; round 28): who did what, interests declared, where the data are
    String.raw`|credit authorship contribution statement|declaration of competing interests?|competing interests?|data availability(?: statement)?)\s*:?$`,
  'i',
);
/**
 * Sections a plain-text series prints in every document (round 9, after batch 10's RFC and man
 * page): an RFC's "Status of This Memo", "Copyright Notice" and "Authors' Addresses", a man page
 * site's "COLOPHON" (where the page came from). Read as headings of a <pre> (text-layout.ts) or
 * of the page.
 */
const SERIES_SECTION = /^(?:status of this memo|copyright notice|authors?['’]? addresses?|colophon)$/i;
export const isSeriesBoilerplate = (heading: string): boolean => SERIES_SECTION.test(squash(heading));
/**
 * "About Fernbrook Energy", "About Acme Corp.": a name, not "About the study", nor "About This Listing" (a title-cased heading names
 * no company by "This", "These", "Our" or "Us"; round 68, after batch 223's Reverb listing), though "About This Article" is the
 * page's note on itself (wikiHow's co-author box) and goes as a company's note does.
 */
const ABOUT = new RegExp(
  String.raw`^[Aa]bout\s+((?!the\b|[Tt]his\b(?! [Aa]rticle| [Pp]age| [Pp]ost| [Ss]tory)|[Oo]ur\b|[Tt]hese\b|[Uu]s\b)` +
    String.raw`\p{Lu}[\p{L}\p{N}&.,'’-]*(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}&.,'’-]*){0,5})\s*:?$`,
  'u',
);
/** Whole-text shapes of boilerplate lines. */
const LINES: readonly RegExp[] = [
  /^SOURCE:?\s+\p{Lu}[^.!?]{0,80}\.?$/u, // PR Newswire's closing line
  /^provided by:?\s+(?:the\s+)?\p{Lu}[^!?]{0,100}$/u, // phys.org, EurekAlert!
  /^(?:this|the) (?:press|news) release (?:contains|includes|may contain)\b.{0,60}\bforward[- ]looking statements\b/i,
  /^this (?:document|article|material|content|story) is (?:subject to|protected by) copyright\b/i,
  /^(?:more information|journal information|citation|doi)\s*:/i,
  // a syndicated story's note on where it ran first (Yahoo's "This article originally appeared on <paper>: <headline>"; round 24)
  /^[Tt]his (?:article|story|post|piece) (?:was )?(?:originally|first) (?:appeared|published|posted|ran) (?:on|in) (?:the )?\p{Lu}.{0,200}$/u,
  // a station group's tagline under every syndicated story (Nexstar's "For the latest news, weather, sports, and streaming video, head to ...")
  /^for the latest news, weather,? sports,? and streaming video, head to\b.{0,80}$/i,
  // an archive's note on itself (zulip-archive's "This is a public archive of the ... chat. ... To reply, open the message on Zulip.")
  /^this is (?:a|an|the) (?:public |read-only |static )?archive of\b.{0,200}$/i,
  // a wiki project's banner on its articles ("This article is part of Project Wildmarch, a ... project that aims to ..."; round 27)
  /^this article is part of (?:the )?(?:wiki)?project\b.{0,200}$/i,
  // a translated story's note on its first language (Deutsche Welle's "This article was originally written in German."; round 25)
  /^[Tt]his (?:article|story|report) was (?:originally )?(?:written|published) in \p{Lu}\p{Ll}+\.?$/u,
  // the same note as Le Monde in English sets it ("Translation of an original article published in French on lemonde.fr; only the
  // French version is binding on the publisher."; round 29)
  new RegExp(
    String.raw`^(?:[Tt]his is an? )?(?:[Tt]ranslation|[Tt]ranslated version) of an? (?:original )?(?:article|story|report) ` +
      String.raw`(?:originally )?(?:published|written) in \p{Lu}\p{Ll}+\b.{0,160}$`,
    'u',
  ),
];
/** A link that files a report about the page ("Report problems with this compatibility data on GitHub", "Report an issue"): an action, never text. */
const REPORT_LINK = /^(?:report|flag|suggest) (?:a |an )?(?:problems?|issues?|bugs?|errors?|typos?|mistakes?|corrections?|edits?)\b.{0,70}$/i;
/**
 * Labels that head content when set as a heading: "Source" and "Contact" sections of guides, and
 * "More information" / "Further information", the last section of a support article (Microsoft's
 * Symptoms / Cause / Resolution / More information; round 11, after batch 12's Learn page). As a
 * run-in label ("More information: <citation>") they stay boilerplate.
 */
const KEPT_HEADING = /^(?:source(?: code)?|contacts?|more information|further information)\s*:?$/i;
const LINE_MAX_CHARS = 600;
const BLOCKS = 'p, div, li, small, section, dd';

/** Removes the closing boilerplate of releases and research news from `doc` in place. */
export function removeBoilerplate(doc: DomDocument): void {
  const subjects = pageSubjects(doc);
  for (const el of lineBlocks(doc)) {
    const text = squash(el.textContent);
    const label = runInLabel(el);
    if ((label !== undefined && isBoilerplateLabel(el, label, text.slice(label.length), subjects)) || LINES.some((re) => re.test(text))) {
      // a label set as a bold paragraph of its own heads the paragraph under it (round 12: GlobeNewswire's "Non-GAAP Financial Measures")
      const under = label === text && LABEL.test(label) && !KEPT_HEADING.test(label) ? nextElement(el) : null;
      if (under !== null && under.tagName === 'P' && squash(under.textContent).length <= LINE_MAX_CHARS) under.remove();
      el.remove();
    }
  }
  // "About <Name>" set as a bold paragraph of its own, a heading in all but tag (round 11: PR Newswire's <p><b>About ...</b></p>),
  // once the labelled sections after it are gone (round 12: a release's About before its Non-GAAP note)
  for (const el of lineBlocks(doc)) {
    const label = runInLabel(el);
    if (label === squash(el.textContent) && aboutName(label, subjects) !== undefined && aboutSectionCloses(el, label, subjects))
      for (const gone of [nextElement(el), el]) gone?.remove();
  }
  for (const a of Array.from(doc.querySelectorAll('a'))) if (REPORT_LINK.test(squash(a.textContent))) a.remove();
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6'))) {
    if (h.parentNode === null) continue;
    const label = squash(h.textContent);
    const about = aboutName(label, subjects) !== undefined && aboutSectionCloses(h, label, subjects);
    if ((LABEL.test(label) && !KEPT_HEADING.test(label)) || about || isSeriesBoilerplate(label)) removeSection(h);
  }
}

/** Blocks of up to LINE_MAX_CHARS with no paragraph, list, table or heading inside, still on the page. */
function* lineBlocks(doc: DomDocument): Generator<DomElement> {
  for (const el of Array.from(doc.querySelectorAll(BLOCKS))) {
    if (el.parentNode === null) continue;
    const text = squash(el.textContent);
    if (text.length > 0 && text.length <= LINE_MAX_CHARS && el.querySelectorAll('p, li, table, h2, h3, h4').length === 0) yield el;
  }
}

/** The bold lead-in of a block ("<b>Media Contact</b><br>...", "<strong>More information:</strong> ..."), when it has one. */
export function runInLabel(el: DomElement): string | undefined {
  const first = Array.from(el.childNodes).find((n) => isElement(n) || squash(n.textContent) !== '');
  if (first === undefined || !isElement(first) || !/^(?:B|STRONG)$/.test(first.tagName)) return undefined;
  const label = squash(first.textContent);
  let next = first.nextSibling;
  while (next !== null && !isElement(next) && squash(next.textContent) === '') next = next.nextSibling;
  const closed = label.endsWith(':') || next === null || (isElement(next) && next.tagName === 'BR');
  return closed && label.length > 0 && label.length <= 80 ? label : undefined;
}

function isBoilerplateLabel(el: DomElement, label: string, rest: string, subjects: ReadonlySet<string>): boolean {
  if (LABEL.test(label)) return true;
  const name = aboutName(label, subjects);
  return name !== undefined && describes(rest, name) && closesArticle(el);
}

/**
 * The name an "About <Name>" label introduces, unless it is the page's own subject: an artist page's "About Fernhill Static" under
 * its <h1> "Fernhill Static" is the page's text, not a release's closing note on its company (Songkick; round 65).
 */
function aboutName(label: string, subjects: ReadonlySet<string>): string | undefined {
  const name = ABOUT.exec(label)?.[1];
  return name !== undefined && subjects.has(subjectKey(name)) ? undefined : name;
}

/** The page's own subjects: the texts of its <h1>s, as subjectKey reads them. */
const pageSubjects = (doc: DomDocument): ReadonlySet<string> => new Set(Array.from(doc.querySelectorAll('h1')).map((h) => subjectKey(h.textContent)));
const subjectKey = (text: string | null): string =>
  squash(text)
    .toLowerCase()
    .replace(/[.,:]+$/, '');

/** The text under "About <Name>" is about the name: it opens with the name's first word, or "Founded in". */
function describes(text: string, name: string): boolean {
  const first = name.split(/\s+/)[0]?.replace(/[.,]$/, '') ?? '';
  return new RegExp(`^(?:${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b|founded\\b|headquartered\\b|based in\\b)`, 'i').test(text.trim());
}

/** Nothing after `el` in its parent but short lines and other boilerplate: the block is part of the page's closing notes. */
function closesArticle(el: DomElement): boolean {
  for (let n = el.nextSibling; n !== null; n = n.nextSibling) {
    if (!isElement(n)) continue;
    const text = squash(n.textContent);
    const label = runInLabel(n);
    const boilerplate = (label !== undefined && LABEL.test(label)) || LINES.some((re) => re.test(text));
    if (text.length > 200 && !boilerplate && !isFigures(n)) return false;
  }
  return true;
}

/**
 * A table of figures, or a block around one (round 12: the statement of operations an earnings
 * release sets after its boilerplate): most of its filled cells are numbers ("142,812", "(0.20)",
 * "12%"), not prose.
 */
function isFigures(el: DomElement): boolean {
  const cells = Array.from(el.querySelectorAll('td, th'))
    .map((c) => squash(c.textContent))
    .filter((t) => t !== '');
  const numbers = cells.filter((t) => /^[-–(+$€£]*\d[\d,.]*%?\)?$/.test(t)).length;
  return cells.length > 0 && numbers >= cells.length / 2;
}

/** A heading "About <Name>" whose section describes the name and closes the article. */
function aboutSectionCloses(h: DomElement, label: string, subjects: ReadonlySet<string>): boolean {
  const next = h.nextSibling === null ? null : nextElement(h);
  return next !== null && describes(squash(next.textContent), aboutName(label, subjects) ?? '') && closesArticle(next);
}

function nextElement(el: DomElement): DomElement | null {
  for (let n = el.nextSibling; n !== null; n = n.nextSibling) if (isElement(n)) return n;
  return null;
}
