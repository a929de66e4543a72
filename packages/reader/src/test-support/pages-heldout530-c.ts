import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout530-kit.js';

/**
 * Held-out batch 530, file c: an IT firm's data recovery service page on Squarespace 7.1 (page sections, an announcement
 * bar, a newsletter block), and a phone repair shop's "how we repair" page built with Wix (rich-text and button components).
 */
const qTitle = 'Data Recovery for Small Businesses';
const qA = [
  j(
    'When a drive fails, a server will not boot or someone deletes the wrong shared folder, we work to get your files back',
    'quickly and privately. Lantern IT has recovered data for accountants, dental practices, architects and shops across',
    'the Kettle Valley since 2014.',
  ),
  j(
    'We handle hard drives, SSDs, USB sticks, memory cards, RAID arrays and NAS boxes. Drives with physical damage are opened',
    'in a clean-air workstation in our own lab, so your data never leaves the building.',
  ),
];
const qHow = [
  '<strong>Free evaluation.</strong> Drop off the drive or we collect it. Within two business days we tell you what can be recovered.',
  '<strong>Fixed quote.</strong> You get one price before we start. No recovery, no fee.',
  '<strong>Recovery and check.</strong> We copy the data to a new encrypted drive and spot-check the files you told us matter most.',
  '<strong>Secure return.</strong> We hand back the new drive and wipe our working copy after 14 days.',
];
const qPrice = j(
  'Most logical recoveries (deleted files, corrupted partitions) cost $250–$600. Physical recoveries start at $750.',
  'Emergency service with a 24-hour turnaround is available for an extra 50%.',
);
const qHeads = ['How it works', 'What it costs'];
const qNav = ['Services', 'Data Recovery', 'Managed IT', 'About', 'Contact'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Data Recovery &mdash; Lantern IT</title>
<base href=""><meta charset="utf-8"><link rel="canonical" href="https://www.lanternit.net/data-recovery">
<meta property="og:site_name" content="Lantern IT"><meta itemprop="name" content="Data Recovery — Lantern IT">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f3a1c","siteTitle":"Lantern IT"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.lanternit.net","name":"Lantern IT","@context":"http://schema.org","@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f3a1c/14/5c5a519771c10ba3470d8101/site.css"></head>
<body id="collection-60b8e2a41c" class="tweak-global-animations-enabled header-width-full tweak-transparent-header primary-button-style-solid
 form-field-style-solid collection-type-page collection-layout-default view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/managed-it" class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-text"><div class="sqs-announcement-bar-content"><p>Now offering flat-rate support plans for offices under 20 people.</p>
</div></div>
<span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title">Lantern IT</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map(
    (t) =>
      `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Get Help Now</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="60b8e2a41c">
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed section-height--medium
 content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="60b8e2a41d"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-60b8e2a41d"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1622729"><div class="sqs-block-content">
<div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${qTitle}</h1>${ps(qA, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1622730"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary
 sqs-block-button-element">Start a Free Evaluation</a></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section" data-section-id="60b8e2a41e"><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-7 span-7">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1622731"><div class="sqs-block-content">
<div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${qHeads[0]}</h2>
<ol data-rte-list="default">${lis(qHow.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ol>
<h2 style="white-space:pre-wrap;">${qHeads[1]}</h2><p class="" style="white-space:pre-wrap;">${qPrice}</p></div></div></div></div>
<div class="col sqs-col-5 span-5"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/5f3a1c/lab.jpg" alt="Technician at a clean-air workstation"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">Our clean-air workstation in Kettle Falls.</p></div></figcaption></figure>
</div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="60b8e5"><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Backup tips, once a month</h2>
<div class="newsletter-form-header-description"><p>One short email on keeping business data safe. No spam.</p></div></header><div class="newsletter-form-body">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3">Email Address</label>
<input id="email-yui_3" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary"
 type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper">
<div class="content">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content"><p class="">Lantern IT · 90 Mill Road, Kettle Falls · (555) 013-7788</p>
<p class="">© 2025 Lantern IT LLC</p></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text">
<p>This site uses cookies to analyze traffic and improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-decline">Decline</button><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespaceRecovery: TestPage = {
  name: 'heldout530-squarespace-data-recovery',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: qHeads,
  body: texts([...qA, ...qHow, qPrice]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now offering flat-rate support plans for offices under 20 people.', 'Lantern IT', 'Services', 'Managed IT', 'About', 'Contact', 'Get Help Now',
    'Start a Free Evaluation', 'Our clean-air workstation in Kettle Falls.', 'Backup tips, once a month',
    'One short email on keeping business data safe. No spam.', 'Email Address', 'Sign Up', 'Lantern IT · 90 Mill Road, Kettle Falls · (555) 013-7788',
    '© 2025 Lantern IT LLC', 'This site uses cookies to analyze traffic and improve your experience.', 'Decline', 'Accept',
  ],
};

const xTitle = 'How We Fix Your Phone';
const xSteps = [
  ['Check-in', 'We look at your phone with you at the counter, test the screen, speakers and cameras, and write down anything already broken.'],
  ['Quote', 'You get a fixed price and a pickup time before we start. Most screens and batteries take 45 minutes.'],
  ['Repair', 'Your phone is opened on an anti-static mat with the right tools. We never use glue guns or generic screws.'],
  ['Test and handback', 'We test every function again, clean the phone and show you the old part we took out.'],
];
const xIntro = 'No surprises, no waiting a week. Here is what happens from the moment you walk in.';
const xNav = ['Home', 'Services', 'How We Fix', 'Prices', 'Contact'];
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xp = (t: string, f = 'font_8'): string =>
  `<p class="${f} wixui-rich-text__text"><span class="wixui-rich-text__text">${t.replace(/&/g, '&amp;')}</span></p>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<title>How We Fix | QuickCell Phone Repair</title><meta name="description" content="${xIntro}">
<link rel="canonical" href="https://www.quickcellrepair.com/how-we-fix">
<meta property="og:site_name" content="QuickCell Phone Repair"><meta name="twitter:card" content="summary_large_image">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["cookieConsent","seo"],"site":{"metaSiteId":"a7c1e2f4"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script>
<style id="css_masterPage">#comp-lq2x8a{--min-height:42px;}#SITE_HEADER{--bg:255,255,255,1;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
 aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout">
<button class="skip-to-main-content" data-testid="skipToMainContent">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div>
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
${rt('lq2x8a', xp('QuickCell Phone Repair', 'font_5'))}
<nav id="comp-lq2x9b" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.quickcellrepair.com/${t.toLowerCase().replace(/ /g, '-')}"
 class="wixui-horizontal-menu__item-label"><span class="label">${t}</span></a></li>`,
  )
  .join('')}</ul></nav>
<div id="comp-lq2xab" class="comp-lq2xab R6ex7N wixui-button" data-testid="buttonElement">
<a data-testid="linkElement" href="https://www.quickcellrepair.com/book"
 class="wixui-button__link"><span class="w4Vxx6 wixui-button__label">Book a Repair</span></a></div></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dmp_c1dmp">
<section id="comp-lq30aa" tabindex="-1" class="Oqnisf comp-lq30aa wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lq30aainlineContent">
${rt('lq30b1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${rt('lq30b2', xp(xIntro, 'font_7'))}
<div id="comp-lq30c4" class="MW5IWV comp-lq30c4 wixui-vector-image"><div data-testid="svgRoot-comp-lq30c4" class="AKxYR5 VZYmYf"><svg aria-hidden="true">
</svg></div></div>
</div></section>
<section id="comp-lq31aa" class="Oqnisf comp-lq31aa wixui-section" data-block-level-container="ClassicSection"><div data-mesh-id="comp-lq31aainlineContent">
${xSteps
  .map(
    ([h, p], i) => `<div id="comp-lq31s${i}" class="comp-lq31s${i} YzqVVZ wixui-box"><div data-mesh-id="comp-lq31s${i}inlineContent">
${rt(`lq31n${i}`, xp(`0${i + 1}`, 'font_4'))}
${rt(`lq31h${i}`, `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${h}</span></h2>`)}
${rt(`lq31p${i}`, xp(p ?? ''))}</div></div>`,
  )
  .join('\n')}
</div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
${rt('lq2z01', `${xp('QuickCell Phone Repair')}${xp('22 Harbor Street, Port Ellery')}${xp('Tel: 555-019-4420')}`)}
${rt('lq2z02', xp('© 2025 by QuickCell Phone Repair. Powered and secured by <a href="https://www.wix.com">Wix</a>'))}
</div></footer></div></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="consent-banner"><div data-hook="consent-banner-content">
<p data-hook="consent-banner-text">
This website uses cookies. By accepting, you agree to our use of such cookies.</p></div><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.6e1b4c12.bundle.min.js" async></script></body></html>`;
const wixProcess: TestPage = {
  name: 'heldout530-wix-how-we-fix',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: xSteps.map(([h]) => h ?? ''),
  body: [xIntro, ...xSteps.map(([, p]) => p ?? '')],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'QuickCell Phone Repair', 'Home', 'Services', 'Prices', 'Contact', 'Book a Repair',
    '22 Harbor Street, Port Ellery', 'Tel: 555-019-4420', '© 2025 by QuickCell Phone Repair. Powered and secured by Wix',
    'This website uses cookies. By accepting, you agree to our use of such cookies.', 'Settings', 'Decline All', 'Accept',
  ],
};

export const HELDOUT530_C: readonly TestPage[] = [squarespaceRecovery, wixProcess];
