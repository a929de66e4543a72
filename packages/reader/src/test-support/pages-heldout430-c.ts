import { links, ps, type TestPage, texts } from './page-kit.js';
import { nextProfile } from './pages-heldout430-c2.js';
import { j } from './pages-heldout430-kit.js';

/**
 * Held-out batch 430, file c: an alumni association's event recap on WordPress with GeneratePress and Jetpack (site header
 * and primary menu, entry-meta with date and author, a gallery with captions, a "Read more" promo, sharedaddy share buttons,
 * Jetpack related posts, cat and tag links, post navigation, comments with a reply form, widget sidebar, Complianz banner)
 * and, from file c2, a business school's alumni profile interview built with Next.js.
 */
const wTitle = 'Recap: 300 Alumni Pack the Boathouse for the Riverside Gala';
const wP1 = [
  j(
    'More than 300 alumni, students and friends of Duncairn University filled the Merrow Boathouse on Saturday, November 8,',
    'for the Alumni Association&#39;s fifth Riverside Gala. The evening raised $48,600 for the Association&#39;s emergency',
    'student aid fund, the most in the event&#39;s history.',
  ),
  j(
    'Guests arrived by shuttle from campus and by water taxi from the downtown landing, where members of the rowing team',
    'handed out lanterns for the walk up the dock.',
  ),
  j(
    'The boathouse, built in 1931 and restored in 2019, was decorated with oars from every decade of Duncairn rowing, lent by',
    'alumni rowers. A jazz trio of current music students played through dinner.',
  ),
];
const wH1 = 'A night of firsts';
const wP2 = [
  j(
    'This year&#39;s program introduced a student-run dessert bar, staffed by the culinary club, and a live auction of',
    'experiences donated by alumni. The top lot, a weekend at a cabin on Lake Verran offered by Patrice Odum &#39;91, went',
    'for $3,900 after a bidding contest between two tables from the Class of 2011.',
  ),
  j(
    'Association president Marco Feliciano &#39;02 thanked the 41 volunteers who planned the evening and recognized three',
    'alumni with the Riverside Award for service:',
  ),
];
const wList = [
  'Grace Tanaka-Holt ’84, for twenty years of mentoring first-year students',
  'Desmond Ruiz ’99, who founded the Duncairn alumni chapter in Mexico City',
  'Lena Sorvino ’13, for organizing the campus food pantry’s weekend delivery program',
];
const wH2 = 'Where the money goes';
const wP3 = [
  j(
    'The emergency aid fund gives grants of up to $1,000 to students facing a sudden expense, such as a car repair, a medical',
    'bill or travel home for a family emergency. Last year the fund made 212 grants, and Dean of Students Abena Kwarteng said',
    'demand had already risen by a fifth this fall.',
  ),
  j(
    'Kwarteng described one recent grant, made to a nursing student whose car was totaled a week before her clinical',
    'placement began. The fund covered a rental for a month. &quot;She finished the placement with the highest marks in her',
    'cohort,&quot; Kwarteng said. &quot;That is what three hundred people in a boathouse bought.&quot;',
  ),
  j(
    'Feliciano said the Association would match every gift made through the end of the year, up to $10,000. Next year&#39;s',
    'gala is planned for November 7, 2026, again at the boathouse.',
  ),
];
const wMenu = ['Home', 'About the Association', 'Events', 'Chapters', 'Benefits', 'Volunteer', 'Contact'];
const wRelated = ['Homecoming 2025 in Pictures', 'Chapter Spotlight: Duncairn in Mexico City', 'Meet the 2025 Riverside Award Winners'];
const wRecent = ['Winter Lecture Series Announced', 'Alumni Book Club Picks for January', 'Call for Nominations: Board of Directors'];
const wCats = ['Events', 'Recaps'];
const wTags = ['fundraising', 'galas-and-dinners', 'emergency-fund'];
const wComments: [string, string, string][] = [
  ['patrice_o', 'November 10, 2025 at 9:14 am', 'What a night! The lanterns on the dock were a lovely touch. See everyone next year.'],
  ['Hal Brenner', 'November 11, 2025 at 6:02 pm', 'Sorry to have missed it. Is there a way to give to the aid fund online?'],
];
const wHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Duncairn Alumni Association</title><meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="Duncairn Alumni Association &raquo; Feed" href="https://alumni.duncairn.example/feed/">
<link rel="stylesheet" id="generate-style-css" href="https://alumni.duncairn.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0">
<link rel="stylesheet" id="jetpack_css-css" href="https://alumni.duncairn.example/wp-content/plugins/jetpack/css/jetpack.css?ver=13.9">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"datePublished":"2025-11-09T16:20:00+00:00","author":{"name":"Renata Howe"}}]}</script>
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","version":"7.1.0","region":"us"};</script></head>
<body class="post-template-default single single-post postid-2281 right-sidebar nav-below-header one-container" itemtype="https://schema.org/Blog">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead" itemtype="https://schema.org/WPHeader"><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">Duncairn Alumni Association</a></p>
<p class="site-description" itemprop="description">Connecting Duncairn graduates since 1921</p></div></div></header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(wMenu, 'menu-item menu-item-type-post_type')}</ul></div></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-2281" class="post-2281 post type-post status-publish format-standard has-post-thumbnail hentry
category-events category-recaps" itemtype="https://schema.org/CreativeWork"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${wTitle}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="2025-11-09T16:20:00+00:00" itemprop="datePublished">November 9, 2025</time>
</span> <span class="byline">by <span class="author vcard" itemprop="author"><a class="url fn n" href="/author/rhowe/" rel="author">
<span class="author-name" itemprop="name">Renata Howe</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(wP1)}
<figure class="wp-block-gallery has-nested-images columns-2 is-cropped wp-block-gallery-1 is-layout-flex">
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/11/gala-dock.jpg" alt=""><figcaption class="wp-element-caption">
Guests walk up the lantern-lit dock. Photo: Sunny Adair</figcaption></figure>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/11/gala-auction.jpg" alt=""><figcaption class="wp-element-caption">
The live auction, with emcee Rob Kaminski ’06. Photo: Sunny Adair</figcaption></figure></figure>
<h2 class="wp-block-heading">${wH1}</h2>
${ps(wP2)}
<ul class="wp-block-list">${wList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<p class="has-background has-pale-cyan-blue-background-color"><strong>Read more:</strong>
<a href="/2025/10/meet-the-2025-riverside-award-winners/">Meet the 2025 Riverside Award Winners</a></p>
<h2 class="wp-block-heading">${wH2}</h2>
${ps(wP3)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
<li class="share-facebook"><a class="share-facebook sd-button share-icon" href="?share=facebook"><span>Facebook</span></a></li>
<li class="share-linkedin"><a class="share-linkedin sd-button share-icon" href="?share=linkedin"><span>LinkedIn</span></a></li>
<li class="share-email"><a class="share-email sd-button share-icon" href="?share=email"><span>Email</span></a></li>
<li class="share-print"><a class="share-print sd-button share-icon" href="#print"><span>Print</span></a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">${wRelated
  .map((r) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">${r}</a></h4></div>`)
  .join('\n')}</div></div></div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
${wCats.map((c) => `<a href="/category/${c.toLowerCase()}/" rel="category tag">${c}</a>`).join(', ')}</span>
<span class="tags-links"><span class="screen-reader-text">Tags </span>${wTags.map((t) => `<a href="#" rel="tag">${t}</a>`).join(', ')}</span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev">
<a href="#" rel="prev">Homecoming 2025 in Pictures</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “${wTitle}”</h3><ol class="comment-list">
${wComments
  .map(
    ([a, d, t], i) => `<li id="comment-${i + 40}" class="comment even thread-even depth-1"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author-info"><cite itemprop="name" class="fn">${a}</cite><div class="entry-meta comment-metadata">
<a href="#comment-${i + 40}"><time datetime="2025-11-10">${d}</time></a></div></div></footer>
<div class="comment-content" itemprop="text"><p>${t}</p></div><span class="reply"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></span>
</article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form id="commentform">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form class="search-form"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field"></label><button class="search-submit">Search</button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wRecent)}</ul></aside>
<aside id="block-7" class="widget inner-padding widget_block"><h2 class="widget-title">Become a Member</h2>
<p>Annual membership is $35 and includes the alumni card, library access and event discounts.</p><a href="/join">Join today</a></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container"><div class="copyright-bar">
<span class="copyright">© 2026 Duncairn Alumni Association</span> • Built with <a href="https://generatepress.example">GeneratePress</a></div></div>
</footer></div>
<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog"><div class="cmplz-header">
<div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"><p>We use cookies to optimize our website
and our service.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>
<script src="/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=7.1.0"></script></body></html>`;
const wordpress: TestPage = {
  name: 'heldout430-wordpress-generatepress-event-recap',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2],
  body: texts([...wP1, ...wP2, ...wList, ...wP3]),
  bylines: ['November 9, 2025', 'Renata Howe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Duncairn Alumni Association', 'Connecting Duncairn graduates since 1921', 'Menu', ...wMenu,
    'Guests walk up the lantern-lit dock. Photo: Sunny Adair', 'The live auction, with emcee Rob Kaminski ’06. Photo: Sunny Adair', 'Read more:',
    'Share this:', 'Facebook', 'LinkedIn', 'Email', 'Print', 'Related', ...wRelated, 'Categories', 'Recaps', ...wTags,
    `2 thoughts on “${wTitle}”`, ...wComments.flat(), 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Search for:', 'Search', 'Recent Posts', ...wRecent,
    'Become a Member', 'Annual membership is $35 and includes the alumni card, library access and event discounts.', 'Join today',
    '© 2026 Duncairn Alumni Association', 'GeneratePress', 'Manage Cookie Consent', 'We use cookies to optimize our website and our service.',
    'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT430_C: readonly TestPage[] = [wordpress, nextProfile];
