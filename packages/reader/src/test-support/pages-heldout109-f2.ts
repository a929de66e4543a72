import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 109, file f2: a Lemmy post with comments as lemmy-ui 0.19 renders it for a logged-out visitor (the
 * navbar with the instance name, "Communities", "Create Post", "Create Community", "Support Lemmy", "Search", "Login"
 * and "Sign Up", the post listing with its vote score, the poster, community and age, the post body, the action list with
 * comment count and the hidden "cross-posted" / share texts, the comment sort buttons, nested comment nodes with vote
 * counts, "OP" badge, "reply" and "more" buttons, the community sidebar with "Subscribe", description, moderators
 * and stats, and the footer with BE/UI versions, "Modlog", "Instances", "Docs" and "Code").
 */
const title = 'Is it worth repairing a 15-year-old stand mixer, or should I buy new?';
const postBody = [
  'My Kestrel stand mixer from 2010 has started making a grinding noise at low speeds and the bowl wobbles when I knead bread dough. ' +
    'Everything else works. A local repair shop quoted £85 to replace the worm gear and service it. A new mixer of the same size ' +
    'is about £300.',
  'Part of me wants to keep it out of landfill, part of me wonders if this is the start of a long line of repairs. Has anyone had ' +
    'one of these old mixers fixed, and did it last?',
  'Edit: to be clear, I am not in a hurry. I can live with the noise for a few weeks if it means doing this properly, and I would ' +
    'rather not buy something new if the old one has another ten years in it.',
];
type C = { id: number; depth: number; user: string; inst: string; score: string; age: string; op?: boolean; paras: string[] };
const comments: C[] = [
  {
    id: 1184012,
    depth: 0,
    user: 'hobnob',
    inst: 'lemmy.bakehouse.example',
    score: '41',
    age: '7 hours ago',
    paras: [
      'Repair it. The worm gear is designed to be the weak point so that it fails before the motor does. Replacing it is routine, ' +
        'and after that those old mixers go on for decades.',
      'I had exactly this done on mine in 2018 and it still kneads two loaves a week.',
    ],
  },
  {
    id: 1184077,
    depth: 1,
    user: 'pelham',
    inst: 'lemmy.world.example',
    score: '18',
    age: '6 hours ago',
    op: true,
    paras: ['That is really reassuring, thank you. I did not know the gear was meant to fail first.'],
  },
  {
    id: 1184103,
    depth: 0,
    user: 'sparrowhawk',
    inst: 'feddit.example',
    score: '27',
    age: '6 hours ago',
    paras: [
      'If you are handy you can do it yourself for about £20 in parts. There are good teardown guides and you need little more than ' +
        'a screwdriver, a punch and some food-safe grease. Budget an afternoon and be ready for a lot of old grease.',
    ],
  },
  {
    id: 1184150,
    depth: 0,
    user: 'tindall',
    inst: 'lemmy.bakehouse.example',
    score: '9',
    age: '5 hours ago',
    paras: [
      'One thing to check first: the bowl wobble might be the bowl clamp rather than the gearbox. Mine did that and it turned out ' +
        'the clamp screws had loosened. Cost nothing to fix.',
    ],
  },
  {
    id: 1184188,
    depth: 1,
    user: 'pelham',
    inst: 'lemmy.world.example',
    score: '12',
    age: '4 hours ago',
    op: true,
    paras: [
      'Update for anyone who finds this later: it was both. The clamp screws were loose, which explained the wobble, and when I ' +
        'opened the gearbox the worm gear was chewed up. I have ordered the part and will do it myself this weekend.',
    ],
  },
];
const nav = ['Communities', 'Create Post', 'Create Community', 'Support Lemmy'];
const sorts = ['Hot', 'Top', 'Controversial', 'New', 'Old', 'Chat'];
const sidebar = [
  'Fixing things instead of throwing them away. Ask questions, share repairs, post your wins.',
  'Be kind. Everyone started somewhere.',
  'No selling or affiliate links.',
];
const stats = ['1.8K users / day', '6.2K users / week', '2.1K posts', '19K comments'];
const mods = ['tindall', 'greywren'];
const footer = ['Modlog', 'Instances', 'Docs', 'Code', 'join-lemmy.org'];
const vote = (score: string): string => `<button type="button" class="btn btn-animate btn-sm btn-link py-0 px-1 text-muted" data-tippy-content="Upvote"
aria-label="Upvote"><svg class="icon icon-inline small"><use xlink:href="/static/assets/symbols.svg#icon-arrow-up1"></use></svg><span
class="ms-2">${score}</span></button>
<button type="button" class="btn btn-animate btn-sm btn-link py-0 px-1 text-muted" data-tippy-content="Downvote" aria-label="Downvote">
<svg class="icon icon-inline small"><use xlink:href="/static/assets/symbols.svg#icon-arrow-down1"></use></svg></button>`;
const node = (
  c: C,
): string => `<li class="comment list-unstyled" role="comment"><article id="comment-${c.id}" class="details comment-node py-2 ${c.depth ? 'ms-1' : ''}">
<div class="${c.depth ? 'ms-2 border-start border-2 ps-2' : 'ms-2'}"><div class="d-flex flex-wrap align-items-center text-muted small">
<button class="btn btn-sm btn-link text-muted me-2" aria-label="Collapse" data-tippy-content="Collapse"><svg class="icon icon-inline"></svg></button>
<span class="me-2"><span class="person-listing d-inline-flex align-items-baseline text-info"><a class="text-info" title="${c.user}@${c.inst}"
href="/u/${c.user}@${c.inst}">
<span>${c.user}</span><small class="text-muted">@${c.inst}</small></a></span></span>
${c.op ? '<span class="badge text-bg-light d-none d-sm-inline me-2" aria-label="creator">OP</span>' : ''}
<span class="me-1">•</span><span class="ms-1"><span data-tippy-content="Sunday, June 1, 2025">${c.age}</span></span></div>
<div class="comment-content"><div class="md-div">${c.paras.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="d-flex justify-content-between justify-content-lg-start flex-wrap text-muted fw-bold">${vote(c.score)}
<button class="btn btn-link btn-animate text-muted btn-sm" data-tippy-content="reply" aria-label="reply"><svg class="icon icon-inline"></svg>
<span class="d-none d-sm-inline ms-1">reply</span></button><button class="btn btn-link btn-animate text-muted btn-sm" aria-label="more"
data-tippy-content="more">
<svg class="icon icon-inline"></svg></button></div></div></article>`;
const tree = (): string => {
  const [a, b, c, d, e] = comments as [C, C, C, C, C];
  return `<ul class="comments" aria-label="Comments">${node(a)}<ul class="comments">${node(b)}</li></ul></li>${node(c)}</li>${node(d)}
<ul class="comments">${node(e)}</li></ul></li></ul>`;
};
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - Repair Café</title><meta property="og:title" content="${title} - Repair Café"><meta name="description" content="${postBody[0]!.slice(
  0,
  120,
)}">
<meta property="og:type" content="website"><meta property="og:url" content="https://lemmy.bakehouse.example/post/884120">
<link rel="manifest" href="/manifest.webmanifest"><link rel="stylesheet" href="/static/styles/styles.css">
<script nonce="9a2f">window.isoData = {"path":"/post/884120","site_res":{"site_view":{"site":{"name":"Bakehouse Lemmy"}}}};</script>
<script defer src="/static/js/client.js"></script></head>
<body class="app-body"><div id="root"><div class="shadow-sm"><nav class="navbar navbar-expand-md navbar-light p-0 px-3 container-lg" id="navbar">
<a title="Bakehouse Lemmy" class="d-flex align-items-center navbar-brand me-md-3" href="/"><img
class="overflow-hidden pictrs-image img-fluid img-icon me-1 rounded-circle"
alt="" src="/pictrs/image/icon.png"><span>Bakehouse Lemmy</span></a><button class="navbar-toggler border-0 p-1" type="button" aria-label="menu"
data-tippy-content="Expand here" data-bs-toggle="collapse" data-bs-target="#navbarDropdown"></button>
<div class="collapse navbar-collapse my-2" id="navbarDropdown"><ul class="me-auto navbar-nav" id="navbarLinks">${links(nav, 'nav-item')}</ul>
<ul class="navbar-nav" id="navbarIcons"><li id="navSearch" class="nav-item"><a class="nav-link d-inline-flex align-items-center d-md-inline-block"
title="Search"
href="/search"><svg class="icon"></svg><span class="d-inline ms-1 d-md-none ms-md-0">Search</span></a></li>
<li class="nav-item"><a class="nav-link" href="/login">Login</a></li><li class="nav-item"><a class="nav-link"
href="/signup">Sign Up</a></li></ul></div></nav></div>
<main class="mt-4 p-0 fl-1"><div class="post container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3">
<div class="post-listing mt-2"><div class="d-none d-sm-block"><article class="row post-container"><div class="flex-grow-0 px-0 col">
<div class="vote-bar small text-center"><button type="button" class="btn-animate btn btn-link p-0" data-tippy-content="Upvote" aria-label="Upvote">
<svg class="icon upvote"></svg></button><div class="unselectable pointer text-muted post-score"
data-tippy-content="126 points • 129 upvotes • 3 downvotes">126</div>
<button type="button" class="btn-animate btn btn-link p-0" data-tippy-content="Downvote" aria-label="Downvote"><svg
class="icon downvote"></svg></button></div></div>
<div class="col flex-grow-1"><div class="row"><div class="col-12"><div class="post-title"><h1 class="h5 d-inline text-break">
<a class="d-inline link-dark" href="/post/884120" title="comments">${title}</a></h1></div><div class="small mb-1 mb-md-0">
<span class="person-listing d-inline-flex align-items-baseline text-info"><a class="text-info" title="pelham@lemmy.world.example"
href="/u/pelham@lemmy.world.example">
<span>pelham</span><small class="text-muted">@lemmy.world.example</small></a></span> to <a class="community-link" title="repaircafe@lemmy.bakehouse.example"
href="/c/repaircafe"><span class="overflow-wrap-anywhere">Repair Café</span></a> • <span
data-tippy-content="Sunday, June 1, 2025 at 8:02:51 AM">8 hours ago</span></div>
<ul class="list-inline mb-1 text-muted small mt-2"><li class="list-inline-item"><a class="btn btn-link btn-sm text-muted ps-0" title="5 Comments"
href="/post/884120?scrollToComments=true"><svg class="icon me-1 icon-inline"></svg>5 Comments</a></li><li class="list-inline-item">
<button class="btn btn-sm btn-link btn-animate text-muted py-0" data-tippy-content="share" aria-label="share"><svg class="icon icon-inline"></svg></button></li>
<li class="list-inline-item"><a class="btn btn-sm btn-link btn-animate text-muted py-0" title="link" href="https://lemmy.world.example/post/5521"><svg
class="icon"></svg></a></li>
</ul></div></div></div></article></div>
<div class="post-body md-div my-3"><article id="postContent" class="col-12 card my-2 p-2"><div
class="md-div">${postBody.map((p) => `<p>${p}</p>`).join('\n')}</div></article>
</div></div>
<div class="btn-group btn-group-toggle flex-wrap mb-2" role="group">${sorts
  .map(
    (s, i) => `<input id="sort-${i}" type="radio" class="btn-check" value="${s}" ${i === 0 ? 'checked' : ''}><label class="btn btn-outline-secondary pointer"
for="sort-${i}">${s}</label>`,
  )
  .join('\n')}</div>
<div class="comments">${tree()}</div></main>
<aside class="d-none d-md-block col-md-4 col-lg-3" id="sidebarContainer"><div id="sidebarContainer"><section id="sidebarMain"
class="card border-secondary mb-3">
<header class="card-header d-flex align-items-center"><h5 class="mb-0 d-inline"><span class="overflow-wrap-anywhere">Repair Café</span></h5></header>
<div class="card-body"><a class="btn btn-secondary d-block mb-2 w-100" href="/login">Subscribe</a><a class="btn btn-secondary d-block mb-2 w-100"
href="/create_post?communityId=212">Create a post</a></div></section><section id="sidebarInfo" class="card border-secondary mb-3"><div class="card-body">
<div class="md-div">${sidebar.map((s) => `<p>${s}</p>`).join('\n')}</div><ul class="badges my-1 list-inline">${stats
  .map((s) => `<li class="list-inline-item badge text-secondary-emphasis bg-secondary-subtle">${s}</li>`)
  .join('')}</ul><ul class="list-inline small"><li class="list-inline-item">Mods:</li>${mods
  .map((m) => `<li class="list-inline-item"><a class="text-info" href="/u/${m}"><span>${m}</span></a></li>`)
  .join('')}</ul></div></section></div></aside></div></div></main>
<nav class="container-lg navbar navbar-expand-md navbar-light navbar-bg p-3"><div class="navbar-collapse"><ul class="navbar-nav ms-auto">
<li class="nav-item"><span class="nav-link">BE: 0.19.8</span></li><li class="nav-item"><span class="nav-link">UI: 0.19.8</span></li>
${links(footer, 'nav-item')}</ul></div></nav></div><script
nonce="9a2f">window.lemmyConfig = {"wsUri":"wss://lemmy.bakehouse.example/api/v3/ws"}</script></body></html>`;

export const lemmyThread: TestPage = {
  html,
  name: 'heldout109-lemmy-forum',
  kind: 'forum',
  // the post text and every comment are body; user names with their instance suffix, ages and the "OP" badge's user are
  // bylines; scores, the community name, sort buttons, sidebar and footer are furniture
  title,
  headings: [],
  body: texts([...postBody, ...comments.flatMap((c) => c.paras)]),
  bylines: ['pelham', '8 hours ago', ...new Set(comments.flatMap((c) => [c.user, c.age]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bakehouse Lemmy', ...nav, 'Search', 'Login', 'Sign Up', '126', 'Repair Café', '5 Comments', ...sorts, ...comments.map((c) => c.score),
    ...new Set(comments.map((c) => `@${c.inst}`)), 'OP', 'reply', 'Subscribe', 'Create a post', ...sidebar, ...stats, 'Mods:', 'greywren', 'BE: 0.19.8',
    'UI: 0.19.8', ...footer,
  ],
};
