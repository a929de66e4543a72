import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string, head = '') => norm(extractArticle(harbourStory(inner, { head })).text);

describe('label-value records, tag labels and member summaries (data-lines.ts, round 9)', () => {
  it("drops a metadata table of label cells (arXiv's 'Comments:', 'Subjects:', 'Cite as:'), continuation rows too", () => {
    const table =
      '<table summary="Additional metadata"><tr><td class="tablecell label">Comments:</td><td class="tablecell comments">14 pages, 5 figures</td></tr>' +
      '<tr><td class="label">Subjects:</td><td>Computation and Language (cs.CL)</td></tr>' +
      '<tr><td class="label">Cite as:</td><td><a href="/abs/2502.04417">arXiv:2502.04417</a> [cs.CL]</td></tr>' +
      '<tr><td class="label">&nbsp;</td><td>(or arXiv:2502.04417v2 [cs.CL] for this version)</td></tr></table>';
    const text = read(table);
    expect(text).not.toMatch(/comments|subjects|cite as|arxiv|computation and language/);
    expect(text).toContain('the harbour wall was rebuilt');
    // a table of prose rows stays
    expect(read('<table><tr><td>Monday:</td><td>The crews open the north gate.</td></tr></table>')).toContain('the crews open the north gate');
  });

  it("drops a doc comment's tag labels and a bare 'Since' version, and keeps what a parameter and a return value are", () => {
    const notes =
      '<dl class="notes"><dt>Parameters:</dt><dd><code>tonnes</code> - the load of the crane, at least 1</dd>' +
      '<dt>Returns:</dt><dd>a new lift plan</dd><dt>Since:</dt><dd>2.1</dd></dl>';
    const text = read(notes);
    expect(text).toContain('the load of the crane, at least 1');
    expect(text).toContain('a new lift plan');
    expect(text).not.toMatch(/parameters|returns|since|2\.1/);
  });

  it("drops an API page's member summary section, with its index and inherited-members line", () => {
    const summary =
      '<section class="method-summary"><h2>Method Summary</h2><div class="summary-table"><div class="col-first"><code>boolean</code></div>' +
      '<div class="col-second"><code><a href="#lift()">lift</a>()</code></div><div class="col-last"><div class="block">Lifts one load.</div></div></div>' +
      '<div class="inherited-list"><h3>Methods inherited from class java.lang.Object</h3><code>equals, hashCode, toString</code></div></section>';
    const text = read(summary);
    expect(text).not.toMatch(/method summary|inherited|hashcode|lifts one load/);
    expect(text).toContain('fishing boats returned');
  });

  it("drops a preprint's submission history section, and takes a scholarly page's title from citation_title", () => {
    const history =
      '<div class="submission-history"><h2>Submission history</h2> From: Priya Raman [<a href="/show-email/1">view email</a>]<br>' +
      '<strong>[v1]</strong> Thu, 6 Feb 2025 17:03:52 UTC (812 KB)<br></div>';
    expect(read(history)).not.toMatch(/submission history|priya raman|812 kb/);
    const head = '<title>[2502.04417] Harbour works</title><meta name="citation_title" content="Harbour works">';
    const html = `<html><head>${head}</head><body><h1>Computer Science</h1><article><h1><span>Title:</span>Harbour works</h1>
<p>${'The harbour wall was rebuilt over the winter at a cost of two million pounds. '.repeat(6)}</p></article></body></html>`;
    expect(extractArticle(html).title).toBe('Harbour works');
  });

  it("drops a table of attached files with their sizes, a thread's comment numbers and an hCard name", () => {
    const files =
      '<table id="files"><tr><th colspan="3">Attachments</th></tr>' +
      '<tr><td><a href="a?id=1"><b>Survey of the north wall</b></a> (18.40 KB, application/pdf)</td><td>no flags</td><td><a href="#">Details</a></td></tr>' +
      '<tr><td><a href="a?id=2"><b>Revised tide table</b></a> (3.12 KB, text/plain)</td><td>no flags</td><td><a href="#">Details</a></td></tr></table>';
    const head =
      '<div class="head"><span class="number"><a href="#c4">Comment 4</a></span> <span class="vcard"><span class="fn">Oskar Lindqvist</span></span></div>';
    const text = read(`${files}${head}`);
    expect(text).not.toMatch(/attachments|north wall|tide table|no flags|comment 4|oskar/);
    // a table of values with no file sizes stays
    expect(read('<table><tr><td>North wall</td><td>rebuilt in 2024</td></tr><tr><td>South wall</td><td>rebuilt in 2019</td></tr></table>')).toContain(
      'rebuilt in 2019',
    );
  });
});

describe('page numbers of a book (clean.ts, round 9)', () => {
  it('drops a printed page number set in a paragraph ("[Pg 3]", Project Gutenberg), and keeps the paragraph', () => {
    const text = read('<p><span class="pagenum"><a id="Page_3">[Pg 3]</a></span>“Father,” she called up the stair, and then louder.</p>');
    expect(text).toContain('“father,” she called up the stair');
    expect(text).not.toMatch(/\bpg 3\b/);
  });

  it("drops a definition list of short labels and values (a patent's 'Inventor', 'Current Assignee') and a run of 'Label: value' lines", () => {
    const people =
      '<dl class="important-people"><dt>Inventor</dt><dd>Ingrid Solvang</dd><dd>Paul Metcalfe</dd><dt>Current Assignee</dt><dd>Verdant Home Ltd</dd></dl>';
    const venue =
      '<p class="sub">Venue: Council Chamber, The Guildhall, Thornby. View directions</p><p class="sub">Contact: Democratic Services, 01632 960114</p>';
    const text = read(`${people}${venue}`);
    expect(text).not.toMatch(/inventor|solvang|assignee|venue|democratic services/);
    // a glossary's definitions are sentences, and a line of a bug report ending in a full stop is one too: both stay
    expect(read('<dl><dt>Quay</dt><dd>A stone platform where boats tie up.</dd><dt>Slipway</dt><dd>A ramp for boats.</dd></dl>')).toContain('a ramp for boats');
    expect(read('<p>Actual results: the gate stays shut.</p><p>Expected results: the gate opens.</p>')).toContain('the gate stays shut');
  });

  it("drops a weather product's runs of 'LABEL...value' lines (forecasters, warnings; round 18), and its 'Issued at' lines", () => {
    const signed = '<div class="afd-forecasters"><p>UPDATE...JDS</p><p>DISCUSSION...Kowalczyk</p><p>AVIATION...JDS</p></div>';
    const warnings = '<section><p>MN...Winter Weather Advisory until noon CST Thursday for MNZ020-021.</p><p>WI...None.</p></section>';
    const text = read(`${signed}<p class="afd-issued">Issued at 3:45 AM CST Wed Dec 3 2025</p>${warnings}`);
    expect(text).not.toMatch(/kowalczyk|\bjds\b|mnz020|wi\.\.\.none|issued at/);
    // one such line alone is no run
    expect(read('<p>HARBOUR...open all week.</p>')).toContain('harbour...open all week');
  });

  it("drops a catalogue record of labelled rows each in a <div> (a museum object's 'Medium:' / 'Cotton'; round 16), keeps doc tags", () => {
    const rows = [
      ['Title:', 'Harbour Quilt'],
      ['Date:', 'ca. 1852'],
      ['Medium:', 'Cotton, with ink inscriptions'],
      ['Credit Line:', 'Gift of the Marsh Family, 1987'],
    ];
    const record = `<dl class="tombstone">${rows.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>`;
    expect(read(record)).not.toMatch(/medium:|cotton, with ink|gift of the marsh family|ca\. 1852/);
    const tags =
      '<dl><dt>Parameters:</dt><dd>depth - the water depth in metres</dd><dt>Returns:</dt><dd>the mooring fee</dd>' +
      '<dt>Throws:</dt><dd>RangeError - when the depth is negative</dd><dt>Since:</dt><dd>2.1</dd></dl>';
    expect(read(tags)).toContain('the water depth in metres');
  });

  it("drops a record table of two label-value pairs to a row (Trac's ticket properties; round 37), and keeps a table of columns", () => {
    const row = (a: string, b: string, c: string, d: string) => `<tr><th>${a}</th><td>${b}</td><th>${c}</th><td>${d}</td></tr>`;
    const table = `<table class="properties">${row('Reported by:', 'okonkwo_a', 'Owned by:', 'hvandenberg')}${row('Priority:', 'high', 'Milestone:', '3.8.3')}
${row('Component:', 'io/shapefile', 'Version:', '3.8.2')}</table>`;
    expect(read(table)).not.toMatch(/reported by|okonkwo_a|io\/shapefile/);
    const cells = (tag: string, texts: string[]) => `<tr>${texts.map((t) => `<${tag}>${t}</${tag}>`).join('')}</tr>`;
    const columns =
      `<table>${cells('th', ['Berth', 'Length', 'Fee', 'Season'])}${cells('td', ['North quay', '12 m', '£410', 'May to September'])}` +
      `${cells('td', ['South quay', '9 m', '£320', 'April to October'])}${cells('td', ['Inner basin', '7 m', '£260', 'All year'])}</table>`;
    expect(read(columns)).toContain('north quay');
  });
});
