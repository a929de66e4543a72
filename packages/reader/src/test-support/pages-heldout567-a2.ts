import { links, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout567-kit.js';

/** Held-out batch 567, file a2: a nursery's bare-root fruit tree list page on Shopify (Dawn theme) with three tables. */
const sTitle = 'Bare-root fruit trees 2026–27';
const sIntro = [
  j(
    'Our bare-root fruit trees are grown in the field here at Pennock’s and lifted to order between mid-November and mid-March,',
    'when the ground is workable. Orders are sent out in the order they come in, with a tracked courier, wrapped in damp straw.',
  ),
  j(
    'All trees are two-year-old feathered maidens unless marked otherwise. Prices are per tree; we take 10% off orders of',
    'ten trees or more, which is applied at checkout.',
  ),
];
const sApples = [
  ['Ashcombe Russet', 'MM106 (semi-vigorous)', 'C', '£32.00'],
  ['Blenheim Orange', 'MM106 (semi-vigorous)', 'D (triploid)', '£32.00'],
  ['Discovery', 'M26 (dwarfing)', 'B', '£29.50'],
  ['Lord Derby (cooker)', 'MM106 (semi-vigorous)', 'D', '£32.00'],
  ['Tydeman’s Late Orange', 'M26 (dwarfing)', 'D', '£29.50'],
];
const sPears = [
  ['Beth', 'Quince A', 'D', '£34.00'],
  ['Concorde', 'Quince C (dwarfing)', 'C', '£34.00'],
  ['Doyenné du Comice', 'Quince A', 'D', '£34.00'],
];
const sPlums = [
  ['Marnham Gage', 'St Julien A', '3 (self-fertile)', '£36.00'],
  ['Victoria', 'St Julien A', '3 (self-fertile)', '£33.00'],
  ['Merryweather Damson', 'St Julien A', '3 (self-fertile)', '£33.00'],
];
const sAfter = [
  j(
    'Not sure which pollination group you need? Most apples flower with the trees in their own group and the groups either side.',
    'A triploid such as Blenheim Orange needs two other trees to pollinate it.',
  ),
  'To order, email the list of trees to orders@pennocksnursery.co.uk or call us on 01632 960 448, Monday to Friday, 9am to 4pm.',
];
const sHead = ['Variety', 'Rootstock', 'Group', 'Price'];
const sTable = (rows: readonly (readonly string[])[]): string =>
  `<table><thead><tr>${sHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${trs(rows)}</tbody></table>`;
const sNav = ['Shop all', 'Fruit trees', 'Hedging', 'Roses', 'Perennials', 'Growing guides', 'About us'];
const sFoot = ['Search', 'Delivery & returns', 'Planting guarantee', 'Contact', 'Refund policy', 'Privacy policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://pennocksnursery.co.uk/pages/bare-root-fruit-trees">
<title>${sTitle} &ndash; Pennock&#39;s Nursery</title><meta name="description"
content="Our field-grown bare-root apples, pears and plums for the 2026–27 season.">
<meta property="og:site_name" content="Pennock&#39;s Nursery"><meta property="og:type" content="website">
<script src="//pennocksnursery.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771712077391" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta =
{"page":{"pageType":"page","resourceType":"page","resourceId":98765}};</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;--color-base-background-1:255,255,255}</style>
<link href="//pennocksnursery.co.uk/cdn/shop/t/4/assets/base.css?v=144968985024194912401712077389" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17420123--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Bare-root season: orders now open for November dispatch</span></p></div></div></div></div>
<div id="shopify-section-sections--17420123--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
class="header-wrapper color-scheme-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details
id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Pennock's Nursery</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, '')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<div id="shopify-section-template--17420150__main" class="shopify-section"><div class="page-width page-width--narrow section-template--17420150__main-padding">
<h1 class="main-page-title page-title h0">${sTitle}</h1><div class="rte">
${sIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2>Apples</h2>${sTable(sApples)}
<h2>Pears</h2>${sTable(sPears)}
<h2>Plums, gages and damsons</h2>${sTable(sPlums)}
${sAfter.map((p) => `<p>${p}</p>`).join('\n')}
</div></div></div></main>
<div id="shopify-section-sections--17420124--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick
links</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFoot, '')}</ul></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--sections--17420124__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--17420124__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe">→</button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Pennock&#39;s Nursery</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></div>
</footer></div>
<script src="//pennocksnursery.co.uk/cdn/shop/t/4/assets/global.js?v=37284204640041572741712077390" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout567-shopify-fruit-tree-list',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Apples', 'Pears', 'Plums, gages and damsons'],
  body: [...texts(sIntro), ...rowTexts(sApples), ...rowTexts(sPears), ...rowTexts(sPlums), ...texts(sAfter)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Bare-root season: orders now open for November dispatch', "Pennock's Nursery", ...sNav, 'Log in', 'Cart', 'Quick links', ...sFoot,
    'Subscribe to our emails', 'Email', '→', '© 2026,', 'Powered by Shopify',
  ],
};

export const HELDOUT567_A2: readonly TestPage[] = [shopify];
