import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout408-kit.js';

/**
 * Held-out batch 408, file b2: a science academy's prize announcement on PR Newswire (top nav, breadcrumb-like section links,
 * release header with the "News provided by" line and date, dateline inside the first paragraph, contact block, "Also from
 * this source" and "Explore" rails, share bar, footer, cookie banner).
 */
const pTitle = 'Nordvall Prize in Chemistry 2026 awarded for light-driven catalysts that turn waste plastic into fuel';
const pDateline = 'VELMORA, Norway, Oct. 7, 2026 /PRNewswire/ --';
const pLead = j(
  'The Academy has decided to award the Nordvall Prize in Chemistry 2026 to Professor Halina Strzelecka',
  'of the University of Kraskow and Professor Emeka Duru-Lindqvist of the Tidewater Institute of Technology "for the discovery',
  'of light-driven catalysts that break down mixed plastics".',
);
const pBody1 = [
  j(
    'Plastics are designed to last, and most of them do. Mixed plastic waste is hard to recycle because each polymer needs a',
    'different treatment, and heating the mixture produces a sticky tar. This year’s laureates found a way around the problem.',
  ),
  j(
    'Working independently in the early 2010s, Strzelecka and Duru-Lindqvist each discovered that certain metal-oxide',
    'particles, when lit with ordinary visible light, can cut the long chains of several common plastics at room temperature.',
    'The short pieces that result can be refined into fuels or used to make new plastics.',
  ),
];
const pBody2 = [
  j(
    '"The laureates have shown that a problem we thought needed furnaces can be tackled with sunlight," said Professor',
    'Arvid Molnes, chair of the Nordvall Committee for Chemistry. "Their catalysts are already being tested at pilot plants',
    'on three continents."',
  ),
  'The committee highlighted three steps in the laureates’ work:',
];
const pSteps = [
  'Strzelecka’s 2012 discovery that titanium-iron oxide particles break polyethylene under blue light',
  'Duru-Lindqvist’s 2014 design of a catalyst that works on a mixture of four plastics at once',
  'Their joint 2019 study showing the process can run on sunlight in an open-air reactor',
];
const pBody3 = [
  j(
    'Halina Strzelecka, born 1968 in Wrocin, is Professor of Physical Chemistry at the University of Kraskow.',
    'Emeka Duru-Lindqvist, born 1974 in Port Anselm, is Professor of Materials Chemistry at the Tidewater Institute of Technology.',
  ),
  j(
    'The prize amount is 11 million kronor, to be shared equally between the laureates. The prize will be presented',
    'at a ceremony in Velmora on 10 December.',
  ),
];
const pNav = ['News', 'Products', 'Contact', 'Send a Release'];
const pAlso = ['Nordvall Prize in Physics 2026 awarded for work on quantum sensors', 'Nordvall Academy names new Permanent Secretary'];
const pExplore = ['Awards', 'Chemical', 'Education', 'Science & Technology'];
const pFoot = ['Terms of Use', 'Privacy Policy', 'Information Security Policy', 'Site Map', 'RSS', 'Cookie Settings'];
const pHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${pTitle}</title>
<meta name="description" content="The Royal Nordvall Academy of Sciences has decided to award the Nordvall Prize in Chemistry 2026.">
<meta property="og:type" content="article"><meta property="og:site_name" content="PR Newswire">
<meta name="date" content="2026-10-07T09:45:00-04:00"><meta name="author" content="Royal Nordvall Academy of Sciences">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pTitle}","datePublished":"2026-10-07T09:45:00-04:00",
"publisher":{"@type":"Organization","name":"PR Newswire"}}</script>
<script>var prnPageData = {"releaseId":"302418877","industry":["CHM","AWD"]};</script>
<link rel="stylesheet" href="/content/dam/prnewswire/css/main.min.css"></head>
<body class="release-page"><header class="main-header"><div class="container"><a class="navbar-brand" href="/">
<img src="/content/dam/prnewswire/homepage/prn_cision_logo_desktop.png" alt="PR Newswire: news distribution, targeting and monitoring"></a>
<nav class="main-nav" role="navigation"><ul class="nav navbar-nav">${links(pNav, 'dropdown')}</ul></nav></div></header>
<main><section class="release-header"><div class="container"><div class="row"><div class="col-sm-12 col-lg-10 col-lg-offset-1">
<header class="release-header-text"><h1>${pTitle}</h1>
<div class="row"><div class="col-sm-8"><p class="meta">News provided by</p><a href="/news/royal-nordvall-academy-of-sciences/"
class="news-release-org"><strong>Royal Nordvall Academy of Sciences</strong></a>
<p class="mb-no">Oct 07, 2026, 09:45 ET</p></div>
<div class="col-sm-4"><div class="social-share"><span class="share-label">Share this article</span>
<ul class="social-share-list"><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-x" href="#">X</a></li>
<li><a class="share-linkedin" href="#">LinkedIn</a></li><li><a class="share-email" href="#">Email</a></li></ul></div></div></div>
</header></div></div></div></section>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
<div class="image"><figure><img src="/news-releases/nordvall-2026-chem.jpg" alt="Illustration of a catalyst particle">
<figcaption>Illustration: light strikes a catalyst particle and cuts a plastic chain. © Royal Nordvall Academy of Sciences</figcaption></figure></div>
<p><span class="legendSpanClass"><span class="xn-location">VELMORA, Norway</span></span>, <span class="legendSpanClass"><span class="xn-chron">Oct. 7, 2026
</span></span> /PRNewswire/ -- ${pLead}</p>
${ps(pBody1)}
<p><b>Read the popular science background:</b> <a href="#">How light can unmake a plastic (pdf)</a></p>
${ps(pBody2)}
<ul type="disc">${pSteps.map((s) => `<li>${s}</li>`).join('\n')}</ul>
${ps(pBody3)}
<p id="PURL"><b>Contact:</b><br>
Greta Solheim, Press Officer, +47 555 01 217, press@nordvallacademy.example</p>
<p>SOURCE Royal Nordvall Academy of Sciences</p></div></div></section>
<section class="release-more container"><h2 class="section-header">Also from this source</h2><ul>${links(pAlso, 'card')}</ul>
<h2 class="section-header">Explore</h2><ul class="tag-list">${links(pExplore, 'tag')}</ul></section></main>
<footer class="footer"><div class="container"><ul class="footer-links">${links(pFoot)}</ul>
<p class="copyright">Copyright © 2026 Cision US Inc.</p></div></footer>
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>This website uses cookies to improve your experience.</p>
<button class="cookie-banner__accept">Accept All Cookies</button><button class="cookie-banner__reject">Reject All</button></div>
<script src="/etc/clientlibs/prnewswire/release.min.js"></script></body></html>`;
export const prnRelease: TestPage = {
  name: 'heldout408-prnewswire-academy-prize-release',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts([pLead, ...pBody1, ...pBody2, ...pSteps, ...pBody3]),
  bylines: ['News provided by', 'Royal Nordvall Academy of Sciences', 'Oct 07, 2026, 09:45 ET', pDateline],
  furniture: [
    ...pNav,
    'Share this article',
    'Facebook',
    'LinkedIn',
    'Email',
    'Illustration: light strikes a catalyst particle and cuts a plastic chain. © Royal Nordvall Academy of Sciences',
    'Read the popular science background: How light can unmake a plastic (pdf)',
    'Contact: Greta Solheim, Press Officer, +47 555 01 217, press@nordvallacademy.example',
    'SOURCE Royal Nordvall Academy of Sciences',
    'Also from this source',
    ...pAlso,
    'Explore',
    ...pExplore,
    ...pFoot,
    'Copyright © 2026 Cision US Inc.',
    'This website uses cookies to improve your experience.',
    'Accept All Cookies',
    'Reject All',
  ],
};
