import { ps, type TestPage } from './page-kit.js';
import { j, page } from './pages-heldout688-kit.js';

/**
 * Held-out batch 688, file b: a care home's fees and funding FAQ on Squarespace 7.1 (fluid engine, accordion block, newsletter
 * block), and a home care agency's services page built with Wix (rich-text components, repeated section strips).
 */
const sTitle = 'Fees & funding';
const sIntro = j(
  'We know that paying for care is one of the biggest worries for families. Below are the questions we are asked most often.',
  'If yours is not here, our manager Claire will be happy to go through the figures with you over a cup of tea.',
);
const sFaq: [string, string][] = [
  [
    'How much does a room at Willowmere House cost?',
    j(
      'Our weekly fee for residential care is £1,185 and for residential dementia care £1,290. Fees are reviewed each April and',
      'we give at least 28 days’ notice of any change.',
    ),
  ],
  [
    'What is included in the weekly fee?',
    j(
      'The fee covers your room, all meals and drinks, laundry, heating and lighting, personal care, activities and Wi-Fi.',
      'Hairdressing, chiropody, newspapers and private outings are charged separately at cost.',
    ),
  ],
  [
    'Will the council help to pay?',
    j(
      'If your savings and property are worth less than the upper capital limit, the local authority may pay part of the fee',
      'after a financial assessment. Where the council’s rate is lower than ours, a relative may pay the difference as a top-up.',
    ),
  ],
  [
    'Do you accept NHS Continuing Healthcare funding?',
    j(
      'Yes. If a resident is assessed as eligible for Continuing Healthcare, the NHS pays the full cost of care and we invoice',
      'the local health board directly.',
    ),
  ],
  ['Is there a deposit?', 'We ask for four weeks’ fees in advance when a resident moves in. This is taken off the final invoice.'],
];
const sNav = ['About', 'Our rooms', 'Life here', 'Fees & funding', 'Contact'];
const sFoot = ['Willowmere House', '22 Orchard Lane, Ashcombe, AB4 7WN', 'Tel. 01632 960 771', 'Privacy', 'Complaints procedure'];
const sFaqHtml = sFaq
  .map(
    ([q, a], i) => `<li class="accordion-item"><div class="accordion-divider accordion-divider--top" aria-hidden="true" style="height:1px;opacity:1;"></div>
<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false"
aria-controls="accordion-item-block-yui_3_17_2_1_1717-${i + 1}" id="button-block-yui_3_17_2_1_1717-${i + 1}" style="padding-top:30px;padding-bottom:30px;">
<span class="accordion-item__title" style="padding-right:14px;">${q.replace(/&/g, '&amp;')}</span><div class="accordion-icon-container" data-is-open="false"
aria-hidden="true" style="height:14px;width:14px;"><div class="plus"><div class="plus__horizontal-line"></div><div class="plus__vertical-line"></div></div>
</div></button></h4><div class="accordion-item__dropdown" role="region" id="accordion-item-block-yui_3_17_2_1_1717-${i + 1}"
aria-labelledby="button-block-yui_3_17_2_1_1717-${i + 1}"><div class="accordion-item__description" style="padding-bottom:30px;padding-right:14px;">
<p class="" style="white-space:pre-wrap;">${a}</p></div></div></li>`,
  )
  .join('\n');
const sNavHtml = sNav
  .map(
    (t) =>
      `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
data-animation-role="header-element">${t.replace(/&/g, '&amp;')}</a></div>`,
  )
  .join('\n');
const sBlock = (id: string, inner: string): string =>
  `<div class="fe-block fe-block-yui_3_17_2_1_${id}"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_${id}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Fees &amp; funding &mdash; Willowmere House</title>
<link rel="canonical" href="https://www.willowmerehouse.co.uk/fees-funding"><meta property="og:site_name" content="Willowmere House">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"64f1c0a2b7e4d91a2c3e5f60","collectionId":"6521d8f0a7c4e31b9e0d2f41"};</script>
<script type="application/ld+json">{"url":"https://www.willowmerehouse.co.uk","name":"Willowmere House",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64f1c0a2b7e4d91a2c3e5f60/24/5c5a519771c10ba3470d8101/site.css" rel="stylesheet"></head>
<body id="collection-6521d8f0a7c4e31b9e0d2f41" class="primary-button-style-solid primary-button-shape-pill header-width-full
tweak-global-animations-enabled tweak-transparent-header form-field-style-solid view-list">
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-first-focusable-element
tabindex="-1"><div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Willowmere House</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNavHtml}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Arrange a visit</a></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger"><span class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden class="js-header-burger-close-title
visually-hidden">Close Menu</span></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6521d8f0a7c4e31b9e0d2f42">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="6521d8f0a7c4e31b9e0d2f43"><div class="section-border">
<div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6521d8">
${sBlock('1717000000001', `<h1 style="white-space:pre-wrap;">${sTitle.replace(/&/g, '&amp;')}</h1>`)}
${sBlock('1717000000002', ps([sIntro], ' class="" style="white-space:pre-wrap;"'))}
<div class="fe-block fe-block-yui_3_17_2_1_1717000000003"><div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69"
id="block-yui_3_17_2_1_1717"><div class="sqs-block-content"><ul class="accordion-items-container" data-should-allow-multiple-open-items=""
data-is-divider-enabled="true" data-is-first-divider-visible="true" data-is-last-divider-visible="true" data-accordion-icon-placement="right">
${sFaqHtml}</ul></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1717000000004"><div class="sqs-block button-block sqs-block-button" data-block-type="53">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Ask us about fees</a></div></div></div>
</div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section light"><div class="content-wrapper"><div class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper
newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form" data-form-id="6521d9" autocomplete="on" method="POST"
novalidate><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Newsletter</h2><div class="newsletter-form-header-description">
<p>Sign up with your email address to receive news and updates from the house.</p></div></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required"><label
class="newsletter-form-field-label title" for="email-yui_3_17_2_1_9-field">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" type="email" spellcheck="false" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div><div class="hidden form-submission-text">Thank you!</div></form></div>
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="dark" class="page-section
layout-engine-section dark"><div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
<div class="sqs-html-content">${sFoot.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`).join('\n')}</div></div></div>
</div></div></section></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to give you the best experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-deny">Decline</button><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>
</body></html>`;
const squarespace: TestPage = page({
  name: 'heldout688-squarespace-fees-faq',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sFaq.map(([q]) => q),
  body: [sIntro, ...sFaq.map(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Willowmere House', ...sNav, 'Arrange a visit', 'Open Menu', 'Ask us about fees', 'Newsletter',
    'Sign up with your email address to receive news and updates from the house.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    ...sFoot, 'This site uses cookies to give you the best experience.', 'Decline', 'Accept',
  ],
});

const wTitle = 'Our services';
const wIntro = 'Care in your own home, from a half-hour visit to a carer who lives in.';
const wServices: [string, string][] = [
  [
    'Personal care',
    j(
      'Help with getting up and going to bed, washing, bathing, dressing and using the toilet, at the times that suit you.',
      'Visits start at 30 minutes and your carer will always have time to stop for a chat.',
    ),
  ],
  [
    'Companionship',
    j(
      'Company for a walk, a trip to the shops or the library, or simply someone to share a pot of tea and the crossword with.',
      'Many of our clients start with a weekly companionship visit and find it makes all the difference.',
    ),
  ],
  [
    'Medication support',
    j(
      'Reminders to take tablets at the right time, or help to take them from a pharmacy-filled blister pack. Every visit is',
      'recorded on our care app so family members can see what was given and when.',
    ),
  ],
  [
    'Live-in care',
    j(
      'A fully trained carer who lives in your home, with their own room, and gives support through the day and company in',
      'the evening. Live-in care is often a real alternative to moving into a care home.',
    ),
  ],
  [
    'Overnight and respite care',
    j(
      'Waking or sleeping nights for people who need help after dark, and short periods of cover so that family carers',
      'can take a holiday or a rest. We can usually arrange respite with two weeks’ notice.',
    ),
  ],
];
const wNav = ['Home', 'Services', 'About Us', 'Careers', 'Contact'];
const wId = (n: number): string => `comp-lq3x${(n + 10).toString(36)}k1a`;
const wText = (n: number, inner: string): string =>
  `<div id="${wId(n)}" class="HcOXKn c9GqVL QxJLC3 lq2cno YQcXTT ${wId(n)} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wServiceHtml = wServices
  .map(
    ([h, p], i) => `<section id="${wId(40 + i)}" tabindex="-1" class="Oqnisf ${wId(40 + i)} wixui-section" data-block-level-container="ClassicSection">
<div id="bgLayers_${wId(40 + i)}" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt">
</div></div><div data-testid="columns" class="V5AUxf"><div id="${wId(60 + i)}" class="comp-column YzqVVZ wixui-column-strip__column">
<div data-mesh-id="${wId(60 + i)}inlineContent" data-testid="inline-content" class=""><div data-mesh-id="${wId(60 + i)}inlineContent-gridContainer"
data-testid="mesh-container-content">${wText(80 + i, `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${h}</span></h2>`)}
${wText(100 + i, `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${p}</span></p>`)}</div></div></div></div></section>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Our Services | Brightwell Home Care</title>
<meta name="description" content="Personal care, companionship, live-in and respite care in Fenwick and the villages around.">
<link rel="canonical" href="https://www.brightwellhomecare.co.uk/services"><meta property="og:site_name" content="Brightwell Home Care">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Brightwell Home Care","telephone":"01632 960 118"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"3c9e1f0a-77b2-4d6e-a1c8-5f20e4b9d311"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}.font_0{font:normal normal normal 40px/1.3em 'playfair display',serif;}</style></head>
<body class="responsive"><div id="SITE_CONTAINER">
<div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mStJfh">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-scope"><div id="SKIP_TO_CONTENT_BTN" class="LHrbPP"><button class="ZeS1Zd" data-testid="skipToContentButton">Skip to
Main Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div><div class="U4Bvut"><div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
${wText(1, '<p class="font_0 wixui-rich-text__text" style="font-size:28px;"><span class="wixui-rich-text__text">Brightwell Home Care</span></p>')}
<wix-dropdown-menu id="${wId(2)}" class="XwCBRN NHM1d1 ${wId(2)} wixui-dropdown-menu hidden-during-prewarmup"
tabindex="-1" dir="ltr" data-stretch-buttons-to-menu-width="true"
data-dropalign="center" data-hovered-item=""><nav class="R_TAzU" id="${wId(2)}navContainer" aria-label="Site"><ul class="y7qwii" id="${wId(2)}itemsContainer"
style="text-align:center">${wNav
  .map(
    (t, i) => `<li id="${wId(2)}${i}" class="wixui-dropdown-menu__item" data-direction="ltr" data-listposition="center" data-data-id="dataItem-${i}"
data-state="menu idle link"><a data-testid="linkElement" href="https://www.brightwellhomecare.co.uk/${i === 0 ? '' : t.toLowerCase().replace(/ /g, '-')}"
class="UiHgGh"><div class="yRj2ms"><div class=""><p class="zKbzSQ" id="${wId(2)}${i}label">${t}</p></div></div></a></li>`,
  )
  .join('')}</ul></nav></wix-dropdown-menu>
<div class="${wId(3)} R6ex7N wixui-button" id="${wId(3)}" aria-disabled="false"><a data-testid="linkElement" href="tel:01632960118"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Call 01632 960 118</span></a></div>
</div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wN7ZX3"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo">
<div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerc1dmpinlineContent-gridContainer"
data-testid="mesh-container-content"><section id="${wId(20)}" tabindex="-1" class="Oqnisf ${wId(20)} wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf"><div id="${wId(21)}" class="comp-column YzqVVZ wixui-column-strip__column">
${wText(22, `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wText(23, `<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">${wIntro}</span></p>`)}
<div id="${wId(24)}" class="MazNVa ${wId(24)} wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_${wId(24)}" class="HlRz5e BI8PVQ"
data-image-info="{}"><img src="https://static.wixstatic.com/media/3c9e1f_8a2b.jpg/v1/fill/w_980,h_551,al_c,q_85/carer.jpg" alt="Carer and client in a garden"
style="width:980px;height:551px;object-fit:cover"></wow-image></div></div></div></div></section>
${wServiceHtml}
<section id="${wId(30)}" tabindex="-1" class="Oqnisf ${wId(30)} wixui-section"><div data-testid="columns" class="V5AUxf"><div class="comp-column">
${wText(31, '<h2 class="font_2 wixui-rich-text__text">Ready to talk?</h2>')}
${wText(32, '<p class="font_8 wixui-rich-text__text">Book a free home visit and we will put together a care plan with you.</p>')}
<div class="${wId(33)} R6ex7N wixui-button" id="${wId(33)}"><a data-testid="linkElement" href="https://www.brightwellhomecare.co.uk/contact" class="uDW_Qe
wixui-button PlZyDq"><span class="l7_2fn wixui-button__label">Book a free visit</span></a></div></div></div></section>
</div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2"><div data-testid="inline-content">
${wText(5, '<p class="font_9 wixui-rich-text__text">Brightwell Home Care Ltd · 9 Station Road, Fenwick FN2 6HD · Regulated by the Care Quality Commission</p>')}
${wText(6, '<p class="font_9 wixui-rich-text__text">© 2026 by Brightwell Home Care. Powered and secured by <a href="https://www.wix.com">Wix</a></p>')}
</div></div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mStJfh">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7a9f3b2c.bundle.min.js" async></script></body></html>`;
const wix: TestPage = page({
  name: 'heldout688-wix-home-care-services',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wServices.map(([h]) => h),
  body: [wIntro, ...wServices.map(([, p]) => p)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Brightwell Home Care', ...wNav, 'Call 01632 960 118', 'Ready to talk?',
    'Book a free home visit and we will put together a care plan with you.', 'Book a free visit',
    'Brightwell Home Care Ltd · 9 Station Road, Fenwick FN2 6HD · Regulated by the Care Quality Commission',
    '© 2026 by Brightwell Home Care. Powered and secured by Wix', 'bottom of page',
  ],
});

export const HELDOUT688_B: readonly TestPage[] = [squarespace, wix];
