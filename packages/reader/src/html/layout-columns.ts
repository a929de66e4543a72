import { isElement, squash, type DomDocument, type DomElement } from './dom.js';

/**
 * The menu column of a table layout (round 145, after batches 525, 572 and 574: an old shop's `<td width="150">` of "» Home",
 * "Stock List", "Fairs" links over its opening hours and a guild badge, beside the `<td width="600">` of the page): in a row of
 * a layout table (a few rows, not a data table's many), a cell that is mostly links, three at least, no heading and no
 * paragraph of prose, beside a cell with far more text than it, is the site's menu column. A listing's cell of one link
 * beside its description is a data table's, and stays.
 */
const MIN_LINKS = 3;
const MIN_LINK_SHARE = 0.3;
const MAX_COLUMN_CHARS = 600;
const MAX_LAYOUT_ROWS = 6;
const MIN_MAIN_CHARS = 200;
const PROSE_CHARS = 80;

const rowsOf = (table: DomElement): DomElement[] => Array.from(table.querySelectorAll('tr')).filter((tr) => closestTable(tr) === table);

function closestTable(el: DomElement): DomElement | null {
  for (let up = el.parentNode; up !== null; up = up.parentNode) if (isElement(up) && up.tagName === 'TABLE') return up;
  return null;
}

/** Whether `td` is a menu column beside `main`, the row's cell with the most text. */
function isMenuColumn(td: DomElement, text: number, main: number): boolean {
  if (text === 0 || text > MAX_COLUMN_CHARS || main < MIN_MAIN_CHARS || main < 2 * text) return false;
  if (td.querySelectorAll('h1, h2, h3, h4').length > 0) return false;
  if (Array.from(td.querySelectorAll('p')).some((p) => squash(p.textContent).length >= PROSE_CHARS)) return false;
  const links = Array.from(td.querySelectorAll('a')).filter((a) => squash(a.textContent) !== '');
  const linked = links.reduce((n, a) => n + squash(a.textContent).length, 0);
  // (or a column of short lines set apart by <br>s or boxed in a table of its own, with fewer links: the shop's opening hours and
  // address, "Click photo to enlarge", a poster's rank and post count; round 152, after batch 605's deli: 34 such cells in the
  // corpus are furniture, none article)
  return (links.length >= MIN_LINKS && linked >= MIN_LINK_SHARE * text) || (links.length < MIN_LINKS && setInLines(td));
}

const setInLines = (td: DomElement): boolean => td.querySelectorAll('br, table').length > 0;

/** Removes the menu columns of table layouts from `doc` in place. */
export function removeMenuColumns(doc: DomDocument): void {
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    if (table.parentNode === null) continue;
    const rows = rowsOf(table);
    if (rows.length > MAX_LAYOUT_ROWS) continue;
    for (const tr of rows) {
      const cells = Array.from(tr.children).filter((c) => c.tagName === 'TD');
      if (cells.length < 2) continue;
      const texts = cells.map((c) => squash(c.textContent).length);
      const main = Math.max(...texts);
      cells.forEach((td, i) => {
        if (texts[i] !== main && isMenuColumn(td, texts[i] ?? 0, main)) td.remove();
      });
    }
  }
}
