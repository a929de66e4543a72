import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout695-kit.js';

/**
 * Held-out batch 695, file b: a dry slope's season pass page on Squarespace (7.1, fluid engine), and a snowboard shop's
 * board waxing post on a Wix blog.
 */
const qTitle = '2026/27 Season Pass';
const qDek = 'Unlimited recreational skiing and boarding at Castlemoor from 1 October to 30 September.';
const qP1 = [
  j(
    'The season pass pays for itself in about nine visits. Holders ski any open recreational session, get 10% off lessons and',
    'hire, and can bring a friend for half price on Thursday evenings.',
  ),
];
const qH1 = 'Pass types';
const qTypes = ['Adult (18+): £295', 'Junior (8–17): £185', 'Family (2 adults and up to 3 juniors): £720', 'Student, with a valid student card: £210'];
const qH2 = 'Good to know';
const qKnow = [
  j(
    'Passes are personal and carry your photo. Collect yours at reception on your first visit; bring photo ID and, for junior',
    'passes, a parent or guardian.',
  ),
  j(
    'Recreational sessions need you to ski or ride competently: to stop, turn both ways and use the drag lift. If you are not',
    'sure, book a free slope assessment before you buy.',
  ),
  'Passes are not valid during club race nights, private hire or lessons. The slope closes in high winds and heavy rain.',
];
const qNav = ['Slope', 'Lessons', 'Season Pass', 'Parties', 'Shop', 'Contact'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Season Pass — Castlemoor Ski Slope</title><link rel="canonical" href="https://www.castlemoorski.co.uk/season-pass">
<meta property="og:site_name" content="Castlemoor Ski Slope"><meta property="og:title" content="Season Pass — Castlemoor Ski Slope">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.castlemoorski.co.uk","name":"Castlemoor Ski Slope","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/6512/site.css"></head>
<body id="collection-6512a7" class="header-overlay-alignment-center tweak-social-icons-style-solid primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid">
<div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element">
<div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop"
src="//images.squarespace-cdn.com/content/v1/6512/logo.png" alt="Castlemoor Ski Slope"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(' ', '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Now</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span>
</button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6512a9">
<section data-test="page-section" data-section-theme="dark"
class="page-section full-bleed-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="section-background"><img src="https://images.squarespace-cdn.com/content/v1/6512/slope-night.jpg" alt=""></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-6512b1"><div class="fe-block fe-block-yui_3_17_2_1_1695">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${qTitle}</h1><p class="sqsrte-large" style="white-space:pre-wrap;">${qDek}</p>
</div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-6512b2"><div class="fe-block fe-block-yui_3_17_2_1_1702">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(qP1, ' style="white-space:pre-wrap;"')}<h2 style="white-space:pre-wrap;">${qH1}</h2><ul data-rte-list="default">
${lis(qTypes.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1703"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--left">
<a href="/shop/season-pass" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Buy your pass</a></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1704"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${qH2}</h2>${ps(qKnow, ' style="white-space:pre-wrap;"')}</div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section layout-engine-section" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="fluid-engine"><div class="fe-block"><div class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content"><h4 style="white-space:pre-wrap;">Castlemoor Ski Slope</h4>
<p style="white-space:pre-wrap;">Moor Road, Castlemoor, CM7 2DL</p><p style="white-space:pre-wrap;">hello@castlemoorski.co.uk</p></div></div></div></div>
<div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="6512c4"
autocomplete="on" method="POST" novalidate
onsubmit="return (function (form) { Y.use('squarespace-form-submit', function(Y){ (new Y.Squarespace.FormSubmit(form)).submit(); }); return false; })(this);">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Slope news</h2><div class="newsletter-form-header-description">
<p style="white-space:pre-wrap;">Snow-days, race nights and offers, once a month.</p></div></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper
form-fields"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label>
<input id="email-yui_3_17" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout
sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit"><span class="newsletter-form-spinner sqs-spin light large">
</span>
<span class="newsletter-form-button-label">Sign Up</span></button></div></div><div class="newsletter-form-footnote">
<p style="white-space:pre-wrap;">We respect your
privacy.</p></div></form></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-mode-bar" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-decline sqs-cookie-banner-v2-cta">Decline</button>
<button class="sqs-cookie-banner-v2-accept sqs-cookie-banner-v2-cta">Accept</button>
</div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = {
  name: 'heldout695-squarespace-season-pass',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: [qH1, qH2],
  body: texts([qDek, ...qP1, ...qTypes, ...qKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Parties', 'Shop', 'Contact', 'Book Now', 'Buy your pass', 'Castlemoor Ski Slope',
    'Moor Road, Castlemoor, CM7 2DL', 'hello@castlemoorski.co.uk', 'Slope news', 'Snow-days, race nights and offers, once a month.', 'Email Address',
    'Sign Up', 'We respect your privacy.', 'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
};

const wTitle = 'Hot waxing your snowboard at home in six steps';
const wIntro = j(
  'Dry slope matting is hard on a base. After a dozen sessions on the bristles your board will look grey and furry along the',
  'edges, and it will feel slow on the flats. A hot wax every five or six visits fixes both, and it takes about half an hour.',
);
const wH1 = 'What you need';
const wKit = [
  'An old clothes iron or a waxing iron (no steam holes)',
  'A bar of all-temperature wax',
  'A plastic scraper',
  'A nylon brush',
  'Two vices or a pair of books to rest the board on',
];
const wH2 = 'The six steps';
const wSteps = [
  'Clean the base with a base cleaner or a dry cloth, and let it dry.',
  'Set the iron to the temperature on the wax wrapper, usually around 120 °C. If the wax smokes, turn it down.',
  'Hold the wax against the iron and drip a line down each side of the base, then a zig-zag down the middle.',
  'Iron the wax in, keeping the iron moving all the time, until the wax is a thin even layer from nose to tail.',
  'Leave the board for at least an hour, ideally overnight, so the wax can soak into the base.',
  'Scrape from nose to tail until no more wax comes off, then brush the base in long strokes to open the structure.',
];
const wOutro = [
  j('Do not skip the scraping. On plastic matting a thick layer of wax grips rather than glides, and it will end up on the slope', 'instead of in your board.'),
  'If you would rather we did it, our hot wax service is £15 and usually ready the next day.',
];
const wNav = ['Home', 'Shop', 'Servicing', 'Blog', 'About', 'Contact'];
const wRecent = ['Choosing your first board: camber or rocker?', 'Our autumn demo day at Castlemoor', 'Why we stopped selling rental boards'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Hot waxing your snowboard at home in six steps</title>
<meta name="description" content="Dry slope matting is hard on a base. After a dozen sessions on the bristles your board will look grey and furry.">
<link rel="canonical" href="https://www.sidecutboards.com/post/hot-waxing-your-snowboard-at-home"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Hot waxing your snowboard at home in six steps",
"author":{"@type":"Person","name":"Joss Pereira"},"datePublished":"2026-11-03T10:15:00.000Z"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"8c1f0a7e","isWixSite":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#comp-kx91ab{--bg:var(--color_11);}#SITE_HEADER{--shd:none;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">
<div id="comp-kx91ab" class="KcpHeO tz5f0K comp-kx91ab wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text">SIDECUT BOARDS</span></p></div>
<nav id="comp-kx91ac" aria-label="Site" class="XwCBRN comp-kx91ac wixui-horizontal-menu"><ul class="lj7l5u" role="menubar">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase()}" class="UiHgGh"><div class="_pfxlW">
<p class="wixui-horizontal-menu__item-label">${t}</p></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX"><div id="comp-blog-post">
<div class="blog-post-page-font"><article class="blog-post-page-font _3QCDz" data-hook="post"><div class="post-metadata__wrapper">
<div class="post-metadata" data-hook="post-metadata"><div class="avatar-image" data-hook="avatar-image">
<img src="https://static.wixstatic.com/media/jp-avatar.jpg" alt="Writer's picture"></div>
<div class="post-author-name" data-hook="user-name"><span class="user-name__text">Joss Pereira</span></div><ul class="post-metadata__details">
<li data-hook="time-ago" class="post-metadata__date"><span title="Nov 3, 2026">Nov 3, 2026</span></li>
<li data-hook="time-to-read" class="post-metadata__read-time"><span>3 min read</span></li></ul></div>
<button class="more-button" aria-label="More actions" data-hook="more-button"></button></div>
<div class="post-title" data-hook="post-title"><h1 class="post-title__text blog-post-title-font">${wTitle}</h1></div>
<div class="post-content__body" data-hook="post-description"><div class="rich-content-viewer" data-id="rich-content-viewer" dir="ltr">
<div class="_2qJYG" data-hook="rcv-block1"><p class="mm8Nw _1j-51 _1FoOD" dir="auto" id="viewer-p1"><span style="font-weight:400">${wIntro}</span></p></div>
<div data-hook="rcv-block2"><h2 class="_2Gwb8" dir="auto" id="viewer-h1"><span style="font-weight:700">${wH1}</span></h2></div>
<div data-hook="rcv-block3"><ul class="KdZQp"><li class="_3LQsI" dir="auto">${wKit
  .map(
    (t) => `<p class="mm8Nw" dir="auto"><span>${t}</span>
</p>`,
  )
  .join('</li>\n<li class="_3LQsI" dir="auto">')}</li></ul></div>
<div data-hook="rcv-block4"><h2 class="_2Gwb8" dir="auto" id="viewer-h2"><span style="font-weight:700">${wH2}</span></h2></div>
<div data-hook="rcv-block5"><ol class="KdZQp">${lis(
  wSteps.map((t) => `<p class="mm8Nw" dir="auto"><span>${t}</span></p>`),
  '_3LQsI',
)}</ol></div>
<div data-hook="rcv-block6"><figure class="image-container" data-hook="figure-IMAGE"><div data-hook="imageViewer">
<img src="https://static.wixstatic.com/media/wax-drip.jpg"
alt="Wax dripped in a zig-zag on a board base"></div>
<figcaption class="caption" data-hook="imageViewerCaption">Drip, don't pour: a thin line is plenty.</figcaption></figure></div>
${wOutro.map((t, i) => `<div data-hook="rcv-block${7 + i}"><p class="mm8Nw _1j-51" dir="auto"><span>${t}</span></p></div>`).join('\n')}
</div></div>
<div class="post-footer"><div class="post-main-actions__social"><div class="share-buttons" data-hook="share-buttons"><button aria-label="Share via Facebook">
</button>
<button aria-label="Share via X"></button><button aria-label="Share via LinkedIn"></button><button aria-label="Share via link"></button></div></div>
<div class="post-main-actions__stats" data-hook="post-main-actions__stats"><span data-hook="views-count">214 views</span>
<span data-hook="comment-count">0 comments</span>
<button class="like-button" data-hook="like-button" aria-label="Post not marked as liked"><span data-hook="like-button-with-count__like-count">11</span>
</button></div></div>
</article>
<section class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header">
<h2 class="recent-posts__title" data-hook="recent-posts-title">Recent Posts</h2>
<a href="/blog" data-hook="see-all-link">See All</a></div><div class="recent-posts__list">
${wRecent
  .map(
    (t) => `<div class="post-list-item" data-hook="post-list-item"><a href="/post/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">
<h3 class="post-title">${t}</h3></a></div>`,
  )
  .join('\n')}
</div></section>
<section class="comments" data-hook="comments"><div class="comments-header"><h2 data-hook="comments-title">Comments</h2></div>
<div class="comment-box" data-hook="comment-box-placeholder"><p>Write a comment...</p></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div id="comp-kx91ad" class="wixui-rich-text">
<p class="font_9"><span>© 2026 by Sidecut Boards. 14 Canal Yard, Lowbridge.</span></p></div></div></footer></div></div></div></div>
<div id="WIX_ADS" class="consentPolicyBanner"></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout695-wix-board-waxing',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2],
  body: texts([wIntro, ...wKit, ...wSteps, ...wOutro]),
  bylines: ['Joss Pereira', 'Nov 3, 2026', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'SIDECUT BOARDS', 'Home', 'Shop', 'Servicing', 'Blog', 'Contact', "Drip, don't pour: a thin line is plenty.", '214 views',
    '0 comments', '11', 'Recent Posts', 'See All', ...wRecent, 'Comments', 'Write a comment...', '© 2026 by Sidecut Boards. 14 Canal Yard, Lowbridge.',
  ],
};

export const HELDOUT695_B: readonly TestPage[] = [squarespace, wix];
