import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT613_PAGES } from '../test-support/pages-heldout613.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe("Drupal's field type modifier names no furniture (round 154)", () => {
  it('keeps a Drupal advice page whose Paragraphs field is typed `entity-reference-revisions`', () => {
    const p = pageNamed(HELDOUT613_PAGES, 'heldout613-choosing-cattery-drupal');
    const text = norm(extractArticle(p.html).text);
    for (const line of [...p.headings, ...p.body]) expect(text).toContain(norm(line));
  });

  it('still drops a Drupal field named as related content, whatever its type', () => {
    const html =
      '<html><body><main><article><h1>Winter opening hours</h1><div class="field field--name-body field--type-text-with-summary">' +
      '<p>From November the library closes at five on weekdays and at one on Saturdays, and the reading room is shut on Mondays.</p>' +
      '<p>The late opening on Thursdays continues until seven, with the study rooms bookable online as before.</p></div>' +
      '<div class="field field--name-field-related field--type-entity-reference"><div class="field__item">' +
      '<a href="/news/summer">Summer reading challenge results</a></div></div>' +
      '</article></main></body></html>';
    const text = extractArticle(html).text;
    expect(text).toContain('From November the library closes at five');
    expect(text).not.toContain('Summer reading challenge results');
  });
});
