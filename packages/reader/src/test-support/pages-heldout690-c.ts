import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout690-kit.js';

/** Held-out batch 690, file c: a bike shop's journal post on Squarespace 7.1, and a cycling club's join page built with Wix. */
const sTitle = 'Five Jobs to Do Before the Road Salt Arrives';
const sBody = [
  j(
    'Every November the gritters come out, and every March we see the same bikes in the workshop: seized seatposts, chains',
    'the colour of marmalade and brake pads worn down to the metal. Most of it can be avoided with an hour of work now.',
  ),
  '1. Grease the seatpost and the bolts',
  j(
    'Pull the seatpost out, clean it, and put on a thin layer of grease (or carbon paste for a carbon frame). Do the same for',
    'the bottle cage bolts and the mudguard bolts. A seized aluminium post in a steel frame can cost more to remove than the post is worth.',
  ),
  '2. Switch to a wet lube',
  j(
    'Dry lubes are great in summer but wash off in a single wet ride. Degrease the chain, then use a wet lube and wipe off the',
    'excess. Re-lube after every wet ride, not every week.',
  ),
  '3. Fit mudguards',
  'Full-length mudguards keep salt water off the drivetrain and off the rider behind you. Most club runs ask for them from October.',
  '4. Check your brake pads',
  j(
    'Grit chews through pads fast. If the grooves on a disc pad are gone, or the pad material is thinner than 1.5 mm, replace',
    'them. For rim brakes, pick out the bits of aluminium and grit with a small screwdriver.',
  ),
  '5. Rinse, do not blast',
  'After a salty ride, rinse the bike with a low-pressure hose or a bucket and a sponge. A jet wash pushes water into the bearings.',
  'If you would rather we did it, our Winter Ready service (£55) covers all five jobs and a gear and brake adjustment.',
];
const sH = [1, 3, 5, 7, 9];
const sP = ' class="" style="white-space:pre-wrap;"';
const sNav = ['Shop', 'Workshop', 'Journal', 'About', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>${sTitle} &mdash; Northgate Bicycle Works</title>
<link rel="canonical" href="https://www.northgatebicycleworks.co.uk/journal/winter-salt-jobs"><meta property="og:site_name" content="Northgate Bicycle Works">
<meta property="og:title" content="${sTitle} &mdash; Northgate Bicycle Works"><meta itemprop="author" content="Northgate Bicycle Works">
<script type="application/ld+json">{"url":"https://www.northgatebicycleworks.co.uk","name":"Northgate Bicycle Works","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}",
"datePublished":"2026-11-05T10:12:00+0000","author":{"@type":"Person","name":"Callum Reid"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"websiteSettings":{"storeSettings":{"currencyCode":"GBP"}},"templateId":"5c5a519771c10ba3470d8101","templateVersion":"7.1"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/6123/13/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css" />
</head>
<body id="item-6545e1" class="primary-button-style-solid header-layout-nav-right tweak-blog-item-width-narrow tweak-blog-meta-position-above-title
collection-type-blog-basic view-item">
<div class="gdpr-cookie-banner" data-nosnippet><div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text">
<p>We use cookies to give you the best experience on our website.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" id="site-title">Northgate Bicycle Works</a>
</div></div>
<div class="header-nav"><div class="header-nav-wrapper">
<nav class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart">
<span class="Cart-inner"><svg class="icon icon--cart" viewBox="0 0 31 24"></svg><div class="icon-cart-quantity"><span class="cart-quantity-zero">
<span class="sqs-cart-quantity">0</span></span></div></span></a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6545e1f2">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide
horizontal-alignment--center vertical-alignment--middle white">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-callum-reid post-type-text article-index-1 category-maintenance" data-item-id="6545e1f2a9">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--categories">
<a href="/journal?category=Maintenance" class="blog-item-category">Maintenance</a></div>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-11-05">5 Nov</time></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-author-name"><span class="blog-item-author-name-label">Written By </span>
<a href="/journal?author=6123" class="blog-item-author-profile-link"><span>Callum Reid</span></a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="body">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1762337520000" id="item-6545e1f2a9">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1b2c3">
<div class="sqs-block-content"><div class="sqs-html-content">
${ps(sBody.slice(0, 1), sP)}
${sH.map((h) => `<h3>${at(sBody, h)}</h3>\n${ps(sBody.slice(h + 1, h + 2), sP)}`).join('\n')}
${ps(sBody.slice(11), sP)}
</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/workshop/winter-ready" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book Winter Ready</a>
</div></div></div>
</div></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-6545e1f2a9"><div class="comment-count">0 Comments</div></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination>
<a class="item-pagination-link item-pagination-link--prev" href="/journal/tubeless-basics">
<div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-icon--small" viewBox="0 0 9 16"></svg></div><div class="pagination-title-wrapper">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Tubeless Basics for Gravel Riders</h2></div></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/lights-guide"><div class="pagination-title-wrapper">
<div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Choosing Lights for Unlit Lanes</h2></div></a></section></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black">
<div class="content-wrapper"><div class="content">
<div class="sqs-html-content"><h4>Northgate Bicycle Works</h4><p>22 Castle Wynd, Northgate<br>Tue-Fri 9-6, Sat 9-4</p>
<p>© 2026 Northgate Bicycle Works Ltd</p></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Workshop news</h2>
<form class="newsletter-form"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1">Email Address</label>
<input id="email-yui_3_17_2_1" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div></div></section></footer></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout690-winter-salt-squarespace',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH.map((i) => at(sBody, i)),
  body: texts(sBody.filter((_, i) => !sH.includes(i))),
  bylines: ['5 Nov', 'Written By', 'Callum Reid'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to give you the best experience on our website.', 'Accept', 'Decline', 'Skip to Content', 'Northgate Bicycle Works',
    ...sNav.filter((t) => t !== 'Workshop'), '0', 'Maintenance', 'Book Winter Ready', '0 Comments', 'Previous', 'Tubeless Basics for Gravel Riders',
    'Next', 'Choosing Lights for Unlit Lanes', '22 Castle Wynd, Northgate', 'Tue-Fri 9-6, Sat 9-4', '© 2026 Northgate Bicycle Works Ltd',
    'Workshop news', 'Email Address', 'Sign Up',
  ],
};

const wTitle = 'Join Harrowdale Wheelers';
const wBody = [
  j(
    'We are a friendly road and gravel club based in Harrowdale, with rides six days a week for every speed. New riders can',
    'come out with us three times before deciding to join.',
  ),
  'Membership',
  'Adult: £30 a year',
  'Under 18: £10 a year (riders under 16 must ride with a parent or guardian)',
  'Family (two adults and their children): £55 a year',
  'What you get',
  j(
    'Membership covers the club insurance for organised rides, discounts of 10 per cent at Spokes and Co and The Chain Store,',
    'entry to the club time trials and a vote at the annual meeting in March.',
  ),
  'How to join',
  'Pay online using the button below, or bring cash or a cheque to the clubhouse on a Wednesday evening between 7 and 8 pm.',
];
const wNav = ['Home', 'Rides', 'Join', 'Results', 'Gallery', 'Contact'];
const wText = (tag: string, font: string, t: string, id: string): string =>
  `<div id="${id}" class="KaEeLN wixui-rich-text" data-testid="richTextElement"><${tag} class="${font} wixui-rich-text__text">
<span class="wixui-rich-text__text">${t}</span></${tag}></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta name="generator" content="Wix.com Website Builder"/><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7a1f22_favicon.png"/>
<title>Join | Harrowdale Wheelers</title><meta name="description" content="Membership of Harrowdale Wheelers cycling club."/>
<link rel="canonical" href="https://www.harrowdalewheelers.com/join"/><meta property="og:title" content="Join | Harrowdale Wheelers"/>
<meta property="og:site_name" content="Harrowdale Wheelers"/><meta name="fb_admins_meta_tag" content=""/>
<script type="text/javascript">window.viewerModel =
{"site":{"metaSiteId":"d7c1b0a2","isWixSite":false},"language":{"userLanguage":"en"},"fleetConfig":{"fleetName":"wix-thunderbolt","type":"Rollout"}};</script>
<script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"wix-thunderbolt"},"mode":{"qa":false}}</script>
<style id="css_masterPage">#SITE_CONTAINER{position:relative}.font_0{font:normal normal bold 44px/1.2em
montserrat,sans-serif;color:#1B2A4A;}.font_2{font:normal normal normal 28px/1.3em montserrat,sans-serif;}.font_8{font:normal normal normal 16px/1.6em
avenir-lt-w01_35-light1475496,sans-serif;}</style>
</head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page">
<span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP">
<div id="pageBackground_c1dmp" data-media-height-override-type="" class="pageBackground_c1dmp"></div></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut">
<div data-testid="inline-content" class="wG8dni"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="mesh-container-content">
${wText('p', 'font_2', 'Harrowdale Wheelers', 'comp-lq1a9x0e')}
<nav id="comp-lq1a9x2b" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu" role="menubar">
${wNav
  .map(
    (t) => `<li class="itemDepth02233374943__root" data-testid="${t.toLowerCase()}" role="none">
<a data-testid="linkElement" href="https://www.harrowdalewheelers.com/${t.toLowerCase()}" class="itemDepth02233374943__container" role="menuitem"
aria-haspopup="false"${t === 'Join' ? ' aria-current="page"' : ''}><div class="itemDepth02233374943__label">${t}</div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="c1dmp" class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo">
<div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class="">
<section id="comp-lq2b7c1d" tabindex="-1" class="Oqnisf comp-lq2b7c1d wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq2b7c1e" class="comp-lq2b7c1e YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lq2b7c1einlineContent" data-testid="inline-content">
<div data-mesh-id="comp-lq2b7c1einlineContent-gridContainer" data-testid="mesh-container-content">
${wText('h1', 'font_0', wTitle, 'comp-lq2b7c20')}
${wText('p', 'font_8', at(wBody, 0), 'comp-lq2b7c22')}
${wText('h2', 'font_2', at(wBody, 1), 'comp-lq2b7c24')}
<div id="comp-lq2b7c26" class="KaEeLN wixui-rich-text" data-testid="richTextElement">
<ul class="font_8 wixui-rich-text__text">${lis(wBody.slice(2, 5), 'wixui-rich-text__text')}</ul></div>
${wText('h2', 'font_2', at(wBody, 5), 'comp-lq2b7c28')}
${wText('p', 'font_8', at(wBody, 6), 'comp-lq2b7c2a')}
${wText('h2', 'font_2', at(wBody, 7), 'comp-lq2b7c2c')}
${wText('p', 'font_8', at(wBody, 8), 'comp-lq2b7c2e')}
<div class="comp-lq2b7c2g R6ex7N" id="comp-lq2b7c2g" aria-disabled="false">
<a data-testid="linkElement" href="https://www.harrowdalewheelers.com/product-page/membership-2027" target="_self" class="uDW_Qe wixui-button PlZyDq"
aria-disabled="false">
<span class="l7_2fn wixui-button__label">Pay for membership</span></a></div>
<wix-image id="img_comp-lq2b7c2i" class="HlRz5e BI8PVQ" data-image-info="{}">
<img src="https://static.wixstatic.com/media/7a1f22_clubrun.jpg/v1/fill/w_480,h_320,al_c,q_80/7a1f22_clubrun.jpg" alt="Club run on the moor road"
style="width:480px;height:320px;object-fit:cover"/></wix-image>
${wText('p', 'font_9', 'Saturday club run on Blackstone Moor, May 2026.', 'comp-lq2b7c2k')}
</div></div></div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="inline-content" class="wG8dni">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="mesh-container-content">
${wText('p', 'font_8', 'Affiliated to British Cycling and Cycling UK', 'comp-lq1a9y0a')}
${wText('p', 'font_8', '© 2026 by Harrowdale Wheelers. Proudly created with Wix.com', 'comp-lq1a9y0c')}
</div></div></div></footer></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.6d2d3b1b.bundle.min.js" crossorigin="anonymous"></script>
</body></html>`;
const wix: TestPage = {
  name: 'heldout690-club-join-wix',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [at(wBody, 1), at(wBody, 5), at(wBody, 7)],
  body: wBody.filter((_, i) => ![1, 5, 7].includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Home', 'Results', 'Gallery', 'Contact', 'Pay for membership',
    'Saturday club run on Blackstone Moor, May 2026.', 'Affiliated to British Cycling and Cycling UK',
    '© 2026 by Harrowdale Wheelers. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT690_C: readonly TestPage[] = [squarespace, wix];
