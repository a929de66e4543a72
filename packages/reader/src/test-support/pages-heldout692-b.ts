import { type TestPage, texts } from './page-kit.js';
import { j, row, trs } from './pages-heldout692-kit.js';

/**
 * Held-out batch 692, file b: a funeral director's FAQ on Wix (rich-text blocks with collapsible answers), and a memorial
 * mason's price page on Shopify (Dawn theme, a main-page section with a table).
 */
const wTitle = 'Frequently Asked Questions';
const wFaq: [string, string[]][] = [
  [
    'What should I do first when someone dies at home?',
    [
      j(
        'If the death was expected, call the GP or the out-of-hours service so that a doctor or nurse can verify it. Once that is done,',
        'call us at any hour and we will come to bring your loved one into our care. There is no need to rush; many families take an hour',
        'or two to sit together first.',
      ),
      'If the death was sudden or unexpected, dial 999. The police will attend and the coroner will be informed.',
    ],
  ],
  [
    'How soon does the death need to be registered?',
    [
      j(
        'In England and Wales a death should be registered within five days at the register office for the district where it happened.',
        'If the coroner is involved, registration waits until the coroner has finished their enquiries.',
      ),
    ],
  ],
  [
    'Can we see our mum before the funeral?',
    [
      j(
        'Yes. Our chapel of rest at Orchard Street is open by appointment seven days a week. You are welcome to bring clothes, photographs',
        'or small keepsakes to be placed in the coffin.',
      ),
    ],
  ],
  [
    'How much does a funeral cost?',
    [
      j(
        'A simple funeral with us starts at £2,450, not counting third-party fees such as the crematorium, the doctor and the minister.',
        'Our full price list is on the Price List page and we will always give you a written estimate before anything is booked.',
      ),
    ],
  ],
  ['Do you help with funerals for children?', ['We make no charge for our own services at the funeral of a baby or a child under eighteen.']],
  [
    'What happens to the ashes?',
    [
      j(
        'You can collect the ashes from our office, or we can hold them for you free of charge for up to six months while you decide.',
        'Many families scatter them in a garden of remembrance; others choose a small plot, a memorial bench or a keepsake urn.',
      ),
    ],
  ],
];
const wNav = ['Home', 'Our Services', 'Funeral Plans', 'FAQ', 'About', 'Contact'];
const wRich = (id: string, html: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${html}</div>`;
const wBlocks = wFaq
  .map(([q, as], i) =>
    [
      `<div id="comp-lq${i}c" class="comp-lq${i}c wixui-collapsible-text" data-testid="collapsible-text">`,
      wRich(`lq${i}h`, `<h2 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">${q}</span></h2>`),
      `<div class="T7kA1W" data-testid="collapsibleText-content">${as.map((a) => `<p class="font_8 wixui-rich-text__text">${a}</p>`).join('')}</div>`,
      `<button class="VlQd3m" data-testid="collapsible-text-button" aria-expanded="true">Read less</button></div>`,
    ].join('\n'),
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/2b1c_fav.png">
<title>FAQ | Orchard &amp; Lane Funeral Care</title><meta name="description" content="Answers to the questions families ask us most.">
<link rel="canonical" href="https://www.orchardlanefunerals.co.uk/faq"><meta property="og:title" content="FAQ | Orchard &amp; Lane Funeral Care">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Orchard & Lane Funeral Care",
"address":{"addressLocality":"Wexley"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"7d3e","isResponsive":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#comp-lq0h{width:640px}.font_5{font:normal normal bold 24px/1.4em cormorant garamond,serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qd6Yce" tabindex="-1" aria-label="top of page"></div>
<div class="LqMt7e"><button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="U4Bvut"><div id="comp-k9hd7l" class="comp-k9hd7l wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text"><a href="https://www.orchardlanefunerals.co.uk" class="wixui-rich-text__text">Orchard &amp; Lane</a></span></p></div>
<nav id="comp-k9hd8m" aria-label="Site" class="comp-k9hd8m wixui-dropdown-menu hidden-during-prewarmup"><ul class="YLlA7U" role="menubar">
${wNav
  .map(
    (t) => `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}" class="UiHgGh"><div
class="yRj2ms"><div class="TRtMjq"><p class="zKbzSQ">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
<li class="hidden-during-prewarmup" aria-hidden="true"><a href="#"><p class="zKbzSQ">More</p></a></li></ul></nav>
<div id="comp-k9hdb1" class="comp-k9hdb1 wixui-button"><a data-testid="linkElement" href="tel:01632960772" class="uDW_Qe wixui-button"><span
class="l7_2fn wixui-button__label">24hr: 01632 960 772</span></a></div>
</div></header><main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="c1dmp">
<section id="comp-lq1sec" class="comp-lq1sec wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf"><div id="comp-lq1col"
class="comp-lq1col wixui-column-strip__column">
${wRich('lq1t', `<h1 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRich('lq1i', '<p class="font_8 wixui-rich-text__text">We know how much there is to think about. Here are the questions families ask us most often.</p>')}
${wBlocks}
</div></div></section>
<section id="comp-lq2sec" class="comp-lq2sec wixui-section"><div id="comp-lq2col" class="wixui-column-strip__column">
${wRich(
  'lq2t',
  `<h2 class="font_4 wixui-rich-text__text">Still have a question?</h2><p
class="font_8 wixui-rich-text__text">Call us or send a message and we will reply the same day.</p>`,
)}
<div id="comp-lq2b" class="wixui-button"><a href="/contact" class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Send a Message</span></a>
</div></div></section>
</div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut">
${wRich(
  'k9hdf2',
  `<p class="font_9 wixui-rich-text__text">Orchard &amp; Lane Funeral Care, 3 Orchard Street, Wexley WX2 7PL</p><p
class="font_9 wixui-rich-text__text">© 2026 by Orchard &amp; Lane. Proudly created with Wix.com</p>`,
)}
<ul class="wixui-social-bar" aria-label="Social Bar"><li><a href="https://www.facebook.com/orchardlane" target="_blank"><img alt="Facebook"
src="https://static.wixstatic.com/media/fb.png"></a></li></ul>
</div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie banner"><p
data-hook="ccsu-banner-text">This website uses cookies. By continuing to browse, you agree to our use of cookies.</p>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline</button><button
data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7c8b2a1e.bundle.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout692-funeral-faq-wix',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wFaq.map(([q]) => q),
  body: texts(['We know how much there is to think about. Here are the questions families ask us most often.', ...wFaq.flatMap(([, as]) => as)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Orchard & Lane', ...wNav, '24hr: 01632 960 772', 'Read less', 'Still have a question?',
    'Call us or send a message and we will reply the same day.', 'Send a Message', 'Orchard & Lane Funeral Care, 3 Orchard Street, Wexley WX2 7PL',
    '© 2026 by Orchard & Lane. Proudly created with Wix.com', 'This website uses cookies. By continuing to browse, you agree to our use of cookies.',
    'Settings', 'Decline', 'Accept',
  ],
};

const hTitle = 'Memorial Prices';
const hIntro = [
  j(
    'Every memorial we make is quoted in writing before work begins. The prices below are for our most popular designs in',
    'standard sizes, and include the stone, up to sixty letters, the cemetery fee application and fixing within thirty miles of Bramhurst.',
  ),
  'Cemetery permit fees are charged by the cemetery and are not included.',
];
const hRows = [
  ['Lawn headstone, 2ft 6in', 'Black granite', '£1,395'],
  ['Lawn headstone, 2ft 6in', 'Blue Pearl granite', '£1,725'],
  ['Ogee headstone, 3ft', 'Welsh slate', '£1,980'],
  ['Book memorial for ashes', 'Grey granite', '£745'],
  ['Full kerb set with headstone', 'Black granite', '£3,850'],
];
const hAfter = [
  'Extra letters are £2.60 each for V-cut and painted, or £4.10 each in gold leaf.',
  j(
    'A deposit of one third is taken when you approve the drawing, and the balance when the memorial is fixed. We can spread the',
    'balance over up to ten months at no extra cost.',
  ),
];
const hNav = ['Headstones', 'Ashes Memorials', 'Vases & Plaques', 'Additional Inscriptions', 'Prices', 'Contact'];
const hFoot = ['Search', 'Delivery & Fixing', 'Refund policy', 'Privacy policy', 'Terms of service'];
const hHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://bramhurstmemorials.co.uk/pages/prices">
<title>Memorial Prices &ndash; Bramhurst Memorials</title>
<meta name="description" content="Prices for our most popular headstones and ashes memorials."><meta property="og:site_name" content="Bramhurst Memorials">
<script>var Shopify = Shopify || {};Shopify.shop = "bramhurst-memorials.myshopify.com";Shopify.locale = "en";Shopify.theme = {"name":"Dawn","id":141223,
"schema_name":"Dawn","schema_version":"13.0.1"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"page"}</script>
<link href="//bramhurstmemorials.co.uk/cdn/shop/t/3/assets/base.css?v=16534392784228263581" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1612__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-1 gradient" role="region" aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5">
<span>Free fixing within 30 miles until the end of June</span></p></div></div></div>
<div id="shopify-section-sections--1612__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details
id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Bramhurst Memorials</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${hNav
  .map(
    (t) => `<li><a
href="/collections/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"></summary></details>
</details-modal>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<div id="shopify-section-template--1613__main" class="shopify-section section"><link
href="//bramhurstmemorials.co.uk/cdn/shop/t/3/assets/section-main-page.css" rel="stylesheet">
<div class="page-width page-width--narrow section-template--1613__main-padding"><h1 class="main-page-title page-title h0">${hTitle}</h1>
<div class="rte">${hIntro.map((p) => `<p>${p}</p>`).join('\n')}
<table><thead><tr><th>Design</th><th>Stone</th><th>From</th></tr></thead><tbody>
${trs(hRows)}
</tbody></table>
${hAfter.map((p) => `<p>${p}</p>`).join('\n')}
<p><a href="/pages/contact" class="button">Request a Quote</a></p></div></div></div>
<div id="shopify-section-template--1613__newsletter" class="shopify-section"><div class="newsletter center"><div
class="newsletter__wrapper color-scheme-2 gradient content-container isolate">
<h2 class="inline-richtext h1">Remembrance reminders</h2><div class="newsletter__subheading rte">
<p>We send one gentle note a year, before the anniversary, about cleaning and re-gilding.</p></div>
<form method="post" action="/contact#contact_form" class="newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--template" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--template">Email</label>
<button type="submit" class="newsletter-form__button field__button" aria-label="Subscribe"></button></div></div></form></div></div></div>
</main>
<div id="shopify-section-sections--1614__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient section-sections--1614__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--menu"><h2
class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${hFoot
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="link link--text list-menu__item list-menu__item--link">${t.replace(/&/g, '&amp;')}</a></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/"
title="">Bramhurst Memorials</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></footer></div>
<script src="//bramhurstmemorials.co.uk/cdn/shop/t/3/assets/global.js?v=84822117" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout692-memorial-prices-shopify',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: texts([...hIntro, ...hRows.map(row), ...hAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free fixing within 30 miles until the end of June', 'Bramhurst Memorials', ...hNav.filter((t) => t !== 'Prices'),
    'Request a Quote', 'Remembrance reminders', 'We send one gentle note a year, before the anniversary, about cleaning and re-gilding.', 'Email',
    'Quick links', ...hFoot, '© 2026,', 'Powered by Shopify',
  ],
};

export const HELDOUT692_B: readonly TestPage[] = [wix, shopify];
