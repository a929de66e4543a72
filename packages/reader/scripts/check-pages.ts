/**
 * Checks the gold of held-out page batches against their own HTML, without the reader: every
 * title, heading, body, byline and furniture text must occur in the page's markup once tags are
 * stripped and entities decoded (white space and case folded), page names must be unique and
 * start with `heldoutNN-`, and no text may be both gold article text and byline or furniture.
 * For page writers, who must not run the extractor on pages they write (a blind batch).
 *
 *   npx tsx packages/reader/scripts/check-pages.ts FROM [TO]
 *
 * Exit 1 when any check fails (each failure on a line), else one line per batch.
 */
import { type TestPage, tokens } from '../src/test-support/page-kit.js';

const [from, to] = [Number(process.argv[2]), Number(process.argv[3] ?? process.argv[2])];
if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) {
  process.stderr.write('usage: check-pages.ts FROM [TO]\n');
  process.exit(2);
}

/** Combining marks of the accented-letter entities (`&eacute;`: e + acute); other named entities fold to a space (the checks compare words). */
const MARKS: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  ring: '\u030a',
  cedil: '\u0327',
};
const SPECIAL: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  szlig: '\u00df',
  aelig: '\u00e6',
  AElig: '\u00c6',
  oslash: '\u00f8',
  Oslash: '\u00d8',
};
const named = (name: string): string => {
  const special = SPECIAL[name];
  if (special !== undefined) return special;
  const m = /^([a-zA-Z])(acute|grave|circ|uml|tilde|ring|cedil)$/.exec(name);
  return m === null ? ' ' : `${m[1]}${MARKS[m[2]!]}`.normalize('NFC');
};
const decode = (s: string): string =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&([a-z]+);/gi, (_, name: string) => named(name));
/** The page's text as words: scripts, styles and tags out, entities decoded. */
const pageWords = (html: string): string =>
  ` ${tokens(decode(html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '))).join(' ')} `;
const words = (t: string): string => ` ${tokens(t).join(' ')} `;
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** True when the item's words stand in the page in order, at most 3 other words between two of them (a footnote marker, a hidden label). */
const occurs = (page: string, item: string): boolean =>
  page.includes(words(item)) || new RegExp(` ${tokens(item).map(escape).join(' (?:\\S+ ){0,3}')} `, 'u').test(page);

let failed = 0;
let failedBefore = 0;
const fail = (what: string): void => {
  failed++;
  process.stdout.write(`FAIL ${what}\n`);
};
for (let n = from; n <= to; n++) {
  const name = `HELDOUT${n}_PAGES`;
  const pages = (await import(`../src/test-support/pages-heldout${n}.js`))[name] as readonly TestPage[] | undefined;
  if (pages === undefined || pages.length === 0) {
    fail(`batch ${n}: pages-heldout${n}.ts exports no ${name}`);
    continue;
  }
  const names = new Set<string>();
  for (const p of pages) {
    if (!p.name.startsWith(`heldout${n}-`)) fail(`${p.name}: the name must start with heldout${n}-`);
    if (names.has(p.name)) fail(`${p.name}: the name is used twice`);
    names.add(p.name);
    if (p.body.length === 0) fail(`${p.name}: no body`);
    const text = pageWords(p.html);
    const lists: [string, readonly string[]][] = [
      ['title', [p.title]],
      ['headings', p.headings],
      ['body', p.body],
      ['bylines', p.bylines],
      ['furniture', p.furniture],
    ];
    for (const [list, items] of lists)
      for (const item of items) if (tokens(item).length > 0 && !occurs(text, item)) fail(`${p.name}: ${list} text not in the page: ${item.slice(0, 90)}`);
    const article = new Set([p.title, ...p.headings, ...p.body].map(words));
    for (const t of [...p.bylines, ...p.furniture]) if (article.has(words(t))) fail(`${p.name}: both article text and byline/furniture: ${t.slice(0, 90)}`);
  }
  if (failed === failedBefore) process.stdout.write(`batch ${n}: ${pages.length} pages, gold found in every page\n`);
  failedBefore = failed;
}
process.exit(failed === 0 ? 0 : 1);
