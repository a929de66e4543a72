import { describe, expect, it } from 'vitest';
import { score } from '../test-support/page-kit.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';
import { HELDOUT178_PAGES } from '../test-support/pages-heldout178.js';
import { HELDOUT179_PAGES } from '../test-support/pages-heldout179.js';
import { HELDOUT183_PAGES } from '../test-support/pages-heldout183.js';
import { extractArticle } from './extract.js';

describe('batches 178, 179 and 183 (round 60)', () => {
  it("drops a wire desk's editor and reporter lines, its sign-off, a related headline and a subscribers' notice", () => {
    const xinhua = page(HELDOUT178_PAGES, 'heldout178-xinhua-news');
    expect(
      leaked(
        xinhua,
        xinhua.bylines.filter((b) => b.includes('Editor')),
      ),
    ).toEqual([]);
    const antara = page(HELDOUT178_PAGES, 'heldout178-antara-news');
    expect(
      leaked(
        antara,
        [...antara.bylines, ...antara.furniture].filter((t) => /^(?:Reporter|Editor|Related news):/.test(t)),
      ),
    ).toEqual([]);
    const anadolu = page(HELDOUT178_PAGES, 'heldout178-anadolu-news');
    expect(
      leaked(
        anadolu,
        anadolu.furniture.filter((f) => f.startsWith('Anadolu Agency website')),
      ),
    ).toEqual([]);
    const text = read(`${STORY}<p>(END)</p><p>Editor: the harbour master, who signed the order, said the pier would reopen in May.</p>`);
    expect(text).not.toMatch(/^\(end\)$/m);
    expect(text).toContain('editor: the harbour master, who signed the order');
  });

  it('reads every section of a paper whose sections are `toc-section` (PLOS), and drops its information block', () => {
    const plos = page(HELDOUT183_PAGES, 'heldout183-plos-one-article');
    const text = extractArticle(plos.html).text;
    expect(score(plos, text).recall).toBe(1);
    expect(
      leaked(
        plos,
        plos.furniture.filter((f) => f.startsWith('Funding:')),
      ),
    ).toEqual([]);
    // a table of contents is still one
    const toc = '<div class="toc"><ul><li><a href="#a">Abstract</a></li><li><a href="#b">Methods</a></li><li><a href="#c">Results</a></li></ul></div>';
    expect(read(toc + STORY)).not.toMatch(/^- methods$/m);
  });

  it("drops a table's footnote and a transcriber's note, and keeps a sentence about a transcriber", () => {
    const cdc = page(HELDOUT179_PAGES, 'heldout179-cdc-mmwr-news');
    expect(leaked(cdc, ['Abbreviation: CO = carbon monoxide.'])).toEqual([]);
    const gutenberg = page(HELDOUT183_PAGES, 'heldout183-gutenberg-book');
    expect(
      leaked(
        gutenberg,
        gutenberg.furniture.filter((f) => f.startsWith('Transcriber’s Note')),
      ),
    ).toEqual([]);
    const story = '<p>The transcriber’s notes on the harbour ledgers were found in a box at the museum last spring, the curator said.</p>';
    expect(read(story)).toContain('transcriber’s notes on the harbour ledgers');
  });
});
