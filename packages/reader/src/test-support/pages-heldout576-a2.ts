import type { TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout576-kit.js';

/** Held-out batch 576, file a2: a glamping site's rules page on Squarespace 7.1 (announcement bar, newsletter block, cookie banner). */
const lTitle = 'Site Rules';
const lBody = [
  j(
    'We want everyone at Larkspur Meadow to have a peaceful stay, so we keep our rules few and simple. Please read them before you',
    'arrive; by booking a bell tent you agree to follow them.',
  ),
  'Arrival and departure',
  j(
    'Check-in is from 3pm and check-out is by 10:30am. If you expect to arrive after 8pm, please text us on the number in your',
    'booking email and we will leave your welcome basket in the tent.',
  ),
  'Quiet hours',
  'The meadow is quiet from 10:30pm until 8am. Music should never be heard beyond your own tent.',
  'Fires',
  'Fires only in the fire pits provided, never on the grass.',
  'Buy logs from the honesty shed; please do not collect wood from the hedges.',
  'Put your fire out with water before you go to bed.',
  'Dogs',
  j('Well-behaved dogs are welcome in Bell Tents 3 and 4 only. Keep them on a lead in the meadow at all times, as sheep graze in', 'the next field.'),
  'Thank you for helping us look after this place.',
];
const lHeadIdx = [1, 3, 5, 9];
const lNav = ['Our Tents', 'Prices', 'Site Rules', 'Getting Here', 'Contact'];
const lBlock = (id: string, inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="{}" id="block-${id}"><div class="sqs-block-content">
<div class="sqs-html-content">${inner}</div></div></div>`;
const lHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Site Rules — Larkspur Meadow Glamping</title>
<link rel="canonical" href="https://www.larkspurmeadow.co.uk/site-rules"><meta property="og:site_name" content="Larkspur Meadow Glamping">
<meta property="og:title" content="Site Rules — Larkspur Meadow Glamping"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.larkspurmeadow.co.uk","name":"Larkspur Meadow
Glamping","@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/user-account-core-2f3f1a7c.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63f1c0a2b8e4d21f7a9c3e55" class="primary-button-style-solid primary-button-shape-pill header-width-full tweak-transparent-header
tweak-fixed-header-style-basic tweak-global-animations-enabled header-block-button-style-solid form-use-theme-colors collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text-inner">
<p>Bookings for the 2027 season are now open</p></div></div><a class="sqs-announcement-bar-close" role="button" aria-label="Close Announcement"></a>
</div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Larkspur Meadow</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${lNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === lTitle ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element"${t === lTitle ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right">
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Now</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span>
</button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f1c0a2b8e4d21f7a9c3e60">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--narrow horizontal-alignment--center vertical-alignment--middle white" data-section-id="63f1c0a2b8e4d21f7a9c3e61">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63f1c0a2b8e4d21f7a9c3e61"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
${lBlock('yui_3_17_2_1_1700', `<h1 style="text-align:center;white-space:pre-wrap;">${lTitle}</h1>`)}
${lBlock(
  'yui_3_17_2_1_1701',
  `<p class="" style="white-space:pre-wrap;">${lBody[0]}</p>
<h3 style="white-space:pre-wrap;">${lBody[1]}</h3><p class="" style="white-space:pre-wrap;">${lBody[2]}</p>
<h3 style="white-space:pre-wrap;">${lBody[3]}</h3><p class="" style="white-space:pre-wrap;">${lBody[4]}</p>
<h3 style="white-space:pre-wrap;">${lBody[5]}</h3>
<ul data-rte-list="default">${lis(lBody.slice(6, 9).map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h3 style="white-space:pre-wrap;">${lBody[9]}</h3><p class="" style="white-space:pre-wrap;">${lBody[10]}</p>
<p class="" style="white-space:pre-wrap;">${lBody[11]}</p><p class="" style="white-space:pre-wrap;"><em>Ros &amp; Idris</em></p>`,
)}
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1702"><div class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/63f1c0a2/firepit.jpg" alt="A fire pit outside a bell tent at dusk" loading="lazy">
</figure></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
${lBlock(
  'footer1',
  `<h4 style="white-space:pre-wrap;">Larkspur Meadow Glamping</h4>
<p style="white-space:pre-wrap;">Coed-y-Llan Farm, Pentre Hafod</p><p style="white-space:pre-wrap;">
<a href="mailto:hello@larkspurmeadow.co.uk">hello@larkspurmeadow.co.uk</a></p>`,
)}
</div><div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-footer2">
<div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="63f1c0a2b8e4d21f7a9c3e70" autocomplete="on" method="POST">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join our mailing list</h2>
<div class="newsletter-form-header-description"><p style="white-space:pre-wrap;">Hear first about late availability and winter offers.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_1">
<label class="newsletter-form-field-label title" for="email-yui_1-field">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" type="email"
placeholder="Email Address"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p style="white-space:pre-wrap;">We respect your privacy.</p></div></div>
<div class="hidden form-submission-text" hidden>Thank you!</div></form></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-deny" type="button">Decline</button><button class="sqs-cookie-banner-v2-accept" type="button">Accept</button>
</div></div></div>
<script defer src="//assets.squarespace.com/universal/scripts-compressed/website-component-definition-8b4a1f.js"></script>
<script>Squarespace.afterBodyLoad(Y);</script></body></html>`;
const larkspur: TestPage = {
  name: 'heldout576-squarespace-site-rules',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lHeadIdx.map((i) => lBody[i] ?? ''),
  body: lBody.filter((_, i) => !lHeadIdx.includes(i)),
  bylines: ['Ros & Idris'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bookings for the 2027 season are now open', 'Skip to Content', 'Larkspur Meadow', ...lNav.filter((t) => t !== lTitle), 'Book Now',
    'Larkspur Meadow Glamping', 'Coed-y-Llan Farm, Pentre Hafod', 'hello@larkspurmeadow.co.uk', 'Join our mailing list',
    'Hear first about late availability and winter offers.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
};

export const HELDOUT576_A2: readonly TestPage[] = [larkspur];
