import { links, ps, type TestPage, texts } from './page-kit.js';
import { elementorServices } from './pages-heldout438-e2.js';
import { j } from './pages-heldout438-kit.js';

/**
 * Held-out batch 438, file e: a state trucking association's press release on Squarespace 7.1 (header with the nav and the
 * "Join" button, the blog item with its date and category, "FOR IMMEDIATE RELEASE", an inline dateline, the release's
 * "About" boilerplate, the media contact, share buttons, item pagination, the newsletter block, footer sections and the
 * cookie banner) and, from file e2, a 3PL's services page built with Elementor.
 */
const rTitle = 'Ohio Truck Fleet Association Backs Statewide Truck Parking Expansion Plan';
const rDateline = 'CAMBRIDGE RIDGE, Ohio (March 2, 2026) \u2013';
const rP = [
  j(
    'The Ohio Truck Fleet Association (OTFA) today welcomed the state transportation department\u2019s plan to add 1,400 truck',
    'parking spaces along the state\u2019s busiest freight corridors by 2029, calling it the most important safety measure for',
    'professional drivers in a decade.',
  ),
  j(
    'The plan, released on Friday, would expand twelve existing rest areas, convert two closed weigh stations into parking',
    'and fund a real-time space availability system on Interstates 70, 71 and 75.',
  ),
  j(
    '"Every night, drivers who have run out of legal driving hours are forced to choose between parking on a ramp and breaking',
    'the law," said OTFA President Marlene Oduya-Fitch. "This plan gives them a third option: a safe, lit space with a',
    'restroom. We will work with the department to make sure the first sites open as quickly as possible."',
  ),
  j(
    'An OTFA survey of 620 member drivers last autumn found that 71 per cent spend more than 30 minutes looking for parking',
    'at least three nights a week, and that more than half had parked on a shoulder or ramp in the prior month.',
  ),
  'The association called on lawmakers to:',
  'approve the plan\u2019s first-phase funding of USD 86 million in the upcoming transportation budget;',
  'allow private truck stops to join the availability system at no cost;',
  'keep new sites open to all drivers free of charge for at least the first two hours.',
  j('OTFA will present its survey findings to the House Transportation Committee on March 18.'),
];
const rH = 'About the Ohio Truck Fleet Association';
const rAbout = [
  j(
    'Founded in 1938, the Ohio Truck Fleet Association represents more than 900 motor carriers and suppliers operating in the',
    'state. OTFA advocates for safe, efficient highways and provides training, compliance support and safety programs to its',
    'members.',
  ),
];
const rNav = ['About', 'Advocacy', 'Safety & Training', 'Events', 'Newsroom', 'Membership'];
const rFoot = ['Contact OTFA', 'Member login', 'Privacy policy', 'Job board'];
const rHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${rTitle} \u2014 Ohio Truck Fleet
Association</title><link rel="canonical" href="https://www.otfa.example/newsroom/truck-parking-plan"><meta property="og:site_name" content="Ohio Truck
Fleet Association"><meta property="og:title" content="${rTitle}"><meta property="og:type" content="article"><meta itemprop="datePublished"
content="2026-03-02T10:00:00-0500"><script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script><script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"websiteId":"5f2e9b","collectionId":"60a1c4","itemId":"65e2f0","templateId":"5c5a519771c10ba3470d8101","websiteSettings":{"storeSettings":{}}};</script>
<script type="application/ld+json">{"url":"https://www.otfa.example","name":"Ohio Truck Fleet Association","@context":"http://schema.org","@type":"WebSite"}
</script><link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/5f2e9b/14/site.css"></head>
<body id="item-65e2f0" class="header-overlay-alignment-center tweak-blog-item-width-medium view-item collection-type-blog-basic collection-layout-default
mobile-style-available sqs-seven-one"><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Ohio Truck Fleet Association</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${rNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/[^a-z]+/g, '-')}"
data-animation-role="header-element">${n.replace('&', '&amp;')}</a></div>`,
  )
  .join('\n')}</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action--cta"><a
class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/membership">Join OTFA</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65e2f0a1"><section data-test="page-section"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center
vertical-alignment--middle"><div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper">
<article class="entry h-entry blog-item hentry tag-parking category-press-releases author-otfa-communications post-type-text article-index-1"
id="article-65e2f0" data-item-id="65e2f0"><div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper">
<div class="blog-meta-section"><span class="blog-meta-primary"><span class="blog-categories-list"><a href="/newsroom?category=Press+Releases"
class="blog-categories">Press Releases</a></span></span><span class="blog-meta-delimiter"></span><span class="blog-meta-secondary"><time
class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-03-02">March 2, 2026</time></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${rTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
data-updated-on="1772463600000" id="item-65e2f0"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block
sqs-block-html" data-block-type="2" id="block-4b1e"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="release-flag"><strong>FOR IMMEDIATE RELEASE</strong></p>
<p><strong>${rDateline}</strong> ${rP[0]}</p>
${ps(rP.slice(1, 4))}
<p>${rP[4]}</p>
<ul data-rte-list="default">${rP
  .slice(5, 8)
  .map((t) => `<li><p>${t}</p></li>`)
  .join('\n')}</ul>
<p>${rP[8]}</p>
<h3>${rH}</h3>
${ps(rAbout)}
<p class="media-contact"><strong>Media contact:</strong> Devin Carraway, Director of Communications, press@otfa.example, (614) 555-0142</p>
<p style="text-align:center;white-space:pre-wrap;" class="">###</p>
</div></div></div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><div class="blog-item-share-wrapper"><div class="sqs-block socialaccountlinks-v2-block"><span
class="share-label">Share</span><a href="#" class="share-button">Facebook</a><a href="#" class="share-button">LinkedIn</a><a href="#"
class="share-button">Email</a></div></div></div></div>
<section id="itemPagination" class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic"><a class="item-pagination-link
item-pagination-link--prev" href="/newsroom/cdl-school-grants"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">OTFA
Announces 2026 CDL School Grant Recipients</h2></a><a class="item-pagination-link item-pagination-link--next" href="/newsroom/safety-week"><div
class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Safety Week Returns to Columbus in May</h2></a></section></article>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content"><div class="sqs-block
newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">The
Fleet Line</h2><div class="newsletter-form-header-description"><p>Weekly legislative updates for Ohio carriers.</p></div><form class="newsletter-form">
<input name="email" type="email" placeholder="Email Address"><button class="newsletter-form-button sqs-system-button" type="submit"><span
class="newsletter-form-button-label">Sign Up</span></button></form></div></div></div><div class="sqs-block html-block"><div class="sqs-html-content">
<ul class="footer-links">${links(rFoot)}</ul><p>\u00a9 2026 Ohio Truck Fleet Association. 400 Commerce Row, Suite 210, Columbus, OH 43215</p></div></div>
</div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button
class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button><button class="sqs-cookie-banner-v2-deny">Decline</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout438-squarespace-press-release',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [rH],
  body: texts([...rP, ...rAbout]),
  bylines: ['March 2, 2026', rDateline],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...rNav, 'Join OTFA', 'Press Releases', 'FOR IMMEDIATE RELEASE', 'Media contact:',
    'Devin Carraway, Director of Communications, press@otfa.example, (614) 555-0142', 'Share', 'Facebook', 'LinkedIn', 'Email', 'Previous',
    'OTFA Announces 2026 CDL School Grant Recipients', 'Next', 'Safety Week Returns to Columbus in May', 'The Fleet Line',
    'Weekly legislative updates for Ohio carriers.', 'Sign Up', ...rFoot,
    '© 2026 Ohio Truck Fleet Association. 400 Commerce Row, Suite 210, Columbus, OH 43215', 'This website uses cookies to improve your experience.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT438_E: readonly TestPage[] = [squarespace, elementorServices];
