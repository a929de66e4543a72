import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, rows, rowText } from './pages-heldout495-kit.js';

/**
 * Held-out batch 495, file b: a small theatre's access performances page on Squarespace 7.1 (with a table of dates and a
 * newsletter block), and an amateur society's audition notice built with Wix.
 */
const qTitle = 'Access Performances';
const qIntro = [
  j(
    'We want everyone to be able to enjoy a night at Quarry Lane. Every production in our main season has at least one captioned,',
    'one audio-described and one relaxed performance, and our box office team can help you choose the right seats.',
  ),
  j(
    'Tickets for access performances cost £12, and a companion or personal assistant comes free. Join our free Access List to book',
    'by phone, email or text and to hear about access performances first.',
  ),
];
const qKinds: readonly (readonly [string, string])[] = [
  [
    'Captioned performances',
    j(
      'The words spoken and sung on stage appear on a screen at the side of the stage, along with descriptions of sound effects.',
      'Seats in rows C to H on the left of the auditorium have the clearest view of the screen.',
    ),
  ],
  [
    'Audio-described performances',
    j(
      'A trained describer tells you what is happening on stage through a headset, between the lines of dialogue. Before the show',
      'there is a touch tour of the set and costumes at 1pm. Headsets can be collected from the box office.',
    ),
  ],
  [
    'Relaxed performances',
    j(
      'The house lights stay on low, loud sounds are softened and you are welcome to move around, make noise and leave and come back.',
      'A chill-out space is open in the Green Room. We publish a visual story for each show two weeks before the performance.',
    ),
  ],
];
const qTable: readonly (readonly string[])[] = [
  ['The Glass Orchard', 'Captioned', 'Thursday 19 February, 7.30pm'],
  ['The Glass Orchard', 'Audio described', 'Saturday 21 February, 2.30pm'],
  ['Twelfth Night', 'Relaxed', 'Saturday 11 April, 2pm'],
  ['Twelfth Night', 'Captioned', 'Wednesday 15 April, 7.30pm'],
];
const qAfter = j(
  'Our building has step-free access from the car park, an accessible toilet on every floor and a hearing loop at the box office',
  'and in the auditorium. Assistance dogs are always welcome.',
);
const qNav = ["What's On", 'Your Visit', 'Access', 'Take Part', 'Support', 'About'];
const qFoot = ['Contact', 'Privacy Policy', 'Terms & Conditions', 'Instagram', 'Facebook'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Access Performances — Quarry Lane Theatre</title><link rel="canonical" href="https://www.quarrylanetheatre.org/access-performances">
<meta property="og:site_name" content="Quarry Lane Theatre"><meta property="og:title" content="Access Performances — Quarry Lane Theatre">
<script type="application/ld+json">{"url":"https://www.quarrylanetheatre.org","name":"Quarry Lane Theatre",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/65a1f0c2/18/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-65a1f2e4b7c8d90123456789" class="header-width-full tweak-transparent-header primary-button-style-solid
 primary-button-shape-pill image-block-card-dynamic-font-sizing collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header" data-current-styles="{}"><div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Quarry Lane Theatre</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/[^a-z]+/g, '-')}">${n}</a></div>`)
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Tickets</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu"
aria-controls="header-menu" aria-expanded="false"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span></button></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65a1f2e4b7c8d9012345678a">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
 section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="65a1f2e4b7c8d9012345678b">
<div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-65a1f2e4b7c8d9012345678b">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1705312230041_4417"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${qTitle}</h1>
${ps(qIntro, ' class="" style="white-space:pre-wrap;"')}
${qKinds.map(([h, p]) => `<h3 style="white-space:pre-wrap;">${h}</h3><p class="" style="white-space:pre-wrap;">${p}</p>`).join('\n')}
<h2 style="white-space:pre-wrap;">Upcoming access performances</h2></div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-yui_3_17_2_1_1705312230041_9021"><div class="sqs-block-content">
<table class="access-dates"><thead><tr><th>Show</th><th>Performance</th><th>Date and time</th></tr></thead><tbody>${rows(qTable)}</tbody></table></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1705312230041_9877"><div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">Getting here</h2><p class="" style="white-space:pre-wrap;">${qAfter}</p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/access-list" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Join the Access List</a></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="65a1f9"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in the loop</h2>
<div class="newsletter-form-header-description"><p>Monthly news about shows, workshops and offers.</p></div></header>
<div class="newsletter-form-body"><input aria-label="Email Address" class="newsletter-form-field-element field-element" name="email" placeholder="Email Address"
 type="email"></div>
<div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary"
type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper">
<div class="content">
<div class="sqs-html-content"><p>Quarry Lane Theatre, 3 Quarry Lane, Kelsby KB2 7TR</p><p>Box office 01632 960 873</p></div>
<ul class="footer-links">${links(qFoot)}</ul><p class="copyright">© 2026 Quarry Lane Theatre Trust</p></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text">This site uses cookies to improve your experience and analyse traffic.</div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept all</button>
<button class="sqs-cookie-banner-v2-deny sqs-button-element--tertiary">Decline all</button><button class="sqs-cookie-banner-v2-manage">Manage cookies</button>
</div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceAccess: TestPage = finish({
  name: 'heldout495-squarespace-access',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: [...qKinds.map(([h]) => h), 'Upcoming access performances', 'Getting here'],
  body: texts([...qIntro, ...qKinds.map(([, p]) => p), ...qTable.map(rowText), qAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Quarry Lane Theatre', ...qNav, 'Book Tickets',
    'Join the Access List', 'Stay in the loop', 'Monthly news about shows, workshops and offers.',
    'Sign Up', 'We respect your privacy.', 'Quarry Lane Theatre, 3 Quarry Lane, Kelsby KB2 7TR', 'Box office 01632 960 873', ...qFoot,
    '© 2026 Quarry Lane Theatre Trust', 'This site uses cookies to improve your experience and analyse traffic.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
});

const aTitle = 'Auditions: The Harbourmaster\u2019s Wedding';
const aIntro = j(
  'Pelham Green Players are holding open auditions for our summer production, The Harbourmaster\u2019s Wedding by Lorna Beckwith,',
  'directed by Colin Tranter. Performances are from Wednesday 8 to Saturday 11 July at Pelham Green Village Hall.',
);
const aWhen = j(
  'Auditions will be held on Sunday 15 March at 2pm and Tuesday 17 March at 7.30pm in the village hall. You only need to come to one.',
  'Rehearsals start on Tuesday 24 March and run on Tuesday and Thursday evenings.',
);
const aParts = [
  'Jem Tolley, the harbourmaster, late fifties, gruff and sentimental',
  'Annie Tolley, his daughter, twenties to thirties, the bride',
  'Mrs Penrose, the landlady of the Anchor, any age, loud',
  'Reverend Hale, nervous, any age',
  'Fishermen, guests and a brass band (non-speaking and small parts)',
];
const aHow = j(
  'No preparation is needed: we will read scenes together and there is no singing. New members are very welcome, whether you want',
  'to act or help backstage. Annual membership is £20. To ask for a copy of the script, email auditions@pelhamgreenplayers.org.',
);
const aNav = ['Home', 'Current Production', 'Auditions', 'Past Shows', 'Join Us', 'Contact'];
const wixText = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Auditions | Pelham Green Players</title>
<link rel="canonical" href="https://www.pelhamgreenplayers.org/auditions"><meta property="og:title" content="Auditions | Pelham Green Players">
<meta property="og:site_name" content="Pelham Green Players"><meta name="twitter:card" content="summary_large_image">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["bi","ooi","seo"],"viewMode":"desktop","language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style
data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.css">.KcpHeO{word-wrap:break-word}</style>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div data-mesh-id="SITE_HEADERinlineContent" class="SITE_HEADERinlineContent">
${wixText('kb1lq8d9', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="/">Pelham Green Players</a></span></h2>')}
<nav id="comp-kb1lq8e2" aria-label="Site" class="XRwtpn comp-kb1lq8e2 wixui-dropdown-menu"><ul class="nzmSwN" role="menubar">${aNav
  .map(
    (n) => `<li class="wixui-dropdown-menu__item" role="none"><a data-testid="linkElement" href="/${n.toLowerCase().replace(/ /g, '-')}"
 class="UiHgGh"><div class="yRj2ms"><p class="StylableHorizontalMenu3372578893__label wixui-dropdown-menu__item">${n}</p></div></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo">
<section id="comp-lt5x8m1a" class="xuzjBY comp-lt5x8m1a wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lt5x8m1ainlineContent">
${wixText('lt5x8m1b', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${aTitle}</span></h1>`)}
<div id="comp-lt5x8m1c" class="MazNVa comp-lt5x8m1c wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lt5x8m1c"
class="HlRz5e BI8PVQ" data-image-info="{}"><img src="https://static.wixstatic.com/media/4d2a91_harbour.jpg/v1/fill/w_600,h_400/harbour.jpg"
alt="Rehearsal photo" width="600" height="400"></wow-image></div></div>
${wixText('lt5x8m1d', wp(aIntro))}
${wixText('lt5x8m1e', `<h2 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">When and where</span></h2>${wp(aWhen)}`)}
${wixText(
  'lt5x8m1f',
  `<h2 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">Parts available</span></h2>
<ul class="font_8 wixui-rich-text__text">${lis(aParts, 'wixui-rich-text__text')}</ul>`,
)}
${wixText('lt5x8m1g', `<h2 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">How to audition</span></h2>${wp(aHow)}`)}
<div class="comp-lt5x8m1h R6ex7N wixui-button" data-semantic-classname="button"><a data-testid="linkElement" href="/join-us" class="uDW_Qe wixui-button PlZyDq"
aria-disabled="false"><span class="l7_2fn wixui-button__label">Register your interest</span></a></div>
</div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_FOOTERinlineContent">
${wixText(
  'kb1lq8f4',
  `${wp('Pelham Green Players is a registered charity, no. 1023456.')}
${wp('©2026 by Pelham Green Players. Proudly created with Wix.com')}`,
)}
<div id="comp-kb1lq8f7" class="comp-kb1lq8f7 wixui-social-links"><ul aria-label="Social Bar"><li><a href="https://www.facebook.com/pelhamgreenplayers"
target="_blank"><img alt="Facebook" src="https://static.wixstatic.com/media/e316f5_fb.png"></a></li></ul></div></div></div></footer>
</div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div>
</div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.b2f1c1ce.bundle.min.js" async></script></body></html>`;
const wixAuditions: TestPage = finish({
  name: 'heldout495-wix-auditions',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: ['When and where', 'Parts available', 'How to audition'],
  body: texts([aIntro, aWhen, ...aParts, aHow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Pelham Green Players', ...aNav, 'Register your interest', 'Pelham Green Players is a registered charity, no. 1023456.',
    '©2026 by Pelham Green Players. Proudly created with Wix.com', 'bottom of page',
  ],
});

export const HELDOUT495_B: readonly TestPage[] = [squarespaceAccess, wixAuditions];
