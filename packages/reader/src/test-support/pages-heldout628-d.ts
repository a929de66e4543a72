import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout628-kit.js';

/** Held-out batch 628, file d: a long motorhome winterising checklist on a Ghost blog (Casper theme, callout card, read-more cards). */
const gTitle = 'Laying up a motorhome for winter: the checklist we use';
const gDek = 'Eleven winters of storing other people\u2019s vans have taught us which jobs really matter before the first frost.';
const gBody = [
  j(
    'Every October our yard fills up with motorhomes coming in for winter storage, and every March we see which ones were put away',
    'properly. The difference is rarely the age or price of the van. It is whether the owner spent two hours on a short list of jobs',
    'before handing over the keys. This is that list, in the order we do it ourselves.',
  ),
  'Drain the water system completely',
  j(
    'Frozen water is the single most expensive winter problem we see. A split pipe behind a kitchen unit can go unnoticed until the',
    'spring, by which time the water has soaked into the floor. Draining takes twenty minutes if you are methodical about it.',
  ),
  'Open every tap, hot and cold, and leave them open in the middle position.',
  'Open the fresh water tank drain and the waste tank valve, and let both empty fully.',
  'Drain the water heater using its frost valve or drain plug, which on most boilers is the yellow lever beside the heater.',
  'Remove the shower head and lay the hose in the tray so that nothing is left trapped in it.',
  'Run the pump for a few seconds only to clear its chamber, then switch it off at the panel.',
  j(
    'Leave the taps open all winter. If a little water is left in a low point, it has room to expand rather than splitting the pipe.',
    'A hanging tag on the steering wheel that says "water drained, taps open" saves confusion in the spring.',
  ),
  'Look after the leisure battery',
  j(
    'A flat lead-acid battery can freeze at around minus five degrees, and one that freezes is finished. Charge the leisure battery',
    'fully before storage, then either keep it on a mains charger with a storage mode or take it home and top it up once a month.',
  ),
  j(
    'Lithium batteries are more tolerant of being left, but most should be stored at around half charge and with the battery',
    'management switch turned off. Check your battery\u2019s manual, because the advice differs between makers.',
  ),
  'Keep damp out of the living area',
  j(
    'A closed-up van in a wet winter will grow mould within weeks if the air cannot move. Prop the fridge door open with its winter',
    'catch, open the roof vents on their lowest setting if they are covered, and leave cupboard and locker doors ajar.',
  ),
  j(
    'Take home cushions and mattresses if you have the space. If not, stand them on their edges so that air reaches both sides.',
    'A couple of moisture traps on the worktop and in the washroom cost very little and are worth checking each visit.',
  ),
  'Every damp reading you take in October is a baseline. Write it down, and you will know in spring whether anything has changed.',
  'Tyres, brakes and the base vehicle',
  j(
    'Inflate the tyres to the maximum pressure shown on the sidewall to reduce flat spots, and if the van will stand for more than',
    'three months consider axle stands or tyre savers. Leave the handbrake off, chock the wheels and leave it in gear, because',
    'brakes left on for months can seize.',
  ),
  j(
    'Fill the diesel tank to reduce condensation, and top up the screenwash with a winter mix. If your base vehicle has an AdBlue',
    'tank, leave it no more than three-quarters full, as it expands when it freezes.',
  ),
  'Gas and security',
  j(
    'Turn the gas off at the bottle and disconnect it. Most insurers ask for cylinders to be removed if the van is stored away from',
    'home, and even when they do not, it is safer. Take home anything of value, including the documents folder, and fit a wheel',
    'clamp or steering lock if your storage site does not require one already.',
  ),
  'In the spring',
  j(
    'When you collect the van, refit the battery and gas before anything else, then close the taps and refill slowly, checking under',
    'the sink and around the water heater for drips as the system pressurises. Book your habitation check for the weeks before your',
    'first trip rather than the weeks after it. That way, anything the winter has done will be found while there is still time to fix it.',
  ),
];
const gHeads = [1, 9, 12, 16, 19, 21];
const gList = [3, 4, 5, 6, 7];
const gCallout = 15;
const gNav = ['Home', 'Storage', 'Servicing', 'Guides', 'About us'];
const gMore = [
  ['Do you need a habitation check every year?', 'What the annual check covers, and why your warranty probably depends on it.'],
  ['Choosing secure storage: what CaSSOA gold means', 'The storage ratings explained, and the questions to ask before you sign.'],
];
const gFoot = ['Privacy', 'Contact', 'Sign up'];
const para = (i: number): string =>
  i === gCallout
    ? `<div class="kg-card kg-callout-card kg-callout-card-accent">
<div class="kg-callout-emoji">💧</div><div class="kg-callout-text">${at(gBody, i)}</div></div>`
    : `<p>${at(gBody, i)}</p>`;
const gSection = (): string => {
  let out = '';
  for (let i = 0; i < gBody.length; i++) {
    if (gHeads.includes(i)) out += `<h2 id="h${i}">${at(gBody, i)}</h2>\n`;
    else if (i === gList[0]) out += `<ol>${lis(gList.map((k) => at(gBody, k)))}</ol>\n`;
    else if (!gList.includes(i)) out += `${para(i)}\n`;
  }
  return out;
};
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5c1f3b0e1a">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://journal.fellsidestorage.example/laying-up-a-motorhome-for-winter/">
<meta property="og:site_name" content="Fellside Journal"><meta property="og:type" content="article"><meta property="article:tag" content="Guides">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Fellside Journal"},
"author":{"@type":"Person","name":"Gwen Arkwright"},"headline":"${gTitle}","datePublished":"2026-10-19T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><link rel="alternate" type="application/rss+xml" title="Fellside Journal" href="/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://journal.fellsidestorage.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex}</style></head>
<body class="post-template tag-guides tag-storage has-sans-title has-sans-body"><div class="viewport">
<header id="gh-head" class="gh-head outer is-head-left-logo"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="/">Fellside
Journal</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu">
</button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav).replace(/<li>/g, '<li class="nav-item">')}</ul></nav><div class="gh-head-actions">
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-guides tag-storage image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/guides/">Guides</a></span>
</div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/gwen/"
class="author-avatar author-profile-image"><img class="author-profile-image" src="/content/images/size/w100/2024/03/gwen.jpg" alt="Gwen Arkwright"></a></li>
</ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/gwen/">Gwen Arkwright</a></h4><div class="byline-meta-content"><time
class="byline-meta-date" datetime="2026-10-19">Oct 19, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span></div>
</div>
</section></div><figure class="article-image"><img srcset="/content/images/size/w600/2026/10/yard.jpg 600w" src="/content/images/size/w1200/2026/10/yard.jpg"
alt="Motorhomes parked in rows at a storage yard"><figcaption><span style="white-space: pre-wrap;">The yard at Fellside in late October.</span></figcaption>
</figure></header>
<section class="gh-content gh-canvas">
${gSection()}</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    ([t, e]) => `<article class="post-card post"><a class="post-card-image-link" href="/p/"><img class="post-card-image" src="/content/images/x.jpg" alt="${t}"
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/p/"><header class="post-card-header"><div class="post-card-tags">
<span
class="post-card-primary-tag">Guides</span></div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a><footer
class="post-card-meta"><time class="post-card-meta-date" datetime="2026-09-02">Sep 2, 2026</time><span class="post-card-meta-length">4 min read</span></footer>
</div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Fellside Journal</a> &copy; 2026</section>
<nav class="site-footer-nav">
<ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
</div>
</footer></div><div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="/assets/built/casper.js?v=5c1f3b0e1a"></script></body></html>`;
const ghost: TestPage = gold({
  name: 'heldout628-ghost-winter-layup',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => at(gBody, i)),
  body: [gDek, ...texts(gBody.filter((_, i) => !gHeads.includes(i)))],
  bylines: ['Gwen Arkwright', 'Oct 19, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fellside Journal', ...gNav, 'Sign in', 'Subscribe', 'Guides', '6 min read', 'The yard at Fellside in late October.', 'Sign up for more like this.',
    'Enter your email', ...gMore.flat(), 'Sep 2, 2026', '4 min read', 'Fellside Journal © 2026', ...gFoot, 'Powered by Ghost',
  ],
});

export const HELDOUT628_D: readonly TestPage[] = [ghost];
