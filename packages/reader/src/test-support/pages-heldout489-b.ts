import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout489-kit.js';

/**
 * Held-out batch 489, file b: a repeat-prescription guide on a Squarespace 7.1 pharmacy site, and a flu and COVID
 * vaccine clinic notice on a Wix pharmacy site.
 */
const rTitle = 'How to order your repeat prescription';
const rIntro = j(
  'If you take the same medicines every month, you do not need to see your GP each time. You can order a repeat prescription',
  'and we will have it ready for you to collect, or deliver it to your door.',
);
const rWays = [
  '<strong>Online:</strong> use the Fernhill Rx app or your GP practice’s online services account.',
  '<strong>In the pharmacy:</strong> tick the items you need on the right-hand side of your last prescription and hand it in.',
  '<strong>By email:</strong> send your name, date of birth and the medicines you need to repeats@fernhillpharmacy.co.uk.',
];
const rTiming = [
  j(
    'Please order at least seven days before you run out. Your surgery has up to two working days to sign the prescription, and we',
    'sometimes need to order stock from our wholesaler.',
  ),
  'We will send you a text message when your medicines are ready. Bring the text with you if someone else is collecting for you.',
];
const rNominate = j(
  'You can nominate Fernhill Pharmacy as your regular pharmacy. Your GP will then send your prescriptions to us electronically, so',
  'there is no paper to collect or lose. Ask at the counter and we will set it up in a couple of minutes.',
);
const rHeads = ['Three ways to order', 'When to order', 'Nominating us as your pharmacy'];
const rNav = ['Services', 'Repeat Prescriptions', 'Delivery', 'About', 'Contact'];
const rHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Repeat Prescriptions — Fernhill Pharmacy</title><link rel="canonical" href="https://www.fernhillpharmacy.co.uk/repeat-prescriptions">
<meta property="og:site_name" content="Fernhill Pharmacy"><meta property="og:title" content="Repeat Prescriptions — Fernhill Pharmacy">
<script type="text/javascript" crossorigin="anonymous" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>SQUARESPACE_ROLLUPS = {};</script><script type="application/ld+json">{"url":"https://www.fernhillpharmacy.co.uk","name":"Fernhill Pharmacy",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1f0/22/5c5a519771c10ba3470d8101/site.css"></head>
<body id="collection-64a1f2d9" class="header-layout-nav-right tweak-global-animations-enabled primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>We are closed on Monday 25 May for the bank holiday.</p></div><a class="sqs-announcement-bar-close" tabindex="0" role="button"></a></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/">Fernhill Pharmacy</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${rNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Call 01632 960772</a></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span class="js-header-burger-open-title visually-hidden">Open Menu</span><span class="js-header-burger-close-title visually-hidden" hidden>Close Menu</span>
</button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1f2d9">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page" id="page-section-1">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${rTitle}</h1>
<p class="" style="white-space:pre-wrap;">${rIntro}</p></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a1f3"><div class="fe-block fe-block-yui_3_17_2_1">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${rHeads[0]}</h2>
<ol data-rte-list="default">${lis(rWays.map((w) => `<p class="" style="white-space:pre-wrap;">${w}</p>`))}</ol>
<h2 style="white-space:pre-wrap;">${rHeads[1]}</h2>${ps(rTiming, ' class="" style="white-space:pre-wrap;"')}
</div></div></div></div><div class="fe-block fe-block-yui_3_17_2_2"><div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img src="https://images.squarespace-cdn.com/content/v1/64a1/counter.jpg"
alt="Pharmacy counter" loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>Our counter team on Fernhill Road</p>
</div></figcaption></figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_3"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${rHeads[2]}</h2><p class="" style="white-space:pre-wrap;">${rNominate}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_4"><div class="sqs-block button-block sqs-block-button"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary
 sqs-block-button-element">Ask us a question</a></div></div></div></div></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section newsletter-section"><div class="content-wrapper"><div class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Stay in touch</h2>
<div class="newsletter-form-header-description"><p>Seasonal health tips and clinic dates, once a month.</p></div>
<form class="newsletter-form"><label class="newsletter-form-field-label title" for="email-yui_3">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" type="email" id="email-yui_3" placeholder="Email Address">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout" type="submit">Sign Up</button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content">
<div class="sqs-html-content"><p>Fernhill Pharmacy · 112 Fernhill Road, Ashdown AS4 2LP</p><p>GPhC registration 1190456</p>
<p>© 2026 Fernhill Pharmacy</p></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-cta-container">
<p>This website uses cookies to improve your experience.</p><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap(); }})();</script>
</body></html>`;
const repeatRx: TestPage = {
  name: 'heldout489-squarespace-repeat-rx',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rHeads,
  body: texts([rIntro, ...rWays, ...rTiming, rNominate]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We are closed on Monday 25 May for the bank holiday.', 'Skip to Content', ...rNav, 'Call 01632 960772', 'Open Menu',
    'Our counter team on Fernhill Road', 'Ask us a question', 'Stay in touch', 'Seasonal health tips and clinic dates, once a month.', 'Email Address',
    'Sign Up', 'We respect your privacy.', 'Fernhill Pharmacy · 112 Fernhill Road, Ashdown AS4 2LP', 'GPhC registration 1190456', '© 2026 Fernhill Pharmacy',
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

const vTitle = 'Winter Vaccine Clinics 2026';
const vParas = [
  j(
    'Our walk-in flu and COVID-19 vaccine clinics return this autumn. From Saturday 3 October you can get both vaccines at the',
    'same visit, in our consultation room or at the Orchard Hall pop-up.',
  ),
  'Who is eligible for a free vaccine:',
];
const vEligible = [
  'everyone aged 65 and over',
  'people aged 18 to 64 with a long-term health condition',
  'pregnant women',
  'carers and close contacts of people with a weakened immune system',
];
const vDates = [
  'Saturday 3 October, 9am to 1pm – Orchard Hall, Kestrel Street',
  'Wednesday 7 October, 2pm to 6pm – in the pharmacy',
  'Saturday 17 October, 9am to 1pm – Orchard Hall, Kestrel Street',
];
const vAfter = [
  j(
    'If you are not eligible for a free flu vaccine, you can still have one at the pharmacy for £16. Please wear a short-sleeved top and',
    'bring your NHS number if you know it.',
  ),
  'Appointments are not needed, but booking online saves you a wait on the busy Saturday clinics.',
];
const vNav = ['Home', 'Services', 'Clinics', 'Prescriptions', 'Contact'];
const wixText = (html: string, cls = 'font_8'): string =>
  `<div data-testid="richTextElement" class="wixui-rich-text" data-hook="richTextElement"><p class="${cls} wixui-rich-text__text">${html}</p></div>`;
const vHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Winter Vaccines | Quayside Chemist</title>
<meta name="description" content="Flu and COVID-19 vaccine clinics at Quayside Chemist, Harrowby."><meta property="og:site_name" content="Quayside Chemist">
<link rel="canonical" href="https://www.quaysidechemist.co.uk/winter-vaccines">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["cookieConsent","seo"],"site":{"metaSiteId":"9b1e2c07"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style>#comp-lx8kq1 { width: 980px; } .font_8 { font: normal normal normal 17px/1.4em avenir-lt-w01_35-light1475496,sans-serif; }</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-hdr1" class="BaOVQ8 wixui-rich-text">
<p class="font_0 wixui-rich-text__text"><a href="/">Quayside Chemist</a></p></div>
<nav id="comp-menu1" aria-label="Site" class="StylableHorizontalMenu wixui-horizontal-menu"><ul class="itemDepth0">
${vNav.map((t) => `<li class="wixui-horizontal-menu__item"><a class="wixui-horizontal-menu__item-label" href="/${t.toLowerCase()}">${t}</a></li>`).join('\n')}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="wixui-page">
<section id="comp-lx8kq0" class="wixui-section"><div data-mesh-id="comp-lx8kq0inlineContent" data-testid="inline-content">
<div id="comp-lx8kq1" class="wixui-rich-text"><h1 class="font_2 wixui-rich-text__text">
<span style="color:#1F4E5F;" class="wixui-rich-text__text">${vTitle}</span></h1></div>
<div id="comp-lx8kq2">${wixText('<span class="wixui-rich-text__text">Posted 14 September 2026</span>', 'font_9')}</div>
<div id="comp-lx8kq3">${vParas.map((p) => wixText(`<span class="wixui-rich-text__text">${p}</span>`)).join('\n')}</div>
<div id="comp-lx8kq4" class="wixui-rich-text"><ul class="font_8 wixui-rich-text__text">${lis(vEligible, 'wixui-rich-text__text')}</ul></div>
<div id="comp-lx8kq5" class="wixui-rich-text"><h2 class="font_4 wixui-rich-text__text">Clinic dates</h2></div>
<div id="comp-lx8kq6" class="wixui-rich-text"><ul class="font_8 wixui-rich-text__text">${lis(vDates, 'wixui-rich-text__text')}</ul></div>
<div id="comp-lx8kq7">${vAfter.map((p) => wixText(`<span class="wixui-rich-text__text">${p}</span>`)).join('\n')}</div>
<div id="comp-lx8kq8" class="comp-lx8kq8 wixui-button"><a data-testid="linkElement" href="https://www.quaysidechemist.co.uk/book-online"
class="StylableButton2545352419__root wixui-button"><div class="StylableButton2545352419__container"><span class="StylableButton2545352419__label
 wixui-button__label">Book a vaccine</span></div></a></div>
<div id="comp-lx8kq9" class="wixui-image"><wow-image><img src="https://static.wixstatic.com/media/5b2c1e_flu.jpg" alt="Flu vaccine"></wow-image></div>
</div></section></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div id="comp-ftr1" class="wixui-rich-text"><p class="font_9 wixui-rich-text__text">Quayside Chemist,
 3 Quay Parade, Harrowby HB1 4QX | 01632 960231</p></div><div id="comp-ftr2" class="wixui-rich-text"><p class="font_9 wixui-rich-text__text">
© 2026 by Quayside Chemist. Proudly created with Wix.com</p></div></footer></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
<div class="consent-banner-root" data-hook="ccsu-banner-wrapper"><div data-hook="consent-banner-root"><p data-hook="ccsu-banner-text">This website uses cookies.
 We use cookies to improve your experience and to analyse site traffic.</p><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.bundle.min.js" async></script></body></html>`;
const vaccineNotice: TestPage = {
  name: 'heldout489-wix-vaccine-clinic',
  kind: 'news',
  html: vHtml,
  title: vTitle,
  headings: ['Clinic dates'],
  body: texts([...vParas, ...vEligible, ...vDates, ...vAfter]),
  bylines: ['Posted 14 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Quayside Chemist', ...vNav.filter((t) => t !== 'Clinics'), 'Book a vaccine',
    'Quayside Chemist, 3 Quay Parade, Harrowby HB1 4QX | 01632 960231',
    '© 2026 by Quayside Chemist. Proudly created with Wix.com', 'bottom of page',
    'This website uses cookies. We use cookies to improve your experience and to analyse site traffic.', 'Settings', 'Decline', 'Accept',
  ],
};

export const HELDOUT489_B: readonly TestPage[] = [repeatRx, vaccineNotice];
