import { compile, type FormatCallback, type HtmlToTextOptions } from 'html-to-text';

/**
 * HTML to the plain text the summarizer reads, with html-to-text (a parser, not regular
 * expressions): paragraphs, list items, table rows and line breaks become lines; headings
 * (h1-h6) become Markdown headings ("## Results"), which the sentence splitter marks as
 * headings, so they shape the document vector but are never extracted; links keep their text
 * and drop their address; scripts, styles, images, forms, navigation, asides and footers are
 * left out. When the page has an <article> (else a <main>), only its text is read: the story,
 * not the site around it. Entities are decoded. No line wrapping.
 *
 * Sentence offsets of a summary of the result refer to this text, not to the HTML.
 */
export function htmlToText(html: string): string {
  for (const convert of [ARTICLE, MAIN]) {
    const text = convert(html);
    if (/\S/.test(text)) return tidy(text);
  }
  return tidy(BODY(html));
}

/** A heading as a Markdown heading of its level, on a block of its own. */
const markdownHeading =
  (level: number): FormatCallback =>
  (elem, walk, builder) => {
    builder.openBlock({ leadingLineBreaks: 2 });
    builder.addInline(`${'#'.repeat(level)} `);
    walk(elem.children, builder);
    builder.closeBlock({ trailingLineBreaks: 2 });
  };

const LEFT_OUT = ['script', 'style', 'noscript', 'template', 'img', 'svg', 'picture', 'video', 'audio', 'iframe', 'form', 'button', 'nav', 'aside', 'footer', 'figure > figcaption'];

function options(base: string[] | undefined): HtmlToTextOptions {
  return {
    wordwrap: false,
    ...(base === undefined ? {} : { baseElements: { selectors: base, returnDomByDefault: false } }),
    formatters: Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`markdownHeading${n}`, markdownHeading(n)])),
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'ul', options: { itemPrefix: '- ' } },
      { selector: 'table', format: 'block' },
      { selector: 'tr', format: 'block' },
      { selector: 'td', format: 'inline' },
      { selector: 'th', format: 'inline' },
      ...[1, 2, 3, 4, 5, 6].map((n) => ({ selector: `h${n}`, format: `markdownHeading${n}` })),
      ...LEFT_OUT.map((selector) => ({ selector, format: 'skip' })),
    ],
  };
}

const ARTICLE = compile(options(['article']));
const MAIN = compile(options(['main']));
const BODY = compile(options(undefined));

/** Trailing spaces off every line, at most one blank line in a row, no blank lines around the text. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
