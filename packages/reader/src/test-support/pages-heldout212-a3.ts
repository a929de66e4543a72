import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 212: a CERN news article on home.cern (Drupal "cern" theme), as "Save page as" stores it. */
const title = 'Beam returns to the Low Energy Ion Ring after its upgrade';
const dek = 'After fourteen months of works, the oldest ring in the ion injector chain is ready to feed heavier beams to the experiments';
const p1 = [
  'On Tuesday evening, shortly after 21:00, operators in the CERN Control Centre watched the first lead ions complete a full ' +
    'turn of the rebuilt Low Energy Ion Ring (LEIR). The moment closed a long shutdown that replaced most of the ring’s vacuum ' +
    'system and its electron cooler, the device that shrinks the ion bunches before they travel on to the Proton Synchrotron.',
  '“Getting the first turn is always the moment the whole team waits for,” says Marguerite Dallois, who coordinates LEIR ' +
    'operation. “Everything was tested piece by piece, but you only know the machine is really back when the beam tells you.”',
];
const h1 = 'A cooler for heavier ions';
const p2 = [
  'The new electron cooler uses a stronger magnetic field and a gun that can deliver twice the electron current of its ' +
    'predecessor. Together they should cool the ion bunches about forty percent faster, which allows LEIR to accumulate more ' +
    'ions in each cycle.',
  'This matters because the ion programme is changing. In addition to lead, the experiments have requested runs with lighter ' +
    'nuclei such as oxygen and neon, and in the longer term with heavier beams of intermediate mass. Each species behaves ' +
    'differently in the ring, and the old cooler had little margin left.',
];
const h2 = 'Vacuum first';
const p3 = [
  'Most of the fourteen months went into the vacuum system. Ions stripped of most of their electrons are easily lost when ' +
    'they hit stray gas molecules, so the pressure in LEIR has to be extraordinarily low, around a hundred thousand billion ' +
    'times lower than the atmosphere.',
  'The team replaced 38 vacuum chambers with new ones coated in a thin film that absorbs gas, and installed additional ' +
    'pumps around the injection region. “The first pressure readings after the bake-out were better than our best hopes,” ' +
    'says vacuum engineer Pavel Hruska.',
];
const h3 = 'Next steps';
const p4 = [
  'Over the coming weeks, the operations team will increase the intensity step by step and tune the cooler for each beam. ' +
    'The first ions are due to be delivered to the Proton Synchrotron in May, in time for the oxygen run planned for the ' +
    'summer.',
];
const cap1 = 'The rebuilt electron cooler in the LEIR ring, shortly before the ring was closed. (Image: CERN)';
const nav = ['About', 'News', 'Science', 'Resources'];
const sub = ['Home', 'Physics', 'Accelerators', 'Engineering', 'Computing', 'Experiments', 'Updates'];
const related = ['Ion injectors prepare for the oxygen run', 'Accelerator Report: a quiet start to the year', 'The electron cooler explained'];
const foot = ['Contact us', 'Getting here', 'Privacy policy', 'Copyright', 'Careers', 'Visit CERN', 'Press', 'Directory', 'Accessibility'];
const cookie = 'This website uses cookies. By continuing to use this website, you agree to the use of cookies. To find out more, see our Privacy Policy.';
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${title} | CERN</title>
<meta name="description" content="${dek}"><link rel="canonical"
href="https://home.cern/news/news/accelerators/beam-returns-low-energy-ion-ring-after-its-upgrade">
<meta property="og:site_name" content="CERN"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta name="twitter:card" content="summary_large_image"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/191234"},
"ajaxTrustedUrl":[]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Wn3Pq8L0.css"><script src="/sites/default/files/js/js_a9sKQ3ne.js"></script></head>
<body class="path-node page-node-type-news">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="cern-toolbar" id="cern-toolbar"><h4><a href="https://home.cern" title="CERN">CERN <span>Accelerating science</span></a></h4>
<ul class="cern-signedout"><li class="cern-account"><a href="/user/login" class="cern-account">Sign in</a></li>
<li class="cern-directory"><a href="https://phonebook.cern.ch" title="Search CERN resources and browse the directory">Directory</a></li></ul></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="header-container" role="banner">
<div class="site-branding"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/cern/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-cern-main-menu" id="block-cern-main-menu"><h2 class="visually-hidden"
id="block-cern-main-menu">Main navigation</h2>
<ul class="menu menu-level-0">${links(nav, 'menu-item menu-item--expanded')}</ul></nav>
<div class="search-block-form" role="search"><form action="/search" method="get"><input type="search" name="keys" title="Enter the terms you wish to
search for.">
<input type="submit" value="Search" class="button"></form></div></header>
<div class="subnav"><ul class="menu">${links(sub, 'menu-item')}</ul></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article role="article" class="node node--type-news node--view-mode-full">
<div class="cern-news-header"><div class="field--name-field-p-news-display-type"><a href="/news/news">News</a></div>
<div class="field--name-field-p-news-display-topics"><a href="/news/news/accelerators">Accelerators</a> | <a href="/news/news/engineering">Engineering</a></div>
<h1 class="page-title"><span class="field field--name-title">${title}</span></h1>
<div class="field--name-field-p-news-display-strap"><p>${dek}</p></div>
<div class="field--name-field-p-news-display-byline">
<p class="field--name-field-p-news-display-byline__author"><a href="/authors/isabelle-ferrant">Isabelle Ferrant</a></p>
<p class="news-date"><time datetime="2026-03-12T10:00:00Z">12 March, 2026</time></p>
<p class="news-updated">| Updated <time datetime="2026-03-13T08:15:00Z">13 March, 2026</time></p></div>
<div class="social-media-share"><a class="share share-facebook" href="#">Facebook</a><a class="share share-twitter" href="#">X</a>
<a class="share share-linkedin" href="#">LinkedIn</a><a class="share share-email" href="#">Email</a></div></div>
<div class="field field--name-field-p-news-display-body"><div class="component-image"><figure>
<img src="/sites/default/files/styles/large/public/2026-03/leir-cooler.jpg" alt="LEIR electron cooler">
<figcaption class="caption">${cap1}</figcaption></figure></div>
<div class="text-component">${ps(p1)}
<h3>${h1}</h3>
${ps(p2)}
<h3>${h2}</h3>
${ps(p3)}
<h3>${h3}</h3>
${ps(p4)}
</div></div>
<div class="field--name-field-p-news-display-listing-tags"><span>Tags</span> <a href="/tags/leir">LEIR</a> <a href="/tags/ions">Ions</a>
<a href="/tags/long-shutdown">Long Shutdown</a></div></article>
<section class="related-articles"><h2 class="block-title">Related Articles</h2><div class="view-content">
${related
  .map(
    (t, i) => `<div class="views-row"><div class="preview-list-card"><a href="/news/news/accelerators/${i}"><img src="/r/${i}.jpg" alt="">
<div class="preview-list-card__type">News</div><h3 class="preview-list-card__title">${t}</h3></a></div></div>`,
  )
  .join('\n')}
<a class="more-link" href="/news">Read more news</a></div></section></div></main>
<footer class="cern-footer" role="contentinfo"><div
class="footer-section"><h2>Find us</h2><p>CERN, Esplanade des Particules 1, P.O. Box, 1211 Geneva 23, Switzerland</p></div>
<div class="footer-section"><h2>Follow us</h2><a href="#">Facebook</a> <a href="#">Instagram</a> <a href="#">YouTube</a></div>
<div class="footer-section"><ul>${links(foot)}</ul></div><p class="copyright">Copyright © 2026 CERN</p></footer></div>
<div class="eu-cookie-compliance-banner" role="dialog" aria-describedby="popup-text"><div class="popup-content info">
<div id="popup-text"><p>${cookie}</p></div><div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK</button>
</div></div></div>
<script src="/sites/default/files/js/js_matomo.js"></script></body></html>`;
export const cernNews: TestPage = {
  name: 'heldout212-cern-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([dek, ...p1, ...p2, ...p3, ...p4]),
  bylines: ['Isabelle Ferrant', '12 March, 2026', '| Updated 13 March, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Accelerating science', 'Sign in', 'Main navigation', ...nav, ...sub, 'Tags', 'LEIR', 'Ions',
    'Long Shutdown', cap1, 'Facebook', 'LinkedIn', 'Email', 'Related Articles', ...related, 'Read more news', 'Find us',
    'CERN, Esplanade des Particules 1, P.O. Box, 1211 Geneva 23, Switzerland', 'Follow us', 'Instagram', 'YouTube', ...foot,
    'Copyright © 2026 CERN', cookie, 'OK',
  ],
};
