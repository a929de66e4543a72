import { type TestPage, texts } from './page-kit.js';
import { blockWiki } from './pages-heldout279-f2.js';
import { j } from './pages-heldout279-kit.js';

/**
 * Held-out batch 279, file f: a Flarum 1.8 discussion as rendered by its Mithril front end and saved from the browser
 * (app navigation, header with search and sign-up, the DiscussionHero with tag label and h1, the discussion nav with Reply,
 * Follow and the scrubber, a stream of comment posts with PostUser, badges, PostMeta numbers and human times, "liked this"
 * footers and Like / Reply actions, an event post, the reply placeholder and the noscript alert); from file f2, a
 * Minecraft-style block page on a Weird Gloop wiki.
 */
const fTitle = 'Bed levelling drifts after about an hour of printing';
const fPosts: [string, string, string, string[]][] = [
  [
    'inga_mols',
    'Mar 1',
    'Kessa and 2 others liked this.',
    [
      j(
        'My first layers are perfect for the first hour of a long print, then the nozzle starts dragging on the left side of the bed.',
        'By the three-hour mark the left front corner is almost scraping. Short prints are always fine.',
      ),
      j(
        'Printer is a Layerline M3 with the stock spring bed, PEI sheet, bed at 65 °C. I re-levelled twice this week and the probe mesh',
        'looks flat when the printer is cold. Is this the springs, or something else?',
      ),
    ],
  ],
  [
    'Kessa',
    'Mar 1',
    'inga_mols liked this.',
    [
      j(
        'Level it hot, not cold. The aluminium bed grows as it heats and the corners lift slightly more than the middle, and the',
        'frame on the M3 warms up over the first hour from the heated bed, so the gantry moves with it.',
      ),
      j(
        'Heat the bed to print temperature and let it soak for fifteen minutes before probing. Then run the mesh again. Most of the',
        'drift people see on this model goes away with that alone.',
      ),
    ],
  ],
  [
    'tobiasr',
    'Mar 2',
    '',
    [
      j(
        'Agree with the heat soak. I would also swap the stock springs for silicone spacers. The springs on early M3s soften with',
        'heat and the left side sits closest to the heater wire, so it sags first. Silicone spacers cost very little and hold their',
        'height much better.',
      ),
      j(
        'Also check the Z coupler on the left lead screw. If the grub screw has worked loose, the left side of the gantry can slip',
        'by a fraction of a millimetre as the motors warm up, which looks exactly like a bed problem but is not.',
      ),
    ],
  ],
  [
    'inga_mols',
    'Mar 4',
    'tobiasr and Kessa liked this.',
    [
      j(
        'Update: did both. Fifteen minute soak, new mesh while hot, silicone spacers. Just finished a six-hour print with a perfect',
        'first layer across the whole plate. Thanks both, marking this one done.',
      ),
    ],
  ],
];
const fPost = ([user, date, liked, paras]: [string, string, string, string[]], i: number) => `<div class="PostStream-item" data-index="${i}"
data-time="2026-03-0${i + 1}T18:2${i}:00+00:00" data-number="${i + 1}" data-id="${7120 + i}" data-type="comment"><article class="CommentPost Post${
  user === 'inga_mols' ? ' Post--by-start-user' : ''
}"><div><header class="Post-header"><ul><li class="item-user"><div class="PostUser"><h3 class="PostUser-name"><a href="/u/${user}"><span class="Avatar"
loading="lazy" style="--avatar-bg: #a0d6e5;">${user.slice(0, 1).toUpperCase()}</span><span class="username">${user}</span></a></h3><ul
class="PostUser-badges badges">${
  user === 'Kessa'
    ? `<li class="item-group2"><span class="Badge Badge--group--2" title="Mods">
<i aria-hidden="true" class="icon fas fa-bolt Badge-icon"></i></span></li>`
    : ''
}</ul></div></li>
<li class="item-meta"><div class="Dropdown PostMeta"><a class="Dropdown-toggle" data-toggle="dropdown"><span class="PostMeta-number">#${i + 1}</span> <time
pubdate="" datetime="2026-03-0${i + 1}T18:2${i}:00+00:00" title="Sunday, March ${i + 1}, 2026 6:2${i} PM" data-humantime="">${date}</time></a></div>
</li></ul></header>
<div class="Post-body">
${paras.map((p) => `<p>${p}</p>`).join('\n')}
</div><aside class="Post-footer"><ul>${
  liked === ''
    ? ''
    : `<li class="item-liked"><div class="Post-likedBy"><i aria-hidden="true" class="icon fas fa-thumbs-up
"></i>${liked}</div></li>`
}</ul></aside><aside class="Post-actions"><ul><li class="item-like"><button class="Button Button--link" type="button"><span
class="Button-label">Like</span></button></li><li class="item-reply"><button class="Button Button--link" type="button"><span
class="Button-label">Reply</span></button></li></ul></aside></div></article></div>`;
const fPosts2 = fPosts.slice(0, 3).map(fPost).join('\n');
const fHtml = `<!doctype html>
<html dir="ltr" lang="en"><head><meta charset="utf-8"><title>${fTitle} - Layerline Community</title>
<link rel="canonical" href="https://forum.layerline.example/d/981-bed-levelling-drifts-after-about-an-hour-of-printing">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1"><meta name="description"
content="My first layers are perfect for the first hour of a long print, then the nozzle starts dragging on the left side of the bed.">
<meta name="theme-color" content="#e7672e"><meta property="og:type" content="article"><meta property="og:site_name" content="Layerline Community">
<meta property="og:title" content="${fTitle}"><script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",
"headline":"${fTitle}","datePublished":"2026-03-01T18:20:00+00:00","author":{"@type":"Person","name":"inga_mols"},"commentCount":3}</script>
<link rel="stylesheet" href="https://forum.layerline.example/assets/forum.css?v=8e1fa2cb"></head>
<body><div id="app" class="App affixNavigation"><div id="app-navigation" class="App-navigation"><div class="Navigation ButtonGroup App-backControl"><a
class="Button Navigation-back hasIcon" href="/" aria-label="Back to Discussion List"></a></div></div>
<div id="drawer" class="App-drawer"><header id="header" class="App-header"><div id="header-navigation" class="Header-navigation"></div><div class="container">
<div class="Header-title"><a href="https://forum.layerline.example" id="home-link">Layerline Community</a></div>
<div id="header-primary" class="Header-primary"><ul class="Header-controls"><li class="item-link0"><a class="LinksButton Button Button--link"
href="https://layerline.example" target="_blank"><span class="LinksButton-title">Shop</span></a></li><li class="item-link1"><a class="LinksButton Button
Button--link" href="/p/1-faq"><span class="LinksButton-title">Printer FAQ</span></a></li></ul></div>
<div id="header-secondary" class="Header-secondary"><ul class="Header-controls"><li class="item-search"><div role="search" class="Search"><div
class="Search-input"><input aria-label="Search Forum" class="FormControl" type="search" placeholder="Search Forum"></div></div></li><li
class="item-signUp"><button class="Button Button--link" type="button"><span class="Button-label">Sign Up</span></button></li><li class="item-logIn"><button
class="Button Button--link" type="button"><span class="Button-label">Log In</span></button></li></ul></div></div></header></div>
<main class="App-content"><div id="content"><div class="DiscussionPage"><div class="DiscussionPage-discussion"><header class="Hero DiscussionHero"><div
class="container"><ul class="DiscussionHero-items"><li class="item-tags"><span class="TagsLabel "><a class="TagLabel colored text-contrast--light"
style="--tag-bg: #4b93d1;" href="/t/hardware"><span class="TagLabel-text"><span class="TagLabel-name">Hardware</span></span></a><a class="TagLabel colored"
href="/t/m3"><span class="TagLabel-text"><span class="TagLabel-name">M3 Series</span></span></a></span></li><li class="item-title"><h1
class="DiscussionHero-title">${fTitle}</h1></li></ul></div></header>
<div class="container"><nav class="DiscussionPage-nav"><ul><li class="item-controls"><div class="ButtonGroup Dropdown dropdown App-primaryControl
Dropdown--split itemCount3"><button class="Button Button--primary hasIcon" type="button"><span class="Button-label">Reply</span></button></div></li><li
class="item-subscription"><button class="Button SubscriptionMenu-button hasIcon" type="button"><span class="Button-label">Follow</span></button></li><li
class="item-scrubber"><div class="PostStreamScrubber Dropdown App-titleControl"><a class="Button Dropdown-toggle"><span class="Scrubber-index">1</span> of
<span class="Scrubber-count">5</span> posts</a><div class="Dropdown-menu dropdown-menu"><div class="Scrubber"><a class="Scrubber-first"><span>Original
Post</span></a><div class="Scrubber-scrollbar"><div class="Scrubber-description">March 2026</div></div><a class="Scrubber-last"><span>Now</span></a>
</div></div></div></li></ul></nav>
<div class="DiscussionPage-stream"><div class="PostStream" role="feed" aria-live="off" aria-busy="false">
${fPosts2}
<div class="PostStream-item" data-index="3" data-number="4" data-type="discussionStickied"><article class="Post EventPost DiscussionStickiedPost"><div
class="EventPost-icon"><i class="icon fas fa-thumbtack"></i></div><div class="EventPost-info"><a class="EventPost-user" href="/u/Kessa"><span
class="username">Kessa</span></a> stickied the discussion. <time datetime="2026-03-03T09:00:00+00:00">Mar 3</time></div></article></div>
${fPost(fPosts[3] as [string, string, string, string[]], 4)}
<div class="PostStream-item"><article class="Post ReplyPlaceholder"><header class="Post-header"><span class="Avatar">
</span> Write a Reply...</header></article></div>
</div></div></div></div></div></div></main></div>
<div id="flarum-loading" style="display: none">Loading...</div>
<noscript><div class="Alert"><div class="container">This site is best viewed in a modern browser with JavaScript enabled.</div></div></noscript>
<script src="https://forum.layerline.example/assets/forum.js?v=ba1d52e0"></script><script>document.getElementById("flarum-loading").style.display="block";
var app=flarum.core.app;app.load({"resources":[{"type":"forums","id":"1","attributes":{"title":"Layerline Community"}}],"session":{"userId":0}});
app.bootExtensions(flarum.extensions);app.boot();</script></body></html>`;
const flarum: TestPage = {
  name: 'heldout279-flarum-discussion',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p[3])),
  bylines: ['inga_mols', 'Kessa', 'tobiasr', 'Mar 1', 'Mar 2', 'Mar 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Layerline Community', 'Shop', 'Printer FAQ', 'Sign Up', 'Log In', 'Hardware', 'M3 Series', 'Reply', 'Follow', 'posts', 'Original Post', 'March 2026',
    'Now', 'Kessa and 2 others liked this.', 'inga_mols liked this.', 'tobiasr and Kessa liked this.', 'Like',
    'stickied the discussion.', 'Mar 3', 'Write a Reply...', 'Loading...', 'This site is best viewed in a modern browser with JavaScript enabled.',
  ],
};

export const HELDOUT279_F: readonly TestPage[] = [flarum, blockWiki];
