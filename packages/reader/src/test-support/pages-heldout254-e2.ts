import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout254-kit.js';

/**
 * Held-out batch 254, file e2: a land trust's board minutes converted from PDF with pdf2htmlEX (one absolutely positioned
 * div per printed line, no h1 or p elements, two page frames with a running header, page numbers and a draft stamp, the empty
 * outline sidebar, the loading indicator and the converter's scripts).
 */
const mTitle = 'Minutes of the Regular Meeting of the Board of Directors';
const mHeads = [
  '1. Call to order',
  '2. Approval of the agenda and prior minutes',
  '3. Treasurer’s report',
  '4. Conservation easement: Sallow Point',
  '5. Adjournment',
];
const mParas: string[][] = [
  [
    'Present: Agnes Tollefsen (Chair), Rufus Abernethy, Lila Marchetti, Oskar Venn, Hedda Pryor. Absent: Col Maddox. Staff: Ines Corrado, Executive Director.',
    j(
      'The Chair called the meeting to order at 6:04 p.m. at the Hollins Bay Grange Hall. A quorum was present. The Chair welcomed',
      'two members of the public who attended to observe the Sallow Point discussion.',
    ),
  ],
  [
    j(
      'The agenda was approved as circulated. The minutes of the meeting of 11 December 2025 were approved with one correction: the',
      'amount of the stewardship fund transfer should read $18,500, not $15,800.',
    ),
    'Motion to approve the minutes as corrected: Abernethy. Second: Pryor. Carried unanimously.',
  ],
  [
    j(
      'Mr. Venn presented the unaudited results for the year to 31 December. Total revenue was $412,300 against a budget of $390,000,',
      'driven by a larger than expected year-end appeal. Expenses were $377,900. The stewardship endowment closed the year at $1.06 million.',
    ),
    j(
      'The board discussed whether to move part of the operating surplus into the legal defence reserve. Ms. Marchetti noted that',
      'two easement neighbours had raised boundary questions in the autumn and that legal costs could rise.',
    ),
    'Motion to transfer $20,000 from operating surplus to the legal defence reserve: Marchetti. Second: Venn. Carried 4–1 (Abernethy opposed).',
  ],
  [
    j(
      'The Executive Director reported that the Strand family has offered a conservation easement over 64 acres of salt marsh and',
      'woodland at Sallow Point. Staff have completed the baseline site visit and the property meets the trust’s selection criteria',
      'for habitat and public benefit.',
    ),
    j(
      'Board members asked about the cost of long-term monitoring. Staff estimated a stewardship contribution of $32,000 would be',
      'needed, which the family has agreed to fund in part. A member of the public spoke in support of the project.',
    ),
    'Motion to authorise staff to proceed with due diligence and negotiate terms for board approval in April: Pryor. Second: Tollefsen. Carried unanimously.',
  ],
  ['There being no further business, the meeting was adjourned at 7:41 p.m. The next regular meeting will be held on 9 April 2026.'],
];
const wrap = (t: string): string[] => {
  const out: string[] = [];
  let line = '';
  for (const w of t.split(' ')) {
    if (line !== '' && line.length + w.length > 92) {
      out.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  return [...out, line];
};
let y = 1;
const div = (t: string, ff: string, fs: string): string => `<div class="t m0 x1 h${fs === 'fs2' ? 4 : 3} y${y++} ${ff} ${fs} fc0 sc0 ls0 ws0">${t}</div>`;
const block = (i: number): string =>
  [div(mHeads[i] ?? '', 'ff2', 'fs1'), ...(mParas[i] ?? []).flatMap((p) => wrap(p).map((l) => div(l, 'ff1', 'fs1')))].join('\n');
const frame = (n: number, inner: string): string => `<div id="pf${n}" class="pf w0 h0" data-page-no="${n}"><div class="pc pc${n} w0 h0">
<img class="bi x0 y0 w1 h1" alt=""
src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="/>
${inner}
<div class="t m0 x9 h2 y${y++} ff1 fs0 fc1 sc0 ls0 ws0">Page ${n} of 2</div></div>
<div class="pi" data-data='{"ctm":[1.5,0,0,1.5,0,0]}'></div></div>`;
const page1 = [
  `<div class="t m0 x2 h2 y${y++} ff1 fs0 fc1 sc0 ls0 ws0">DRAFT – subject to approval at the 9 April 2026 meeting</div>`,
  `<div class="t m0 x3 h5 y${y++} ff2 fs3 fc0 sc0 ls0 ws0">Hollins Bay Land Trust</div>`,
  div(mTitle, 'ff2', 'fs2'),
  `<div class="t m0 x3 h3 y${y++} ff3 fs1 fc0 sc0 ls0 ws0">Thursday, 12 February 2026</div>`,
  block(0),
  block(1),
  block(2),
].join('\n');
const page2 = [
  `<div class="t m0 x2 h2 y${y++} ff1 fs0 fc1 sc0 ls0 ws0">Hollins Bay Land Trust · Board minutes · 12 February 2026</div>`,
  block(3),
  block(4),
  `<div class="t m0 x1 h3 y${y++} ff3 fs1 fc0 sc0 ls0 ws0">Recorded by Ines Corrado, Secretary to the Board</div>`,
].join('\n');
const eHtml = `<!DOCTYPE html>
<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlEX/pdf2htmlEX) -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"/><meta name="generator" content="pdf2htmlEX"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/><title>HBLT Board Minutes 2026-02-12</title>
<style type="text/css">.ff1{font-family:ff1;line-height:0.938;}.ff2{font-family:ff2;font-weight:bold;}.fs1{font-size:36px;}.fs2{font-size:52px;}
.pf{position:relative;background-color:white;overflow:hidden;margin:0;border:0;}.t{position:absolute;white-space:pre;}</style>
<script>/* pdf2htmlEX.min.js */ try{pdf2htmlEX.defaultViewer = new pdf2htmlEX.Viewer({});}catch(e){}</script></head>
<body><div id="sidebar"><div id="outline"></div></div>
<div id="page-container">
${frame(1, page1)}
${frame(2, page2)}
</div>
<div class="loading-indicator"><img alt="" src="data:image/png;base64,R0lGODlhAQABAAAAACw="/></div></body></html>`;
export const minutes: TestPage = {
  name: 'heldout254-pdf2htmlex-board-minutes',
  kind: 'docs',
  html: eHtml,
  title: mTitle,
  headings: mHeads,
  body: texts(mParas.flat()),
  bylines: ['Thursday, 12 February 2026', 'Recorded by Ines Corrado, Secretary to the Board'],
  furniture: [
    'DRAFT – subject to approval at the 9 April 2026 meeting',
    'Hollins Bay Land Trust',
    'Page 1 of 2',
    'Hollins Bay Land Trust · Board minutes · 12 February 2026',
    'Page 2 of 2',
  ],
};
