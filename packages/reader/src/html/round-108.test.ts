import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT479_PAGES } from '../test-support/pages-heldout479.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

/** A listing as GeoDirectory prints it: WordPress's post classes (its post type `gd_place`) and a "meta" box around every field. */
const LISTING = (name: string, where: string, about: string): string => `<li class="gd_place post-301 type-gd_place status-publish
geodir-post col"><div class="card"><div class="card-body"><h2 class="geodir-entry-title h5">${name}</h2>
<div class="geodir-output-location"><div class="geodir_post_meta geodir-field-address">${where}</div></div>
<div class="geodir-post-content-container"><div class="geodir_post_meta geodir-field-post_content">${about}</div></div></div></div></li>`;
const PAGE = (items: string, extra = ''): string => `<!DOCTYPE html><html><head><title>Caterers | Vale Weddings</title></head><body>
<main class="site-main"><h1>Wedding Caterers in the Vale</h1><p>Every caterer below has cooked at three or more venues in the Vale this year.</p>
<ul class="geodir-category-list-view list-unstyled">${items}</ul>${extra}</main></body></html>`;
const ABOUT = 'A family kitchen from Harrowby that cooks long-table feasts from the farms around the Vale, with a vegetarian menu.';

describe('batch 479 (round 108)', () => {
  it("reads a directory's listings, whose WordPress post type is `gd_place`", () => {
    const p = pageNamed(HELDOUT479_PAGES, 'heldout479-geodirectory-florists');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('Seasonal, locally grown flowers from our own two-acre plot.'));
    expect(text).toContain(norm('Full-service floral design for larger weddings'));
  });

  it("keeps a listing's description and still drops a short place box and a post's date line", () => {
    const text = norm(
      extractArticle(
        PAGE(
          LISTING('Long Table Kitchen', 'Harrowby · From £40 a head', ABOUT) +
            LISTING(
              'Smoke & Ember',
              'Castle Wendle · From £55 a head',
              'Wood-fired barbecue from a trailer kitchen, served as sharing boards, with late-night flatbreads for the dance floor.',
            ),
          '<div class="place">Harrowby, Vale of Harrow</div><div class="entry-meta">Posted on 3 March 2026</div>',
        ),
      ).text,
    );
    expect(text).toContain(norm(ABOUT));
    expect(text).not.toContain('harrowby, vale of harrow');
    expect(text).not.toContain('posted on 3 march 2026');
  });
});
