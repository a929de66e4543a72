import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout574-kit.js';

/**
 * Held-out batch 574, file b: a vintage dealer's about page on Squarespace 7.1 (page sections, a quote strip, newsletter block),
 * and a vintage furniture dealer's blog post on Wix Blog with its post header, tags, recent posts and comments box.
 */
const qSecs: [string, string[]][] = [
  [
    'Forty years on Quay Lane',
    [
      j(
        'Pellow &amp; Daughter began in 1986 as a single trestle table at the Penwithy Sunday market, where Jack Pellow sold enamel',
        'signs, tin toys and anything else he found clearing lofts. Within three years he had taken the old sail loft on Quay Lane,',
        'and the shop has been there ever since.',
      ),
      j(
        'His daughter Morwenna joined full time in 2009 after a decade in theatre costume, and brought the vintage clothing and',
        'textiles that now fill the upper floor. Jack still comes in on Fridays to argue about prices.',
      ),
    ],
  ],
  [
    'What we buy and sell',
    [
      j(
        'We deal mainly in things made between 1900 and 1980: kitchenalia, advertising, lighting, workwear, studio pottery and',
        'the odd piece of good plain furniture. We would rather have a chipped thing with a story than a perfect thing without one.',
      ),
      j(
        'We buy single items and whole house contents across Cornwall and west Devon, and we will always tell you honestly if',
        'something is worth more at auction than we could pay for it.',
      ),
    ],
  ],
  [
    'Finding us',
    [
      j(
        'The shop is at the top of Quay Lane, up the stone steps beside the harbour office. There is no parking on the lane, so',
        'use the harbour car park and walk up; it takes two minutes.',
      ),
    ],
  ],
];
const qQuotes = ['“The best afternoon’s rummage in the West Country.” — Sunday Courier', '“Honest prices and proper tea.” — a customer, via Instagram'];
const qNav = ['Shop', 'Journal', 'About', 'Selling to us', 'Contact'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<link rel="canonical" href="https://www.pellowanddaughter.co.uk/about"><title>About &mdash; Pellow &amp; Daughter</title>
<meta property="og:site_name" content="Pellow &amp; Daughter"><meta property="og:title" content="About &mdash; Pellow &amp; Daughter">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1a","siteTitle":"Pellow & Daughter"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.pellowanddaughter.co.uk","name":"Pellow & Daughter","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f1a/23/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-5f1a2c" class="header--menu-open-false tweak-global-animations-enabled primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<div class="sqs-announcement-bar-text-inner"><p>Closed for stocktaking 3 to 6 February</p></div></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title">Pellow &amp; Daughter</a></div></div><div class="header-nav"><div class="header-nav-wrapper">
<nav class="header-nav-list">${qNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.length}">${t}</a></div>`).join('')}</nav>
</div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><svg class="icon icon--cart"></svg>
<div class="icon-cart-quantity"><span class="cart-quantity-container"><span class="sqs-cart-quantity">0</span></span></div></span></a></div></div></div>
</div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="5f1a2c">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle white"><div class="content-wrapper">
<div class="content"><div class="fluid-engine fe-5f1a01"><div class="fe-block fe-block-yui_3_17_2_1_1"><div class="sqs-block html-block sqs-block-html"
data-block-type="2" id="block-yui_3_17_2_1_1"><div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">Pellow &amp;
Daughter</h1></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_2"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper">
<img data-src="https://images.squarespace-cdn.com/content/v1/5f1a/shopfront.jpg"
alt="The shop front on Quay Lane" loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>Jack and Morwenna outside
the sail loft, 2024</p></div></figcaption></figure></div></div></div></div></div></div></section>
${qSecs
  .map(
    ([h, paras], n) => `<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--narrow ${n % 2 === 0 ? 'light' : 'white'}"><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-5f1a1${n}">
<div class="fe-block fe-block-yui_3_17_2_1_${n + 3}"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${h}</h2>
${ps(paras, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div></section>`,
  )
  .join('\n')}
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small dark">
<div class="content-wrapper">
<div class="content"><div class="fluid-engine fe-5f1a20">${qQuotes
  .map(
    (t) => `<div class="fe-block"><div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote"><span>${t.replace(/ — .*/, '')}</span></blockquote><figcaption class="source">${t.replace(/.* — /, '— ')}</figcaption>
</figure></div></div></div>`,
  )
  .join('\n')}
<div class="fe-block"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container">
<a href="/selling-to-us" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Sell to us</a></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section light">
<div class="content-wrapper"><div class="content"><div class="fluid-engine"><div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter"
data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="6123"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Letters from the loft</h2>
<div class="newsletter-form-header-description"><p>New stock, fair dates and the occasional story. Once a month.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label><input id="email-yui_3_17"
class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">Sign Up</span>
</button></div></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div>
<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p>Pellow &amp; Daughter, The Sail Loft, Quay Lane, Penwithy, Cornwall</p><p>Open Wednesday to Sunday, 10 till 4</p></div></div></div></div>
</div></div></div></section></footer></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout574-squarespace-about',
  kind: 'blog',
  html: qHtml,
  title: 'Pellow & Daughter',
  headings: qSecs.map(([h]) => h),
  body: texts(qSecs.flatMap(([, p]) => p)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Closed for stocktaking 3 to 6 February', 'Skip to Content', 'Journal', 'Selling to us', 'Contact', '0', 'Jack and Morwenna outside the sail loft, 2024',
    ...qQuotes.map((t) => t.replace(/ — .*/, '')), ...qQuotes.map((t) => t.replace(/.* — /, '— ')), 'Sell to us', 'Letters from the loft',
    'New stock, fair dates and the occasional story. Once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Pellow & Daughter, The Sail Loft, Quay Lane, Penwithy, Cornwall', 'Open Wednesday to Sunday, 10 till 4',
  ],
};

const xTitle = 'Five ways to tell a real 1950s sideboard from a later copy';
const xBody = [
  j(
    'Mid-century sideboards are the pieces we are asked about most, and the pieces most often reproduced. Some copies were made',
    'honestly in the 1990s and sold as new; others have had a maker’s label added since. Here is what we look at first.',
  ),
  '1. Look at the back panel',
  j(
    'Original makers used hardboard or thin ply pinned into a rebate, often stamped with a batch number. A back screwed on with',
    'modern cross-head screws, or made from MDF, is the first warning sign.',
  ),
  '2. Check the drawer construction',
  j(
    'Factory pieces from the period have machine-cut dovetails or simple lap joints with a slightly rounded profile from the',
    'router. Flat-pack style cam fittings or staples mean a later piece.',
  ),
  '3. Feel the veneer edges',
  j(
    'Teak veneer of the time is thicker than modern veneer, and a worn corner will show solid wood underneath rather than',
    'particle board. Run a finger along the top edge: a crisp, thin line of banding is a good sign.',
  ),
  '4. Read the label carefully',
  j(
    'Labels are the easiest thing to fake. Compare the typeface and the wording with a catalogue from the year, and be wary of',
    'a bright paper label on a piece whose underside has seventy years of grime.',
  ),
  '5. Weigh it up',
  j(
    'A genuine sideboard in solid teak and veneered board is heavy for its size. If two people can lift it easily with the',
    'drawers in, ask more questions before you pay.',
  ),
  j(
    'None of these on its own proves anything, but three or four together usually tell the story. If you are unsure, send us',
    'photographs of the back, a drawer side and the label, and we will give you our honest view.',
  ),
];
const xHeads = [1, 3, 5, 7, 9];
const xNav = ['Home', 'Shop', 'Blog', 'Hire', 'About', 'Contact'];
const xRecent = ['Restoring a teak finish without stripping it', 'Our stand at the Orrington Vintage Fair', 'What is Danish oil, really?'];
const wixP = (t: string): string =>
  `<div class="_1Hxbl" dir="auto"><p class="_2PHJq public-DraftStyleDefault-ltr" id="viewer-${t.length}"><span>${t}</span></p></div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/a1b2c3.png">
<title>${xTitle}</title><meta name="description" content="Mid-century sideboards are the pieces we are asked about most.">
<link rel="canonical" href="https://www.teakandtanner.com/post/five-ways-to-tell-a-real-1950s-sideboard">
<meta property="og:type" content="article"><meta property="article:author" content="Sasha Tanner">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}","author":{"@type":"Person",
"name":"Sasha Tanner"},"datePublished":"2026-03-18T09:40:00.000Z"}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"9e1f","isWixSite":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}.font_8{font:normal normal normal 17px/1.6em futura-lt-w01-light,sans-serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-lr1a" class="comp-lr1a wixui-rich-text"
data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><a href="https://www.teakandtanner.com">Teak &amp; Tanner</a></p></div>
<div id="comp-lr1b" class="comp-lr1b wixui-rich-text"><p class="font_8 wixui-rich-text__text">Vintage furniture, Holbeck Mills</p></div>
<wix-dropdown-menu id="comp-lr1c" class="XwCBRN NHM1d1 comp-lr1c wixui-dropdown-menu hidden-during-prewarmup"><nav class="R_TAzU" aria-label="Site">
<ul class="y7qwii" style="text-align:center">${xNav
  .map(
    (t) => `<li class="wbgQXa wixui-dropdown-menu__item"><a data-testid="linkElement"
href="https://www.teakandtanner.com/${t.length}" class="UiHgGh"><div class="yRj2ms"><div class="" style="text-align:center">
<p class="JS76Uv">${t}</p></div></div></a></li>`,
  )
  .join('')}</ul></nav></wix-dropdown-menu></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="comp-blogpost" class="post-page">
<div data-hook="post-page__container"><article class="blog-post-page-font" data-hook="post"><div class="_2Y1Q0 post-header" data-hook="post-header">
<div class="_3hgwn"><div class="Z3kgP" data-hook="post-metadata"><a href="https://www.teakandtanner.com/profile/sasha/profile" class="_3oYfU"
data-hook="avatar">
<img alt="Writer's picture" src="https://static.wixstatic.com/media/avatar.jpg"></a><div class="_1Ip2y"><span class="tQ0Q1 blog-link-hover-color"
data-hook="user-name">Sasha Tanner</span></div><ul class="_1mIDx"><li><span class="post-metadata__date time-ago" data-hook="time-ago">Mar 18</span></li>
<li><span class="post-metadata__readTime" data-hook="time-to-read">3 min read</span></li></ul></div>
<div class="_3fyi1"><button class="_1vdHL" data-hook="more-button" aria-label="More actions"><svg></svg></button></div></div>
<div data-hook="post-title"><h1 class="_2Cfcs blog-post-title-font blog-post-title-color" data-hook="post-title">
<span class="post-title__text blog-post-title-font">${xTitle}</span></h1></div></div>
<div class="_1rAbW post-content__body" data-hook="post-description"><div class="RicosViewer"><div class="rich-content-viewer" data-hook="ricos-viewer">
${xBody
  .map((t, i) =>
    xHeads.includes(i)
      ? `<div class="_1Hxbl"><h2 class="_3f-vr public-DraftStyleDefault-ltr" id="viewer-h${i}"><span>${t}</span></h2>
</div>`
      : wixP(t),
  )
  .join('\n')}
</div></div></div>
<div class="_2ue8O post-footer"><div class="_3Jbwm" data-hook="post-footer"><nav aria-label="tags" class="_1aKdz" data-hook="tag-cloud">
<p class="_3nAau">Tags:</p><ul class="_14KNs"><li><a href="/blog/tags/mid-century">mid-century</a></li><li><a href="/blog/tags/buying-guide">buying guide</a>
</li>
</ul></nav><div class="_2yTky" data-hook="post-social-actions"><button aria-label="Share via Facebook"><svg></svg></button><button aria-label="Share via X">
<svg></svg></button><button aria-label="Share via LinkedIn"><svg></svg></button><button aria-label="Share via link"><svg></svg></button></div>
<div class="_17X1d" data-hook="post-main-actions-desktop"><div class="_3YpPl"><span data-hook="view-count">112 views</span>
<span data-hook="comment-count">0 comments</span>
</div><button class="_1Ghq0" data-hook="like-button" aria-label="Post not marked as liked"><span class="like-button-with-count__like-count">4</span></button>
</div></div></div></article>
<section class="_3Y3Qe" data-hook="recent-posts"><div class="_1ZZ9K"><h2 class="_1uRbp">Recent Posts</h2><a href="/blog" class="_3H_t4">See All</a></div>
<div class="_3k6ai">${xRecent
  .map(
    (t) => `<div class="post-list-item"><a href="/post/${t.length}"><h3 class="_1Wx0D post-title">${t}</h3></a>
</div>`,
  )
  .join('')}</div>
</section>
<section id="comments-widget" data-hook="comments-widget"><div class="_1Qq0n"><h2 class="bY9p9">Comments</h2>
<div data-hook="comment-box"><div class="DgiRr" role="textbox" aria-label="Write a comment...">Write a comment...</div></div></div></section>
</div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-lr2a" class="wixui-rich-text"><p class="font_9">Unit 4, Holbeck Mills,
Leodford LS11 4XX</p><p class="font_9">© 2026 by Teak &amp; Tanner. Proudly created with <a href="https://www.wix.com">Wix.com</a></p></div></footer>
</div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.f3a1.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout574-wix-blog-sideboard',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xHeads.map((i) => xBody[i] ?? ''),
  body: xBody.filter((_, i) => !xHeads.includes(i)),
  bylines: ['Sasha Tanner', 'Mar 18'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Teak & Tanner', 'Vintage furniture, Holbeck Mills', ...xNav.filter((t) => t !== 'About'), '3 min read', 'Tags:', 'mid-century',
    'buying guide', '112 views',
    '0 comments', '4', 'Recent Posts', 'See All', ...xRecent, 'Comments', 'Write a comment...', 'Unit 4, Holbeck Mills, Leodford LS11 4XX',
    '© 2026 by Teak & Tanner. Proudly created with Wix.com',
  ],
};

export const HELDOUT574_B: readonly TestPage[] = [squarespace, wix];
