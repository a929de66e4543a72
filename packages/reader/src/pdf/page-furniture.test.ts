import { describe, expect, it } from 'vitest';
import type { Line } from './layout.js';
import { dropPageFurniture } from './page-furniture.js';

const line = (text: string, y: number, page: number, x = 72, size = 10): Line => ({ text, x, y, right: x + text.length * 5, size, font: 'f1', page });

/** A page of body lines from y = 700 down, 12 points apart. */
const WORDS = ['harbour', 'channel', 'skipper', 'dredger', 'tide', 'storm', 'buoy', 'sand', 'gale', 'fleet', 'marker', 'depth'];
const body = (page: number, n = 8): Line[] =>
  Array.from({ length: n }, (_, i) => line(`The ${WORDS[(i + 3 * page) % 12]} line of the ${WORDS[(i + 5 * page + 1) % 12]} runs on`, 700 - 12 * i, page));

const texts = (pages: Line[][]) => pages.map((p) => p.map((l) => l.text));

describe('dropPageFurniture: running heads and feet, page numbers', () => {
  it('drops a header repeated on the pages (its page number aside) and keeps every body line', () => {
    const pages = [0, 1, 2].map((p) => [line(`Harbour Survey Report ${p + 1}`, 760, p), ...body(p)]);
    expect(texts(dropPageFurniture(pages))).toEqual(texts([0, 1, 2].map((p) => body(p))));
  });

  it.each([
    '- 2 -',
    '[Page 2]',
    'Page 2 of 5',
    '2/5',
    'iv',
    '12/7/26, 3:04 PM',
    'https://notes.example.org/collected',
  ])('drops "%s" at the foot of a one-page document by its shape alone', (foot) => {
    // one line below the text (not apart from it): its shape alone says what it is
    const pages = [[...body(0), line(foot, 604, 0, 280)]];
    expect(texts(dropPageFurniture(pages))).toEqual(texts([body(0)]));
  });

  it('drops a header printed only once when it stands apart from the text, and keeps a first line that ends a sentence', () => {
    const head = [line('RFC 9999', 760, 0), line('Ledger Sync Protocol', 760, 0, 250), ...body(0)];
    expect(texts(dropPageFurniture([head]))).toEqual(texts([body(0)]));
    const sentence = [line('The board asked how fast the channel fills.', 760, 0), ...body(0)];
    expect(texts(dropPageFurniture([sentence]))[0]).toContain('The board asked how fast the channel fills.');
  });

  it('keeps a line that is not at an edge, however often it repeats', () => {
    const pages = [0, 1, 2].map((p) => {
      const lines = body(p);
      lines.splice(4, 0, line('Harbour Survey Report', 652, p));
      return lines;
    });
    expect(dropPageFurniture(pages).every((p) => p.some((l) => l.text === 'Harbour Survey Report'))).toBe(true);
  });
});
