import { j, lis } from './pages-heldout326-kit.js';
import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 326, file a: a manufacturing trade magazine article on a Parameter1 BASE (Marko web) site of the kind
 * Endeavor Business Media runs, with the site navbar, leaderboard ad, content header with company and byline, a gated
 * PDF download box, a sponsor logo strip, related content node list, newsletter sign-up and the footer.
 */
const aTitle = 'Die Casters in the Ohio Valley Are Retrofitting Cells Instead of Replacing Them';
const aTeaser = 'Rising lead times for new presses push plants toward controls upgrades and vacuum-assist kits.';
const aP1 = [
  j(
    'When the 1,600-ton cold-chamber press at Harrowgate Castings started throwing porosity rejects last spring, the plant',
    'manager priced a new machine and got a quote with a 14-month lead time. He ordered a controls retrofit instead, and the',
    'cell was back in production in six weeks.',
  ),
  j(
    'That choice is becoming common among mid-sized aluminum die casters in Ohio, Kentucky and West Virginia. Of 38 plants',
    'surveyed by the Tri-State Foundry Council in January, 23 said they had retrofitted at least one cell in the past two',
    'years, while only nine had bought a new press.',
  ),
];
const aH1 = 'Where the money goes';
const aP2 = [j('Retrofit budgets vary widely, but most plants start with the same three items. Plant engineers described a typical', 'package as follows:')];
const aL1 = [
  'A new shot-end controller with real-time closed-loop velocity profiling',
  'A vacuum-assist kit to pull air from the die cavity before the shot',
  'Thermal imaging of the die face tied into the spray robot',
  'Retraining for setup technicians on the new recipe screens',
];
const aP3 = [
  j(
    'A full package on a 1,200-ton machine runs between $380,000 and $650,000, according to the council, or roughly a',
    'quarter of the price of a new cell. The savings are larger when the existing trim press and extraction robot can stay.',
  ),
  j(
    '“The iron in these machines is fine. What wore out was the brain,” said Corinne Abernathy, director of operations at',
    'Harrowgate. “We were running a 2004 controller that could not see what the plunger was doing inside a shot.”',
  ),
];
const aH2 = 'Scrap rates and payback';
const aP4 = [
  j(
    'Harrowgate reports that scrap on its transmission-housing family fell from 6.1% to 2.4% in the first quarter after the',
    'retrofit. At its volumes, that cut is worth about $41,000 a month in remelt energy and lost cycles, which puts',
    'payback at a little over a year.',
  ),
  j(
    'Other plants were more cautious. Two council members said the vacuum kits needed months of tuning before the gains',
    'showed up, and one reported that a retrofit exposed worn tie bars that had to be replaced anyway.',
  ),
];
const aH3 = 'What to check before signing';
const aP5 = [
  j(
    'Engineers who have been through the process recommend a structural survey of the platens and tie bars before any',
    'controls work is quoted. A retrofit cannot fix a machine that no longer closes square.',
  ),
  j(
    'They also advise asking integrators for references on the same press brand. Hydraulic layouts differ enough between',
    'builders that a kit proven on one make can take weeks longer to commission on another.',
  ),
];
const aNav = ['Automation', 'Operations', 'Supply Chain', 'Workforce', 'Quality', 'Sustainability', 'Webinars', 'Resources'];
const aRelated = [
  'Foundry Energy Costs Ease, but Labor Gaps Persist',
  'Inside a Greenfield Gigacasting Line in Tennessee',
  'Vacuum Die Casting: A Buyer’s Checklist',
];
const aFoot = ['About Us', 'Contact Us', 'Advertise', 'Privacy Policy', 'Terms of Use', 'Do Not Sell or Share My Personal Information'];
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${aTitle} | Plant Floor Digest</title>
<meta name="description" content="${aTeaser}"><meta property="og:type" content="article"><meta property="og:title" content="${aTitle}">
<meta property="og:site_name" content="Plant Floor Digest"><link rel="canonical" href="https://www.plantfloordigest.example/operations/article/55201877">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}",
"datePublished":"2026-02-18T14:05:00.000Z","author":[{"@type":"Person","name":"Gideon Frye"}],
"publisher":{"@type":"Organization","name":"Plant Floor Digest"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"page_type":"content","content_type":"article","content_id":55201877});</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="marko-web-document"><div class="document-container">
<header class="site-header"><div class="site-navbar site-navbar--primary"><div class="site-navbar__container">
<button class="site-navbar__toggler" aria-label="Toggle menu"></button><a class="site-navbar__brand" href="/">
<img class="site-navbar__logo" src="https://img.plantfloordigest.example/files/base/logo.png" alt="Plant Floor Digest"></a>
<ul class="site-navbar__items">${links(aNav, 'site-navbar__item')}</ul>
<a class="site-navbar__subscribe" href="/subscribe">Subscribe</a></div></div></header>
<div class="leaderboard ad-container"><span class="ad-label">Advertisement</span><div id="gpt-ad-leaderboard" class="marko-web-gam-slot"></div></div>
<main class="page-wrapper page-wrapper--content"><div class="page-wrapper__section">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(['Home', 'Operations'], 'breadcrumbs__item')}</ol></nav>
<div class="row"><div class="col-lg-8">
<article class="page-contents page-contents--article" data-content-id="55201877">
<header class="content-page-header"><div class="content-page-header__section"><a href="/operations">Operations</a></div>
<h1 class="content-page-header__name content-name">${aTitle}</h1>
<p class="content-page-header__teaser content-teaser">${aTeaser}</p>
<div class="content-page-header__attribution"><div class="content-byline">Gideon Frye</div>
<div class="content-published-date">Feb. 18, 2026</div></div>
<div class="social-sharing"><span class="social-sharing__label">Share</span>
<ul>${links(['Facebook', 'LinkedIn', 'Email'], 'social-sharing__item')}</ul></div></header>
<figure class="content-page-primary-image"><img src="https://img.plantfloordigest.example/files/base/diecast-cell.jpg" alt="">
<figcaption class="content-page-primary-image__caption">A retrofitted cold-chamber cell at a Kentucky casting plant.
<span class="content-page-primary-image__credit">Photo: Marta Lindqvist</span></figcaption></figure>
<div class="page-contents__content-body content-body">
${ps(aP1)}
<h2>${aH1}</h2>
${ps(aP2)}
<ul>${lis(aL1)}</ul>
${ps(aP3)}
<div class="gated-download content-body-gating"><div class="gated-download__header">Download the PDF</div>
<p class="gated-download__teaser">Get the full Die Casting Retrofit Benchmark report, with cost tables for 38 plants.</p>
<form class="gated-download__form"><label for="gd-email">Business email</label><input id="gd-email" type="email">
<button class="btn btn-primary">Download Now</button></form>
<small class="gated-download__note">By downloading, you agree to share your details with the report’s sponsors.</small></div>
<h2>${aH2}</h2>
${ps(aP4)}
<h2>${aH3}</h2>
${ps(aP5)}
</div>
<div class="sponsor-strip"><div class="sponsor-strip__label">This report is made possible by</div>
<ul class="sponsor-strip__logos"><li><img src="https://img.example/s1.png" alt="Kestrel Hydraulics"><span>Kestrel Hydraulics</span></li>
<li><img src="https://img.example/s2.png" alt="Ardent Controls"><span>Ardent Controls</span></li></ul></div>
</article></div>
<aside class="col-lg-4 page-rail"><div class="ad-container"><span class="ad-label">Advertisement</span><div class="marko-web-gam-slot"></div></div>
<div class="node-list node-list--related"><h3 class="node-list__header">Related</h3><div class="node-list__nodes">
${aRelated.map((t) => `<div class="node"><h5 class="node__title"><a href="/operations/article/${t.length}">${t}</a></h5></div>`).join('\n')}
</div></div></aside></div></div>
<div class="newsletter-signup"><h3 class="newsletter-signup__title">Get the Plant Floor Daily</h3>
<p class="newsletter-signup__description">Automation, operations and workforce news for plant leaders, five mornings a week.</p>
<form><input type="email" aria-label="Email address" placeholder="Email address"><button>Sign Up</button></form></div></main>
<footer class="site-footer"><div class="site-footer__container"><ul class="site-footer__items">${links(aFoot, 'site-footer__item')}</ul>
<p class="site-footer__copyright">© 2026 Plant Floor Digest. All rights reserved.</p></div></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to personalize content and ads
and to analyze our traffic.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div></body></html>`;
const plantFloor: TestPage = {
  name: 'heldout326-parameter1-base-manufacturing-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [aH1, aH2, aH3],
  body: texts([aTeaser, ...aP1, ...aP2, ...aL1, ...aP3, ...aP4, ...aP5]),
  bylines: ['Gideon Frye', 'Feb. 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aNav, 'Subscribe', 'Advertisement', 'Home', 'Operations', 'Share', 'Facebook', 'LinkedIn', 'Email',
    'A retrofitted cold-chamber cell at a Kentucky casting plant.', 'Photo: Marta Lindqvist', 'Download the PDF',
    'Get the full Die Casting Retrofit Benchmark report, with cost tables for 38 plants.', 'Business email', 'Download Now',
    'By downloading, you agree to share your details with the report’s sponsors.', 'This report is made possible by', 'Kestrel Hydraulics',
    'Ardent Controls', 'Related', ...aRelated, 'Get the Plant Floor Daily',
    'Automation, operations and workforce news for plant leaders, five mornings a week.', 'Sign Up', ...aFoot,
    '© 2026 Plant Floor Digest. All rights reserved.', 'We use cookies to personalize content and ads and to analyze our traffic.',
    'Accept All Cookies', 'Cookie Settings',
  ],
};

export const HELDOUT326_A1: TestPage = plantFloor;
