import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout278-kit.js';
import { alFolioPage } from './pages-heldout278-e2.js';

/**
 * Held-out batch 278, file e: an SSRN abstract page (Elsevier cookie banner, SSRN header, authors as h2 links with their
 * affiliations, page count and Posted / Last revised / Date Written lines, abstract, keywords, JEL codes, Suggested
 * Citation box, download buttons, paper statistics, related eJournals, recommended papers, footer) and, from file e2, a
 * lab's research blog post on the Jekyll al-folio theme.
 */
const title = 'Rent Caps and Residential Mobility: Evidence from a Staggered Municipal Reform';
const abs = [
  j(
    'This paper studies how caps on annual rent increases affect the mobility of sitting tenants. I exploit the staggered',
    'adoption of a 3 percent cap by 41 municipalities in the fictional province of Westmarch between 2014 and 2021, and',
    'link tenancy records for 1.2 million households to administrative address histories.',
  ),
  j(
    'Using a difference-in-differences design robust to heterogeneous treatment timing, I find that the cap reduced the',
    'annual probability that a covered tenant moved by 2.4 percentage points, a 19 percent decline relative to the',
    'pre-reform mean. The effect is concentrated among households over 55 and among tenants who had lived in their unit',
    'for more than five years. I find no significant change in moves for job-related reasons, which suggests that the cap',
    'did not lock workers out of better matches at the margins observed.',
  ),
  j(
    'On the supply side, the share of covered units converted to owner occupation rose by 1.1 percentage points within',
    'three years, partly offsetting the benefit to tenants. A simple welfare calculation indicates that gains to incumbent',
    'tenants exceed losses to future renters only under discount rates below 4 percent. The results inform current debates',
    'about rent stabilisation in mid-sized cities.',
  ),
];
const authors = ['Halvard Q. Ostrander', 'Nimisha Raghunathan'];
const furn = [
  'We use cookies to help provide and enhance our service and tailor content. By continuing, you agree to the use of cookies.',
  'Cookie Settings',
  'Accept All Cookies',
  'Skip to main content',
  'Browse',
  'Rankings',
  'Submit a paper',
  'Sign in',
  'University of Westmarch - Department of Economics',
  'Eastport School of Public Policy',
  '38 Pages',
  'Keywords:',
  'rent control, residential mobility, housing policy, difference-in-differences',
  'JEL Classification:',
  'R21, R31, R38',
  'Suggested Citation:',
  'Suggested Citation',
  'Download This Paper',
  'Open PDF in Browser',
  'Add Paper to My Library',
  'Share:',
  'Paper statistics',
  'Downloads',
  'Abstract Views',
  'Rank',
  '1,118',
  '214',
  '402,331',
  'Related eJournals',
  'Urban Economics: Housing & Real Estate eJournal',
  'Follow',
  'Recommended Papers',
  'Tenant Protections and Eviction Filings: A Regression Discontinuity Approach',
  'The Incidence of Property Tax Caps on Renters',
  'Feedback',
  'Submit a Paper',
  'Section 508 Text Only Pages',
  'SSRN Quick Links',
  'SSRN Solutions',
  'Research Paper Series',
  'Conference Papers',
  'Partners in Publishing',
  'Copyright',
  'Terms and Conditions',
  'Privacy Policy',
  j(
    'All content on this site: Copyright © 2026 Elsevier Inc., its licensors, and contributors. All',
    'rights are reserved, including those for text and data mining, AI training, and similar',
    'technologies.',
  ),
];
const bylines = [...authors, 'Posted: 14 Feb 2026', 'Last revised: 2 Mar 2026', 'Date Written: January 30, 2026'];
const cite =
  'Ostrander, Halvard Q. and Raghunathan, Nimisha, Rent Caps and Residential Mobility: Evidence from a Staggered Municipal Reform (January 30, 2026).';
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} by Halvard Q. Ostrander, Nimisha Raghunathan :: SSRN</title>
<meta name="citation_title" content="${title}"><meta name="citation_author" content="Ostrander, Halvard Q."><meta name="citation_author"
content="Raghunathan, Nimisha">
<meta name="citation_online_date" content="2026/02/14"><meta name="citation_abstract_html_url"
content="https://papers.ssrn.com/sol3/papers.cfm?abstract_id=5123456">
<meta name="description" content="This paper studies how caps on annual rent increases affect the mobility of sitting tenants.">
<script>var abstractId = '5123456'; window.ssrnConfig = {"isLoggedIn":false,"paperId":5123456};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","name":"${title}","datePublished":"2026-02-14"}</script>
<link rel="stylesheet" href="https://static.ssrn.com/cfincludes/css/ssrn-abstract.css"></head><body class="abstract-page">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p
id="onetrust-policy-text">We use cookies to help provide and enhance our service and tailor content. By continuing, you agree to the use of cookies.</p></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All
Cookies</button>
</div></div></div><a class="skip-main" href="#maincontent">Skip to main content</a>
<header class="header"><div class="header-inner"><a class="logo" href="https://www.ssrn.com/"><img src="/img/ssrn-logo.svg" alt="SSRN"></a><nav
class="primary-nav"><ul>
${links(['Browse', 'Rankings', 'Submit a paper'])}</ul></nav><form class="search" action="/sol3/results.cfm"><input type="text" aria-label="Search"
placeholder="Search SSRN"></form><a class="signin" href="/login">Sign in</a></div></header>
<div class="container" id="maincontent"><div class="row"><div class="col-lg-9"><div class="box-container box-abstract-main"><div class="abstract-wrapper">
<h1>${title}</h1><div class="authors authors-full-width">${authors
  .map(
    (a, i) => `<h2><a href="https://papers.ssrn.com/sol3/cf_dev/AbsByAuth.cfm?per_id=${4410 + i}" title="View other papers by this author">${a}</a></h2>
<p>${['University of Westmarch - Department of Economics', 'Eastport School of Public Policy'][i]}</p>`,
  )
  .join('\n')}</div>
<p class="note note-list"><span>38 Pages</span><span>Posted: 14 Feb 2026</span><span>Last revised: 2 Mar 2026</span></p>
<div class="reference-info"><p>Date Written: January 30, 2026</p></div>
<div class="abstract-text"><h3>Abstract</h3>
${ps(abs)}
</div><p><strong>Keywords:</strong> rent control, residential mobility, housing policy, difference-in-differences</p>
<p><strong>JEL Classification:</strong> R21, R31, R38</p></div>
<div class="suggested-citation"><h3>Suggested Citation:</h3><button class="copy-citation">Suggested Citation</button><p>${cite}</p></div></div></div>
<div class="col-lg-3"><div class="box-container box-paper-stats"><div class="download-paper"><a class="button-link primary"
href="Delivery.cfm?abstractid=5123456">Download
This Paper</a><a class="button-link secondary" href="Delivery.cfm?abstractid=5123456&amp;type=2">Open PDF in Browser</a></div><a class="library-add"
href="#">Add Paper to My Library</a><div class="share"><span>Share:</span> <a class="share-facebook" href="#" aria-label="Facebook"></a><a class="share-email"
href="#" aria-label="Email"></a></div></div>
<div class="box-container box-paper-statics"><h3>Paper statistics</h3><div class="stats"><div class="stat"><span class="lbl">Downloads</span><span
class="number">214</span></div><div class="stat"><span class="lbl">Abstract Views</span><span class="number">1,118</span></div><div class="stat"><span
class="lbl">Rank</span><span class="number">402,331</span></div></div></div>
<div class="box-container box-related-journals"><h3>Related eJournals</h3><div class="journal-block"><a href="#">Urban Economics: Housing &amp; Real Estate
eJournal</a><button class="follow-btn">Follow</button></div></div>
<div class="box-container box-recommended"><h3>Recommended Papers</h3><ul>${links([
  'Tenant Protections and Eviction Filings: A Regression Discontinuity Approach',
  'The Incidence of Property Tax Caps on Renters',
])}</ul></div><div class="feedback"><a href="#">Feedback</a></div></div></div></div>
<footer class="footer"><div class="footer-links"><ul>${links(['Submit a Paper', 'Section 508 Text Only Pages'])}</ul><h4>SSRN Quick Links</h4><ul>
${links(['SSRN Solutions', 'Research Paper Series', 'Conference Papers', 'Partners in Publishing'])}</ul><ul>${links([
  'Copyright',
  'Terms and Conditions',
  'Privacy Policy',
])}
</ul></div><p class="footer-copyright">All content on this site: Copyright © 2026 Elsevier Inc., its licensors, and contributors. All rights are reserved,
including those for text and data mining, AI training, and similar technologies.</p></footer></body></html>`;

export const HELDOUT278_E: readonly TestPage[] = [
  {
    name: 'heldout278-ssrn-docs',
    kind: 'docs',
    html,
    title,
    headings: ['Abstract'],
    body: texts(abs),
    bylines,
    furniture: [...furn, cite],
  },
  alFolioPage,
];
