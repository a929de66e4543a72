import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout342-kit.js';

/**
 * Held-out batch 342, file d2: a football predictions listicle on Ghost with the Casper theme (site nav with members buttons,
 * primary tag, excerpt, author byline with date and reading time, feature image caption, numbered h2 sections, a callout card
 * promoting another post, the members sign-up CTA, "Read more" post cards and the footer).
 */
const gTitle = 'Seven predictions for the second half of the Albion League season';
const gExcerpt = ['The winter break is over. Here is how we think the title race, the relegation scrap and the Golden Boot will shake out.'];
const gH = [
  '1. Wexley Rovers will win the title by more than five points',
  '2. Calder Town will stay up on the final day',
  '3. Jonah Pettifer will not win the Golden Boot',
  '4. Port Sellin will change manager before April',
  '5. Dunmore City will finish in the top four',
  '6. A goalkeeper will be player of the season',
  '7. The play-off final will go to penalties',
];
const gP = [
  [
    j(
      'Wexley have the easiest run-in of the top three, with seven of their last twelve games at home, and a squad that has barely',
      'changed since August. Their closest rivals have to play each other twice in March, which should help them pull clear.',
    ),
  ],
  [
    j(
      'Iona Reddaway has turned Calder into the hardest side in the league to score against away from home. They will not win many,',
      'but draws add up, and the teams around them are leaking goals.',
    ),
  ],
  [
    j(
      'Pettifer leads the scoring charts with 14, but his suspension and a tough March fixture list leave room for Wexley&#39;s',
      'Marek Ilinca, two goals behind and taking every penalty.',
    ),
  ],
  [j('One win in ten, a striker injured and a board that has already sacked two managers in three seasons. We would love to be wrong', 'about this one.')],
  [
    j(
      'Dunmore&#39;s underlying numbers are far better than their eighth place suggests. They create more chances than anyone outside the',
      'top two and have been unlucky in front of goal; that rarely lasts for a whole season.',
    ),
  ],
  [
    j(
      'Tomas Brandlin has been the best player in the division by a distance. If Wexley win the title, it will be because of the',
      'points he has saved them as much as the goals they have scored.',
    ),
  ],
  [
    j(
      'A bold one to finish. Three of the last five play-off finals have been level after extra time, and the sides likely to get',
      'there are both built to defend. Bring a cushion.',
    ),
    'Agree or disagree? We will check back on every one of these in May, and we will own the misses.',
  ],
];
const gNav = ['Home', 'Predictions', 'Tactics', 'Podcast', 'About'];
const gMore = ['Why Dunmore City are the best team nobody is talking about', 'The January transfer window, ranked', 'Our half-season awards'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7a1c2e0b3f"><meta name="description" content="${gExcerpt[0]}">
<link rel="canonical" href="https://halfwayline.example/seven-predictions-second-half/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Halfway Line"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-01-09T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Halfway Line"},
"author":{"@type":"Person","name":"Rosa Quenby"},"headline":"${gTitle}","datePublished":"2026-01-09T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js"
data-ghost="https://halfwayline.example/"
data-key="4b1f9a" data-api="https://halfwayline.example/ghost/api/content/" crossorigin="anonymous"></script></head>
<body class="post-template tag-predictions tag-albion-league is-head-left-logo has-cover">
<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://halfwayline.example">The Halfway Line</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-predictions tag-albion-league">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/predictions/">Predictions</a></span></div>
<h1 class="article-title">${gTitle}</h1>
<p class="article-excerpt">${gExcerpt[0]}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/rosa/" class="author-avatar author-profile-image"><img src="/content/images/2025/04/rosa.jpg" alt="Rosa Quenby"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/rosa/">Rosa Quenby</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-01-09">Jan 9, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/01/floodlights.jpg 600w" src="/content/images/2026/01/floodlights.jpg"
alt="Floodlights">
<figcaption><span style="white-space: pre-wrap;">The floodlights at Wexley&#39;s Orchard Road. Photo by Lior Tamsin</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${gH
  .map(
    (t, i) => `<h2 id="p${i + 1}">${t}</h2>
\n${ps(gP[i] ?? [])}${
      i === 3
        ? `\n<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📖</div><div
class="kg-callout-text">Read more: <a href="/dunmore-underlying-numbers/">our deep dive into Dunmore&#39;s expected goals</a></div></div>`
        : ''
    }`,
  )
  .join('\n')}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal=""><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-feed">
${gMore
  .map(
    (t) => `<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="#"><header
class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://halfwayline.example">The Halfway Line</a> © 2026</section>
<nav class="site-footer-nav"><ul>${links(['Sign up', 'Privacy'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=7a1c2e0b3f"></script></body></html>`;
export const ghost: TestPage = {
  name: 'heldout342-ghost-casper-predictions-listicle-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([...gExcerpt, ...gP.flat()]),
  bylines: ['Rosa Quenby', 'Jan 9, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Halfway Line', ...gNav, 'Sign in', 'Subscribe', "The floodlights at Wexley's Orchard Road. Photo by Lior Tamsin",
    "Read more: our deep dive into Dunmore's expected goals", 'Sign up for more like this.', 'Enter your email', ...gMore, 'The Halfway Line © 2026',
    'Sign up', 'Privacy', 'Powered by Ghost',
  ],
};
