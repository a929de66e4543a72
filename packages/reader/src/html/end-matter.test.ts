import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (html: string): string => norm(extractArticle(html).text);
const BODY = [
  'Ezekiel Marrow was a Quaker naturalist who catalogued the freshwater mussels of the Miami valleys in the 1860s.',
  'His notebooks, kept for thirty years, record more than forty species, several of them now gone from the rivers.',
  'He printed his findings at his own cost and sent copies to every college library in Ohio and Indiana.',
];
/** An encyclopedia entry: its body, then `tail`. */
const entry = (tail: string): string =>
  `<html><head><title>Ezekiel Marrow</title></head><body><main><article><h1>Ezekiel Marrow</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}
<h2>Later life</h2><p>He died in Waynesville in 1889, and his collection went to the college at Richmond, where it is kept today.</p>
${tail}</article></main></body></html>`;
const CITATIONS = [
  'Marrow, Ezekiel. The Naiades of the Miami Valleys. Waynesville, OH: privately printed, 1871.',
  'Pease, Harold. Ezekiel Marrow: A Quaker Naturalist. Richmond, IN: Friends United Press, 1984.',
];

describe("an encyclopedia's end matter (end-matter.ts, round 41, after batch 58)", () => {
  it('drops a list of references, the credits boilerplate and the ways to cite the page, whatever their length', () => {
    const tail =
      `<h2>References §</h2><ul>${CITATIONS.map((c) => `<li>${c}</li>`).join('')}</ul>` +
      '<h2>Credits</h2><p>New World Encyclopedia writers and editors rewrote and completed the Wikipedia article in accordance with its standards.</p>' +
      '<p>This article abides by terms of the Creative Commons CC-by-sa 3.0 License, which may be used and disseminated with proper attribution.</p>' +
      `<h2>Cite This Work</h2><p>Elling, M. (2025, February 12). Ezekiel Marrow. World History Encyclopedia. Retrieved from https://example.org/Marrow/</p>`;
    const text = read(entry(tail));
    expect(text).toContain('died in waynesville in 1889');
    for (const words of ['naiades of the miami', 'quaker naturalist richmond', 'rewrote and completed', 'creative commons', 'retrieved from']) {
      expect([words, text.includes(words)]).toEqual([words, false]);
    }
  });

  it('drops "Further Reading" set as a paragraph of links between line breaks (Forbes; round 42)', () => {
    const links = [
      'The Neocloud Boom: Inside The Race To Rent Out AI Chips (Forbes)',
      'GPU Prices Are Falling. Here’s Who Loses (Forbes)',
      'Former Crypto Miners Are Reinventing Themselves As AI Landlords (Forbes)',
    ];
    const text = read(entry(`<h2>Further Reading</h2><p>${links.map((t) => `<a href="/sites/x">${t}</a>`).join('<br>')}</p>`));
    expect(text).toContain('died in waynesville in 1889');
    expect(text).not.toMatch(/neocloud|gpu prices|crypto miners/);
  });

  it("keeps references set as paragraphs (an R help page's 'References' is part of its documentation)", () => {
    const refs = `<h2>References</h2>${CITATIONS.map((c) => `<p>${c}</p>`).join('')}`;
    expect(read(entry(refs))).toContain('naiades of the miami');
  });
});
