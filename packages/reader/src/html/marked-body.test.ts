import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const review = (after: string) => {
  const body = 'The film stays on the harbour at dusk for a whole minute, and it is the best minute of the year. '.repeat(6);
  return (
    '<html><body><article itemscope itemtype="https://schema.org/Review"><h1>Harbour Lights</h1>' +
    `<section itemprop="reviewBody"><p>${body}</p><p>${body}</p></section>${after}</article></body></html>`
  );
};

describe('boxes after a marked body (marked-body.ts)', () => {
  it('drops a headed data box after the review body', () => {
    const credits = '<section><h2>Film Credits</h2><dl><dt>Director</dt><dd>Tomasz Wilk</dd><dt>Running time</dt><dd>113 minutes</dd></dl></section>';
    expect(norm(extractArticle(review(credits)).text)).not.toMatch(/film credits|tomasz wilk|113 minutes/);
  });

  it('keeps a headed box of prose after it', () => {
    const note = 'The director wrote to say the minute was an accident of the weather that evening. '.repeat(3);
    const afterword = `<section><h2>Afterword</h2><p>${note}</p></section>`;
    expect(norm(extractArticle(review(afterword)).text)).toContain('an accident of the weather');
  });
});
