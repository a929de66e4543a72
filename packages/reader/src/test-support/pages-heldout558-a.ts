import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, row, tr } from './pages-heldout558-kit.js';

/**
 * Held-out batch 558, file a: a piano teacher's lesson fees page on Squarespace (7.1, fluid engine sections) and a guitar
 * teacher's one-page site built with Wix (Thunderbolt, comp- ids).
 */
const sTitle = 'Lesson Fees and Policies';
const sIntro = [
  j(
    'Lessons take place in my home studio in Ashcombe Road, on a Kawai grand, or online for students who have moved away.',
    'Fees are charged by the term and paid in advance, which keeps the weekly slot yours for the whole term.',
  ),
  'All fees below are for the spring term of 2027, which has eleven weeks of lessons.',
];
const sRows = [
  ['30 minutes', '£209', 'Beginners and children under nine'],
  ['45 minutes', '£308', 'Grades 3 to 5'],
  ['60 minutes', '£396', 'Grades 6 to 8 and adult students'],
];
const sPolicies = [
  j(
    'Missed lessons are not refunded or rescheduled, but if you tell me by 6pm the day before I will try to offer a swap with',
    'another family. Lessons I cancel are always made up before the end of term.',
  ),
  'Exam entry fees are not included and are paid to the exam board directly. I charge for one extra lesson to accompany the exam.',
  j(
    'To stop lessons, please give notice before half term so that the slot can be offered to the next student on the waiting',
    'list. The full term is payable once it has begun.',
  ),
];
const sPay = ['Bank transfer, with the student’s name as reference', 'Two instalments on request, in January and February'];
const sNav = ['Home', 'About', 'Teaching', 'Fees', 'Contact'];
const sFoot = ['Harriet Voss Piano Studio', 'Ashcombe Road, Brinmouth', 'Member of the Brinmouth Music Teachers Circle'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Fees — Harriet Voss Piano Studio</title>
<link rel="canonical" href="https://www.harrietvosspiano.co.uk/fees"><meta property="og:site_name" content="Harriet Voss Piano Studio">
<meta property="og:title" content="Fees — Harriet Voss Piano Studio"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.harrietvosspiano.co.uk","name":"Harriet Voss Piano Studio","@context":"http://schema.org"
,"@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-2af06f7948db5477d8f5-min.en-US.css" rel="stylesheet" type="text/css">
<link href="https://static1.squarespace.com/static/versioned-site-css/63f1/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63f1a2b0c9e4" class="primary-button-style-solid header-width-full tweak-transparent-header tweak-blog-alternating-side-by-side-width-full
form-use-theme-colors collection-type-page collection-63f1a2b0c9e4 collection-layout-default view-item">
<div class="gdpr-cookie-banner" data-test="gdpr-cookie-banner"><div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-deny">Decline</button></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" id="site-title">Harriet Voss Piano</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a trial lesson</a></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f1a2b0c9e5">
<section data-test="page-section" data-section-theme="white" class="page-section full-bleed-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-63f1a2b0c9e6"><div class="fe-block fe-block-yui_3_17_2_1_1676800000001_1100"><div class="sqs-block html-block sqs-block-html"
data-block-type="2" id="block-yui_3_17_2_1_1676800000001_1101"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1>${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1676800000001_1200"><div class="sqs-block code-block sqs-block-code" data-block-type="23"><div
class="sqs-block-content">
<table class="fees-table"><thead><tr><th>Lesson length</th><th>Per term</th><th>Suits</th></tr></thead><tbody>
${sRows.map((r) => tr(r)).join('\n')}</tbody></table></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1676800000001_1300"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div
class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">Cancellations and notice</h2>${ps(sPolicies, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">How to pay</h3><ul data-rte-list="default">${lis(sPay.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1676800000001_1400"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div
class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center"><a href="/contact"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Ask about a place</a></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section
background-width--full-bleed section-height--small content-width--wide"><div class="content-wrapper"><div class="content"><div class="fluid-engine">
<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sFoot, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div><div class="fe-block"><div class="sqs-block socialaccountlinks-v2-block
sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><div class="sqs-svg-icon--outer social-icon-alignment-left"><nav class="sqs-svg-icon--list">
<a href="https://www.instagram.com/harrietvosspiano" class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"><div><svg
class="sqs-svg-icon--social"
viewBox="0 0 64 64"><use class="sqs-use--icon" href="#instagram-unauth-icon"></use></svg></div></a></nav></div></div></div></div>
</div></div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout558-squarespace-piano-fees',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Cancellations and notice', 'How to pay'],
  body: texts([...sIntro, ...sRows.map(row), ...sPolicies, ...sPay]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to improve your experience.', 'Accept', 'Decline', 'Skip to Content', 'Harriet Voss Piano', 'About', 'Teaching', 'Contact',
    'Book a trial lesson', 'Ask about a place', ...sFoot,
  ],
};

const wTitle = 'Guitar lessons in Kelderby with Tom Ashwell';
const wIntro = [
  j(
    'I teach acoustic and electric guitar to players of every age from eight upwards, from complete beginners to people',
    'getting ready for Grade 8 or a college audition. Lessons are at my studio above the Old Forge, with amps, a looper and',
    'a spare guitar if yours is in for repair.',
  ),
  'Each lesson is built around the music you want to play, with technique, reading and theory brought in as you need them.',
];
const wStyles = ['Rock and blues', 'Fingerstyle and folk', 'Jazz chords and improvisation', 'Rockschool and Trinity grade exams'];
const wPrice = ['Single lesson (45 minutes): £32', 'Block of five lessons: £150', 'First trial lesson: £15'];
const wEnd = 'Lessons run all year round except two weeks in August and one at Christmas. Evening slots fill first, so ask early.';
const wNav = ['Home', 'About Tom', 'Lessons', 'Gallery', 'Contact'];
const wQuotes = [
  '“Tom got my son from three chords to playing in the school band in a year.” – Rachel, parent',
  '“Patient, funny and he actually listens to what you want to learn.” – Dev, adult student',
];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Guitar Lessons | Tom Ashwell Guitar | Kelderby</title>
<meta name="description" content="Acoustic and electric guitar lessons in Kelderby for all ages.">
<link rel="canonical" href="https://www.tomashwellguitar.com/lessons"><meta property="og:site_name" content="Tom Ashwell Guitar">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Tom Ashwell Guitar","address":{"@type":"PostalAddress",
"addressLocality":"Kelderby"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"6d7b-4e1c","siteId":"91aa-22f0"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#comp-kx1a2b3c{--bg:255,255,255;}#comp-kx1a2b4d{width:980px;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kx1a2b5e" class="comp-kx1a2b5e wixui-rich-text"
data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">TOM ASHWELL GUITAR</span></p></div>
<nav id="comp-kx1a2b6f" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="itemsList">
${wNav
  .map(
    (t) => `<li class="itemDepth02233374943__root wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"
class="itemDepth02233374943__rootContainer"><span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page">
<section id="comp-kx1a2b7g" class="comp-kx1a2b7g wixui-section"><div data-testid="columns" class="comp-kx1a2b7g-container"><div id="comp-kx1a2b8h"
class="comp-kx1a2b8h wixui-column-strip__column"><div data-mesh-id="comp-kx1a2b8hinlineContent" data-testid="inline-content"><div
data-mesh-id="comp-kx1a2b8hinlineContent-gridContainer">
<div id="comp-kx1a2b9i" class="HcOXKn c9GqVL QxJLC3 comp-kx1a2b9i wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text"
style="font-size:42px;"><span class="wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-kx1a2c0j" class="HcOXKn c9GqVL QxJLC3 comp-kx1a2c0j wixui-rich-text" data-testid="richTextElement">
${ps(wIntro, ' class="font_8 wixui-rich-text__text"')}</div>
<div id="comp-kx1a2c1k" class="HcOXKn comp-kx1a2c1k wixui-rich-text" data-testid="richTextElement"><h2
class="font_2 wixui-rich-text__text">What we can work on</h2>
<ul class="font_8 wixui-rich-text__text">${lis(wStyles, 'wixui-rich-text__text')}</ul></div>
<div id="comp-kx1a2c2l" class="HcOXKn comp-kx1a2c2l wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text">Prices</h2>
${ps(wPrice, ' class="font_8 wixui-rich-text__text"')}${ps([wEnd], ' class="font_8 wixui-rich-text__text"')}</div>
<div id="comp-kx1a2c3m" class="comp-kx1a2c3m R6ex7N" aria-disabled="false"><a data-testid="linkElement" href="/contact" class="uDW_Qe wixui-button"
aria-disabled="false"><span class="l7_2fn wixui-button__label">Book your trial</span></a></div>
</div></div></div></div></section>
<section id="comp-kx1a2c4n" class="comp-kx1a2c4n wixui-section"><div id="comp-kx1a2c5o" class="comp-kx1a2c5o wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text">What students say</h2>${ps(wQuotes, ' class="font_8 wixui-rich-text__text"')}</div></section>
</div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-kx1a2c6p" class="comp-kx1a2c6p wixui-rich-text"
data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">© 2026 by Tom Ashwell Guitar. Proudly created with Wix.com</p>
<p class="font_9 wixui-rich-text__text">The Old Forge, Mill Lane, Kelderby</p></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
</div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout558-wix-guitar-teacher',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['What we can work on', 'Prices'],
  body: texts([...wIntro, ...wStyles, ...wPrice, wEnd]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'TOM ASHWELL GUITAR', ...wNav.filter((t) => t !== 'Lessons'), 'Book your trial', 'What students say', ...wQuotes,
    '© 2026 by Tom Ashwell Guitar. Proudly created with Wix.com', 'The Old Forge, Mill Lane, Kelderby', 'bottom of page',
  ],
};

export const HELDOUT558_A: readonly TestPage[] = [squarespace, wix];
