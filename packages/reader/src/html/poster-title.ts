import { isElement, squash, type DomDocument, type DomNode } from './dom.js';
import { pageAuthorNames } from './author-lines.js';
import { NAME_ATTRIBUTES } from './names.js';

/**
 * A page names its poster or author where a title would be (round 33, after batch 35's Facebook and YouTube community
 * posts): og:title and the <title> are the Page's or the channel's name ("Alder Creek Parks & Recreation", "Bench & Bakelite -
 * YouTube"), a byline. The post has no headline; its first line is the title when short, as on the networks that quote the post
 * in the <title> (article.ts's quotedPost). The name is a poster's when the page's description is the post's opening (Facebook),
 * or when a box named as the author shows it (YouTube's `<a id="author-text">`); and any of the page's authors (its author meta
 * tags and JSON-LD: LinkedIn's post, whose title came out as its author's name) is no title either.
 */

/** A title longer than this is no title: the post's first line is then its text only. */
const TITLE_MAX_CHARS = 160;
const AUTHOR_NAME = /author/i;
/** A name, not a headline: up to six words, each capitalized or a joining word ("Alder Creek Parks & Recreation", "Bench & Bakelite"). */
const NAME = /^[\p{Lu}\p{N}@][\p{L}\p{N}'’.@_-]*(?: (?:[\p{Lu}\p{N}@][\p{L}\p{N}'’.@_-]*|&|and|of|the|de|van|von)){0,5}$/u;
/** A picture or symbol before the first letter of a post's first line ("🌉 The Riverside Trail ..."). */
const LEADING_SYMBOLS = /^[^\p{L}\p{N}"“'‘]+/u;

/** The names a title may not be, lower-cased: the page's authors, and its og:title when that names the poster. */
export function posterNames(doc: DomDocument): Set<string> {
  const names = new Set(pageAuthorNames(doc));
  const poster = posterName(doc);
  if (poster !== undefined) names.add(poster);
  // (and the og:title whole when it adds the handle: a title read from it is the poster's too)
  const title = squash(doc.querySelectorAll('meta[property="og:title"]')[0]?.getAttribute('content') ?? '').toLowerCase();
  if (poster !== undefined && title.startsWith(`${poster} (@`)) names.add(title);
  return names;
}

/** The poster's name when the page sets it as its og:title, lower-cased; undefined on other pages. */
function posterName(doc: DomDocument): string | undefined {
  const meta = (p: string): string => squash(doc.querySelectorAll(`meta[property="${p}"], meta[name="${p}"]`)[0]?.getAttribute('content') ?? '');
  // (a handle after the name is the poster's too: Misskey's and Mastodon's "Marta Ilves (@marta)"; round 38)
  const name = meta('og:title').replace(/\s*\(@[^()\s]+\)$/, '');
  if (!NAME.test(name)) return undefined;
  const key = name.toLowerCase();
  // (a work's title that looks like a name: the page names it as its title in its citation metadata, "Moral Residue" of an
  // encyclopedia entry; round 50, after batch 139)
  if (['citation_title', 'DC.title', 'dc.title', 'DCTERMS.title'].some((m) => meta(m).toLowerCase() === key)) return undefined;
  const opening = meta('og:description').replace(LEADING_SYMBOLS, '').slice(0, 40);
  const body = squash(doc.body?.textContent ?? '');
  if (opening.length >= 20 && opening.toLowerCase() !== key && body.includes(opening)) return key;
  const authors = Array.from(doc.querySelectorAll('body [id], body [class]')).filter((el) =>
    AUTHOR_NAME.test(NAME_ATTRIBUTES.map((a) => el.getAttribute(a) ?? '').join(' ')),
  );
  return authors.some((el) => squash(el.textContent).toLowerCase() === key) ? key : undefined;
}

/** The first line of a post's text as its title (without a leading picture), when it is short enough to be one. */
export function firstLineTitle(text: string): string | undefined {
  const first = text.split('\n').find((l) => l.trim() !== '' && !l.startsWith('#'));
  const line = squash(first ?? '').replace(LEADING_SYMBOLS, '');
  return line !== '' && line.length <= TITLE_MAX_CHARS ? line : undefined;
}

/** The line without a leading picture or symbol, for comparing a post's first line with the title taken from it. */
export const withoutLeadingSymbols = (line: string): string => line.replace(LEADING_SYMBOLS, '');

/**
 * The text without headings that are the poster's name (Facebook sets the Page's name over its post as a heading): a byline; or
 * a heading the title gave way to (X's hidden "Conversation").
 */
export function withoutPosterHeadings(text: string, poster: ReadonlySet<string>): string {
  return text
    .split('\n')
    .filter((l) => !(/^#{1,6} /.test(l) && poster.has(squash(l.replace(/^#+ /, '')).toLowerCase())))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** A heading this long, in lines, with sentences, is a post's text set in a heading. */
const HEADING_POST_MIN_CHARS = 200;

/**
 * A post's text set in a heading (round 39, after batch 45's Instagram post: the whole caption, its lines split by `<br>`, is the
 * `<h1>`): no headline, and its lines are the post's paragraphs. Such a heading becomes a box of the same content; the title then
 * comes from the post's first line or the <title>. Returns `doc`, changed in place.
 */
export function unheadPosts(doc: DomDocument): DomDocument {
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3'))) {
    // its lines, split by its <br>s
    const lines: DomNode[][] = [[]];
    for (const node of Array.from(h.childNodes)) {
      if (isElement(node) && node.tagName === 'BR') lines.push([]);
      else lines.at(-1)?.push(node);
    }
    const texts = lines.map((nodes) => squash(nodes.map((n) => n.textContent ?? '').join(''))).filter((t) => t !== '');
    const text = texts.join(' ');
    if (texts.length < 2 || text.length < HEADING_POST_MIN_CHARS || (text.match(/\p{Ll}[.!?](?:\s|$)/gu)?.length ?? 0) < 2) continue;
    const box = h.ownerDocument.createElement('div');
    for (const nodes of lines) {
      if (squash(nodes.map((n) => n.textContent ?? '').join('')) === '') continue;
      const p = h.ownerDocument.createElement('p');
      p.append(...nodes);
      box.append(p);
    }
    h.before(box);
    h.remove();
  }
  return doc;
}
