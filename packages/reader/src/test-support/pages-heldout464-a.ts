import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout464-kit.js';

/**
 * Held-out batch 464, file a: a borough council's bin collection page on LocalGov Drupal (localgov_base theme, services
 * page with a postcode form and a bank holiday table), and a district council's "what goes in which bin" A-Z on Jadu.
 */
const bTitle = 'Bin collection days';
const bIntro = [
  j(
    'We collect household waste and recycling from around 58,000 homes in Hollin Vale every week. Your general waste bin and your',
    'recycling bins are emptied on the same day, but on alternate weeks.',
  ),
  'Put your bins out by 6:30am on your collection day, with the lid closed and the handle facing the road.',
];
const bWhich = [
  '<strong>Week 1:</strong> green general waste bin and brown food caddy',
  '<strong>Week 2:</strong> blue mixed recycling bin, purple glass box and brown food caddy',
];
const bMissed = [
  j(
    'If your bin was out on time and has not been emptied by 6pm, you can report a missed collection up to two working days after',
    'your collection day. We will return within three working days.',
  ),
  j(
    'We will not return if the crew has left a red tag on your bin. A red tag means the bin had the wrong items in it, was too',
    'heavy or the lid would not close. Take out the items listed on the tag and put the bin out again on your next collection day.',
  ),
];
const bHolRows = [
  ['Friday 3 April 2026', 'Saturday 4 April 2026'],
  ['Monday 6 April 2026', 'Tuesday 7 April 2026'],
  ['Monday 4 May 2026', 'Tuesday 5 May 2026'],
  ['Monday 25 May 2026', 'Tuesday 26 May 2026'],
];
const bHol = 'Collections after a bank holiday move one day later for the rest of that week. Saturday collections return to normal the following week.';
const bAssist = j(
  'If nobody in your home is able to take a bin to the kerb because of age, disability or ill health, you can ask for an assisted',
  'collection. The crew will collect the bin from where it is kept and return it afterwards.',
);
const bH = ['Which bin goes out this week', 'Missed collections', 'Bank holiday collections', 'Assisted collections'];
const bNav = ['Bins, recycling and waste', 'Council tax', 'Housing', 'Planning and building control', 'Parking and roads', 'Jobs'];
const bCrumbs = ['Home', 'Bins, recycling and waste'];
const bRel = ['Report a missed bin', 'Order a new or replacement bin', 'Garden waste subscription', 'Household waste recycling centres'];
const bFoot = ['Accessibility statement', 'Contact the council', 'Cookies', 'Privacy notice', 'Modern slavery statement', 'Sitemap'];
const bHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${bTitle} | Hollin Vale Borough Council</title><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="canonical" href="https://www.hollinvale.gov.uk/bins-recycling-and-waste/bin-collection-days">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"GovernmentOrganization","name":"Hollin Vale Borough Council"}]}</script>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t4x1b2">
<link rel="stylesheet" media="all" href="/themes/custom/hollinvale/css/main.css?t4x1b2"></head>
<body class="path-node page-node-type-localgov-services-page"><a href="#main-content" class="skip-link visually-hidden focusable">Skip to main content</a>
<div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-notify" class="ccc-notify-box"><div class="ccc-notify-text">
<h3>This site uses cookies to store information on your computer.</h3><p>Some of these cookies are essential, while others help us to improve
your experience by providing insights into how the site is being used.</p></div><div class="ccc-notify-buttons">
<button class="ccc-notify-button ccc-accept-button"><span>I Accept</span></button><button class="ccc-notify-button ccc-reject-button">
<span>I Do Not Accept</span></button><button class="ccc-notify-button ccc-link ccc-tabbable">Settings</button></div></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="page-wrapper">
<header class="lgd-header"><div class="lgd-container padding-horizontal"><div class="lgd-header__inner">
<div class="lgd-header__logo"><a href="/" rel="home"><img src="/themes/custom/hollinvale/logo.svg" alt="Hollin Vale Borough Council logo"></a></div>
<div class="lgd-header__toggles"><button class="lgd-header__toggle lgd-header__toggle--primary" aria-expanded="false">Menu</button>
<button class="lgd-header__toggle lgd-header__toggle--search" aria-expanded="false">Search</button></div>
<div class="lgd-header__search"><form class="localgov-search-form" action="/search" role="search"><label for="edit-s"
class="visually-hidden">Search the site</label>
<input type="search" id="edit-s" name="s" placeholder="Search" class="form-search"><button type="submit" class="form-submit">Search</button></form></div>
</div></div><nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Primary"><ul class="lgd-header__nav-list">
${links(bNav, 'lgd-header__nav-item')}</ul></nav></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb lgd-breadcrumbs" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="lgd-breadcrumbs__list">${links(bCrumbs, 'lgd-breadcrumbs__item')}</ol>
</nav></div>
<main id="main-content" class="main"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__two-thirds">
<div class="lgd-region lgd-region--content region region-content"><div data-drupal-messages-fallback class="hidden"></div>
<h1 class="lgd-page-title-block__header"><span class="field field--name-title">${bTitle}</span></h1>
<article class="localgov-services-page node node--type-localgov-services-page node--view-mode-full"><div class="localgov-services-page__content">
<div class="field field--name-body text-formatted">${ps(bIntro)}</div>
<div class="callout callout--info"><form class="bin-day-finder" action="/bin-day" method="get"><label for="postcode">Enter your postcode</label>
<input id="postcode" name="postcode" type="text" autocomplete="postal-code"><button type="submit" class="button button--primary">Find my bin day</button>
<p class="form-item__description">We will show your next three collections.</p></form></div>
<div class="field field--name-localgov-paragraph-content"><div class="paragraph paragraph--type--localgov-text">
<h2>${bH[0]}</h2>${ps(['Your collection calendar shows which week you are on. Collections alternate like this:'])}<ul>${lis(bWhich)}</ul></div>
<div class="paragraph paragraph--type--localgov-text"><h2>${bH[1]}</h2>${ps(bMissed)}</div>
<div class="paragraph paragraph--type--localgov-table"><h2>${bH[2]}</h2><p>${bHol}</p><table class="table">
<thead><tr><th>Usual collection day</th><th>New collection day</th></tr></thead><tbody>${trs(bHolRows)}</tbody></table></div>
<div class="paragraph paragraph--type--localgov-text"><h2>${bH[3]}</h2><p>${bAssist}</p>
<p><a href="/bins-recycling-and-waste/assisted-collections" class="button">Apply for an assisted collection</a></p></div></div>
<div class="lgd-page-feedback"><p class="lgd-page-feedback__updated">Last updated: 18 February 2026</p>
<h2 class="lgd-page-feedback__title">Was this page helpful?</h2><a href="/feedback?page=bin-collection-days&amp;a=yes">Yes</a>
<a href="/feedback?page=bin-collection-days&amp;a=no">No</a></div></div></article></div></div>
<aside class="lgd-row__one-third"><div class="lgd-region lgd-region--sidebar"><nav class="localgov-services-sidebar" aria-labelledby="related-heading">
<h2 id="related-heading">Related links</h2><ul>${links(bRel)}</ul></nav></div></aside></div></div></main>
<footer class="lgd-footer"><div class="lgd-container padding-horizontal"><div class="lgd-footer__inner">
<div class="lgd-footer__contact"><h2>Contact us</h2><p>Town Hall, Market Street, Hollin Vale HV1 2TH</p><p>Telephone: 01632 960 481</p></div>
<ul class="lgd-footer__links">${links(bFoot)}</ul><p class="lgd-footer__copyright">© Hollin Vale Borough Council 2026</p></div></div></footer>
</div></div><script src="/core/assets/vendor/once/once.min.js"></script>
<script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script></body></html>`;
const lgdBins: TestPage = {
  name: 'heldout464-localgov-bin-days-docs',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([
    ...bIntro,
    'Your collection calendar shows which week you are on. Collections alternate like this:',
    ...bWhich,
    ...bMissed,
    bHol,
    ...rowTexts(bHolRows),
    bAssist,
  ]),
  bylines: ['Last updated: 18 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'This site uses cookies to store information on your computer.',
    j('Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site',
      'is being used.'), 'I Accept', 'I Do Not Accept', 'Settings', 'Menu', 'Search', 'Search the site', ...bNav, 'Breadcrumb', 'Home',
    'Enter your postcode', 'Find my bin day', 'We will show your next three collections.', 'Apply for an assisted collection',
    'Was this page helpful?', 'Yes', 'No', 'Related links', ...bRel, 'Contact us', 'Town Hall, Market Street, Hollin Vale HV1 2TH',
    'Telephone: 01632 960 481', ...bFoot, '© Hollin Vale Borough Council 2026',
  ],
};

const aTitle = 'What goes in which bin: A to Z';
const aIntro = j(
  'Not sure where something goes? Find the item below to see which bin to use. If an item is not listed, put it in your black',
  'rubbish bin or take it to Sandcliffe Lane recycling centre.',
);
const aLetters: readonly (readonly [string, readonly (readonly string[])[]])[] = [
  [
    'A',
    [
      ['Aerosol cans (empty)', 'Blue recycling bin. Remove the plastic lid.'],
      ['Aluminium foil', 'Blue recycling bin, scrunched into a ball.'],
    ],
  ],
  [
    'B',
    [
      ['Batteries', 'Put in a clear bag on top of your blue bin lid.'],
      ['Books', 'Charity shop or black rubbish bin.'],
      ['Bubble wrap', 'Black rubbish bin.'],
    ],
  ],
  [
    'C',
    [
      ['Cardboard', 'Blue recycling bin, flattened.'],
      ['Cartons (juice and milk)', 'Blue recycling bin.'],
      ['Crisp packets', 'Black rubbish bin.'],
    ],
  ],
  [
    'E',
    [
      ['Electrical items (small)', 'Put in a carrier bag next to your blue bin.'],
      ['Egg boxes', 'Blue recycling bin or food caddy.'],
    ],
  ],
  [
    'G',
    [
      ['Garden waste', 'Brown garden bin (subscription).'],
      ['Glass bottles and jars', 'Blue recycling bin, lids on.'],
    ],
  ],
  [
    'M',
    [
      ['Meat and fish', 'Food caddy, raw or cooked.'],
      ['Mirrors', 'Recycling centre.'],
    ],
  ],
  [
    'N',
    [
      ['Nappies', 'Black rubbish bin, wrapped.'],
      ['Newspapers', 'Blue recycling bin.'],
    ],
  ],
  [
    'P',
    [
      ['Paint', 'Recycling centre, tins only.'],
      ['Pizza boxes', 'Blue recycling bin if not greasy.'],
      ['Plastic bags', 'Supermarket collection points.'],
    ],
  ],
  [
    'T',
    [
      ['Tea bags', 'Food caddy.'],
      ['Textiles', 'Clothing banks or charity shops.'],
      ['Tins and cans', 'Blue recycling bin, rinsed.'],
    ],
  ],
  [
    'W',
    [
      ['Wood', 'Recycling centre.'],
      ['Wrapping paper', 'Blue recycling bin if it passes the scrunch test.'],
    ],
  ],
];
const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const used = aLetters.map(([l]) => l);
const azNav = ALPHA.map((l) => (used.includes(l) ? `<li><a href="#${l}">${l}</a></li>` : `<li><span class="disabled">${l}</span></li>`)).join('');
const aSections = aLetters
  .map(
    ([l, rows]) => `<h2 id="${l}" class="az-letter">${l}</h2>
<table class="az-table"><thead><tr><th scope="col">Item</th><th scope="col">Where it goes</th></tr></thead><tbody>
${trs(rows)}</tbody></table><p class="back-top"><a href="#top">Back to top</a></p>`,
  )
  .join('\n');
const aNav = ['Bins and recycling', 'Council tax', 'Benefits', 'Planning', 'Environmental health', 'Leisure and culture', 'Your council'];
const aCrumbs = ['Home', 'Bins and recycling'];
const aSide = ['Report a missed bin', 'Check your bin day', 'Buy a replacement bin', 'Recycling centre opening times'];
const aFoot = ['Contact us', 'Accessibility', 'Cookies', 'Privacy', 'Terms of use'];
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>What goes in which bin: A to Z | Wexmoor District Council</title>
<meta name="generator" content="http://www.jadu.net"><meta name="DC.title" lang="en" content="What goes in which bin: A to Z">
<meta name="DC.creator" content="Wexmoor District Council, Waste Services"><meta name="DC.date.modified" content="2026-01-12">
<link rel="stylesheet" type="text/css" href="/site/styles/generic/base.css" media="screen"><link rel="stylesheet" href="/site/styles/generic/print.css"
media="print">
<script src="/site/javascript/jquery.min.js"></script><script>var _paq=window._paq=window._paq||[];_paq.push(['trackPageView']);</script></head>
<body id="top"><ul id="skip"><li><a href="#content">Skip to content</a></li></ul>
<div id="cookieNotice" class="cookie-notice"><p>We use cookies to make this site work and to collect anonymous statistics.
<a href="/cookies">Read our cookie policy</a></p><button id="cookieAccept">OK, got it</button></div>
<div id="wrapper"><div id="header"><a href="/" id="logo"><img src="/site/images/wexmoor-logo.png" alt="Wexmoor District Council"></a>
<form id="search" action="/site/scripts/google_results.php"><label for="searchInput">Search this site</label><input id="searchInput" type="text" name="q">
<input type="submit" value="Go" class="button"></form></div>
<div id="navigation"><ul class="nav">${links(aNav)}</ul></div>
<div id="breadcrumb"><p>You are here: </p><ul class="breadcrumb">${links(aCrumbs)}<li><span>A to Z of bins</span></li></ul></div>
<div id="column" class="twocolumn"><div id="content" class="content"><h1>${aTitle}</h1>
<div class="byEditor article"><p>${aIntro}</p>
<div class="az-nav"><ul class="az-letters">${azNav}</ul></div>
${aSections}
</div><p class="date">Page last updated: 12 January 2026</p></div>
<div id="secondary" class="sidebar"><div class="supplement"><h2>Bins and recycling</h2><ul class="list">${links(aSide)}</ul></div>
<div class="supplement"><h2>Download the Wexmoor Bins app</h2><p>Get reminders the night before your collection.</p></div></div></div>
<div id="footer"><ul>${links(aFoot)}</ul><p>© Wexmoor District Council, Bridge Street, Wexmoor WX4 1DA</p>
<p class="jadu"><a href="http://www.jadu.net">Powered by Jadu</a></p></div></div></body></html>`;
const jaduAz: TestPage = {
  name: 'heldout464-jadu-bins-a-to-z-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: used,
  body: texts([aIntro, ...aLetters.flatMap(([, rows]) => rowTexts(rows))]),
  bylines: ['Page last updated: 12 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'We use cookies to make this site work and to collect anonymous statistics.', 'Read our cookie policy', 'OK, got it',
    'Search this site', ...aNav, 'You are here:', 'Home', 'A to Z of bins', ...ALPHA.filter((l) => !used.includes(l)), 'Back to top',
    ...aSide, 'Download the Wexmoor Bins app', 'Get reminders the night before your collection.', ...aFoot,
    '© Wexmoor District Council, Bridge Street, Wexmoor WX4 1DA', 'Powered by Jadu',
  ],
};

export const HELDOUT464_A: readonly TestPage[] = [lgdBins, jaduAz];
