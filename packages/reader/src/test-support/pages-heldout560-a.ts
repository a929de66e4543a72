import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout560-kit.js';

/**
 * Held-out batch 560, file a: an escape room's story and booking page on WordPress with Elementor Pro (theme builder header and
 * footer, icon list of room facts, Bookeo widget, testimonials), and an axe-throwing venue's house rules on Squarespace 7.1.
 */
const eTitle = 'The Lighthouse Keeper’s Last Log';
const eDek = 'A storm is coming in, the lamp has gone dark and the keeper has vanished. You have sixty minutes to find out why.';
const eStory = [
  j(
    'In the winter of 1911 the lamp at Carrow Point went out for the first time in forty years. When the relief boat reached the rock',
    'three days later, the keeper, Elias Penhale, was gone, and his log stopped in the middle of a sentence.',
  ),
  j(
    'You are the relief crew. The tide turns in one hour and the boat will not wait. Search the keeper’s quarters and the lamp room,',
    'piece together his last entries and relight the lamp before you are stranded on the rock for the night.',
  ),
];
const eExpect = [
  'Two connected rooms and a third space you will have to find',
  'Mostly hands-on puzzles: locks, mechanisms and a working lens',
  'A game master watching throughout, with up to three clues when you ask',
  'A short spiral staircase to climb (tell us when you book if you need the step-free route)',
];
const eAfter = j(
  'The room suits first-timers who like a challenge. Experienced teams usually escape with ten to fifteen minutes to spare;',
  'about 38 per cent of all teams make it out.',
);
const eRows = [
  ['2 players', '£50'],
  ['3 players', '£66'],
  ['4 players', '£80'],
  ['5 players', '£92'],
  ['6 players', '£102'],
];
const ePriceNote = 'Prices are per team, not per person. Sessions starting before 4pm on weekdays are £8 cheaper per team.';
const eFacts = ['2–6 players', '60 minutes', 'Difficulty 4/5', 'Ages 12+ (under 16s with an adult)'];
const eNav = ['Rooms', 'Gift Vouchers', 'Groups & Parties', 'FAQ', 'Contact'];
const eQuote = '“Best room we have done in the South West. The lens puzzle had all six of us shouting.”';
const eFoot = ['Privacy Policy', 'Booking Terms', 'Accessibility'];
const eSec = (id: string, inner: string, cls = 'elementor-section-boxed'): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} ${cls} elementor-section-height-default" data-id="${id}"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column
elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const eW = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eH = (tag: string, t: string): string => eW('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const eBtn = (t: string, href: string): string =>
  eW(
    'button',
    `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="${href}">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">${t}</span></span></a></div>`,
  );
const eIcons = eFacts
  .map(
    (f) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${f}</span></li>`,
  )
  .join('\n');
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} – Escape Room in Marlow Bay | Keyhole Escape Co.</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${eTitle} – Keyhole Escape Co.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"isPartOf":{"@id":"https://keyholeescape.example/#website"}},{"@type":"Organization","name":"Keyhole Escape Co."}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://keyholeescape.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="elementor-post-412-css" href="https://keyholeescape.example/wp-content/uploads/elementor/css/post-412.css?ver=1718200000">
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:10px;right:10px;z-index:99999}</style></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 elementor-default elementor-template-full-width elementor-kit-6
elementor-page elementor-page-412"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="27" class="elementor elementor-27 elementor-location-header" data-elementor-post-type="elementor_library">
${eSec(
  '1c4e2a0',
  `${eW(
    'image',
    `<a href="https://keyholeescape.example"><img width="180" height="60" src="/wp-content/uploads/2024/02/keyhole-logo.png"
alt="Keyhole Escape Co."></a>`,
  )}
${eW(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-5b1f" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-5b1f" class="elementor-nav-menu">
${links(eNav, 'menu-item')}</ul></nav>`,
)}
${eBtn('Book now', '#book')}`,
  'elementor-section-full_width',
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${eSec(
  '6a9d03e',
  `${eH('h1', eTitle)}${eW('text-editor', `<p>${eDek}</p>`)}
${eW('icon-list', `<ul class="elementor-icon-list-items elementor-inline-items">${eIcons}</ul>`)}${eBtn('Book now', '#book')}`,
  'elementor-section-height-min-height',
)}
${eSec(
  'b21f7c4',
  `${eH('h2', 'The story')}${eW('text-editor', ps(eStory))}
${eW('image', '<img width="800" height="533" src="/wp-content/uploads/2024/03/lamp-room.jpg" alt="The lamp room">')}
${eH('h2', 'What to expect')}${eW('text-editor', `<ul>${lis(eExpect)}</ul><p>${eAfter}</p>`)}`,
)}
${eSec(
  '0e7a5d9',
  `${eH('h2', 'Prices')}${eW(
    'text-editor',
    `<table><thead><tr><th>Team size</th><th>Price per team</th></tr></thead>
<tbody>${trs(eRows)}</tbody></table><p>${ePriceNote}</p>`,
  )}`,
)}
${eSec(
  'f3c8b11',
  `<span id="book"></span>${eH('h2', `Book ${eTitle}`)}
${eW('html', `<div id="bookeo_position"></div><script type="text/javascript" src="https://bookeo.com/widget.js?a=3145KX4LA7&amp;type=41524HKY9W"></script>`)}
${eW('text-editor', '<p>Can’t see a time that suits? Call us on 01632 960 418 and we will do our best.</p>')}`,
)}
${eSec(
  '9d2e6f0',
  `${eH('h2', 'What players say')}${eW(
    'testimonial',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${eQuote}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Harriet, team “Fog Horns”</div>
<div class="elementor-testimonial-job">Escaped with 4:12 left</div></div></div></div>`,
  )}`,
)}
${eSec(
  '4b7a1c2',
  `${eH('h2', 'More rooms')}${eH('h3', 'The Alchemist’s Study')}${eBtn('View room', '/rooms/alchemist')}${eH('h3', 'Vault 9')}
${eBtn('View room', '/rooms/vault-9')}`,
)}
</div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer" data-elementor-post-type="elementor_library">
${eSec(
  '2d6b9e8',
  `${eH('h4', 'Find us')}${eW('text-editor', '<p>Unit 3, Quayside Yard, Marlow Bay TR19 4QX</p><p>Open every day, 10am to 10pm</p>')}
${eW('nav-menu', `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`)}
${eW('text-editor', '<p>© 2024 Keyhole Escape Co. Ltd. All rights reserved.</p>')}`,
)}</div>
<div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences cmplz-show" aria-modal="true" data-nosnippet="true"
role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header"><div class="cmplz-title"
id="cmplz-header-1-optin">Manage Cookie
Consent</div></div><div class="cmplz-body"><div class="cmplz-message">We use cookies to run our booking system and to see how visitors use the site.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>
<script src="https://keyholeescape.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"post":{"id":412,"title":"${eTitle}"}};</script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout560-elementor-escape-room',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: ['The story', 'What to expect', 'Prices'],
  body: [eDek, ...eStory, ...eExpect, eAfter, ...rowTexts(eRows), ePriceNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) =>
t !== 'Rooms'), 'Book now', ...eFacts, `Book ${eTitle}`, 'Can’t see a time that suits? Call us on 01632 960 418 and we will do our best.',
    'What players say', eQuote, 'Harriet, team “Fog Horns”', 'Escaped with 4:12 left', 'More rooms', 'The Alchemist’s Study', 'View room', 'Vault 9',
    'Find us', 'Unit 3, Quayside Yard, Marlow Bay TR19 4QX', 'Open every day, 10am to 10pm', ...eFoot, '© 2024 Keyhole Escape Co. Ltd. All rights reserved.',
    'Manage Cookie Consent', 'We use cookies to run our booking system and to see how visitors use the site.', 'Accept', 'Deny', 'View preferences',
  ],
};

const sTitle = 'House Rules';
const sIntro = j(
  'Axe throwing is safe when everyone follows the same rules. Your coach will go through them before your first throw,',
  'but please read them before you arrive.',
);
const sBefore = [
  'Everyone who throws must sign the waiver. Under 18s need a parent or guardian to sign for them, and the minimum age is 12.',
  'Closed-toe shoes are required. We keep a few pairs of loaner boots at the front desk, but sizes run out fast.',
  'Leave bags, drinks and phones on the table behind the yellow line.',
];
const sLane = [
  'Only one person in the throwing box at a time. Wait until the thrower has collected their axe before you step up.',
  'Throw only the axes we give you. Never throw anything else at the target, and never throw into another lane.',
  'Walk, don’t run, to pick up your axe, and only when both throwers in your pair have thrown.',
  'If an axe bounces back, let it fall. Don’t try to catch it.',
  'Hand axes to each other handle first, or set them on the rack.',
];
const sDrink = [
  j(
    'We serve beer and cider, but nobody throws after more than two drinks. Our coaches can stop anyone from throwing at any time,',
    'and their call is final.',
  ),
  'Anyone who arrives intoxicated will not be allowed to throw, and their booking will not be refunded.',
];
const sBig = j(
  'The two-handed big axe and the knife lane are open to you only after your coach has watched you throw safely for at least',
  'thirty minutes. Ask at the desk if you want to try them.',
);
const sEnd = 'Questions? Ask any coach in a red shirt.';
const sNav = ['Throw', 'Leagues', 'Events', 'Food & Drink', 'House Rules'];
const sHours = ['Wed–Thu 4pm–10pm', 'Fri–Sat noon–midnight', 'Sun noon–8pm'];
const sBlock = (inner: string, id: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}"><div class="sqs-block-content"><div class="sqs-html-content">
${inner}</div></div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>House Rules — Timberline Axe House</title>
<meta property="og:site_name" content="Timberline Axe House"><meta property="og:title" content="House Rules — Timberline Axe House">
<link rel="canonical" href="https://www.timberlineaxe.example/house-rules">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Timberline Axe House"},
"collection":{"title":"House Rules"}};</script>
<script type="application/ld+json">{"url":"https://www.timberlineaxe.example","name":"Timberline Axe House","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Timberline Axe House","address":"418 Mill Street\\nGrayford","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link href="//assets.squarespace.com/universal/styles-compressed/user-account-core-6fa3b2.min.css" type="text/css" rel="stylesheet"></head>
<body id="collection-64b2f0c1a7d3e52b1c9e0f44" class="primary-button-style-solid header-layout-nav-right header-width-full tweak-fixed-header
announcement-bar-hidden-false collection-type-page collection-layout-default view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<p>Spring league nights are open for sign-up. Ask at the bar.</p></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid"><div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title"><div class="header-title-logo"><a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.com/logo.png"
alt="Timberline Axe House"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/\W+/g, '-')}">${t.replace('&', '&amp;')}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse
sqs-button-element--primary" href="/book">Book a Lane</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64b2f0c1a7d3e52b1c9e0f51">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64b2f0c1a7d3e52b1c9e0f53">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"
id="page-section-64b2f0c1a7d3e52b1c9e0f53">
<div class="row sqs-row"><div class="col sqs-col-8 span-8">
${sBlock(`<h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="" style="white-space:pre-wrap;">${sIntro}</p>`, 'yui_3_17_2_1_1690000000000_412')}
${sBlock(
  `<h2>Before you throw</h2><ol data-rte-list="default">${lis(sBefore.map((t) => `<p>${t}</p>`))}</ol><h2>In the lane</h2><ol data-rte-list="default">
${lis(sLane.map((t) => `<p>${t}</p>`))}</ol>`,
  'yui_3_17_2_1_1690000000000_980',
)}
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/coach.jpg" alt=""
src="https://images.squarespace-cdn.com/content/v1/coach.jpg?format=1000w"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Coach Dana showing the two-step throw.</p></div></figcaption></figure></div></div>
${sBlock(
  `<h2>Alcohol</h2>${ps(sDrink, ' style="white-space:pre-wrap;"')}<h2>Big axes and the knife lane</h2><p>${sBig}</p><p><strong>${sEnd}</strong>
</p>`,
  'yui_3_17_2_1_1690000000000_1544',
)}
<div class="sqs-block button-block sqs-block-button"
data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--left">
<a href="/waiver" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Sign the waiver</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section
background-width--full-bleed section-height--small black" data-section-theme="black"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section">
${sBlock(`<h3>Timberline Axe House</h3><p>418 Mill Street, Grayford</p>${ps(sHours)}`, 'yui_3_17_2_1_1690000000000_2201')}
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="64b2f1"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join our list</h2>
<div class="newsletter-form-header-description"><p>League dates, new axes and the odd free lane. No spam.</p></div></header>
<div class="newsletter-form-body"><label class="newsletter-form-field-label title"
for="email-yui_3_17">Email Address</label><input class="newsletter-form-field-element
field-element" name="email" type="email" placeholder="Email Address"></div><div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button
sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>
${sBlock('<p>© 2024 Timberline Axe House LLC</p>', 'yui_3_17_2_1_1690000000000_2310')}
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--is-bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your experience and to remember your lane bookings.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout560-squarespace-axe-rules',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Before you throw', 'In the lane', 'Alcohol', 'Big axes and the knife lane'],
  body: [sIntro, ...sBefore, ...sLane, ...sDrink, sBig, sEnd],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring league nights are open for sign-up. Ask at the bar.', 'Skip to Content', 'Leagues', 'Events', 'Food & Drink', 'Book a Lane',
    'Coach Dana showing the two-step throw.', 'Timberline Axe House', '418 Mill Street, Grayford', ...sHours, 'Join our list',
    'League dates, new axes and the odd free lane. No spam.', 'Email Address', 'Sign Up', 'We respect your privacy.', '© 2024 Timberline Axe House LLC',
    'This site uses cookies to improve your experience and to remember your lane bookings.', 'Accept', 'Decline',
  ],
};

export const HELDOUT560_A: readonly TestPage[] = [elementor, squarespace];
