import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout275-kit.js';

/**
 * Held-out batch 275, file c2: a book review in a literary magazine on Ghost with the Casper theme (site header with nav and
 * the Portal "Subscribe" button, article tag, title, excerpt, author byline with date and reading time, the book-details
 * callout card, an image card with caption, a pull quote, the members sign-up CTA, Ghost's native comments with two comments,
 * the "Read more" cards and the footer with "Powered by Ghost").
 */
const kTitle = 'The orchard that remembers: Neve Hartigan’s “The Glass Orchard”';
const kExcerpt = 'A debut novel about three generations of women and a failing cider farm asks what a family owes to the land it inherited.';
const kDetails = 'The Glass Orchard by Neve Hartigan. Fenwick Press, 312 pages, $27.';
const kBody = [
  j(
    'Early in Neve Hartigan’s first novel, a woman named Orla walks the rows of her grandmother’s orchard in February and taps',
    'each tree with a knuckle, listening for the hollow ones. It is an old habit of the family, and it becomes the book’s way of',
    'asking its central question: which parts of an inheritance are still alive, and which only look it?',
  ),
  j(
    'The Glass Orchard moves between three women across sixty years. There is Bridget, who plants the first trees in 1958 on land',
    'her husband won in a card game; her daughter Maeve, who keeps the farm going through two bad decades by selling cider to',
    'tourists; and Orla, who comes home from Dublin in 2019 intending to sell and finds that she cannot quite sign the papers.',
  ),
  j(
    'Hartigan handles the shifts in time with real confidence. Rather than alternating chapters, she lets the three stories bleed',
    'into one another, so that a frost in 1963 and a frost in 2021 are described in the same paragraph, and the reader feels',
    'the weight of repetition that the family feels.',
  ),
];
const kQuote = '“Every tree in this orchard was planted by someone who did not expect to see it fruit.”';
const kBody2 = [
  j(
    'The prose is precise and sometimes startlingly beautiful, especially about work: grafting, pressing, the long business of',
    'fermentation. Hartigan clearly knows her subject, and the details never feel like research pasted on.',
  ),
  j(
    'Where the novel is weaker is in its men, who tend to be either absent or cruel, and in a late subplot about a developer',
    'that feels borrowed from a more conventional book. The final chapter, too, resolves Orla’s decision with a neatness the rest',
    'of the novel has earned the right to avoid.',
  ),
  j(
    'But these are small complaints about a debut this assured. The Glass Orchard is a patient, generous novel about staying put,',
    'and it deserves readers who are willing to walk its rows slowly.',
  ),
];
const kNav = ['Fiction', 'Poetry', 'Essays', 'Reviews', 'Interviews', 'About'];
const kMore = ['Salt and ash: new poetry from the northern coast', 'In conversation with the translators of “Winter Letters”', 'Our spring reading list'];
const kComments = [
  'I read this on your recommendation last month and the frost passage has stayed with me. Agree about the developer plot.',
  'Does anyone know if the grandmother’s chapters were based on a real farm? They read like family history.',
];
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${kTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1c2e">
<meta name="description" content="${kExcerpt}"><link rel="canonical" href="https://thequincereview.example/the-glass-orchard/">
<meta property="og:site_name" content="The Quince Review"><meta property="og:type" content="article"><meta name="generator" content="Ghost 5.96">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Quince Review"},
"author":{"@type":"Person","name":"Saoirse Danaher"},"headline":"${kTitle.replace(/“|”/g, '')}","datePublished":"2026-01-27T07:00:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.46/umd/portal.min.js" data-ghost="https://thequincereview.example/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-reviews tag-fiction is-head-left-logo has-serif-body"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">The Quince
Review</a></div><nav class="gh-head-menu"><ul class="nav">${links(kNav, 'nav-item')}</ul></nav><div class="gh-head-actions">
<a href="#/portal/signin" class="gh-head-link" data-portal="signin">Sign in</a><a href="#/portal/signup" class="gh-head-button"
data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-reviews tag-fiction">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/reviews/">Reviews</a></span></div><h1 class="article-title">${kTitle}</h1><p class="article-excerpt">${kExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/saoirse/"
class="author-avatar"><img class="author-profile-image" src="/content/images/saoirse.jpg" alt="Saoirse Danaher"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/saoirse/">Saoirse Danaher</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-01-27">Jan 27, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span>
</div></div></section></div></header>
<section class="gh-content gh-canvas">
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📖</div><div class="kg-callout-text">${kDetails}</div></div>
${ps(kBody.slice(0, 2))}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/01/orchard.jpg" class="kg-image" alt="" loading="lazy"
width="1200" height="800"><figcaption><span style="white-space: pre-wrap;">Apple trees in winter. Photo by Ruairí Brennan.</span></figcaption></figure>
${ps(kBody.slice(2))}
<blockquote class="kg-blockquote-alt">${kQuote}</blockquote>
${ps(kBody2)}
</section>
<section class="article-comments gh-canvas"><div class="gh-comments"><h2 class="gh-comments-title">2 comments</h2>
<div class="gh-comment"><p class="gh-comment-author">Lorcan Faye</p><p class="gh-comment-date">Jan 28</p><p>${kComments[0]}</p></div>
<div class="gh-comment"><p class="gh-comment-author">Hester M.</p><p class="gh-comment-date">Feb 2</p><p>${kComments[1]}</p></div></div></section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for The Quince Review</h2>
<a class="footer-cta-button" href="#/portal" data-portal=""><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-header"><h3 class="read-more-title">Read more</h3></div>
<div class="post-feed">
${kMore.map((m) => `<article class="post-card post"><a class="post-card-content-link" href="#"><h2 class="post-card-title">${m}</h2></a></article>`).join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">The Quince Review</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact', 'Submissions'], 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8a1c2e"></script></body></html>`;
export const ghostBook: TestPage = {
  name: 'heldout275-ghost-casper-book-review',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts([kExcerpt, kDetails, ...kBody, kQuote, ...kBody2]),
  bylines: ['Saoirse Danaher', 'Jan 27, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Quince Review', ...kNav, 'Sign in', 'Subscribe', 'Apple trees in winter. Photo by Ruairí Brennan.', '2 comments', 'Lorcan Faye', 'Jan 28',
    ...kComments, 'Hester M.', 'Feb 2', 'Sign up for The Quince Review', 'Enter your email', 'Read more', ...kMore, 'Sign up', 'Contact', 'Submissions',
    'Powered by Ghost',
  ],
};
