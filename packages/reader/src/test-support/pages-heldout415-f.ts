import { type TestPage, texts } from './page-kit.js';
import { localGov } from './pages-heldout415-f2.js';

/**
 * Held-out batch 415, file f: an after-school club's policies page on Weebly (wsite header and menu, a page with no h1 whose title
 * is a wsite-content-title h2, text written as div.paragraph blocks broken with br, a wsite image with caption, a downloadable file
 * element, a wsite form, the footer and the free-plan Weebly footer sign-up) and, from file f2, a council's holiday activity
 * programme news article on LocalGov Drupal.
 */
const wTitle = 'Club Policies';
const wIntro = [
  `Our club looks after children from Reception to Year 6 at Holmbury Primary School every weekday in term time,
from 3:15 to 6:00pm. These policies explain how we run the club and what we ask of families. The full policy documents are available
to download at the bottom of this page.`,
];
const wSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    'Collection',
    [
      `Children must be collected by 6:00pm. Please tell us in advance if someone other than a parent will collect your child, and give
them the password you chose when you registered. We will not release a child to anyone under 16.`,
      `If you are late, please phone the club mobile. A late fee of £5 for every 15 minutes is charged after 6:10pm, because two staff
have to stay with your child.`,
    ],
  ],
  [
    'Fees and bookings',
    [
      `Sessions cost £12.50 and include a healthy snack. Places are booked half-termly and invoices are due within 14 days. We accept
tax-free childcare and childcare vouchers.`,
      `Booked sessions are charged even if your child does not attend, unless you give us two weeks' notice or the club is closed.`,
    ],
  ],
  [
    'Behaviour',
    [
      `We expect children to be kind, to listen and to look after our equipment. Staff praise good behaviour and use simple reminders and
time to calm down when things go wrong. We never use physical punishment or shouting. If a pattern of difficult behaviour develops, we
will meet with you to agree a plan.`,
    ],
  ],
  [
    'Illness and medicine',
    [
      `Children who are unwell should not attend. After sickness or diarrhoea, please keep your child at home for 48 hours. We can give
prescribed medicine if you complete a medicine form, and we keep a record of every dose given.`,
    ],
  ],
  [
    'Safeguarding',
    [
      `All staff hold enhanced DBS checks and safeguarding training. Our designated safeguarding lead is the club manager. If we are ever
worried about a child's welfare, we follow the Holmbury Primary School safeguarding procedures and the local authority's guidance.`,
    ],
  ],
];
const wNav = ['Home', 'About Us', 'Bookings', 'Club Policies', 'Holiday Club', 'Contact'];
const para = (lines: readonly string[]): string => `<div class="paragraph" style="text-align:left;">${lines.join('<br />\n<br />')}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><title>Club Policies - Little Acorns After-School Club</title><meta property="og:site_name" content="Little Acorns After-School Club">
<meta property="og:title" content="Club Policies"><meta property="og:url" content="https://www.littleacornsclub.example/club-policies.html">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.example/css/sites.css?buildTime=1714058441">
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1714060022" title="wsite-theme-css">
<script>var STATIC_BASE = '//cdn1.editmysite.example/'; var ASSETS_BASE = '//cdn2.editmysite.example/';</script>
<script type="text/javascript" src="//cdn2.editmysite.example/js/lang/en/stl.js?buildTime=1714058441"></script>
<script>_W = _W || {}; _W.configDomain = "www.weebly.example"; _W.relinquish = true; _W.isCheckoutReskin = false;</script></head>
<body class="no-header-page wsite-page-club-policies wsite-theme-light"><div class="wrapper"><div class="dusk-header">
<div class="nav-wrap"><div class="container">
<div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">Little Acorns After-School Club</span></a></span></div>
<div class="nav desktop-nav"><ul class="wsite-menu-default">
${wNav
  .map(
    (n, i) => `<li id="${i === 3 ? 'active' : `pg${480 + i}`}" class="wsite-menu-item-wrap"><a href="/${n.toLowerCase().replace(/ /g, '-')}.html"
class="wsite-menu-item">${n}</a></li>`,
  )
  .join('\n')}
</ul></div></div></div></div>
<div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">
<h2 class="wsite-content-title">${wTitle}</h2>
${para(wIntro)}
<div><div class="wsite-image wsite-image-border-none" style="padding-top:10px;padding-bottom:10px;text-align:center"><a><img
src="/uploads/1/4/2/9/142916/garden-play_orig.jpg" alt="Picture" style="width:auto;max-width:100%"></a><div style="display:block;font-size:90%">
Outdoor play in the school garden, every day the weather allows</div></div></div>
${wSecs.map(([h, ps]) => `<h2 class="wsite-content-title">${h}</h2>\n${para(ps)}`).join('\n')}
<div class="wsite-spacer" style="height:30px;"></div>
<div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap"><table class="wsite-multicol-table"><tbody class="wsite-multicol-tbody"><tr
class="wsite-multicol-tr"><td class="wsite-multicol-col" style="width:50%;"><div class="wsite-file"><a href="/uploads/1/4/2/9/142916/policies-2027.pdf"
class="wsite-file-link">policies-2027.pdf</a><div class="wsite-file-size">File Size: 412 kb</div><div class="wsite-file-type">File Type: pdf</div>
<a class="wsite-file-download" href="/uploads/1/4/2/9/142916/policies-2027.pdf">Download File</a></div></td><td class="wsite-multicol-col" style="width:50%;">
<div><form enctype="multipart/form-data" action="//www.weebly.example/weebly/apps/formSubmit.php" method="POST" id="form-7411"><div
class="wsite-form-container"><h2 class="wsite-content-title">Questions about our policies?</h2><div class="wsite-form-field"><label
class="wsite-form-label" for="input-551">Name</label><input id="input-551" class="wsite-form-input" type="text"></div><div class="wsite-form-field">
<label class="wsite-form-label" for="input-552">Email</label><input id="input-552" class="wsite-form-input" type="text"></div></div>
<div style="text-align:left;"><a class="wsite-button"><span class="wsite-button-inner">Submit</span></a></div></form></div></td></tr></tbody></table>
</div></div></div>
</div></div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class="wsite-elements wsite-footer"><div class="paragraph"
style="text-align:center;">Little Acorns After-School Club · Ofsted registered EY5518302<br>Holmbury Primary School, Church Lane, Holmbury</div>
</div></div></div></div></div>
<div class="weebly-footer"><div id="weebly-footer-signup-container-v3"><div class="signup-container-header">Powered by <a
href="https://www.weebly.example/signup?utm_source=internal">Weebly</a></div><div class="footer-published-ab-free-footer">Create your own unique
website with customizable templates.</div><a class="btn signup-btn" href="https://www.weebly.example/signup">Get Started</a></div></div>
<script type="text/javascript" src="/files/theme/plugins.js?1554393125"></script></body></html>`;
const weebly: TestPage = {
  name: 'heldout415-weebly-after-school-policies',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map(([h]) => h),
  body: texts([...wIntro, ...wSecs.flatMap(([, p]) => p)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Little Acorns After-School Club', ...wNav.filter((n) => n !== 'Club Policies'), 'Outdoor play in the school garden, every day the weather allows',
    'policies-2027.pdf', 'File Size: 412 kb', 'File Type: pdf', 'Download File', 'Questions about our policies?', 'Name', 'Email', 'Submit',
    'Little Acorns After-School Club · Ofsted registered EY5518302', 'Holmbury Primary School, Church Lane, Holmbury', 'Powered by Weebly',
    'Create your own unique website with customizable templates.', 'Get Started',
  ],
};

export const HELDOUT415_F: readonly TestPage[] = [weebly, localGov];
