/** E-mail line wrapping for held-out batch 8's mail archive pages (link lists: `links` in page-kit.ts). */

/** Text wrapped at `width` columns, as a mail archive shows a message in its `<pre>`. */
export function wrap(text: string, width = 72): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
