import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, tidy, trs } from './pages-heldout552-kit.js';

/**
 * Held-out batch 552, file b2: a results report on a local cue sports newsletter run on Ghost with the Casper theme (feature
 * image with caption, results and standings tables in HTML cards, read-more cards, the member sign-up box).
 */
const hTitle = 'Anchor Inn clinch the Division One title on the final night';
const hDek = 'A 6–3 win at the Bell Hotel settles a three-way race, while Kestrel Social Club go up from Division Two unbeaten.';
const hP1 = [
  j(
    'Anchor Inn needed five frames at the Bell Hotel on Wednesday to be sure of the title, and they got there with the doubles',
    'still to play. Lee Farrant cleared from his second visit in the seventh frame, and the celebrations started before the black',
    'had stopped rolling.',
  ),
  j(
    'It was the closest finish in the league for years. Going into the last night, Anchor Inn, the Bell Hotel and Quayside Cons',
    'were separated by three points, and each of them could still have finished first.',
  ),
  j(
    'The Bell made the stronger start. Carys Whitlow beat Ray Penhale on the first black, and Dan Ostler made it 2–0 with a',
    'break-and-dish that drew applause from both benches. From there, though, the visitors won six of the next seven frames.',
  ),
  j(
    '“We’ve been second twice in three years, so this one means a lot,” said Farrant. “The Bell are a tough side at home and we',
    'knew we had to be patient.”',
  ),
];
const hRes1 = [
  ['Bell Hotel', '3–6', 'Anchor Inn'],
  ['Quayside Cons', '5–4', 'Ferry Road WMC'],
  ['Lantern Bar', '4–5', 'Harbour Lights'],
  ['Rope Walk', '6–3', 'Gull &amp; Kittiwake'],
];
const hP2 = [
  j(
    'Quayside Cons beat Ferry Road 5–4 but finished third on frame difference, one frame behind the Bell. Their captain, Mel Trago,',
    'took the positives: “We were bottom at Christmas. Third is a fair return.”',
  ),
];
const hStand = [
  ['1', 'Anchor Inn', '18', '104', '46'],
  ['2', 'Bell Hotel', '18', '98', '43'],
  ['3', 'Quayside Cons', '18', '97', '43'],
  ['4', 'Harbour Lights', '18', '85', '36'],
];
const hP3 = [
  j(
    'In Division Two, Kestrel Social Club finished the season unbeaten after a 7–2 win over the Ship. They were promoted weeks ago,',
    'but the last result makes them the first team in the division to go through a season without a defeat since 2016.',
  ),
  'The Ship also go up, as runners-up, after Mariners lost 5–4 at home to Pier Street.',
];
const hP4 = [
  j(
    'The season is not over yet. The singles finals are at the Harbour Lights on Saturday 22 March, with the team knockout cup',
    'final the following week. Presentation night is at the Masonic Hall on Saturday 12 April, and tickets are £12 from any',
    'team captain.',
  ),
];
const hHeads = ['Final night results', 'Division One final table (top four)', 'Division Two', 'Finals and presentation night'];
const hNav = ['Home', 'Results', 'Fixtures', 'About'];
const hCards = [
  ['Quayside Cons keep title hopes alive with late comeback', 'Three frames down with four to play, the Cons found a way.', 'Mar 7, 2025', '3 min read'],
  ['Kestrel Social Club seal promotion with four games to spare', 'A club in its first season makes it look easy.', 'Feb 28, 2025', '2 min read'],
  ['Singles finals draw made at the Harbour Lights', 'Sixteen players, one table and a long Saturday.', 'Feb 21, 2025', '2 min read'],
];
const hCaption = 'Anchor Inn captain Lee Farrant lines up the winning black. Photo: Tom Ashby';
const hCard = (c: readonly string[]): string => `<article class="post-card post"><a class="post-card-image-link" href="/${c[0]
  ?.toLowerCase()
  .replace(/[^a-z]+/g, '-')}/"><img class="post-card-image" src="/content/images/size/w600/2025/03/card.jpg" alt="${c[0]}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Results</span></div><h2 class="post-card-title">${c[0]}</h2></header><div class="post-card-excerpt">${c[1]}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025-03-07">${c[2]}</time><span class="post-card-meta-length">${c[3]}</span>
</footer></div></article>`;
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${hTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://thebreakoff.ghost.io/assets/built/screen.css?v=8c41a3e2f7">
<meta name="description" content="${hDek}"><link rel="canonical" href="https://thebreakoff.ghost.io/anchor-inn-clinch-division-one-title/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-14T22:41:09.000Z">
<meta property="article:tag" content="Results"><meta name="generator" content="Ghost 5.96">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Break-Off"},
"author":{"@type":"Person","name":"Rhian Castell"},"headline":"${hTitle}","datePublished":"2025-03-14T22:41:09.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://thebreakoff.ghost.io/"
data-key="7a1f9c2d4e" data-api="https://thebreakoff.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:2.5rem;}</style></head>
<body class="post-template tag-results is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://thebreakoff.ghost.io">The Break-Off</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(hNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-results">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/results/">Results</a></span></div><h1 class="article-title">${hTitle}</h1><p class="article-excerpt">${hDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/rhian/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/09/rhian.jpg" alt="Rhian Castell"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/rhian/">Rhian Castell</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-03-14">Mar 14, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2025/03/anchor-final.jpg 600w, /content/images/size/w1200/2025/03/anchor-final.jpg 1200w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2025/03/anchor-final.jpg" alt="Lee Farrant at the table">
<figcaption><span style="white-space: pre-wrap;">${hCaption}</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(hP1)}
<h2 id="final-night-results">${hHeads[0]}</h2>
<!--kg-card-begin: html--><table><thead><tr><th>Home</th><th>Score</th><th>Away</th></tr></thead><tbody>${trs(hRes1)}</tbody></table><!--kg-card-end: html-->
${ps(hP2)}
<h2 id="division-one-final-table-top-four">${hHeads[1]}</h2>
<!--kg-card-begin: html--><table><thead><tr><th>Pos</th><th>Team</th><th>P</th><th>Frames</th><th>Pts</th></tr></thead>
<tbody>${trs(hStand)}</tbody></table><!--kg-card-end: html-->
<h2 id="division-two">${hHeads[2]}</h2>
${ps(hP3)}
<h2 id="finals-and-presentation-night">${hHeads[3]}</h2>
${ps(hP4)}
</section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.19/umd/comments-ui.min.js"
data-ghost-comments="https://thebreakoff.ghost.io/" data-api="https://thebreakoff.ghost.io/ghost/api/content/" data-post-id="67d4b1" crossorigin="anonymous">
</script></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${hCards.map(hCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://thebreakoff.ghost.io">The Break-Off</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="https://thebreakoff.ghost.io/assets/built/casper.js?v=8c41a3e2f7"></script></body></html>`;
const ghostReport: TestPage = tidy({
  name: 'heldout552-ghost-pool-results-report',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: [hDek, ...texts(hP1), ...rowTexts(hRes1), ...hP2, ...rowTexts(hStand), ...hP3, ...hP4],
  bylines: ['Rhian Castell', 'Mar 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Break-Off', ...hNav, 'Results', 'Sign in', 'Subscribe', '4 min read', hCaption, 'Sign up for more like this.',
    'Enter your email', ...hCards.flat(), 'The Break-Off © 2025', 'Sign up', 'Powered by Ghost',
  ],
});

export const HELDOUT552_B2: readonly TestPage[] = [ghostReport];
