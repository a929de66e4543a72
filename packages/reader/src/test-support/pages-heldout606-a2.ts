import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout606-kit.js';

/**
 * Held-out batch 606, file a2: a longcase clock restoration story on WordPress with GeneratePress (right sidebar, entry meta,
 * post navigation, two comments and the comment form).
 */
const gTitle = 'Bringing a 1790s Halifax longcase back to life';
const gIntro = j(
  'Most of the longcase clocks we restore are not museum pieces. They are family clocks that have stood in the same hall for a',
  'century and stopped one day for reasons nobody remembers. This is the story of one of them.',
);
const gHeads = ['How it arrived', 'The movement', 'The painted dial', 'The case', 'Back home'];
const gSecs: readonly (readonly string[])[] = [
  [
    j(
      'Some clocks arrive in a van, wrapped in blankets and carried in by two people. This one came in the back of a hatchback in',
      'three pieces, with the pendulum tucked under a dog bed. The owners, a couple from Brackenholme, had inherited it from an',
      'aunt and had been told it had not run since the 1980s.',
    ),
    j(
      'The clock is an eight-day longcase with a painted dial signed for a maker in Halifax and a case of oak with mahogany',
      'crossbanding. Nothing about it is rare, which is exactly why we like clocks like this: they were made to be used, and they',
      'usually have been.',
    ),
  ],
  [
    j(
      'With the hood off and the dial removed, the movement told its own story. The plates were black with old oil and brass dust,',
      'the great wheel had two bent teeth, and someone had replaced the crutch with a piece of steel wire bent into shape with pliers.',
    ),
    j(
      'We stripped the movement completely and cleaned every part. The pivots on the escape wheel and third wheel were scored, so',
      'they were repolished in the lathe, and four pivot holes had worn oval and were rebushed. The two bent teeth were straightened',
      'and dressed rather than replaced, since they had not cracked at the root.',
    ),
    'The work on the movement, in order:',
  ],
  [
    j(
      'Painted dials of this period were made by specialist dial makers and sold to the clockmaker, who added his name. This dial',
      'shows a country scene in the arch and the four seasons in the corners. The paint was sound but dull, with a film of nicotine',
      'that turned the white ground the colour of weak tea.',
    ),
    j(
      'We do not repaint dials. The surface was cleaned with a mild solvent a small area at a time, which brought the white back',
      'without touching the original numerals. One loose flake by the VII was consolidated so that it would not lift further.',
    ),
  ],
  [
    j(
      'The case had stood on a damp floor at some point and the plinth was soft at the back. Our cabinetmaker cut out the rotten',
      'wood and let in new oak, stained to match, and made a new back board to the plinth. The trunk door lock was missing its key,',
      'so a new key was cut to fit the old lock.',
    ),
    j(
      'We cleaned the case with a wax that lifts the dirt without taking off the old finish, then gave it a coat of fresh wax.',
      'The scratches and wear on the door where generations of hands have opened it to wind the clock were left alone.',
    ),
  ],
  [
    j(
      'After three weeks on test in the workshop the clock was keeping time to within a minute a week. We delivered it, set it up',
      'on a level base against an inside wall, put it in beat and showed the owners how to wind it and how to move the hands',
      'without upsetting the strike.',
    ),
    j(
      'They sent us a message a month later to say the aunt used to stop the clock every night because the strike kept her awake.',
      'They have decided to let it strike.',
    ),
  ],
];
const gSteps = [
  'stripped, cleaned and inspected every wheel and pinion',
  'rebushed four worn pivot holes and repolished the pivots',
  'made a new brass crutch to replace the wire one',
  'fitted new gut lines and checked the pulleys',
  'adjusted the strike so that it counts the hours correctly',
];
const gCap = 'The dial after cleaning, with the seasons back in colour.';
const gNav = ['Home', 'Services', 'Restoration Stories', 'Clocks for Sale', 'About', 'Contact'];
const gRecent = ['Why your mantel clock stops at the same time each day', 'A skeleton clock under a glass dome', 'Moving a longcase clock safely'];
const gCats = ['Longcase Clocks', 'Mantel Clocks', 'Workshop News'];
const gComments = [
  [
    'Ruth Oldroyd',
    'March 6, 2026 at 9:14 am',
    'Lovely to see the dial cleaned rather than repainted. Ours was “restored” in the 1970s and it has never looked right.',
  ],
  ['Alan Pickersgill', 'March 8, 2026 at 7:52 pm', 'Did you find out which dial maker supplied it? Birmingham makers often stamped the false plate.'],
];
const gComment = (c: readonly string[], i: number): string => `<li id="comment-${88 + i}" class="comment even thread-even depth-1">
<article class="comment-body" id="div-comment-${88 + i}"><footer class="comment-meta" aria-label="Comment meta"><img alt="" src="/avatar/${i}.png"
class="avatar avatar-50 photo" height="50" width="50"><div class="comment-author-info"><div class="comment-author vcard"><cite itemprop="name" class="fn">
${at(c, 0)}</cite></div><div class="entry-meta comment-metadata"><a href="#comment-${88 + i}"><time datetime="2026-03-0${6 + i}">${at(c, 1)}</time></a></div>
</div><span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${88 + i}">Reply</a></span></footer>
<div class="comment-content" itemprop="text"><p>${at(c, 2)}</p></div></article></li>`;
const gBodyHtml = gSecs
  .map((s, i) => {
    const list = i === 1 ? `\n<ul class="wp-block-list">${lis(gSteps)}</ul>` : '';
    const fig =
      i === 2
        ? `\n<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="768" src="/wp-content/uploads/2026/03/halifax-dial.jpg"
alt="Painted dial" class="wp-image-431"><figcaption class="wp-element-caption">${gCap}</figcaption></figure>`
        : '';
    return `<h2 class="wp-block-heading">${at(gHeads, i)}</h2>\n${ps(s)}${list}${fig}`;
  })
  .join('\n');
const gFootCopy = '© 2026 Brackenholme Clock Restoration • Built with GeneratePress';
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} – Brackenholme Clock Restoration</title><meta name="description" content="${gIntro.slice(0, 150)}">
<link rel="canonical" href="https://brackenholmeclocks.example/halifax-longcase-restoration/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-04T08:00:00+00:00">
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
<style id="generate-style-inline-css">body{background-color:#f2ede4;color:#2b2622;}.inside-article{padding:40px;}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${gTitle}","datePublished":"2026-03-04",
"author":{"@type":"Person","name":"Tom Haworth"}}</script></head>
<body class="post-template-default single single-post postid-412 single-format-standard wp-embed-responsive right-sidebar nav-below-header
separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">Brackenholme Clock Restoration</a></p>
<p class="site-description" itemprop="description">Longcase, bracket and mantel clocks since 1987</p></div></div></header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true" width="1em" height="1em"><path d="M0 96h512"/></svg></span>
<span class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
${links(gNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-412" class="post-412 post type-post status-publish format-standard has-post-thumbnail hentry
category-longcase-clocks" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1><div class="entry-meta"><span class="posted-on">
<time class="entry-date published" datetime="2026-03-04T08:00:00+00:00" itemprop="datePublished">March 4, 2026</time></span> <span class="byline">by
<span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<a class="url fn n" href="/author/tom/" title="View all posts by Tom Haworth"
rel="author" itemprop="url"><span class="author-name" itemprop="name">Tom Haworth</span></a></span></span></div></header>
<div class="featured-image page-header-image-single grid-container grid-parent">
<img width="1200" height="800" src="/wp-content/uploads/2026/03/halifax-longcase.jpg"
class="attachment-full size-full wp-post-image" alt="" itemprop="image" decoding="async"></div>
<div class="entry-content" itemprop="text">
<p>${gIntro}</p>
${gBodyHtml}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"><svg viewBox="0 0 512 512"
aria-hidden="true" width="1em" height="1em"><path d="M0 112h512"/></svg></span><span class="screen-reader-text">Categories </span>
<a href="/category/longcase-clocks/" rel="category tag">Longcase Clocks</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"><svg viewBox="0 0 192 512"
aria-hidden="true"><path d="M178 256L44 390"/></svg></span><span class="prev"><a href="/skeleton-clock-glass-dome/" rel="prev">${at(gRecent, 1)}</a>
</span></div>
<div class="nav-next"><span class="gp-icon icon-arrow-right"><svg viewBox="0 0 192 512" aria-hidden="true"><path d="M14 256L148 122"/></svg></span>
<span class="next"><a href="/mantel-clock-stops/" rel="next">${at(gRecent, 0)}</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “${gTitle}”</h3><ol class="comment-list">
${gComments.map(gComment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post"
id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label>
<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">Name</label>
<input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required><label for="email" class="screen-reader-text">Email</label>
<input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label>
<span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search …" value="" name="s" title="Search for:"></label>
<button class="search-submit" aria-label="Search"><span class="gp-icon icon-search"><svg viewBox="0 0 512 512" aria-hidden="true"><path d="M208 48"/>
</svg></span>
</button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(gCats, 'cat-item')}</ul></aside>
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">Visit the workshop</h2><div class="textwidget">
<p>Unit 3, Tannery Yard, Brackenholme. Open Monday to Friday by appointment.</p></div></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="copyright-bar">© 2026 Brackenholme Clock Restoration • Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){var e=document.body;}}();</script>
<script src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script>
</body></html>`;
const generatePress: TestPage = {
  name: 'heldout606-generatepress-longcase-restoration',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gIntro, ...gSecs.flatMap((s, i) => (i === 1 ? [...s, ...gSteps] : s))]),
  bylines: ['March 4, 2026', 'by Tom Haworth'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Brackenholme Clock Restoration', 'Longcase, bracket and mantel clocks since 1987', 'Menu', ...gNav.filter((t) => !['Home',
    'About'].includes(t)), gCap,
    'Categories', ...gRecent, `2 thoughts on “${gTitle}”`, ...gComments.flat(), 'Reply', 'Leave a Comment', 'Comment', 'Name', 'Email',
    'Save my name, email, and website in this browser for the next time I comment.', 'Search for:', 'Recent Posts', ...gCats.slice(1),
    'Visit the workshop', 'Unit 3, Tannery Yard, Brackenholme. Open Monday to Friday by appointment.', gFootCopy,
  ],
};

export const HELDOUT606_A2: readonly TestPage[] = [generatePress];
