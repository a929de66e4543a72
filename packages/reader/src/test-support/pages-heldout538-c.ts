import { links, type TestPage } from './page-kit.js';
import { esc, j, lis } from './pages-heldout538-kit.js';

/**
 * Held-out batch 538, file c: a bridal shop's journal post on Webflow (CMS template with related posts and a newsletter
 * form), and a Highland outfitter's kilt hire page on WordPress with Elementor Pro (Hello theme, price list and accordion).
 */
const bTitle = 'How many fittings will my wedding dress need?';
const bDek = 'A seamstress explains the usual timeline, from first pinning to the day you take your gown home.';
const bParas1 = [
  j(
    'Most of our brides come in for three fittings, but we have seen anything from one to six. The number depends less on the',
    'gown than on how much it needs to change: a hem and a bustle can be done in two visits, while reshaping a bodice or moving',
    'a neckline takes longer.',
  ),
  j(
    'We ask brides to book the first fitting about three months before the wedding, once the gown has arrived and been checked.',
    'The last fitting falls two to three weeks before the day, which leaves time for small changes without a rush.',
  ),
];
const bH1 = 'The first fitting';
const bP1 = j(
  'At the first fitting, Margit pins the gown on you in your wedding shoes and underwear. This is when we agree on the hem length,',
  'the fit of the bodice and the type of bustle. Expect to stand for around forty minutes.',
);
const bH2 = 'The second fitting';
const bP2 = j(
  'By now the main alterations are sewn. We check the fit again, tidy any pulls in the fabric and show your maid of honour how to',
  'fasten the bustle and the buttons. Bring her along if you can.',
);
const bH3 = 'Collection';
const bP3 = [
  'Your gown is steamed, bagged and ready to collect in the final week. We check it on you one last time before you take it home.',
  'Hang it somewhere cool and dark, and take it out of the bag the night before.',
];
const bQuote = 'Do not lose weight for your fittings. We would much rather fit the body you have on the day. — Margit Orban, head seamstress';
const bH4 = 'What alterations cost';
const bCosts = ['Hem with one layer: from £90', 'Hem with lace or several layers: from £180', 'Bustle: from £60', 'Taking in the bodice: from £120'];
const bEnd = 'Alterations are priced at your first fitting and do not change unless you ask for more work.';
const bRelated = [
  'Choosing shoes for a long walk down the aisle',
  'Five questions to ask at your first appointment',
  'Our favourite sleeves for winter brides',
];
const bNav = ['Collections', 'Appointments', 'Alterations', 'Journal', 'Visit'];
const bHtml = `<!DOCTYPE html><!-- Last Published: Tue Oct 13 2026 09:21:44 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.orbanbridal.com" data-wf-page="64f0a1" data-wf-site="64f09e" lang="en"><head><meta charset="utf-8">
<title>How many fittings will my wedding dress need? | Orban Bridal Journal</title><meta content="${bDek}" name="description">
<meta content="How many fittings will my wedding dress need?" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/64f09e/css/orban-bridal.webflow.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var
n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}","author":{"@type":"Person",
"name":"Dora Halasz"}}</script></head>
<body><a href="#main" class="skip-link">Skip to main content</a>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><div class="brand-text">Orban Bridal</div></a><nav role="navigation" class="nav-menu w-nav-menu">
${bNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/appointments" class="button nav-button w-button">Book a visit</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div>
</div></div></div>
<main id="main" class="main"><div class="section-post"><div class="container-post w-container">
<a href="/journal" class="back-link w-inline-block"><div>← Back to the Journal</div></a>
<div class="post-category">Alterations</div><h1 class="post-title">${bTitle}</h1><p class="post-summary">${bDek}</p>
<div class="post-meta"><img src="https://assets-global.website-files.com/64f09e/dora.jpg" loading="lazy" alt="" class="author-avatar">
<div class="author-name">Dora Halasz</div><div class="meta-dot">·</div><div class="post-date">October 12, 2026</div><div class="meta-dot">·</div>
<div class="read-time">5 min read</div></div>
<img src="https://assets-global.website-files.com/64f09e/fitting-hero.jpg" loading="lazy" alt="A bride standing on a podium while her hem is pinned"
class="post-hero">
<div class="rich-text-post w-richtext">
${bParas1.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<h2>${bH1}</h2><p>${esc(bP1)}</p><h2>${bH2}</h2><p>${esc(bP2)}</p>
<blockquote>${esc(bQuote)}</blockquote>
<h2>${bH3}</h2>${bP3.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/64f09e/bustle.jpg" loading="lazy"
alt="A French bustle"></div><figcaption>A French bustle gathers the train under the skirt.</figcaption></figure>
<h2>${bH4}</h2><ul role="list">${lis(bCosts)}</ul><p>${esc(bEnd)}</p></div>
<div class="share-block"><div class="share-label">Share this article</div><a href="#" class="share-link w-inline-block"><div>Facebook</div></a>
<a href="#" class="share-link w-inline-block"><div>Pinterest</div></a><a href="#" class="share-link w-inline-block"><div>Copy link</div></a></div></div></div>
<div class="section-related"><div class="w-container"><h2 class="related-heading">More from the Journal</h2><div class="w-dyn-list">
<div role="list" class="related-grid w-dyn-items">
${bRelated
  .map(
    (t) => `<div role="listitem" class="w-dyn-item">
<a href="/journal/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="related-card w-inline-block"><h3 class="related-title">${t}</h3></a></div>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="section-newsletter"><div class="w-container"><h2>Letters from the studio</h2>
<p>One email a month with new gowns, sample sales and real weddings.</p>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get"><label for="email">Email address</label>
<input type="email" class="text-field w-input" maxlength="256" name="email" id="email" required="">
<input type="submit" value="Subscribe" class="button w-button"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></div></main>
<footer class="footer"><div class="w-container"><div class="footer-grid"><div class="footer-brand">Orban Bridal</div>
<div class="footer-address">41 Linden Arcade, Perrow</div>
<div class="footer-links">${links(['Instagram', 'Privacy', 'Stockists'])}</div></div>
<div class="footer-copy">© 2026 Orban Bridal Ltd. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64f09e" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/64f09e/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout538-webflow-bridal-fittings',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [bH1, bH2, bH3, bH4],
  body: [bDek, ...bParas1, bP1, bP2, bQuote, ...bP3, ...bCosts, bEnd],
  bylines: ['Dora Halasz', 'October 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Orban Bridal', ...bNav, 'Book a visit', '← Back to the Journal', '·',
    '5 min read', 'A French bustle gathers the train under the skirt.', 'Share this article', 'Facebook', 'Pinterest', 'Copy link',
    'More from the Journal', ...bRelated, 'Letters from the studio', 'One email a month with new gowns, sample sales and real weddings.', 'Email address',
    '41 Linden Arcade, Perrow', 'Instagram', 'Privacy', 'Stockists', '© 2026 Orban Bridal Ltd. All rights reserved.',
  ],
};

const kTitle = 'Kilt Hire';
const kIntro = [
  j(
    'Hire a full Highland outfit for a wedding, a ceilidh or a graduation. Every outfit is fitted in our Kirkmuir shop, and we',
    'stock over forty tartans in sizes from boys aged 4 to a 60 inch chest.',
  ),
  'Hire runs from Thursday to Monday. Outfits can be posted anywhere on the mainland for an extra £15.',
];
const kPriceH = 'Outfits and prices';
const kItems = [
  ['Argyll outfit £95', 'Argyll jacket and waistcoat, kilt, sporran, kilt pin, hose, flashes, sgian dubh and ghillie brogues.'],
  ['Prince Charlie outfit £110', 'Prince Charlie jacket and three-button waistcoat, kilt, dress sporran, wing-collar shirt and bow tie.'],
  ['Jacobite outfit £75', 'Jacobite shirt with leather laces, kilt, belt, hose, flashes and brogues. Ideal for informal and summer weddings.'],
  ['Boys outfit £55', 'A scaled-down Argyll outfit for page boys and ring bearers aged 4 to 14.'],
] as const;
const kInclH = 'Every outfit includes';
const kIncl = ['A fitting in store or a measuring guide for posted hire', 'Free alterations to hose and sleeve lengths', 'Cleaning after your event'];
const kFaqH = 'Questions';
const kFaq = [
  ['When should I book?', 'Book as soon as you have a date. Summer Saturdays fill up six months ahead, especially in the popular tartans.'],
  ['Can the groom wear a different tartan?', 'Yes. Many grooms choose their family tartan and dress the ushers in a plain heather or grey.'],
  ['What if something does not fit on the day?', 'Call the shop. We keep spare jackets and kilts in every size and can courier a swap within the county.'],
];
const kNav = ['Hire', 'Buy', 'Tartan Finder', 'Wedding Parties', 'Contact'];
const ew = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const con = (id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} e-flex e-con-boxed e-con e-parent" data-id="${id}" data-element_type="container">
<div class="e-con-inner">${inner}</div></div>`;
const kHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>Kilt Hire &#8211; MacRae Highland Dress</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="https://macraehighland.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://macraehighland.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.4"
media="all">
<link rel="stylesheet" id="elementor-post-88-css" href="https://macraehighland.co.uk/wp-content/uploads/elementor/css/post-88.css?ver=1727" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Kilt Hire","isPartOf":{"@type":"WebSite",
"name":"MacRae Highland Dress"}}</script>
</head><body class="page-template-default page page-id-88 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header"
data-elementor-post-type="elementor_library">
${con(
  '5a1b',
  `${ew(
    '5a1c',
    'theme-site-logo',
    `<a href="https://macraehighland.co.uk"><img src="/wp-content/uploads/2023/05/macrae-logo.svg" alt="MacRae Highland Dress">
</a>`,
  )}
${ew(
  '5a1d',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-5a1d" class="elementor-nav-menu">${kNav
    .map(
      (t) => `<li class="menu-item menu-item-type-post_type menu-item-object-page">
<a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="elementor-item">${t}</a></li>`,
    )
    .join('')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${ew(
  '5a1e',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/book-a-fitting/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a fitting</span></span></a></div>`,
)}`,
)}
</header>
<main id="content" class="site-main post-88 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
${con(
  '7c01',
  `${ew('7c02', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${kTitle}</h1>`)}
${ew('7c03', 'text-editor', kIntro.map((p) => `<p>${esc(p)}</p>`).join(''))}`,
)}
${con(
  '7c10',
  `${ew('7c11', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${kPriceH}</h2>`)}
${ew(
  '7c12',
  'price-list',
  `<ul class="elementor-price-list">${kItems
    .map(([t, d]) => {
      const [name, price] = [t.replace(/ £\d+$/, ''), t.replace(/^.* /, '')];
      return `<li class="elementor-price-list-item"><div class="elementor-price-list-text"><div class="elementor-price-list-header">
<span class="elementor-price-list-title">${name}</span>
<span class="elementor-price-list-separator"></span><span class="elementor-price-list-price">${price}</span></div>
<p class="elementor-price-list-description">${d}</p></div></li>`;
    })
    .join('\n')}</ul>`,
)}`,
)}
${con(
  '7c20',
  `${ew('7c21', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${kInclH}</h2>`)}
${ew(
  '7c22',
  'icon-list',
  `<ul class="elementor-icon-list-items">${kIncl
    .map(
      (t) => `<li class="elementor-icon-list-item">
<span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-check"></svg></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('')}</ul>`,
)}`,
)}
${con(
  '7c30',
  `${ew('7c31', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${kFaqH}</h2>`)}
${ew(
  '7c32',
  'accordion',
  `<div class="elementor-accordion">${kFaq
    .map(
      ([q, a], i) => `<div class="elementor-accordion-item">
<div id="elementor-tab-title-161${i}" class="elementor-tab-title" data-tab="${i + 1}" role="button" aria-controls="elementor-tab-content-161${i}"
aria-expanded="false">
<span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true"></span><a class="elementor-accordion-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-161${i}" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}" role="region"
aria-labelledby="elementor-tab-title-161${i}"><p>${a}</p></div></div>`,
    )
    .join('\n')}</div>`,
)}`,
)}
</div></div></main>
<footer data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-15 elementor-location-footer"
data-elementor-post-type="elementor_library">
${con(
  '9f01',
  `${ew('9f02', 'text-editor', '<p>MacRae Highland Dress, 17 Bridge Street, Kirkmuir</p><p>Open Tuesday to Saturday</p>')}
${ew(
  '9f03',
  'social-icons',
  `<div class="elementor-social-icons-wrapper elementor-grid"><span class="elementor-grid-item">
<a class="elementor-icon elementor-social-icon elementor-social-icon-facebook" href="#"><span class="elementor-screen-only">Facebook</span></a></span></div>`,
)}
${ew('9f04', 'text-editor', '<p>© 2026 MacRae Highland Dress. Website by Thistle Digital</p>')}`,
)}
</footer>
<script src="https://macraehighland.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.4" id="elementor-frontend-js"></script></body>
</html>`;
const elementor: TestPage = {
  name: 'heldout538-elementor-kilt-hire',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: [kPriceH, kInclH, kFaqH],
  body: [...kIntro, ...kItems.flat(), ...kIncl, ...kFaq.flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...kNav, 'Book a fitting', 'MacRae Highland Dress, 17 Bridge Street, Kirkmuir',
    'Open Tuesday to Saturday', 'Facebook', '© 2026 MacRae Highland Dress. Website by Thistle Digital',
  ],
};

export const HELDOUT538_C: readonly TestPage[] = [webflow, elementor];
