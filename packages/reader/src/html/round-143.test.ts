import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT567_PAGES } from '../test-support/pages-heldout567.js';
import { HELDOUT573_PAGES } from '../test-support/pages-heldout573.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe('the learned model leaves priced lines to the rules (round 143)', () => {
  it("keeps a nursery's price list rows, which the model took for menu lines", () => {
    const p = pageNamed(HELDOUT567_PAGES, 'heldout567-table-layout-price-list');
    const text = norm(extractArticle(p.html).text);
    for (const row of ['French Marigold £0.90 £7.50', 'Lobelia trailing £1.00 £8.50', 'Runner Bean Enorma £0.60 £4.50']) expect(text).toContain(norm(row));
  });

  it("keeps a marina's seasonal rates", () => {
    const p = pageNamed(HELDOUT573_PAGES, 'heldout573-wp-elementor-berthing-rates');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('Winter afloat (Oct to Mar) £214'));
  });
});
