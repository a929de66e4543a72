/**
 * How long the reader takes a page: N pages of the extractor comparison (comparison-sets.ts, evenly spread over it) read once
 * each with the shipped model, in ms a page, with linkedom's compiled selectors kept (as shipped) or, with --uncached, compiled
 * on every call as linkedom does on its own (src/html/selector-cache.ts).
 *
 *   npx tsx --conditions=source packages/reader/scripts/time-pages.ts [N] [--uncached]
 */
import { createRequire } from 'node:module';
import { extractArticle } from '../src/html/extract.js';
import { restoreLinkedomSelectors } from '../src/html/selector-cache.js';
import type { TestPage } from '../src/test-support/page-kit.js';
import { SETS } from './comparison-sets.js';

const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 800);
const seen = new Set<string>();
const pages: TestPage[] = [];
for (const [, set] of SETS)
  for (const page of set)
    if (!seen.has(page.name)) {
      seen.add(page.name);
      pages.push(page);
    }
const step = Math.max(1, Math.floor(pages.length / n));
const picked = pages.filter((_, i) => i % step === 0).slice(0, n);
extractArticle('<p>warm-up</p>');
if (process.argv.includes('--uncached')) restoreLinkedomSelectors(createRequire(import.meta.url).resolve('linkedom'));
const start = performance.now();
for (const page of picked) extractArticle(page.html);
const ms = performance.now() - start;
process.stdout.write(`${picked.length} pages in ${(ms / 1000).toFixed(1)} s: ${(ms / picked.length).toFixed(1)} ms a page\n`);
