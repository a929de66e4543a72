import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside } from './pages-heldout600-kit.js';

/** Held-out batch 600, file a2: a long decking maintenance guide on WordPress (GeneratePress) with a sidebar and comments. */
const dTitle = 'How to Look After a Timber Deck: A Season-by-Season Maintenance Guide';
const dHeads = ['Spring: clean and inspect', 'Summer: oil or stain', 'Autumn: clear the gaps', 'Winter: keep it dry', 'When to call us'];
const dIntro = [
  j(
    'We build around forty decks a year, and the question we are asked most often at handover is what the owner should do to keep',
    'it looking the way it does on day one. The honest answer is: not a great deal, but the little you do has to be done at the',
    'right time of year. A softwood deck that is cleaned once a year and oiled every other year will easily last twenty years.',
    'One that is left alone will be grey within a season and, in a shaded garden, slippery and soft within five.',
  ),
  j(
    'This guide follows the year round. It applies to pressure-treated softwood and to hardwoods such as iroko and balau; where',
    'the two differ, we say so. If you have a composite deck, most of it still applies, but skip the oiling.',
  ),
];
const dSpring = [
  j(
    'Start in April or May, once the frosts are over and you have had a few dry days in a row. Sweep the deck, then wash it with a',
    'stiff broom and a deck cleaner diluted as the tin says. Work along the boards, not across them, and rinse with a hose.',
  ),
  j(
    '<strong>Avoid pressure washers on softwood.</strong> On anything above the lowest setting they raise the grain and leave',
    'furry boards that hold water. If you must use one, keep the nozzle at least 30cm from the surface and move it steadily.',
  ),
  'While the deck dries, walk it slowly and look for:',
];
const dChecks = [
  'screws that have lifted above the surface, which catch bare feet and let water in',
  'boards that flex or sound hollow, a sign that a joist underneath may be failing',
  'black spots or green film in shaded corners, which need a second clean with a fungicidal wash',
  'splits at board ends, which can be sealed with end-grain preserver',
];
const dSummer = [
  j(
    'Once the deck is clean and thoroughly dry, usually after two or three warm days, apply a decking oil or a semi-transparent',
    'stain. Oils soak in and wear away gradually, so they never peel; stains give more colour but need sanding when they start to',
    'flake. We use oils on every deck we build and recommend them for that reason.',
  ),
  j(
    'Apply thin coats with a wide brush or a pad on a pole, two or three boards at a time along their whole length, so you never',
    'leave a lap mark in the middle of a board. Wipe off anything that has not soaked in after twenty minutes. Two thin coats',
    'always beat one thick one.',
  ),
  j(
    'How often? On a sunny south-facing deck, every year. On a shaded deck, every two years. Hardwood decks can be oiled once a',
    'year to keep their colour, or left to silver naturally with no harm to the timber.',
  ),
];
const dQuote = j(
  'The most common fault we see is not rot but a build-up of old stain. Each new coat sits on the last until the deck peels like',
  'an old window frame. If in doubt, use less.',
);
const dAutumn = [
  j(
    'Falling leaves are the enemy of a deck. They pack into the gaps between boards, hold water against the timber and feed the',
    'algae that make a deck slippery. Sweep weekly while the trees are dropping, and run a putty knife or a gap-cleaning tool',
    'along the joints once the leaves are down.',
  ),
  j('Check too that the ground beneath the deck can drain. If soil or bark has built up against the frame, rake it back so that', 'air can move underneath.'),
];
const dWinter = [
  j(
    'In winter the job is simply to let the deck dry whenever it can. Move plant pots onto feet or stands, store cushions and rugs',
    'indoors and do not leave a covered barbecue sitting in one place. Anything that traps water will leave a dark mark by spring.',
  ),
  j(
    'If the deck is slippery in cold weather, a handful of sharp sand scattered on the worst boards is kinder to the timber than',
    'rock salt, which can stain and, on some hardwoods, leach the colour out.',
  ),
];
const dCall = [
  j(
    'Most of this is a weekend job a year. But if you find soft boards, a bounce that was not there before or a post that moves',
    'when you push it, that is structural, and it is worth having someone look at the frame before it gets worse. We inspect decks',
    'within 15 miles of Pellmoor for a flat £60, which we take off the bill if you go ahead with any repair.',
  ),
];
const dSideRecent = [
  'Garden gates: hanging a gate that stays square',
  'Composite decking: five questions to ask before you buy',
  'Why we set fence posts in postcrete (and when we don\u2019t)',
  'Our new workshop in Pellmoor is open',
];
const dSideCats = ['Decking', 'Fencing', 'Garden structures', 'News'];
const dNav = ['Home', 'Decking', 'Fencing', 'Pergolas', 'Gallery', 'Advice', 'Contact'];
const dComments = [
  ['Sandra K.', 'June 3, 2026 at 7:42 pm', 'Really useful, thank you. Is it too late to oil in September if the deck has had a dry week?'],
  ['Pellmoor Decking', 'June 4, 2026 at 8:15 am', 'Not too late at all, Sandra. Just make sure it is dry and that no rain is forecast for 24 hours.'],
];
const comment = (c: readonly string[], id: number): string => `<li id="comment-${id}" class="comment even thread-even depth-1">
<article class="comment-body" id="div-comment-${id}" itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta">
<img alt="" src="https://secure.gravatar.com/avatar/0?s=50&amp;d=mm" class="avatar avatar-50 photo" height="50" width="50" loading="lazy">
<div class="comment-author-info"><div class="comment-author vcard" itemprop="author"><cite itemprop="name" class="fn">${c[0]}</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-${id}"><time datetime="2026-06-03T19:42:00+01:00" itemprop="datePublished">${c[1]}</time></a></div>
</div></footer><div class="comment-content" itemprop="text"><p>${c[2]}</p><span class="reply"><a rel="nofollow" class="comment-reply-link"
href="#comment-${id}" data-commentid="${id}" data-postid="1187" aria-label="Reply to ${c[0]}">Reply</a></span></div></article></li>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${dTitle} - Pellmoor Decking &amp; Fencing</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Clean in spring, oil in summer, clear the gaps in autumn.">
<link rel="canonical" href="https://pellmoordecking.co.uk/advice/timber-deck-maintenance-guide/">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${dTitle}",
"datePublished":"2026-05-21T10:30:00+01:00","author":{"@type":"Person","name":"Owen Marsh"}}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://pellmoordecking.co.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0">
<style id="generate-style-inline-css">body{background-color:#f2f4ef;color:#222}.entry-content blockquote{border-left:5px solid #6b8e23}</style></head>
<body class="post-template-default single single-post postid-1187 single-format-standard wp-embed-responsive post-image-above-header
post-image-aligned-center right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header grid-container" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://pellmoordecking.co.uk/"
rel="home">Pellmoor Decking &amp; Fencing</a></p><p class="site-description" itemprop="description">Decks, fences and pergolas built to last</p></div></div>
</header>
<nav class="main-navigation nav-align-left sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement"
itemscope><div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true" width="1em" height="1em"></svg></span><span class="mobile-menu">Menu</span>
</button><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(dNav, 'menu-item menu-item-type-post_type')}</ul></div>
</div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-1187" class="post-1187 post type-post status-publish format-standard has-post-thumbnail hentry
category-decking" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article"><div class="featured-image page-header-image-single">
<img width="1200" height="675" src="/wp-content/uploads/2026/05/oiled-deck.jpg" class="attachment-full size-full" alt="Freshly oiled softwood deck"
itemprop="image" decoding="async" fetchpriority="high"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${dTitle}</h1><div class="entry-meta"><span class="posted-on">
<time class="entry-date published" datetime="2026-05-21T10:30:00+01:00" itemprop="datePublished">May 21, 2026</time></span> <span class="byline">by
<span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/owen/" title="View all posts by
Owen Marsh" rel="author" itemprop="url"><span class="author-name" itemprop="name">Owen Marsh</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(dIntro)}
<h2 class="wp-block-heading">${dHeads[0]}</h2>${ps(dSpring)}<ul class="wp-block-list">${lis(dChecks)}</ul>
<h2 class="wp-block-heading">${dHeads[1]}</h2>${ps(dSummer)}
<blockquote class="wp-block-quote is-layout-flow"><p>${dQuote}</p></blockquote>
<h2 class="wp-block-heading">${dHeads[2]}</h2>${ps(dAutumn)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/05/gap-tool.jpg" alt="" loading="lazy">
<figcaption class="wp-element-caption">A gap-cleaning tool costs a few pounds and saves hours.</figcaption></figure>
<h2 class="wp-block-heading">${dHeads[3]}</h2>${ps(dWinter)}
<h2 class="wp-block-heading">${dHeads[4]}</h2>${ps(dCall)}
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"><svg aria-hidden="true"></svg></span>
<span class="screen-reader-text">Categories </span><a href="/category/decking/" rel="category tag">Decking</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"><svg aria-hidden="true"></svg>
</span>
<span class="prev"><a href="/advice/composite-decking-questions/" rel="prev">${dSideRecent[1]}</a></span></div><div class="nav-next"><span class="gp-icon
icon-arrow-right"><svg aria-hidden="true"></svg></span><span class="next"><a href="/advice/garden-gates-hanging/" rel="next">${dSideRecent[0]}</a></span></div>
</nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on &ldquo;${dTitle}&rdquo;</h3>
<ol class="comment-list">${dComments.map((c, i) => comment(c, 311 + i)).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small>
<a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8">
</textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required>
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://pellmoordecking.co.uk/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s"></label>
<button class="search-submit" aria-label="Search"><span class="gp-icon icon-search"><svg aria-hidden="true"></svg></span></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(dSideRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(dSideCats, 'cat-item')}</ul></aside>
<aside id="block-7" class="widget inner-padding widget_block"><div class="wp-block-group has-background">
<h2 class="wp-block-heading">Free deck health check</h2>
<p>Book a 30-minute visit from one of our carpenters.</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link"
href="/contact/">Book a visit</a></div></div></div></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<div class="copyright-bar"><span class="copyright">&copy; 2026 Pellmoor Decking &amp; Fencing</span> &bull; Built with <a href="https://generatepress.com"
itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){var e=document.body;}}();</script>
<script src="https://pellmoordecking.co.uk/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script></body></html>`;
const dGold = [...texts(dIntro), ...texts(dSpring), ...dChecks, ...dSummer, dQuote, ...dAutumn, ...dWinter, ...dCall];
const deckGuide: TestPage = {
  name: 'heldout600-generatepress-deck-care',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: dGold,
  bylines: ['May 21, 2026', 'by Owen Marsh'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([
    'Skip to content', 'Pellmoor Decking & Fencing', 'Decks, fences and pergolas built to last', 'Menu', ...dNav, 'Categories', 'Decking',
    dSideRecent[1] ?? '', dSideRecent[0] ?? '', `2 thoughts on \u201c${dTitle}\u201d`, ...dComments.flat(), 'Reply', 'Leave a Comment', 'Comment',
    'Name', 'Email', 'Save my name, email, and website in this browser for the next time I comment.', 'Search for:', 'Recent Posts',
    ...dSideRecent, ...dSideCats, 'Free deck health check', 'Book a 30-minute visit from one of our carpenters.', 'Book a visit',
    '© 2026 Pellmoor Decking & Fencing • Built with GeneratePress', 'A gap-cleaning tool costs a few pounds and saves hours.',
  ], [dTitle, ...dHeads, ...dGold]),
};

export const HELDOUT600_A2: readonly TestPage[] = [deckGuide];
