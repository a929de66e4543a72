import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 76, file b2: a Squarespace 7.1 blog post on a small pottery studio's site (announcement bar, "Skip to
 * Content", header nav with the "Book a Class" button and the hidden mobile overlay menu that repeats the nav, the blog
 * item's category, date and author, HTML and image blocks with captions, a quote block, bottom meta with tags, the author
 * profile, the prev/next pagination with its h2 titles, the footer sections with a newsletter block and its hidden
 * "Thank you!" and captcha texts, address and hours, and the v2 cookie banner).
 */
const sqTitle = 'Why your glaze crawled, and how to stop it happening again';
const sqP1 = [
  'Every term somebody opens the kiln, lifts out a bowl they have spent weeks on, and finds the glaze has pulled away from the clay ' +
    'in thick beads with bare patches in between. It looks a bit like water on a freshly waxed car. Potters call it crawling, and ' +
    'after eleven years of teaching here I think it causes more disappointment than any other fault.',
  'The good news is that it is almost always preventable. Here is what is going on and what we do about it in the studio.',
];
const sqH1 = 'What crawling actually is';
const sqP2 = [
  'Glaze is a layer of fine powder held together with a little water. When it dries on the pot it shrinks, and if it cannot grip ' +
    'the surface underneath, it cracks. In the kiln, as the glaze melts, the edges of those cracks pull back on themselves because ' +
    'of surface tension, leaving the bare patches you see.',
  'So crawling starts long before the firing. It starts with a glaze that did not stick, or one that shrank too much as it dried.',
];
const sqH2 = 'The usual causes';
const sqList = [
  'Dust or grease on the bisqueware. Hand cream is the worst offender, so wash your hands before you pick up bisqued pots.',
  'Glaze applied too thickly, especially where two layers overlap.',
  'A glaze with a lot of raw clay in it, which shrinks as it dries.',
  'Handling the pot before the glaze is completely dry, which breaks the bond at the rim.',
];
const sqQuote = 'If you can see cracks in the dry glaze before it goes in the kiln, it will crawl. The kiln will not fix it.';
const sqH3 = 'What we do in the studio';
const sqP3 = [
  'We now wipe every bisqued pot with a damp sponge before glazing and let it dry for ten minutes. It takes almost no time and it ' +
    'has cut the number of crawled pots on our shelves by more than half.',
  'We also changed the recipe for our satin white, which had the most trouble. Replacing part of the raw kaolin with calcined ' +
    'kaolin means it shrinks less as it dries, and it has not crawled once since we switched in the spring.',
  'Finally, we ask everyone to dip, count to three, and lift, rather than holding pots in the bucket. One dip of three seconds ' +
    'gives an even coat on our bisque. If you need a thicker layer, wait for the first coat to dry before adding another.',
  'If you are unsure whether a piece is ready for the kiln, leave it on the glaze shelf with a note and one of us will look at it ' + 'before the next firing.',
];
const sqNav = ['Classes', 'Open Studio', 'Shop', 'Journal', 'About', 'Contact'];
const sqCaption = 'A crawled celadon bowl from last term, with the bare clay showing through at the rim.';
const sqCaption2 = 'Wiping bisqueware with a damp sponge before glazing.';
const sqTags = ['Glazes', 'Firing', 'Beginners'];
const sqBio =
  'Maren Holt founded Larkspur Clay Studio in 2014. She teaches the Tuesday and Thursday evening wheel classes and mixes every ' + 'glaze in the studio.';
const sqNews = [
  'Subscribe',
  'Sign up with your email address to receive news and updates.',
  'Email Address',
  'Sign Up',
  'We respect your privacy.',
  'Thank you!',
];
const sqFooter = ['Larkspur Clay Studio', '18 Mill Lane, Hebden Royd', 'Tuesday to Saturday, 10am to 9pm', 'hello@larkspurclay.example'];
const sqCookie = 'This website uses cookies to improve your experience and to understand how visitors use it.';
const sqBlock = (id: string, inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2"
data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div>`;
const sqPs = (a: readonly string[]): string => a.map((p) => `<p class="" style="white-space:pre-wrap;">${p}</p>`).join('\n');
const sqImage = (id: string, cap: string): string => `<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-${id}">
<div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-none
individual-animation-none individual-text-animation-none sqs-narrow-width" data-test="image-block-inline-outer-wrapper">
<figure class="sqs-block-image-figure intrinsic" style="max-width:2000px;"><div class="image-block-wrapper" data-animation-role="image">
<div class="sqs-image-shape-container-element has-aspect-ratio" style="position: relative; padding-bottom:66.5%; overflow: hidden;">
<img data-stretch="false" data-src="https://images.squarespace-cdn.example/content/v1/${id}/bowl.jpg" data-image-dimensions="2000x1330"
data-image-focal-point="0.5,0.5" alt="" data-load="false" elementtiming="system-image-block" src="https://images.squarespace-cdn.example/${id}.jpg?format=1000w"
width="2000" height="1330" sizes="(max-width: 640px) 100vw, 50vw" loading="lazy" decoding="async" data-loader="sqs"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${cap}</p></div></figcaption>
</figure></div></div></div>`;
const sqPager = (dir: 'prev' | 'next', label: string, title: string): string => `<a href="/journal/${dir}" class="item-pagination-link
item-pagination-link--${dir}"><div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-icon--small" viewBox="0 0 9 16">
<polyline fill="none" stroke-miterlimit="10" points="7.3,14.7 2.5,8 7.3,1.2"></polyline></svg></div><div class="pagination-title-wrapper">
<div class="item-pagination-prev-next">${label}</div><h2 class="item-pagination-title">${title}</h2></div></a>`;
const sqHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Why your glaze crawled, and how to stop it happening again — Larkspur Clay Studio</title>
<link rel="canonical" href="https://www.larkspurclay.example/journal/why-your-glaze-crawled"><meta property="og:site_name" content="Larkspur Clay Studio">
<meta property="og:title" content="${sqTitle} — Larkspur Clay Studio"><meta property="og:type" content="article">
<meta itemprop="author" content="Larkspur Clay Studio"><meta itemprop="datePublished" content="2025-10-14T09:12:44+0100">
<script type="text/javascript" src="//assets.squarespace.example/universal/scripts-compressed/extract-css-runtime-2f6a1c0f4f-min.en-US.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101","showAnnouncementBar":true,
"websiteSettings":{"storeSettings":{"currencyCode":"GBP"}},"pageType":50,"collectionId":"5f9c1","itemId":"652a0"};</script>
<script type="application/ld+json">{"url":"https://www.larkspurclay.example","name":"Larkspur Clay Studio","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sqTitle}","author":"Maren Holt",
"datePublished":"2025-10-14T09:12:44+0100","publisher":{"@type":"Organization","name":"Larkspur Clay Studio"}}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/6512f/19/5c5a5197/6512f2/1509/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-652a0c1e9b3f4d2a7c1e8b55" class="primary-button-style-solid primary-button-shape-pill tweak-blog-item-width-narrow
tweak-blog-item-alignment-center tweak-blog-item-meta-position-above-title tweak-blog-item-show-categories tweak-blog-item-show-date
tweak-blog-item-show-author-name tweak-blog-item-show-author-profile tweak-blog-item-pagination-show-title collection-type-blog-side-by-side
collection-layout-default view-item mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar">
<a class="sqs-announcement-bar-url" href="/classes"><div class="sqs-announcement-bar-content"><p>Winter wheel courses are now open for booking.</p></div></a>
<span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span></div></div>
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right" style="padding: 0;">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.example/content/v1/logo.png?format=1500w" alt="Larkspur Clay Studio"
style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sqNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Journal' ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase().replace(' ', '-')}" data-animation-role="header-element"${t === 'Journal' ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--social">
<a class="icon icon--fill header-icon header-icon-border-shape-none header-icon-border-style-outline" href="https://www.instagram.example/larkspurclay"
target="_blank" aria-label="Instagram"><svg viewBox="23 23 64 64"><use xlink:href="#instagram-unauth-icon" width="110" height="110"></use></svg></a>
</div><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a Class</a></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box">
<div class="burger-inner header-menu-icon-doubleLineHamburger">
<div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div></div></div></button></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="white" data-current-styles="{}">
<div class="header-menu-bg theme-bg--primary"></div><div class="header-menu-nav"><nav class="header-menu-nav-list">
<div data-folder="root" class="header-menu-nav-folder"><div class="header-menu-nav-folder-content"><div class="header-menu-nav-wrapper">
${sqNav
  .map(
    (t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="/${t.toLowerCase().replace(' ', '-')}">
<div class="header-menu-nav-item-content">${t}</div></a></div>`,
  )
  .join('\n')}</div></div></div></nav></div>
<div class="header-menu-cta"><a class="theme-btn--primary btn sqs-button-element--primary" href="/book">Book a Class</a></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="652a0">
<section data-test="page-section" data-section-theme="" class="page-section content-collection full-bleed-section collection-type-blog-side-by-side
background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="652a0"
data-controller="SectionWrapperController" data-current-styles="{}"><div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="blog-side-by-side-wrapper"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-maren-holt post-type-text article-index-1 tag-glazes tag-firing tag-beginners category-studio-notes"
data-item-id="652a0c1e9b3f4d2a7c1e8b55"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper blog-item-meta-wrapper--top">
<div class="blog-meta-section"><span class="blog-meta-primary"><span class="blog-categories-list"><a href="/journal?category=Studio+Notes"
class="blog-categories">Studio Notes</a></span></span><span class="blog-meta-delimiter"></span><span class="blog-meta-secondary">
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2025-10-14">14 October 2025</time>
<span class="blog-author-name blog-meta-item blog-meta-item--author">Maren Holt</span></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sqTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
data-updated-on="1728896000000" id="item-652a0c1e9b3f4d2a7c1e8b55"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sqBlock('yui_3_17_2_1_1728895511_4120', sqPs(sqP1))}
${sqImage('yui_3_17_2_1_1728895511_9921', sqCaption)}
${sqBlock(
  'yui_3_17_2_1_1728895511_10330',
  `<h3>${sqH1}</h3>\n${sqPs(sqP2)}\n<h3>${sqH2}</h3>\n<ul data-rte-list="default">
${sqList.map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`).join('\n')}</ul>`,
)}
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-yui_3_17_2_1_1728895511_12044"><div class="sqs-block-content">
<figure><blockquote data-animation-role="quote" data-animation-override=""><span>“</span>${sqQuote}<span>”</span></blockquote>
<figcaption class="source">— Maren Holt</figcaption></figure></div></div>
${sqBlock('yui_3_17_2_1_1728895511_13377', `<h3>${sqH3}</h3>\n${sqPs(sqP3.slice(0, 1))}`)}
${sqImage('yui_3_17_2_1_1728895511_14811', sqCaption2)}
${sqBlock('yui_3_17_2_1_1728895511_15902', sqPs(sqP3.slice(1)))}
</div></div></div></div></div>
<div class="blog-item-meta-wrapper blog-item-meta-wrapper--bottom"><div class="blog-meta-item blog-meta-item--tags">
${sqTags.map((t) => `<a href="/journal?tag=${t}" class="blog-item-tag">${t}</a>`).join('\n')}</div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f9c1" class="author-avatar content-fill">
<img data-src="//images.squarespace-cdn.example/author.jpg" alt="" data-load="false"></a><div class="author-profile-content">
<a href="/journal?author=5f9c1" class="author-name">Maren Holt</a><div class="author-bio"><p>${sqBio}</p></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-652a0"></div></div></article>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-side-by-side">
${sqPager('prev', 'Previous', 'Reclaiming clay without wrecking your wrists')}
${sqPager('next', 'Next', 'Our new gas kiln, six months in')}
</section></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-6512"><div class="fe-block fe-block-yui_3_17_2_1_1599">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1599"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="6512f0" autocomplete="on" method="POST" novalidate>
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">${sqNews[0]}</h2><div class="newsletter-form-header-description">
<p>${sqNews[1]}</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required" id="6512f0-email"><label class="newsletter-form-field-label title"
for="6512f0-email-field">${sqNews[2]}</label><input id="6512f0-email-field" class="newsletter-form-field-element field-element" name="email" type="email"
spellcheck="false" placeholder="Email Address" aria-required="true"></div></div><div data-animation-role="button"
class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">${sqNews[3]}</span></button></div>
<div class="captcha-container-wrapper"><div class="captcha-container rendered" data-sitekey="6Le"></div>
<div class="captcha-container-error">We can’t verify you’re not a bot. Please refresh and try again.</div></div></div>
<footer class="newsletter-form-footer"><p class="newsletter-form-footnote">${sqNews[4]}</p></footer>
<div class="hidden form-submission-text">${sqNews[5]}</div><div class="hidden form-submission-html"
data-submission-html=""></div></form></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1600"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1600">
<div class="sqs-block-content"><div class="sqs-html-content">${sqFooter.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`).join('\n')}</div>
</div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 BOTTOM_BAR" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-content"><div class="sqs-cookie-banner-v2-text"><p>${sqCookie}</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-deny sqs-button-element--secondary">Decline</button>
<button class="sqs-cookie-banner-v2-manage sqs-button-element--tertiary">Manage cookies</button></div></div></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.66a2b3e2f1.js"></script></body></html>`;
export const squarespacePost: TestPage = {
  html: sqHtml,
  name: 'heldout76-squarespace-blog-post',
  kind: 'blog',
  // the quote block is part of the post: body (its "— Maren Holt" source line is in neither list); category, tags,
  // captions, the author profile, pagination titles, nav (with the hidden mobile copy), newsletter, footer and cookie
  // banner are furniture; the date and the author name at the top are bylines
  title: sqTitle,
  headings: [sqH1, sqH2, sqH3],
  body: [...texts(sqP1), ...sqP2, ...sqList, sqQuote, ...sqP3],
  bylines: ['14 October 2025', 'Maren Holt'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Winter wheel courses are now open for booking.', 'Skip to Content', ...sqNav, 'Book a Class', 'Open Menu', 'Close Menu', 'Studio Notes', sqCaption,
    sqCaption2, ...sqTags, sqBio, 'Previous', 'Reclaiming clay without wrecking your wrists', 'Next', 'Our new gas kiln, six months in', ...sqNews,
    'We can’t verify you’re not a bot. Please refresh and try again.', ...sqFooter, sqCookie, 'Accept', 'Decline', 'Manage cookies',
  ],
};
