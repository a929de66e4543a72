import { links, ps, type TestPage, texts } from './page-kit.js';
import { blogger } from './pages-heldout238-e2.js';

/**
 * Held-out batch 238, file e: a department store's women's size guide (a data page): the utility bar, the store header and
 * category menu, breadcrumbs, a left help-centre menu, an intro, a "How to measure" list, two size tables with captions, a
 * fit-advice paragraph, a "Still not sure?" chat promo, the footer and the consent banner; and, from file e2, a cosmetics
 * review on a YouTube creator's companion blog on Blogger.
 */
const zTitle = 'Women’s Clothing Size Guide';
const zIntro = [
  `Our sizes follow standard UK sizing unless a brand says otherwise on the product page. Use the charts below to find your size, and if you
fall between two sizes, we suggest choosing the larger one for tailored pieces and the smaller one for knitwear, which tends to relax with wear.`,
];
const zH = ['How to measure', 'Dresses, tops and coats', 'Trousers and jeans', 'A note on brand fit'];
const zMeasure = [
  'Bust: measure around the fullest part of your chest, keeping the tape level under your arms.',
  'Waist: measure around your natural waistline, the narrowest part of your torso.',
  'Hips: stand with your feet together and measure around the fullest part of your hips.',
  'Inside leg: measure from the top of your inner thigh down to your ankle bone.',
];
const zCap1 = 'Body measurements in centimetres';
const zHead1 = ['UK size', 'EU size', 'US size', 'Bust', 'Waist', 'Hips'];
const zRows1 = [
  ['6', '34', '2', '80', '62', '87'],
  ['8', '36', '4', '84', '66', '91'],
  ['10', '38', '6', '88', '70', '95'],
  ['12', '40', '8', '93', '75', '100'],
  ['14', '42', '10', '98', '80', '105'],
  ['16', '44', '12', '103', '85', '110'],
  ['18', '46', '14', '110', '92', '117'],
];
const zCap2 = 'Inside leg lengths in centimetres';
const zHead2 = ['Length', 'Petite', 'Regular', 'Long'];
const zRows2 = [['Inside leg', '71', '78', '84']];
const zFit = [
  `Some of our brands cut smaller or larger than standard. Where that is the case, the product page carries a fit note such as "runs small,
we recommend sizing up", based on measurements our fit team takes from every new style and on customer reviews.`,
  `If you are still unsure, our free returns mean you can order two sizes and send back the one that does not fit within 28 days.`,
];
const zNav = ['Women', 'Men', 'Beauty', 'Home', 'Kids', 'Gifts', 'Brands', 'Sale'];
const zUtil = ['Store finder', 'Help', 'Order tracking', 'Sign in'];
const zCrumbs = ['Home', 'Customer Services', 'Size Guides'];
const zSide = ['Delivery', 'Returns & Refunds', 'Size Guides', 'Gift Cards', 'Store Services', 'Contact Us'];
const zFoot = ['About Hartwell & Lowe', 'Our Stores', 'Careers', 'Sustainability', 'Modern Slavery Statement', 'Privacy Notice', 'Cookie Preferences'];
const table = (cap: string, head: string[], rows: string[][]): string => `<div class="size-table__wrapper"><table class="size-table">
<caption class="size-table__caption">${cap}</caption><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n')}</tbody></table></div>`;
const zHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Women's Size Guide | Hartwell &amp; Lowe</title>
<meta name="description" content="Find your size with our women's clothing size charts for dresses, tops, coats, trousers and jeans.">
<link rel="canonical" href="https://www.hartwelllowe.example/customer-services/size-guides/womens">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Women's Clothing Size
Guide","breadcrumb":{"@type":"BreadcrumbList",
"itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"Customer Services"}]}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType":"cms","pageCategory":"help","siteSection":"size-guides"});</script></head>
<body class="page-cms page-size-guide"><a class="skip-link" href="#main">Skip to main content</a>
<div class="utility-bar"><p class="utility-bar__promo">Free delivery on orders over £50</p><ul
class="utility-bar__links">${links(zUtil, 'utility-bar__item')}</ul></div>
<header class="site-header" role="banner"><a class="site-header__logo" href="/">Hartwell &amp; Lowe</a>
<form class="site-search" role="search"><input type="search" placeholder="Search products and brands" aria-label="Search"></form>
<nav class="mega-menu" aria-label="Departments"><ul class="mega-menu__list">${links(zNav, 'mega-menu__item')}</ul></nav></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol class="breadcrumbs__list">${links(zCrumbs, 'breadcrumbs__item')}
<li class="breadcrumbs__item breadcrumbs__item--current">Women's</li></ol></nav>
<div class="cms-layout"><aside class="cms-layout__sidebar help-menu"><h2 class="help-menu__title">Customer Services</h2>
<ul>${links(zSide, 'help-menu__item')}</ul></aside>
<main id="main" class="cms-layout__content"><article class="cms-article size-guide">
<h1 class="cms-article__title">${zTitle}</h1>
<div class="size-guide__tabs" role="tablist"><button role="tab" aria-selected="true">Women's</button><button role="tab">Men's</button>
<button role="tab">Kids'</button><button role="tab">Shoes</button></div>
<div class="rich-text">${ps(zIntro)}
<h2>${zH[0]}</h2>
<ul>${zMeasure.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${zH[1]}</h2>
${table(zCap1, zHead1, zRows1)}
<h2>${zH[2]}</h2>
${table(zCap2, zHead2, zRows2)}
<h2>${zH[3]}</h2>
${ps(zFit)}</div>
<div class="unit-toggle"><span class="unit-toggle__label">Show measurements in</span><button aria-pressed="true">cm</button><button>inches</button></div>
</article>
<section class="help-promo"><h2 class="help-promo__title">Still not sure?</h2><p>Our stylists can help you find the right fit over live chat, 9am to 9pm
every day.</p><a class="button button--secondary" href="/chat">Start a chat</a></section></main></div>
<footer class="site-footer"><section class="site-footer__newsletter"><h2>Be the first to know</h2><p>Sign up for new arrivals, events and exclusive offers.</p>
<form><input type="email" placeholder="Email address"><button>Sign up</button></form></section><ul
class="site-footer__links">${links(zFoot, 'site-footer__item')}</ul>
<p class="site-footer__legal">© Hartwell &amp; Lowe Ltd 2026. Registered in England and Wales, company number 01928374.</p></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to give
you the
best shopping experience, to measure how our site is used and to show you relevant advertising.</p><button id="onetrust-accept-btn-handler">Accept All
Cookies</button>
<button id="onetrust-pc-btn-handler">Cookies Settings</button></div></body></html>`;
const sizeGuide: TestPage = {
  name: 'heldout238-department-store-size-guide',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zH,
  body: texts([...zIntro, ...zMeasure, zCap1, ...zRows1.flatMap((r) => r.slice(1)), zCap2, ...zRows2.flatMap((r) => r.slice(1)), ...zFit]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Free delivery on orders over £50', ...zUtil, 'Hartwell & Lowe', ...zNav, ...zCrumbs, "Women's", 'Customer Services', ...zSide,
    "Men's", "Kids'", 'Shoes', 'Show measurements in', 'inches', 'Still not sure?',
    'Our stylists can help you find the right fit over live chat, 9am to 9pm every day.', 'Start a chat', 'Be the first to know',
    'Sign up for new arrivals, events and exclusive offers.', 'Sign up', ...zFoot,
    '© Hartwell & Lowe Ltd 2026. Registered in England and Wales, company number 01928374.',
    'We use cookies to give you the best shopping experience, to measure how our site is used and to show you relevant advertising.',
    'Accept All Cookies', 'Cookies Settings',
  ],
};

export const HELDOUT238_E: readonly TestPage[] = [sizeGuide, blogger];
