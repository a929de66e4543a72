import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT395_PAGES } from '../test-support/pages-heldout395.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts as present, pageNamed as page } from '../test-support/round-kit.js';

const BIOS = [
  ['Hanne Voss', 'Chief Executive', 'Hanne ran a ferry company on the fjords for ten years before she joined us, and she still answers the phone on Fridays.'],
  [
    'Osei Braithwaite',
    'Chief Engineer',
    'Osei designed the hull that cut our fuel use by a third, and he teaches a boatbuilding class at the harbour college.',
  ],
  ['Linnea Hart', 'Head of Crews', 'Linnea hires and trains every crew member, and she wrote the safety handbook that every new deckhand reads first.'],
] as const;
const card = ([name, role, text]: readonly [string, string, string], cls: string): string =>
  `<div class="team-card"><div class="team-card-body"><h3>${name}</h3><div class="team-role">${role}</div><p class="${cls}">${text}</p></div></div>`;
const TEAM = (cls: string): string => `<!DOCTYPE html><html><head><title>Our team | Fjordline Ferries</title></head><body>
<nav class="navbar"><a href="/">Home</a><a href="/routes">Routes</a></nav><main><h1>The people who run Fjordline</h1>
<p class="lead">Fjordline runs six ferries between the islands of the outer fjord, every day of the year, with a crew of ninety.</p>
<div class="team-grid">${BIOS.map((b) => card(b, cls)).join('\n')}</div></main><footer>© Fjordline Ferries</footer></body></html>`;

describe('batch 395 (round 95)', () => {
  it("reads a team page's bios, one in each member's card (Webflow's p.team-bio)", () => {
    const team = page(HELDOUT395_PAGES, 'heldout395-webflow-leadership');
    const bios = team.body.filter((b) => b.length > 100);
    expect(bios.length).toBeGreaterThan(5);
    expect(present(team, bios)).toEqual(bios);
    const text = norm(extractArticle(TEAM('team-bio')).text);
    for (const [, , bio] of BIOS) expect(text).toContain(norm(bio));
  });

  it("still drops an author's one bio box, and comments set one in each card", () => {
    const one = TEAM('team-bio')
      .replace(/<p class="team-bio">/g, '<p class="x">')
      .replace('<p class="x">Hanne', '<p class="author-bio">Hanne');
    expect(norm(extractArticle(one).text)).not.toContain('hanne ran a ferry company');
    expect(norm(extractArticle(TEAM('comment-text')).text)).not.toContain('hanne ran a ferry company');
  });
});
