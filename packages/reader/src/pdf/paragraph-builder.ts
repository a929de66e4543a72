import { columnGeometry, type Geometry } from './columns.js';
import type { Line } from './layout.js';
import { breaks, CAPTION, CLAUSE, ENDS, ENTRY_MARK, isEquation, isNumericRow, joinLines, LEADERS, LIST_MARK, REFERENCES, words } from './line-rules.js';

/** A paragraph or heading of the text, and whether a summary should leave it alone. */
export interface Block {
  text: string;
  doubtful: boolean;
}

/** Lines in reading order to paragraphs and headings, one line at a time (the rules: `toText`). */
export class ParagraphBuilder {
  private readonly geo: Geometry;
  private readonly largest: number;
  /** Compounds the document writes with a hyphen ("pressure-treated"): their hyphen stays at a line end. */
  private readonly compounds: ReadonlySet<string>;
  private readonly blocks: Block[] = [];
  private title: string | undefined;
  private current: string[] = [];
  private small: string[] = [];
  private smallLast: Line | undefined;
  /** Where the open small-print entry's mark starts ("[3]" of a reference list set small). */
  private smallHang: number | undefined;
  private last: Line | undefined;
  private heading: { line: Line; text: string } | undefined;
  private inReferences = false;
  /** Where the open list item's or clause's mark starts: its own lines hang right of it. */
  private hangFrom: number | undefined;

  constructor(lines: readonly Line[]) {
    this.geo = columnGeometry(lines);
    this.largest = Math.max(...lines.map((l) => l.size));
    this.compounds = new Set(lines.flatMap((l) => l.text.match(/\p{L}+-\p{L}+/gu) ?? []).map((w) => w.toLowerCase()));
  }

  add(l: Line): void {
    if (l.size < 0.88 * this.geo.body) this.addSmall(l);
    else if (this.continuesHeading(l)) this.heading = { line: l, text: joinLines([this.heading?.text ?? '', l.text], this.compounds) };
    else if (this.isHeading(l)) {
      this.flush();
      this.flushHeading();
      this.heading = { line: l, text: l.text };
    } else {
      this.addBody(l);
      return;
    }
    if (l.size >= 0.88 * this.geo.body) this.last = l;
  }

  finish(): { blocks: Block[]; title: string | undefined } {
    this.flush();
    this.flushHeading();
    return { blocks: this.blocks, title: this.title };
  }

  /** Small print: its own paragraphs, after the body paragraph it interrupts. */
  private addSmall(l: Line): void {
    const entry = ENTRY_MARK.test(l.text) || LIST_MARK.test(l.text);
    const hanging = this.smallHang !== undefined && l.x > this.smallHang + 0.5 * l.size;
    if (this.smallLast !== undefined && this.small.length > 0 && (entry || breaks(this.smallLast, l, this.geo, hanging))) this.flushSmall();
    if (this.small.length === 0) this.smallHang = entry ? l.x : undefined;
    this.small.push(l.text);
    this.smallLast = l;
  }

  /** A heading's next line: same font and size, right below it. */
  private continuesHeading(l: Line): boolean {
    const h = this.heading;
    if (h === undefined) return false;
    const dy = h.line.y - l.y;
    return (
      h.line.page === l.page &&
      h.line.font === l.font &&
      Math.abs(h.line.size - l.size) < 0.5 &&
      dy > 0 &&
      dy < 1.6 * l.size &&
      words(h.text) + words(l.text) <= 30
    );
  }

  private isHeading(l: Line): boolean {
    if (l.size >= 1.15 * this.geo.body && words(l.text) <= 20) return true;
    const standalone = this.last === undefined || this.heading !== undefined || ENDS.test(this.last.text) || breaks(this.last, l, this.geo);
    return l.font !== this.geo.bodyFont && words(l.text) <= 12 && !/[.,;]$/.test(l.text) && /^(?:[\dIVX]+(?:\.\d+)*\.?\s+)?\p{Lu}/u.test(l.text) && standalone;
  }

  private addBody(l: Line): void {
    const text = l.text;
    if (this.heading !== undefined) {
      this.flushHeading();
      this.last = undefined;
    }
    const cells = l.cells ?? [];
    const [label, prose] = cells;
    if (cells.length === 2 && label !== undefined && prose !== undefined && words(label.text) <= 4 && words(prose.text) >= 5) {
      // a term and its description (a glossary's, an option list's): the term on its own, the description a paragraph whose
      // lines hang at its start
      this.flush();
      this.blocks.push({ text: label.text, doubtful: true });
      this.current.push(prose.text);
      this.hangFrom = prose.x - l.size;
      this.last = l;
      return;
    }
    if (cells.length > 1 || LEADERS.test(text) || isEquation(text) || isNumericRow(text)) {
      // a table's row, a table of contents' line or a displayed equation: a paragraph of its own, not to be picked
      this.flush();
      this.blocks.push({ text: text.replace(LEADERS, '').trim(), doubtful: true });
      this.last = undefined;
      return;
    }
    const mark = LIST_MARK.exec(text) ?? CLAUSE.exec(text);
    const entry = ENTRY_MARK.test(text);
    const hanging = this.hangFrom !== undefined && l.x > this.hangFrom + 0.5 * l.size;
    if (this.last === undefined || mark !== null || entry || CAPTION.test(text) || breaks(this.last, l, this.geo, hanging)) {
      this.flush();
      this.hangFrom = mark === null && !entry ? undefined : l.x;
    }
    this.current.push(mark === null ? text : text.slice(mark[0].length));
    this.last = l;
  }

  private flushSmall(): void {
    if (this.small.length > 0) this.blocks.push({ text: joinLines(this.small, this.compounds), doubtful: true });
    this.small = [];
  }

  private flush(): void {
    if (this.current.length > 0) {
      const text = joinLines(this.current, this.compounds);
      this.blocks.push({ text, doubtful: this.inReferences || CAPTION.test(text) });
    }
    this.current = [];
    this.flushSmall();
  }

  private flushHeading(): void {
    const h = this.heading;
    if (h === undefined) return;
    const top = this.title === undefined && h.line.page === 0 && h.line.size === this.largest && this.blocks.length === 0;
    if (top) this.title = h.text;
    this.blocks.push({ text: `${top ? '#' : '##'} ${h.text}`, doubtful: false });
    this.inReferences = REFERENCES.test(h.text);
    this.heading = undefined;
  }
}
