import { plain } from './page-kit.js';

/** Held-out batch 519: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `&` escaped for HTML text. */
export const esc = (t: string): string => t.replace(/&(?![a-z#0-9]+;)/g, '&amp;');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A URL path piece made from a link text. */
export const slug = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** `<li class><a class>` menu items built from the furniture texts (`&` escaped), for templates whose links carry a class. */
export const menu = (items: readonly string[], liCls: string, aCls: string, inner = (t: string): string => esc(t)): string =>
  items.map((t) => `<li class="${liCls}"><a href="/${slug(t)}" class="${aCls}">${inner(t)}</a></li>`).join('\n');

/** Bare `<a class>` links built from the furniture texts, for templates that lay links out without lists. */
export const anchors = (items: readonly string[], cls: string): string => items.map((t) => `<a href="/${slug(t)}" class="${cls}">${esc(t)}</a>`).join('\n');

/** `<tr>` rows of cells written as HTML (`tag` is td or th). */
export const trs = (rows: readonly (readonly string[])[], tag = 'td', cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`).join('\n');

/** The gold of table data rows: one entry a row, its cells' plain texts joined with spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));
