import { links, type TestPage, texts } from './page-kit.js';
import { nodebb } from './pages-heldout140-c2.js';

/**
 * Held-out batch 140, file c: a Flarum 1.8 discussion as the browser saves the rendered app: the hidden loading and
 * load-error notices, the header with the forum title, links, search, locale, "Sign Up" and "Log In", the back-control
 * navigation, the discussion hero with its tag and h1, the page nav ("Log In to Reply", "Follow", the scrubber with
 * "Original Post" / "Now"), comment posts with user names, human and full times in the post-meta dropdown, "Post #n",
 * an "edited" marker, a post mention and a quote, "liked this" lines and "Reply", a tag event post, the reply
 * placeholder, the cookie-consent bar, and the server-rendered copy of the posts in <noscript id="flarum-content">; and,
 * from file c2, a NodeBB topic.
 */
const flTitle = 'Notes duplicated after syncing two laptops on 3.2';
type Fl = { n: number; user: string; short: string; full: string; paras: string[]; edited?: boolean; mention?: string; quote?: string; likes?: string };
const flPosts: Fl[] = [
  {
    n: 1,
    user: 'tamsin_r',
    short: 'Nov 3',
    full: 'Monday, November 3, 2025 9:14 AM',
    edited: true,
    paras: [
      'Since updating both my laptops to 3.2 last week, every note I edit on one machine shows up twice on the other, once with my changes ' +
        'and once without. The copy has “(conflict)” appended to the title. It happens even when only one laptop is open at a time.',
      'Both machines sync through the same self-hosted server, which I have not touched. Before 3.2 this setup had worked for over a year ' +
        'without a single conflict. I have about 900 notes, so cleaning up by hand is not really an option.',
      'Has anyone else seen this? Happy to post logs if someone tells me where to find them.',
    ],
    likes: 'jonas_vl and 3 others liked this.',
  },
  {
    n: 2,
    user: 'jonas_vl',
    short: 'Nov 3',
    full: 'Monday, November 3, 2025 11:02 AM',
    paras: [
      'Same here on Linux and macOS. I noticed the conflicts only appear for notes that have an attachment, which might help narrow it down. ' +
        'Plain text notes sync fine for me.',
    ],
  },
  {
    n: 3,
    user: 'kaspar',
    short: 'Nov 4',
    full: 'Tuesday, November 4, 2025 8:37 AM',
    mention: 'tamsin_r',
    quote: 'It happens even when only one laptop is open at a time.',
    paras: [
      'Thanks for the detailed report. This is a bug in how 3.2 compares attachment timestamps: the server rounds them to the second and ' +
        'the app does not, so it thinks the attachment has changed on every sync and saves a conflict copy to be safe.',
      'Version 3.2.1 is out today with the fix. Update both machines, then open Settings, Sync, and choose “Merge conflict copies”. It ' +
        'combines each pair where the only difference is the attachment timestamp and leaves real conflicts alone.',
    ],
    likes: 'tamsin_r, jonas_vl and 7 others liked this.',
  },
  {
    n: 5,
    user: 'tamsin_r',
    short: 'Nov 4',
    full: 'Tuesday, November 4, 2025 1:20 PM',
    paras: [
      'Updated both laptops and ran the merge. It cleaned up 212 duplicate pairs and left three that really did differ, which is exactly ' +
        'right. Thank you for the quick turnaround, and for the clear explanation.',
    ],
  },
  {
    n: 6,
    user: 'jonas_vl',
    short: 'Nov 5',
    full: 'Wednesday, November 5, 2025 7:55 AM',
    paras: [
      'Confirming 3.2.1 fixed it for me as well, including the notes with attachments. One tip for anyone who finds this later: run the merge ' +
        'on the machine with the most recent edits first, then let the other one sync. Doing it the other way round left me with a few ' +
        'notes that needed merging twice.',
    ],
  },
];
const flHeader = ['Website', 'Documentation', 'Download'];
const flNotices = [
  'Loading...',
  'This site is best viewed in a modern browser with JavaScript enabled.',
  'Something went wrong while trying to load the full version of this site. Try hard-refreshing this page to fix the error.',
];
const flCookie = 'This forum uses cookies to keep you signed in and to remember your settings.';
const flUser = (u: string): string => `<a href="/u/${u}"><span class="Avatar" loading="lazy" style="--avatar-bg: #a0c5e5;">${u.charAt(0).toUpperCase()}</span>
<span class="username">${u}</span></a>`;
const flPost = (p: Fl, i: number): string => `<div class="PostStream-item" data-index="${i}" data-time="2025-11-0${p.n}T09:14:22+00:00" data-number="${p.n}"
data-id="${4410 + p.n}" data-type="comment"><article class="CommentPost Post Post--by-${p.user}${p.n === 1 ? ' Post--by-start-user' : ''}" aria-label="Post
#${p.n}">
<div><header class="Post-header"><ul><li class="item-user"><div class="PostUser"><h3 class="PostUser-name">${flUser(p.user)}</h3><ul class="PostUser-badges
badges">
${
  p.user === 'kaspar'
    ? '<li class="item-group1"><span class="Badge Badge--group--1" style="--badge-bg: #B72A2A;" aria-label="Admin" data-tooltip>' +
      '<i class="icon fas fa-wrench Badge-icon"></i></span></li>'
    : ''
}</ul></div></li>
<li class="item-meta"><div class="Dropdown PostMeta"><a class="Dropdown-toggle" data-toggle="dropdown"><time pubdate=""
datetime="2025-11-0${p.n}T09:14:22+00:00"
title="${p.full}" data-humantime="">${p.short}</time></a><div class="Dropdown-menu dropdown-menu"><span class="PostMeta-number">Post #${p.n}</span> <span
class="PostMeta-time">
<time pubdate="" datetime="2025-11-0${p.n}T09:14:22+00:00">${p.full}</time></span> <span class="PostMeta-ip"></span><input class="FormControl
PostMeta-permalink"
value="https://forum.quillmark.example/d/2207/${p.n}"></div></div></li>${
  p.edited ? '<li class="item-edited"><span class="PostEdited" title="Edited by tamsin_r 2 days ago" data-tooltip>edited</span></li>' : ''
}</ul></header><div class="Post-body">${
  p.mention
    ? `<p><a href="https://forum.quillmark.example/d/2207/1" class="PostMention" data-id="4411" rel="nofollow">${p.mention}</a></p>
<blockquote class="uncited"><div><p>${p.quote}</p></div></blockquote>\n`
    : ''
}${p.paras.map((x) => `<p>${x}</p>`).join('\n')}</div><aside class="Post-footer"><ul>${
  p.likes ? `<li class="item-liked"><div class="Post-likedBy"><i aria-hidden="true" class="icon fas fa-thumbs-up"></i>${p.likes}</div></li>` : ''
}</ul></aside><aside class="Post-actions"><ul><li class="item-reply"><button class="Button Button--link" type="button"><span class="Button-label">Reply</span>
</button></li></ul></aside></div></article></div>`;
const flEvent = `<div class="PostStream-item" data-index="3" data-number="4" data-type="discussionTagged"><article class="Post EventPost DiscussionTaggedPost">
<div class="EventPost-icon"><i aria-hidden="true" class="icon fas fa-tag"></i></div><div class="EventPost-info"><a class="EventPost-user" href="/u/kaspar">
<span class="username">kaspar</span></a> added the <span class="TagsLabel"><span class="TagLabel"><span class="TagLabel-text"><span
class="TagLabel-name">Solved</span>
</span></span></span> tag. <time pubdate="" datetime="2025-11-04T08:38:00+00:00" title="Tuesday, November 4, 2025 8:38 AM" data-humantime="">Nov
4</time></div></article></div>`;
const flNoscript = `<noscript id="flarum-content">
<div class="container">
    <h1>${flTitle}</h1>
    <div>
${flPosts
  .map(
    (p) => `        <article>
            <div class="PostUser"><h3 class="PostUser-name">${p.user}</h3></div>
            <div class="Post-body">
${
  p.mention
    ? `<p><a href="https://forum.quillmark.example/d/2207/1" class="PostMention">${p.mention}</a></p><blockquote
class="uncited"><div><p>${p.quote}</p></div></blockquote>`
    : ''
}
${p.paras.map((x) => `<p>${x}</p>`).join('\n')}
            </div>
        </article>
        <hr>`,
  )
  .join('\n')}
    </div>
</div>
</noscript>`;
const flHtml = `<!doctype html>
<html dir="ltr" lang="en"><head><meta charset="utf-8"><title>${flTitle} - Quillmark Community</title>
<link rel="stylesheet" href="https://forum.quillmark.example/assets/forum.css?v=2b9f1d44"><link rel="canonical"
href="https://forum.quillmark.example/d/2207-notes-duplicated">
<link rel="preload" href="https://forum.quillmark.example/assets/forum.js?v=7c1e03aa" as="script"><link rel="preload"
href="https://forum.quillmark.example/assets/forum-en.js?v=1f0b77b2" as="script">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1"><meta name="description" content="Since updating both my
laptops to 3.2 last week, every note I edit on one machine shows up twice on the other.">
<meta name="theme-color" content="#4a7cc2"><meta name="color-scheme" content="light"><link rel="shortcut icon"
href="https://forum.quillmark.example/assets/favicon-x1.png">
</head>
<body>
<div id="app" class="App affixNavbar"><div id="app-navigation" class="App-navigation"><div class="Navigation ButtonGroup App-backControl"><a class="Button
Navigation-back
Button--icon hasIcon" aria-label="Back to Discussion List" href="/"><i aria-hidden="true" class="icon fas fa-chevron-left Button-icon"></i></a>
<button class="Button Button--icon Navigation-drawer" aria-label="Open Navigation Drawer" type="button"></button></div></div>
<div id="drawer" class="App-drawer"><header id="header" class="App-header navbar-fixed-top"><div id="header-navigation" class="Header-navigation"></div>
<div class="container"><div class="Header-title"><a href="https://forum.quillmark.example" id="home-link">Quillmark Community</a></div>
<div id="header-primary" class="Header-primary"><ul class="Header-controls">${links(flHeader, 'item-link')}</ul></div>
<div id="header-secondary" class="Header-secondary"><ul class="Header-controls"><li class="item-search"><div role="search" aria-label="Search Forum"
class="Search">
<div class="Search-input"><input aria-label="Search Forum" class="FormControl" type="search" placeholder="Search Forum"></div></div></li>
<li class="item-locale"><div class="ButtonGroup Dropdown dropdown"><button class="Dropdown-toggle Button Button--link" aria-haspopup="menu"
data-toggle="dropdown">
<span class="Button-label">English</span></button><ul class="Dropdown-menu dropdown-menu Dropdown-menu--right"><li><button class="hasIcon" type="button">
<span class="Button-label">English</span></button></li><li><button type="button"><span class="Button-label">Deutsch</span></button></li></ul></div></li>
<li class="item-signUp"><button class="Button Button--link" type="button"><span class="Button-label">Sign Up</span></button></li><li class="item-logIn">
<button class="Button Button--link" type="button"><span class="Button-label">Log In</span></button></li></ul></div></div></header></div>
<main class="App-content"><div id="content"><div class="DiscussionPage"><div class="DiscussionPage-discussion"><header class="Hero DiscussionHero"><div
class="container">
<ul class="DiscussionHero-items"><li class="item-tags"><span class="TagsLabel "><a class="TagLabel colored text-contrast--light" style="--tag-bg: #4a7cc2;"
href="/t/support"><span class="TagLabel-text"><i aria-hidden="true" class="icon fas fa-life-ring"></i><span class="TagLabel-name">Support</span></span></a>
<a class="TagLabel colored" style="--tag-bg: #3aa65b;" href="/t/solved"><span class="TagLabel-text"><span
class="TagLabel-name">Solved</span></span></a></span></li>
<li class="item-title"><h1 class="DiscussionHero-title">${flTitle}</h1></li></ul></div></header>
<div class="container"><nav class="DiscussionPage-nav"><ul><li class="item-controls"><div class="ButtonGroup Dropdown dropdown App-primaryControl
Dropdown--split
itemCount1"><button class="SplitDropdown-button Button Button--primary hasIcon" type="button"><i aria-hidden="true" class="icon fas fa-reply Button-icon"></i>
<span class="Button-label">Log In to Reply</span></button><button class="Dropdown-toggle Button Button--icon Button--primary" aria-haspopup="menu"
aria-label="Toggle dropdown menu" data-toggle="dropdown"></button></div></li><li class="item-subscription"><button class="Button SubscriptionMenu-button
hasIcon"
type="button"><i aria-hidden="true" class="icon far fa-star Button-icon"></i><span class="Button-label">Follow</span></button></li>
<li class="item-scrubber"><div class="PostStreamScrubber Dropdown App-titleControl"><button class="Button Dropdown-toggle" data-toggle="dropdown"><span>
<span class="Scrubber-index">1</span> of <span class="Scrubber-count">6</span> posts </span></button><div class="Dropdown-menu dropdown-menu"><div
class="Scrubber">
<a class="Scrubber-first"><i aria-hidden="true" class="icon fas fa-angle-double-up"></i> Original Post</a><div class="Scrubber-scrollbar"><div
class="Scrubber-handle">
<div class="Scrubber-bar"></div><div class="Scrubber-info"><strong><span class="Scrubber-index">1</span> of <span class="Scrubber-count">6</span> posts</strong>
<span class="Scrubber-description">November 2025</span></div></div></div><a class="Scrubber-last"><i aria-hidden="true" class="icon fas
fa-angle-double-down"></i>
Now</a></div></div></div></li></ul></nav>
<div class="DiscussionPage-stream"><div class="PostStream" role="feed" aria-live="off" aria-busy="false">
${flPosts.slice(0, 3).map(flPost).join('\n')}
${flEvent}
${flPosts
  .slice(3)
  .map((p, i) => flPost(p, i + 4))
  .join('\n')}
<div class="PostStream-item" data-index="5"><article class="Post ReplyPlaceholder"><header class="Post-header"><div class="PostUser"><h3 class="PostUser-name">
<span class="Avatar"></span> Write a Reply...</h3></div></header></article></div>
</div></div></div></div></div></div>
<div id="flarum-loading" style="display: none">${flNotices[0]}</div>
<noscript><div class="Alert"><div class="container">${flNotices[1]}</div></div></noscript>
<div id="flarum-loading-error" style="display: none"><div class="Alert"><div class="container">${flNotices[2]}</div></div></div>
${flNoscript}
<div class="App-composer"><div class="container"><div id="composer"><div class="Composer"></div></div></div></div></main></div>
<div id="modal"></div><div id="alerts"></div>
<div class="cookie-consent cc-window cc-banner cc-bottom" role="dialog" aria-label="cookieconsent"><span class="cc-message">${flCookie}</span>
<div class="cc-compliance"><a class="cc-btn cc-dismiss" role="button" tabindex="0">Got it!</a></div></div>
<script src="https://forum.quillmark.example/assets/forum.js?v=7c1e03aa"></script><script
src="https://forum.quillmark.example/assets/forum-en.js?v=1f0b77b2"></script>
<script id="flarum-json-payload"
type="application/json">{"resources":[],"session":{"userId":0,"csrfToken":"x1"},"locales":{"en":"English","de":"Deutsch"},"locale":"en"}</script>
<script>document.getElementById('flarum-loading').style.display = 'block'; var flarum = {extensions: {}};</script>
<script>const data = JSON.parse(document.getElementById('flarum-json-payload').textContent); flarum.core.app.load(data);
flarum.core.app.bootExtensions(flarum.extensions);
flarum.core.app.boot();</script>
</body></html>`;
const flarum: TestPage = {
  html: flHtml,
  name: 'heldout140-flarum-discussion',
  kind: 'forum',
  // every comment post is body; the mention line (a user name) and the quote are in neither list; user names, the short
  // and full post times and "edited" are bylines; tags, "Post #n", the scrubber, "liked this" lines, the tag event post,
  // buttons and notices are furniture
  title: flTitle,
  headings: [],
  body: texts(flPosts.flatMap((p) => p.paras)),
  bylines: ['tamsin_r', 'jonas_vl', 'kaspar', 'Nov 3', 'Nov 4', 'Nov 5', ...flPosts.map((p) => p.full), 'edited'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quillmark Community', ...flHeader, 'English', 'Deutsch', 'Sign Up', 'Log In', 'Support', 'Solved', 'Log In to Reply', 'Follow', '1 of 6 posts',
    'Original Post', 'Now', 'November 2025', 'Post #1', 'Post #2', 'Post #3', 'Post #5', 'Post #6', 'jonas_vl and 3 others liked this.',
    'tamsin_r, jonas_vl and 7 others liked this.', 'Reply', 'added the Solved tag.', 'Write a Reply...', ...flNotices, flCookie, 'Got it!',
  ],
};

export const HELDOUT140_C: readonly TestPage[] = [flarum, nodebb];
