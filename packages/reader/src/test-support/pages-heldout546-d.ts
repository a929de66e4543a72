import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout546-kit.js';

/**
 * Held-out batch 546, file d: a process serving company's rates page on a Shopify store (Dawn theme, announcement bar,
 * newsletter footer), and a legal wiki article on substituted service on MediaWiki (Vector 2022 skin).
 */
const pTitle = 'Process Serving Rates';
const pBody = [
  j(
    'Every serve includes up to three attempts at different times of day, GPS-stamped photos of each attempt and a notarized',
    'affidavit of service e-filed or mailed to you. Buy a serve in our store, upload your documents at checkout and we will',
    'assign a server within one business hour.',
  ),
  'Standard service',
  'Routine (first attempt within 5 business days): $65',
  'Priority (first attempt within 48 hours): $95',
  'Same-day rush (papers received by 11 a.m.): $150',
  'Add-ons',
  'Additional address: $40 per address',
  'Stakeout or wait time: $45 per hour',
  'Skip trace before service: $55',
  j(
    'Prices cover addresses in Merrow and Aldgrave counties. Serves outside our area are quoted individually; use the contact',
    'form and include the address and the court deadline.',
  ),
  j('<em>We do not serve papers on Sundays or legal holidays, and we will not serve anyone at a place of worship, a hospital', 'or a school.</em>'),
];
const pHeads = [1, 5];
const pNav = ['Order a Serve', 'Rates', 'Court Filing', 'FAQ', 'Contact'];
const pFoot = ['Search', 'Refund policy', 'Privacy policy', 'Terms of service'];
const pHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://servewell.example/pages/rates"><link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
<title>${pTitle} &ndash; ServeWell Legal Couriers</title><meta name="description" content="Flat rates for process serving in Merrow and Aldgrave counties.">
<meta property="og:site_name" content="ServeWell Legal Couriers"><meta property="og:type" content="website">
<script src="//servewell.example/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "servewell-legal.myshopify.com";Shopify.locale = "en";Shopify.currency =
{"active":"USD","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":143221522651,"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"page"}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//servewell.example/cdn/shop/t/4/assets/base.css?v=144968985024194912401" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17411926655195__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid"><div class="announcement-bar"
role="region" aria-label="Announcement"><p class="announcement-bar__message h5"><span>Same-day rush serves in Merrow County, 7 days a week</span></p>
</div></div></div></div>
<div id="shopify-section-sections--17411926655195__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu header--has-account"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu">
<span><svg aria-hidden="true" focusable="false" class="icon icon-hamburger"></svg></span></summary></details></header-drawer>
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1"><form action="/search" method="get" role="search"
class="search search-modal__form">
<div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></div></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//servewell.example/cdn/shop/files/servewell-logo.png?v=1702&amp;width=600"
alt="ServeWell Legal Couriers" width="600" height="150" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav
  .map(
    (t, i) =>
      `<li><a id="HeaderMenu-${i}" href="/${i}" class="header__menu-item list-menu__item link link--text focus-inset"${
        t === 'Rates' ? ' aria-current="page"' : ''
      }><span${t === 'Rates' ? ' class="header__active-menu-item"' : ''}>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><div class="desktop-localization-wrapper"></div><a href="/account/login" class="header__icon header__icon--account link
focus-inset small-hide"><svg aria-hidden="true" class="icon icon-account"></svg><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17411926950107__main"
class="shopify-section section"><style>.section-template--17411926950107__main-padding{padding-top:27px;}</style>
<div class="page-width page-width--narrow section-template--17411926950107__main-padding"><h1 class="main-page-title page-title h0">${pTitle}</h1>
<div class="rte">
${ps([at(pBody, 0)])}
<h3>${at(pBody, 1)}</h3><ul>${lis(pBody.slice(2, 5))}</ul>
<h3>${at(pBody, 5)}</h3><ul>${lis(pBody.slice(6, 9))}</ul>
${ps([at(pBody, 9), at(pBody, 10)])}
<p><a href="/collections/process-serving" title="Order a Serve">Order a serve now →</a></p>
</div></div></section></main>
<div id="shopify-section-sections--17411926622427__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient
section-sections--17411926622427__footer-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col
grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(pFoot, 'link link--text list-menu__item list-menu__item--link')}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Licensed &amp; bonded</h2><div class="footer-block__details-content rte">
<p>Registered process server firm No. 2291, Merrow County Clerk.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden"
name="form_type" value="customer"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--17411926622427__footer"
type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--sections--17411926622427__footer">
Email</label><button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"></svg>
</button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate"></div>
<div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul
class="list list-payment" role="list">
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li>
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-master"><title
id="pi-master">Mastercard</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">ServeWell Legal Couriers</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></div></div></footer></div>
<script src="//servewell.example/cdn/shop/t/4/assets/global.js?v=37284204640041572741" defer="defer"></script></body></html>`;
const serveWell: TestPage = {
  name: 'heldout546-shopify-serve-rates',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pHeads.map((i) => at(pBody, i)),
  body: texts(pBody.filter((_, i) => !pHeads.includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Same-day rush serves in Merrow County, 7 days a week', 'Search', ...pNav.filter((t) => t !== 'Rates' && t !== 'Contact'), 'Log in',
'Cart',
    'Order a serve now →', 'Quick links', ...pFoot.slice(1), 'Licensed & bonded', 'Registered process server firm No. 2291, Merrow County Clerk.',
    'Subscribe to our emails', 'Email', 'Payment methods', '© 2026, ServeWell Legal Couriers', 'Powered by Shopify',
  ],
};

const mTitle = 'Substituted service';
const mBody = [
  j(
    '<b>Substituted service</b> is a method of serving court documents on a person by leaving them with someone else, or at a',
    'place connected with the person, instead of handing them over in person. In the Ostmark Commonwealth it is governed by',
    'Rule 4.07 of the Civil Procedure Rules.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  'When it is allowed',
  j(
    'A party may use substituted service only after reasonable attempts at personal service have failed. Courts have generally',
    'treated three attempts on different days, at least one in the evening or at a weekend, as reasonable.<sup id="cite_ref-2"',
    'class="reference"><a href="#cite_note-2">[2]</a></sup> The process server must describe each attempt in an affidavit.',
  ),
  'Methods',
  'Leaving the documents at the person’s dwelling with a resident who is at least 16 years old.',
  'Leaving them at the person’s usual place of business with a person apparently in charge.',
  'Mailing a copy to the same address by first-class post on the following day.',
  j(
    'Service is treated as complete on the tenth day after the mailing. Where none of these methods is practical, the party',
    'may apply to the court for an order permitting another method, such as service by email or by publication.',
  ),
  'Challenges',
  j(
    'A defendant who did not receive the documents may apply to set aside a default judgment. The most common ground is that',
    'the person who accepted the papers did not in fact live at the address, as in <i>Harlow v. Penvith Properties</i> (2019),',
    'where papers left with a visiting relative were held not to have been validly served.<sup id="cite_ref-3" class="reference">',
    '<a href="#cite_note-3">[3]</a></sup>',
  ),
  'References',
  '^ Civil Procedure Rules (Ostmark), r. 4.07.',
  '^ Dunmere Credit Union v. Saltash, 2011 OSC 212.',
  '^ Harlow v. Penvith Properties Ltd., 2019 OCA 58.',
];
const mHeads = [1, 3, 8, 10];
const mSee = ['Personal service', 'Service by publication', 'Affidavit of service'];
const mTools = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mFoot = ['Privacy policy', 'About Ostmark Law Wiki', 'Disclaimers'];
const mHead = (id: string, t: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Substituted_service&amp;action=edit&amp;section=${id.length}" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1 vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Ostmark Law Wiki</title>
<script>(function(){var className="client-js vector-feature-toc-pinned-clientpref-1";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Substituted_service","wgTitle":"Substituted service","wgCurRevisionId":20411,"wgArticleId":1187,"wgIsArticle":true,
"wgCategories":["Civil procedure","Service of process"],"wgPageContentLanguage":"en"};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://law.ostmark.example/wiki/Substituted_service"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Substituted_service rootpage-Substituted_service
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left"><input type="checkbox"
id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu">
<div class="vector-pinnable-header-label">Main menu</div><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Ostmark Law Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Ostmark Law Wiki"
aria-label="Search Ostmark Law Wiki" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${[at(mBody, 1), at(mBody, 3), at(mBody, 8), 'See also', at(mBody, 10)]
  .map(
    (t, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a
class="vector-toc-link" href="#s${i}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul>${links(
  ['Page', 'Discussion'],
  'mw-list-item',
)}</ul>
</nav><nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Ostmark Law Wiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="hatnote navigation-not-searchable" role="note">For service on companies, see <a href="/wiki/Corporate_service">Corporate service</a>.</div>
${ps([at(mBody, 0)])}
${mHead('When_it_is_allowed', at(mBody, 1))}${ps([at(mBody, 2)])}
${mHead('Methods', at(mBody, 3))}<p>Rule 4.07 permits three methods:</p><ol>${lis(mBody.slice(4, 7))}</ol>${ps([at(mBody, 7)])}
${mHead('Challenges', at(mBody, 8))}${ps([at(mBody, 9)])}
${mHead('See_also', 'See also')}<ul>${links(mSee)}</ul>
${mHead('References', at(mBody, 10))}<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${mBody
  .slice(11)
  .map(
    (t, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span> <span
class="reference-text">${t.slice(2)}</span></li>`,
  )
  .join('\n')}
</ol></div></div></div></div>
<div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://law.ostmark.example/index.php?title=Substituted_service&amp;oldid=20411">
https://law.ostmark.example/index.php?title=Substituted_service&amp;oldid=20411</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Civil_procedure">Civil procedure</a></li><li><a href="/wiki/Category:Service_of_process">Service of
process</a></li></ul></div></div>
</div></main></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3
February 2026,
at 14:12.</li><li id="footer-info-copyright">Content is available under <a href="/wiki/Ostmark_Law_Wiki:Copyrights">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul>
</footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":143});});</script></body></html>`;
const ostmarkWiki: TestPage = {
  name: 'heldout546-mediawiki-substituted-service',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads.map((i) => at(mBody, i)),
  body: texts([
    at(mBody, 0),
    at(mBody, 2),
    'Rule 4.07 permits three methods:',
    ...mBody.filter((_, i) => i > 3 && !mHeads.includes(i)).map((t) => (t.startsWith('^ ') ? t.slice(2) : t)),
  ]),
  bylines: ['This page was last edited on 3 February 2026, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mTools, 'Ostmark Law Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)',
    'See also', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From Ostmark Law Wiki', 'For service on companies, see Corporate service.',
    ...mSee.filter((t) => t !== 'Personal service'), 'Categories',
    'Service of process', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT546_D: readonly TestPage[] = [serveWell, ostmarkWiki];
