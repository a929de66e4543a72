import { links, ps, type TestPage, texts } from './page-kit.js';
import { wpVip } from './pages-heldout291-b2.js';
import { rows, rowText } from './pages-heldout291-kit.js';

/**
 * Held-out batch 291, file b: a GlobeNewswire release (site header, cookie notice, the published / Source line, the
 * "(GLOBE NEWSWIRE)" dateline inside the first paragraph, a drill-results table with a header row, the qualified-person and
 * cautionary notes, the contact block, the right rail with Contact Data, Tags, Related Links and RSS / ATOM / JavaScript
 * subscribe links, "Other news releases" and the footer) and, from file b2, a company newsroom post on WordPress VIP.
 */
const gTitle = 'Norrhaven Minerals Intersects 42 Metres of 3.1 g/t Gold at Its Tallis Creek Project';
const gLead = `Norrhaven Minerals Corp. ("Norrhaven" or the "Company") is pleased to report assay results from the first six holes of its
winter drill programme at the Tallis Creek gold project in the Ashwood district. Every hole intersected the Tallis shear zone, and
the best result extends the known mineralisation a further 180 metres to the north-east.`;
const gHighH = 'Highlights';
const gHigh = [
  'TC26-004 intersected 42.0 metres grading 3.1 grams per tonne gold from 118 metres, including 6.5 metres at 11.4 g/t.',
  'TC26-006, the most northerly hole drilled to date, returned 19.5 metres at 2.2 g/t gold.',
  'The shear zone remains open along strike and at depth; a second rig is being mobilised for April.',
];
const gBody = [
  `"These are the widest intercepts we have seen at Tallis Creek, and they come from the part of the property that was least
explored," said Aurelio Bensky, President and CEO of Norrhaven. "With a second rig we can test the northern extension before the
spring thaw closes the winter road."`,
  'Selected results from the programme are shown below. Intervals are core lengths; true widths are estimated at 70 to 85 percent.',
];
const gHead = ['Hole', 'From (m)', 'To (m)', 'Length (m)', 'Gold (g/t)'];
const gRows = [
  ['TC26-001', '64.0', '81.5', '17.5', '1.8'],
  ['TC26-002', '92.0', '110.0', '18.0', '2.4'],
  ['TC26-004', '118.0', '160.0', '42.0', '3.1'],
  ['TC26-006', '141.5', '161.0', '19.5', '2.2'],
];
const gNextH = 'Next Steps';
const gNext = [
  `The Company has completed 3,400 metres of a planned 8,000-metre programme. Results for holes TC26-007 to TC26-012 are expected
in May. Norrhaven will also begin a ground magnetic survey over the northern claims once snow cover allows.`,
  `Drill core was logged and sampled at the Company's core shack in Ashwood and shipped to an independent laboratory in Carrow
Falls, where samples were analysed by fire assay with an atomic absorption finish. Blanks, duplicates and certified standards were
inserted at a rate of one in ten samples.`,
];
const gQpH = 'Qualified Person';
const gQp = `The scientific and technical information in this news release has been reviewed and approved by Dr. Fenna Lockridge,
P.Geo., Vice President Exploration of Norrhaven, who is a Qualified Person as defined by National Instrument 43-101.`;
const gAboutH = 'About Norrhaven Minerals Corp.';
const gAbout = `Norrhaven is a gold exploration company focused on the Ashwood district. The Company holds a 100 percent interest in
the Tallis Creek and Orme Lake projects, covering 21,600 hectares.`;
const gCnH = 'Cautionary Note Regarding Forward-Looking Information';
const gCn = `This news release contains forward-looking information that involves risks and uncertainties. Neither the TSX Venture
Exchange nor its Regulation Services Provider accepts responsibility for the adequacy or accuracy of this release.`;
const gNav = ['Newsroom', 'Organizations', 'Industries', 'Subjects', 'Media Partners'];
const gTags = ['Precious Metals', 'Mining', 'British Columbia'];
const gRelated = ['Norrhaven Minerals Corp.', 'Tallis Creek project page'];
const gOther = ['Norrhaven Minerals Announces Closing of $6.5 Million Private Placement', 'Norrhaven Minerals Begins Winter Drill Programme'];
const gFoot = ['Newsroom', 'Notified', 'Contact Us', 'Privacy Policy', 'Terms of Service', 'Accessibility'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${gTitle}</title>
<meta name="description" content="Norrhaven Minerals reports assay results from the Tallis Creek project.">
<meta property="og:title" content="${gTitle}"><meta property="og:site_name" content="GlobeNewswire News Room">
<meta name="twitter:site" content="@globenewswire">
<link rel="canonical" href="https://www.globenewswire.com/news-release/2026/03/03/3041122/0/en/Norrhaven-Minerals-Intersects.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gTitle}","datePublished":"2026-03-03T12:00:00Z",
"sourceOrganization":{"@type":"Organization","name":"Norrhaven Minerals Corp."}}</script>
<script>window.gnw = {"articleId":3041122,"organizationId":88123,"language":"en"};</script></head>
<body class="news-release-page"><div class="cookie-policy-container" id="cookie-policy"><p>This site uses cookies to provide you with a great
user experience. By using GlobeNewswire, you accept our use of cookies.</p><button class="btn-accept-cookies">Accept</button></div>
<header class="main-header"><div class="container"><a class="logo" href="/"><img alt="GlobeNewswire by notified" src="/Content/logo/gnw-logo.svg"></a>
<nav class="main-nav"><ul>${links(gNav)}</ul></nav><div class="header-right"><a href="/Account/Login">Sign In</a>
<a class="btn-subscribe" href="/Subscribe">Subscribe</a></div></div></header>
<div class="main-container-content"><div class="container"><div class="row"><div class="col-lg-8 main-content-left">
<h1 class="article-headline">${gTitle}</h1>
<p class="article-published-source"><span class="article-published"><time datetime="2026-03-03T12:00:00Z">March 03, 2026 07:00 ET</time></span> |
Source: <span class="article-source"><a href="/en/search/organization/Norrhaven%20Minerals%20Corp%C2%A7">Norrhaven Minerals Corp.</a></span></p>
<div class="social-share-bar"><span>Share</span><a class="share-facebook" href="#">Facebook</a><a class="share-linkedin" href="#">LinkedIn</a>
<a class="share-email" href="#">Email</a></div>
<div class="main-body-container article-body" id="main-body-container" itemprop="articleBody">
<p>ASHWOOD, British Columbia, March 03, 2026 (GLOBE NEWSWIRE) -- ${gLead}</p>
<p><strong><u>${gHighH}</u></strong></p><ul type="disc">${gHigh.map((h) => `<li style="text-align:justify">${h}</li>`).join('\n')}</ul>
${ps(gBody)}
<table style="border-collapse: collapse; width:100%; border-collapse:collapse ;" class="gnw_table_border_collapse"><thead>
<tr>\n${gHead.map((h) => `<td class="gnw_table_border_bottom_solid gnw_label">${h}</td>`).join('\n')}\n</tr></thead><tbody>
${rows(gRows, 'td')}
</tbody></table>
<p><strong><u>${gNextH}</u></strong></p>
${ps(gNext)}
<p><strong><u>${gQpH}</u></strong></p><p>${gQp}</p>
<p><strong>${gAboutH}</strong></p><p>${gAbout}</p>
<p><strong>For further information, please contact:</strong><br>Aurelio Bensky, President and CEO<br>Tel: +1 604 555 0190<br>info@norrhaven.example</p>
<p><strong>${gCnH}</strong></p><p>${gCn}</p>
<img class="__GNW8366DE3E__IMG" src="https://www.globenewswire.com/newsroom/ti?nf=OTA0MTEy"></div>
<div class="main-tags-attributes"><h3>Tags</h3><ul>${links(gTags, 'tag')}</ul><h3>Related Links</h3><ul>${links(gRelated)}</ul></div></div>
<aside class="col-lg-4 main-content-right"><div class="contact-data"><h3>Contact Data</h3><p>Aurelio Bensky, President and CEO</p></div>
<div class="subscribe-box"><h3>Subscribe</h3><ul>${links(['Subscribe via RSS', 'Subscribe via ATOM', 'Javascript'])}</ul></div>
<div class="other-releases"><h3>Other news releases from Norrhaven Minerals Corp.</h3><ul>${links(gOther)}</ul>
<a href="/en/search/organization/Norrhaven">Explore</a></div></aside></div></div></div>
<footer class="main-footer"><ul>${links(gFoot)}</ul><p>© 2026 GlobeNewswire, Inc. All Rights Reserved.</p></footer>
<script src="/Scripts/gnw-bundle.min.js"></script></body></html>`;
const gnw: TestPage = {
  name: 'heldout291-globenewswire-release',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([gLead, gHighH, ...gHigh, ...gBody, ...gRows.map(rowText), gNextH, ...gNext, gQpH, gQp, gAboutH, gAbout, gCnH, gCn]),
  bylines: ['March 03, 2026 07:00 ET', 'ASHWOOD, British Columbia, March 03, 2026 (GLOBE NEWSWIRE) --'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to provide you with a great user experience. By using GlobeNewswire, you accept our use of cookies.', 'Accept',
    ...gNav, 'Sign In', 'Subscribe', 'Source:', 'Share', 'Facebook', 'LinkedIn', 'Email', 'For further information, please contact:',
    'Tel: +1 604 555 0190', 'info@norrhaven.example', 'Tags', ...gTags, 'Related Links',
    'Tallis Creek project page', 'Contact Data', 'Subscribe via RSS', 'Subscribe via ATOM', 'Javascript',
    'Other news releases from Norrhaven Minerals Corp.', ...gOther, 'Explore', ...gFoot, '© 2026 GlobeNewswire, Inc. All Rights Reserved.',
  ],
};

export const HELDOUT291_B: readonly TestPage[] = [gnw, wpVip];
