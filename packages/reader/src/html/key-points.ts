import { squash, type DomDocument } from './dom.js';
import { isProseLine } from './sentences.js';
import { KEY_POINTS_MARK } from './summary-boxes.js';

/**
 * A writer's key-points list over the text, put back when Readability left it out (round 62, after batch 190's Bankrate explainer
 * and 192's Cell Reports paper: "Key takeaways" and "Highlights" lists in a box of their own before the text, which Readability,
 * scoring the long text far higher, dropped; recall 89 to 90 %). summary-boxes.ts marks each list whose key-points label it
 * removed; taken before Readability edits the page, each marked list's items and the first prose paragraph after it. When the text
 * read holds none of the items and holds that paragraph as a line, the items go back in before it, as a list.
 */
export interface KeyPointsList {
  readonly items: readonly string[];
  /** The first prose paragraph after the list. */
  readonly next: string;
}

const NEXT_MIN_CHARS = 80;

/** The marked key-points lists of `doc` (cleaned, before Readability), each with the paragraph that follows it. */
export function keyPointsLists(doc: DomDocument): KeyPointsList[] {
  const out: KeyPointsList[] = [];
  let open: string[] | undefined;
  for (const el of Array.from(doc.querySelectorAll(`ul[${KEY_POINTS_MARK}], ol[${KEY_POINTS_MARK}], p`))) {
    if (el.tagName !== 'P') {
      open = Array.from(el.children)
        .filter((li) => li.tagName === 'LI')
        .map((li) => squash(li.textContent));
      continue;
    }
    const text = squash(el.textContent);
    if (open === undefined || !isProseLine(text, NEXT_MIN_CHARS)) continue;
    out.push({ items: open, next: text });
    open = undefined;
  }
  return out;
}

/** `text` (Markdown) with each key-points list it lacks put back before the paragraph that followed it on the page. */
export function withKeyPoints(text: string, lists: readonly KeyPointsList[]): string {
  let out = text;
  for (const { items, next } of lists) {
    const flat = squash(out);
    if (items.some((item) => flat.includes(item))) continue;
    const lines = out.split('\n');
    const at = lines.findIndex((l) => squash(l) === next);
    if (at < 0) continue;
    out = [...lines.slice(0, at), ...items.map((item) => `- ${item}`), '', ...lines.slice(at)].join('\n');
  }
  return out;
}
