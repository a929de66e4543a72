import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, table } from './pages-heldout286-kit.js';

/**
 * Held-out batch 286, file e: a golf leaderboard story on a Ghost blog (Casper theme, gh-content, leaderboard table in the
 * post, members sign-up CTA) and a college athletics news post on a SIDEARM Sports site (Nuxt markup, sport menu, story
 * header with date and sport, related stories, sponsor strip).
 */
const kTitle = 'Three-way tie at the top as wind batters Gullane Heath after round two';
const kBody = [
  j(
    'A gusting westerly turned the second round of the Coastal Links Championship into a test of patience on Friday, and three',
    'players finished it tied for the lead at four under par: Rhys Madigan, Tomas Eklund and the amateur Finn Oyelaran.',
  ),
  j(
    'The scoring average rose by almost three shots from Thursday. Only seven players broke par, and the cut fell at six over,',
    'the highest at this event since it moved to Gullane Heath in 2011.',
  ),
  j(
    'Madigan’s 69 was the round of the afternoon wave. He holed from 40 feet for birdie at the 16th, the hardest hole on the course',
    'on Friday, and got up and down from a bunker at the last to stay level with the morning leaders.',
  ),
  j(
    '“You just have to accept that you will hit good shots that finish in bad places,” he said. “I kept the ball low, took my',
    'medicine a couple of times and did not make a double. On a day like this that feels like a 65.”',
  ),
  j(
    'Oyelaran, a 20-year-old student, is trying to become the first amateur to win the championship. He bogeyed two of his first',
    'four holes before steadying with birdies at the 7th and 11th.',
  ),
  j('The forecast for Saturday is calmer, which could bring a crowd of players back into contention. Eleven of them are within', 'three shots of the lead.'),
];
const kHeads = ['The leaderboard', 'Madigan stays patient', 'An amateur in the mix'];
const board = table(
  ['Pos', 'Player', 'To par', 'R1', 'R2'],
  [
    ['T1', 'Rhys Madigan', '-4', '69', '69'],
    ['T1', 'Tomas Eklund', '-4', '66', '72'],
    ['T1', 'Finn Oyelaran (a)', '-4', '67', '71'],
    ['4', 'Declan Moss', '-3', '70', '69'],
  ],
  'leaderboard',
);
const kNav = ['Home', 'Tours', 'Majors', 'Equipment', 'About'];
const kRead = ['Round one: Eklund sets the pace with a bogey-free 66', 'Gullane Heath, hole by hole'];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${kTitle}</title><meta name="generator" content="Ghost 5.82">
<meta property="og:site_name" content="The Back Nine"><meta property="og:type" content="article"><meta property="article:tag" content="Round reports">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Back Nine"},
"author":{"@type":"Person","name":"Cormac Dunleavy"},"headline":"${kTitle}","datePublished":"2026-07-10T19:02:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://thebacknine.example/"></script></head>
<body class="post-template tag-round-reports is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">The Back Nine</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(kNav)}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-round-reports">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/round-reports/">Round reports</a></span></div><h1 class="article-title">${kTitle}</h1>
<div class="article-byline"><div class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name">
<a href="/author/cormac/">Cormac Dunleavy</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-07-10">Jul 10, 2026</time>
<span class="byline-reading-time"><span class="bull">•</span> 3 min read</span></div></div></div></div>
<figure class="article-image"><img src="/content/images/2026/07/heath.jpg" alt=""><figcaption>Flags stand stiff on the 16th green during the second
round.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(kBody.slice(0, 2))}
<h2 id="the-leaderboard">${kHeads[0]}</h2>
${board}
<h2 id="madigan-stays-patient">${kHeads[1]}</h2>
${ps(kBody.slice(2, 3))}
<blockquote>${kBody[3]}</blockquote>
<h2 id="an-amateur-in-the-mix">${kHeads[2]}</h2>
${ps(kBody.slice(4))}
<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content"><h2>This post is for subscribers on the Caddie tier</h2>
<a class="gh-btn" href="#/portal/signup">Subscribe now</a></div></aside></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal">Enter your email</a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2>Read more</h2>${kRead
  .map((r) => `<article class="post-card"><h3 class="post-card-title">${r}</h3></article>`)
  .join('')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">The Back Nine</a> © 2026</section>
<nav class="site-footer-nav"><ul>${links(['Sign up', 'Contact'])}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.example/">Powered by Ghost</a></div>
</div></footer></div></body></html>`;
const ghost: TestPage = {
  name: 'heldout286-ghost-casper-golf-leaderboard',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: texts(kBody),
  bylines: ['Cormac Dunleavy', 'Jul 10, 2026', '• 3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Back Nine', ...kNav, 'Sign in', 'Subscribe', 'Round reports', 'Flags stand stiff on the 16th green during the second round.',
    'This post is for subscribers on the Caddie tier', 'Subscribe now', 'Sign up for more like this.', 'Enter your email', 'Read more', ...kRead,
    'Sign up', 'Contact', 'Powered by Ghost',
  ],
};

const mTitle = 'Owls sweep Kestrel Bay to clinch share of conference title';
const mBody = [
  j(
    'ALDRIDGE, Ohio – The Marrowfield University women’s volleyball team beat Kestrel Bay 25-21, 25-18, 25-23 on Saturday night in',
    'front of 2,114 fans at Hollins Arena to secure at least a share of the Mid-Plains Conference regular-season title.',
  ),
  j(
    'Senior outside hitter Dana Kowalczyk led the Owls with 14 kills on a .387 hitting percentage, and sophomore setter Priya',
    'Haldane handed out 36 assists. Marrowfield (22-5, 14-1 MPC) has now won 11 matches in a row.',
  ),
  j(
    'The Owls trailed 19-16 in the third set before a 7-1 run, started by two Kowalczyk kills and an ace from libero Jess Arnott,',
    'put them in front for good.',
  ),
  j(
    '“This group has been so consistent,” head coach Lorraine Bexley said. “We talked all week about not looking ahead, and',
    'they played a complete match against a team that has given us trouble for years.”',
  ),
  'Kowalczyk recorded her 1,000th career kill in the second set, becoming the 12th player in program history to reach the mark.',
  'Marrowfield held Kestrel Bay to a .118 hitting percentage, its lowest of the season.',
  'The Owls have not dropped a set at home since Sept. 20.',
  j(
    'Marrowfield closes the regular season on Friday at Dunmore State. A win would give the Owls the outright title and the top',
    'seed for the conference tournament.',
  ),
];
const mHeads = ['Notes', 'Up Next'];
const mSports = ['Baseball', 'Basketball', 'Football', 'Soccer', 'Volleyball', 'Track & Field'];
const mTop = ['Schedule', 'Roster', 'News', 'Tickets', 'Camps', 'Donate'];
const mRel = ['Kowalczyk named MPC Offensive Player of the Week', 'Owls outlast Pine Ridge in five-set thriller'];
const mHtml = `<!DOCTYPE html><html lang="en" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D"><head><meta charset="utf-8">
<title>Owls sweep Kestrel Bay to clinch share of conference title - Marrowfield University Athletics</title>
<meta data-n-head="ssr" name="description" content="Kowalczyk leads with 14 kills as Marrowfield wins its 11th straight.">
<meta data-n-head="ssr" property="og:type" content="article"><link rel="preload" href="/_nuxt/2f91c4e.js" as="script">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"datePublished":"2026-11-08T22:40:00Z"}</script>
</head><body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="sidearm-app">
<a href="#main-content" class="s-skip-link">Skip To Main Content</a>
<header class="s-header"><a href="/" class="s-header__logo"><span class="sr-only">Marrowfield University Athletics</span></a>
<nav class="s-navigation" aria-label="Main Navigation"><button class="s-navigation__toggle">Sports</button>
<ul class="s-navigation__menu">${links(mSports, 's-navigation__menu-item')}</ul><ul class="s-navigation__utility">${links(mTop)}</ul></nav></header>
<main id="main-content" class="s-main"><article class="sidearm-story-template"><div class="s-story-header">
<span class="s-text-overline s-story-header__sport"><a href="/sports/womens-volleyball">Women's Volleyball</a></span>
<h1 class="s-story-header__title s-text-heading-large">${mTitle}</h1>
<div class="s-story-header__meta"><span class="s-text-details">11/8/2026 5:40:00 PM</span><span class="s-text-details"> | </span>
<span class="s-text-details">Story By: Athletic Communications</span></div>
<div class="s-share"><span class="s-share__label">Share:</span><a href="#" class="s-share__facebook">Facebook</a><a href="#" class="s-share__x">X</a>
<a href="#" class="s-share__email">Email</a></div></div>
<figure class="s-story-image"><img src="/images/2026/11/8/kowalczyk.jpg" alt="Dana Kowalczyk"><figcaption class="s-text-details">Dana Kowalczyk goes up for
a kill in the second set.</figcaption></figure>
<div class="s-story-quick-links"><a href="/boxscore.aspx?id=9121">Box Score</a><a href="/sports/womens-volleyball/schedule">Schedule</a></div>
<div class="s-story-body s-text-paragraph">
${ps(mBody.slice(0, 4))}
<h3>${mHeads[0]}</h3>
<ul>${mBody
  .slice(4, 7)
  .map((n) => `<li>${n}</li>`)
  .join('')}</ul>
<h3>${mHeads[1]}</h3>
${ps(mBody.slice(7))}
<p><strong>#OwlsUp</strong></p></div></article>
<section class="s-related-stories"><h2 class="s-text-heading-medium">Related Stories</h2><ul>${links(mRel, 's-related-stories__item')}</ul></section>
<section class="s-sponsors"><span class="s-sponsors__title">Thank You To Our Sponsors</span><a href="#">Aldridge Credit Union</a></section></main>
<footer class="s-footer"><p>© 2026 Marrowfield University Athletics</p><a href="https://sidearmsports.example"
class="s-footer__powered">Powered by SIDEARM Sports</a>
<a href="/privacy">Privacy Policy</a><a href="/accessibility">Accessibility</a></footer></div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{story:{id:21455,title:a,sport:b}}]}}("Owls sweep","wvball"));</script>
<script src="/_nuxt/2f91c4e.js" defer></script></body></html>`;
const sidearm: TestPage = {
  name: 'heldout286-sidearm-nuxt-athletics-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts(mBody),
  bylines: ['11/8/2026 5:40:00 PM', 'Story By: Athletic Communications'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip To Main Content', 'Marrowfield University Athletics', 'Sports', ...mSports, ...mTop.filter((t) => t !== 'Schedule'), "Women's Volleyball",
    'Share:', 'Facebook', 'Email', 'Dana Kowalczyk goes up for a kill in the second set.', 'Box Score', 'Schedule', '#OwlsUp', 'Related Stories', ...mRel,
    'Thank You To Our Sponsors', 'Aldridge Credit Union', '© 2026 Marrowfield University Athletics', 'Powered by SIDEARM Sports', 'Privacy Policy',
    'Accessibility',
  ],
};

export const HELDOUT286_E: readonly TestPage[] = [ghost, sidearm];
