import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, but, j, lis, row, tidy, tr } from './pages-heldout556-kit.js';

/**
 * Held-out batch 556, file b: a long lock-buying guide on a WordPress blog with the GeneratePress theme, an Easy Table of
 * Contents box, an affiliate notice, a right sidebar and a comment thread (the second page of the file is in file b2).
 */
const gTitle = 'How to Choose a Front Door Lock: A Buyer’s Guide for 2026';
const gStd = [
  ['BS 3621', 'A British Standard for thief-resistant mortice and rim locks on timber doors', 'Most home insurance policies'],
  ['TS007 1 star', 'A cylinder or handle that resists snapping, drilling and picking for a set time', 'Pair with a 2 star handle'],
  ['TS007 3 star', 'A cylinder that meets the full test on its own', 'uPVC and composite doors'],
  ['Sold Secure SS312 Diamond', 'An independent attack test against the methods burglars really use', 'Best-rated cylinders'],
];
const gBody = [
  j(
    'Your front door lock is the one piece of security you use every day, and most people never think about it until a key snaps',
    'or an insurer asks what is fitted. The good news is that choosing well is not hard once you know which kind of door you have',
    'and which marks on the packaging actually mean something.',
  ),
  j(
    'This guide walks through door types, the standards that matter, the main kinds of cylinder, smart locks, prices and fitting.',
    'It is written for homeowners and tenants in the UK, so the standards and prices are British ones.',
  ),
  'Start with your door type',
  j(
    'Timber doors usually have a mortice lock cut into the edge of the door, often with a rim lock (the familiar night latch) higher',
    'up. For a timber door, the lock to look for is a five-lever mortice deadlock that carries the BS 3621 kitemark.',
  ),
  j(
    'uPVC and composite doors almost always use a multipoint mechanism: a long strip in the edge of the door that throws hooks and',
    'bolts into the frame when you lift the handle. The weak point is not the mechanism but the euro cylinder that you turn with',
    'the key. Cheap cylinders can be snapped in seconds, which is why the cylinder is where your money should go.',
  ),
  j(
    'If you are not sure what you have, open the door and look at the edge. A single rectangular faceplate with one bolt is a',
    'mortice or sashlock; a long faceplate running most of the door’s height is a multipoint.',
  ),
  'Understand the standards',
  j('There are many logos on lock packaging, but only a few of them are tests by independent bodies. These are the ones worth', 'checking for:'),
  ...gStd.map(row),
  j(
    'A TS007 3 star rating can be reached in two ways: a 3 star cylinder on its own, or a 1 star cylinder behind a 2 star security',
    'handle that shields it. Either is fine, but the first is easier to upgrade later.',
  ),
  'Cylinder types',
  '<strong>Standard euro cylinder.</strong> Cheap and common on older doors. No snap protection; replace it.',
  '<strong>Anti-snap cylinder.</strong> Has a sacrificial front section that breaks away and leaves the lock working.',
  '<strong>Thumb-turn cylinder.</strong> A knob on the inside instead of a key, so you can get out quickly in a fire.',
  '<strong>Keyed-alike cylinders.</strong> Several doors opened by one key, handy for front and back doors.',
  j(
    'Measure the cylinder before you buy. Take the screw out of the door edge, turn the key a little and slide the cylinder out, then',
    'measure from the centre of the fixing hole to each end. A 35/45 cylinder is 35 mm outside and 45 mm inside.',
  ),
  'Smart locks: worth it?',
  j(
    'Smart locks let you unlock with your phone, a keypad or a fingerprint, and send you an alert when someone comes in. They have',
    'improved a lot, but they add a battery and an app to something that used to just work.',
  ),
  'Pros',
  'No keys to lose, and codes you can give to a cleaner or a dog walker and take back later',
  'A log of who came in and when',
  'Many models fit over an existing euro cylinder without changing the door',
  'Cons',
  'Batteries need changing every few months, and a flat battery at night is no fun',
  'Some cheaper models have no independent security rating at all',
  'Your insurer may still ask for a rated cylinder behind the smart unit',
  'What to pay',
  j(
    'Expect to pay £15 to £25 for a basic anti-snap cylinder, £40 to £70 for a Sold Secure Diamond cylinder, and £60 to £110 for a',
    'BS 3621 mortice deadlock. A decent smart lock costs £150 to £300 before fitting.',
  ),
  j(
    'Paying more than that rarely buys more security for a house. It usually buys a better finish, a longer guarantee or extra keys',
    'with a registered key card, which stops anyone copying your key without the card.',
  ),
  'Fitting: DIY or locksmith?',
  j(
    'Swapping a euro cylinder is one of the easiest DIY jobs in the house: one screw, ten minutes and no special tools. Fitting a',
    'new mortice lock into a timber door is a different matter. It means cutting a pocket in the door and the frame, and a poor fit',
    'weakens the door. For that, a locksmith will charge around £90 to £140 including a standard lock.',
  ),
  j(
    'If you call a locksmith, ask for a fixed price first and check that they are vetted by a trade body. A genuine local',
    'locksmith will tell you the price on the phone and will not insist on drilling a lock they could pick.',
  ),
  'Final checklist',
  'Check your door type and measure the existing lock or cylinder.',
  'Read your home insurance policy for the standard it asks for.',
  'Buy a cylinder with TS007 3 star or Sold Secure Diamond, or a BS 3621 mortice for timber.',
  'Keep the key card somewhere safe, away from the keys.',
  'Test the lock from both sides before you close the door behind you.',
];
const H = [2, 6, 13, 19, 21, 25, 29, 32, 35];
const gNav = ['Home', 'Locks', 'Alarms', 'Cameras', 'Doors & Windows', 'About'];
const gToc = [2, 6, 13, 19, 29, 32, 35].map((i) => gBody[i] ?? '');
const gRecent = ['Are Video Doorbells Worth It? We Tested Six', 'How to Fix a uPVC Door That Won’t Lock', 'Window Locks for Rented Flats'];
const gCats = ['Alarms', 'Cameras', 'Locks', 'Safes'];
const gComments = [
  ['Marjorie Fenwick', 'March 5, 2026 at 8:14 pm', 'Really useful, I had no idea our cylinder could just be snapped. Changed it this weekend for £30.'],
  ['Tom', 'March 7, 2026 at 11:02 am', 'Does the 3 star rule still apply if the door has a separate deadbolt lower down?'],
];
const h2 = (i: number, id: string): string =>
  `<h2 class="wp-block-heading"><span class="ez-toc-section" id="${id}"></span>${gBody[i]}<span class="ez-toc-section-end"></span></h2>`;
const gRows = gStd.map(tr).join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${gTitle.replace('’', "'")} - Safe At Home Guides</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="Door types, standards, cylinders, smart locks and prices.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-03T09:00:00+00:00">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${gTitle}",
"datePublished":"2026-03-03T09:00:00+00:00","author":{"@type":"Person","name":"Gareth Lyle"}}]}</script>
<link rel='stylesheet' id='generate-style-css' href='/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all'>
<style id='generate-style-inline-css'>body{background-color:#f7f8f9;color:#222}.entry-content table td{padding:8px}</style>
<link rel='stylesheet' id='ez-toc-css' href='/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.65' media='all'></head>
<body class="post-template-default single single-post postid-812 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="/"
rel="home">Safe At Home Guides</a></p>
<p class="site-description" itemprop="description">Plain-English home security advice</p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span
class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">
${links(gNav, 'menu-item menu-item-type-taxonomy')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-812" class="post-812 post type-post status-publish format-standard has-post-thumbnail hentry category-locks"
itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675"
src="/wp-content/uploads/2026/03/front-door-lock.jpg"
class="attachment-full size-full wp-post-image" alt="A composite front door with a chrome handle" itemprop="image" decoding="async"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1><div class="entry-meta"><span class="posted-on">
<time class="updated" datetime="2026-03-09T14:20:00+00:00" itemprop="dateModified">March 9, 2026</time>
<time class="entry-date published" datetime="2026-03-03T09:00:00+00:00" itemprop="datePublished">March 3, 2026</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="/author/gareth/" title="View all posts by Gareth Lyle" rel="author" itemprop="url"><span class="author-name" itemprop="name">Gareth Lyle</span></a>
</span></span></div></header>
<div class="entry-content" itemprop="text">
<p class="affiliate-note"><em>This post contains affiliate links. If you buy through them we may earn a small commission at no cost to you.</em></p>
${ps(gBody.slice(0, 2))}
<div id="ez-toc-container" class="ez-toc-v2_0_65 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction">
<div class="ez-toc-title-container"><p class="ez-toc-title" style="cursor:inherit">Table of Contents</p><span class="ez-toc-title-toggle">
<a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"></a></span></div>
<nav><ul class='ez-toc-list ez-toc-list-level-1 '>${gToc
  .map((t, i) => `<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class="ez-toc-link ez-toc-heading-${i + 1}" href="#s${i}">${t}</a></li>`)
  .join('')}</ul></nav></div>
${h2(2, 's0')}${ps(gBody.slice(3, 6))}
${h2(6, 's1')}${ps(gBody.slice(7, 8))}
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Standard</th><th>What it means</th><th>Where you see it</th></tr></thead>
<tbody>${gRows}</tbody></table></figure>
${ps(gBody.slice(12, 13))}
${h2(13, 's2')}<ul class="wp-block-list">${lis(gBody.slice(14, 18))}</ul>${ps(gBody.slice(18, 19))}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/03/cylinder-measure.jpg" alt="">
<figcaption class="wp-element-caption">Measure from the fixing hole to each end of the cylinder.</figcaption></figure>
${h2(19, 's3')}${ps(gBody.slice(20, 21))}
<h3 class="wp-block-heading">${gBody[21]}</h3><ul class="wp-block-list">${lis(gBody.slice(22, 25))}</ul>
<h3 class="wp-block-heading">${gBody[25]}</h3><ul class="wp-block-list">${lis(gBody.slice(26, 29))}</ul>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/go/smart-lock-deals" rel="sponsored nofollow">
Check today’s smart lock prices</a></div></div>
${h2(29, 's4')}${ps(gBody.slice(30, 32))}
${h2(32, 's5')}${ps(gBody.slice(33, 35))}
${h2(35, 's6')}<ol class="wp-block-list">${lis(gBody.slice(36))}</ol>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="/category/locks/" rel="category tag">Locks</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span>
<a href="/tag/buying-guides/" rel="tag">buying guides</a>, <a href="/tag/euro-cylinders/" rel="tag">euro cylinders</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev">
<a href="/video-doorbells-tested/" rel="prev">Are Video Doorbells Worth It? We Tested Six</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “${gTitle}”</h3><ol class="comment-list">
${gComments
  .map(
    ([n, d, c], i) => `<li id="comment-4${i}" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-4${i}"
itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta"><div class="comment-author-info">
<div class="comment-author vcard" itemprop="author"><cite itemprop="name" class="fn">${n}</cite></div><div class="entry-meta comment-metadata">
<a href="#comment-4${i}"><time datetime="2026-03-05" itemprop="datePublished">${d}</time></a></div></div></footer>
<div class="comment-content" itemprop="text"><p>${c}</p><span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span>
</div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post"
id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label>
<textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><label for="author" class="screen-reader-text">Name</label>
<input placeholder="Name *" id="author" name="author" type="text"><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment"></p></form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" name="s"></label>
<button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(gCats, 'cat-item')}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div
class="inside-site-info grid-container">
<div class="copyright-bar"><span class="copyright">&copy; 2026 Safe At Home Guides</span> &bull; Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script></body></html>`;
const guide: TestPage = tidy({
  name: 'heldout556-generatepress-lock-buying-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: at(gBody, H),
  body: texts(but(gBody, H)),
  bylines: ['March 9, 2026', 'March 3, 2026', 'by Gareth Lyle', ...gComments.flatMap(([n, d]) => [n ?? '', d ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Safe At Home Guides', 'Plain-English home security advice', ...gNav,
    'This post contains affiliate links. If you buy through them we may earn a small commission at no cost to you.', 'Table of Contents',
    'Measure from the fixing hole to each end of the cylinder.', 'Check today’s smart lock prices', 'Locks', 'buying guides', 'euro cylinders',
    ...gRecent, `2 thoughts on “${gTitle}”`, ...gComments.map((c) => c[2] ?? ''), 'Reply', 'Leave a Comment', 'Post Comment', 'Recent Posts',
    'Categories', ...gCats, '© 2026 Safe At Home Guides • Built with GeneratePress',
  ],
});

export const HELDOUT556_B: readonly TestPage[] = [guide];
