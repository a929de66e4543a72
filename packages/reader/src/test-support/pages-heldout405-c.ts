import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout405-kit.js';

/**
 * Held-out batch 405, file c: a Twitch-style channel About page saved from the React app (styled-components class names,
 * data-a-target attributes, top nav, side nav of followed channels, channel header with follower count and tabs, the
 * about panel and the streamer's info panels, the chat column's placeholder, the cookie banner) and a streamer's schedule
 * page built in Squarespace (sqs-block html blocks, header nav, announcement bar, schedule by day, social links, footer).
 */
const tTitle = 'MossyMarlow';
const tAbout = j(
  'Cozy chaos, bad puns and the occasional world record attempt. I stream Glimmer Hollow speedruns, community game nights and whatever',
  'indie game chat talks me into. Be kind, stay hydrated, and please do not backseat the spike room.',
);
const tPanels: readonly (readonly [string, string[]])[] = [
  [
    'About Me',
    [
      j(
        'Hi, I am Marlow! I have been streaming since 2019, first from a laptop balanced on a laundry basket and now from a slightly less',
        'chaotic desk in Ghent. During the day I restore old furniture, which is why the stream occasionally smells of linseed oil.',
      ),
      j(
        'I started speedrunning Glimmer Hollow in 2022 and currently hold the second-fastest time in the Any% category. Most weekday streams',
        'are routing practice, so expect a lot of resets and a lot of talking about frame windows.',
      ),
    ],
  ],
  [
    'Stream Rules',
    [
      'Be respectful to everyone in chat, including people who are new to speedrunning.',
      'No backseating unless I ask for help. Routing suggestions are welcome after a reset, not during a run.',
      'No spoilers for story games until I have finished them, even in spoiler tags.',
      'Keep chat in English or Dutch so the mods can follow along.',
      'No self-promotion or links without permission from a mod.',
    ],
  ],
  [
    'Community Game Nights',
    [
      j(
        'Every other Friday we play something together with chat: custom lobbies, co-op horror games or a very competitive round of',
        'pixel golf. Subscribers get the first invites, and any spots left over go to people in the Discord who signed up that week.',
      ),
    ],
  ],
  [
    'Setup',
    [
      j(
        'I run the game on a mid-range desktop with a capture card for console categories, and the split timer is the open-source one',
        'the community maintains. My controller is a fifteen-year-old pad that I refuse to retire, because my muscle memory lives in it.',
      ),
    ],
  ],
];
const tSide = ['lantern_lou', 'pixelheron', 'GrannyFrags', 'tidewellgames'];
const tTabs = ['Home', 'About', 'Schedule', 'Videos', 'Chat'];
const tHtml = `<!DOCTYPE html><html lang="en" class="tw-root--theme-dark"><head><meta charset="utf-8"><title>MossyMarlow - Twitch</title>
<meta property="og:site_name" content="Twitch"><meta property="og:title" content="MossyMarlow - Twitch">
<meta name="description" content="${tAbout}">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"VideoObject","name":"Glimmer Hollow any% practice",
"description":"${tAbout}","uploadDate":"2026-03-14T18:00:00Z"}]</script>
<script>window.__twilightBuildID="7c1f3d2a-4b6e-4f90-a8c1-0e2b5d7f9a11";window.__twilightSettings={"environment":"production"};</script></head>
<body><div id="root" data-a-page-loaded-name="ChannelAboutPage" data-a-page-loaded="1773500000"><div class="Layout-sc-1xcs6mc-0 kBprbs">
<nav class="Layout-sc-1xcs6mc-0 top-nav__menu" data-a-target="top-nav-container"><a aria-label="Twitch Home" data-a-target="home-link" href="/">
<svg width="40" height="40"></svg></a><a data-a-target="following-link" href="/directory/following"><p class="CoreText-sc-1txzju1-0">Following</p></a>
<a data-a-target="browse-link" href="/directory"><p class="CoreText-sc-1txzju1-0">Browse</p></a>
<input type="search" aria-label="Search Input" placeholder="Search"><button data-a-target="login-button"><div class="Layout-sc-1xcs6mc-0">Log In</div></button>
<button data-a-target="signup-button"><div class="Layout-sc-1xcs6mc-0">Sign Up</div></button></nav>
<div class="Layout-sc-1xcs6mc-0 side-nav"><div class="side-nav-header"><h2 class="CoreText-sc-1txzju1-0 side-nav__title">Recommended Channels</h2></div>
${tSide.map((s) => `<div class="side-nav-card"><a class="side-nav-card__link" href="/${s}"><p data-a-target="side-nav-title">${s}</p></a></div>`).join('\n')}
</div><main class="twilight-main"><div class="channel-root channel-root--home">
<div class="Layout-sc-1xcs6mc-0 channel-info-content"><div class="Layout-sc-1xcs6mc-0 metadata-layout__support">
<a href="/mossymarlow"><h1 class="CoreText-sc-1txzju1-0 ScTitleText-sc-d9mj2s-0 tw-title">${tTitle}</h1></a>
<svg class="verified-badge" aria-label="Verified Partner"></svg></div>
<div class="channel-tabs"><ul role="tablist">${tTabs
  .map((t) => `<li><a role="tab" data-a-target="channel-home-tab-${t}" href="/mossymarlow/${t.toLowerCase()}"><p>${t}</p></a></li>`)
  .join('\n')}</ul></div>
<div class="Layout-sc-1xcs6mc-0 about-section__panel" data-a-target="about-panel"><div class="Layout-sc-1xcs6mc-0">
<h3 class="CoreText-sc-1txzju1-0">About MossyMarlow</h3></div><div class="Layout-sc-1xcs6mc-0"><span class="CoreText-sc-1txzju1-0 jjAyLi">
<span>212K</span> followers</span></div><div class="Layout-sc-1xcs6mc-0 about-section__panel--content"><p class="CoreText-sc-1txzju1-0 jETbMH">${tAbout}</p>
</div><div class="social-media-link"><a href="https://x.example/mossymarlow" rel="noopener noreferrer" target="_blank">X / Twitter</a>
<a href="https://discord.example/mossy" rel="noopener noreferrer" target="_blank">Discord server</a></div></div>
<div class="Layout-sc-1xcs6mc-0 channel-panels"><div class="Layout-sc-1xcs6mc-0 channel-panels-container">
${tPanels
  .map(
    ([h, body], i) => `<div class="Layout-sc-1xcs6mc-0 channel-panels__item default-panel" data-test-selector="channel_panel_test_selector">
<h3 class="CoreText-sc-1txzju1-0 ScTitleText-sc-d9mj2s-0">${h}</h3><div class="Layout-sc-1xcs6mc-0 panel-description" data-test-selector="${i}">
<div class="Layout-sc-1xcs6mc-0 tw-typeset">${i === 1 ? `<ol>${body.map((b) => `<li>${b}</li>`).join('\n')}</ol>` : ps(body)}</div></div></div>`,
  )
  .join('\n')}
<div class="Layout-sc-1xcs6mc-0 channel-panels__item extension-panel"><div class="extension-panel__header">Twitch Extension: Last Run Splits</div></div>
</div></div></div></div></main>
<div class="Layout-sc-1xcs6mc-0 chat-shell"><div class="stream-chat-header"><h2 class="CoreText-sc-1txzju1-0">Stream Chat</h2></div>
<div class="chat-welcome-message">Welcome to the chat room!</div></div>
<div class="consent-banner" data-a-target="consent-banner"><p class="CoreText-sc-1txzju1-0">We use cookies and similar technologies to improve
your experience and to show you personalized ads.</p><button data-a-target="consent-banner-accept">Accept</button>
<button data-a-target="consent-banner-manage-preferences">Manage Preferences</button></div></div></div>
<script src="https://static.twitchcdn.example/config/settings.7c1f3d2a.js" crossorigin="anonymous"></script></body></html>`;
const twitch: TestPage = {
  name: 'heldout405-twitch-channel-about-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tPanels.map(([h]) => h),
  body: texts([tAbout, ...tPanels.flatMap(([, b]) => b)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Following', 'Browse', 'Log In', 'Sign Up', 'Recommended Channels', ...tSide, ...tTabs, 'About MossyMarlow', '212K followers', 'X / Twitter',
    'Discord server', 'Twitch Extension: Last Run Splits', 'Stream Chat', 'Welcome to the chat room!',
    'We use cookies and similar technologies to improve your experience and to show you personalized ads.', 'Accept', 'Manage Preferences',
  ],
};

const sTitle = 'Stream Schedule';
const sIntro = [
  j(
    'New season, new schedule! From March onwards I am streaming four days a week, with a longer Saturday show and a quiet Sunday for',
    'editing and touching grass. All times are Central European Time, and the schedule on Twitch always has the latest changes.',
  ),
  j(
    'If a stream is cancelled I will post in the Discord announcements channel at least two hours before we go live, unless the cat has',
    'unplugged the router again, in which case you will hear about it afterwards.',
  ),
];
const sDays: readonly (readonly [string, string])[] = [
  [
    'Monday — Routing Lab (19:00–22:00)',
    j(
      'Slow, chatty practice of Glimmer Hollow segments. We pick one section of the Any% route and try new strats until something',
      'works or the timer says stop. Great for learning the game, bad for anyone who wants to see a completed run.',
    ),
  ],
  [
    'Wednesday — Marathon Mode (19:00–23:00)',
    j(
      'Full attempts only. No resets before the second boss, no matter how painful the early splits look. If we get a personal best',
      'the whole chat gets to choose the next week’s challenge run.',
    ),
  ],
  [
    'Friday — Community Game Night (20:00–23:30)',
    j(
      'Every other Friday we play games together with chat, from custom lobbies to co-op horror. On the off weeks this slot is a',
      'relaxed indie showcase where I play games that viewers have recommended, usually from small studios.',
    ),
  ],
  [
    'Saturday — The Long Show (14:00–20:00)',
    j(
      'Six hours of whatever the week has been building towards: record attempts, charity segments, or a big blind playthrough of',
      'a new release. There is a short break at 17:00 for food, and the raid at the end goes to a smaller speedrunner.',
    ),
  ],
];
const sOutro = j(
  'Want to collaborate or have a game you would like to see on the Friday showcase? Use the contact page and include a key or a',
  'trailer link. I read everything, though it sometimes takes a week to reply. Business enquiries about sponsored streams go through',
  'the same form; I only take on games I would happily play without being paid, and sponsored segments are always marked on screen.',
);
const sNav = ['Home', 'Schedule', 'Merch', 'Contact'];
const sHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<title>Stream Schedule — MossyMarlow</title><meta property="og:site_name" content="MossyMarlow"><meta property="og:title" content="Stream Schedule">
<meta name="description" content="When MossyMarlow goes live: weekly stream schedule in Central European Time.">
<script type="application/ld+json">{"url":"https://www.mossymarlow.example","name":"MossyMarlow","@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static.SQUARESPACE_CONTEXT={"website":{"id":"63a1f0c2d4e5b6a7c8d9e0f1","siteTitle":"MossyMarlow"},"pageType":2};</script>
<link href="//static1.squarespace.example/static/versioned-site-css/63a1f0c2/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-65aa1b2c3d4e5f6071829304" class="header-layout-nav-right tweak-global-animations-enabled">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text">
<p>New merch drop: the Linseed Oil hoodie is back in stock.</p></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title-text">
<a href="/">MossyMarlow</a></div><nav class="header-nav-list">${sNav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}">${n}</a></div>`)
  .join('\n')}</nav></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65aa1b2c3d4e5f6071829305">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed"><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page" id="page-section-1"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a2"><div class="sqs-block-content"><figure class="sqs-block-image-figure">
<img data-src="https://images.squarespace-cdn.example/schedule-banner.png" alt=""><figcaption class="image-caption-wrapper"><div class="image-caption">
<p>Weekly schedule graphic by @tinyheronart</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a3"><div class="sqs-block-content"><div class="sqs-html-content">
${sDays.map(([h, p]) => `<h3 style="white-space:pre-wrap;">${h}</h3>\n<p style="white-space:pre-wrap;">${p}</p>`).join('\n')}
<p style="white-space:pre-wrap;">${sOutro}</p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-a4"><div class="sqs-block-content">
<div class="sqs-block-button-container"><a href="https://twitch.example/mossymarlow" class="sqs-block-button-element--medium sqs-button-element--primary">
Follow on Twitch</a></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54" id="block-a5"><div class="sqs-block-content">
<nav class="sqs-svg-icon--list"><a href="https://x.example/mossymarlow" class="sqs-svg-icon--wrapper x-formerly-twitter"><div><span class="sqs-svg-icon--social"
>X</span></div></a><a href="https://youtube.example/@mossymarlow" class="sqs-svg-icon--wrapper youtube"><div><span>YouTube</span></div></a></nav>
</div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="sqs-html-content">
<p class="sqsrte-small">© 2026 MossyMarlow. Made with love and too much coffee.</p></div></section></footer>
<div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your browsing experience.</p></div>
<button class="sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-decline">Decline all</button></div>
<script defer src="https://assets.squarespace.example/universal/scripts-compressed/website.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout405-squarespace-schedule-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sDays.map(([h]) => h),
  body: texts([...sIntro, ...sDays.map(([, p]) => p), sOutro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New merch drop: the Linseed Oil hoodie is back in stock.', 'MossyMarlow', 'Home', 'Merch', 'Contact', 'Weekly schedule graphic by @tinyheronart',
    'Follow on Twitch', 'YouTube', '© 2026 MossyMarlow. Made with love and too much coffee.', 'This site uses cookies to improve your browsing experience.',
    'Accept all', 'Decline all',
  ],
};

export const HELDOUT405_C: readonly TestPage[] = [twitch, squarespace];
