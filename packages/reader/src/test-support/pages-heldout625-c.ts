import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis, rowTexts, settle, trs } from './pages-heldout625-kit.js';

/**
 * Held-out batch 625, file c: a monthly "what's fruiting" post on Ghost (Casper) with its portal sign-up box and read-more cards,
 * and a grower's cultivation log on Hugo (PaperMod) with a table of contents, a results table and a code block.
 */
const gTitle = 'What’s fruiting in May: St George’s, dryad’s saddle and a lot of waiting';
const gDek = 'May is the quiet month for mushroom hunters, but the few things that do appear are some of the best of the year.';
const gBody = [
  j(
    'Every spring someone writes to ask why our walks stop between April and July. The short answer is that the woods are mostly',
    'empty of fungi: the big autumn flush depends on cooling soil and steady rain, and May gives us neither. But empty is not',
    'the same as nothing.',
  ),
  'St George’s mushroom',
  j(
    'Named for appearing around St George’s Day on 23 April, this stocky white mushroom keeps going well into May in a good year.',
    'It grows in rings in grassland, hedge bottoms and road verges, and smells strongly of fresh meal or cucumber. The gills are',
    'crowded and white, never pink or brown, and the spore print is white.',
  ),
  j(
    'Be careful in the same places with the deadly fibrecaps and with the white Clitocybe species, which can also grow in rings.',
    'Neither smells of meal, but smell is a poor test for beginners. Take a spore print before you eat any white mushroom.',
  ),
  'Dryad’s saddle',
  j(
    'The big scaly brackets on old sycamores and elms are dryad’s saddle. Only the youngest, softest ones are worth eating; a',
    'good test is to run a knife along the edge, and if it cuts like a cucumber, it will cook well. Slice thinly and fry hard.',
  ),
  'Morels',
  j(
    'We had more messages about morels this spring than ever before, most of them with photographs of false morels. The real',
    'thing is hollow from the tip of the cap to the base of the stem when you cut it in half lengthways. If there is any cottony',
    'stuffing inside, or if the cap hangs free like a skirt, do not eat it.',
  ),
];
const gCallout = 'Our first autumn walks open for booking on 1 June. Paid subscribers get a 48-hour head start.';
const gHeads = [1, 4, 6];
const gNav = ['Home', 'Walks', 'Archive', 'About'];
const gRead = [
  ['Chanterelles: where they hide and why', 'A guide to the golden chanterelle and its two common lookalikes.'],
  ['The April ramsons problem', 'Wild garlic is easy to find and easy to confuse with lily of the valley. Here is how not to.'],
] as const;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>What’s fruiting in May</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://sporeprint.news/assets/built/screen.css?v=2e1cbd3b4c">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://sporeprint.news/whats-fruiting-in-may/">
<meta property="og:site_name" content="Spore Print"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-05-03T07:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Spore Print"},
"author":{"@type":"Person","name":"Hester Quayle"},"headline":"What’s fruiting in May","datePublished":"2026-05-03T07:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://sporeprint.news/" data-key="a1f4c" data-api="https://sporeprint.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="a1f4c"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css"
data-sodo-search="https://sporeprint.ghost.io/" crossorigin="anonymous"></script></head>
<body class="post-template tag-whats-fruiting is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://sporeprint.news">Spore Print</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-whats-fruiting ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/whats-fruiting/">What's fruiting</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/hester/" class="author-avatar" aria-label="Read more of Hester Quayle"><img class="author-profile-image"
src="/content/images/size/w100/2024/01/hester.jpg" alt="Hester Quayle"></a></li></ul><div class="article-byline-meta"><h4 class="author-name">
<a href="/author/hester/">Hester Quayle</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-05-03">May 3, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/05/st-georges.jpg 300w, /content/images/size/w2000/2026/05/st-georges.jpg 2000w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/05/st-georges.jpg" alt="${at(gBody, 1)}">
<figcaption><span style="white-space: pre-wrap;">A ring of St George’s mushrooms on a churchyard verge.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps([at(gBody, 0)])}
<h2 id="st-georges-mushroom">${at(gBody, 1)}</h2>${ps(gBody.slice(2, 4))}
<h2 id="dryads-saddle">${at(gBody, 4)}</h2>${ps([at(gBody, 5)])}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/05/dryad.jpg" class="kg-image" alt="" loading="lazy" width="1200"
height="800"><figcaption><span style="white-space: pre-wrap;">Young dryad’s saddle, just the right size.</span></figcaption></figure>
<h2 id="morels">${at(gBody, 6)}</h2>${ps([at(gBody, 7)])}
<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🍄</div><div class="kg-callout-text">${gCallout}</div></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gRead
  .map(
    ([t, x]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.slice(0, 10)}/"><img class="post-card-image" src="/c.jpg" alt="${t}"
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/${t.slice(0, 10)}/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">Guides</span></div><h2 class="post-card-title">${t}</h2></header>
<div class="post-card-excerpt">${x}</div></a><footer class="post-card-meta"><span class="post-card-meta-length">5 min read</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://sporeprint.news">Spore Print</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="https://sporeprint.news/assets/built/casper.js?v=2e1cbd3b4c"></script></body></html>`;
const ghost: TestPage = settle({
  name: 'heldout625-ghost-whats-fruiting',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => at(gBody, i)),
  body: [gDek, ...gBody.filter((_, i) => !gHeads.includes(i)), gCallout],
  bylines: ['Hester Quayle', 'May 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spore Print', ...gNav, 'Sign in', 'Subscribe', '4 min read', 'A ring of St George’s mushrooms on a churchyard verge.',
    'Young dryad’s saddle, just the right size.', 'Sign up for more like this.', 'Enter your email', ...gRead.flat(), 'Guides', '5 min read',
    'Spore Print © 2026', 'Sign up', 'Powered by Ghost',
  ],
});

const hTitle = 'Run 14: lion’s mane on oak pellets with 20% bran';
const hDek = 'Six blocks, two supplement levels, one contaminated bag and the best yields I have had from the cellar so far.';
const hHeads = ['Why bran', 'Substrate and method', 'Results', 'What went wrong', 'Next run'];
const hRows = [
  ['A1', '10% bran', '11', '412'],
  ['A2', '10% bran', '12', '388'],
  ['A3', '10% bran', '11', '401'],
  ['B1', '20% bran', '9', '566'],
  ['B2', '20% bran', '10', '541'],
  ['B3', '20% bran', '–', 'lost to trichoderma'],
];
const hP = {
  why: [
    j(
      'Lion’s mane will fruit on plain hardwood, but it fruits much better with a nitrogen supplement. Most commercial growers use',
      'soy hull and oak sawdust in equal parts, the “master’s mix” for oysters. I cannot get soy hulls in small bags here, and wheat',
      'bran from the mill down the road costs almost nothing, so the question for this run was simply how much bran I can add before',
      'contamination eats the gains.',
    ),
    j(
      'Runs 11 to 13 used 10% bran by dry weight and gave steady, unexciting results: about 400 g of fresh mushroom from a 2.5 kg block.',
      'For run 14 I split the batch and pushed half of it to 20%.',
    ),
  ],
  method: [
    j(
      'Each block is 1 kg of oak fuel pellets, the bran, and water to field capacity, mixed in a cement tub and packed into filter',
      'patch bags. The recipe below is per bag; the water is a starting point, since pellets vary.',
    ),
    j(
      'The bags went through the pressure canner for two and a half hours at 15 psi, which is longer than for the 10% bags because',
      'bran packs densely and heats slowly. Each bag got 100 g of grain spawn from my own culture LM-3.',
    ),
  ],
  steps: [
    'Colonise at 21 to 23°C in the dark for 14 days.',
    'Move to the fruiting tent at 16 to 18°C and above 90% humidity.',
    'Cut a single 3 cm slit on the side of each bag.',
    'Harvest when the spines are about 5 mm long and before the tips yellow.',
  ],
  results: [
    j(
      'The 20% blocks pinned a day or two sooner and gave roughly 40% more from the first flush. The heads were also denser, which',
      'matters more than the weight to the two restaurants that buy from me.',
    ),
  ],
  wrong: [
    j(
      'B3 showed a green patch near the filter on day six and was thrown out the same evening. I suspect the bag was punctured when I',
      'packed it, because the rest of the batch was clean. Still, one in three is not a rate I would accept for long, and the richer mix',
      'gives trichoderma more to work with if anything goes wrong.',
    ),
  ],
  next: [
    j(
      'Run 15 will repeat 20% with six bags instead of three, and add three at 25% to find the edge. I am also going to sterilise for',
      'three hours and see if that changes the contamination rate.',
    ),
  ],
};
const hNav = ['Posts', 'Grow logs', 'Tags', 'About'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Cellar Spawn</title><meta name="keywords" content="lion's mane, bran, grow log"><meta name="description" content="${hDek}">
<meta name="author" content="Tomas Reyne"><link rel="canonical" href="https://cellarspawn.net/posts/run-14-lions-mane/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.d7fb4cb.css" integrity="sha256-1/sHz" rel="preload stylesheet" as="style">
<noscript><style>#theme-toggle,.top-link{display:none;}</style></noscript><meta name="generator" content="Hugo 0.125.4">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-02-11T00:00:00Z",
"author":[{"@type":"Person","name":"Tomas Reyne"}]}</script></head>
<body class=" dark" id="top"><script>if (localStorage.getItem("pref-theme") === "light") { document.body.classList.remove('dark') }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://cellarspawn.net/" accesskey="h" title="Cellar Spawn (Alt + H)">Cellar Spawn</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon"></svg></button></div></div>
<ul id="menu">${hNav.map((t) => `<li><a href="/${t.toLowerCase().replace(' ', '-')}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://cellarspawn.net/">Home</a>&nbsp;»&nbsp;<a
href="https://cellarspawn.net/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDek}</div>
<div class="post-meta"><span title='2026-02-11 00:00:00 +0000 UTC'>February 11, 2026</span>&nbsp;·&nbsp;6 min&nbsp;·&nbsp;Tomas Reyne</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hHeads.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}" aria-label="${t}">${t}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content">
<h2 id="why-bran">${at(hHeads, 0)}<a hidden class="anchor" aria-hidden="true" href="#why-bran">#</a></h2>${ps(hP.why)}
<h2 id="substrate-and-method">${at(hHeads, 1)}<a hidden class="anchor" aria-hidden="true" href="#substrate-and-method">#</a></h2>${ps(hP.method.slice(0, 1))}
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-text" data-lang="text"><span class="line"><span class="cl">oak pellets   1000 g
</span></span><span class="line"><span class="cl">wheat bran     250 g   (20% of total dry)
</span></span><span class="line"><span class="cl">water         1400 ml
</span></span></code></pre></div>
${ps(hP.method.slice(1))}<ol>${lis(hP.steps)}</ol>
<h2 id="results">${at(hHeads, 2)}<a hidden class="anchor" aria-hidden="true" href="#results">#</a></h2>
<table><thead><tr><th>Block</th><th>Bran</th><th>Days to pin</th><th>First flush (g)</th></tr></thead><tbody>${trs(hRows)}</tbody></table>
${ps(hP.results)}
<h2 id="what-went-wrong">${at(hHeads, 3)}<a hidden class="anchor" aria-hidden="true" href="#what-went-wrong">#</a></h2>${ps(hP.wrong)}
<h2 id="next-run">${at(hHeads, 4)}<a hidden class="anchor" aria-hidden="true" href="#next-run">#</a></h2>${ps(hP.next)}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/lions-mane/">Lion's Mane</a></li><li><a
href="/tags/supplementation/">Supplementation</a></li></ul>
<nav class="paginav"><a class="prev" href="/posts/run-15/"><span class="title">« Prev</span><br><span>Run 15: the 25% bags</span></a>
<a class="next" href="/posts/run-13/"><span class="title">Next »</span><br><span>Run 13: cold shock or not?</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share Run 14 on x"
href="https://x.com/intent/tweet/?text=Run%2014"><svg></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share Run 14 on reddit" href="https://reddit.com/submit?url=x"><svg></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://cellarspawn.net/">Cellar Spawn</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span>
</footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugo: TestPage = settle({
  name: 'heldout625-hugo-grow-log',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: [hDek, ...hP.why, ...hP.method, ...hP.steps, ...rowTexts(hRows), ...hP.results, ...hP.wrong, ...hP.next],
  bylines: ['February 11, 2026', 'Tomas Reyne'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cellar Spawn', ...hNav, 'Home', 'Table of Contents', '6 min', 'Supplementation', '« Prev', 'Run 15: the 25% bags', 'Next »',
    'Run 13: cold shock or not?', '© 2026 Cellar Spawn', 'Powered by Hugo & PaperMod',
  ],
});

export const HELDOUT625_C: readonly TestPage[] = [ghost, hugo];
