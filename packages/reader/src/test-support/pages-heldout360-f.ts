import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout360-kit.js';

/**
 * Held-out batch 360, file f: a game's patch notes on a Gatsby site with styled-components classes (site header with the
 * "Play for free" button, category tag, author and date, the patch-change blocks with context quotes and a balance table,
 * share buttons, "More news" cards, the age-rating footer and a cookie banner) and a router's firmware release notes on a
 * Zendesk Help Center with the Copenhagen theme (header, breadcrumbs, "Articles in this section" sidebar, author meta, the
 * share list, article votes, "Have more questions?", related articles, comments and the "Powered by Zendesk" footer).
 */
const gmTitle = 'Patch 14.6 Notes';
const gmIntro = [
  j(
    'Welcome to patch 14.6! This one is mostly about the Marsh Wardens, who have been winning too many of the long games, and about',
    'making the new siege maps less punishing for the defending side in the first ten turns.',
  ),
];
const gmWardenCtx = j(
  'Marsh Wardens win 58% of matches that last past turn 25 at every rank. We are taking a little power out of their late game without',
  'touching their early turns.',
);
const gmWarden = [
  '<strong>Bog Totem healing:</strong> 6 per turn ⇒ 4 per turn',
  '<strong>Reed Archer range:</strong> 5 tiles ⇒ 4 tiles after turn 20',
  '<strong>Sunken Causeway:</strong> cost 120 timber ⇒ 140 timber',
];
const gmSiegeCtx = 'Defenders on Gallowmere and Saltcrag were losing their outer walls before they could build a second tower.';
const gmSiege = [
  'Outer walls on siege maps start with 20% more health.',
  'Attacking rams cannot be built before turn 6.',
  'The defender’s first watchtower is free on both maps.',
];
const gmTable: readonly [string, string, string][] = [
  ['Marsh Wardens', '54.1%', 'Nerfed'],
  ['Crown of Ashfield', '47.8%', 'Buffed'],
  ['Tidebound Clans', '50.3%', 'Unchanged'],
];
const gmBugs = [
  'Fixed a bug where units ordered to hold position would still chase a retreating cavalry unit.',
  'Fixed the replay viewer skipping the last turn of a match that ended in surrender.',
  'The “Undo move” button no longer appears in ranked matches after the turn timer runs out.',
  'Fixed a crash when a spectator joined a match while a siege animation was playing.',
];
const gmQol = [
  j(
    'The turn timer now flashes during the last ten seconds, and a soft chime plays if the game window is in the background. You can',
    'turn the chime off under Settings › Audio.',
  ),
  'Hovering over a tile shows the movement cost for the selected unit, including penalties from marsh and snow.',
  'Custom lobbies can be set to private, so only players with the invite link can see them in the lobby browser.',
];
const gmAsh = ['<strong>Ember Levy:</strong> training time 3 turns ⇒ 2 turns', '<strong>Granary upkeep:</strong> 10 grain ⇒ 8 grain'];
const gmNav = ['Game Info', 'News', 'Patch Notes', 'Media', 'Esports', 'Support'];
const gmMore = ['Dev diary: why siege maps changed', 'Season 9 ranked rewards revealed', 'Patch 14.5 Notes'];
const gmFoot = ['Privacy Notice', 'Terms of Service', 'Cookie Preferences', 'Player Support'];
const block = (title: string, ctx: string, items: readonly string[]): string => `<div class="patch-change-block white-stone accent-before"><div>
<h3 class="change-title" id="patch-${title.length}">${title}</h3>
${ctx === '' ? '' : `<blockquote class="blockquote context"><p>${ctx}</p></blockquote>`}
<ul>${items.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div>`;
const gmHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="x-ua-compatible" content="ie=edge"><meta name="generator" content="Gatsby 5.13.7">
<title data-react-helmet="true">${gmTitle} – Ironvale Tactics</title><meta data-react-helmet="true" name="description"
content="Marsh Wardens nerfs and siege map changes.">
<meta data-react-helmet="true" property="og:type" content="article"><meta data-react-helmet="true" property="article:published_time"
content="2026-03-17T17:00:00Z">
<style data-styled="" data-styled-version="5.3.11">.style__Wrapper-sc-1ynvx8h-0{display:flex}.style__Title-sc-1ynvx8h-1{font-size:4rem}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gmTitle}","author":[{"@type":"Person",
"name":"Sunniva Aarhus"}],"datePublished":"2026-03-17"}</script></head>
<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<div class="osano-cm-window"><div class="osano-cm-dialog osano-cm-dialog--position_bottom" role="dialog" aria-label="Cookie Consent Banner">
<span class="osano-cm-content__message">This website stores data such as cookies to enable site functionality, analytics and personalisation.</span>
<button class="osano-cm-accept-all osano-cm-buttons__button">Accept All</button><button class="osano-cm-denyAll
osano-cm-buttons__button">Deny</button></div></div>
<header class="style__Header-sc-9k1lq2-0 gHnBbE" data-testid="riotbar"><a href="/en-gb/" class="style__Logo-sc-9k1lq2-1 kSfDqW"
aria-label="Ironvale Tactics home"></a>
<nav class="style__Nav-sc-9k1lq2-2 bTTnYm"><ul>${links(gmNav, 'style__NavItem-sc-9k1lq2-3 fVZxpL')}</ul></nav>
<a href="/en-gb/download/" class="style__PlayButton-sc-9k1lq2-4 jjqOQz" data-testid="riotbar:cta">Play for free</a></header>
<main><section class="style__Wrapper-sc-1ynvx8h-0 dPIWjd" data-testid="article-hero"><div class="style__Info-sc-1ynvx8h-2 cXTrUh">
<a href="/en-gb/news/game-updates/" class="style__Category-sc-1ynvx8h-3 kZPLwq" data-testid="category">Game Updates</a>
<h1 class="style__Title-sc-1ynvx8h-1 ekmdtL" data-testid="title">${gmTitle}</h1>
<div class="style__Meta-sc-1ynvx8h-4 iNbTQG"><time datetime="2026-03-17T17:00:00.000Z" data-testid="published-date">17/03/2026</time>
<span class="style__Authors-sc-1ynvx8h-5 hGNMzz" data-testid="authors">Sunniva Aarhus, Dmitri Oyelaran</span></div></div></section>
<section class="style__Content-sc-dt2gzy-0 hlTQUD"><div id="patch-notes-container" class="style__RichText-sc-dt2gzy-1 bHkKcP">
<blockquote class="blockquote context"><p>${gmIntro[0] ?? ''}</p></blockquote>
<h2 id="patch-factions">Faction changes</h2>
<div class="content-border">${block('Marsh Wardens', gmWardenCtx, gmWarden)}</div>
<div class="content-border">${block('Crown of Ashfield', '', gmAsh)}</div>
<h2 id="patch-winrates">Win rates after the hotfix</h2>
<table class="style__Table-sc-dt2gzy-3"><thead><tr><th>Faction</th><th>Win rate</th><th>This patch</th></tr></thead>
<tbody>${gmTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2 id="patch-siege">Siege maps</h2>
<div class="content-border">${block('Gallowmere and Saltcrag', gmSiegeCtx, gmSiege)}</div>
<h2 id="patch-qol">Quality of life</h2>
<ul>${gmQol.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="patch-bugfixes">Bug fixes</h2>
<ul>${gmBugs.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div>
<div class="style__Share-sc-dt2gzy-2 cCMeUW" data-testid="share"><span>Share</span><a href="#" aria-label="Share on X">Share on X</a>
<a href="#" aria-label="Share on Facebook">Share on Facebook</a><button>Copy link</button></div></section>
<section class="style__More-sc-1ef5xq0-0 fNdoJU"><h2 class="style__MoreTitle-sc-1ef5xq0-1">More news</h2><ul>${gmMore
  .map(
    (t) => `<li class="style__Card-sc-1ef5xq0-2"><a href="/en-gb/news/${t.length}/"><span class="style__CardCategory-sc-1ef5xq0-3">Game Updates</span>
<h3 class="style__CardTitle-sc-1ef5xq0-4">${t}</h3></a></li>`,
  )
  .join('\n')}</ul></section></main>
<footer class="style__Footer-sc-1p5m0yi-0 dYxTCa"><div class="style__Rating-sc-1p5m0yi-1">PEGI 12 — Mild violence, in-game purchases</div>
<ul>${links(gmFoot, 'style__FooterLink-sc-1p5m0yi-2')}</ul>
<p>© 2026 Brightmoor Games Ltd. Ironvale Tactics and all related logos are trademarks of Brightmoor Games Ltd.</p></footer></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/en-gb/news/game-updates/patch-14-6-notes/";/*]]>*/</script>
<script src="/webpack-runtime-8f3e2b1c4d.js" async></script></body></html>`;
const patchNotes: TestPage = {
  name: 'heldout360-gatsby-game-patch-notes-news',
  kind: 'news',
  html: gmHtml,
  title: gmTitle,
  headings: [
    'Faction changes',
    'Marsh Wardens',
    'Crown of Ashfield',
    'Win rates after the hotfix',
    'Siege maps',
    'Gallowmere and Saltcrag',
    'Quality of life',
    'Bug fixes',
  ],
  body: texts([...gmIntro, gmWardenCtx, ...gmWarden, ...gmAsh, ...gmTable.flat(), gmSiegeCtx, ...gmSiege, ...gmQol, ...gmBugs]),
  bylines: ['17/03/2026', 'Sunniva Aarhus, Dmitri Oyelaran'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website stores data such as cookies to enable site functionality, analytics and personalisation.', 'Accept All', 'Deny', ...gmNav,
    'Play for free', 'Game Updates', 'Share on X', 'Share on Facebook', 'Copy link', 'More news', ...gmMore,
    'PEGI 12 — Mild violence, in-game purchases', ...gmFoot,
    '© 2026 Brightmoor Games Ltd. Ironvale Tactics and all related logos are trademarks of Brightmoor Games Ltd.',
  ],
};

const zdTitle = 'Firmware 3.2.14 release notes for Halyard HX-600 and HX-620';
const zdIntro = [
  j(
    'Firmware 3.2.14 is a maintenance release for the HX-600 and HX-620 mesh routers. It fixes a number of stability problems reported',
    'since 3.2.11 and closes two security issues. We recommend that all customers install it.',
  ),
];
const zdModels: readonly [string, string, string][] = [
  ['HX-600', '3.2.14', 'HX600_v3.2.14_20260226.bin'],
  ['HX-620', '3.2.14', 'HX620_v3.2.14_20260226.bin'],
  ['HX-600 satellite (HS-60)', '3.2.14', 'Installed automatically by the main router'],
];
const zdSec = [
  'Fixed an issue where the web interface could be reached from the guest network when guest isolation was switched on.',
  'Replaced the bundled TLS library with a patched version to close a denial-of-service issue in certificate parsing.',
];
const zdFix = [
  'Satellites no longer drop off the mesh for several minutes after a 5 GHz channel change caused by radar detection.',
  'Fixed random reboots on the HX-620 when more than 80 devices were connected at the same time.',
  'The parental controls schedule now follows daylight saving time changes correctly.',
  'Port forwarding rules with a range of ports are kept after a firmware update.',
  'The speed test in the app no longer reports half the real upload speed on connections faster than 500 Mbit/s.',
  'Devices that were given a fixed IP address keep it when they move between the main router and a satellite.',
];
const zdKnown = [
  j(
    'After updating, some older smart plugs that only support WPA2 may need to be reconnected once. If a device cannot join, turn',
    'off <strong>WPA3 transition mode</strong> under Wireless › Security, reconnect the device and turn it back on.',
  ),
];
const zdHow = [
  j(
    'Routers with automatic updates switched on will install 3.2.14 during the night over the next two weeks. To install it now,',
    'open the Halyard app, tap <strong>Settings › Firmware</strong> and choose <strong>Check for updates</strong>. The update takes about',
    'eight minutes and the network will be unavailable while the router restarts.',
  ),
  'Do not unplug the router while the light is flashing amber.',
];
const zdSide = ['Firmware 3.2.14 release notes for Halyard HX-600 and HX-620', 'Firmware 3.2.11 release notes', 'Firmware update schedule'];
const zdRelated = ['How to update my router manually', 'My satellite shows a red light after an update', 'Turning automatic updates on or off'];
const zdComment = 'Installed on two HX-620s last night, no more reboots so far. Thanks!';
const zdHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><title>${zdTitle} – Halyard Support</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta name="csrf-param" content="authenticity_token">
<meta property="og:type" content="website"><meta property="og:title" content="${zdTitle}"><link rel="canonical"
href="https://support.halyard.example/hc/en-gb/articles/36011842">
<link rel="stylesheet" media="all" href="//static.zdassets.example/hc/assets/application-2b4e6f.css">
<script>window.HelpCenter={};HelpCenter.account={"subdomain":"halyard"};HelpCenter.user={"role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="https://theme.zdassets.example/theme_assets/logo.png"
alt="Halyard Support Help Centre home page"></a>
</div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialogue" role="button" href="/hc/en-gb/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav class="breadcrumbs" aria-label="Breadcrumbs">
<ol class="breadcrumbs"><li title="Halyard Support"><a href="/hc/en-gb">Halyard Support</a></li><li title="Firmware and updates"><a
href="/hc/en-gb/categories/71">Firmware and updates</a></li>
<li title="Release notes"><a href="/hc/en-gb/sections/702">Release notes</a></li></ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-gb/search"><input type="search" name="query" placeholder="Search"
aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<ul>${links(zdSide, 'sidenav-item')}</ul><a href="/hc/en-gb/sections/702" class="article-sidebar-item">See more</a></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zdTitle}" class="article-title">${zdTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://halyard.zendesk.example/system/photos/agent.png" alt=""
class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/41-Tomasz-Rinaldi">Tomasz Rinaldi</a><ul class="meta-group"><li class="meta-data">
<time datetime="2026-02-26T09:12:40Z" title="2026-02-26 09:12" data-datetime="relative">26 February 2026 09:12</time></li>
<li class="meta-data">Updated</li></ul></div></div>
<div class="article-subscribe"><button class="button" rel="nofollow" role="button" data-auth-action="signin">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zdIntro)}
<h2>Supported models</h2>
<table style="border-collapse:collapse;width:100%"><thead><tr><th>Model</th><th>Version</th><th>File</th></tr></thead>
<tbody>${zdModels.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2>Security fixes</h2><ul>${zdSec.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>Other fixes</h2><ul>${zdFix.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>Known issues</h2>${ps(zdKnown)}
<h2>How to update</h2>${ps(zdHow)}
</div>
<div class="article-attachments"><ul class="attachments"><li class="attachment-item"><a href="/hc/en-gb/article_attachments/99/HX600_checksums.txt"
class="attachment-item-link">HX600_checksums.txt</a><div class="attachment-meta"><span class="attachment-meta-item">1
KB</span></div></li></ul></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.example/share.php?title=firmware"
class="share-facebook">Facebook</a></li><li><a href="https://twitter.example/share?lang=en" class="share-twitter">X Corp</a></li>
<li><a href="https://www.linkedin.example/shareArticle" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up">Yes</button>
<button type="button" class="button article-vote article-vote-down">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">37 out of 41 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zdRelated, 'related-articles-item')}</ul></section></div>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">1 comment</p></header><ul id="comments" class="comment-list"><li id="community_comment_412" class="comment">
<div class="comment-author"><div class="comment-meta"><span title="Aoife Brennan-Kato"><a href="/hc/en-gb/profiles/977">Aoife Brennan-Kato</a></span>
<ul class="meta-group"><li class="meta-data"><time datetime="2026-03-01T20:44:10Z">1 March 2026 20:44</time></li></ul></div></div>
<section class="comment-body"><p>${zdComment}</p></section></li></ul>
<p class="comment-callout">Please <a data-auth-action="signin" rel="nofollow" href="/hc/en-gb/signin">sign in</a> to leave a comment.</p></section></div>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Halyard Support</a>
<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (GB)</button></div>
<div class="powered-by-zendesk"><a href="https://www.zendesk.example/service/help-center/">Powered by Zendesk</a></div></div></footer>
<script src="//static.zdassets.example/hc/assets/en-gb.7a1b.js"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout360-zendesk-copenhagen-firmware-release-notes-docs',
  kind: 'docs',
  html: zdHtml,
  title: zdTitle,
  headings: ['Supported models', 'Security fixes', 'Other fixes', 'Known issues', 'How to update'],
  body: texts([...zdIntro, ...zdModels.flat(), ...zdSec, ...zdFix, ...zdKnown, ...zdHow]),
  bylines: ['Tomasz Rinaldi', '26 February 2026 09:12', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Halyard Support', 'Firmware and updates', 'Release notes', 'Articles in this section',
    ...zdSide.slice(1), 'See more', 'Follow', 'HX600_checksums.txt', '1 KB', 'Facebook', 'X Corp', 'LinkedIn', 'Was this article helpful?', 'Yes',
    '37 out of 41 found this helpful', 'Have more questions? Submit a request', 'Return to top', 'Related articles', ...zdRelated, 'Comments',
    '1 comment', 'Aoife Brennan-Kato', '1 March 2026 20:44', zdComment, 'Please sign in to leave a comment.', 'English (GB)', 'Powered by Zendesk',
  ],
};

export const HELDOUT360_F: readonly TestPage[] = [patchNotes, zendesk];
