import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout571-kit.js';

/**
 * Held-out batch 571, file c: a candidate FAQ page of a hospitality staffing agency on Squarespace (7.1, accordion block),
 * and a short office-opening news post of a care recruitment agency on a Wix blog.
 */
const sTitle = 'Frequently asked questions for workers';
const sDek = 'Everything you need to know before your first shift with Lark & Ladle Event Staff.';
const sFaq: readonly (readonly [string, string])[] = [
  [
    'Do I need experience to join?',
    j(
      'No. About half of our staff start with no hospitality experience. We run a free three-hour induction every Tuesday covering',
      'food safety, carrying plates and trays, and how to behave at a formal dinner.',
    ),
  ],
  [
    'How do I book shifts?',
    'Shifts are posted in the Lark app every Wednesday for the following fortnight. Tap a shift to claim it; you will get a confirmation within 24 hours.',
  ],
  [
    'What should I wear?',
    'Black trousers or skirt, plain black shoes with a non-slip sole, and a white shirt. We lend you a waistcoat and apron at the venue.',
  ],
  [
    'How much will I earn?',
    j(
      'Waiting and bar staff earn £12.60 an hour, rising to £13.40 after 100 hours worked with us. Events that finish after',
      'midnight pay an extra £1.50 an hour for every hour after 12am.',
    ),
  ],
  [
    'What happens if I have to cancel?',
    'Let us know at least 48 hours before the shift. Late cancellations without a good reason may mean you are offered fewer shifts.',
  ],
];
const sNav = ['Work With Us', 'Hire Staff', 'Events', 'FAQ', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<meta charset="utf-8"><title>FAQ for Workers — Lark &amp; Ladle Event Staff</title>
<link rel="canonical" href="https://www.larkandladle.co.uk/faq"><meta property="og:site_name" content="Lark &amp; Ladle Event Staff">
<meta name="description" content="${sDek.replace('&', '&amp;')}">
<script type="text/javascript" crossorigin="anonymous" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"61a0f3c2b9e0a7","siteTitle":"Lark & Ladle Event Staff"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.larkandladle.co.uk","name":"Lark & Ladle Event Staff","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/61a0f3c2b9e0a7/42/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-61a0f4e1d2" class="primary-button-style-solid tweak-global-animations-enabled header-width-full collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar" role="region" aria-label="Announcement"><div class="sqs-announcement-bar-content">
<p>Now recruiting for the winter wedding season – <a href="/work-with-us">apply today</a></p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title"><div class="header-title-text"><a href="/" id="site-title" data-animation-role="header-element">Lark &amp; Ladle Event Staff</a>
</div></div>
<div class="header-nav"><div class="header-nav-wrapper">
<nav class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'FAQ' ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('')}
</nav></div></div><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/apply">Apply Now</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61a0f4e1d2b3">
<section data-test="page-section" data-section-theme=""
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center
vertical-alignment--middle">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-61a0f4e1">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1638">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>
<p class="sqsrte-large" style="text-align:center;white-space:pre-wrap;">${sDek.replace('&', '&amp;')}</p></div></div></div>
<div class="sqs-block website-component-block sqs-block-website-component sqs-block-accordion" data-block-type="69" id="block-yui_3_17_2_1_1639">
<div class="sqs-block-content"><ul class="accordion-items-container" data-should-allow-multiple-open-items="">
${sFaq
  .map(
    ([q, a], i) => `<li class="accordion-item" data-is-first-item="${i === 0}"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">
<button class="accordion-item__click-target" aria-expanded="false" aria-controls="accordion-${i}" id="button-${i}">
<span class="accordion-item__title">${q}</span>
<div class="accordion-icon-container" data-is-open="false" aria-hidden="true"><div class="plus"><div class="plus__horizontal-line"></div>
<div class="plus__vertical-line"></div></div></div></button></h4>
<div class="accordion-item__dropdown" role="region" aria-labelledby="button-${i}" id="accordion-${i}"><div class="accordion-item__description">
<p>${a.replace(/&/g, '&amp;')}</p></div></div></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Still got a question? Get in touch</a></div>
</div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="content">
<div class="sqs-html-content"><p>Lark &amp; Ladle Event Staff · Unit 4, Mill Yard, Bristol BS2 0TQ</p><p>hello@larkandladle.co.uk · 0117 496 0871</p>
<p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></div>
<div class="sqs-block newsletter-block"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Get new shifts by email</h2>
<form class="newsletter-form" data-form-id="61a0f7"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input id="email-yui" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div>
</div></div></section></footer></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = {
  name: 'heldout571-squarespace-worker-faq',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sFaq.map(([q]) => q),
  body: texts([sDek, ...sFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now recruiting for the winter wedding season – apply today', 'Skip to Content', ...sNav.filter((t) => t !== 'Events'), 'Apply Now',
    'Still got a question? Get in touch', 'Lark & Ladle Event Staff · Unit 4, Mill Yard, Bristol BS2 0TQ', 'hello@larkandladle.co.uk · 0117 496 0871',
    'Privacy · Terms', 'Get new shifts by email', 'Email Address', 'Sign Up',
  ],
};

const xTitle = 'We’re opening in Inverness!';
const xBody = [
  j(
    'After three years of placing nurses and healthcare assistants across the Highlands from our Aberdeen office, Corrie Care',
    'Recruitment is opening a permanent base at 18 Church Row, Inverness, on Monday 2 November.',
  ),
  j(
    'The new office will be led by Isla Munro, who joined us as a consultant in 2023 and has worked as a community nurse in Ross',
    'and Cromarty. Isla and two colleagues will look after care homes, GP practices and home-care providers from Fort William to',
    'Wick.',
  ),
  j(
    'Candidates can drop in for compliance checks, training and uniform fittings from 9am to 5pm, Monday to Friday. If you are',
    'already registered with us, you do not need to do anything – your consultant will be in touch about the move.',
  ),
  'We’re holding an open morning on Saturday 7 November from 10am to 1pm. Come along for a coffee and to find out about current vacancies.',
];
const xRecent = ['Night shift allowances explained', 'Meet the team: Aberdeen', 'Why we pay holiday pay every week'];
const xMenu = ['Home', 'Jobs', 'For Employers', 'Blog', 'Contact'];
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>We’re opening in Inverness!</title>
<meta name="description" content="Corrie Care Recruitment is opening a permanent base in Inverness on 2 November.">
<link rel="canonical" href="https://www.corriecare.co.uk/post/we-re-opening-in-inverness"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"We’re opening in Inverness!",
"datePublished":"2026-10-22T11:04:18.000Z","author":{"@type":"Person","name":"Corrie Care"}}</script>
<script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"wix-bolt-ssr","type":"GA"},"mode":{"qa":false}}</script>
<style data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.min.css">.comp-lk9n3{--rd:0px}</style>
</head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span>
</div>
<div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div data-testid="richTextElement" class="wixui-rich-text" id="comp-lk9n1"><p class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text">CORRIE CARE RECRUITMENT</span></p></div>
<nav id="comp-lk9n3" aria-label="Site" class="StylableHorizontalMenu3372578893__root">
<ul class="StylableHorizontalMenu3372578893__menu">${xMenu
  .map(
    (t) => `<li class="wixui-horizontal-menu__item">
<a data-testid="linkElement" href="https://www.corriecare.co.uk/${t.toLowerCase()}" class="StylableHorizontalMenu3372578893__menuItem">
<div class="itemDepth02233374943__root"><span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a>
</li>`,
  )
  .join('')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="TPASection_ktwd5k4x" class="TPASection_ktwd5k4x">
<div class="blog-post-page-font">
<article class="blog-post-page-font _1ZU5h" data-hook="post"><div class="_2Kz6g"><div class="post-metadata__container" data-hook="post-metadata">
<div class="avatar"><img alt="Writer's picture" src="https://static.wixstatic.com/media/avatar.png"></div><div class="user-name">
<span data-hook="user-name" class="post-metadata__author">Corrie Care</span></div>
<ul class="post-metadata__list"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="Oct 22">Oct 22</span></li><li>
<span data-hook="time-to-read" class="post-metadata__readTime" title="1 min read">1 min read</span></li></ul></div>
<div class="post-title" data-hook="post-title"><h1 class="blog-post-title-font blog-post-title-color">${xTitle}</h1></div>
<div class="post-content__body" data-hook="post-description"><div data-id="content-viewer" class="rich-content-viewer"><div data-hook="rcv-block-first"></div>
${xBody
  .map(
    (p, i) => `<div type="paragraph" class="_3Xf_T" data-hook="rcv-block${i + 1}"><p dir="auto" class="MelBe _1Mn5N _2wfXu" id="viewer-${i}">
<span class="_2PHJq public-DraftStyleDefault-ltr">${p}</span></p></div>`,
  )
  .join('\n')}
<div data-hook="rcv-block-image"><figure class="Fs9Ax"><div class="_3WJnn" data-hook="imageViewer">
<img src="https://static.wixstatic.com/media/office-inverness.jpg" alt="" loading="lazy"></div>
<figcaption class="eHA7P" data-hook="imageViewerCaption">Our new office on Church Row</figcaption></figure></div></div></div></div>
<div class="post-footer"><div class="_1OVPU"><ul class="post-footer__share" data-hook="share-buttons"><li>
<button aria-label="Share via Facebook">Facebook</button></li><li><button aria-label="Share via LinkedIn">LinkedIn</button></li>
<li><button aria-label="Share via link">Copy link</button></li></ul></div>
<div class="post-stats"><span data-hook="post-stats__view-count">48 views</span><span data-hook="comment-count-compact">0 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked">0</button></div></div></article>
<section data-hook="recent-posts"><div class="_3HRFR"><h2 class="_1Axct">Recent Posts</h2>
<a href="https://www.corriecare.co.uk/blog" data-hook="see-all">See All</a></div>
<div class="_2rYeK">${xRecent.map((t) => `<div data-hook="post-list-item"><h3 data-hook="post-title" class="post-title">${t}</h3></div>`).join('')}</div>
</section>
<section class="comments" data-hook="comments-widget"><h2 class="_1Axct">Comments</h2><button data-hook="comment-box-placeholder">Write a comment...</button>
</section>
</div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div data-testid="richTextElement" class="wixui-rich-text">
<p class="font_9">© 2026 by Corrie Care Recruitment Ltd. Registered in Scotland SC612274.</p></div></footer>
</div></div></div></div>
<script type="application/json"
id="wix-warmup-data">{"platform":{"ssrPropsUpdates":[],"ssrStyleUpdates":[]},"blog":{"postTitle":"We’re opening in Inverness!"}}</script>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.f7b4e1.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout571-wix-office-news',
  kind: 'news',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xBody),
  bylines: ['Oct 22'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xMenu.filter((t) => t !== 'Home'), '1 min read', 'Our new office on Church Row', 'Facebook', 'LinkedIn', 'Copy link', '48 views',
    '0 comments', '0', 'Recent Posts', 'See All', ...xRecent, 'Comments', 'Write a comment...',
    '© 2026 by Corrie Care Recruitment Ltd. Registered in Scotland SC612274.',
  ],
};

export const HELDOUT571_C: readonly TestPage[] = [squarespace, wix];
