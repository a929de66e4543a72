import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string) => norm(extractArticle(harbourStory(inner)).text);

describe('ad slots and their notices (ads.ts)', () => {
  it('drops an ad slot named only by its ad-server attribute, with its label and notice', () => {
    const slot =
      '<div class="caas-da" data-ad-slot="inbody-1"><span class="caas-da-label">Advertisement</span>' +
      '<p class="caas-story-continues">Story continues below advertisement</p></div>';
    expect(read(slot)).not.toMatch(/advertisement/);
  });

  it('drops a lone "continues below" notice, and keeps a sentence about advertising', () => {
    expect(read('<p>Article continues below this ad</p>')).not.toContain('continues below');
    const sentence = '<p>The story continues below the harbour wall, where the council has placed an advertisement for new moorings.</p>';
    expect(read(sentence)).toContain('the story continues below the harbour wall');
  });
});

describe("a newsletter's sponsor block (ads.ts, round 12)", () => {
  it("drops the box a 'Together with ...' heading opens, with its pitch and button, and keeps the sections around it", () => {
    const sponsor =
      '<div style="border:1px solid #222;padding:16px;"><h6>Together with Tidewise</h6><p><b>Know the tide before you leave.</b> Tidewise ' +
      'shows live tide heights for 300 harbours. Free on iOS and Android.</p>' +
      '<div class="button"><a href="https://tidewise.example">Try Tidewise</a></div></div>';
    const text = read(sponsor);
    expect(text).not.toMatch(/together with|tidewise|know the tide/);
    expect(text).toMatch(/harbour wall was rebuilt.*fishing boats returned/);
  });

  it("keeps a heading that only starts like one ('Together with the council, ...' is a sentence, not a label)", () => {
    const section = `<h2>Brought to you by the volunteers of the harbour trust, who raised the money over three winters of fundraising</h2>`;
    expect(read(section)).toContain('brought to you by the volunteers');
  });
});

describe('a shop box around a sponsored link (ads.ts, round 14)', () => {
  it("drops a product card ('Kestrel Halo 3 (3-pack)' over '$279.99 at Amazon'), keeps a sentence with an affiliate link", () => {
    const card =
      '<div class="commerce-card"><p class="product-name">Kestrel Halo 3 (3-pack)</p>' +
      '<a rel="sponsored nofollow" href="https://shop.example/k">$279.99 at Amazon</a></div>' +
      '<p>The harbour shop sells the same chain for less than <a rel="sponsored" href="https://shop.example/c">the chandlery in town</a>.</p>';
    const text = read(card);
    expect(text).not.toMatch(/kestrel halo|at amazon/);
    expect(text).toContain('the harbour shop sells the same chain for less than the chandlery in town.');
  });
});
