import { links, type TestPage, texts } from './page-kit.js';
import { amp, els, elw, j } from './pages-heldout532-kit.js';

/**
 * Held-out batch 532, file a2: a marketing agency's services page built with Elementor on the Hello theme (counters, icon boxes, an accordion FAQ, a CTA band
 * and a CookieYes banner).
 */
const bTitle = 'Paid social advertising';
const bDek = 'Campaigns on Meta, LinkedIn and TikTok planned around your sales numbers, not around likes.';
const bStats: readonly (readonly [string, string, string, string])[] = [
  ['£', '4.2', 'm', 'ad spend managed each year'],
  ['', '63', '', 'active client accounts'],
  ['', '3.1', 'x', 'average return on ad spend'],
];
const bIncl = [
  'A full audit of your current ad accounts, pixels and conversion events',
  'Audience research and a testing plan for the first 90 days',
  'Creative: static, carousel and short video ads made by our in-house studio',
  'Daily bid and budget management by a named account lead',
  'A live dashboard and a monthly report in plain English',
  'Quarterly planning sessions with your sales team',
];
const bIncludedIntro = j(
  'Every retainer covers the whole job, from tracking to creative. There are no add-on fees for new ad formats or extra platforms,',
  'and you keep ownership of every account, audience and asset we build.',
);
const bSteps: readonly (readonly [string, string])[] = [
  ['Audit', 'We spend the first two weeks inside your accounts and your analytics, and tell you what is working and what is wasted.'],
  ['Plan', 'We agree targets with you in revenue or qualified leads, then build the audiences, offers and creative to test against them.'],
  ['Launch', 'Campaigns go live in small, measured steps. Budgets only grow when a test has shown that an ad brings in real customers.'],
  ['Report', 'Each month you get one page: what we spent, what it brought in, what we learned and what we are changing next.'],
];
const bFaq: readonly (readonly [string, string])[] = [
  [
    'What is the minimum ad budget?',
    'We work with monthly ad budgets from £3,000. Below that, we usually recommend our one-off audit and training day instead.',
  ],
  ['How long is the contract?', 'Three months to start, then rolling monthly with 30 days’ notice. We don’t believe in locking clients in.'],
  ['Do you work with B2B companies?', 'Yes. About half of our clients sell to other businesses, mostly through LinkedIn and Meta lead forms.'],
];
const bNav = ['Services', 'Work', 'About', 'Insights', 'Contact'];
const bCta = ['Ready to see what your ads could do?', "Send us your last three months of ad data and we'll come back with a plan within five working days."];
const bFootSvc = ['Paid search', 'SEO', 'Email marketing', 'Analytics'];
const bFootCo = ['Careers', 'Privacy policy', 'Cookie policy'];
const bWidgets = (): string =>
  [
    elw('6b1e0c4', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${bTitle}</h1>`),
    elw('2f9d3a1', 'text-editor', `<p>${bDek}</p>`),
    elw(
      'a03c7e5',
      'button',
      `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/contact">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a free audit</span></span></a></div>`,
    ),
  ].join('\n');
const bCounters = bStats
  .map(([pre, n, suf, label], i) =>
    elw(
      `e4c${i}`,
      'counter',
      `<div class="elementor-counter"><div class="elementor-counter-number-wrapper">
<span class="elementor-counter-number-prefix">${pre}</span><span class="elementor-counter-number" data-duration="2000" data-to-value="${n}"
data-from-value="0" data-delimiter=",">${n}</span><span class="elementor-counter-number-suffix">${suf}</span></div>
<div class="elementor-counter-title">${label}</div></div>`,
    ),
  )
  .join('\n');
const bHowWork = bSteps
  .map(([t, d], i) =>
    elw(
      `7d5${i}`,
      'icon-box',
      `<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon"><span class="elementor-icon elementor-animation-">
<i aria-hidden="true" class="fas fa-check"></i></span></div><div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title"><span>${t}</span></h3>
<p class="elementor-icon-box-description">${d}</p></div></div>`,
    ),
  )
  .join('\n');
const bAccordion = `<div class="elementor-accordion">${bFaq
  .map(
    ([q, a], i) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-140${i}" class="elementor-tab-title${i === 0 ? ' elementor-active' : ''}"
data-tab="${i + 1}" role="button" aria-controls="elementor-tab-content-140${i}" aria-expanded="${i === 0}"><span class="elementor-accordion-icon
elementor-accordion-icon-left" aria-hidden="true"><span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span></span>
<a class="elementor-accordion-title" tabindex="0">${q}</a></div><div id="elementor-tab-content-140${i}" class="elementor-tab-content elementor-clearfix"
data-tab="${i + 1}" role="region" aria-labelledby="elementor-tab-title-140${i}"><p>${a}</p></div></div>`,
  )
  .join('\n')}</div>`;
const bHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Paid Social Advertising Agency | Brightmoor Digital</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="${bDek}"><link rel="canonical" href="https://brightmoordigital.co.uk/services/paid-social/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
{"@type":"WebPage","name":"Paid Social Advertising Agency | Brightmoor Digital","isPartOf":{"@id":"https://brightmoordigital.co.uk/#website"}},
{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://brightmoordigital.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://brightmoordigital.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css'
media='all' />
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external">
<style>.elementor-412 .elementor-element.elementor-element-e4c0 .elementor-counter-number-wrapper{color:#F2542D;}</style></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 page-child wp-custom-logo elementor-default elementor-template-full-width
elementor-page elementor-page-412"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header"
data-elementor-post-type="elementor_library">
${els(
  '3c1a9f0',
  `${elw(
    '51f7d2b',
    'theme-site-logo',
    `<a href="https://brightmoordigital.co.uk">
<img width="180" height="40" src="/wp-content/uploads/2024/02/brightmoor-logo.svg" alt="Brightmoor Digital"></a>`,
  )}
${elw(
  '8a0b6e3',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-8a0b6e3" class="elementor-nav-menu">${links(bNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" class="eicon-menu-bar"></i>
</div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-8a0b6e3" class="elementor-nav-menu">
${links(bNav, 'menu-item')}</ul></nav>`,
)}
${elw(
  'c2d4e8f',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-size-sm" href="/contact">
<span class="elementor-button-text">Get a proposal</span></a></div>`,
)}`,
)}
</header>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${els('5a1c2f3', bWidgets(), 'elementor-section-full_width hero')}
${els('91be7a2', bCounters, 'stats')}
${els(
  '0d4f6c8',
  `${elw('b71e2a9', 'heading', '<h2 class="elementor-heading-title elementor-size-default">What’s included</h2>')}
${elw('3e0a5d7', 'text-editor', `<p>${bIncludedIntro}</p>`)}
${elw(
  'f6c1b8e',
  'icon-list',
  `<ul class="elementor-icon-list-items">${bIncl
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check-circle"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`,
)}`,
)}
${els('2ab9d04', `${elw('9c3f1e6', 'heading', '<h2 class="elementor-heading-title elementor-size-default">How we work</h2>')}\n${bHowWork}`)}
${els(
  'e8d27c1',
  `${elw('4b6a0f3', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Frequently asked questions</h2>')}
${elw('1f8e5c2', 'accordion', bAccordion)}`,
)}
${els(
  '6f0e3b9',
  `${elw('0a7c4d1', 'heading', `<h2 class="elementor-heading-title elementor-size-large">${bCta[0]}</h2>`)}
${elw('d9e2b55', 'text-editor', `<p>${bCta[1]}</p>`)}
${elw(
  '77f0c1a',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-size-lg" href="/contact">
<span class="elementor-button-text">Book a free audit</span></a></div>`,
)}`,
  'cta-band',
)}
</div>
<footer data-elementor-type="footer" data-elementor-id="94" class="elementor elementor-94 elementor-location-footer"
data-elementor-post-type="elementor_library">
${els(
  'aa31c70',
  `${elw('b0c2d11', 'text-editor', '<p>Brightmoor Digital</p><p>Unit 4, Weaver’s Yard, Calderbridge HX7 2QL</p>')}
${elw('b0c2d12', 'heading', '<h4 class="elementor-heading-title elementor-size-default">More services</h4>')}
${elw(
  'b0c2d13',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(bFootSvc)}</ul>
</nav>`,
)}
${elw('b0c2d14', 'heading', '<h4 class="elementor-heading-title elementor-size-default">Company</h4>')}
${elw('b0c2d15', 'nav-menu', `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(bFootCo)}</ul></nav>`)}
${elw('b0c2d16', 'text-editor', `<p>${amp('© 2026 Brightmoor Digital Ltd. Registered in England & Wales No. 10482231.')}</p>`)}`,
)}
</footer>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>We use cookies to improve your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking
"Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn
cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button><button class="cky-btn cky-btn-reject" aria-label="Reject All"
data-cky-tag="reject-button">Reject All</button><button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button>
</div></div></div></div></div>
<script src="https://brightmoordigital.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js" id="elementor-pro-frontend-js"></script></body>
</html>`;
const elementorServices: TestPage = {
  name: 'heldout532-elementor-agency-services',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: ['What’s included', 'How we work', ...bSteps.map(([t]) => t), 'Frequently asked questions'],
  body: texts([bDek, ...bStats.map(([pre, n, suf, l]) => `${pre}${n}${suf} ${l}`), bIncludedIntro, ...bIncl, ...bSteps.map(([, d]) => d), ...bFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...bNav.filter((t) => !['Work', 'About'].includes(t)), 'Get a proposal', 'Book a free audit', ...bCta, 'Brightmoor Digital',
    'Unit 4, Weaver’s Yard, Calderbridge HX7 2QL',
    'More services', ...bFootSvc.filter((t) => t !== 'Analytics'), 'Company',
    ...bFootCo, '© 2026 Brightmoor Digital Ltd. Registered in England & Wales No. 10482231.',
    'We value your privacy', j('We use cookies to improve your browsing experience, serve personalised ads or content, and analyse our traffic. By',
      'clicking "Accept All", you consent to our use of cookies.'), 'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT532_A2: readonly TestPage[] = [elementorServices];
