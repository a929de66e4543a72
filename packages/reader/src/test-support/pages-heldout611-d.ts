import { links, type TestPage } from './page-kit.js';
import { bodyOf, h2, headingsOf, j, p, quote, render, ul, finish } from './pages-heldout611-kit.js';

/**
 * Held-out batch 611, file d: a remortgage conveyancing page of an online conveyancer built with Next.js and Tailwind (fee
 * breakdown as a definition list, Trustpilot widget, `__NEXT_DATA__`) and a firm news item on Drupal 10 with Olivero.
 */
const nTitle = 'Remortgage conveyancing';
const nDek = 'Switching lender? We handle the legal side of your remortgage for a fixed fee, usually in four to six weeks.';
const nBlocks = [
  h2('What we do'),
  p(
    j(
      'When you remortgage, your new lender needs a solicitor to check the title, carry out searches and register its charge',
      'against your home. We do all of this, pay off your old mortgage on the completion day and send any money left over to you.',
    ),
  ),
  ul(
    'Check your title and the new lender’s offer',
    'Order the searches or search insurance the lender asks for',
    'Redeem your existing mortgage on completion',
    'Register the new charge with HM Land Registry',
  ),
  h2('Our fees'),
];
const nFees = [
  ['Legal fee', '£350 + VAT'],
  ['Search insurance', '£35'],
  ['Land Registry fee', '£20 to £45'],
  ['Bank transfer fee', '£36 + VAT'],
];
const nAfter = [
  p(
    j(
      'Many lenders offer a free legal package with their remortgage products. If yours does, compare the timescale and the',
      'service before you accept: some panel firms take far longer than we do.',
    ),
  ),
  h2('Can I remortgage a leasehold flat?'),
  p('Yes. We will need a copy of the lease and, for some lenders, a letter from the managing agent. Add £95 + VAT for leasehold.'),
];
const nFoot = ['About us', 'Careers', 'Complaints', 'Privacy notice', 'Cookie settings'];
const nNext = JSON.stringify({ props: { pageProps: { page: { slug: 'remortgage', title: nTitle, intro: nDek } } }, page: '/[slug]', buildId: 'k8s2Lw0' });
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Remortgage Conveyancing | Fixed Fee from £350 | Keystep</title><meta name="description" content="${nDek}"/>
<link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" crossorigin="" type="font/woff2"/>
<link rel="stylesheet" href="/_next/static/css/5d1c3b2a9f8e7d6c.css" data-precedence="next"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Service","name":"Remortgage conveyancing","provider":
{"@type":"LegalService","name":"Keystep Conveyancing"},"offers":{"@type":"Offer","price":"350","priceCurrency":"GBP"}}</script>
<script src="/_next/static/chunks/webpack-3b1c9a2e.js" defer=""></script><script src="/_next/static/chunks/main-7e2a91fd.js" defer=""></script>
</head><body class="__className_aaf875 bg-white text-slate-800 antialiased"><div id="__next">
<a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4
focus:py-2">Skip to main content</a>
<div class="bg-emerald-900 py-2 text-center text-sm text-white"><p>Rated Excellent on Trustpilot · Over 4,000 reviews</p></div>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur"><div class="mx-auto flex h-16 max-w-6xl items-center
justify-between px-4"><a class="flex items-center gap-2 font-semibold" href="/"><svg aria-hidden="true" class="h-6 w-6" viewBox="0 0 24 24"><path
d="M3 12l9-9 9 9"></path></svg><span>Keystep</span></a><nav class="hidden gap-6 text-sm md:flex" aria-label="Main"><a class="hover:text-emerald-700"
href="/buying">Buying</a><a class="hover:text-emerald-700" href="/selling">Selling</a><a class="font-semibold text-emerald-700"
href="/remortgage" aria-current="page">Remortgage</a><a class="hover:text-emerald-700" href="/transfer-of-equity">Transfer of equity</a></nav>
<a class="rounded-full bg-emerald-700 px-4 py-2 text-sm font-semibold text-white" href="/quote">Get a quote</a><button type="button"
class="md:hidden" aria-label="Open menu"><svg class="h-6 w-6" viewBox="0 0 24 24"></svg></button></div></header>
<main id="main" class="mx-auto max-w-6xl px-4 py-12"><div class="grid gap-12 lg:grid-cols-[2fr_1fr]"><article class="prose prose-slate
max-w-none"><h1 class="text-4xl font-bold tracking-tight">${nTitle}</h1><p class="lead text-xl text-slate-600">${nDek}</p>
${render(nBlocks, { h2: ' class="mt-10 text-2xl font-semibold"' })}
<dl class="not-prose divide-y divide-slate-200 rounded-lg border border-slate-200">${nFees
  .map(
    ([k, v]) => `<div class="flex justify-between px-4
py-3"><dt class="font-medium">${k}</dt><dd class="text-slate-700">${v}</dd></div>`,
  )
  .join('\n')}</dl>
${render(nAfter, { h2: ' class="mt-10 text-2xl font-semibold"' })}
</article>
<aside class="space-y-6"><div class="rounded-xl bg-slate-50 p-6"><p class="text-lg font-semibold">Start your remortgage</p><p class="mt-2
text-sm text-slate-600">Get a fixed quote in under a minute. No obligation.</p><a class="mt-4 inline-block rounded-full bg-emerald-700 px-5 py-2
text-white" href="/quote?type=remortgage">Get my quote</a></div><div class="trustpilot-widget" data-locale="en-GB"
data-template-id="5419b6a8b0d04a076446a9ad" data-businessunit-id="5e1f0c9a7b2d4e0001a3c4d5" data-style-height="24px" data-style-width="100%"
data-theme="light"><a href="https://uk.trustpilot.com/review/keystep.co.uk" target="_blank" rel="noopener">Trustpilot</a></div></aside>
</div></main>
<footer class="mt-16 bg-slate-900 text-slate-300"><div class="mx-auto max-w-6xl px-4 py-10"><ul class="flex flex-wrap gap-6 text-sm">
${links(nFoot)}</ul><p class="mt-6 text-xs">Keystep is a trading name of Keystep Legal Ltd, authorised and regulated by the Solicitors Regulation
Authority (SRA number 8093114).</p><p class="mt-2 text-xs">© 2025 Keystep Legal Ltd</p></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">${nNext}</script></body></html>`;
const nextRemortgage: TestPage = finish({
  name: 'heldout611-nextjs-remortgage',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [...headingsOf(nBlocks), ...headingsOf(nAfter)],
  body: [nDek, ...bodyOf(nBlocks), ...nFees.flat(), ...bodyOf(nAfter)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Rated Excellent on Trustpilot · Over 4,000 reviews', 'Keystep', 'Buying', 'Selling', 'Remortgage',
    'Transfer of equity', 'Get a quote', 'Start your remortgage', 'Get a fixed quote in under a minute. No obligation.', 'Get my quote',
    'Trustpilot', ...nFoot,
    'Keystep is a trading name of Keystep Legal Ltd, authorised and regulated by the Solicitors Regulation Authority (SRA number 8093114).',
    '© 2025 Keystep Legal Ltd',
  ],
});

const dTitle = 'Harwood Pryce opens Tenbury Cross office and welcomes two new partners';
const dBlocks = [
  p(
    j(
      'Harwood Pryce Solicitors has opened its third office, on Corn Street in Tenbury Cross, and appointed two new partners to',
      'lead its residential property and private client teams there.',
    ),
  ),
  p(
    j(
      'Sunita Gale joins as partner in residential property from a firm in Ashmoor, where she ran the conveyancing department for',
      'eight years. Owen Rudd, who trained with Harwood Pryce, returns as partner in wills, trusts and probate.',
    ),
  ),
  p(
    j(
      'The office will employ eleven people by the end of the year, including two trainee solicitors. It is open Monday to Friday,',
      'and on Saturday mornings for signing appointments.',
    ),
  ),
  quote(
    j(
      'A third of our property clients already come from Tenbury Cross and the villages around it. Now they will not have to drive',
      'twenty miles to sign a contract.',
    ),
  ),
  p('Managing partner Claire Harwood said the firm planned to recruit a further family law solicitor for the new office in the spring.'),
];
const dNav = ['Home', 'Services', 'People', 'News', 'Offices', 'Contact'];
const dTags = ['Firm news', 'Tenbury Cross', 'Appointments'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<link rel="canonical" href="https://www.harwoodpryce.co.uk/news/harwood-pryce-opens-tenbury-cross-office"><title>${dTitle} | Harwood Pryce Solicitors</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Jr4bY1aB0.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/88"},"olivero":{}}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable"><div class="site-header__initial"><button class="sticky-header-toggle"
data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false"><span
class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div><div id="site-header__inner"
class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container"><div
id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div
class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Harwood Pryce Solicitors</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span
class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div><div id="header-nav" class="header-nav"
data-drupal-selector="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main
navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">${dNav
  .map(
    (n) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${n.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${n}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a><div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div
id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list"><li
class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/news"
class="breadcrumb__link">News</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1>
</div></div><div class="region region--content grid-full layout--pass--content-medium" id="content" role="main"><div id="block-olivero-content"
class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="88" class="node node--type-article
node--promoted node--view-mode-full"><header class="node__header"><div class="node__meta"><article class="profile"></article><div><span><span
class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Rachel Oyelaran</span></span></span><span
class="node__meta-date">Tue, 03/11/2025 - 10:12</span></div></div></header><div class="node__content"><div class="field field--name-field-image
field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/wide/public/2025-03/corn-street.jpg"
width="1414" height="600" alt="The new office on Corn Street" class="image-style-wide"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${render(dBlocks)}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label
field--tags__label">Tags</h3><ul class="links field__items field--tags__items">${links(dTags, 'field--tags__item')}</ul></div></div></article>
</div></div></div></div></div><div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate"
role="complementary" class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a>
</div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner"
><div id="block-footer-sra" class="block block-block-content"><div class="block__content"><div class="text-content"><p>Harwood Pryce Solicitors LLP is
authorised and regulated by the Solicitors Regulation Authority, SRA number 412688.</p></div></div></div></div></div><div class="region
region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a
href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const drupalNews: TestPage = finish({
  name: 'heldout611-drupal-olivero-office-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: headingsOf(dBlocks),
  body: bodyOf(dBlocks),
  bylines: ['Rachel Oyelaran', 'Tue, 03/11/2025 - 10:12'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Harwood Pryce Solicitors', 'Menu', 'Main navigation', ...dNav, 'Breadcrumb', 'Tags', ...dTags, 'RSS feed',
    'Harwood Pryce Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority, SRA number 412688.', 'Powered by Drupal',
  ],
});

export const HELDOUT611_D: readonly TestPage[] = [nextRemortgage, drupalNews];
