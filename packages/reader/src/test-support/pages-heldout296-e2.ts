import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout296-kit.js';

/**
 * Held-out batch 296, file e2: a pension provider's news post on Drupal 10 (Olivero-derived theme: region-header, main
 * menu, breadcrumb block, node--type-news with field--name-field-date and field--name-body, a paragraph--type--quote, a
 * "Key dates" paragraph, field tags, "Latest news" views block, member login block, EU Cookie Compliance banner, footer).
 */
const dTitle = 'Pension increase confirmed for 2026 and what it means for your payments';
const dStand = 'Pensions in payment will rise by 3.1% from 1 April 2026, in line with the scheme rules.';
const dH = ['Who gets the increase', 'When you will see it', 'Key dates'];
const dIntro = [
  j(
    "The Trustee of the Halloway Retail Pension Scheme has confirmed this year's increase to pensions in payment. The rise",
    "follows the Consumer Prices Index for the year to September 2025, which was 3.1%, and is within the scheme's cap of 5%.",
  ),
  j(
    'Around 14,200 pensioner members and dependants will receive the increase. For a typical member receiving £6,000 a year, it',
    'adds £186 a year, or £15.50 a month before tax.',
  ),
];
const dWho = [
  j(
    'The increase applies to the part of your pension built up after April 1997. Pension built up before then may increase at a',
    'different rate, or not at all, depending on your section of the scheme. Your annual statement shows the split.',
  ),
  j(
    "Dependants' pensions and children's pensions increase on the same basis as the member's pension they come from. If you",
    'receive more than one pension from the scheme, each will increase separately and you will see them listed on your payslip.',
  ),
  'If your pension started after 1 April 2025, you will receive a proportion of the increase based on the number of months it has been in payment.',
];
const dQuote = j(
  '"We know many members are still feeling the effect of higher living costs, and we are pleased the scheme\'s strong funding',
  'position lets us pay the full increase," said Margaret Ilsley, Chair of the Trustee.',
);
const dWhen = j(
  'Your April payment will include the increase. We will send every pensioner a payslip in March showing the new amount,',
  'and you can also see it in your online account from 20 March.',
);
const dDates = ['20 March 2026: new amounts visible online', '25 March 2026: payslips posted', '28 April 2026: first payment at the new rate'];
const dContact = 'If you have questions, call our pensions team on 0345 600 2211, Monday to Friday, 9am to 5pm.';
const dLatest = ['Annual report and accounts published', 'Scheme funding update: 112% funded', 'Beware of pension scams this tax year'];
const dMenu = ['Members', 'Pensioners', 'Employers', 'News', 'Forms and documents', 'Contact us'];
const dFoot = ['Accessibility', 'Privacy notice', 'Cookie policy', 'Freedom of information', 'Sitemap'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><title>${dTitle} | Halloway Pensions</title>
<link rel="canonical" href="https://www.hallowaypensions.example/news/pension-increase-2026"><meta property="og:title" content="${dTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2026-02-18T10:00:00+0000","publisher":{"@type":"Organization","name":"Halloway Pensions"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q8wS9x.css?delta=0&amp;language=en&amp;theme=halloway">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412"},
"eu_cookie_compliance":{"popup_enabled":true}}</script></head>
<body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" role="banner"><div class="region region--header"><div id="block-halloway-branding"
class="site-branding block block-system block-system-branding-block"><a href="/" rel="home" class="site-branding__name">Halloway Pensions</a></div>
<nav role="navigation" aria-labelledby="block-halloway-main-menu-menu" id="block-halloway-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-halloway-main-menu-menu">Main navigation</h2><ul class="menu menu--level-1">${links(dMenu, 'menu__item')}</ul></nav>
<div id="block-memberlogin" class="block block-block-content"><a href="https://online.hallowaypensions.example" class="button">Member login</a></div>
</div></header>
<div class="region region--breadcrumb"><div id="block-halloway-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/">Home</a></li><li class="breadcrumb__item"><a href="/news">News</a></li>
</ol></nav></div></div>
<main id="main" role="main"><a id="main-content" tabindex="-1"></a><div class="region region--content-above"><div id="block-halloway-page-title"
class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string">${dTitle}</span></h1>
</div></div><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-halloway-content" class="block block-system block-system-main-block">
<article data-history-node-id="412" class="node node--type-news node--view-mode-full"><div class="node__meta">
<div class="field field--name-field-date field--type-datetime field--label-hidden field__item"><time datetime="2026-02-18T10:00:00Z">18 February 2026</time>
</div><div class="field field--name-field-author field--label-inline"><div class="field__label">Author</div><div class="field__item">Member Communications Team
</div></div></div><div class="node__content">
<div class="field field--name-field-standfirst field--type-string-long field__item"><p class="standfirst">${dStand}</p></div>
<div class="field field--name-field-image field__item"><figure><img src="/sites/default/files/styles/wide/public/2026-02/couple-garden.jpg" alt="">
<figcaption>Pensioners will see the new amount on their April payslip. Image: Halloway Pensions</figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}
<h2>${dH[0]}</h2>
${ps(dWho)}
</div>
<div class="paragraph paragraph--type--quote paragraph--view-mode--default"><blockquote class="field field--name-field-quote">${dQuote}</blockquote></div>
<div class="clearfix text-formatted field field--name-field-body-2 field__item">
<h2>${dH[1]}</h2>
${ps([dWhen])}
</div><div class="paragraph paragraph--type--key-dates"><h2 class="paragraph__title">${dH[2]}</h2><ul>${lis(dDates)}</ul></div>
<div class="text-formatted field field--name-field-footer-text field__item">${ps([dContact])}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Topics</div>
<div class="field__items"><div class="field__item"><a href="/taxonomy/term/8" hreflang="en">Pension increases</a></div>
<div class="field__item"><a href="/taxonomy/term/3" hreflang="en">Pensioner news</a></div></div></div></div></article></div></div>
<div class="region region--content-below"><div class="views-element-container block block-views block-views-blocklatest-news-block-1"
id="block-views-block-latest-news-block-1"><h2 class="block__title">Latest news</h2><div class="view view-latest-news view-display-id-block_1">
<div class="view-content"><ul>${links(dLatest, 'views-row')}</ul></div><div class="more-link"><a href="/news">All news</a></div></div></div></div></main>
<footer class="site-footer"><div class="region region--footer-top"><div id="block-footer-contact" class="block block-block-content">
<p>Halloway Pensions, PO Box 7741, Chesterfield S40 9XX</p></div></div><div class="region region--footer-bottom"><nav class="block block-menu menu--footer">
<ul class="menu">${links(dFoot)}</ul></nav><p>The Trustee of the Halloway Retail Pension Scheme. Scheme registration number 10093382.</p></div></footer>
</div></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog"><div class="popup-content info eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept
button, you agree to us doing so.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button"
class="agree-button eu-cookie-compliance-default-button">Accept</button><button type="button" class="decline-button">No, thanks</button></div></div></div>
<script src="/sites/default/files/js/js_Kx0aP1.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=halloway"></script></body></html>`;

export const pensionNews: TestPage = {
  name: 'heldout296-drupal-pension-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([dStand, ...dIntro, ...dWho, dQuote, dWhen, ...dDates, dContact]),
  bylines: ['18 February 2026', 'Member Communications Team'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Halloway Pensions', ...dMenu, 'Member login', 'Home', 'Author',
    'Pensioners will see the new amount on their April payslip. Image: Halloway Pensions', 'Topics', 'Pension increases', 'Pensioner news',
    'Latest news', ...dLatest, 'All news', 'Halloway Pensions, PO Box 7741, Chesterfield S40 9XX', ...dFoot,
    'The Trustee of the Halloway Retail Pension Scheme. Scheme registration number 10093382.',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'Accept', 'No, thanks',
  ],
};
