import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout599-kit.js';

/**
 * Held-out batch 599, file b: a scaffold hire rates page built with Wix (rich text elements, Wix header and footer, a contact form),
 * and a chimney repair blog post on Squarespace 7.1 with share buttons, tags and previous / next links.
 */
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const hTitle = 'Scaffold Hire Rates 2026';
const hIntro = j(
  'Our prices below are for supply, erection and dismantle by our CISRS-carded team. All domestic scaffolds are designed to TG20:21',
  'and handed over with a signed inspection tag. Prices exclude VAT and assume clear access and a level base.',
);
const hDomH = 'Domestic scaffolding';
const hDom = [
  'Single elevation, two-storey house (up to 8m run): from £520 for the first 4 weeks',
  'Front and back elevations, semi-detached: from £940 for the first 4 weeks',
  'Chimney scaffold with loading bay: from £680 for the first 4 weeks',
  'Gable end with roof edge protection: from £610 for the first 4 weeks',
];
const hExtH = 'Extended hire and extras';
const hExt = [
  'Weekly hire after the first 4 weeks: 10% of the original price per week',
  'Tin sheeted temporary roof: priced on survey',
  'Debris netting or monarflex sheeting: £3.50 per square metre',
  'Pavement licence application (Northvale Council): £95 admin plus the council fee',
];
const hNote = j('Every quote is fixed after a free site visit. If your job runs over, we will tell you before the weekly rate starts, never after.');
const hNav = ['Home', 'About', 'Services', 'Rates', 'Projects', 'Contact'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Scaffold Hire Rates | Tollbar Scaffolding | Northvale</title><meta name="description"
content="Scaffold hire prices for houses, chimneys and gable ends in Northvale.">
<meta name="generator" content="Wix.com Website Builder"><meta name="format-detection" content="telephone=no"><meta name="skype_toolbar"
content="skype_toolbar_parser_compatible">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Tollbar Scaffolding",
"address":{"addressLocality":"Northvale"}}</script>
<script id="wix-viewer-model" type="application/json">{"siteFeatures":["assetsLoader","businessLogger"],"language":"en"}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:#1b1b1b}.font_0{font:normal normal bold 44px/1.2 montserrat,sans-serif}</style></head>
<body class="responsive"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qd1ikX ignore-focus" tabindex="-1"
role="region"
aria-label="top of page"><span class="mrSt2A">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_t9b3p" class="pageBackground_t9b3p"></div></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="Xv9kTX"><div data-mesh-id="SITE_HEADERinlineContent">
${rt('kq2w1a0', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">TOLLBAR SCAFFOLDING</span></p>')}
<nav id="comp-kq2w3e7" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${links(hNav, 'wixui-horizontal-menu__item')}</ul></nav>
<a data-testid="linkElement" href="tel:01632961204" class="wixui-button"><span class="l7_2fn wixui-button__label">01632 961 204</span></a></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="k7v2r" class="k7v2r">
<section id="comp-lx81hk2a" class="xuzjBY wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf"><div id="comp-lx81hk2c"
class="wixui-column-strip__column">
${rt('lx81hk30', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${hTitle}</span></h1>`)}
${rt('lx81hk3f', wp(hIntro))}
${rt(
  'lx81hk41',
  `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${hDomH}</span></h2>
<ul class="font_8 wixui-rich-text__text">${lis(
    hDom.map((t) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`),
    'wixui-rich-text__text',
  )}</ul>`,
)}
${rt(
  'lx81hk4p',
  `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${hExtH}</span></h2>
<ul class="font_8 wixui-rich-text__text">${lis(
    hExt.map((t) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`),
    'wixui-rich-text__text',
  )}</ul>`,
)}
${rt('lx81hk52', wp(hNote))}
<div id="comp-lx81hk5x" class="wixui-image"><img src="https://static.wixstatic.com/media/4b1c0e_scaffold~mv2.jpg/v1/fill/w_480,h_320/scaffold.jpg"
alt="Scaffold on a terrace in Northvale"></div>
</div></div></section>
<section id="comp-lx81hm0b" class="xuzjBY wixui-section"><div data-testid="columns" class="V5AUxf"><div class="wixui-column-strip__column">
${rt('lx81hm10', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Get a Quote</span></h2>')}
<form id="comp-lx81hm2q" class="wixui-form" aria-label="Get a Quote"><label for="input_comp-a1">First name</label><input id="input_comp-a1" type="text">
<label for="input_comp-a2">Phone</label><input id="input_comp-a2" type="tel"><label for="input_comp-a3">Postcode</label><input id="input_comp-a3" type="text">
<button class="wixui-button" aria-disabled="false"><span class="wixui-button__label">Submit</span></button></form>
</div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${rt('kq2x0v1', wp('Tollbar Scaffolding Ltd · 14 Canal Wharf, Northvale NV3 8LD'))}
${rt('kq2x0v9', wp('© 2026 by Tollbar Scaffolding. Proudly created with Wix.com'))}</div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Qd1ikX ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mrSt2A">bottom of page</span>
</div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.0f2d2e1c.bundle.min.js"></script></body></html>`;
const wixRates: TestPage = {
  name: 'heldout599-wix-scaffold-rates',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [hDomH, hExtH],
  body: texts([hIntro, ...hDom, ...hExt, hNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'TOLLBAR SCAFFOLDING', 'Home', 'About', 'Services', 'Projects', 'Contact', '01632 961 204', 'Get a Quote', 'First name', 'Phone',
    'Postcode', 'Submit', 'Tollbar Scaffolding Ltd · 14 Canal Wharf, Northvale NV3 8LD', '© 2026 by Tollbar Scaffolding. Proudly created with Wix.com',
    'bottom of page',
  ],
};

const qb = (id: string, inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}"><div class="sqs-block-content"><div
class="sqs-html-content">${inner}</div></div></div>`;
const cTitle = 'Five Signs Your Chimney Stack Needs Attention';
const cIntro = j(
  'Chimneys are the part of a house most people never look at until something falls off. Because a stack stands proud of the roof,',
  'it takes the full force of wind, rain and frost, and small defects grow quickly. These are the five things we look for on a survey.',
);
const cSigns: [string, string][] = [
  ['Crumbling mortar joints', 'If you can push a key into the joints, water is getting in. Repointing a typical stack takes a day from a scaffold.'],
  ['Cracked or missing flaunching', 'The sloped mortar cap around the pots sheds water. Once it cracks, frost lifts it off in pieces.'],
  ['Damp patches on the chimney breast', 'A brown stain on the wallpaper beside the fireplace usually means failed flashing or a pot without a cowl.'],
  ['A stack that leans', 'Sulphates from old coal fires expand the mortar on one side. A lean you can see from the street needs a structural check.'],
  ['Loose or spalling bricks', 'Faces flaking off the bricks let water straight into the core. Badly spalled bricks are cut out and replaced.'],
];
const cOutro = j(
  'None of these problems fixes itself, and most get more expensive with every winter. If you spot any of them, book a survey before',
  'the autumn and we will send you photographs from the top of the stack with our quote.',
);
const cNav = ['Services', 'Our Work', 'Journal', 'About', 'Contact'];
const cCaption = 'A Victorian stack in Eastwell before repointing.';
const cHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${cTitle} — Pennick Chimney Co.</title>
<meta property="og:site_name" content="Pennick Chimney Co."><meta property="og:type" content="article"><meta itemprop="author" content="Ros Pennick">
<script type="application/ld+json">{"url":"https://www.pennickchimney.co.uk","name":"Pennick Chimney Co.","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting",
"headline":"${cTitle}","datePublished":"2026-09-08T10:00:00+0100"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"website":{"id":"64f1c2a0","siteTitle":"Pennick Chimney Co."},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-2b7a1e8ef1b5bfa7-min.en-US.css" rel="stylesheet"></head>
<body id="item-65ab12f0" class="tweak-blog-item-width-medium tweak-blog-item-show-author-name tweak-blog-item-show-date primary-button-style-solid
header-overlay-alignment-center view-item collection-type-blog-basic collection-layout-default mobile-style-available sqs-seven-one">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div
class="header-inner container--fluid header-layout-nav-right">
<div class="header-title"><div class="header-title-text"><a href="/">Pennick Chimney Co.</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${cNav
  .map(
    (n) => `<div
class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(' ', '-')}">${n}</a></div>`,
  )
  .join('\n')}</nav></div></div>
<div class="header-actions-action header-actions-action--cta"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
href="/contact">Book a Survey</a></div>
</div></header></div>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65ab12f0">
<section class="page-section content-collection full-bleed-section collection-type-blog-basic"><div class="content-wrapper"><div class="content">
<div class="blog-basic-grid collection-content-wrapper"><article class="entry h-entry hentry author-ros-pennick post-type-text article-index-1 tag-repointing
category-chimney-repairs" data-item-id="65ab12f0"><div class="blog-item-wrapper"><div class="blog-item-top-wrapper">
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-09-08">8
Sept</time></div>
<div class="blog-meta-item blog-meta-item--author"><a href="/journal?author=5f1a" class="blog-author">Ros Pennick</a></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${cTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
id="item-65ab12f0">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
${qb('yui_3_17_2_1_1694', `<p class="" style="white-space:pre-wrap;">${cIntro}</p>`)}
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/64f1c2a0/stack-before.jpg" alt=""></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">${cCaption}</p></div></figcaption></figure></div></div>
${qb('yui_3_17_2_1_1702', cSigns.map(([h, p], i) => `<h3>${i + 1}. ${h}</h3><p class="" style="white-space:pre-wrap;">${p}</p>`).join('\n'))}
${qb('yui_3_17_2_1_1710', `<p class="" style="white-space:pre-wrap;">${cOutro}</p>`)}
</div></div></div></div></div>
<div class="blog-item-inner-wrapper"><div class="blog-meta-section"><span class="blog-categories-list"><a href="/journal?category=Chimney+Repairs"
class="blog-categories">Chimney Repairs</a></span>
<span class="blog-tags-list"><a href="/journal?tag=repointing" class="blog-tags">repointing</a>, <a href="/journal?tag=surveys" class="blog-tags">surveys</a>
</span></div>
<div class="blog-item-share"><div class="blog-share-label">Share</div><a href="https://www.facebook.com/sharer/sharer.php"
class="share-button facebook">Facebook</a>
<a href="https://www.linkedin.com/shareArticle" class="share-button linkedin">LinkedIn</a></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f1a" class="blog-item-author-profile-link"><div class="author-name">Ros Pennick</div>
<div class="author-bio"><p>Ros runs Pennick Chimney Co. and has been a heritage stonemason for 22 years.</p></div></a></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic"><a class="item-pagination-link item-pagination-link--prev"
href="/journal/cowls">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Do You Need a Chimney Cowl?</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/lime-mortar"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Why We Use Lime Mortar on Old Stacks</h2></a></section></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><h2
class="newsletter-form-header-title">Seasonal maintenance reminders</h2>
<form class="newsletter-form"><label class="newsletter-form-field-label" for="email-yui_3">Email Address</label><input type="email" id="email-yui_3"
name="email" placeholder="Email Address">
<button class="newsletter-form-button sqs-system-button sqs-editable-button"><span class="newsletter-form-button-label">Sign Up</span></button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></div>
${qb('footer1', '<p>Pennick Chimney Co. · Eastwell · 01632 960 552</p>')}</div></section></footer>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const chimney: TestPage = {
  name: 'heldout599-squarespace-chimney-signs',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: cSigns.map(([h], i) => `${i + 1}. ${h}`),
  body: texts([cIntro, ...cSigns.map(([, p]) => p), cOutro]),
  bylines: ['8 Sept', 'Ros Pennick'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Pennick Chimney Co.', ...cNav, cCaption, 'Chimney Repairs', 'surveys', 'Share', 'Facebook', 'LinkedIn',
    'Ros runs Pennick Chimney Co. and has been a heritage stonemason for 22 years.', 'Previous', 'Do You Need a Chimney Cowl?', 'Next',
    'Why We Use Lime Mortar on Old Stacks', 'Seasonal maintenance reminders', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Pennick Chimney Co. · Eastwell · 01632 960 552',
  ],
};

export const HELDOUT599_B: readonly TestPage[] = [wixRates, chimney];
