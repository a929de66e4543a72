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
});
