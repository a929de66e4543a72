import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const answer =
  'In 3.0 the image pipeline started producing AVIF alongside WebP by default. AVIF encoding is many times slower than WebP, and with 900 ' +
  'screenshots at three widths each, that is where your extra two and a half minutes go.';
const question = 'After upgrading from 2.9.4 to 3.0.1, full builds of our documentation site went from about 40 seconds to just over three minutes. '.repeat(3);
const page = (box: string) =>
  `<html><head><title>Slow builds</title></head><body><article><h1>Slow builds after 3.0</h1>${box}` +
  `<p>${question}</p><h3>What changed</h3><p>${answer}</p></article></body></html>`;

describe('truncated repeats of the page’s own text (excerpts.ts)', () => {
  it('drops an answer box’s excerpt that ends in an ellipsis when the answer follows in full, heading joined or not', () => {
    const excerpt = `What changed ${answer.slice(0, 170)}…`;
    const text = norm(extractArticle(page(`<div class="markdown-body">${excerpt}</div>`)).text);
    expect(text.split('in 3.0 the image pipeline').length).toBe(2);
    expect(text).toContain('two and a half minutes go');
  });

  it('keeps a text that ends in an ellipsis when the page does not hold it again (a teaser of another page, a trailing quote)', () => {
    const other = 'The council’s plan for the harbour wall was never published in full, and the minutes of the meeting say only this…';
    expect(norm(extractArticle(page(`<div class="markdown-body">${other}</div>`)).text)).toContain('minutes of the meeting say only this');
  });
});
