import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT503_PAGES } from '../test-support/pages-heldout503.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const STORY = 'The club meets on the first Tuesday of every month in the back room of the Crown, from half past seven until ten.';
/** An open menu toggle over its list of links: a control, though it is expanded. */
const PAGE = `<!DOCTYPE html><html><head><title>Meetings | Chess Club</title></head><body>
<header><button aria-expanded="true" aria-controls="site-menu">Menu</button><ul id="site-menu"><li><a href="/">Home</a></li>
<li><a href="/fixtures">Fixtures</a></li><li><a href="/join">Join</a></li></ul></header>
<main><h1>Club meetings</h1><p>${STORY}</p>
<p>New players are welcome at any meeting, and we lend boards and clocks to anyone without.</p></main></body></html>`;

describe("an accordion's open question (round 124)", () => {
  it("keeps a HubSpot FAQ's first question, whose button is the open one", () => {
    const p = pageNamed(HELDOUT503_PAGES, 'heldout503-hubspot-escape-faq');
    const text = norm(extractArticle(p.html).text);
    const [question, answer] = ['How many people do I need?', 'Most rooms take 2 to 6 players.'].map((s) => text.indexOf(norm(s)));
    expect(question).toBeGreaterThanOrEqual(0);
    expect(answer).toBeGreaterThan(question!);
  });

  it('drops an open menu toggle', () => {
    const text = norm(extractArticle(PAGE).text);
    expect(text).toContain(norm(STORY));
    expect(text).not.toMatch(/\bmenu\b/);
  });
});
