/**
 * Test pages written to the shape of real news, blog, documentation, wiki and forum pages, each
 * with its gold: the article text a reader would call the article (title, section headings,
 * body paragraphs), and the page furniture around it (bylines, share bars, captions, banners,
 * rails, menus) that must never be read as article text.
 */
export interface TestPage {
  name: string;
  kind: 'news' | 'blog' | 'docs' | 'wiki' | 'forum';
  html: string;
  title: string;
  /** Section headings of the article, in order. */
  headings: string[];
  /** Body paragraphs and list items, as plain text. */
  body: string[];
  /** Byline and dateline texts on the page (must never be read). */
  bylines: string[];
  /** Other furniture texts on the page (share bars, captions, banners, rails, menus...). */
  furniture: string[];
}

/** Plain text of a paragraph written as HTML: tags out, the few entities used decoded, spaces collapsed. */
export function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&rsquo;/g, '\u2019')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/\s+/g, ' ')
    .trim();
}

/** `<p>` elements of the paragraphs. */
export const ps = (paragraphs: readonly string[], attrs = ''): string => paragraphs.map((p) => `<p${attrs}>${p}</p>`).join('\n');

/** A URL path piece made from a link text. */
const slug = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * `<li><a>` lines of a menu, rail or footer, built from the same texts a page's furniture list
 * holds, so HTML and gold agree (`&` escaped); `cls` is the class of each `<li>`.
 */
export const links = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}><a href="/${slug(t)}">${t.replace(/&/g, '&amp;')}</a></li>`).join('\n');

/** The plain texts of paragraphs. */
export const texts = (paragraphs: readonly string[]): string[] => paragraphs.map(plain);

/** Lower-case word tokens (letters and digits), the unit of the precision/recall counts. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Overlap of two bags of tokens (multiset intersection size). */
export function overlap(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let n = 0;
  for (const t of a) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      n++;
      counts.set(t, c - 1);
    }
  }
  return n;
}

/** Text with white space collapsed, lower-cased, for "is this snippet in the output" checks. */
export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The gold article text of a page (title, headings, body), one block a line. */
export const goldText = (p: TestPage): string => [p.title, ...p.headings, ...p.body].join('\n');

/** Token scores of extracted text against a page's gold. */
export function score(
  page: TestPage,
  extracted: string,
): { precision: number; recall: number; bodyRecall: number; bylinesLeaked: number; furniturePicked: number } {
  const got = tokens(extracted);
  const gold = tokens(goldText(page));
  const body = tokens(page.body.join('\n'));
  const hit = overlap(got, gold);
  const found = present(extracted);
  return {
    precision: got.length === 0 ? 0 : hit / got.length,
    recall: hit / gold.length,
    bodyRecall: overlap(body, got) / body.length,
    bylinesLeaked: page.bylines.filter(found).length,
    furniturePicked: page.furniture.filter(found).length,
  };
}

/**
 * A test for "this snippet is in the extracted text": a snippet of up to 3 words counts only
 * on a short line (at most 8 words, as furniture is), as whole words, so "Share" is not found
 * inside "Share prices rose by a tenth on Monday"; a longer snippet may sit anywhere.
 */
export function present(extracted: string): (snippet: string) => boolean {
  const short = extracted
    .split('\n')
    .map((l) => ` ${tokens(l).join(' ')} `)
    .filter((l) => l.split(' ').length <= 10);
  const all = norm(extracted.replace(/^(?:#{1,6}|-) /gm, ''));
  // a snippet without words ("↩︎", "»") is looked for as it is written
  return (snippet) =>
    tokens(snippet).length === 0
      ? extracted.includes(snippet.trim())
      : tokens(snippet).length <= 3
        ? short.some((l) => l.includes(` ${tokens(snippet).join(' ')} `))
        : all.includes(norm(snippet));
}

/**
 * A short news article on harbour works with `inner` between its two paragraphs, `head` in
 * <head> and `before` ahead of the <article>: the page the rule tests put one block into.
 */
export function harbourStory(inner: string, { head = '', before = '' }: { head?: string; before?: string } = {}): string {
  const wall = 'The harbour wall was rebuilt over the winter at a cost of two million pounds. '.repeat(6);
  const boats = 'Fishing boats returned to the inner basin in March, a month earlier than planned. '.repeat(5);
  return `<html><head>${head}</head><body>${before}<article><h1>Harbour works</h1><p>${wall}</p>${inner}\n<p>${boats}</p></article></body></html>`;
}
