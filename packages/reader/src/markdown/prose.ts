/**
 * The prose of a Markdown document, as the summarizer should read it. Left out: fenced code
 * blocks (``` or ~~~, to the closing fence or the end) and HTML comments, as a web page's
 * <pre> and comments are, and tables (a header row over a |---| rule, and the rows under
 * it): in Markdown a table is data, never page layout, and its rows are no summary sentences.
 * Each left-out line becomes an empty line, so paragraphs stay apart; the rest is unchanged.
 */
export function markdownProse(text: string): string {
  const lines = text.replace(/<!--[\s\S]*?(?:-->|$)/g, '').split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  let inTable = false;
  lines.forEach((line, i) => {
    const opener = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      // a fence closes on a line of at least as many of the same marks, nothing after them
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined;
      out.push('');
      return;
    }
    if (opener !== undefined) {
      fence = opener;
      out.push('');
      return;
    }
    // a table starts at a row whose next line is the |---| rule, and runs while rows follow
    inTable = TABLE_ROW.test(line) && (inTable || TABLE_RULE.test(lines[i + 1] ?? ''));
    out.push(inTable ? '' : line);
  });
  return out.join('\n');
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** |---|:--:| under a table's header. */
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/** A table row: cells between pipes (the rule row is one too). */
const TABLE_ROW = /^\s*\|?.*\|.*$/;
