import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout393-kit.js';

/**
 * Held-out batch 393, file a: a EurekAlert-style news release (embargo notice, release-type line, institution line, share bar,
 * figure with caption and credit, the journal / DOI / method box, the disclaimer, the media-contact sidebar box, related
 * releases, cookie banner, footer) and a Phys.org-style article (Science X top bar and section menu, editors' notes box,
 * "by" institution byline and date, figure caption with credit, "More information", "Journal information", "Provided by",
 * the citation and copyright lines, "Explore further", related rail, newsletter box and the comment sign-in block).
 */
const eTitle = 'Cold-water kelp forests bury more carbon in nearby sediments than models assumed';
const eBody = [
  j(
    'Kelp forests along cold, rocky coasts send a far larger share of their carbon into deep sediments than the figures used in',
    'national carbon budgets assume, according to a study published today by marine scientists at the Halvorsen Institute.',
  ),
  j(
    'The team tracked fragments of kelp from six forests along the Vesterholm coast over three winters. Using a chemical fingerprint',
    'unique to the seaweed, they found kelp-derived carbon in sediment cores taken as far as 40 kilometres offshore and at depths of',
    'up to 600 metres, where it can stay locked away for centuries.',
  ),
  j(
    '“We expected most of the kelp to be eaten or to rot close to shore,” said Dr. Signe Aalvik, a marine biogeochemist at the institute',
    'and lead author of the study. “Instead, winter storms tear off whole fronds and the currents carry them down the slope like a',
    'conveyor belt. A surprising amount of that material ends up buried.”',
  ),
  j(
    'The researchers estimate that the six forests together export around 11,000 tonnes of carbon a year to deep water, and that',
    'roughly a fifth of it is buried rather than returned to the atmosphere. Current inventories credit these coasts with almost none.',
  ),
  'The study combined three lines of evidence:',
  'environmental DNA from kelp species, found in 82 of the 97 sediment cores examined;',
  'drifting sensor tags fixed to detached fronds, which recorded their path and sinking speed;',
  'and radiocarbon dating of the buried material, which showed some of it had been in place for more than 300 years.',
  j(
    'The authors caution that kelp forests in warmer waters may behave differently, and that marine heatwaves have already thinned',
    'several of the forests they studied. “If we lose the forests, we lose this quiet carbon pump as well,” Aalvik said.',
  ),
  j(
    'The team now plans to extend the survey to the northern fjords and to work with fisheries agencies on mapping where kelp',
    'fragments settle, so that trawling can avoid the richest deposits.',
  ),
];
const eNav = ['News Releases', 'Multimedia', 'Meetings', 'Journalist Portal', 'Register', 'Login'];
const eShare = ['Facebook', 'LinkedIn', 'Email', 'Print'];
const eRelated = [
  'Seagrass meadows recover faster when sea otters return',
  'Marine heatwaves push kelp forests toward a tipping point',
  'New sensor tags follow drifting seaweed for months',
];
const eFoot = ['About us', 'Terms & Conditions', 'Privacy Policy', 'Contact us', 'Help / FAQ', 'Accessibility'];
const eHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${eTitle} | ScienceWire!</title>
<meta name="description" content="Kelp forests along cold, rocky coasts send a larger share of their carbon into deep sediments than assumed.">
<meta property="og:title" content="${eTitle}"><meta property="og:type" content="article"><meta name="twitter:site" content="@ScienceWireNews">
<link rel="canonical" href="https://www.sciencewire.example/news-releases/1120455">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${eTitle}",
"datePublished":"2026-03-12T14:00:00-04:00","publisher":{"@type":"Organization","name":"ScienceWire!"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"release","releaseId":"1120455","embargoed":false});</script>
<link rel="stylesheet" href="/assets/css/main.min.css"></head>
<body class="release-page">
<header id="header"><div class="container"><a class="logo" href="/"><img src="/assets/img/logo.svg" alt="ScienceWire! logo"></a>
<nav class="main-nav" aria-label="Main"><ul>${links(eNav)}</ul></nav>
<form class="search-form" action="/search"><input type="search" name="keywords" placeholder="Search news releases"><button>Search</button></form></div></header>
<main id="main-content"><div class="container"><div class="row"><div class="col-md-8 main-content">
<div class="embargo-notice alert alert-info"><p>Embargo lifted. This release was embargoed until 12-Mar-2026 14:00 ET.</p></div>
<article class="article">
<div class="release_type"><span class="type">NEWS RELEASE</span> <span class="date">12-Mar-2026</span></div>
<h1 class="page_title">${eTitle}</h1>
<p class="meta_institute">Peer-Reviewed Publication</p>
<p class="meta_institute">Halvorsen Institute of Marine Sciences</p>
<div class="social-share"><ul class="share-list">${links(eShare)}</ul></div>
<div class="entry">
<figure class="image"><img src="/multimedia/2026/0312/kelp-raft.jpg" alt="Detached kelp drifting">
<figcaption><p class="caption">A raft of detached kelp drifting over the continental slope after a winter storm.</p>
<p class="credit">Credit: Halvorsen Institute / Oddvar Lien</p><a class="license" href="#">Usage Restrictions: With credit</a></figcaption></figure>
${ps(eBody.slice(0, 4))}
<p>${eBody[4] ?? ''}</p>
<ul>${lis(eBody.slice(5, 8))}</ul>
${ps(eBody.slice(8))}
</div>
<div class="more-information"><dl class="info-list">
<dt>Journal</dt><dd>Coastal Carbon Letters</dd><dt>DOI</dt><dd>10.5555/ccl.2026.0412</dd>
<dt>Method of Research</dt><dd>Observational study</dd><dt>Subject of Research</dt><dd>Not applicable</dd>
<dt>Article Title</dt><dd>Storm-driven export and burial of kelp carbon on a high-latitude margin</dd>
<dt>Article Publication Date</dt><dd>12-Mar-2026</dd></dl></div>
<p class="disclaimer"><strong>Disclaimer:</strong> The Hollis Science Society and ScienceWire! are not responsible for the accuracy of news releases
posted to ScienceWire! by contributing institutions or for the use of any information through the ScienceWire! system.</p>
</article></div>
<aside class="col-md-4 sidebar"><div class="widget contact-info"><h3>Media Contact</h3>
<p class="contact-name">Maren Tollefsen</p><p class="contact-org">Halvorsen Institute of Marine Sciences</p>
<p><a href="mailto:press@halvorsen.example">press@halvorsen.example</a></p><p>Office: +47 55 01 23 45</p></div>
<div class="widget related-releases"><h3>More from this institution</h3><ul>${links(eRelated)}</ul></div>
<div class="widget newsletter"><h3>Get the daily digest</h3><p>Subscribe to receive the latest news releases in your inbox.</p>
<a class="btn" href="/register">Sign up</a></div></aside></div></div></main>
<footer id="footer"><div class="container"><ul class="footer-links">${links(eFoot)}</ul>
<p class="copyright">Copyright © 2026 by the Hollis Science Society.</p></div></footer>
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies to improve your experience and to analyse site traffic.</p>
<button class="btn accept">Accept</button><button class="btn settings">Cookie settings</button></div>
<script src="/assets/js/main.min.js"></script></body></html>`;
const eurekalert: TestPage = {
  name: 'heldout393-eurekalert-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts(eBody),
  bylines: ['12-Mar-2026', 'Halvorsen Institute of Marine Sciences'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...eNav, 'Search', 'Embargo lifted. This release was embargoed until 12-Mar-2026 14:00 ET.', 'NEWS RELEASE', 'Peer-Reviewed Publication', ...eShare,
    'A raft of detached kelp drifting over the continental slope after a winter storm.', 'Credit: Halvorsen Institute / Oddvar Lien',
    'Usage Restrictions: With credit', 'Journal', 'Coastal Carbon Letters', 'DOI', '10.5555/ccl.2026.0412', 'Method of Research', 'Observational study',
    'Subject of Research', 'Not applicable', 'Article Title', 'Storm-driven export and burial of kelp carbon on a high-latitude margin',
    'Article Publication Date', 'Disclaimer:', 'are not responsible for the accuracy of news releases posted to ScienceWire! by contributing institutions',
    'Media Contact', 'Maren Tollefsen', 'press@halvorsen.example', 'Office: +47 55 01 23 45', 'More from this institution', ...eRelated,
    'Get the daily digest', 'Subscribe to receive the latest news releases in your inbox.', 'Sign up', ...eFoot,
    'Copyright © 2026 by the Hollis Science Society.', 'We use cookies to improve your experience and to analyse site traffic.', 'Accept', 'Cookie settings',
  ],
};

const pTitle = 'Tiny crystals in volcanic ash reveal how fast magma climbed before a 2019 eruption';
const pBody = [
  j(
    'Magma beneath the Korvatn volcano rose from a depth of about ten kilometres to the surface in as little as four days before its',
    'eruption in 2019, according to a new analysis of crystals preserved in the volcano’s ash.',
  ),
  j(
    'Geologists at Stenmark University studied hundreds of olivine crystals, each smaller than a grain of sand, collected from ash',
    'layers that fell on farmland east of the volcano. As magma rises, the chemistry of these crystals slowly adjusts to the new',
    'pressure and temperature, leaving zoned rims that work like a stopwatch.',
  ),
  j(
    '“Every crystal carries a little record of its own journey,” said Professor Ingrid Halse, who led the work. “When you read',
    'hundreds of them together, you get a timeline of the whole ascent, and it was much quicker than the monitoring data suggested.”',
  ),
  j(
    'Seismometers around Korvatn had picked up deep earthquakes about three weeks before the eruption, which scientists at the time',
    'took as the start of the magma’s ascent. The crystal clocks suggest that this early activity was magma pooling at depth, and that',
    'the final climb happened in a single rapid pulse.',
  ),
  j(
    'The finding matters for warning times. If the last stage of an eruption’s build-up can take only days, the authors argue, alert',
    'levels should respond to shallow ground deformation more quickly, rather than waiting for earthquake swarms to migrate upward.',
  ),
  j(
    'The team is now applying the same method to ash from four earlier eruptions of Korvatn, to test whether fast final ascents are',
    'typical of the volcano or were specific to 2019. Early results from one of those eruptions point to a similar pattern.',
  ),
  j(
    'Halse said the approach is inexpensive compared with drilling or geophysical campaigns. “Ash is everywhere after an eruption,',
    'and it is free to collect. The difficult part is the patience to measure thousands of crystal rims.”',
  ),
];
const pNav = ['Nanotechnology', 'Physics', 'Earth', 'Astronomy & Space', 'Chemistry', 'Biology', 'Other Sciences'];
const pTop = ['Home', 'Earth', 'Earth Sciences'];
const pEditors = j(
  'This article has been reviewed according to Science Y’s editorial process and policies. Editors have highlighted the following',
  'attributes while ensuring the content’s credibility:',
);
const pAttrs = ['fact-checked', 'peer-reviewed publication', 'trusted source', 'proofread'];
const pExplore = ['Deep magma reservoirs refill faster than thought, gas readings suggest'];
const pRelated = [
  'Satellite radar spots a volcano inflating weeks before unrest',
  'Glacial melt may be nudging Arctic volcanoes toward eruption',
  'How lightning inside ash plumes forges glassy spheres',
  'Ancient ash layers pin down a lost eruption in the southern ocean',
];
const pFoot = ['About us', 'Sponsored content', 'Newsletters', 'Privacy policy', 'Terms of use', 'Contact'];
const pHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${pTitle}</title>
<meta name="description" content="Magma beneath the Korvatn volcano rose to the surface in as little as four days before its 2019 eruption.">
<meta property="og:site_name" content="Phys Desk"><meta property="article:section" content="Earth">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${pTitle}",
"datePublished":"2026-04-02T09:12:03-04:00","author":{"@type":"Organization","name":"Stenmark University"}}</script>
<script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];</script></head>
<body><div class="wrapper"><header class="header"><div class="header__top container"><a class="header__logo" href="/"><img src="/tmpl/v6/img/logo.svg"
alt="Phys Desk"></a>
<nav class="header__nav"><ul class="nav nav-tabs">${links(pNav, 'nav-item')}</ul></nav>
<div class="header__account"><a href="/account/login">Sign in</a></div></div></header>
<main class="container main"><div class="row"><div class="col-12 col-lg-8">
<article class="news-article" itemscope itemtype="http://schema.org/Article">
<nav aria-label="breadcrumb"><ol class="breadcrumb">${links(pTop, 'breadcrumb-item')}</ol></nav>
<div class="d-flex flex-wrap text-low mb-2"><p class="text-uppercase text-low mb-0">April 2, 2026</p></div>
<div class="article__editors-notes bg-light p-3 mb-3"><div class="text-medium"><p class="mb-0">${pEditors}</p>
<ul class="list-inline mb-0">${lis(pAttrs, 'list-inline-item')}</ul></div></div>
<h1 class="text-extra-large line-low mb-2" itemprop="headline">${pTitle}</h1>
<p class="article-byline text-low">by Stenmark University</p>
<div class="article__info-bar d-flex"><a class="article__share-button" href="#">Share</a><a class="article__tweet-button" href="#">Tweet</a>
<a class="article__email-button" href="#">Email</a></div>
<div class="mt-4 article-main" itemprop="articleBody">
<figure class="article-img"><img src="https://scx1.b-cdn.example/csz/news/800a/2026/korvatn-ash.jpg" alt="Olivine crystals">
<figcaption class="text-darken text-low up-15 d-none d-md-block">Zoned olivine crystals from the 2019 Korvatn ash, seen under a microscope.
Credit: Stenmark University / Halse lab</figcaption></figure>
${ps(pBody)}
<p><strong>More information:</strong> Ingrid Halse et al, Days not weeks: crystal diffusion clocks for the 2019 Korvatn eruption,
<i>Volcanic Processes Review</i> (2026). DOI: 10.5555/vpr.2026.118</p>
<p><strong>Journal information:</strong> <a href="/journals/volcanic-processes-review/">Volcanic Processes Review</a></p>
<div class="article-main__more p-4"><p>Provided by <a href="/partners/stenmark-university/">Stenmark University</a></p></div>
<div class="d-inline-block text-medium mt-4"><p class="text-low"><b>Citation</b>: ${pTitle} (2026, April 2) retrieved 3 April 2026
from https://physdesk.example/news/2026-04-crystals-volcanic-ash-magma.html</p>
<p class="text-low">This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be
reproduced without the written permission. The content is provided for information purposes only.</p></div></div>
<div class="article-banner"><h3 class="text-low">Explore further</h3><ul class="list-unstyled">${links(pExplore)}</ul></div>
<div class="article__comments" id="comments"><p class="text-medium">Please sign in to add a comment. Registration is free, and takes less than a
minute.</p><a class="btn" href="/account/login">Read more</a></div></article></div>
<aside class="col-12 col-lg-4 sidebar"><div class="ad-banner"><span class="ad-label">Advertisement</span>
<div id="div-gpt-ad-right-1"></div></div>
<section class="sorted-news"><h3 class="sorted-title">More from Earth Sciences</h3><ul class="news-list">${links(pRelated)}</ul></section>
<section class="newsletter-box"><h3>Get free science updates with Science Y Daily and Weekly Newsletters</h3>
<p>Subscribe now for free and get the most relevant stories in your inbox.</p><button class="btn btn-primary">Subscribe</button></section></aside>
</div></main>
<footer class="footer"><div class="container"><ul class="footer__nav">${links(pFoot)}</ul>
<p class="footer__copyright">© Phys Desk 2003 - 2026 powered by Science Y Network</p></div></footer>
<div class="cookie-consent"><p>We use cookies to personalise content and ads and to analyse traffic.</p><button>I agree</button><button>Manage</button></div>
</div><script src="/tmpl/v6/js/app.min.js"></script></body></html>`;
const physorg: TestPage = {
  name: 'heldout393-physorg-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['April 2, 2026', 'by Stenmark University'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pNav, 'Sign in', ...pTop, 'Share', 'Email', pEditors, ...pAttrs, 'Tweet', 'Zoned olivine crystals from the 2019 Korvatn ash, seen under a microscope.',
    'Credit: Stenmark University / Halse lab', 'More information:', 'Days not weeks: crystal diffusion clocks for the 2019 Korvatn eruption',
    'DOI: 10.5555/vpr.2026.118', 'Journal information:', 'Provided by Stenmark University', 'Citation',
    'This document is subject to copyright.', 'Explore further', ...pExplore,
    'Please sign in to add a comment. Registration is free, and takes less than a minute.', 'Read more', 'Advertisement', 'More from Earth Sciences',
    ...pRelated, 'Get free science updates with Science Y Daily and Weekly Newsletters',
    'Subscribe now for free and get the most relevant stories in your inbox.', 'Subscribe', ...pFoot, '© Phys Desk 2003 - 2026 powered by Science Y Network',
    'We use cookies to personalise content and ads and to analyse traffic.', 'I agree', 'Manage',
  ],
};

export const HELDOUT393_A: readonly TestPage[] = [eurekalert, physorg];
