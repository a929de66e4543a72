import { links, type TestPage } from './page-kit.js';
import { type Block, blocks, gold, j } from './pages-heldout587-kit.js';

/**
 * Held-out batch 587, file c: a shoe repairer's post about heel tips on Ghost (Casper theme, with a bookmark card, a members
 * sign-up box and "read more" cards), and a local news story about a cobbler retiring on WordPress (Newspack, with comments).
 */
const gTitle = 'The humble heel tip, and why it saves you money';
const gBlocks: Block[] = [
  [
    'p',
    j(
      'Nine out of ten pairs of heels that come into the shop need the same thing: new tips. It is the cheapest repair we do, and',
      'the one that people most often leave too late.',
    ),
  ],
  ['h2', 'What a heel tip is'],
  [
    'p',
    j(
      'The tip, or top lift, is the small block of plastic, rubber or leather on the very bottom of the heel. It is held on by a',
      'steel pin that runs up into the heel itself. The tip is meant to wear away, so the heel doesn’t.',
    ),
  ],
  ['h2', 'What happens if you leave it'],
  [
    'p',
    j(
      'Once the tip has gone, you are walking on the pin. It clicks on hard floors, slips on tiles and, within a week or two, starts',
      'to grind down the heel. A worn tip costs £9 to replace. A ground-down heel has to be rebuilt, and that starts at £30, if the',
      'heel can be saved at all.',
    ),
  ],
  ['h2', 'Choosing a material'],
  ['li', 'Polyurethane: hard-wearing and quiet, our standard tip.'],
  ['li', 'Rubber: softer and grippier, good for wet days, wears a little faster.'],
  ['li', 'Metal-cored: for very thin stilettos where the pin would otherwise bend.'],
  ['p', 'Check your tips every couple of months. If you can see the pin, or the tip is worn down at an angle, it is time.'],
];
const gNav = ['Home', 'Repairs', 'About', 'Members'];
const gMore: readonly (readonly [string, string])[] = [
  ['Why we won’t glue a welted shoe', '4 min read'],
  ['Salt stains on boots: a winter survival guide', '3 min read'],
  ['Inside our workshop', '5 min read'],
];
const card = ([t, m]: readonly [string, string]): string => `<article class="post-card post tag-repairs"><a class="post-card-image-link" href="/${t.length}/">
<img class="post-card-image" src="/content/images/size/w600/card.jpg" alt="${t}"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t.length}/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Repairs</span></div><h2 class="post-card-title">${t}</h2>
</header></a>
<footer class="post-card-meta"><span class="post-card-meta-length">${m}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c2f1a6d9b">
<link rel="canonical" href="https://notes.tipandtoe.co.uk/heel-tips/"><meta property="og:site_name" content="Tip &amp; Toe">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Tip & Toe"},
"author":{"@type":"Person","name":"Priya Castellane"},"headline":"${gTitle}","datePublished":"2025-02-04T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://notes.tipandtoe.co.uk/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-repairs is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://notes.tipandtoe.co.uk">Tip &amp; Toe</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (n) => `<li class="nav-${n.toLowerCase()}"><a href="/${n.toLowerCase()}/">${n}</a>
</li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-repairs">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/repairs/">Repairs</a></span></section>
<h1 class="article-title">${gTitle}</h1><div class="article-byline"><section class="article-byline-content"><ul class="author-list">
<li class="author-list-item"><a href="/author/priya/" class="author-avatar">
<img class="author-profile-image" src="/content/images/priya.jpg" alt="Priya Castellane"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/priya/">Priya Castellane</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-02-04">Feb 4, 2025</time><span class="byline-reading-time">
<span class="bull">&bull;</span> 2 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/2025/02/tips.jpg" alt="${gTitle}"></figure></header>
<section class="gh-content gh-canvas">
${blocks(gBlocks.slice(0, 9))}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://notes.tipandtoe.co.uk/prices/"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">Our price list</div><div class="kg-bookmark-description">Heels, soles, stitching and keys.</div>
<div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Tip &amp; Toe</span></div></div></a></figure>
${blocks(gBlocks.slice(9))}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore.map(card).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://notes.tipandtoe.co.uk">Tip &amp; Toe</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8c2f1a6d9b"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout587-ghost-heel-tips',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  ...gold(gBlocks),
  bylines: ['Priya Castellane', 'Feb 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tip & Toe', ...gNav, 'Sign in', 'Subscribe', '2 min read', 'Our price list', 'Heels, soles, stitching and keys.',
    'Sign up for more like this.', 'Enter your email', ...gMore.flat(), 'Tip & Toe © 2025', 'Sign up', 'Contact', 'Powered by Ghost',
  ],
};

const nTitle = 'After 52 years at the last, Dunmore’s cobbler puts down his hammer';
const nDek =
  'Gerald Ashworth’s shop on Mill Lane has mended the town’s shoes since 1973. It closes on Saturday, but a former apprentice hopes to keep it going.';
const nBlocks: Block[] = [
  [
    'p',
    j(
      'DUNMORE — For more than half a century, the smell of leather and glue has drifted out of the narrow shop at 7 Mill Lane.',
      'On Saturday, Gerald Ashworth, 78, will lock the door for the last time.',
    ),
  ],
  [
    'p',
    j(
      '“My hands have told me it is time,” Ashworth said on Tuesday, standing behind a counter stacked with tagged pairs of boots',
      'waiting to be collected. “I can still stitch a sole, but it takes me twice as long as it used to.”',
    ),
  ],
  [
    'p',
    j(
      'Ashworth took over the business from his uncle in 1973, when there were five shoe repairers in Dunmore. By 2000 there were',
      'two. For the past eleven years his has been the only one within 20 miles.',
    ),
  ],
  ['h2', 'Keys, watch straps and the odd saddle'],
  [
    'p',
    j(
      'Like most cobblers who have lasted, Ashworth widened the trade. He began cutting keys in the 1980s and now cuts around 60 a',
      'week, many of them for landlords and the town’s two letting agents. He has re-stitched saddles for the riding school, repaired',
      'handbags and, once, a set of bagpipes.',
    ),
  ],
  [
    'p',
    j(
      '“People think shoe repair is dying, but it isn’t, it just changed,” he said. “Twenty years ago I did cheap soles on cheap',
      'shoes. Now people bring me boots that cost £300 and they want them to last another ten years.”',
    ),
  ],
  ['h2', 'An apprentice steps in'],
  [
    'p',
    j(
      'The shop may not stay dark for long. Kayleigh Ombasi, 31, who trained with Ashworth for two years before leaving to work',
      'for a boot maker in Northampton, has agreed to take on the lease from March.',
    ),
  ],
  [
    'p',
    j(
      '“Gerald taught me everything, from how to hold a knife to how to talk to someone who is upset about their wedding shoes,”',
      'Ombasi said. She plans to keep the key cutting and add online bookings.',
    ),
  ],
  ['p', 'Customers with shoes still at the shop have until Saturday at 1 p.m. to collect them. Anything left will be passed to Ombasi.'],
];
const nNav = ['News', 'Business', 'Community', 'Sports', 'Opinion', 'Obituaries', 'Events'];
const nRel = ['Mill Lane car park to close for resurfacing', 'Dunmore traders report busiest Christmas since 2019', 'Market hall roof repairs approved'];
const nComments: readonly (readonly [string, string, string])[] = [
  ['Marian T.', 'January 15, 2026 at 9:41 am', 'He resoled my father’s boots and then mine. Thank you, Gerald, and good luck Kayleigh.'],
  ['D. Pryce', 'January 15, 2026 at 12:03 pm', 'End of an era. Glad someone is taking it on.'],
];
const comment = ([who, when, text]: readonly [string, string, string], i: number): string =>
  `<li id="comment-${4410 + i}" class="comment even thread-even depth-1"><article id="div-comment-${4410 + i}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${who}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-${4410 + i}"><time datetime="2026-01-15">${when}</time></a></div></footer>
<div class="comment-content"><p>${text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article>
</li>`;
const nHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${nTitle} – The Dunmore Ledger</title>
<link rel='stylesheet' id='newspack-style-css' href='/wp-content/themes/newspack-theme/style.css?ver=2.3.1' media='all'>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","author":[{"@type":"Person",
"name":"Ruth Kellaway"}],"datePublished":"2026-01-14T17:20:00-05:00"}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8XK2"></script></head>
<body class="post-template-default single single-post single-format-standard h-nsub h-db h-dh h-cl newspack-front-page"><a class="skip-link screen-reader-text"
href="#main">Skip to content</a><div id="page" class="site"><header id="masthead" class="site-header hide-header-search">
<div class="top-header-contain desktop-only">
<div class="wrapper"><div class="secondary-menu"><ul><li><a href="/subscribe">Subscribe</a></li><li><a href="/donate">Donate</a></li></ul></div></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><p class="site-title"><a href="/" rel="home">The Dunmore Ledger</a></p>
<p class="site-description">Independent news for Dunmore and the Ley valley</p></div></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu">
<ul id="menu-primary" class="main-menu">
${links(nNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-18233" class="post-18233 post type-post status-publish category-business entry"><header class="entry-header">
<span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="/category/business/" rel="category tag">Business</a></span>
<h1 class="entry-title">${nTitle}</h1><div class="newspack-post-subtitle">${nDek}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="byline"><span class="author-avatar"></span><span>by</span> <span class="author vcard">
<a class="url fn n" href="/author/rkellaway/">Ruth Kellaway</a></span></span><span class="posted-on">
<time class="entry-date published" datetime="2026-01-14T17:20:00-05:00">January 14, 2026</time></span>
</div><div class="newspack-sharing"><a href="https://twitter.com/share" class="share-twitter"><span>Twitter</span></a>
<a href="https://facebook.com/sharer.php" class="share-facebook"><span>Facebook</span></a><a href="mailto:?" class="share-email"><span>Email</span></a>
</div></div>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2026/01/ashworth.jpg" alt="Gerald Ashworth in his shop"><figcaption>
<span class="wp-caption-text">Gerald
Ashworth at his finishing machine on Tuesday.</span><span class="image-credit">
<span class="credit-label-wrapper">Credit:</span> Ruth Kellaway / The Dunmore Ledger</span></figcaption></figure>
</header><div class="entry-content">
${blocks(nBlocks.slice(0, 3))}
<div class="wp-block-newspack-blocks-homepage-articles is-style-borders"><h2 class="article-section-title"><span>Related</span></h2>
${nRel
  .map(
    (r) => `<article class="post-has-image"><div class="entry-wrapper"><h3 class="entry-title"><a href="/${r.length}/">${r}</a></h3></div>
</article>`,
  )
  .join('\n')}</div>
${blocks(nBlocks.slice(3))}
</div><footer class="entry-footer"><span class="tags-links"><span>Tagged:</span><a href="/tag/mill-lane/" rel="tag">Mill Lane</a>
<a href="/tag/small-business/" rel="tag">small business</a></span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Ruth Kellaway</h2></div>
<p>Ruth covers business and the town council for the Ledger.</p><a class="author-link" href="/author/rkellaway/">More by Ruth Kellaway</a></div></div></article>
<div id="comments" class="comments-area"><div class="comments-wrapper"><h2 class="comments-title">2 replies on “${nTitle}”</h2>
<ol class="comment-list">${nComments.map(comment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment</h3><form class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div></div><footer id="colophon" class="site-footer"><div class="footer-branding"><div class="wrapper">The Dunmore Ledger</div></div>
<div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">&copy; 2026 The Dunmore Ledger.</span>
<a class="imprint" href="https://newspack.com/" target="_blank">Proudly powered by Newspack by Automattic</a></div></div></footer></div>
<script src='/wp-content/themes/newspack-theme/js/dist/menu.js' id='newspack-menu-js'></script></body></html>`;
const newspack: TestPage = {
  name: 'heldout587-newspack-cobbler-retires',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: gold(nBlocks).headings,
  body: [nDek, ...gold(nBlocks).body],
  bylines: ['by', 'Ruth Kellaway', 'January 14, 2026', ...nComments.flatMap(([w, d]) => [w, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Subscribe', 'Donate', 'The Dunmore Ledger', 'Independent news for Dunmore and the Ley valley', ...nNav, 'Posted in', 'Twitter',
    'Facebook', 'Email', 'Gerald Ashworth at his finishing machine on Tuesday.', 'Credit:', 'Ruth Kellaway / The Dunmore Ledger', 'Related', ...nRel,
    'Tagged:', 'small business', 'Ruth covers business and the town council for the Ledger.', 'More by Ruth Kellaway',
    `2 replies on “${nTitle}”`, 'says:', ...nComments.map((c) => c[2]), 'Reply', 'Leave a comment',
    'Your email address will not be published. Required fields are marked *', 'Comment', '© 2026 The Dunmore Ledger.',
    'Proudly powered by Newspack by Automattic',
  ],
};

export const HELDOUT587_C: readonly TestPage[] = [ghost, newspack];
