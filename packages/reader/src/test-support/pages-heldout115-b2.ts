import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 115, file b2: a Substack newsletter post as a signed-out reader saves it, whose body opens with "Hi friends,"
 * and an italic "If this was forwarded to you, subscribe here" line (the publication navbar with "Subscribe" and "Sign in",
 * the subtitle, the author and date, the like / comment / restack counts and share button, an in-post subscription widget,
 * a button-wrapper "Share" block, the post footer with the "Discussion about this post" teaser, and the Substack footer).
 */
const t = 'The allotment in November, and a soup that uses all of it';
const sub = 'Notes from plot 14b, where the leeks are finally worth the wait.';
const greet = 'Hi friends,';
const fwd = 'If this was forwarded to you, subscribe here so the next one lands in your own inbox.';
const pA = [
  'It has rained for eleven days straight at the allotments and the paths between the beds have turned to something closer to ' +
    'soup than soil. I went up on Saturday anyway, in two pairs of socks, because the leeks needed lifting before the rust got ' +
    'any worse and because I had promised myself a proper pot of soup for Sunday.',
  'November is the month when the plot stops pretending. The courgettes are long gone, the beans are brown strings on their ' +
    'canes, and what is left is the quiet, stubborn stuff: leeks, parsnips, the last of the chard, a few heads of celeriac that ' +
    'never got as big as the packet promised.',
];
const hA = 'What came home';
const lA = [
  'Six leeks, two of them with rust on the outer leaves but perfectly fine inside.',
  'A bag of parsnips, sweeter after the first cold nights.',
  'One small celeriac, knobbly and muddy.',
  'A fistful of chard and the last sad sprigs of parsley.',
];
const hB = 'The soup';
const pB = [
  'None of this is clever. Sweat the leeks slowly in butter for a good twenty minutes, until they collapse. Add the parsnips and ' +
    'celeriac in small pieces, a bay leaf, and enough stock to cover. Simmer until everything gives way to a spoon, then blend ' +
    'half and leave the rest chunky.',
  'The chard goes in at the end, shredded, with a squeeze of lemon. I finish mine with a spoonful of crème fraîche and too much ' +
    'black pepper. It feeds four, or two people twice, which is how it went in our house.',
];
const hC = 'On the plot this week';
const pC = [
  'Next weekend I am clearing the bean canes and mulching the empty beds with leaf mould from the communal heap. Mrs Okafor on ' +
    'the next plot has promised to show me how she wraps her fig tree for the winter, which I will report back on.',
  'If you grow anything over winter, I would love to hear what is still going in your garden. Hit reply; I read every one.',
  'Until next week, keep your feet dry.',
  'Hannah',
];
const nav = ['Home', 'Notes', 'Archive', 'About'];
const widget = 'Thanks for reading Plot Fourteen! Subscribe for free to receive new posts and support my work.';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0">
<title>${t} - by Hannah Liddell - Plot Fourteen</title><meta name="description" content="${sub}"><meta property="og:type" content="article">
<meta property="og:title" content="${t}"><meta property="og:description" content="${sub}"><meta name="author" content="Hannah Liddell">
<link rel="canonical" href="https://plotfourteen.substack.example/p/the-allotment-in-november">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://plotfourteen.substack.example/p/the-allotment-in-november",
"headline":"${t}","description":"${sub}","datePublished":"2025-11-16T08:01:44+00:00","author":[{"@type":"Person","name":"Hannah Liddell"}],
"publisher":{"@type":"Organization","name":"Plot Fourteen"},"isAccessibleForFree":true}</script>
<link rel="stylesheet" type="text/css" href="https://substackcdn.example/bundle/static/css/main.3b9e.css">
<script>window._preloads = JSON.parse("{\\"isEligibleForFreeTrial\\":false,\\"pub\\":{\\"name\\":\\"Plot Fourteen\\"}}")</script>
</head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu-content"><div class="topbar-content"><div class="navbar-left"><a class="logo-container" href="/"><img alt="Plot Fourteen"
src="/img/logo.png"></a></div>
<div class="navbar-title"><h1 class="navbar-title-link"><a href="/">Plot Fourteen</a></h1></div>
<div class="navbar-buttons"><button tabindex="0" type="button" class="button primary subscribe-btn">Subscribe</button>
<button tabindex="0" type="button" class="button secondary sign-in-link">Sign in</button></div></div>
<div class="section-bar"><nav class="nav-items">${nav.map((n) => `<a class="nav-item" href="/${n.toLowerCase()}">${n}</a>`).join('\n')}</nav></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><div class="post-inner post-wide">
<article class="typography newsletter-post post"><div class="post-header" role="region" aria-label="Post header">
<h1 dir="auto" class="post-title published title-X77sOw">${t}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${sub}</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingBottom-20"><div class="profile-hover-card-target"><a href="https://substack.example/@hannahliddell">
<img alt="Hannah Liddell's avatar" src="/img/avatar.jpg"></a></div><div class="pencraft pc-display-flex flex-column">
<div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP"><a
href="https://substack.example/@hannahliddell">Hannah Liddell</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">Nov 16, 2025</div></div></div>
<div class="post-ufi style-large"><div class="like-button-container post-ufi-button style-large"><button class="post-ufi-button" aria-label="Like
(48)"><div class="label">48</div></button></div>
<a class="post-ufi-button style-large post-ufi-comment-button has-label" href="#comments"><div class="label">9</div></a>
<button class="post-ufi-button style-large restack-button" aria-label="View repost options"><div class="label">3</div></button>
<button class="post-ufi-button style-large share-button">Share</button></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>${greet}</p>
<p><em>If this was forwarded to you, <a href="https://plotfourteen.substack.example/subscribe">subscribe here</a>
so the next one lands in your own inbox.</em></p>
${ps(pA)}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="#"><div class="image2-inset"><picture>
<img src="https://substack-post-media.example/leeks.jpeg" width="1456" height="971" alt="" class="sizing-normal"></picture></div></a>
<figcaption class="image-caption">Saturday’s haul, still muddy.</figcaption></figure></div>
<h3 class="header-anchor-post">${hA}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute header-anchor-parent"><button
aria-label="Link"></button></div></h3>
<ul>${lA.map((x) => `<li><p>${x}</p></li>`).join('\n')}</ul>
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://plotfourteen.substack.example/subscribe?&quot;}"
data-component-name="SubscribeWidgetToDOM">
<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${widget}</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">
<input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div
class="fake-button"></div></div></form></div></div>
<h3 class="header-anchor-post">${hB}<div class="pencraft header-anchor-parent"><button aria-label="Link"></button></div></h3>
${ps(pB)}
<h3 class="header-anchor-post">${hC}<div class="pencraft header-anchor-parent"><button aria-label="Link"></button></div></h3>
${ps(pC)}
<p class="button-wrapper"
data-attrs="{&quot;url&quot;:&quot;https://plotfourteen.substack.example/p/the-allotment-in-november&quot;,&quot;text&quot;:&quot;Share&quot;}"
data-component-name="ButtonCreateButton"><a class="button primary" href="#"><span>Share Plot Fourteen</span></a></p>
</div></div>
<div class="visibility-check"></div><div class="post-footer use-separators"><div class="post-ufi style-compressed"><div class="label">48
Likes</div><div class="label">3 Restacks</div></div></div>
</article>
<div id="discussion" class="comments-section"><h4 class="discussion-header">Discussion about this post</h4><div class="comments-page-tabs"><a
class="tab">Comments</a><a class="tab">Restacks</a></div>
<div class="comment-input-wrap"><textarea placeholder="Write a comment..."></textarea></div><a class="more-comments"
href="/p/the-allotment-in-november/comments">View all 9 comments</a></div>
</div></div></div></div>
<div class="footer-wrap"><div class="footer"><div class="container"><div class="footer-buttons"><a class="footer-terms-link" href="/tos">Terms</a>
<a class="footer-terms-link" href="/privacy">Privacy</a><a class="footer-terms-link" href="/collection">Collection notice</a>
<a class="footer-substack-cta" href="https://substack.example/signup"><span>Start your Substack</span></a><a class="footer-substack-cta"
href="https://substack.example/app">Get the app</a></div>
<div class="footer-slogan-blurb">Substack is the home for great culture</div></div></div></div>
</div></div>
<script src="https://substackcdn.example/bundle/static/js/main.9a1c7.js" charset="utf-8" async></script>
</body></html>`;

export const substackPost: TestPage = {
  name: 'heldout115-substack-newsletter-blog',
  kind: 'blog',
  html,
  title: t,
  headings: [hA, hB, hC],
  body: texts([sub, greet, ...pA, ...lA, ...pB, ...pC]),
  bylines: ['Hannah Liddell', 'Nov 16, 2025'],
  furniture: [
    'Plot Fourteen',
    'Subscribe',
    'Sign in',
    ...nav,
    'Share',
    fwd,
    'Saturday’s haul, still muddy.',
    widget,
    'Share Plot Fourteen',
    '48 Likes',
    '3 Restacks',
    'Discussion about this post',
    'Comments',
    'Restacks',
    'View all 9 comments',
    'Terms',
    'Privacy',
    'Collection notice',
    'Start your Substack',
    'Get the app',
    'Substack is the home for great culture',
  ],
};
