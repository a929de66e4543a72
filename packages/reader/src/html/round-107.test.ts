import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT482_PAGES } from '../test-support/pages-heldout482.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

/** A HubSpot drag-and-drop section: a row, a cell and a module, each named a "widget" by the CMS. */
const SECTION = (type: string, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 dnd-section"><div class="row-fluid">
<div class="span12 widget-span widget-type-cell dnd-column" data-widget-type="cell"><div id="hs_cos_wrapper_widget_17" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-${type}" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span
id="hs_cos_wrapper_widget_17_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_${type}">${inner}</span></div></div></div></div>`;
const PAGE = (sections: string): string => `<!DOCTYPE html><html><head><title>Winter appeal | Harbour Food Bank</title></head><body>
<div class="body-container-wrapper"><div class="body-container"><h1>Our winter appeal</h1>
<p>Every December the food bank sends out more parcels than in any other month, and the shelves empty faster than we can fill them.</p>
${sections}</div></div></body></html>`;
const PROSE = 'Next year we will open a second warehouse in Pell, which will let us take in twice as much fresh milk and meat.';

describe('batch 482 (round 107)', () => {
  it("reads a HubSpot impact report's rich-text section, named a widget as every module of the CMS", () => {
    const p = pageNamed(HELDOUT482_PAGES, 'heldout482-hubspot-impact-report');
    const text = norm(extractArticle(p.html).text);
    for (const line of ['Looking ahead', 'In 2026 we will finish the cold storage expansion']) expect(text).toContain(norm(line));
  });

  it('keeps a rich-text module of prose and still drops a form module and a rich-text module of short lines', () => {
    const text = norm(
      extractArticle(
        PAGE(
          SECTION('rich_text', `<h2>Looking ahead</h2><p>${PROSE}</p>`) +
            SECTION('form', '<h3>Stay in touch</h3><p>Sign up for our monthly volunteer news and appeals.</p><form><label>Email</label></form>') +
            SECTION('rich_text', '<h3>Need help?</h3><p>Call 0300 555 0148</p>'),
        ),
      ).text,
    );
    expect(text).toContain(norm(PROSE));
    expect(text).toContain('looking ahead');
    expect(text).not.toContain('stay in touch');
    expect(text).not.toContain('0300 555 0148');
  });
});
