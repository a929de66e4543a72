import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const SCHOLARLY = '<meta name="citation_title" content="Harbour works">';
const read = (inner: string, head = '') => norm(extractArticle(harbourStory(inner, { head })).text);

describe("a journal article's front and back matter (journal-matter.ts)", () => {
  it('drops JATS-named reference lists, acknowledgments, keywords and affiliations', () => {
    const jats =
      '<div class="affiliation">Department of Marine Science, University of Northmoor</div>' +
      '<section class="kwd-group"><p><strong>Keywords:</strong> harbours, sediment, storms</p></section>' +
      '<section class="ack"><h2>Acknowledgments</h2><p>We thank the harbour master for access to the quay.</p></section>' +
      '<section class="ref-list"><h2>References</h2><ul><li>Ruiz A. Sediment in rebuilt harbours. Mar Geol. 2025;4:1-9.</li>' +
      '<li>Lee B. Storm walls. Coast Eng. 2021;7:22-30.</li><li>Ng C. Quays. Harb Rev. 2019;2:3-8.</li></ul></section>';
    expect(read(jats)).not.toMatch(/marine science|keywords|harbour master|sediment in rebuilt|storm walls/);
  });

  it('drops the history, identifier and open-access licence lines', () => {
    const front =
      '<p>Received 2024 Mar 4; Accepted 2024 Sep 30; Collection date 2024.</p><p>PMCID: PMC11623019 PMID: 39512876</p>' +
      '<p>This is an open access article distributed under the terms of the Creative Commons Attribution License, which permits use.</p>';
    expect(read(front)).not.toMatch(/accepted 2024|pmcid|open access article/);
  });

  it('drops back-matter sections by heading on a scholarly page only', () => {
    const back = '<h2>Conflict of interest</h2><p>The authors declare no competing interests in the harbour study.</p>';
    expect(read(back, SCHOLARLY)).not.toContain('competing interests');
    expect(read(back)).toContain('competing interests');
  });

  it("drops Springer Nature's record sections, history lines and journal line on a scholarly page (round 15)", () => {
    const record =
      '<p class="c-article-info-details"><i>Journal of Harbour Studies</i> <b>volume 41</b>, Article number: 88 (2025) ' +
      '<a href="#citeas">Cite this article</a></p><section><h2>Rights and permissions</h2>' +
      '<p>Open Access This article is licensed under a Creative Commons Attribution 4.0 International License.</p></section>' +
      '<section><h2>About this article</h2><h3>Cite this article</h3><p>Marsh, A. Harbour works. J Harbour Stud 41, 88 (2025).</p>' +
      '<ul><li><p>Received: <time>02 October 2024</time></p></li><li><p>Accepted: <time>18 April 2025</time></p></li></ul></section>';
    const text = read(record, SCHOLARLY);
    expect(text).not.toMatch(/journal of harbour studies|rights and permissions|creative commons|about this article|cite this|received|accepted/);
    expect(text).toMatch(/harbour wall was rebuilt.*fishing boats returned/);
    // a history line stands alone anywhere; the record headings only on a scholarly page
    expect(read('<ul><li><p>Received: 02 October 2024</p></li></ul>')).not.toContain('received');
    expect(
      read('<h2>About this article</h2><p>This piece was written with the harbour trust, who checked every figure in it against their books.</p>'),
    ).toContain('about this article');
  });
});
