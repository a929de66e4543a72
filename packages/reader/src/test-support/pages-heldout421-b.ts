import { links, ps, type TestPage, texts } from './page-kit.js';
import { clubHut } from './pages-heldout421-b2.js';
import { j } from './pages-heldout421-kit.js';

/**
 * Held-out batch 421, file b: a 27 Crags-style sector page in Nuxt markup (data-v attributes, the app shell, the sector header
 * with route count and grade chart labels, the sector description with approach and restrictions, the topo caption, the
 * route list rows, the premium upsell, the "Download the app" bar and the footer) and, from file b2, a mountaineering club's
 * hut and route report built with Elementor.
 */
const ccTitle = 'Solvika Sector';
const ccHeads = ['Approach', 'Restrictions'];
const ccDesc = [
  j(
    'Solvika is the sunny, low-lying sector at the eastern end of the Brennvik sea cliffs, a band of compact gneiss that rises',
    'straight out of a pebble beach. The rock is steep and featured with horizontal breaks, so even the easier routes feel',
    'athletic, and the sector stays climbable in a stiff westerly when the rest of the coast is unpleasant.',
  ),
  j(
    'There are 34 routes from 5a to 7c, nearly all bolted by the local club between 2009 and 2015, with lower-offs at the top',
    'of each line. The best routes are in the middle grades: a dense cluster of 6a to 6c pitches on the grey slab in the centre',
    'and a steeper orange wall on the left with a handful of long 7th grade routes.',
  ),
  j(
    'The base of the slab is above the tide except during big spring tides with an onshore wind, when the bottom two metres can',
    'be wet with spray. Check the tide table before you walk in if you plan to climb on the right-hand routes.',
  ),
  j(
    'Most routes are 18 to 25 metres long, so a 60 metre rope and twelve quickdraws are enough everywhere. The bolts on the',
    'original routes were replaced with stainless glue-ins in 2022 after the first generation started to corrode in the salt air.',
  ),
];
const ccAppr = [
  j(
    'Park at the small gravel car park at the end of the Brennvik road, where there is an honesty box for parking. Walk down the',
    'marked path towards the beach for about 12 minutes; Solvika is the first wall on the left as you reach the pebbles.',
  ),
];
const ccRestr = [
  'No climbing on the three routes right of the cave from 15 April to 31 July because of nesting shags.',
  'Do not camp or light fires on the beach; the land is a nature reserve.',
  'Please use the toilets at the car park rather than the boulders behind the crag.',
];
const ccRoutes: [string, string, string][] = [
  ['Salt Letter', '5c', 'Sport'],
  ['Guillemot Slab', '6a+', 'Sport'],
  ['Brine Shrimp', '6b', 'Sport'],
  ['Orange Telegram', '7a', 'Sport'],
  ['The Long Swell', '7b+', 'Sport'],
];
const ccNav = ['Explore', 'Crags', 'Topos', 'Trips', 'Community', 'Premium'];
const ccCrumbs = ['Norway', 'Vestland', 'Brennvik Sea Cliffs'];
const ccFoot = ['About 27 Crags', 'Careers', 'For crag owners', 'Terms of service', 'Privacy policy', 'Help center'];
const ccHtml = `<!doctype html><html lang="en" data-n-head-ssr><head><meta data-n-head="ssr" charset="utf-8">
<title>Solvika Sector - Brennvik Sea Cliffs - 27 Crags</title><meta data-n-head="ssr" data-hid="description" name="description"
content="Solvika Sector has 34 sport routes from 5a to 7c. See topos, approach and restrictions.">
<meta data-n-head="ssr" property="og:image" content="https://27crags.example/og/solvika.jpg">
<link rel="preload" href="/_nuxt/app.3f1a9c.js" as="script"><link rel="preload" href="/_nuxt/pages/crags/_crag/sectors/_sector.b2e01d.js" as="script">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Place","name":"Solvika Sector","containedInPlace":"Brennvik Sea Cliffs"}</script>
</head><body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="app" data-v-4a1f2b0c>
<header class="app-header" data-v-6d22e0a1><a href="/" class="logo" data-v-6d22e0a1>27 Crags</a>
<nav class="main-nav" data-v-6d22e0a1><ul data-v-6d22e0a1>${links(ccNav, 'nav-link')}</ul></nav>
<div class="header-actions" data-v-6d22e0a1><a href="/login" class="btn-login" data-v-6d22e0a1>Log in</a>
<a href="/signup" class="btn-signup" data-v-6d22e0a1>Join for free</a></div></header>
<main class="page sector-page" data-v-2c9e7f13>
<ol class="breadcrumbs" data-v-2c9e7f13>${ccCrumbs.map((c) => `<li data-v-2c9e7f13><a href="/c/${c.length}">${c}</a></li>`).join('')}</ol>
<section class="sector-header" data-v-2c9e7f13><h1 class="sector-name" data-v-2c9e7f13>${ccTitle}</h1>
<div class="sector-stats" data-v-2c9e7f13><span class="stat" data-v-2c9e7f13>34 climbs</span><span class="stat" data-v-2c9e7f13>5a - 7c</span>
<span class="stat" data-v-2c9e7f13>Sun: afternoon</span><span class="stat" data-v-2c9e7f13>Walk-in: 12 min</span></div>
<div class="grade-chart" aria-label="Grade distribution" data-v-2c9e7f13><span data-v-2c9e7f13>Beginner</span><span data-v-2c9e7f13>Intermediate</span>
<span data-v-2c9e7f13>Advanced</span></div>
<div class="sector-actions" data-v-2c9e7f13><button class="btn-fav" data-v-2c9e7f13>Add to favorites</button>
<button class="btn-share" data-v-2c9e7f13>Share sector</button></div></section>
<section class="sector-description markdown" data-v-2c9e7f13>${ps(ccDesc, ' data-v-2c9e7f13')}
<h3 data-v-2c9e7f13>${ccHeads[0]}</h3>${ps(ccAppr, ' data-v-2c9e7f13')}
<h3 data-v-2c9e7f13>${ccHeads[1]}</h3><ul data-v-2c9e7f13>${ccRestr.map((r) => `<li data-v-2c9e7f13>${r}</li>`).join('')}</ul>
<div class="description-meta" data-v-2c9e7f13>Description by Oddny Vatne · Edited 3 months ago</div></section>
<section class="topo" data-v-7b11ea42><figure data-v-7b11ea42><img src="https://27crags.example/topos/solvika-main.jpg" alt="" data-v-7b11ea42>
<figcaption data-v-7b11ea42>Solvika main topo. Photo by Arvid Lien</figcaption></figure></section>
<section class="route-list" data-v-5e3c8d90><h2 data-v-5e3c8d90>Routes in Solvika Sector</h2><div class="route-table" data-v-5e3c8d90>
${ccRoutes
  .map(
    ([n, g, t], i) => `<div class="route-row" data-v-5e3c8d90><span class="num" data-v-5e3c8d90>${i + 1}</span>
<a class="route-name" href="/routes/${i}" data-v-5e3c8d90>${n}</a><span class="grade" data-v-5e3c8d90>${g}</span>
<span class="type" data-v-5e3c8d90>${t}</span></div>`,
  )
  .join('\n')}</div>
<a href="#" class="show-all" data-v-5e3c8d90>Show all 34 routes</a></section>
<aside class="premium-upsell" data-v-3a0f5b77><p data-v-3a0f5b77>Get offline topos for every crag with 27 Crags Premium.</p>
<a href="/premium" data-v-3a0f5b77>Try Premium free for 7 days</a></aside></main>
<div class="app-banner" data-v-4a1f2b0c><span data-v-4a1f2b0c>Climbing is better with the app</span><a href="/app" data-v-4a1f2b0c>Download the app</a></div>
<footer class="app-footer" data-v-9e8d7c61><ul data-v-9e8d7c61>${links(ccFoot)}</ul><p data-v-9e8d7c61>© 2026 27 Crags Ltd</p></footer>
</div></div></div><script>window.__NUXT__={layout:"default",data:[{sector:{id:88172,name:"Solvika Sector",routeCount:34}}],serverRendered:true};</script>
<script src="/_nuxt/app.3f1a9c.js" defer></script></body></html>`;
const crags27: TestPage = {
  name: 'heldout421-27crags-sector-docs',
  kind: 'docs',
  html: ccHtml,
  title: ccTitle,
  headings: ccHeads,
  body: texts([...ccDesc, ...ccAppr, ...ccRestr]),
  bylines: ['Description by Oddny Vatne · Edited 3 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '27 Crags', ...ccNav, 'Log in', 'Join for free', ...ccCrumbs, '34 climbs', '5a - 7c', 'Sun: afternoon', 'Walk-in: 12 min', 'Beginner',
    'Intermediate', 'Advanced', 'Add to favorites', 'Share sector', 'Solvika main topo. Photo by Arvid Lien', 'Routes in Solvika Sector',
    ...ccRoutes.map((r) => r[0]), 'Show all 34 routes', 'Get offline topos for every crag with 27 Crags Premium.', 'Try Premium free for 7 days',
    'Climbing is better with the app', 'Download the app', ...ccFoot, '© 2026 27 Crags Ltd',
  ],
};

export const HELDOUT421_B: readonly TestPage[] = [crags27, clubHut];
