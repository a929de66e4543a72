import { links, ps, type TestPage, texts } from './page-kit.js';
import { phpbb } from './pages-heldout361-b2.js';
import { j, lis } from './pages-heldout361-kit.js';

/**
 * Held-out batch 361, file b: an immigration law firm's blog post on WordPress built with Elementor Pro (header template,
 * post title and post info widgets, share buttons, post content widget, author box, post navigation, posts widget,
 * consultation call-out, Complianz cookie banner, footer template) and, from file b2, an expat forum thread on phpBB.
 */
const eTitle = 'Five mistakes that sink partner visa applications (and how to avoid them)';
const eIntro = [
  j(
    'Every spring our office sees the same pattern. Couples who have been together for years, who share a home and a dog and a',
    'mortgage, receive a refusal letter because the application did not show what the caseworker needed to see. The relationship',
    'was genuine; the paperwork was not persuasive.',
  ),
  'Here are the five mistakes we see most often in partner visa files, and what you can do about each of them before you apply.',
];
const eH = [
  '1. Sending photos instead of evidence',
  '2. Getting the income period wrong',
  '3. Ignoring gaps in living together',
  '4. Translating documents yourselves',
  '5. Applying too early',
];
const eS = [
  [
    j(
      'Holiday photos are pleasant to look at, but they prove very little. A caseworker wants documents from independent sources that',
      'show you at the same address over time.',
    ),
  ],
  [
    j(
      'If the sponsoring partner relies on salary, the payslips must cover the right months, counted back from the date of application,',
      'not from the date you started gathering papers. A file submitted three weeks late can fall outside the period without anyone noticing.',
    ),
  ],
  [
    j(
      'Many couples spend months apart for work or family reasons. That is not a problem in itself, but an unexplained gap looks like',
      'one. Write a short statement explaining where each of you was and why, and attach evidence of contact during that time.',
    ),
  ],
  [
    j(
      'Every document not in the official language needs a certified translation that includes the translator’s credentials, the date',
      'and a statement that it is accurate. A translation by the applicant, however good, will be set aside.',
    ),
  ],
  [
    j(
      'If you need two years of cohabitation, you need two full years on the day you apply. We have seen refusals over eleven days.',
      'Wait, and use the time to gather better evidence.',
    ),
  ],
];
const eList = [
  'joint tenancy agreements or mortgage statements',
  'utility and council tax bills addressed to both of you',
  'bank statements for a joint account, or separate statements at the same address',
  'letters from a doctor, school or employer sent to your shared home',
];
const eOutro = j(
  'None of these mistakes is fatal if you catch it before you submit. If you are unsure whether your file is ready, a one-hour',
  'review costs far less than a refusal and a fresh application fee.',
);
const eMenu = ['Home', 'Family Visas', 'Work Visas', 'Citizenship', 'Appeals', 'Our Team', 'Insights', 'Contact'];
const eShare = ['Facebook', 'LinkedIn', 'WhatsApp', 'Email'];
const eRecent = [
  'What the new English test rules mean for spouses',
  'Can I travel while my settlement application is pending?',
  'Appeals after a refusal: a timeline',
];
const eFoot = ['Privacy Notice', 'Complaints Procedure', 'Regulatory Information', 'Sitemap'];
const el = (id: string, widget: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${widget}" data-id="${id}" data-element_type="widget" data-widget_type="${widget}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const eHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} - Quennell Ardent Immigration Solicitors</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://quennellardent.example/insights/partner-visa-mistakes/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-18T09:00:00+00:00"><meta name="author" content="Marisol Quennell">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"author":{"name":"Marisol Quennell"},"datePublished":"2026-02-18T09:00:00+00:00"},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.4" media="all">
<link rel="stylesheet" id="elementor-post-6-css" href="/wp-content/uploads/elementor/css/post-6.css?ver=1739870000" media="all">
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","user_banner_id":"1","version":"7.1.4"};</script></head>
<body class="post-template-default single single-post postid-4821 single-format-standard elementor-default elementor-template-full-width
elementor-kit-6 elementor-page-5120"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="57" class="elementor elementor-57 elementor-location-header" data-elementor-post-type="elementor_library">
${sec(
  '1c0e5a7',
  el('4b2d9f1', 'image', '<a href="/"><img width="220" height="60" src="/wp-content/uploads/2024/01/qa-logo.svg" alt="Quennell Ardent"></a>') +
    el(
      '8e7f3a2',
      'nav-menu',
      `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-8e7f3a2" class="elementor-nav-menu">${links(eMenu, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>`,
    ) +
    el(
      'd51a6c0',
      'button',
      '<a class="elementor-button elementor-button-link elementor-size-sm" href="/book/"><span class="elementor-button-text">Book a consultation</span></a>',
    ),
)}</div>
<div data-elementor-type="single-post" data-elementor-id="5120" class="elementor elementor-5120 elementor-location-single post-4821 post type-post
status-publish format-standard has-post-thumbnail hentry category-family-visas" data-elementor-post-type="elementor_library">
${sec(
  '2f6b8d4',
  el(
    'a90c3e1',
    'breadcrumbs',
    `<p id="breadcrumbs"><span><span><a href="/">Home</a></span> » <span><a href="/insights/">Insights</a></span> »
<span class="breadcrumb_last" aria-current="page">Partner visa mistakes</span></span></p>`,
  ) +
    el('71d2b55', 'theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`) +
    el(
      '3e8a0f9',
      'post-info',
      `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-5d1
elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">By Marisol
Quennell</span></li><li class="elementor-icon-list-item elementor-repeater-item-6e2 elementor-inline-item" itemprop="datePublished"><span
class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>18 February 2026</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-7f3 elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-custom">6 min read</span></li></ul>`,
    ) +
    el(
      'c4b7e20',
      'share-buttons',
      `<div class="elementor-grid">${eShare
        .map(
          (s) => `<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_${s.toLowerCase()}" role="button" tabindex="0">
<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">${s}</span></span></div></div>`,
        )
        .join('\n')}</div>`,
    ) +
    el(
      'b83f1d6',
      'theme-post-content',
      `${ps(eIntro)}\n${eH
        .map(
          (h, i) =>
            `<h2 class="wp-block-heading">${h}</h2>\n${ps(eS[i] ?? [])}${
              i === 0
                ? `\n<p>Better evidence includes:</p>
<ul class="wp-block-list">${lis(eList)}</ul>`
                : ''
            }`,
        )
        .join('\n')}
<p>${eOutro}</p>`,
    ) +
    el(
      'e02d4c8',
      'author-box',
      `<div class="elementor-author-box"><div class="elementor-author-box__text"><h4 class="elementor-author-box__name">Marisol Quennell</h4>
<div class="elementor-author-box__bio">Marisol is a founding partner and has advised families on visa applications and appeals for eighteen years.</div>
<a class="elementor-author-box__button elementor-button elementor-size-xs" href="/team/marisol/">All posts by Marisol</a></div></div>`,
    ) +
    el(
      'f5a6b39',
      'post-navigation',
      `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="/insights/english-test/"
rel="prev">
<span class="post-navigation__prev--label">Previous Post</span><span class="post-navigation__prev--title">${eRecent[0]}</span></a></div></div>`,
    ),
)}
${sec(
  '9d3c7a5',
  el('0a4e6f2', 'heading', '<h2 class="elementor-heading-title elementor-size-default">More from our Insights</h2>') +
    el(
      '6b1f8c3',
      'posts',
      `<div class="elementor-posts-container elementor-posts elementor-grid elementor-posts--skin-classic">${eRecent
        .map(
          (t) => `<article class="elementor-post elementor-grid-item post type-post"><div class="elementor-post__text"><h3 class="elementor-post__title">
<a href="/insights/${t.length}/">${t}</a></h3><a class="elementor-post__read-more" href="/insights/${t.length}/">Read More »</a></div></article>`,
        )
        .join('\n')}</div>`,
    ) +
    el(
      '2c8d0e4',
      'call-to-action',
      `<div class="elementor-cta"><div class="elementor-cta__content"><h2 class="elementor-cta__title elementor-cta__item">Worried about your application?</h2>
<div class="elementor-cta__description elementor-cta__item">Send us your file and we will review it within five working days.</div>
<div class="elementor-cta__button-wrapper elementor-cta__item"><a class="elementor-cta__button elementor-button" href="/book/">Request a file
review</a></div></div></div>`,
    ),
)}</div>
<div data-elementor-type="footer" data-elementor-id="61" class="elementor elementor-61 elementor-location-footer">${sec(
  '5e9b2a0',
  el('7c3d1f8', 'text-editor', '<p>Quennell Ardent Immigration Solicitors, 14 Chandlery Row, Port Verity PV2 8QT. Telephone 0140 555 0198.</p>') +
    el('8d4e2a9', 'nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`) +
    el('9e5f3b0', 'text-editor', '<p>© 2026 Quennell Ardent LLP. Authorised and regulated by the Solicitors Regulation Board, number 802114.</p>'),
)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right"
aria-modal="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>To provide the best experiences, we use technologies like cookies to store
and/or access device information.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.27.3" id="elementor-pro-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout361-wordpress-elementor-blog',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eH,
  body: texts([...eIntro, ...(eS[0] ?? []), 'Better evidence includes:', ...eList, ...eS.slice(1).flat(), eOutro]),
  bylines: ['By Marisol Quennell', '18 February 2026', '6 min read', 'Marisol Quennell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eMenu, 'Book a consultation', 'Partner visa mistakes', ...eShare,
    'Marisol is a founding partner and has advised families on visa applications and appeals for eighteen years.', 'All posts by Marisol',
    'Previous Post', ...eRecent, 'More from our Insights', 'Read More »', 'Worried about your application?',
    'Send us your file and we will review it within five working days.', 'Request a file review',
    'Quennell Ardent Immigration Solicitors, 14 Chandlery Row, Port Verity PV2 8QT. Telephone 0140 555 0198.', ...eFoot,
    '© 2026 Quennell Ardent LLP. Authorised and regulated by the Solicitors Regulation Board, number 802114.', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT361_B: readonly TestPage[] = [elementor, phpbb];
