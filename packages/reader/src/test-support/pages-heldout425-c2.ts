import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout425-kit.js';

/**
 * Held-out batch 425, file c2: a Twitch highlight (VOD) page whose main text is short: top nav, the side nav's followed and
 * recommended channels, the player, the channel info bar with Follow / Subscribe, the highlight title and its short
 * description, category and tags, the chat replay, "More videos from" the channel and the cookie consent bar.
 */
const wTitle = 'Finished the Glass Orchard speedrun route — full attempt with commentary';
const wDesc = [
  j(
    'After three weeks of routing, this is the first clean attempt of the new Glass Orchard any% route, talked through from the',
    'opening cutscene to the last boss. The big change is skipping the greenhouse key entirely with the ladder clip in the east',
    'wing, which saves about ninety seconds if you land it first try.',
  ),
  j(
    'I explain every trick as I do it, so this is a good one to watch if you want to learn the route. Splits and the practice save',
    'files are linked in the channel panels.',
  ),
];
const wTop = ['Following', 'Browse', 'Log In', 'Sign Up'];
const wSide = [
  ['bramblefox', 'Lantern Keep', '312'],
  ['tidewright', 'Just Chatting', '1.4K'],
  ['oddly_kestrel', 'Retro', '188'],
] as const;
const wChat = [
  ['morrowlamp', 'the ladder clip first try, no way'],
  ['sedge_and_ash', 'route looks so much cleaner than the old key route'],
  ['pellinore_vt', 'GG, that east wing section was clean'],
] as const;
const wMore = ['Practice stream: ladder clip until it works', 'Glass Orchard all bosses, no damage attempt', 'Route planning chat with viewers'];
const wTags = ['English', 'Speedrun', 'Commentary'];
const wHtml = `<!DOCTYPE html><html lang="en" class="tw-root--theme-dark tw-root--hover"><head><meta charset="utf-8"><title>${wTitle} - lunetta_runs on
Twitch</title><meta name="description" content="After three weeks of routing, this is the first clean attempt of the new Glass Orchard any% route.">
<meta property="og:site_name" content="Twitch"><meta property="og:type" content="video.other"><meta property="og:title" content="${wTitle}">
<link rel="canonical" href="https://www.twitch.tv/videos/2281940377"><script type="application/ld+json">[{"@context":"http://schema.org","@type":
"VideoObject","name":"${wTitle}","uploadDate":"2026-03-12T19:41:02Z","duration":"PT1H12M40S","interactionStatistic":{"userInteractionCount":4113}}]
</script><script>window.__twilightBuildID="6f4b1f0e-3c7e-4f54-8a22-9d2f0c1c7b7a";</script></head>
<body><div id="root" data-a-page-loaded="1773340862" data-a-page-loaded-name="VideoWatchPage"><div class="Layout-sc-1xcs6mc-0 kCIPCs">
<nav class="InjectLayout-sc-1i43xsx-0 top-nav__menu" aria-label="Primary"><a data-a-target="home-link" aria-label="Twitch Home" href="/"></a>
<ul class="Layout-sc-1xcs6mc-0">${links(wTop, 'Layout-sc-1xcs6mc-0 navigation-link')}</ul></nav>
<div class="Layout-sc-1xcs6mc-0 twilight-main"><div class="side-nav" data-a-target="side-nav-bar"><div class="side-nav-section"
aria-label="Recommended Channels"><div class="side-nav-header"><h2 class="CoreText-sc-1txzju1-0">Recommended Channels</h2></div>
${wSide
  .map(
    ([c, g, v]) => `<div class="side-nav-card"><a data-a-target="side-nav-card" href="/${c}"><p data-a-target="side-nav-title" class="CoreText-sc-1txzju1-0
side-nav-title">${c}</p><p data-a-target="side-nav-game-title" class="CoreText-sc-1txzju1-0">${g}</p><span class="CoreText-sc-1txzju1-0
side-nav-live-status">${v}</span></a></div>`,
  )
  .join('\n')}
<button class="side-nav-show-more-toggle__button">Show More</button></div></div>
<main class="twilight-main" id="main"><div class="Layout-sc-1xcs6mc-0 video-player" data-a-target="video-player"><video playsinline></video><div
class="player-controls"><p data-a-target="player-seekbar-current-time">0:00:00</p><p data-a-target="player-seekbar-duration">1:12:40</p></div></div>
<div class="channel-info-content"><div class="Layout-sc-1xcs6mc-0 metadata-layout__support"><div class="Layout-sc-1xcs6mc-0"><a href="/lunetta_runs"><p
class="CoreText-sc-1txzju1-0 tw-title">lunetta_runs</p></a><button data-a-target="follow-button" class="ScCoreButton-sc-ocjdkq-0">Follow</button>
<button data-a-target="subscribe-button" class="ScCoreButton-sc-ocjdkq-0">Subscribe</button></div>
<h1 data-a-target="stream-title" class="CoreText-sc-1txzju1-0 ScTitleText-sc-d9mj2s-0 tw-title">${wTitle}</h1>
<div class="Layout-sc-1xcs6mc-0"><a data-a-target="video-info-game-boxart-link" href="/directory/category/glass-orchard"><span
class="CoreText-sc-1txzju1-0">Glass Orchard</span></a><span class="CoreText-sc-1txzju1-0" data-test-selector="video-info-date">Streamed Mar 12, 2026</span>
<span class="CoreText-sc-1txzju1-0" data-a-target="video-info-view-count">4,113 views</span></div>
<div class="Layout-sc-1xcs6mc-0 tags">${wTags.map((t) => `<a class="ScTag-sc-14s7ciu-0" href="/directory/all/tags/${t}">${t}</a>`).join(' ')}</div>
<div class="Layout-sc-1xcs6mc-0 video-description" data-a-target="video-description">
${wDesc.map((p) => `<p class="CoreText-sc-1txzju1-0">${p}</p>`).join('\n')}</div><button class="ScCoreButton-sc-ocjdkq-0" aria-label="Share">Share</button>
</div></div>
<section class="Layout-sc-1xcs6mc-0 more-videos"><h2 class="CoreText-sc-1txzju1-0">More videos from lunetta_runs</h2><ul>
${links(wMore, 'Layout-sc-1xcs6mc-0 tw-tower')}</ul></section></main>
<div class="right-column" data-a-target="right-column-chat-bar"><section data-test-selector="chat-room-component-layout"
aria-label="Chat Replay"><div class="video-chat__header"><h2 class="CoreText-sc-1txzju1-0">Chat Replay</h2></div>
<ul class="video-chat__message-list-wrapper">${wChat
  .map(
    ([u, t]) => `<li class="InjectLayout-sc-1i43xsx-0"><div class="video-chat__message"><span class="chat-author__display-name"
data-a-user="${u}">${u}</span><span aria-hidden="true">: </span><span class="text-fragment" data-a-target="chat-message-text">${t}</span></div></li>`,
  )
  .join('\n')}</ul></section></div></div>
<div class="consent-banner" data-a-target="consent-banner"><p class="CoreText-sc-1txzju1-0">Twitch uses cookies and similar technologies to improve your
experience. You can choose which ones we use.</p><button data-a-target="consent-banner-accept">Accept</button><button
data-a-target="consent-banner-manage-preferences">Customize</button></div></div></div></body></html>`;
export const twitch: TestPage = {
  name: 'heldout425-twitch-vod-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts(wDesc),
  bylines: ['lunetta_runs', 'Streamed Mar 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wTop, 'Recommended Channels', ...wSide.flat(), 'Show More', '0:00:00', '1:12:40', 'Follow', 'Subscribe', '4,113 views', ...wTags, 'Share',
    'More videos from lunetta_runs', ...wMore, 'Chat Replay', ...wChat.flat(),
    'Twitch uses cookies and similar technologies to improve your experience. You can choose which ones we use.', 'Accept', 'Customize',
  ],
};
