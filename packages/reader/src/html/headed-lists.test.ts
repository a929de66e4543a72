import { describe, expect, it } from 'vitest';
import { harbourStory, links, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const sources = ['The harbour board survey of the inner basin', 'Tide tables for the winter months', 'The contractor report on the wall'];

describe('a list of links the article heads (headed-lists.ts)', () => {
  it('keeps a link list under a heading of the article after its prose', () => {
    const text = norm(extractArticle(harbourStory(`<h3>Links from this story</h3><ul>${links(sources)}</ul>`)).text);
    for (const s of sources) expect(text).toContain(norm(s));
  });

  it('drops it under a furniture heading, in a box of its own, or with no prose before it', () => {
    const related = norm(extractArticle(harbourStory(`<h3>Related stories</h3><ul>${links(sources)}</ul>`)).text);
    const boxed = norm(extractArticle(harbourStory(`<div class="box"><h3>Links from this story</h3><ul>${links(sources)}</ul></div>`)).text);
    const bare = `<html><body><article><h1>Harbour works</h1><h3>Links</h3><ul>${links(sources)}</ul>
<p>${'The harbour wall was rebuilt over the winter at a cost of two million pounds. '.repeat(6)}</p></article></body></html>`;
    for (const text of [related, boxed, norm(extractArticle(bare).text)]) for (const s of sources) expect(text).not.toContain(norm(s));
  });
});
