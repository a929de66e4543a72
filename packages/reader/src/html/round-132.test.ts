import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT537_PAGES } from '../test-support/pages-heldout537.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const INTRO = 'Every plan includes free SSL, daily backups and support by chat, seven days a week, from our team in Utrecht.';
/** An Elementor page: a price table widget (its button a link) and, in the header, an icon list of contact links. */
const PAGE = `<!DOCTYPE html><html><head><title>Plans | Kestrel</title></head><body>
<header><div class="elementor-widget elementor-widget-icon-list"><ul><li><a href="tel:+310201234">020 123 4567</a></li>
<li><a href="mailto:hello@kestrel.example">hello@kestrel.example</a></li></ul></div></header>
<main><h1>Hosting plans</h1><div class="elementor-widget elementor-widget-text-editor"><p>${INTRO}</p></div>
<div class="elementor-widget elementor-widget-price-table"><div class="elementor-price-table">
<div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">Starter</h3></div>
<div class="elementor-price-table__price"><span>€3.49 a month</span></div>
<ul class="elementor-price-table__features-list"><li><span>One website and 20 GB of storage</span></li></ul>
<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button" href="/order">Order now</a></div>
</div></div></main></body></html>`;

describe("Elementor's price tables and its accordion's questions (round 132)", () => {
  it("reads a charging network's price tables and the questions of its nested accordion", () => {
    const p = pageNamed(HELDOUT537_PAGES, 'heldout537-voltaro-prices');
    const text = norm(extractArticle(p.html).text);
    for (const line of ['Voltaro Fleet', 'Contactless at every charger', 'One monthly invoice for all drivers', 'Is there an overstay fee?']) {
      expect(text).toContain(norm(line));
    }
  });

  it("reads a price table widget whose only link is its button, and leaves out the header's icon list of contact links", () => {
    const text = norm(extractArticle(PAGE).text);
    expect(text).toContain(norm(INTRO));
    expect(text).toContain(norm('One website and 20 GB of storage'));
    expect(text).not.toContain(norm('hello@kestrel.example'));
  });
});
