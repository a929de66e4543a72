import type { DomDocument } from './dom.js';

/**
 * Clears the classes of headings and of the phrases inside paragraphs, once the rules that read
 * them have run (the standfirst's): they are styling, and Readability's "unlikely candidate" test
 * drops an element for one ("header" in WP Recipe Maker's "wprm-recipe-header" dropped
 * "Ingredients"; "legends" in PR Newswire's "legendSpanClass" dropped a release's dateline words).
 */
export function clearStylingClasses(doc: DomDocument): void {
  const headings = 'h1[class], h2[class], h3[class], h4[class], h5[class], h6[class]';
  const phrases = 'p span[class], p em[class], p strong[class], p b[class], p i[class], p small[class]';
  for (const el of Array.from(doc.querySelectorAll(`${headings}, ${phrases}`))) el.setAttribute('class', '');
}
