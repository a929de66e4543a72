import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 38, file b2: a Flarum 1.8 discussion saved from the browser after the app rendered (the Mithril DOM of the
 * header with search and "Sign Up"/"Log In", the discussion hero with tags, the post stream with user badges, post times,
 * an "edited" marker, a post mention, likes, the best-answer box, an event post, the scrubber and the reply button), with
 * the server's <noscript> copy of the same posts and the preload script still in the page, as Flarum leaves them.
 */
const flTitle = 'Backups fail after upgrading to 2.4: permission denied on /data/tmp';
interface FlPost {
  n: number;
  user: string;
  time: string;
  full: string;
  html: string;
  body: string[];
  badge?: string;
  edited?: string;
  likes?: string;
}
const p = (ps: string[]): string => ps.map((x) => `<p>${x}</p>`).join('\n');
const fl1 = [
  'Since upgrading Paperdesk from 2.3.6 to 2.4.0 last night, the scheduled backup job fails every time. The web interface ' +
    'works and documents open fine, but the backup log ends with this:',
  'I run the official Docker image on a Synology NAS with the data folder bind-mounted from /volume1/docker/paperdesk. ' +
    'Nothing changed on the NAS side, and backups had worked every night for over a year.',
  'Is there a new folder I need to create, or did the container user change?',
];
const fl2 = [
  'Thanks for the log. Which user does the container run as? If you set PUID and PGID in your compose file, please post ' +
    'those lines, and the output of ls -ln on the data folder.',
];
const fl3 = [
  'PUID=1026 and PGID=100, same as before. The data folder and everything in it belongs to 1026:100, except a tmp folder ' +
    'I have never seen before, which is owned by root.',
];
const fl4 = ['Same here on Unraid, also since 2.4.0. Restores from older backups still work, it is only creating new ones that fails.'];
const fl5 = [
  'Found it. In 2.4 the backup job writes its staging files to /data/tmp instead of /tmp inside the container. The ' +
    'entrypoint creates that folder on first start, but it does so before dropping privileges, so it ends up owned by root.',
  'Until 2.4.1 is out, fix the owner once from the host and restart the container:',
  'The fix for the entrypoint is merged and will ship in 2.4.1 next week. Sorry for the trouble, and thanks to both of you for the details.',
];
const fl6 = ['That did it. Last night’s backup ran in four minutes and the archive restores cleanly on a test install. Marking this as solved.'];
const flCode1 = 'ERROR backup.run: could not create staging file\nPermissionError: [Errno 13] Permission denied: &#39;/data/tmp/bk-20250304.part&#39;';
const flCode5 = 'sudo chown -R 1026:100 /volume1/docker/paperdesk/tmp\ndocker compose restart paperdesk';
const flPosts: FlPost[] = [
  {
    n: 1,
    user: 'ruth_okafor',
    time: 'Mar 4',
    full: 'Tuesday, March 4, 2025 9:12 AM',
    edited: 'edited Mar 4',
    html: `${p(fl1.slice(0, 1))}\n<pre><code>${flCode1}</code></pre>\n${p(fl1.slice(1))}`,
    body: fl1,
  },
  {
    n: 2,
    user: 'dev_horace',
    badge: 'Team',
    time: 'Mar 4',
    full: 'Tuesday, March 4, 2025 10:40 AM',
    html: `<p><a href="/d/1187-backups-fail-after-upgrading/1" class="PostMention" data-id="5512">ruth_okafor</a> ${fl2[0]}</p>`,
    body: fl2,
  },
  { n: 3, user: 'ruth_okafor', time: 'Mar 4', full: 'Tuesday, March 4, 2025 11:02 AM', html: p(fl3), body: fl3 },
  { n: 4, user: 'jpsanders', time: 'Mar 4', full: 'Tuesday, March 4, 2025 1:27 PM', html: p(fl4), body: fl4, likes: '2 others' },
  {
    n: 5,
    user: 'dev_horace',
    badge: 'Team',
    time: 'Mar 5',
    full: 'Wednesday, March 5, 2025 8:15 AM',
    html: `${p(fl5.slice(0, 2))}\n<pre><code class="language-bash">${flCode5}</code></pre>\n${p(fl5.slice(2))}`,
    body: fl5,
    likes: '4 others',
  },
  { n: 7, user: 'ruth_okafor', time: 'Mar 6', full: 'Thursday, March 6, 2025 7:51 AM', html: p(fl6), body: fl6 },
];
const bestLabel = '<li class="item-isBestAnswer"><span class="BestAnswer--label"><i class="icon fas fa-check"></i> Best Answer</span></li>';
const flPost = (x: FlPost): string =>
  `<div class="PostStream-item" data-index="${x.n - 1}" data-time="2025-03-0${x.time.slice(-1)}T09:12:44+00:00" data-number="${x.n}" ` +
  `data-id="${5511 + x.n}" data-type="comment"><article class="CommentPost Post${x.user === 'ruth_okafor' ? ' Post--by-start-user' : ''}${
    x.n === 5 ? ' Post--bestAnswer' : ''
  }" aria-label="Post ${x.n} by ${x.user}"><div><header class="Post-header"><ul><li class="item-user"><div class="PostUser"><h3 class="PostUser-name">` +
  `<a href="/u/${x.user}"><span class="Avatar PostUser-avatar" loading="lazy" style="--avatar-bg: #a0c4e5;">${x.user.charAt(0).toUpperCase()}</span>` +
  `<span class="username">${x.user}</span></a></h3><ul class="PostUser-badges badges">${
    x.badge
      ? `<li class="item-group2"><span class="Badge Badge--group--2" aria-label="${x.badge}"><i class="icon fas fa-wrench Badge-icon"></i></span></li>`
      : ''
  }</ul></div></li><li class="item-meta"><div class="Dropdown PostMeta"><a class="Dropdown-toggle" data-toggle="dropdown"><time pubdate="" ` +
  `datetime="2025-03-04T09:12:44+00:00" title="${x.full}" data-humantime="">${x.time}</time></a><div class="Dropdown-menu dropdown-menu">` +
  `<span class="PostMeta-number">Post #${x.n}</span> <span class="PostMeta-time"><time>${x.full}</time></span> <span class="PostMeta-ip"></span>` +
  `<input class="FormControl PostMeta-permalink"></div></div></li>${
    x.edited ? `<li class="item-edited"><span class="PostEdited" title="Edited by ${x.user} a year ago">${x.edited}</span></li>` : ''
  }${x.n === 5 ? bestLabel : ''}</ul></header>` +
  `<div class="Post-body">\n${x.html}\n</div>${
    x.n === 1
      ? '<div class="BestAnswerPost"><div class="BestAnswerPost-header"><span class="BestAnswerPost-title"><i class="icon fas fa-check"></i> ' +
        'Best answer</span>' +
        ' <span class="BestAnswerPost-user">dev_horace</span></div><div class="BestAnswerPost-body">Found it. In 2.4 the backup job writes its staging files ' +
        'to /data/tmp instead of /tmp inside the container.</div><div class="BestAnswerPost-meta">Marked as best answer by ruth_okafor</div></div>'
      : ''
  }<aside class="Post-footer"><ul>${
    x.likes
      ? `<li class="item-liked"><div class="Post-likedBy"><i class="icon far fa-thumbs-up"></i><a href="/u/ruth_okafor">ruth_okafor</a> and <a
href="#">${x.likes}</a> like this.</div></li>`
      : ''
  }</ul></aside><aside class="Post-actions"><ul><li class="item-like"><button class="Button Button--link" type="button"><span
class="Button-label">Like</span>` +
  '</button></li><li class="item-reply"><button class="Button Button--link" type="button"><span class="Button-label">Reply</span></button></li><li>' +
  '<div class="ButtonGroup Dropdown dropdown Post-controls itemCount1"><button class="Dropdown-toggle Button Button--icon Button--flat" aria-haspopup="menu" ' +
  'aria-label="Toggle post controls dropdown menu" data-toggle="dropdown"><i aria-hidden="true" class="icon fas fa-ellipsis-h Button-icon"></i><span ' +
  'class="Button-label"></span></button><ul class="Dropdown-menu dropdown-menu Dropdown-menu--right"></ul></div></li></ul></aside></div></article></div>';
const flEvent =
  '<div class="PostStream-item" data-index="5" data-number="6" data-id="5517" data-type="discussionTagged">' +
  '<article class="EventPost DiscussionTaggedPost Post">' +
  '<div class="EventPost-icon"><i aria-hidden="true" class="icon fas fa-tag"></i></div><div class="EventPost-info"><a class="EventPost-user" ' +
  'href="/u/ruth_okafor"><span class="username">ruth_okafor</span></a> added the <span class="TagsLabel "><span ' +
  'class="TagLabel colored text-contrast--light" ' +
  'style="--tag-bg: #4caf50;"><span class="TagLabel-text"><span class="TagLabel-name">Solved</span></span></span></span> tag. <a class="EventPost-time" ' +
  'href="/d/1187-backups-fail-after-upgrading/6"><time pubdate="" datetime="2025-03-06T07:49:02+00:00" title="Thursday, March 6, 2025 7:49 AM">' +
  'Mar 6</time></a>' +
  '</div></article></div>';
const flHtml = `<!doctype html>
<html dir="ltr" lang="en"><head><meta charset="utf-8"><title>${flTitle} - Paperdesk Community</title>
<link rel="stylesheet" href="https://community.paperdesk.example/assets/forum.css?v=6b1e4d0a"><link rel="canonical"
href="https://community.paperdesk.example/d/1187-backups-fail-after-upgrading">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1"><meta name="description"
content="Since upgrading Paperdesk from 2.3.6 to 2.4.0 last night, the scheduled backup job fails every time.">
<style>:root { --primary-color: #2f5d8a; --secondary-color: #4a6274; --header-bg: #fff; }</style></head>
<body><div id="app" class="App affixNavbar scrolled"><div id="app-navigation" class="App-navigation"><div class="Navigation ButtonGroup App-backControl">
<button class="Button Navigation-back Button--icon hasIcon" aria-label="Go back" type="button"><i aria-hidden="true"
class="icon fas fa-chevron-left Button-icon"></i>
<span class="Button-label"></span></button></div></div>
<div id="drawer" class="App-drawer"><header id="header" class="App-header navbar-fixed-top"><div id="header-navigation" class="Header-navigation"></div>
<div class="container"><div class="Header-title"><a href="https://community.paperdesk.example" id="home-link"><img
src="https://community.paperdesk.example/assets/logo-4f1c.png"
alt="Paperdesk Community" class="Header-logo"></a></div><div id="header-primary" class="Header-primary"><ul class="Header-controls"><li class="item-link1"><a
class="LinksButton
Button Button--link" href="https://docs.paperdesk.example" target="_blank" rel="noopener noreferrer">Docs</a></li><li class="item-link2"><a
class="LinksButton Button Button--link"
href="https://paperdesk.example/download">Download</a></li></ul></div><div id="header-secondary" class="Header-secondary"><ul class="Header-controls"><li
class="item-search">
<div role="search" aria-label="Search Forum" class="Search"><div class="Search-input"><input aria-label="Search Forum" class="FormControl" type="search"
placeholder="Search Forum">
</div></div></li><li class="item-signUp"><button class="Button Button--link" type="button"><span class="Button-label">Sign Up</span></button></li><li
class="item-logIn">
<button class="Button Button--link" type="button"><span class="Button-label">Log In</span></button></li></ul></div></div></header></div>
<main class="App-content"><div id="content"><div class="DiscussionPage"><div class="DiscussionPage-discussion">
<header class="Hero DiscussionHero DiscussionHero--colored text-contrast--light" style="--hero-bg: #e8833a;"><div class="container"><ul
class="DiscussionHero-items">
<li class="item-tags"><span class="DiscussionHero-tags TagsLabel "><a class="TagLabel colored" href="/t/support" style="--tag-bg: #e8833a;"><span
class="TagLabel-text">
<i class="icon fas fa-life-ring"></i><span class="TagLabel-name">Support</span></span></a><a class="TagLabel colored" href="/t/solved"
style="--tag-bg: #4caf50;">
<span class="TagLabel-text"><span class="TagLabel-name">Solved</span></span></a></span></li><li class="item-title"><h1
class="DiscussionHero-title">${flTitle}</h1></li>
</ul></div></header>
<div class="container"><nav class="DiscussionPage-nav"><ul><li class="item-controls"><div
class="ButtonGroup Dropdown dropdown App-primaryControl Dropdown--split itemCount2">
<button class="Button SplitDropdown-button Button--primary hasIcon" type="button"><i aria-hidden="true" class="icon fas fa-reply Button-icon"></i><span
class="Button-label">Log In
to Reply</span></button></div></li><li class="item-scrubber"><div class="PostStreamScrubber Dropdown App-titleControl"><button class="Button Dropdown-toggle"
data-toggle="dropdown"><span class="Scrubber-index">1</span> of <span class="Scrubber-count">7</span> posts <i class="icon fas fa-sort"></i></button><div
class="Dropdown-menu
dropdown-menu Scrubber"><a class="Scrubber-first"><i class="icon fas fa-angle-double-up"></i> Original Post</a><div class="Scrubber-scrollbar"><div
class="Scrubber-before"></div>
<div class="Scrubber-handle"><div class="Scrubber-bar"></div><div class="Scrubber-info"><strong><span class="Scrubber-index">1</span> of <span
class="Scrubber-count">7</span>
posts</strong><span class="Scrubber-description">March 2025</span></div></div><div class="Scrubber-after"></div></div><a class="Scrubber-last"><i
class="icon fas
fa-angle-double-down"></i> Now</a></div></div></li></ul></nav>
<div class="DiscussionPage-stream"><div class="PostStream" role="feed" aria-live="off" aria-busy="false">
${flPosts.slice(0, 5).map(flPost).join('\n')}
${flEvent}
${flPost(flPosts[5]!)}
<div class="PostStream-item" data-index="7"><div class="ReplyPlaceholder"><div class="Post-header"><span class="Avatar PostUser-avatar"></span> Write a
Reply...</div></div></div>
</div></div></div></div></div></div>
<div id="flarum-loading" style="display: none;">Loading...</div>
<noscript><div class="Alert"><div class="container">This site is best viewed in a modern browser with JavaScript enabled.</div></div>
<div class="container"><h2>${flTitle}</h2><div>
${flPosts.map((x) => `<div><h3>${x.user}</h3><div class="Post-body">\n${x.html}\n</div></div><hr>`).join('\n')}
</div></div></noscript>
<div id="flarum-loading-error" style="display: none"><div class="Alert"><div class="container">Something went wrong while trying to load the full version of
this site.
Try hard-refreshing this page to fix the error.</div></div></div>
<div class="App-composer"><div class="container"><div id="composer"></div></div></div></main></div>
<div id="modal"></div><div id="alerts"></div>
<script src="https://community.paperdesk.example/assets/forum.js?v=9a7e2c31"></script><script
src="https://community.paperdesk.example/assets/forum-en.js?v=21f0b8d4"></script>
<script>document.getElementById('flarum-loading').style.display = 'block'; var flarum = {extensions: {}};</script>
<script>document.getElementById('flarum-loading').style.display = 'none'; try { flarum.core.app.load({"resources":[{"type":"forums","id":"1","attributes":
{"title":"Paperdesk Community","baseUrl":"https://community.paperdesk.example","canStartDiscussion":false}}],"session":{"userId":0,"csrfToken":"k2Yc9Qx7"},
"apiDocument":{"data":{"type":"discussions","id":"1187","attributes":{"title":"Backups fail after upgrading to 2.4: permission denied on \\/data\\/tmp",
"slug":"1187-backups-fail-after-upgrading","commentCount":6,"participantCount":3}}}}); flarum.core.app.bootExtensions(flarum.extensions);
flarum.core.app.boot();
} catch (e) { var error = document.getElementById('flarum-loading-error'); error.innerHTML += document.getElementById('flarum-content').textContent;
error.style.display = 'block'; throw e; }</script>
</body></html>`;
export const flarumDiscussion: TestPage = {
  html: flHtml,
  name: 'heldout38-flarum-discussion',
  kind: 'forum',
  // every post is body, the best answer too; the code blocks (the log and the chown commands) are in neither list; the
  // post mention "ruth_okafor" opening dev_horace's reply says whom it answers, as "in reply to" would (in neither); the best-answer box on
  // the first post repeats the answer's first sentences (in neither); the <noscript> copy repeats every post (in neither);
  // usernames, the post times ("Mar 4"..., and the full dates in each post's closed meta menu) and "edited Mar 4" are bylines
  // ("Post #n" in that menu is furniture); the "Team" badge has no text; tags, "Best Answer"
  // labels, "Marked as best answer by ruth_okafor", the likes lines, Like/Reply buttons, the event post ("added the Solved
  // tag."), the scrubber, "Log In to Reply", "Write a Reply...", header links and buttons, the loading and JavaScript notices
  // are furniture; the scrubber's "Now" and the tag "Solved" are words of the body: left out
  title: flTitle,
  headings: [],
  body: flPosts.flatMap((x) => texts(x.body)),
  bylines: ['ruth_okafor', 'dev_horace', 'jpsanders', 'Mar 4', 'Mar 5', 'Mar 6', 'edited Mar 4', ...flPosts.map((x) => x.full)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Docs', 'Download', 'Sign Up', 'Log In', 'Support', 'Log In to Reply', '1 of 7 posts', 'Original Post', 'March 2025', ...flPosts.map((x) => `Post #${x.n}`),
    'Best Answer', 'Marked as best answer by ruth_okafor', 'ruth_okafor and 2 others like this.',
    'ruth_okafor and 4 others like this.', 'Like', 'Reply', 'added the Solved tag.', 'Write a Reply...', 'Loading...',
    'This site is best viewed in a modern browser with JavaScript enabled.',
    'Something went wrong while trying to load the full version of this site. Try hard-refreshing this page to fix the error.',
  ],
};
