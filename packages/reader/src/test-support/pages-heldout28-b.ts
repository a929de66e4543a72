import { links, type TestPage, texts } from './page-kit.js';
import { ssrn } from './pages-heldout28-b2.js';

/**
 * Held-out batch 28, file b: an IEEE Xplore-style document page for a journal article, seen without a subscription (the
 * Angular shell with _ngcontent attributes, the IEEE sites bar, account links, the search bar, breadcrumb, the title, "Cite
 * This" and PDF, the author list with "All Authors", the metric counters, alert links, the document sections nav, the
 * "Abstract:" block with its publication details, the first section of the full text ending in "Sign in to Continue
 * Reading", the Authors/Figures/References/Keywords/Metrics accordions, "More Like This", the inline metadata script, the
 * OneTrust cookie bar and the IEEE footer). The SSRN abstract page of this file is in pages-heldout28-b2.ts.
 */
const ieTitle = 'Chance-Constrained Day-Ahead Scheduling of Distribution Networks With Aggregated Behind-the-Meter Batteries';
const ieAbs =
  'Behind-the-meter batteries installed with rooftop photovoltaics are increasingly offered to distribution system operators (DSOs) ' +
  'as a flexibility resource through aggregators. Scheduling them day ahead is difficult because the power an aggregator can deliver ' +
  'depends on household load and solar forecasts that are uncertain at the feeder level. This paper proposes a chance-constrained ' +
  'day-ahead scheduling model in which the DSO procures upward and downward flexibility from aggregators while keeping voltage and ' +
  'line-loading limits satisfied with a prescribed probability. Forecast errors are described by a Gaussian mixture fitted to ' +
  'historical data, and the chance constraints are reformulated as second-order cone constraints using a moment-based approximation, ' +
  'which keeps the problem convex and tractable for realistic feeders. The model is tested on a 141-bus distribution network with ' +
  '2,300 households, 38% of which own batteries. Compared with a deterministic schedule, the proposed approach reduces voltage ' +
  'violations in out-of-sample simulation from 6.4% to 0.7% of hours at a 3.1% increase in procurement cost, and it solves within ' +
  '40 s on a standard workstation. A sensitivity analysis shows that the value of aggregated batteries to the DSO depends strongly on ' +
  'how forecast errors are correlated between households.';
const ieIntro = [
  'Distribution networks were designed for one-way power flow from substations to consumers. With the rapid growth of rooftop ' +
    'photovoltaics (PV), many low- and medium-voltage feeders now see reverse flows at midday and steep ramps in the evening, which ' +
    'push voltages outside their statutory range and overload transformers that were sized decades ago.',
  'Network reinforcement is the traditional answer, but it is slow and expensive. An alternative is to use the flexibility of ' +
    'customer-owned batteries, which are now installed with about one in three new PV systems in several European markets. ' +
    'Aggregators bundle these batteries and can offer their combined power to the distribution system operator, provided the operator ' +
    'can schedule it without risking the security of the network',
];
const ieCites = ' <a ref-type="bibr" anchor="ref1" class="fulltext-link">[1]</a>, <a ref-type="bibr" anchor="ref2" class="fulltext-link">[2]</a>.';
const ieAuthors = ['Lena Hofmann', 'Arjun Mehta', 'Tomás Quiroga', 'Sofia Brandão'];
const ieAff = [
  'Institute of Electrical Power Systems, Technical University of Rheinau, Rheinau, Germany',
  'School of Electrical and Computer Engineering, Lakeshore Institute of Technology, Toronto, ON, Canada',
  'Department of Electrical Engineering, Universidad del Pacífico Sur, Valparaíso, Chile',
  'Grid Planning Division, Nordnetz Verteilung GmbH, Hannover, Germany',
];
const ieTop = ['IEEE.org', 'IEEE Xplore', 'IEEE SA', 'IEEE Spectrum', 'More Sites'];
const ieAcct = ['Subscribe', 'Donate', 'Cart', 'Create Account', 'Personal Sign In'];
const ieNav = ['Browse', 'My Settings', 'Help', 'Institutional Sign In'];
const ieCrumb = ['Journals & Magazines', 'IEEE Transactions on Smart Grid', 'Volume: 16 Issue: 4'];
const ieSecs = ['I. Introduction', 'II. System Model and Problem Formulation', 'III. Chance-Constrained Reformulation', 'IV. Case Studies', 'V. Conclusion'];
const ieDetails = [
  'Published in: IEEE Transactions on Smart Grid ( Volume: 16, Issue: 4, July 2025)',
  'Page(s): 3120 - 3132',
  'Date of Publication: 21 March 2025',
  'ISSN Information:',
  'INSPEC Accession Number: 25531904',
  'DOI: 10.1109/TSG.2025.3553017',
  'Publisher: IEEE',
];
const ieKw: [string, string[]][] = [
  ['IEEE Keywords', ['Batteries', 'Uncertainty', 'Voltage control', 'Distribution networks', 'Schedules', 'Photovoltaic systems']],
  ['Index Terms', ['Chance Constraints', 'Day-ahead Scheduling', 'Forecast Errors', 'Gaussian Mixture', 'Voltage Violations']],
  ['Author Keywords', ['Aggregator', 'battery energy storage', 'chance-constrained optimization', 'distribution system operator', 'flexibility']],
];
const ieMore = [
  'Stochastic Scheduling of Residential Battery Fleets for Distribution Voltage Support',
  'IEEE Transactions on Power Systems',
  'Published: 2023',
  'Hosting Capacity Assessment Under Correlated Photovoltaic Forecast Errors',
  'IEEE Access',
  'Published: 2024',
];
const ieFootNav = ['CHANGE USERNAME/PASSWORD', 'VIEW PURCHASED DOCUMENTS', 'COMMUNICATIONS PREFERENCES', 'PROFESSION AND EDUCATION', 'TECHNICAL INTERESTS'];
const ieHelp = ['US & Canada: +1 800 678 4333', 'Worldwide: +1 732 981 0060', 'CONTACT & SUPPORT'];
const ieLegal = [
  'About IEEE Xplore',
  'Contact Us',
  'Help',
  'Accessibility',
  'Terms of Use',
  'Nondiscrimination Policy',
  'IEEE Ethics Reporting',
  'Sitemap',
  'IEEE Privacy Policy',
];
const ieCopy =
  'A public charity, IEEE is the world’s largest technical professional organization dedicated to advancing technology for the ' +
  'benefit of humanity. © Copyright 2025 IEEE - All rights reserved.';
const ieCookie =
  'IEEE websites place cookies on your device to give you the best user experience. By using our websites, you agree to the ' +
  'placement of these cookies. To learn more, read our Privacy Policy.';
const ng = '_ngcontent-ng-c3415012960=""';
const acc = (t: string, inner: string): string =>
  `<xpl-accordion-section ${ng}><div class="accordion-item"><button class="accordion-header" aria-expanded="false" id="${t.toLowerCase()}-header">
<span>${t}</span><i class="fa fa-angle-down"></i></button><div class="accordion-body" hidden>${inner}</div></div></xpl-accordion-section>`;
const ieHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ieTitle} | IEEE Journals &amp; Magazine | IEEE Xplore</title>
<meta name="description" content="${ieAbs.slice(0, 150)}">
<script type="text/javascript">xplGlobal.document.metadata={"userInfo":{"isInstitutionalUser":false},"articleNumber":"10937415",
"title":"${ieTitle}","abstract":"${ieAbs.slice(0, 120)}...","publicationTitle":"IEEE Transactions on Smart Grid","volume":"16","issue":"4",
"doi":"10.1109/TSG.2025.3553017","isFreeDocument":false,"isOpenAccess":false};</script></head>
<body><xpl-root ${ng} ng-version="18.2.13"><div class="global-ng-wrapper"><div id="LayoutWrapper" class="DefaultLayout">
<xpl-header><div class="ieee-header-top"><ul class="ieee-sites">${links(ieTop)}</ul><ul class="account-links">${links(ieAcct)}</ul></div>
<div class="Media-logos"><a href="/" class="xplore-logo" aria-label="IEEE Xplore logo - Link to home"></a><a href="https://www.ieee.example/"
class="ieee-logo" aria-label="IEEE logo - Link to IEEE main site homepage"></a></div>
<xpl-navbar><ul class="Menu">${links(ieNav, 'Menu-item')}</ul></xpl-navbar>
<xpl-search-bar><div class="search-bar"><select aria-label="content type dropdown"><option>All</option><option>Books</option><option>Journals</option>
</select><input type="text" aria-label="main"
placeholder="Enter keywords or phrases (Note: Searches metadata only by default. A search for 'smart grid' = 'smart AND grid')">
<button aria-label="Search" class="search-icon"></button><a class="advanced-search" href="/search/advanced">ADVANCED SEARCH</a></div>
</xpl-search-bar></xpl-header>
<xpl-document-details ${ng}><div class="document-main"><div class="breadcrumbs-container"><ul class="breadcrumbs">${ieCrumb
  .map((t) => `<li><a href="#">${t.replace('&', '&amp;')}</a></li>`)
  .join('<li class="separator">&gt;</li>')}</ul></div>
<div class="document-header-title-container col"><h1 class="document-title text-2xl-md-lh"><span ${ng}>${ieTitle}</span></h1>
<div class="document-header-inner-container"><div class="publisher-title-tooltip">Publisher: IEEE</div>
<div class="document-header-buttons"><button class="cite-this-btn" type="button">Cite This</button>
<a class="pdf-btn-link" href="/stamp/stamp.jsp?tp=&amp;arnumber=10937415"
aria-label="PDF"><i class="icon-pdf"></i>PDF</a></div></div>
<div class="authors-banner-row-middle"><span class="authors-info-container">${ieAuthors
  .map(
    (a, i) => `<span class="authors-info"><span class="blue-tooltip"><a href="/author/3708${9120 + i}"><span ${ng}>${a}</span></a></span>
<span>${i < ieAuthors.length - 1 ? ';' : ''}</span></span>`,
  )
  .join('\n')}</span><button class="all-authors-btn" type="button">All Authors</button></div>
<div class="document-banner-metric-container row"><button class="document-banner-metric"><div class="document-banner-metric-count">2</div>
<div>Cites in Papers</div></button><button class="document-banner-metric"><div class="document-banner-metric-count">538</div><div>Full Text Views</div>
</button></div>
<div class="document-banner-alerts"><button>Manage Content Alerts</button><button>Add to Citation Alerts</button></div></div>
<div class="document-main-left-trail"><xpl-document-toc><div class="toc-container"><ul class="doc-toc">
<li><a href="#abstract">Abstract</a></li><li class="toc-label">Document Sections</li>${ieSecs
  .map(
    (t, i) => `<li>
<a href="#sec${i + 1}">${t}</a></li>`,
  )
  .join('')}
<li><a href="#authors">Authors</a></li><li><a href="#figures">Figures</a></li><li><a href="#references">References</a></li><li>
<a href="#keywords">Keywords</a></li>
<li><a href="#metrics">Metrics</a></li><li><a href="#more-like-this">More Like This</a></li></ul></div></xpl-document-toc></div>
<div class="document-main-content-container"><section class="document-abstract document-tab" id="abstract"><div class="abstract-text row">
<div class="u-mb-1"><h2 class="text-base-md-lh">Abstract:</h2><div xplmathjax="" ${ng}>${ieAbs}</div></div></div>
<div class="abstract-desktop-div hide-mobile text-base-md-lh"><div class="row g-0 u-pt-1">${ieDetails
  .map((t) => `<div class="u-pb-1 stats-document-abstract"><strong>${t.slice(0, t.indexOf(':') + 1)}</strong> ${t.slice(t.indexOf(':') + 1).trim()}</div>`)
  .join('\n')}
<div class="u-pb-1"><strong>Funding Agency:</strong></div></div></div></section>
<div id="article" class="document-text"><div class="section" id="sec1"><div class="header article-hdr"><div class="kicker">SECTION I.</div>
<h2>Introduction</h2></div><p>${ieIntro[0]}</p><p>${ieIntro[1]}${ieCites}</p></div>
<div class="document-ft-section-button"><xpl-login-modal-trigger><a class="button-primary" href="#">Sign in to Continue Reading</a>
</xpl-login-modal-trigger></div></div>
<div class="accordion-container">${acc(
  'Authors',
  ieAuthors.map((a, i) => `<div class="author-card"><a href="#"><span>${a}</span></a><div>${ieAff[i]}</div></div>`).join('\n'),
)}
${acc('Figures', '<p>Figures are available in the full text.</p>')}${acc('References', '<p>References is not available for this document.</p>')}
${acc(
  'Keywords',
  ieKw.map(([h, kws]) => `<ul class="doc-keywords-list"><li><strong>${h}</strong><ul>${links(kws, 'doc-keywords-list-item')}</ul></li></ul>`).join('\n'),
)}
${acc('Metrics', '<p>More metrics information</p>')}</div>
<section class="more-like-this" id="more-like-this"><h2>More Like This</h2><ul>${[0, 3]
  .map((i) => `<li class="result-item"><a href="#">${ieMore[i]}</a><div class="description">${ieMore[i + 1]}</div><div>${ieMore[i + 2]}</div></li>`)
  .join('\n')}</ul><a href="#" class="show-more">Show More</a></section></div></div></xpl-document-details>
<xpl-footer><footer class="stats-footer"><div class="footer-col"><h3>IEEE Personal Account</h3><ul>${links(ieFootNav.slice(0, 1))}</ul></div>
<div class="footer-col"><h3>Purchase Details</h3><ul>${links(ieFootNav.slice(1, 2))}</ul></div>
<div class="footer-col"><h3>Profile Information</h3><ul>${links(ieFootNav.slice(2))}</ul></div>
<div class="footer-col"><h3>Need Help?</h3><ul>${ieHelp.map((t) => `<li>${t.replace('&', '&amp;')}</li>`).join('')}</ul></div>
<div class="footer-col"><h3>Follow</h3><ul class="social"><li><a aria-label="Facebook" href="#"></a></li><li><a aria-label="LinkedIn" href="#"></a></li></ul>
</div>
<ul class="footer-legal">${links(ieLegal)}</ul><p class="footer-copyright">${ieCopy}</p></footer></xpl-footer></div></div></xpl-root>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${ieCookie}</p>
<button id="onetrust-accept-btn-handler">Accept &amp; Close</button></div></body></html>`;
const ieee: TestPage = {
  html: ieHtml,
  name: 'heldout28-ieee-xplore-abstract',
  kind: 'docs',
  // the abstract and the two introduction paragraphs shown before the sign-in wall are the article's text: body; the citation
  // marks "[1], [2]." after the last sentence are out of it, as batch 5 has them (its body string ends at "network");
  // "Abstract:" and "Introduction" are the headings ("SECTION I." the kicker, furniture; the TOC's "Abstract" is the heading
  // word: left out); the four author names and their affiliations (in the Authors accordion) are bylines, as is the date of
  // publication; the other publication details, breadcrumb, "Publisher: IEEE" (twice, once), Cite This, PDF, "All Authors",
  // metrics, alerts, the document sections nav, "Sign in to Continue Reading", the accordion titles and contents, keywords,
  // "More Like This", sites bar, account links, search, footer and cookie bar are furniture ("Help" in the nav and the footer, once)
  title: ieTitle,
  headings: ['Abstract:', 'Introduction'],
  body: [ieAbs, ...texts(ieIntro)],
  bylines: [...ieAuthors, ...ieAff, 'Date of Publication: 21 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ieTop, ...ieAcct, ...ieNav, 'ADVANCED SEARCH', ...ieCrumb, 'Cite This', 'PDF', 'All Authors', 'Cites in Papers', '538', 'Full Text Views',
    'Manage Content Alerts', 'Add to Citation Alerts', 'Document Sections', ...ieSecs, 'Authors', 'Figures', 'References', 'Keywords', 'Metrics',
    'More Like This', ...ieDetails.filter((t) => !t.startsWith('Date')), 'Funding Agency:', 'SECTION I.', 'Sign in to Continue Reading',
    'Figures are available in the full text.', 'References is not available for this document.', ...ieKw.flatMap(([h, k]) => [h, ...k]),
    'More metrics information', ...ieMore, 'Show More', 'IEEE Personal Account', 'Purchase Details', 'Profile Information', ...ieFootNav,
    'Need Help?', ...ieHelp, 'Follow', ...ieLegal.filter((t) => t !== 'Help'), ieCopy, ieCookie, 'Accept & Close',
  ],
};

export const HELDOUT28_B: readonly TestPage[] = [ieee, ssrn];
