import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { isShortLinkBlock } from './link-blocks.js';
import { parseDocument } from './parse-linkedom.js';

const read = (html: string): string => norm(extractArticle(html).text);
const INTRO = [
  'A snapshot of the background power budget that the system has granted to the calling app, refreshed on every call.',
  'The budget refills over a rolling window, and work started by the job scheduler counts against it while it runs.',
  'Apps that the user has exempted from battery optimization always receive a budget with no limit at all.',
];
/** A reference page: its own description, `rest` after it. */
const page = (rest: string): string =>
  `<html><head><title>PowerBudget</title></head><body><main><article><h1>PowerBudget</h1>${INTRO.map((p) => `<p>${p}</p>`).join('')}
<h2>Public methods</h2><h3>getState</h3><p>Returns the state of the budget, which summarizes how close the app is to using it up.</p>
${rest}</article></main></body></html>`;
const BLURBS = ['Creates and returns a copy of this object.', 'Indicates whether some other object is "equal to" this one.'];

describe("an API reference page's generated parts (inherited-members.ts, round 41, after batch 57)", () => {
  it('drops an "Inherited methods" table (Android) and a "Blanket Implementations§" section (rustdoc), and keeps the page\'s own members', () => {
    const table = `<table class="inhtable"><tr><th><h3>Inherited methods</h3></th></tr>${BLURBS.map((b) => `<tr><td><p>${b}</p></td></tr>`).join('')}</table>`;
    const rust = `<h2 id="blanket">Blanket Implementations<a href="#blanket" class="anchor">§</a></h2><div>${BLURBS.map((b) => `<p>${b}</p>`).join('')}</div>
<h2>Examples</h2><p>Measure a block of work and print the elapsed time when the block has finished running.</p>`;
    for (const rest of [table, rust]) {
      const text = read(page(rest));
      expect(text).toContain('returns the state of the budget');
      expect(text).not.toMatch(/copy of this object|equal to|inherited methods|blanket/);
    }
    expect(read(page(rust))).toContain('measure a block of work');
  });

  it('drops member rows marked "(Inherited from Object)" and the "Applies to" matrix (Microsoft Learn), and keeps the own rows', () => {
    const rows = [
      ['Reset()', 'Clears every bucket of the window and starts counting again from zero.'],
      ['ToString()', 'Returns a string that represents the current object. (Inherited from Object)'],
    ];
    const rest = `<h2>Methods</h2><table>${rows.map(([m, d]) => `<tr><td>${m}</td><td><p>${d}</p></td></tr>`).join('')}</table>
<h2>Applies to</h2><table><tr><th>Product</th><th>Versions</th></tr><tr><td>.NET</td><td>9, 10</td></tr></table>
<h2>Remarks</h2><p>The counter is safe to use from several threads at once without any locking by the caller.</p>`;
    const text = read(page(rest));
    expect(text).toContain('clears every bucket');
    expect(text).toContain('safe to use from several threads');
    expect(text).not.toMatch(/represents the current object|applies to|versions/);
  });

  it('drops a docs page\'s "See also" section, and keeps a manual page\'s "SEE ALSO" section, in capitals as its section names are', () => {
    const see = (h: string) =>
      `<h2>${h}</h2><ul><li><a href="/collect">Collect metrics in apps</a>: how to gather counters from services that are already running.</li>` +
      '<li><a href="/instr">Metrics instrumentation</a>: how to add counters of your own to a library.</li></ul>';
    expect(read(page(see('See also')))).not.toContain('see also');
    // and the PHP manual's "Found A Problem?" box and its readers' notes
    const notes =
      '<h3>Found A Problem?</h3><p><a href="/pr">Submit a Pull Request</a></p><section id="usernotes"><h3>User Contributed Notes</h3>' +
      '<div class="note"><p>Handy for splitting validation results into the rows that passed a check and the ones that failed.</p></div></section>';
    expect(read(page(notes))).not.toMatch(/found a problem|handy for splitting/);
    const man = `<html><head><title>ls(1)</title></head><body><h1>ls(1)</h1><h2>NAME</h2><p>ls - list directory contents in the order asked.</p>
<h2>DESCRIPTION</h2><p>${INTRO.join(' ')}</p>
<h2>SEE ALSO</h2><p>Full documentation is kept in the info manual, with examples of every option.</p></body></html>`;
    expect(read(man)).toContain('see also');
  });

  it("keeps an <aside> note told by its label or data-type (Android, Kotlin's Writerside), a PHP manual description, a linked version note", () => {
    const rest =
      '<aside class="note"><strong>Note:</strong> <span>The size of the budget depends on the standby bucket and may change between releases.</span></aside>' +
      '<aside class="prompt" data-type="warning"><p>Scoped imports are experimental and may change or be removed in a future release.</p></aside>' +
      '<p class="para rdfs-comment">array_partition() iterates over each value in the array, passing it to the callback function once.</p>' +
      // (Nextra's class names hold "extra", one of Readability's unlikely words: its callouts and inline code were dropped)
      '<div class="nextra-callout x:mt-6 x:flex"><div class="x:w-full"><p>Cost is counted from the query document alone, before any ' +
      'subgraph runs.</p></div></div><p>Override a weight with the <code class="nextra-code">@cost</code> directive in the schema.</p>' +
      '<div class="api-level"><div>Added in <a href="/guide/api-levels">API level 36</a></div></div>';
    const text = read(page(rest));
    const kept = ['the size of the budget depends', 'scoped imports are experimental', 'iterates over each value', 'cost is counted', 'the @cost directive'];
    for (const words of kept) expect(text).toContain(words);
    // a version note with its version linked is no block of links (Readability drops some of them on its own)
    const block = (html: string) => parseDocument(`<html><body>${html}</body></html>`).querySelectorAll('div')[0];
    const note = block('<div>Added in <a href="/guide/api-levels">API level 36</a></div>');
    expect(note !== undefined && isShortLinkBlock(note)).toBe(false);
    const links = block('<div>Read: <a href="/guide/api-levels">API level 36</a></div>');
    expect(links !== undefined && isShortLinkBlock(links)).toBe(true);
  });
});
