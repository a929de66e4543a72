import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 16, file f2: a 10-K filing section in the old EDGAR HTML shape (upper-case tags, <FONT> and <TABLE>
 * layout, the cover page with check boxes and the registrant table, a table of contents, page breaks drawn as <HR> with
 * centred page numbers and "Table of Contents" back-links, the "Item 1A. Risk Factors" heading, underlined risk groups,
 * bold-italic risk captions and indented risk-factor prose, one paragraph split across a page break as such filings do).
 */
const sxTitle = 'Item 1A. Risk Factors';
const sxIntro =
  'You should carefully consider the risks described below, together with the other information in this Annual Report on Form 10-K, before ' +
  'making an investment decision. The risks below are not the only ones we face. Additional risks that we do not currently know about or ' +
  'that we now believe to be immaterial may also impair our business, financial condition and results of operations.';
const sxRisks: { group?: string; caption: string; text: string[] }[] = [
  {
    group: 'Risks Related to Our Business and Operations',
    caption: 'We depend on a small number of large food-processing customers for a significant portion of our revenues.',
    text: [
      'Our ten largest customers accounted for approximately 46% of our warehouse revenues in 2006, and our largest customer, a national ' +
        'poultry processor, accounted for approximately 14%. Most of our storage agreements with these customers may be terminated on ' +
        'ninety days&#8217; notice.',
      'If one or more of these customers were to move product to its own facilities or to a competitor, reduce the volume it stores ' +
        'with us, or experience financial difficulty, our revenues and occupancy could decline significantly and we might not be able ' +
        'to replace the lost business on comparable terms.',
    ],
  },
  {
    caption: 'Increases in the cost of electricity could reduce our margins.',
    text: [
      'Refrigeration is the largest component of our facility operating costs, and electricity represented approximately 11% of our ' +
        'cost of operations in 2006. Electricity prices in several of the markets in which we operate, including Texas and southern ' +
        'California, rose substantially during the year.',
      'Although many of our agreements allow us to pass on a portion of energy cost increases, these provisions typically operate ' +
        'with a delay of up to one year, and customers may resist or',
      'renegotiate them. Sustained increases in electricity costs that we are unable to recover would reduce our operating margins.',
    ],
  },
  {
    caption: 'Our facilities use anhydrous ammonia, and a release could result in injuries, liabilities and regulatory penalties.',
    text: [
      'Thirty-one of our thirty-four warehouses use anhydrous ammonia as the refrigerant in their cooling systems. Ammonia is toxic, ' +
        'and an accidental release could injure our employees or members of the public, require the evacuation of nearby properties, ' +
        'and lead to claims, fines and the suspension of operations at the affected facility.',
      'Our facilities are subject to the process safety management standards of the Occupational Safety and Health Administration ' +
        'and to the risk management program rules of the Environmental Protection Agency. Changes to these rules or their enforcement ' +
        'could require significant capital expenditures.',
    ],
  },
  {
    group: 'Risks Related to Our Indebtedness',
    caption: 'Our substantial indebtedness could limit our flexibility and adversely affect our financial condition.',
    text: [
      'As of December 31, 2006, we had approximately $612.4 million of outstanding indebtedness, including $185.0 million under our ' +
        'revolving credit facility, which bears interest at floating rates. An increase of one percentage point in interest rates would ' +
        'increase our annual interest expense by approximately $1.9 million.',
      'Our credit agreement contains covenants that restrict our ability to incur additional debt, pay dividends, sell assets and make ' +
        'acquisitions. A breach of these covenants could result in an event of default, allowing our lenders to accelerate the ' +
        'repayment of amounts outstanding.',
    ],
  },
];
const sxCover = [
  'UNITED STATES SECURITIES AND EXCHANGE COMMISSION',
  'Washington, D.C. 20549',
  'FORM 10-K',
  'ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934',
  'For the fiscal year ended December 31, 2006',
  'Commission file number 001-32417',
  'NORTHGATE COLD STORAGE HOLDINGS, INC.',
  '(Exact name of registrant as specified in its charter)',
];
const cv = (i: number): string => sxCover[i] ?? '';
const sxToc: [string, string, string][] = [
  ['Item 1.', 'Business', '3'],
  ['Item 1A.', 'Risk Factors', '12'],
  ['Item 1B.', 'Unresolved Staff Comments', '19'],
  ['Item 2.', 'Properties', '19'],
  ['Item 3.', 'Legal Proceedings', '21'],
];
const F = (t: string, size = 2): string => `<FONT SIZE="${size}" FACE="Times New Roman, Times, Serif">${t}</FONT>`;
const sxBreak = (n: number): string => `<P ALIGN="CENTER">${F(String(n))}</P>
<HR SIZE="3" NOSHADE COLOR="#999999">
<P STYLE="page-break-before:always; margin-top:0pt; margin-bottom:0pt" ALIGN="RIGHT">${F('<A HREF="#toc">Table of Contents</A>', 1)}</P>`;
const sxPara = (t: string, indent = true): string =>
  `<P STYLE="margin-top:6pt; margin-bottom:0pt; text-indent:${indent ? '4%' : '0%'}" ALIGN="JUSTIFY">${F(t)}</P>`;
const sxRiskHtml = (r: (typeof sxRisks)[number], i: number): string =>
  [
    r.group ? `<P STYLE="margin-top:12pt; margin-bottom:0pt" ALIGN="CENTER">${F(`<B><U>${r.group}</U></B>`)}</P>` : '',
    `<P STYLE="margin-top:12pt; margin-bottom:0pt" ALIGN="JUSTIFY">${F(`<B><I>${r.caption}</I></B>`)}</P>`,
    ...r.text.map((t, j) => (i === 1 && j === 2 ? `${sxBreak(14)}\n${sxPara(t, false)}` : sxPara(t))),
  ].join('\n');
const sxHtml = `<HTML>
<HEAD>
<TITLE>Form 10-K</TITLE>
</HEAD>
<BODY BGCOLOR="WHITE">
<!-- Document created using EDGARizer 2020 5.0.12 -->
<P ALIGN="CENTER">${F(`<B>${cv(0)}</B>`, 4)}</P>
<P ALIGN="CENTER">${F(cv(1))}</P>
<P ALIGN="CENTER">${F(`<B>${cv(2)}</B>`, 5)}</P>
<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="100%" BORDER="0" STYLE="BORDER-COLLAPSE:COLLAPSE">
<TR><TD WIDTH="4%" VALIGN="TOP">${F('&#254;')}</TD><TD ALIGN="LEFT" VALIGN="TOP">${F(`<B>${cv(3)}</B>`)}</TD></TR></TABLE>
<P ALIGN="CENTER">${F(cv(4))}</P>
<P ALIGN="CENTER">${F(cv(5))}</P>
<P ALIGN="CENTER">${F(`<B>${cv(6)}</B>`, 4)}</P>
<P ALIGN="CENTER">${F(`<I>${cv(7)}</I>`, 1)}</P>
<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="100%" BORDER="0"><TR><TD WIDTH="48%" ALIGN="CENTER">${F('<B>Delaware</B>')}</TD><TD WIDTH="4%"></TD>
<TD WIDTH="48%" ALIGN="CENTER">${F('<B>20-1184522</B>')}</TD></TR>
<TR><TD ALIGN="CENTER">${F('(State or other jurisdiction of incorporation or organization)', 1)}</TD><TD></TD>
<TD ALIGN="CENTER">${F('(I.R.S. Employer Identification No.)', 1)}</TD></TR></TABLE>
${sxBreak(1)}
<P ALIGN="CENTER"><A NAME="toc"></A>${F('<B>TABLE OF CONTENTS</B>')}</P>
<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="100%" BORDER="0" ALIGN="CENTER">
<TR><TD COLSPAN="3" ALIGN="CENTER">${F('<B>PART I</B>')}</TD></TR>
${sxToc
  .map(
    ([
      n,
      t,
      p,
    ]) => `<TR><TD WIDTH="10%" VALIGN="TOP">${F(n)}</TD><TD WIDTH="80%" VALIGN="TOP">${F(`<A HREF="#item${n.slice(5, -1).toLowerCase()}">${t}</A>`)}</TD>
<TD WIDTH="10%" ALIGN="RIGHT" VALIGN="BOTTOM">${F(p)}</TD></TR>`,
  )
  .join('\n')}
</TABLE>
${sxBreak(11)}
<P STYLE="margin-top:12pt; margin-bottom:0pt">${F('<A NAME="item1a"></A><B>Item&nbsp;1A.&nbsp;&nbsp;&nbsp;&nbsp;Risk Factors</B>')}</P>
${sxPara(sxIntro)}
${sxRisks.map(sxRiskHtml).join('\n')}
${sxBreak(15)}
</BODY>
</HTML>`;
export const edgar: TestPage = {
  html: sxHtml,
  name: 'heldout16-edgar-10k-risk-factors',
  kind: 'docs',
  // the section is the article: its "Item 1A. Risk Factors" heading the title, the underlined risk groups and the
  // bold-italic risk captions its headings (each heads the paragraphs of one risk), the indented prose its body; the
  // paragraph the printer split across the page break stays two body items, as the filing has two <P>s; the cover page,
  // the table of contents (its items, "PART I" and page numbers), the page numbers at each break and the "Table of
  // Contents" back-links (the same words as the contents heading: counted once) are furniture; the filing has no byline;
  // the contents entries "Item 1A." and "Risk Factors" are part of the title, "Business" and "Properties" and the cover's
  // "FORM 10-K" words of the body, and the page numbers 1, 11 and 14 numbers of the body: all left out
  title: sxTitle,
  headings: sxRisks.flatMap((r) => (r.group ? [r.group, r.caption] : [r.caption])),
  body: texts([sxIntro, ...sxRisks.flatMap((r) => r.text)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sxCover.filter((t) => t !== 'FORM 10-K'), 'Delaware', '20-1184522', '(State or other jurisdiction of incorporation or organization)',
    '(I.R.S. Employer Identification No.)', 'Table of Contents', 'PART I', 'Item 1.', 'Item 1B.', 'Item 2.', 'Item 3.', 'Unresolved Staff Comments',
    'Legal Proceedings', '3', '12', '19', '21', '15',
  ],
};
