import { isElement, squash, type DomDocument } from './dom.js';
import { isProseLine } from './sentences.js';

/** A site's name set as the <h1> has at most this many words. */
const SITE_NAME_MAX_WORDS = 5;
/** How long the first paragraph of prose under a headline is, at least. */
const PROSE_PARAGRAPH_MIN_CHARS = 40;

/**
 * The page's headline, as the reader's rules read it from the <h1>s, the <h2>s, the <title> and the metadata (each rule with
 * its round): article.ts tries them in turn.
 */

/**
 * The page's headline: the single <h1> if there is one (what the reader sees), else undefined
 * (Readability's title). A label before a colon that the <title> leaves out ("Thread: ...",
 * "Topic: ...") is not part of it, nor a number after it ("#2817" on GitHub, Jira, Trac).
 */
export function headline(doc: DomDocument): string | undefined {
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => squash(h.textContent))
    .filter((t) => t.length > 0);
  // no <h1> left: an <h2> that is the <title>'s first part (TiddlyWiki's tiddler title under "... — Workbench: notes"; round 27)
  if (h1s.length === 0) return titledH2(doc);
  if (h1s.length !== 1) return titledHeadline(h1s, squash(doc.title)) ?? titleBox(doc);
  // an <h1> the <title> does not name, over an <h2> that is the <title> whole: an office's or a section's name over the document's
  // own title (the National Weather Service's "Duluth, MN" over "Area Forecast Discussion - ..."; round 26)
  const docTitle = squash(doc.title).toLowerCase();
  // (or an <h3> that is the <title>'s first part: Kaggle's competition name in the <h1> over the topic's "3rd place solution: ..."
  // <h3>, under "3rd place solution: ... | Kaggle"; round 34)
  const firstPart = docTitle.split(/\s+[-|·–—»]\s+/)[0] ?? '';
  const titled = Array.from(doc.querySelectorAll('h2, h3')).find((h) => {
    const text = squash(h.textContent).toLowerCase();
    return text === docTitle || (h.tagName === 'H3' && text === firstPart && firstPart.length >= 20);
  });
  if (titled !== undefined && docTitle.length >= 10 && !docTitle.includes((h1s[0] ?? '').toLowerCase())) return squash(titled.textContent);
  // an <h1> that is the <title>'s last part is the site's name (a forum's, a logo), not the headline
  // (a name is short, and shorter than the rest: Nabble's "Fernbrake GIS - Users - Reprojecting a shapefile shifts ..." puts its
  // topic last, and its <h1> is that topic; round 33)
  const site = /^(.+)\s+[-|·–—»:]\s+([^-|·–—»:]+)$/.exec(squash(doc.title));
  const named = site?.[1] !== undefined && isSiteName(h1s[0] ?? '', site[1]);
  // (after a community's prefix too: old Reddit's "<thread> : r/copperware" over the sidebar's <h1>copperware</h1>; round 77)
  const siteName = squash(site?.[2] ?? '')
    .toLowerCase()
    .replace(/^[a-z]{1,2}\//, '');
  if (named && site?.[1] !== undefined && siteName === (h1s[0] ?? '').toLowerCase()) return site[1];
  // a label of one or two words ("Thread:", "Re:"), not a headline's own first part ("From lawn to meadow: how we ...")
  const labelled = /^[^:\s]{1,20}(?:\s[^:\s]{1,20})?:\s+(.+)$/.exec(h1s[0] ?? '');
  if (labelled?.[1] !== undefined && squash(doc.title).toLowerCase().startsWith(labelled[1].toLowerCase())) return labelled[1];
  // a thread prefix set before the headline in the <h1> and left out of the <title> (XenForo's <span class="label">Air source</span>
  // before "Heat pump short cycling ..."; round 29): a label of up to three words
  // (not the site's name the <title> gives as another part: "Tallybird Terms of Service" under "Terms of Service | Tallybird")
  const titleParts = squash(doc.title)
    .toLowerCase()
    .split(/\s+[-|·–—»]\s+/);
  const lead = titleParts[0] ?? '';
  const h1 = h1s[0] ?? '';
  const prefix = h1.slice(0, h1.length - lead.length).trim();
  const isLabel = prefix !== '' && prefix.split(' ').length <= 3 && !titleParts.includes(prefix.toLowerCase());
  if (lead.length >= 10 && h1.toLowerCase().endsWith(lead) && isLabel) return h1.slice(h1.length - lead.length);
  // an issue's or ticket's number after the headline ("... after upgrading to 4.2 #2817"), which the <title> puts elsewhere
  const numbered = /^(.+?)\s+#\d+$/.exec(h1s[0] ?? '');
  return numbered?.[1] !== undefined && squash(doc.title).toLowerCase().startsWith(numbered[1].toLowerCase()) ? numbered[1] : h1s[0];
}

function titledH2(doc: DomDocument): string | undefined {
  // a kicker and a headline set as two lines of one <h2>, the <title> joining them with a colon (Spiegel International's "Rural
  // Germany: The Village That Bought ..." over <h2><span>Rural Germany</span><span>The Village ...</span></h2>; round 30)
  const [kicker, rest] = (squash(doc.title).split(/\s+[-|·–—»]\s+/)[0] ?? '').split(/:\s+/);
  if (kicker !== undefined && rest !== undefined && rest.length >= 10) {
    const joined = `${kicker} ${rest}`.toLowerCase();
    const h2 = Array.from(doc.querySelectorAll('h2')).find((h) => squash(h.textContent).toLowerCase() === joined);
    const last = h2 === undefined ? undefined : Array.from(h2.children).at(-1);
    if (last !== undefined && squash(last.textContent).toLowerCase() === rest.toLowerCase()) return squash(last.textContent);
  }
  const shown = titleBox(doc);
  if (shown !== undefined) return shown;
  const first = (squash(doc.title).split(/\s+[-|·–—»]\s+|:\s+/)[0] ?? '').toLowerCase();
  const h2 = Array.from(doc.querySelectorAll('h2')).find((h) => squash(h.textContent).toLowerCase() === first);
  if (first.length >= 10 && h2 !== undefined && first !== squash(doc.title).toLowerCase()) return squash(h2.textContent);
  // or the one <h2> named as the headline, longer than the <title>'s shortened one (Politico's `<h2 class="headline">`; round 35)
  const named = Array.from(doc.querySelectorAll('h2')).filter((h) => /(?:^|\s)headline(?:$|\s)/i.test(h.getAttribute('class') ?? ''));
  return named.length === 1 && named[0] !== undefined ? squash(named[0].textContent) || undefined : undefined;
}

/**
 * Of several <h1>s (a docs site's "Documentation" banner, a hidden footer title, the page's own), the one that is a part of
 * the <title> between its separators ("Connection pooling | Django documentation | Django"; round 20), when exactly one is.
 */
/** A site's name, not a headline: short, and shorter than the rest of the <title>. */
function isSiteName(name: string, rest: string): boolean {
  const words = (t: string): number => t.split(/\s+/).filter((w) => w !== '').length;
  return words(name) <= SITE_NAME_MAX_WORDS && words(name) < words(rest);
}

function titledHeadline(h1s: readonly string[], title: string): string | undefined {
  const list = title.split(/\s+[-|·–—]\s+|:\s+/).map((p) => p.trim().toLowerCase());
  const parts = new Set(list);
  // (not the site's name as the last part: old Reddit's sidebar <h1> "bicycletouring" under "Danube cycle path ... : bicycletouring"; round 34)
  const site = list.length >= 2 ? list[list.length - 1] : undefined;
  const isSite = (h: string): boolean => h.toLowerCase() === site && isSiteName(h, list.slice(0, -1).join(' '));
  const named = h1s.filter((h) => h.length >= 3 && parts.has(h.toLowerCase()) && !isSite(h));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Of several <h1>s none of which the <title> names, and no title found otherwise, the one straight before the page's first
 * paragraph of prose
 * (round 24, after batch 24's Hugging Face model card: the repository header's "fernhill / tidepool-sentiment" and its buttons,
 * then the card's own "Tidepool Sentiment" over its opening paragraph).
 */
export function proseHeadline(doc: DomDocument): string | undefined {
  if (doc.querySelectorAll('h1').length < 2) return undefined;
  // the first paragraph of prose on the page, and the <h1> straight before it (not a section's, as Wiki.js sets them in <h1>s)
  const first = Array.from(doc.querySelectorAll('p')).find((p) => isProseLine(squash(p.textContent), PROSE_PARAGRAPH_MIN_CHARS));
  const siblings = Array.from(first?.parentNode?.childNodes ?? []);
  const before = siblings.slice(0, first === undefined ? 0 : siblings.indexOf(first)).findLast((n) => squash(n.textContent) !== '');
  return before !== undefined && isElement(before) && before.tagName === 'H1' ? squash(before.textContent) || undefined : undefined;
}

/**
 * An <h1> whose text is the <title>'s first part, read before the furniture pass (round 23, after batch 23's Wikivoyage page: its
 * h1s sit in a hidden header and a "noprint" banner): the headline when no <h1> is left; a site's name is the <title>'s last part.
 */
export function titleLeadH1(doc: DomDocument): string | undefined {
  const parts = squash(doc.title).split(/\s+[-|·–—]\s+/);
  const first = (parts[0] ?? '').toLowerCase();
  // a site's name first, the entry's heading after it ("marginalia & moss — On Keeping a Commonplace Book", a Tumblr theme's
  // <h1> blog title over the post's <h2>; round 32): no headline
  const rest = parts.slice(1).join(' - ').toLowerCase();
  if (rest.length >= 10 && Array.from(doc.querySelectorAll('h2, h3, h4')).some((h) => squash(h.textContent).toLowerCase() === rest)) return undefined;
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
export function scholarlyTitle(doc: DomDocument): string | undefined {
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
export function shownTitlePart(doc: DomDocument): string | undefined {
  const parts = titleSpans(squash(doc.title))
    // (not the site's name its meta tags give: Misskey's "Marta Ilves | bikeshed.example", the server's name shown in its header; round 38)
    .filter((p) => p.length >= 10 && !metaSiteNames(doc).has(p.toLowerCase()))
    .sort((a, b) => b.length - a.length);
  const body = squash(doc.body?.textContent ?? '');
  if (!parts.some((p) => body.includes(p))) return undefined;
  // phrase-level elements, and <div>s with none inside (a status page's incident name; round 12): a <div>'s text holds its whole subtree
  const elements = Array.from(doc.querySelectorAll('body a, body span, body td, body p, body h2, body h3, body div'));
  const shown = new Set(elements.filter((el) => el.tagName !== 'DIV' || el.children.length === 0).map((el) => squash(el.textContent)));
  return parts.find((p) => shown.has(p));
}

/**
 * The <title>'s parts between separators, and their runs with the separators between them: a title that holds a separator of its
 * own is shown whole (round 136, after batch 545's Discourse thread, "Coinfall on the prom has gone to cards only – 2p machines
 * gone? - Out and About - Bramwell Bay Community": its parts alone made the category, "Out and About", the longest shown part).
 */
function titleSpans(title: string): string[] {
  const pieces = title.split(/(\s+[-|·–—»]\s+|\s+:\s+)/);
  const spans: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    for (let j = i; j < pieces.length; j += 2) spans.push(pieces.slice(i, j + 1).join(''));
  }
  return spans;
}

/**
 * The site's names its meta tags give (og:site_name, application-name), lower-cased, and the name its feed links carry (phpBB's
 * "Feed - Berry Bench", WordPress's "Harbour Notes » Feed"; round 41, after batch 55's phpBB 3.0 topic, which has no meta tags).
 */
export function metaSiteNames(doc: DomDocument): Set<string> {
  const metas = Array.from(doc.querySelectorAll('meta[property="og:site_name"], meta[name="application-name"]'));
  const feeds = Array.from(doc.querySelectorAll('link[rel="alternate"][title]')).filter((l) => /rss|atom/i.test(l.getAttribute('type') ?? ''));
  const feedNames = feeds.map((l) => FEED_TITLE.exec(squash(l.getAttribute('title')))).map((m) => m?.[1] ?? m?.[2] ?? '');
  return new Set([...metas.map((m) => squash(m.getAttribute('content'))), ...feedNames].map((n) => n.toLowerCase()).filter((n) => n !== ''));
}
/** A feed link's title around the site's name: "Feed - Site", "Site » Feed", "Site - RSS" (not "Site » Comments Feed"). */
const FEED_TITLE = /^(?:feed|rss|atom)(?: feed)?\s+[-–—:»|]\s+(.+)$|^(.+?)\s+[-–—:»|]\s+(?:feed|rss|atom|rss feed|atom feed)$/i;

/**
 * The <title>'s part after a project's name, shown in a box named "title" (round 31, after batch 33's Doxygen page: "libtessel:
 * Thread safety" over <div class="title">Thread safety</div>, its sections set in <h1>s).
 */
function titleBox(doc: DomDocument): string | undefined {
  const rest = squash(doc.title)
    .split(/\s+[-|·–—»]\s+/)[0]
    ?.split(/:\s+/)[1]
    ?.toLowerCase();
  if (rest === undefined || rest.length < 10) return undefined;
  const shown = Array.from(doc.querySelectorAll('div[class~="title"], div[class~="page-title"]')).find((el) => squash(el.textContent).toLowerCase() === rest);
  return shown === undefined ? undefined : squash(shown.textContent);
}
