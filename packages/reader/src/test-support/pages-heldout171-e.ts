import { links, type TestPage, texts } from './page-kit.js';
import { allrecipesPage } from './pages-heldout171-e2.js';

/**
 * Held-out batch 171, file e: a SoundCloud track page as a signed-out visitor saves it (the header with "Home", "Feed",
 * "Library", search, "Sign in", "Create account", "Upload"; the noscript "JavaScript is disabled" notice; the hero with
 * the title, the artist, the relative upload time and the genre tag; the waveform; the comment box; the like / repost /
 * share / copy link / more bar with counts; the artist badge with follower and track counts and "Follow"; the description
 * in its visually hidden "Description" label block; tags; the comments list; the right-hand "Related tracks", "In
 * playlists" and "Likes" modules; the sidebar footer links; the sticky player bar; the OneTrust banner) and, from file e2,
 * an Allrecipes recipe page.
 */
const scTitle = 'Fogbound (live at St. Brendan’s, Ashcombe)';
const scP = [
  'This is the whole of the last piece from our midwinter concert in the crypt at St. Brendan’s, recorded on two ribbon ' +
    'microphones hung from the vaulting. It runs for just under fourteen minutes, and most of that is the room: the crypt has ' +
    'a reverb tail of about six seconds, and we slowed everything down to leave space for it.',
  'The piece grew out of a drone we had been using to tune up before shows. One night the cellist, Annika, kept playing it ' +
    'after the rest of us had stopped, and the audience went so quiet we carried on for another ten minutes. Fogbound is our ' +
    'attempt to play that moment on purpose. The harmonium part is played on an instrument that was left in the crypt when the ' +
    'Sunday school closed in 1974. It is a quarter tone flat, so everything else is tuned to it.',
  'Recorded by Jonah Pellew. Mixed with almost nothing added, apart from a little compression on the bowed vibraphone, which ' +
    'was overloading the microphones at the very end. What you hear at 11:40 is the church clock upstairs striking ten. We kept it.',
  'Line-up for this piece: Annika Roos on cello, Wil Sandford on harmonium and shruti box, Esme Calder on bowed vibraphone ' +
    'and glass, and Jonah Pellew on tape loops. The loops are made from a recording of the crypt itself, empty, on the ' +
    'afternoon before the show, so in a sense the room is playing too.',
  'Free download for anyone who came to one of the crypt shows this year, and for anyone who wishes they had. The full concert ' +
    'will be released on cassette in the spring by Lowfold Tapes. Thank you to the vicar, the verger and the forty-two people ' +
    'who sat on cold stone benches for an hour and a half without complaining.',
];
const scNav = ['Home', 'Feed', 'Library', 'Sign in', 'Create account', 'Upload'];
const scBar = ['Like', 'Repost', 'Share', 'Copy Link', 'More'];
const scStats = ['1,882', '146', '31', '23'];
const scTags = ['#Ambient', 'drone', 'live', 'harmonium', 'cello'];
const scComments: [string, string, string][] = [
  ['tidewrack', 'at 6:12', 'this bit where the cello comes back in. goosebumps every time'],
  ['Maud Fenwick', 'at 11:40', 'the clock!!'],
  ['lowfold tapes', 'at 0:58', 'can’t wait to get this on tape'],
];
const scRelated: [string, string][] = [
  ['Hollow Organ', 'Elsbeth Kray'],
  ['Vespers for a Flooded Town', 'Cantrip Ensemble'],
  ['Lowlight 03', 'Moss Archive'],
];
const scPlaylists = ['Late night slow things', 'Drone / Crypt / Cold'];
const scSideFoot = ['Legal', 'Privacy', 'Cookie Policy', 'Cookie Manager', 'Imprint', 'Artist Resources', 'Blog', 'Charts'];
const scCookie =
  'We and our partners use cookies to personalize your experience, to show you ads based on your interests, and for measurement and ' + 'analytics purposes.';
const scHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Stream Fogbound (live at St. Brendan’s, Ashcombe) by The Cold Frame Ensemble | Listen online for free on
SoundCloud</title><meta name="description" content="This is the whole of the last piece from our midwinter concert in the crypt at St. Brendan’s.">
<meta property="og:site_name" content="SoundCloud"><meta property="og:type" content="music.song"><meta property="og:title" content="${scTitle}">
<meta property="twitter:player" content="https://w.soundcloud.example/player/?url=https%3A%2F%2Fapi.soundcloud.com%2Ftracks%2F1944021877">
<meta property="soundcloud:user" content="https://soundcloud.com/coldframeensemble"><link rel="canonical"
href="https://soundcloud.com/coldframeensemble/fogbound-live">
<link rel="stylesheet" href="https://a-v2.sndcdn.example/assets/css/app-4a3c8e7.css"></head>
<body class="g-light"><noscript class="errorPage__inner"><div class="errorTitle sc-font-light">JavaScript is disabled</div>
<div class="errorText sc-text-light">You need to enable JavaScript to use SoundCloud.</div></noscript>
<div id="app"><div class="l-container l-header"><header role="banner" class="header sc-selection-disabled"><div class="header__inner l-container">
<div class="header__left"><div class="header__logo left"><a href="/" title="Home" class="header__logoLink sc-ir">SoundCloud</a></div>
<nav class="header__navWrapper left"><ul class="header__navMenu">${links(scNav.slice(0, 3), 'header__navMenuItem')}</ul></nav></div>
<div class="header__middle"><form class="headerSearch" role="search"><input class="headerSearch__input sc-input" placeholder="Search" type="search"
aria-label="Search"></form></div><div class="header__right"><div class="header__loginMenu">
<button class="frontHero__loginButton g-button-transparent-inverted sc-button-medium loginButton">Sign in</button>
<button class="frontHero__signupButton g-opacity-transition sc-button sc-button-medium signupButton sc-button-cta">Create account</button></div>
<a href="/upload" class="header__link uploadButton">Upload</a></div></div></header></div>
<div role="main" id="content" class="l-container l-content"><div class="l-listen-hero"><div class="fullHero__foreground fullListenHero__foreground">
<div class="fullHero__title"><div class="soundTitle sc-clearfix sc-hyphenate g-theme-dark"><div class="soundTitle__titleContainer">
<h1 class="soundTitle__title sc-font g-type-shrinkwrap-inline g-type-shrinkwrap-large-primary"><span class="">${scTitle}</span></h1>
<h2 class="soundTitle__username g-type-shrinkwrap-inline g-type-shrinkwrap-large-secondary">
<a href="/coldframeensemble" class="soundTitle__username sc-link-light">The Cold Frame Ensemble</a></h2></div>
<div class="soundTitle__additionalContainer"><div class="soundTitle__uploadTime"><time class="relativeTime" title="Posted on 3 December 2025 21:04"
datetime="2025-12-03T21:04:33.000Z">1 month ago</time></div><div class="soundTitle__tagContainer"><a class="sc-tag sc-tag-large" href="/tags/ambient">
<span class="sc-truncate sc-tagContent">#Ambient</span></a></div></div></div></div>
<div class="fullHero__waveform"><div class="waveform loaded"><div class="waveform__layer"><canvas aria-hidden="true"></canvas></div>
<div class="playbackTimeline"><span class="playbackTimeline__timePassed">0:00</span><span
class="playbackTimeline__duration">13:52</span></div></div></div></div></div>
<div class="l-listen-wrapper"><div class="l-about-main"><div class="listenEngagement sc-clearfix"><div class="commentForm"><form class="commentForm__wrapper">
<input class="commentForm__input" placeholder="Write a comment" aria-label="Write a comment"></form></div>
<div class="soundActions sc-button-toolbar"><div class="sc-button-group">${scBar
  .map(
    (t) => `<button class="sc-button sc-button-medium sc-button-${t.toLowerCase().replace(' ', '')}"
title="${t}" aria-label="${t}">${t}</button>`,
  )
  .join('\n')}</div><ul class="soundStats sc-ministats-group">
<li title="1,882 plays"><span class="sc-ministats sc-ministats-plays"><span class="sc-visuallyhidden">1,882 plays</span><span
aria-hidden="true">${scStats[0]}</span></span></li>
<li title="146 likes"><span class="sc-ministats-likes">${scStats[1]}</span></li><li title="31 reposts"><span
class="sc-ministats-reposts">${scStats[2]}</span></li>
</ul></div></div>
<div class="l-about-row"><div class="l-about-left"><div class="userBadge"><a href="/coldframeensemble" class="userBadge__avatar"><span
aria-label="The Cold Frame Ensemble’s avatar"
class="sc-artwork"></span></a><h3 class="userBadge__username"><a href="/coldframeensemble">The Cold Frame Ensemble</a></h3>
<ul class="userBadge__stats"><li title="612 followers">612</li><li title="38 tracks">38</li></ul><button class="sc-button-follow sc-button">Follow</button>
<button class="sc-button-report sc-button">Report</button></div></div>
<div class="l-about-right"><div class="listenDetails"><div class="listenInfo"><div class="truncatedAudioInfo"><div class="truncatedAudioInfo__wrapper">
<div class="truncatedAudioInfo__content"><div class="sc-type-small listenInfo__description"><span class="sc-visuallyhidden">Description</span>
<div class="htmlDescription">${scP.map((p) => `<p>${p}</p>`).join('\n')}</div></div></div></div>
<button class="truncatedAudioInfo__collapse sc-button-small">Show less</button></div>
<div class="listenInfo__release"><span class="sc-visuallyhidden">Released by:</span><div>Released by: Lowfold Tapes</div>
<div>Release date: 3 December 2025</div></div>
<div class="listenInfo__tags"><span class="sc-visuallyhidden">Tags</span>${scTags
  .map(
    (t) => `<a class="sc-tag"
href="/tags/${t}"><span>${t}</span></a>`,
  )
  .join('\n')}</div></div>
<div class="commentsList"><div class="commentsList__title sc-border-light-bottom"><h3><span class="sc-icon"></span>${scStats[3]} comments</h3></div>
<ul class="lazyLoadingList__list">${scComments
  .map(
    ([u, at, t]) => `<li class="commentsList__item"><div class="commentItem"><div class="commentItem__read">
<div class="commentItem__usernameWrapper"><a class="commentItem__username" href="/${u.length}">${u}</a><span
class="commentItem__timestampLink">${at}</span></div>
<div class="commentItem__body"><p>${t}</p></div><div class="commentItem__meta"><time>2 weeks ago</time><button>Reply</button></div></div></div></li>`,
  )
  .join('\n')}
</ul></div></div></div></div></div>
<div class="l-sidebar-right"><div class="sidebarModule"><h3 class="sidebarHeader"><a href="/recommended">Related tracks</a></h3><a href="/recommended">View
all</a>
<ul class="soundBadgeList">${scRelated
  .map(
    ([t, a]) => `<li class="soundBadgeList__item"><div class="soundTitle__usernameTitleContainer"><span class="soundTitle__usernameText">${a}</span>
<span class="soundTitle__title">${t}</span></div></li>`,
  )
  .join('\n')}</ul></div>
<div class="sidebarModule"><h3 class="sidebarHeader">In playlists</h3><ul>${links(scPlaylists)}</ul></div>
<div class="sidebarModule"><h3 class="sidebarHeader">146 likes</h3><a href="/likes">View all</a></div>
<div class="sidebarModule"><div class="footerLinks"><ul>${links(scSideFoot)}</ul><div>Language: English (US)</div></div></div></div></div></div>
<div class="playControls g-z-index-control-bar"><div class="playControls__inner"><button class="playControl sc-ir" title="Play current">Play current</button>
<div class="playbackSoundBadge"><a class="playbackSoundBadge__lightLink" href="/coldframeensemble">The Cold Frame Ensemble</a>
<a class="playbackSoundBadge__titleLink" href="/coldframeensemble/fogbound-live">${scTitle}</a></div></div></div></div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy-text">${scCookie}</div>
<button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-pc-btn-handler">Cookie settings</button></div>
<script crossorigin src="https://a-v2.sndcdn.example/assets/0-8b1e4f2.js"></script>
<script>window.__sc_hydration = [{"hydratable":"sound","data":{"id":1944021877,"title":"${scTitle}","genre":"Ambient"}}];</script></body></html>`;
const soundcloud: TestPage = {
  html: scHtml,
  name: 'heldout171-soundcloud-track-description',
  kind: 'blog',
  // the description is the body; the artist name and the relative upload time are bylines; the release lines, tags, counts,
  // comments (timed comments on a track), badges, sidebar modules, the player bar, noscript notice and cookie banner are furniture
  title: scTitle,
  headings: [],
  body: texts(scP),
  bylines: ['The Cold Frame Ensemble', '1 month ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'JavaScript is disabled', 'You need to enable JavaScript to use SoundCloud.', 'SoundCloud', ...scNav, '0:00', '13:52', ...scBar, '1,882 plays', ...scStats,
    '612', '38', 'Follow', 'Report', 'Description', 'Show less', 'Released by: Lowfold Tapes', 'Release date: 3 December 2025', 'Tags', ...scTags,
    '23 comments', ...scComments.flat(), '2 weeks ago', 'Reply', 'Related tracks', 'View all', ...scRelated.flat(), 'In playlists', ...scPlaylists,
    '146 likes', ...scSideFoot, 'Language: English (US)', 'Play current', scCookie, 'I Accept', 'Reject All', 'Cookie settings',
  ])],
};

export const HELDOUT171_E: readonly TestPage[] = [soundcloud, allrecipesPage];
