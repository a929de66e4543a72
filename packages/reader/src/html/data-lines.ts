import { isElement, squash, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { isBadge, NOTES_HEADING, sectionOf } from './notes.js';
import { MAIL_HEADER } from './prose-pre.js';

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
 *   "Specifications" section written as prose stays);
 * - a record table (round 6, after batch 7's museum object page): three or more rows, each a
 *   header cell and one value cell, every cell short ("Object type | Long-case clock", "Date |
 *   about 1790"), as catalogue records, product specifications and fact boxes are set. A table
 *   with a header row (columns of values to compare) stays;
 * - an index of items (round 6, after batch 7's docs.rs page): a definition list whose terms are
 *   each one link, with a one-line description under each (one item too: a crate's one enum) ("Window: Extremes over
 *   the last N samples"), as rustdoc, Javadoc and Sphinx autosummary list a module's items. It
 *   points to other pages, like a table of contents;
 * - a table of files with their sizes (attachments);
 * - the labels of a documentation comment's tags (a definition list of "Returns:" terms) and an
 *   API page's member summary section (round 9);
 * - label-value records set as a definition list or as lines (round 10, after batch 11): a list
 *   of two or more short labels each with short values and no sentence ("Inventor | Ingrid
 *   Solvang | Paul Metcalfe | Current Assignee | Verdant Home Products Ltd", a patent's
 *   bibliographic fields), and a run of two or more sibling lines each a "Label: value" of a few
 *   words ("Venue: Council Chamber, The Guildhall" over a council's minutes, "Archives: 1, 2" /
 *   "Auto-archiving period: 90 days" in a talk page's archive box): records, as the table form is; so is a run of a
 *   weather product's "LABEL...value" lines (round 18).
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
    '|nutrition(?: facts| information| per serving)?' +
    // an API page's member index (Javadoc: "Method Summary", "Field Summary"; round 9, after batch 10)
    '|(?:method|field|constructor|nested class|property|enum constant|(?:optional |required )?element) summary)$',
  'i',
);
const LINE_MAX_CHARS = 500;
const CELL_MAX_CHARS = 120;
const RECORD_MIN_ROWS = 3;
const INDEX_DESCRIPTION_MAX_CHARS = 200;
const VALUE_MAX_CHARS = 60;

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
  for (const t of Array.from(doc.querySelectorAll('table'))) if (t.parentNode !== null && (isRecordTable(t) || isFileTable(t))) t.remove();
  for (const list of Array.from(doc.querySelectorAll('ul'))) if (list.parentNode !== null && (isChangeList(list) || isMailHeaderList(list))) list.remove();
  for (const dl of Array.from(doc.querySelectorAll('dl'))) {
    if (dl.parentNode !== null && (isItemIndex(dl) || isRecordList(dl))) dl.remove();
    else if (dl.parentNode !== null) removeTagLabels(dl);
  }
  for (const el of Array.from(doc.querySelectorAll('p, li, div, span, dd, td'))) {
    if (el.parentNode === null || el.querySelectorAll('p, li, div, table').length > 0) continue;
    if (isDataLine(squash(el.textContent))) el.remove();
  }
  for (const run of labelLineRuns(doc)) for (const el of run) el.remove();
}

const RECORD_MIN_LABELLED_ROWS = 4;
/** The tags of a documentation comment (Javadoc, JSDoc, Doxygen as rendered). */
const DOC_TAG = new RegExp(
  '^(?:parameters|params?|returns?|throws|exceptions?|since|see also|type parameters|overrides|specified by' +
    '|implementation note|api note|deprecated|author|version):$',
  'i',
);

/** A short value: no sentence, a few words ("Ingrid Solvang", "Verdant Home Products Ltd"). */
const isShortValue = (text: string): boolean => text !== '' && text.length <= VALUE_MAX_CHARS && !/[.!?]$/.test(text);

/**
 * A definition list of two or more short labels, every value short (a patent's "Inventor", "Current Assignee"); its
 * label-value pairs may sit in a `<div>` each (round 16, after batch 17's museum object page: "Medium:" / "Cotton, with ink
 * inscriptions", nine such rows of a catalogue record).
 */
function isRecordList(dl: DomElement): boolean {
  const children = Array.from(dl.children).flatMap((c) => (c.tagName === 'DIV' ? Array.from(c.children) : [c]));
  const terms = children.filter((c) => c.tagName === 'DT');
  const values = children.filter((c) => c.tagName === 'DD');
  const labels = terms.map((dt) => squash(dt.textContent));
  return (
    terms.length >= 2 &&
    values.length >= terms.length &&
    // a doc comment's tag labels ("Parameters:", "Returns:") keep their texts (removeTagLabels); a record of four or more
    // labelled rows, none a doc tag, is a record
    (!labels.every(isLabelText) || (labels.length >= RECORD_MIN_LABELLED_ROWS && !labels.some((t) => DOC_TAG.test(t)))) &&
    terms.every((dt) => /^\p{Lu}[\p{L}\d '’/()-]{0,30}:?$/u.test(squash(dt.textContent))) &&
    values.every((dd) => isShortValue(squash(dd.textContent)) && dd.querySelectorAll('p, ul, ol, dl, pre, table, div').length === 0)
  );
}

/**
 * "Venue: Council Chamber, The Guildhall, Thornby. View directions": a label of one to three words, a colon and a short
 * value that ends in no full stop (a bug report's "Actual results: page 2 is cut off." is a sentence).
 */
const LABEL_LINE = /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}:\s+\S.{0,90}[^.!?]$/u;
/**
 * A weather product's label line: an upper-case label, three dots, its value ("DISCUSSION...Kowalczyk" signing a
 * forecast discussion's section, "MN...Winter Weather Advisory ... for MNZ020-021."; round 18, after batch 19).
 */
const DOTS_LINE = /^[A-Z][A-Z/ ]{1,30}\.\.\.\S.{0,100}$/;

const isLabelLine = (text: string): boolean => LABEL_LINE.test(text) || DOTS_LINE.test(text);

/** Runs of two or more sibling lines of one tag, each a label line and nothing else inside. */
function labelLineRuns(doc: DomDocument): DomElement[][] {
  const runs: DomElement[][] = [];
  for (const parent of Array.from(doc.querySelectorAll('div, section, article, main, td, li'))) {
    let run: DomElement[] = [];
    const close = (): void => {
      if (run.length >= 2) runs.push(run);
      run = [];
    };
    for (const child of Array.from(parent.children)) {
      const same = run.length === 0 || run[0]?.tagName === child.tagName;
      const bare = child.querySelectorAll('p, div, ul, ol, table').length === 0;
      const line = /^(?:P|DIV)$/.test(child.tagName) && ((bare && isLabelLine(squash(child.textContent))) || isFieldBox(child));
      if (!line || !same) close();
      if (line) run.push(child);
    }
    close();
  }
  return runs;
}

/**
 * A field set as a box of two (round 38, after batch 42's Redmine issue: `<div class="status attribute"><div class="label">Status:
 * </div><div class="value">Resolved</div></div>`): a label ending in a colon and a short value, maybe empty, maybe a progress bar.
 */
function isFieldBox(el: DomElement): boolean {
  const kids = Array.from(el.children);
  // (the value may be gone, a status badge the furniture pass took)
  // (boxes, not a paragraph's words: "<strong>Nell:</strong> <em>A Field Guide to Lost Railways</em> by ..." is a sentence)
  if (kids.length === 0 || kids.length > 2 || kids.some((k) => k.tagName !== 'DIV' || k.querySelectorAll('div, ul, ol').length > 0)) return false;
  const [label, value] = kids.map((k) => squash(k.textContent));
  return /^[^.!?:]{1,30}:$/.test(label ?? '') && (value === undefined || value === '' || isShortValue(value));
}

/**
 * A tracker's list of property changes (round 38, after batch 42's Trac ticket and Redmine issue): every item "Status changed
 * from new to assigned", "Owner set to hvandenberg", "Keywords needs-review removed", "Attachment flush.diff added".
 */
const CHANGE = /^[\p{L}%#][\p{L}\d%# '’/_.-]{0,40} (?:changed from .{1,80} to .{1,80}|set to .{1,80}|deleted|removed|added|cleared)(?: \(.{1,80}\))?$/u;
/**
 * A message's header set as a list (round 40, after batch 50's MHonArc page: "To: ...", "Subject: ...", "Message-id: <...>", one
 * header to an item): the mail's envelope, not its text.
 */
const isMailHeaderList = (list: DomElement): boolean => {
  const items = Array.from(list.children);
  return items.length >= MAIL_HEADER_MIN_ITEMS && items.every((li) => li.tagName === 'LI' && MAIL_HEADER.test(squash(li.textContent)));
};
const MAIL_HEADER_MIN_ITEMS = 3;

const isChangeList = (list: DomElement): boolean => {
  const items = Array.from(list.children);
  return items.length > 0 && items.every((li) => li.tagName === 'LI' && CHANGE.test(squash(li.textContent)) && !/[.!?]$/.test(squash(li.textContent)));
};

/**
 * Rows of one header cell and one value cell, all short (a catalogue record, a spec sheet). The
 * header may be a label cell, a <td> ending in a colon, or empty under one ("Comments: | 14
 * pages", "| (or arXiv:2502.04417v2)": arXiv's metadata table; round 9, after batch 9).
 */
function isRecordTable(table: DomElement): boolean {
  const rows = Array.from(table.querySelectorAll('tr')).map((tr) => Array.from(tr.children).filter((c) => c.tagName === 'TH' || c.tagName === 'TD'));
  const header = (c: DomElement | undefined): boolean => c?.tagName === 'TH' || isLabelText(squash(c?.textContent ?? ''));
  return (
    rows.length >= RECORD_MIN_ROWS &&
    rows.filter((cells) => header(cells[0])).length >= RECORD_MIN_ROWS - 1 &&
    rows.every(
      (cells, i) =>
        // a label whose value the furniture pass took ("Comments:" in a cell named "comments")
        // (or two label-value pairs to a row: Trac's ticket properties, "Reported by: | okonkwo_a | Owned by: | hvandenberg"; round 37)
        (cells.length === 2 || cells.length === 4 || (cells.length === 1 && header(cells[0]))) &&
        (header(cells[0]) || (i > 0 && squash(cells[0]?.textContent ?? '') === '')) &&
        (cells.length !== 4 || header(cells[2]) || squash(cells[2]?.textContent ?? '') === '') &&
        [cells[1], cells[3]].every((c) => c === undefined || c.tagName === 'TD') &&
        cells.every((c) => squash(c.textContent).length <= CELL_MAX_CHARS),
    )
  );
}

/** A file's size as listings print it ("18.40 KB", "3 MB", "905 bytes"). */
const FILE_SIZE = /\b\d+(?:[.,]\d+)?\s?(?:bytes|[KMG]i?B)\b/;

/**
 * A table of files (round 9, after batch 10's Bugzilla bug): two or more rows naming a file by a
 * link with its size ("Sample document (18.40 KB, application/pdf) | no flags | Details"), as bug
 * trackers, wikis and download pages list attachments, no cell of prose. The files are not the text.
 */
function isFileTable(table: DomElement): boolean {
  const rows = Array.from(table.querySelectorAll('tr'));
  const files = rows.filter((tr) => FILE_SIZE.test(squash(tr.textContent)) && tr.querySelectorAll('a').length > 0);
  return files.length >= 2 && rows.every((tr) => squash(tr.textContent).length <= CELL_MAX_CHARS * 2) && table.querySelectorAll('p').length === 0;
}

/** A label: a few words and a colon ("Comments:", "See Also:", "Parameters:"). */
export const isLabelText = (text: string): boolean => /^\p{L}[\p{L}\d '’/()-]{0,30}:$/u.test(text);

/**
 * A documentation comment's tag labels (round 9, after batch 10's Javadoc page): a definition list
 * whose every term is a label ("Parameters:", "Returns:", "Throws:", "Since:", "See Also:") loses
 * its labels and keeps its texts (what a parameter is, what is returned), all but a bare version
 * or number ("Since: 2.1"), which is metadata.
 */
function removeTagLabels(dl: DomElement): void {
  const terms = Array.from(dl.children).filter((c) => c.tagName === 'DT');
  if (terms.length === 0 || !terms.every((dt) => isLabelText(squash(dt.textContent)))) return;
  for (const el of Array.from(dl.children)) {
    if (el.tagName === 'DT' || (el.tagName === 'DD' && /^v?\d+(?:\.\d+)*$/.test(squash(el.textContent)))) el.remove();
  }
}

/** A definition list whose terms are each one link and whose descriptions are one line each. */
function isItemIndex(dl: DomElement): boolean {
  const terms = Array.from(dl.children).filter((c) => c.tagName === 'DT');
  const descriptions = Array.from(dl.children).filter((c) => c.tagName === 'DD');
  const linkTerm = (dt: DomElement): boolean => {
    const links = Array.from(dt.querySelectorAll('a'));
    return links.length === 1 && squash(links[0]?.textContent ?? '') === squash(dt.textContent) && squash(dt.textContent) !== '';
  };
  return (
    terms.length > 0 &&
    terms.length === descriptions.length &&
    terms.every(linkTerm) &&
    descriptions.every((dd) => squash(dd.textContent).length <= INDEX_DESCRIPTION_MAX_CHARS && dd.querySelectorAll('p, ul, ol, dl, pre, table').length === 0)
  );
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
