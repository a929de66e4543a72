import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 164, file d2: a Godot Forum (Discourse) topic as the rendered Ember page a guest saves (header with
 * "Sign Up" and "Log In", the sidebar with Topics / More / Categories / Tags sections, the category badge and tags under
 * the title, posts with avatar, username, full name, relative dates, a quote, code blocks, the post controls, the solved
 * notice, the topic map with created / last reply / replies / views / users, the "Related topics" table and the guest
 * signup cta).
 */
const gdTitle = 'CharacterBody2D slides down slopes when standing still';
type GdPost = { n: number; user: string; full: string; when: string; quote?: [string, string]; paras: string[]; code?: string; paras2?: string[] };
const gdPosts: GdPost[] = [
  {
    n: 1,
    user: 'pixelmoth',
    full: 'Ilse Brandvold',
    when: 'Oct 8',
    paras: [
      'I am making a small platformer in Godot 4.4. My player is a CharacterBody2D with a capsule shape. On flat ground everything is ' +
        'fine, but on any slope steeper than about 20 degrees the player slowly slides down when I am not pressing anything.',
      'This is my physics process, trimmed down:',
    ],
    code: 'func _physics_process(delta):\n    velocity.y += gravity * delta\n    velocity.x = direction * SPEED\n    move_and_slide()',
    paras2: ['Floor max angle is left at the default. What am I missing?'],
  },
  {
    n: 2,
    user: 'tiled_tom',
    full: 'Tomás Ferreira',
    when: 'Oct 8',
    paras: [
      'Two things. First, you keep adding gravity while on the floor, so every frame the body is pushed into the slope and ' +
        'move_and_slide turns some of that push into sideways motion. Only add gravity when not on the floor.',
      'Second, check that floor_stop_on_slope is enabled on the body. It is on by default in Godot 4, but it is easy to untick by ' +
        'accident in the inspector.',
      'If you still see creep after that, look at floor_snap_length. A few pixels of snap keeps the body glued to the slope when it ' +
        'walks from a steep section onto a flatter one, and it stops the tiny hop you get at the crest of a hill.',
    ],
  },
  {
    n: 3,
    user: 'pixelmoth',
    full: 'Ilse Brandvold',
    when: 'Oct 9',
    quote: ['tiled_tom', 'Only add gravity when not on the floor.'],
    paras: [
      'That was it. floor_stop_on_slope was off, and I had copied the gravity line from an old tutorial. With both fixed the player ' +
        'stands perfectly still on a 35 degree slope. Thank you!',
    ],
  },
  {
    n: 4,
    user: 'tiled_tom',
    full: 'Tomás Ferreira',
    when: 'Oct 9',
    paras: [
      'Glad it works. One more tip for later: if you add moving platforms, set the platform layers on the body so it inherits their ' +
        'velocity, and consider turning on floor_constant_speed. Without it the player walks noticeably slower uphill than on the ' +
        'flat, which feels odd in a platformer even though it is technically what move_and_slide is asked to do.',
      'Also worth knowing: the 2D physics demo project in the asset library has a slope test level that shows all of these ' +
        'settings side by side. It is a quick way to see what each one does before you touch your own scenes.',
    ],
  },
  {
    n: 5,
    user: 'system',
    full: '',
    when: 'Oct 10',
    paras: ['This topic was automatically closed 24 hours after the last reply. New replies are no longer allowed.'],
  },
];
const gdSide = ['Topics', 'More', 'Categories', 'Help', 'Showcase', 'General', 'All categories', 'Tags', 'godot-4', 'gdscript', 'physics', 'All tags'];
const gdRelated: [string, string, string, string][] = [
  ['Player jitters on moving platforms', '4', '318', 'Sep 2025'],
  ['move_and_slide and one-way collision', '7', '1.1k', 'Aug 2025'],
  ['How to detect slope angle in 4.x', '2', '240', 'Jul 2025'],
];
const gdPost = (p: GdPost): string => `<div class="topic-post clearfix${p.n === 3 ? ' accepted-answer' : ''}" data-post-number="${p.n}">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="41${p.n}07" data-topic-id="98231" data-user-id="${p.n}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar"
href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true">
<img alt="" width="48" height="48" src="/user_avatar/forum.godotengine.example/${p.user}/96/1.png"
class="avatar" loading="lazy"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data">
<div class="names trigger-user-card"><span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>${
  p.full
    ? `<span
class="second full-name"><a href="/u/${p.user}">${p.full}</a></span>`
    : ''
}</div><div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/characterbody2d-slides/98231/${p.n}"><span title="Oct ${p.n + 7}, 2025 6:12 pm" class="relative-date">${p.when}</span></a></div>
</div></div>
<div class="regular contents"><div class="cooked">${
  p.quote
    ? `<aside class="quote no-group" data-username="${p.quote[0]}" data-post="2" data-topic="98231">
<div class="title"><div class="quote-controls"></div><img alt="" width="24" height="24" src="/user_avatar/x/24/2.png" class="avatar"> ${p.quote[0]}:</div>
<blockquote><p>${p.quote[1]}</p></blockquote></aside>\n`
    : ''
}${p.paras.map((t) => `<p>${t}</p>`).join('\n')}${
  p.code
    ? `\n<pre data-code-wrap="gdscript"><code
class="lang-gdscript">${p.code}</code></pre>`
    : ''
}${(p.paras2 ?? []).map((t) => `\n<p>${t}</p>`).join('')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="btn-flat like" title="like this post">
<span aria-hidden="true">​</span></button><button class="btn-flat share" title="copy a link to this post to clipboard"></button>
<button class="btn-flat reply create" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section>
${
  p.n === 1
    ? `<div class="topic-map --op"><section class="topic-map__contents"><ul class="topic-map__stats"><li><span class="number">4</span><span
class="topic-map__stat-label">replies</span></li><li><span class="number">412</span><span class="topic-map__stat-label">views</span></li><li><span
class="number">2</span><span class="topic-map__stat-label">users</span></li></ul></section></div>
<p class="solved-notice">Solved by pixelmoth in post #3</p>`
    : ''
}</div></div></div></article></div>`;
const gdHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon discourse-no-touch"><head><meta charset="utf-8">
<title>${gdTitle} - Help - Godot Forum</title><meta name="description" content="I am making a small platformer in Godot 4.4. My player is a CharacterBody2D">
<meta name="generator" content="Discourse 3.5.0 - https://github.com/discourse/discourse version 3.5.0"><meta property="og:site_name" content="Godot Forum">
<meta property="og:type" content="website"><meta property="og:title" content="${gdTitle}">
<link rel="canonical" href="https://forum.godotengine.org/t/characterbody2d-slides/98231">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage","name":"${gdTitle}","mainEntity":{"@type":"Question","name":"${gdTitle}",
"author":{"@type":"Person","name":"pixelmoth"},"answerCount":2,"acceptedAnswer":{"@type":"Answer","author":{"@type":"Person","name":"pixelmoth"}}}}</script>
<link href="/stylesheets/desktop_f2a1.css?__ws=forum.godotengine.example" media="all" rel="stylesheet"></head>
<body class="crawler has-sidebar-page archetype-regular category-help tag-godot-4 tag-physics"><section id="main" class="ember-application">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle">
<button class="btn-sidebar-toggle"
aria-label="Sidebar" title="Hide sidebar"></button></div><div class="title"><a href="/"><img src="/uploads/default/logo.svg" alt="Godot Forum" id="site-logo">
</a></div>
<div class="panel"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button"><span class="d-button-label">Log In</span></button></span></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section class="sidebar-container"><div class="sidebar-sections">
<ul class="sidebar-section-wrapper">${links(gdSide, 'sidebar-section-link-wrapper')}</ul></div></section></div>
<div id="main-outlet"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="98231"><a href="/t/characterbody2d-slides/98231" class="fancy-title">
<span dir="auto">${gdTitle}</span></a></h1><div class="topic-category"><div class="badge-category__wrapper"><span class="badge-category" data-category-id="6">
<span class="badge-category__name">Help</span></span></div><div class="list-tags"><a href="/tag/godot-4" class="discourse-tag box">godot-4</a>
<a href="/tag/physics" class="discourse-tag box">physics</a></div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">
${gdPosts.map(gdPost).join('\n')}
</div></div><div class="more-topics__container"><div class="more-topics__lists"><h3 class="more-topics__list-title">Related topics</h3>
<table class="topic-list">
<thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>
${gdRelated
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${r[1]}" class="title raw-link">${r[0]}</a></td><td class="posts">${r[1]}</td><td
class="views">${r[2]}</td><td class="activity">${r[3]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div>
<div class="signup-cta alert alert-info"><h3>Need help with your Godot project?</h3>
<p>Sign up to ask questions, share what you are making and help others.</p></div>
</div></div></section><footer class="footer-links"><a href="/about">About</a> <a href="/faq">FAQ</a> <a href="/tos">Terms of Service</a>
<a href="/privacy">Privacy</a><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
</footer>
<script defer src="/assets/discourse.js"></script></body></html>`;
export const godotForumTopic: TestPage = {
  html: gdHtml,
  name: 'heldout164-godotforum-discourse-topic',
  kind: 'forum',
  // every post is body (the system closing notice too, as the platform posts it in the stream); the quote and code block
  // are in neither list; usernames, full names and dates are bylines; category, tags, sidebar, topic map, solved notice,
  // related topics, the signup cta and footer are furniture
  title: gdTitle,
  headings: [],
  body: gdPosts.flatMap((p) => texts([...p.paras, ...(p.paras2 ?? [])])),
  bylines: ['pixelmoth', 'Ilse Brandvold', 'tiled_tom', 'Tomás Ferreira', 'system', 'Oct 8', 'Oct 9', 'Oct 10'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...gdSide, 'Reply', 'replies', 'views', 'users', 'Solved by pixelmoth in post #3', 'Related topics', ...gdRelated.map((r) => r[0]),
    '1.1k', 'Sep 2025', 'Aug 2025', 'Jul 2025', 'Need help with your Godot project?', 'Sign up to ask questions, share what you are making and help others.',
    'About', 'FAQ', 'Terms of Service', 'Privacy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};
