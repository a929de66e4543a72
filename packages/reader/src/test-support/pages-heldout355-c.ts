import { links, ps, type TestPage, texts } from './page-kit.js';
import { govuk } from './pages-heldout355-c2.js';
import { j, lis } from './pages-heldout355-kit.js';

/**
 * Held-out batch 355, file c: a law firm's IP update on a WordPress site built with Elementor (page-builder sections and widgets:
 * header menu, post-info widget with author, date and reading time, share buttons, author box, call-to-action, related posts,
 * Complianz cookie banner, footer columns) and, from file c2, an IP office guidance page on GOV.UK (cookie banner, header, breadcrumbs, title
 * with its organisation label, metadata, contents list, govspeak body with a table, "Is this page useful?", related navigation,
 * footer).
 */
const lTitle = 'Unified Patent Court: what the new opt-out withdrawal fee means for European portfolios';
const lIntro = [
  j(
    'From 1 May 2026 the Registry of the Unified Patent Court will charge a fee for withdrawing an opt-out. Until now, patent',
    'owners could opt a European patent out of the court’s jurisdiction and later withdraw that opt-out without cost, which made',
    'the decision to opt out almost risk-free. That is about to change.',
  ),
];
const lSecs: [string, string[]][] = [
  [
    'What is changing',
    [
      j(
        'The amended Table of Court Fees introduces a flat fee of EUR 350 per patent for an application to withdraw an opt-out.',
        'The fee must be paid before the Registry enters the withdrawal, and an unpaid application will be treated as not filed.',
      ),
      j(
        'The Registry has said that payment will be possible only through the case management system, so owners',
        'who have so far used representatives without access to the system may need to make new arrangements.',
      ),
      'Applications to opt out remain free of charge, as do corrections of clerical errors in an existing opt-out entry.',
    ],
  ],
  [
    'Who is affected',
    [
      j(
        'The change matters most to owners who opted out large families as a precaution and planned to return to the court',
        'once its case law settled. For a portfolio of several hundred patents the cost of a wholesale return is no longer trivial.',
      ),
      j(
        'Owners who have already withdrawn opt-outs are not affected, and the fee does not apply to withdrawals',
        'entered before 1 May, even if the Registry confirms them after that date.',
      ),
      j(
        'It also matters to licensees. Many licences require the licensee’s consent before the owner changes the forum in which',
        'the patent may be enforced, and the fee raises the question of who pays.',
      ),
    ],
  ],
  [
    'Practical steps before 1 May',
    [
      'Review which opted-out patents you might want to enforce before the Unified Patent Court in the next three years.',
      'File any withdrawals you are already confident about before the fee takes effect.',
      'Check licence agreements for clauses on forum changes and on the allocation of official fees.',
      'Remember that a withdrawal is final: a patent cannot be opted out a second time.',
    ],
  ],
];
const lOutro = [
  j(
    'Our patent litigation team has prepared a short checklist for in-house counsel. If you would like a copy, or a review of your',
    'opt-out register, please get in touch with your usual contact at the firm.',
  ),
];
const lMenu = ['Expertise', 'Industries', 'People', 'Insights', 'Careers', 'Contact'];
const lRelated = ['SEP licensing after the Valdane ruling: five takeaways', 'Trade secrets in employment contracts: a 2026 checklist'];
const lFoot = ['Legal notices', 'Privacy policy', 'Cookie policy', 'Complaints procedure'];
const ew = (
  type: string,
  inner: string,
): string => `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const lHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lTitle} | Harrowgate Pell LLP</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-02T08:30:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${lTitle}",
"author":{"name":"Beatrix Anand-Coole"},"datePublished":"2026-03-02T08:30:00+00:00",
"publisher":{"@type":"Organization","name":"Harrowgate Pell LLP"}}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-812-css" href="/wp-content/uploads/elementor/css/post-812.css?ver=1740300000" media="all"></head>
<body class="post-template-default single single-post postid-9921 elementor-default elementor-template-full-width elementor-kit-5 elementor-page-812">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="77" class="elementor elementor-77 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">
${ew('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/harrowgate-pell-logo.svg" alt="Harrowgate Pell LLP"></a>')}
${ew(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-7f2a" class="elementor-nav-menu">${links(lMenu, 'menu-item')}</ul></nav>`,
)}
</div></section></div>
<div data-elementor-type="single-post" data-elementor-id="812" class="elementor elementor-812 elementor-location-single post-9921 post type-post">
<section class="elementor-section elementor-top-section elementor-element-4c1d hero"><div class="elementor-container">
${ew('heading', '<span class="elementor-heading-title elementor-size-default">Insights · Patents</span>')}
${ew('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${lTitle}</h1>`)}
${ew(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-author">By Beatrix Anand-Coole</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a2 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-date">2 March 2026</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a3 elementor-inline-item"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-custom">4 min read</span></li></ul>`,
)}
</div></section>
<section class="elementor-section elementor-top-section elementor-element-71b0"><div class="elementor-container elementor-column-gap-wide">
<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap elementor-element-populated">
${ew(
  'theme-post-content',
  `${ps(lIntro)}
${lSecs
  .map(([h, ps2], i) =>
    i === 2 ? `<h2 class="wp-block-heading">${h}</h2>\n<ul class="wp-block-list">\n${lis(ps2)}\n</ul>` : `<h2 class="wp-block-heading">${h}</h2>\n${ps(ps2)}`,
  )
  .join('\n')}
${ps(lOutro)}`,
)}
${ew(
  'share-buttons',
  `<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_linkedin" role="button">
<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">LinkedIn</span></span></div></div><div class="elementor-grid-item">
<div class="elementor-share-btn elementor-share-btn_email" role="button"><span class="elementor-share-btn__title">Email</span></div></div></div>`,
)}
${ew(
  'author-box',
  `<div class="elementor-author-box"><div class="elementor-author-box__text"><h4 class="elementor-author-box__name">Beatrix Anand-Coole</h4>
<div class="elementor-author-box__bio">Partner, Patent Litigation. Beatrix advises life-sciences and engineering clients on European patent strategy.</div>
<a class="elementor-author-box__button elementor-button elementor-size-xs" href="/people/beatrix-anand-coole">View profile</a></div></div>`,
)}
</div></div>
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
${ew(
  'call-to-action',
  `<div class="elementor-cta__content"><h3 class="elementor-cta__title">Subscribe to our IP briefings</h3>
<div class="elementor-cta__description">Monthly updates on patents, trade marks and designs.</div>
<a class="elementor-cta__button elementor-button" href="/subscribe">Sign up</a></div>`,
)}
${ew('heading', '<h3 class="elementor-heading-title">Related insights</h3>')}
${ew(
  'posts',
  `<div class="elementor-posts-container elementor-posts elementor-grid">${lRelated
    .map(
      (t) => `<article class="elementor-post"><h3
class="elementor-post__title"><a href="#">${t}</a></h3></article>`,
    )
    .join('\n')}</div>`,
)}
</div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">
<section class="elementor-section elementor-top-section"><div class="elementor-container">
${ew('text-editor', '<p>Harrowgate Pell LLP is a limited liability partnership registered in England and Wales.</p>')}
${ew('icon-list', `<ul class="elementor-icon-list-items">${links(lFoot, 'elementor-icon-list-item')}</ul>`)}
${ew('text-editor', '<p>© 2026 Harrowgate Pell LLP. Attorney advertising.</p>')}
</div></section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" role="dialog"
aria-live="polite"><div class="cmplz-header"><div class="cmplz-title">Manage cookie consent</div></div>
<div class="cmplz-body"><div class="cmplz-message"><p>We use cookies to optimise our website and our service.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout355-elementor-law-firm-ip-update',
  kind: 'blog',
  html: lHtml,
  title: lTitle,
  headings: lSecs.map(([h]) => h),
  body: texts([...lIntro, ...lSecs.flatMap(([, p]) => p), ...lOutro]),
  bylines: ['By Beatrix Anand-Coole', '2 March 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...lMenu, 'Insights · Patents', 'LinkedIn', 'Email',
    'Partner, Patent Litigation. Beatrix advises life-sciences and engineering clients on European patent strategy.', 'View profile',
    'Subscribe to our IP briefings', 'Monthly updates on patents, trade marks and designs.', 'Sign up', 'Related insights', ...lRelated,
    'Harrowgate Pell LLP is a limited liability partnership registered in England and Wales.', ...lFoot,
    '© 2026 Harrowgate Pell LLP. Attorney advertising.', 'Manage cookie consent', 'We use cookies to optimise our website and our service.', 'Accept',
    'Deny', 'View preferences',
  ],
};

export const HELDOUT355_C: readonly TestPage[] = [elementor, govuk];
