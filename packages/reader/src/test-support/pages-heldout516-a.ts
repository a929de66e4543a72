import { ps, type TestPage, texts } from './page-kit.js';
import { amp, finish, j, lis } from './pages-heldout516-kit.js';

/**
 * Held-out batch 516, file a: a wedding photographer's package page on Squarespace 7.1 (fluid sections) and a portrait
 * studio's session guide on the Wix Blog.
 */
const sTitle = 'Wedding Collections';
const sIntro = j(
  'Every wedding we photograph is different, but most of our couples choose one of the three collections below. Each one',
  'includes an online gallery, print release and a planning call two months before the day.',
);
const sPacks = [
  {
    name: 'The Elopement',
    price: 'From $2,400',
    items: ['Up to 3 hours of coverage', 'One photographer', '250+ edited images', 'Location scouting within 40 miles of Kelderwick'],
  },
  {
    name: 'The Classic',
    price: 'From $4,200',
    items: ['8 hours of coverage', 'Two photographers', '600+ edited images', 'Engagement session', '10x10 linen-covered album'],
  },
  {
    name: 'The Full Story',
    price: 'From $6,100',
    items: ['Rehearsal dinner and wedding day, up to 12 hours', 'Two photographers', '900+ edited images', 'Engagement session', 'Two parent albums'],
  },
];
const sAfter = [
  j(
    'Travel within 60 miles of our studio is included. Beyond that we add a flat travel fee, which we quote with your proposal,',
    'and destination weddings are priced on request.',
  ),
  j('A 30% retainer and signed agreement reserve your date. The balance is due four weeks before the wedding.'),
];
const sNav = ['Weddings', 'Portraits', 'Journal', 'About', 'Contact'];
const sFoot = ['Instagram', 'Pinterest', 'Facebook'];
const sQuote = 'They made our tiny courthouse wedding look like a film. We still cannot believe how relaxed everyone looked.';
const sSections = sPacks
  .map(
    (p) => `<div class="fe-block fe-block-${p.name.length}"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${p.name}</h3><p class="sqsrte-large" style="white-space:pre-wrap;">${amp(p.price)}</p>
<ul data-rte-list="default">${lis(p.items.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul></div></div></div></div>
<div class="fe-block"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/contact"
class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Inquire</a></div></div></div></div>`,
  )
  .join('\n');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Wedding Collections — Marram &amp; Light Photography</title>
<link rel="canonical" href="https://www.marramandlight.com/weddings"><meta property="og:site_name" content="Marram &amp; Light Photography">
<meta property="og:title" content="Wedding Collections — Marram &amp; Light Photography"><meta property="og:type" content="website">
<meta name="description" content="Wedding photography collections for elopements, classic days and full weekends on the Kelderwick coast.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","name":"Marram & Light Photography","url":"/"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64f0a1/48/5c5a519771c10ba3470d8101/site.css">
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"64f0a1","siteTitle":"Marram & Light Photography"},"templateId":"5c5a519771c10ba3470d8101"};</script>
</head><body id="collection-64f0a1c2" class="header-overlay-alignment-center tweak-social-icons-style-regular primary-button-style-solid
 collection-type-page collection-layout-default collection-64f0a1c2 mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="light" data-controller="Header" data-current-styles='{}'>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title" data-animation-role="header-element">Marram &amp; Light</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Check your date</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner"></div></div></button></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f0a1c3">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
 content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64f0a1c4"><div class="content-wrapper"><div
class="content">
<div class="fluid-engine fe-64f0a1c4"><div class="fe-block"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-large" style="white-space:pre-wrap;">${sIntro}</p></div>
</div></div></div>
<div class="fe-block"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure
class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper" data-animation-role="image"><img data-src="https://images.squarespace-cdn.com/content/v1/64f0a1/dunes.jpg"
alt="Couple walking in the dunes"
loading="lazy"></div><figcaption class="image-caption-wrapper"><div
class="image-caption"><p>Hollin Bay, late September</p></div></figcaption></figure></div></div></div>
</div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section" data-section-id="64f0a1c5"><div class="content-wrapper">
<div class="content"><div class="fluid-engine fe-64f0a1c5">
${sSections}
</div></div></div></section>
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section dark" data-section-id="64f0a1c6"><div
class="content-wrapper">
<div class="content"><div class="fluid-engine fe-64f0a1c6"><div class="fe-block"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><h2 style="white-space:pre-wrap;">Good to know</h2>
${ps(sAfter, ' style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section black" data-section-id="64f0a1c7"><div
class="content-wrapper">
<div class="content"><div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote"><span>“</span>${sQuote}<span>”</span></blockquote><figcaption
class="source">— Priya &amp; Tom, married at Hollin Bay</figcaption></figure></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="dark">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Marram &amp; Light Photography</h3><p style="white-space:pre-wrap;">Studio 4, The Net Loft, Kelderwick</p>
<p style="white-space:pre-wrap;">By appointment only</p></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="64f0a1c9"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Notes from the coast</h2>
<div class="newsletter-form-header-description"><p>A seasonal letter with open dates and recent weddings.</p></div></header>
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block"><nav class="sqs-svg-icon--list">${sFoot
  .map(
    (t) => `<a href="https://${t.toLowerCase()}.com/marramandlight"
class="sqs-svg-icon--wrapper" aria-label="${t}"></a>`,
  )
  .join('')}</nav></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-html-content"><p
style="white-space:pre-wrap;">© 2026 Marram &amp; Light Photography</p></div></div>
</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-blocking" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to improve your browsing experience and to understand how visitors use our site.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button><button
class="sqs-cookie-banner-v2-deny">Decline</button>
</div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = finish({
  name: 'heldout516-squarespace-wedding-collections',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [...sPacks.map((p) => p.name), 'Good to know'],
  body: [sIntro, ...sPacks.flatMap((p) => [p.price, ...p.items]), ...sAfter],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Marram & Light', ...sNav, 'Check your date', 'Hollin Bay, late September', 'Inquire', `“${sQuote}”`,
    '— Priya & Tom, married at Hollin Bay', 'Marram & Light Photography', 'Studio 4, The Net Loft, Kelderwick', 'By appointment only',
    'Notes from the coast', 'A seasonal letter with open dates and recent weddings.', 'Email Address', 'Sign Up', '© 2026 Marram & Light Photography',
    'We use cookies to improve your browsing experience and to understand how visitors use our site.', 'Accept', 'Decline',
  ],
});

const wTitle = 'Your Studio Portrait Session: What to Expect';
const wBody = [
  j(
    'Booking a portrait session can feel like a big step, especially if you have not stood in front of a camera since school',
    'picture day. This guide walks you through everything from the week before to the day your gallery arrives.',
  ),
  'The week before',
  j(
    'About seven days before your session we will send a short questionnaire. Tell us who is coming, what the photographs',
    'are for and anything you would rather we avoided. If the portraits are for a business, send your brand colours too.',
  ),
  j(
    'Get a haircut at least a week ahead so it has time to settle, and try to sleep well the two nights before. Honestly,',
    'rest shows in a face more than any make-up.',
  ),
  'What to wear',
  'Solid colours or soft, small patterns; avoid big logos and very fine stripes, which flicker on camera.',
  'Clothes that fit you today, not the size you hope to be next spring.',
  'Two or three outfits on hangers, so they arrive without creases.',
  'For families: pick a palette of two or three colours rather than matching outfits.',
  'On the day',
  j(
    'Sessions take place at our studio on Wharf Lane and last about ninety minutes. The first fifteen minutes are coffee and',
    'chat while we look at your outfits and set up the lights. We show you a few frames on the back of the camera early on,',
    'so you can see how good you look and relax into it.',
  ),
  j(
    'Children are welcome to bring a favourite toy or snack. We work in short bursts with little ones and build in breaks;',
    'nobody is ever told to "say cheese".',
  ),
  'After your session',
  j(
    'Within a week you will receive a private online gallery of proofs. You choose your favourites there, and we retouch',
    'them by hand: skin is softened, never smoothed away. Finished images and any prints you order arrive within three weeks.',
  ),
];
const wHeads = [1, 4, 9, 12];
const wLists = [5, 6, 7, 8];
const wParaHtml = (i: number): string =>
  wHeads.includes(i)
    ? `<h2 class="_2cr2a" dir="auto" id="viewer-h${i}"><span class="_2PHJq">${wBody[i]}</span></h2>`
    : wLists.includes(i)
      ? ''
      : `<p class="_2cr2a _1mC9q" dir="auto" id="viewer-p${i}"><span class="_2PHJq">${amp(wBody[i] ?? '')}</span></p>`;
const wNav = ['Home', 'Sessions', 'Pricing', 'Blog', 'Book Now'];
const wRecent = ['Five Things to Bring to a Newborn Session', 'Headshots That Still Look Like You', 'Our New Daylight Room Is Open'];
const wTags = ['portraits', 'studio tips', 'family photography'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Your Studio Portrait Session: What to Expect</title>
<meta name="description" content="Everything from the week before to the day your gallery arrives.">
<link rel="canonical" href="https://www.wharflanestudio.com/post/your-studio-portrait-session-what-to-expect">
<meta property="og:type" content="article"><meta property="og:site_name" content="Wharf Lane Studio">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}",
"author":{"@type":"Person","name":"Nadia Orsk"},"datePublished":"2026-03-04T09:12:00Z","dateModified":"2026-03-06T16:40:00Z"}</script>
<script type="text/javascript">window.viewerModel = {"siteFeaturesConfigs":{"platform":{"bootstrapData":{}}},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}.font_8{font:normal normal normal 16px/1.6em avenir-lt-w01_35-light1475496,sans-serif;}</style>
</head><body class="responsive"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent" class="Y1kIDM">
<div id="comp-lq1a2b3c" class="comp-lq1a2b3c wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text"><a href="https://www.wharflanestudio.com" target="_self"
class="wixui-rich-text__text">WHARF LANE STUDIO</a></span></p></div>
<nav id="comp-lq1a2b3d" aria-label="Site" class="comp-lq1a2b3d wixui-horizontal-menu"><ul class="Ex8OS3 wixui-horizontal-menu__list">
${wNav
  .map(
    (t) => `<li class="Ex8OS3 wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(' ', '-')}"
class="UiHgGh"><div class="gvrz5E"><p class="wixui-horizontal-menu__item-label">${t}</p></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX"><div id="TPASection_lq1a2b3f"
class="TPASection_lq1a2b3f"><div class="blog-post-page-font"><div data-hook="post-page" class="Ef8s7k"><section data-hook="post-container" class="MV9wyf">
<article class="blog-post-page-font blog-text-color" data-hook="post"><div class="iqFaWN" data-hook="post-header"><div class="hhUDAB">
<div class="QRdLnR"><div data-hook="avatar-image" class="bzqqOa"><img alt="Writer's picture" src="https://static.wixstatic.com/media/nadia.jpg"></div>
<div class="JKkdhy"><div class="tQ0Q1A"><span data-hook="user-name" class="tQ0Q1A user-name">Nadia Orsk</span></div>
<ul class="eH0ta_"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="Mar 4">Mar 4</span></li>
<li><span data-hook="time-to-read" class="post-metadata__readTime" title="4 min read">4 min read</span></li></ul></div></div>
<div class="tz9xbd"><button data-hook="more-button" aria-label="More actions" class="HaPx4G"></button></div></div>
<div data-hook="post-title"><h1 class="H3vOVf post-title blog-post-title-font blog-post-title-color"><span class="post-title__text">${wTitle}</span></h1></div>
<div class="OXdZkm"><span data-hook="updated-date" class="blog-text-color">Updated: Mar 6</span></div></div>
<div data-hook="post-description" class="yRjZ4K"><div class="post-content__body"><div class="_2o85v" data-id="content-viewer" data-hook="rcv-block-first">
<div class="_3bHNu" dir="ltr" data-id="rich-content-viewer">
${[0, 1, 2, 3, 4].map(wParaHtml).join('\n')}
<ul class="_2Pr8m public-DraftStyleDefault-ul">${lis(
  wLists.map((i) => `<p class="_2cr2a" dir="auto"><span>${wBody[i]}</span></p>`),
  '_3sgJ7 public-DraftStyleDefault-unorderedListItem',
)}</ul>
<div class="_1Wj7L" data-hook="imageViewer"><figure><div class="_3KnQK"><img alt="" src="https://static.wixstatic.com/media/studio-backdrop.jpg"></div>
<figcaption class="_1iVyH" data-hook="imageViewerCaption">Our main studio with the grey canvas backdrop</figcaption></figure></div>
${[9, 10, 11, 12, 13].map(wParaHtml).join('\n')}
</div></div></div></div>
<div class="Ms8NNh" data-hook="post-footer"><div data-hook="post-main-actions-desktop"><div class="lXZm_Y"><nav aria-label="tags" class="QHc8RH">
<ul class="kJfgwo">${wTags
  .map(
    (t) => `<li><a data-hook="tag" href="/blog/tags/${t.replace(' ', '-')}" class="P6Q3dX"><span
class="tag-text">${t}</span></a></li>`,
  )
  .join('')}</ul></nav>
<div class="Dh3qYE" data-hook="share-buttons"><button aria-label="Share via Facebook" class="share-button"></button>
<button aria-label="Share via X (Twitter)" class="share-button"></button><button aria-label="Share via LinkedIn" class="share-button"></button>
<button aria-label="Share via link" class="share-button"></button></div></div></div>
<div class="QnhbfG" data-hook="post-stats"><span data-hook="views-count" class="aS2g_d">187 views</span>
<span data-hook="comments-count" class="aS2g_d">0 comments</span><button data-hook="like-button" aria-label="Post not marked as liked" class="JeUMZ7"></button>
<span data-hook="like-button-with-count__like-count" class="YQyJm8">4</span></div></div></article></section>
<div data-hook="recent-posts" class="bzjNDZ"><div class="Wkrf0J"><h2 class="blog-post-page-font" data-hook="recent-posts-title">Recent Posts</h2>
<a href="/blog" class="aXpEa5" data-hook="recent-posts-see-all">See All</a></div><div class="lkcW4v">
${wRecent
  .map(
    (t) => `<div data-hook="post-list-item" class="iQdl8P"><a href="/post/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"><h3 data-hook="post-title"
class="blog-post-title-font">${t}</h3></a></div>`,
  )
  .join('\n')}
</div></div><section data-hook="comments-root" class="a8dxnc"><h2 data-hook="comments-title" class="e3s9gD">Comments</h2>
<div data-hook="comment-box"><button class="FnPjmt"
data-hook="comment-box-placeholder">Write a comment...</button></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="OQ8Tzd"><div id="comp-lq1a2b4k" class="wixui-rich-text"
data-testid="richTextElement">
<p class="font_8">Wharf Lane Studio · 12 Wharf Lane, Ostmere</p><p class="font_8">hello@wharflanestudio.com</p>
<p class="font_8">© 2026 by Wharf Lane Studio. Proudly created with Wix.com</p></div></div></footer></div></div></div></div>
<div id="ccsu-banner" class="ccsu-banner" role="dialog" aria-label="Cookie banner"><p>This website uses cookies. By continuing to use it, you accept our use of
cookies.</p><button data-hook="ccsu-banner-decline-all">Decline All</button><button data-hook="ccsu-banner-settings">Settings</button>
<button data-hook="ccsu-banner-accept-button">Accept</button></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = finish({
  name: 'heldout516-wix-blog-portrait-guide',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeads.map((i) => wBody[i] ?? ''),
  body: texts(wBody.filter((_, i) => !wHeads.includes(i))),
  bylines: ['Nadia Orsk', 'Mar 4', 'Updated: Mar 6'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'WHARF LANE STUDIO', ...wNav, '4 min read', 'Our main studio with the grey canvas backdrop', ...wTags,
    '187 views', '0 comments', '4', 'Recent Posts', 'See All', ...wRecent, 'Comments', 'Write a comment...', 'Wharf Lane Studio · 12 Wharf Lane, Ostmere',
    'hello@wharflanestudio.com', '© 2026 by Wharf Lane Studio. Proudly created with Wix.com',
    'This website uses cookies. By continuing to use it, you accept our use of cookies.', 'Decline All', 'Settings', 'Accept',
  ],
});

export const HELDOUT516_A: readonly TestPage[] = [squarespace, wix];
