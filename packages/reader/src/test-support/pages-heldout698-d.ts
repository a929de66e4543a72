import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout698-kit.js';

/**
 * Held-out batch 698, file d: a council guide page on community orchards built with LocalGov Drupal (guide contents, prev / next
 * links, "Last updated"), and a long grafting guide on a Hugo site with the PaperMod theme (table of contents, tags, post nav).
 */
const lTitle = 'Community orchards';
const lPage = 'Volunteer pruning and picking sessions';
const lHeads = ['Winter pruning', 'Picking days', 'Who can come'];
const lBody = [
  j(
    'The council looks after nine community orchards in parks and open spaces across the district. Volunteers help us care for',
    'the trees through the year, and in return they take home a share of the fruit.',
  ),
  j(
    'Pruning sessions run on Saturday mornings from December to February, from 10am to 12:30pm. Our tree officers show you',
    'what to cut and provide all the tools, gloves and safety glasses. You do not need any experience.',
  ),
  'Sessions are cancelled if there is snow, heavy rain or frost on the ground. We will text you by 8am if a session is called off.',
  'We pick the fruit in September and October, when most varieties are ripe. Each picking day lasts about three hours.',
  'Volunteers can take up to 5kg of fruit home each session',
  'The rest goes to local food banks and schools',
  'Windfalls are collected for the community press at Brookfield Park',
  j(
    'Sessions are open to anyone aged 16 or over. Under-16s are welcome at picking days with an adult. Please tell us about any',
    'access needs when you book and we will let you know which orchards have level paths and accessible toilets nearby.',
  ),
];
const lGuide = ['Overview', 'Find a community orchard', lPage, 'Plant a tree in your street', 'Report a problem with an orchard'];
const lNav = ['Bins, rubbish and recycling', 'Council tax', 'Parks and open spaces', 'Planning and building control', 'Roads and transport'];
const lCrumbs = ['Home', 'Parks and open spaces', 'Trees and woodland'];
const lFoot = ['Accessibility statement', 'Contact the council', 'Cookies', 'Privacy notice', 'Jobs'];
const lHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><meta name="MobileOptimized" content="width">
<title>${lPage} | ${lTitle} | Brackenford District Council</title><link rel="canonical"
href="https://www.brackenford.gov.uk/community-orchards/volunteer-sessions">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t4k2pz">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4411"},"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-localgov-guides-page"><a href="#main-content" class="skip-link visually-hidden focusable">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-page">
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info
eu-cookie-compliance-banner--opt-in">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message" role="document">
<h2>We use cookies on this site to enhance your user experience</h2><p>By clicking Accept you are agreeing to us setting analytics cookies.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-secondary-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Decline</button></div></div></div></div>
<header class="lgd-header" role="banner"><div class="lgd-container padding-horizontal"><div class="lgd-header__inner"><div class="lgd-header__site-branding">
<a href="/" rel="home" class="lgd-header__logo"><img src="/sites/default/files/brackenford-logo.svg" alt="Brackenford District Council home"></a></div>
<div class="lgd-header__search"><form class="localgov-search-block" action="/search" method="get" role="search"><label for="edit-s"
class="visually-hidden">Search</label>
<input type="text" id="edit-s" name="s" class="form-text" placeholder="Search"><button class="localgov-search-block__button"
type="submit">Search</button></form></div></div></div>
<nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Main menu"><ul
class="lgd-header__nav-list">${links(lNav, 'lgd-header__nav-item')}</ul></nav></header>
<nav class="lgd-breadcrumbs" aria-labelledby="system-breadcrumb"><div class="lgd-container"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="lgd-breadcrumbs__list">${links(lCrumbs, 'lgd-breadcrumbs__item')}</ol></div></nav>
<main class="main" id="main-content" tabindex="-1"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__full">
<div class="lgd-region lgd-region--content region region-content"><div data-drupal-messages-fallback class="hidden"></div>
<article class="localgov-guides-page localgov-guides-page--full"><h1 class="header"><span class="field field--name-title">${lTitle}</span></h1>
<div class="lgd-guides"><nav class="lgd-guides__nav" aria-labelledby="guide-nav-title"><h2 id="guide-nav-title" class="lgd-guides__title">Contents</h2><ol
class="lgd-guides__list">
${lGuide
  .map((t) =>
    t === lPage
      ? `<li class="lgd-guides__list-item"><span aria-current="page">${t}</span></li>`
      : `<li class="lgd-guides__list-item"><a
href="/x">${t}</a></li>`,
  )
  .join('\n')}
</ol></nav><div class="lgd-guides__content"><h2 class="lgd-guides__content-title">${lPage}</h2>
<div class="text-long field field--name-body field--type-text-with-summary">
${ps(lBody.slice(0, 1))}
<h3>${at(lHeads, 0)}</h3>${ps(lBody.slice(1, 3))}
<h3>${at(lHeads, 1)}</h3>${ps(lBody.slice(3, 4))}<ul>${lis(lBody.slice(4, 7))}</ul>
<h3>${at(lHeads, 2)}</h3>${ps(lBody.slice(7))}
<p><a class="button" href="/form/orchard-volunteer">Sign up to volunteer</a></p></div>
<nav class="lgd-prev-next" aria-label="Guide navigation"><ul class="lgd-prev-next__list"><li class="lgd-prev-next__list-item lgd-prev-next__list-item--prev">
<a href="/community-orchards/find" class="lgd-prev-next__link" rel="prev"><span class="lgd-prev-next__label">Previous</span><span
class="lgd-prev-next__title">Find a community orchard</span></a></li>
<li class="lgd-prev-next__list-item lgd-prev-next__list-item--next"><a href="/community-orchards/plant" class="lgd-prev-next__link" rel="next">
<span class="lgd-prev-next__label">Next</span><span class="lgd-prev-next__title">Plant a tree in your street</span></a></li></ul></nav></div></div>
<div class="lgd-page-updated"><span class="lgd-page-updated__label">Last updated:</span> <time datetime="2026-01-06T09:12:44Z">6 January 2026</time></div>
</article></div></div></div></div></main>
<div class="lgd-prefooter"><div class="lgd-container"><section class="lgd-page-feedback"><h2>Was this page helpful?</h2><a
href="/feedback?page=4411&amp;r=yes">Yes</a>
<a href="/feedback?page=4411&amp;r=no">No</a></section></div></div>
<footer class="lgd-footer" role="contentinfo"><div class="lgd-container"><ul class="lgd-footer__nav">${links(lFoot)}</ul>
<p class="lgd-footer__copyright">&copy; Brackenford District Council 2026</p></div></footer></div></div>
<script src="/core/misc/drupal.js?v=10.3.5"></script></body></html>`;
const councilGuide: TestPage = {
  name: 'heldout698-council-orchard-guide',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [lPage, ...lHeads],
  body: texts(lBody),
  bylines: ['Last updated:', '6 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies on this site to enhance your user experience',
    'By clicking Accept you are agreeing to us setting analytics cookies.',
    'Accept', 'Decline', 'Search', ...lNav.filter((t) => t !== 'Parks and open spaces'), 'Breadcrumb', 'Trees and woodland',
    'Contents', ...lGuide.filter((t) => t !== lPage), 'Sign up to volunteer', 'Previous',
    'Next', 'Was this page helpful?', 'Yes', 'No', ...lFoot, '© Brackenford District Council 2026',
  ],
};

export const HELDOUT698_D: readonly TestPage[] = [councilGuide];
