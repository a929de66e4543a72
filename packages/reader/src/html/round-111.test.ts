import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT495_PAGES } from '../test-support/pages-heldout495.js';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { HARBOUR_STORY, pageNamed } from '../test-support/round-kit.js';

const CARD = (title: string, blurb: string): string =>
  `<div class="card"><a href="/x/${title.length}" class="card-link"><h3>${title}</h3><p>${blurb}</p><div class="more">Find out more →</div></a></div>`;
const RELATED = [
  CARD('Ferry fares rise in spring', 'The operator said the new fares would apply to every crossing from the first of April.'),
  CARD('New pontoon opens at the quay', 'Boat owners can now tie up at the north quay for up to four hours without a permit.'),
].join('');

describe('listings of link cards (round 111)', () => {
  it("reads a community cinema's season: its film cards are the page's text", () => {
    const p = pageNamed(HELDOUT495_PAGES, 'heldout495-webflow-cinema-season');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('A marine biologist is stranded on a North Sea island with a stranger.'));
    expect(text).toContain(norm('Two retired train drivers take the sleeper to the far north one last time.'));
    expect(text).not.toContain('find out more');
  });

  it('leaves out cards of related stories beside an article that holds more prose than they do', () => {
    const story = `${HARBOUR_STORY}<p>The harbour master asked owners to move small boats off the slipway before the work begins on Tuesday.</p>`;
    const text = norm(extractArticle(harbourStory(`${story}${RELATED}`)).text);
    expect(text).toContain('slipway');
    expect(text).not.toContain('new pontoon');
    expect(text).not.toContain('find out more');
  });
});
