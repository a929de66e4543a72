import { plain } from './page-kit.js';

/** Held-out batch 280, small shared helpers. Paragraph text joined from short pieces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` lines of plain items (no links). */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');

/** A paragraph hard-wrapped at `width` columns, as a mail client writes plain text. */
export const wrap = (text: string, width = 72): string => {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line !== '' && line.length + w.length + 1 > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
};

/** Paragraphs of a plain-text message, wrapped and separated by blank lines (for `<pre>`). */
export const pre = (paragraphs: readonly string[]): string => paragraphs.map((p) => wrap(p)).join('\n\n');

/** A quoted block of a plain-text reply: each wrapped line behind '&gt; '. */
export const quoted = (text: string): string =>
  wrap(text, 68)
    .split('\n')
    .map((l) => `&gt; ${l}`)
    .join('\n');

/** The plain text of a quoted block, as its furniture entry. */
export const quotedText = (text: string): string => plain(quoted(text));
