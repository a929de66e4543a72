import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { HELDOUT132_PAGES } from '../test-support/pages-heldout132.js';
import { extractArticle } from './extract.js';
import { parseDocument } from './parse-linkedom.js';
import { isLinkCard } from './link-blocks.js';

describe('link cards (link-blocks.ts, round 49)', () => {
  it("drops the cards of batch 132's Next.js guide and keeps the guide's text", () => {
    const page = HELDOUT132_PAGES.find((p) => p.name === 'heldout132-nextjs-docs-guide')!;
    const text = norm(extractArticle(page.html).text);
    expect(text).not.toContain('api reference for the route.js special file');
    expect(text).toContain(norm(page.body[0]!));
  });

  it('reads a link around a title and a blurb as a card, and a link around one block or long text as none', () => {
    const doc = parseDocument(
      '<html><body><a id="card" href="/c"><h3>Mooring fees</h3><p>What a berth costs by the night.</p></a><a id="one" href="/a"><div>Only a title</div></a>' +
        `<a id="long" href="/b"><div>Title</div><div>${'A long blurb of the kind a card never holds. '.repeat(8)}</div></a></body></html>`,
    );
    expect(isLinkCard(doc.querySelectorAll('#card')[0]!)).toBe(true);
    expect(isLinkCard(doc.querySelectorAll('#one')[0]!)).toBe(false);
    expect(isLinkCard(doc.querySelectorAll('#long')[0]!)).toBe(false);
  });
});
