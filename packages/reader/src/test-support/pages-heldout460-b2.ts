import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout460-kit.js';

/**
 * Held-out batch 460, file b2: a planted-tank build journal post on a Ghost blog (Casper theme) with image and callout cards,
 * a members sign-up box, native comments and a read-more rail.
 */
const gTitle = 'Build journal, part 3: hardscape, soil and the first planting of the 90P';
const gDek =
  'Six weeks in, the stones are glued, the soil is capped and the tank finally looks like something. Here is everything I did and what I would change.';
const gBody = [
  j(
    'If you have followed parts one and two, you know the plan: a 90 × 45 × 45 cm rimless tank on a steel stand, a canister filter',
    'under it, CO2 from a 5 kg bottle and a single LED bar that I can dim from my phone. This part covers the hardscape, the soil and',
    'the first round of plants, the part where the tank stops being furniture and starts being a landscape.',
  ),
  'Choosing the stone',
  j(
    'I spent two Saturdays at the stone yard picking through a pallet of grey dragon stone. I came home with 38 kg, which turned out to',
    'be about 10 kg too much, but it meant I could choose pieces by shape instead of settling for whatever fitted. The rule I kept coming',
    'back to was one main stone, two supporting stones and everything else as rubble that disappears into the slope.',
  ),
  j(
    'Dragon stone holds a lot of clay in its holes. I scrubbed every piece with a brush under the garden hose and then soaked the lot',
    'for three days, changing the water twice. The water was still slightly cloudy after that, so I would give it a week next time.',
  ),
  'Building the slope',
  j(
    'The layout is a classic triangle, high on the left and falling towards the front right. To get the height without burying',
    'half the tank in soil, I built the back of the slope from egg-crate cut to shape and stacked the rubble stone on top of it.',
    'The main stones are glued to each other with gel superglue and pressed into cotton wool, which sets like a grout.',
  ),
  `<strong>Lesson learned:</strong> glue the stones outside the tank on a towel, in the position you want, and lift the whole group in. I glued in place
the first time and dripped glue on the glass.`,
  'Soil and capping',
  j(
    'Under the stones is a thin layer of lava rock for drainage, then 6 litres of aqua soil at the front rising to about 9 cm at the',
    'back. I used a small bag of fine-grain soil as a capping layer in the foreground so the carpet plants have something easy to root',
    'into. Between the soil and the glass at the front I left a strip of sand to keep the front line clean.',
  ),
  j(
    'Everything was sprayed with a mister as I went, so the soil held its slope instead of slumping. Aqua soil dries fast under the',
    'lights in a warm room; I kept a sheet of cling film over the tank between sessions.',
  ),
  'The first planting',
  'The plant list for the dry start and the first flood was kept short on purpose:',
  'Monte Carlo, six pots of tissue culture, for the foreground carpet',
  'Bucephalandra on the main stones, glued in the cracks',
  'Two kinds of Cryptocoryne along the back of the slope',
  'Rotala and Ludwigia in the back right corner for colour',
  'Java fern on the egg-crate wall, where the light is lowest',
  j(
    'I planted the carpet with tweezers in small clumps of three or four stems, about 2 cm apart. It took over an hour and my back',
    'will not forget it. The stem plants went in once the tank was flooded, because they float up from damp soil.',
  ),
  'Filling and the first weeks',
  j(
    'I filled slowly through a plastic bag laid on the soil, with the filter off until the water covered the spray bar. The tank',
    'was cloudy for about a day and clear by the second morning. For the first month I am changing half the water twice a week,',
    'which keeps ammonia from the soil down while the filter matures.',
  ),
  'Week | Photoperiod | CO2 (bubbles per second) | Water change',
  '1–2 | 6 hours | 2 | 50% twice a week',
  '3–4 | 7 hours | 3 | 50% weekly',
  '5–6 | 7 hours | 3 | 30% weekly',
  j(
    'The first diatoms showed up in week two, as they always do, and a group of otocinclus dealt with them. No fish yet, apart from',
    'the otos and a dozen cherry shrimp. The rasboras are booked for part four, once the carpet has filled in.',
  ),
  j('"A new tank rewards patience more than any piece of equipment," my old club chairman used to say, and I have never found a reason to', 'doubt him.'),
  'What I would do differently',
  j(
    'Less stone, bought in two trips. More time rinsing it. And I would plan where the filter pipes go before building the slope,',
    'because the inflow now sits right behind my favourite stone and I had to move a whole group of rubble to get it out of sight.',
  ),
  'Next time: adding the fish, and what a month of CO2 tuning taught me about drop checkers.',
];
const gRows = at(gBody, 21, 22, 23);
const gList = at(gBody, 12, 13, 14, 15, 16);
const gHi = [1, 4, 7, 10, 18, 20, 26];
const gNav = ['Home', 'Build journals', 'Plant guides', 'Gear', 'About'];
const gRead = [
  'Build journal, part 2: stand, filter and the CO2 system',
  'Why I stopped fertilising my low-tech tanks',
  'Ten foreground plants that do not need CO2',
];
const gCaps = [
  'The 90P at the end of week six, before the first trim.',
  'Sorting stone on the garage floor. About a quarter of this went back.',
  'Planting day: tweezers, a spray bottle and a lot of patience.',
];
const gTable = `<table><thead><tr>${(gBody[20] ?? '')
  .split(' | ')
  .map((c) => `<th>${c}</th>`)
  .join('')}</tr></thead><tbody>${gRows
  .map(
    (r) =>
      `<tr>${r
        .split(' | ')
        .map((c) => `<td>${c}</td>`)
        .join('')}</tr>`,
  )
  .join('\n')}</tbody></table>`;
const gImg = (src: string, cap: string): string =>
  `<figure class="kg-card kg-image-card kg-card-hascaption">
<img src="/content/images/2026/02/${src}" class="kg-image" alt="" loading="lazy" width="2000" height="1333"` +
  ` srcset="/content/images/size/w600/2026/02/${src} 600w, /content/images/size/w1000/2026/02/${src} 1000w"><figcaption>
<span style="white-space: pre-wrap;">${cap}</span></figcaption></figure>`;
const gSlug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const gCard = (t: string): string =>
  `<article class="post-card post tag-build-journal"><a class="post-card-image-link" href="/${gSlug(t)}/">
<img class="post-card-image" src="/content/images/2026/01/card.jpg" alt="${t}" loading="lazy"></a>` +
  `<div class="post-card-content"><a class="post-card-content-link" href="/${gSlug(t)}/"><header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header>` +
  `</a><footer class="post-card-meta"><span class="post-card-meta-length">5 min read</span></footer></div></article>`;
const gH2 = (i: number): string => `<h2 id="${gSlug(gBody[i] ?? '')}">${gBody[i]}</h2>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5a1f3c9d2e">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://greenslope.example/build-journal-part-3/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-14T09:30:00.000Z">
<meta property="article:tag" content="Build journal">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Green Slope"},
"author":{"@type":"Person","name":"Mirela Outram"},"headline":"${gTitle}"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://greenslope.example/"
data-key="3b8e1f" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style></head>
<body class="post-template tag-build-journal is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://greenslope.example">Green Slope</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" width="20" height="20">
</svg></button>
<button class="gh-burger" aria-label="Main menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-build-journal image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/build-journal/">Build journal</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/mirela/" class="author-avatar author-profile-image">
<img class="author-profile-image" src="/content/images/size/w100/2025/05/mirela.jpg" alt="Mirela Outram"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/mirela/">Mirela Outram</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-14">Feb 14, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 7 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w2000/2026/02/90p-week6.jpg" alt="${gTitle}">
<figcaption><span style="white-space: pre-wrap;">${gCaps[0]}</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(at(gBody, 0))}
${gH2(1)}${ps(at(gBody, 2, 3))}
${gImg('dragon-stone-yard.jpg', gCaps[1] ?? '')}
${gH2(4)}${ps(at(gBody, 5))}
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gBody[6]}</div></div>
${gH2(7)}${ps(at(gBody, 8, 9))}
${gH2(10)}${ps(at(gBody, 11))}<ul>${lis(gList)}</ul>${ps(at(gBody, 17))}
${gImg('planting-day.jpg', gCaps[2] ?? '')}
${gH2(18)}${ps(at(gBody, 19))}
${gTable}
${ps(at(gBody, 24))}
<blockquote>${gBody[25]}</blockquote>
${gH2(26)}${ps(at(gBody, 27, 28))}
</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"></div>
<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js" data-ghost-comments="https://greenslope.example/"
data-title="null" data-count="true" data-post-id="65cc1d2e8f"></script></section>
</main><aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-card-header"><h2 class="post-card-title">Read more</h2></div>
${gRead.map(gCard).join('\n')}</div></aside>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://greenslope.example">Green Slope</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<div class="pswp__counter"></div>
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=5a1f3c9d2e"></script></body></html>`;
const greenslope: TestPage = {
  name: 'heldout460-ghost-planted-journal',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: at(gBody, 1, 4, 7, 10, 18, 26),
  body: texts([gDek, ...gBody.map((b, i) => (i >= 21 && i <= 23 ? b.split(' | ').join(' ') : b)).filter((_, i) => !gHi.includes(i))]),
  bylines: ['Mirela Outram', 'Feb 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Green Slope', ...gNav, 'Sign in', 'Subscribe', 'Build journal', '7 min read', ...gCaps, 'Sign up for more like this.', 'Enter your email',
    'Read more', ...gRead, '5 min read', 'Green Slope © 2026', 'Sign up', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT460_B2: readonly TestPage[] = [greenslope];
