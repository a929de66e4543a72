import { isElement, squash, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { isBadge, NOTES_HEADING, sectionOf } from './notes.js';

/**
 * Data set as text, not prose (session 9, after batch 5): what sports, recipe, review and
 * reference pages print around the article and no reader reads as a sentence.
 *
 * - a list of names alone, after an optional label: a team's line-up ("Harcourt Town: Pike,
 *   Ellery, Drummond, ...", "Subs: Osei, Fry, ..."), as Sky Sports, the BBC and every club site
 *   set them;
 * - a run of three or more "label: number" pairs ("Calories: 245kcal | Protein: 5g | ...",
 *   "Possession: 54% · Shots: 12 · Corners: 5"): a nutrition label, match stats;
 * - a disclosure widget (<details>) whose summary is a status badge ("Baseline Widely
 *   available") or a notes label ("Editors' notes"): it labels the page;
 * - a section headed "Line-ups", "Match stats", "Specifications", "Browser compatibility" or
 *   "Nutrition" that holds tables, lists and such lines but no prose paragraph (a review's
 *   "Specifications" section written as prose stays).
 */

const PARTICLE = String.raw`(?:(?:van|von|de|da|di|du|der|den|del|le|la|el|al|dos|ter|mac)\s+)`;
const NAME = String.raw`${PARTICLE}?\p{Lu}[\p{L}'’.-]*(?:\s+${PARTICLE}?\p{Lu}[\p{L}'’.-]*){0,2}(?:\s*\([^)]{1,30}\))?(?:\s*\d{1,3}(?:\+\d)?['’]?)?`;
/** Five or more names and nothing else, after an optional label of up to 40 characters. */
const NAME_LIST = new RegExp(String.raw`^(?:[^:.!?]{1,40}:\s*)?${NAME}(?:\s*[,;]\s*${NAME}){4,}\.?$`, 'u');
/** One "label: number unit" pair ("Calories: 245kcal", "Possession: 54%", "Shots on target: 5"). */
const PAIR = /^[\p{L}][\p{L} ()'’/-]{0,30}:?\s*[\d.,]+\s*[\p{L}%]{0,6}$/u;
/** Headings of data sections. */
const DATA_HEADING = new RegExp(
  '^(?:(?:team |starting |confirmed |probable )?line-?ups?|teams|match (?:stats|statistics|facts)|team stats|box score|player ratings' +
    '|nutrition(?: facts| information| per serving)?)$',
  'i',
);
const LINE_MAX_CHARS = 500;

/** True for a line of names alone or of label-number pairs. */
export function isDataLine(text: string): boolean {
  if (text.length > LINE_MAX_CHARS) return false;
  if (NAME_LIST.test(text)) return true;
  const pairs = text.split(/\s*[|•·;]\s*/).filter((p) => p !== '');
  return pairs.length >= 3 && pairs.every((p) => PAIR.test(p));
}

/** Removes data lines, labelled disclosure widgets and data sections from `doc` in place. */
export function removeDataLines(doc: DomDocument): void {
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6'))) {
    if (h.parentNode === null || !DATA_HEADING.test(squash(h.textContent))) continue;
    const section = sectionOf(h);
    if (!section.slice(1).some(hasProse)) for (const el of section) el.remove();
  }
  for (const d of Array.from(doc.querySelectorAll('details'))) {
    const summary = Array.from(d.children).find((c) => c.tagName === 'SUMMARY');
    const label = summary === undefined ? '' : spaced(summary);
    if (d.parentNode !== null && (isBadge(label) || NOTES_HEADING.test(label))) d.remove();
  }
  for (const el of Array.from(doc.querySelectorAll('p, li, div, span, dd, td'))) {
    if (el.parentNode === null || el.querySelectorAll('p, li, div, table').length > 0) continue;
    if (isDataLine(squash(el.textContent))) el.remove();
  }
}

/** A paragraph of prose: over 80 characters, mostly not link text. */
function hasProse(el: DomElement): boolean {
  const blocks = el.tagName === 'P' ? [el] : Array.from(el.querySelectorAll('p'));
  return blocks.some((p) => {
    const text = squash(p.textContent);
    const links = Array.from(p.querySelectorAll('a')).reduce((n, a) => n + squash(a.textContent).length, 0);
    return text.length > 80 && links < text.length / 2 && !isDataLine(text);
  });
}

/** The text of an element with a space at each element boundary ("<div>Baseline</div><div>Widely available</div>"). */
function spaced(node: DomNode): string {
  const parts: string[] = [];
  const walk = (n: DomNode): void => {
    if (!isElement(n)) parts.push(n.textContent ?? '');
    else for (const c of Array.from(n.childNodes)) walk(c);
    if (isElement(n)) parts.push(' ');
  };
  walk(node);
  return squash(parts.join(''));
}
