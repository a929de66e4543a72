import { links, ps, type TestPage } from './page-kit.js';
import { at, j } from './pages-heldout624-kit.js';

/**
 * Held-out batch 624, file e: a smokehouse "our story" page on Webflow with a stats strip and a visit block, and a long personal
 * blog post on building a cold smoker on Hugo (PaperMod theme) with a table of contents, code-free steps and post navigation.
 */
const wTitle = 'Smoke, Salt and Patience since 1978';
const wBody = [
  j(
    'Kilbrannan Smokehouse started in a converted herring shed on the north shore of Loch Aird. Agnes and Roddy Mair smoked',
    'the catch from two local boats over peat and oak, and sold it from the back door on Saturday mornings.',
  ),
  j(
    'Their granddaughter Kirsty runs the kilns today. The shed is bigger and the boats are fewer, but the method has not changed:',
    'a dry salt cure, a long rest, and up to thirty hours in the brick kilns Roddy built by hand.',
  ),
  'Every fish is still filleted and salted by the same four people, and nothing leaves the smokehouse until Kirsty has tasted it.',
];
const wStats = ['3 brick kilns', '30 hours in the smoke', '4 pairs of hands'];
const wNav = ['Shop', 'Our Story', 'Visit', 'Trade'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 02 2027 10:12:40 GMT+0000 -->
<html data-wf-domain="www.kilbrannansmokehouse.com" data-wf-page="65a1c0f2e4" data-wf-site="65a1c0f2d1" lang="en"><head><meta charset="utf-8">
<title>Our Story | Kilbrannan Smokehouse</title><meta content="Three generations of smoking fish on Loch Aird." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1c0f2d1/css/kilbrannan.webflow.5c2e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body class="body-story"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img
src="https://assets-global.website-files.com/65a1c0f2d1/logo.svg"
loading="lazy" alt="Kilbrannan Smokehouse" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((n) => `<a href="/${n.toLowerCase().replace(' ', '-')}" class="nav-link w-nav-link${n === 'Our Story' ? ' w--current' : ''}">${n}</a>`).join('\n')}
<a href="/cart" class="nav-link cart w-nav-link">Basket (0)</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-story"><div class="w-layout-blockcontainer container-narrow w-container"><div class="eyebrow">Our Story</div>
<h1 class="heading-hero">${wTitle}</h1></div></section>
<section class="section-story"><div class="w-layout-grid grid-story"><div class="story-image-wrap"><img
src="https://assets-global.website-files.com/65a1c0f2d1/shed.jpg"
loading="lazy" sizes="(max-width: 767px) 100vw, 50vw" alt="The original herring shed, 1979" class="story-image">
<div class="caption-text">The original shed, summer 1979.</div></div><div class="story-text w-richtext">${ps(wBody)}</div></div></section>
<section class="section-stats"><div class="w-layout-grid grid-stats">${wStats
  .map((s) => `<div class="stat-block"><div class="stat-text">${s}</div></div>`)
  .join('')}
</div></section>
<section class="section-visit"><div class="container-narrow w-container"><h2 class="heading-2">Come and see the kilns</h2><p class="paragraph-visit">
Tours run every Saturday at 11am from April to October.</p><a href="/visit" class="button w-button">Plan your visit</a></div></section>
<footer class="footer"><div class="footer-container w-container"><div class="footer-text">Kilbrannan Smokehouse, Shore Road, Aird, Argyll</div>
<div class="footer-links">${wNav
  .map((n) => `<a href="/${n.toLowerCase()}" class="footer-link">${n}</a>`)
  .join('')}<a href="/privacy" class="footer-link">Privacy</a>
</div><div class="footer-copy">© 2027 Kilbrannan Smokehouse Ltd.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1c0f2d1" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65a1c0f2d1/js/webflow.7a3b.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout624-webflow-smokehouse-story',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: wBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Basket (0)', 'The original shed, summer 1979.', ...wStats, 'Come and see the kilns', 'Tours run every Saturday at 11am from April to October.',
    'Plan your visit', 'Kilbrannan Smokehouse, Shore Road, Aird, Argyll', 'Privacy', '© 2027 Kilbrannan Smokehouse Ltd.',
  ],
};

const hTitle = 'Building a Cold Smoker from an Old Filing Cabinet';
const hDek = 'Two weekends, one scrapyard cabinet, a length of flue pipe and a lot of trial and error.';
const hBody = [
  j(
    'For three years I cold-smoked cheese and salmon in a cardboard box with a maze generator in the bottom. It worked, sort of,',
    'until the day the box caught fire with a kilo of Lancashire inside. That was the push I needed to build something proper.',
  ),
  j(
    'I wanted a smoker that could hold a whole side of salmon flat, keep the temperature below 25°C on a summer afternoon, and',
    'cost less than a hundred pounds. A four-drawer steel filing cabinet turned out to be almost perfect.',
  ),
  'Why a filing cabinet?',
  j(
    'The cabinets are tall, narrow and made of thin steel, which sheds heat well. The drawer runners make natural shelf supports,',
    'and the whole thing is already a box with a door. Mine came from a scrapyard for fifteen pounds, with a dent in one side and',
    'the lock missing.',
  ),
  j(
    'Avoid cabinets with a powder coat that looks soft or flaky, and any that have been painted at home. You will be burning the',
    'inside clean anyway, but the less paint you start with the better.',
  ),
  'Stripping it out',
  j(
    'I took out all four drawers, cut the fronts off three of them with an angle grinder and kept the runners. The bottom drawer',
    'front became a hinged door, and I drilled a row of 10mm holes across the top of the back panel for the smoke to escape.',
  ),
  j(
    'Then I lit a hot wood fire in a metal tray inside the cabinet, with the door open, and let it burn for two hours to take off',
    'the paint and any oil. Do this outside, away from the house, and stay upwind. It smells terrible.',
  ),
  'The firebox and the pipe',
  j(
    'Cold smoking works best when the smoke is made somewhere else and cools on its way to the food. I used an old ammunition box',
    'as the firebox, sat on bricks about two metres from the cabinet, and joined the two with a length of 100mm galvanised flue',
    'pipe laid in a shallow trench so that it rises gently towards the cabinet.',
  ),
  j(
    'The rising pipe is important. Warm smoke wants to go up, so the slope gives you a natural draw without a fan, and the two',
    'metres of steel take most of the heat out before the smoke reaches the food.',
  ),
  'Racks, hooks and a thermometer',
  j(
    'Stainless steel oven racks from a second-hand shop sit on the old drawer runners. For hanging sausages and bacon I bent meat',
    'hooks over a broom handle laid across the top runners. A cheap digital thermometer with a wired probe goes through one of',
    'the vent holes, so I can read the temperature without opening the door.',
  ),
  'First runs',
  j(
    'The first test was a block of cheddar and a few handfuls of almonds, smoked for four hours over oak dust. The temperature',
    'never went above 19°C on a cloudy May afternoon, and the cheese came out with an even, pale gold colour.',
  ),
  j(
    'The second run was less happy. I smoked a side of salmon on a sunny day and the thermometer climbed to 31°C by mid-afternoon.',
    'The fish was fine, but the edges had started to cook. Since then I smoke fish only in the evening and overnight, and I have',
    'painted the cabinet white to reflect the sun.',
  ),
  'What I would do differently',
  'Buy a longer pipe. Three metres would cool the smoke more on warm days.',
  'Fit the vent holes with a sliding cover, so the draw can be turned down in wind.',
  'Put the firebox on a paving slab rather than bricks; ash kept falling through the gaps.',
  'Add a drip tray under the bottom rack from the start. Bacon drips more than you would think.',
  j(
    'All in, the build cost me £64, not counting the thermometer I already had. It has now been through two winters outside, and',
    'apart from some surface rust on the door it looks the same as on the first day. It has smoked everything from garlic to a',
    'whole ham, and it has not caught fire once.',
  ),
];
const hHeads = [2, 5, 8, 11, 13, 16];
const hNav = ['Posts', 'Recipes', 'Archive', 'About'];
const hToc = hHeads.map((i) => at(hBody, i));
const hSlug = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '');
const hH2 = (t: string): string => `<h2 id="${hSlug(t)}">${t}<a hidden class="anchor" aria-hidden="true" href="#${hSlug(t)}">#</a></h2>`;
const hContent = hBody
  .map((t, i) => (hHeads.includes(i) ? hH2(t) : i >= 17 && i <= 20 ? `${i === 17 ? '<ul>\n' : ''}<li>${t}</li>${i === 20 ? '\n</ul>' : ''}` : `<p>${t}</p>`))
  .join('\n');
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.121.1"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Smoke in the Garden</title><meta name="keywords" content="smoking, diy, cold smoking"><meta name="description" content="${hDek}">
<meta name="author" content="Rhys Kettering"><link rel="canonical" href="https://smokeinthegarden.net/posts/filing-cabinet-cold-smoker/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","wordCount":"1004",
"datePublished":"2027-01-18T00:00:00Z","author":[{"@type":"Person","name":"Rhys Kettering"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://smokeinthegarden.net/" accesskey="h" title="Smoke in the Garden (Alt + H)">Smoke in
the
Garden</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24"
height="18" viewBox="0 0 24 24"></svg></button></div></div><ul id="menu">
${hNav.map((n) => `<li><a href="https://smokeinthegarden.net/${n.toLowerCase()}/" title="${n}"><span>${n}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://smokeinthegarden.net/">Home</a>&nbsp;»&nbsp;<a
href="https://smokeinthegarden.net/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDek}</div>
<div class="post-meta"><span title='2027-01-18 00:00:00 +0000 UTC'>January 18,
2027</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;1004 words&nbsp;·&nbsp;Rhys Kettering</div>
</header><div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hToc.map((t) => `<li><a href="#${hSlug(t)}" aria-label="${t}">${t}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content">${hContent}</div>
<footer class="post-footer"><ul class="post-tags">${['smoking', 'diy', 'salmon'].map((t) => `<li><a href="/tags/${t}/">${t}</a></li>`).join('')}</ul>
<nav class="paginav"><a class="prev" href="/posts/smoked-garlic/"><span class="title">« Prev</span><br><span>Smoked Garlic, Three Ways</span></a>
<a class="next" href="/posts/cardboard-box-smoker/"><span class="title">Next »</span><br><span>Why I Stopped Smoking in a Cardboard Box</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x"
href="https://x.com/intent/tweet/?text=cold%20smoker">
<svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2027 <a href="https://smokeinthegarden.net/">Smoke in the Garden</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span>
</footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu=document.getElementById('menu');if(menu){menu.scrollLeft=localStorage.getItem("menu-scroll-position");}</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout624-hugo-papermod-cold-smoker',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hToc,
  body: [hDek, ...hBody.filter((_, i) => !hHeads.includes(i))],
  bylines: ['January 18, 2027 · 5 min · 1004 words · Rhys Kettering'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Smoke in the Garden', ...hNav.filter((t) => t !== 'About'), 'Home', 'Table of Contents', 'diy', '« Prev', 'Smoked Garlic, Three Ways', 'Next »',
    'Why I Stopped Smoking in a Cardboard Box', '© 2027 Smoke in the Garden', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT624_E: readonly TestPage[] = [webflow, hugo];
