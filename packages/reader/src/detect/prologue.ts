/** What opens a text that opens with markup. */
export interface Prologue {
  /** Index of the `<` of the first element's tag; -1 when none follows (a doctype alone). */
  readonly tagAt: number;
  /** True when a `<!doctype html ...>` came before it. */
  readonly doctypeHtml: boolean;
}

/**
 * The prologue of a text: after a BOM, white space, an XML declaration, processing
 * instructions, comments and doctypes, skipped by a linear scan (a regular expression that
 * repeats `<!--[\s\S]*?-->` backtracks exponentially: 25 comments and a letter froze the event
 * loop). Undefined when the text does not open with markup (or a comment is never closed).
 */
export function prologue(text: string): Prologue | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let doctypeHtml = false;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text[i] !== '<') return doctypeHtml ? { tagAt: -1, doctypeHtml } : undefined;
    let close: number;
    if (text.startsWith('<!--', i)) close = text.indexOf('-->', i + 4) + 3;
    else if (text.startsWith('<?', i) || text.startsWith('<!', i)) {
      if (/^<!doctype\s+html/i.test(text.slice(i, i + 20))) doctypeHtml = true;
      close = text.indexOf('>', i) + 1;
    } else return { tagAt: i, doctypeHtml };
    if (close <= i) return undefined; // never closed
    i = close;
  }
}
