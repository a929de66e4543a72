import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout332-kit.js';

/**
 * Held-out batch 332, file e2: an accelerator's demo-day recap on WordPress built with the Elementor page builder (the
 * Elementor header template with its nav menu widget, the post-info widget with author, date and reading time, the heading,
 * text-editor, image (with caption), icon-list, blockquote and share-buttons widgets, the call-to-action widget, the posts
 * widget with related recaps, the form widget for the newsletter and the footer template).
 */
const eTitle = 'Demo Day Spring 2026: fourteen companies, one very full room';
const eIntro = [
  j(
    'On Thursday evening more than 400 investors, mentors and family members crowded into the old tram depot in Leeds for the',
    'ninth Northforge Demo Day. Fourteen founding teams had five minutes each to explain what they had built in twelve weeks, and',
    'for most of them it was the first time they had pitched to a room that size.',
  ),
  j(
    'This cohort was our most varied yet. Five companies came from outside the United Kingdom, six have a solo founder, and three',
    'were started by people who had never worked at a startup before joining the programme.',
  ),
];
const eTrend = [
  j(
    'If there was a theme, it was software for trades that most investors rarely think about. Several companies are selling to',
    'plumbers, bakers, care homes and small manufacturers, customers that pay reliably once a product saves them time.',
  ),
  j(
    'Revenue was also further along than in previous cohorts. Nine of the fourteen companies are charging customers, and the median',
    'monthly revenue across those nine was about £11,000, roughly double the figure for the autumn cohort.',
  ),
];
const eCos = [
  'Tapwise: job scheduling and quoting for independent plumbers, now used by 380 sole traders.',
  'Crumbline: demand forecasting for bakeries that cuts end-of-day waste by about a fifth.',
  'Carelog: shift handover notes for care homes, written by voice and summarised for the next team.',
  'Ferrous: a marketplace for spare capacity on CNC machines in small engineering shops.',
  'Quayside Kids: after-school club bookings and payments for parents and providers.',
];
const eQuote = j(
  '“Twelve weeks ago we had a spreadsheet and a hunch. Tonight we have forty paying bakeries and a waiting list. The programme',
  'made us talk to customers every single day.”',
);
const eQuoteBy = 'Nadia Farrow, co-founder of Crumbline';
const eNext = [
  j(
    'Follow-up meetings begin next week. Every company has also been matched with two mentors for the six months after the',
    'programme, which alumni tell us is when most of the hard decisions happen.',
  ),
  j(
    'Applications for the autumn cohort open on 1 May and close on 15 June. We invest £120,000 for 7 percent in every company',
    'we accept, and the programme runs in person in Leeds with remote weeks in between.',
  ),
];
const eMenu = ['Programme', 'Portfolio', 'Mentors', 'Events', 'Journal', 'Apply'];
const eRelated = ['Demo Day Autumn 2025: the recap', 'What we look for in a solo founder', 'Meet the spring 2026 cohort'];
const eFoot = ['Privacy notice', 'Code of conduct', 'Press kit', 'Contact'];
const w = (type: string, id: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const tx = (paras: string[]): string => paras.map((p) => `<p>${p}</p>`).join('\n');
const h2 = (t: string, id: string): string => w('heading', id, `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`);
const eHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} - Northforge</title><meta name="description" content="Fourteen founding teams pitched at the ninth Northforge Demo Day.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-13T10:12:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Demo Day Spring 2026",
"author":{"name":"Callum Odhiambo"},"datePublished":"2026-03-13T10:12:00+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.4" media="all">
<link rel="stylesheet" id="elementor-post-88-css" href="/wp-content/uploads/elementor/css/post-88.css?ver=1741860000" media="all"></head>
<body class="post-template-default single single-post postid-2231 elementor-default elementor-kit-5 elementor-page elementor-page-2231">
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${w('theme-site-logo', '1a2b3c4', '<a href="/"><img src="/wp-content/uploads/northforge-logo.svg" alt="Northforge"></a>')}
${w(
  'nav-menu',
  '5d6e7f8',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-5d6e7f8" class="elementor-nav-menu">
${links(eMenu, 'menu-item menu-item-type-post_type')}</ul></nav>`,
)}</div></div></div>
<div data-elementor-type="wp-post" data-elementor-id="2231" class="elementor elementor-2231">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${w('heading', 'a11', '<span class="elementor-heading-title elementor-size-small">Journal · Demo Day</span>')}
${w('heading', 'a12', `<h1 class="elementor-heading-title elementor-size-xl">${eTitle}</h1>`)}
${w(
  'post-info',
  'a13',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-1 elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-author">By Callum Odhiambo</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-2 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-date"><time>13 March 2026</time></span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text">5 min read</span></li></ul>`,
)}
${w(
  'image',
  'a14',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2026/03/demo-day-stage.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">Tapwise founder Gethin Rowe on stage at the tram depot. Photo: Saoirse Blake</figcaption>
</figure>`,
)}
${w('text-editor', 'a15', tx(eIntro))}
${h2('What stood out', 'a16')}
${w('text-editor', 'a17', tx(eTrend))}
${h2('Five companies to watch', 'a18')}
${w(
  'icon-list',
  'a19',
  `<ul class="elementor-icon-list-items">${eCos
    .map((c) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">${c}</span></li>`)
    .join('\n')}</ul>`,
)}
${w(
  'blockquote',
  'a20',
  `<blockquote class="elementor-blockquote"><p class="elementor-blockquote__content">${eQuote}</p>
<footer><cite class="elementor-blockquote__author">${eQuoteBy}</cite></footer></blockquote>`,
)}
${h2('What happens next', 'a21')}
${w('text-editor', 'a22', tx(eNext))}
${w(
  'share-buttons',
  'a23',
  `<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_linkedin">
<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">LinkedIn</span></span></div></div>
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_x-twitter"><span class="elementor-share-btn__title">X</span></div></div>
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_email"><span class="elementor-share-btn__title">Email</span></div></div>
</div>`,
)}
${w(
  'call-to-action',
  'a24',
  `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title">Building something in the North?</h3>
<div class="elementor-cta__description">Applications for the autumn cohort are open.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/apply">Start your application</a></div></div></div>`,
)}
${w(
  'posts',
  'a25',
  `<h3 class="related-title">More from the Journal</h3><div class="elementor-posts-container elementor-posts elementor-grid">${eRelated
    .map((t) => `<article class="elementor-post elementor-grid-item"><h3 class="elementor-post__title"><a href="#">${t}</a></h3></article>`)
    .join('\n')}</div>`,
)}
</div></div></div>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">
${w(
  'form',
  'f01',
  `<h4>The Northforge letter, once a month</h4><form class="elementor-form"><input type="email" placeholder="Your email">
<button type="submit" class="elementor-button"><span class="elementor-button-text">Sign me up</span></button></form>`,
)}
${w('nav-menu', 'f02', `<ul class="elementor-nav-menu">${links(eFoot)}</ul>`)}
${w('text-editor', 'f03', '<p>© 2026 Northforge Ventures Ltd. Registered in England and Wales.</p>')}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner" role="dialog"><div class="cmplz-message">
<p>We use cookies to understand how our site is used.</p></div><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.4" id="elementor-frontend-js"></script></body></html>`;
export const elementor: TestPage = {
  name: 'heldout332-wordpress-elementor-recap',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: ['What stood out', 'Five companies to watch', 'What happens next'],
  body: texts([...eIntro, ...eTrend, ...eCos, eQuote, eQuoteBy, ...eNext]),
  bylines: ['By Callum Odhiambo', '13 March 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...eMenu, 'Journal · Demo Day', 'Tapwise founder Gethin Rowe on stage at the tram depot. Photo: Saoirse Blake', 'LinkedIn', 'Email',
    'Building something in the North?', 'Applications for the autumn cohort are open.', 'Start your application', 'More from the Journal', ...eRelated,
    'The Northforge letter, once a month', 'Sign me up', ...eFoot, '© 2026 Northforge Ventures Ltd. Registered in England and Wales.',
    'We use cookies to understand how our site is used.', 'Accept', 'Deny', 'View preferences',
  ],
};
