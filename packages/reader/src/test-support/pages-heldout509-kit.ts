/** Held-out batch 509: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A section of an article: its heading and its blocks (HTML strings). */
export interface Sec {
  h: string;
  ps: readonly string[];
}

/** The headings of the sections. */
export const heads = (secs: readonly Sec[]): string[] => secs.map((s) => s.h);

/** The blocks of the sections, in order. */
export const blocks = (secs: readonly Sec[]): string[] => secs.flatMap((s) => [...s.ps]);

/** Sections as `<hN>` then `<p>` elements, with optional attributes on both. */
export const secHtml = (secs: readonly Sec[], tag = 'h2', hAttrs = '', pAttrs = ''): string =>
  secs.map((s) => `<${tag}${hAttrs}>${s.h}</${tag}>\n${s.ps.map((p) => `<p${pAttrs}>${p}</p>`).join('\n')}`).join('\n');
