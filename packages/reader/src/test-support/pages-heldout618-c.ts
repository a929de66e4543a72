import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tidy, trs } from './pages-heldout618-kit.js';

/**
 * Held-out batch 618, file c: a croquet association's tournament report on Drupal 10 (Olivero) with tags and comments,
 * and a bridge club's conduct page on Weebly whose paragraphs are runs of text split by <br> pairs.
 */
const dTitle = 'Westmoor Open Golf Croquet: Harker Takes the Title';
const dDek = 'Twenty-four players, two days of sunshine and a final that went to the thirteenth hoop.';
const dSat = [
  j(
    'The Westmoor Open returned to Ashdown Lodge on 12 and 13 September with its largest entry since 2019. Players came from',
    'eleven clubs, including a strong contingent from across the border at Glenreith, and the lawns were running at a',
    'brisk 11 seconds after a dry week.',
  ),
  j(
    'Saturday was given over to four blocks of six, each player meeting every other in their block in games to seven points.',
    'Block A produced the upset of the day when newcomer Imogen Tarrant, on a handicap of 9, beat the top seed Douglas Reave 7–5',
    'with a run of three hoops from the fourth.',
  ),
  j(
    'Block C went to a three-way tie on five wins, settled on net points, with Priya Harker edging through by a single hoop',
    'from Malcolm Storr and Tess Ibbotson.',
  ),
];
const dSun = [
  j(
    'The top two from each block went into Sunday morning\u2019s knockout. Reave recovered from his Saturday loss to beat',
    'Storr 7–3 and Tarrant 7–6 on the way to the final, while Harker came through a long semi-final against Gareth Minchin',
    'that was only decided when Minchin\u2019s jump shot at the twelfth bounced off the crown.',
  ),
  j(
    'The final was the best game of the weekend. Reave led 5–3 after nine hoops, but Harker clawed back the tenth and',
    'eleventh with two long clearances, and then ran the twelfth from the boundary to level at six. At the thirteenth both',
    'balls stopped within a foot of the hoop; Harker\u2019s was the better placed, and she ran it cleanly for the title.',
  ),
];
const dPlate = j(
  'The Plate, for players knocked out on Saturday, was won by Ken Adeyemi of Hollybush, who beat club-mate Wendy Crouch 7–4.',
  'Thanks go to tournament manager Sue Pirbright, referee Alan Coupland, and the Ashdown Lodge kitchen team.',
);
const dRows = [
  ['Winner', 'Priya Harker (Ashdown Lodge)'],
  ['Runner-up', 'Douglas Reave (Glenreith)'],
  ['Semi-finalists', 'Gareth Minchin, Imogen Tarrant'],
  ['Plate', 'Ken Adeyemi (Hollybush)'],
];
const dNav = ['Home', 'Clubs', 'Tournaments', 'Coaching', 'Rankings', 'News', 'Contact'];
const dCrumbs = ['Home', 'News'];
const dCom = [
  ['Brian Tolley', 'Wed, 09/16/2026 - 09:10', 'Great report, and a great weekend. See you all next year.'],
  ['Imogen T', 'Wed, 09/16/2026 - 13:47', 'My first tournament and I loved every minute. Thank you Sue!'],
];
const comment = (c: readonly string[]): string => `<article data-comment-user-id="0" id="comment-${c[0]?.length}" class="comment js-comment">
<div class="comment__picture-wrapper"><div class="comment__picture"><img src="/core/themes/olivero/images/avatar.svg" alt=""></div></div>
<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>${c[0]}</span></p>
<p class="comment__time">${c[1]}</p></footer><div class="comment__content"><p>${c[2]}</p></div>
<ul class="links inline comment__links"><li class="comment-forbidden"><a href="/user/login">Log in</a> to post comments</li></ul></div></article>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<title>${dTitle} | Westmoor Croquet Association</title><link rel="canonical" href="https://westmoorcroquet.org/news/westmoor-open-2026">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2026-09-14T18:22:00+0100"}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q8Hn1.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/318"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" aria-expanded="false"><span class="visually-hidden">Sticky header</span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container"><div id="block-olivero-site-branding"
class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Westmoor Croquet Association</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="mobile-nav-button"
aria-label="Main Menu" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav"><div class="search-block-form block block-search" data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow"
role="search"><div class="content"><form action="/search/node" method="get"><div class="form-item"><label for="edit-keys" class="visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"></div>
<div class="form-actions"><input type="submit" value="Search" class="button js-form-submit form-submit"></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner">${t}</span></a>
</li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb"
role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol>
</nav></div></div></div><div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block"><h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1>
</div></div><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="318" class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden">
<span>Sue Pirbright</span></span></span>
<span class="node__meta-date"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-09-14T18:22:00+01:00"
title="Monday, September 14, 2026 - 18:22">Mon, 09/14/2026 - 18:22</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2026-09/final.jpg" width="1200" height="800" alt="The final on lawn one"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p><em>${dDek}</em></p>
<h2>Saturday: the blocks</h2>${ps(dSat)}
<h2>Sunday: the knockout</h2>${ps(dSun)}
<h2>The Plate</h2>${ps([dPlate])}
<h3>Final placings</h3><table><tbody>${trs(dRows)}</tbody></table></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items">${links(['golf croquet', 'tournaments', 'Ashdown Lodge'], 'field__item')}</ul></div></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
${dCom.map(comment).join('\n')}</section></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
<div class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered"
class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></div>
</div></div></div></div><script src="/core/themes/olivero/js/navigation.js?v=10.3.2"></script></body></html>`;
const drupalCroquet: TestPage = tidy({
  name: 'heldout618-croquet-open-drupal',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: ['Saturday: the blocks', 'Sunday: the knockout', 'The Plate', 'Final placings'],
  body: [dDek, ...dSat, ...dSun, dPlate, ...dRows.map(rowText)],
  bylines: ['By Sue Pirbright', 'Mon, 09/14/2026 - 18:22'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sticky header', 'Westmoor Croquet Association', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb',
    ...dCrumbs, 'Tags', 'golf croquet', 'tournaments', 'Ashdown Lodge', 'Comments', ...dCom.flat(), 'Log in to post comments',
    'RSS feed', 'Powered by Drupal',
  ],
});

const eTitle = 'Zero Tolerance and Table Etiquette';
const eParas = [
  j(
    'Sandmere Bridge Club has adopted the national Zero Tolerance policy for all club sessions, teams matches and congresses.',
    'We want every player, from first-year improvers to county internationals, to enjoy their bridge in a friendly atmosphere.',
  ),
  'The following are not acceptable at the table:',
];
const eList = [
  'criticising your partner or opponents, or commenting on their play',
  'gloating after a good result, or showing annoyance after a bad one',
  'discussing the hand while others at the table are still playing it',
  'calling the director in an aggressive or accusing manner',
];
const eAfter = [
  j(
    'If you feel you have been treated discourteously, tell the director straight away. The director may issue a warning,',
    'and repeated breaches may lead to a procedural penalty of up to a quarter of a top.',
  ),
  j(
    'A few reminders of good practice: greet your opponents when they arrive, let them see your convention card, and keep',
    'post-mortems short and quiet. Mobile phones must be switched off in the playing room.',
  ),
  'Thank you for helping to keep Sandmere a club people want to come back to.',
];
const eNav = ['Home', 'Playing Times', 'Results', 'Learn Bridge', 'Zero Tolerance', 'Members', 'Contact'];
const eHtml = `<!DOCTYPE html>
<html lang="en"><head><title>Zero Tolerance - Sandmere Bridge Club</title><meta property="og:site_name" content="Sandmere Bridge Club">
<meta property="og:title" content="Zero Tolerance"><meta property="og:url" content="https://www.sandmerebridge.co.uk/zero-tolerance.html">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1718912345">
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1719001122" title="wsite-theme-css">
<script>var STATIC_BASE = '//cdn1.editmysite.com/'; var ASSETS_BASE = '//cdn2.editmysite.com/';</script>
<script type="text/javascript" src="//cdn2.editmysite.com/js/jquery-1.8.3.min.js"></script></head>
<body class="no-header-page wsite-page-zero-tolerance wsite-theme-light"><div class="wrapper"><div class="header-wrap"><div class="container">
<div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">Sandmere Bridge Club</span></a></span></div>
<div class="nav desktop-nav"><ul class="wsite-menu-default">
${eNav
  .map(
    (t, i) => `<li id="pg${i}" class="wsite-menu-item-wrap"><a href="/${t.toLowerCase().replace(/ /g, '-')}.html" class="wsite-menu-item">${t}</a>
</li>`,
  )
  .join('\n')}
</ul></div></div></div>
<div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">
<h2 class="wsite-content-title">${eTitle}</h2>
<div class="paragraph">${eParas.join('<br><br>')}<br><ul>${lis(eList)}</ul>${eAfter.join('<br><br>')}</div>
<div><div class="wsite-image wsite-image-border-none" style="padding-top:10px;padding-bottom:10px;margin-left:0;margin-right:0;text-align:center">
<a><img src="/uploads/1/3/8/zt-logo.png" alt="Picture" style="width:auto;max-width:100%"></a><div style="display:block;font-size:90%">Zero Tolerance
is supported by the County Bridge Association</div></div></div>
<div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap" style="margin:0 -15px"><table class="wsite-multicol-table">
<tbody class="wsite-multicol-tbody">
<tr class="wsite-multicol-tr"><td class="wsite-multicol-col" style="width:50%;padding:0 15px"><div style="text-align:left"><a class="wsite-button
wsite-button-small wsite-button-highlight" href="/contact.html"><span class="wsite-button-inner">Contact the Director</span></a></div></td>
<td class="wsite-multicol-col" style="width:50%;padding:0 15px"><div class="paragraph" style="text-align:right">Page reviewed by the committee, March 2026</div>
</td></tr></tbody></table></div></div></div></div></div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class='wsite-elements wsite-footer'><div class="paragraph" style="text-align:center">
Sandmere Bridge Club · St Aldhelm's Hall, Quay Street</div></div></div></div></div></div>
<div class="weebly-footer"><a href="https://www.weebly.com/signup?utm_source=internal&amp;utm_medium=footer" rel="nofollow" target="_blank">Powered by
<span class="link weebly-icon">Weebly</span></a></div>
<script type="text/javascript" src="//cdn2.editmysite.com/js/site/main.js?buildTime=1718912345"></script></body></html>`;
const weeblyBridge: TestPage = tidy({
  name: 'heldout618-bridge-zero-tolerance-weebly',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: [...eParas, ...eList, ...eAfter],
  bylines: ['Page reviewed by the committee, March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sandmere Bridge Club', ...eNav, 'Zero Tolerance is supported by the County Bridge Association', 'Contact the Director',
    "Sandmere Bridge Club · St Aldhelm's Hall, Quay Street", 'Powered by Weebly',
  ],
});

export const HELDOUT618_C: readonly TestPage[] = [drupalCroquet, weeblyBridge];
