import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout635-kit.js';

/**
 * Held-out batch 635, file b: a wedding calligrapher's price page on Squarespace 7.1 (fluid engine blocks, price lines under h3
 * headings, an enquiry form, newsletter block and cookie banner), and a calligraphy blog post on Ghost (Casper) with its tag,
 * author byline, reading time, callout card, member sign-up box and "Read more" cards.
 */
const qTitle = 'Wedding Calligraphy Pricing';
const qIntro = [
  j(
    'Every piece is lettered by hand in my studio in Calder Bridge, in ink on paper I choose for how it takes the nib. The prices below',
    'are a starting point; most couples end up with a mix of pieces, and I am always happy to put together a quote for the whole day.',
  ),
];
const qH1 = 'Envelopes';
const qEnv = [
  'Outer envelope addressing, two or three lines: £3.80 per envelope',
  'Inner envelopes: £2.10 per envelope',
  'White ink on dark envelopes: add £0.60',
];
const qH2 = 'Place cards and escort cards';
const qPlace = [
  'Flat or tented place cards, name only: £2.20 each',
  'Escort cards with table number: £2.60 each',
  'Lettering on leaves, pebbles or tiles: from £4.50 each',
];
const qH3 = 'Signs and seating charts';
const qSigns = [
  j(
    'Seating charts are lettered on board, mirror or acrylic and priced by size and the number of guests. A chart for up to 80 guests on',
    'an A1 board starts at £260. Welcome signs start at £140, and smaller signs (cards and gifts, unplugged ceremony, bar menus) at £45.',
  ),
];
const qH4 = 'Booking and timelines';
const qBook = [
  j(
    'A 30% deposit secures your date. I need final guest lists at least five weeks before the wedding for envelopes and four weeks for',
    'place cards. Rush orders inside that window are sometimes possible at a 25% surcharge.',
  ),
  'Minimum order: £150. Prices include UK tracked postage for orders over £300.',
];
const qNav = ['Portfolio', 'Pricing', 'Workshops', 'About', 'Contact'];
const qForm = ['Name', 'First Name', 'Last Name', 'Email', 'Wedding date', 'Tell me about your day'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Pricing &mdash; Inkwell &amp; Thistle Calligraphy</title><link rel="canonical" href="https://www.inkwellandthistle.co.uk/pricing">
<meta property="og:site_name" content="Inkwell &amp; Thistle Calligraphy"><meta property="og:title" content="Pricing &mdash; Inkwell &amp; Thistle Calligraphy">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"61e0f2a9","siteTitle":"Inkwell & Thistle Calligraphy"},
"templateId":"5c5a519771c10ba3470d8101","pageType":2};</script>
<script type="application/ld+json">{"url":"https://www.inkwellandthistle.co.uk","name":"Inkwell & Thistle Calligraphy","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/61e0f2a9/35/5c5a519771c10ba3470d8101/61e0f2b4/1512/site.css" rel="stylesheet"></head>
<body id="collection-61e0f3c2" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled
header-width-full tweak-fixed-header-style-basic form-field-style-solid view-item collection-type-page collection-layout-default mobile-style-available">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title" data-animation-role="header-element">Inkwell &amp; Thistle</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
href="/contact">Check my date</a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61e0f3c2a8">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="61e0f3c2b1">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-61e0f3c2c4"><div class="fe-block fe-block-yui_3_17_2_1_1642"><div class="sqs-block html-block
sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1642"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${qTitle}</h1>${ps(qIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1643"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-stretch="false"
data-src="https://images.squarespace-cdn.com/content/v1/61e0f2a9/envelopes.jpg" alt="" width="1500" height="1000"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Copperplate addressing in walnut ink on handmade cotton envelopes.</p></div>
</figcaption></figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1644"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h3>${qH1}</h3><ul data-rte-list="default">${lis(qEnv.map((t) => `<p>${t}</p>`))}</ul>
<h3>${qH2}</h3><ul data-rte-list="default">${lis(qPlace.map((t) => `<p>${t}</p>`))}</ul>
<h3>${qH3}</h3>${ps(qSigns)}<h3>${qH4}</h3>${ps(qBook)}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1645"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div
class="sqs-block-button-container sqs-block-button-container--center"><a href="/contact" class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element">Request a quote</a></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed light">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-61e0f3c2d9">
<div class="fe-block"><div class="sqs-block form-block sqs-block-form" data-block-type="9"><div class="sqs-block-content"><div class="form-wrapper">
<div class="form-title">Enquire about your wedding</div><div class="form-inner-wrapper"><form data-form-id="61e0f3c2f0" autocomplete="on" method="POST"
novalidate><div class="field-list clearfix"><fieldset id="name-yui" class="form-item fields name required"><legend class="title">${qForm[0]}
<span class="required" aria-hidden="true">*</span></legend><div class="field first-name"><label class="caption"><input class="field-element field-control"
name="fname" type="text" spellcheck="false" maxlength="30" data-title="First"><span class="caption-text">${qForm[1]}</span></label></div>
<div class="field last-name"><label class="caption"><input class="field-element field-control" name="lname" type="text">
<span class="caption-text">${qForm[2]}</span>
</label></div></fieldset><div class="form-item field email required"><label class="title" for="email-yui">${qForm[3]}</label>
<input class="field-element" id="email-yui" name="email" type="email"></div><div class="form-item field date"><label class="title">${qForm[4]}</label>
<input class="field-element" type="text" name="date"></div><div class="form-item field textarea"><label class="title">${qForm[5]}</label>
<textarea class="field-element"></textarea></div></div><div class="form-button-wrapper form-button-wrapper--align-left"><button class="button sqs-system-button
sqs-editable-button sqs-button-element--primary" type="submit">Send</button></div></form></div></div></div></div></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section
background-width--full-bleed dark"><div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine">
<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqsrte-small">Inkwell &amp; Thistle Calligraphy &middot; Calder Bridge, Cumbria</p><p class="sqsrte-small">hello@inkwellandthistle.co.uk</p>
</div></div></div></div><div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="61e0f3c2f9"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Letters from the studio</h2>
<div class="newsletter-form-header-description"><p>A short note each season with new work and workshop dates.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email
required"><label class="newsletter-form-field-label title" for="email-yui_3">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></form></div></div></div></div>
</div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 BOTTOM">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button>
</div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout635-squarespace-calligraphy-pricing',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: [qH1, qH2, qH3, qH4],
  body: texts([...qIntro, ...qEnv, ...qPlace, ...qSigns, ...qBook]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Inkwell & Thistle', ...qNav.filter((t) => t !== 'Pricing'), 'Check my date',
    'Copperplate addressing in walnut ink on handmade cotton envelopes.', 'Request a quote', 'Enquire about your wedding',
    ...qForm.filter((t) => t !== 'Name'), 'Send',
    'Inkwell & Thistle Calligraphy · Calder Bridge, Cumbria', 'hello@inkwellandthistle.co.uk', 'Letters from the studio',
    'A short note each season with new work and workshop dates.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

const gTitle = 'Lettering 140 place cards without losing your mind';
const gDek = 'A working routine for big wedding orders: how I batch, rule, letter and check a long list without the quality sliding by card ninety.';
const gIntro = [
  j(
    'The first place card of an order is always the best one. You are fresh, the ink is flowing and you are paying attention. The',
    'trick with a long list is not to make card one better but to stop card one hundred and twelve from being worse.',
  ),
  j(
    'Over the last six seasons I have settled on a routine that keeps the whole set consistent. None of it is clever, but all of it',
    'matters once an order passes about sixty names.',
  ),
];
const gH1 = 'Prepare the list before you touch a nib';
const gList = [
  j(
    'I ask couples for their guest list as a spreadsheet, with names spelled exactly as they should appear. I then print it in the',
    'lettering order, in a large font, and tick every name twice: once when I read it back to the couple and once when it is lettered.',
  ),
  'Sort the list by length, not alphabetically. Lettering all the long names together keeps your spacing decisions consistent.',
];
const gCallout = 'Tip: write the three hardest names on scrap card first. If they fit, everything else will.';
const gH2 = 'Batch the work';
const gBatch = [
  j(
    'I never letter more than thirty cards in one sitting. After thirty, my hand speeds up and the entry strokes start to shorten.',
    'Between batches I clean the nib, stir the ink and take a proper break away from the desk.',
  ),
];
const gSteps = [
  'Rule guidelines on a light pad, not on the cards',
  'Letter the batch and lay the cards out face up to dry',
  'Check each card against the list with a ruler under the line',
];
const gH3 = 'When something goes wrong';
const gWrong = [
  j(
    'Order ten percent spare card stock, always. A blot on card ninety is an annoyance if you have spares and a crisis if you do not.',
    'Keep the ruined cards too: they are useful for testing ink at the start of the next session.',
  ),
];
const gQuote = 'Consistency is a kindness to the guest who sits next to the name you lettered last.';
const gEnd = [
  'My ink mix for most place cards is still the walnut and gum arabic recipe from last spring. It dries fast and forgives a slightly too-heavy hand.',
];
const gNav = ['Home', 'Techniques', 'Tools', 'Weddings', 'About'];
const gMore = ['Ruling guidelines on dark card', 'Why I still use walnut ink', 'Pricing your first wedding commission'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=b7c2d1e0a4"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://notebook.maraquill.com/lettering-140-place-cards/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Quill Notebook"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-03-11T08:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Quill Notebook"},
"author":{"@type":"Person","name":"Mara Quillon"},"headline":"${gTitle}","datePublished":"2025-03-11T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://notebook.maraquill.com/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{background-color:#8a5a2b}</style></head>
<body class="post-template tag-techniques has-sans-title has-serif-body"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://notebook.maraquill.com">The Quill Notebook</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav><div class="gh-head-actions">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-techniques image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/techniques/">Techniques</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/mara/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2023/04/mara.jpg" alt="Mara Quillon"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/mara/">Mara Quillon</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-03-11">Mar 11, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/03/placecards.jpg 300w" src="/content/images/size/w2000/2025/03/placecards.jpg"
alt="${gTitle}"><figcaption>A batch of thirty drying on the plan chest.</figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(gIntro)}
<h2 id="prepare-the-list-before-you-touch-a-nib">${gH1}</h2>${ps(gList)}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">✒️</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="batch-the-work">${gH2}</h2>${ps(gBatch)}<ol>${lis(gSteps)}</ol>
<h2 id="when-something-goes-wrong">${gH3}</h2>${ps(gWrong)}<blockquote>${gQuote}</blockquote>${ps(gEnd)}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-feed">
${gMore
  .map(
    (t) => `<article class="post-card post"><div class="post-card-content">
<a class="post-card-content-link" href="/p/"><header class="post-card-header"><h2 class="post-card-title">${esc(t)}</h2></header></a>
<footer class="post-card-meta"><span class="post-card-meta-length">4 min read</span></footer></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner">
<section class="copyright"><a href="https://notebook.maraquill.com">The Quill Notebook</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=b7c2d1e0a4"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout635-ghost-place-cards',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts([gDek, ...gIntro, ...gList, gCallout, ...gBatch, ...gSteps, ...gWrong, gQuote, ...gEnd]),
  bylines: ['Mara Quillon', 'Mar 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Quill Notebook', ...gNav.filter((t) => t !== 'About'), 'Sign in', 'Subscribe', '• 5 min read', 'A batch of thirty drying on the plan chest.',
    'Sign up for more like this.', 'Enter your email', ...gMore, '4 min read', 'The Quill Notebook © 2025', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT635_B: readonly TestPage[] = [squarespace, ghost];
