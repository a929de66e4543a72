import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout396-kit.js';
import { substack } from './pages-heldout396-f2.js';

/**
 * Held-out batch 396, file f: a public pension fund's annual update built with Elementor on WordPress (nested sections,
 * heading / text-editor / counter / icon-list widgets, the Complianz cookie banner, the member-login header button, the
 * "Quick links" column with a call-to-action box and the footer) and, from file f2, an economist's fiscal blog post on
 * Substack.
 */
const aTitle = '2025 Annual Update: Funded Status Reaches 81%';
const aH = ['A strong year for investments', 'Contributions and benefits', 'What this means for members'];
const a1 = [
  j(
    'The Tri-County Public Employees’ Retirement System ended fiscal year 2025 with net assets of $38.2 billion and a funded',
    'ratio of 81 percent, its highest level since 2008. The Board of Trustees received the actuarial valuation at its',
    'December meeting.',
  ),
];
const aStats: readonly (readonly [string, string])[] = [
  ['10.7%', 'Net investment return'],
  ['$38.2B', 'Net assets'],
  ['81%', 'Funded ratio'],
  ['142,600', 'Members and retirees'],
];
const a2 = [
  j(
    'The fund earned a net return of 10.7 percent, ahead of its 6.75 percent assumed rate of return for the third year in a',
    'row. Public equities returned 16.2 percent and private credit 9.8 percent, while real estate lost 2.1 percent as office',
    'valuations continued to fall.',
  ),
  j('“We don’t manage the fund for one good year. We manage it for the nurse who retires in 2060,” said Chief Investment', 'Officer Lorena Vásquez-Hale.'),
];
const a3 = [
  'Employers paid the full actuarially determined contribution of $1.41 billion, as they have every year since 2012.',
  'Member contributions remained at 7.5 percent of pay.',
  'The system paid $2.36 billion in benefits to 51,900 retirees and beneficiaries.',
];
const a4 = [
  j(
    'Retirees will receive a 2.0 percent cost-of-living adjustment in July 2026. Active members can see their updated service',
    'credit and estimated benefit in the member portal from February 15. There are no changes to contribution rates for 2026.',
  ),
  j(
    'The Board also adopted a new asset allocation that gradually reduces real estate from 12 to 9 percent of the portfolio',
    'and raises infrastructure to 6 percent. The full financial report for the year will be published in March.',
  ),
];
const aQuick = ['Annual Comprehensive Financial Report', 'Actuarial Valuation 2025', 'Board Meetings', 'Investment Performance'];
const aMenu = ['For Members', 'For Retirees', 'For Employers', 'Investments', 'About'];
const aFoot = ['Contact', 'Careers', 'Public Records', 'Privacy'];
const wEl = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const aHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${aTitle} – TCPERS</title>
<meta name="robots" content="max-image-preview:large"><meta property="og:title" content="${aTitle}"><meta name="generator" content="Elementor 3.24.5">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.5" media="all">
<link rel="stylesheet" id="elementor-post-812-css" href="/wp-content/uploads/elementor/css/post-812.css?ver=1735" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"datePublished":"2026-01-14T16:00:00+00:00","author":{"name":"TCPERS Communications"}}]}</script></head>
<body class="post-template post-template-elementor_header_footer single single-post postid-812 elementor-default elementor-kit-6 elementor-page
elementor-page-812">
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${wEl('theme-site-logo', '<a href="/">Tri-County Public Employees’ Retirement System</a>')}
${wEl('nav-menu', `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(aMenu, 'menu-item')}</ul></nav>`)}
${wEl('button', '<a class="elementor-button elementor-button-link" href="/member-login"><span class="elementor-button-text">Member Login</span></a>')}
</div></div></div>
<div data-elementor-type="wp-post" data-elementor-id="812" class="elementor elementor-812">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${wEl('heading', '<span class="elementor-heading-title elementor-size-small">News</span>')}
${wEl('heading', `<h1 class="elementor-heading-title elementor-size-default">${aTitle}</h1>`)}
${wEl(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item">
<span class="elementor-post-info__item">January 14, 2026</span></li></ul>`,
)}
</div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element e-con-full e-flex e-con e-child">
${wEl('text-editor', ps(a1))}
<div class="elementor-element e-grid e-con-full e-con e-child">${aStats
  .map(([n, l]) =>
    wEl(
      'counter',
      `<div class="elementor-counter"><div class="elementor-counter-number-wrapper">
<span class="elementor-counter-number">${n}</span></div><div class="elementor-counter-title">${l}</div></div>`,
    ),
  )
  .join('\n')}</div>
${wEl('heading', `<h2 class="elementor-heading-title elementor-size-default">${aH[0]}</h2>`)}
${wEl('text-editor', ps(a2.slice(0, 1)))}
${wEl('blockquote', `<blockquote class="elementor-blockquote"><p class="elementor-blockquote__content">${a2[1]}</p></blockquote>`)}
${wEl('heading', `<h2 class="elementor-heading-title elementor-size-default">${aH[1]}</h2>`)}
${wEl(
  'icon-list',
  `<ul class="elementor-icon-list-items">${a3
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i
class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${wEl('heading', `<h2 class="elementor-heading-title elementor-size-default">${aH[2]}</h2>`)}
${wEl('text-editor', ps(a4))}
${wEl(
  'share-buttons',
  `<div class="elementor-grid"><div class="elementor-share-btn elementor-share-btn_linkedin">
<span class="elementor-share-btn__text">LinkedIn</span></div><div class="elementor-share-btn elementor-share-btn_email">
<span class="elementor-share-btn__text">Email</span></div></div>`,
)}
</div><div class="elementor-element e-con-full e-flex e-con e-child">
${wEl('heading', '<h3 class="elementor-heading-title elementor-size-default">Quick links</h3>')}
${wEl('icon-list', `<ul class="elementor-icon-list-items">${links(aQuick, 'elementor-icon-list-item')}</ul>`)}
${wEl(
  'call-to-action',
  `<div class="elementor-cta__content"><h3 class="elementor-cta__title">Planning to retire?</h3>
<div class="elementor-cta__description">Book a one-to-one session with a retirement counselor.</div>
<a class="elementor-cta__button" href="/counseling">Book a session</a></div>`,
)}
</div></div></div></div>
<div data-elementor-type="footer" data-elementor-id="57" class="elementor elementor-57 elementor-location-footer">
${wEl('nav-menu', `<ul class="elementor-nav-menu">${links(aFoot, 'menu-item')}</ul>`)}
${wEl('text-editor', '<p>© 2026 Tri-County Public Employees’ Retirement System. 1200 Commerce Plaza, Suite 500, Mill Harbor.</p>')}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" role="dialog" aria-live="polite">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message">
<p>We use cookies to optimize our website and our service.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.5" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout396-elementor-pension-update-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...a1, ...aStats.flat(), ...a2, ...a3, ...a4]),
  bylines: ['January 14, 2026'],
  furniture: [
    ...aMenu,
    'Member Login',
    'News',
    'LinkedIn',
    'Email',
    'Quick links',
    ...aQuick,
    'Planning to retire?',
    'Book a one-to-one session with a retirement counselor.',
    'Book a session',
    ...aFoot,
    '© 2026 Tri-County Public Employees’ Retirement System. 1200 Commerce Plaza, Suite 500, Mill Harbor.',
    'Manage Cookie Consent',
    'We use cookies to optimize our website and our service.',
    'Accept',
    'Deny',
    'View preferences',
  ],
};

export const HELDOUT396_F: readonly TestPage[] = [elementor, substack];
