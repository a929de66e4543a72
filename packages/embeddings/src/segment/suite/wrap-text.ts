/**
 * Hard-wraps text the way `fmt`, e-mail clients and plain-text news feeds do: every line longer
 * than `width` columns (indentation included) is broken at spaces so that each piece fits (a
 * word longer than the width stands alone); shorter lines (blank lines, list items, headings,
 * verse, table rows) are left as they are. Every output line gets `indent` in front.
 */
export function wrapText(text: string, width: number, indent = ''): string {
  return text
    .split('\n')
    .map((line) => {
      if (indent.length + line.length <= width) return indent + line;
      const out: string[] = [];
      let current = '';
      for (const word of line.split(/ +/).filter((w) => w !== '')) {
        if (current !== '' && indent.length + current.length + 1 + word.length > width) {
          out.push(indent + current);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      if (current !== '') out.push(indent + current);
      return out.join('\n');
    })
    .join('\n');
}
