import { links, ps, type TestPage, texts } from './page-kit.js';
import { fur, j } from './pages-heldout580-kit.js';

/**
 * Held-out batch 580, file f: a wedding magazine's news story on Next.js (pages router, CSS-module class names, __NEXT_DATA__)
 * with share bar, related box, most-read rail and newsletter, and a mariachi band's short page on Shopify (Dawn theme).
 */
const nTitle = 'Live bands lose ground to DJs as couples trim evening budgets, survey finds';
const nDek = 'Fewer than one in three couples booked a live band last year, down from almost half in 2019, according to an industry survey.';
const nParts: [string, string[]][] = [
  [
    '',
    [
      j(
        'The share of couples hiring a live band for their wedding reception has fallen for the third year running, as rising',
        'venue and catering costs squeeze the money left for the evening, according to figures published on Tuesday by the',
        'Association of Event Musicians.',
      ),
      j(
        'Its annual survey of 2,140 couples who married in 2024 found that 31 per cent booked a band for the evening, against',
        '47 per cent in 2019. Over the same period, the share booking only a DJ rose from 44 per cent to 58 per cent. The',
        'remainder used a playlist, a ceilidh band or a mix of acts.',
      ),
      j(
        'The average spend on evening music was £1,420, up 9 per cent on 2019 but well behind the rise in venue hire, which the',
        'survey put at 27 per cent over five years.',
      ),
    ],
  ],
  [
    'Bands adapt with smaller line-ups',
    [
      j(
        'Several bands told the association that they now offer three-piece and duo versions of their act, often with a DJ set',
        'between live sets, to stay within couples’ budgets. "We used to sell the six-piece with horns by default," said Kieran',
        'Mabbott, who runs a function band in Cardiff. "Now half our bookings are for the trio, and we make up the gap with',
        'weekday corporate work."',
      ),
      j(
        'The survey found that hybrid bookings, in which a DJ and one or two live musicians share the evening, had grown fastest,',
        'from 3 per cent of weddings in 2019 to 11 per cent last year. A saxophonist playing over the DJ was the most common',
        'combination.',
      ),
    ],
  ],
  [
    'Ceremony music holds up',
    [
      j(
        'Spending on ceremony music has held steadier. Just over a quarter of couples booked live musicians for the ceremony',
        'itself, most often a solo harpist, a string duo or an acoustic guitarist, roughly the same share as five years ago.',
      ),
      j(
        'Association chair Wendy Arkwright said the figures showed couples were "choosing where live music matters most to them"',
        'rather than abandoning it. She urged musicians to be clear about what each package includes, after the survey found',
        'that one in five couples had been surprised by charges for travel or overtime.',
      ),
      j('The association will publish guidance on clear pricing for its members in the spring. The full survey is available to', 'members from its website.'),
    ],
  ],
];
const nNav = ['News', 'Real Weddings', 'Planning', 'Fashion', 'Venues', 'Suppliers'];
const nShare = ['Share on Facebook', 'Share on X', 'Share on WhatsApp', 'Copy link'];
const nMost = [
  'Barn venues raise prices for 2026 season',
  'The first-dance songs couples chose most last year',
  'Real wedding: a lakeside ceremony in the Lake District',
  'How much should you tip your wedding suppliers?',
];
const nFoot = ['About us', 'Advertise', 'Contact', 'Privacy notice', 'Cookie settings', 'Terms of use'];
const nCls = 'ArticleBody_paragraph__q2Wc7';
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport"
 content="width=device-width"><title>${nTitle} | Aisle &amp; Altar</title>
<meta name="description" content="${nDek}"><meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-04T07:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","author":[{"@type":"Person","
name":"Rosa Lindqvist"}],
"datePublished":"2025-03-04T07:00:00Z"}</script><meta name="next-head-count" content="9"><link rel="preload" href="/_next/static/css/4f1c2a9e8b7d.css"
 as="style">
<link rel="stylesheet" href="/_next/static/css/4f1c2a9e8b7d.css" data-n-g=""><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js"></script><script src="/_next/static/chunks/webpack-8a1b2c3d.js"
 defer=""></script>
<script src="/_next/static/chunks/pages/news/%5Bslug%5D-9f8e7d6c.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__x8Rt1" href="#main">Skip to main content</a>
<div class="PromoBanner_banner__Lk3dA" role="region"
 aria-label="Promotion"><p>Meet 200 suppliers under one roof: the Aisle &amp; Altar Show, Manchester, 12–13 April.
 <a href="/show">Get tickets</a></p></div>
<header class="Header_header__a1B2c"><div class="Header_inner__Zq8rT"><a class="Header_logo__9fKd2" href="/" aria-label="Aisle and Altar home"><svg
 viewBox="0 0 120 32"
 aria-hidden="true"><path d="M4 28L16 4l12 24"></path></svg></a><nav class="Header_nav__3kPq1"
 aria-label="Primary"><ul>${links(nNav, 'Header_item__u7Yh2')}</ul></nav>
<button class="Header_search__Pq9sZ" type="button"><span class="visually-hidden">Search</span></button><a class="Header_subscribe__4HgT1"
 href="/subscribe">Subscribe</a>
</div></header>
<main id="main" class="Layout_main__mK2nP"><div class="ArticleLayout_grid__8uJ5b"><article class="ArticleLayout_article__Y6tBq">
<header class="ArticleHeader_header__T4cx0"><a class="ArticleHeader_kicker__c0Rw2" href="/news">News</a><h1 class="ArticleHeader_title__2dKpL">${nTitle}</h1>
<p class="ArticleHeader_standfirst__Vb3Sx">${nDek}</p><div class="Byline_byline__F2d8o"><span class="Byline_author__sK2u9">By <a
 href="/authors/rosa-lindqvist">Rosa
 Lindqvist</a></span><time class="Byline_date__x1Pq3" dateTime="2025-03-04T07:00:00Z">4 March 2025</time></div>
<ul class="ShareBar_share__0dLm4">${nShare.map((s) => `<li><button type="button" class="ShareBar_button__p3aW1">${s}</button></li>`).join('')}</ul></header>
<figure class="ArticleImage_figure__4rTz1"><span style="box-sizing:border-box;display:block;overflow:hidden"><img alt="A band playing at an evening reception"
 src="/_next/image?url=%2Fimages%2Fband-reception.jpg&amp;w=1200&amp;q=75" decoding="async" data-nimg="responsive"></span><figcaption
 class="ArticleImage_caption__Gm8s2">Hybrid bookings, with a DJ and live musicians sharing the evening, grew fastest. <span
 class="ArticleImage_credit__kR5t0">Photo:
 Tamsin Odell</span></figcaption></figure>
<div class="ArticleBody_body__x9LmQ">${nParts
  .map(([h, ps2], i) => {
    const head = h === '' ? '' : `<h2 class="ArticleBody_heading__Yw4e2">${h}</h2>`;
    const box =
      i === 1
        ? `<aside class="RelatedBox_box__bN7s2"><p class="RelatedBox_label__e4Rf8">Related</p><a
 href="/planning/how-to-book-a-wedding-band">How to book a wedding
 band without overpaying</a></aside>`
        : '';
    return head + ps(ps2, ` class="${nCls}"`) + box;
  })
  .join('\n')}</div>
<div class="NewsletterCta_box__9QfR3"><h2
 class="NewsletterCta_title__p4Ls1">Planning a wedding?</h2><p>Get our weekly planning email, with supplier news and real weddings.</p>
<form><label for="nl-email" class="visually-hidden">Email address</label><input id="nl-email" type="email" placeholder="Your email"><button
 type="submit">Sign up</button>
</form></div></article>
<aside class="ArticleLayout_rail__c8Wq0"><section class="MostRead_section__vV2xk"><h2 class="MostRead_title__0kPp3">Most read</h2><ol>${nMost
  .map((m, i) => `<li class="MostRead_item__1bTr6"><span class="MostRead_num__Pp2s8">${i + 1}</span><a href="/news/${i}">${m}</a></li>`)
  .join('')}</ol></section><div class="AdSlot_slot__mP4k2" data-slot="mpu-1"><p class="AdSlot_label__z3Ty0">Advertisement</p></div></aside></div></main>
<footer class="Footer_footer__T2nH8"><ul class="Footer_links__Wq2e3">${links(nFoot)}</ul><p
 class="Footer_copy__Hs7a1">© 2025 Aisle &amp; Altar Media Ltd. All rights
 reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"live-bands-lose-ground","title":"${nTitle}"}},"__N_SSP":true},
"page":"/news/[slug]","query":{"slug":"live-bands-lose-ground"},"buildId":"k2V8xQ1pR7","isFallback":false,"gssp":true,"
scriptLoader":[]}</script></body></html>`;
const nHeads = nParts.map(([h]) => h).filter((h) => h !== '');
const nBody = [nDek, ...nParts.flatMap(([, b]) => b)];
const aisle: TestPage = {
  name: 'heldout580-nextjs-magazine-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts(nBody),
  bylines: ['By Rosa Lindqvist', '4 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: fur([nTitle, ...nHeads, ...nBody], [
    'Skip to main content', 'Meet 200 suppliers under one roof: the Aisle & Altar Show, Manchester, 12–13 April. Get tickets', ...nNav, 'Search', 'Subscribe',
    ...nShare, 'Hybrid bookings, with a DJ and live musicians sharing the evening, grew fastest.', 'Photo: Tamsin Odell', 'Related',
    'How to book a wedding band without overpaying', 'Planning a wedding?', 'Get our weekly planning email, with supplier news and real weddings.',
    'Email address', 'Sign up', 'Most read', ...nMost, ...nMost.map((_, i) => String(i + 1)), 'Advertisement', ...nFoot,
    '© 2025 Aisle & Altar Media Ltd. All rights reserved.',
  ]),
};

const mTitle = 'Destination Weddings';
const mBody = [
  j(
    'Los Gallos de Plata travel for weddings across Spain, Portugal and the south of France. We play as a five, seven or nine-piece',
    'mariachi, in full traje de charro, for ceremonies, cocktail hours and the first hour of the party.',
  ),
  j(
    'For weddings abroad we quote travel, hotel and instrument carriage separately, so you can see exactly what you are paying',
    'for. Most couples book two nights for the band. We need a covered area if we play outside, as the guitarrón does not like rain.',
  ),
  'Tell us the venue and date through the booking form and we will send a quote within three working days.',
];
const mNav = ['Home', 'Weddings', 'Destination Weddings', 'Shop', 'Contact'];
const mFoot = ['Search', 'Booking terms', 'Refund policy'];
const mHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
 content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical"
 href="https://losgallosdeplata.com/pages/destination-weddings"><title>${mTitle} &ndash; Los Gallos de Plata</title>
<meta name="description" content="Mariachi for weddings in Spain, Portugal and the south of France."><meta property="og:site_name"
 content="Los Gallos de Plata">
<script src="//losgallosdeplata.com/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "los-gallos-de-plata.myshopify.com";Shopify.theme = {"name":"Dawn","id":142857142857,"
schema_name":"Dawn",
"schema_version":"15.0.0"};</script><link href="//losgallosdeplata.com/cdn/shop/t/4/assets/base.css?v=1234" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer"><div id="CartDrawer-Overlay" class="cart-drawer__overlay"></div><div
 class="drawer__inner"
 role="dialog" aria-modal="true" aria-label="Your cart" tabindex="-1"><div class="drawer__inner-empty"><div class="cart-drawer__warnings center"><div
 class="cart-drawer__empty-content"><h2 class="cart__empty-text">Your cart is empty</h2><a href="/collections/all"
 class="button">Continue shopping</a></div></div></div>
</div></div></cart-drawer>
<div id="shopify-section-sections--1701__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div
 class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Now booking summer 2026 weddings</span></p></div></div></div></div>
<div id="shopify-section-sections--1701__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
 data-sticky-type="on-scroll-up"
 class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header
 class="header header--middle-left header--mobile-center page-width header--has-menu">
<h2 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Los Gallos de Plata</span></a></h2>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${mNav
  .map(
    (n) =>
      `<li><a href="/pages/${n.toLowerCase().replace(/ /g, '-')}"
 class="header__menu-item list-menu__item link link--text focus-inset"><span>${n}</span></a></li>`,
  )
  .join('\n')}</ul></nav><div class="header__icons"><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg
 class="icon icon-cart-empty"
 aria-hidden="true" focusable="false" viewBox="0 0 40 40"><path d="m15.75 11.8h-3.16l-.77 11.6"></path></svg><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1702__main"
 class="shopify-section section">
<div class="page-width page-width--narrow section-template--1702__main-padding"><h1 class="main-page-title page-title h0">${mTitle}</h1><div class="rte">
${ps(mBody)}</div></div></section>
<section id="shopify-section-template--1702__button" class="shopify-section section"><div class="center page-width"><a href="/pages/booking" class="button
 button--primary">Open the booking form</a></div></section></main>
<div id="shopify-section-sections--1703__footer" class="shopify-section shopify-section-group-footer-group"><footer
 class="footer color-scheme-1 gradient section-sections--1703__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2
 class="footer-block__heading">Subscribe to our
 emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><input type="hidden"
 name="form_type"
 value="customer"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--1703__footer" type="email"
 name="contact[email]"
 class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--sections--1703__footer">Email</label><button type="submit"
 class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg class="icon icon-arrow" viewBox="0 0 14 10"><path
 d="M8.537.808"></path>
</svg></button></div></div></form></div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><ul
 class="footer__list-social
 list-unstyled list-social" role="list"><li class="list-social__item"><a href="https://instagram.com/losgallosdeplata" class="link list-social__link"><svg
 aria-hidden="true"
 class="icon icon-instagram" viewBox="0 0 20 20"></svg><span class="visually-hidden">Instagram</span></a></li></ul></div><div
 class="footer__copyright caption"><small
 class="copyright__content">&copy; 2025, <a href="/" title="">Los Gallos de Plata</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
 href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small><ul
 class="policies list-unstyled">${links(mFoot)}</ul></div></div></footer></div>
<script src="//losgallosdeplata.com/cdn/shop/t/4/assets/global.js?v=5678" defer="defer"></script></body></html>`;
const gallos: TestPage = {
  name: 'heldout580-shopify-mariachi-page',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: mBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: fur([mTitle, ...mBody], [
    'Skip to content', 'Your cart is empty', 'Continue shopping', 'Now booking summer 2026 weddings', 'Los Gallos de Plata', ...mNav, 'Cart',
    'Open the booking form', 'Subscribe to our emails', 'Email', 'Instagram', '© 2025, Los Gallos de Plata', 'Powered by Shopify', ...mFoot,
  ]),
};

export const HELDOUT580_F: readonly TestPage[] = [aisle, gallos];
