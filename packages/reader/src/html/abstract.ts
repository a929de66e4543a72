import { squash, type DomDocument } from './dom.js';
import { elementNames } from './names.js';
import { toMarkdown } from './to-markdown.js';

/**
 * A paper's abstract set in a box of its own beside the full text (round 28, after batch 28's IEEE Xplore page: `<section
 * class="document-abstract"><h2>Abstract:</h2><div>Behind-the-meter batteries ...</div></section>` above the first section;
 * ScienceDirect's `<div class="Abstracts">` of highlights and abstract): Readability takes the full text and may leave the
 * abstract, the part of a paper a summary needs most. Found on the cleaned page by its name (the first, outermost box whose class
 * or id has the word "abstract" or "abstracts") when it holds a sentence of prose; its blocks the article read does not hold
 * already are set after the title (`withAbstract`).
 */
const ABSTRACT = /(?:^|[\s_-])abstracts?(?:$|[\s_-])/i;
const TEXT_MIN_CHARS = 200;
const TEXT_MAX_CHARS = 5000;
const SENTENCE = /[\p{Ll}\d)]{2}[.!?](?:\s|$)/u;

/** The abstract's Markdown, when the page sets one apart; else undefined. Read before Readability, which edits the page. */
export function findAbstract(doc: DomDocument): string | undefined {
  for (const box of Array.from(doc.querySelectorAll('section, div, article'))) {
    if (!ABSTRACT.test(elementNames(box))) continue;
    const text = squash(box.textContent);
    if (text.length < TEXT_MIN_CHARS || text.length > TEXT_MAX_CHARS || !SENTENCE.test(text)) continue;
    return proseBlocks(toMarkdown(box));
  }
  return undefined;
}

/** The Markdown's headings and blocks of prose (its labelled metadata lines left out: "Funding Agency:", "Date Written: ..."). */
function proseBlocks(markdown: string): string {
  const blocks = markdown.split(/\n{2,}/).filter((b) => b.startsWith('#') || (b.length >= BLOCK_MIN_CHARS && !/^[^.!?]{1,40}:/.test(b)));
  const level = (b: string): number => (/^(#+)\s/.exec(b)?.[1] ?? '').length;
  // a heading stays when prose follows it before the next heading of its level or above
  const heads = (i: number): boolean => {
    for (const b of blocks.slice(i + 1)) {
      if (level(b) === 0) return true;
      if (level(b) <= level(blocks[i] ?? '')) return false;
    }
    return false;
  };
  return blocks.filter((b, i) => level(b) === 0 || heads(i)).join('\n\n');
}
const BLOCK_MIN_CHARS = 40;

/** The text with the abstract's blocks it lacks set after its title line (or first), in the abstract's order. */
export function withAbstract(text: string, abstract: string | undefined): string {
  if (abstract === undefined) return text;
  const norm = (s: string) =>
    s
      .replace(/^#+\s|^-\s/gm, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  const have = norm(text);
  const missing = abstract.split(/\n{2,}/).filter((b) => b.trim() !== '' && !have.includes(norm(b)));
  if (missing.length === 0) return text;
  const [first = '', ...rest] = text.split('\n');
  if (!first.startsWith('# ')) return `${missing.join('\n\n')}\n\n${text}`;
  return `${first}\n\n${missing.join('\n\n')}\n\n${rest.join('\n').replace(/^\n+/, '')}`;
}
