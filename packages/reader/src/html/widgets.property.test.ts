import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

/**
 * Property: the session-9 rules (embeds.ts, labels.ts, empty headings) take the widgets out of an
 * article and never its prose, wherever the widgets sit between the paragraphs.
 */
const WORDS = ['harbour', 'wall', 'council', 'boats', 'quay', 'winter', 'tide', 'slipway', 'basin', 'storm', 'pounds', 'summer', 'village', 'ferry'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 8, maxLength: 16 }).map((ws) => `The ${ws.join(' ')} were seen again.`);
const paragraph = fc.array(sentence, { minLength: 2, maxLength: 4 }).map((ss) => ss.join(' '));

/** Widgets and the texts of theirs that must not be read. */
const WIDGETS: ReadonlyArray<{ html: string; gone: string }> = [
  {
    html:
      '<blockquote class="twitter-tweet"><p lang="en">Road shut from Monday, plan ahead.</p>&mdash; Highways (@highways) ' +
      '<a href="https://twitter.com/highways/status/17900">May 13, 2024</a></blockquote>',
    gone: 'road shut from monday',
  },
  {
    html:
      '<div class="q-box"><p>Should the ferry run all winter?</p><label><input type="radio" name="w1"> Yes</label><label><input ' +
      'type="radio" name="w1"> No</label><button>Vote</button></div>',
    gone: 'should the ferry run all winter',
  },
  { html: '<div><span>Asked</span><time>3 days ago</time></div><div><span>Viewed</span>2k times</div>', gone: 'viewed' },
  { html: '<div class="callout"><h5>Warning</h5></div>', gone: 'warning' },
];

describe('property: widgets go, prose stays (embeds.ts, labels.ts, structure.ts)', () => {
  it('keeps every paragraph and drops every widget, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 3, maxLength: 6 }),
        fc.array(fc.nat({ max: WIDGETS.length - 1 }), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        (paragraphs, picks, seed) => {
          const blocks = paragraphs.map((p) => `<p>${p}</p>`);
          for (const [i, w] of picks.entries()) blocks.splice((seed + i * 7) % (blocks.length + 1), 0, WIDGETS[w]?.html ?? '');
          const html = `<html><body><article><h1>Harbour news</h1>${blocks.join('\n')}</article></body></html>`;
          const text = norm(extractArticle(html).text);
          for (const p of paragraphs) expect(text).toContain(norm(p));
          for (const w of picks) expect(text).not.toContain(WIDGETS[w]?.gone);
        },
      ),
      { numRuns: 40, seed: 9 },
    );
  });
});
