import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout525-kit.js';

/**
 * Held-out batch 525, file c: a music shop's blog post on Ghost (Casper theme) with a members sign-up box and "read more"
 * cards, and a recording studio's news post on WordPress (Astra theme) with a sidebar and comments.
 */
const gTitle = 'How to choose your first digital piano without overspending';
const gDek = 'Eighty keys of advice from the people who sell them: what matters, what does not, and where the money goes.';
const gHeads = ['Speakers, headphones and the neighbours', 'Features you can ignore', 'What we would buy'];
const gSecs: string[][] = [
  [
    j(
      'Every week someone walks into Harrow &amp; Hammer with a printout of a keyboard they found online and asks whether it is any good.',
      'Usually it is fine. Sometimes it is a toy with a piano sound. The difference is not the price tag; it is how the keys feel',
      'under your fingers, and that is the one thing a product page cannot tell you.',
    ),
    j(
      'Look for 88 fully weighted keys with what makers call graded hammer action: the low notes feel heavier than the high ones,',
      'as they do on an acoustic piano. Semi-weighted and synth-action keys are lighter and faster, which is lovely for organ parts',
      'but will leave a learner struggling when they sit down at a real piano for an exam.',
    ),
    j(
      'If you can, play the instrument before you buy it. Play something slow and quiet, then something loud. A good action lets',
      'you play softly without notes dropping out.',
    ),
  ],
  [
    j(
      'Built-in speakers on pianos under £600 are usually small and sound boxy at high volume. That matters less than you think,',
      'because most of our customers with young families end up practising on headphones in the evening anyway.',
    ),
    j(
      'Check that the headphone socket is on the front or the left side, not hidden at the back, and that there are two of them if',
      'a teacher will sit beside the student. A pair of closed-back headphones costs about £50 and is worth more than a speaker upgrade.',
    ),
  ],
  [
    j(
      'Hundreds of voices, drum patterns and a built-in recorder look good in a brochure. In our experience, people use the grand',
      'piano sound, an electric piano and perhaps strings. Do not pay extra for the rest.',
    ),
    j(
      'Bluetooth MIDI, on the other hand, is worth having if you want to use learning apps on a tablet. It saves a cable and one',
      'more thing for a child to trip over.',
    ),
  ],
  [
    j(
      'For a beginner on a budget of around £500, a slab piano with a proper stand and a three-pedal unit is the best value. For',
      'about £900 you get a cabinet model with a lid that closes over the keys and better speakers, which looks like furniture and',
      'tends to get played more.',
    ),
    j(
      'Whatever you choose, buy a proper adjustable bench. A kitchen chair puts the wrists at the wrong height, and bad habits',
      'set in during the first few months.',
    ),
    j('Come and try a few in the shop. We have eleven models on the floor and the kettle is always on.'),
  ],
];
const gNav = ['Home', 'Shop', 'Lessons', 'Buying guides', 'About'];
const gMore = ['Five practice habits that stick', 'Caring for a piano in a damp house', 'Second-hand keyboards: what to check'];
const gArticle = gSecs.map(
  (sec, i) =>
    `${
      i === 0
        ? ''
        : `<h2 id="${at(gHeads, i - 1)
            .toLowerCase()
            .replace(/[^a-z]+/g, '-')}">${at(gHeads, i - 1)}</h2>\n`
    }${ps(sec)}`,
);
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3d4e5"><link rel="canonical"
href="https://blog.harrowandhammer.co.uk/first-digital-piano/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Harrow &amp; Hammer Journal">
<meta property="og:type" content="article"><meta property="og:title" content="${gTitle}"><meta property="article:published_time"
content="2027-01-14T09:00:00.000Z">
<meta property="article:tag" content="Buying guides"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Harrow &amp; Hammer Journal"},
"author":{"@type":"Person","name":"Morwenna Tait"},"headline":"${gTitle}","datePublished":"2027-01-14T09:00:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://blog.harrowandhammer.co.uk/"
data-key="3a9f0c" data-api="https://blog.harrowandhammer.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-buying-guides is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://blog.harrowandhammer.co.uk">Harrow &amp; Hammer Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"
aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-buying-guides image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/buying-guides/">Buying guides</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/morwenna/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/03/morwenna.jpg"
alt="Morwenna Tait"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/morwenna/">Morwenna Tait</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-01-14">Jan 14, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/01/showroom.jpg 300w, /content/images/size/w600/2027/01/showroom.jpg 600w"
src="/content/images/size/w2000/2027/01/showroom.jpg"
alt="Digital pianos on the shop floor"><figcaption>Part of the piano room at our Castle Street shop.</figcaption>
</figure></header>
<section class="gh-content gh-canvas">
${gArticle.join('\n')}
<div class="kg-card kg-button-card kg-align-center"><a href="https://harrowandhammer.co.uk/collections/digital-pianos"
class="kg-btn kg-btn-accent">Browse digital pianos</a></div>
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><h2 class="post-card-title">Read more</h2></article>
${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-content-link" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/"><header
class="post-card-header">
<h2 class="post-card-title">${t}</h2></header></a></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.harrowandhammer.co.uk">Harrow &amp; Hammer Journal</a>
&copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" crossorigin="anonymous"></script><script src="/assets/built/casper.js?v=a1b2c3d4e5"></script>
</body></html>`;
const ghostPost: TestPage = {
  name: 'heldout525-ghost-shop-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gDek, ...gSecs.flat()]),
  bylines: ['Morwenna Tait', 'Jan 14, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harrow & Hammer Journal', ...gNav.filter((t) => t !== 'Shop' && t !== 'About'), 'Sign in', 'Subscribe', '• 4 min read',
'Part of the piano room at our Castle Street shop.',
    'Browse digital pianos', 'Sign up for more like this.', 'Enter your email', 'Read more', ...gMore, 'Harrow & Hammer Journal © 2027', 'Sign up',
    'Powered by Ghost',
  ],
};

const aTitle = 'Studio B gets a new floor (and a new sound)';
const aBody = [
  j(
    'For two weeks in February the door to Studio B was taped shut while the builders lifted the old carpet and the sagging',
    'plywood under it. What they found was a floating floor that had stopped floating: the rubber pads had perished, and the',
    'whole room was coupled to the slab under the building.',
  ),
  j(
    'That explains a lot. For years we have been fighting a low thump at about 60 Hz whenever a lorry went past on Quay Road,',
    'and drummers have complained that the kick sounded bigger in the headphones than in the room.',
  ),
  j(
    'The new floor sits on neoprene isolators with a double layer of acoustic board and oak boards on top. We also rebuilt the',
    'bass traps in the rear corners and added a movable gobo so that a guitar amp can sit in the room with the drums.',
  ),
  j(
    'We measured before and after. The rumble from the road is down by around 12 dB and the room decays much more evenly below',
    '200 Hz. More importantly, the first band in, Little Ostrich, tracked live with the amps in the room and kept the spill.',
  ),
  'Studio B is open for bookings again from 3 March. The rates have not changed.',
];
const aNav = ['Home', 'Studios', 'Rates', 'News', 'Contact'];
const aRecent = ['Meet our new assistant engineer', 'Tape is back: the Studer has been serviced', 'Open day on 12 April'];
const aCats = ['Studio news', 'Acoustics'];
const aComments = [
  { who: 'Dave Pennock', when: 'February 27, 2027 at 9:14 am', text: 'Can confirm the kick sounds massive now. Great work.' },
  { who: 'Halewood Audio', when: 'February 27, 2027 at 4:52 pm', text: 'Neoprene pads for the win. Did you go with a mass loaded vinyl layer as well?' },
  { who: 'Carrick Mill Studios', when: 'February 28, 2027 at 10:03 am', text: 'No MLV, just the two layers of board. Happy to show you round any time.' },
];
const aComment = (c: { who: string; when: string; text: string }, i: number): string =>
  `<li id="comment-${310 + i}" class="comment even thread-even depth-1"><article id="div-comment-${310 + i}" class="comment-body ast-comment">
<header class="ast-comment-meta ast-row ast-comment-author capitalize"><div class="ast-comment-avatar-wrap"><img alt=""
src="https://secure.gravatar.com/avatar/${i}?s=50&amp;d=mm"
class="avatar avatar-50 photo" height="50" width="50" loading="lazy"></div><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap">
<div class="ast-comment-cite-wrap ast-col-lg-12"><cite><b class="fn">${c.who}</b></cite></div><div class="ast-comment-time ast-col-lg-12">
<span class="timendate"><a href="#comment-${310 + i}"><time datetime="2027-02-27">${c.when}</time></a></span></div></div></div></header>
<section class="ast-comment-content comment"><p>${c.text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#comment-${310 + i}">Reply</a></span></div></section></article></li>`;
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>${aTitle} &#8211; Carrick Mill Studios</title>
<meta name="description" content="Studio B reopens with an isolated floor and rebuilt bass traps.">
<link rel='stylesheet' id='astra-theme-css-css' href='https://carrickmill.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all'>
<style id='astra-theme-css-inline-css'>.ast-container{max-width:1240px;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"datePublished":"2027-02-26T17:40:00+00:00","author":{"name":"Ruth Ansell"}}]}</script>
<script src="https://carrickmill.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-1187 single-format-standard
ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile
ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div
class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"
data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div
class="site-header-primary-section-left site-header-section ast-flex">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity"
itemtype="https://schema.org/Organization"
itemscope="itemscope"><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="https://carrickmill.com/" rel="home"
itemprop="url">Carrick Mill Studios</a>
</span><p class="site-description" itemprop="description">Recording and mixing in the Tweed valley</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div
class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item
ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div
class="main-header-bar-navigation">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop"
aria-label="Site Navigation: Main"
itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu
ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">${links(
  aNav,
  'menu-item menu-item-type-post_type menu-item-object-page',
)}</ul></div></nav>
</div></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main"><article class="post-1187 post type-post status-publish format-standard has-post-thumbnail hentry category-studio-news
category-acoustics ast-article-single" id="post-1187" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- ast-no-thumb single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${aTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">
<a title="View all posts by Ruth Ansell" href="https://carrickmill.com/author/ruth/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Ruth Ansell</span></a></span> / <span class="posted-on"><span class="published"
itemprop="datePublished">February 26, 2027</span>
</span> / <span class="comments-link"><a href="https://carrickmill.com/studio-b-new-floor/#comments">3 Comments</a></span></div>
<div class="post-thumb-img-content post-thumb"><img width="1024" height="683"
src="https://carrickmill.com/wp-content/uploads/2027/02/studio-b-floor-1024x683.jpg"
class="attachment-large size-large wp-post-image" alt="" itemprop="image" decoding="async"></div></header>
<div class="entry-content clear" itemprop="text">
${ps(aBody)}
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://carrickmill.com/studer-serviced/"
rel="prev">
<span class="ast-left-arrow">←</span> Previous Post</a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3
class="comments-title">3 thoughts on “${aTitle}”</h3></div>
<ol class="ast-comment-list">${aComments.map(aComment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="https://carrickmill.com/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">
<span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span
class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div
class="comment-form-textarea ast-grid-common-col">
<label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45"
rows="8"></textarea></div></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://carrickmill.com/"><label
for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..."
name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav
aria-label="Recent Posts"><ul>${links(aRecent)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>${links(
  aCats,
  'cat-item',
)}</ul></nav></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div
class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item
ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack"><div
class="ast-builder-grid-row-container-inner">
<div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div
class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div
class="ast-footer-copyright">
<p>Copyright &copy; 2027 Carrick Mill Studios | Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p>
</div></div></div></div></div></div></footer></div>
<script src="https://carrickmill.com/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astraPost: TestPage = {
  name: 'heldout525-astra-studio-news',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: aBody,
  bylines: ['Ruth Ansell', 'February 26, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Carrick Mill Studios', 'Recording and mixing in the Tweed valley', 'Home', 'Studios', 'News', 'Contact', '3 Comments',
    '← Previous Post', `3 thoughts on “${aTitle}”`, ...aComments.flatMap((c) => [c.who, c.when, c.text]).filter((t) => t !== 'Carrick Mill Studios'), 'Reply',
'Leave a Comment',
    'Your email address will not be published.', 'Required fields are marked *', 'Type here..', 'Search for:', 'Recent Posts', ...aRecent,
    'Categories', ...aCats, 'Copyright © 2027 Carrick Mill Studios | Powered by Astra WordPress Theme',
  ],
};

export const HELDOUT525_C: readonly TestPage[] = [ghostPost, astraPost];
