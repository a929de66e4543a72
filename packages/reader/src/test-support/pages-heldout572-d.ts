import { ps, type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout572-kit.js';

/**
 * Held-out batch 572, file d: a house-price market update on Ghost with the Casper theme (tag, excerpt, byline with reading
 * time, feature image caption, sign-up call to action, read-more cards), and a landlord FAQ page built with Elementor on the
 * Hello Elementor theme (accordion, Complianz cookie banner, theme-builder header and footer).
 */
const gTitle = 'Spring 2026: what sold in Westmoor, and for how much';
const gDek = 'Prices held up better than expected, but buyers were far pickier about condition than a year ago.';
const gBody = [
  j(
    'Between March and May we agreed sales on 64 homes in Westmoor and the surrounding villages, eight more than in spring 2025.',
    'The average achieved price was £341,500, 1.8% higher than a year earlier and 97.2% of the final asking price.',
  ),
  j(
    'Those headline figures hide a wider spread than usual. Homes that were ready to move into, with updated kitchens and bathrooms,',
    'typically sold within three weeks and close to the asking price. Homes needing work sat on the market for an average of 71 days,',
    'and most sold only after at least one reduction.',
  ),
  'Terraces and first-time buyers',
  j(
    'Two- and three-bedroom terraces under £300,000 were again the busiest part of the market. More than half were bought by',
    'first-time buyers, and 11 of the 23 we sold went to best and final offers.',
  ),
  'Family houses',
  j(
    'Four-bedroom houses between £450,000 and £600,000 were slower, but those priced carefully still found buyers. The best result',
    'of the season was a 1930s house on Beacon Road that went to sealed bids and sold for £38,000 over the guide.',
  ),
  'What we expect this summer',
  j(
    'Mortgage rates have eased a little since February and we are seeing more first viewings. We expect prices to stay broadly flat',
    'through the summer, with the usual quieter weeks in August.',
  ),
  j(
    'If you are thinking of selling, the lesson of the spring is simple: a few weeks spent on repairs and decoration before you',
    'go to market is likely to pay for itself.',
  ),
];
const gHeads = [2, 4, 6];
const gRead = ['Five things buyers in Westmoor asked us this year', 'Winter 2025 market update', 'How we value your home'];
const gNav = ['Home', 'Market updates', 'Moving guides', 'About'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://journal.pennyfeatherhomes.example/assets/built/screen.css?v=5c12a8e7d9">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://journal.pennyfeatherhomes.example/spring-2026-westmoor/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-06-09T07:30:00.000Z">
<meta property="article:tag" content="Market updates"><meta name="generator" content="Ghost 5.96">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Pennyfeather Homes"},
"author":{"@type":"Person","name":"Owen Tarrant"},"headline":"${gTitle}","datePublished":"2026-06-09T07:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://journal.pennyfeatherhomes.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-market-updates has-sans-title has-serif-body"><div class="viewport">
<header id="gh-head" class="gh-head outer is-head-left-logo"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://journal.pennyfeatherhomes.example">The Pennyfeather Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">
${gNav.map((n) => `<li class="nav-${n.toLowerCase().replace(/ /g, '-')}"><a href="/">${n}</a></li>`).join('\n')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-market-updates image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/market-updates/">Market updates</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/owen/" class="author-avatar">
<img class="author-profile-image" src="/content/images/size/w100/2025/02/owen.jpg" alt="Owen Tarrant"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/owen/">Owen Tarrant</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-06-09">Jun 9, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/06/beacon-road.jpg 300w" src="/content/images/size/w2000/2026/06/beacon-road.jpg"
alt="A row of 1930s houses on Beacon Road"><figcaption><span style="white-space: pre-wrap;">Beacon Road, where the season’s strongest sale took place.</span>
</figcaption></figure></header>
<section class="gh-content gh-canvas">
${gBody.map((t, i) => (gHeads.includes(i) ? `<h2 id="${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</h2>` : `<p>${t}</p>`)).join('\n')}
</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gRead
  .map(
    (r) => `<article class="post-card post"><a class="post-card-content-link" href="/">
<header class="post-card-header"><h2 class="post-card-title">${r}</h2></header></a></article>`,
  )
  .join('\n')}
</div></aside></main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://journal.pennyfeatherhomes.example">The Pennyfeather Journal</a>
&copy; 2026</section><nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://journal.pennyfeatherhomes.example/assets/built/casper.js?v=5c12a8e7d9"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout572-ghost-sales-update',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => gBody[i] ?? ''),
  body: texts([gDek, ...gBody.filter((_, i) => !gHeads.includes(i))]),
  bylines: ['Owen Tarrant', 'Jun 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Pennyfeather Journal', ...gNav, '3 min read', 'Sign in', 'Subscribe', 'Beacon Road, where the season’s strongest sale took place.',
    'Sign up for more like this.', 'Enter your email', ...gRead, '© 2026', 'Sign up', 'Powered by Ghost',
  ],
};

const eTitle = 'Landlord FAQs';
const eIntro = 'Answers to the questions landlords ask us most often. If yours is not here, give the lettings team a call.';
const eFaq: readonly (readonly [string, string])[] = [
  [
    'How long does it take to find a tenant?',
    j(
      'Most of the homes we market are let within three weeks. We start advertising as soon as the photographs and EPC are ready,',
      'and we hold the first viewings within a few days.',
    ),
  ],
  [
    'Do I need permission from my mortgage lender?',
    j(
      'Yes. If you have a residential mortgage you must get consent to let from your lender, and you should tell your insurer.',
      'We will ask to see the consent letter before the tenancy starts.',
    ),
  ],
  [
    'Which safety certificates do I need?',
    j(
      'You need a gas safety certificate renewed every year, an electrical installation condition report every five years, a',
      'valid EPC rated E or above, and working smoke and carbon monoxide alarms. We can arrange all of these for you.',
    ),
  ],
  [
    'Can I choose the tenant?',
    j('Yes. We will send you the details of every applicant who has passed our pre-checks, and nobody is offered the tenancy', 'without your approval.'),
  ],
  [
    'What happens if the tenant stops paying rent?',
    j(
      'On our managed service we chase late rent from the first day it is overdue and keep you informed at each step. We also',
      'offer rent guarantee insurance, which covers up to twelve months’ rent and legal costs.',
    ),
  ],
];
const eNav = ['Home', 'Landlords', 'Tenants', 'Properties', 'Contact'];
const eItem = ([q, a]: readonly [string, string], n: number): string => `<div class="elementor-accordion-item">
<div id="elementor-tab-title-2201${n}" class="elementor-tab-title" data-tab="${n}" role="button" aria-controls="elementor-tab-content-2201${n}"
aria-expanded="false"><span class="elementor-accordion-icon elementor-accordion-icon-right" aria-hidden="true"><span
class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span></span><a class="elementor-accordion-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-2201${n}" class="elementor-tab-content elementor-clearfix" data-tab="${n}" role="region"
aria-labelledby="elementor-tab-title-2201${n}"><p>${a}</p></div></div>`;
const eWidget = (id: string, type: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${eTitle} - Greyfield Lettings</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://greyfieldlettings.example/landlord-faqs/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}"}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://greyfieldlettings.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7'>
<link rel='stylesheet' id='hello-elementor-css' href='https://greyfieldlettings.example/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1'>
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:0}</style></head>
<body class="page-template-default page page-id-2201 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-2201">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-5d2c e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget('7a1f', 'theme-site-logo', '<a href="https://greyfieldlettings.example"><img src="/wp-content/uploads/2024/03/greyfield-logo.png" alt=""></a>')}
${eWidget(
  '3c9e',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-3c9e" class="elementor-nav-menu">
${eNav.map((n) => `<li class="menu-item"><a href="/${n.toLowerCase()}/" class="elementor-item">${n}</a></li>`).join('\n')}</ul></nav>`,
)}
${eWidget(
  '9b02',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960845">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">01632 960 845</span></span></a></div>`,
)}
</div></div></div>
<main id="content" class="site-main post-2201 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="2201" class="elementor elementor-2201" data-elementor-post-type="page">
<div class="elementor-element elementor-element-1e4b e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget('40aa', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eWidget('40ab', 'text-editor', `<p>${eIntro}</p>`)}
${eWidget('40ac', 'accordion', `<div class="elementor-accordion">${eFaq.map(eItem).join('\n')}</div>`)}
</div></div>
<div class="elementor-element elementor-element-6f1d e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget('6f2a', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Ready to let your property?</h2>')}
${eWidget(
  '6f2b',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/valuation/">
<span class="elementor-button-text">Get a free rental valuation</span></a></div>`,
)}
</div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="48" class="elementor elementor-48 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-2b7c e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget(
  '2b7d',
  'text-editor',
  `<p>Greyfield Lettings, 2 Chapel Yard, Westmoor WM3 2JP</p>
<p>Registered with the Property Ombudsman. Client money protected by Propertymark.</p>`,
)}
${eWidget(
  '2b7e',
  'icon-list',
  `<ul class="elementor-icon-list-items">
<li class="elementor-icon-list-item"><a href="/privacy-policy/"><span class="elementor-icon-list-text">Privacy Policy</span></a></li>
<li class="elementor-icon-list-item"><a href="/landlord-fees/"><span class="elementor-icon-list-text">Landlord fees</span></a></li></ul>`,
)}
${eWidget('2b7f', 'text-editor', '<p>© 2026 Greyfield Lettings. Website by Studio Nettle.</p>')}
</div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header">
<div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">
<p>To provide the best experiences, we use technologies like cookies to store and/or access device information.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="/cookie-policy-uk/">Cookie Policy</a></li></ul></div></div></div>
<script src="https://greyfieldlettings.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.7" id="elementor-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout572-elementor-landlord-faqs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts([eIntro, ...eFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, '01632 960 845', 'Ready to let your property?', 'Get a free rental valuation',
    'Greyfield Lettings, 2 Chapel Yard, Westmoor WM3 2JP', 'Registered with the Property Ombudsman. Client money protected by Propertymark.',
    'Privacy Policy', 'Landlord fees', '© 2026 Greyfield Lettings. Website by Studio Nettle.', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny',
    'View preferences', 'Cookie Policy',
  ],
};

export const HELDOUT572_D: readonly TestPage[] = [settle(ghost), settle(elementor)];
