import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 9, file c (blog): a Ghost post on the Casper theme (members header, reading time, author card,
 * signup CTA, "You might also like" cards) and a Hugo post on a PaperMod-like theme (table of contents in
 * `<details>`, breadcrumbs, post meta line, tags, prev/next, share icons, "Powered by Hugo & PaperMod").
 */
const excerpt = 'Forty kilometres of packhorse track, two fords and a pub that only opens when the landlord feels like it.';
const start = [
  'The salt road over the Brennock hills has not carried salt for two hundred years, but you can still ride most of it. ' +
    'It starts as a lane behind the church in Aldwick and ends, if you believe the old maps, at the market cross in Tenby Cross.',
  'I had meant to ride it for three summers. This year I finally went, on a borrowed gravel bike with tyres wider than my ' +
    'thumb, and I am writing it up partly so that I remember it and partly because nobody else seems to have.',
];
const climb = [
  'The first eight kilometres climb steadily on tarmac, then on a stony track between high hedges. It is never steep, ' +
    'just relentless, and the hedges hide the view until the very top, where it opens all at once over three valleys.',
  'I stopped at the boundary stone at the summit for longer than I needed to. A farmer moving sheep told me the stone ' +
    'marks where the salt carriers paid their toll, and that his grandfather used to say you could still find coins there after rain.',
];
const gone = [
  'After the summit the road becomes a grass track, then a line of old hawthorns, then nothing. For about two kilometres ' +
    'the only way to follow it is to look for the hollow it has worn in the hillside and ride the bottom of the hollow.',
  'This is the best part of the ride and the hardest. The ground is rutted and wet even in August, and I walked more of ' +
    'it than I would like to admit. The second ford, below Craddock Farm, was knee deep.',
  'The road reappears as a proper lane at Pennick, and from there it is an easy, fast run down to the valley and the ' +
    'Drovers Arms, which was, of course, shut.',
];
const notes = [
  'Take a paper map: there is no phone signal between the summit and Pennick.',
  'Tyres of at least 40 mm; the grass section is no place for road tyres.',
  'Carry all your water. The streams drain farmland and the pub is not to be relied on.',
];
const ghostHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Riding the old salt road over the Brennock hills</title><meta name="HandheldFriendly" content="True">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8e1b0c2d93">
<meta name="description" content="${excerpt}"><link rel="canonical" href="https://slowroads.example/old-salt-road/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-02-18T07:30:00.000Z">
<meta property="article:tag" content="Gravel"><meta name="generator" content="Ghost 5.101">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Slow Roads"},
"author":{"@type":"Person","name":"Inès Marchetti","url":"https://slowroads.example/author/ines/"},
"headline":"Riding the old salt road over the Brennock hills"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true" data-ghost="https://slowroads.example/"
 data-key="4b1f0c5d2a" data-api="https://slowroads.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}.gh-post-upgrade-cta a.gh-btn{display:block}</style>
</head>
<body class="post-template tag-gravel tag-routes is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://slowroads.example">Slow Roads</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Open menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">
${links(['Home', 'Routes', 'Kit', 'About'])}
</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-gravel tag-routes">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/gravel/">Gravel</a></span></div>
<h1 class="article-title">Riding the old salt road over the Brennock hills</h1>
<p class="article-excerpt">${excerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list">
<li class="author-list-item"><a href="/author/ines/" class="author-avatar">
<img class="author-profile-image" src="/content/images/ines.jpg" alt="Inès Marchetti">
</a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ines/">Inès Marchetti</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-02-18">Feb 18, 2025</time>
<span class="byline-reading-time"><span class="bull">•</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2025/02/salt-road-summit.jpg" alt="A stony track between hedges">
<figcaption><span style="white-space: pre-wrap;">The track just below the summit, looking back towards Aldwick.</span></figcaption></figure>
</header>
<section class="gh-content gh-canvas">
${ps(start)}
<h2 id="the-climb-out-of-aldwick">The climb out of Aldwick</h2>
${ps(climb)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2025/02/boundary-stone.jpg" class="kg-image" alt="" loading="lazy">
<figcaption><span style="white-space: pre-wrap;">The boundary stone. The coins, sadly, were not in evidence.</span></figcaption></figure>
<h2 id="where-the-road-disappears">Where the road disappears</h2>
${ps(gone)}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🧭</div>
<div class="kg-callout-text">The GPX file for the whole route is at the end of this post, for members.</div></div>
<h2 id="practical-notes">Practical notes</h2>
<ul>${notes.map((n) => `<li>${n}</li>`).join('\n')}</ul>
<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #3a6b35">
<h2>This post is for subscribers only</h2><a class="gh-btn" data-portal="signup" href="#/portal/signup">Subscribe now</a>
<p><small>Already have an account? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></aside>
</section>
<footer class="post-full-footer gh-canvas"><section class="author-card">
<img class="author-profile-image" src="/content/images/ines.jpg" alt="Inès Marchetti">
<section class="author-card-content"><h4 class="author-card-name"><a href="/author/ines/">Inès Marchetti</a></h4>
<p>Rides slowly, mostly uphill, and writes about the old roads of the west.</p></section></section>
<div class="post-full-footer-right"><a class="author-card-button" href="/author/ines/">Read More</a></div>
<div class="post-tags"><a href="/tag/gravel/">Gravel</a> <a href="/tag/routes/">Routes</a> <a href="/tag/history/">History</a></div></footer>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">You might also like</h3>
<article class="post-card post"><a class="post-card-image-link" href="/drovers-roads-part-two/"><img class="post-card-image" alt=""></a>
<div class="post-card-content"><a class="post-card-content-link" href="/drovers-roads-part-two/"><header class="post-card-header">
<h2 class="post-card-title">Drovers’ roads, part two: the Kerry crossing</h2></header>
<div class="post-card-excerpt">Three days, one puncture and more cattle grids than I could count.</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025-01-30">Jan 30, 2025</time>
<span class="post-card-meta-length">8 min read</span></footer></div></article>
<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/bothy-winter/">
<header class="post-card-header"><h2 class="post-card-title">A winter night in the Glasallt bothy</h2></header>
<div class="post-card-excerpt">The fire would not light and the mice were bolder than I was.</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2024-12-12">Dec 12, 2024</time>
<span class="post-card-meta-length">5 min read</span></footer></div></article>
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://slowroads.example">Slow Roads</a> © 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'RSS'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__ui"><button class="pswp__button pswp__button--close"
 title="Close (Esc)"></button><div class="pswp__counter"></div></div></div>
<script src="/assets/built/casper.js?v=8e1b0c2d93"></script>
</body></html>`;
const ghost: TestPage = {
  html: ghostHtml,
  name: 'heldout9-ghost-casper',
  kind: 'blog',
  // hard calls: the custom excerpt under the title is body (the post's own dek); the callout card is body (the author's
  // note in the post); the members upgrade box inside gh-content ("This post is for subscribers only") is furniture,
  // as are the author card's bio, the footer signup CTA and the "You might also like" cards; author name, date are bylines
  title: 'Riding the old salt road over the Brennock hills',
  headings: ['The climb out of Aldwick', 'Where the road disappears', 'Practical notes'],
  body: [excerpt, ...texts(start), ...texts(climb), ...texts(gone), 'The GPX file for the whole route is at the end of this post, for members.', ...notes],
  bylines: ['Inès Marchetti', 'Feb 18, 2025', 'Jan 30, 2025', 'Dec 12, 2024'],
  furniture: [
    'Slow Roads',
    'Routes',
    'Kit',
    'About',
    'Sign in',
    'Subscribe',
    'Gravel',
    '6 min read',
    'The track just below the summit, looking back towards Aldwick.',
    'The boundary stone. The coins, sadly, were not in evidence.',
    'This post is for subscribers only',
    'Subscribe now',
    'Already have an account?',
    'Rides slowly, mostly uphill, and writes about the old roads of the west.',
    'Read More',
    'History',
    'Sign up for more like this.',
    'Enter your email',
    'You might also like',
    'Drovers’ roads, part two: the Kerry crossing',
    'Three days, one puncture and more cattle grids than I could count.',
    '8 min read',
    'A winter night in the Glasallt bothy',
    'The fire would not light and the mice were bolder than I was.',
    '5 min read',
    'RSS',
    'Powered by Ghost',
  ],
};

const why = [
  'A year ago I bolted a cheap weather station to the fence at the end of the garden. I wanted to know whether our ' +
    'valley really is colder than the town two miles away, as everyone in the village insists, or whether that is folklore.',
  'The short answer is that it is colder, by about 1.5 °C on clear winter nights and by almost nothing the rest of the time. ' +
    'The longer answer is this post, and most of it is about how hard it is to measure anything properly.',
];
const siting = [
  'My first mistake was the fence. The station sat a metre from a south-facing brick wall, which stores heat all afternoon ' +
    'and gives it back all evening. For the first two months my garden was, on paper, the warmest place in the county.',
  'Moving it to a post in the middle of the lawn, at 1.5 m and well away from walls, fixed most of that. The rule of thumb ' +
    'I ended up with is that the sensor should be further from any wall than the wall is tall.',
];
const noisy = ['Even once it was sited well, the raw numbers needed more cleaning than I expected:'];
const issues = [
  'The rain gauge counted spiders. Twice a week it logged a millimetre of rain on a dry night.',
  'The wind sensor froze solid in January and reported a perfect calm for four days.',
  'The temperature sensor drifted by half a degree over the year, which I only caught by checking it against a borrowed thermometer.',
];
const again = [
  'I would, but I would spend the money differently: less on the station, more on a proper radiation shield and a second ' +
    'sensor to check the first. One instrument can tell you what it thinks; two can tell you when one of them is wrong.',
  'The data for the whole year is on the archive page, with the bad days marked, if anyone wants to check the valley for themselves.',
];
const toc = ['Why bother', 'Siting is everything', 'The data was noisier than I expected', 'Would I do it again?'];
const anchor = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .replace(/ /g, '-');
const h2 = (t: string): string => {
  const id = anchor(t);
  return `<h2 id="${id}">${t}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a></h2>`;
};
const share = (net: string): string =>
  `<li><a target="_blank" rel="noopener noreferrer" aria-label="share a year of weather on ${net}" href="https://${net}.example/share?u=x">` +
  `<svg viewBox="0 0 512 512" height="30px" width="30px"><path d="M449 0H63C28 0 0 28 0 63z"></path></svg></a></li>`;
const hugoHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>What a year of running a backyard weather station taught me | Field Notes</title>
<meta name="keywords" content="weather, sensors, data"><meta name="author" content="Tomás Ferreira">
<meta name="generator" content="Hugo 0.140.2"><link crossorigin="anonymous" href="/assets/css/stylesheet.3b3d2f.css" rel="preload stylesheet" as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Posts","item":"https://fieldnotes.example/posts/"}]}</script>
<script>localStorage.getItem("pref-theme")==="dark"?document.body.classList.add("dark"):"";</script>
</head>
<body class="" id="top">
<header class="header"><nav class="nav"><div class="logo"><a href="https://fieldnotes.example/" accesskey="h" title="Field Notes (Alt + H)">Field Notes</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" height="24"></svg></button>
</div></div><ul id="menu">
<li><a href="/archives/" title="Archive"><span>Archive</span></a></li>
<li><a href="/search/" title="Search (Alt + /)" accesskey="/"><span>Search</span></a></li>
<li><a href="/tags/" title="Tags"><span>Tags</span></a></li>
<li><a href="/about/" title="About"><span>About</span></a></li></ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="https://fieldnotes.example/">Home</a>&nbsp;»&nbsp;<a href="https://fieldnotes.example/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">What a year of running a backyard weather station taught me</h1>
<div class="post-meta"><span title='2025-01-12 00:00:00 +0000 UTC'>January 12, 2025</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;Tomás Ferreira
&nbsp;|&nbsp;<a href="https://github.example/tferreira/fieldnotes/blob/main/content/posts/weather-year.md" rel="noopener noreferrer" target="_blank">
Suggest Changes</a></div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>
<div class="inner"><ul>${toc.map((t) => `<li><a href="#${anchor(t)}" aria-label="${t}">${t}</a></li>`).join('\n')}
</ul></div></details></div>
<div class="post-content">
${h2(toc[0]!)}
${ps(why)}
${h2(toc[1]!)}
${ps(siting)}
<figure><img loading="lazy" src="/images/station-lawn.jpg" alt="The station on its post in the lawn"><figcaption>
<p>The station in its second, better home.</p></figcaption></figure>
${h2(toc[2]!)}
${ps(noisy)}
<ul>${issues.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h2(toc[3]!)}
${ps(again)}
</div>
<footer class="post-footer"><ul class="post-tags">${links(['weather', 'sensors', 'data'])}</ul>
<nav class="paginav"><a class="prev" href="https://fieldnotes.example/posts/heat-pump-winter/"><span class="title">« Prev</span><br>
<span>Notes on my first winter with a heat pump</span></a>
<a class="next" href="https://fieldnotes.example/posts/rain-gauge-reed-switch/"><span class="title">Next »</span><br>
<span>Fixing a dead rain gauge with a reed switch</span></a></nav>
<ul class="share-buttons">${['x', 'linkedin', 'reddit', 'mastodon'].map(share).join('\n')}</ul></footer>
</article></main>
<footer class="footer"><span>© 2025 <a href="https://fieldnotes.example/">Field Notes</a></span> ·
<span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg viewBox="0 0 12 6"></svg></a>
<script>let menu=document.getElementById("menu");menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"));</script>
</body></html>`;
const hugo: TestPage = {
  html: hugoHtml,
  name: 'heldout9-hugo-papermod',
  kind: 'blog',
  // hard calls: the table of contents repeats the four section headings as links: furniture (its label "Table of
  // Contents" too), so the heading texts are both gold headings and a rail; the tag "weather" and "data" are left out
  // of the furniture list as they are words of the title and a heading; the post-meta line is split: date and
  // author are bylines, "5 min" and "Suggest Changes" furniture; the figure caption, tags, prev/next titles furniture
  title: 'What a year of running a backyard weather station taught me',
  headings: toc,
  body: [...texts(why), ...texts(siting), ...texts(noisy), ...issues, ...texts(again)],
  bylines: ['January 12, 2025', 'Tomás Ferreira'],
  furniture: [
    'Field Notes',
    'Archive',
    'Search',
    'Tags',
    'About',
    'Home',
    'Posts',
    '5 min',
    'Suggest Changes',
    'Table of Contents',
    'The station in its second, better home.',
    'sensors',
    '« Prev',
    'Notes on my first winter with a heat pump',
    'Next »',
    'Fixing a dead rain gauge with a reed switch',
    '© 2025 Field Notes',
    'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT9_C: readonly TestPage[] = [ghost, hugo];
