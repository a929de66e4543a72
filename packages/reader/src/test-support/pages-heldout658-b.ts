import { ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout658-kit.js';

/**
 * Held-out batch 658, file b: a loft conversion builder's project post on Squarespace 7.1 (blog item with image captions, share
 * buttons, item pagination and cookie banner), and an insulation installer's FAQ page built with Wix (rich text elements).
 */
const sTitle = 'Project diary: a dormer loft for a 1930s semi in Heaton Moor';
const sBody = [
  j(
    'When the Ashworths asked us to look at their loft, they had two children sharing a box room and no wish to move. The house',
    'is a hipped-roof semi from 1934, which meant the loft looked roomy from the hatch but had only a narrow strip of full head height.',
  ),
  j(
    'We proposed a hip-to-gable conversion with a full-width rear dormer. That gave them a double bedroom, a small en-suite and a',
    'storage run under the front slope, all without a planning application.',
  ),
  'Weeks one to three',
  j(
    'The scaffold went up on a Monday and the steel beams were craned in on the Thursday. Once the new floor joists were in, the',
    'gable wall was built up in block and rendered to match the rest of the house.',
  ),
  'Weeks four to seven',
  j(
    'The dormer frame went up in two days and was covered with a single-ply membrane before the weekend rain. After first-fix',
    'plumbing and electrics we insulated between and under the rafters and boarded the walls.',
  ),
  j(
    'The staircase was the tricky part. To keep the landing light, we built it over the existing stairs and used an open balustrade,',
    'so the new flight takes almost no space from the room below.',
  ),
  'The finished room',
  j(
    'Eight weeks after the scaffold went up, the family had a bright bedroom looking over the gardens, with a shower room tucked',
    'under the lower slope. The final cost came in at £61,400, two per cent under the fixed price we quoted.',
  ),
  '"They turned up when they said they would and kept the house tidy. The kids fight over who gets the new room." – Jo Ashworth',
];
const sHs = [2, 4, 7];
const sNav = ['Home', 'Loft Conversions', 'Projects', 'Journal', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} — Moorside Lofts</title><link rel="canonical" href="https://www.moorsidelofts.example/journal/dormer-loft-heaton-moor">
<meta property="og:site_name" content="Moorside Lofts"><meta property="og:type" content="article">
<script type="application/ld+json">{"url":"https://www.moorsidelofts.example","name":"Moorside Lofts","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","author":"Moorside Lofts",
"datePublished":"2026-02-17"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-e1c1c0d5a07f4a1c6b1e-min.en-US.css" rel="stylesheet" type="text/css"></head>
<body id="item-65d0f1a2b3c4d5e6f7a8b9c0" class="primary-button-style-solid tweak-blog-item-width-medium tweak-blog-item-alignment-left
tweak-blog-item-meta-position-above-title tweak-blog-item-show-author-profile header-overlay-alignment-center view-item collection-type-blog
collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header" data-current-styles="{&quot;layout&quot;:&quot;navRight&quot;}"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Moorside Lofts</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a Survey</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65d0f1a2b3c4d5e6f7a8b9c1">
<section data-test="page-section" class="page-section content-collection full-bleed-section collection-type-blog-basic-grid" data-section-theme="white">
<div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader">
<article class="entry h-entry hentry author-moorside-lofts post-type-text article-index-1 tag-dormer tag-hip-to-gable category-projects"
data-item-id="65d0f1a2">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section">
<span class="blog-meta-primary"><span class="blog-author"><a href="/journal?author=5f1a">Moorside Lofts</a></span>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-02-17">February 17, 2026</time></span>
<span class="blog-meta-secondary"><span class="blog-categories-list"><a href="/journal?category=Projects"
class="blog-item-category">Projects</a></span></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-layout-label="Post Body" data-type="item" data-updated-on="1708170000000">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-layout-label="Post Body" id="item-65d0f1a2b3c4d5e6f7a8b9c0"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1b2c3"><div class="sqs-block-content">
<div class="sqs-html-content">${ps(sBody.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}
<h2>${at(sBody, 2)}</h2><p class="" style="white-space:pre-wrap;">${at(sBody, 3)}</p></div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1708"><div class="sqs-block-content"><div
class="image-block-outer-wrapper
layout-caption-below design-layout-inline combination-animation-none individual-animation-none" data-test="image-block-inline-outer-wrapper">
<figure class="sqs-block-image-figure intrinsic" style="max-width:2000px;"><div class="image-block-wrapper" data-animation-role="image"><div
class="sqs-image-shape-container-element
has-aspect-ratio"><img data-stretch="false" data-src="https://images.squarespace-cdn.com/content/v1/5f1a/gable-wall.jpg" alt="" loading="lazy"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">The new gable wall going up in week
two.</p></div></figcaption>
</figure></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-d4e5f6"><div class="sqs-block-content"><div class="sqs-html-content">
<h2>${at(sBody, 4)}</h2>${ps(sBody.slice(5, 7), ' class="" style="white-space:pre-wrap;"')}
<h2>${at(sBody, 7)}</h2>${ps([at(sBody, 8)], ' class="" style="white-space:pre-wrap;"')}
<blockquote><p class="" style="white-space:pre-wrap;">${at(sBody, 9)}</p></blockquote></div></div></div></div></div></div></div></div>
<div class="blog-item-inner-wrapper"><div class="blog-item-share"><div class="squarespace-social-buttons inline-style" data-system-data-id="65d0f1a2"
data-asset-url="">
<a class="ss-social-button" href="https://www.facebook.com/sharer/sharer.php?u=" target="_blank"><span class="ss-social-button-icon"></span>Facebook</a>
<a class="ss-social-button" href="https://twitter.com/intent/tweet?url=" target="_blank"><span class="ss-social-button-icon"></span>Twitter</a>
<a class="ss-social-button" href="https://www.linkedin.com/shareArticle?url=" target="_blank"><span
class="ss-social-button-icon"></span>LinkedIn</a></div></div>
<div class="blog-item-author-profile-wrapper"><a class="author-avatar" href="/journal?author=5f1a"></a><div class="author-name">Moorside Lofts</div>
<div class="author-bio"><p>Family-run loft conversion builders in Stockport since 1998.</p></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a class="item-pagination-link item-pagination-link--prev"
href="/journal/mansard-loft-didsbury"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Mansard loft on a Didsbury
terrace</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/rooflight-loft-bramhall"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">A rooflight loft office in Bramhall</h2></a></section></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div
class="sqs-block html-block sqs-block-html"
data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Moorside Lofts · 9 Station Road,
Heaton Moor, Stockport SK4 4NP</p><p class="" style="white-space:pre-wrap;">0161 496 0718 · hello@moorsidelofts.example</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54"><div class="sqs-block-content"><div
class="sqs-svg-icon--outer
social-icon-alignment-left social-icons-color-black"><nav class="sqs-svg-icon--list"><a href="https://instagram.com/moorsidelofts" target="_blank"
class="sqs-svg-icon--wrapper
instagram-unauth" aria-label="Instagram"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon"
xlink:href="#instagram-unauth-icon"></use>
</svg></div></a></nav></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-style-bar" role="dialog" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-text">
<p>This site uses cookies to improve your experience and to analyse traffic.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-button-element--secondary" aria-label="Decline">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-button-element--primary sqs-cookie-banner-v2-accept" aria-label="Accept">Accept</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"
type="text/javascript"></script></body></html>`;
const squarespaceProject: TestPage = {
  name: 'heldout658-squarespace-dormer-project',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHs.map((i) => at(sBody, i)),
  body: texts(sBody.filter((_, i) => !sHs.includes(i))),
  bylines: ['Moorside Lofts', 'February 17, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav, 'Book a Survey', 'The new gable wall going up in week two.', 'Facebook', 'Twitter', 'LinkedIn',
    'Family-run loft conversion builders in Stockport since 1998.', 'Previous', 'Mansard loft on a Didsbury terrace', 'Next',
    'A rooflight loft office in Bramhall', 'Moorside Lofts · 9 Station Road, Heaton Moor, Stockport SK4 4NP', '0161 496 0718 · hello@moorsidelofts.example',
    'This site uses cookies to improve your experience and to analyse traffic.', 'Decline', 'Accept',
  ],
};

const wTitle = 'Loft insulation: your questions answered';
const wQa: [string, string[]][] = [
  [
    'How thick should loft insulation be?',
    [
      j(
        'Current guidance is 270mm of mineral wool between and over the joists. Many older homes have 100mm or less, which loses far more',
        'heat than most people expect. Topping up to 270mm or 300mm usually pays for itself within three to four years.',
      ),
    ],
  ],
  [
    'Can I still use my loft for storage?',
    [
      j(
        'Yes. We fit raised loft legs and lay boards on top, so the insulation keeps its full depth under the boards. Squashing',
        'insulation under flat boards cuts its performance by up to half.',
      ),
    ],
  ],
  ['How long does the job take?', ['A standard three-bedroom house takes between three and five hours. We lay dust sheets from the front door to the hatch.']],
  [
    'Do I need to clear the loft first?',
    [j('We ask you to clear anything you want to keep. For an extra charge we can move items into bags, insulate in sections', 'and put everything back.')],
  ],
  [
    'What about condensation?',
    [
      j(
        'We check the ventilation at the eaves and keep a gap above the insulation. Pipes and the cold water tank are lagged',
        'so they do not freeze once the loft gets colder.',
      ),
      'If we find damp on the timbers during the survey, we will tell you before any work starts.',
    ],
  ],
];
const wNav = ['Home', 'Services', 'FAQs', 'Reviews', 'Contact'];
const wCookie = 'This website uses cookies. By continuing to use this site, you accept our use of cookies.';
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator"
content="Wix.com Website Builder">
<title>FAQs | Snugtop Insulation</title><meta name="description" content="Answers to common questions about loft insulation in Norfolk.">
<link rel="canonical" href="https://www.snugtopinsulation.example/faqs"><meta property="og:site_name" content="Snugtop Insulation">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Snugtop Insulation","telephone":"01603 496 221"}</script>
<script>window.viewerModel = {"siteFeaturesConfigs":{"cookieConsent":{"isEnabled":true}},"language":{"userLanguage":"en"}};</script>
<style>#comp-lq1a2b3c{width:980px}.font_8{font:normal normal normal 16px/1.6em avenir-lt-w01_35-light1475496,sans-serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mStZvn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-layout">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent"
data-testid="inline-content">
${rt('kd8x1p2a', `<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">Snugtop Insulation</span></p>`)}
<nav id="comp-kd8x1p2c" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="itemDepth02233374943__itemWrapper"><a data-testid="linkElement" href="/${t.toLowerCase()}"
class="itemDepth02233374943__item wixui-horizontal-menu__item"><div class="itemDepth02233374943__label">${t}</div></a></li>`,
  )
  .join('\n')}
</ul></nav><div id="comp-kd8x1p2e" class="comp-kd8x1p2e"><a data-testid="linkElement" href="tel:01603496221" class="uUxqWY wixui-button"><span
class="w4Vxx6 wixui-button__label">Call 01603 496 221</span></a></div>
</div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="lq1a2b3c" class="dVkVf7 wixui-page">
<section id="comp-lq1a2b40" class="xuzjBY comp-lq1a2b40 wixui-section"><div data-testid="columns" class="V5AUxf">
${rt('lq1a2b41', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${rt('lq1a2b42', wp('If your question is not here, give us a call. We answer the phone ourselves, six days a week.'))}
${wQa
  .map(
    ([q, as], i) =>
      rt(
        `lq1a2c${i}0`,
        `<h3 class="font_5 wixui-rich-text__text"><span
class="wixui-rich-text__text">${q}</span></h3>`,
      ) +
      '\n' +
      rt(`lq1a2c${i}1`, as.map(wp).join('')),
  )
  .join('\n')}
</div></section>
<section id="comp-lq1a2b90" class="xuzjBY comp-lq1a2b90 wixui-section"><div data-testid="columns" class="V5AUxf">
${rt('lq1a2b91', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Still not sure?</span></h2>`)}
<div id="comp-lq1a2b92" class="comp-lq1a2b92"><a data-testid="linkElement" href="/contact" class="uUxqWY wixui-button"><span
class="w4Vxx6 wixui-button__label">Book a free survey</span></a></div>
</div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_FOOTERinlineContent">
${rt('kd8x9f01', wp('Snugtop Insulation, Wymondham, Norfolk') + wp('Open Monday to Saturday, 8am to 6pm'))}
${rt('kd8x9f02', wp('© 2026 by Snugtop Insulation. Proudly created with Wix.com'))}</div></div></footer></div></div></div></div>
<div id="ccsu-banner" class="ccsu-banner" role="dialog" aria-label="Cookie banner"><p class="ccsu-banner__text" data-hook="ccsu-banner-text">${wCookie}</p>
<button data-hook="ccsu-banner-decline-button">Decline</button><button data-hook="ccsu-banner-settings-button">Settings</button>
<button data-hook="consent-banner-apply-button">Accept</button></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7f3b1c2d.bundle.min.js" async></script></body></html>`;
const wixFaq: TestPage = {
  name: 'heldout658-wix-loft-insulation-faq',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wQa.map(([q]) => q),
  body: ['If your question is not here, give us a call. We answer the phone ourselves, six days a week.', ...wQa.flatMap(([, as]) => as)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Snugtop Insulation', ...wNav, 'Call 01603 496 221', 'Still not sure?', 'Book a free survey',
    'Snugtop Insulation, Wymondham, Norfolk', 'Open Monday to Saturday, 8am to 6pm', '© 2026 by Snugtop Insulation. Proudly created with Wix.com',
    wCookie, 'Decline', 'Settings', 'Accept',
  ],
};

export const HELDOUT658_B: readonly TestPage[] = [squarespaceProject, wixFaq];
