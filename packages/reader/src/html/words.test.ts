import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string) => norm(extractArticle(harbourStory(inner)).text);

describe('furniture class words and credit lines of round 6 (clean.ts)', () => {
  it("drops a markets page's quote box and ticker by their names", () => {
    const quote =
      '<div class="QuoteStrip-container"><a class="QuoteStrip-name" href="/q/HPT">Harbour Ports PLC</a><span>412.60</span>' +
      '<span>-41.20 (-9.08%)</span><span>Quote data delayed by at least 15 minutes</span></div>' +
      '<ul data-module="ticker"><li>FTSE 100 8,741.20 +0.08%</li></ul>';
    expect(read(quote)).not.toMatch(/harbour ports plc|41\.20|quote data delayed|ftse/);
  });

  it("drops a video card, an answerer's credential and a museum label's attribution (short blocks named so)", () => {
    const blocks =
      '<div class="article__video"><span>Watch</span><span>The wall from the air: drone footage</span><span>Members only</span></div>' +
      '<span class="UserCredential">Harbour engineer, former ferry captain</span>' +
      '<p class="object__attribution">Text by Helen Tregear, Curator of Horology</p>';
    expect(read(blocks)).not.toMatch(/drone footage|former ferry captain|helen tregear/);
  });

  it('drops a "Text by" credit line with no class, and keeps a sentence that opens with those words', () => {
    expect(read('<p>Text by Helen Tregear, Curator of Horology</p>')).not.toContain('helen tregear');
    expect(read('<p>Text by text, the old harbour charter was copied out by the clerk in 1802.</p>')).toContain('old harbour charter');
  });
});
