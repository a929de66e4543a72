import { describe, expect, it } from 'vitest';
import { HELDOUT272_PAGES } from '../test-support/pages-heldout272.js';
import { pageNamed as page } from '../test-support/round-kit.js';
import { extractArticle } from './extract.js';

const THREAD = 'Is the old ferry slipway at Harran Quay safe to launch a kayak from at low tide?';
const thread = (title: string): string => `<html><head><title>${title}</title></head><body>
<div class="side"><h1 class="hover redditname"><a href="/r/harbourlife/">harbourlife</a></h1><p>For people who live by the water.</p></div>
<div class="content"><p class="title"><a class="title">${THREAD}</a></p>
<div class="usertext-body"><p>The slipway looks solid at high water, but at low tide the bottom third is covered in weed and I cannot tell how far it goes.</p>
<p>Has anyone launched from it recently, and is there a better spot nearby for a beginner with a sit-on-top kayak?</p></div></div></body></html>`;

describe('batch 272 (round 77)', () => {
  it("titles an old Reddit thread by its <title>, not by the community's name in the sidebar's <h1>", () => {
    const oldReddit = page(HELDOUT272_PAGES, 'heldout272-old-reddit-forum');
    expect(extractArticle(oldReddit.html).title).toBe(oldReddit.title);
    expect(extractArticle(thread(`${THREAD} : r/harbourlife`)).title).toBe(THREAD);
  });
});
