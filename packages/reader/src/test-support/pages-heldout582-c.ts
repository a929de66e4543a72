import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout582-kit.js';

/**
 * Held-out batch 582, file c: a coach operator's FAQ page built with Elementor (Hello Elementor theme, Elementor Pro header and
 * footer, accordion widgets, Complianz cookie banner), and a packing-list post on Ghost (Casper) with its newsletter box.
 */
const eTitle = 'Frequently Asked Questions';
const eGroups: [string, [string, string][]][] = [
  [
    'Booking',
    [
      ['Can I book by phone?', 'Yes. Our office is open 9am to 5pm, Monday to Friday, and 9am to 12 noon on Saturdays.'],
      ['Do you charge a booking fee?', 'No. The price you see is the price you pay, whether you book online, by phone or in the office.'],
      [
        'Can I choose my seat?',
        j(
          'Seats are allocated when you book, starting from the front. If you need a particular seat for medical reasons,',
          'tell us and we will do our best to keep it for you.',
        ),
      ],
    ],
  ],
  [
    'On the day',
    [
      ['What if I am late for the coach?', 'Call the duty phone on 07700 900 412. The driver can wait for up to five minutes at most stops.'],
      ['Is there a toilet on board?', 'All of our touring coaches have a toilet. Our smaller midi-coaches used on short day trips do not.'],
      ['Can I bring food on the coach?', 'Cold snacks and soft drinks are fine. Please take your rubbish with you when you leave.'],
    ],
  ],
];
const eNav = ['Home', 'Holidays', 'Day Excursions', 'Private Hire', 'FAQs', 'Contact Us'];
const eFoot = ['Brookfield Travel', 'The Coach Depot, Mill Road, Wetherton WT3 8QP', '01945 320 118', 'Privacy Policy', 'Cookie Policy', 'Terms of Booking'];
let eTab = 1420;
const eAcc = (items: [string, string][]): string =>
  items
    .map(([q, a]) => {
      eTab++;
      return `<div class="elementor-accordion-item"><div id="elementor-tab-title-${eTab}" class="elementor-tab-title" data-tab="${eTab % 10}" role="button"
aria-controls="elementor-tab-content-${eTab}" aria-expanded="false"><span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true">
<span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span><span class="elementor-accordion-icon-opened"><i class="fas fa-minus"></i>
</span></span><a class="elementor-accordion-title" tabindex="0">${q}</a></div><div id="elementor-tab-content-${eTab}" class="elementor-tab-content
elementor-clearfix" data-tab="${eTab % 10}" role="region" aria-labelledby="elementor-tab-title-${eTab}"><p>${a}</p></div></div>`;
    })
    .join('\n');
const eWidget = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>FAQs - Brookfield Travel</title><meta name="robots" content="index, follow"><link rel="canonical" href="https://brookfieldtravel.co.uk/faqs/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Can I book by phone?",
"acceptedAnswer":{"@type":"Answer","text":"Yes."}}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="/wp-content/uploads/elementor/css/post-412.css?ver=1714" media="all">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all"></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget('theme-site-logo', '<a href="/"><img width="220" height="64" src="/wp-content/uploads/2024/02/brookfield-logo.png" alt="Brookfield Travel"></a>')}
${eWidget(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-5a1c" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${eWidget(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01945320118">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Call 01945 320 118</span></span></a></div>`,
)}
</div></div></div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
<div class="e-con-inner">${eWidget('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eWidget('text-editor', '<p>Can\u2019t find your answer here? Give us a call or send us a message and one of the team will get back to you.</p>')}
</div></div>
${eGroups
  .map(
    ([h, items]) => `<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget('heading', `<h2 class="elementor-heading-title elementor-size-default">${h}</h2>`)}
${eWidget('accordion', `<div class="elementor-accordion">${eAcc(items)}</div>`)}</div></div>`,
  )
  .join('\n')}
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget('heading', '<h2 class="elementor-heading-title elementor-size-default">Still have a question?</h2>')}
${eWidget(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/contact-us/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Get in touch</span></span></a></div>`,
)}
</div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="95" class="elementor elementor-95 elementor-location-footer"><div class="elementor-element e-flex
e-con-boxed e-con e-parent">
<div class="e-con-inner">${eWidget(
  'text-editor',
  eFoot
    .slice(0, 3)
    .map((t) => `<p>${t}</p>`)
    .join(''),
)}
${eWidget(
  'icon-list',
  `<ul class="elementor-icon-list-items">${eFoot
    .slice(3)
    .map(
      (t) =>
        `<li class="elementor-icon-list-item"><a href="/${t.toLowerCase().replace(/ /g, '-')}/"><span class="elementor-icon-list-text">${t}</span></a></li>`,
    )
    .join('')}</ul>`,
)}
${eWidget('text-editor', '<p>© 2026 Brookfield Travel Ltd. Registered in England No. 04417729.</p>')}</div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body">
<div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store and/or access device
information.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout582-elementor-faq',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [...eGroups.map((g) => g[0]), 'Still have a question?'],
  body: texts([
    'Can\u2019t find your answer here? Give us a call or send us a message and one of the team will get back to you.',
    ...eGroups.flatMap((g) => g[1].flat()),
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: ['Skip to content', ...eNav, 'Call 01945 320 118', 'Get in touch', ...eFoot, '© 2026 Brookfield Travel Ltd. Registered in England No. 04417729.'],
};

const gTitle = 'What to pack for a week on the coach: a driver\u2019s list';
const gDek = 'After twenty years behind the wheel, Alan has seen every packing mistake there is. Here is what he tells his own family to bring.';
const gBody: string[] = [
  j(
    'Most of our passengers pack for a week as if they were flying: one enormous case and nothing to hand. On a coach it works',
    'the other way round. Your big case goes in the hold in the morning and you will not see it again until the hotel, so what',
    'matters is the bag at your feet.',
  ),
  'The bag at your feet',
  'A light jacket or fleece. The air conditioning is set for the whole coach, not for you.',
  'Tablets and medicines for the whole day, not just the morning.',
  'A refillable water bottle. We stop every two hours, but roadworks do not.',
  'A phone charger. Most of our coaches now have a USB socket at every seat.',
  'The suitcase',
  j(
    'Pack for the weather at the far end of the tour, not at home. Our Highlands tours leave in sunshine and arrive in',
    'drizzle more often than not. A compact umbrella is worth more than a second pair of shoes.',
  ),
  j('Keep to the 20 kg limit. Drivers load every case by hand, often twice a day, and a case that will not close is a', 'case that will not fit.'),
  'What you can leave at home',
  j('Hairdryers, towels and travel kettles: every hotel we use has them. Large amounts of cash are not needed either;', 'almost every stop now takes cards.'),
  '“Pack the night before, and then take one thing out. You will never miss it.”',
];
const gRead: [string, string][] = [
  ['Five coastal day trips for the spring', 'Travel tips'],
  ['Meet the drivers: Sandra, 30 years on the road', 'Our people'],
  ['How we choose our hotels', 'Behind the scenes'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5c3a9d1b2e"><link rel="canonical"
href="https://journal.wayfarecoaches.co.uk/what-to-pack/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="The Wayfare Journal"><meta property="og:type"
content="article">
<meta property="article:published_time" content="2026-02-17T08:00:00.000Z"><meta property="article:tag" content="Travel tips">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Wayfare Journal"},
"author":{"@type":"Person","name":"Alan Prothero"},"headline":"${gTitle}","datePublished":"2026-02-17T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js"
data-ghost="https://journal.wayfarecoaches.co.uk/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px}</style></head>
<body class="post-template tag-travel-tips is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer"><div
class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://journal.wayfarecoaches.co.uk">The Wayfare Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(['Home', 'Travel tips', 'Our people', 'Book a tour'], '')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-travel-tips">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/travel-tips/">Travel tips</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/alan/" class="author-avatar"><img class="author-profile-image" src="/content/images/2025/10/alan.jpg" alt="Alan Prothero"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/alan/">Alan Prothero</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-17">Feb 17, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div><figure class="article-image"><img src="/content/images/2026/02/coach-hold.jpg" alt="Cases in a coach hold">
<figcaption><span style="white-space: pre-wrap;">Cases go in the hold at the first pickup and come out at the hotel.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">${ps([gBody[0] ?? ''])}<h2 id="the-bag-at-your-feet">${gBody[1]}</h2><ul>${gBody
  .slice(2, 6)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<h2 id="the-suitcase">${gBody[6]}</h2>${ps(gBody.slice(7, 9))}<h2 id="what-you-can-leave-at-home">${gBody[9]}</h2>${ps([gBody[10] ?? ''])}
<blockquote>${gBody[11]}</blockquote></section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    ([
      t,
      tag,
    ]) => `<article class="post-card post"><a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/content/images/x.jpg" alt="${t}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">${tag}</span></div><h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-01-20">Jan 20, 2026</time><span class="post-card-meta-length">3 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://journal.wayfarecoaches.co.uk">The Wayfare Journal</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Wayfare Coaches home'], '')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=5c3a9d1b2e"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout582-ghost-packing-list',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[1] ?? '', gBody[6] ?? '', gBody[9] ?? ''],
  body: texts([gDek, ...gBody.filter((_, i) => ![1, 6, 9].includes(i))]),
  bylines: ['Alan Prothero', 'Feb 17, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Wayfare Journal', 'Home', 'Travel tips', 'Our people', 'Book a tour', 'Sign in', 'Subscribe', '•', '4 min read',
    'Cases go in the hold at the first pickup and come out at the hotel.', 'Sign up for more like this.', 'Enter your email', ...gRead.map((r) => r[0]),
    'Behind the scenes', 'Jan 20, 2026', '3 min read', '© 2026', 'Sign up', 'Wayfare Coaches home', 'Powered by Ghost',
  ],
};

export const HELDOUT582_C: readonly TestPage[] = [elementor, ghost];
