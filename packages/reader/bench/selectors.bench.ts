/**
 * `pnpm bench` for the compiled-selector cache (src/html/selector-cache.ts): the rules' extraction of the test pages with
 * linkedom's selectors kept compiled, against linkedom's own methods (a compile on every call), timed in this process
 * (fastest of 3 each). Target: the cached reading takes at most 0.75 of the uncached time (session 46, 800 pages of the
 * comparison: 51 against 103 ms a page). The bench exits 1 otherwise.
 */
import { createRequire } from 'node:module';
import { extractArticleWith } from '../src/html/article.js';
import { parseDocument } from '../src/html/parse-linkedom.js';
import { cacheCompiledSelectors, restoreLinkedomSelectors } from '../src/html/selector-cache.js';
import { TEST_PAGES } from '../src/test-support/pages.js';
import { fastest } from './timing.js';

const TARGET = 0.75;
const linkedom = createRequire(import.meta.url).resolve('linkedom');

const htmls = TEST_PAGES.map((p) => p.html);
const readAll = (): void => htmls.forEach((h) => extractArticleWith(h, parseDocument));
readAll();
if (!cacheCompiledSelectors(linkedom)) {
  console.error('the selector cache could not reach linkedom');
  process.exit(1);
}
const cached = fastest(readAll);
restoreLinkedomSelectors(linkedom);
const own = fastest(readAll);
cacheCompiledSelectors(linkedom);
const ratio = cached / own;
console.log('| measure | value | target |');
console.log('|---|---:|---:|');
const times = `${cached.toFixed(0)} / ${own.toFixed(0)} ms`;
console.log(`| reading ${htmls.length} test pages, selectors cached / compiled per call (${times}) | ${ratio.toFixed(2)} | <= ${TARGET} |`);
if (ratio > TARGET) {
  console.error('the selector cache is over its time target');
  process.exit(1);
}
