import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT539_PAGES } from '../test-support/pages-heldout539.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe("an Elementor price table's header (round 133)", () => {
  it("reads a broker's plans with their names and who each is for, from the tables' header boxes", () => {
    const p = pageNamed(HELDOUT539_PAGES, 'heldout539-elementor-broker-fees');
    const text = norm(extractArticle(p.html).text);
    for (const line of ['Purchase or remortgage', 'Employed applicants with a standard income', 'Complex income', 'Single lets, HMOs and limited companies']) {
      expect(text).toContain(norm(line));
    }
    // the tables' buttons stay out
    expect(text).not.toContain(norm('Book a call'));
  });
});
