import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, ths, trs } from './pages-heldout492-kit.js';

/**
 * Held-out batch 492, file a: a sailing club's race results post on WordPress (GeneratePress) with a sidebar and a comment,
 * and a marina's berthing page on Squarespace 7.1 with an enquiry form block and footer sections.
 */
const rTitle = 'Autumn Series Race 4: a slow start and a late shift on the reservoir';
const rIntro = [
  j(
    'Fourteen boats came to the line on Sunday for the fourth race of the Autumn Series, in a north-westerly that never got above',
    'eight knots. The start was postponed for twenty minutes while the committee boat re-laid the windward mark, which had dragged',
    'towards the dam wall overnight.',
  ),
  j(
    'The fleet split on the first beat, and those who went left towards the boathouse shore gained heavily when the wind backed',
    'on the second lap. Tamsin Ardery in her Laser Radial took line honours and the fast handicap win, while the slow handicap',
    'went to the Mirror sailed by the Quiller brothers, who held off two Toppers on the final run.',
  ),
];
const rHead = ['Rank', 'Boat', 'Sail no.', 'Helm', 'Elapsed', 'Corrected'];
const rFast = [
  ['1', 'ILCA 6', '218440', 'Tamsin Ardery', '48:12', '42:31'],
  ['2', 'RS Aero 7', '3104', 'Owain Petherick', '47:55', '43:06'],
  ['3', 'Solo', '5721', 'Gerald Mabey', '52:40', '43:58'],
  ['4', 'Phantom', '1288', 'Rhodri Vance', '50:02', '44:40'],
];
const rSlow = [
  ['1', 'Mirror', '70911', 'Ben and Alfie Quiller', '61:20', '44:10'],
  ['2', 'Topper', '49822', 'Isla Farrant', '63:05', '44:51'],
  ['3', 'Topper', '50310', 'Kit Lanyon', '63:44', '45:18'],
  ['4', 'Wayfarer', '11045', 'Maureen and Pat Colley', '60:12', '46:02'],
];
const rOod = [
  j(
    'Thanks to Hugh Treloar and the safety boat crew, who towed three boats back to the slipway when the wind died completely after',
    'the finish. Please remember to sign off the tally board when you come ashore, even if you retired.',
  ),
  'Race 5 is on 25 October, first gun at 10:55. Clocks go back that morning, so check yours before you rig.',
];
const rHeads = ['Fast handicap', 'Slow handicap', 'Notes from the officer of the day'];
const rNav = ['Home', 'Join the club', 'Sailing programme', 'Training', 'Results', 'Contact'];
const rRecent = ['Autumn Series Race 3 results', 'Working party: slipway repairs', 'Junior week round-up'];
const rArch = ['October 2026', 'September 2026', 'August 2026'];
const rHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rTitle} &#8211; Carrow Water Sailing Club</title><meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="Carrow Water Sailing Club &raquo; Feed" href="https://carrowwatersc.org.uk/feed/">
<link rel="stylesheet" id="generate-style-css" href="https://carrowwatersc.org.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0"
media="all">
<style id="generate-style-inline-css">body{background-color:#efefef;color:#3a3a3a;}.entry-content table{border-collapse:collapse}</style>
<script src="https://carrowwatersc.org.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="canonical" href="https://carrowwatersc.org.uk/2026/10/12/autumn-series-race-4/"></head>
<body class="post-template-default single single-post postid-2291 single-format-standard wp-embed-responsive right-sidebar nav-float-right separate-containers
header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://carrowwatersc.org.uk/" rel="home">Carrow Water Sailing Club</a></p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="screen-reader-text">Menu</span>
</button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">
${links(rNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-2291" class="post-2291 post type-post status-publish format-standard hentry category-results"
itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${rTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-10-12T18:40:11+01:00" itemprop="datePublished">12 October
2026</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<a class="url fn n" href="https://carrowwatersc.org.uk/author/dilys/" title="View all posts by Dilys Penhallow" rel="author" itemprop="url"><span
class="author-name" itemprop="name">Dilys Penhallow</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(rIntro)}
<h2 class="wp-block-heading">${rHeads[0]}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead>${ths(rHead)}</thead><tbody>${trs(rFast)}</tbody></table></figure>
<h2 class="wp-block-heading">${rHeads[1]}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead>${ths(rHead)}</thead><tbody>${trs(rSlow)}</tbody></table>
<figcaption class="wp-element-caption">Portsmouth Yardstick numbers from the 2026 RYA list.</figcaption></figure>
<h3 class="wp-block-heading">${rHeads[2]}</h3>
${ps(rOod)}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="https://carrowwatersc.org.uk/category/results/" rel="category tag">Race results</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev">
<a href="https://carrowwatersc.org.uk/2026/10/05/autumn-series-race-3/" rel="prev">Autumn Series Race 3 results</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h2 class="comments-title">One thought on &ldquo;${rTitle}&rdquo;</h2>
<ol class="comment-list"><li id="comment-881" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-881"
itemtype="https://schema.org/Comment" itemscope>
<footer class="comment-meta" aria-label="Comment meta"><div class="comment-author-info"><div class="comment-author vcard" itemprop="author"><cite
itemprop="name" class="fn">Gerald Mabey</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-881"><time datetime="2026-10-12T20:02:44+01:00" itemprop="datePublished">12 October 2026 at 8:02
pm</time></a></div></div></footer>
<div class="comment-content" itemprop="text"><p>Well done Tamsin. Left was definitely the place to be &ndash; I learned that the hard way.</p>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-881">Reply</a></span></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="https://carrowwatersc.org.uk/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8">
</textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://carrowwatersc.org.uk/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>
<button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(rRecent)}</ul></aside>
<aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(rArch)}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info
grid-container">
<div class="copyright-bar"><span class="copyright">&copy; 2026 Carrow Water Sailing Club</span> &bull; Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js-extra">var generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":"Open Sub-Menu",
"closeSubMenuLabel":"Close Sub-Menu"};</script>
<script src="https://carrowwatersc.org.uk/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script>
</body></html>`;
const raceResults: TestPage = {
  name: 'heldout492-race-results-generatepress',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: rHeads,
  body: [...texts(rIntro), ...rowTexts(rFast), ...rowTexts(rSlow), ...texts(rOod)],
  bylines: ['12 October 2026', 'by Dilys Penhallow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Carrow Water Sailing Club', 'Menu', 'Home', 'Join the club', 'Sailing programme', 'Training', 'Results', 'Contact',
    'Portsmouth Yardstick numbers from the 2026 RYA list.', 'Categories', 'Race results', 'Autumn Series Race 3 results',
    `One thought on “${rTitle}”`, '12 October 2026 at 8:02 pm', 'Well done Tamsin. Left was definitely the place to be – I learned that the hard way.',
    'Reply', 'Leave a Comment', 'Search for:', 'Recent Posts', 'Working party: slipway repairs', 'Junior week round-up', 'Archives', ...rArch,
    '© 2026 Carrow Water Sailing Club', '• Built with', 'GeneratePress',
  ],
};

const mTitle = 'Berthing at Pellow Quay';
const mIntro = j(
  'Pellow Quay Marina has 212 pontoon berths in a sheltered basin behind the old fish quay, with water over the sill for three',
  'and a half hours either side of high water. We welcome annual berth holders, seasonal visitors and boats stopping for a night on passage.',
);
const mAnnual = ['Up to 8 m: £2,940 a year', '8 m to 10 m: £3,610 a year', '10 m to 12 m: £4,380 a year', 'Over 12 m: priced on request'];
const mAnnualNote = j(
  'Annual contracts run from 1 April. You can pay in full or in ten monthly instalments; a 5% discount applies to contracts paid',
  'in full before 1 March.',
);
const mVisitor = j(
  'Visitors pay £3.40 per metre per night, including electricity, showers and Wi-Fi. Call us on VHF channel 80 when you are',
  'abreast of the fairway buoy and we will allocate a berth and a sill gate time.',
);
const mIncluded = [
  'Pontoon electricity and fresh water at every berth',
  'Showers, toilets and a laundry open 24 hours',
  'Fuel berth with diesel and petrol, open 08:00 to 18:00',
  '20-tonne boat hoist and hard standing for winter storage',
];
const mArrive = j(
  'The sill is 1.8 m above chart datum. A tide gauge on the end of the fuel pontoon shows the depth over the sill, and the gate',
  'light shows green when it is open. Do not attempt to enter on a red light, and keep to 3 knots inside the basin.',
);
const mHeads = ['Annual berths', 'Visitor berths', 'What is included', 'Arriving by sea'];
const mNav = ['Berthing', 'Boatyard', 'Facilities', 'Local area', 'News'];
const mHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Berthing &mdash; Pellow Quay Marina</title>
<link rel="canonical" href="https://www.pellowquaymarina.co.uk/berthing"><meta property="og:site_name" content="Pellow Quay Marina">
<meta property="og:title" content="Berthing &mdash; Pellow Quay Marina"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.pellowquaymarina.co.uk","name":"Pellow Quay Marina",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/site.css" type="text/css" rel="stylesheet"></head>
<body id="collection-64a1c0f2e5b3" class="primary-button-style-solid primary-button-shape-pill header-overlay-alignment-center header-width-full
tweak-transparent-header tweak-fixed-header footer-width-full collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Winter storage bookings for 2026&ndash;27 are now open</p></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout-nav-right">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" data-animation-role="header-element">Pellow Quay
Marina</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${mNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a
href="/${t.toLowerCase().replace(/ /g, '-')}"${t === 'Berthing' ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Call the marina office</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1c0f2e5b4">
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle has-background dark">
<div class="section-background"><img data-src="https://images.squarespace-cdn.com/content/v1/64a1/basin.jpg" alt="Pontoons in the basin at dusk"></div>
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a1c0f2e5b5">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1689">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${mTitle}</h1>
<p class="" style="text-align:center;white-space:pre-wrap;">${mIntro}</p></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--medium">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div
class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${mHeads[0]}</h2><ul data-rte-list="default">${lis(
  mAnnual.map(
    (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
  ),
)}</ul>
<p class="" style="white-space:pre-wrap;">${mAnnualNote}</p>
<h2 style="white-space:pre-wrap;">${mHeads[1]}</h2><p class="" style="white-space:pre-wrap;">${mVisitor}</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div
class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${mHeads[2]}</h2><ul data-rte-list="default">${lis(
  mIncluded.map(
    (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
  ),
)}</ul>
<h2 style="white-space:pre-wrap;">${mHeads[3]}</h2><p class="" style="white-space:pre-wrap;">${mArrive}</p></div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/64a1/sill.jpg" alt="The sill gate"><figcaption class="image-caption-wrapper">
<div class="image-caption"><p class="" style="white-space:pre-wrap;">The sill gate and tide gauge at half tide.</p></div></figcaption></figure></div></div>
</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--narrow">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div
class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="text-align:center;white-space:pre-wrap;">Ask about a berth</h3></div></div></div>
<div class="sqs-block form-block sqs-block-form" data-block-type="9"><div class="sqs-block-content"><div class="form-wrapper"><div class="form-inner-wrapper">
<form data-form-id="64a1c0f2e5b9" autocomplete="on" method="POST" novalidate><div class="field-list clear">
<div class="form-item field text required"><label class="title" for="text-1">Name <span class="required" aria-hidden="true">*</span></label><input
class="field-element text" type="text" id="text-1"></div>
<div class="form-item field email required"><label class="title" for="email-1">Email <span class="required" aria-hidden="true">*</span></label><input
class="field-element" type="email" id="email-1"></div>
<div class="form-item field text"><label class="title" for="text-2">Boat name and length overall</label><input class="field-element text" type="text"
id="text-2"></div></div>
<div class="form-button-wrapper form-button-wrapper--align-left"><button class="button sqs-system-button sqs-editable-button sqs-button-element--primary"
type="submit">Send enquiry</button></div>
</form></div></div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;"><strong>Pellow Quay Marina</strong></p><p class="" style="white-space:pre-wrap;">The Fish Quay, Pellow PL27 4RJ</p>
<p class="" style="white-space:pre-wrap;">Office 01841 550 212 · VHF 80</p></div></div></div></div><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Terms of berthing · Privacy</p><p class="" style="white-space:pre-wrap;">© 2026 Pellow Quay Marina Ltd</p></div>
</div></div></div>
</div></div></div></div></section></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-style-bar" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your experience and to understand how visitors use it.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept all</button>
<button class="sqs-cookie-banner-v2-decline">Decline all</button></div></div></div>
<script defer src="//assets.squarespace.com/universal/scripts-compressed/website-component-definition-c3b5f.js"></script>
<script>Squarespace.afterBodyLoad(Y);</script></body></html>`;
const marinaBerthing: TestPage = {
  name: 'heldout492-marina-berthing-squarespace',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: [mIntro, ...mAnnual, mAnnualNote, mVisitor, ...mIncluded, mArrive],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Winter storage bookings for 2026–27 are now open', 'Boatyard', 'Facilities', 'Local area', 'News',
    'Call the marina office', 'The sill gate and tide gauge at half tide.', 'Ask about a berth', 'Name *', 'Email *', 'Boat name and length overall',
    'Send enquiry', 'The Fish Quay, Pellow PL27 4RJ', 'Office 01841 550 212 · VHF 80', 'Terms of berthing · Privacy', '© 2026 Pellow Quay Marina Ltd',
    'This site uses cookies to improve your experience and to understand how visitors use it.', 'Accept all', 'Decline all',
  ],
};

export const HELDOUT492_A: readonly TestPage[] = [raceResults, marinaBerthing];
