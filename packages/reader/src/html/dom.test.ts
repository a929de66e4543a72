import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsText, squash, squashedLength } from './dom.js';
import { parseDocument } from './parse-linkedom.js';

// markup pieces: text with every kind of space and the zero-width characters squash drops, nested elements, comments
const piece = fc.constantFrom(
  'a',
  'Bé',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '<b>',
  '</b>',
  '<div>',
  '</div>',
  '<!-- x -->',
  '<script>y</script>',
  '.',
);
const html = fc.array(piece, { maxLength: 40 }).map((ps) => `<html><body><main>${ps.join('')}</main></body></html>`);

describe('reading a node\u2019s text only as far as needed (dom.ts)', () => {
  it('squashedLength is squash(textContent).length, or cap + 1 once over the cap; holdsText is whether it is > 0', () => {
    fc.assert(
      fc.property(html, fc.nat(12), (page, cap) => {
        const main = parseDocument(page).querySelectorAll('main')[0]!;
        const full = squash(main.textContent).length;
        expect(squashedLength(main, Number.POSITIVE_INFINITY)).toBe(full);
        expect(squashedLength(main, cap)).toBe(full > cap ? cap + 1 : full);
        expect(holdsText(main)).toBe(full > 0);
      }),
      { numRuns: 400 },
    );
  });
});
