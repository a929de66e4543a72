import { present, type TestPage } from './page-kit.js';

/**
 * Held-out batch 151, file a5: helpers shared by the pages of the batch: MediaWiki's 2024 heading markup with its section edit
 * link, a citation marker, and `dropClashes`, which applies the batch's rule for short furniture texts to a page.
 */
const slug = (t: string): string => t.replace(/ /g, '_').replace(/&/g, '%26');

/** A section heading of the new (2024) MediaWiki heading markup with its edit link. */
export const mwHeading = (level: 2 | 3 | 4, text: string, host: string, page: string, section: number): string => {
  const id = slug(text).replace(/[?,()]/g, '');
  return `<div class="mw-heading mw-heading${level}"><h${level} id="${id}">${text}</h${level}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span>
<a href="https://${host}/w/index.php?title=${slug(page)}&amp;action=edit&amp;section=${section}" title="Edit section: ${text}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
};

/**
 * The batch's convention for short furniture: a furniture text whose words are all in a short gold line (a heading, a
 * short list item) is left out of the furniture list, as the measurement could not tell them apart.
 */
export function dropClashes(page: TestPage): TestPage {
  const found = present([page.title, ...page.headings, ...page.body].join('\n'));
  const gold = new Set([page.title, ...page.headings, ...page.body]);
  return { ...page, furniture: [...new Set(page.furniture)].filter((f) => !gold.has(f) && !found(f)) };
}

/** A citation marker inside a paragraph. */
export const ref = (name: string, n: number): string =>
  `<sup id="cite_ref-${name}_${n}-0" class="reference"><a href="#cite_note-${name}-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
