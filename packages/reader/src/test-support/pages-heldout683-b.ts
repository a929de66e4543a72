import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout683-kit.js';

/**
 * Held-out batch 683, file b: a wedding planner's real wedding post on Squarespace 7.1 (blog item with image blocks, captions,
 * a vendor list and item pagination), and a florist's short "Our Story" page built with Wix.
 */
const qTitle = "Maren &amp; Theo's Orchard Wedding at Whitlock Farm";
const qIntro = [
  j(
    'Maren and Theo met on a cider-pressing weekend, so when they started looking for a venue there was really only one brief:',
    'apples. Whitlock Farm, with its three hundred trees and a timber barn that seats a hundred and ten, turned out to be the',
    'perfect fit, and we spent most of last autumn with them turning a working orchard into a wedding.',
  ),
  j(
    'The date was the last Saturday in September, which meant the trees were heavy with fruit and the light went golden by five.',
    'It also meant a real chance of rain, so every part of the plan had a covered version waiting in the barn.',
  ),
];
const qSecs: [string, string[]][] = [
  [
    'The ceremony',
    [
      j(
        'Guests walked down a mown path between two rows of Bramley trees to a clearing where the farm hands had built a low arch',
        'from old apple crates. Maren wanted the ceremony to feel small even with ninety people there, so we kept the seating to',
        'hay bales in a loose horseshoe, with blankets for the older guests.',
      ),
      j(
        "Theo's sister led the ceremony and read a passage from a letter their grandmother wrote on her own wedding day. There was",
        'not a dry eye in the orchard, and the wind held off for exactly twenty-two minutes.',
      ),
    ],
  ],
  [
    'Flowers and styling',
    [
      j(
        'Florist Ada Brennick of Wildfold Flowers worked with what was already growing: branches of crab apple in the arch, rosehips',
        'and late cosmos in the table arrangements, and a bridal bouquet of cafe-au-lait dahlias, plum scabious and trailing ivy.',
      ),
      j(
        'Instead of place cards, each guest found a small russet apple with their name stamped on a paper tag. Half of them were',
        'eaten before the soup arrived, which we took as a compliment.',
      ),
    ],
  ],
  [
    'The reception',
    [
      j(
        'Dinner was served family style on long trestle tables in the barn: slow-roast pork with cider gravy, squash from the farm',
        'garden and a cheese course that nobody had room for. The cake was a three-tier apple and cardamom sponge with a single',
        'sugared crab apple on top.',
      ),
      j(
        'After the speeches the side doors were rolled open and a folk band from the village played until midnight. The last photo',
        'of the night is of Maren, shoes off, dancing on the threshing floor with her ninety-year-old grandfather.',
      ),
    ],
  ],
];
const qVendors = [
  'Venue: Whitlock Farm',
  'Planning and design: Juniper Row Weddings',
  'Photography: Cass Oduya Photography',
  'Flowers: Wildfold Flowers',
  'Catering: The Long Table Kitchen',
  'Cake: Pippin Bakehouse',
  'Music: The Hollow Oak Band',
];
const qCaps = ['The crate arch in the orchard clearing.', 'Crab apple, rosehips and cosmos on the long tables.'];
const qNav = ['Services', 'Portfolio', 'Journal', 'About', 'Contact'];
const qImg = (cap: string, n: number): string => `<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_${n}">
<div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-none
individual-animation-none" data-test="image-block-inline-outer-wrapper"><figure class="sqs-block-image-figure intrinsic" style="max-width:2000px;">
<div style="padding-bottom:66.6%;" class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element has-aspect-ratio">
<img class="thumb-image" elementtiming="system-image-block" data-src="https://images.squarespace-cdn.com/content/v1/61a2/whitlock-${n}.jpg"
data-image-dimensions="2000x1333" data-image-focal-point="0.5,0.5" alt="" data-load="false"></div></div><figcaption class="image-caption-wrapper">
<div class="image-caption"><p class="" style="white-space:pre-wrap;">${cap}</p></div></figcaption></figure></div></div></div>`;
const qHtmlBlock = (inner: string, n: number): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${n}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div>`;
const qSec = ([h, p]: [string, string[]]): string => `<h2 style="white-space:pre-wrap;">${h}</h2>${ps(p, ' class="" style="white-space:pre-wrap;"')}`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${qTitle} &mdash; Juniper Row Weddings</title><link rel="canonical" href="https://www.juniperrowweddings.com/journal/maren-theo-whitlock-farm">
<meta property="og:site_name" content="Juniper Row Weddings"><meta property="og:type" content="article">
<script type="application/ld+json">{"url":"https://www.juniperrowweddings.com","name":"Juniper Row Weddings",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"Maren and Theo's Orchard Wedding at Whitlock Farm","datePublished":"2027-06-02","author":"Maya Lind",
"@context":"http://schema.org","@type":"BlogPosting"}</script>
<script>Static = window.Static || {}; 
Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Juniper Row Weddings"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="https://static1.squarespace.com/static/versioned-site-css/61a2/14/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-65f1c0" class="primary-button-style-solid primary-button-shape-pill tweak-blog-item-width-medium tweak-blog-item-alignment-center
collection-type-blog-single-column collection-layout-default view-item mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header"><div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right header-mobile-layout-logo-left-nav-right"><div class="header-display-desktop"
data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div
class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/61a2/logo.png"
alt="Juniper Row Weddings"></a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cta"
data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/inquire">Inquire</a></div></div>
</div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65f1c0a1"><section data-test="page-section"
data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide"><div
class="content-wrapper">
<div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-maya-lind post-type-text article-index-1 category-real-weddings
tag-orchard" data-item-id="65f1c0" id="article-65f1c0"><div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div
class="blog-item-meta-wrapper">
<div class="blog-meta-item blog-meta-item--categories"><a href="/journal?category=Real+Weddings" class="blog-item-category">Real Weddings</a></div>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2027-06-02">June 2, 2027</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author"><span class="blog-author-label">Written By </span>
<a href="/journal?author=61a2ff" class="blog-author-name">Maya Lind</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-layout-label="Post Body" data-type="item" id="item-65f1c0">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1780401123000" id="item-65f1c0"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
${qHtmlBlock(ps(qIntro, ' class="" style="white-space:pre-wrap;"'), 1)}
${qHtmlBlock(qSec(qSecs[0] ?? ['', []]), 2)}
${qImg(qCaps[0] ?? '', 3)}
${qHtmlBlock(qSec(qSecs[1] ?? ['', []]), 4)}
${qImg(qCaps[1] ?? '', 5)}
${qHtmlBlock(qSec(qSecs[2] ?? ['', []]), 6)}
${qHtmlBlock(
  `<h2 style="white-space:pre-wrap;">The vendors</h2><ul data-rte-list="default">${lis(
    qVendors.map(
      (v) => `<p class=""
style="white-space:pre-wrap;">${v}</p>`,
    ),
  )}</ul>`,
  7,
)}
</div></div></div></div></div>
<div class="blog-item-comments"></div></div></article>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-single-column" aria-label="Previous and next articles">
<a class="item-pagination-link item-pagination-link--prev" href="/journal/lena-and-osei-city-hall"><div class="item-pagination-icon icon icon--stroke">
<svg class="caret-left-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="7.3,14.7 2.5,8 7.3,1.2"></polyline></svg></div>
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Lena &amp; Osei: A City Hall Wedding and a Long Lunch</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/winter-wedding-flowers"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Five Winter Wedding Flowers We Love</h2></a></section></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section"><div
class="content-wrapper"><div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="61a3">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join our list</h2><div class="newsletter-form-header-description"><p>A real
wedding and a planning tip, once a month.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div
class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui_3">Email
Address</label><input
id="email-yui_3" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div><div
class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Juniper
Row Weddings &middot; Planning and design in the Hollin Valley</p><p class="" style="white-space:pre-wrap;">&copy; 2027 Juniper Row
Weddings</p></div></div></div>
</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button
class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button><button class="sqs-cookie-banner-v2-deny sqs-button-element--secondary">Decline
</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout683-squarespace-real-wedding',
  kind: 'blog',
  html: qHtml,
  title: texts([qTitle])[0] ?? '',
  headings: [...qSecs.map(([h]) => h), 'The vendors'],
  body: [...qIntro, ...qSecs.flatMap(([, p]) => p), ...qVendors],
  bylines: ['June 2, 2027', 'Written By Maya Lind'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to Content', ...qNav, 'Inquire', 'Real Weddings', ...qCaps, 'Previous', 'Lena & Osei: A City Hall Wedding and a Long Lunch', 'Next',
    'Five Winter Wedding Flowers We Love', 'Join our list', 'A real wedding and a planning tip, once a month.', 'Email Address', 'Sign Up',
    'We respect your privacy.', 'Juniper Row Weddings · Planning and design in the Hollin Valley', '© 2027 Juniper Row Weddings',
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ]),
};

const xTitle = 'Our Story';
const xBody = [
  j(
    'Bloom &amp; Bramble began in 2019 on a kitchen table in Ashcombe, with a bucket of foraged hawthorn and a friend who needed',
    'flowers for her wedding the following week. Six years later we have a small studio on Mill Street, a cutting garden on the edge of town',
    'and a team of three.',
  ),
  j(
    'We grow around half of what we use and buy the rest from growers within an hour of the studio. That means our arrangements change',
    'with the seasons, and it means we say no to imported roses in January.',
  ),
  'How we work',
  j(
    'We take on no more than two weddings a weekend, so every couple meets the person who will actually make their flowers.',
    'Consultations are free and usually happen over tea in the garden.',
  ),
];
const xNav = ['Home', 'Weddings', 'Shop', 'Our Story', 'Contact'];
const xRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5MRB comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xP = (t: string): string => `<p class="font_8 wixui-rich-text__text" style="line-height:1.8em;"><span class="wixui-rich-text__text">${t}</span></p>`;
const xNavItems = xNav.map(
  (t, i) => `<li id="comp-lf1a2c${i}" data-direction="ltr" data-listposition="${i === 0 ? 'left' : 'center'}"
data-data-id="dataItem-${i}" class="wbAfnT wixui-dropdown-menu__item" data-state="menu ${t === xTitle ? 'selected' : 'false'} link"><a
data-testid="linkElement" href="https://www.bloomandbramble.co/${t.toLowerCase().replace(' ', '-')}" target="_self" class="UiHgGh"><div class="yRj2ms">
<div class=""><p class="JS76Uv" id="comp-lf1a2c${i}label">${t}</p></div></div></a></li>`,
);
const xHtml = `<!DOCTYPE html>
<html lang="en" class="fontLoaded"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Our Story | Bloom &amp; Bramble Florals</title>
<meta name="description" content="A small seasonal flower studio in Ashcombe."><meta property="og:site_name" content="Bloom &amp; Bramble Florals">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Bloom and Bramble Florals",
"address":{"@type":"PostalAddress","addressLocality":"Ashcombe","streetAddress":"7 Mill Street"}}</script>
<script id="wix-viewer-model" type="application/json">{"siteFeaturesConfigs":
{"platform":{"bootstrapData":{"location":{"externalBaseUrl":"https://www.bloomandbramble.co"}}}}}</script>
<style id="css_c1dmp">#comp-lf2x02{justify-self:start;margin:120px 0 10px 0}#comp-lf2x03{width:520px}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="U4Bvut">
<div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div
data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
${xRich(
  'lf1a2b',
  `<p class="font_6 wixui-rich-text__text" style="font-size:22px;"><span class="wixui-rich-text__text"><a
href="https://www.bloomandbramble.co" target="_self" class="wixui-rich-text__text">Bloom &amp; Bramble</a></span></p>`,
)}
<wix-dropdown-menu id="comp-lf1a2c" class="XwCBRN NHM1d1 comp-lf1a2c wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true" data-num-items="5" data-dropalign="center"><nav class="R_TAzU" id="comp-lf1a2cnavContainer" aria-label="Site">
<ul class="y7qwii" id="comp-lf1a2citemsContainer" style="text-align:center">${xNavItems.join('\n')}</ul></nav></wix-dropdown-menu>
</div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div
id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wixui-page" data-testid="page-bg"></div>
<div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content"
class=""><div data-mesh-id="Containerc1dmpinlineContent-gridContainer" data-testid="mesh-container-content"><section id="comp-lf2x01" tabindex="-1"
class="Oqnisf comp-lf2x01 wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lf2x01" data-hook="bgLayers" class="MW5IWV">
<div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-mesh-id="comp-lf2x01inlineContent" data-testid="inline-content" class="">
<div data-mesh-id="comp-lf2x01inlineContent-gridContainer" data-testid="mesh-container-content">
${xRich('lf2x02', `<h1 class="font_0 wixui-rich-text__text" style="font-size:48px;"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${xRich('lf2x03', [xP(xBody[0] ?? ''), xP('&nbsp;'), xP(xBody[1] ?? '')].join(''))}
<div id="comp-lf2x04" class="MazNVa comp-lf2x04 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lf2x04" class="HlRz5e
BI8PVQ" data-image-info='{"containerId":"comp-lf2x04","displayMode":"fill"}'><img
src="https://static.wixstatic.com/media/8a11c2_5d0e.jpg/v1/fill/w_460,h_580/studio.jpg"
alt="Studio bench with buckets of garden flowers" style="width:460px;height:580px;object-fit:cover"></wow-image></div></div>
${xRich('lf2x05', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${xBody[2]}</span></h2>`)}
${xRich('lf2x06', xP(xBody[3] ?? ''))}
<div class="comp-lf2x07 FubTgk" id="comp-lf2x07" aria-disabled="false"><a data-testid="linkElement" href="https://www.bloomandbramble.co/contact"
target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book a Consultation</span></a></div>
</div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8"><div
data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer"
data-testid="mesh-container-content">
${xRich(
  'lf3y01',
  `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">7 Mill Street, Ashcombe · Open Thursday to
Saturday</span></p><p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">hello@bloomandbramble.co</span></p>`,
)}
${xRich(
  'lf3y02',
  `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">© 2027 by Bloom &amp; Bramble Florals. Proudly created with <a
href="https://www.wix.com" target="_blank">Wix.com</a></span></p>`,
)}
</div></div></div></div></footer></div></div></div></div>
<div id="consent-banner-root"><div data-hook="ccsu-banner-wrapper" class="Qw6sPa" role="region" aria-label="Cookie banner"><div class="IVrE3d">
<p data-hook="ccsu-banner-text" class="Jb8B6J">This website uses cookies. By continuing to use it you agree to our use of cookies.</p><div class="z8FgOi">
<button data-hook="consent-banner-settings-button" class="d8nCfE">Settings</button><button data-hook="consent-banner-decline-button" class="d8nCfE">Decline
</button><button data-hook="consent-banner-apply-button" class="d8nCfE kVhwB2">Accept</button></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.e8f0c1b4.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout683-wix-florist-story',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [xBody[2] ?? ''],
  body: texts([xBody[0] ?? '', xBody[1] ?? '', xBody[3] ?? '']),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xNav.filter((t) => t !== xTitle && t !== 'Weddings'), 'Book a Consultation', '7 Mill Street, Ashcombe · Open Thursday to Saturday',
    'hello@bloomandbramble.co', '© 2027 by Bloom & Bramble Florals. Proudly created with Wix.com',
    'This website uses cookies. By continuing to use it you agree to our use of cookies.', 'Settings', 'Decline', 'Accept',
  ],
};

export const HELDOUT683_B: readonly TestPage[] = [squarespace, wix];
