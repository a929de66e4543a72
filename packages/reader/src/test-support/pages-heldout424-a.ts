import { links, ps, type TestPage, texts } from './page-kit.js';
import { magazine } from './pages-heldout424-a2.js';
import { j } from './pages-heldout424-kit.js';

/**
 * Held-out batch 424, file a: a tackle shop's weekly fishing report on WordPress with the GeneratePress theme (top bar,
 * primary navigation, entry meta with posted-on and updated dates, category and tag links, post navigation, comments with
 * the reply form, a right sidebar with search, recent posts and store hours, a Complianz cookie banner and the footer) and,
 * from file a2, an angling magazine's news article with a gear box.
 */
const wTitle = 'Fishing Report: Lower Tamsett River and Brindle Reservoir, Week of May 11';
const wIntro = [
  j(
    'Another week of settled weather has finally let the Lower Tamsett drop back into shape, and the shop has been busy with',
    'customers heading out before work. Water temperatures on the river are sitting between 58 and 61 degrees in the mornings,',
    'which is right where the smallmouth start to move up onto the gravel flats.',
  ),
];
const wRiver = [
  j(
    'The stretch between the Cobb Road access and the old railroad trestle has been the most consistent. Most of the fish are',
    'coming on small soft plastics dragged slowly along the bottom, with tube baits in green pumpkin outfishing everything else',
    'we have sold this week. A few anglers reported good topwater action in the last hour of light below the trestle.',
  ),
  j(
    'Visibility is about three feet, so lighter line helps. We would suggest six or eight pound fluorocarbon for anyone wading,',
    'and keep an eye on the gauge at Millers Ford: anything above 4.2 feet makes the crossing at the island unsafe.',
  ),
];
const wRes = [
  j(
    'Brindle Reservoir has been slower for bass but excellent for crappie. The brush piles off the north boat ramp are holding',
    'schools of fish in 12 to 15 feet of water, and a small jig under a slip float has been the ticket.',
  ),
  j(
    'Walleye reports are mixed. Night trollers working stickbaits along the dam face have done best, while the daytime bite on',
    'the main lake points has been hit or miss. The county has also reopened the east launch after the dock repairs.',
  ),
];
const wCounter = [
  'Green pumpkin tubes, 3 inch, for river smallmouth',
  'Chartreuse and white crappie jigs in 1/16 ounce',
  'Shallow-diving stickbaits in perch pattern for evening walleye',
  'Size 8 barbless hooks for the catch-and-release section above the trestle',
];
const wOutro = [
  j(
    'As always, stop by the counter and tell us what you are seeing on the water. Your reports are what make these updates',
    'useful, and the best tip of the week earns a free dozen nightcrawlers.',
  ),
];
const wNav = ['Home', 'Shop Tackle', 'Fishing Reports', 'Guided Trips', 'Licenses', 'Contact Us'];
const wTags = ['bass fishing', 'panfish', 'night trolling', 'Tamsett River'];
const wRecent = [
  'Fishing Report: Spawn Is On at Brindle, Week of May 4',
  'New Arrivals: Ultralight Spinning Combos',
  'Kids Fishing Derby Returns to Cobb Road Park',
];
const wHours = ['Mon to Fri: 5:30 am to 6 pm', 'Saturday: 5 am to 7 pm', 'Sunday: 6 am to 2 pm'];
const wFoot = ['Privacy Policy', 'Returns', 'Shipping Info'];
const wComments = [
  j('Fished below the trestle Tuesday evening and had six smallmouth on a popper in forty minutes. Thanks for the heads up.'),
  'Any word on the white bass run up the feeder creek yet?',
  'Not yet, Marcy. Give it another week of warm nights and we will post it here as soon as we hear.',
];
const wCmt = (id: number, who: string, when: string, text: string, depth: number): string => `<li id="comment-${id}"
class="comment ${depth === 1 ? 'even thread-even' : 'odd alt'} depth-${depth}"><article class="comment-body" id="div-comment-${id}">
<footer class="comment-meta" aria-label="Comment meta"><img alt="" src="https://secure.gravatar.example/avatar/${id}?s=50" class="avatar avatar-50 photo"
height="50" width="50"><div class="comment-author-info"><div class="comment-author vcard"><cite itemprop="name" class="fn">${who}</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-${id}"><time datetime="2026-05-13T07:12:00-04:00">${when}</time></a></div></div></footer>
<div class="comment-content"><p>${text}</p></div><span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></article>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Harlow Creek Tackle</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://harlowcreektackle.example/fishing-report-may-11/">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:title" content="Fishing Report: Week of May 11">
<meta property="article:published_time" content="2026-05-12T06:40:00+00:00"><meta name="author" content="Dale Purcell">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Fishing Report: Week of May 11",
"author":{"name":"Dale Purcell"},"datePublished":"2026-05-12T06:40:00+00:00","publisher":{"@type":"Organization","name":"Harlow Creek Tackle"}}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://harlowcreektackle.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0"
media="all">
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","user_banner_id":"1","consenttype":"optin","version":"7.0.4"};</script>
</head>
<body class="post-template-default single single-post postid-2214 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<div class="top-bar top-bar-align-right"><div class="inside-top-bar grid-container"><aside id="text-3" class="widget inner-padding widget_text">
<div class="textwidget"><p>Free shipping on orders over $75</p></div></aside></div></div>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://harlowcreektackle.example/" rel="home">Harlow Creek Tackle</a></p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-2214" class="post-2214 post type-post status-publish format-standard hentry category-fishing-reports"
itemtype="https://schema.org/CreativeWork"
itemscope><div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-05-12T06:40:00-04:00" itemprop="datePublished">May 12,
2026</time></span> <span class="updated-on">Updated <time class="updated" datetime="2026-05-13T09:05:00-04:00" itemprop="dateModified">May 13,
2026</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<a class="url fn n" href="https://harlowcreektackle.example/author/dale/" title="View all posts by Dale Purcell" rel="author" itemprop="url">
<span class="author-name" itemprop="name">Dale Purcell</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(wIntro)}
<h2 class="wp-block-heading">River conditions</h2>
${ps(wRiver)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"
src="https://harlowcreektackle.example/wp-content/uploads/2026/05/smallie.jpg"
alt="" class="wp-image-2218"><figcaption class="wp-element-caption">Customer Ray Tolliver with a 19 inch smallmouth from the trestle pool.</figcaption></figure>
<h2 class="wp-block-heading">Brindle Reservoir</h2>
${ps(wRes)}
<h2 class="wp-block-heading">What&#39;s working at the counter</h2>
<ul class="wp-block-list">
${wCounter.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${ps(wOutro)}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="https://harlowcreektackle.example/category/fishing-reports/" rel="category tag">Weekly Reports</a></span>
<span class="tags-links"><span class="screen-reader-text">Tags </span>${wTags.map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`).join(', ')}</span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/fishing-report-may-4/" rel="prev">
Fishing Report: Spawn Is On at Brindle, Week of May 4</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">3 thoughts on “${wTitle}”</h3>
<ol class="comment-list">
${wCmt(311, 'Jimmy Kersh', 'May 12, 2026 at 8:14 pm', wComments[0] ?? '', 1)}</li>
${wCmt(312, 'Marcy Delane', 'May 13, 2026 at 6:02 am', wComments[1] ?? '', 1)}
<ol class="children">${wCmt(313, 'Dale Purcell', 'May 13, 2026 at 9:05 am', wComments[2] ?? '', 2)}</li></ol></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="https://harlowcreektackle.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45"
rows="8"></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://harlowcreektackle.example/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>
<button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wRecent)}</ul></aside>
<aside id="text-5" class="widget inner-padding widget_text"><h2 class="widget-title">Store Hours</h2><div class="textwidget">
${ps(wHours)}
</div></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter"
itemscope><div class="inside-site-info grid-container">
<ul class="footer-menu">${links(wFoot)}</ul>
<div class="copyright-bar">© 2026 Harlow Creek Tackle • Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div>
</div></footer></div>
<div id="cmplz-cookiebanner-container">
<div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimize our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a href="/cookie-policy-us/" class="cmplz-link cookie-statement">Cookie Policy</a></li></ul></div></div></div>
<script id="generate-menu-js" src="https://harlowcreektackle.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script>
</body></html>`;
const wordpress: TestPage = {
  name: 'heldout424-wordpress-generatepress-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['River conditions', 'Brindle Reservoir', "What's working at the counter"],
  body: texts([...wIntro, ...wRiver, ...wRes, ...wCounter, ...wOutro]),
  bylines: ['May 12, 2026', 'Updated May 13, 2026', 'Dale Purcell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free shipping on orders over $75', 'Harlow Creek Tackle', 'Menu', ...wNav,
    'Customer Ray Tolliver with a 19 inch smallmouth from the trestle pool.', 'Categories', 'Weekly Reports', 'Tags', ...wTags,
    '3 thoughts on “Fishing Report: Lower Tamsett River and Brindle Reservoir, Week of May 11”', 'Jimmy Kersh', 'May 12, 2026 at 8:14 pm',
    'Marcy Delane', 'May 13, 2026 at 6:02 am', 'May 13, 2026 at 9:05 am', ...wComments, 'Reply', 'Leave a Comment',
    'Save my name, email, and website in this browser for the next time I comment.', 'Search for:', 'Recent Posts', ...wRecent, 'Store Hours',
    ...wHours, ...wFoot, '© 2026 Harlow Creek Tackle • Built with GeneratePress', 'Manage Cookie Consent',
    'We use cookies to optimize our website and our service.', 'Accept', 'Deny', 'View preferences', 'Cookie Policy',
  ],
};

export const HELDOUT424_A: readonly TestPage[] = [wordpress, magazine];
