/**
 * Large pages (issue 21: a 3 MB page of "&amp;" took 12 s and 1 GB, 20,000 paragraphs over a
 * minute). Each case asserts what bounds the work, never a time: the typed refusal naming the
 * limit, the page read whole with its warning, the nodes the parser leaves, the children read.
 * Times are in bench/hostile.bench.ts and the README's "Large pages" table.
 */
import { describe, expect, it } from 'vitest';
import { measureMarkup } from './html/guard.js';
import { parseDocument } from './html/parse-linkedom.js';
import { removeQuotedPosts } from './html/quotes.js';
import { MAX_ARTICLE_TEXT_WORK, MAX_CHARACTER_REFERENCES } from './limits.js';
import { readDocument } from './read-document.js';
import { countGetterReads } from './test-support/getter-spy.js';
import { STORY } from './test-support/hostile-files.js';
import { findStandfirst } from './html/standfirst.js';
import { unwrapHeadings } from './html/wrappers.js';
import { refused } from './test-support/hostile-outcome.js';

const page = (body: string): string => `<!doctype html><html lang="en"><head><title>Flood report</title></head><body>${body}</body></html>`;
const story = (i: number): string => `<p>Part ${i}. ${STORY}</p>`;

describe('large pages', () => {
  it('more character references than MAX_CHARACTER_REFERENCES are refused before parsing, naming the limit and what to do', async () => {
    const html = page(`<p>${STORY}</p><p>${'&amp; '.repeat(MAX_CHARACTER_REFERENCES + 1)}</p>`);
    await refused(html, 'INVALID_HTML', new RegExp(`${MAX_CHARACTER_REFERENCES + 1} character references .* at most ${MAX_CHARACTER_REFERENCES}.*\\.txt`));
    // at the limit it is read: the story, the ampersands as one run of text
    const read = await readDocument(page(`<p>${STORY}</p><p>Tom &amp; Jerry${' &amp;'.repeat(MAX_CHARACTER_REFERENCES - 1)}</p>`));
    expect(read.text).toContain(STORY);
    expect(read.text).toContain(`Tom & Jerry &`);
  });

  it('each run of text is one node, entities and all, as in a browser (linkedom made one node per entity)', () => {
    const doc = parseDocument(page('<p>Fish &amp; chips &lt;3 &copy; 2025&nbsp;Ltd</p>'));
    const p = doc.querySelectorAll('p')[0];
    expect(p?.childNodes.length).toBe(1);
    expect(p?.textContent).toBe('Fish & chips <3 © 2025\u00a0Ltd');
  });

  it('a page whose text work is over MAX_ARTICLE_TEXT_WORK is read whole, every paragraph in order, with LARGE_PAGE_READ_WHOLE', async () => {
    // 200 nested <div>s around 120 paragraphs: under the nesting limit, but every rule would read the text 200 times
    const parts = Array.from({ length: 120 }, (_, i) => i);
    const html = page(`<nav><a href="/">Home</a> <a href="/news">News</a></nav>${'<div>'.repeat(200)}${parts.map(story).join('')}${'</div>'.repeat(200)}`);
    expect(measureMarkup(html).textWork).toBeGreaterThan(MAX_ARTICLE_TEXT_WORK);
    const read = await readDocument(html);
    expect(read.warnings.map((w) => w.code)).toContain('LARGE_PAGE_READ_WHOLE');
    expect(read.warnings.find((w) => w.code === 'LARGE_PAGE_READ_WHOLE')?.message).toMatch(/all its text was read.*; to leave them out, save only the article/);
    expect(read.text.split('\n\n')).toEqual(['# Flood report', ...parts.map((i) => `Part ${i}. ${STORY}`)]);
    // the same paragraphs without the nesting go through the article rules, without the warning
    const flat = await readDocument(page(`<article><h1>Flood report</h1>${parts.map(story).join('')}</article>`));
    expect(flat.warnings.map((w) => w.code)).not.toContain('LARGE_PAGE_READ_WHOLE');
    expect(flat.text).toContain(`Part 119. ${STORY}`);
  });

  it("quote headers are found without listing a blockquote's children once per paragraph (that was quadratic)", () => {
    const doc = parseDocument(
      page(`<blockquote><p>Clanger wrote: ↑Sun Mar 09, 2025 7:02 pm</p>${Array.from({ length: 2000 }, (_, i) => story(i)).join('')}</blockquote>`),
    );
    const first = doc.querySelectorAll('p')[0];
    const reads = countGetterReads(first, ['childNodes', 'children'], () => removeQuotedPosts(doc));
    expect(reads).toBeLessThan(100);
    expect(doc.querySelectorAll('blockquote p').length).toBe(2000); // the header went, the paragraphs stay
  });

  it('section headings are unwrapped and the standfirst found without reading the page text once per section (that was quadratic)', () => {
    // a long reference page: 400 sections, each heading in a MediaWiki heading box, one content container
    const sections = Array.from({ length: 400 }, (_, i) => `<div class="mw-heading"><h2>Section ${i}</h2></div>${story(i)}`).join('');
    // the standfirst is the page's description, found after every paragraph's box was looked at
    const dek = 'The river plan passed after a two-year fight over who pays for the new banks.';
    const head = `<head><title>Flood report</title><meta name="description" content="${dek}"></head>`;
    const doc = parseDocument(
      `<!doctype html><html>${head}<body><main><header><h1>Flood report</h1></header><div class="content">${sections}<p>${dek}</p></div></main></body></html>`,
    );
    const pageText = doc.body?.textContent?.length ?? 0;
    const sample = doc.querySelectorAll('h2')[0];
    const chars = (value: unknown) => (typeof value === 'string' ? value.length : 0);
    const read = countGetterReads(sample, ['textContent'], () => unwrapHeadings(doc), chars);
    expect(read).toBeLessThan(3 * pageText); // it read about 400 times the page before
    expect(doc.querySelectorAll('.mw-heading').length).toBe(0); // each box replaced by its heading
    expect(doc.querySelectorAll('h2').length).toBe(400);
    let standfirst: string | undefined;
    expect(countGetterReads(sample, ['textContent'], () => (standfirst = findStandfirst(doc)), chars)).toBeLessThan(20 * pageText);
    expect(standfirst).toBe(dek);
  });

  it("the standfirst's named box is measured only as far as its paragraph (a body field named 'summary' was read whole per paragraph)", () => {
    // a Drupal body field, "field--type-text-with-summary", holds the whole story: its class word reads as a standfirst's box
    const body = Array.from({ length: 400 }, (_, i) => story(i)).join('');
    const doc = parseDocument(page(`<main><div class="top"><h1>Flood report</h1><div class="field field--type-text-with-summary">${body}</div></div></main>`));
    const pageText = doc.body?.textContent?.length ?? 0;
    const field = doc.querySelectorAll('.field')[0];
    const chars = (value: unknown) => (typeof value === 'string' ? value.length : 0);
    expect(countGetterReads(field, ['textContent'], () => findStandfirst(doc), chars)).toBeLessThan(3 * pageText);
    expect(findStandfirst(doc)).toBeUndefined(); // a body of 400 paragraphs is no standfirst
  });
});
