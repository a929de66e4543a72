import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT506_PAGES } from '../test-support/pages-heldout506.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

const PARA = 'The club met on Thursday at the Tithe Barn, and the new captain thanked everyone who helped with the winter league.';
/** A FrontPage results page: a paragraph, then a link back to the list it came from on a line of its own. */
const PAGE = `<!DOCTYPE html><html><head><title>Results</title></head><body><table><tr><td>
<font size="4"><b>Winter league results</b></font><br><br><font size="2">${PARA}</font><br><br>
<font size="2"><a href="results.htm">&lt;&lt; Back to Results</a></font></td></tr></table></body></html>`;

describe('a link back to the list a page came from (round 137)', () => {
  it('leaves out an archive page\'s "<< back to archive" line and keeps its text', () => {
    const p = pageNamed(HELDOUT506_PAGES, 'heldout506-table-layout-archive');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm('The colours are narrow: greys, an occasional sodium orange, the black of wet slipway.'));
    expect(text).not.toContain(norm('back to archive'));
  });

  it('leaves out a results page\'s "<< Back to Results" line', () => {
    const text = norm(extractArticle(PAGE).text);
    expect(text).toContain(norm(PARA));
    expect(text).not.toContain(norm('Back to Results'));
  });
});
