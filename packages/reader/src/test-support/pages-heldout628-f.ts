import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, rowTexts, trs } from './pages-heldout628-kit.js';

/**
 * Held-out batch 628, file f: a motorhome club's news article on Drupal 10 (Olivero theme, with comments), and a one-man
 * windscreen repair business's prices page in an old table layout.
 */
const dTitle = 'Club launches approved workshop scheme for motorhome servicing';
const dBody = [
  j(
    'Members of the Northern Motorcaravan Club will be able to book base vehicle and habitation services at 38 approved workshops',
    'from January, after the club signed agreements with independent garages across the region.',
  ),
  j(
    'Each workshop has been inspected by the club\u2019s technical officer and has at least one technician qualified to carry out',
    'habitation checks on gas, electrics and damp. Members will receive a 10% discount on labour and a guaranteed booking slot',
    'within three weeks between October and March.',
  ),
  j(
    '\u201cThe most common complaint we hear is that main dealers are booked up for months in the spring,\u201d said Alun Brathwaite,',
    'the club\u2019s chair. \u201cThis gives members a trusted alternative closer to home.\u201d',
  ),
  'How to book',
  j(
    'The list of workshops, with the services each one offers, is on the members\u2019 area of the website. Members should quote',
    'their membership number when booking to receive the discount.',
  ),
  'Workshops interested in joining the scheme can contact the technical office. A second round of inspections is planned for the summer.',
];
const dNav = ['Home', 'News', 'Rallies', 'Membership', 'Technical advice', 'Contact'];
const dCrumbs = ['Home', 'News'];
const dComments = [
  ['Pete Lorrimer', 'Sun, 08/11/2026 - 17:22', 'Good news. Will there be any workshops north of Keldmouth?'],
  ['Sandra Ives', 'Mon, 09/11/2026 - 09:05', 'Two are in the list for Keldmouth already, Pete. More to follow in the summer round.'],
];
const dFoot = ['Privacy notice', 'Club rules', 'Accessibility'];
const comment = ([who, when, text]: string[]): string => `<article data-comment-user-id="4" class="comment js-comment by-anonymous"><span
class="hidden" data-comment-timestamp="1794158520"></span><div class="comment__picture-wrapper"><div class="comment__picture"></div></div><div
class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>${who}</span></p><p class="comment__time">${when}</p></footer>
<div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item">
<p>${text}</p>
</div><ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/812/comment_forum">Reply</a></li></ul></div></div>
</article>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width,
initial-scale=1.0"><link rel="canonical" href="https://www.nmcc.example/news/approved-workshop-scheme"><title>${dTitle} | Northern Motorcaravan Club</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q8m1.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/812"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Northern Motorcaravan Club</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="mobile-nav-button"
data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span>
<span class="mobile-nav-button__icon"></span></button></div><div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(
  dNav,
  'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1',
)}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div data-drupal-messages-fallback class="hidden messages-list"></div>
<div id="block-olivero-content" class="block block-system block-system-main-block"><article data-history-node-id="812"
class="node node--type-article node--promoted
node--view-mode-full"><header class="node__header"><div class="node__meta"><div class="node__author-image"></div><span>By <span class="field field--name-uid
field--type-entity-reference field--label-hidden"><span>Megan Stroud</span></span></span><span class="node__meta-date"><span class="field field--name-created
field--type-created field--label-hidden"><time datetime="2026-11-06T10:00:00Z">Fri, 06/11/2026 - 10:00</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2026-11/workshop.jpg" width="1200" height="800" alt="A motorhome on a workshop ramp"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(dBody.slice(0, 3))}
<h2>${at(dBody, 3)}</h2>${ps(dBody.slice(4, 6))}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3><ul
class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/4" hreflang="en">Servicing</a></li><li
class="field--tags__item"><a href="/taxonomy/term/9" hreflang="en">Members</a></li></ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>${dComments.map(comment).join('\n')}</section>
</div></article></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><nav role="navigation"
aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden block__title"
id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot)}</ul></nav><div class="block block-block-content"><p>Northern Motorcaravan Club
is a registered charity, number 1140772.</p></div></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?v=10.3.6"></script></body></html>`;
const drupal: TestPage = gold({
  name: 'heldout628-drupal-olivero-workshop-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [at(dBody, 3)],
  body: texts(dBody.filter((_, i) => i !== 3)),
  bylines: ['By Megan Stroud', 'Fri, 06/11/2026 - 10:00', ...dComments.flatMap(([w, d]) => [w ?? '', d ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northern Motorcaravan Club', 'Menu', 'Main navigation', ...dNav, 'Breadcrumb', ...dCrumbs, 'Tags', 'Servicing', 'Members',
    'Comments', ...dComments.map((c) => at(c, 2)), 'Reply', 'Footer', ...dFoot, 'Northern Motorcaravan Club is a registered charity, number 1140772.',
  ],
});

const tTitle = 'Chip Repair Prices';
const tIntro = j(
  'I am a mobile windscreen repairer covering Oakhurst, Linmere and the villages in between. I come to your home or work,',
  'and most repairs take about half an hour.',
);
const tRows = [
  ['First chip', '£40'],
  ['Each extra chip, same screen', '£15'],
  ['Insurance repair', 'Usually free, no excess'],
];
const tNotes = [
  'I can repair chips up to the size of a £1 coin. Cracks longer than that need a new windscreen, which I do not fit, but I can recommend someone local.',
  'Cash, cheque or bank transfer. No call-out charge within 15 miles.',
];
const tNav = ['Home', 'Prices', 'Insurance Jobs', 'Contact Me'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Oakhurst Windscreen Repairs - Prices</title>
<meta name="keywords" content="windscreen chip repair oakhurst, mobile windscreen repair, linmere"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<style type="text/css">body{font-family:Verdana,Arial;font-size:12px}.nav a{color:#fff;font-weight:bold}</style></head>
<body bgcolor="#dfe8f2" topmargin="0" leftmargin="0"><table width="760" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#ffffff">
<tr><td colspan="2" bgcolor="#1c3f6e" height="90"><img src="images/banner.gif" width="760" height="90" alt="Oakhurst Windscreen Repairs"></td></tr>
<tr><td width="150" valign="top" bgcolor="#2c5a94" class="nav"><table width="100%" cellpadding="8">${tNav
  .map((n) => `<tr><td><a href="${n.toLowerCase().replace(' ', '')}.htm">${n}</a></td></tr>`)
  .join('')}</table><p align="center"><font color="#ffffff" size="1">Call Gary on<br><b>07700 900 382</b></font></p></td>
<td width="610" valign="top" style="padding:15px"><h1><font face="Verdana" color="#1c3f6e">${tTitle}</font></h1>
<p>${tIntro}</p>
<table width="100%" border="1" cellpadding="6" cellspacing="0" bordercolor="#999999"><tr bgcolor="#cddcee"><th>Repair</th><th>Price</th></tr>
${trs(tRows)}</table>
${ps(tNotes)}
<p><font size="1" color="#666666">Page last updated 14/03/2025</font></p></td></tr>
<tr><td colspan="2" bgcolor="#1c3f6e" align="center"><font color="#ffffff" size="1">&copy; Oakhurst Windscreen Repairs 2009-2025 | You are visitor number
<img src="http://counter.example/c.gif?id=oakws" alt="" border="0"> 048213</font></td></tr></table></body></html>`;
const tableLayout: TestPage = gold({
  name: 'heldout628-table-layout-chip-prices',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [tIntro, ...rowTexts(tRows), ...tNotes],
  bylines: ['Page last updated 14/03/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...tNav, 'Call Gary on', '07700 900 382', '© Oakhurst Windscreen Repairs 2009-2025 | You are visitor number 048213'],
});

export const HELDOUT628_F: readonly TestPage[] = [drupal, tableLayout];
