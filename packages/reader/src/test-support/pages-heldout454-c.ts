import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout454-kit.js';

/**
 * Held-out batch 454, file c: a BoardDocs Pro agenda item (a library district board) with its field block and attachments,
 * and an eSCRIBE meeting agenda (an Ontario township's Committee of the Whole) with item descriptions and recommendations.
 */
const bTitle = '7.3 Approve Extended Evening Hours Pilot at Three Branches';
const bFields = [
  ['Meeting', 'Feb 18, 2027 - Regular Meeting of the Board of Trustees'],
  ['Category', '7. Action Items'],
  ['Subject', bTitle],
  ['Access', 'Public'],
  ['Type', 'Action'],
  ['Fiscal Impact', 'Yes'],
  ['Dollar Amount', '84,300.00'],
  ['Budgeted', 'Yes'],
  [
    'Recommended Action',
    'Approve a twelve-month pilot extending weekday closing time from 8:00 p.m. to 9:30 p.m. at the Alder, Northgate and Riverside branches.',
  ],
];
const bText = [
  j(
    'Since the district reduced evening hours in 2021, requests for later opening have been the most common comment in patron',
    'surveys. In the 2026 survey, 38 percent of respondents who work full time said they could not visit before closing.',
  ),
  j(
    'Staff propose to test later hours at three branches chosen for their evening use before the reduction and for the',
    'availability of parking and transit after 9:00 p.m. The pilot would begin on April 5, 2027.',
  ),
  'The cost of $84,300 covers:',
  'part-time staffing for the extra hours at each branch',
  'a security guard at Riverside from 7:00 p.m. to closing',
  'utilities and a small promotional budget',
  j(
    'Staff will report to the Board at the six-month point with door counts, checkouts and program attendance for the extra',
    'hours, and will recommend whether to continue, expand or end the pilot.',
  ),
];
const bAtt = ['Evening Hours Pilot - Branch Data.pdf (312 KB)', 'Patron Survey 2026 Summary.pdf (1,104 KB)'];
const bTabs = ['Featured', 'Meetings', 'Policies', 'Library', 'Search'];
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta charset="utf-8">
<title>BoardDocs® Pro</title><link rel="stylesheet" type="text/css" href="/ca/cvld/Board.nsf/bd-styles.css?open&amp;2026.3">
<script type="text/javascript" src="/ca/cvld/Board.nsf/jquery.min.js?open"></script>
<script>var BDPRO={site:"cvld",committee:"A9HQ7L5E2F1B",public:true};</script></head>
<body class="public"><div id="wrap-container"><div id="bd-header" role="banner"><a class="skip" href="#main">Skip to main content</a>
<div id="site-name"><img src="/ca/cvld/Board.nsf/logo.png" alt="Cedar Valley Library District"><span class="committee-name">Board of Trustees</span></div>
<ul id="bd-tabs" role="tablist">${bTabs.map((t) => `<li role="tab"><a href="#tab-${t.toLowerCase()}" class="bd-tab">${t}</a></li>`).join('')}</ul>
<a id="btn-login" href="/ca/cvld/Board.nsf/Login?open">Log In</a></div>
<div id="main" class="ui-tabs-panel" role="main"><div id="agenda-view"><div id="view-agenda-item" class="item-detail">
<div class="leftcol">${bFields
  .slice(0, 8)
  .map(([k, v]) => `<dl class="field"><dt class="fieldlabel">${k}</dt><dd class="fieldvalue">${v}</dd></dl>`)
  .join('\n')}</div>
<dl class="field recommended"><dt class="fieldlabel">${bFields[8]?.[0]}</dt><dd class="fieldvalue leftcol">${bFields[8]?.[1]}</dd></dl>
<div class="itembody"><div class="fieldlabel">Goals</div><div class="goals">Goal 2: Expand access to library services</div>
<div id="public-body" class="public-body">
${ps(bText.slice(0, 3))}<ul>${lis(bText.slice(3, 6))}</ul>${ps(bText.slice(6))}
</div></div>
<div class="public-file">
<div class="fieldlabel">Attachments (2)</div>${bAtt.map((a) => `<a class="public-file" href="/files/${a.length}.pdf">${a}</a>`).join('')}</div>
<div class="item-nav"><a class="prev-item">Previous Item</a><a class="next-item">Next Item</a><a class="print">Print</a></div>
</div></div></div>
<div id="footer"><span>BoardDocs® Pro is a Diligent product.</span> <a href="https://www.diligent.com/privacy">Privacy</a></div></div>
<script>$(function(){BDPRO.init();});</script></body></html>`;
const boardDocs: TestPage = {
  name: 'heldout454-boarddocs-item',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: [bFields[8]?.[1] ?? '', ...bText],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Board of Trustees', ...bTabs, 'Log In', ...bFields.slice(0, 9).filter((f) => f[0] !== 'Subject').flat(), 'Subject',
    'Goals', 'Goal 2: Expand access to library services', 'Attachments (2)', ...bAtt, 'Previous Item', 'Next Item', 'Print',
    'BoardDocs® Pro is a Diligent product.', 'Privacy',
  ].filter((f) => f !== bFields[8]?.[1]),
};

const eTitle = 'Committee of the Whole';
const eWhen = ['Meeting #: CW-2027-03', 'Date: Monday, March 8, 2027', 'Time: 1:00 p.m.', 'Location: Council Chambers, 14 Mill Street West, Kestrel Falls'];
type EItem = { n: string; t: string; d?: string[] };
const eSecs: [string, EItem[]][] = [
  ['1. Call to Order', []],
  [
    '2. Land Acknowledgement',
    [
      {
        n: '',
        t: '',
        d: [
          j('We acknowledge that we meet on the traditional territory of the Anishinaabe peoples, and we thank them for', 'their care of this land and water.'),
        ],
      },
    ],
  ],
  ['3. Disclosure of Pecuniary Interest and General Nature Thereof', []],
  [
    '4. Delegations',
    [
      {
        n: '4.1',
        t: 'Kestrel Falls Curling Club - Request for Ice Plant Funding',
        d: [
          j(
            'Ingrid Malmberg, President, will',
            'ask the Township to contribute $45,000 toward the replacement of the club&rsquo;s ice plant, which failed in January.',
          ),
        ],
      },
    ],
  ],
  [
    '5. Staff Reports',
    [
      {
        n: '5.1',
        t: 'PW-2027-06 Winter Maintenance Level of Service Review',
        d: [
          j(
            'That the Committee of the Whole recommend that Council receive report PW-2027-06 for information; and that the level of',
            'service for Class 4 and 5 roads be changed from plowing within 16 hours to plowing within 24 hours after the end of a snowfall.',
          ),
          j(
            'The change would save about $62,000 a year in overtime and allow the Township to keep two plow routes rather than hire a',
            'third operator. Class 2 and 3 roads would not change.',
          ),
        ],
      },
      {
        n: '5.2',
        t: 'FIN-2027-02 2027 Tax Ratios and Rates',
        d: [
          j(
            'That the Committee of the Whole recommend that Council adopt',
            'the 2027 tax ratios as set out in Schedule A of report FIN-2027-02, and direct staff to prepare the rates by-law.',
          ),
        ],
      },
      {
        n: '5.3',
        t: 'CS-2027-04 Canada Day Event Road Closures',
        d: [
          j(
            'That the Committee of the Whole recommend that Council approve',
            'the closure of Mill Street West between Elgin Street and Bridge Street from 4:00 p.m. to 11:30 p.m. on July 1, 2027.',
          ),
        ],
      },
    ],
  ],
  ['6. Notice of Motion', []],
  [
    '7. Closed Session',
    [
      {
        n: '7.1',
        t: 'Proposed Acquisition of Land - Part Lot 12, Concession 4',
        d: ['Pursuant to Section 239(2)(c) of the Municipal Act, 2001, a proposed or pending acquisition or disposition of land.'],
      },
    ],
  ],
  ['8. Adjournment', []],
];
const eAtt = ['PW-2027-06 Winter Maintenance.pdf', 'FIN-2027-02 Tax Ratios.pdf', 'Schedule A - 2027 Tax Ratios.pdf'];
const eItem = (i: EItem): string => `<div class="AgendaItem AgendaItemLevel2">${
  i.t === ''
    ? ''
    : `<div class="AgendaItemTitleRow">
<div class="AgendaItemCounter">${i.n}</div><div class="AgendaItemTitle"><a href="#">${esc(i.t)}</a></div></div>`
}
<div class="AgendaItemDescription RichText">${ps(i.d ?? [])}</div>${
  i.n === '5.1' || i.n === '5.2'
    ? `<div class="AgendaItemAttachment">
${(i.n === '5.1' ? eAtt.slice(0, 1) : eAtt.slice(1)).map((a) => `<a class="Link" href="FileStream.ashx?DocumentId=${a.length}">${a}</a>`).join('')}</div>`
    : ''
}</div>`;
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${eTitle} - March 08, 2027</title>
<link href="/Content/eScribe.css?v=8.2" rel="stylesheet"><link href="/Content/Agenda.css" rel="stylesheet">
<script src="/Scripts/jquery-3.6.0.min.js"></script><script>var isFrench=false;</script></head>
<body class="MeetingPage"><a href="#MainContent" class="skip-link sr-only sr-only-focusable">Skip to main content</a>
<header class="portal-header"><div class="logo"><a href="https://www.kestrelfalls.ca"><img src="/Images/logo.png" alt="Township of Kestrel Falls"></a></div>
<nav class="portal-nav"><ul><li><a href="/">Meetings</a></li><li><a href="/?Expanded=Boards">Committees</a></li>
<li><a href="/Search">Search</a></li><li><a href="Meeting.aspx?Id=4c1d&amp;Agenda=Agenda&amp;lang=French" lang="fr">Français</a></li></ul></nav></header>
<main id="MainContent"><div class="AgendaHeader"><div class="AgendaHeaderTitle"><h1>${eTitle}</h1></div><div class="AgendaHeaderSubtitle">Agenda</div>
<table class="AgendaHeaderDetailsTable">${eWhen.map((w) => `<tr><td>${w}</td></tr>`).join('')}</table></div>
<div class="AgendaButtons"><a class="btn" href="FileStream.ashx?DocumentId=9912">Download Agenda (PDF)</a><a class="btn" href="#">Watch Video</a></div>
<div class="AgendaItems">
${eSecs
  .map(
    ([s, items]) => `<div class="AgendaItem AgendaItemLevel1"><div class="AgendaItemTitleRow">
<h2 class="AgendaItemTitle">${s.replace(/^(\d+\.) /, '<span class="AgendaItemCounter">$1</span> ')}</h2></div>
${items.map(eItem).join('\n')}</div>`,
  )
  .join('\n')}
</div></main><footer class="portal-footer"><p>© 2027 Township of Kestrel Falls</p><p>Powered by eSCRIBE</p></footer></body></html>`;
const eItems = eSecs.flatMap(([, items]) => items);
const eScribe: TestPage = {
  name: 'heldout454-escribe-agenda',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eSecs.map(([s]) => s),
  body: texts([...eWhen, ...eItems.flatMap((i) => [...(i.t === '' ? [] : [`${i.n} ${i.t}`]), ...(i.d ?? [])])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Meetings', 'Committees', 'Search', 'Français', 'Agenda', 'Download Agenda (PDF)', 'Watch Video', ...eAtt,
    '© 2027 Township of Kestrel Falls', 'Powered by eSCRIBE',
  ],
};

export const HELDOUT454_C: readonly TestPage[] = [boardDocs, eScribe];
