import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout405-kit.js';

/**
 * Held-out batch 405, file d: a speedrun.com-style leaderboard rules page saved from the Next.js app (__next root,
 * utility classes, game header with platforms and release year, game tabs, category rules as rendered markdown, moderator
 * list, stats box, followers, streams rail, __NEXT_DATA__) and a game studio's dev blog post on Ghost (gh-navigation,
 * gh-article header with tag, byline and reading time, kg-image-card with caption, kg-callout-card, the member sign-up
 * CTA, "Read more" cards, footer "Powered by Ghost").
 */
const rTitle = 'Glimmer Hollow';
const rGeneral = [
  'All runs must be submitted with video. Runs in the top ten must show the full run without cuts, including the final input.',
  'Timing starts on the first frame the file select screen fades out and ends on the final hit on the Hollow King.',
  'Load times are removed. Use the community load remover or submit with in-game time visible on screen.',
  'Emulators are allowed in their own category only. PC runs must use version 1.2.3 or later.',
  'Game audio must be audible. Music may be muted, but runs without any game sound will be rejected.',
];
const rAny = [
  j(
    'Reach the credits as fast as possible. All glitches are allowed except those that modify the game files or memory, and runs must',
    'start from a new save file with default settings.',
  ),
  j(
    'The spike room skip is allowed but not required, and so is the lantern clip in the Sunken Chapel. Runs that use a controller macro',
    'or turbo function will be removed, even if the macro was only used for menuing.',
  ),
];
const rHundred = [
  j(
    'Collect all 48 glimmers, all nine relics and defeat every optional boss before the final fight. The in-game completion screen',
    'must show 100% at the end of the run, and the video must include that screen.',
  ),
  j(
    'Out-of-bounds glitches that skip a collectible are allowed only if the collectible is still obtained later in the run. Save',
    'warping is banned in this category because it resets the relic counters.',
  ),
];
const rVerify = [
  j(
    'Verification usually takes three to seven days. If your run is rejected, the moderator will leave a reason; please fix the issue',
    'and resubmit rather than contacting the moderators directly.',
  ),
  j(
    'For questions about the rules, ask in the Glimmer Hollow community Discord. Rule changes are announced in the forum thread pinned',
    'on the game page and take effect two weeks after the announcement.',
  ),
];
const rHeadings = ['General Rules', 'Any%', '100%', 'Verification'];
const rTabs = ['Leaderboards', 'Guides', 'Resources', 'Forums', 'Streams', 'Rules'];
const rMods = ['lantern_lou', 'MossyMarlow', 'hollowcrow'];
const rStreams = ['pixelheron is running Glimmer Hollow Any%', 'hollowcrow is running Glimmer Hollow 100%'];
const rHtml = `<!DOCTYPE html><html lang="en" class="dark"><head><meta charSet="utf-8"><title>Glimmer Hollow - Rules - speedrun.com</title>
<meta name="description" content="Rules for Glimmer Hollow speedruns: Any%, 100% and general rules."><meta property="og:site_name" content="speedrun.com">
<link rel="preload" href="/_next/static/css/8a1f0c2b.css" as="style"><script src="/_next/static/chunks/webpack-3f2a1b.js" defer=""></script>
<script src="/_next/static/chunks/pages/%5Bgame%5D/rules-9c8b7a.js" defer=""></script></head>
<body><div id="__next"><div class="flex min-h-screen flex-col"><header class="x-header sticky top-0 z-50 w-full bg-panel">
<nav class="flex items-center gap-4 px-4"><a href="/" class="x-logo">speedrun.com</a><a href="/games" class="x-nav-link">Games</a>
<a href="/streams" class="x-nav-link">Live</a><a href="/news" class="x-nav-link">News</a><a href="/forums" class="x-nav-link">Forums</a>
<button type="button" class="x-button">Log in</button><button type="button" class="x-button x-button-primary">Sign up</button></nav></header>
<main class="mx-auto w-full max-w-screen-xl"><div class="x-game-header flex gap-4 p-4"><img src="/static/game/glimmerhollow/cover.png" alt="" class="h-32">
<div class="flex flex-col"><h1 class="text-2xl font-bold">${rTitle}</h1><div class="x-game-meta text-sm text-muted"><span>2021</span>
<span>PC, Switch, PlayStation 5</span></div><button type="button" class="x-button mt-2">Follow</button></div></div>
<nav class="x-tabs flex gap-1 border-b">${rTabs.map((t) => `<a href="/glimmerhollow/${t.toLowerCase()}" class="x-tab">${t}</a>`).join('\n')}</nav>
<div class="grid grid-cols-12 gap-4 p-4"><div class="col-span-12 lg:col-span-9"><div class="x-panel rounded bg-panel p-4">
<div class="x-markdown prose prose-invert max-w-none">
<h2>${rHeadings[0]}</h2><ol>${lis(rGeneral)}</ol>
<h2>${rHeadings[1]}</h2>${ps(rAny)}
<h2>${rHeadings[2]}</h2>${ps(rHundred)}
<h2>${rHeadings[3]}</h2>${ps(rVerify)}
</div><div class="mt-4 text-xs text-muted">Rules last updated <time dateTime="2026-02-20T10:12:00Z">Feb 20, 2026</time> by
<a href="/users/hollowcrow" class="x-username">hollowcrow</a></div></div></div>
<aside class="col-span-12 lg:col-span-3 flex flex-col gap-4"><div class="x-panel p-4"><div class="x-panel-title font-bold">Moderators</div>
<ul>${rMods.map((m) => `<li><a href="/users/${m}" class="x-username">${m}</a></li>`).join('\n')}</ul></div>
<div class="x-panel p-4"><div class="x-panel-title font-bold">Stats</div><dl><dt>Total runs</dt><dd>3,412</dd><dt>Players</dt><dd>689</dd>
<dt>Followers</dt><dd>5,207</dd></dl></div>
<div class="x-panel p-4"><div class="x-panel-title font-bold">Live streams</div><ul>${links(rStreams)}</ul></div></aside></div></main>
<footer class="x-footer border-t p-4 text-sm"><nav><a href="/about">About</a> <a href="/supporter">Supporter</a> <a href="/terms">Terms of use</a>
<a href="/privacy">Privacy policy</a></nav><p>© 2026 Speedrun.com. Game data and artwork belong to their owners.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"gameUrl":"glimmerhollow","tab":"rules"}},"page":"/[game]/rules",
"buildId":"b7c1d2e3f4"}</script></body></html>`;
const speedrun: TestPage = {
  name: 'heldout405-speedrun-rules-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rHeadings,
  body: texts([...rGeneral, ...rAny, ...rHundred, ...rVerify]),
  bylines: ['Rules last updated Feb 20, 2026 by hollowcrow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'speedrun.com', 'Games', 'Live', 'News', 'Log in', 'Sign up', '2021', 'PC, Switch, PlayStation 5', 'Follow', 'Leaderboards', 'Guides',
    'Resources', 'Streams', 'Rules', 'Moderators', 'lantern_lou', 'MossyMarlow', 'Stats', 'Total runs', '3,412', 'Players', '689', 'Followers', '5,207',
    'Live streams', ...rStreams, 'About', 'Supporter', 'Terms of use', 'Privacy policy', '© 2026 Speedrun.com. Game data and artwork belong to their owners.',
  ],
};

const gTitle = 'Devlog #14: Rebuilding the lighting in Saltmarsh';
const gIntro = j(
  'When we showed the first Saltmarsh trailer last spring, the most common comment was about the fog. People loved it. What they did not',
  'see was that the fog was hiding a lighting system that cost us almost half of our frame budget on the Switch.',
);
const gWhy = [
  j(
    'Our original approach baked most of the light into the level textures and added a handful of dynamic lights for lanterns and',
    'campfires. It looked good in screenshots, but it meant that every time a level designer moved a wall, the whole level needed a',
    'forty-minute rebake before anyone could test it.',
  ),
  j(
    'Worse, the dynamic lights did not interact with the baked ones, so a lantern carried into a dark cellar looked flat. The fog was',
    'our way of hiding that seam, and it worked a little too well.',
  ),
];
const gHow = [
  j(
    'The new system uses a coarse grid of light probes that updates over several frames. Each probe stores the light arriving from six',
    'directions, and moving lights only refresh the probes near them. The result is softer, more believable light in small rooms.',
  ),
  'What changed in practice:',
  'Level rebakes went from forty minutes to under two.',
  'Lanterns now light the walls of the room you carry them into, not just the floor.',
  'The Switch version holds 30 frames per second in the marsh village, where it used to dip into the low twenties.',
  j(
    'There are trade-offs. Fast-moving lights, like the flare arrows, can leave a short trail of light behind them while the probes',
    'catch up. We think it reads as a stylistic choice, but we will keep an eye on feedback from the demo.',
  ),
];
const gNext = [
  j(
    'The updated lighting ships in the next demo build at the end of April. We are also bringing the fog back, at least partly,',
    'because it turns out we like it too. This time it is there because it looks nice, not because it is hiding something.',
  ),
  'Thanks for following along, and as always, tell us what you think in the comments or on the Discord.',
];
const gDek = 'Our fog was hiding something. Here is how we replaced it with light probes.';
const gCallout = 'Wishlisting Saltmarsh on Steam really helps a small studio like ours. Thank you!';
const gHeadings = ['Why the old lighting had to go', 'Light probes, slowly', 'What comes next'];
const gNav = ['Home', 'Devlog', 'Press kit', 'Jobs'];
const gMore = ['Devlog #13: Writing a village that remembers you', 'Devlog #12: How we compose music for tides'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle}</title>
<meta name="description" content="How we replaced baked lighting with light probes in Saltmarsh."><link rel="canonical"
href="https://blog.tidewellgames.example/devlog-14-lighting/"><meta property="og:site_name" content="Tidewell Games Devlog">
<meta property="article:published_time" content="2026-03-10T09:00:00.000Z"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Tidewell Games Devlog"},
"author":{"@type":"Person","name":"Noor Vandaele"},"headline":"${gTitle}","datePublished":"2026-03-10T09:00:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://blog.tidewellgames.example/"></script>
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7d1e2f"></head>
<body class="post-template tag-devlog tag-tech has-sans-title"><div class="gh-site">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand">
<a class="gh-navigation-logo is-title" href="/">Tidewell Games</a></div><nav class="gh-navigation-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-navigation-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-devlog tag-tech"><header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="/tag/devlog/">Devlog</a><h1 class="gh-article-title is-title">${gTitle}</h1>
<p class="gh-article-excerpt is-body">${gDek}</p>
<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="/author/noor/">
<img src="/content/images/noor.jpg" alt="Noor Vandaele"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/noor/">Noor Vandaele</a></h4>
<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2026-03-10">Mar 10, 2026</time>
<span class="gh-article-meta-length"><span class="bull">—</span> 4 min read</span></div></div></div>
<figure class="gh-article-image"><img src="/content/images/2026/03/saltmarsh-lanterns.jpg" alt="Lanterns in the marsh village">
<figcaption>The marsh village at dusk, lit only by carried lanterns.</figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
<p>${gIntro}</p>
<h2 id="why-the-old-lighting-had-to-go">${gHeadings[0]}</h2>
${ps(gWhy)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/03/before-after.jpg" class="kg-image" alt="" loading="lazy">
<figcaption><span style="white-space: pre-wrap;">Before and after: the same cellar with the old and the new lighting.</span></figcaption></figure>
<h2 id="light-probes-slowly">${gHeadings[1]}</h2>
${ps(gHow.slice(0, 2))}
<ul>${lis(gHow.slice(2, 5))}</ul>
${ps(gHow.slice(5))}
<h2 id="what-comes-next">${gHeadings[2]}</h2>
${ps(gNext)}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">🌊</div><div class="kg-callout-text">${gCallout}</div></div>
</section></article>
<section class="gh-cta gh-outer"><div class="gh-cta-inner"><h2 class="gh-cta-title">Get the devlog by email</h2>
<p class="gh-cta-description">One post a month about how Saltmarsh is made. No spam.</p><a class="gh-button" href="#/portal/signup">Subscribe now</a></div>
</section><aside class="gh-readmore gh-outer"><div class="gh-readmore-inner gh-inner"><h2 class="gh-container-title">Read more</h2>
<div class="gh-feed">${gMore
  .map(
    (m) => `<article class="gh-card post"><a class="gh-card-link" href="/x/"><h3 class="gh-card-title">${m}</h3></a>
</article>`,
  )
  .join('\n')}
</div></div></aside></main>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">Tidewell Games</span>
<nav class="gh-footer-menu"><ul class="nav"><li><a href="/privacy/">Privacy</a></li><li><a href="/rss/">RSS</a></li></ul></nav>
<div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div></div></footer></div>
<script src="/assets/built/source.js?v=7d1e2f"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout405-ghost-devlog-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeadings,
  body: texts([gDek, gIntro, ...gWhy, ...gHow, ...gNext]),
  bylines: ['Noor Vandaele', 'Mar 10, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tidewell Games', ...gNav, 'Sign in', 'Subscribe',
    'The marsh village at dusk, lit only by carried lanterns.', 'Before and after: the same cellar with the old and the new lighting.', gCallout,
    'Get the devlog by email', 'One post a month about how Saltmarsh is made. No spam.', 'Subscribe now', 'Read more', ...gMore, 'Privacy', 'RSS',
    'Powered by Ghost',
  ],
};

export const HELDOUT405_D: readonly TestPage[] = [speedrun, ghost];
