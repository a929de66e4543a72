import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, rows, rowText } from './pages-heldout491-kit.js';

/**
 * Held-out batch 491, file c: a Guide unit's notice to parents as a Mailchimp campaign archive page (table layout, hidden
 * preview text, term dates table, signature, list footer), and a county Scouts news item on Drupal 10 (Olivero theme) with
 * tags and a comment thread under it.
 */
const nTitle = 'Spring term notice: dates, subs and the Easter sleepover';
const nHello = 'Dear parents and carers,';
const nParas = [
  j(
    'Welcome back, and a happy new year from all the leaders at 1st Kelbrook Guides. We have a busy term ahead, so please read',
    'this notice to the end and keep it somewhere safe. The term dates are below.',
  ),
  j(
    'Subs for the spring term are £48 and are due by Friday 30 January. Please pay by bank transfer using your daughter’s',
    'name as the reference. If the cost is a worry, have a quiet word with any leader; no girl will miss out because of money.',
  ),
  j(
    'The Easter sleepover is on Friday 27 and Saturday 28 March at the Guide centre in Hollins Wood. The girls will need a',
    'sleeping bag, a roll mat, a torch and warm clothes. Consent forms must be back by 6 March, and we cannot take anyone whose',
    'form is late, as we have to send numbers to the centre.',
  ),
];
const nTable: readonly (readonly string[])[] = [
  ['13 January', 'First meeting of term', 'Uniform please'],
  ['10 February', 'No meeting', 'Half term'],
  ['3 March', 'Promise celebration', 'Parents welcome at 7.45pm'],
  ['27 to 28 March', 'Easter sleepover', 'Hollins Wood'],
  ['31 March', 'Last meeting of term', 'Party night'],
];
const nHelp = [
  'We still need two more adults on the rota for the sleepover (DBS check needed, and we will help with the paperwork).',
  'Spare Guide uniform in good condition can be handed in for our uniform swap box.',
  'Please tell us about any new allergies or medical needs before the sleepover.',
];
const nHeads = ['Term dates', 'How you can help'];
const nSign = ['Yours in Guiding,', 'Marion Pell', 'Unit Leader, 1st Kelbrook Guides'];
const nFoot = [
  'Copyright © 2026 1st Kelbrook Guides, All rights reserved.',
  'You are receiving this email because your daughter is a member of 1st Kelbrook Guides.',
  'Our mailing address is:',
  '1st Kelbrook Guides, Kelbrook Methodist Hall, Station Road, Kelbrook',
  'Want to change how you receive these emails?',
  'You can update your preferences or unsubscribe from this list.',
];
const nTd = (inner: string): string => `<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">
<tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" cellpadding="0"
cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr>
<td valign="top" class="mcnTextContent" style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;">
${inner}</td></tr></tbody></table></td></tr></tbody></table>`;
const nHtml = `<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nTitle}</title><meta property="og:title" content="${nTitle}"><meta property="og:url" content="https://mailchi.mp/3f7c1a/spring-term-notice">
<style type="text/css">p{margin:10px 0;padding:0;}table{border-collapse:collapse;}h1,h2,h3,h4,h5,h6{display:block;margin:0;padding:0;}
#bodyCell{padding:10px;}.templateContainer{max-width:600px !important;}a.mcnButton{display:block;}.mcnImage,.mcnRetinaImage{vertical-align:bottom;}
@media only screen and (max-width: 480px){body,table,td,p,a,li,blockquote{-webkit-text-size-adjust:none !important;}}</style>
<script>window.dojoRequire = function(){};</script></head>
<body><div id="awesomewrap"><div id="awesomebar"><ul id="awesomebar-links"><li><a
href="https://kelbrookguides.us21.list-manage.com/subscribe">Subscribe</a></li>
<li><a href="https://us21.campaign-archive.com/home/?u=3f7c1a">Past Issues</a></li></ul>
<div id="awesomebar-translate"><a href="#" class="translate-link">Translate</a></div></div></div>
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0;
overflow:hidden; visibility:hidden; mso-hide:all;">Sleepover consent forms due 6 March</span><!--<![endif]-->
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr>
<td align="center" valign="top" id="bodyCell"><!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600"
style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer"><tr><td valign="top" id="templatePreheader">
${nTd('<p style="text-align:right;"><a href="https://mailchi.mp/3f7c1a/spring-term-notice" target="_blank">View this email in your browser</a></p>')}</td></tr>
<tr><td valign="top" id="templateHeader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tbody><tr>
<td class="mcnImageContent" valign="top" style="padding:9px;text-align:center;"><img align="center" alt="1st Kelbrook Guides"
src="https://mcusercontent.com/3f7c1a/images/logo.png"
width="300" style="max-width:300px;" class="mcnImage"></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateBody">
${nTd(`<h1>${nTitle}</h1><p>${nHello}</p>${ps(nParas)}`)}
${nTd(`<h2>${nHeads[0]}</h2><table border="1" cellpadding="6" cellspacing="0" width="100%" style="border-collapse:collapse;">
<thead><tr><th>Date</th><th>What</th><th>Notes</th></tr></thead><tbody>${rows(nTable)}</tbody></table>`)}
${nTd(`<h2>${nHeads[1]}</h2><ul>${nHelp.map((t) => `<li>${t}</li>`).join('\n')}</ul><p>${nSign.join('<br>')}</p>`)}
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock"><tbody><tr><td style="padding:0 18px 18px;" align="center"
class="mcnButtonBlockInner"><a class="mcnButton" title="Download the consent form" href="https://mcusercontent.com/3f7c1a/files/consent.pdf"
target="_blank" style="font-weight:bold;">Download the consent form</a></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateFooter">
${nTd(`<em>${nFoot[0]}</em><br>${nFoot[1]}<br><br><strong>${nFoot[2]}</strong><br>${nFoot[3]}<br><br>${nFoot[4]}<br>
You can <a href="https://kelbrookguides.us21.list-manage.com/profile">update your preferences</a> or
<a href="https://kelbrookguides.us21.list-manage.com/unsubscribe">unsubscribe from this list</a>.`)}
<a href="http://www.mailchimp.com/monkey-rewards/?utm_source=freemium_newsletter" target="_blank"><img
src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.png"
alt="Intuit Mailchimp"></a></td></tr></table><!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]--></td></tr></table></center>
<script src="https://us21.campaign-archive.com/js/archivebar-desktop.js" type="text/javascript"></script></body></html>`;
const notice: TestPage = gold({
  name: 'heldout491-mailchimp-parents-notice',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: [nHello, ...nParas, ...nTable.map(rowText), ...nHelp],
  bylines: [...nSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: ['Subscribe', 'Past Issues', 'Translate', 'View this email in your browser', 'Download the consent form', ...nFoot],
});

const dTitle = 'County kit store opens to every troop from September';
const dParas = [
  j(
    'Westfen County Scouts will open its kit store at Hallam Lodge to every group in the county from 1 September, after a',
    'trial with eight groups over the summer. Groups will be able to borrow tents, cooking kit and pioneering spars free of',
    'charge for camps and expeditions.',
  ),
  j(
    'The store holds 60 patrol tents, 40 stoves, two marquees and more than 300 spars, most of it bought with a £15,000 grant',
    'from the Fenland Rural Trust. County commissioner Alan Brisco said the aim was to make sure that no troop stayed at home',
    'because it could not afford equipment.',
  ),
];
const dHow = [
  'Book online at least two weeks before your event; the booking form asks for your group and the leader in charge.',
  'Collect and return on Saturday mornings between 9am and noon.',
  'Tents must be returned dry. If that is not possible, tell the store team and they will dry them for you.',
  'Report any damage on return. Groups are not charged for ordinary wear and tear.',
];
const dLast = j(
  'The store is run by a team of volunteers and is looking for more. If you can give one Saturday morning a month, contact',
  'the county office.',
);
const dComments: readonly (readonly [string, string, string, string])[] = [
  ['Dan W', 'Tue, 09/01/2026 - 08:04', 'Is there parking at Hallam Lodge?', 'Is there room for a trailer? We would need to collect six tents at once.'],
  ['Kirsty (5th Ormsby)', 'Tue, 09/01/2026 - 12:37', 'Great news', 'We used it in the trial and the tents were in really good order. Thank you to the team.'],
];
const dNav = ['Home', 'About us', 'Groups', 'Training', 'Events', 'Contact'];
const dMeta = `<div class="node__meta"><article class="profile"><div class="field field--name-user-picture field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/styles/thumbnail/public/pictures/priya.jpg" width="100" height="100" alt="Profile picture for user phallam"></div>
</article><div><span><span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="View user profile." href="/user/12"
class="username">Priya Hallam</a></span></span><span class="node__meta-date"><span class="field field--name-created field--type-created field--label-hidden">
Mon, 08/31/2026 - 18:20</span></span></div></div>`;
const dComment = ([
  who,
  when,
  subj,
  text,
]: readonly string[]): string => `<article data-comment-user-id="0" id="comment-88" class="comment js-comment by-anonymous">
<span class="hidden" data-comment-timestamp="1788250000"></span><div class="comment__picture-wrapper"><div class="comment__picture">
<img src="/core/themes/olivero/images/comment-avatar.png" alt=""></div></div><div class="comment__text-wrapper"><footer class="comment__meta">
<p class="comment__author"><span lang="" typeof="schema:Person" property="schema:name">${who}</span></p><p class="comment__time">${when}</p></footer>
<div class="comment__content"><h3><a href="/comment/88#comment-88" class="permalink" rel="bookmark" hreflang="en">${subj}</a></h3>
<div class="clearfix text-content field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>${text}</p></div>
<ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/231/comment/88">Reply</a></li></ul></div></div></article>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<link rel="canonical" href="https://www.westfenscouts.org.uk/news/county-kit-store-opens"><title>${dTitle} | Westfen County Scouts</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Hx3f0.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/231"},"user":{"uid":0}}</script>
<script src="/sites/default/files/js/js_2Zk.js?scope=header&amp;delta=0&amp;language=en&amp;theme=olivero"></script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" aria-expanded="false">
<span class="visually-hidden">Sticky header</span></button></div><div id="site-header__inner" class="site-header__inner"><div
class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Westfen County Scouts</a></div></div></div></div><div class="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Main Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow" role="search">
<h2 class="visually-hidden block__title">Search</h2><form action="/search/node" method="get" class="search-form search-block-form"><div class="form-item">
<label for="edit-keys" class="visually-hidden form-item__label">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase."
type="search" id="edit-keys" name="keys" class="form-search form-element--type-search"></div></form></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list">
${links(['Home', 'News'], 'breadcrumb__item')}</ol></div></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block">
<article data-history-node-id="231" class="node node--type-article node--promoted node--view-mode-full"><header class="">${dMeta}</header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/2026-08/kit-store.jpg" width="1200" height="675" alt="Rows of tents on shelves"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dParas)}
<h2>How it works</h2><ul>${dHow.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${dLast}</p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items">${links(['Kit store', 'Camping'])}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
${dComments.map(dComment).join('\n')}
<h2 class="add-comment__heading">Add new comment</h2><p class="comment__login">Log in or register to post comments</p></section>
</div></article></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" id="block-olivero-footer" class="block block-menu navigation menu--footer"><ul
class="menu">${links(['Safeguarding', 'Privacy notice', 'Accessibility'])}</ul>
</nav></div></div><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/sites/default/files/js/js_9xQ.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const county: TestPage = gold({
  name: 'heldout491-drupal-olivero-county-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: ['How it works'],
  body: [...dParas, ...dHow, dLast],
  bylines: ['Priya Hallam', 'Mon, 08/31/2026 - 18:20'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sticky header', 'Westfen County Scouts', 'Main Menu', 'Search',
    'Main navigation', ...dNav, 'Breadcrumb', 'News', 'Tags', 'Kit store', 'Camping', 'Comments',
    ...dComments.flat(), 'Reply', 'Add new comment', 'Log in or register to post comments', 'Safeguarding', 'Privacy notice', 'Accessibility',
    'Powered by Drupal',
  ],
});

export const HELDOUT491_C: readonly TestPage[] = [notice, county];
