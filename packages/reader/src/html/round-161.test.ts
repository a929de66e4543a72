import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT558_PAGES } from '../test-support/pages-heldout558.js';
import { HELDOUT577_PAGES } from '../test-support/pages-heldout577.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe('a furniture heading that is also a furniture line takes its section with it (round 161)', () => {
  it('drops a Discourse thread\'s "Suggested Topics" table, its heading a div with role="heading", and keeps the posts', () => {
    const p = pageNamed(HELDOUT577_PAGES, 'heldout577-discourse-buffet-pricing');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Deposit policy for weddings booked more than a year out'));
    for (const line of p.body) expect(text).toContain(norm(line));
  });

  it('drops the table under an <h3> "Suggested Topics" too', () => {
    const p = pageNamed(HELDOUT558_PAGES, 'heldout558-discourse-missed-lessons');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Invoicing apps for small studios'));
    for (const line of p.body) expect(text).toContain(norm(line));
  });
});
