import { type TestPage, texts } from './page-kit.js';
import { anchors, j, lis } from './pages-heldout581-kit.js';

/**
 * Held-out batch 581, file b: a taxi firm's driver recruitment page on Squarespace 7.1 with an accordion of questions and an
 * interest form.
 */
const bTitle = 'Drive with Bluebell Cabs';
const bDek = 'Be your own boss, choose your own hours and keep more of every fare.';
const bIntro = j(
  'Bluebell Cabs has been part of Dunmore since 1987. We are a family-run firm with 140 drivers, and we are looking for',
  'another 30 for the busy months ahead, especially drivers who can work evenings and weekends.',
);
const bWhy = [
  'A flat weekly rent of £95, with no commission taken from your fares',
  'Steady work from our 60 account customers, including the hospital and both universities',
  'Airport runs shared out fairly by our dispatch system, not by who knows whom',
  'A driver lounge at our Mill Lane office, with free parking and hot drinks',
];
const bNeed = [
  'a full UK driving licence held for at least three years',
  'a Dunmore City Council private hire driver licence, or be willing to apply for one (we pay the application fee)',
  'a saloon, estate or MPV no older than eight years, or rent one of ours',
  'the right to work in the UK and a clean enhanced DBS check',
];
const bEarn = [
  j(
    'What you earn depends on when and how much you work. Our full-time drivers who work five days a week, including two evenings,',
    'take home between £650 and £900 a week after the weekly rent and fuel.',
  ),
  j('Fares are paid into your account every Friday for card and account jobs. You keep all cash fares on the day. We never', 'hold back money for slow weeks.'),
];
const bApply = j(
  'Fill in the short form below and our driver manager, Colm, will call you within two working days. If you already hold a',
  'licence you could be on the road within a week. If you need a licence, we will talk you through the council process step by step.',
);
const bFaq: [string, string][] = [
  ['Do I need to know Dunmore well?', 'It helps, but every car runs our app with turn-by-turn directions. Most new drivers settle in within a month.'],
  ['Can I work part-time?', 'Yes. Around a third of our drivers work fewer than 25 hours a week. You log on and off in the app when it suits you.'],
  ['Do you take drivers with electric cars?', 'Yes, and their weekly rent is £20 lower for the first year.'],
];
const bHeads = ['Why drivers choose us', 'What you need', 'How much can I earn?', 'How to apply', 'Common questions'];
const bNav = ['Book a Cab', 'Airport Runs', 'Business Accounts', 'Drive with Us', 'Contact'];
const bFoot = ['Privacy Policy', 'Lost Property', 'Complaints'];
const sqsBlock = (id: string, inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_${id}"><div class="sqs-block-content">
<div class="sqs-html-content" data-sqsp-text-block-content>${inner}</div></div></div>`;
const bAcc = bFaq
  .map(
    ([q, a], i) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">
<button class="accordion-item__click-target" aria-expanded="false" aria-controls="acc-${i}"><span class="accordion-item__title">${q}</span>
<div class="accordion-icon-container"><div class="plus"><div class="plus__horizontal-line"></div><div
class="plus__vertical-line"></div></div></div></button></h4>
<div class="accordion-item__dropdown" role="region" id="acc-${i}"><div class="accordion-item__description"><p>${a}</p></div></div></li>`,
  )
  .join('\n');
const bHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Drive with Us &mdash; Bluebell Cabs</title>
<link rel="canonical" href="https://www.bluebellcabs.example/drive-with-us"><meta property="og:site_name" content="Bluebell Cabs">
<script type="application/ld+json">{"url":"https://www.bluebellcabs.example","name":"Bluebell Cabs","@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f0a1","siteTitle":"Bluebell Cabs"},"pageType":2};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f0a1/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a2c7" class="primary-button-style-solid tweak-global-animations-enabled header-width-full tweak-blog-alternating-side-by-side-width-full
collection-type-page collection-layout-default view-item mobile-style-available sqs-seven-one show-pagination-controls">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white"
data-controller="Header" data-current-styles="{&quot;layout&quot;:&quot;navRight&quot;}"><div class="sqs-announcement-bar-dropzone"></div>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop"
src="//images.squarespace-cdn.com/content/v1/63f0a1/bluebell-logo.png?format=1500w" alt="Bluebell Cabs"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${bNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div
class="header-actions-action header-actions-action--cta"
data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="tel:01632961300">Call 01632
961300</a>
</div></div></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="white" data-current-styles="{}"><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder"><div
class="header-menu-nav-folder-content">
<div class="header-menu-nav-wrapper">
${bNav
  .map(
    (t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"><div
class="header-menu-nav-item-content">${t}</div></a></div>`,
  )
  .join('\n')}
</div></div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a2c7f1">
<section data-test="page-section" data-section-theme="black" class="page-section full-bleed-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle black" data-section-id="64a2c7f2">
<div class="section-background"><img alt="" src="//images.squarespace-cdn.com/content/v1/63f0a1/rank-night.jpg" data-image-focal-point="0.5,0.5"></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a2c7f3"><div class="fe-block fe-block-a1">
${sqsBlock(
  '1688474',
  `<h1 style="text-align:center;white-space:pre-wrap;">${bTitle}</h1><p class="sqsrte-large"
style="text-align:center;white-space:pre-wrap;">${bDek}</p>`,
)}
</div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--narrow white" data-section-id="64a2c7f4"><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a2c7f5">
<div class="fe-block fe-block-b1">${sqsBlock('1688475', `<p style="white-space:pre-wrap;">${bIntro}</p>`)}</div>
<div class="fe-block fe-block-b2">${sqsBlock(
  '1688476',
  `<h2 style="white-space:pre-wrap;">${bHeads[0]}</h2><ul data-rte-list="default">${lis(bWhy.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>`,
)}</div>
<div class="fe-block fe-block-b3">${sqsBlock(
  '1688477',
  `<h2 style="white-space:pre-wrap;">${bHeads[1]}</h2><p style="white-space:pre-wrap;">You will
need:</p><ul data-rte-list="default">${lis(bNeed.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>`,
)}</div>
<div class="fe-block fe-block-b4">${sqsBlock(
  '1688478',
  `<h2 style="white-space:pre-wrap;">${bHeads[2]}</h2>${bEarn
    .map(
      (p) => `<p
style="white-space:pre-wrap;">${p}</p>`,
    )
    .join('')}`,
)}</div>
<div class="fe-block fe-block-b5">${sqsBlock(
  '1688479',
  `<h2 style="white-space:pre-wrap;">${bHeads[3]}</h2><p
style="white-space:pre-wrap;">${bApply}</p>`,
)}</div>
<div class="fe-block fe-block-b6"><div class="sqs-block form-block sqs-block-form" data-block-type="9" id="block-yui_3_17_2_1_1688480"><div
class="sqs-block-content">
<div class="form-wrapper"><div class="form-title">Register your interest</div><div class="form-inner-wrapper"><form data-form-id="64a2c8" autocomplete="on"
method="POST" novalidate><div class="field-list clear"><fieldset id="name-yui_1" class="form-item fields name required"><legend class="title">Name
<span class="required" aria-hidden="true">*</span></legend><div class="field first-name"><label class="caption"><input class="field-element field-control"
name="fname"
type="text" autocomplete="given-name"><span class="caption-text">First Name</span></label></div><div class="field last-name"><label class="caption">
<input class="field-element field-control" name="lname" type="text"><span class="caption-text">Last Name</span></label></div></fieldset>
<div id="email-yui_2" class="form-item field email required"><label class="title" for="email-yui_2-field">Email</label>
<input class="field-element" id="email-yui_2-field" name="email" type="email"></div><div id="phone-yui_3" class="form-item field phone"><label class="title"
for="phone-yui_3-field">Phone</label><input class="field-element" id="phone-yui_3-field" type="tel"></div>
<fieldset id="radio-yui_4" class="form-item field radio"><legend class="title">Do you already hold a private hire licence?</legend>
<div class="option"><label><input type="radio" name="licence" value="Yes"> Yes</label></div><div class="option"><label><input type="radio" name="licence"
value="No"> No</label></div>
</fieldset></div><div data-animation-role="button" class="form-button-wrapper form-button-wrapper--align-left"><button class="button sqs-system-button
sqs-editable-button sqs-button-element--primary" type="submit" value="Send">Send</button></div><div class="hidden
form-submission-text">Thank you! Colm will be in
touch soon.</div></form></div></div></div></div></div>
<div class="fe-block fe-block-b7">${sqsBlock('1688481', `<h2 style="white-space:pre-wrap;">${bHeads[4]}</h2>`)}
<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69"><div class="sqs-block-content"><ul class="accordion-items-container"
data-should-allow-multiple-open-items="">${bAcc}</ul></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="dark" class="page-section
layout-engine-section background-width--full-bleed section-height--small content-width--wide dark"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-63f0a2">${sqsBlock(
  '4',
  '<p style="white-space:pre-wrap;"><strong>Bluebell Cabs</strong></p><p style="white-space:pre-wrap;">14 Mill Lane, Dunmore DN4 7QS</p>',
)}
${sqsBlock('5', '<p style="white-space:pre-wrap;">Office and dispatch open 24/7</p>')}
<div class="sqs-block html-block sqs-block-html">${anchors(bFoot)}</div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><nav class="sqs-svg-icon--list"><a
href="https://facebook.example/bluebellcabs"
class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"><div><svg class="sqs-svg-icon--social"><use
href="#facebook-unauth-icon"></use></svg></div></a></nav></div>
${sqsBlock('6', '<p style="white-space:pre-wrap;">© 2026 Bluebell Cabs (Dunmore) Ltd. Licensed by Dunmore City Council.</p>')}
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-default" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to understand how visitors use it.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-reject">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept all</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const sqsDrivers: TestPage = {
  name: 'heldout581-squarespace-driver-recruitment',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [...bHeads, ...bFaq.map(([q]) => q)],
  body: texts([bDek, bIntro, ...bWhy, 'You will need:', ...bNeed, ...bEarn, bApply, ...bFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...bNav, 'Call 01632 961300', 'Register your interest', 'Name', 'First Name', 'Last Name', 'Email', 'Phone',
    'Do you already hold a private hire licence?', 'Send',
    '14 Mill Lane, Dunmore DN4 7QS', 'Office and dispatch open 24/7', ...bFoot, '© 2026 Bluebell Cabs (Dunmore) Ltd. Licensed by Dunmore City Council.',
    'This website uses cookies to improve your experience and to understand how visitors use it.', 'Decline', 'Accept all',
  ],
};

export const HELDOUT581_B: readonly TestPage[] = [sqsDrivers];
