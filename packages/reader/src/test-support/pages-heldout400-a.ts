import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout400-kit.js';
import { chamber } from './pages-heldout400-a2.js';

/**
 * Held-out batch 400, file a: a trade union's pay-offer news story on a Drupal 10 site (utility bar, main menu, breadcrumb,
 * standfirst, AddToAny share bar, figure with caption and credit, "Read more" promo, tags, "Latest news" view block, EU
 * cookie compliance banner, footer) and a chamber of commerce update on Squarespace 7.1 (header nav, blog item meta, image
 * block caption, newsletter block, item pagination, cookie banner, footer). The chamber page is in file a2.
 */
const uTitle = 'Members reject 3.2% pay offer at Harlow Freight as ballot for action opens';
const uStand = 'Warehouse and driver members across six depots say the offer falls far short of rising living costs.';
const uBody1 = [
  j(
    'Members of the Federated Workers’ Union at Harlow Freight have voted overwhelmingly to reject the company’s pay offer of',
    '3.2 per cent, and a statutory ballot for industrial action will open on Monday 23 March.',
  ),
  j(
    'In a consultative vote that closed last Friday, 91 per cent of those taking part turned the offer down on a turnout of 74 per',
    'cent. The result covers around 2,400 warehouse operatives, shunters and HGV drivers at the company’s six depots in the Midlands.',
  ),
  j(
    'The company tabled the offer in February after three rounds of talks. It would have raised basic rates from April but would',
    'also have removed the weekend premium for new starters and frozen the night-shift allowance for two years.',
  ),
];
const uBody2 = [
  j(
    'Branch representatives say members have seen the value of their pay fall by more than 9 per cent in real terms since 2022,',
    'while Harlow Freight reported an operating profit of £48 million last year, its highest on record.',
  ),
  'Members told the union that their main concerns are:',
  'a basic increase that at least matches inflation over the last twelve months;',
  'keeping the weekend premium for everyone, including new starters;',
  'a review of the night-shift allowance, which has not changed since 2019;',
  'fair rostering, with shift patterns published four weeks in advance.',
];
const uQuote = j(
  '“Our members kept this company moving through the hardest winters on record.',
  'They are not asking for the moon; they are asking for a wage that keeps up.”',
);
const uBody3 = [
  j(
    'Regional organiser Dalia Ferrow said the union remained ready to return to talks at any time. “The door is open,” she said.',
    '“But an offer that takes money away from the next generation of drivers while pretending to give it to this one will not',
    'settle anything.”',
  ),
  j(
    'The ballot will run until Friday 17 April. If members vote yes, the first possible date for action would be two weeks after',
    'the result is announced, in line with the notice the law requires.',
  ),
];
const uBody4 = [
  j(
    'Members should check that the union holds their current home address, as ballot papers are sent by post. Anyone who has not',
    'received a paper by 30 March can request a replacement through their workplace representative or the members’ helpline.',
  ),
  'Branch meetings will be held at every depot during the week of the ballot opening, with times posted on union noticeboards.',
];
const uH = ['Why members said no', 'What happens next', 'Check your details'];
const uUtil = ['Join the union', 'Member login', 'Contact us'];
const uMenu = ['About us', 'Your rights', 'Campaigns', 'News', 'Sectors', 'Get involved'];
const uCrumb = ['Home', 'News', 'Transport and logistics'];
const uShare = ['Facebook', 'X', 'WhatsApp', 'Email', 'Copy link'];
const uTags = ['Pay', 'Ballots', 'Logistics'];
const uLatest = [
  'Care workers win back pay after two-year tribunal fight',
  'Union welcomes new guidance on heat at work',
  'Bus drivers in Eastmoor accept improved offer',
];
const uFoot = ['Privacy notice', 'Cookie policy', 'Accessibility', 'Modern slavery statement', 'Sitemap'];
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${uTitle} | Federated Workers’ Union</title>
<meta name="description" content="${uStand}"><link rel="canonical" href="https://www.fwu.example/news/harlow-freight-pay-offer-rejected">
<meta property="og:title" content="Members reject 3.2% pay offer at Harlow Freight"><meta property="og:type" content="article">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
"headline":"Members reject 3.2% pay offer at Harlow Freight",
"datePublished":"2026-03-14T09:00:00+0000","publisher":{"@type":"Organization","name":"Federated Workers’ Union"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_k9Qx2.css?delta=0&amp;language=en&amp;theme=fwu&amp;include=eJxt">
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({"drupalLanguage":"en","drupalCountry":"GB","userUid":0});</script>
</head>
<body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-utility"><nav role="navigation" aria-labelledby="block-utility-menu"
id="block-utility" class="block block-menu navigation menu--utility"><ul class="menu">${links(uUtil, 'menu-item')}</ul></nav></div>
<div class="region region-header"><div id="block-fwu-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/fwu/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-fwu-main-menu-menu" id="block-fwu-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-fwu-main-menu-menu">Main navigation</h2><ul class="menu menu--level-1">${links(uMenu, 'menu-item')}</ul></nav>
</div></header>
<div class="region region-breadcrumb"><div id="block-fwu-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(uCrumb)}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-fwu-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span
class="field field--name-title field--type-string field--label-hidden">${uTitle}</span></h1></div>
<article role="article" about="/news/harlow-freight-pay-offer-rejected" class="node node--type-news node--promoted node--view-mode-full">
<div class="node__meta"><span class="field field--name-uid field--type-entity-reference field--label-hidden">By Press Office</span>
<div class="field field--name-field-date field--type-datetime field--label-inline"><div class="field__label">Published</div>
<div class="field__item"><time datetime="2026-03-14T09:00:00Z">14 March 2026</time></div></div></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-field-standfirst field--type-text-long field--label-hidden field__item">
<p class="standfirst">${uStand}</p></div>
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><figure class="media-image">
<img loading="lazy" src="/sites/default/files/styles/wide/public/2026-03/harlow-depot.jpg" width="1200" height="675" alt="Workers at a depot gate">
<figcaption>Members outside the Daventry depot after the consultation result. <span class="credit">Photo: Ola Brennigan / FWU</span></figcaption>
</figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(uBody1)}
<h2>${uH[0]}</h2>
${ps(uBody2.slice(0, 2))}
<ul>${lis(uBody2.slice(2))}</ul>
<blockquote><p>${uQuote}</p></blockquote>
<p class="promo"><strong>Read more: <a href="/news/logistics-pay-survey-2026">Logistics pay survey shows widening gap between depots</a></strong></p>
<h2>${uH[1]}</h2>
${ps(uBody3)}
<h2>${uH[2]}</h2>
${ps(uBody4)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Topics</div>
<div class="field__items">${uTags.map((t) => `<div class="field__item"><a href="/taxonomy/term/${t.length}" hreflang="en">${t}</a></div>`).join('\n')}
</div></div>
<div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="https://www.fwu.example/news/harlow-freight-pay-offer-rejected">
<span class="share-label">Share this page</span>
${uShare.map((s) => `<a class="a2a_button_${s.toLowerCase().replace(' ', '_')}" href="#"><span class="a2a-label">${s}</span></a>`).join('\n')}</div>
</div></article>
<div class="views-element-container block block-views block-views-blocknews-latest-block-1" id="block-views-block-news-latest">
<h2 class="block-title">Latest news</h2><div class="view view-news view-id-news view-display-id-latest_block"><div class="view-content">
<ul>${links(uLatest, 'views-row')}</ul></div><div class="more-link"><a href="/news">All news</a></div></div></div>
</div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div class="footer-join block"><h2>Stronger together</h2>
<p>Join 310,000 members who have the union behind them at work.</p><a href="/join" class="button">Join today</a></div>
<nav class="menu--footer"><ul class="menu">${links(uFoot, 'menu-item')}</ul></nav>
<p class="copyright">© 2026 Federated Workers’ Union. Registered office: 40 Carrow Street, Leicester.</p></div></footer>
</div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner
eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text"
class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2>
<p>By clicking any link on this page you are giving your consent for us to set cookies.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4821"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_position":false}}</script>
<script src="/sites/default/files/js/js_3xQp.js?scope=footer&amp;delta=0"></script></body></html>`;
const unionNews: TestPage = {
  name: 'heldout400-drupal-union-news',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: uH,
  body: texts([uStand, ...uBody1, ...uBody2, uQuote, ...uBody3, ...uBody4]),
  bylines: ['By Press Office', '14 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...uUtil, ...uMenu, ...uCrumb, 'Published',
    'Members outside the Daventry depot after the consultation result.', 'Photo: Ola Brennigan / FWU',
    'Read more: Logistics pay survey shows widening gap between depots', 'Topics', ...uTags, 'Share this page', 'Facebook', 'WhatsApp',
    'Copy link', 'Latest news', ...uLatest, 'All news', 'Stronger together', 'Join 310,000 members who have the union behind them at work.',
    'Join today', ...uFoot, '© 2026 Federated Workers’ Union. Registered office: 40 Carrow Street, Leicester.',
    'We use cookies on this site to enhance your user experience',
    'By clicking any link on this page you are giving your consent for us to set cookies.', 'OK, I agree', 'No, thanks',
  ],
};

export const HELDOUT400_A: readonly TestPage[] = [unionNews, chamber];
