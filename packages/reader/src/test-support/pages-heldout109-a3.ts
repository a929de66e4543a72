import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 109, file a3: a Ghost post on the Casper theme (gh-head with logo, search button, menu, "Sign in" and
 * "Subscribe", the primary tag and "Featured" label, the excerpt under the title, the byline block with date and reading
 * time, the feature image caption, a bookmark card and an image card caption inside the content, the footer CTA with its
 * fake email field, the comments-ui script, "Read more" post cards and the site footer with "Powered by Ghost").
 */
const title = 'The tram that ran to nowhere: tracing the lost Wexham Light Railway';
const excerpt = 'For eleven years a single tram car shuttled between the station and a quarry that had already closed. Here is how it happened.';
const p0 = [
  'If you walk up Carrick Lane from Wexham station and look closely at the kerb outside number 14, you can still see a strip ' +
    'of granite setts where the tarmac has worn through. They are the last visible trace of the Wexham Light Railway, which ' +
    'carried passengers up the hill between 1903 and 1914 and, for most of that time, had almost nobody to carry.',
  'I spent the spring going through the parish minutes, two boxes of company papers at the county record office, and a ' +
    'scrapbook kept by the daughter of one of the drivers. This is what I found.',
];
const h1 = 'A line built for a quarry';
const p1 = [
  'The line was promoted in 1899 by the owners of the Hollins Quarry, who wanted a cheaper way to get their workers up the ' +
    'hill than the horse buses they were paying for. The plan was a mile and a quarter of single track, a passing loop at the ' +
    'Crown inn, and two small electric cars bought second-hand from a seaside town.',
  'The quarry closed in the summer of 1902, six months before the line was finished. Nobody seems to have thought of stopping ' +
    'the work. The contracts were signed, the rails had been delivered, and the company simply carried on.',
];
const h2 = 'Eleven years of empty seats';
const p2 = [
  'The company papers show that on an ordinary weekday the car made fourteen return trips and carried, on average, nineteen ' +
    'passengers in total. On market days it did better. On Sundays it barely ran at all, because the parish council objected ' +
    'to the noise during services.',
  'One of the two cars was sold in 1907 to pay a debt to the electricity works, which left a single car running up and down ' +
    'the hill. The driver’s daughter remembered it as a kind of village pet, with children riding it for a halfpenny just to ' +
    'see the view from the top.',
];
const quote = 'We never thought of it as a business. It was just the tram, and Father drove it, and it went up and it came down again.';
const h3 = 'What is left';
const p3 = [
  'The line closed in August 1914 when the rails were requisitioned. The depot became a garage and was demolished in the ' +
    'seventies. Apart from the setts on Carrick Lane, the only survivors are a brass fare box in the museum at Aldergate and ' +
    'a photograph of the car at the Crown loop, which is reproduced above.',
  'If you have any family papers or photographs of the line, I would love to hear from you. Reply to this email or leave a ' + 'comment below.',
];
const nav = ['Home', 'Archive', 'Walks', 'About'];
const figCaption = 'Car No. 2 at the Crown passing loop, about 1905. Courtesy of the Aldergate Museum.';
const card2 = 'Fares collected in the first year, from the company ledger.';
const bookmark = {
  t: 'The Hollins Quarry strike of 1898',
  d: 'Before the tram, before the closure: the summer the quarrymen walked out.',
  p: 'Wexham Past',
};
const readMore = [
  { t: 'Who built the Crown inn?', e: 'The date over the door says 1721. The deeds say otherwise.', d: 'Jul 2, 2025', r: '6 min read' },
  { t: 'A walk along the old mill leat', e: 'Three miles, two stiles and one very muddy field.', d: 'Jun 11, 2025', r: '4 min read' },
  { t: 'The Hollins Quarry strike of 1898', e: 'The summer the quarrymen walked out.', d: 'May 20, 2025', r: '7 min read' },
];
const cta = ['Sign up for more like this.', 'Enter your email', 'Subscribe'] as const;
const footNav = ['Sign up', 'Contact', 'RSS'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${title}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=3a8e1f6b2c">
<meta name="description" content="${excerpt}"><link rel="canonical" href="https://wexhampast.example/the-tram-that-ran-to-nowhere/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Wexham Past"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta property="article:published_time" content="2025-08-14T06:30:00.000Z">
<meta property="article:tag" content="Transport"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Helen Prewett">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Wexham Past"},
"author":{"@type":"Person","name":"Helen Prewett"},"headline":"${title}","datePublished":"2025-08-14T06:30:00.000Z","keywords":"Transport"}</script>
<meta name="generator" content="Ghost 5.115"><link rel="alternate" type="application/rss+xml" title="Wexham Past" href="https://wexhampast.example/rss/">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.50/umd/portal.min.js" data-i18n="true" data-ghost="https://wexhampast.example/"
data-key="a81c3f" data-api="https://wexhampast.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style>
<script defer src="https://cdn.jsdelivr.example/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="a81c3f" crossorigin="anonymous"></script>
</head>
<body class="post-template tag-transport tag-hash-import is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://wexhampast.example">Wexham Past</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg viewBox="0 0 24 24"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(nav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-transport featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags">
<span class="post-card-primary-tag"><a href="/tag/transport/">Transport</a></span>
<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17"></svg> Featured</span></div>
<h1 class="article-title">${title}</h1><p class="article-excerpt">${excerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/helen/" class="author-avatar" aria-label="Read more of Helen Prewett"><img class="author-profile-image" src="/content/images/helen.jpg"
alt="Helen Prewett"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/helen/">Helen Prewett</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-08-14">Aug 14, 2025</time>
<span class="byline-reading-time"><span class="bull">•</span> 5 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/08/tram.jpg 300w" src="/content/images/size/w2000/2025/08/tram.jpg" alt="">
<figcaption><span style="white-space: pre-wrap;">${figCaption}</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(p0)}
<h2 id="a-line-built-for-a-quarry">${h1}</h2>
${ps(p1)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://wexhampast.example/hollins-quarry-strike/">
<div class="kg-bookmark-content"><div class="kg-bookmark-title">${bookmark.t}</div><div class="kg-bookmark-description">${bookmark.d}</div>
<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/favicon.png" alt=""><span class="kg-bookmark-author">${bookmark.p}</span>
<span class="kg-bookmark-publisher">Helen Prewett</span></div></div>
<div class="kg-bookmark-thumbnail"><img src="/content/images/2025/05/quarry.jpg" alt=""></div></a></figure>
<h2 id="eleven-years-of-empty-seats">${h2}</h2>
${ps(p2)}
<blockquote>${quote}</blockquote>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2025/08/ledger.jpg" class="kg-image" alt="" loading="lazy" width="1200"
height="800">
<figcaption><span style="white-space: pre-wrap;">${card2}</span></figcaption></figure>
<h2 id="what-is-left">${h3}</h2>
${ps(p3)}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">${cta[0]}</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">${cta[1]}</div><span>${cta[2]}</span></a></div></section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.example/ghost/comments-ui@~1.0/umd/comments-ui.min.js"
data-ghost-comments="https://wexhampast.example/" data-api="https://wexhampast.example/ghost/api/content/" data-post-id="68a1c0f2e4"
data-count-only="false" data-title="null" data-color-scheme="auto" crossorigin="anonymous"></script></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">${readMore
  .map(
    (r, i) => `<article class="post-card post"><a class="post-card-image-link" href="/post-${i}/"><img class="post-card-image" alt="" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/post-${i}/"><header class="post-card-header"><div class="post-card-tags"></div>
<h2 class="post-card-title">${r.t}</h2></header><div class="post-card-excerpt">${r.e}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025">${r.d}</time>
<span class="post-card-meta-length">${r.r}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://wexhampast.example">Wexham Past</a> © 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(footNav, 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button><div class="pswp__counter"></div></div></div>
<script src="/assets/built/casper.js?v=3a8e1f6b2c"></script></body></html>`;

export const ghostPost: TestPage = {
  html,
  name: 'heldout109-ghost-casper-blog',
  kind: 'blog',
  // the excerpt under the title is the post's dek (body, as in batch 76); the bookmark card is furniture
  title,
  headings: [h1, h2, h3],
  body: texts([excerpt, ...p0, ...p1, ...p2, quote, ...p3]),
  bylines: ['Helen Prewett', 'Aug 14, 2025', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wexham Past', ...nav, 'Sign in', 'Subscribe', 'Transport', 'Featured', figCaption, bookmark.t, bookmark.d, card2, cta[0], cta[1],
    ...readMore.flatMap((r) => [r.t, r.e, r.d, r.r]), '© 2025', ...footNav, 'Powered by Ghost',
  ],
};
