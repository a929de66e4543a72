import type { Geometry } from './columns.js';
import type { Line } from './layout.js';

/** A list item's mark at a line's start: a bullet, a dash, "1." / "1)" / "(a)" / "iv.". */
export const LIST_MARK =
  /^(?:[\u2022\u25e6\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u2023\u2043\u2219\u00b7\u2013\u2014*-]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+/u;
/** A numbered clause's number at a paragraph's start ("4.2 The tenant ...", "1.1.3 Where ..."). */
export const CLAUSE = /^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(?=[\p{Lu}"\u201c(])/u;
/** A caption's label: "Figure 2.", "Fig. 3:", "Table 1 -", "Source:". */
export const CAPTION = /^(?:(?:Figure|Fig\.|Table|Chart|Exhibit|Plate|Listing|Map|Box)\s+[\dIVXA-Z]+(?:\.\d+)?\s*[.:|\u2013\u2014-]|Source:)/;
/** A heading after which every paragraph is a reference list's entry (or a note). */
export const REFERENCES = /^(?:[\dIVX]+\.?\s+)?(?:References|Bibliography|Works Cited|Literature Cited|Sources|Notes|Endnotes|Footnotes)$/i;
/** A table of contents' line: dot leaders, then a page number. */
export const LEADERS = /(?:\s?\.){4,}\s*(?:\d+|[ivxlc]+)?$/i;
/** A reference list's entry mark ("[3] ..."): it opens an entry, whose own lines hang right of it. */
export const ENTRY_MARK = /^\[\d{1,3}\]\s/;
/** A displayed equation's line: its number at the end, and math in it or little else ("\u03c3 = kx + \u03b5D, (2)"). */
export function isEquation(text: string): boolean {
  return /\(\d{1,3}[a-z]?\)$/.test(text) && (/[=+\u2212\u2211\u222b\u2264\u2265<>]/u.test(text) || text.length < 25);
}
/** A table's row set without wide gaps: half its words or more hold digits (three or more), and it does not end as a sentence or a clause does. */
export function isNumericRow(text: string): boolean {
  const tokens = text.split(/\s+/);
  const numeric = tokens.filter((t) => /\d/.test(t)).length;
  return numeric >= 3 && numeric >= 0.5 * tokens.length && !/[.!?,;:\u2013\u2014-]$/u.test(text);
}
/** A line that ends a sentence (or a label: "Abstract:"). */
export const ENDS = /[.!?:"\u201d)]$/u;

/** Whether line `l` starts a new paragraph after `prev` (both body text or both small print). */
export function breaks(prev: Line, l: Line, geo: Geometry, hanging = false): boolean {
  // the next line of the same column: just below, overlapping it across (an indented block's lines too)
  const below = prev.page === l.page && prev.y > l.y && prev.y - l.y < 3 * l.size && (hanging || (l.x < prev.right && l.right > prev.x));
  // a word split at the line's end runs on
  if (/\p{L}-$/u.test(prev.text) && /^\p{Ll}/u.test(l.text)) return false;
  const ends = ENDS.test(prev.text);
  // the next line's first word would have fitted at the end of the line before: that line ended its paragraph (or item)
  const word = /^\S+/u.exec(l.text)?.[0] ?? '';
  const perChar = (l.right - l.x) / Math.max(1, l.text.length);
  if (!/-$/.test(prev.text) && geo.room(prev) > perChar * (word.length + 1) + l.size) return true;
  if (below) return prev.y - l.y > 1.45 * geo.spacing || (!hanging && geo.indented(l) && !geo.indented(prev)) || (ends && geo.short(prev));
  // a new column or page: the paragraph runs on unless the line before ended one (and, where paragraphs are
  // not indented, the new line opens a sentence)
  if (geo.indentStyle) return geo.indented(l) || (ends && geo.short(prev));
  return ends && /^[\p{Lu}\d"\u201c\u2018(]/u.test(l.text);
}

/** A paragraph's lines as one text, words hyphenated at line ends joined. */
export function joinLines(parts: readonly string[], compounds: ReadonlySet<string>): string {
  let text = '';
  for (const p of parts) {
    const cut = /(\p{L}+)-$/u.exec(text);
    const next = /^\p{Ll}[\p{L}]*/u.exec(p);
    if (cut !== null && next !== null) {
      const keep = compounds.has(`${cut[1]}-${next[0]}`.toLowerCase());
      text = (keep ? text : text.slice(0, -1)) + p;
    } else if (/[\p{L}\d][\u2013-]$/u.test(text) && /^[\p{Lu}\d]/u.test(p))
      text += p; // "1968\u2013" + "1972", "Anglo-" + "Saxon": the text's own
    else text = text === '' ? p : `${text} ${p}`;
  }
  return text.replace(/[\ufb00-\ufb06]/g, (c) => c.normalize('NFKC'));
}

export const words = (t: string): number => t.split(/\s+/).length;
