import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { elementNames } from './names.js';
import { parseDocument } from './parse-linkedom.js';

const element = (html: string) => {
  const el = parseDocument(`<html><body>${html}</body></html>`).body?.firstElementChild;
  if (el === null || el === undefined) throw new Error('no element');
  return el;
};

describe('element names (names.ts)', () => {
  it("leaves out an id made from the section's own heading, keeps one that names the box", () => {
    expect(elementNames(element('<section id="changes-and-contact" class="clause"><h2>6. Changes and contact</h2><p>x</p></section>'))).toBe('clause');
    expect(elementNames(element('<section id="contact-details"><h2>Our offices</h2></section>'))).toBe('contact-details');
    // one word: "comments" over "Comments" still names the comment box
    expect(elementNames(element('<div id="comments"><h3>Comments</h3></div>'))).toBe('comments');
  });

  it("keeps a terms page's short last section whose anchor holds the word 'contact'", () => {
    const clause = '<p>6.1 These Terms are governed by the law of Scotland. Questions about them can be sent to our legal team.</p>';
    const html = harbourStory(`<section id="changes-and-contact"><h2>6. Changes and contact</h2>${clause}</section>`);
    expect(norm(extractArticle(html).text)).toContain('governed by the law of scotland');
  });
});

describe('Docutils and Sphinx links (names.ts, round 12)', () => {
  it("keeps a cross-reference link's words in its sentence ('reference internal' is a link's kind, not a references list)", () => {
    const p =
      '<p>Use <a class="reference internal" href="#tides.fetch"><code class="xref py py-func docutils literal"><span class="pre">fetch()</span></code>' +
      '</a> to read the tide table, or see <a class="reference external" href="https://example.org/manual">the harbour manual</a> for more.</p>';
    expect(norm(extractArticle(harbourStory(p)).text)).toContain('use fetch() to read the tide table, or see the harbour manual for more.');
  });
});
