import { describe, expect, it } from 'vitest';
import type { TextItem } from './layout.js';
import { mergeRows, pageLines, streamPieces } from './stream-lines.js';

const run = (str: string, x: number, y: number, size = 10, font = 'f1'): TextItem => ({ str, x, y, width: str.length * size * 0.5, size, font });

const LEFT = [
  'Volunteers planted four thousand trees along the',
  'river last winter, most of them alder and willow,',
  'which grow well in wet ground and hold the banks',
  'together during floods in the wettest months.',
];
const RIGHT = [
  'Water quality improved at six of the eight places',
  'where samples are taken every month, and the two',
  'others lie downstream of the treatment works where',
  'overflows after heavy rain are still common.',
];

describe('streamPieces: a page read in the order its content stream draws it', () => {
  it('keeps a column-by-column stream as it is (pdfTeX, groff and Chromium draw columns in reading order)', () => {
    const items = [...LEFT.map((t, i) => run(t, 50, 700 - 12 * i)), ...RIGHT.map((t, i) => run(t, 320, 700 - 12 * i))];
    expect(pageLines(items, 0).map((l) => l.text)).toEqual([...LEFT, ...RIGHT]);
  });

  it('puts a page drawn row by row across two columns into column order by position', () => {
    const items = LEFT.flatMap((t, i) => [run(t, 50, 700 - 12 * i), run(RIGHT[i]!, 320, 700 - 12 * i)]);
    expect(pageLines(items, 0).map((l) => l.text)).toEqual([...LEFT, ...RIGHT]);
  });

  it('drops a footnote mark raised in small type, and keeps a digit of body size', () => {
    const items = [run('the sand comes from the south.', 50, 500), run('2', 200, 504, 7), run(' It moves in storms.', 205, 500)];
    expect(streamPieces(items, 0).map((l) => l.text)).toEqual(['the sand comes from the south. It moves in storms.']);
    const plain = [run('a depth of', 50, 500), run('2', 105, 500), run(' metres', 110, 500)];
    expect(streamPieces(plain, 0).map((l) => l.text)).toEqual(['a depth of 2 metres']);
  });

  it('keeps a raised star, which is math (k\u2217), not a footnote mark', () => {
    const items = [run('fitting k', 50, 500), run('\u2217', 95, 504, 7), run(' = 0.018 to the flood data.', 99, 500)];
    expect(streamPieces(items, 0).map((l) => l.text)).toEqual(['fitting k\u2217 = 0.018 to the flood data.']);
  });

  it("drops the mark that opens a footnote's own line", () => {
    const items = [run('3', 50, 103, 5), run('Signing is described in a companion document.', 54, 100, 8)];
    expect(streamPieces(items, 0).map((l) => l.text)).toEqual(['Signing is described in a companion document.']);
  });

  it("puts a list's label drawn after its item's text in front of it", () => {
    const items = [run('a policy incepted shortly before the loss;', 100, 400), run('(c)', 72, 400)];
    expect(mergeRows(streamPieces(items, 0)).map((l) => l.text)).toEqual(['(c) a policy incepted shortly before the loss;']);
  });

  it("puts an accent TeX's OT1 fonts draw apart on its letter, and leaves an acute typed as an apostrophe", () => {
    const items = [run('Gda', 50, 500), run('\u00b4', 65, 500), run('nsk Maritime Institute, Jos', 66, 500), run('\u00b4', 200, 500), run('e Ruiz', 201, 500)];
    expect(streamPieces(items, 0).map((l) => l.text)).toEqual(['Gda\u0144sk Maritime Institute, Jos\u00e9 Ruiz']);
    expect(streamPieces([run('don\u00b4t stop', 50, 500)], 0).map((l) => l.text)).toEqual(['don\u00b4t stop']);
  });

  it('cuts a line at a gap wider than two ems, and mergeRows joins the pieces of one baseline again, counting them', () => {
    const items = [run('March', 50, 400), run('3.1', 200, 400), run('-0.2', 300, 400)];
    const pieces = streamPieces(items, 0);
    expect(pieces.map((l) => l.text)).toEqual(['March', '3.1', '-0.2']);
    expect(mergeRows(pieces)).toMatchObject([{ text: 'March 3.1 -0.2', cells: [{ text: 'March' }, { text: '3.1' }, { text: '-0.2' }] }]);
  });
});
