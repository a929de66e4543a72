import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout300-kit.js';

/**
 * Held-out batch 300, file e: a children's book review on a Ghost site with the Casper theme (gh-head navigation, article
 * tag, byline with reading time, a kg-card callout with the book details, a bookmark card, the members sign-up CTA, "Read
 * more" post cards and the Ghost footer) and a family travel blog post on WordPress with the Kadence theme (affiliate
 * disclosure, Easy Table of Contents, Mediavine ad slots, Pinterest image caption, "About the author" box, reader comments
 * with the reply form, a sidebar and footer widgets).
 */
const gTitle = 'Review: The Lantern Under the Hill by Odile Marchbank';
const g1 = [
  j(
    'Some picture books are read once and put back on the shelf. The Lantern Under the Hill is the kind that gets asked for',
    'every night for a month. It follows Pim, a small badger who is afraid of the dark, on the night his grandmother sends him',
    'to fetch the old lantern from the bottom of the burrow.',
  ),
  j(
    'Marchbank’s text is short and rhythmic, with a repeated line, "one more step, and one more step", that my four-year-old',
    'started chanting along with by the third reading. The story never tells Pim that his fear is silly. Instead, each',
    'creature he meets admits to being afraid of something too, which is a lovely and gentle message.',
  ),
];
const g2 = [
  j(
    'The illustrations, by Teodora Vance, are the real star. The tunnels are painted in deep blues and browns, and the lantern',
    'light spreads across each spread a little further as Pim grows braver. Younger children will enjoy spotting the beetle',
    'who appears on every page.',
  ),
  j(
    'If we have one quibble, it is the ending, which arrives a page or two too quickly after such a careful build-up. But it',
    'is a small complaint about a book that has earned a permanent place at our bedtime.',
  ),
];
const g3 = ['Best for: ages 3 to 6, especially children who are nervous at bedtime', 'Read it with: a torch, and a willingness to do the badger voices'];
const gHeads = ['What we loved', 'Our verdict'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle}</title><meta name="generator" content="Ghost 5.96">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=2b1c"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Little Shelf"},
"author":{"@type":"Person","name":"Wynne Castellan"},"headline":"${gTitle}","datePublished":"2026-02-27T08:00:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.46/umd/portal.min.js" data-ghost="https://littleshelf.example/"></script></head>
<body class="post-template tag-picture-books is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Little
Shelf</a></div><nav class="gh-head-menu"><ul class="nav">${links(['Picture Books', 'Early Readers', 'Middle Grade', 'Gift Guides', 'About'], 'nav-item')}</ul>
</nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button"
href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-picture-books">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/picture-books/">Picture
Books</a></span></section><h1 class="article-title">${gTitle}</h1>
<p class="article-excerpt">A bedtime book about being brave in the dark.</p>
<div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/wynne/">Wynne
Castellan</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-02-27">Feb 27, 2026</time>
<span class="byline-reading-time"><span class="bull">•</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/02/lantern-cover.jpg" alt="Book cover"><figcaption>Cover art by Teodora Vance</figcaption></figure>
</header><section class="gh-content gh-canvas">
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📖</div><div class="kg-callout-text">Hardback, 32 pages, Bramble &amp;
Finch, £12.99</div></div>
${ps(g1)}<h2 id="what-we-loved">${gHeads[0]}</h2>${ps(g2)}<h2 id="our-verdict">${gHeads[1]}</h2><ul>${g3.map((t) => `<li>${t}</li>`).join('')}</ul>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/the-best-bedtime-books/"><div class="kg-bookmark-content"><div
class="kg-bookmark-title">The 20 best bedtime books for anxious sleepers</div><div class="kg-bookmark-description">Our favourite calming reads for little
ones.</div></div></a></figure></section>
<section class="article-comments gh-canvas"><aside class="footer-cta outer"><div class="footer-cta-content"><h2 class="footer-cta-title">Sign up for
more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a>
</div>
</aside></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><h2 class="post-card-title">Review: Otto and the Very Tall Hat</h2>
</article><article class="post-card"><h2 class="post-card-title">Ten picture books about starting school</h2></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Little Shelf</a> © 2026</section>
<nav class="site-footer-nav"><ul>${links(['Sitemap', 'Privacy', 'Contact'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/">Powered by
Ghost</a></div></div></footer></div><script src="/assets/built/casper.js?v=2b1c"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout300-ghost-casper-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([...g1, ...g2, ...g3]),
  bylines: ['Wynne Castellan', 'Feb 27, 2026', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Little Shelf', 'Picture Books', 'Early Readers', 'Middle Grade', 'Gift Guides', 'About', 'Sign in', 'Subscribe', 'Cover art by Teodora Vance',
    'Hardback, 32 pages, Bramble & Finch, £12.99', 'The 20 best bedtime books for anxious sleepers', 'Our favourite calming reads for little ones.',
    'Sign up for more like this.', 'Enter your email', 'Review: Otto and the Very Tall Hat', 'Ten picture books about starting school', 'Little Shelf © 2026',
    'Sitemap', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

const tTitle = 'Three Days in the Saltmarsh Coast With Toddlers: Our Easy Family Itinerary';
const tHeads = ['Where we stayed', 'Day 1: Beaches and rock pools', 'Day 2: The steam railway', 'Day 3: Puffin boat trip', 'Tips for visiting with toddlers'];
const t0 = [
  j(
    'We spent a long weekend on the Saltmarsh Coast last May with our two girls, aged two and four, and it was one of the easiest',
    'trips we have taken as a family. Short drives, wide sandy beaches and plenty of cafés with high chairs made it a winner.',
  ),
];
const t1 = [
  j(
    'We booked a two-bedroom cottage in the village of Harrowby, a ten-minute walk from the beach. It had a travel cot, a stair',
    'gate and a small enclosed garden, which meant we could sit outside in the evenings while the girls slept.',
  ),
];
const t2 = [
  j(
    'Our first morning was spent at Gull Sands, where the tide goes out a long way and leaves shallow rock pools that are',
    'perfect for small children. We found crabs, tiny shrimp and a starfish, which our eldest talked about for the rest of the trip.',
  ),
];
const t3 = [
  j(
    'The Saltmarsh Steam Railway runs a short line between Harrowby and Pellow Bay. The round trip takes just under an hour,',
    'which is about the limit for a toddler, and under-threes travel free. Sit on the left on the way out for the sea views.',
  ),
];
const t4 = [
  j(
    'The highlight was a 90-minute boat trip out to the puffin colony on Scarra Island. Life jackets are provided in toddler',
    'sizes, and the crew were brilliant with the girls. Book ahead in summer, as boats fill up days in advance.',
  ),
];
const t5 = [
  'Pack a baby carrier as well as a buggy, since some of the coastal paths are steep.',
  'Most cafés stop serving lunch at 2pm, so eat early.',
  'Check the tide times before you head to the beach, as the rock pools are only exposed at low tide.',
  'Bring layers: even in May the wind on the boat trip was chilly.',
];
const tSide = ['Our 10 best beaches for toddlers', 'Flying with a baby: what to pack', 'A rainy weekend in the Fenmoor hills'];
const tComments = [
  {
    who: 'Harriet Lyle',
    when: 'May 22, 2026 at 8:14 pm',
    text: 'This is so helpful, we are going in June with a two-year-old. Did you need to book the steam railway?',
  },
  { who: 'Jo (Little Roamers)', when: 'May 23, 2026 at 7:02 am', text: 'Not in May, but I would in the school holidays. Have a lovely trip!' },
];
const tHtml = `<!doctype html><html lang="en-US" class="no-js"><head><meta charset="UTF-8"><title>${tTitle} - Little Roamers</title>
<meta name="generator" content="WordPress 6.7.2"><link rel="stylesheet" id="kadence-global-css" href="/wp-content/themes/kadence/assets/css/global.min.css">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${tTitle}",
"datePublished":"2026-05-20T07:00:00+00:00","author":{"name":"Jo Pennick"}}]}</script>
<script>window.mediavineSettings = {"adunits":"content_1,content_2,sidebar_atf"};</script></head>
<body class="post-template-default single single-post postid-4471 wp-custom-logo content-style-unboxed"><div id="wrapper" class="site">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a><header id="masthead" class="site-header"><div class="site-branding"><p
class="site-title">Little Roamers</p><p class="site-description">Family travel without the fuss</p></div>
<nav id="site-navigation" class="main-navigation header-navigation"><ul id="primary-menu" class="menu">
${links(['Destinations', 'Family Travel Tips', 'UK Breaks', 'Work With Us', 'About Jo'], 'menu-item')}</ul></nav></header>
<div id="inner-wrap" class="wrap"><main id="main" class="site-main"><div class="content-wrap"><article id="post-4471" class="entry content-bg single-entry">
<div class="entry-content-wrap"><header class="entry-header"><div class="entry-taxonomies"><span class="category-links"><a href="/category/uk-breaks/">UK
Breaks</a></span></div><h1 class="entry-title">${tTitle}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span
class="meta-label">By</span><span class="author vcard"><a class="url fn n" href="/author/jo/">Jo Pennick</a></span></span><span class="posted-on"><time
class="entry-date published" datetime="2026-05-20">May 20, 2026</time></span></div></header>
<div class="entry-content single-content"><p class="affiliate-disclosure"><em>This post may contain affiliate links. If you book through them we may earn a
small commission at no extra cost to you.</em></p>
${ps(t0)}<div id="ez-toc-container" class="ez-toc-v2_0_71 counter-hierarchy ez-toc-counter"><div class="ez-toc-title-container"><p
class="ez-toc-title">Table of Contents</p><span class="ez-toc-title-toggle">Toggle</span></div><nav><ul class="ez-toc-list">
${tHeads.map((h, i) => `<li class="ez-toc-page-1"><a class="ez-toc-link" href="#s${i}">${h}</a></li>`).join('\n')}</ul></nav></div>
<h2 id="s0"><span class="ez-toc-section"></span>${tHeads[0]}</h2>${ps(t1)}<div class="mv-ad-box" data-slotname="content_1_wrapper">
<span>Advertisement</span></div>
<h2 id="s1">${tHeads[1]}</h2>${ps(t2)}<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/05/rockpools.jpg" alt="Rock pools">
<figcaption
class="wp-element-caption">Rock pooling at Gull Sands. Pin this for later!</figcaption></figure>
<h2 id="s2">${tHeads[2]}</h2>${ps(t3)}<p class="read-more-inline">
<strong>Read more:</strong> <a href="/flying-with-a-baby/">Flying with a baby: what to pack</a></p>
<h2 id="s3">${tHeads[3]}</h2>${ps(t4)}<h2 id="s4">${tHeads[4]}</h2><ul>${t5.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard">
<b class="entry-author-name author-name fn">Jo Pennick</b>
<div class="entry-author-description author-bio"><p>Jo is a mum of two who writes about easy UK family breaks.</p></div></div></div>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/fenmoor/">
<span class="post-navigation-sub">Previous</span>A rainy
weekend in the Fenmoor hills</a></div></div></nav></div></article>
<div id="comments" class="comments-area"><h3 class="comments-title">2 Comments</h3><ol class="comment-list">${tComments
  .map(
    (c, i) => `<li id="comment-${i + 90}" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">${c.who}</b>
<time datetime="2026-05-2${i + 2}">${c.when}</time></footer><div class="comment-content"><p>${c.text}</p></div><a class="comment-reply-link">Reply</a>
</article></li>`,
  )
  .join('\n')}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><p class="comment-notes">Your
email address will not be published. Required fields are marked *</p><input name="submit" type="submit" class="submit" value="Post Comment"></div></div>
</div></main>
<aside id="secondary" class="primary-sidebar widget-area"><section class="widget widget_text"><h2 class="widget-title">Hi, I'm Jo!</h2><p>I help busy parents
plan stress-free trips.</p></section><section class="widget widget_recent_entries"><h2 class="widget-title">Popular Posts</h2><ul>${links(tSide)}</ul></section>
<div class="mv-ad-box" data-slotname="sidebar_atf"><span>Advertisement</span></div></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2026 Little Roamers · <a href="/privacy/">Privacy Policy</a> · Built with Kadence WP</div>
</footer></div><script id="mv-script-wrapper" src="//scripts.mediavine.example/tags/little-roamers.js" async></script></body></html>`;
const travel: TestPage = {
  name: 'heldout300-wordpress-kadence-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([...t0, ...t1, ...t2, ...t3, ...t4, ...t5]),
  bylines: ['Jo Pennick', 'May 20, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Little Roamers', 'Family travel without the fuss', 'Destinations', 'Family Travel Tips', 'UK Breaks', 'Work With Us', 'About Jo',
    'This post may contain affiliate links. If you book through them we may earn a small commission at no extra cost to you.', 'Table of Contents',
    'Toggle', 'Advertisement', 'Rock pooling at Gull Sands. Pin this for later!', 'Read more: Flying with a baby: what to pack',
    'Jo is a mum of two who writes about easy UK family breaks.', 'Previous', 'A rainy weekend in the Fenmoor hills', '2 Comments',
    ...tComments.flatMap((c) => [c.who, c.when, c.text]), 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', "Hi, I'm Jo!", 'I help busy parents plan stress-free trips.',
    'Popular Posts', ...tSide, '© 2026 Little Roamers · Privacy Policy · Built with Kadence WP',
  ],
};

export const HELDOUT300_E: readonly TestPage[] = [ghost, travel];
