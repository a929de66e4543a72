import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, finish, j, lis, rowText, tr } from './pages-heldout533-kit.js';

/**
 * Held-out batch 533, file a: a shared hosting plan comparison page built with Elementor Pro on WordPress (Hello theme) with
 * price tables, a comparison table and an accordion FAQ, and a Zendesk Help Center (Copenhagen theme) knowledge-base article.
 */
const eTitle = 'Shared hosting plans';
const eIntro = 'Every plan runs on NVMe storage in our Lisbon and Frankfurt data centres, with free SSL and daily backups kept for 30 days.';
const ePlans = [
  { name: 'Starter', sub: 'For a single personal site', feats: ['1 website', '20 GB NVMe storage', '5 email accounts', 'Free SSL certificate'] },
  { name: 'Business', sub: 'For small shops and agencies', feats: ['25 websites', '100 GB NVMe storage', '50 email accounts', 'Staging environment'] },
  { name: 'Pro', sub: 'For busy stores and membership sites', feats: ['Unlimited websites', '250 GB NVMe storage', 'Unlimited email', 'Dedicated IP address'] },
];
const ePrices = [
  ['3', '49'],
  ['7', '99'],
  ['14', '49'],
];
const eSmall = 'Prices are per month on a 24-month term and exclude VAT. Renewals are charged at the same rate.';
const eCols = ['Feature', 'Starter', 'Business', 'Pro'];
const eRows = [
  ['PHP workers', '2', '6', '12'],
  ['Memory per site', '512 MB', '1 GB', '2 GB'],
  ['Daily backups', '30 days', '30 days', '60 days'],
  ['Free domain for the first year', 'No', 'Yes', 'Yes'],
  ['Malware scanning', 'Weekly', 'Daily', 'Daily with removal'],
  ['Priority support', 'No', 'No', 'Yes'],
];
const eFaq = [
  ['Can I move to a bigger plan later?', 'Yes. Upgrades take effect at once and we only charge the difference for the rest of your term.'],
  ['Do you migrate my existing site?', 'Business and Pro include one free migration done by our team. On Starter you can use our migration plugin at no cost.'],
  ['What happens if I go over my storage?', 'We email you at 90 per cent. Nothing is switched off; you can clear space or upgrade.'],
];
const eNav = ['Hosting', 'Domains', 'WordPress', 'Email', 'Help Centre'];
const eFoot = ['About us', 'Data centres', 'Status', 'Legal notice', 'Privacy policy', 'Abuse report'];
const priceTable = (i: number): string => {
  const p = ePlans[i];
  const pr = ePrices[i] ?? [];
  if (p === undefined) return '';
  return `<div class="elementor-column elementor-col-33 elementor-inner-column elementor-element elementor-element-7c${i}a2f" data-id="7c${i}a2f"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-element-1d${i}e8b
elementor-widget elementor-widget-price-table" data-id="1d${i}e8b" data-element_type="widget" data-widget_type="price-table.default">
<div class="elementor-widget-container"><div class="elementor-price-table"><div class="elementor-price-table__header">
<h3 class="elementor-price-table__heading">${p.name}</h3><span class="elementor-price-table__subheading">${p.sub}</span></div>
<div class="elementor-price-table__price"><span class="elementor-price-table__currency elementor-currency--before">€</span>
<span class="elementor-price-table__integer-part">${pr[0]}</span><div class="elementor-price-table__after-price">
<span class="elementor-price-table__fractional-part">${pr[1]}</span><span class="elementor-price-table__period elementor-typo-excluded">/mo</span></div></div>
<ul class="elementor-price-table__features-list">${p.feats
    .map(
      (f, k) => `<li class="elementor-repeater-item-${i}f${k}"><div class="elementor-price-table__feature-inner">
<i aria-hidden="true" class="fas fa-check"></i><span>${f}</span></div></li>`,
    )
    .join('\n')}</ul>
<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md"
href="/order?plan=${p.name.toLowerCase()}">
Choose ${p.name}</a></div></div></div></div></div></div>`;
};
const eAcc = eFaq
  .map(
    ([q, a], i) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-411${i}" class="elementor-tab-title" data-tab="${i + 1}" role="button"
aria-controls="elementor-tab-content-411${i}" aria-expanded="false"><span class="elementor-accordion-icon elementor-accordion-icon-right" aria-hidden="true">
<span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span></span><a class="elementor-accordion-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-411${i}" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}" role="region"
aria-labelledby="elementor-tab-title-411${i}"><p>${a}</p></div></div>`,
  )
  .join('\n');
const eWidget = (type: string, id: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div
class="elementor-widget-container">${inner}</div></div>`;
const eSection = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div
class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} – Orlanda Hosting</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://orlandahosting.eu/hosting/shared/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"${eTitle} – Orlanda Hosting"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7" media="all">
<style id="elementor-post-412">.elementor-412 .elementor-element.elementor-element-3f2a1c9{padding:80px 0 40px 0;}</style>
<meta name="generator" content="Elementor 3.24.7; features: additional_custom_breakpoints; settings: css_print_method-external"></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 elementor-default elementor-template-full-width elementor-page
elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header" data-elementor-post-type="elementor_library">
${eSection(
  'a81c0d2',
  `${eWidget('theme-site-logo', '5b1e7aa', '<a href="/"><img width="180" height="40" src="/wp-content/uploads/orlanda-logo.svg" alt="Orlanda Hosting"></a>')}
${eWidget(
  'nav-menu',
  '9e3c4f1',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-9e3c4f1" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"
aria-expanded="false"><i aria-hidden="true" class="eicon-menu-bar"></i></div>`,
)}
${eWidget(
  'button',
  '0f2b7d3',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="https://my.orlandahosting.eu/"><span
class="elementor-button-text">Client area</span></a>`,
)}`,
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page" id="content">
${eSection(
  '3f2a1c9',
  `${eWidget('heading', '2c8d1b0', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eWidget('text-editor', '6a0f3e2', `<p>${eIntro}</p>`)}`,
)}
<section class="elementor-section elementor-top-section elementor-element elementor-element-48e1b7c elementor-section-boxed" data-id="48e1b7c"
data-element_type="section"><div class="elementor-container elementor-column-gap-wide">${[0, 1, 2].map(priceTable).join('\n')}</div></section>
${eSection('b3d90e4', eWidget('text-editor', '8e2a6c1', `<p class="small">${eSmall}</p>`))}
${eSection(
  'c57a2f8',
  `${eWidget('heading', '4f7b9d2', '<h2 class="elementor-heading-title elementor-size-default">Compare every feature</h2>')}
${eWidget(
  'text-editor',
  'd91c3a5',
  `<table class="plans-compare"><thead><tr>${eCols.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${eRows.map(tr).join('\n')}</tbody></table>`,
)}`,
)}
${eSection(
  'e0a4b61',
  `${eWidget('heading', '3a6e0c9', '<h2 class="elementor-heading-title elementor-size-default">Frequently asked questions</h2>')}
${eWidget('accordion', '77b2e0d', `<div class="elementor-accordion">${eAcc}</div>`)}`,
)}</div>
<div data-elementor-type="footer" data-elementor-id="24" class="elementor elementor-24 elementor-location-footer">
${eSection(
  'f1c2d3e',
  `${eWidget(
    'nav-menu',
    'a0b1c2d',
    `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul
class="elementor-nav-menu">${links(eFoot)}</ul></nav>`,
  )}
${eWidget('text-editor', 'b9c8d7e', '<p>© 2026 Orlanda Hosting, Lda. All rights reserved.</p>')}`,
)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true"
role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage cookie consent</div></div>
<div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">We use cookies to keep you signed in and to measure how our pages are used.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.3" id="elementor-pro-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout533-elementor-plans',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [...ePlans.map((p) => p.name), 'Compare every feature', 'Frequently asked questions'],
  body: [eIntro, ...ePlans.flatMap((p) => [p.sub, ...p.feats]), eSmall, ...eRows.map(rowText), ...eFaq.flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Client area', ...ePlans.map((p) => `Choose ${p.name}`), ...eFoot, '© 2026 Orlanda Hosting, Lda. All rights reserved.',
    'Manage cookie consent', 'We use cookies to keep you signed in and to measure how our pages are used.', 'Accept', 'Deny', 'View preferences',
  ],
};

const zTitle = 'How do I forward email from my domain to another inbox?';
const zBody = [
  j(
    'Forwarders send a copy of every message that arrives at an address on your domain to another inbox, for example a Gmail or',
    'Outlook address. The forwarding address does not need a mailbox of its own, so forwarders do not count towards your plan limit.',
  ),
  'Create a forwarder',
  'Log in to the Client Area and open <strong>Services &gt; My Services</strong>.',
  'Click <strong>Manage</strong> next to your hosting plan, then choose <strong>Email Forwarders</strong>.',
  'Enter the address you want to forward, for example <code>hello@yourdomain.com</code>, and the destination address.',
  'Click <strong>Add Forwarder</strong>. The change takes effect within five minutes.',
  'Things to check',
  j(
    'If forwarded messages do not arrive, look in the spam folder of the destination inbox first. Some providers reject forwarded mail',
    'that fails SPF checks; adding our include to your SPF record fixes this in most cases.',
  ),
  j(
    'You can forward one address to up to ten destinations. To stop forwarding, delete the forwarder from the same page; messages',
    'already delivered are not affected.',
  ),
];
const zSteps = zBody.slice(2, 6);
const zCrumbs = ['Wrenfield Web Help Centre', 'Email', 'Forwarders and aliases'];
const zSide = ['How do I create an email account?', 'Setting up email on an iPhone', 'Why is my email going to spam?', 'Catch-all addresses explained'];
const zRel = ['What is an SPF record?', 'Using webmail on a phone', 'Changing your mailbox quota'];
const zRecent = ['Renewing an expired domain', 'Moving a WordPress site to Wrenfield'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><!-- v26833 -->
<title>${zTitle} – Wrenfield Web Help Centre</title><meta content="https://help.wrenfieldweb.co.uk/hc/en-gb/articles/4410203" property="og:url">
<meta content="Forwarders send a copy of every message that arrives at an address on your domain to another inbox." name="description">
<link rel="canonical" href="https://help.wrenfieldweb.co.uk/hc/en-gb/articles/4410203-How-do-I-forward-email">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-3b0f1e.css" media="all">
<link rel="stylesheet" type="text/css" href="https://theme.zdassets.com/theme_assets/981/style.css?digest=2613">
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"wrenfieldweb"}; HelpCenter.user = {"role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="https://theme.zdassets.com/theme_assets/981/logo.png"
alt="Help Centre home page">
</a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li>
<li><a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-gb/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${links(zCrumbs)}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-gb/search" method="get"><input type="hidden" name="utf8" value="✓">
<input type="search" name="query" id="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title"
aria-expanded="false"></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
<li><a href="/hc/en-gb/articles/4410203" class="sidenav-item current-article" aria-current="page">${zTitle}</a></li>
${links(zSide)}</ul><a href="/hc/en-gb/sections/360001" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://wrenfieldweb.zendesk.com/system/photos/avatar.png" alt=""
class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/3870-Priya-Aldane">Priya Aldane</a><ul class="meta-group">
<li class="meta-data"><time datetime="2026-08-21T10:14:22Z" title="2026-08-21 11:14" data-datetime="relative">21 August 2026</time></li>
<li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button button-large" title="Opens a sign-in dialogue" rel="nofollow" role="button" data-auth-action="signin"
href="#">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${ps([at(zBody, 0)])}
<h2 id="h_01">${at(zBody, 1)}</h2><ol>${lis(zSteps)}</ol>
<h2 id="h_02">${at(zBody, 6)}</h2>${ps([at(zBody, 7), at(zBody, 8)])}</div>
<div class="article-attachments"><ul class="attachments"></ul></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">
<li><a href="https://www.facebook.com/share.php?title=Forward" class="share-facebook" aria-label="Facebook"></a></li>
<li><a href="https://twitter.com/share?lang=en" class="share-twitter" aria-label="X Corp"></a></li></ul></div>
<a href="#article-comments" class="article-comment-count"><svg></svg>0 comments</a></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
<button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="This article was helpful"
aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful"
aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">14 out of 17 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div data-recent-articles><section class="recent-articles" aria-labelledby="recent-articles-title">
<h2 id="recent-articles-title">Recently viewed articles</h2><ul>${links(zRecent)}</ul></section></div>
<div class="related-articles"><h2>Related articles</h2><ul>${links(zRel)}</ul></div></section>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p></header><p class="comment-callout">Article is closed for comments.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Wrenfield Web Help Centre</a>
<div class="footer-language-selector"></div></div><div class="powered-by-zendesk"><a
href="https://www.zendesk.co.uk/service/help-center/">Powered by Zendesk</a></div></footer>
<script src="//static.zdassets.com/hc/assets/en-gb.a5b3.js"></script><script
type="text/javascript">HelpCenter.internal.showTimestamps();</script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout533-zendesk-forwarders',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [at(zBody, 1), at(zBody, 6)],
  body: texts(zBody.filter((_, i) => i !== 1 && i !== 6)),
  bylines: ['Priya Aldane', '21 August 2026', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs.slice(1), 'Articles in this section', ...zSide, 'See more', 'Follow', '0 comments',
    'Was this article helpful?', 'Yes', 'No', '14 out of 17 found this helpful', 'Have more questions?', 'Return to top', 'Recently viewed articles',
    ...zRecent, 'Related articles', ...zRel, 'Comments', 'Article is closed for comments.', 'Wrenfield Web Help Centre', 'Powered by Zendesk',
  ],
};

export const HELDOUT533_A: readonly TestPage[] = [elementor, zendesk].map(finish);
