import { plain } from './page-kit.js';

/** Pieces of one paragraph joined with spaces, to keep source lines short. */
export const j = (...parts: readonly string[]): string => parts.join(' ');

/** A table row; cells are separated by a space so the row's plain text keeps its words apart. */
export const tr = (cells: readonly string[], tag = 'td'): string => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join(' ')}</tr>`;

/** The plain texts of table rows (each row one body entry). */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));
