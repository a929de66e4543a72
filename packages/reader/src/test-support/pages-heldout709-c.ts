import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout709-kit.js';

/**
 * Held-out batch 709, file c: a sewage-spill post on a river campaign group's WordPress blog (GeneratePress with a right
 * sidebar, a Complianz cookie banner, a GenerateBlocks petition box inside the post, a table, Jetpack sharing and likes,
 * categories and tags, post navigation, two comments and the comment form), and a carbon-offset essay on a Substack
 * newsletter (subtitle, author and date meta, like / comment / share bar, a subscribe widget and share button inside the body,
 * a captioned image, a pull-out blockquote, footnotes, and the discussion below the post).
 */
const gTitle = 'The Wendle had sewage in it for 4,312 hours last year. Here is what the data shows';
const gIntro = [
  j(
    'Every year, water companies have to publish how long each of their storm overflows spilled untreated sewage into rivers.',
    'Every year, Halden Water publishes its figures as a 900-row spreadsheet with no map, no totals and no explanation. So,',
    'as we did last year, our volunteers have done the sums.',
  ),
  j(
    'In 2026 the 23 overflows that discharge into the River Wendle and its tributaries spilled for a combined 4,312 hours,',
    'up from 3,655 hours in 2025. That is the equivalent of sewage entering the river for 180 days without a break.',
  ),
];
const gSecs: [string, string[]][] = [
  [
    'The worst five overflows',
    [
      j(
        'Most of the total comes from a handful of sites. The five overflows below account for almost two thirds of all spill',
        'hours on the Wendle, and four of them are at treatment works rather than in the sewer network.',
      ),
    ],
  ],
  [
    'Why “it was a wet year” is not the whole story',
    [
      j(
        'Halden Water told the Ashcombe Gazette that 2026 was “one of the wettest years on record” and that overflows operate as',
        'designed in heavy rain. It is true that rainfall was about 18% above average. But spill hours at Marsh Lane rose by 61%,',
        'and on 34 of the days it spilled, the nearest rain gauge recorded less than 2mm of rain.',
      ),
      j(
        'Spills on dry days are not allowed under the works’ permit. We have sent the dates to the Environment Regulator and asked',
        'it to investigate, as we did with 19 dry-day spills in 2025. We are still waiting for an answer on those.',
      ),
    ],
  ],
  [
    'What we are asking for',
    [
      j(
        'Halden Water’s own investment plan puts the Marsh Lane upgrade in 2031. We think that is too late for a stretch of river',
        'where hundreds of people swim every summer. We are asking for:',
      ),
    ],
  ],
];
const gTable = [
  ['Overflow', 'Spills', 'Hours'],
  ['Marsh Lane treatment works', '162', '1,104'],
  ['Ashcombe Bridge treatment works', '118', '693'],
  ['Kettle Weir pumping station', '97', '511'],
  ['Little Orme treatment works', '71', '287'],
  ['Fallow Green treatment works', '66', '219'],
];
const gAsks = [
  'The Marsh Lane storage tank brought forward to 2028',
  'Real-time spill alerts for every overflow on the Wendle, not just the nine near bathing spots',
  'Bathing water status for the Wendle at Ashcombe Meadows, so the river is tested every week from May to September',
];
const gEnd = [
  j(
    'Our full spreadsheet, with every overflow, its permit and its 2025 and 2026 figures, is free to download. If you spot a',
    'mistake, tell us and we will fix it.',
  ),
];
const gNav = ['Home', 'About us', 'Our campaigns', 'Water testing', 'Blog', 'Donate', 'Contact'];
const gRecent = [
  'Our first season of citizen water testing: the results',
  'Why we objected to the Kettle Weir housing plan',
  'Meet the volunteers testing the Wendle every Sunday',
];
const gComments: [string, string, string][] = [
  [
    'Hugh Penrose',
    'March 12, 2027 at 8:41 am',
    'Thank you for doing this. I swim at Ashcombe Meadows most mornings and had no idea about the dry-day spills. Signed and shared.',
  ],
  ['Anya Ruskin', 'March 12, 2027 at 1:17 pm', 'Is there a way to get the spill alerts by text? The app only covers the bathing spots, as you say.'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Wendle had sewage in it for 4,312 hours last year. Here is what the data shows &#8211; Wendle Rivers Trust Campaign</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://wendlerivers.example/blog/wendle-spills-2026/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2027-03-11T17:05:22+00:00"><meta name="author" content="Maggie Fenwick">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"author":{"name":"Maggie Fenwick"},"datePublished":"2027-03-11T17:05:22+00:00","commentCount":2,"articleSection":["Campaigns","Sewage"]}]}</script>
<link rel='stylesheet' id='generate-style-css' href='https://wendlerivers.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1'
media='all'><link rel='stylesheet' id='generateblocks-css' href='https://wendlerivers.example/wp-content/uploads/generateblocks/style-4187.css?ver=1741712722'
media='all'><link rel='stylesheet' id='cmplz-general-css' href='https://wendlerivers.example/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css'
media='all'>
<script id="jetpack-likes-js-extra">var jetpackLikesWidget = {"ajaxurl":"https://wendlerivers.example/wp-admin/admin-ajax.php"};</script></head>
<body class="post-template-default single single-post postid-4187 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://wendlerivers.example/"
rel="home">Wendle Rivers Trust</a></p><p class="site-description" itemprop="description">Campaigning for a clean, swimmable Wendle</p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle"><button data-nav="site-navigation"
class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars"><svg aria-hidden="true"></svg></span><span
class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
${links(gNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-4187" class="post-4187 post type-post status-publish format-standard has-post-thumbnail hentry
category-campaigns category-sewage tag-storm-overflows tag-wendle" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675"
src="https://wendlerivers.example/wp-content/uploads/2027/03/marsh-lane-outfall.jpg" class="attachment-full size-full wp-post-image" alt=""
itemprop="image" decoding="async" fetchpriority="high"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1><div class="entry-meta"><span class="posted-on"><time
class="entry-date published" datetime="2027-03-11T17:05:22+00:00" itemprop="datePublished">March 11, 2027</time></span> <span class="byline">by <span
class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://wendlerivers.example/author/maggie/"
title="View all posts by Maggie Fenwick" rel="author" itemprop="url"><span class="author-name" itemprop="name">Maggie Fenwick</span></a></span></span>
</div></header>
<div class="entry-content" itemprop="text">
${ps(gIntro)}
<h2 class="wp-block-heading">${gSecs[0]?.[0] ?? ''}</h2>
${ps(gSecs[0]?.[1] ?? [])}
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>${(gTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr>
</thead><tbody>${gTable
  .slice(1)
  .map((r) => `<tr><td>${r.join('</td><td>')}</td></tr>`)
  .join('\n')}</tbody></table><figcaption class="wp-element-caption">Source: Halden Water event duration monitoring returns, 2026.</figcaption></figure>
<h2 class="wp-block-heading">${(gSecs[1]?.[0] ?? '').replace(/“/g, '&#8220;').replace(/”/g, '&#8221;')}</h2>
${ps(gSecs[1]?.[1] ?? [])}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576"
src="https://wendlerivers.example/wp-content/uploads/2027/03/dry-day-chart-1024x576.png"
alt="Bar chart of spill hours and rainfall by month at Marsh Lane" class="wp-image-4192"><figcaption class="wp-element-caption">Spill hours at Marsh Lane
against rainfall at the Fallow Green gauge, by month. Chart: Wendle Rivers Trust</figcaption></figure>
<h2 class="wp-block-heading">${gSecs[2]?.[0] ?? ''}</h2>
${ps(gSecs[2]?.[1] ?? [])}
<ul class="wp-block-list">${lis(gAsks)}</ul>
<div class="gb-container gb-container-a1c3e5f7 petition-box"><h3 class="gb-headline gb-headline-6b2d8f1e gb-headline-text">Sign the petition</h3>
<p class="gb-headline gb-headline-0e4a9c2d gb-headline-text">3,180 people have already asked Halden Water to bring the Marsh Lane upgrade forward. Add
your name.</p><a class="gb-button gb-button-9f7e1a3b gb-button-text" href="https://wendlerivers.example/petition-marsh-lane/">Add my name</a></div>
${ps(gEnd)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share
this:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon"
href="https://wendlerivers.example/blog/wendle-spills-2026/?share=facebook" target="_blank"><span>Facebook</span></a></li><li class="share-x"><a
rel="nofollow noopener noreferrer" class="share-x sd-button share-icon" href="https://wendlerivers.example/blog/wendle-spills-2026/?share=x"
target="_blank"><span>X</span></a></li><li class="share-email"><a rel="nofollow noopener noreferrer" class="share-email sd-button share-icon"
href="mailto:?subject=Wendle%20spills"><span>Email</span></a></li><li class="share-end"></li></ul></div></div></div>
<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-loaded' id='like-post-wrapper-188470-4187-67d0'
data-src='https://widgets.wp.com/likes/?ver=14.4#blog_id=188470&amp;post_id=4187'><h3 class="sd-title">Like this:</h3><div class='likes-widget-placeholder
post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>Like</span></span> <span class='loading'>Loading...</span></div></div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"><svg aria-hidden="true"></svg></span><span
class="screen-reader-text">Categories </span><a href="https://wendlerivers.example/category/campaigns/" rel="category tag">Campaigns</a>, <a
href="https://wendlerivers.example/category/sewage/" rel="category tag">Sewage</a></span> <span class="tags-links"><span class="gp-icon icon-tags"><svg
aria-hidden="true"></svg></span><span class="screen-reader-text">Tags </span><a href="https://wendlerivers.example/tag/storm-overflows/"
rel="tag">storm overflows</a>, <a href="https://wendlerivers.example/tag/halden-water/" rel="tag">Halden Water</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"><svg
aria-hidden="true"></svg></span><span class="prev"><a href="https://wendlerivers.example/blog/citizen-testing-results/" rel="prev">Our first season of
citizen water testing: the results</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on &ldquo;${gTitle}&rdquo;</h3>
<ol class="comment-list">${gComments
  .map(
    ([n, d, t], i) => `<li id="comment-${311 + i}" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-${311 + i}"
itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta"><img alt=''
src='https://secure.gravatar.com/avatar/${i}?s=50'
class='avatar avatar-50 photo' height='50' width='50'><div class="comment-author-info"><div class="comment-author vcard" itemprop="author"
itemtype="https://schema.org/Person" itemscope><cite itemprop="name" class="fn">${n}</cite></div><div class="entry-meta comment-metadata"><a
href="https://wendlerivers.example/blog/wendle-spills-2026/#comment-${311 + i}"><time datetime="2027-03-12T08:41:09+00:00"
itemprop="datePublished">${d}</time></a>
</div></div></footer><div class="comment-content" itemprop="text"><p>${t}</p><span class="reply"><a rel="nofollow" class="comment-reply-link"
href="#comment-${311 + i}" data-commentid="${311 + i}" data-postid="4187" aria-label="Reply to ${n}">Reply</a></span></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link" href="/blog/wendle-spills-2026/#respond" style="display:none;">Cancel reply</a></small></h3><form
action="https://wendlerivers.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label
for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label
for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required>
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label
for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p><p class="form-submit"><input
name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://wendlerivers.example/"><label><span
class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s"></label><button
class="search-submit" aria-label="Search"><span class="gp-icon icon-search"><svg aria-hidden="true"></svg></span></button></form></aside>
<aside id="block-7" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Get involved</h2><p>Join our Sunday testing team, or give
£5 a month to keep the lab kit running.</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="https://wendlerivers.example/donate/">Donate</a></div></div></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info
grid-container"><div class="copyright-bar">&copy; 2027 Wendle Rivers Trust. Registered charity no. 1187462 &bull; Built with <a
href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to see which pages are read and to remember your
preferences. We never sell your data.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button
class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){
var e=document.body;}}();</script></body></html>`;
const generatepress: TestPage = gold({
  name: 'heldout709-generatepress-sewage-spills',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.map(([h]) => h),
  body: texts([...gIntro, ...(gSecs[0]?.[1] ?? []), ...gTable.map((r) => r.join(' ')), ...(gSecs[1]?.[1] ?? []), ...(gSecs[2]?.[1] ?? []), ...gAsks, ...gEnd]),
  bylines: ['March 11, 2027', 'by', 'Maggie Fenwick', ...gComments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Wendle Rivers Trust', 'Campaigning for a clean, swimmable Wendle', 'Menu', ...gNav,
    'Source: Halden Water event duration monitoring returns, 2026.',
    'Spill hours at Marsh Lane against rainfall at the Fallow Green gauge, by month. Chart: Wendle Rivers Trust', 'Sign the petition',
    '3,180 people have already asked Halden Water to bring the Marsh Lane upgrade forward. Add your name.', 'Add my name', 'Share this:',
    'Facebook', 'X', 'Email', 'Like this:', 'Like', 'Loading...', 'Categories', 'Campaigns', 'Sewage', 'Tags', 'storm overflows', 'Halden Water',
    `2 thoughts on “${gTitle}”`, ...gComments.map(([, , t]) => t), 'Reply', 'Leave a Comment', 'Comment', 'Name',
    'Save my name, email, and website in this browser for the next time I comment.',
    'Search for:', 'Get involved', 'Join our Sunday testing team, or give £5 a month to keep the lab kit running.', 'Donate', 'Recent Posts',
    ...gRecent, '© 2027 Wendle Rivers Trust. Registered charity no. 1187462 • Built with GeneratePress', 'Manage Cookie Consent',
    'We use cookies to see which pages are read and to remember your preferences. We never sell your data.', 'Accept', 'Deny',
    'View preferences',
  ],
});

const fn = (n: number): string =>
  `<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-${n}" href="#footnote-${n}" target="_self">${n}</a>`;
const sTitle = 'The offsets that weren’t';
const sSub = 'I spent six months checking what 41 forest carbon projects actually protected. Most of the credits paid for trees that were never at risk.';
const sIntro = [
  j(
    `In 2022 I bought carbon credits to cover my flights for the year. They came from a forest project in the Ardal hills, and`,
    `the certificate said I had prevented 3.2 tonnes of CO2 from reaching the atmosphere.${fn(1)} It felt good for about a week.`,
  ),
  j(
    'Then I started wondering how anyone knew. Not whether the forest was still standing, which satellites can show, but',
    'whether it would have been cut down without my money. That second question is the whole business, and it turns out to be',
    'very hard to answer honestly.',
  ),
];
const sSecs: [string, string[]][] = [
  [
    'How a forest credit is made',
    [
      j(
        'A project developer draws a line around a forest and predicts how much of it would be cleared over the next ten years if',
        'nothing changed. That prediction, the baseline, is usually based on how fast forests nearby were cleared in the past. If',
        'the project then loses less forest than the baseline, the difference becomes credits.',
      ),
      j(
        `The problem is that the developer chooses the comparison area, and a higher predicted rate of clearing means more credits.`,
        `Nobody is lying, exactly. But every choice tends to lean the same way.${fn(2)}`,
      ),
    ],
  ],
  [
    'What I found',
    [
      j(
        'With two volunteers, I took 41 projects from the three largest registries that issued credits between 2019 and 2025, and',
        'compared each project area with similar forest nearby that had no project at all, using public satellite data on tree',
        'cover loss. The results were not subtle:',
      ),
    ],
  ],
  [
    'What should change',
    [
      j(
        'None of this means protecting forests is pointless. Several of the projects did real good for the people living in and',
        'around them, and a few clearly slowed clearing. The trouble is selling that good as a precise number of tonnes that cancel',
        'out a flight.',
      ),
      j(
        'The fix researchers keep proposing is simple to describe: set baselines centrally, from satellite data, and update them',
        `every year instead of once a decade. Two registries have said they will start doing this in 2028.${fn(3)} Until then, I have`,
        'stopped buying offsets and give the same money to the Ardal forest guards directly.',
      ),
    ],
  ],
];
const sFound = [
  'In 29 of the 41 projects, forest loss in the comparison areas was no higher than in the project, so the credits reflected no real difference.',
  'Across all 41, we estimate that about 14% of the credits issued matched real avoided clearing.',
  'The eight projects with the most credits all used baselines at least twice the regional clearing rate.',
];
const sQuote = j(
  '“The forests are real and the people protecting them are real. The tonnes are a story we tell about what might have',
  'happened otherwise, and the story is written by the person who gets paid for it.”',
);
const sAfterQuote = 'That is how Liesl Marchetti, who studies land-use carbon at the University of Corrow, put it when I showed her our numbers.';
const sNotes = [
  'The retailer has since closed. I still have the PDF.',
  j(
    'A longer explanation of baselines, with diagrams, is in my post from last October. The short version: the baseline is a',
    'prediction, and predictions can be tuned.',
  ),
  'Both announced it in their 2026 annual reports. Neither has published the method yet.',
];
const sComments: [string, string, string, string][] = [
  [
    'Ruth Okonjo',
    'Mar 16',
    'This matches what we saw auditing two projects in the east. The baseline maps were drawn before anyone visited the site.',
    'Like (31)',
  ],
  ['Paavo Lindqvist', 'Mar 17', 'Would love to see the spreadsheet for the 41 projects. Is it public?', 'Like (8)'],
];
const sNav = ['Home', 'Notes', 'Archive', 'About'];
const ufi = (likes: string, comments: string): string => `<div class="post-ufi style-large"><div class="like-button-container post-ufi-button
style-large"><a role="button" class="post-ufi-button style-large has-label with-border" aria-label="Like (${likes})"><svg aria-hidden="true"></svg><div
class="label">${likes}</div></a></div><a role="button" href="https://heatbudget.substack.example/p/the-offsets-that-werent/comments" class="post-ufi-button
style-large post-ufi-comment-button has-label with-border" aria-label="View comments (${comments})"><svg aria-hidden="true"></svg><div
class="label">${comments}</div></a><a role="button" class="post-ufi-button style-large has-label with-border" aria-label="Restack"><svg
aria-hidden="true"></svg></a><div class="post-ufi-button style-large share-button"><a role="button" class="post-ufi-button style-large has-label
with-border"><svg aria-hidden="true"></svg><div class="label">Share</div></a></div></div>`;
const subscribe = (
  caption: string,
): string => `<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://heatbudget.substack.example/subscribe?&quot;}"
data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${caption}</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input
type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div>
</form></div></div>`;
const sHead = (h: string): string => `<h2 class="header-anchor-post">${h}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute
pc-reset header-anchor-parent"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§${h.toLowerCase().replace(/ /g, '-')}"
class="pencraft pc-reset header-anchor offset-top"></div><button tabindex="0" type="button" aria-label="Link" data-href="#§" class="pencraft
pc-display-flex pc-alignItems-center pc-justifyContent-center pc-reset iconButton-mCN5M0"><svg aria-hidden="true"></svg></button></div></div></h2>`;
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>The offsets that weren’t - by Tomas Ilves-Kerr - Heat Budget</title><meta name="description" content="${sSub}">
<meta property="og:url" content="https://heatbudget.substack.example/p/the-offsets-that-werent"><meta property="og:type" content="article">
<meta property="og:title" content="${sTitle}"><meta property="og:description" content="${sSub}"><meta name="author" content="Tomas Ilves-Kerr">
<link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/theme/main.4b9e3f2d9a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://heatbudget.substack.example/p/the-offsets-that-werent",
"headline":"${sTitle}","description":"${sSub}","datePublished":"2027-03-16T11:02:41+00:00","isAccessibleForFree":true,
"author":[{"@type":"Person","name":"Tomas Ilves-Kerr","url":"https://substack.com/@tomasik"}],
"publisher":{"@type":"Organization","name":"Heat Budget"}}</script>
<script>
window._preloads = JSON.parse("{\\"post\\":{\\"id\\":158204417,\\"slug\\":\\"the-offsets-that-werent\\",\\"reactions\\":{\\"❤\\":218}}}")</script>
</head><body class="pub-1822093 post-page"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu-content"><div class="topbar-spacer"></div><div class="topbar-content"><div class="navbar-logo-container"><a href="/"
native="true"><img class="navbar-logo" alt="" src="https://substackcdn.com/image/fetch/w_80,h_80/heat-budget-logo.png"></a></div>
<h1 class="navbar-title"><a class="navbar-title-link" href="/">Heat Budget</a></h1><div class="navbar-buttons"><button tabindex="0" type="button"
class="button primary subscribe-cta">Subscribe</button><div data-href="https://substack.com/sign-in" class="button sign-in-link">Sign in</div></div></div>
<div class="topbar-nav"><nav class="pencraft pc-display-flex pc-reset" aria-label="Publication navigation">${sNav
  .map((t) => `<a href="/${t.toLowerCase()}" class="pencraft pc-reset nav-tab">${t}</a>`)
  .join('')}</nav></div></div>
<div class="container"><div class="single-post-container"><div class="container"><div class="single-post"><div class="post-header" role="region"
aria-label="Post header"><h1 dir="auto" class="post-title published title-X77sOw">${sTitle}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${sSub}</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingBottom-20 pc-reset"><div class="pencraft pc-display-flex pc-flexDirection-column pc-reset">
<div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC
transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA"><span class="profile-hover-card-target profileHoverCardTarget-PBxvGm"><a
href="https://substack.com/@tomasik" class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ">Tomas Ilves-Kerr</a></span></div>
<div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El
font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">Mar 16, 2027</div></div></div></div>
${ufi('218', '44')}</div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(sIntro)}
${subscribe('Heat Budget is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.')}
${sHead(sSecs[0]?.[0] ?? '')}
${ps(sSecs[0]?.[1] ?? [])}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substackcdn.com/image/fetch/f_auto/ardal-hills-clearing.jpeg" data-component-name="Image2ToDOM"><div class="image2-inset"><picture><img
src="https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto/ardal-hills-clearing.jpeg" width="1456" height="971" alt="" class="sizing-normal"
loading="lazy"></picture><div class="image-link-expand"><div class="pencraft pc-display-flex pc-gap-8 pc-reset"><button tabindex="0" type="button"
class="pencraft pc-reset pencraft icon-container restack-image"><svg aria-hidden="true"></svg></button><button tabindex="0" type="button"
class="pencraft pc-reset pencraft icon-container view-image"><svg aria-hidden="true"></svg></button></div></div></div></a><figcaption
class="image-caption">The edge of the Ardal hills project in 2025. The cleared land on the right was the project’s comparison area.</figcaption></figure></div>
${sHead(sSecs[1]?.[0] ?? '')}
${ps(sSecs[1]?.[1] ?? [])}
<ol>${lis(sFound.map((t) => `<p>${t}</p>`))}</ol>
<blockquote><p>${sQuote}</p></blockquote>
<p>${sAfterQuote}</p>
<p class="button-wrapper"
data-attrs="{&quot;url&quot;:
&quot;https://heatbudget.substack.example/p/the-offsets-that-werent?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,
&quot;text&quot;:&quot;Share&quot;}"
data-component-name="ButtonCreateButton"><a class="button primary"
href="https://heatbudget.substack.example/p/the-offsets-that-werent?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share">
<span>Share</span></a></p>
${sHead(sSecs[2]?.[0] ?? '')}
${ps(sSecs[2]?.[1] ?? [])}
${sNotes
  .map(
    (t, i) => `<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-${i + 1}" href="#footnote-anchor-${i + 1}" class="footnote-number"
contenteditable="false" target="_self">${i + 1}</a><div class="footnote-content"><p>${t}</p></div></div>`,
  )
  .join('\n')}
</div></div>
${subscribe('Thanks for reading Heat Budget! Subscribe for free to receive new posts and support my work.')}
${ufi('218', '44')}
<div class="post-footer use-separators"><div class="pencraft pc-reset"><a href="/p/the-offsets-that-werent/comments" class="button primary">Leave a
comment</a></div></div>
<div id="discussion" class="comments-section"><div class="comments-section-heading"><h4 class="pencraft pc-reset">Discussion about this post</h4>
<div class="pencraft pc-display-flex pc-reset" role="tablist"><button role="tab" aria-selected="true" class="pencraft pc-reset tab-selected">Comments</button>
<button role="tab" aria-selected="false" class="pencraft pc-reset">Restacks</button></div></div>
<div class="comment-input-placeholder"><textarea placeholder="Write a comment..." aria-label="Write a comment"></textarea></div>
<div class="comments-page"><div class="comment-list-items">${sComments
  .map(
    ([n, d, t, l]) => `<div class="comment"><div class="comment-content"><div class="comment-head"><a class="comment-meta-item commenter-name"
href="https://substack.com/@${n.split(' ')[0]?.toLowerCase() ?? ''}">${n}</a><a class="comment-meta-item comment-date" href="#">${d}</a></div>
<div class="comment-body"><p>${t}</p></div><div class="comment-actions"><button class="comment-action like">${l}</button><button
class="comment-action">Reply</button><button class="comment-action">Share</button></div></div></div>`,
  )
  .join('\n')}</div><a class="more-comments" href="/p/the-offsets-that-werent/comments">42 more comments...</a></div></div>
</div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div class="footer-blurbs"><div class="footer-copyright-blurb">© 2027
Tomas Ilves-Kerr</div><div class="footer-terms-blurb"><a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a
href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div></div><div class="footer-buttons"><a native="true"
href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer" class="footer-substack-cta">Start writing</a><a
native="true" href="https://substack.com/app/app-store-redirect" class="button">Get the app</a></div><div class="footer-slogan-blurb"><a
href="https://substack.com" native="true">Substack</a> is the home for great culture</div></div></div></div></div></div>
<script src="https://substackcdn.com/bundle/static/js/main.3a1c7d84.js" charset="utf-8"></script></body></html>`;
const substack: TestPage = gold({
  name: 'heldout709-substack-forest-offsets',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sSecs.map(([h]) => h),
  body: texts([sSub, ...sIntro, ...(sSecs[0]?.[1] ?? []), ...(sSecs[1]?.[1] ?? []), ...sFound, sQuote, sAfterQuote, ...(sSecs[2]?.[1] ?? [])]),
  bylines: ['Tomas Ilves-Kerr', 'Mar 16, 2027', ...sComments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Heat Budget', 'Subscribe', 'Sign in', ...sNav, '218', '44', 'Share',
    'Heat Budget is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    'The edge of the Ardal hills project in 2025. The cleared land on the right was the project’s comparison area.', '1', '2', '3', ...sNotes,
    'Thanks for reading Heat Budget! Subscribe for free to receive new posts and support my work.', 'Leave a comment',
    'Discussion about this post', 'Comments', 'Restacks', ...sComments.flatMap(([, , t, l]) => [t, l]), 'Reply', '42 more comments...',
    '© 2027 Tomas Ilves-Kerr', 'Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
});

export const HELDOUT709_C: readonly TestPage[] = [generatepress, substack];
