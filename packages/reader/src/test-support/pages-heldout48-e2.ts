import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 48, file e2: a blog post on Ghost with the Casper theme (gh-head with logo, search and burger buttons, the
 * navigation and the members' "Sign in"/"Subscribe", the article header with primary tag, title, excerpt, the byline with
 * avatar, author name, date and reading time, the feature image with caption, gh-content with h2s, an image card with caption,
 * a blockquote, a callout card with emoji, a bookmark card, the comments-ui script, the footer call to action, "Read more"
 * post cards with tags, dates and reading times, the site footer with "Powered by Ghost" and the PhotoSwipe dialog).
 */
const ghTitle = 'Why I stopped digging my allotment, and what happened to the soil';
const ghExcerpt = 'Two years ago I put the spade away for good. Here is what changed on Plot 14, what didn’t, and what I would do differently.';
const ghBody1 = [
  'For eleven years I dug Plot 14 every November. It was the ritual that ended the season: turn the soil, bury the weeds, leave the clods for ' +
    'the frost to break. My back hated it, but I believed it was the only way to grow anything on heavy clay.',
  'Then, in the autumn of 2023, a slipped disc made the decision for me. I could either give up the plot or stop digging. I stopped digging.',
];
const ghH = ['What I did instead', 'What changed', 'What I would do differently'];
const ghBody2 = [
  'The method is almost embarrassingly simple. In place of turning the soil, I covered every bed with cardboard, wetted it, and spread about ' +
    'five centimetres of compost on top. I planted straight into the compost in spring and added another thin layer each autumn.',
  'The hardest part was finding enough compost. I made what I could, begged spent mushroom compost from a farm near Ledbury, and for the ' +
    'first year bought the rest in bulk bags, which cost me around £180.',
];
const ghBody3 = [
  'The first surprise was the weeds. Bindweed still comes up, and always will, but annual weeds have almost vanished, because I am no longer ' +
    'bringing fresh seed to the surface every winter.',
  'The second was the soil itself. My clay used to set like concrete in a dry July. Now, when I push a trowel in, it goes down easily and ' +
    'comes up full of worms. My neighbour on Plot 15, who has been growing here since 1979, was not impressed at first.',
];
const ghQuote = '“You’ll have slugs the size of your thumb,” she told me. She was right about the slugs, for the first year at least.';
const ghBody4 =
  'Yields have been steady rather than spectacular. Potatoes were down slightly in the first year and back to normal in the second. Broad ' +
  'beans, onions and squash all did better than before.';
const ghCallout = 'If you want to try it on a small scale first, pick one bed that floods or compacts badly. It is where you will see the difference fastest.';
const ghBody5 = [
  'I would start with fewer beds. Converting the whole plot in one autumn meant I was short of compost for two years. Doing a third of the ' +
    'plot each year would have been cheaper and far less stressful.',
  'And I would have stopped digging years before my back forced me to.',
];
const ghCap1 = 'Plot 14 in late September, two years into no-dig.';
const ghCap2 = 'Cardboard going down on the bean beds, November 2023.';
const ghBookmark = [
  'No-dig growing: a beginner’s guide',
  'How to start a no-dig bed, what to use as mulch and how much compost you really need.',
  'Garden Organic Trust',
  'Grow Guides',
];
const ghNav = ['Home', 'About', 'Seed swap', 'Archive'];
const ghCards = [
  ['Seeds', 'Saving tomato seed without a fuss', 'A jar, some water and a week on the windowsill is all it takes.', 'Sep 28, 2025', '4 min read'],
  [
    'Plot diary',
    'September on Plot 14: squash, squash and more squash',
    'The glut has arrived. Here is what I am doing with it.',
    'Sep 14, 2025',
    '5 min read',
  ],
  ['Tools', 'The only three hand tools I still use', 'After twenty years of buying gadgets, this is what is left in the shed.', 'Aug 30, 2025', '3 min read'],
];
const ghImg = (src: string, cap: string, cls: string): string =>
  `<figure class="${cls}"><img srcset="/content/images/size/w600/2025/10/${src} 600w, /content/images/size/w1000/2025/10/${src} 1000w"
sizes="(max-width: 1000px) 400px, 1150px" src="/content/images/size/w1200/2025/10/${src}" alt="" loading="lazy"><figcaption><span
style="white-space: pre-wrap;">${cap}</span></figcaption></figure>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ghTitle}</title><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1f2b3c4d">
<meta name="generator" content="Ghost 5.101"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":
"Organization","name":"Plot 14"},"author":{"@type":"Person","name":"Ruth Adebayo"},"headline":"${ghTitle}","datePublished":"2025-10-12T08:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.50/umd/portal.min.js" data-i18n="true" data-ghost="https://plot14.example/" data-key="3e8f0c1a"
data-api="https://plot14.example/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template tag-no-dig tag-soil is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://plot14.example/">Plot 14</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"
viewBox="0 0 24 24"><path
d="M0 0h1"></path></svg></button><button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${ghNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="https://plot14.example/${t === 'Home' ? '' : `${t.toLowerCase()}/`}">${t}</a></li>`,
  )
  .join(
    '\n',
  )}</ul></nav><div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-no-dig tag-soil">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/no-dig/">No-dig</a></span></div>
<h1 class="article-title">${ghTitle}</h1><p class="article-excerpt">${ghExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/ruth/"
class="author-avatar" aria-label="Read more of Ruth Adebayo"><img class="author-profile-image" src="/content/images/size/w100/2023/01/ruth.jpg"
alt="Ruth Adebayo"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Adebayo</a></h4><div class="byline-meta-content"><time
class="byline-meta-date" datetime="2025-10-12">Oct 12, 2025</time><span class="byline-reading-time"><span class="bull">•</span> 6 min read</span></div></div>
</section></div>
${ghImg('plot14-september.jpg', ghCap1, 'article-image')}
</header><section class="gh-content gh-canvas is-body">
${ghBody1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="what-i-did-instead">${ghH[0]}</h2>
<p>${ghBody2[0]}</p>
${ghImg('cardboard-beds.jpg', ghCap2, 'kg-card kg-image-card kg-card-hascaption')}
<p>${ghBody2[1]}</p>
<h2 id="what-changed">${ghH[1]}</h2>
${ghBody3.map((p) => `<p>${p}</p>`).join('\n')}
<blockquote>${ghQuote}</blockquote>
<p>${ghBody4}</p>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${ghCallout}</div></div>
<h2 id="what-i-would-do-differently">${ghH[2]}</h2>
${ghBody5.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container"
href="https://growguides.example/no-dig-beginners"><div class="kg-bookmark-content"><div
class="kg-bookmark-title">${ghBookmark[0]}</div><div class="kg-bookmark-description">${ghBookmark[1]}</div><div class="kg-bookmark-metadata"><img
class="kg-bookmark-icon"
src="https://growguides.example/favicon.png"
alt=""><span class="kg-bookmark-author">${ghBookmark[2]}</span><span class="kg-bookmark-publisher">${ghBookmark[3]}</span>
</div></div><div class="kg-bookmark-thumbnail"><img src="https://growguides.example/og/no-dig.jpg" alt=""></div></a></figure>
</section><section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~1.0/umd/comments-ui.min.js"
data-ghost-comments="https://plot14.example/" data-api="https://plot14.example/ghost/api/content/" data-count="true" data-post-id="6709d2a1f3b4c20001a8e5f1"
data-color-scheme="auto" data-accent-color="#4a7c59" data-comments-enabled="all" data-publication="Plot 14"
crossorigin="anonymous"></script></section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section></main>
<aside class="read-more-wrap outer"><div class="read-more inner">${ghCards
  .map(
    ([tag, t, ex, d, len]) =>
      `<article class="post-card post"><a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/content/images/x.jpg" alt="${t}"
loading="lazy"></a>` +
      `<div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><div class="post-card-tags"><span ` +
      `class="post-card-primary-tag">${tag}</span></div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${ex}</div></a>` +
      `<footer class="post-card-meta"><time class="post-card-meta-date"
datetime="2025-09-28">${d}</time><span class="post-card-meta-length">${len}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://plot14.example/">Plot 14</a> © 2025</section><nav
class="site-footer-nav">
<ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-rss"><a href="/rss/">RSS</a></li></ul></nav><div
class="gh-powered-by"><a
href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden"><button class="pswp__button
pswp__button--close" title="Close (Esc)"></button><button class="pswp__button pswp__button--zoom" title="Zoom in/out"></button></div></div>
<script src="/assets/built/casper.js?v=8a1f2b3c4d"></script></body></html>`;
export const ghostCasperPost: TestPage = {
  html: ghHtml,
  name: 'heldout48-ghost-casper-post',
  kind: 'blog',
  // the excerpt, paragraphs, the blockquote (the neighbour's words as the author reports them, part of the text) and the
  // callout card's text are body (its emoji in neither); the three h2s are the headings; "Ruth Adebayo" and the date are
  // bylines, the reading time furniture; the bookmark card is a link preview to another site (its title, description, author
  // and publisher): furniture, as are the captions, the primary tag, the header, the footer call to action, the "Read more" cards
  // with their tags, excerpts, dates and reading times, and the site footer; the logo "Plot 14" is a word of the body ("dug Plot
  // 14"): left out, as are the nav's "Home" and "About" ("about five centimetres")
  title: ghTitle,
  headings: ghH,
  body: [ghExcerpt, ...texts(ghBody1), ...texts(ghBody2), ...texts(ghBody3), ghQuote, ghBody4, ghCallout, ...texts(ghBody5)],
  bylines: ['Ruth Adebayo', 'Oct 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Seed swap', 'Archive', 'Sign in', 'Subscribe', 'No-dig', '6 min read', ghCap1, ghCap2, ...ghBookmark, 'Sign up for more like this.',
    'Enter your email', ...ghCards.flat(), '© 2025', 'Sign up', 'RSS', 'Powered by Ghost',
  ],
};
