import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout288-kit.js';

/**
 * Held-out batch 288, file d2: a parish council's meeting minutes on a Weebly site (the Weebly theme header with the site
 * title and wsite-menu, the banner section with the h1, wsite-content-title h2 blocks for the agenda items, "paragraph" divs,
 * a custom-HTML block with the payments table, a downloads block, the sidebar with the next meeting and councillors, the
 * footer and the "Powered by Weebly" badge).
 */
const mTitle = 'Minutes of the Parish Council Meeting, Tuesday 10 February 2026';
const mHeads = [
  '26/01 Apologies for absence',
  '26/02 Declarations of interest',
  '26/03 Public participation',
  '26/04 Planning',
  '26/05 Finance',
  '26/06 Date of next meeting',
];
const mPresent = [
  j('Present: Cllr D. Farrant (Chair), Cllr J. Aske, Cllr M. Bellingham, Cllr T. Oduya, Cllr R. Pengelly.'),
  'In attendance: Mrs K. Lowther (Clerk), County Cllr S. Hebden and four members of the public.',
];
const mApol = ['Apologies were received and accepted from Cllr A. Whitcombe (work commitments).'];
const mDecl = ['Cllr Bellingham declared a personal interest in item 26/04(b) as a neighbour of the applicant and took no part in the discussion.'];
const mPub = [
  j(
    'A resident of Chapel Row raised the condition of the footpath between the church and the playing field, which has flooded',
    'repeatedly since November. The Chair thanked her and confirmed that the Clerk would report it to the county’s rights of way team.',
  ),
  j(
    'County Cllr Hebden reported that the resurfacing of the Netherby road is scheduled for the week of 13 April and that the road',
    'will be closed overnight for three nights.',
  ),
];
const mPlan = [
  'The council considered the following applications:',
  '(a) 26/00114/HOU, 3 Mill Close: single-storey rear extension. No objection.',
  '(b) 26/00131/FUL, Land east of Hob Lane: two detached dwellings. The council objected on the grounds of highway safety and loss of hedgerow.',
  '(c) 26/00152/TCA, The Old Vicarage: works to a copper beech in the conservation area. No objection, subject to the tree officer’s advice.',
];
const mFin = [
  'The council approved the following payments, proposed by Cllr Aske and seconded by Cllr Oduya. All in favour.',
  j(
    'The Clerk presented the budget monitoring report to 31 January. Income and expenditure are in line with the budget, and the',
    'bank reconciliation was signed by the Chair. The precept for 2026/27 was confirmed at £18,400, unchanged from last year.',
  ),
];
const mRows = [
  ['Clerk’s salary (February)', '£612.50'],
  ['Wendle Grounds Ltd, grass cutting', '£240.00'],
  ['Tollerby Village Hall, room hire', '£36.00'],
  ['HMRC, PAYE', '£153.10'],
];
const mNext = ['The next meeting will be held on Tuesday 10 March 2026 at 7.30pm in Tollerby Village Hall. The meeting closed at 9.02pm.'];
const mNav = ['Home', 'Councillors', 'Meetings', 'Minutes', 'Planning', 'Hall Bookings', 'Contact'];
const mCllrs = ['Cllr David Farrant (Chair)', 'Cllr Julia Aske', 'Cllr Tunde Oduya'];
const para = (t: string): string => `<div class="paragraph" style="text-align:left;">${t}</div>`;
const title = (t: string): string => `<h2 class="wsite-content-title">${t}</h2>`;
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><title>Minutes February 2026 - Tollerby Parish Council</title><meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:site_name" content="Tollerby Parish Council" /><meta property="og:title" content="Minutes February 2026" />
<meta property="og:description" content="Present: Cllr D. Farrant (Chair), Cllr J. Aske, Cllr M. Bellingham, Cllr T. Oduya, Cllr R. Pengelly." />
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.example/css/sites.css?buildTime=1700000000" />
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1709900000" title="wsite-theme-css" />
<script>var STATIC_BASE = '//cdn1.editmysite.example/'; var ASSETS_BASE = '//cdn2.editmysite.example/';</script>
<script type="text/javascript" src="//cdn2.editmysite.example/js/site/main.js?buildTime=1700000000"></script>
<script type="text/javascript">_W = _W || {}; _W.securePrefix='tollerbypc.weebly.example';
_W.setup_model_rpc({"rpc_namespace":"_W.CustomerAccounts.RPC"});</script>
</head><body class="no-header-page wsite-page-minutes wsite-theme-light"><div class="wrapper">
<div class="dusk-header"><div class="nav-wrap container"><div class="logo"><span class="wsite-logo"><a href="/"><span
id="wsite-title">Tollerby Parish Council</span></a>
</span></div><div class="nav desktop-nav"><ul class="wsite-menu-default">
${mNav
  .map(
    (t, i) => `<li id="pg${90210 + i}" class="wsite-menu-item-wrap"><a href="/${t.toLowerCase().replace(/ /g, '-')}.html"
class="wsite-menu-item">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></div></div>
<div class="main-wrap"><div id="wsite-content" class="wsite-elements wsite-not-footer">
<div class="wsite-section-wrap"><div class="wsite-section wsite-body-section wsite-background-8"><div class="wsite-section-content"><div class="container">
<div class="wsite-section-elements"><h1 class="wsite-content-title">${mTitle}</h1>
<div class="wsite-spacer" style="height:20px;"></div>
<div class="wsite-multicol"><div class="wsite-multicol-table-wrap" style="margin:0 -15px;"><table class="wsite-multicol-table"><tbody
class="wsite-multicol-tbody">
<tr class="wsite-multicol-tr"><td class="wsite-multicol-col" style="width:70%; padding:0 15px;">
${mPresent.map(para).join('\n')}
${title(mHeads[0] ?? '')}${mApol.map(para).join('\n')}
${title(mHeads[1] ?? '')}${mDecl.map(para).join('\n')}
${title(mHeads[2] ?? '')}${mPub.map(para).join('\n')}
${title(mHeads[3] ?? '')}${para(mPlan[0] ?? '')}
<div class="paragraph"><ul>${mPlan
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul></div>
${title(mHeads[4] ?? '')}${para(mFin[0] ?? '')}
<div class="wcustomhtml" style="overflow:auto"><table class="payments" border="1"><tr><th>Payee</th> <th>Amount</th></tr>
${mRows.map((r) => `<tr><td>${r[0]}</td> <td>${r[1]}</td></tr>`).join('\n')}
</table></div>
${para(mFin[1] ?? '')}
${title(mHeads[5] ?? '')}${mNext.map(para).join('\n')}
<div class="paragraph"><em>Signed as a true record: ......................... Chair &nbsp; Date: ..............</em></div>
<div class="wsite-file"><a class="wsite-file-link" href="/uploads/minutes-feb-2026.pdf">Download minutes-feb-2026.pdf</a><span
class="wsite-file-size">File Size: 188 kb</span>
<span class="wsite-file-type">File Type: pdf</span></div>
</td><td class="wsite-multicol-col" style="width:30%; padding:0 15px;"><h2 class="wsite-content-title">Next meeting</h2>
<div class="paragraph">Tuesday 10 March, 7.30pm, Village Hall. Agenda published three clear days before.</div>
<h2 class="wsite-content-title">Your councillors</h2><div class="paragraph"><ul>${links(mCllrs)}</ul></div></td></tr></tbody></table></div></div>
</div></div></div></div></div></div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class="wsite-elements wsite-footer">
<div class="paragraph" style="text-align:center;">Clerk to the Council: Mrs K. Lowther, clerk@tollerbypc.org.uk, 01632 960 204</div></div></div></div></div>
</div>
<div id="weebly-footer-signup-container-v3" class="weebly-footer-signup-container-v3"><div
class="weebly-footer-signup-container-v3__text">Create your own unique website
with customizable templates.</div><a class="weebly-footer-signup-container-v3__button" href="https://www.weebly.example/signup">Get Started</a>
<span class="weebly-footer-signup-container-v3__powered">Powered by Weebly</span></div>
<script type="text/javascript">jQuery(function(){ _W.Analytics.trackPageview(); });</script></body></html>`;
export const weeblyMinutes: TestPage = {
  name: 'heldout288-weebly-parish-minutes',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mPresent, ...mApol, ...mDecl, ...mPub, ...mPlan, ...mFin.slice(0, 1)]).concat(
    mRows.map((r) => r.join(' ')),
    texts([...mFin.slice(1), ...mNext]),
  ),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tollerby Parish Council', ...mNav, 'Signed as a true record: ......................... Chair Date: ..............', 'Download minutes-feb-2026.pdf',
    'File Size: 188 kb', 'File Type: pdf', 'Next meeting', 'Tuesday 10 March, 7.30pm, Village Hall. Agenda published three clear days before.',
    'Your councillors', ...mCllrs, 'Clerk to the Council: Mrs K. Lowther, clerk@tollerbypc.org.uk, 01632 960 204',
    'Create your own unique website with customizable templates.', 'Get Started', 'Powered by Weebly',
  ],
};
