import { links, ps, type TestPage, texts } from './page-kit.js';
import { nextCastle } from './pages-heldout433-b2.js';
import { j } from './pages-heldout433-kit.js';

/**
 * Held-out batch 433, file b: an aquarium's what's-on page on Squarespace 7.1 (header nav with a folder, announcement bar,
 * page sections of HTML blocks, an image block with a caption, a button block, a newsletter block, footer sections and the
 * Squarespace cookie banner) and, from file b2, a castle's visit page on a heritage trust's Next.js site.
 */
const aTitle = 'What’s On this Spring';
const aIntro = [
  j(
    'From feeding talks to late-night openings, there is something new at Saltmarsh Aquarium every week this spring. All talks',
    'and activities are included in your day ticket unless we say otherwise, and you do not need to book them in advance.',
  ),
];
const aDaily = [
  'Ray Lagoon feed — 11:15 and 14:45 at the lagoon viewing deck.',
  'Meet the Octopus — 12:30 in the Rock Pool Gallery, with one of our aquarists.',
  'Shark Tunnel talk — 15:30 in the tunnel, about twenty minutes.',
];
const aLates = [
  j(
    'On the last Friday of every month we stay open until 10pm for adults only. The café turns into a bar, the jellyfish',
    'gallery gets a live DJ, and our marine biologists run short talks on the animals they look after.',
  ),
  'Late tickets cost £18 and must be booked online. Guests must be 18 or over and bring photo ID.',
];
const aSeahorse = [
  j(
    'Our new seahorse nursery opens on 4 April behind the Estuary Zone. You can watch young short-snouted seahorses being',
    'raised for a breeding programme with three other aquariums, and the team will explain how they are released.',
  ),
  j(
    '“Every one of these animals started life here,” says aquarist Priya Hallam. “We want visitors to see the fiddly,',
    'patient side of conservation, not just the big tanks.”',
  ),
];
const aGuided = [
  j(
    'Our behind-the-scenes tours take small groups above the main tanks to see the filtration plant, the quarantine area',
    'and the kitchen where every fish, crab and sea urchin gets its food prepared. Tours run at 13:30 on weekdays and last',
    'about 45 minutes.',
  ),
  'They cost £9 per person on top of admission, are limited to ten people and are suitable for ages 8 and over.',
];
const aHols = [
  'Rock pool trail for under-10s, with a free sticker at the end.',
  'Build-a-reef craft table in the Learning Zone, 10:00 to 13:00.',
  'Storytime with the Saltmarsh puffins, daily at 10:30.',
];
const aNav = ['Visit', 'Tickets', 'Animals', 'What’s On', 'Conservation', 'Memberships'];
const aFoot = ['Contact', 'Careers', 'Accessibility', 'Privacy', 'Terms'];
const sqs = (id: string, inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content">
${inner}
</div></div></div>`;
const sect = (id: string, inner: string): string => `<section data-test="page-section" data-section-theme="white" class="page-section
layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center" data-section-id="${id}">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-${id}">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
${inner}
</div></div></div></div></div></section>`;
const ul = (items: readonly string[]): string => `<ul data-rte-list="default">${items.map((i) => `<li><p>${i}</p></li>`).join('\n')}</ul>`;
const aHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>What’s On &mdash; Saltmarsh Aquarium</title>
<link rel="canonical" href="https://www.saltmarshaquarium.example/whats-on"><meta property="og:site_name" content="Saltmarsh Aquarium">
<meta property="og:title" content="What’s On &mdash; Saltmarsh Aquarium"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","rollups":{},"pageType":2,
"website":{"id":"63f1c2","siteTitle":"Saltmarsh Aquarium","cookieBannerEnabled":true},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.saltmarshaquarium.example","name":"Saltmarsh Aquarium","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/63f1c2/21/5c5a519771c10ba3470d8101/site.css" rel="stylesheet"></head>
<body id="collection-64a1f0" class="header-overlay-alignment-center tweak-social-icons-style-regular primary-button-style-solid
collection-type-page collection-64a1f0 view-list mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Easter holidays: book online and skip the ticket queue.</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="dark" data-controller="Header"
data-current-styles='{"layout":"navRight"}'><div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.example/content/v1/63f1c2/logo.png" alt="Saltmarsh Aquarium"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${aNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/[^a-z]+/g, '-')}">${n}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/tickets">Book Now</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1f0a2">
${sect(
  '64a1f1',
  `${sqs('yui_1', `<h1 style="white-space:pre-wrap;">${aTitle}</h1>\n${ps(aIntro, ' class="" style="white-space:pre-wrap;"')}`)}
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_2"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="//images.squarespace-cdn.example/rays.jpg"
alt="Children watching rays"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>Feeding time at the Ray Lagoon.
Photo: Tom Adeyemi</p></div></figcaption></figure></div></div>`,
)}
${sect('64a1f2', sqs('yui_3', `<h2>Daily talks and feeds</h2>\n${ul(aDaily)}`))}
${sect(
  '64a1f3',
  `${sqs('yui_4', `<h2>Saltmarsh Lates</h2>\n${ps(aLates)}`)}
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container--center">
<a href="/lates" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a Late</a></div></div></div>`,
)}
${sect('64a1f4', sqs('yui_5', `<h2>New: the seahorse nursery</h2>\n${ps(aSeahorse)}`))}
${sect('64a1f4b', sqs('yui_5b', `<h2>Behind the scenes</h2>\n${ps(aGuided)}`))}
${sect('64a1f5', sqs('yui_6', `<h2>Easter holidays</h2>\n${ul(aHols)}`))}
${sect(
  '64a1f6',
  `<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Make a splash in your inbox</h2>
<div class="newsletter-form-header-description"><p>News from the tanks and early access to events.</p></div></div>
<form class="newsletter-form" data-form-id="64a1f6x" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {
Y.use('squarespace-form-submit', 'node', function(Y){(new Y.Squarespace.FormSubmit(form)).submit({formId: '64a1f6x'});});})(this);">
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email
required"><label class="newsletter-form-field-label title" for="email-yui_7">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-editable-button sqs-button-element--primary" type="submit"><span class="newsletter-form-button-label">Sign Up</span>
</button></div></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div>
<div class="form-submission-text">Thank you!</div></form></div></div></div>`,
)}
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections>${sect(
  '64a1f9',
  sqs(
    'yui_8',
    `<p><strong>Saltmarsh Aquarium</strong></p>\n<p>The Harbour Front, Westcombe WC2 9SA</p>\n<ul data-rte-list="default">${links(aFoot)}</ul>
<p>Saltmarsh Aquarium is run by the Saltmarsh Marine Trust, registered charity no. 1174406.</p>`,
  ),
)}</footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-layout--bar" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to provide you with a great user experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-decline">Decline all</button>
<button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer="true" src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout433-squarespace-aquarium-whats-on-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ['Daily talks and feeds', 'Saltmarsh Lates', 'New: the seahorse nursery', 'Behind the scenes', 'Easter holidays'],
  body: texts([...aIntro, ...aDaily, ...aLates, ...aSeahorse, ...aGuided, ...aHols]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Easter holidays: book online and skip the ticket queue.', ...aNav, 'Book Now', 'Feeding time at the Ray Lagoon. Photo: Tom Adeyemi', 'Book a Late',
    'Make a splash in your inbox', 'News from the tanks and early access to events.', 'Email Address', 'Sign Up', 'We respect your privacy.', 'Thank you!',
    'The Harbour Front, Westcombe WC2 9SA', ...aFoot,
    'Saltmarsh Aquarium is run by the Saltmarsh Marine Trust, registered charity no. 1174406.',
    'This site uses cookies to provide you with a great user experience.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};

export const HELDOUT433_B: readonly TestPage[] = [squarespace, nextCastle];
