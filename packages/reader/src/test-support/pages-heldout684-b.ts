import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout684-kit.js';

/**
 * Held-out batch 684, file b: a skip hire firm's skip sizes page built with Wix, and a removal firm's FAQ page on Squarespace
 * (7.1) with accordion blocks.
 */
const wTitle = 'Skip Sizes';
const wDek = 'Not sure which skip you need? Here is roughly what fits in each of ours.';
const wSkips = [
  ['Mini Skip – 2 Yard', 'Takes around 20 to 25 bin bags. Ideal for a garden tidy or a small bathroom refit.', 'From £165 for 7 days'],
  ['Midi Skip – 4 Yard', 'Takes around 40 bin bags. Our most popular size for kitchen refits and clearing a garage.', 'From £215 for 7 days'],
  ['Builders Skip – 6 Yard', 'Takes around 60 bin bags. The standard size on building sites and for house clearances.', 'From £265 for 7 days'],
  ['Maxi Skip – 8 Yard', 'Takes around 80 bin bags of light waste. Not suitable for soil, rubble or concrete.', 'From £310 for 7 days'],
] as const;
const wNote = j(
  'All prices include VAT and delivery within 12 miles of our yard in Tarrant Cross. A skip on the road needs a council permit,',
  'which we can arrange for you when you book.',
);
const wAddr = 'Tarrant Skip Hire, Mill Lane Yard, Tarrant Cross TC4 2HD';
const wCopy = '© 2026 by Tarrant Skip Hire. Proudly created with Wix.com';
const wNav = ['Home', 'Skip Hire', 'Waste We Take', 'Service Area', 'Contact'];
const comp = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/3c4a1e_b2f1.png">
<title>Skip Sizes | Tarrant Skip Hire | Tarrant Cross</title><meta name="description" content="Mini, midi, builders and maxi skips for hire in Tarrant Cross.">
<link rel="canonical" href="https://www.tarrantskiphire.co.uk/skip-sizes"><meta property="og:site_name" content="Tarrant Skip Hire">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Tarrant Skip Hire","telephone":"01632 960993"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"1c2f7e0a","isPremiumDomain":true},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255,1}.font_0{font:normal normal bold 48px/1.2 montserrat,sans-serif}</style></head>
<body><button id="SKIP_TO_CONTENT_BTN" tabindex="0" class="LHrbPP background-site has-custom-focus">Skip to Main Content</button><div id="SITE_CONTAINER">
<div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page">
<span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
${comp('kx41b1fa', '<p class="font_7 wixui-rich-text__text" style="font-size:26px;"><span class="wixui-rich-text__text">TARRANT SKIP HIRE</span></p>')}
<nav id="comp-kx41b1g2" aria-label="Site" class="comp-kx41b1g2 wixui-horizontal-menu"><ul class="D3MW0f" role="menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item">
<a data-testid="linkElement" href="https://www.tarrantskiphire.co.uk/${t.toLowerCase().replace(/ /g, '-')}" class="ANQDRp"><div class="vX0IQb">
<p class="qsAG6i">${t}</p></div></a></li>`,
  )
  .join('\n')}
</ul></nav>
<div id="comp-kx41b1h8" class="comp-kx41b1h8 wixui-button"><a data-testid="linkElement" href="tel:01632960993" class="uDW_Qe wixui-button">
<span class="M3I7Z2 wixui-button__label">Call 01632 960993</span></a></div>
</div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div>
<div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content">
<section id="comp-lp9s2k1m" tabindex="-1" class="Oqnisf comp-lp9s2k1m wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf">
<div id="comp-lp9s2k1n" class="comp-lp9s2k1n YzqVVZ wixui-column-strip__column"><div data-testid="columnBackground" class="MW5IWV"></div>
<div data-mesh-id="comp-lp9s2k1ninlineContent" data-testid="inline-content" class="">
${comp(
  'lp9s2m0a',
  `<h1 class="font_0 wixui-rich-text__text" style="font-size:48px;">
<span style="color:#1C3D5A;" class="wixui-rich-text__text">${wTitle}</span></h1>`,
)}
${comp('lp9s2m0b', `<p class="font_8 wixui-rich-text__text" style="font-size:18px;"><span class="wixui-rich-text__text">${wDek}</span></p>`)}
</div></div></div></section>
${wSkips
  .map(
    ([h, p, price], i) => `<section id="comp-lp9s3a${i}" tabindex="-1" class="Oqnisf comp-lp9s3a${i} wixui-section"><div data-testid="columns" class="V5AUxf">
<div class="YzqVVZ wixui-column-strip__column"><div id="comp-lp9s3b${i}" class="comp-lp9s3b${i} MazNVa wixui-image">
<div data-testid="linkElement" class="j7pOnl">
<wow-image id="img_comp-lp9s3b${i}" class="HlRz5e BI8PVQ" data-image-info='{"containerId":"comp-lp9s3b${i}","alignType":"center"}'>
<img src="https://static.wixstatic.com/media/3c4a1e_skip${i}.png/v1/fill/w_320,h_210,al_c,q_85/skip.webp" alt="skip${i}.png"
style="width:320px;height:210px;object-fit:cover"></wow-image></div></div></div>
<div class="YzqVVZ wixui-column-strip__column">
${comp(`lp9s3c${i}`, `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${h}</span></h2>`)}
${comp(`lp9s3d${i}`, `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${p}</span></p>`)}
${comp(`lp9s3e${i}`, `<p class="font_8 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">${price}</span></p>`)}
<div class="comp-lp9s3f${i} wixui-button"><a data-testid="linkElement" href="https://www.tarrantskiphire.co.uk/book" class="uDW_Qe wixui-button">
<span class="M3I7Z2 wixui-button__label">Book This Skip</span></a></div>
</div></div></section>`,
  )
  .join('\n')}
<section id="comp-lp9s4z1" tabindex="-1" class="Oqnisf comp-lp9s4z1 wixui-section"><div data-testid="columns" class="V5AUxf">
<div class="YzqVVZ wixui-column-strip__column">
${comp('lp9s4z2', `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${wNote}</span></p>`)}
</div></div></section>
</div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class="">
${comp('kx41c0a1', `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">${wAddr}</span></p>`)}
${comp('kx41c0a2', '<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Waste Carrier Licence CBDU 418872</span></p>')}
${comp('kx41c0a3', `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">${wCopy}</span></p>`)}
</div></div></footer></div></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="_3PxRu" role="region" aria-label="Cookie banner"><div class="_2Cqbc">
<p data-hook="consent-banner-text" class="_1uB3L">This website uses cookies. We use cookies to improve your experience and make sure the website works
properly.</p>
<div class="_2B2B0"><button data-hook="consent-banner-settings-button" class="_3bRSl">Settings</button>
<button data-hook="consent-banner-decline-button" class="_3bRSl">Decline</button>
<button data-hook="consent-banner-apply-button" class="_3YvLU">Accept</button></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4d2f6a1c.bundle.min.js" async></script>
</body></html>`;
const wix: TestPage = {
  name: 'heldout684-wix-skip-sizes',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wSkips.map(([h]) => h),
  body: [wDek, ...wSkips.flatMap(([, p, price]) => [p, price]), wNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'TARRANT SKIP HIRE', ...wNav, 'Call 01632 960993', 'Book This Skip', wAddr,
    'Waste Carrier Licence CBDU 418872', wCopy,
    'This website uses cookies. We use cookies to improve your experience and make sure the website works properly.', 'Settings', 'Decline', 'Accept',
  ],
};

const qTitle = 'Frequently Asked Questions';
const qIntro = 'The questions we are asked most often about moving with Greyling. If yours is not here, give the office a ring.';
const qGroups = [
  {
    h: 'Booking your move',
    items: [
      ['How far ahead should I book?', 'Six to eight weeks for a Friday or the end of the month; two to three weeks for a midweek move is usually fine.'],
      [
        'Can I book before I have a completion date?',
        j(
          'Yes. We will pencil in the most likely date at no cost and confirm it once your solicitor has a date. If the date moves, we',
          'move with it if we can.',
        ),
      ],
      ['Do you charge for a survey?', 'No. Video and home surveys are free, and the quote we send afterwards is fixed for 60 days.'],
    ],
  },
  {
    h: 'On moving day',
    items: [
      ['What time will the crew arrive?', 'Between 8 and 8.30 am unless we have agreed otherwise. The crew leader will call you when they set off.'],
      [
        'Will you dismantle and rebuild furniture?',
        'Beds, wardrobes and tables, yes. We do not disconnect washing machines or take down wall-mounted TVs; a plumber or electrician should.',
      ],
      ['Do I need to empty drawers?', 'Clothes can stay in drawers. Anything heavy, fragile or liquid must come out and be packed.'],
    ],
  },
  {
    h: 'Insurance and payment',
    items: [
      [
        'Are my belongings insured?',
        j(
          'Every move includes goods in transit cover up to £50,000. You can raise the limit when you book. Items you pack yourself are',
          'covered against loss but not against breakage.',
        ),
      ],
      ['When do I pay?', 'A 15% deposit secures your date. The balance is due five working days before the move, by bank transfer.'],
    ],
  },
] as const;
const qNav = ['Services', 'Storage', 'About', 'FAQs', 'Get a Quote'];
const qFoot = ['Instagram', 'Facebook', 'Privacy', 'Terms'];
const accordion = (items: readonly (readonly [string, string])[], g: number): string =>
  items
    .map(
      ([q, a], i) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">
<button class="accordion-item__click-target" aria-expanded="false" aria-controls="button-block-yui_${g}${i}" id="button-button-block-yui_${g}${i}"
style="padding-top: 30px; padding-bottom: 30px;">
<span class="accordion-item__title" style="padding-right: 14px;">${q}</span>
<div class="accordion-icon-container" data-is-open="false" aria-hidden="true" style="height: 14px; width: 14px;">
<div class="plus"><div class="line horizontal"></div><div class="line vertical"></div></div></div></button></h4>
<div class="accordion-item__dropdown" role="region" aria-labelledby="button-button-block-yui_${g}${i}" id="button-block-yui_${g}${i}">
<div class="accordion-item__description" style="padding-bottom: 30px; padding-right: 14px;"><p class="" style="white-space:pre-wrap;">${a}</p></div></div>
<div class="accordion-divider" aria-hidden="true" style="height: 1px; opacity: 1;"></div></li>`,
    )
    .join('\n');
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>FAQs — Greyling Moves</title>
<link rel="canonical" href="https://www.greylingmoves.co.uk/faqs"><meta property="og:site_name" content="Greyling Moves">
<meta property="og:title" content="FAQs — Greyling Moves">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f1e2a4b7c","siteTitle":"Greyling Moves"},"collection":{"title":"FAQs","typeName":"page"}};</script>
<script type="application/ld+json">{"url":"https://www.greylingmoves.co.uk","name":"Greyling Moves","@context":"http://schema.org","@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/63f1e2a4b7c/18/5c5a519771c10ba3470d8101/site.css"/>
</head>
<body id="collection-64a0c1d2e3f4a5b6c7d8e9f0"
class="tweak-global-animations-enabled header-width-full tweak-transparent-header
primary-button-style-solid form-use-theme-colors collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header"
data-current-styles='{"layout":"navRight"}'>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/63f1e2a4b7c/greyling-logo.png?format=1500w" alt="Greyling Moves"></a>
</div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'FAQs' ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right">
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="tel:01314960722">0131 496 0722</a></div></div></div></div></div>
</header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a0c1d2e3f4a5b6c7d8e9f1">
<section data-test="page-section" data-section-theme="white"
class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64a0c1d2e3f4a5b6c7d8e9f2">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper" style=""><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a0c1d2e3f4a5b6c7d8e9f2"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="" id="block-yui_3_17_2_1_1688123_4410"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${qTitle}</h1>
<p class="sqsrte-large" style="text-align:center;white-space:pre-wrap;">${qIntro}</p></div></div></div>
${qGroups
  .map(
    (g, n) => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1688123_55${n}"><div class="sqs-block-content">
<div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${g.h}</h2></div></div></div>
<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="block-yui_3_17_2_1_1688123_66${n}"><div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled="true" data-is-first-divider-visible="true"
data-is-last-divider-visible="true" data-is-expanded-first-item="" data-accordion-title-alignment="left" data-accordion-description-alignment="left"
data-accordion-description-placement="left" data-accordion-icon-placement="right">
${accordion(g.items, n)}
</ul></div></div>`,
  )
  .join('\n')}
</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="dark"
class="page-section layout-engine-section background-width--full-bleed section-height--small content-width--narrow horizontal-alignment--center dark">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="text-align:center;white-space:pre-wrap;">Still got a question?</h3>
<p style="text-align:center;white-space:pre-wrap;">Our office is open 8am to 6pm, Monday to Saturday.</p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium"
data-button-type="primary">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Send us a message</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" data-section-theme="black"
class="page-section layout-engine-section background-width--full-bleed section-height--small black">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a0c1d2e3f4a5b6c7d8e9f9">
<div class="fe-block fe-block-yui_3_17_2_1_1688123_9001"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">
<p style="white-space:pre-wrap;">Greyling Moves Ltd, 14 Carden Place, Kelsford KF2 7RT</p><p style="white-space:pre-wrap;">© 2026 Greyling Moves Ltd</p></div>
</div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1688123_9002"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">
${qFoot.map((t) => `<p style="white-space:pre-wrap;"><a href="/${t.toLowerCase()}">${t}</a></p>`).join('')}</div></div></div></div>
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 light top-bar" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-content">
<div class="sqs-cookie-banner-v2-text">This site uses cookies to improve your experience and to measure how the site is used.</div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept" tabindex="0">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-deny" tabindex="0">Decline</button></div></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.4b1f2a1e.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout684-squarespace-removals-faq',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: qGroups.flatMap((g) => [g.h, ...g.items.map(([q]) => q)]),
  body: texts([qIntro, ...qGroups.flatMap((g) => g.items.map(([, a]) => a))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...qNav.filter((t) => t !== 'About'), '0131 496 0722',
    'Still got a question?', 'Our office is open 8am to 6pm, Monday to Saturday.', 'Send us a message',
    'Greyling Moves Ltd, 14 Carden Place, Kelsford KF2 7RT', '© 2026 Greyling Moves Ltd', ...qFoot,
    'This site uses cookies to improve your experience and to measure how the site is used.', 'Accept', 'Decline',
  ],
};

export const HELDOUT684_B: readonly TestPage[] = [wix, squarespace];
