import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT508_PAGES } from '../test-support/pages-heldout508.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const STORY = [
  'The council has agreed to keep the town’s two public toilets open through the winter, after a petition signed by 900 people.',
  'The toilets on the seafront had been due to close in October to save about £14,000 a year in cleaning and heating costs.',
  'Traders on the promenade said that visitors in the quieter months had nowhere else to go, and that some had stopped coming.',
];
const BIO = 'Ruth Ellacott has reported on the town council for the Gazette since 2019 and lives on the hill above the harbour.';
/** An author's blurb, named "bio", closing the article: furniture, though the story's headline is on the page. */
const PAGE = `<!DOCTYPE html><html><head><title>Toilets stay open | Gazette</title></head><body>
<main><article><div class="headline-box"><h1>Seafront toilets to stay open all winter</h1></div>
<div class="story">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="author-bio"><p>${BIO}</p></div></article></main></body></html>`;

describe('the bio of a profile page, under its headline (round 119)', () => {
  it("reads a Wix instructor page's bio, two boxes under her name", () => {
    const p = pageNamed(HELDOUT508_PAGES, 'heldout508-wix-bjj-instructor');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('Marisol started training at sixteen in a garage gym in Puerto Calma'));
  });

  it("still drops an author's bio that closes a story", () => {
    const text = norm(extractArticle(PAGE).text);
    expect(text).toContain(norm(STORY[2]!));
    expect(text).not.toContain(norm(BIO));
  });
});
