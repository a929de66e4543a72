/**
 * Held-out batch 94, shared helper: paragraphs written as one template text (blank lines between paragraphs, line breaks
 * inside a paragraph are spaces), so long article texts stay under the line limit without string concatenation.
 */
export const paras = (t: string): string[] =>
  t
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' '));

/** The texts joined as `<tag attrs>text</tag>` lines. */
export const tags = (tag: string, items: readonly string[], attrs = ''): string => items.map((t) => `<${tag}${attrs}>${t}</${tag}>`).join('\n');
