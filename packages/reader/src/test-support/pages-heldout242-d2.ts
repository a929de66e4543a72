import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout242-kit.js';

/**
 * Held-out batch 242, file d2: an architecture school's news page on a university Drupal 10 site (utility bar, mega menu,
 * breadcrumb, news date and category fields, hero image with caption, the body with a pull quote, "Share this page" links,
 * a media enquiries contact block, "Related news" view, "Study with us" call to action, footer with address and social links).
 */
const nTitle = 'Students rebuild a flood-damaged bandstand as part of their second-year live project';
const nSummary = j(
  'Second-year students from the Brackwater School of Architecture have designed and built a new bandstand for Ferrin Park,',
  "replacing a Victorian structure lost in last winter's floods.",
);
const nBody = [
  j(
    'The project, which ran over twelve weeks of the spring term, is the largest live build the school has undertaken. Sixty-two',
    'students worked in teams on the design, structural calculations, costing and construction, supported by staff and by',
    'volunteers from the Friends of Ferrin Park.',
  ),
  j(
    'The original bandstand, built in 1897, was undermined when the River Ferrin burst its banks in January and had to be',
    'demolished. The Friends group approached the school in February with a modest budget raised from local businesses and a',
    'request for a structure that could cope with future flooding.',
  ),
];
const nH1 = 'Designed to let the water through';
const nBody2 = [
  j(
    "The students' design raises the bandstand's deck on eight timber columns set into galvanised steel shoes, leaving the space",
    'underneath open so that floodwater can flow through rather than pushing against solid walls. The octagonal roof, clad in',
    'larch shingles, echoes the outline of the Victorian original.',
  ),
  j(
    'Cast iron brackets recovered from the demolished bandstand have been cleaned, repainted and fixed to the new columns.',
    '"We wanted people who remember the old bandstand to recognise something of it," said student Amara Lindqvist.',
  ),
];
const nQuote = j(
  'Live projects teach things that no studio brief can: how to listen to a client, how to work to a real budget, and what it',
  'feels like when something you drew is standing in a park.',
);
const nQuoteBy = 'Dr Felix Marrable, Second Year Leader';
const nH2 = 'Opening concert';
const nBody3 = [
  j(
    'The bandstand was handed over to the park in a short ceremony on Saturday, followed by a concert from the Brackwater Silver',
    "Band. The structure will be maintained by the city council's parks team.",
  ),
  'The school plans to run a live project with a community partner every year. Groups with a proposal for 2027 can contact the school office.',
];
const nCaption = 'Students fixing the larch shingles to the bandstand roof. Photo: Brackwater School of Architecture';
const nUtil = ['Students', 'Staff', 'Alumni', 'Library'];
const nMenu = ['Study', 'Research', 'Business and partners', 'About us', 'News and events'];
const nCrumbs = ['Home', 'School of Architecture', 'News'];
const nCrumbsGold = ['Home', 'News'];
const nShare = ['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Copy link'];
const nRelated = [
  'Graduate exhibition opens at the Old Corn Exchange',
  'Architecture lecturer shortlisted for timber research prize',
  'Summer school in sketching returns for a third year',
];
const nFoot = ['Contact us', 'Accessibility statement', 'Freedom of information', 'Privacy and cookies', 'Modern slavery statement'];
const nHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${nTitle} | University of Brackwater</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="description" content="${nSummary}">
<link rel="canonical" href="https://www.brackwater.ac.example/news/students-rebuild-bandstand">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/48211"},"gtag":{"tagId":"G-XXXX"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-03-10"}]}</script>
</head><body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="utility-bar"><ul class="menu menu--utility">${links(nUtil, 'menu-item')}</ul></div>
<header role="banner" class="site-header"><a href="/" rel="home" class="site-logo">University of Brackwater</a>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(nMenu, 'menu-item menu-item--expanded')}</ul></nav>
<a href="/search" class="search-toggle">Search</a></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(nCrumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article role="article" about="/news/students-rebuild-bandstand" class="node node--type-news node--promoted node--view-mode-full">
<div class="news-header"><div class="field field--name-field-news-category field--type-entity-reference field--label-hidden field__item">
<a href="/news?category=architecture" hreflang="en">Architecture</a></div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${nTitle}</span></h1>
<div class="field field--name-field-news-date field--type-datetime field--label-hidden field__item"><time datetime="2026-03-10T12:00:00Z">10 March 2026</time>
</div>
<div class="field field--name-field-summary field--type-string-long field--label-hidden field__item">${nSummary}</div></div>
<div class="field field--name-field-hero-image field--type-image"><figure><img loading="lazy" src="/sites/default/files/2026-03/bandstand.jpg" alt="">
<figcaption class="image-caption">${nCaption}</figcaption></figure></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(nBody)}
<h2>${nH1}</h2>
${ps(nBody2)}
<blockquote class="pull-quote"><p>${nQuote}</p><footer><cite>${nQuoteBy}</cite></footer></blockquote>
<h2>${nH2}</h2>
${ps(nBody3)}
</div>
<div class="share-this-page"><h3>Share this page</h3><ul>${links(nShare, 'share-link')}</ul></div>
<div class="media-contact block"><h3>Media enquiries</h3><p>Press Office, University of Brackwater</p><p>press@brackwater.ac.example</p></div>
</div></article>
<div class="views-element-container block block-views block-views-blockrelated-news-block-1"><h2>Related news</h2>
<div class="view view-related-news view-display-id-block_1"><ul>${links(nRelated, 'views-row')}</ul></div></div>
<div class="cta-block"><h2>Study with us</h2><p>Find out about our RIBA-validated undergraduate and postgraduate courses.</p>
<a class="button" href="/study/architecture">Explore our courses</a></div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><p>University of Brackwater, Quayside Campus, Brackwater BW1 4TT</p>
<ul class="menu menu--footer">${links(nFoot, 'menu-item')}</ul><p>© 2026 University of Brackwater</p></div></footer></div></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script><script src="/themes/custom/brackwater/js/main.js"></script></body></html>`;
export const schoolNews: TestPage = {
  name: 'heldout242-drupal-architecture-school-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2],
  body: texts([nSummary, ...nBody, ...nBody2, nQuote, ...nBody3]),
  bylines: ['10 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nUtil, 'University of Brackwater', ...nMenu, 'Search', ...nCrumbsGold, nCaption, nQuoteBy, 'Share this page', ...nShare,
    'Media enquiries', 'Press Office, University of Brackwater', 'press@brackwater.ac.example', 'Related news', ...nRelated, 'Study with us',
    'Find out about our RIBA-validated undergraduate and postgraduate courses.', 'Explore our courses',
    'University of Brackwater, Quayside Campus, Brackwater BW1 4TT', ...nFoot, '© 2026 University of Brackwater',
  ],
};
