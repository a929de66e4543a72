import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout675-kit.js';

/**
 * Held-out batch 675, file a: a board game café's game library page on Squarespace 7.1, and a chess club's tournament report
 * on WordPress with the Astra theme (sidebar, post navigation and comments).
 */
const sTitle = 'The Game Library';
const sIntro = [
  j(
    'Our shelves hold a little over 640 games, and every one of them is free to play with your table booking.',
    'Staff wear green aprons: wave one down and we will teach you anything on this page in about ten minutes.',
  ),
  'The list below is the part of the library we get asked about most. The full catalogue lives on the tablet at the counter.',
];
const sGroups: [string, string[]][] = [
  [
    'Gateway games',
    [
      '<strong>Lantern Harbour</strong> – 2 to 5 players, 30 minutes. Light tile laying, our most borrowed game for first dates.',
      '<strong>Copper Orchard</strong> – 2 to 4 players, 40 minutes. Pick fruit, fill orders, argue about the ladder.',
      '<strong>Nine Kites</strong> – 3 to 6 players, 20 minutes. A quick card game that teaches itself in one round.',
    ],
  ],
  [
    'Party games',
    [
      '<strong>Whisper Relay</strong> – 4 to 10 players, 25 minutes. Drawing and guessing, loud by design.',
      '<strong>Seventeen Questions</strong> – 4 to 8 players, 15 minutes. Team deduction with a sand timer.',
    ],
  ],
  [
    'Heavy strategy',
    [
      '<strong>Ironvale Railways</strong> – 3 to 5 players, 3 hours. Book a long table and ask for Tomasz.',
      '<strong>The Salt Senate</strong> – 2 to 4 players, 2 hours. Trading and voting in a medieval port.',
    ],
  ],
];
const sNote = j(
  'Missing pieces? Tell the counter rather than tidying the box away. We keep a parts drawer, and most games are back on the',
  'shelf within a week.',
);
const sNav = ['Menu', 'Book a Table', 'Events', 'Gift Cards', 'Contact'];
const sHours = ['Mon – Thu 12:00 – 23:00', 'Fri – Sat 11:00 – 00:30', 'Sun 11:00 – 21:00'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Game Library &mdash; The Meeple Kettle</title>
<link rel="canonical" href="https://www.meeplekettle.co.uk/game-library"><meta property="og:site_name" content="The Meeple Kettle">
<meta property="og:title" content="Game Library &mdash; The Meeple Kettle"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.meeplekettle.co.uk","name":"The Meeple Kettle","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"The Meeple Kettle Ltd","address":"14 Tanner Row\\nYork","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"63f1c0a2b8e4","collectionId":"64a0b1",
"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-1.css" rel="stylesheet" type="text/css">
<style>.header-skip-link{position:absolute;left:-9999px}</style></head>
<body id="collection-64a0b1" class="form-field-style-solid header-layout-nav-right tweak-global-animations-enabled primary-button-style-solid
show-entry-author show-blog-sidebar collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text">
<p>Now open late on Saturdays until half past midnight</p></div><span class="sqs-announcement-bar-close" role="button" tabindex="0"></span></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-controller="Header"><div class="header-announcement-bar-wrapper">
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/logo.png"
alt="The Meeple Kettle"></a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="" data-current-styles=""><div class="header-menu-bg theme-bg--primary"></div>
<nav class="header-menu-nav"><div class="header-menu-nav-folder-content">
${sNav.map((t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="#">${t}</a></div>`).join('\n')}
</div></nav></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a0b1c2">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64a0b1c3">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a0b1c3">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}
${sGroups
  .map(
    ([h, items]) => `<h2 style="white-space:pre-wrap;">${h}</h2>
<ul data-rte-list="default">${lis(items.map((t) => `<p class="">${t}</p>`))}</ul>`,
  )
  .join('\n')}
<p class="" style="white-space:pre-wrap;">${sNote}</p></div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="//images.squarespace-cdn.com/content/v1/shelves.jpg" alt="Shelves of board games"><figcaption class="image-caption-wrapper">
<div class="image-caption"><p class="">The back room shelves, sorted by weight rather than alphabet.</p></div></figcaption></figure></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="/book-a-table" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a table</a></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">New on the shelf</h2>
<div class="newsletter-form-header-description"><p>One email a month with the games we have just added. No spam.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-yui_3_17_2_9">Email Address</label><input class="newsletter-form-field-element field-element" name="email" type="email"
placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button-layout sqs-button-element--primary" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="hidden form-submission-text">Thank you!</div></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>The Meeple Kettle</h3><p class="">14 Tanner Row, York</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>Opening hours</h3>${ps(sHours, ' class=""')}</div></div></div></div></div></div></div></div></section></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-cta-container"><p class="sqs-cookie-banner-v2-text">This website uses cookies to improve your experience.</p>
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout675-squarespace-game-library',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sGroups.map(([h]) => h),
  body: texts([...sIntro, ...sGroups.flatMap(([, items]) => items), sNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Now open late on Saturdays until half past midnight', ...sNav,
    'The back room shelves, sorted by weight rather than alphabet.', 'Book a table', 'New on the shelf',
    'One email a month with the games we have just added. No spam.', 'Email Address', 'Sign Up', 'The Meeple Kettle', '14 Tanner Row, York',
    'Opening hours', ...sHours, 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

const wTitle = 'Spring Rapidplay 2027: Okafor-Lind takes the title on tiebreak';
const wParas1 = [
  j(
    'Forty-two players from nine clubs squeezed into the Scout hut on Saturday for our twelfth Spring Rapidplay, the biggest',
    'field since the event moved from the library in 2019. Six rounds at 20 minutes plus 5 seconds meant a long day, and the',
    'urn ran dry twice before lunch.',
  ),
  j(
    'The top seed, Dara Okafor-Lind of Hollin Vale, started with four wins but was held in round five by the Brackwater',
    'junior Ivo Pellham, who had come in as the fourteenth seed and played the whole day without losing a game.',
  ),
];
const wH1 = 'The decisive last round';
const wParas2 = [
  j(
    'Going into round six, three players sat on 4.5 points. Okafor-Lind beat Selma Carrow with the black pieces in a long',
    'rook ending, while Pellham and Rhodri Vance agreed a draw after only fourteen moves, a decision both later said they',
    'regretted. That left Okafor-Lind alone on 5.5, but Pellham and Vance could still have caught her on the first tiebreak.',
  ),
  j(
    '<q>I was sure I had thrown it away in the middle game</q>, Okafor-Lind told us afterwards. <q>Selma found every',
    'defensive move until the very last one.</q>',
  ),
];
const wH2 = 'Final standings (top six)';
const wRows = [
  ['1', 'Dara Okafor-Lind', 'Hollin Vale', '5.5'],
  ['2', 'Ivo Pellham', 'Brackwater', '5'],
  ['3', 'Rhodri Vance', 'Hollin Vale', '5'],
  ['4', 'Selma Carrow', 'Eastholme', '4.5'],
  ['5', 'Jonas Fairleigh', 'Brackwater', '4'],
  ['6', 'Peggy Orme', 'Kirkby Moor', '4'],
];
const wH3 = 'Grading prizes';
const wPrizes = ['Under 1600: Ivo Pellham (also best junior)', 'Under 1400: Hamza Lees, 4 points', 'Under 1200: shared between Ruth Atterby and Calum Byrne'];
const wThanks = j(
  'Thanks to Vic Tarrant for arbiting, to the Scouts for the hall, and to everyone who stayed to pack away the boards.',
  'The autumn Rapidplay is pencilled in for 16 October.',
);
const wNav = ['Home', 'Club Nights', 'Juniors', 'Tournaments', 'Results', 'Join'];
const wRecent = ['League night report: Hollin Vale A v Eastholme', 'Junior coaching starts again in April', 'AGM minutes 2027'];
const wCats = ['Club News', 'Juniors', 'League', 'Tournament Reports'];
const wComments = [
  ['Selma Carrow', 'March 10, 2027 at 8:14 am', 'Great write-up. I will be dreaming about that rook ending for weeks.'],
  ['Tom Ashby', 'March 10, 2027 at 6:41 pm', 'Well run as always. Any chance of a later finish time next year so the Kirkby lot can make it?'],
];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Hollin Vale Chess Club</title><meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='astra-theme-css-css' href='https://hollinvalechess.org.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all'>
<style id='astra-theme-css-inline-css'>.ast-no-sidebar .entry-content .alignfull{margin-left:-6.67em;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Spring Rapidplay 2027",
"datePublished":"2027-03-09T19:02:11+00:00","author":{"name":"Margit Oakes"}}]}</script></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-812 single-format-standard
ast-desktop ast-separate-container ast-two-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div class="main-header-bar-wrap"><div class="main-header-bar">
<div class="ast-container"><div class="ast-flex main-header-container"><div class="site-branding"><div class="ast-site-identity">
<span class="site-title" itemprop="name"><a href="https://hollinvalechess.org.uk/" rel="home">Hollin Vale Chess Club</a></span>
<p class="site-description" itemprop="description">Thursdays at the Scout hut since 1964</p></div></div>
<div class="ast-mobile-menu-buttons"><button class="menu-toggle main-header-menu-toggle ast-mobile-menu-buttons-minimal" aria-controls="primary-menu"
aria-expanded="false"><span class="screen-reader-text">Main Menu</span><span class="ast-icon icon-menu-bars"></span></button></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation"><ul id="primary-menu"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex ast-justify-content-flex-end submenu-with-border">
${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-812 post type-post status-publish format-standard hentry category-tournament-reports ast-article-single" id="post-812"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- ast-no-thumb single-layout-1">
<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">By
<a title="View all posts by Margit Oakes" href="/author/margit/" rel="author" class="url fn n" itemprop="url"><span class="author-name"
itemprop="name">Margit Oakes</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">March 9, 2027</span></span> /
<span class="cat-links"><a href="/category/tournament-reports/" rel="category tag">Tournament Reports</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(wParas1)}
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2027/03/rapidplay-hall.jpg" alt="Players in the Scout hut">
<figcaption class="wp-element-caption">Round three under way. Photo: Neil Brandt</figcaption></figure>
<h2 class="wp-block-heading">${wH1}</h2>
${ps(wParas2)}
<h2 class="wp-block-heading">${wH2}</h2>
<figure class="wp-block-table"><table><thead><tr><th>Place</th><th>Player</th><th>Club</th><th>Points</th></tr></thead><tbody>
${trs(wRows)}</tbody></table></figure>
<h3 class="wp-block-heading">${wH3}</h3><ul>${lis(wPrizes)}</ul>
${ps([wThanks])}
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/league-night-report/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next"><a href="/junior-coaching-april/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper">
<h3 class="comments-title">2 thoughts on &ldquo;Spring Rapidplay 2027&rdquo;</h3></div><ol class="ast-comment-list">
${wComments
  .map(
    ([n, d, t]) => `<li class="comment even thread-even depth-1"><article class="ast-comment"><div class="ast-comment-info"><header class="ast-comment-meta
ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">${n}</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#"><time datetime="2027-03-10">${d}</time></a></span></div></header></div>
<section class="ast-comment-content comment"><p>${t}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`,
  )
  .join('\n')}
</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be
published. Required fields are marked *</p><textarea id="comment" name="comment" placeholder="Type here.."></textarea>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="s">
<span class="screen-reader-text">Search for:</span><input type="search" id="s" class="search-field" placeholder="Search &hellip;" name="s"></label>
<button type="submit" class="search-submit"><span class="screen-reader-text">Search</span></button></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>
${links(wRecent)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>
${links(wCats, 'cat-item')}</ul></nav></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div class="ast-small-footer footer-sml-layout-1">
<div class="ast-footer-overlay"><div class="ast-container"><div class="ast-small-footer-wrap"><div class="ast-small-footer-section ast-small-footer-section-1">
Copyright &copy; 2027 Hollin Vale Chess Club | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></div></div></div></div></div></footer></div>
<script src='/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4' id='astra-theme-js-js'></script></body></html>`;
const astra: TestPage = {
  name: 'heldout675-astra-rapidplay-report',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2, wH3],
  body: texts([...wParas1, ...wParas2, ...rowTexts(wRows), ...wPrizes, wThanks]),
  // the commenter Selma Carrow is also a player named in the body, so only her comment date is a byline
  bylines: ['By Margit Oakes', 'March 9, 2027', ...wComments.flatMap(([n, d]) => [n ?? '', d ?? ''])].filter((t) => t !== 'Selma Carrow'),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Hollin Vale Chess Club', 'Thursdays at the Scout hut since 1964', ...wNav, 'Tournament Reports',
    'Round three under way. Photo: Neil Brandt', 'Previous Post', 'Next Post', '2 thoughts on “Spring Rapidplay 2027”',
    ...wComments.map(([, , t]) => t ?? ''), 'Reply', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *',
    'Recent Posts', ...wRecent, 'Categories', ...wCats.filter((c) => c !== 'Tournament Reports' && !wNav.includes(c)),
    'Copyright © 2027 Hollin Vale Chess Club | Powered by Astra WordPress Theme',
  ],
};

export const HELDOUT675_A: readonly TestPage[] = [squarespace, astra];
