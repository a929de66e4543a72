import { isElement, squash, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { elementNames } from './names.js';
import { removeSignatures, removeSignOffs } from './signatures.js';
import { holdsSentence } from './sentences.js';
import { standsAlone } from './structure.js';

/**
 * Lines about the page's author rather than the article (session 10, after batch 6):
 *
 * - an author note set in italics or bold inside the body ("<em>Imogen Darrow is a former
 *   transport planner and writes about cities</em>", as the Guardian, the New York Times and
 *   most opinion desks close a column): a block of up to 300 characters, emphasised whole, that
 *   opens with the name of one of the page's authors (its `<meta name="author">`, schema.org
 *   `author` in JSON-LD, `rel="author"`, `itemprop="author"`) and goes on as a predicate (a
 *   lower-case word). A paragraph that only mentions the author, or a quote, stays;
 * - what a post header or a timeline event says once its author's name is gone ("<a
 *   class="author">mkovac</a> commented <relative-time>", "... linked a pull request that will
 *   close this issue"): a block of up to 100 characters that opened with an author element
 *   (named author, byline, username) and, without it, begins with a lower-case letter. A
 *   sentence of the article never starts in lower case.
 *
 * - a note on who produced the article, emphasised whole ("<i>This article was produced by the
 *   Wireline Fact Check team. Read more about our work...</i>", as wire agencies close fact checks
 *   and explainers; round 6, after batch 7): a block of up to 300 characters opening with "This
 *   article / story / report was produced / written / compiled by";
 * - the writer's name as the sign-off line of a letter or newsletter issue ("Hannah" after "See
 *   you next Thursday,"; round 12);
 * - a poster's name set as a link to their profile page and nothing else beside it ("<a
 *   href="/profile/Dana-Whitlock">Dana Whitlock</a>" over a Q&A answer, phpBB's
 *   "memberlist.php?mode=viewprofile"; round 6): a byline by its address, whatever its class;
 *   or by the avatar beside it, a link to the same address showing only a picture (Facebook's and
 *   LinkedIn's comments, whose profiles are at "facebook.com/deb.kowalczyk" and "/in/slug";
 *   round 33, batch 35).
 *
 * `findAuthorLines` reads the names and marks the blocks before the furniture pass removes the
 * author elements; `removeAuthorLines` removes them after it.
 */
export interface AuthorLines {
  /** The page's author names, lower-cased. */
  names: readonly string[];
  /** Blocks whose text opens with an author element. */
  headed: readonly DomElement[];
  /** Addresses (without query and fragment) of links that show only a picture: avatars, whose profile a name link beside them opens too. */
  avatars: ReadonlySet<string>;
  /** Poster cards: the largest box around an avatar and a name link to the same profile that holds no sentence. */
  cards: readonly DomElement[];
}

const AUTHOR_NAME = /(?:^|[\s_-])(?:author|byline|user-?name|hnuser)(?:$|[\s_-])/i;
const INLINE = /^(?:A|SPAN|STRONG|B|EM|I|SMALL|CITE|BDI)$/;
const BLOCK = /^(?:H[1-6]|P|DIV|LI|DD|DT|TD|SECTION|HEADER)$/;
const NOTE_MAX_CHARS = 300;
const PRODUCTION_NOTE = new RegExp(
  '^this (?:article|story|report|piece|fact[- ]check|explainer|post|page|content) (?:was|has been|is) ' +
    String.raw`(?:produced|written|reported|compiled|prepared|created|made|edited)\b` +
    // a channel's note on its partners (Slate's "<em>Future Tense is a partnership of Slate, New America, and ...</em>"; round 30)
    String.raw`|^[\p{L}'’ ]{2,40} is a partnership (?:of|between) \p{L}`,
  'iu',
);
/**
 * A link to a member's or author's profile page (and the boards' scripts: FluxBB's and PunBB's "profile.php?id=", vBulletin's
 * "member.php?u=", MyBB's and SMF's "action=profile", Discuz!'s "space-uid-"; round 56, after batch 146's FluxBB topic).
 */
const PROFILE_HREF = new RegExp(
  String.raw`(?:^|\/)(?:profiles?|users?|u|members?|people|authors?)\/[^/?#]+\/?(?:[?#].*)?$|[?&]mode=viewprofile\b` +
    String.raw`|(?:^|\/)(?:profile|member)\.php\?(?:id=|u=|uid=|\d)|[?&;]action=profile\b|(?:^|\/)space-uid-\d|[?&]mod=space&uid=\d`,
  'i',
);
const NAME_MAX_CHARS = 60;
const BYLINE_CLASS = /(?:^|[\s_-])(?:author|byline)(?:$|[\s_-])/i;
const BY_LINE = /^by:?\s+(\p{Lu}.{2,59})$/iu;
/**
 * A letter's signature after a dash, the writer's name and maybe a role ("— Fr. Tomás Ibarra, Pastor" closing a parish newsletter's
 * letter; round 68, after batch 220), set in emphasis as the last line of its box.
 */
const DASH_SIGN_OFF = /^[—–]\s?(?:\p{Lu}[\p{L}'’-]*\.?\s){0,3}\p{Lu}[\p{L}'’-]+(?:,\s\p{L}[\p{L}'’ ]{1,40})?$/u;
const LEFT_MAX_CHARS = 100;

/** The page's author names and the blocks that open with an author element (run before the furniture pass). */
export function findAuthorLines(doc: DomDocument): AuthorLines {
  const names = pageAuthorNames(doc);
  const headed = new Set<DomElement>();
  for (const el of list(doc.querySelectorAll('[rel~="author"], [itemprop~="author"], [class]'))) {
    if (!INLINE.test(el.tagName) || !(el.hasAttribute('rel') || el.hasAttribute('itemprop') || AUTHOR_NAME.test(elementNames(el)))) continue;
    const block = nearestBlock(el);
    const name = squash(el.textContent);
    if (block !== undefined && name !== '' && squash(block.textContent).startsWith(name)) headed.add(block);
  }
  const avatars = avatarAddresses(doc);
  return { names, headed: [...headed], avatars: new Set(avatars.keys()), cards: posterCards(avatars) };
}

/** The page's author names, lower-cased: its author meta tags, JSON-LD authors and elements marked `rel="author"` or `itemprop="author"`. */
export function pageAuthorNames(doc: DomDocument): string[] {
  const names = new Set<string>();
  const add = (name: string | null | undefined) => {
    const n = squash(name ?? '');
    if (n.length >= 3 && n.length <= 60 && !/[/@:]/.test(n)) names.add(n.toLowerCase());
  };
  for (const m of list(doc.querySelectorAll('meta[name="author"], meta[property="article:author"], meta[name="parsely-author"]'))) {
    add(m.getAttribute('content'));
  }
  for (const s of list(doc.querySelectorAll('script[type="application/ld+json"]'))) for (const n of jsonLdAuthors(s.textContent ?? '')) add(n);
  for (const el of list(doc.querySelectorAll('[rel~="author"], [itemprop~="author"]'))) add(el.textContent);
  // (and a "By: ..." line named as the author's, ShulCloud's `<span class="blog_post_author">By: Rabbi Naomi Feld</span>`; round 68)
  for (const el of list(doc.querySelectorAll('[class]'))) {
    if (el.children.length === 0 && BYLINE_CLASS.test(el.getAttribute('class') ?? '')) add(BY_LINE.exec(squash(el.textContent))?.[1]);
  }
  return [...names];
}

/** Removes the author and production notes, the words left of author-headed lines, lone profile links and posts' signatures (after the furniture pass). */
export function removeAuthorLines(doc: DomDocument, lines: AuthorLines): void {
  for (const block of lines.headed) {
    const text = squash(block.textContent);
    if (block.parentNode !== null && text.length > 0 && text.length <= LEFT_MAX_CHARS && /^\p{Ll}/u.test(text)) block.remove();
  }
  for (const el of list(doc.querySelectorAll('p, li, div, small, blockquote'))) {
    if (el.parentNode === null || el.querySelectorAll('p, li, div').length > 0) continue;
    const text = squash(el.textContent);
    if (text.length <= NOTE_MAX_CHARS && isEmphasised(el) && (opensWithAuthor(text, lines.names) || PRODUCTION_NOTE.test(text))) el.remove();
    else if (isSignOff(text, lines.names) || (DASH_SIGN_OFF.test(text) && isEmphasised(el) && closesBox(el))) el.remove();
  }
  // (and the name set alone in a <span> beside the date under the title, Shopify's article header; round 67, after batch 214)
  for (const el of list(doc.querySelectorAll('span'))) {
    if (el.parentNode !== null && el.children.length === 0 && isSignOff(squash(el.textContent), lines.names) && standsAlone(el)) el.remove();
  }
  const alone = new Map<DomNode, boolean>();
  for (const a of list(doc.querySelectorAll('a[href]'))) {
    const name = squash(a.textContent);
    const href = a.getAttribute('href') ?? '';
    if (name.length > 0 && name.length <= NAME_MAX_CHARS && (PROFILE_HREF.test(href) || lines.avatars.has(address(href))) && standsAlone(a, alone)) a.remove();
  }
  for (const card of lines.cards) {
    const text = squash(card.textContent);
    if (card.parentNode !== null && text.length <= CARD_MAX_CHARS && !holdsSentence(text)) card.remove();
  }
  // a heading that is one of the page's authors by name and by class (R Markdown's `<h4 class="author">` under the title; round 61)
  for (const h of list(doc.querySelectorAll('h2, h3, h4, h5, h6'))) {
    if (AUTHOR_NAME.test(h.getAttribute('class') ?? '') && lines.names.includes(squash(h.textContent).toLowerCase())) h.remove();
  }
  removeSignatures(doc);
  removeSignOffs(doc);
}

/**
 * The writer's name as a line of its own, the sign-off of a letter or a newsletter issue ("See you
 * next Thursday," then "Hannah", "— Hannah Price", "Cheers, Tom"; round 12, after batch 13's beehiiv
 * issue): one of the page's authors, whole or by the first name, maybe after a dash or a
 * valediction.
 */
function isSignOff(text: string, names: readonly string[]): boolean {
  const name = text
    .replace(/^(?:[—–-]|(?:cheers|thanks|best|regards|love|yours|until next time),?)\s*/i, '')
    .replace(/[.!,]$/, '')
    .toLowerCase();
  return name !== '' && names.some((n) => n === name || (n.startsWith(`${name} `) && name.length >= 3));
}

/** "Imogen Darrow is a former...", "— Imogen Darrow writes...": an author's name, then a lower-case word. */
function opensWithAuthor(text: string, names: readonly string[]): boolean {
  const rest = text.replace(/^[—–-]\s*/, '');
  return names.some((n) => rest.toLowerCase().startsWith(`${n} `) && /^\p{Ll}/u.test(rest.slice(n.length + 1)));
}

/** Nothing with words follows `el` in its parent, and the parent is no quotation (whose closing line names who said it). */
function closesBox(el: DomElement): boolean {
  for (let n = el.nextSibling; n !== null; n = n.nextSibling) if (/[\p{L}\p{N}]/u.test(n.textContent ?? '')) return false;
  for (let up = el.parentNode; up !== null && isElement(up); up = up.parentNode) if (/^(?:BLOCKQUOTE|FIGURE|Q)$/.test(up.tagName)) return false;
  return true;
}

/** All of the block's words sit in emphasis (em, i, b, strong). */
function isEmphasised(el: DomElement): boolean {
  const plain = (n: DomNode): string => {
    if (!isElement(n)) return n.textContent ?? '';
    if (/^(?:EM|I|B|STRONG)$/.test(n.tagName)) return '';
    return list(n.childNodes).map(plain).join('');
  };
  return !/[\p{L}\p{N}]/u.test(plain(el));
}

/** The links that show a picture and no text, by their addresses. */
function avatarAddresses(doc: DomDocument): Map<string, DomElement[]> {
  const out = new Map<string, DomElement[]>();
  for (const a of list(doc.querySelectorAll('a[href]'))) {
    const href = address(a.getAttribute('href') ?? '');
    if (href !== '' && href !== '/' && a.querySelectorAll('img, svg').length > 0 && squash(a.textContent) === '') out.set(href, [...(out.get(href) ?? []), a]);
  }
  return out;
}

/**
 * A post's header card (round 33, after batch 35's LinkedIn post: the avatar, the name, the poster's headline "Staff Site
 * Reliability Engineer at Orrery Health | Incident response and on-call health", the time and Follow): the largest box around an
 * avatar that holds a name link to the same profile, at most CARD_MAX_CHARS of text and no sentence. All of it is about the poster.
 */
function posterCards(avatars: ReadonlyMap<string, readonly DomElement[]>): DomElement[] {
  const cards: DomElement[] = [];
  for (const [href, links] of avatars) {
    for (const avatar of links) {
      let card: DomElement | undefined;
      for (let up = avatar.parentNode; up !== null && isElement(up) && !/^(?:BODY|HTML|ARTICLE|MAIN)$/.test(up.tagName); up = up.parentNode) {
        const text = squash(up.textContent);
        // (a page's header holding its title heading beside the poster is no card: Thread Reader App's "Thread by @name")
        if (text.length > CARD_MAX_CHARS || holdsSentence(text) || up.querySelectorAll('h1, h2, h3').length > 0) break;
        if (list(up.querySelectorAll('a[href]')).some((a) => squash(a.textContent) !== '' && address(a.getAttribute('href') ?? '') === href)) card = up;
      }
      if (card !== undefined) cards.push(card);
    }
  }
  return cards;
}
const CARD_MAX_CHARS = 200;

/** A link's address without its query and fragment (LinkedIn's avatar and name links differ by a tracking parameter). */
const address = (href: string): string => href.replace(/[?#].*$/, '');

function nearestBlock(el: DomElement): DomElement | undefined {
  for (let p = el.parentNode; p !== null && isElement(p); p = p.parentNode) if (BLOCK.test(p.tagName)) return p;
  return undefined;
}

/** The author names of a JSON-LD block ("author": {"name"} or [{"name"}], at any depth); none when it does not parse. */
function jsonLdAuthors(json: string): string[] {
  const data = parseLenient(json);
  if (data === undefined) return [];
  const found: string[] = [];
  const walk = (v: unknown, inAuthor: boolean): void => {
    if (Array.isArray(v)) for (const x of v) walk(x, inAuthor);
    else if (typeof v === 'string' && inAuthor) found.push(v);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'author' || k === 'creator') walk(x, true);
        else if (k === 'name' && inAuthor && typeof x === 'string') found.push(x);
        else if (k !== 'name') walk(x, false);
      }
    }
  };
  walk(data, false);
  return found;
}

/**
 * JSON, or JSON whose strings hold raw line breaks or tabs (a hand-built JSON-LD block wrapped by its editor, which JSON.parse
 * refuses; round 67, after batch 214's Shopify post); undefined when neither parses.
 */
function parseLenient(json: string): unknown {
  for (const text of [json, json.replace(/[\n\r\t]+/g, ' ')]) {
    try {
      const data: unknown = JSON.parse(text);
      return data;
    } catch {
      // try the next reading
    }
  }
  return undefined;
}

const list = <T>(xs: ArrayLike<T>): T[] => Array.from(xs);
