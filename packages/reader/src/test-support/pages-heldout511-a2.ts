import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout511-kit.js';

/**
 * Held-out batch 511, file a2: a water company's hosepipe-ban news notice on Drupal 10 (EU Cookie Compliance banner, share block,
 * a related-news view, tags and a captioned image).
 */
const dTitle = 'Temporary use ban to start on 21 July across the Upper Wend supply area';
const dSummary = 'A hosepipe ban will apply to 410,000 homes after the driest spring on record at Carrow Moss reservoir.';
const dIntro = [
  j(
    'Harrowdene Water will introduce a temporary use ban, often called a hosepipe ban, from 00:01 on Monday 21 July. It covers',
    'every household customer supplied from the Upper Wend treatment works, which includes Wendbury, Ashby Carrow and the villages',
    'along the A614.',
  ),
  j(
    'Carrow Moss reservoir is at 58% of capacity, against an average of 81% for the time of year. Rainfall between March and June',
    'was 41% of the long-term average, and river flows in the Wend are too low for us to take extra water without harming fish.',
  ),
  j(
    '“Nobody wants to bring in restrictions, and we know how much people value their gardens in summer,” said Priya Ollerenshaw,',
    'director of water resources. “But every litre we save now is a litre we keep for drinking water if the dry weather goes on into',
    'the autumn.”',
  ),
];
const dH1 = 'What you cannot do during the ban';
const dBan = [
  'water a garden or allotment with a hosepipe or sprinkler',
  'clean a car, boat or caravan with a hosepipe',
  'fill or top up a paddling pool, swimming pool or hot tub',
  'clean paths, patios, walls or windows with a hosepipe or pressure washer',
];
const dBanAfter = 'You can still use water from a watering can, a bucket, a water butt or grey water from the bath.';
const dH2 = 'Who is exempt';
const dExempt = [
  j(
    'Customers on our Priority Services Register who have a disability or illness that means they cannot carry a watering can are',
    'exempt. Blue Badge holders are exempt automatically. Businesses that use a hosepipe as part of their trade, such as window',
    'cleaners and garden centres, can carry on.',
  ),
  'Ponds with fish or other animals, and newly laid turf or plants bought in the last 28 days, can be watered with a hosepipe fitted with a trigger gun.',
];
const dH3 = 'How long will it last?';
const dLast = [
  j(
    'The ban will stay in place until Carrow Moss returns to its normal level for the season. In past droughts this has taken',
    'between six and twelve weeks of steady rain. We will tell customers at least seven days before we lift it.',
  ),
  'Anyone who breaks the ban can be fined up to £1,000, though we have never needed to prosecute a customer.',
];
const dNav = ['Your account', 'Pay a bill', 'Moving home', 'Water supply', 'Wastewater', 'Report a problem', 'News'];
const dCrumbs = ['Home', 'News'];
const dRelated = [
  'Five ways to save water in the garden this summer',
  'Leak repairs on the Wendbury trunk main finished early',
  'Carrow Moss reservoir levels: weekly update',
];
const dFoot = ['Accessibility', 'Cookies', 'Privacy notice', 'Modern slavery statement', 'Sitemap'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${dTitle} | Harrowdene Water</title><meta name="description" content="${dSummary}">
<link rel="canonical" href="https://www.harrowdenewater.co.uk/news/temporary-use-ban-start-21-july">
<meta property="og:title" content="${dTitle}"><meta property="og:type" content="article">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2214","currentLanguage":"en"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qw8pL1.css?delta=0&amp;language=en&amp;theme=harrowdene"></head>
<body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header">
<div id="block-harrowdene-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo">
<img src="/themes/custom/harrowdene/logo.svg" alt="Home"></a></div>
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-harrowdene-search" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item">
<label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." type="search" id="edit-keys" name="keys"
size="15" maxlength="128" class="form-search"></div><div class="form-actions js-form-wrapper form-wrapper"><input type="submit" value="Search" class="button">
</div>
</form></div></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-harrowdene-main-menu-menu" id="block-harrowdene-main-menu">
<h2 class="visually-hidden" id="block-harrowdene-main-menu-menu">Main navigation</h2><ul class="menu">${links(dNav, 'menu-item')}</ul></nav></div></header>
<div class="region region-highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>
<div class="region region-breadcrumb"><div id="block-harrowdene-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(dCrumbs)}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-harrowdene-page-title" class="block block-core block-page-title-block"><h1 class="page-title">
<span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div>
<div id="block-harrowdene-content" class="block block-system block-system-main-block">
<article role="article" about="/news/temporary-use-ban-start-21-july" class="node node--type-news node--promoted node--view-mode-full">
<div class="node__meta"><div class="field field--name-field-news-type field--type-entity-reference field--label-hidden field__item">Press release</div>
<div class="field field--name-field-published field--type-datetime field--label-inline"><div class="field__label">Published</div>
<div class="field__item"><time datetime="2027-07-08T09:00:00Z">8 July 2027</time></div></div></div>
<div class="node__content"><div class="field field--name-field-summary field--type-string-long field--label-hidden field__item"><p class="lead">${dSummary}</p>
</div>
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><figure class="media-image">
<img loading="lazy" src="/sites/default/files/styles/wide/public/2027-07/carrow-moss-low.jpg" width="1200" height="675"
alt="Exposed banks at Carrow Moss reservoir">
<figcaption>The exposed shoreline at Carrow Moss in early July.</figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}
<h2>${dH1}</h2><ul>${lis(dBan)}</ul><p>${dBanAfter}</p>
<h2>${dH2}</h2>${ps(dExempt)}
<h2>${dH3}</h2>${ps(dLast)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div>
<div class="field__items"><div class="field__item"><a href="/taxonomy/term/14" hreflang="en">Drought</a></div>
<div class="field__item"><a href="/taxonomy/term/22" hreflang="en">Upper Wend</a></div></div></div></div></article></div>
<div id="block-sharethis" class="block block-better-social-sharing-buttons"><h2>Share this page</h2><div class="social-sharing-buttons">
<a href="https://www.facebook.com/sharer/sharer.php?u=https://www.harrowdenewater.co.uk/news/temporary-use-ban-start-21-july" target="_blank"
class="social-sharing-buttons__button share-facebook">Facebook</a>
<a href="https://twitter.com/intent/tweet?url=https://www.harrowdenewater.co.uk/news/temporary-use-ban-start-21-july" target="_blank"
class="social-sharing-buttons__button share-x">X</a>
<a href="mailto:?subject=${encodeURIComponent(dTitle)}" class="social-sharing-buttons__button share-email">Email</a></div></div>
<div class="views-element-container block block-views block-views-blocknews-related-block-1" id="block-views-related-news"><h2>Related news</h2>
<div><div class="view view-news view-id-news view-display-id-related_block_1"><div class="view-content">
${dRelated
  .map(
    (t, i) => `<div class="views-row"><div class="views-field views-field-title"><span class="field-content">
<a href="/news/related-${i}" hreflang="en">${t}</a></span></div></div>`,
  )
  .join('\n')}
</div></div></div></div></div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav role="navigation" aria-labelledby="block-footer-menu" id="block-footer">
<h2 class="visually-hidden" id="block-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu-item')}</ul></nav>
<div id="block-copyright" class="block block-block-content"><p>© Harrowdene Water Ltd 2027. Registered in England No. 2366810.</p></div></div></footer></div>
</div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text">
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site to enhance your user experience</h2>
<p>By clicking the Accept button, you agree to us doing so.</p>
<button type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.2.5"></script></body></html>`;
const drupalHosepipe: TestPage = {
  name: 'heldout511-drupal-hosepipe-ban',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dH1, dH2, dH3],
  body: texts([dSummary, ...dIntro, ...dBan, dBanAfter, ...dExempt, ...dLast]),
  bylines: ['Published', '8 July 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', 'Home', 'Press release',
    'The exposed shoreline at Carrow Moss in early July.', 'Tags', 'Drought', 'Share this page', 'Facebook', 'X', 'Email',
    'Related news', ...dRelated, 'Footer', ...dFoot, '© Harrowdene Water Ltd 2027. Registered in England No. 2366810.',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'More info',
    'Accept', 'No, thanks',
  ],
};

export const HELDOUT511_A2: readonly TestPage[] = [drupalHosepipe];
