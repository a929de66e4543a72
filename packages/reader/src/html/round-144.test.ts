import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT572_PAGES } from '../test-support/pages-heldout572.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const LINE = 'Read the <a href="/minutes">minutes</a> | <a href="/agenda">agenda</a> before the meeting on Tuesday.';
const STORY = 'The parish council meets on the first Tuesday of each month in the village hall, and members of the public are welcome.';
const PAGE = `<!DOCTYPE html><html><head><title>Council</title></head><body><main><h1>Parish council</h1><p>${STORY}</p>
<p>${LINE}<br>Apologies should be sent to the clerk by noon on the Monday before.</p></main></body></html>`;

describe('a line of links set apart by bars (round 144)', () => {
  it("leaves out a lettings list's “Full Details | Arrange Viewing” under each property", () => {
    const p = pageNamed(HELDOUT572_PAGES, 'heldout572-table-layout-lettings-list');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Full Details'));
    expect(text).not.toContain(norm('Arrange Viewing'));
    expect(text).toContain(norm('£695 pcm'));
  });

  it('keeps a line that says something beside its links', () => {
    const text = norm(extractArticle(PAGE).text);
    expect(text).toContain(norm('Read the minutes | agenda before the meeting on Tuesday.'));
  });
});
