/**
 * How many gold texts of the comparison's pages (comparison-sets.ts) a pattern matches, by list (title, headings, body, bylines,
 * furniture), with the first few of each: the evidence a furniture line or heading rule cites ("33 texts in the gold, all furniture").
 *
 *   npx tsx --conditions=source packages/reader/scripts/gold-count.ts 'PATTERN' [FLAGS]
 *
 * PATTERN is a JavaScript regular expression matched against each text with white space collapsed; FLAGS default to `iu`.
 */
import { SETS } from './comparison-sets.js';

const [source, flags = 'iu'] = process.argv.slice(2);
if (source === undefined) {
  process.stderr.write("usage: gold-count.ts 'PATTERN' [FLAGS]\n");
  process.exit(2);
}
const re = new RegExp(source, flags);
const LISTS = ['title', 'headings', 'body', 'bylines', 'furniture'] as const;
const found: Record<(typeof LISTS)[number], string[]> = { title: [], headings: [], body: [], bylines: [], furniture: [] };
const seen = new Set<string>();
for (const [, pages] of SETS)
  for (const page of pages) {
    if (seen.has(page.name)) continue;
    seen.add(page.name);
    for (const list of LISTS)
      for (const text of list === 'title' ? [page.title] : page[list])
        if (re.test(text.replace(/\s+/g, ' ').trim())) found[list].push(`${page.name}: ${text.slice(0, 100)}`);
  }
process.stdout.write(`${seen.size} pages\n`);
for (const list of LISTS) {
  process.stdout.write(`${list}: ${found[list].length}\n`);
  for (const line of found[list].slice(0, 6)) process.stdout.write(`   ${line}\n`);
}
