import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPastedText, parseWithDomParser } from './browser.js';
import { parseDocument } from './html/parse-linkedom.js';
import { readDocument } from './read-document.js';
import { ALL_PAGES } from './test-support/pages.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Every source file reachable from `entry` through relative imports, with its bare imports. */
function moduleGraph(entry: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(entry)) return seen;
  const src = readFileSync(entry, 'utf8');
  seen.set(
    entry,
    [...src.matchAll(/from '([^.][^']*)'/g)].map((m) => m[1]!),
  );
  for (const m of src.matchAll(/from '(\.[^']+)\.js'/g)) moduleGraph(resolve(dirname(entry), `${m[1]}.ts`), seen);
  return seen;
}

describe('@vecsum/reader/browser (pasted text in a web page)', () => {
  it('imports nothing from Node and not linkedom anywhere in its module graph; only Readability and the stop-word list', () => {
    const graph = moduleGraph(join(here, 'browser.ts'));
    expect(graph.size).toBeGreaterThan(6);
    const bare = new Set([...graph.values()].flat());
    expect([...bare].sort()).toEqual(['@mozilla/readability', '@vecsum/embeddings/stopwords']);
    // the stop-word list (the learned furniture model's content words) is a module of data that imports nothing
    expect(readFileSync(join(here, '../../embeddings/src/segment/stopwords.ts'), 'utf8')).not.toMatch(/^import /m);
    for (const f of graph.keys()) expect(readFileSync(f, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''), f).not.toMatch(/\bBuffer\.|require\(/);
  });

  // one test per page: a loop over every page in one test ran past the test timeout on a loaded 2-core machine (508 pages, session 18)
  it.each(
    ALL_PAGES.map((page) => [page.name, page] as const),
  )('reads %s as readDocument does, given the same parser (the rules are one module)', async (_, page) => {
    const node = await readDocument(page.html, { type: 'html' });
    const pasted = readPastedText(page.html, 'html', parseDocument);
    expect({ text: pasted.text, title: pasted.title }).toEqual({ text: node.text, title: node.title });
  });

  it('reads pasted plain text and Markdown as readDocument does: BOM dropped, line endings normalised', async () => {
    for (const [raw, type] of [
      ['\uFEFFRivers flood.\r\nTowns move.\rPeople stay.', 'text'],
      ['# Floods\r\n\r\nRivers rise.', 'markdown'],
    ] as const) {
      const node = await readDocument(raw, { type });
      expect(readPastedText(raw, type, parseDocument)).toEqual({
        text: node.text,
        format: node.format,
        ...(node.title === undefined ? {} : { title: node.title }),
      });
    }
    expect(readPastedText('a\r\nb', 'text').text).toBe('a\nb');
  });

  it('says where to parse when DOMParser is missing (Node, a Web Worker)', () => {
    expect(() => parseWithDomParser('<p>x</p>')).toThrow(/DOMParser is not available/);
    expect(() => readPastedText('<p>x</p>', 'html')).toThrow(/main thread/);
  });
});
