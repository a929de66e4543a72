import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout598-kit.js';

/** Held-out batch 598, file b: a CCTV drain survey explainer on Wix, and a short 24-hour emergency plumber page on Squarespace 7.1. */
const cTitle = 'What Is a CCTV Drain Survey?';
const cH = ['Why would I need one?', 'How the survey works', 'What you get afterwards', 'How long does it take?'];
const cIntro = j(
  'A CCTV drain survey is a camera inspection of the inside of your pipes. A small waterproof camera on a flexible rod is pushed',
  'through the drain from a manhole or access point, and the pictures are recorded so you can see exactly what condition the pipe is in.',
);
const cWhy = [
  'Most of our surveys are booked for one of three reasons:',
  'You are buying a house and want to know the drains are sound before you exchange.',
  'A drain keeps blocking and you want to find out why.',
  'You are building an extension over or near an existing drain.',
];
const cHow = [
  j(
    'Our technician lifts the nearest manhole cover and runs water through the system to check it flows. The camera then goes in,',
    'lit by its own LEDs, and travels along each pipe run. A distance counter on screen shows how far along the pipe each defect is.',
  ),
  j(
    'If the camera meets a blockage, we can usually clear it with a jetter on the same visit so the survey can carry on. Where',
    'the pipe is too small for our main camera, we switch to a 25mm push rod camera that fits through a toilet or sink waste.',
  ),
];
const cAfter = [
  j(
    'Within two working days you receive a written report with a drawing of the drain layout, stills of every defect and a',
    'grading from 1 (minor) to 5 (collapsed or about to collapse). The full video is included as a download link.',
  ),
  j(
    'Where repairs are needed, the report lists them in order of urgency with a price for each, so you can take it to a',
    'solicitor, an insurer or another contractor.',
  ),
];
const cLong = 'A typical house with one or two runs takes about an hour on site. Larger properties and commercial sites can take half a day.';
const cNav = ['Home', 'Services', 'CCTV Surveys', 'Pricing', 'About', 'Contact'];
const rt = (inner: string, id: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span style="letter-spacing:normal;" class="wixui-rich-text__text">${t}</span></p>`;
const wh = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">${t}</span></h2>`;
const wl = (items: readonly string[]): string =>
  `<ul class="font_8 wixui-rich-text__text">${items
    .map(
      (t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">${t}</p>
</li>`,
    )
    .join('')}</ul>`;
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>CCTV Drain Surveys | Pellbrook Drain Care</title>
<meta name="description" content="Find out what a CCTV drain survey involves and what you get in the report.">
<meta property="og:site_name" content="Pellbrook Drain Care"><link rel="canonical" href="https://www.pellbrookdraincare.example/cctv-drain-survey">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Pellbrook Drain Care","telephone":"01632 961 205"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"4c2e0f1a-88b7-4d1e-a0b4-2a7c9d3e5f61"},"language":{"userLanguage":"en"}};</script>
<style data-url="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.css">.KcpHeO{word-wrap:break-word}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-lk2h1c0q" class="comp-lk2h1c0q">
${rt('<p class="font_6 wixui-rich-text__text"><a href="/" target="_self" class="wixui-rich-text__text">Pellbrook Drain Care</a></p>', 'lk2h1c0r')}
<nav id="comp-lk2h1c0s" aria-label="Site" class="comp-lk2h1c0s wixui-horizontal-menu"><ul class="XRwtpn">
${cNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item">
<a data-testid="linkElement" href="/${t.toLowerCase()}" class="wixui-horizontal-menu__item-label">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav>
<div id="comp-lk2h1c0t" class="comp-lk2h1c0t wixui-button"><a data-testid="linkElement" href="tel:01632961205" class="wixui-button">
<span class="wixui-button__label">Book a Survey</span></a></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="xq1u4" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerxq1u4" class="Containerxq1u4 SPY_vo"><div data-mesh-id="Containerxq1u4inlineContent" data-testid="inline-content" class="">
<section id="comp-lm8k3v0a" tabindex="-1" class="Oqnisf comp-lm8k3v0a wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lm8k3v0ainlineContent" data-testid="inline-content">
${rt(`<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${cTitle}</span></h1>`, 'lm8k3v0b')}
${rt(wp(cIntro), 'lm8k3v0c')}
<div id="comp-lm8k3v0d" class="MazNVa comp-lm8k3v0d wixui-image" data-testid="imageX"><div data-testid="linkElement" class="j7pOnl">
<img src="https://static.wixstatic.com/media/6b1c2a_4f0e.jpg/v1/fill/w_940,h_420,al_c,q_85/camera-in-pipe.jpg" alt="Drain camera inside a clay pipe"></div>
</div>
${rt('<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Our crawler camera inside a 150mm clay pipe.</span></p>', 'lm8k3v0e')}
</div></section>
<section id="comp-lm8k3v10" tabindex="-1" class="Oqnisf comp-lm8k3v10 wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lm8k3v10inlineContent" data-testid="inline-content">
${rt(`${wh(cH[0] ?? '')}${wp(cWhy[0] ?? '')}${wl(cWhy.slice(1))}`, 'lm8k3v11')}
${rt(`${wh(cH[1] ?? '')}${cHow.map(wp).join('')}<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&#8203;</span></p>`, 'lm8k3v12')}
${rt(`${wh(cH[2] ?? '')}${cAfter.map(wp).join('')}`, 'lm8k3v13')}
${rt(`${wh(cH[3] ?? '')}${wp(cLong)}`, 'lm8k3v14')}
<div id="comp-lm8k3v15" class="comp-lm8k3v15 wixui-button"><a data-testid="linkElement" href="/pricing" class="wixui-button">
<span class="wixui-button__label">See Survey Prices</span></a></div></div></section>
<section id="comp-lm8k3v20" class="Oqnisf comp-lm8k3v20 wixui-section"><div data-testid="inline-content">
${rt('<h3 class="font_5 wixui-rich-text__text">Get a free quote</h3>', 'lm8k3v21')}
<form id="comp-lm8k3v22" class="wixui-form"><label for="input_comp-lm8k3v23" class="wixui-text-input__label">Name</label>
<input id="input_comp-lm8k3v23" type="text">
<label for="input_comp-lm8k3v24" class="wixui-text-input__label">Phone</label><input id="input_comp-lm8k3v24" type="tel">
<button class="wixui-button" data-testid="buttonElement"><span class="wixui-button__label">Send</span></button></form></div></section>
</div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div data-testid="inline-content">
${rt(
  `<p class="font_9 wixui-rich-text__text">Pellbrook Drain Care, 18 Quarry Road, Pellbrook PB4 2LS</p>
<p class="font_9 wixui-rich-text__text">Tel: 01632 961 205</p>`,
  'lk2h1c10',
)}
${rt('<p class="font_9 wixui-rich-text__text">© 2024 by Pellbrook Drain Care. Proudly created with Wix.com</p>', 'lk2h1c11')}
</div></div></footer></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div>
</div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout598-wix-cctv-survey',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([cIntro, ...cWhy, ...cHow, ...cAfter, cLong]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Pellbrook Drain Care', 'Home', 'Services', 'CCTV Surveys', 'Pricing', 'About', 'Contact', 'Book a Survey',
    'Our crawler camera inside a 150mm clay pipe.',
    'See Survey Prices', 'Get a free quote', 'Name', 'Phone', 'Send', 'Pellbrook Drain Care, 18 Quarry Road, Pellbrook PB4 2LS', 'Tel: 01632 961 205',
    '© 2024 by Pellbrook Drain Care. Proudly created with Wix.com', 'bottom of page',
  ],
};

const qTitle = '24-Hour Emergency Plumber';
const qBody = [
  j(
    'Burst pipe, overflowing toilet or no hot water in the middle of the night? Our emergency plumbers cover Ferncastle and every',
    'village within fifteen miles, day and night, every day of the year.',
  ),
  j(
    'When you call, a real person answers. We ask a few questions, tell you how to stop the water if it is still running, and give',
    'you an arrival time. Most emergency calls are reached within 60 minutes.',
  ),
  j(
    'Our call-out fee is £95, which includes the first half hour of work. After that we charge £30 for each further quarter hour.',
    'We take card payment on the spot and always give you a written receipt.',
  ),
];
const qNav = ['Services', 'Emergency', 'Boilers', 'Reviews', 'Contact'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>24-Hour Emergency Plumber — Harlan &amp; Sons Plumbing</title>
<meta property="og:site_name" content="Harlan &amp; Sons Plumbing"><meta property="og:title" content="24-Hour Emergency Plumber — Harlan &amp; Sons Plumbing">
<link rel="canonical" href="https://www.harlanplumbing.example/emergency">
<script type="application/ld+json">{"url":"https://www.harlanplumbing.example","name":"Harlan & Sons Plumbing","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script>Static = window.Static || {};
Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f1a2b4c5d6e7f809a1b2c3","siteTitle":"Harlan & Sons Plumbing"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-2af06f7948c3d2b2a3ab-min.en-US.css" rel="stylesheet" type="text/css"></head>
<body id="collection-640a1b2c3d4e5f6071829304" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled header-width-full
collection-type-page collection-layout-default mobile-style-available sqs-seven-one"><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="black header theme-col--primary" data-section-theme="black" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" class="">Harlan &amp; Sons Plumbing</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right">
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="tel:01632960333">Call 01632 960 333</a></div></div></div></div></div>
</header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="640a1b2c3d4e5f6071829305">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="640a1b2c3d4e5f6071829306"><div class="section-border">
<div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-640a1b2c3d4e5f6071829307">
<div class="fe-block fe-block-yui_3_17_2_1_1678400000000_4120">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1678400000000_4120">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${qTitle}</h1>
${ps(qBody, ' class="" style="white-space:pre-wrap;"')}
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1678400000000_5533"><div class="sqs-block button-block sqs-block-button" data-block-type="53">
<div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="large">
<a href="tel:01632960333" class="sqs-block-button-element--large sqs-button-element--primary sqs-block-button-element">Call Now</a></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section background-width--full-bleed section-height--small black"><div class="content-wrapper"><div class="content"><div class="fluid-engine">
<div class="fe-block"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Harlan &amp; Sons Plumbing · 7 Weir Street, Ferncastle</p>
<p class="" style="white-space:pre-wrap;">Gas Safe registered no. 561204</p></div></div></div></div></div></div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout598-squarespace-emergency-plumber',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Harlan & Sons Plumbing', 'Services', 'Boilers', 'Reviews', 'Contact', 'Call 01632 960 333', 'Call Now',
    'Harlan & Sons Plumbing · 7 Weir Street, Ferncastle', 'Gas Safe registered no. 561204',
  ],
};

export const HELDOUT598_B: readonly TestPage[] = [wix, squarespace];
