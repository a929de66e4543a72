/** Joins the pieces of one long paragraph or attribute with single spaces (keeps source lines short). */
export const j = (...parts: string[]): string => parts.join(' ');

/** Paragraphs of a social post written the way the apps save them: one element, blank lines as `<br><br>`. */
export const brs = (paragraphs: readonly string[]): string => paragraphs.join('<br><br>\n');
