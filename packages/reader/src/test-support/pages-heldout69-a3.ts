import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 69, file a3: a Flarum 1.8 discussion on a guitar forum, saved after the Mithril app has drawn it (header
 * with fof/links items, locale, sign-up and log-in buttons, the hero with the tag label, the post stream with user badges,
 * "Edited", post mentions, likes lines and a "tagged" event post, the reply placeholder, the scrubber and "Log In to Reply"),
 * with Flarum's JSON payload, its hidden loading and error notices, the <noscript id="flarum-content"> copy and a cookie bar.
 */
interface FlPost {
  n: number;
  user: string;
  date: string;
  badge?: string;
  edited?: boolean;
  liked?: string;
  body: string;
}
const flTitle = 'Fret buzz only on the G string after a truss rod adjustment';
const fl1 = [
  'I adjusted the truss rod on my Telecaster-style build last weekend because the neck had picked up too much relief over the ' +
    'summer. It plays much better now, except for a buzz on the open G string and on the first two frets of that string. Every other ' +
    'string is clean.',
  'I measured relief at the 8th fret with a capo at the 1st and the low E held down at the last fret: about 0.2 mm. Action at the ' +
    '12th fret is 1.6 mm on the treble side. The buzz is easy to hear unplugged but hardly comes through the amp.',
  'Is this the nut slot, a high fret, or did I overdo the rod? I’d rather not turn it back if I don’t have to.',
];
const fl2 = [
  'If it buzzes open and on frets one and two only, I’d look at the nut first. A G slot cut a hair too deep is really common, and ' +
    'the wound G in a lot of sets is heavier than whatever the slot was cut for.',
  'Quick test: fret the G at the 3rd fret and look at the gap over the 1st fret. There should be a tiny gap, about the thickness of ' +
    'a sheet of paper. If the string touches the fret, the slot is too low.',
];
const fl3 = [
  '<a href="/d/2231-fret-buzz/2" class="PostMention" data-id="18812">mburke</a> It touches. No gap at all on the G, and there’s a ' +
    'visible one on the D and B. So the slot is too deep?',
];
const fl4 = [
  'Probably, and 0.2 mm of relief is on the flat side as well, which makes a low slot more obvious. Before you touch the nut, try a ' +
    'quarter turn looser on the rod and give the neck a day to settle.',
  'If the buzz is still there after that, a drop of superglue mixed with baking soda in the slot, filed back down once it has set, ' +
    'is the classic fix. Go slowly with the file or you’ll end up right back where you started.',
];
const fl5 = [
  'Moved this to Gear &amp; Setup from General. One more tip for anyone who finds this later: slacken the strings before you file or ' +
    'fill a nut slot, and mask off the headstock finish around the nut with tape.',
];
const fl6 = [
  'Update for anyone searching: a quarter turn looser got me to about 0.3 mm of relief and cut the buzz down, but didn’t kill it.',
  'So I filled the slot with superglue and baking soda and filed it over two evenings, checking with the 3rd-fret test after every ' +
    'few strokes. The open G now rings completely clean. Thanks, everyone!',
];
const flPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const flPosts: FlPost[] = [
  { n: 1, user: 'lenaweiss', date: 'Mar 8', liked: 'jo_w and 2 others like this.', body: flPs(fl1) },
  { n: 2, user: 'mburke', date: 'Mar 8', liked: 'lenaweiss likes this.', body: flPs(fl2) },
  { n: 3, user: 'lenaweiss', date: 'Mar 8', body: flPs(fl3) },
  { n: 4, user: 'oldtele62', date: 'Mar 9', liked: 'Sam Okoro and 4 others like this.', body: flPs(fl4) },
  { n: 6, user: 'ravi_kapoor', date: 'Mar 9', badge: 'Admin', body: flPs(fl5) },
  { n: 7, user: 'lenaweiss', date: 'Mar 12', edited: true, liked: 'oldtele62, mburke and 6 others like this.', body: flPs(fl6) },
];
const flHead = ['Rules', 'Setup Guides', 'Discord'];
const flPost = (
  p: FlPost,
): string => `<div class="PostStream-item" data-index="${p.n - 1}" data-time="2025-03-08T16:21:09+00:00" data-number="${p.n}" data-type="comment">
<article class="Post CommentPost${p.n === 1 ? '' : ' Post--by-actor'}" aria-label="Post ${p.n} by ${p.user}"><div><header class="Post-header"><ul>
<li class="item-user"><div class="PostUser"><h3 class="PostUser-name"><a href="/u/${p.user}">
<span class="Avatar" loading="lazy" style="--avatar-bg: #c3a0e5;">${p.user[0]!.toUpperCase()}</span>
<span class="username">${p.user}</span></a></h3><ul class="PostUser-badges badges">${
  p.badge
    ? `<li class="item-group1">
<span class="Badge Badge--group--1" style="--badge-bg: #B72A2A;" aria-label="${p.badge}" title="${p.badge}">
<i aria-hidden="true" class="icon fas fa-wrench Badge-icon"></i></span></li>`
    : ''
}</ul></div></li>
<li class="item-meta"><div class="Dropdown PostMeta"><a class="Dropdown-toggle" data-toggle="dropdown">
<time pubdate="" datetime="2025-03-08T16:21:09+00:00" title="Saturday, March 8, 2025 4:21 PM" data-humantime="">${p.date}</time></a>
<div class="Dropdown-menu dropdown-menu"><span class="PostMeta-number">#${p.n}</span> <span class="PostMeta-ip"></span>
<input class="FormControl PostMeta-permalink" value="https://fretboard.example/d/2231/${p.n}"></div></div></li>
${p.edited ? '<li class="item-edited"><span class="PostEdited" title="Edited by lenaweiss 2 days ago">Edited</span></li>' : ''}</ul></header>
<div class="Post-body">${p.body}</div><aside class="Post-actions"><ul><li class="item-like"><button class="Button Button--link" type="button">
<span class="Button-label">Like</span></button></li>
<li class="item-reply"><button class="Button Button--link" type="button"><span class="Button-label">Reply</span></button></li></ul></aside>
<footer class="Post-footer"><ul>${
  p.liked
    ? `<li class="item-liked"><div class="Post-likedBy"><i aria-hidden="true" class="icon far fa-thumbs-up">
</i>${p.liked}</div></li>`
    : ''
}</ul></footer>
</div></article></div>`;
const flEvent = `<div class="PostStream-item" data-index="4" data-number="5" data-type="discussionTagged"><article class="Post EventPost DiscussionTaggedPost">
<i aria-hidden="true" class="icon fas fa-tag EventPost-icon"></i><div class="EventPost-info"><a class="EventPost-user" href="/u/ravi_kapoor">
<span class="username">ravi_kapoor</span></a>
added the <span class="TagsLabel"><span class="TagLabel colored"><span class="TagLabel-text"><span class="TagLabel-name">Gear &amp; Setup</span></span></span>
</span> tag and
removed the <span class="TagsLabel"><span class="TagLabel"><span class="TagLabel-text"><span class="TagLabel-name">General</span></span></span></span> tag.
<a class="EventPost-info-date" href="/d/2231/5"><time datetime="2025-03-09T09:02:44+00:00" title="Sunday, March 9, 2025 9:02 AM">Mar 9</time></a></div>
</article></div>`;
const flLoadError = 'Something went wrong while trying to load the full version of this site. Try hard-refreshing this page to fix the error.';
const flCookie = 'We use cookies so that you stay logged in and the forum works properly.';
const flHtml = `<!doctype html>
<html dir="ltr" lang="en"><head><meta charset="utf-8"><title>${flTitle} - Fretboard Forum</title>
<link rel="stylesheet" href="https://fretboard.example/assets/forum.css?v=1d3a6f2c"><link rel="canonical" href="https://fretboard.example/d/2231-fret-buzz">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1">
<meta name="description" content="I adjusted the truss rod on my Telecaster-style build…">
<meta name="theme-color" content="#4D698E"><style>.DiscussionHero{--hero-bg:#7e5cc2}</style></head>
<body><div id="app" class="App affixNavigation App--discussion"><div id="app-navigation" class="App-navigation"><div class="container">
<div class="Navigation ButtonGroup">
<a class="Button Navigation-back Button--icon hasIcon" href="/" aria-label="Back to Discussion List">
<i aria-hidden="true" class="icon fas fa-chevron-left Button-icon"></i></a>
</div></div></div><div id="drawer" class="App-drawer"><header id="header" class="App-header navbar-fixed-top">
<div id="header-navigation" class="Header-navigation"></div>
<div class="container"><div class="Header-title"><a href="https://fretboard.example" id="home-link">Fretboard Forum</a></div>
<div id="header-primary" class="Header-primary"><ul class="Header-controls">${flHead
  .map(
    (t) => `<li class="item-link">
<a class="LinksButton Button Button--link" href="/p/${t.length}"><span class="LinksButton-title">${t}</span></a></li>`,
  )
  .join('')}</ul></div>
<div id="header-secondary" class="Header-secondary"><ul class="Header-controls"><li class="item-search">
<div role="search" aria-label="Search Forum" class="Search">
<div class="Search-input"><input aria-label="Search Fretboard Forum" class="FormControl" type="search" placeholder="Search Fretboard Forum"></div></div></li>
<li class="item-locale"><div class="ButtonGroup Dropdown dropdown itemCount2">
<button class="Dropdown-toggle Button Button--link" aria-haspopup="menu" data-toggle="dropdown">
<span class="Button-label">English</span><i aria-hidden="true" class="icon fas fa-caret-down Button-caret"></i></button>
<ul class="Dropdown-menu dropdown-menu Dropdown-menu--right">
<li><button class="hasIcon" type="button" active=""><span class="Button-label">English</span></button></li><li><button type="button">
<span class="Button-label">Deutsch</span></button></li></ul></div></li>
<li class="item-signUp"><button class="Button Button--link" type="button"><span class="Button-label">Sign Up</span></button></li>
<li class="item-logIn"><button class="Button Button--link" type="button"><span class="Button-label">Log In</span></button></li></ul></div></div></header></div>
<main class="App-content"><div id="content"><div class="DiscussionPage"><div class="DiscussionPage-discussion">
<header class="Hero DiscussionHero DiscussionHero--colored" style="--hero-bg: #7e5cc2;"><div class="container"><ul class="DiscussionHero-items">
<li class="item-tags"><span class="TagsLabel"><a class="TagLabel colored text-contrast--light" href="/t/gear-setup" style="--tag-bg: #7e5cc2;">
<span class="TagLabel-text">
<i aria-hidden="true" class="icon fas fa-sliders-h"></i><span class="TagLabel-name">Gear &amp; Setup</span></span></a></span></li>
<li class="item-title"><h1 class="DiscussionHero-title">${flTitle}</h1></li></ul></div></header>
<div class="container"><nav class="DiscussionPage-nav"><ul><li class="item-controls">
<div class="ButtonGroup Dropdown dropdown App-primaryControl Dropdown--split itemCount1">
<button class="Button SplitDropdown-button Button--primary hasIcon" type="button"><i aria-hidden="true" class="icon fas fa-reply Button-icon"></i>
<span class="Button-label">Log In to Reply</span></button>
</div></li><li class="item-scrubber"><div class="PostStreamScrubber Dropdown App-titleControl"><button class="Button Dropdown-toggle" data-toggle="dropdown">
Viewing posts <span class="Scrubber-index">1</span> of <span class="Scrubber-count">7</span></button><div class="Dropdown-menu dropdown-menu">
<div class="Scrubber">
<a class="Scrubber-first"><i aria-hidden="true" class="icon fas fa-angle-double-up"></i> Original Post</a><div class="Scrubber-scrollbar">
<div class="Scrubber-handle">
<div class="Scrubber-info"><strong><span class="Scrubber-index">1</span> of <span class="Scrubber-count">7</span> posts</strong>
<span class="Scrubber-description">March 2025</span>
</div></div></div><a class="Scrubber-last"><i aria-hidden="true" class="icon fas fa-angle-double-down"></i> Now</a></div></div></div></li></ul></nav>
<div class="DiscussionPage-stream"><div class="PostStream" role="feed" aria-live="off" aria-busy="false">
${flPosts.slice(0, 4).map(flPost).join('\n')}
${flEvent}
${flPosts.slice(4).map(flPost).join('\n')}
<div class="PostStream-item"><article class="Post ReplyPlaceholder"><header class="Post-header">
<span class="Avatar" style="--avatar-bg: #ccc;">?</span> Write a Reply...</header></article></div>
</div></div></div></div></div></div></main></div>
<div id="modal"></div><div id="alerts"></div>
<div id="flarum-loading" style="display: none">Loading...</div>
<noscript><div class="Alert"><div class="container">This site is best viewed in a modern browser with JavaScript enabled.</div></div></noscript>
<div id="flarum-loading-error" style="display: none"><div class="Alert"><div class="container">${flLoadError}</div></div></div>
<noscript id="flarum-content"><div class="container"><h1>${flTitle}</h1><div>
${flPosts
  .map(
    (p) => `<article><div class="PostUser"><h3 class="PostUser-name">${p.user}</h3></div><div class="Post-body">${p.body}</div></article>
<hr>`,
  )
  .join('\n')}
</div></div></noscript>
<div class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom" role="dialog" aria-label="cookieconsent" aria-describedby="cookieconsent:desc">
<span id="cookieconsent:desc" class="cc-message">${flCookie} <a aria-label="learn more about cookies" class="cc-link" href="/p/3-privacy">More info</a></span>
<div class="cc-compliance"><a aria-label="dismiss cookie message" role="button" tabindex="0" class="cc-btn cc-dismiss">OK</a></div></div>
<script id="flarum-json-payload" type="application/json">{"fof-links":[],"session":{"userId":0,"csrfToken":"q8YF2cT0pRkG1dWb"},"locales":{"en":"English",
"de":"Deutsch"},
"locale":"en","apiDocument":{"data":{"type":"discussions","id":"2231","attributes":{"title":"${flTitle}","slug":"2231-fret-buzz","commentCount":6,
"participantCount":4}}}}</script>
<script>document.getElementById('flarum-loading').style.display = 'block'; var flarum = {extensions: {}};</script>
<script src="https://fretboard.example/assets/forum.js?v=5b1f0a77"></script><script src="https://fretboard.example/assets/forum-en.js?v=0c44e3d1"></script>
</body></html>`;
export const flarumDiscussion: TestPage = {
  html: flHtml,
  name: 'heldout69-flarum-discussion',
  kind: 'forum',
  // every comment post is body, the post mention ("mburke" at the head of post 3) with it as Flarum draws it inside the
  // paragraph; usernames, post dates and "Edited" are bylines; the "tagged" event post (ravi_kapoor's name aside) is
  // furniture, as are the likes lines, "Like"/"Reply", the scrubber, "Log In to Reply", "Write a Reply...", the header links,
  // locale, hidden loading and error notices, the noscript alert and the cookie bar; the tag "Gear & Setup" and "General" are
  // words of post 5: left out
  title: flTitle,
  headings: [],
  body: [...texts(fl1), ...texts(fl2), ...texts(fl3), ...texts(fl4), ...texts(fl5), ...texts(fl6)],
  bylines: ['lenaweiss', 'mburke', 'oldtele62', 'ravi_kapoor', 'Mar 8', 'Mar 9', 'Mar 12', 'Edited'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fretboard Forum', ...flHead, 'English', 'Deutsch', 'Sign Up', 'Log In', 'Log In to Reply', 'Viewing posts', 'Original Post', '1 of 7 posts', 'March 2025',
    '#4', '#7', 'Like', 'Reply', 'jo_w and 2 others like this.', 'lenaweiss likes this.', 'Sam Okoro and 4 others like this.',
    'oldtele62, mburke and 6 others like this.', 'added the', 'tag and removed the', 'Write a Reply...', 'Loading...',
    'This site is best viewed in a modern browser with JavaScript enabled.', flLoadError, flCookie, 'More info', 'OK',
  ],
};
