import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, mk } from './pages-heldout541-kit.js';

/**
 * Held-out batch 541, file b: an outdoor activity centre's group booking page on Squarespace 7.1; the second page of the
 * file went to file b2.
 */
const sTitle = 'Group Bookings';
const sIntro = j(
  'Tarnside runs half-day and full-day programmes for schools, youth groups, clubs and workplaces of 10 to 60 people. Tell us what your',
  'group would like to try and we will build a day around it, with instructors, kit and a base in the boathouse.',
);
const sActs = [
  'Canoeing and kayaking on Tarnside Water',
  'Gorge scrambling in Hollin Beck',
  'Rock climbing and abseiling at Crag End',
  'Raft building',
  'Archery and bushcraft',
  'Orienteering around the estate',
];
const sSecs = [
  {
    h: 'How it works',
    paras: [
      j(
        'Send us the enquiry form below with your dates, numbers and the ages of the group. Our bookings team will reply within two working',
        'days with a suggested programme and a quote.',
      ),
      j(
        'To hold your dates we ask for a deposit of £10 a person. The balance is due 28 days before you arrive, and final numbers can be',
        'reduced by up to 10% without charge until 7 days before.',
      ),
    ],
  },
  {
    h: 'Prices',
    paras: [
      j(
        'Half-day sessions (three hours) cost £38 a person and full days (six hours, two activities) cost £65 a person. School groups',
        'booking Monday to Thursday in term time receive a 15% discount, and one group leader goes free for every eight participants.',
      ),
    ],
  },
  {
    h: 'Staying over',
    paras: [
      j(
        'Groups can stay in the Bunkhouse, which sleeps 32 in six rooms with a drying room and a self-catering kitchen. Residential',
        'packages with meals start at £118 a person for two days and one night.',
      ),
    ],
  },
];
const sNav = ['Activities', 'Groups', 'Schools', 'Bunkhouse', 'About', 'Contact'];
const sForm = ['Name', 'Email', 'Group name', 'Preferred dates', 'Number in group', 'Tell us about your group', 'Send enquiry'];
const sFoot = [
  'Tarnside Outdoor Centre',
  'Boathouse Lane, Tarnside, Westmere LA23 9PQ',
  'Open daily 8:30am to 5pm',
  'AALA licence R4471',
  'Instagram',
  'Facebook',
];
const sBlock = (html: string, id: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}"><div class="sqs-block-content">
<div class="sqs-html-content">${html}</div></div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Group Bookings &mdash; Tarnside Outdoor Centre</title><link rel="canonical" href="https://www.tarnsideoutdoors.co.uk/groups">
<meta property="og:site_name" content="Tarnside Outdoor Centre"><meta property="og:title" content="Group Bookings &mdash; Tarnside Outdoor Centre">
<script type="application/ld+json">{"url":"https://www.tarnsideoutdoors.co.uk","name":"Tarnside Outdoor Centre","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63e1f0/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63e1f0a8" class="header--menu-open-hidden tweak-global-animations-enabled primary-button-style-solid
form-field-style-solid header-width-full collection-type-page collection-layout-default view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Now taking bookings for spring term school visits.</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/tarnside-logo.png"
alt="Tarnside Outdoor Centre"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Now</a></div></div></div>
<div class="header-display-mobile"><button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">
Open Menu</span><span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63e1f0a8c3">
<section data-test="page-section" data-section-theme="dark" class="page-section full-bleed-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle dark" data-section-id="63e1f0a8c4">
<div class="section-background"><img alt="" src="//images.squarespace-cdn.com/content/v1/groups-hero.jpg"></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-63e1f0a8c5">
<div class="fe-block fe-block-yui_3_17_2_1_1675946132190_2311">${sBlock(
  `<h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>
<p class="sqsrte-large" style="text-align:center;white-space:pre-wrap;">${sIntro}</p>`,
  'yui_3_17_2_1_1675946132190_2312',
)}</div>
</div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="63e1f0a8c6"><div class="content-wrapper">
<div class="content"><div class="fluid-engine fe-63e1f0a8c7"><div class="fe-block fe-block-yui_3_17_2_1_1675946132190_4120">
${sBlock(
  `<h2 style="white-space:pre-wrap;">Choose from</h2>
<ul data-rte-list="default">${lis(sActs.map((a) => `<p style="white-space:pre-wrap;">${a}</p>`))}</ul>`,
  'yui_4121',
)}
</div><div class="fe-block fe-block-yui_3_17_2_1_1675946132190_4130"><div class="sqs-block image-block sqs-block-image" data-block-type="5">
<div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-outer-wrapper layout-caption-below design-layout-fluid">
<img alt="A school group paddling open canoes on Tarnside Water" src="//images.squarespace-cdn.com/content/v1/canoes.jpg"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Year 8 from Westmere Academy on the water in June.</p></div></figcaption>
</figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1675946132190_4140">
${sBlock(sSecs.map((s) => `<h2 style="white-space:pre-wrap;">${s.h}</h2>\n${ps(s.paras, ' style="white-space:pre-wrap;"')}`).join('\n'), 'yui_4141')}
</div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section section-height--small light"
data-section-id="63e1f0a8c8">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-63e1f0a8c9"><div class="fe-block fe-block-yui_4150">
<div class="sqs-block form-block sqs-block-form" data-block-type="9" id="block-yui_4151"><div class="sqs-block-content"><div class="form-wrapper">
<div class="form-title">Make an enquiry</div><div class="form-inner-wrapper"><form data-form-id="63e1f2b0" autocomplete="on" method="POST" novalidate>
<div class="field-list clear">${sForm
  .slice(0, 6)
  .map(
    (l, i) => `<div id="text-${i}" class="form-item field text required"><label class="title" for="f${i}">
<span class="title">${l}</span><span class="required" aria-hidden="true">*</span></label><input class="field-element text" type="text" id="f${i}"></div>`,
  )
  .join('\n')}
</div><div data-animation-role="button" class="form-button-wrapper form-button-wrapper--align-left"><input class="button sqs-system-button
sqs-editable-button sqs-button-element--primary" type="submit" value="Send enquiry"></div></form></div></div></div></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section section-height--small black" data-section-id="63e1f0a8ca"><div class="content-wrapper"><div class="content">
${sBlock(
  sFoot
    .slice(0, 4)
    .map((t) => `<p style="white-space:pre-wrap;">${t}</p>`)
    .join('\n'),
  'yui_4160',
)}
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54"><div class="sqs-block-content"><nav>
<a href="https://instagram.com/tarnsideoutdoors" class="sqs-svg-icon--wrapper instagram-unauth"><div>
<span class="sqs-svg-icon--social">${sFoot[4]}</span></div></a>
<a href="https://facebook.com/tarnsideoutdoors" class="sqs-svg-icon--wrapper facebook-unauth"><div>
<span class="sqs-svg-icon--social">${sFoot[5]}</span></div></a>
</nav></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" role="dialog" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 PRIMARY_BUTTON light">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to provide you with a great user experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d80fe/scripts/site-bundle.js"></script></body></html>`;
const squarespaceGroups: TestPage = mk({
  name: 'heldout541-outdoor-groups-squarespace',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Choose from', ...sSecs.map((s) => s.h)],
  body: texts([sIntro, ...sActs, ...sSecs.flatMap((s) => s.paras)]),
  bylines: [],
  furniture: [
    'Now taking bookings for spring term school visits.',
    'Skip to Content',
    ...sNav,
    'Book Now',
    'Year 8 from Westmere Academy on the water in June.',
    'Make an enquiry',
    ...sForm.slice(0, 6),
    ...sFoot,
    'This site uses cookies to provide you with a great user experience.',
    'Accept',
    'Decline',
  ],
});

export const HELDOUT541_B: readonly TestPage[] = [squarespaceGroups];
