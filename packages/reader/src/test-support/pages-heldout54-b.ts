import { type TestPage, texts } from './page-kit.js';
import { bloggerPost } from './pages-heldout54-b2.js';

/**
 * Held-out batch 54, file b: a Squarespace 7.1 blog post (announcement bar, header with logo, nav and cart, the burger menu's
 * copy of the nav, the page section wrapping the blog item, category, date and author meta above the title, the post body as
 * html and image blocks with a caption, the tag list, the author profile, previous/next item pagination, the footer section with
 * a newsletter block, address and social links, the cookie banner and the Squarespace context scripts).
 */
const sqTitle = 'Three Failed Firings and What They Taught Me About Glaze Thickness';
const sqIntro = [
  'Every potter has a season when the kiln seems to turn against them. Mine was this winter, when three glaze firings in a row ' +
    'came out with the same fault: a celadon that had run down the pots and pooled at the foot, gluing two bowls and a mug to the shelf.',
  'I had not changed the glaze recipe in four years, and I had not changed the firing schedule. So for a while I blamed the new ' +
    'kiln controller, then the clay, then the weather.',
];
const sqH1 = 'Looking for the pattern';
const sqPattern = [
  'When I finally laid the ruined pieces out on the workbench, the pattern was obvious. Every pot that had run was one I had ' +
    'glazed in the evening, after the bucket had been standing for a few hours. The glaze had settled, and I had been dipping into ' +
    'a thicker layer near the bottom without stirring it back up properly.',
  'A thicker coat of a fluid glaze is a recipe for running. Two seconds in the bucket instead of one made the difference between ' +
    'a soft green pool in the bottom of a bowl and a puddle on the kiln shelf.',
];
const sqH2 = 'What I do now';
const sqNow = [
  'I check the specific gravity of the glaze every time I use it, with a cheap hydrometer, and keep it at 1.45. I stir for a full ' +
    'two minutes with a drill paddle before each session, and I time my dips with a count instead of by feel.',
  'I also put a cookie of scrap clay under anything with a runny glaze. It costs almost nothing and has already saved one shelf.',
];
const sqH3 = 'The pots that survived';
const sqSurvived = [
  'Not everything from those firings was lost. A handful of bowls from the top shelf, where the kiln runs slightly cooler, came ' +
    'out with the glaze thick and glassy but held in place, with a depth of colour I have never managed on purpose. They are in ' +
    'the shop now as seconds, and I am trying to work out how to make more of them.',
];
const sqNav = ['Shop', 'Journal', 'Workshops', 'About', 'Stockists'];
const sqCaption = 'The three bowls that fused to the shelf in January.';
const sqBio = 'Marta Lindqvist is the potter behind Fernhill Clay. She makes functional stoneware in a converted dairy in the Welsh Marches.';
const sqNews = 'Kiln openings, new work and the occasional disaster, once a month.';
const block = (id: string, inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2"
 data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>
${inner}
</div></div></div>`;
const sqP = (t: string): string => `<p class="" style="white-space:pre-wrap;">${t}</p>`;
const sqH = (t: string): string => `<h3 style="white-space:pre-wrap;">${t}</h3>`;
const sqMenu = (cls: string) =>
  sqNav.map((t) => `<div class="${cls}"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`).join('\n');
const sqHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8" /><title>${sqTitle} &mdash; Fernhill Clay</title>
<link rel="canonical" href="https://www.fernhillclay.example/journal/three-failed-firings"/><meta property="og:site_name" content="Fernhill Clay"/>
<meta property="og:title" content="${sqTitle} &mdash; Fernhill Clay"/><meta property="og:type" content="article"/>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
<script>Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","rollups":{},"pageType":50,"website":{"id":"62a1f0c3","identifier":"fernhill-clay",
"siteTitle":"Fernhill Clay","location":{"addressTitle":"Fernhill Clay","addressLine1":"The Old Dairy"}},"templateId":"5c5a519771c10ba3470d8101",
"collectionId":"63b7d1e4a2","itemId":"67c1a9e0f3","showAnnouncementBar":true};</script>
<script type="application/ld+json">{"url":"https://www.fernhillclay.example","name":"Fernhill Clay","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"url":"https://www.fernhillclay.example/journal/three-failed-firings","name":"${sqTitle}",
"datePublished":"2025-03-03T10:12:00+0000",
"author":{"@type":"Person","name":"Marta Lindqvist"},"@context":"http://schema.org","@type":"BlogPosting"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/62a1f0c3/41/5c5a519771c10ba3470d8101/62a1f0c3/1659/site.css" rel="stylesheet" type="text/css"/>
<style>.sqs-block-image .sqs-image-shape-container-element{overflow:hidden}</style></head>
<body id="item-67c1a9e0f3" class="primary-button-style-solid primary-button-shape-square header-overlay-alignment-center header-width-full
 tweak-fixed-header-style-basic tweak-blog-item-width-medium tweak-blog-item-alignment-center tweak-blog-item-meta-position-above-title
 tweak-blog-item-show-categories tweak-blog-item-show-date tweak-blog-item-show-author-name tweak-blog-item-show-author-bio
 tweak-blog-item-delimiter-dot image-block-poster-text-alignment-center collection-type-blog-basic-grid collection-layout-default view-item
 mobile-style-available sqs-seven-one show-pdp-breadcrumbs" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper">
<div id="floatingCart" class="floating-cart hidden"><a href="/cart" class="icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner">
<svg class="icon icon--cart" width="61" height="49" viewBox="0 0 61 49"><path fill-rule="evenodd" clip-rule="evenodd" d="M0.5 2C0.5 1.17157"/></svg>
<div class="legacy-cart icon-cart-quantity"><span class="sqs-cart-quantity">0</span></div></span></a></div>
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header"
 data-current-styles="&#123;&quot;layout&quot;:&quot;navRight&quot;&#125;" data-first-focusable-element tabindex="-1">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a class="sqs-announcement-bar-url" href="/shop"
 aria-labelledby="announcement-bar-text-inner-id">
</a><div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span>
<div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>Free UK delivery on orders over &#163;60</p></div></div></div></div>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-border" data-header-style="dynamic" data-header-border="false" data-test="header-border" style=""></div>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner"><div class="header-background theme-bg--primary"></div>
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/62a1f0c3/logo.png?format=1500w" alt="Fernhill Clay"
 style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sqMenu('header-nav-item header-nav-item--collection')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnMobile"></div><div class="showOnDesktop"><div class="header-actions-action
 header-actions-action--cart"><a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner">
<div class="icon-cart-quantity"><span class="cart-quantity-zero"><span class="sqs-cart-quantity">0</span></span></div></span></a></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
 data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
 class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger">
<div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div></div></div></button></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="white"
 data-current-styles="&#123;&#125;"><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root"
 class="header-menu-nav-folder"><div class="header-menu-nav-folder-content">
<div class="header-menu-nav-wrapper">${sqMenu('container header-menu-nav-item header-menu-nav-item--collection')}</div></div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63b7d1e4a2">
<section data-test="page-section" data-section-theme="white" class='page-section layout-engine-section background-width--full-bleed section-height--medium
 content-width--wide horizontal-alignment--center vertical-alignment--middle white' data-section-id="63b7d1e4a3" data-controller="SectionWrapperController"
 data-current-styles="&#123;&quot;backgroundWidth&quot;:&quot;background-width--full-bleed&quot;&#125;"><div class="section-border"><div
 class="section-background">
</div></div><div class="content-wrapper" style=''><div class="content"><div class="blog-item-wrapper" data-content-field="main-content" data-item-id="">
<article id="article-67c1a9e0f3" class="entry h-entry tag-glaze tag-kiln category-studio-notes author-marta-lindqvist post-type-text article-index-null hentry"
 data-item-id="67c1a9e0f3"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span
 class="blog-meta-primary">
<span class="blog-categories-list"><a href="/journal?category=Studio+Notes" class="blog-categories">Studio Notes</a></span>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2025-03-03" pubdate data-animation-role="date">March 3</time></span>
<span class="blog-meta-delimiter"></span><span class="blog-meta-secondary"><a href="/journal?author=62a1f0c3"
 class="blog-author">Marta Lindqvist</a></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title-wrapper" data-content-field="title">${sqTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-layout-label="Post Body"
 data-type="item" data-updated-on="1741003920000" id="item-67c1a9e0f3"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${block('yui_3_17_2_1_1740998_4410', [...sqIntro.map(sqP), sqH(sqH1), ...sqPattern.map(sqP)].join('\n'))}
<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-aspect-ratio="66.6" data-block-type="5" id="block-yui_3_17_2_1_1740998_8822">
<div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-none
 individual-animation-none individual-text-animation-none" data-test="image-block-inline-outer-wrapper"><figure class="sqs-block-image-figure intrinsic"
 style="max-width:2500px;"><div style="padding-bottom:66.6%;" class="image-block-wrapper"
 data-animation-role="image"><div class="sqs-image-shape-container-element
 has-aspect-ratio" style="position: relative;padding-bottom:66.6%;overflow: hidden;-webkit-mask-image: -webkit-radial-gradient(white, black);">
<noscript><img src="https://images.squarespace-cdn.com/content/v1/62a1f0c3/fused-bowls.jpg" alt="Three celadon bowls fused to a kiln shelf"
 loading="lazy" /></noscript>
<img class="thumb-image" data-src="https://images.squarespace-cdn.com/content/v1/62a1f0c3/fused-bowls.jpg" data-image-dimensions="2500x1667"
 data-image-focal-point="0.5,0.5" alt="Three celadon bowls fused to a kiln shelf" data-load="false" width="2500" height="1667"
 style="left: 0%; top: 0%; width: 100%; height: 100%; position: absolute;" onload="this.classList.add(&quot;loaded&quot;)" loading="lazy" decoding="async"
 data-loader="sqs"></div></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class=""
 style="white-space:pre-wrap;">${sqCaption}</p></div>
</figcaption></figure></div></div></div>
${block('yui_3_17_2_1_1740998_9931', [sqH(sqH2), ...sqNow.map(sqP), sqH(sqH3), ...sqSurvived.map(sqP)].join('\n'))}
</div></div></div></div>
<div class="blog-item-tags-wrapper"><a href="/journal?tag=glaze" class="blog-item-tag">glaze</a><a href="/journal?tag=kiln+diary"
 class="blog-item-tag">kiln diary</a></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=62a1f0c3" class="author-avatar content-fill" style="">
<img data-src="https://images.squarespace-cdn.com/content/v1/62a1f0c3/marta.jpg" data-image-dimensions="800x800" data-image-focal-point="0.5,0.5" alt=""
 data-load="false">
</a><div class="author-name">Marta Lindqvist</div><div class="author-bio"><p>${sqBio}</p></div></div></div></article>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid" data-controller="ItemPagination">
<a class="item-pagination-link item-pagination-link--prev" href="/journal/open-studio-weekend" aria-label="Open Studio Weekend: What Sold and What Didn&#39;t">
<div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10"
 points="7.3,14.7 2.5,8 7.3,1.2 "></polyline></svg></div><div class="pagination-title-wrapper"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Open Studio Weekend: What Sold and What Didn&#39;t</h2></div></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/mixing-a-new-tenmoku" aria-label="Mixing a New Tenmoku from Local Iron">
<div class="pagination-title-wrapper"><div class="item-pagination-prev-next">Next</div><h2
 class="item-pagination-title">Mixing a New Tenmoku from Local Iron</h2></div>
<div class="item-pagination-icon icon icon--stroke"><svg class="caret-right-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10"
 points="1.6,1.2 6.5,7.9 1.6,14.7 "></polyline></svg></div></a></section></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="light" class='page-section
 layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle light'
 data-section-id="62a1f0c4"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="sections"
 id="footer-62a1f0c4">
<div class="row sqs-row"><div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-4a3b">
<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="62a1f0c5" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {
 Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) { (new Y.Squarespace.FormSubmit(form)).submit({ formId: '62a1f0c5',
 collectionId: '', objectName: 'footer-62a1f0c4' }); }); return false; })(this);"><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Studio letters</h2><div class="newsletter-form-header-description"><p>${sqNews}</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email
 required"
 id="62a1f0c5-email"><label class="newsletter-form-field-label title" for="62a1f0c5-email-field">Email Address</label><input id="62a1f0c5-email-field"
 class="newsletter-form-field-element field-element" name="email" autocomplete="email" type="email" spellcheck="false"
 placeholder="Email Address" /></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
 sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div><div class="hidden form-submission-text">Thank you!</div>
<div class="hidden form-submission-html" data-submission-html=""></div></form></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-7c1d"><div class="sqs-block-content">
<div class="sqs-html-content" data-sqsp-text-block-content><p class="" style="white-space:pre-wrap;"><strong>Fernhill Clay</strong></p>
<p class="" style="white-space:pre-wrap;">The Old Dairy, Clun, Shropshire SY7 8JA</p><p class=""
 style="white-space:pre-wrap;">Studio open Thursday to Saturday, 10 till 4</p>
</div></div></div><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54"
 id="block-8e2f"><div class="sqs-block-content">
<div class="sqs-svg-icon--outer social-icon-alignment-left social-icons-color-black social-icons-size-small social-icons-style-regular"><nav
 class="sqs-svg-icon--list">
<a href="https://www.instagram.com/fernhillclay" target="_blank" class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"><div>
<svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon" href="#instagram-unauth-icon"></use></svg></div></a></nav></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-9a4c"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">&#169; 2025 Fernhill Clay. All pots made by hand, flaws included.</p></div></div></div></div></div></div></div></div>
</section></footer></div>
<div class="sqs-cookie-banner-v2-container sqs-cookie-banner-v2-container--bottom" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2
 sqs-cookie-banner-v2--accept-opt-in"><div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to understand how the
 shop is used.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-deny" aria-label="Decline">Decline</button>
<button class="sqs-cookie-banner-v2-accept" aria-label="Accept">Accept</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
export const squarespacePost: TestPage = {
  html: sqHtml,
  name: 'heldout54-squarespace-blog-post',
  kind: 'blog',
  // the three h3 of the two html blocks are the headings (the post body is split by an image block); the author name above the
  // title and the date ("March 3", the template shows no year) are the bylines; the author profile under the post repeats the
  // name (once as a byline) with a bio that is furniture; the category, image caption, tags, item pagination with its
  // "Previous"/"Next" labels and titles, the announcement bar, header nav (twice), burger labels, the footer's newsletter,
  // address, opening hours and copyright, and the cookie banner are furniture; the
  // nav's "Shop" and "About" and the tag "glaze" are words of the article text: left out
  title: sqTitle,
  headings: [sqH1, sqH2, sqH3],
  body: texts([...sqIntro, ...sqPattern, ...sqNow, ...sqSurvived]),
  bylines: ['Marta Lindqvist', 'March 3'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free UK delivery on orders over £60', 'Skip to Content', ...sqNav.filter((t) => t !== 'Shop' && t !== 'About'), 'Open Menu', 'Close Menu',
    'Studio Notes', sqCaption, 'kiln diary', sqBio, 'Previous', 'Open Studio Weekend: What Sold and What Didn\'t', 'Next',
    'Mixing a New Tenmoku from Local Iron', 'Studio letters', sqNews,
    'Email Address', 'Sign Up', 'We respect your privacy.', 'Thank you!', 'Fernhill Clay', 'The Old Dairy, Clun, Shropshire SY7 8JA',
    'Studio open Thursday to Saturday, 10 till 4', '© 2025 Fernhill Clay. All pots made by hand, flaws included.',
    'This website uses cookies to improve your experience and to understand how the shop is used.', 'Decline', 'Accept',
  ],
};

export const HELDOUT54_B: readonly TestPage[] = [squarespacePost, bloggerPost];
