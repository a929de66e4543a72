import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout362-kit.js';

/**
 * Held-out batch 362, file e: a Kovels-style price guide page on WordPress with GeneratePress (inside-article, entry-header
 * with entry-meta, a price table in the entry content, an ad slot with its label, the post's category and tag links, the
 * post navigation, comments with a reply form, the right sidebar with a search box, a sign-up widget and popular posts,
 * and the Complianz cookie banner) and an antiques fair listing on Squarespace (the eventitem template with its date, time,
 * address and calendar export rows, a short sqs-html-content description with a list of what is on sale, the
 * eventitem-pagination to the previous and next events, the announcement bar and the footer blocks).
 */
const pTitle = 'Cherry Lane Depression Glass Prices: What Pink Pieces Sell For in 2026';
const pIntro = [
  j(
    'Cherry Lane was made by the Harwell Glass Company of Ohio from 1931 to 1939, mostly in pink, with smaller runs in green and a',
    'very few pieces in a pale amber the factory called Honey. It is one of the most collected Depression glass patterns, and it is',
    'also one of the most reproduced.',
  ),
  j(
    'The prices below are taken from auction and shop sales recorded by our editors between October 2025 and March 2026. They are',
    'for pink pieces in excellent condition, without chips, cracks or cloudiness. Green is usually worth a little less, and Honey',
    'about twice as much.',
  ),
];
const pRows: readonly (readonly [string, string])[] = [
  ['Bowl, berry, 8 1/2 in.', '$38'],
  ['Butter dish, covered', '$95'],
  ['Cake plate, 3-footed', '$52'],
  ['Pitcher, 36 oz.', '$70'],
  ['Tumbler, footed, 5 in.', '$24'],
  ['Sugar and creamer, pair', '$45'],
];
const pRepro = [
  j(
    'Reproductions of the butter dish, the pitcher and the tumblers were made in the 1970s and are still common. The easiest way',
    'to spot them is the pattern itself: on the originals the cherries have a clear stem that joins the leaf, while on the',
    'copies the stem stops short and the leaves look flat and blurry.',
  ),
  j(
    'Colour helps too. Reproduction pink is often too bright or slightly orange. If you are not sure, hold the piece next to one',
    'you know is old, in daylight rather than under a lamp.',
  ),
  j(
    'The moulds were also reworked by the factory itself in 1936, so genuine late pieces can show a slightly simpler pattern. These',
    'are not reproductions and sell for the same prices; the base of the late tumblers carries a small star that the copies lack.',
  ),
];
const pTips = [
  'Run a finger around the rims and feet; small chips are easy to miss and halve the value.',
  'Cloudy glass cannot be cleaned back to clear; avoid it unless the price reflects it.',
  'Complete sets sell for less per piece than single rare forms, so price each piece separately.',
];
const pNav = ['Price Guide', 'Antiques', 'Collectibles', 'Marks', 'Ask Kovach', 'Newsletter'];
const pPopular = ['Pyrex patterns and what they are worth', 'How to date a piece of Fiesta ware', 'Carnival glass colours explained'];
const pComments: readonly (readonly [string, string, string])[] = [
  ['Lorna B.', 'March 20, 2026 at 4:12 pm', 'My grandmother had the whole set in pink. I had no idea the butter dish was so valuable.'],
  ['Del Hutchins', 'March 22, 2026 at 9:47 am', 'Thank you for the tip about the stems. I checked my pitcher and sadly it is a reproduction.'],
];
const pFoot = ['About Us', 'Contact', 'Advertise', 'Privacy Policy', 'Terms of Use'];
const pHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${pTitle} - Kovach Price Guide</title>
<meta name="description" content="Current prices for pink Cherry Lane Depression glass, with tips on spotting reproductions.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-18T12:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${pTitle}",
"author":{"name":"Nadine Kovach"},"datePublished":"2026-03-18T12:00:00+00:00"}]}</script>
<script>window.googletag = window.googletag || {cmd: []}; googletag.cmd.push(function(){googletag.defineSlot('/2210/kovach/incontent', [300,250]);});</script>
</head><body class="post-template-default single single-post postid-8812 right-sidebar nav-below-header separate-containers" itemtype="https://schema.org/Blog"
itemscope><a class="screen-reader-text skip-link" href="#content">Skip to content</a>
<header class="site-header grid-container" id="masthead" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">Kovach Price Guide</a></p>
<p class="site-description" itemprop="description">Antiques and collectibles prices since 1982</p></div></div></header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container">
<ul id="menu-main" class="menu sf-menu">${links(pNav, 'menu-item menu-item-type-taxonomy')}</ul></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area"
id="primary"><main class="site-main" id="main">
<article id="post-8812" class="post-8812 post type-post status-publish format-standard category-glass tag-depression-glass"
itemtype="https://schema.org/CreativeWork"
itemscope><div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${pTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-03-18T12:00:00+00:00"
itemprop="datePublished">March 18, 2026</time>
</span> <span class="byline">by <span class="author vcard" itemprop="author"><a class="url fn n" href="/author/nadine/"><span class="author-name"
itemprop="name">Nadine Kovach</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(pIntro)}
<h2>Current prices</h2>
<figure class="wp-block-table"><table><thead><tr><th>Piece</th><th>Price</th></tr></thead><tbody>
${pRows.map(([k, v]) => `<tr><td>${k}</td>\n<td>${v}</td></tr>`).join('\n')}
</tbody></table><figcaption class="wp-element-caption">Prices for pink, excellent condition. Source: Kovach sales database.</figcaption></figure>
<div class="kovach-ad in-content"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-incontent"></div></div>
<h2>Spotting reproductions</h2>
${ps(pRepro)}
<h2>Buying tips</h2>
<ul>${pTips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links">Categories <a href="/category/glass/" rel="category tag">Glassware</a></span>
<span class="tags-links">Tags <a href="/tag/depression-glass/" rel="tag">depression-era glass</a>, <a href="/tag/reproductions/"
rel="tag">fakes and reproductions</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><a href="/fire-king-jadeite/"
rel="prev">Fire-King Jadeite Prices</a></div>
<div class="nav-next"><a href="/royal-ruby/" rel="next">Royal Ruby Glass Values</a></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “Cherry Lane Depression Glass Prices”</h3><ol class="comment-list">
${pComments
  .map(
    ([a, d, t], i) => `<li id="comment-${i + 40}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author-info"><cite itemprop="name" class="fn">${a}</cite><div class="entry-meta comment-metadata"><time>${d}</time></div></div></footer>
<div class="comment-content" itemprop="text"><p>${t}</p></div><span class="reply"><a class="comment-reply-link" href="#">Reply</a></span></article></li>`,
  )
  .join('\n')}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<textarea id="comment" name="comment"></textarea><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></form></div></div></div>
</main></div><div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><input type="search" placeholder="Search …"
class="search-field"></form></aside><aside id="custom_html-3" class="widget widget_custom_html"><h2 class="widget-title">Free weekly price alerts</h2>
<p>Get the latest prices and collecting news every Thursday.</p><a class="button" href="/newsletter">Sign me up</a></aside>
<aside id="popular-4" class="widget widget_popular"><h2 class="widget-title">Popular Posts</h2><ul>${links(pPopular)}</ul></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site"><ul>${links(pFoot)}</ul>
<div class="copyright-bar">© 2026 Kovach Price Guide &bull; Built with GeneratePress</div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" role="dialog" aria-labelledby="cmplz-header-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-message">We use cookies to optimise our website and our service.</div><div class="cmplz-buttons">
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div></body></html>`;
const generatepress: TestPage = {
  name: 'heldout362-generatepress-price-guide',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['Current prices', 'Spotting reproductions', 'Buying tips'],
  body: [...texts(pIntro), ...pRows.flat(), ...texts([...pRepro, ...pTips])],
  bylines: ['March 18, 2026', 'Nadine Kovach', 'Lorna B.', 'March 20, 2026 at 4:12 pm', 'Del Hutchins', 'March 22, 2026 at 9:47 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Kovach Price Guide', 'Antiques and collectibles prices since 1982', ...pNav,
    'Prices for pink, excellent condition. Source: Kovach sales database.', 'Advertisement', 'Categories', 'Glassware', 'Tags', 'depression-era glass',
    'fakes and reproductions', 'Fire-King Jadeite Prices', 'Royal Ruby Glass Values', '2 thoughts on “Cherry Lane Depression Glass Prices”',
    ...pComments.map(([, , t]) => t), 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Free weekly price alerts',
    'Get the latest prices and collecting news every Thursday.', 'Sign me up', 'Popular Posts', ...pPopular, ...pFoot,
    'Built with GeneratePress', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

const fTitle = 'Hollins Barn Antiques & Collectors Fair';
const fBody = [
  j(
    'More than 120 dealers fill the two barns and the courtyard at Hollins Farm for our summer fair, now in its nineteenth year.',
    'Expect country furniture, textiles, kitchenalia, garden antiques and a good showing of Staffordshire and studio pottery.',
  ),
  'This year the fair will include:',
];
const fList = [
  'A vintage tool and trade section in the old dairy',
  'Free valuations from 11 am to 2 pm by the team from Pellow & Sons auctioneers',
  'A talk on Welsh quilts by the textile historian Bronwen Tey at 1 pm',
];
const fAfter = [
  j(
    'Entry is \u00a34 for adults, children free. Early entry from 8 am is \u00a310. Free parking on site; the barns are step-free and',
    'there are accessible toilets by the courtyard caf\u00e9. Dogs on leads are welcome.',
  ),
];
const fNav = ['Fairs', 'Exhibitors', 'Visiting', 'Stand Booking', 'Contact'];
const fHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${fTitle} — Meadowgate Fairs</title>
<meta property="og:site_name" content="Meadowgate Fairs"><meta property="og:title" content="${fTitle} — Meadowgate Fairs">
<meta property="og:type" content="website"><meta name="description" content="Summer antiques fair at Hollins Farm, Shropshire, with over 120 dealers.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Event","name":"${fTitle}","startDate":"2026-06-06T09:00:00+0100",
"location":{"@type":"Place","name":"Hollins Farm"}}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Meadowgate Fairs"},"collection":{"typeName":"events"},"item":{"title":"${fTitle}"}};</script>
</head>
<body class="collection-type-events view-item tweak-global-animations-enabled"><div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar">
<p>Stand bookings for our autumn fairs are now open.</p><a class="sqs-announcement-bar-close" href="#">Close</a></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title"><div class="header-title-text">
<a href="/">Meadowgate Fairs</a></div></div><nav class="header-nav-list">${fNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`,
  )
  .join('\n')}</nav></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6403"><section class="page-section">
<div class="content-wrapper"><div class="content"><div class="eventitem-backlink"><a href="/fairs">Back to All Events</a></div>
<article class="eventitem h-event"><div class="eventitem-column-meta"><h1 class="eventitem-title">${fTitle}</h1>
<ul class="eventitem-meta event-meta event-meta-date-time-container"><li class="eventitem-meta-item eventitem-meta-date event-meta-item">
<time class="event-date" datetime="2026-06-06">Saturday, June 6, 2026</time></li><li class="eventitem-meta-item eventitem-meta-time event-meta-item">
<span class="event-time-localized"><time class="event-time-localized-start" datetime="2026-06-06">9:00 AM</time><span class="event-datetime-divider"></span>
<time class="event-time-localized-end" datetime="2026-06-06">4:30 PM</time></span></li></ul>
<ul class="eventitem-meta event-meta event-meta-address-container"><li class="eventitem-meta-item eventitem-meta-address event-meta-item">Hollins Farm Barns
<span class="eventitem-meta-address-line">Clunford Road</span> <span class="eventitem-meta-address-line">Bishops Castle, SY9 5QT</span>
<a href="http://maps.google.example/?q=SY9+5QT" class="eventitem-meta-address-maplink">(map)</a></li></ul>
<ul class="eventitem-meta event-meta event-meta-export-container"><li class="eventitem-meta-item eventitem-meta-export event-meta-item">
<a href="/fairs/hollins?format=google-calendar" class="eventitem-meta-export-google">Google Calendar</a>
<a href="/fairs/hollins?format=ical" class="eventitem-meta-export-ical">ICS</a></li></ul></div>
<div class="eventitem-column-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(fBody, ' style="white-space:pre-wrap;"')}
<ul data-rte-list="default">${fList.map((l) => `<li><p style="white-space:pre-wrap;">${l}</p></li>`).join('\n')}</ul>
${ps(fAfter, ' style="white-space:pre-wrap;"')}
</div></div></div><div class="sqs-block button-block sqs-block-button"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="/tickets" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Buy Early Entry Tickets</a></div></div></div>
<div class="sqs-block image-block sqs-block-image"><figure class="sqs-block-image-figure"><img src="https://images.squarespace-cdn.example/hollins-barn.jpg"
alt="Dealers' stands in the main barn"><figcaption class="image-caption-wrapper"><p>The main barn at last year\u2019s fair.</p></figcaption></figure>
</div></div></div></div></article>
<div class="eventitem-pagination"><a href="/fairs/ludlow-racecourse" class="item-pagination-link item-pagination-link--prev">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Ludlow Racecourse Spring Fair</h2></a>
<a href="/fairs/church-stretton" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Church Stretton Vintage Market</h2></a></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-block html-block"><div class="sqs-html-content">
<p>Meadowgate Fairs Ltd, The Old Granary, Craven Arms SY7 9NL</p><p>Sign up for our fair calendar, sent twice a year.</p></div></div>
<div class="sqs-block newsletter-block"><form><input type="email" placeholder="Email Address"><button><span>Sign Up</span></button></form></div>
<div class="sqs-block socialaccountlinks-v2-block"><a href="#">Instagram</a> <a href="#">Facebook</a></div></section></footer>
<div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your experience and for analytics.</p></div>
<button class="sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-decline">Decline all</button></div></body></html>`;
const squarespace: TestPage = {
  name: 'heldout362-squarespace-fair-listing',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([...fBody, ...fList, ...fAfter]),
  bylines: ['Saturday, June 6, 2026', '9:00 AM', '4:30 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Stand bookings for our autumn fairs are now open.', 'Close', 'Meadowgate Fairs', ...fNav, 'Back to All Events', 'Hollins Farm Barns', 'Clunford Road',
    'Bishops Castle, SY9 5QT', '(map)', 'Google Calendar', 'ICS', 'Buy Early Entry Tickets', 'The main barn at last year\u2019s fair.', 'Previous',
    'Ludlow Racecourse Spring Fair', 'Next', 'Church Stretton Vintage Market', 'Meadowgate Fairs Ltd, The Old Granary, Craven Arms SY7 9NL',
    'Sign up for our fair calendar, sent twice a year.', 'Sign Up', 'Instagram', 'Facebook',
    'This site uses cookies to improve your experience and for analytics.',
    'Accept all', 'Decline all',
  ],
};

export const HELDOUT362_E: readonly TestPage[] = [generatepress, squarespace];
