import { links, ps, type TestPage, texts } from './page-kit.js';
import { civicPlus } from './pages-heldout415-e2.js';

/**
 * Held-out batch 415, file e: a nature camp's blog post on Ghost with the Casper theme (gh-head navigation with portal buttons,
 * the article header with tag, excerpt, author byline, date and reading time, a feature image with caption, Koenig image and
 * callout cards, the footer call-to-action to subscribe, the "read more" rail of post cards and the site footer) and, from
 * file e2, a city's pool schedule page on CivicPlus CivicEngage.
 */
const gTitle = 'What the Creek Taught Us This Week';
const gExcerpt = 'Week three of Fernbrook Nature Camp, in mud, minnows and one very patient crayfish.';
const gP1 = [
  `Every summer there is a week when the camp stops being a schedule and becomes a place. This year it was week three, and it happened
at the creek.`,
  `We had planned a morning of stream surveys with the Otters, our group of nine- and ten-year-olds. The idea was simple: measure the
water temperature, count what lives under the stones, and compare the shaded stretch below the footbridge with the sunny riffle near the
meadow. By ten o'clock, nobody wanted to leave.`,
];
const gP2 = [
  `The shaded stretch was two degrees cooler, and the difference showed. Under the stones there we found mayfly and stonefly nymphs,
which need cold, well-oxygenated water. In the sunny riffle there were more snails and midge larvae and fewer of the sensitive insects.`,
  `Ellie, who is ten, put it better than any textbook: "The bugs that need clean water are living where the trees are." We spent the
afternoon talking about why streamside trees matter, and the next morning the Otters asked to plant willow cuttings along the bank.`,
];
const gP3 = [
  `The crayfish deserves its own paragraph. Found under a flat stone by Marcus, it was placed in a tray, measured, drawn by four campers
and named Admiral before being returned to exactly the same stone. The campers insisted on the same stone. Several of them checked on it
the next day.`,
  `That care is the thing we most hope campers take home. You cannot make children love a place by telling them to. You can give them
time in it, tools to look closely, and permission to get wet.`,
];
const gList = [
  'Stream survey: 14 species groups recorded, up from 11 last summer',
  'Willow cuttings planted: 40, along the eroding bank below the meadow',
  'Campers who fell in the creek: 6, all by choice',
];
const gP4 = [
  `Next week the Otters move on to the woodland, and the Herons, our youngest group, will have their turn at the creek. We will post
their results here, and we will let you know how Admiral is getting on.`,
];
const gNav = ['Home', 'About the Camp', 'Sessions', 'Field Notes', 'Families'];
const gMore: readonly (readonly [string, string])[] = [
  ['Owl pellets, and what was inside them', 'Week two: a morning of careful dissection and a lot of tiny bones.'],
  ['Building a bug hotel that actually gets guests', 'Our tips for making a habitat the insects will move into.'],
  ['Why we start every day with a sit spot', 'Ten quiet minutes, and what campers notice in them.'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5b2d0e7c41"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://notes.fernbrookcamp.example/what-the-creek-taught-us/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2027-07-16T17:40:00.000Z">
<meta property="article:tag" content="Field Notes"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Juno Calloway">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Fernbrook Nature Camp"},
"author":{"@type":"Person","name":"Juno Calloway"},"headline":"${gTitle}","datePublished":"2027-07-16T17:40:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://notes.fernbrookcamp.example/"
data-key="3a9e1c" data-api="https://notes.fernbrookcamp.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-field-notes is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://notes.fernbrookcamp.example">Fernbrook Field Notes</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
</button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">
Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-field-notes image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/field-notes/">Field
Notes</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/juno/" class="author-avatar"><img class="author-profile-image" src="/content/images/2026/05/juno.jpg" alt="Juno Calloway"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/juno/">Juno Calloway</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-07-16">16 Jul 2027</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w2000/2027/07/creek-survey.jpg" alt="Children in wellies in a shallow creek">
<figcaption>The Otters survey the riffle below the meadow. Photo: Dev Aranda</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gP1)}
<h2 id="two-degrees">Two degrees make a difference</h2>
${ps(gP2)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2027/07/nymph-tray.jpg" class="kg-image" alt="" loading="lazy">
<figcaption><span style="white-space: pre-wrap;">A stonefly nymph in the sorting tray.</span></figcaption></figure>
<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🌿</div><div class="kg-callout-text">Read more: <a
href="/building-a-bug-hotel/">how we built a bug hotel the insects actually moved into</a></div></div>
<h2 id="admiral">A crayfish called Admiral</h2>
${ps(gP3)}
<h2 id="by-the-numbers">The week by the numbers</h2>
<ul>
${gList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${ps(gP4)}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    ([
      t,
      e,
    ]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/"><img class="post-card-image" src="/content/images/card.jpg"
alt="${t}"></a><div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">Field Notes</span></div><h2 class="post-card-title">${t}</h2></header>
<div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027-07-09">Jul 9, 2027</time>
<span class="post-card-meta-length">3 min read</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://notes.fernbrookcamp.example">Fernbrook Field Notes</a>
© 2027</section><nav class="site-footer-nav"><ul class="nav">${links(['Privacy', 'Contact the camp'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://code.jquery.example/jquery-3.5.1.min.js" crossorigin="anonymous"></script><script src="/assets/built/casper.js?v=5b2d0e7c41"></script>
</body></html>`;
const ghost: TestPage = {
  name: 'heldout415-ghost-casper-nature-camp-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: ['Two degrees make a difference', 'A crayfish called Admiral', 'The week by the numbers'],
  body: texts([...gP1, ...gP2, ...gP3, ...gList, ...gP4]),
  bylines: ['Juno Calloway', '16 Jul 2027', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fernbrook Field Notes', ...gNav, 'Sign in', 'Subscribe', 'The Otters survey the riffle below the meadow. Photo: Dev Aranda',
    'A stonefly nymph in the sorting tray.', 'Read more: how we built a bug hotel the insects actually moved into', 'Sign up for more like this.',
    'Enter your email', ...gMore.flat(), 'Jul 9, 2027', '3 min read', 'Fernbrook Field Notes © 2027', 'Privacy', 'Contact the camp', 'Powered by Ghost',
  ],
};

export const HELDOUT415_E: readonly TestPage[] = [ghost, civicPlus];
