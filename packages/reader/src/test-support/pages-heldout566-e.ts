import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis, tidy } from './pages-heldout566-kit.js';

/**
 * Held-out batch 566, file e: a beekeeper's long harvest diary post on Ghost (Casper theme) with members' signup and read-more
 * cards, and a beekeeping association's inspection guide on Hugo (PaperMod theme) with its table of contents and post navigation.
 */
const gTitle = 'Taking the bees to the heather, and bringing them home again';
const gDek = 'Six hives, one borrowed trailer, a moor road in the dark and the best honey we have ever had.';
const gBody = [
  j(
    'Every beekeeper in this valley talks about the heather, and for five years I listened and nodded and did nothing about it. The',
    'moor is only nine miles from the house, but those nine miles include a single-track road with a gate every half mile and a',
    'final climb that my old van does in first gear. This year, with six strong colonies and a very patient neighbour with a trailer,',
    'we finally went.',
  ),
  'Getting ready',
  j(
    'Heather honey is a late crop, so the colonies have to be strong in August, which is exactly when most colonies are winding',
    'down. I requeened two of the hives in June with daughters of my calmest queen, and fed nothing after the lime flow, because',
    'the last thing you want on the moor is a box full of syrup stores where the heather honey should go.',
  ),
  j(
    'Each hive went up with a single brood box, one super of drawn comb and one of thin, unwired foundation for cut comb. Heather',
    'honey is too thick to spin, so any frame you cannot sell as comb has to be pressed, and pressing wired frames is a misery.',
  ),
  'Strap each hive with two ratchet straps, one each way.',
  'Swap the solid floor for an open mesh floor and fit a travelling screen on top.',
  'Close up after dark on a cool evening, when every forager is home.',
  'Carry water and a smoker in the cab, not in the trailer.',
  'The move',
  j(
    'We closed up at half past nine on the first Saturday in August. By ten the hives were on the trailer, humming loudly, and by',
    'eleven we were on the moor road with the windows down, trying to hear whether anything had come loose. Nothing had. The stand',
    'was a flat patch of turf below a drystone wall that the keeper had shown us in July, sheltered from the west and with a stream',
    'fifty yards away.',
  ),
  j(
    'Opening the entrances at midnight, by torchlight, is a strange thing. For a minute nothing happens; then a few bees walk out,',
    'turn round and fan at the entrance, and you can smell the brood nest in the cold air. We went back down the hill and slept for',
    'five hours.',
  ),
  'Three weeks of waiting',
  j(
    'Ling flowers late and briefly. The bell heather on the drier banks was already going over when we arrived, and for the first',
    'week the weather was poor: low cloud, drizzle, and bees that stayed at home. Then the wind went round to the south-east and for',
    'twelve days it was warm and still, and the moor turned purple from the wall to the skyline.',
  ),
  j(
    'On the second visit the supers were heavy and the foundation was drawn and half filled. By the third, most of the comb frames',
    'were capped, white and slightly domed, and the whole hillside smelled of warm honey and peat.',
  ),
  'Don’t be tempted to take the supers off early. Uncapped heather honey ferments quickly, and a week more on the moor costs nothing.',
  'Bringing them home',
  j(
    'We went back up in the second week of September, took the supers off with clearer boards the day before, and moved the hives',
    'home the same way they had gone up. One colony had swarmed into a hole in the wall, which I only noticed because of the mess of',
    'wax on the stones. The rest were heavy enough that we had to lift each one with two people.',
  ),
  'What we got',
  j(
    'Forty-one sections of cut comb, and about thirty pounds of pressed honey from the frames that were not good enough for comb.',
    'It is dark orange, thick enough to hold a spoon upright, and bitter in the way strong tea is bitter. It sets like a jelly in',
    'the jar and loosens when you stir it. I have never tasted anything like it.',
  ),
  j(
    'Was it worth it? In honey, barely: the fuel, the straps, the clearer boards and a dozen evenings on the hill would have paid for',
    'a lot of summer honey. In every other way, yes. We are already talking about next year, and about asking for the trailer again.',
  ),
];
const gNav = ['Home', 'Diary', 'The bees', 'Honey for sale', 'About'];
const gCards = [
  ['Diary', 'The lime flow that never came', 'Jul 12, 2026', '4 min read'],
  ['Honey for sale', 'Comb honey is back', 'Jun 30, 2026', '2 min read'],
];
const gGrid = (idx: number[]): string => idx.map((i) => `<p>${gBody[i]}</p>`).join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="preload" as="style" href="/assets/built/screen.css?v=8a1f3c">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1f3c"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://moorsidebees.net/taking-the-bees-to-the-heather/"><meta property="og:site_name" content="Moorside Bees">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-09-21T18:04:12.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Moorside Bees"},
"author":{"@type":"Person","name":"Tamsin Rookwood"},"headline":"${gTitle}","datePublished":"2026-09-21T18:04:12.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://moorsidebees.net/" data-key="4c6f1e2a" data-api="https://moorsidebees.net/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;
align-items:center;text-align:center;}</style>
<style>:root {--ghost-accent-color: #c28a1c;}</style></head>
<body class="post-template tag-diary tag-heather is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://moorsidebees.net">
Moorside Bees</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"
viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn"
aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button><div class="gh-head-members"><a class="gh-head-link"
href="#/portal/signin"
data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-diary tag-heather">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/diary/">Diary</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/tamsin/" class="author-avatar" aria-label="Read more of Tamsin
Rookwood">
<img class="author-profile-image" src="/content/images/size/w100/2024/03/tamsin.jpg" alt="Tamsin Rookwood"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/tamsin/">Tamsin Rookwood</a></h4><div class="byline-meta-content"><time class="byline-meta-date"
datetime="2026-09-21">
Sep 21, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/09/moor-hives.jpg 300w, /content/images/size/w2000/2026/09/moor-hives.jpg 2000w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/09/moor-hives.jpg" alt="Six hives below a stone wall on a purple moor">
<figcaption>The six hives on their stand above Carrow Beck, in the second week.</figcaption></figure></header>
<section class="gh-content gh-canvas">${gGrid([0])}<h2 id="getting-ready">${gBody[1]}</h2>${gGrid([2, 3])}<ul>${lis(gBody.slice(4, 8))}</ul>
<h2 id="the-move">${gBody[8]}</h2>${gGrid([9, 10])}<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/09/trailer.jpg"
class="kg-image" alt="" loading="lazy" width="1600" height="1067"><figcaption><span style="white-space: pre-wrap;">Strapped and screened, ready for
the road.</span>
</figcaption></figure><h2 id="three-weeks-of-waiting">${gBody[11]}</h2>${gGrid([12, 13])}<div class="kg-card kg-callout-card kg-callout-card-yellow">
<div class="kg-callout-emoji">🍯</div><div class="kg-callout-text">${gBody[14]}</div></div><h2 id="bringing-them-home">${gBody[15]}</h2>${gGrid([16])}
<h2 id="what-we-got">${gBody[17]}</h2>${gGrid([18, 19])}</section>
<section class="article-comments gh-canvas"><div class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #c28a1c">
<h2>Get the diary by email</h2><p>One letter a month from the apiary, and first refusal on the comb honey.</p><a class="gh-btn" data-portal="signup"
href="#/portal/signup" style="color:#c28a1c">Subscribe now</a><p><small>Already have an account? <a data-portal="signin" href="#/portal/signin">Sign
in</a></small></p>
</div></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards
  .map(
    (c, i) => `<article class="post-card post"><a
class="post-card-image-link" href="/r${i}/">
<img class="post-card-image" src="/content/images/size/w600/r${i}.jpg" alt="" loading="lazy"></a><div class="post-card-content"><a
class="post-card-content-link" href="/r${i}/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">${c[0]}</span></div><h2
class="post-card-title">${c[1]}</h2></header>
</a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-07-12">${c[2]}</time><span
class="post-card-meta-length">${c[3]}</span></footer>
</div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://moorsidebees.net">Moorside Bees</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up nav-current-parent"><a href="#/portal/">Sign up</a></li></ul></nav><div
class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__top-bar"><div class="pswp__counter"></div>
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=8a1f3c"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout566-ghost-casper-heather-diary',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: at(gBody, 1, 8, 11, 15, 17),
  body: [gDek, ...gBody.filter((_, i) => ![1, 8, 11, 15, 17].includes(i))],
  bylines: ['Tamsin Rookwood', 'Sep 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Moorside Bees', ...gNav, 'Sign in', 'Subscribe', 'Diary', '• 6 min read', 'The six hives on their stand above Carrow Beck, in the second week.',
    'Strapped and screened, ready for the road.', '🍯', 'Get the diary by email', 'One letter a month from the apiary, and first refusal on the comb honey.',
    'Subscribe now', 'Already have an account? Sign in', ...gCards.flat(), 'Moorside Bees © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

const hTitle = 'Hive inspection checklist';
const hDesc = 'What to look for each time you open a colony between April and August, in the order you will meet it.';
const hBody = [
  j(
    'This checklist is written for members in their first two seasons. Print it, keep it in your bee box, and tick through it at',
    'every inspection until it becomes habit. Most inspections should take no more than fifteen minutes a hive.',
  ),
  'Before you open the hive',
  'Is the weather warm enough (above 14°C), dry and not too windy?',
  'Is the smoker lit and drawing well, with spare fuel?',
  'Do you have a spare brood box, frames, queen cage and notebook?',
  'Watch the entrance for a minute: are foragers bringing in pollen?',
  'In the brood box',
  j('Work from the wall frame inwards. Hold each frame over the box, look at both sides, and put it back in the same place and the', 'same way round.'),
  'Eggs present: the colony had a laying queen within the last three days.',
  'Brood in a compact pattern, pearly white larvae, even cappings.',
  'Queen cells: none, play cups only, or charged cells with larvae and royal jelly.',
  'Stores: at least two frames of honey and one of pollen.',
  'Space: is there room for the queen to lay and the bees to store nectar?',
  'After you close up',
  j(
    'Write down what you saw before you move on to the next hive, however obvious it seems. A week later you will not remember',
    'which colony had the charged queen cells.',
  ),
];
const hNav = ['Guides', 'Events', 'Membership', 'Contact'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1,shrink-to-fit=no"><meta name="robots" content="index, follow"><title>${hTitle} | Harrowgate Vale Beekeepers</title><meta name="keywords"
content="inspections, beginners"><meta name="description" content="${hDesc}"><meta name="author" content="Colm Attewell">
<link rel="canonical" href="https://harrowgatevalebees.org/guides/hive-inspection-checklist/"><link crossorigin="anonymous"
href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css"
integrity="sha256-tgnFjVwRu5CxpU4EAF10rR3fIhZet59VM5Z+V9+cO1A="
rel="preload stylesheet" as="style"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","description":"${hDesc}",
"datePublished":"2026-04-11T00:00:00Z","author":[{"@type":"Person","name":"Colm Attewell"}]}</script><meta name="generator" content="Hugo 0.125.4"></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}else
if(localStorage.getItem("pref-theme")===
"light"){document.body.classList.remove('dark')}else if(window.matchMedia('(prefers-color-scheme:
dark)').matches){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://harrowgatevalebees.org/" accesskey="h" title="Harrowgate Vale Beekeepers
(Alt + H)">Harrowgate
Vale Beekeepers</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon"
xmlns="http://www.w3.org/2000/svg" width="24"
height="18" viewBox="0 0 24 24"></svg></button></div></div><ul id="menu">${hNav
  .map(
    (t) => `<li><a href="https://harrowgatevalebees.org/${t.toLowerCase()}/"
title="${t}"><span${t === 'Guides' ? ' class="active"' : ''}>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://harrowgatevalebees.org/">Home</a>&nbsp;»&nbsp;<a
href="https://harrowgatevalebees.org/guides/">Guides</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div
class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2026-04-11 00:00:00 +0000 UTC'>April 11, 2026</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;Colm Attewell&nbsp;|&nbsp;<a
href="https://github.com/harrowgatevale/site/tree/main/content/guides/hive-inspection-checklist.md" rel="noopener noreferrer" target="_blank">Suggest
Changes</a></div>
</header><div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div
class="inner"><ul>
${at(hBody, 1, 6, 13)
  .map((t, i) => `<li><a href="#h${i}" aria-label="${t}">${t}</a></li>`)
  .join('\n')}</ul></div></details></div>
<div class="post-content">${ps(at(hBody, 0))}
<h2 id="h0">${hBody[1]}<a hidden class="anchor" aria-hidden="true" href="#h0">#</a></h2><ul>${lis(
  hBody.slice(2, 6).map(
    (t) => `<input disabled=""
type="checkbox"> ${t}`,
  ),
)}</ul>
<h2 id="h1">${hBody[6]}<a hidden class="anchor" aria-hidden="true" href="#h1">#</a></h2>${ps(at(hBody, 7))}
<ul>${lis(hBody.slice(8, 13).map((t) => `<input disabled="" type="checkbox"> ${t}`))}</ul>
<h2 id="h2">${hBody[13]}<a hidden class="anchor" aria-hidden="true" href="#h2">#</a></h2>${ps(at(hBody, 14))}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://harrowgatevalebees.org/tags/inspections/">Inspections</a></li><li><a
href="https://harrowgatevalebees.org/tags/beginners/">Beginners</a></li></ul><nav class="paginav"><a class="prev"
href="https://harrowgatevalebees.org/guides/feeding-in-autumn/">
<span class="title">« Prev</span><br><span>Feeding in autumn</span></a><a class="next" href="https://harrowgatevalebees.org/guides/making-up-frames/">
<span class="title">Next »</span><br><span>Making up frames</span></a></nav><ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer"
aria-label="share Hive inspection checklist on x" href="https://x.com/intent/tweet/?text=Hive%20inspection%20checklist"><svg viewBox="0 0 512 512"
height="30px" width="30px"
fill="currentColor"></svg></a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share Hive inspection checklist on facebook"
href="https://facebook.com/sharer/sharer.php?u=https%3a%2f%2fharrowgatevalebees.org%2fguides%2fhive-inspection-checklist%2f"><svg viewBox="0 0 512
512" height="30px"
width="30px"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://harrowgatevalebees.org/">Harrowgate Vale Beekeepers</a></span> · <span>Powered by <a
href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6"
fill="currentColor"><path d="M12 6H0l6-6z"/></svg></a>
<script>let menu=document.getElementById("menu");menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"));</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout566-hugo-papermod-inspection-checklist',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: at(hBody, 1, 6, 13),
  body: [hDesc, ...hBody.filter((_, i) => ![1, 6, 13].includes(i))],
  bylines: ['April 11, 2026', 'Colm Attewell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harrowgate Vale Beekeepers', ...hNav, 'Home', '2 min', 'Suggest Changes', 'Table of Contents', 'Inspections', 'Beginners', '« Prev',
    'Feeding in autumn', 'Next »', 'Making up frames', '© 2026 Harrowgate Vale Beekeepers', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT566_E: readonly TestPage[] = [tidy(ghost), tidy(hugo)];
