import { squash, type DomDocument } from './dom.js';
import { isProseLine } from './sentences.js';

/**
 * An entry's opening paragraphs between its title and its first section (round 54, after batch 139's encyclopedia entry: its
 * preamble sits between the `<h1>` and the contents list, and Readability, scoring the long main text far higher, left the two
 * paragraphs out). Taken before Readability edits the page: the prose paragraphs right after the page's one `<h1>`, up to the
 * first heading or short block after them, and the text of that heading or block. When the text read holds none of them and opens
 * its body with that next block, they go back in, before it.
 */
export interface LeadParagraphs {
  readonly paragraphs: readonly string[];
  /** The text of the heading or paragraph that follows them. */
  readonly next: string;
}

const LEAD_MIN_CHARS = 80;
const LEAD_MAX = 6;

/** The lead paragraphs of `doc` (cleaned, before Readability), or undefined when there are none or no single `<h1>`. */
export function leadParagraphs(doc: DomDocument): LeadParagraphs | undefined {
  const h1s = doc.querySelectorAll('h1');
  if (h1s.length !== 1) return undefined;
  const blocks = Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6, p'));
  const paragraphs: string[] = [];
  for (const el of blocks.slice(blocks.indexOf(h1s[0]!) + 1)) {
    const text = squash(el.textContent);
    if (text === '') continue;
    if (el.tagName === 'P' && isProseLine(text, LEAD_MIN_CHARS) && paragraphs.length < LEAD_MAX) {
      paragraphs.push(text);
      continue;
    }
    return paragraphs.length === 0 ? undefined : { paragraphs, next: text };
  }
  return undefined;
}

/** `text` (Markdown, its title not yet added) with the lead paragraphs put back before its first block, when it lost them all. */
export function withLeadParagraphs(text: string, lead: LeadParagraphs | undefined): string {
  if (lead === undefined || text === '') return text;
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || squash(lines[first]!.replace(/^#{1,6} /, '')) !== lead.next) return text;
  const flat = squash(text);
  if (lead.paragraphs.some((p) => flat.includes(p))) return text;
  return [...lines.slice(0, first), ...lead.paragraphs.flatMap((p) => [p, '']), ...lines.slice(first)].join('\n');
}
