import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, type Row, rowTexts, trs } from './pages-heldout342-kit.js';

/**
 * Held-out batch 342, file f2: a lottery results page on a Nuxt 2 site (`__nuxt` / `__layout`, scoped `data-v-` attributes,
 * `window.__NUXT__` state), with game tabs, the drawn balls and bonus ball, a prize breakdown table, a short report, a
 * "Check your numbers" widget, previous draws list, play-responsibly footer and a Cookiebot banner. Its main text is short.
 */
const lTitle = 'Harbourline Lotto results: Saturday 7 March 2026';
const lBalls = ['4', '11', '19', '27', '38', '45'];
const lH = ['Winning numbers', 'Prize breakdown', 'Draw report'];
const lBonus = ['Bonus ball: 22'];
const lRows: Row[] = [
  ['Match 6', '0', 'Rollover'],
  ['Match 5 + Bonus', '2', '£61,250'],
  ['Match 5', '41', '£1,480'],
  ['Match 4', '2,306', '£140'],
  ['Match 3', '39,877', '£30'],
  ['Match 2', '402,115', 'Free Lucky Dip'],
];
const lReport = [
  j(
    'Nobody matched all six main numbers in Saturday&#39;s draw, so the jackpot rolls over to Wednesday, when it is estimated at',
    '£4.6 million. It is the fourth rollover in a row, and the longest run without a jackpot winner since the game was relaunched.',
  ),
  j(
    'Two players matched five numbers and the bonus ball. One ticket was bought in a shop in Corrybrook and the other online;',
    'both winners have until 3 September 2026 to claim their prize.',
  ),
  'Numbers 19 and 38 have now been drawn in three of the last five draws, though every number has the same chance in every draw.',
];
const lGames = ['Lotto', 'Daily Spark', 'Harbour Millions', 'Scratchcards'];
const lPrev = ['Wednesday 4 March 2026', 'Saturday 28 February 2026', 'Wednesday 25 February 2026'];
const lFoot = ['How to play', 'Where the money goes', 'Help & contact', 'Game rules', 'Privacy'];
const v = 'data-v-6b2c41e0';
const lHtml = `<!doctype html>
<html data-n-head-ssr lang="en" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D"><head>
<title>Harbourline Lotto results: Saturday 7 March 2026 | Harbourline Lotteries</title>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="description" name="description"
content="Winning numbers and prize breakdown for the Harbourline Lotto draw on Saturday 7 March 2026.">
<link rel="preload" href="/_nuxt/8c1e2f4.js" as="script"><link rel="preload" href="/_nuxt/app.3a9b7d1.js" as="script">
<script data-n-head="ssr" type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Harbourline Lotto
draw","startDate":"2026-03-07T20:00:00Z"}</script>
<style data-vue-ssr-id="4b1e2a1c:0">.results[data-v-6b2c41e0]{display:grid}.ball[data-v-6b2c41e0]{border-radius:50%}</style></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="app" data-v-1f9e7c22>
<div class="rg-strip" data-v-1f9e7c22>You must be 18 or over to play. Play responsibly.</div>
<header class="site-header" data-v-3a7d0b55 data-v-1f9e7c22><a href="/" class="site-header__logo nuxt-link-active" data-v-3a7d0b55>Harbourline Lotteries</a>
<nav class="site-header__games" data-v-3a7d0b55><ul data-v-3a7d0b55>${links(lGames, 'site-header__game')}</ul></nav>
<a href="/account" class="site-header__account" data-v-3a7d0b55>My account</a></header>
<main class="results" ${v} data-v-1f9e7c22><nav class="breadcrumbs" ${v}><a href="/" ${v}>Home</a> <span ${v}>›</span> <a href="/results" ${v}>Results</a></nav>
<h1 class="results__title" ${v}>${lTitle}</h1>
<p class="results__drawno" ${v}>Draw number 3217</p>
<section class="results__balls" ${v}><h2 ${v}>${lH[0]}</h2><ul class="balls" ${v}>
${lBalls.map((b) => `<li class="ball ball--main" ${v}>${b}</li>`).join('\n')}
</ul><p class="results__bonus" ${v}>${lBonus[0]}</p></section>
<section class="results__prizes" ${v}><h2 ${v}>${lH[1]}</h2><table class="prize-table" ${v}><thead ${v}><tr ${v}><th ${v}>Numbers matched</th><th
${v}>Winners</th>
<th ${v}>Prize per winner</th></tr></thead><tbody ${v}>
${trs(lRows)}
</tbody></table></section>
<section class="results__report" ${v}><h2 ${v}>${lH[2]}</h2>
${ps(lReport, ` ${v}`)}
</section>
<aside class="checker" data-v-0e4d8a93 ${v}><h3 data-v-0e4d8a93>Check your numbers</h3><p data-v-0e4d8a93>Enter the numbers on your ticket to see if you
have won.</p>
<button class="btn btn--primary" data-v-0e4d8a93>Check now</button></aside>
<aside class="previous" ${v}><h3 ${v}>Previous results</h3><ul ${v}>${links(lPrev)}</ul><a href="/results/archive" ${v}>View all results</a></aside>
<div class="next-draw" ${v}><span class="next-draw__label" ${v}>Next draw</span> <span ${v}>Wednesday 11 March, estimated jackpot £4.6M</span>
<a href="/play/lotto" class="btn" ${v}>Play now</a></div></main>
<footer class="site-footer" data-v-5c8e1d40 data-v-1f9e7c22><ul data-v-5c8e1d40>${links(lFoot)}</ul>
<p data-v-5c8e1d40>Harbourline Lotteries Ltd is licensed by the Gambling Authority of the Northern Isles. 18+ only. BeGambleAware.</p></footer>
</div></div></div>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle" lang="en">
<div id="CybotCookiebotDialogBody"><h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2>
<div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content and to analyse our traffic.</div></div>
<div id="CybotCookiebotDialogBodyButtonsWrapper"><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button>
<button id="CybotCookiebotDialogBodyLevelButtonCustomize">Customize</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow
all</button></div></div>
<script>window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{draw:{id:3217,date:"2026-03-07",balls:[4,11,19,27,38,45],bonus:22,rollover:a}}],
fetch:{},error:b,state:{games:{active:"lotto"}},serverRendered:a,routePath:"\\u002Fresults\\u002Flotto\\u002F2026-03-07",config:{app:{basePath:c,
assetsPath:"\\u002F_nuxt\\u002F"}}}}(true,null,"\\u002F"));</script>
<script src="/_nuxt/8c1e2f4.js" defer></script><script src="/_nuxt/app.3a9b7d1.js" defer></script></body></html>`;
export const nuxt: TestPage = {
  name: 'heldout342-nuxt-lottery-results-news',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: lH,
  body: [...rowTexts([lBalls]), ...texts(lBonus), ...rowTexts(lRows), ...texts(lReport)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'You must be 18 or over to play. Play responsibly.', 'Harbourline Lotteries', ...lGames, 'My account', 'Home', 'Results', 'Draw number 3217',
    'Check your numbers', 'Enter the numbers on your ticket to see if you have won.', 'Check now', 'Previous results', ...lPrev, 'View all results',
    'Next draw', 'Wednesday 11 March, estimated jackpot £4.6M', 'Play now', ...lFoot,
    'Harbourline Lotteries Ltd is licensed by the Gambling Authority of the Northern Isles. 18+ only. BeGambleAware.', 'This website uses cookies',
    'We use cookies to personalise content and to analyse our traffic.', 'Deny', 'Customize', 'Allow all',
  ],
};
