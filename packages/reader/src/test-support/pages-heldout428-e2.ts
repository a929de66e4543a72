import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout428-kit.js';

/**
 * Held-out batch 428, file e2: a word-of-the-day newsletter post on Ghost with the Casper theme (gh-head navigation with
 * Sign in / Subscribe, the primary tag, title, custom excerpt, byline with author, date and reading time, feature image
 * with caption, gh-content with a callout card and a toggle card, the footer CTA, "Read more" rail, Portal banner and
 * footer). The custom excerpt under the title is body; the callout card's text is body, its emoji not listed.
 */
const oTitle = 'Word of the Day: forthsome';
const oExcerpt = 'An adjective for people who say what they think before anyone asks, and the older meaning it has quietly lost.';
const oBody = [
  j('<strong>forthsome</strong> (<em>adj.</em>) — frank and outgoing; ready to speak or act without waiting to be invited.', 'Pronounced FORTH-sum.'),
  j(
    'Most of the words we feature on Fridays are rare, and this one is rarer than most. You will not find it in a modern',
    'style guide, and you will struggle to find it in print after about 1920. But it lingers in a few families and a',
    'handful of villages, and three readers wrote in this winter to ask whether it was a real word. It is.',
  ),
];
const oHistory = [
  j(
    'The word is built from <em>forth</em>, "forward, out into the open," and the suffix <em>-some</em>, the same one that',
    'gives us <em>winsome</em> and <em>wholesome</em>. Its first meaning, in the sixteenth century, was simply "forward in',
    'position": a forthsome tooth stuck out beyond the others, and a forthsome house stood nearer the road than its',
    'neighbours.',
  ),
  j(
    'By the eighteenth century the word had moved from places to people. A forthsome child answered back; a forthsome',
    'guest spoke to the host before being introduced. The tone was usually disapproving. What changed in the nineteenth',
    'century is that it began to be used with admiration, particularly of women who ran farms or shops and who were',
    'expected to be direct with customers.',
  ),
];
const oUse = [
  j(
    'Today, if you use it at all, it is a compliment with a slight edge. Calling a colleague forthsome suggests that you',
    'value their candour, and that you have occasionally wished they would wait a moment before sharing it.',
  ),
];
const oExamples = [
  'Of the four candidates, Ilsa was the most forthsome, and the panel liked her for it.',
  'He had a forthsome way with strangers that made the market stall the busiest in Quarrow.',
];
const oCallout = 'Know a word that deserves a Friday? Reply to this email and tell us where you heard it.';
const oNav = ['Home', 'Archive', 'Words of the Day', 'About'];
const oMore = ['Word of the Day: lurchwise', 'Word of the Day: gammerstang', 'Why dictionaries keep words nobody uses'];
const oHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Word of the Day: forthsome</title>
<meta name="description" content="${oExcerpt}"><link rel="canonical" href="https://lexicallamp.example/word-of-the-day-forthsome/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-06T07:30:00.000Z">
<meta property="article:tag" content="Word of the Day"><meta name="generator" content="Ghost 6.4">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Lexical Lamp"},
"author":{"@type":"Person","name":"Marisol Achterberg"},"headline":"Word of the Day: forthsome","datePublished":"2026-03-06T07:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.50/umd/portal.min.js" data-ghost="https://lexicallamp.example/"
crossorigin="anonymous"></script>
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8e1a2b"></head>
<body class="post-template tag-word-of-the-day is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">The Lexical
Lamp</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(oNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-word-of-the-day image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/word-of-the-day/">Word of
the Day</a></span></div>
<h1 class="article-title">${oTitle}</h1><p class="article-excerpt">${oExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/marisol/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/04/marisol.jpg" alt="Marisol
Achterberg"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/marisol/">Marisol Achterberg</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-06">Mar 6, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 3 min
read</span></div></div>
</section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/03/old-shopfront.jpg 600w" src="/content/images/size/w2000/2026/03/old-shopfront.jpg"
alt="A village shopfront with its door open"><figcaption><span style="white-space: pre-wrap;">The general store at Quarrow, where the word was still in use
in the 1950s. Photo: Archive of the Quarrow Local History Society</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(oBody)}
<h2 id="where-it-comes-from">Where it comes from</h2>
${ps(oHistory)}
<h2 id="using-it-today">Using it today</h2>
${ps(oUse)}
<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text">In a sentence</h4>
<button class="kg-toggle-card-icon" aria-label="Expand toggle to read content"></button></div><div class="kg-toggle-content">
<ul>${oExamples.map((e) => `<li>${e}</li>`).join('\n')}</ul></div></div>
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${oCallout}</div></div>
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
<ul class="read-more-list">${links(oMore, 'post-card')}</ul></div></aside>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">The Lexical Lamp</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></div>
<script src="/assets/built/casper.js?v=8e1a2b"></script></body></html>`;
export const ghost: TestPage = {
  name: 'heldout428-lexical-lamp-ghost-word-of-the-day',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: ['Where it comes from', 'Using it today', 'In a sentence'],
  body: texts([oExcerpt, ...oBody, ...oHistory, ...oUse, ...oExamples, oCallout]),
  bylines: ['Marisol Achterberg', 'Mar 6, 2026', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Lexical Lamp', ...oNav, 'Sign in', 'Subscribe',
    'The general store at Quarrow, where the word was still in use in the 1950s. Photo: Archive of the Quarrow Local History Society',
    'Sign up for more like this.', 'Enter your email', 'Read more', ...oMore, 'Sign up', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};
