import { links, ps, type TestPage, texts } from './page-kit.js';
import { facebook } from './pages-heldout297-f2.js';
import { j } from './pages-heldout297-kit.js';

/**
 * Held-out batch 297, file f: a homelessness charity's winter appeal on WordPress (Astra theme) with GiveWP donation widgets
 * (site header and menu, entry meta with author and date, the appeal text with headings and a quote, a GiveWP goal progress
 * block, a GiveWP form with currency, donation level buttons with their "could provide" labels, a monthly toggle and Donate
 * Now, a "Gift Aid it" note, a sidebar with other ways to give, Cookie Notice banner and footer) and, from file f2, a local
 * campaign's Facebook page update saved as HTML.
 */
const gTitle = 'Winter Appeal: no one should sleep out in Saltmarsh this February';
const gHeads = ['Why this winter is different', 'What your gift will do'];
const gIntro = [
  j(
    'Last night, 47 people slept rough in Saltmarsh. The temperature dropped to minus four. By the morning two of them had been taken to',
    'hospital with hypothermia.',
  ),
  j(
    'Harbour Light has run the town’s only direct-access night shelter for twenty-two years. This winter we are full every night, and',
    'we are turning people away at the door for the first time since we opened.',
  ),
];
const gWhy = [
  j(
    'Rents in Saltmarsh have risen faster than anywhere else in the county, and the number of people coming to us after losing a',
    'private tenancy has doubled in a year. At the same time the council’s emergency winter beds, which used to open in November, will',
    'not be funded this year.',
  ),
  j(
    'Many of the people we see have never been homeless before. They include a retired postman evicted when his landlord sold up, a',
    'young mother of two sleeping in her car, and a care worker who lost her room when her hours were cut.',
  ),
];
const gQuote = j(
  '“I had a job and a flat for fifteen years. Then it all went in about six weeks. The night Harbour Light found me on the seafront I',
  'honestly did not think I would see another spring.” – Daniel, who now has his own tenancy',
);
const gDo = [
  j(
    'We want to open twelve extra beds in our church-hall annexe from 1 February to the end of March, staffed every night, with a hot',
    'meal, a shower and a caseworker on hand in the morning to start finding a way out of homelessness.',
  ),
  j(
    'That will cost £40,000. Every gift, large or small, brings that annexe closer to opening. Please give what you can today, and if',
    'you are a UK taxpayer, tick the Gift Aid box so that we can claim an extra 25p for every pound at no cost to you.',
  ),
];
const gNav = ['Get help', 'What we do', 'Support us', 'News', 'Contact'];
const gLevels = [
  ['£10', 'could provide a hot meal and breakfast for two guests'],
  ['£25', 'could provide a warm bed for one night'],
  ['£50', 'could provide a winter kit of a sleeping bag, boots and thermals'],
  ['£100', 'could fund a caseworker’s morning with four guests'],
];
const gOther = ['Leave a gift in your will', 'Fundraise for us', 'Donate goods to our shop', 'Corporate partnerships'];
const gFoot = ['Privacy policy', 'Safeguarding', 'Accessibility', 'Jobs'];
const gHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} - Harbour Light Shelter</title><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-02-02T09:30:00+00:00"><meta name="generator" content="Give v3.22.1">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${gTitle}"},
{"@type":"Organization","name":"Harbour Light Shelter"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css" media="all">
<link rel="stylesheet" id="give-styles-css" href="/wp-content/plugins/give/build/assets/dist/css/give.css" media="all">
<script id="give-js-extra">var give_global_vars = {"currency":"GBP","currency_sign":"£","currency_pos":"before","decimal_separator":"."};</script></head>
<body class="post-template-default single single-post ast-right-sidebar"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="site-branding ast-site-identity"><span class="site-title"><a href="/" rel="home">Harbour
Light
Shelter</a></span></div><nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1" aria-label="Site Navigation"><ul id="primary-menu"
class="main-header-menu ast-menu-shadow ast-nav-menu">${links(gNav, 'menu-item')}</ul></nav>
<a class="ast-button ast-custom-button-link" href="#give-form-4410">Donate</a></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-4410 post type-post status-publish format-standard has-post-thumbnail category-appeals ast-article-single" id="post-4410">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author"><a class="url fn n" href="/author/tobias/">By Tobias Renfrew</a></span> /
<span class="posted-on"><span class="published">2 February 2026</span></span> / <span class="cat-links"><a
href="/category/appeals/">Appeals</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(gIntro)}
<div class="give-goal-progress"><div class="raised"><span class="income">£21,380</span> of <span class="goal-text">£40,000</span> raised</div>
<div class="give-progress-bar" role="progressbar" aria-valuenow="53"><span style="width:53%"></span></div><div class="give-goal-donors">312 donors</div></div>
<h2 class="wp-block-heading">${gHeads[0]}</h2>
${ps(gWhy)}
<blockquote class="wp-block-quote"><p>${gQuote}</p></blockquote>
<h2 class="wp-block-heading">${gHeads[1]}</h2>
${ps(gDo)}
<div id="give-form-4410-wrap" class="give-form-wrap give-display-onpage"><form id="give-form-4410-1" class="give-form give-form-4410 give-form-type-multi"
action="/winter-appeal/?form-id=4410" data-currency_symbol="£" data-currency_code="GBP" method="post">
<h3 class="give-form-title">Give to the Winter Appeal</h3>
<div class="give-total-wrap"><div class="give-donation-amount form-row-wide"><span class="give-currency-symbol give-currency-position-before">£</span>
<label class="give-hidden" for="give-amount">Donation Amount:</label><input class="give-text-input give-amount-top" id="give-amount" name="give-amount"
type="text" value="25.00"></div></div>
<ul id="give-donation-level-button-wrap" class="give-donation-levels-wrap give-list-inline">${gLevels
  .map(
    (l, i) => `<li><button type="button"
data-price-id="${i}" class="give-donation-level-btn give-btn give-btn-level-${i}" value="${l[0]}.00">${l[0]}</button>
<span class="give-level-description">${l[1]}</span></li>`,
  )
  .join('\n')}
<li><button type="button" data-price-id="custom" class="give-donation-level-btn give-btn give-btn-level-custom" value="custom">Custom Amount</button></li></ul>
<fieldset class="give-recurring-donors-choice"><label><input name="give-recurring-period" type="checkbox"> Make this donation monthly</label></fieldset>
<p class="give-gift-aid-note">Gift Aid it: add 25% to your gift at no extra cost to you.</p>
<div class="give-submit-button-wrap give-clearfix"><input type="submit" class="give-submit give-btn" id="give-purchase-button" value="Donate Now">
<span class="give-loading-animation"></span></div></form></div>
</div></div></article></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside class="widget widget_nav_menu">
<h2 class="widget-title">Other ways to give</h2><ul class="menu">${links(gOther, 'menu-item')}</ul></aside>
<aside class="widget widget_text"><h2 class="widget-title">Need help tonight?</h2><div class="textwidget"><p>Call our outreach team on 01479 555 0123,
8pm to 2am, every night.</p></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><ul>${links(gFoot)}</ul>
<div class="ast-small-footer-section">Copyright © 2026 Harbour Light Shelter. Registered charity number 1102846.</div></div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container">
<span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website.</span>
<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a>
<a href="/privacy-policy/" id="cn-more-info" class="cn-more-info cn-button">Privacy policy</a></span></div></div>
<script src="/wp-content/plugins/give/build/assets/dist/js/give.js" id="give-js"></script></body></html>`;
const givewp: TestPage = {
  name: 'heldout297-givewp-charity-appeal',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([...gIntro, ...gWhy, gQuote, ...gDo]),
  bylines: ['By Tobias Renfrew', '2 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Harbour Light Shelter', ...gNav, 'Donate', 'Appeals', '£21,380 of £40,000 raised', '312 donors', 'Give to the Winter Appeal',
    'Donation Amount:', ...gLevels.map((l) => l[1] ?? ''), 'Custom Amount', 'Make this donation monthly',
    'Gift Aid it: add 25% to your gift at no extra cost to you.', 'Other ways to give', ...gOther, 'Need help tonight?',
    'Call our outreach team on 01479 555 0123, 8pm to 2am, every night.', ...gFoot,
    'Copyright © 2026 Harbour Light Shelter. Registered charity number 1102846.',
    'We use cookies to ensure that we give you the best experience on our website.', 'Privacy policy',
  ],
};

export const HELDOUT297_F: readonly TestPage[] = [givewp, facebook];
