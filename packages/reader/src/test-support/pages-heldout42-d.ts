import { type TestPage, texts } from './page-kit.js';
import { akkomaThread } from './pages-heldout42-d2.js';

/**
 * Held-out batch 42, file d: a Misskey note page with its replies, saved from the browser as a visitor (the ASCII-art
 * comment, meta and OpenGraph tags, the boot script and splash, the noscript line, the visitor header with Sign up / Log in,
 * the instance side panel with its description and stats, the page header, the detailed note with avatar, display name,
 * handle, MFM text with a custom emoji and hashtags, an attached photo, the absolute time and visibility icon, reaction
 * buttons with counts, the reply / renote / reaction buttons, the Replies / Renotes / Reactions tabs, and the replies as
 * sub-notes with relative times, one of them behind a content warning whose text is in the DOM but hidden).
 */
const mkTitle = 'Finished rebuilding the old Dawes Galaxy today';
const mkNote = [
  'Bought it in March for £40 from a man who had kept it in a shed since 1994. The frame was fine under the rust, the wheels ' +
    'were not. Over the summer it got new rims laced onto the original hubs, a cartridge bottom bracket, fresh cables and a ' +
    'set of mudguards that actually clear 35 mm tyres.',
  'The thing I am proudest of is the paint. I did not respray it, just cut back the old lacquer with polish and a lot of ' +
    'patience, and the original burgundy came up better than I dared hope.',
  'First ride was 42 km out along the canal and back. It is slower than my modern bike and I could not stop grinning.',
];
const mkTags = ['#cycling', '#bikerestoration', '#dawes'];
const mkR1 =
  'That burgundy is gorgeous. What did you use to cut back the lacquer? I have a Raleigh with the same tired paint and I have been scared to touch it.';
const mkR2 =
  'Car paint restorer first, the mild kind, by hand with a cotton cloth. Then a normal polish and a coat of wax. Go slowly ' +
  'around the decals, they lift much sooner than the paint does.';
const mkR3 = '42 km on the first ride is brave on old brakes! Did you keep the original brake blocks or swap them?';
const mkR4 = 'Swapped them straight away. The old ones were hard as plastic and did nothing in the wet. New salmon pads now and the difference is silly.';
const mkCw = 'mudguard nerdery';
const mkR5 =
  'If the 35 mm tyres ever rub, check the stay length before you bend anything. Dawes used a longer fixing bolt at the fork ' +
  'crown on those frames and most replacement kits assume the short one.';
interface Sub {
  id: string;
  name: string;
  handle: string;
  time: string;
  title: string;
  mention: string;
  text: string;
  cw?: string;
  nested?: Sub;
}
const at = (handle: string): string => `<a class="xj8Jg _link" href="/${handle}" style="color: var(--MI_THEME-mention);">${handle}</a>`;
const sub = (s: Sub, depth = 0): string => `<div class="xyy4C${depth > 0 ? ' xbRcg' : ''}" data-note-id="${s.id}"><div class="xpWf7">
<a class="x0ViT _noSelect" href="/${s.handle}"><img class="xhdRY" src="https://bikeshed.example/proxy/avatar.webp?url=${s.id}&amp;avatar=1" alt=""
 decoding="async"></a>
<div class="xnCUr"><header class="xsvwe"><a class="xf8Ae" href="/${s.handle}"><span>${s.name}</span></a><span class="x4Ti3">${s.handle}</span>
<div class="xtwHL"><a class="xkeZP" href="/notes/${s.id}"><time title="${s.title}">${s.time}</time></a></div></header><div class="xmd8H">
${
  s.cw
    ? `<p class="xrQWp"><span>${s.cw}</span><button class="_button xnLPf"><b>Show content</b><span
 class="xk1Cp">(${s.text.length} characters)</span></button></p>`
    : ''
}
<div class="xnPPl"${s.cw ? ' style="display: none;"' : ''}><span>${at(s.mention)} <span>${s.text}</span></span></div></div></div></div>
${s.nested ? `<div class="xozQM">${sub(s.nested, depth + 1)}</div>` : ''}</div>`;
const mkSubs: Sub[] = [
  {
    id: 'a2k7q91bz3',
    name: 'Kaito 🚲',
    handle: '@kaito@velo.social.example',
    time: '21h',
    title: '2025/11/02 23:40:12',
    mention: '@marta',
    text: mkR1,
    nested: {
      id: 'a2k8c0x4ne',
      name: 'Marta Ilves',
      handle: '@marta',
      time: '20h',
      title: '2025/11/03 00:18:55',
      mention: '@kaito@velo.social.example',
      text: mkR2,
    },
  },
  {
    id: 'a2k8f3lm2p',
    name: 'Ines',
    handle: '@ines',
    time: '19h',
    title: '2025/11/03 01:31:07',
    mention: '@marta',
    text: mkR3,
    nested: { id: 'a2k9a1dd0q', name: 'Marta Ilves', handle: '@marta', time: '18h', title: '2025/11/03 02:05:40', mention: '@ines', text: mkR4 },
  },
  {
    id: 'a2kb77wq5r',
    name: 'ruth 🌿',
    handle: '@ruthcycles@mastodon.example',
    time: '9h',
    title: '2025/11/03 11:12:18',
    mention: '@marta',
    text: mkR5,
    cw: mkCw,
  },
];
const mkHtml = `<!DOCTYPE html>
<!--
  _____ _         _
 |     |_|___ ___| |_ ___ _ _
 | | | | |_ -|_ -| '_| -_| | |
 |_|_|_|_|___|___|_,_|___|_  |
                         |___|
 Thank you for using Misskey!
 If you are reading this message... how about joining the development?
 https://github.com/misskey-dev/misskey
-->
<html><head><meta charset="utf-8"><meta name="application-name" content="Misskey"><meta name="referrer" content="origin">
<meta name="theme-color" content="#86b300"><meta property="og:site_name" content="bikeshed.example"><meta property="instance_url"
 content="https://bikeshed.example">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="format-detection" content="telephone=no,date=no,address=no,email=no,url=no">
<link rel="icon" href="/favicon.ico"><link rel="manifest" href="/manifest.json">
<link rel="stylesheet" href="/assets/tabler-icons.3.30.0/tabler-icons.min.css"><link rel="modulepreload" href="/vite/_app_.js">
<title>Marta Ilves | bikeshed.example</title>
<meta name="description" content="${mkTitle} Bought it in March for £40 from a man who had kept it in a shed since 1994.">
<meta property="og:type" content="article"><meta property="og:title" content="Marta Ilves (@marta)">
<meta property="og:description" content="${mkTitle} Bought it in March for £40 from a man who had kept it in a shed since 1994.">
<meta property="og:url" content="https://bikeshed.example/notes/a2jz84kq0d"><meta name="misskey:user-username" content="marta">
<meta name="misskey:note-id" content="a2jz84kq0d"><link rel="alternate" href="https://bikeshed.example/notes/a2jz84kq0d" type="application/activity+json">
<style>html { background-color: var(--MI_THEME-bg); color: var(--MI_THEME-fg); } #splash { position: fixed; z-index: 10000; inset: 0; cursor: wait; }</style>
<script type="application/json" id="misskey_meta" data-generated-at="1762159200000">{"name":"bikeshed.example","maintainerName":"Marta Ilves",
"disableRegistration":false,"version":"2025.10.1","uri":"https://bikeshed.example"}</script>
<script>'use strict';(async () => { window.onerror = (e) => { console.error(e); renderError('SOMETHING_HAPPENED', e); };
const v = localStorage.getItem('v') || VERSION; const lang = localStorage.getItem('lang') || 'en-US'; })();</script></head>
<body><noscript><p>JavaScriptを有効にしてください<br>Please turn on your JavaScript</p></noscript>
<div id="splash" style="opacity: 0; display: none;"><img id="splashIcon" src="/static-assets/splash.png"><div id="splashSpinner"></div></div>
<div id="misskey_app" data-v-app=""><div class="xvKtU"><div class="xoSnB"><div class="xpSBT"><a class="x9Eau" href="/">
<img class="xumlW" src="/favicon.ico" alt=""><span class="xhxpE">bikeshed.example</span></a><div class="x7QAU">
<button class="_button xB8Lo xr8wR">Sign up</button><button class="_button xB8Lo">Log in</button></div></div></div>
<div class="xmQeE"><div class="xgZ0a _panel"><img class="xbv3u" src="/files/banner.webp" alt=""><div class="x2bgC">
<div class="xkXwI">bikeshed.example</div><div class="xvRKt"><span>A small Misskey server for people who fix, ride and talk about bicycles.</span></div>
<div class="xqIrn"><div class="x1x5h"><span class="x9wgs">Users</span><span class="xxQaZ">1,208</span></div>
<div class="x1x5h"><span class="x9wgs">Notes</span><span class="xxQaZ">402,316</span></div></div>
<div class="xjF6a"><button class="_button xB8Lo xr8wR">Sign up</button> <button class="_button xB8Lo">Log in</button></div>
<div class="xjyz3">Powered by <a href="https://misskey-hub.net" class="_link">Misskey</a> 2025.10.1</div></div></div></div>
<main class="x3O3y"><div class="xbTy8"><div class="xTbTB"><i class="ti ti-pencil"></i><div class="x1YRe">Note</div></div></div>
<div class="_spacer" style="--MI_SPACER-w: 800px;"><div class="_gaps_s"><div class="xoY6V _panel" tabindex="-1">
<article class="xqD8d"><header class="xfw0Z"><a class="xhmLS _noSelect" href="/@marta"><img class="xhdRY" src="https://bikeshed.example/files/avatar-marta.webp"
 alt="" decoding="async"></a><div class="x3dLb"><div class="xwnYq"><a class="xoKbD" href="/@marta"><span>Marta Ilves</span></a>
<span class="xrL2c" title="Administrator"><i class="ti ti-shield"></i></span></div><div><div class="xmdWU">@marta</div></div></div></header>
<div class="x3sxN"><div class="xqI3U"><span><span>${mkTitle} </span><img class="xdnHt custom-emoji" src="https://bikeshed.example/emoji/blobcatbike.webp"
 alt=":blobcatbike:" title=":blobcatbike:" decoding="async"><br><br>${mkNote.map((p) => `<span>${p}</span>`).join('<br><br>')}<br><br>
${mkTags.map((t) => `<a class="_link" href="/tags/${t.slice(1)}" style="color: var(--MI_THEME-hashtag);">${t}</a>`).join(' ')}</span></div>
<div class="xbp9M"><div class="xvRhM"><div class="xf1Hb"><a class="xjpG7" href="https://bikeshed.example/files/dawes.webp" target="_blank" rel="noopener"
 title="A burgundy touring bicycle leaning against a brick wall"><img class="xYvXQ" src="https://bikeshed.example/files/thumbnail-dawes.webp"
 alt="A burgundy touring bicycle leaning against a brick wall" title="A burgundy touring bicycle leaning against a brick wall"></a>
<div class="x7Wg4"><span class="xnTSM">ALT</span></div></div></div></div></div>
<footer class="xnGQC"><div class="xhmEx"><a class="xy39J" href="/notes/a2jz84kq0d"><time title="2025/11/02 21:14:07">2025/11/02 21:14</time></a>
<i class="ti ti-world" title="Public"></i></div><div class="xfQDk"><button class="_button xdMmP"><img class="xjsRy" src="/twemoji/2b50.svg" alt="⭐"
 decoding="async">
<span class="xpkyF">24</span></button><button class="_button xdMmP"><img class="xjsRy" src="https://bikeshed.example/emoji/blobcatbike.webp"
 alt=":blobcatbike:">
<span class="xpkyF">9</span></button><button class="_button xdMmP"><img class="xjsRy" src="/twemoji/1f525.svg" alt="🔥"><span
 class="xpkyF">5</span></button></div>
<button class="_button xvP1h" title="Reply"><i class="ti ti-arrow-back-up"></i><p class="xbsJG">5</p></button>
<button class="_button xvP1h" title="Renote"><i class="ti ti-repeat"></i><p class="xbsJG">7</p></button>
<button class="_button xvP1h" title="Reaction"><i class="ti ti-plus"></i></button><button class="_button xvP1h" title="More"><i class="ti ti-dots"></i></button>
</footer></article><div class="xwHVb"><button class="_button xg4o3 xqwwT">Replies</button><button class="_button xg4o3">Renotes</button>
<button class="_button xg4o3">Reactions</button></div><div class="xR4nh">${mkSubs.map((s) => sub(s)).join('\n')}</div></div></div></div></main></div></div>
<div id="misskey_popups"></div></body></html>`;
const misskeyNote: TestPage = {
  html: mkHtml,
  name: 'heldout42-misskey-note',
  kind: 'forum',
  // the note has no title: its first line is the title (the custom emoji after it is an image, alt only); the rest of the
  // note, its hashtag line and every reply are body (a reply's leading mention is part of its text, as Misskey renders it
  // inline, so it is not a separate string: the reply texts without it are listed); the last reply sits behind a content
  // warning: its warning line and its hidden text are body (the text is in the DOM, shown by "Show content"); display names,
  // handles, the note's absolute time and the replies' relative times are bylines; the instance header and side panel, the
  // page header "Note", reaction and button counts, the photo's "ALT" badge, "Show content" with its length, the tabs and the
  // noscript line are furniture; the reaction counts are left out (small digits of the body)
  title: mkTitle,
  headings: [],
  body: [...texts(mkNote), mkTags.join(' '), mkR1, mkR2, mkR3, mkR4, mkCw, mkR5],
  // biome-ignore format: the byline texts are packed several to a line
  bylines: [
    'Marta Ilves', '@marta', '2025/11/02 21:14', 'Kaito 🚲', '@kaito@velo.social.example', '21h', '20h', 'Ines', '@ines', '19h', '18h', 'ruth 🌿',
    '@ruthcycles@mastodon.example', '9h',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'JavaScriptを有効にしてください', 'Please turn on your JavaScript', 'bikeshed.example', 'Sign up', 'Log in',
    'A small Misskey server for people who fix, ride and talk about bicycles.', 'Users', '1,208', 'Notes', '402,316', 'Powered by', 'Misskey 2025.10.1',
    'Note', 'ALT', 'Replies', 'Renotes', 'Reactions', 'Show content', `(${mkR5.length} characters)`,
  ],
};

export const HELDOUT42_D: readonly TestPage[] = [misskeyNote, akkomaThread];
