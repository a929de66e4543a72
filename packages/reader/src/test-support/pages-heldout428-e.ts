import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout428-kit.js';
import { ghost } from './pages-heldout428-e2.js';

/**
 * Held-out batch 428, file e: an idioms site's explainer on WordPress with the GeneratePress theme (top menu, Rank Math
 * breadcrumbs, entry header with "Posted on" and "by", Meaning / Origin / Examples / Similar sections, a quote block, an
 * inline "Read more" promo, share buttons, post tags and navigation, comments with a reply form, the right sidebar with
 * search, newsletter and popular idioms, footer) and, from file e2, a word-of-the-day post on Ghost.
 */
const iTitle = 'Carry coals to Fenwick: Meaning and Origin';
const iIntro = [
  j(
    'To <strong>carry coals to Fenwick</strong> is to take something to a place that already has plenty of it, or to offer',
    'help that nobody needs. It is an old idiom, still heard in the north, and it usually comes with a small smile at the',
    'expense of the person doing the carrying.',
  ),
];
const iMeaning = [
  j(
    'The phrase describes a wasted effort that springs from not knowing the situation. Bringing a bottle of wine to a',
    'vineyard owner, explaining a recipe to a chef, or sending extra volunteers to a crowded beach clean-up are all ways',
    'of carrying coals to Fenwick.',
  ),
  'It is mild rather than insulting. People often use it about themselves, as in "I know I am carrying coals to Fenwick here, but…".',
];
const iOrigin = [
  j(
    'Fenwick was a mining town on the Aldermoor coalfield, and for most of the eighteenth and nineteenth centuries it sent',
    'coal by barge to half the county. A cart of coal arriving in Fenwick would have been a joke in itself.',
  ),
  j(
    'The earliest printed use we have found is in a collection of country sayings published in 1774 by the schoolmaster',
    'Jonas Pell, who listed it alongside "to sell fish at Harle" and "to teach the miller to grind." Pell gave it without',
    'explanation, which suggests it was already familiar to his readers.',
  ),
];
const iQuote = 'He came to the mill with a sack of flour and a speech about thrift: coals to Fenwick, every word of it.';
const iExamples = [
  'Buying her a cookbook for her birthday felt like carrying coals to Fenwick; she has written three.',
  'The council sent a leaflet on recycling to the village that won the county recycling prize. Coals to Fenwick, again.',
  'I brought an umbrella to the rainforest tour, which the guide told me was carrying coals to Fenwick. They hand them out at the gate.',
];
const iSimilar = [
  'Teach your grandmother to suck eggs: to offer advice to someone more experienced than you.',
  'Preaching to the choir: to try to persuade people who already agree.',
  'Gild the lily: to add decoration to something that is already fine.',
];
const iNav = ['Home', 'Idioms A–Z', 'Proverbs', 'Phrasal Verbs', 'Quizzes', 'About'];
const iCrumbs = ['Home', 'All idioms', 'Carry coals to Fenwick'];
const iTags = ['British idioms', 'Place-name idioms', 'Effort and waste'];
const iPopular = ['Spill the beans', 'Under the weather', 'Bite the bullet', 'Once in a blue moon'];
const iComments: readonly [string, string, string][] = [
  [
    'Ruth Amberley',
    'March 4, 2026 at 8:12 am',
    'My grandfather said this all the time and I never knew where Fenwick was. Thank you for finally explaining it.',
  ],
  ['Tomasz K.', 'March 4, 2026 at 1:47 pm', 'We have a similar saying in Polish about bringing water to the well. I wonder how many languages have one.'],
];
const iFoot = ['Privacy Policy', 'Contact', 'Advertise', 'Sitemap'];
const iHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Carry coals to Fenwick: Meaning and Origin - The Idiom Cupboard</title><meta name="description" content="What does carry coals to Fenwick mean?">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-03T07:00:00+00:00">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"Carry coals to
Fenwick: Meaning and Origin",
"author":{"@type":"Person","name":"Delia Marchbank"},"datePublished":"2026-03-03T07:00:00+00:00"},{"@type":"BreadcrumbList","@id":"#breadcrumb"}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://idiomcupboard.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1"
media="all">
<script>window.ezstandalone = window.ezstandalone || {}; ezstandalone.cmd = ezstandalone.cmd || [];</script></head>
<body class="post-template-default single single-post postid-2217 wp-embed-responsive right-sidebar nav-float-right separate-containers">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title">
<a href="/" rel="home">The Idiom Cupboard</a></p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation"><div class="inside-navigation grid-container"><button class="menu-toggle">Menu</button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(iNav, 'menu-item')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main
class="site-main" id="main">
<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p>${iCrumbs.map((c) => `<a href="/">${c}</a>`).join('<span class="separator"> » </span>')}</p></nav>
<article id="post-2217" class="post-2217 post type-post status-publish format-standard category-idioms"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title">${iTitle}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published"
datetime="2026-03-03T07:00:00+00:00">March 3, 2026</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n"
href="/author/delia/"><span class="author-name">Delia Marchbank</span></a></span></span></div></header>
<div class="entry-content">
${ps(iIntro)}
<div id="ezoic-pub-ad-placeholder-101" class="ez-ad"><span class="ad-label">Advertisement</span></div>
<h2 class="wp-block-heading">Meaning</h2>
${ps(iMeaning)}
<h2 class="wp-block-heading">Origin</h2>
${ps(iOrigin)}
<blockquote class="wp-block-quote"><p>${iQuote}</p><cite>From a short story in a county almanac, 1851</cite></blockquote>
<p class="read-more-promo"><strong>Read more:</strong> <a href="/sell-fish-at-harle/">Sell fish at Harle, and other place-name idioms</a></p>
<h2 class="wp-block-heading">Examples</h2>
<ul class="wp-block-list">${iExamples.map((e) => `<li>${e}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">Similar idioms</h2>
<ul class="wp-block-list">${iSimilar.map((e) => `<li>${e}</li>`).join('\n')}</ul>
<div class="shared-counts-wrap style-fancy"><span class="share-label">Share this:</span> <a class="shared-counts-button facebook" href="#">Facebook</a>
<a class="shared-counts-button pinterest" href="#">Pinterest</a> <a class="shared-counts-button email" href="#">Email</a></div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="tags-links"><span class="screen-reader-text">Tags </span>${iTags
  .map((t) => `<a href="/tag/" rel="tag">${t}</a>`)
  .join(', ')}</span>
<nav id="nav-below" class="post-navigation"><div class="nav-previous"><a href="/" rel="prev">Cart before the horse</a></div>
<div class="nav-next"><a href="/" rel="next">Catch someone napping</a></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “Carry coals to Fenwick: Meaning and Origin”</h3>
<ol class="comment-list">${iComments
  .map(
    (c) => `<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author-info"><cite itemprop="name"
class="fn">${c[0]}</cite><div class="entry-meta comment-metadata"><a href="#"><time>${c[1]}</time></a></div></div></footer>
<div class="comment-content"><p>${c[2]}</p></div><span class="reply"><a class="comment-reply-link" href="#">Reply</a></span></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea name="comment" aria-label="Comment"></textarea>
<input type="submit" class="submit" value="Post Comment"></form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside class="widget widget_search"><form class="search-form"><input type="search" class="search-field" placeholder="Search …"
aria-label="Search"></form></aside>
<aside class="widget widget_block"><h2 class="widget-title">Get an idiom every Friday</h2><p>Join 12,000 readers who get one phrase and its story each week.</p>
<form class="mailpoet_form"><input type="email" aria-label="Email"><input type="submit" value="Sign up"></form></aside>
<aside class="widget widget_recent_entries"><h2 class="widget-title">Popular idioms</h2><ul>${links(iPopular)}</ul></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info"><div class="inside-site-info grid-container"><ul class="footer-menu">${links(iFoot)}</ul>
<div class="copyright-bar">© 2026 The Idiom Cupboard · Built with <a href="https://generatepress.com">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js" src="https://idiomcupboard.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script></body></html>`;
const idioms: TestPage = {
  name: 'heldout428-idiom-cupboard-generatepress',
  kind: 'blog',
  html: iHtml,
  title: iTitle,
  headings: ['Meaning', 'Origin', 'Examples', 'Similar idioms'],
  body: texts([...iIntro, ...iMeaning, ...iOrigin, iQuote, ...iExamples, ...iSimilar]),
  bylines: ['March 3, 2026', 'Delia Marchbank'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Idiom Cupboard', 'Menu', ...iNav, 'All idioms', 'Advertisement', 'From a short story in a county almanac, 1851', 'Read more:',
    'Sell fish at Harle, and other place-name idioms', 'Share this:', 'Facebook', 'Pinterest', 'Email', 'Tags', ...iTags, 'Cart before the horse',
    'Catch someone napping', '2 thoughts on “Carry coals to Fenwick: Meaning and Origin”', ...iComments.flat(), 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Get an idiom every Friday',
    'Join 12,000 readers who get one phrase and its story each week.', 'Popular idioms', ...iPopular, ...iFoot, '© 2026 The Idiom Cupboard · Built with',
    'GeneratePress',
  ],
};

export const HELDOUT428_E: readonly TestPage[] = [idioms, ghost];
