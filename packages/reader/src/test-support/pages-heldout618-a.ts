import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout618-kit.js';

/**
 * Held-out batch 618, file a: a bowls club's free taster page on WordPress (Astra) with a sidebar and Cookie Notice banner,
 * and a croquet club's laws and etiquette page on Squarespace 7.1 with an announcement bar.
 */
const aTitle = 'Try Bowls for Free';
const aIntro = [
  j(
    'Never rolled a wood before? Come along to one of our free taster evenings at Hallowfield Bowls Club and find out why',
    'flat green bowls is one of the most sociable sports in the county.',
  ),
  j(
    'Our tasters run every Wednesday from 6pm between May and August. A qualified coach will take you through the basics,',
    'lend you a set of woods and have you playing a short game by the end of the evening.',
  ),
];
const aWhat = [
  'flat-soled shoes such as plimsolls or trainers with no tread (no heels, please, as they damage the green)',
  'loose, comfortable clothing; whites are not needed on taster nights',
  'a waterproof jacket, because we play in light rain',
];
const aAfter = [
  j(
    'If you enjoy it, you can join as a trial member for £35 for the rest of the season. That includes four coaching sessions,',
    'use of club woods and entry to the Thursday roll-up, where members play mixed triples drawn from a hat.',
  ),
  j('Full membership for 2027 is £110, or £60 for under-25s. There is no joining fee and no need to buy your own woods in', 'your first year.'),
];
const aFaq = 'Do I need to book?';
const aFaqP = j(
  'Booking helps us have enough coaches on the green, but you are welcome to turn up on the night. Parking is free in the',
  'recreation ground car park on Mill Lane.',
);
const aNav = ['Home', 'About Us', 'Membership', 'Fixtures', 'Results', 'News', 'Contact'];
const aSide = ['County Triples: Hallowfield through to last eight', 'Open Day raises £640 for the air ambulance', 'Green closed 3 June for scarifying'];
const aFix = ['Sat 7 June – v Brampton Park (H)', 'Tue 10 June – v Ockley Vale (A)', 'Sat 14 June – Club Singles, first round'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Try Bowls for Free &#8211; Hallowfield Bowls Club</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="https://hallowfieldbowls.org.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.site-title{font-size:26px}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${aTitle}",
"isPartOf":{"@id":"https://hallowfieldbowls.org.uk/#website"}}]}</script>
<script src="https://hallowfieldbowls.org.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/WebPage" itemscope class="page-template-default page page-id-212 wp-custom-logo ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemscope>
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home">
<img width="80" height="80" src="/wp-content/uploads/2021/03/hbc-crest.png" class="custom-logo" alt="Hallowfield Bowls Club"></a></span>
<div class="ast-site-title-wrap"><span class="site-title"><a href="/" rel="home">Hallowfield Bowls Club</a></span>
<p class="site-description">Founded 1921</p></div></div></div>
<div class="ast-mobile-menu-buttons"><button class="menu-toggle main-header-menu-toggle" aria-expanded="false"><span class="screen-reader-text">Main Menu</span>
</button></div><div class="ast-main-header-bar-alignment"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation"
aria-label="Site Navigation"><div class="main-navigation"><ul id="primary-menu"
class="main-header-menu ast-menu-shadow ast-nav-menu">${links(aNav, 'menu-item')}</ul>
</div></nav></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-212 page type-page status-publish ast-article-single" id="post-212" itemtype="https://schema.org/CreativeWork" itemscope>
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${aTitle}</h1></header>
<div class="entry-content clear" itemprop="text">
${ps(aIntro)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/05/taster-night.jpg" alt="Beginners on the green">
<figcaption class="wp-element-caption">Last summer&#8217;s taster group on rink three</figcaption></figure>
<h2 class="wp-block-heading">What to wear</h2><ul class="wp-block-list">${lis(aWhat)}</ul>
<h2 class="wp-block-heading">After your taster</h2>${ps(aAfter)}
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/contact/">Book your free taster</a></div></div>
<h3 class="wp-block-heading">${aFaq}</h3>${ps([aFaqP])}
</div></article></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<section id="block-4" class="widget widget_block"><h2 class="widget-title">Upcoming Fixtures</h2><ul>${lis(aFix)}</ul></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Latest News</h2><ul>${links(aSide)}</ul></section>
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" name="s"></label>
<button type="submit" class="search-submit">Search</button></form></section></div></div></div></div>
<footer class="site-footer" id="colophon" itemscope><div class="ast-small-footer"><div class="ast-container"><div class="ast-small-footer-wrap">
<div class="ast-small-footer-section ast-small-footer-section-1">Copyright © 2026 Hallowfield Bowls Club | Powered by Astra WordPress Theme</div>
<div class="ast-small-footer-section ast-small-footer-section-2"><div class="footer-primary-navigation">
<ul class="nav-menu">${links(['Privacy Policy', 'Safeguarding'])}</ul>
</div></div></div></div></div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container">
<span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website. If you continue to use this
site we will assume that you are happy with it.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie"
class="cn-set-cookie cn-button">Ok</a><a href="/privacy-policy/" class="cn-privacy-policy-link cn-link">Privacy policy</a></span></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":""};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4"></script></body></html>`;
const bowlsTaster: TestPage = tidy({
  name: 'heldout618-bowls-taster-astra',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ['What to wear', 'After your taster', aFaq],
  body: texts([...aIntro, ...aWhat, ...aAfter, aFaqP]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Hallowfield Bowls Club', 'Founded 1921', 'Main Menu', ...aNav, 'Last summer\u2019s taster group on rink three',
    'Book your free taster', 'Upcoming Fixtures', ...aFix, 'Latest News', ...aSide, 'Search for:', 'Search',
    'Copyright © 2026 Hallowfield Bowls Club | Powered by Astra WordPress Theme', 'Privacy Policy', 'Safeguarding',
    'We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.',
    'Ok', 'Privacy policy',
  ],
});

const sTitle = 'Laws & Etiquette';
const sIntro = j(
  'Croquet is a game of manners as much as mallets. Whether you play Association or Golf Croquet at Ferncombe, these notes',
  'cover what we expect on and around the lawns. The full laws are those published by the national association; where they',
  'are silent, the club captain has the final word.',
);
const sLawn = [
  'Stand well clear of the ball and the line of play when it is not your turn.',
  'Do not walk across a lawn while a stroke is being played on it; wait at the boundary.',
  'Lift your feet and never drag a mallet or turn on your heel, especially in dry weather.',
  'Repair any mark you make with the lawn fork kept in each hoop box.',
];
const sDress = j(
  'Flat-soled shoes are compulsory on all lawns. White or cream clothing is expected at club tournaments and matches; at',
  'club sessions and friendly games any neat, comfortable clothing is fine.',
);
const sGolf = [
  j('Each side takes turns to play one stroke, in the order blue, red, black, yellow. The first ball through the hoop in', 'order scores it for its side.'),
  j('A game is normally played to seven points over a thirteen-hoop course, or to an agreed time limit, after which the', 'side ahead wins.'),
  j('Jump shots are allowed only for players with a handicap of 5 or lower, and never on the practice lawn.'),
];
const sDisp = j(
  'If you disagree about a stroke, stop play and talk it through calmly. If you cannot agree, ask a referee or, if none is',
  'on the ground, the most experienced player present. Their decision is final for that game.',
);
const sQuote = 'Play the ball, not the opponent. – Ferncombe club motto, 1908';
const sNav = ['Home', 'About', 'Learn to Play', 'Laws & Etiquette', 'Calendar', 'Results', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Laws &amp; Etiquette &mdash; Ferncombe Croquet Club</title>
<link rel="canonical" href="https://www.ferncombecroquet.co.uk/laws-etiquette"><meta property="og:site_name" content="Ferncombe Croquet Club">
<meta property="og:title" content="Laws &amp; Etiquette &mdash; Ferncombe Croquet Club"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"announcementBarSettings":{"style":2}},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.ferncombecroquet.co.uk","name":"Ferncombe Croquet Club","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64b1/15/5c5a519771c10ba3470d8101/site.css" rel="stylesheet"></head>
<body id="collection-64b1a0" class="primary-button-style-solid header-width-full tweak-transparent-header view-item collection-type-page">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a class="sqs-announcement-bar-url" href="/calendar"></a>
<div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button"></span>
<div class="sqs-announcement-bar-content"><p>Lawns open for the season on Saturday 5 April. New players always welcome.</p></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title"><div class="header-title-text"><a id="site-title" href="/">Ferncombe Croquet Club</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t.replace('&', '&amp;')}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/join">Join the Club</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64b1a0c2">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small" data-section-id="64b1a0c3">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64b1a0c3"><div class="fe-block fe-block-yui_3_17_2_1">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">Laws &amp; Etiquette</h1><p class="" style="white-space:pre-wrap;">${sIntro}</p></div></div></div></div></div></div></div>
</section>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium" data-section-id="64b1a0c4">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64b1a0c4"><div class="fe-block fe-block-yui_3_17_2_2">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">On the lawn</h2><ul data-rte-list="default">${lis(
  sLawn.map(
    (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
  ),
)}</ul>
<h2 style="white-space:pre-wrap;">Dress</h2><p class="" style="white-space:pre-wrap;">${sDress}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_3"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/hoops.jpg"
alt="Hoop and ball on the east lawn"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">The east lawn, cut to 5mm for
the summer</p></div></figcaption></figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_4"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">Golf Croquet: the short version</h2>${ps(sGolf, ' class="" style="white-space:pre-wrap;"')}
<blockquote><p class="">${sQuote}</p></blockquote>
<h2 style="white-space:pre-wrap;">Disputes</h2><p class="" style="white-space:pre-wrap;">${sDisp}</p></div></div></div></div></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small" data-section-id="64b1a0c5">
<div class="content-wrapper"><div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content">
<div class="newsletter-form-wrapper"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Club Newsletter</h2>
<div class="newsletter-form-header-description"><p>Fixtures, results and lawn news once a month.</p></div></div>
<form class="newsletter-form"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-yui_1">Email Address</label><input class="newsletter-form-field-element field-element" name="email" type="email" spellcheck="false"
placeholder="Email Address"></div><button class="newsletter-form-button sqs-system-button" type="submit" value="Sign Up">
<span class="newsletter-form-button-label">Sign Up</span>
</button></form></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-html-content"><p class="">Ferncombe Croquet Club · The Recreation Ground, Ferncombe</p><p class="">Registered charity no. 1190417</p>
<p class="">© 2026 Ferncombe Croquet Club</p></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to provide you with a great user experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const croquetLaws: TestPage = tidy({
  name: 'heldout618-croquet-laws-squarespace',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['On the lawn', 'Dress', 'Golf Croquet: the short version', 'Disputes'],
  body: [sIntro, ...sLawn, sDress, ...sGolf, sQuote, sDisp],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lawns open for the season on Saturday 5 April. New players always welcome.', 'Skip to Content', 'Ferncombe Croquet Club',
    ...sNav.filter((t) => t !== sTitle), 'Join the Club', 'The east lawn, cut to 5mm for the summer', 'Club Newsletter',
    'Fixtures, results and lawn news once a month.', 'Email Address', 'Sign Up', 'Ferncombe Croquet Club · The Recreation Ground, Ferncombe',
    'Registered charity no. 1190417', '© 2026 Ferncombe Croquet Club', 'This site uses cookies to provide you with a great user experience.',
    'Accept', 'Decline',
  ],
});

export const HELDOUT618_A: readonly TestPage[] = [bowlsTaster, croquetLaws];
