import { links, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout469-kit.js';

/**
 * Held-out batch 469, file d: a candidate's entry in a nonpartisan voter guide on Drupal 10 (Olivero-based theme, fact
 * fields and a question-and-answer list), and a local party branch page built with Wix (rich-text boxes in strips).
 */
const vTitle = 'Celestine Ambrose-Kuri';
const vFacts = [
  ['Office', 'Calder County Sheriff'],
  ['Party', 'Nonpartisan'],
  ['Occupation', 'Undersheriff, Calder County'],
  ['Education', 'B.A., Criminal Justice, Westmere State University'],
];
const vQa: { q: string; a: string }[] = [
  {
    q: 'What are the most important issues facing the Sheriff’s Office, and how would you address them?',
    a: j(
      'Staffing. We have 31 open deputy positions and our jail runs on overtime. I will start a cadet program with Calder',
      'Community College, pay for academy training up front, and bring back the four-day work week for patrol.',
    ),
  },
  {
    q: 'How would you improve the response to mental health calls?',
    a: j(
      'I will expand the co-responder team so that a clinician rides with a deputy on every shift, not just weekdays. In the',
      'pilot year, calls with a clinician present ended in arrest 60 percent less often.',
    ),
  },
  {
    q: 'What is your position on the proposed new county jail?',
    a: j(
      'The current jail is 48 years old and fails fire inspections. I support replacing it, but with fewer beds than the',
      'current plan and with space for treatment and job training, paid for by a bond the voters approve.',
    ),
  },
];
const vHead = 'Candidate responses';
const vNote = 'Candidates’ responses are printed exactly as submitted and have not been edited for spelling, grammar or content.';
const vNav = ['Voter Guide', 'Register to Vote', 'Ballot Measures', 'Polling Places', 'About Us'];
const vCrumbs = ['Home', 'Voter Guide', 'Calder County Sheriff'];
const vOthers = ['Dmitri Halvorsen', 'Pauline Ostrowski'];
const vHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${vTitle} | Calder County Voter Guide</title><link rel="canonical" href="https://votecalder.org/voter-guide/celestine-ambrose-kuri">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/",
"currentPath":"node\\/882"},"gtag":{"tagId":"G-4X1"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Zr1m.css"></head>
<body class="path-node page-node-type-candidate"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__inner">
<div class="site-branding"><a href="/" rel="home" class="site-branding__name">Calder County Voter Guide</a>
<div class="site-branding__slogan">Nonpartisan information for every voter</div></div>
<nav class="primary-nav" aria-labelledby="block-mainnavigation-menu"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu primary-nav__menu">${links(vNav, 'primary-nav__menu-item')}</ul></nav>
<div class="search-block-form" role="search"><form action="/search/node" method="get"><label for="edit-keys" class="visually-hidden">Search</label>
<input type="search" id="edit-keys" name="keys"><input type="submit" value="Search" class="button"></form></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(vCrumbs, 'breadcrumb__item')}</ol></nav></div>
<div class="region region--content-above"><div class="block-page-title-block"><h1 class="title page-title"><span
class="field field--name-title">${vTitle}</span></h1></div></div>
<div class="region region--content"><article data-history-node-id="882" class="node node--type-candidate node--view-mode-full">
<div class="node__content"><div class="field field--name-field-photo"><img src="/sites/default/files/candidates/ambrose-kuri.jpg"
alt="Photo of ${vTitle}"></div>
${vFacts.map((f) => `<div class="field field--label-inline"><div class="field__label">${f[0]}</div><div class="field__item">${f[1]}</div></div>`).join('\n')}
<div class="field field--name-field-website field--label-inline"><div class="field__label">Campaign website</div>
<div class="field__item"><a href="https://ambrosekuriforsheriff.com">ambrosekuriforsheriff.com</a></div></div>
<div class="field field--name-field-responses"><h2 class="field__label">${vHead}</h2><p class="responses-note"><em>${vNote}</em></p>
${vQa.map((x) => `<div class="paragraph paragraph--type--question"><h3 class="question">${x.q}</h3><div class="answer"><p>${x.a}</p></div></div>`).join('\n')}
</div></div></article>
<div class="views-element-container block-views-block-same-race"><h2>Other candidates for Calder County Sheriff</h2>
<div class="view-content"><ul>${links(vOthers)}</ul></div></div>
<div class="block-compare"><a class="button button--primary"
href="/voter-guide/compare/sheriff">Compare candidates side by side</a></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner"><div class="region region--footer-top">
<p>The Calder County Voter Guide is published by the Civic Ballot Project, a nonpartisan nonprofit. We do not support or oppose any candidate or party.</p>
<ul class="menu">${links(['Contact', 'Privacy', 'Donate to the Civic Ballot Project'])}</ul></div></div></footer></div></div></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout469-drupal-voter-guide',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: [vHead, ...vQa.map((x) => x.q)],
  body: [...vFacts.map((f) => f[1] ?? ''), 'ambrosekuriforsheriff.com', vNote, ...vQa.map((x) => x.a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Calder County Voter Guide', 'Nonpartisan information for every voter', ...vNav, 'Search', 'Home',
    ...vFacts.map((f) => f[0] ?? ''), 'Campaign website', 'Other candidates for Calder County Sheriff', ...vOthers, 'Compare candidates side by side',
    'The Calder County Voter Guide is published by the Civic Ballot Project, a nonpartisan nonprofit. We do not support or oppose any candidate or party.',
    'Contact', 'Privacy', 'Donate to the Civic Ballot Project',
  ],
};

const xTitle = 'Eastside Branch';
const xParas = [
  j(
    'The Eastside Branch of the Harwick Valley Progressive Party brings together members who live in Wards 5, 6 and 7. We knock',
    'doors for our endorsed candidates, run the Eastside voter registration table at the Saturday market, and send delegates to',
    'the county convention each spring.',
  ),
  'New members are always welcome. You do not need to be a party member to come to a meeting.',
];
const xMeetHead = 'Monthly meetings';
const xMeet = j(
  'We meet on the second Thursday of every month at 7 p.m. in the back room of the Foundry Street Union Hall, 214 Foundry',
  'Street. Meetings run about 90 minutes and there is always coffee. The hall is wheelchair accessible from the Linden Avenue door.',
);
const xOffHead = 'Branch officers';
const xOfficers = ['Chair: Oluwaseun Park', 'Vice chair: Margit Ferreira', 'Secretary: Caleb Underwood', 'Treasurer: Yusra Bellamy'];
const xNav = ['Home', 'About', 'Branches', 'Candidates', 'Events', 'Join'];
const rich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="wixui-rich-text" data-testid="richTextElement"><div class="wixui-rich-text__text">${inner}</div></div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const xFootText = ['Harwick Valley Progressive Party · PO Box 1182, Harwick', '© 2026 by Harwick Valley Progressive Party. Proudly created with Wix.com'];
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Eastside Branch | Harwick Valley Progressive Party</title>
<meta property="og:title" content="Eastside Branch | Harwick Valley Progressive Party"><meta property="og:site_name" content="Harwick Valley Progressive Party">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","tpaCommons"],"site":{"metaSiteId":"7c1e"}}</script>
<style id="css_masterPage">#comp-kx1a{--txt:#1d2b3a}.font_0{font:normal normal bold 44px/1.2 montserrat}.font_8{font:normal normal normal 17px/1.6
lato}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mStDU9">top of page</span></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kx1a">
${rich('kx1b', `<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">Harwick Valley Progressive Party</span></p>`)}
<nav aria-label="Site" id="comp-kx1c" class="StylableHorizontalMenu"><ul class="menu-list">${xNav
  .map(
    (t) =>
      `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.hvprogressive.org/${t.toLowerCase()}"><span
class="itemLabel">${t}</span></a></li>`,
  )
  .join('')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="Pages_container"><div id="Containerc1dmp">
<section id="comp-lb2x1" class="wixui-section"><div id="bgLayers_comp-lb2x1" class="MW5IWV"></div><div data-testid="columns" class="comp-lb2x1-container">
${rich('lb2x2', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${rich('lb2x3', xParas.map(wp).join(''))}
<div id="comp-lb2x4" class="wixui-image"><img src="https://static.wixstatic.com/media/7c1e_eastside~mv2.jpg/v1/fill/w_620,h_410/eastside.jpg"
alt="Members at the Saturday market table"></div>
</div></section>
<section id="comp-lb2y1" class="wixui-section"><div data-testid="columns" class="comp-lb2y1-container">
${rich('lb2y2', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${xMeetHead}</span></h2>`)}
${rich('lb2y3', wp(xMeet))}
<div id="comp-lb2y4" class="wixui-button" aria-disabled="false"><a data-testid="linkElement" href="https://www.hvprogressive.org/events"><span
class="wixui-button__label">See upcoming events</span></a></div>
${rich('lb2y5', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${xOffHead}</span></h2>`)}
${rich(
  'lb2y6',
  `<ul class="font_8 wixui-rich-text__text">${lis(
    xOfficers.map((t) => `<p class="font_8 wixui-rich-text__text">${t}</p>`),
    'wixui-rich-text__text',
  )}</ul>`,
)}
</div></section>
<section id="comp-lb2z1" class="wixui-section"><div class="comp-lb2z1-container">
${rich('lb2z2', `<h2 class="font_2 wixui-rich-text__text">Subscribe to branch updates</h2>`)}
<form id="comp-lb2z3" class="wixui-form"><label for="input_comp-lb2z4">Email</label><input id="input_comp-lb2z4" type="email" placeholder="Email">
<button class="wixui-button"><span class="wixui-button__label">Subscribe</span></button></form></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="comp-footer-container">
${rich('kx2a', xFootText.map(wp).join(''))}
</div></footer></div></div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page">
<span class="mStDU9">bottom of page</span></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.a1b2c3.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout469-wix-party-branch',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [xMeetHead, xOffHead],
  body: [...xParas, xMeet, ...xOfficers],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Harwick Valley Progressive Party', ...xNav, 'See upcoming events', 'Subscribe to branch updates', 'Email', 'Subscribe',
    'Harwick Valley Progressive Party · PO Box 1182, Harwick', '© 2026 by Harwick Valley Progressive Party. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT469_D: readonly TestPage[] = [drupal, wix];
