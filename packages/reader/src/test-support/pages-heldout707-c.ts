import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout707-kit.js';

/**
 * Held-out batch 707, file c: a camera field test on a photographer's WordPress blog (GeneratePress theme, block editor
 * images and gallery, Jetpack share and like buttons and related posts, comments and a sidebar), and a members-only post with
 * a public preview on a retro-games newsletter run on Ghost (Source theme, bookmark and callout cards, upgrade box).
 */
const wTitle = 'Field test: a week of sea fog with the Orsen M5';
const wIntro = [
  j(
    'I borrowed an Orsen M5 from the camera shop on Quay Street for a week in February, which on this stretch of coast means fog,',
    'drizzle and about forty minutes of usable light a day. That is not a fair test of any camera. It is, however, the light I',
    'actually shoot in, so it is the test I care about.',
  ),
  j(
    'The M5 is Orsen’s new mid-range mirrorless body: 33 megapixels, in-body stabilisation, weather sealing and a price of £1,649',
    'body only. I used it with the 35mm f/2 and the 85mm f/1.8, both of which I already own for my older M3.',
  ),
];
const wSecs: [string, string[]][] = [
  [
    'Handling in the wet',
    [
      j(
        'The grip is deeper than on the M3 and my little finger finally has somewhere to go. The buttons are slightly larger, which',
        'matters more than it sounds with cold, wet hands. I shot for two hours in steady drizzle on the harbour wall at Penhallow',
        'and the camera carried on without complaint, though the rear screen collected enough water to make touch focus useless.',
      ),
      j(
        'The one thing I kept getting wrong was the new lock switch on the mode dial. It sits exactly where my thumb rests, and I',
        'locked myself out of aperture priority three times on the first day.',
      ),
    ],
  ],
  [
    'Autofocus in fog',
    [
      j(
        'Fog is hard for autofocus because there is so little contrast, and the M3 used to hunt badly on the lighthouse at Carrick',
        'Point once the lamp came on. The M5 locked on almost every time, and subject detection picked out the figure of a dog walker',
        'on the beach at a distance where I could barely see her myself.',
      ),
      'Settings I ended up using for most of the week:',
    ],
  ],
  [
    'Image quality',
    [
      j(
        'The files are lovely. There is more room to lift the shadows than on the M3, and at ISO 3200 the noise is fine and even,',
        'with none of the blotchy colour I used to get in grey skies. The white balance leaned cool in fog, which I mostly liked, but',
        'skin tones needed warming up in every portrait I took indoors.',
      ),
    ],
  ],
  [
    'Should you upgrade?',
    [
      j(
        'If you shoot an M3 in good light, probably not yet. If you shoot in the kind of weather we have here, the better grip, the',
        'sealing and the autofocus make a real difference. I have put my name down for one, and my M3 is going to my nephew.',
      ),
    ],
  ],
];
const wSettings = [
  'Aperture priority, auto ISO capped at 6400',
  'Single-point autofocus with subject detection set to people',
  'Raw plus a small JPEG, with the Soft Monochrome profile for the JPEG',
  'Electronic shutter off, because of the harbour lights flickering',
];
const wCaps = ['The lighthouse at Carrick Point, 85mm f/1.8, 1/200s, ISO 1600', 'Morning on the harbour wall, 35mm f/2, 1/125s, ISO 800'];
const wNav = ['Home', 'Portfolio', 'Field Tests', 'Workshops', 'Prints', 'About'];
const wRelated = ['Five years with the Orsen M3', 'Shooting the winter storms at Penhallow', 'Which 35mm lens for a small body?'];
const wRelatedDates = ['October 3, 2025', 'January 12, 2027', 'May 20, 2026'];
const wRecent = ['Printing on cotton rag at home', 'The Carrick Point lighthouse at night', 'A cheap tripod that did not fall over'];
const wCats = ['Field Tests', 'Landscapes', 'Workshops'];
const wComments: [string, string, string][] = [
  [
    'Harriet Doyle',
    'March 2, 2027 at 8:14 am',
    'Thanks for this, Tomas. The mode dial lock drives me mad too. Did you find a way to turn it off in the menus?',
  ],
  ['Tomas Reyes', 'March 2, 2027 at 9:40 am', 'Sadly not, Harriet. It is mechanical, so the only fix is to stop resting your thumb on it!'],
  ['Owen P.', 'March 3, 2027 at 7:02 pm', 'Lovely lighthouse shot. How much did you lift the shadows on that one?'],
];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${wTitle} &#8211; Light Over Harrow</title>
<link rel="canonical" href="https://lightoverharrow.co.uk/2027/03/orsen-m5-field-test/" />
<meta property="og:locale" content="en_GB" /><meta property="og:type" content="article" /><meta property="og:title" content="${wTitle}" />
<meta property="article:published_time" content="2027-03-01T18:05:31+00:00" /><meta name="author" content="Tomas Reyes" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Tomas Reyes"},"datePublished":"2027-03-01T18:05:31+00:00","articleSection":["Field Tests"]}]}</script>
<link rel='stylesheet' id='wp-block-library-css' href='https://lightoverharrow.co.uk/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='generate-style-css' href='https://lightoverharrow.co.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1'
media='all' />
<link rel='stylesheet' id='jetpack-sharing-buttons-style-css' href='https://lightoverharrow.co.uk/wp-content/plugins/jetpack/sharing.css?ver=14.1' media='all'
/>
<script id="jetpack-related-posts-js-extra">var related_posts_js_options = {"post_heading":"h4"};</script></head>
<body class="post-template-default single single-post postid-1187 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://lightoverharrow.co.uk/" rel="home">Light Over Harrow</a></p><p class="site-description" itemprop="description">Photographs and notes from
the north coast</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true"></svg></span><span class="screen-reader-text">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">${links(wNav, 'menu-item menu-item-type-post_type')}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-1187" class="post-1187 post type-post status-publish format-standard has-post-thumbnail hentry
category-field-tests tag-fog tag-mirrorless tag-orsen" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="800"
src="https://lightoverharrow.co.uk/wp-content/uploads/2027/03/m5-harbour.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image"
decoding="async" fetchpriority="high" /></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2027-03-01T18:05:31+00:00" itemprop="datePublished">March 1,
2027</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="https://lightoverharrow.co.uk/author/tomas/" title="View all posts by Tomas Reyes" rel="author" itemprop="url"><span class="author-name"
itemprop="name">Tomas Reyes</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(wIntro)}
<h2 class="wp-block-heading">${wSecs[0]?.[0]}</h2>
${ps(wSecs[0]?.[1] ?? [])}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"
src="https://lightoverharrow.co.uk/wp-content/uploads/2027/03/carrick.jpg"
alt="Carrick Point lighthouse in fog" class="wp-image-1191" /><figcaption class="wp-element-caption">${at(wCaps, 0)}</figcaption></figure>
<h2 class="wp-block-heading">${wSecs[1]?.[0]}</h2>
${ps(wSecs[1]?.[1] ?? [])}
<ul class="wp-block-list">${lis(wSettings)}</ul>
<h2 class="wp-block-heading">${wSecs[2]?.[0]}</h2>
${ps(wSecs[2]?.[1] ?? [])}
<figure class="wp-block-gallery has-nested-images columns-2 is-cropped wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">
<figure class="wp-block-image size-large"><img decoding="async" src="https://lightoverharrow.co.uk/wp-content/uploads/2027/03/wall.jpg" alt=""
class="wp-image-1193"/>
<figcaption class="wp-element-caption">${at(wCaps, 1)}</figcaption></figure>
<figure class="wp-block-image size-large"><img decoding="async" src="https://lightoverharrow.co.uk/wp-content/uploads/2027/03/beach.jpg" alt=""
class="wp-image-1194"/>
</figure><figcaption class="blocks-gallery-caption wp-element-caption">All images straight from the camera, with only crops.</figcaption></figure>
<h2 class="wp-block-heading">${wSecs[3]?.[0]}</h2>
${ps(wSecs[3]?.[1] ?? [])}
<p><em>Thanks to Fenwick Cameras on Quay Street for the loan. They did not see this post before it went up.</em></p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="?share=facebook"
target="_blank" title="Click to share on Facebook"><span>Facebook</span><span class="sharing-screen-reader-text">Click to share on Facebook (Opens in new
window)</span></a></li><li class="share-x"><a rel="nofollow noopener noreferrer" class="share-x sd-button share-icon" href="?share=x" target="_blank"
title="Click to share on X"><span>X</span><span class="sharing-screen-reader-text">Click to share on X (Opens in new window)</span></a></li>
<li class="share-end"></li></ul></div></div></div>
<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-1187' data-name='like-post-frame'>
<h3 class="sd-title">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span
class='button'><span>Like</span>
</span> <span class="loading">Loading...</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>
<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">${wRelated
  .map(
    (t, i) => `<div class="jp-relatedposts-post jp-relatedposts-post${i}" data-post-format="false"><h4 class="jp-relatedposts-post-title"><a
class="jp-relatedposts-post-a"
href="https://lightoverharrow.co.uk/p/${i}/">${t}</a></h4><time class="jp-relatedposts-post-date" style="display:block">${at(wRelatedDates, i)}</time>
<p class="jp-relatedposts-post-context">In &quot;Field Tests&quot;</p></div>`,
  )
  .join('\n')}</div></div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"><svg aria-hidden="true"></svg></span>
<span class="screen-reader-text">Categories </span><a href="/category/field-tests/" rel="category tag">Field Tests</a></span> <span class="tags-links">
<span class="gp-icon icon-tags"><svg aria-hidden="true"></svg></span><span class="screen-reader-text">Tags </span><a href="/tag/fog/" rel="tag">fog</a>,
<a href="/tag/mirrorless/" rel="tag">mirrorless</a>, <a href="/tag/orsen/" rel="tag">Orsen</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"><svg
aria-hidden="true"></svg></span>
<span class="prev"><a href="/2027/02/printing-on-cotton-rag/" rel="prev">Printing on cotton rag at home</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">3 thoughts on &ldquo;${wTitle}&rdquo;</h3>
<ol class="comment-list">${wComments
  .map(
    ([n, d, t], i) => `<li id="comment-${40 + i}" class="comment ${i === 1 ? 'byuser comment-author-tomas bypostauthor odd alt' : 'even'} depth-1">
<article class="comment-body" id="div-comment-${40 + i}" itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta">
<img alt='' src='https://secure.gravatar.com/avatar/${i}?s=50&#038;d=mm&#038;r=g' class='avatar avatar-50 photo' height='50' width='50' loading='lazy'/>
<div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><cite itemprop="name"
class="fn">${n}</cite></div><div class="entry-meta comment-metadata"><a href="#comment-${40 + i}"><time datetime="2027-03-0${2 + (i > 1 ? 1 : 0)}"
itemprop="datePublished">${d}</time></a></div></div><span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${40 + i}">Reply</a></span>
</footer><div class="comment-content" itemprop="text"><p>${t}</p></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post"
id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea
id="comment" name="comment" cols="45" rows="8"></textarea></p><label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author"
name="author" type="text" value="" size="30" required /><label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email"
name="email" type="email" value="" size="30" required /><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent"
name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser
for the next time I comment.</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form>
</div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search
for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" title="Search for:"></label><button class="search-submit"
aria-label="Search"><span class="gp-icon icon-search"><svg aria-hidden="true"></svg></span></button></form></aside>
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">About me</h2><div class="textwidget"><p>I am Tomas, a landscape
photographer
on the north coast. I run small workshops in winter and sell prints from my studio in Harrow Bay.</p></div></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(wCats, 'cat-item')}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info
grid-container">
<div class="copyright-bar"><span class="copyright">&copy; 2027 Light Over Harrow</span> &bull; Built with <a href="https://generatepress.com"
itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js" src="https://lightoverharrow.co.uk/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script>
<script src="https://lightoverharrow.co.uk/wp-content/plugins/jetpack/_inc/build/likes/queuehandler.min.js?ver=14.1"
id="jetpack_likes_queuehandler-js"></script>
</body></html>`;
const wordpress: TestPage = gold({
  name: 'heldout707-generatepress-camera-fog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map(([h]) => h),
  body: texts([
    ...wIntro,
    ...(wSecs[0]?.[1] ?? []),
    ...(wSecs[1]?.[1] ?? []),
    ...wSettings,
    ...(wSecs[2]?.[1] ?? []),
    ...(wSecs[3]?.[1] ?? []),
    'Thanks to Fenwick Cameras on Quay Street for the loan. They did not see this post before it went up.',
  ]),
  bylines: ['March 1, 2027', 'by', 'Tomas Reyes', ...wComments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Light Over Harrow', 'Photographs and notes from the north coast', 'Menu', ...wNav, ...wCaps,
    'All images straight from the camera, with only crops.', 'Share this:', 'Facebook', 'Click to share on Facebook (Opens in new window)', 'X',
    'Click to share on X (Opens in new window)', 'Like this:', 'Like', 'Loading...', 'Related', ...wRelated, ...wRelatedDates, 'In "Field Tests"',
    'Categories', 'Field Tests', 'Tags', 'fog', 'mirrorless', 'Orsen', 'Printing on cotton rag at home', `3 thoughts on “${wTitle}”`,
    ...wComments.map(([, , t]) => t), 'Reply', 'Leave a Comment', 'Comment', 'Name', 'Email',
    'Save my name, email, and website in this browser for the next time I comment.', 'Search for:', 'About me',
    'I am Tomas, a landscape photographer on the north coast. I run small workshops in winter and sell prints from my studio in Harrow Bay.',
    'Recent Posts', ...wRecent, ...wCats, '© 2027 Light Over Harrow', 'Built with GeneratePress',
  ],
});

const gTitle = 'The save battery problem nobody warned you about';
const gDek = 'Thousands of old cartridges are running on coin cells that are older than the people buying them. Here is how to tell, and what to do.';
const gBody = [
  j(
    'Last month a reader called Pia sent me a photo of a cartridge of <em>Starfold Saga</em> with a note: “It says NEW GAME. It has',
    'said CONTINUE for twenty-two years.” Her save file, with a 140-hour party she had kept since school, was gone.',
  ),
  j(
    'She is not alone. Most cartridges from the late 1980s to the early 2000s kept their saves in a small chip of static memory,',
    'and that chip only remembers anything while a coin cell battery soldered to the board keeps it powered. The cells were',
    'rated for about ten years. Most of them are now well past twenty-five.',
  ),
  'How to tell if yours is at risk',
  j(
    'There is no warning light. The first sign is usually a save that fails to appear, or a game that boots with its clock reset',
    'to midnight. By then, whatever was in memory has almost always been lost. If your cartridge has a battery save and you have',
    'never opened it, assume the battery is near the end.',
  ),
  j(
    'The good news is that you can check without risking anything. With the cartridge open, a cheap multimeter across the',
    'battery should read close to 3 volts. Anything under 2.5 and I would back up the save that same day.',
  ),
];
const gCallout =
  'Before you open anything: back up the save first. A dumper that reads the cartridge through the slot costs less than a new battery and a lost save.';
const gTail = j(
  'In the rest of this post, for members, I go through the two ways to replace the cell, with and without a soldering iron, the',
  'holders I have tested, and the one mistake that wiped a save of my own.',
);
const gNav = ['Home', 'Archive', 'Guides', 'About'];
const gMore: [string, string, string][] = [
  ['Reading the date codes on old cartridge boards', 'Jan 16, 2027', '4 min read'],
  ['A year of playing only handheld games', 'Dec 30, 2026', '9 min read'],
  ['Why I stopped buying sealed copies', 'Dec 12, 2026', '5 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle}</title><link rel="preload" as="style" href="https://savestate.blog/assets/built/screen.css?v=7e2c4d9a1b">
<link rel="stylesheet" type="text/css" href="https://savestate.blog/assets/built/screen.css?v=7e2c4d9a1b">
<meta name="description" content="${gDek}"><link rel="icon" href="https://savestate.blog/content/images/size/w256h256/2026/05/icon.png" type="image/png">
<link rel="canonical" href="https://savestate.blog/save-battery-problem/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Save State"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2027-02-06T08:00:00.000Z"><meta property="article:tag" content="Hardware">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Save State"},
"author":{"@type":"Person","name":"Jonah Aalders"},"headline":"${gTitle}","datePublished":"2027-02-06T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.105">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.48/umd/portal.min.js" data-i18n="true" data-ghost="https://savestate.blog/"
data-key="4f2a9c1e8b7d6a5f3c2e1d0b9a" data-api="https://savestate.blog/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="4f2a9c1e8b7d6a5f3c2e1d0b9a"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/main.css" data-sodo-search="https://savestate.blog/" crossorigin="anonymous"></script>
<link href="https://savestate.blog/webmentions/receive/" rel="webmention"><script defer src="/public/cards.min.js?v=7e2c4d9a1b"></script>
<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=7e2c4d9a1b"></head>
<body class="post-template tag-hardware tag-hash-members has-sans-title has-sans-body">
<div class="gh-viewport"><header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner">
<div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="https://savestate.blog">Save State</a>
<button class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger gh-icon-button" aria-label="Menu"></button></div>
<nav class="gh-navigation-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}"><a
href="https://savestate.blog/${t === 'Home' ? '' : `${t.toLowerCase()}/`}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav>
<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-hardware tag-hash-members">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="https://savestate.blog/tag/hardware/">Hardware</a>
<h1 class="gh-article-title is-title">${gTitle}</h1>
<p class="gh-article-excerpt is-body">${gDek}</p>
<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="/author/jonah/"><img class="author-profile-image"
src="/content/images/2026/05/jonah.jpg" alt="Jonah Aalders"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/jonah/">Jonah Aalders</a></h4>
<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2027-02-06">Feb 6, 2027</time>
<span class="gh-article-meta-length"><span class="bull">—</span> 7 min read</span></div></div></div>
<figure class="gh-article-image"><img srcset="/content/images/size/w300/2027/02/cells.jpg 300w, /content/images/size/w720/2027/02/cells.jpg 720w"
src="/content/images/size/w1200/2027/02/cells.jpg" alt="A row of opened cartridges with their coin cells showing">
<figcaption><span style="white-space: pre-wrap;">Five cartridges from one shelf. Four of the batteries read under 2.5
volts.</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gBody.slice(0, 2))}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://savestate.blog/date-codes/"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">${gMore[0]?.[0]}</div><div class="kg-bookmark-description">The little stamped numbers on a board tell you when it was made,
and roughly how old the battery is.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/content/images/icon.png" alt="">
<span class="kg-bookmark-author">Save State</span><span class="kg-bookmark-publisher">Jonah Aalders</span></div></div></a></figure>
<h2 id="how-to-tell-if-yours-is-at-risk">${at(gBody, 2)}</h2>
${ps(gBody.slice(3))}
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">⚠️</div><div class="kg-callout-text">${gCallout}</div></div>
<p>${gTail}</p>
<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #d64f2a">
<h2>This post is for subscribers only</h2><a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#d64f2a">Subscribe now</a>
<p><small>Already have an account? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></aside>
</section></article>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2>
<div class="gh-feed">${gMore
  .map(
    ([t, d, r]) => `<article class="gh-card post"><a class="gh-card-link" href="https://savestate.blog/p/"><div class="gh-card-wrapper">
<h3 class="gh-card-title is-title">${t}</h3><footer class="gh-card-meta"><span class="gh-card-author">By Jonah Aalders</span>
<time class="gh-card-date" datetime="2027-01-16">${d}</time><span class="gh-card-duration">${r}</span></footer></div></a></article>`,
  )
  .join('\n')}</div></div></section></main>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">Save State</span>
<nav class="gh-footer-menu"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-rss"><a
href="/rss/">RSS</a></li></ul></nav>
<div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>
<section class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">Save State</h2><p class="gh-footer-signup-subhead is-body">Notes on keeping old
games playable. One email a fortnight.</p><form class="gh-form" data-members-form><input class="gh-form-input" id="footer-email" name="email" type="email"
placeholder="jamie@example.com" required data-members-email><button class="gh-button" type="submit" aria-label="Subscribe"><span><span>Subscribe</span>
<svg aria-hidden="true"></svg></span></button></form></section></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__ui"><button class="pswp__button pswp__button--close" title="Close (Esc)">
</button><div class="pswp__counter">1 / 1</div></div></div>
<script src="https://savestate.blog/assets/built/source.js?v=7e2c4d9a1b"></script></body></html>`;
const ghost: TestPage = gold({
  name: 'heldout707-ghost-save-battery',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 2)],
  body: texts([gDek, ...gBody.filter((_, i) => i !== 2), gCallout, gTail]),
  bylines: ['Jonah Aalders', 'Feb 6, 2027', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Save State', ...gNav, 'Sign in', 'Subscribe', 'Hardware', 'Five cartridges from one shelf. Four of the batteries read under 2.5 volts.',
    ...gMore.flat(), 'The little stamped numbers on a board tell you when it was made, and roughly how old the battery is.',
    'This post is for subscribers only',
    'Subscribe now', 'Already have an account?', 'Read more', 'By Jonah Aalders', 'Sign up', 'RSS', 'Powered by Ghost',
    'Notes on keeping old games playable. One email a fortnight.',
  ],
});

export const HELDOUT707_C: readonly TestPage[] = [wordpress, ghost];
