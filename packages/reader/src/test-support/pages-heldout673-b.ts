import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, rowTexts, trs } from './pages-heldout673-kit.js';

/**
 * Held-out batch 673, file b: a windsurf base's rental price page on Wix (free-plan ad banner, Wix rich-text components) and a
 * surf shop's wetsuit size guide on Shopify (Dawn theme) with two size tables.
 */
const wTitle = 'Windsurf & SUP Rental';
const wBody = [
  j(
    'All our kit is rigged and waiting on the pontoon from 10am. Rental is for riders who can tack, gybe and get back upwind on',
    'their own. If you are not there yet, have a look at our courses first.',
  ),
  'Windsurf',
  'Beginner board + sail (up to 5.0 m²) – €22 / hour',
  'Freeride board + sail – €30 / hour · €75 / day',
  'Foil windsurf set – €45 / hour (foil check-out required)',
  'Stand-up paddle',
  'Inflatable SUP with paddle and leash – €15 / hour · €40 / day',
  'Good to know',
  'Wetsuits, harnesses and buoyancy aids are included with every rental. We keep an ID card as a deposit until you bring the kit back.',
  j(
    'Rentals must stay inside the yellow buoys. The base calls everyone in when the wind goes over 25 knots or when a storm',
    'warning is raised on the lake, and the time lost is refunded.',
  ),
];
const wNav = ['Home', 'Courses', 'Rental', 'The Lake', 'Contact'];
const rt = (id: string, inner: string, font = 'font_8'): string =>
  `<div id="comp-${id}" class="KcpHeO tz5MfG comp-${id} wixui-rich-text" data-testid="richTextElement">${inner.replace(
    /<p>/g,
    `<p
class="${font} wixui-rich-text__text">`,
  )}</div>`;
const esc = (t: string): string => t.replace(/&/g, '&amp;');
const wHtml = `<!DOCTYPE html>
<html lang="fr-FR"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Rental | Sorvan Windsurf Base</title>
<meta name="description" content="Windsurf, foil and SUP rental on Lac de Sorvan. Hourly and daily prices.">
<link rel="canonical" href="https://sorvanwindsurf.wixsite.com/base/rental"><meta property="og:site_name" content="Sorvan Windsurf Base">
<script type="application/json"
id="wix-viewer-model">{"siteFeaturesConfigs":{},"site":{"metaSiteId":"2b8c6e1f","siteId":"9d0a4c7e"},"language":{"userLanguage":"fr"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style>#comp-lr2a3{--rd:0px}#SITE_HEADER{--shd:none}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of
page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP background-main-color" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<div id="WIX_ADS" class="CAVVLg ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
rel="nofollow"
class="jhL4c0"><span class="Y8U0cf"><span class="rg8YV_">This site was designed with the <span class="qKJ5Ju">Wix</span>.com website builder. Create your
website today.</span>
<span class="E5R1Kb">Start Now</span></span></a></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8"><div
data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${rt('lq1x7h2a', '<p><span class="wixui-rich-text__text">SORVAN WINDSURF BASE</span></p>', 'font_6')}
<wix-dropdown-menu id="comp-lq1x8" class="XRwtpn comp-lq1x8 wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr" data-num-items="5">
<nav class="YXlv3y wixui-dropdown-menu__nav" id="comp-lq1x8navContainer" aria-label="Site"><ul class="Mr4QF1" id="comp-lq1x8itemsContainer">
${wNav
  .map(
    (n, i) => `<li id="comp-lq1x8${i}" class="UiHgGh comp-lq1x8${i} wixui-dropdown-menu__item"><a data-testid="linkElement"
href="https://sorvanwindsurf.wixsite.com/base/${n.toLowerCase().replace(' ', '-')}"
class="UiHgGh"><div class="yRj2ms"><div><p class="zKbzSQ" id="comp-lq1x8${i}label">${n}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp"
class="Containerc1dmp SPY_vo">
<div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content"><div data-mesh-id="Containerc1dmpinlineContent-gridContainer"
data-testid="mesh-container-content">
<section id="comp-lr2a3" tabindex="-1" class="Oqnisf comp-lr2a3 wixui-section" data-block-level-container="ClassicSection">
<div id="bgLayers_comp-lr2a3" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div>
<div data-mesh-id="comp-lr2a3inlineContent" data-testid="inline-content"><div data-mesh-id="comp-lr2a3inlineContent-gridContainer"
data-testid="mesh-container-content">
${rt('lr2a4', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${esc(wTitle)}</span></h1>`)}
${rt('lr2a5', `<p><span class="wixui-rich-text__text">${at(wBody, 0)}</span></p>`)}
${rt('lr2a6', `<h2 class="font_2 wixui-rich-text__text">${at(wBody, 1)}</h2>`)}
${rt(
  'lr2a7',
  wBody
    .slice(2, 5)
    .map((t) => `<p><span style="font-weight:bold;" class="wixui-rich-text__text">${t}</span></p>`)
    .join('\n'),
)}
${rt('lr2a8', `<h2 class="font_2 wixui-rich-text__text">${at(wBody, 5)}</h2>`)}
${rt('lr2a9', `<p><span style="font-weight:bold;" class="wixui-rich-text__text">${at(wBody, 6)}</span></p>`)}
<div id="comp-lr2b1" class="comp-lr2b1 wixui-image"><wow-image class="HlRz5e"><img
src="https://static.wixstatic.com/media/9d0a4c_f1.jpg/v1/fill/w_640,h_360/pontoon.jpg"
alt="Rental boards on the pontoon"></wow-image></div>
${rt('lr2b2', `<h2 class="font_2 wixui-rich-text__text">${at(wBody, 7)}</h2>`)}
${rt('lr2b3', ps(wBody.slice(8)).replace(/<p>(.*?)<\/p>/g, '<p><span class="wixui-rich-text__text">$1</span></p>'))}
<div class="comp-lr2b4 R6ex7N wixui-button" id="comp-lr2b4" aria-disabled="false"><a data-testid="linkElement"
href="https://sorvanwindsurf.wixsite.com/base/book-online"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book your rental</span></a></div>
</div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content">
${rt('lq1y2', '<p>Base nautique, Plage des Saules, 04120 Sorvan</p>\n<p>Tel: +33 4 92 18 40 77</p>')}
<div id="comp-lq1y3" class="comp-lq1y3 wixui-social-bar"><ul class="ly_6dq" aria-label="Social Bar"><li class="Ghy4xo"><a
href="https://www.instagram.com/sorvanwindsurf"
target="_blank"><wix-image><img alt="Instagram" src="https://static.wixstatic.com/media/01c3aff52f2a4dffa526d7a9843d46ea.png"></wix-image></a></li></ul></div>
${rt('lq1y4', '<p>© 2026 by Sorvan Windsurf Base. Proudly created with <a href="https://wix.com" target="_blank">Wix.com</a></p>', 'font_9')}
</div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wixRental: TestPage = {
  name: 'heldout673-wix-windsurf-rental',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [at(wBody, 1), at(wBody, 5), at(wBody, 7)],
  body: texts(wBody.filter((_, i) => ![1, 5, 7].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now',
    'SORVAN WINDSURF BASE', 'Home', 'Contact', 'Book your rental', 'Base nautique, Plage des Saules, 04120 Sorvan', 'Tel: +33 4 92 18 40 77',
    '© 2026 by Sorvan Windsurf Base. Proudly created with Wix.com',
  ],
};

const tTitle = 'Wetsuit size guide';
const tIntro = [
  j(
    'A wetsuit only keeps you warm if it fits. Too loose and cold water flushes through every time you duck under a wave; too',
    'tight and you will be tired before you reach the back. Use the tables below as a starting point and try the suit on if you can.',
  ),
];
const tFit = [
  j(
    'A good fit is snug everywhere with no folds of neoprene at the lower back, the armpits or behind the knees. The collar should',
    'sit flat without choking you, and you should be able to lift your arms above your head without the suit pulling at the shoulders.',
  ),
  'If you fall between two sizes, go by your chest measurement first and your height second.',
];
const tMen = [
  ['S', '170–175 cm', '92–96 cm', '76–80 cm'],
  ['M', '175–180 cm', '96–100 cm', '80–84 cm'],
  ['L', '180–185 cm', '100–105 cm', '84–89 cm'],
  ['XL', '185–190 cm', '105–110 cm', '89–94 cm'],
];
const tWomen = [
  ['8', '158–163 cm', '82–86 cm', '64–68 cm'],
  ['10', '163–168 cm', '86–90 cm', '68–72 cm'],
  ['12', '166–171 cm', '90–94 cm', '72–76 cm'],
  ['14', '169–174 cm', '94–99 cm', '76–81 cm'],
];
const tHire = [
  j(
    'Every lesson at the Tidehouse surf school includes a 5/4 mm winter suit or a 3/2 mm summer suit, boots from November to April,',
    'and a soft-top board. Tell us your height and weight when you book and your suit will be waiting on a named peg.',
  ),
  'Still not sure? Email hello@tidehousesurf.co with your height, weight and chest size and we will pick a size for you.',
];
const tHead = ['Size', 'Height', 'Chest', 'Waist'];
const tNav = ['Shop', 'Surf School', 'Hire', 'Size guide', 'Visit us'];
const tQuick = ['Search', 'Delivery', 'Returns', 'Contact'];
const tPol = ['Refund policy', 'Privacy policy', 'Terms of service'];
const table = (rows: string[][]): string =>
  `<div class="table-wrapper"><table><thead>${trs([tHead], 'th')}</thead><tbody>\n${trs(rows)}\n</tbody></table></div>`;
const tHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://tidehousesurf.co/pages/wetsuit-size-guide"><title>${tTitle} &ndash; Tidehouse Surf
Co</title>
<meta property="og:site_name" content="Tidehouse Surf Co"><meta property="og:type" content="website"><meta property="og:title" content="${tTitle}">
<script src="//tidehousesurf.co/cdn/shop/t/4/assets/constants.js?v=58251544750838685771712651014" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"page":{"pageType":"page","resourceType":"page",
"resourceId":10293847}};</script>
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
<link href="//tidehousesurf.co/cdn/shop/t/4/assets/base.css?v=14378236573898523631712651014" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--2219__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free board wax with every lesson booked online</span></p></div></div></div></div>
<div id="shopify-section-sections--2219__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header
class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container"><nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu list-menu"
role="list">${links(tNav, 'menu-drawer__menu-item list-menu__item link link--text focus-inset')}</ul></nav></div></div></details></header-drawer>
<div class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Tidehouse Surf Co</span></a></div>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline"
role="list">${links(tNav, 'header__menu-item list-menu__item link link--text focus-inset')}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search
header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg
class="modal__toggle-open icon icon-search"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account"></svg><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"></svg><span
class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--2231__main"
class="shopify-section section">
<div class="page-width page-width--narrow section-template--2231__main-padding"><h1 class="main-page-title page-title h0">${tTitle}</h1>
<div class="rte">
${ps(tIntro)}
<h2>How a wetsuit should fit</h2>
${ps(tFit)}
<h2>Men’s sizes</h2>
${table(tMen)}
<h2>Women’s sizes</h2>
${table(tWomen)}
<h2>Hiring a wetsuit for a lesson</h2>
${ps(tHire)}
</div></div></section></main>
<div id="shopify-section-sections--2220__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient section-sections--2220__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div
class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content list-unstyled">${links(tQuick, 'link link--text list-menu__item--link')}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Find the shop</h2><div class="footer-block__details-content rte">
<p>14 Quay Street, Ennor Bay. Open 9–5 every day, 8–7 in summer.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type"
value="customer">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--2220__footer" type="email" name="contact[email]"
class="field__input"
placeholder="Email" required><label class="field__label" for="NewsletterForm--sections--2220__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg
class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">
<localization-form><form method="post" action="/localization" id="FooterCountryForm" class="localization-form"><div><h2 class="caption-large text-body"
id="FooterCountryLabel">Country/region</h2>
<div class="disclosure"><button type="button" class="disclosure__button localization-form__select localization-selector link link--text caption-large"
aria-expanded="false">
<span>United Kingdom | GBP £</span></button></div></div></form></localization-form></div>
<div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul
class="list list-payment" role="list">
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Tidehouse Surf Co</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(tPol)}</ul></div></div></div></div></footer></div>
<script src="//tidehousesurf.co/cdn/shop/t/4/assets/global.js?v=84921512519345137171712651014" defer="defer"></script></body></html>`;
const shopifyGuide: TestPage = {
  name: 'heldout673-shopify-wetsuit-sizes',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['How a wetsuit should fit', 'Men’s sizes', 'Women’s sizes', 'Hiring a wetsuit for a lesson'],
  body: texts([...tIntro, ...tFit, ...rowTexts(tMen), ...rowTexts(tWomen), ...tHire]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free board wax with every lesson booked online', 'Tidehouse Surf Co', 'Shop', 'Hire', 'Visit us', 'Log in', 'Cart', 'Quick links',
    ...tQuick,
    'Find the shop', '14 Quay Street, Ennor Bay. Open 9–5 every day, 8–7 in summer.', 'Subscribe to our emails', 'Country/region',
    'United Kingdom | GBP £', 'Payment methods', '© 2026,', 'Powered by Shopify', ...tPol,
  ],
};

export const HELDOUT673_B: readonly TestPage[] = [wixRental, shopifyGuide];
