/** Held-out batch 469: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A section of an article: its heading and its paragraphs (HTML strings). */
export interface Sec {
  h: string;
  p: readonly string[];
}

/** The HTML of sections, each heading in `tag` with `hAttrs`, its paragraphs as `<p>`. */
export const secs = (list: readonly Sec[], tag = 'h2', hAttrs = ''): string =>
  list.map((s) => `<${tag}${hAttrs}>${s.h}</${tag}>\n${s.p.map((p) => `<p>${p}</p>`).join('\n')}`).join('\n');

/** The headings of sections. */
export const secHeads = (list: readonly Sec[]): string[] => list.map((s) => s.h);

/** The paragraphs of sections, in order. */
export const secParas = (list: readonly Sec[]): string[] => list.flatMap((s) => [...s.p]);
