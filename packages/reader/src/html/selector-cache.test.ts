import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DomElement, type DomNode, isElement } from './dom.js';
import { parseDocument } from './parse-linkedom.js';
import { cacheCompiledSelectors } from './selector-cache.js';

const require = createRequire(import.meta.url);

/** Every element under `node` in document order, by a walk of its own (a <template>'s content left out, as querySelectorAll does). */
function walk(node: DomNode, out: DomElement[] = []): DomElement[] {
  for (let kid = node.firstChild; kid !== null; kid = kid.nextSibling) {
    if (!isElement(kid)) continue;
    out.push(kid);
    if (kid.tagName !== 'TEMPLATE') walk(kid, out);
  }
  return out;
}
type Matching = DomElement & { matches(selector: string): boolean; closest(selector: string): DomElement | null };

const SELECTORS = [
  'p',
  'div p',
  'div > p',
  '.note',
  '[data-x]',
  'ul li:first-child',
  'p:not(.note)',
  'section .note, aside',
  'DIV',
  '*',
  'li + li',
  'a[href^="/"]',
];
const piece = fc.constantFrom(
  '<div>',
  '</div>',
  '<p>',
  '<p class="note">',
  '</p>',
  '<section>',
  '</section>',
  '<aside data-x="1">',
  '</aside>',
  '<ul><li>a</li><li>b</li></ul>',
  '<a href="/x">x</a>',
  '<template><p>t</p></template>',
  'text',
);

describe('compiled selectors kept across calls (selector-cache.ts)', () => {
  it('is in effect for the linkedom the reader loads', () => {
    parseDocument('<p>x</p>');
    expect(cacheCompiledSelectors(require.resolve('linkedom'))).toBe(true);
  });

  it('querySelectorAll, querySelector and closest find what each element matching the selector on its own finds', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.constantFrom(...SELECTORS), { minLength: 1, maxLength: 6 }), (pieces, selectors) => {
        const doc = parseDocument(`<html><body><main>${pieces.join('')}</main></body></html>`);
        const all = [doc.documentElement, ...walk(doc.documentElement)] as Matching[];
        for (const selector of selectors) {
          const expected = all.filter((el) => el.matches(selector));
          expect(Array.from(doc.querySelectorAll(selector))).toEqual(expected);
          const main = doc.querySelectorAll('main')[0] as Matching & { querySelector(s: string): DomElement | null };
          expect(main.querySelector(selector)).toBe(walk(main).find((el) => (el as Matching).matches(selector)) ?? null);
          for (const el of all) {
            let up: DomElement | null = el;
            while (up !== null && !(up as Matching).matches(selector)) up = up.parentNode !== null && isElement(up.parentNode) ? up.parentNode : null;
            expect(el.closest(selector)).toBe(up);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it(':scope is read against the element each call is made on', () => {
    const doc = parseDocument('<div id="a"><p>1</p><div id="b"><p>2</p><p>3</p></div></div>');
    const [a, b] = [doc.querySelectorAll('#a')[0]!, doc.querySelectorAll('#b')[0]!];
    expect(Array.from(a.querySelectorAll(':scope > p')).map((p) => p.textContent)).toEqual(['1']);
    expect(Array.from(b.querySelectorAll(':scope > p')).map((p) => p.textContent)).toEqual(['2', '3']);
  });

  it('keeps a selector compiled for an XML document apart from the same selector in HTML (case matters only in XML)', () => {
    const { DOMParser } = require('linkedom') as { DOMParser: new () => { parseFromString(s: string, t: string): DomElement } };
    const xml = new DOMParser().parseFromString('<r><Item>a</Item><item>b</item></r>', 'text/xml');
    expect(Array.from(xml.querySelectorAll('Item')).map((e) => e.textContent)).toEqual(['a']);
    const html = parseDocument('<html><body><item>c</item><Item>d</Item></body></html>');
    expect(Array.from(html.querySelectorAll('Item')).map((e) => e.textContent)).toEqual(['c', 'd']);
    expect(Array.from(xml.querySelectorAll('Item')).map((e) => e.textContent)).toEqual(['a']);
  });
});
