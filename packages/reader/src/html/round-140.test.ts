import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT560_PAGES } from '../test-support/pages-heldout560.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const STORY = [
  'The hall opens at nine on Saturday, and the first heats start at ten sharp, so please arrive early to register your team.',
  'Teams of four play three rounds, and the two best scores count towards the cup that the winners keep for the year.',
];
/** A page whose menu toggle is shown open: a `<div role="button" aria-expanded="true" aria-controls>` over a list of links. */
const PAGE = `<!DOCTYPE html><html><head><title>Quiz night</title></head><body>
<header><div role="button" tabindex="0" aria-expanded="true" aria-controls="site-menu">Open the site menu</div>
<ul id="site-menu"><li><a href="/">Home</a></li><li><a href="/teams">Teams</a></li><li><a href="/cup">The cup</a></li></ul></header>
<main><h1>Quiz night at the hall</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`;

describe("a disclosure's question shown open, its button a box marked role=button (round 140)", () => {
  it('reads the questions of a Wix FAQ whose answers are shown (`aria-expanded="true"`)', () => {
    const p = pageNamed(HELDOUT560_PAGES, 'heldout560-wix-faq');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('Are the games scary?'));
    expect(text).toContain(norm('Can I change or cancel my booking?'));
  });

  it('still leaves out the label of an open menu toggle, whose panel is links', () => {
    const text = norm(extractArticle(PAGE).text);
    expect(text).toContain(norm(STORY[1]!));
    expect(text).not.toContain(norm('Open the site menu'));
  });
});
