import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowText, tr } from './pages-heldout601-kit.js';

/**
 * Held-out batch 601, file b: a building surveyor's sample report summary on Squarespace 7.1 (fluid engine sections, a code
 * block table, a PDF button, a newsletter footer section and the cookie banner), and a short damp firm blog post on Wix (Wix
 * Blog post page with author, date and read time, share icons, view counts, recent posts and the comments box).
 */
const sTitle = 'Sample report: Level 3 Building Survey summary';
const sIntro = j(
  'Wondering what you will actually receive? Below is the summary section of a real Level 3 report, with the address and the',
  'client’s details changed. The full report ran to 48 pages; the summary is what most clients read first.',
);
const sAbout = j(
  'A three-bedroom end-of-terrace house built around 1895 of solid brick under a pitched slate roof, with a two-storey rear',
  'extension added in the 1970s. The house was empty and unfurnished at the time of our inspection on a dry, overcast morning.',
);
const sOpinion = [
  j(
    'This is a property that is, for its age, in reasonable condition, but it has been poorly maintained over the last decade and',
    'needs a number of repairs in the next twelve months. None of the defects we found should stop you buying, provided the cost',
    'of the work is reflected in the price you pay.',
  ),
  j(
    'The most important matter is dampness in the rear reception room and kitchen, which we believe is caused by a raised patio and',
    'a leaking downpipe rather than by any failure of the original damp proof course.',
  ),
];
const sHead = ['Element', 'Condition rating'];
const sRows = [
  ['Chimney stacks', '3'],
  ['Roof coverings', '2'],
  ['Rainwater pipes and gutters', '3'],
  ['Main walls', '2'],
  ['Windows and external doors', '2'],
  ['Internal walls, partitions and plasterwork', '3'],
  ['Floors', '1'],
  ['Electricity', '2'],
];
const sUrgent = [
  'Rebuild the top four courses of the rear chimney stack and renew its flashings.',
  'Replace the split cast-iron downpipe at the rear and clear the gully beneath it.',
  'Lower the patio next to the kitchen wall so that it sits at least 150 mm below the internal floor.',
  'Have the electrical installation tested by a registered electrician before you exchange contracts.',
];
const sRatings = [
  '<strong>Rating 3:</strong> a serious defect, or one that must be repaired, replaced or investigated urgently.',
  '<strong>Rating 2:</strong> a defect that needs repairing or replacing, but is not considered serious or urgent.',
  '<strong>Rating 1:</strong> no repair is currently needed; the element should be maintained in the normal way.',
];
const sNext = j(
  'We always recommend that you get quotes from two contractors for the rating 3 items before you exchange. If you would like us',
  'to talk the report through with you, every survey includes a free thirty-minute call with the surveyor who inspected the house.',
);
const sH = ['About the property', 'Overall opinion', 'Condition ratings summary', 'Matters needing urgent attention', 'What the ratings mean', 'Next steps'];
const sNav = ['Surveys', 'Sample Reports', 'Fees', 'About', 'Contact'];
const sFoot = ['Instagram', 'LinkedIn', 'Privacy', 'Terms'];
const sBlock = (id: string, inner: string): string => `<div class="fe-block fe-block-${id}"><div class="sqs-block html-block sqs-block-html"
data-blend-mode="NORMAL"
data-block-type="2" id="block-${id}"><div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>${inner}</div></div></div>
</div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Sample Report — Ashgrove Building Surveys</title><link rel="canonical" href="https://www.ashgrovesurveys.co.uk/sample-report">
<meta property="og:site_name" content="Ashgrove Building Surveys"><meta property="og:title" content="Sample Report — Ashgrove Building Surveys">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","collectionId":"65f2a1c0",
"websiteId":"65f29e7d"};</script>
<script type="application/ld+json">{"url":"https://www.ashgrovesurveys.co.uk","name":"Ashgrove Building Surveys","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/65f29e7d/12/5c5a519771c10ba3470d8101/65f29e7d/1520/site.css" rel="stylesheet" type="text/css">
</head>
<body id="collection-65f2a1c0" class="primary-button-style-solid primary-button-shape-square header-width-full tweak-fixed-header-style-basic
form-use-theme-colors header-button-style-outline
image-block-poster-text-alignment-left collection-type-page collection-layout-default view-item mobile-style-available
sqs-seven-one"><div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right header-mobile-layout-logo-left-nav-right" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Ashgrove Building Surveys</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a survey</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65f2a1c0e4">
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="65f2a1c0e5"><div class="section-border"><div
class="section-background">
</div></div><div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-65f2a1c0e5">
${sBlock('yui_3_17_2_1_1710400110_4012', `<h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-large" style="white-space:pre-wrap;">${sIntro}</p>`)}
${sBlock(
  'yui_3_17_2_1_1710400110_5290',
  `<h2 style="white-space:pre-wrap;">${at(sH, 0)}</h2><p style="white-space:pre-wrap;">${sAbout}</p>
<h2 style="white-space:pre-wrap;">${at(sH, 1)}</h2>${ps(sOpinion, ' style="white-space:pre-wrap;"')}<h2 style="white-space:pre-wrap;">${at(sH, 2)}</h2>`,
)}
<div class="fe-block fe-block-yui_3_17_2_1_1710400110_7311"><div class="sqs-block code-block sqs-block-code" data-block-type="23"
id="block-yui_3_17_2_1_1710400110_7311">
<div class="sqs-block-content"><table class="ratings"><tr>${sHead.map((h) => `<th>${h}</th>`).join('')}</tr>
${sRows.map((r) => tr(r)).join('\n')}</table></div></div></div>
${sBlock(
  'yui_3_17_2_1_1710400110_8120',
  `<h2 style="white-space:pre-wrap;">${at(sH, 3)}</h2><ol data-rte-list="default">${lis(sUrgent.map((t) => `<p>${t}</p>`))}</ol>
<h2 style="white-space:pre-wrap;">${at(sH, 4)}</h2><ul data-rte-list="default">${lis(sRatings.map((t) => `<p>${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">${at(sH, 5)}</h2><p style="white-space:pre-wrap;">${sNext}</p>`,
)}
<div class="fe-block fe-block-yui_3_17_2_1_1710400110_9901"><div class="sqs-block button-block sqs-block-button" data-block-type="53"
id="block-yui_3_17_2_1_1710400110_9901">
<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--left" data-animation-role="button" data-alignment="left"
data-button-size="medium" data-button-type="primary"><a href="/s/ashgrove-sample-level-3.pdf"
class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Download the full sample report (PDF)</a></div></div></div></div>
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="dark" class="page-section
layout-engine-section background-width--full-bleed section-height--small content-width--wide" data-section-id="65f29e7d01"><div class="content-wrapper"><div
class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-65f29e7d01">
${sBlock('yui_3_17_2_1_1710300000_1201', '<h3 style="white-space:pre-wrap;">Get our seasonal maintenance checklist</h3>')}
<div class="fe-block fe-block-yui_3_17_2_1_1710300000_1388"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form
class="newsletter-form"
data-form-id="65f29e7d55" autocomplete="on" method="POST" novalidate><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-yui_1388-field">Email Address</label>
<input id="email-yui_1388-field" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span>
<span class="newsletter-form-button-label">Sign Up</span></button></div></div></form></div></div></div></div>
${sBlock('yui_3_17_2_1_1710300000_1470', `<p style="white-space:pre-wrap;">Ashgrove Building Surveys · 3 Mill Lane, Kestwick KW2 4HS · 01632 960 733</p>`)}
<div class="fe-block fe-block-yui_3_17_2_1_1710300000_1533"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div
class="sqs-block-content">
<nav><ul>${links(sFoot)}</ul></nav></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to understand how visitors use it and to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept all</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline all</button><button
class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const ashgrove: TestPage = {
  name: 'heldout601-squarespace-sample-report',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([sIntro, sAbout, ...sOpinion, ...sRows.map(rowText), ...sUrgent, ...sRatings, sNext]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Ashgrove Building Surveys', ...sNav.filter((t) => t !== 'About'), 'Book a survey', 'Download the full sample report (PDF)',
    'Get our seasonal maintenance checklist', 'Email Address', 'Sign Up',
    'Ashgrove Building Surveys · 3 Mill Lane, Kestwick KW2 4HS · 01632 960 733', ...sFoot,
    'This site uses cookies to understand how visitors use it and to improve your experience.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};

const wTitle = 'Selling a house with damp? Fix the cause before you list it';
const wBody = [
  j(
    'Buyers’ surveyors will find damp. If they find it in a house you are selling, the sale often stalls while a specialist is called',
    'in, and the buyer’s offer tends to drop by far more than the repair would cost.',
  ),
  j(
    'Our advice is simple: if you have seen mould, tide marks or peeling paint, get an independent damp survey done before you list',
    'the house. Most of the problems we find are cheap gutter, pointing or ventilation repairs.',
  ),
  j(
    'Keep the survey report and the receipts for any work, and give copies to your estate agent. A buyer who can read why the damp',
    'happened and how it was fixed is far less likely to walk away.',
  ),
];
const wNav = ['Home', 'Services', 'Blog', 'Reviews', 'Contact'];
const wRecent = ['Why your bathroom fan matters more than you think', 'Tanking a cellar: what it costs in 2026'];
const wSpan = (t: string): string =>
  `<p class="mm8Nw _1j-51 roKcK _1FoOD _3M0Fe Ybxw3 _1dpXC" dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></p>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${wTitle}</title><meta property="og:type" content="article">
<link rel="canonical" href="https://www.prycedamp.co.uk/post/selling-a-house-with-damp">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","author":{"@type":"Person",
"name":"Owen Pryce"},"datePublished":"2026-02-12T10:04:11.000Z"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"b4d2e0f8-4a11","isWixSite":true},"language":{"userLanguage":"en"}}</script>
<style data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt_bootstrap.min.css"></style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kx1ajv8e"
class="comp-kx1ajv8e wixui-rich-text">
<p class="font_6 wixui-rich-text__text">Pryce Damp Solutions</p></div>
<nav id="comp-kx1ajv9f" aria-label="Site" class="comp-kx1ajv9f wixui-dropdown-menu"><ul class="E5_Ynf" data-testid="dropdown-menu">
${wNav
  .map(
    (t) => `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase()}">
<div class="ZiOHgT"><p class="wdFwzf">${t}</p></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="blogPost"
class="tpaWidget">
<div class="blog-post-page-font"><article class="blog-post-page-font _19cWa" data-hook="post"><div class="_3XlCE" data-hook="post-header"><div class="_1IXV4">
<div class="blog-post-metadata-font" data-hook="post-metadata"><span class="_3Nt9K" data-hook="user-name"><a href="/profile/owenpryce/profile">Owen Pryce</a>
</span>
<ul class="_1vs0g"><li><span title="12 Feb" class="post-metadata__date time-ago" data-hook="time-ago">12 Feb</span></li>
<li><span class="post-metadata__readTime" data-hook="time-to-read" title="1 min read">1 min read</span></li></ul></div></div>
<h1 class="blog-post-title-font _1j-51 _1FoOD blog-post-page-title-font" data-hook="post-title"><span
class="post-title__text blog-post-title-font">${wTitle}</span></h1></div>
<div class="_1lHsi" data-hook="post-description"><div class="_6SyeS" data-id="content-viewer"><div class="_1hN1O" data-breakout="normal">
${wBody.map(wSpan).join('\n')}</div></div></div>
<div class="_1hm_b" data-hook="post-footer"><div class="blog-post-page-font _2BB4W" data-hook="share-buttons"><button aria-label="Share via Facebook"
class="_2H3G6"></button><button aria-label="Share via X" class="_2H3G6"></button><button aria-label="Share via LinkedIn" class="_2H3G6"></button>
<button aria-label="Share via link" class="_2H3G6"></button></div><div class="_1o0bf" data-hook="post-main-actions-desktop"><span class="_2yR_s"
data-hook="view-count">
<span>14 views</span></span><span data-hook="comment-count"><span>0 comments</span></span><button class="_2QJ2F" data-hook="like-button"
aria-label="Post not marked as liked"></button></div></div></article>
<section class="_2uQHa" data-hook="recent-posts"><div class="_2HA0E"><h2 class="_3kK6g">Recent Posts</h2><a href="/blog" class="_3ZfTp">See All</a></div>
<ul>${links(wRecent)}</ul></section>
<section class="_5hkpa" data-hook="comments-container"><h2 class="_13Y9R">Comments</h2><div data-hook="comment-box"><button
class="_1QnLk">Write a comment...</button></div>
</section></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-kx1ajvbb" class="comp-kx1ajvbb wixui-rich-text">
<p class="font_9 wixui-rich-text__text">© 2026 by Pryce Damp Solutions. Proudly created with <a href="https://www.wix.com" target="_blank">Wix.com</a></p>
</div></footer>
</div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span
class="mHZSwn">bottom of page</span></div>
</div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div class="Dg7Nh" role="region" aria-label="Cookie consent banner"><p
data-hook="ccsu-banner-text">We use cookies
on our website to see how you interact with it. By accepting, you agree to our use of such cookies. <a href="/privacy-policy">Privacy Policy</a></p>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline All</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const pryce: TestPage = {
  name: 'heldout601-wix-selling-with-damp',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: wBody,
  bylines: ['Owen Pryce', '12 Feb'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Pryce Damp Solutions', ...wNav, '1 min read', '14 views', '0 comments', 'Recent Posts', 'See All', ...wRecent, 'Comments',
    'Write a comment...',
    '© 2026 by Pryce Damp Solutions. Proudly created with Wix.com', 'bottom of page',
    'We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies. Privacy Policy', 'Settings',
    'Decline All', 'Accept',
  ],
};

export const HELDOUT601_B: readonly TestPage[] = [ashgrove, pryce];
