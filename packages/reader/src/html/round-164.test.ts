import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT665_PAGES } from '../test-support/pages-heldout665.js';
import { HELDOUT666_PAGES } from '../test-support/pages-heldout666.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe('a box of a question, a line and a button is a call to action (round 164)', () => {
  it('drops an Elementor "Rather leave it to us?" box from a how-to and keeps the steps', () => {
    const p = pageNamed(HELDOUT665_PAGES, 'heldout665-elementor-hang-wallpaper');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Send us a photo of the room for a fixed quote.'));
    expect(text).not.toContain(norm('Rather leave it to us?'));
    expect(text).toContain(norm(p.body[0] ?? ''));
  });

  it('drops "Can\'t make the night?" from an event page', () => {
    const p = pageNamed(HELDOUT666_PAGES, 'heldout666-elementor-moonlight-walk');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Light a virtual lantern for someone you love'));
    expect(text).toContain(norm(p.body[0] ?? ''));
  });
});
