import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 93, file e2: a Lemmy post made with the "Cross-post" button, as lemmy-ui 0.19 renders it for a signed-out
 * visitor (navbar with "Login" and "Sign Up", the vote bar with score, the h1 title, the author and community line with
 * its time, the "cross-posted to:" list, the post body that Lemmy starts with a "cross-posted from:" line and the original
 * text in a blockquote, the post action row, comment sort buttons, nested comments with "[-]" collapse buttons, scores,
 * OP and mod badges, the community sidebar with counts and moderators, and the footer with the version line).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const lmTitle = 'I timed my commute every working day for two years. Winter is not the slow season.';
const lmFrom = 'cross-posted from: https://lemmy.bike.example/post/883104';
const lmPost = paras(`
I ride the same 9.4 km to work along the river path and through the old town, and in January 2023 I started logging the time of every trip
with a cheap bike computer. Two years and 781 trips later, here are the averages by season, door to door:

The surprise for me was that summer is the slowest season, not winter. In summer the river path is full of tourists on rental bikes, families
and runners, and the old town has a street market three mornings a week. In winter the path is nearly empty, and even with studded tyres and
the occasional detour for snow clearing I am faster.

The spread matters more than the average, though. My slowest winter trips, on days with fresh snow, took 41 minutes, and my slowest summer trip
was only 33. If you need to be at work on time every day, winter still needs the bigger buffer.`);
const lmCells = ['Spring', '26 min', '198', 'Summer', '28 min', '205', 'Autumn', '25 min', '201', 'Winter', '27 min', '177'];
type LmC = { user: string; inst: string; score: string; ago: string; body: string[]; badge?: string; depth: number };
const lmComments: LmC[] = [
  {
    user: 'ferrous_wheel',
    inst: '@sh.itjust.example',
    score: '64',
    ago: '4 days ago',
    depth: 0,
    body: paras(`
Same pattern here in a university town. September is my slowest month by far, when the new students arrive and nobody knows where the bike
lanes go yet. By November it is back to normal.`),
  },
  {
    user: 'kettu',
    inst: '@lemmy.bike.example',
    score: '31',
    ago: '4 days ago',
    depth: 1,
    badge: 'OP',
    body: paras(`
Ha, yes. I did not split it by month in the table, but August is the worst single month for me. The market and the tourists overlap, and the
path is resurfaced every summer, which means a gravel detour for two or three weeks.`),
  },
  {
    user: 'MarenB',
    inst: '@feddit.example',
    score: '22',
    ago: '3 days ago',
    depth: 0,
    body: paras(`
Did you see a difference from the studded tyres themselves? I have been told they slow you down a lot on dry tarmac and have been putting off
buying a set for that reason.`),
  },
  {
    user: 'kettu',
    inst: '@lemmy.bike.example',
    score: '18',
    ago: '3 days ago',
    depth: 1,
    badge: 'OP',
    body: paras(`
A little, maybe a minute over the whole trip on a dry day, and they are noisy. But I only fit them from December to early March, and on ice
they are the difference between riding and walking. I would not go back.`),
  },
  {
    user: 'pathfinder_mod',
    inst: '@lemmy.bike.example',
    score: '9',
    ago: '2 days ago',
    depth: 0,
    badge: 'mod',
    body: paras(`
Great write-up. For anyone wanting to do the same, the bike computer model does not matter much; the export that most of them offer as a CSV
file is enough for a spreadsheet like this.`),
  },
];
const lmNav = ['Communities', 'Create Post', 'Create Community', 'Support Lemmy'];
const lmSorts = ['Hot', 'Top', 'Controversial', 'New', 'Old', 'Chat'];
const lmFoot = ['Modlog', 'Instances', 'Docs', 'Code', 'join-lemmy.org'];
const lmSide = 'Riding to work and school, all year round. Questions, gear, routes and data welcome. Be kind, and no car-bashing.';
const lmComment = (c: LmC, i: number): string => `<li class="comment list-unstyled${c.depth ? ' ms-2' : ''}" role="comment"><article class="comment-node py-2
${c.depth ? 'ms-1 border-top border-light' : ''}" id="comment-${51870 + i}"><div class="d-flex flex-wrap align-items-center text-muted small">
<button class="btn btn-sm btn-link text-muted me-2" aria-label="Collapse" data-tippy-content="Collapse">[-]</button><span class="me-2">
<a class="person-listing d-inline-flex align-items-baseline text-info" title="${c.user}" href="/u/${c.user}${c.inst}"><span>${c.user}</span>
<small class="text-muted">${c.inst}</small></a></span>${c.badge ? `<span class="mx-1 badge text-bg-light">${c.badge}</span>` : ''}<span class="me-1
fw-bold">•</span>
<span class="me-1 unselectable pointer" data-tippy-content="${c.score} points"><span>${c.score}</span></span><span class="me-1">•</span>
<span class="pointer unselectable" data-tippy-content="Posted"><span class="moment-time">${c.ago}</span></span></div><div class="comment-content"><div
class="md-div">
${c.body.map((p) => `<p>${p}</p>`).join('\n')}</div></div><div class="d-flex justify-content-between justify-content-lg-start flex-wrap text-muted fw-bold">
<button class="btn btn-link btn-animate text-muted" aria-label="Upvote" disabled></button><button class="btn btn-link btn-animate text-muted"
aria-label="Downvote"
disabled></button><button class="btn btn-link btn-animate text-muted" data-tippy-content="link"><span class="d-none
d-sm-inline">link</span></button></div></article></li>`;
const lmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>I timed my commute every working day for two years. Winter is not the slow season. - Feddit Cycle</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${lmTitle}"><meta property="og:type" content="website">
<meta property="og:url" content="https://cycle.feddit.example/post/2204471"><meta property="og:description" content="I ride the same 9.4 km to work.">
<meta name="Description" content="Lemmy"><link rel="manifest" href="/manifest.webmanifest"><link rel="stylesheet" type="text/css"
href="/static/21b8b6a7/styles/styles.css">
<script nonce="4e5a0c2f">window.isoData = {"path":"/post/2204471","site_res":{"site_view":{"site":{"name":"Feddit
Cycle"}},"version":"0.19.9"},"showAdultConsentModal":false};</script>
<script defer src="/static/21b8b6a7/js/client.js"></script></head><body><div id="root"><div class="lemmy-site shadow-sm"><div class="app-alert"></div>
<nav class="navbar navbar-expand-md navbar-light shadow-sm p-0 px-3 container-lg" id="navbar"><div class="container-lg p-0"><a title="Feddit Cycle"
class="d-flex align-items-center navbar-brand me-md-3" href="/">Feddit Cycle</a><button class="navbar-toggler border-0 p-1" type="button" aria-label="menu"
data-bs-toggle="collapse"></button><div class="collapse navbar-collapse my-2" id="navbarDropdown"><ul class="me-auto navbar-nav" id="navbarLinks">
${links(lmNav, 'nav-item')}</ul><ul class="navbar-nav" id="navbarIcons"><li id="navSearch" class="nav-item"><a class="nav-link d-inline-flex
align-items-center d-md-inline-block"
title="Search" href="/search"><span class="ms-1 d-md-none">Search</span></a></li><li class="nav-item"><a class="nav-link" href="/login">Login</a></li>
<li class="nav-item"><a class="nav-link" href="/signup">Sign Up</a></li></ul></div></div></nav><div class="mt-4 p-0 fl-1"><div class="container-lg">
<div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3"><div class="post-listing mt-2"><div class="d-none d-md-block"><div class="row">
<div class="col flex-grow-0"><div class="vote-bar small text-center"><button class="btn-animate btn btn-link p-0" aria-label="Upvote" disabled></button>
<div class="unselectable pointer text-muted post-score" data-tippy-content="412 points • 96% upvoted">412</div><button class="btn-animate btn btn-link p-0"
aria-label="Downvote" disabled></button></div></div><div class="col flex-grow-1"><div class="row"><div class="col-12"><div class="post-title">
<h1 class="h5 d-inline text-break"><a class="d-inline link-dark" href="/post/2204471" title="${lmTitle}">${lmTitle}</a></h1></div>
<div class="small mb-1 mb-md-0"><span><a class="person-listing d-inline-flex align-items-baseline text-info" title="kettu" href="/u/kettu@lemmy.bike.example">
<span>kettu</span><small class="text-muted">@lemmy.bike.example</small></a></span><span> to </span><a class="community-link" title="Bike Commuting"
href="/c/bikecommuting"><span>bikecommuting</span></a><span class="unselectable pointer ms-2" data-tippy-content="Thursday, May 8, 2025 07:41:12"><span
class="moment-time">5 days ago</span></span></div><ul class="list-inline mb-1 text-muted small"><li class="list-inline-item">cross-posted to:</li>
<li class="list-inline-item me-2"><a href="/post/2204470">cycling@lemmy.bike.example</a></li><li class="list-inline-item me-2"><a href="/post/2204475">
dataisbeautiful@feddit.example</a></li></ul><div class="d-flex align-items-center justify-content-start flex-wrap text-muted"><a class="btn btn-link btn-sm
text-muted ps-0"
title="37 Comments" href="/post/2204471?scrollToComments=true">37 Comments</a><button class="btn btn-sm btn-animate text-muted py-0" data-tippy-content="Share"
aria-label="Share">Share</button><a class="btn btn-sm btn-animate text-muted py-0" title="link" href="https://lemmy.bike.example/post/883104">link</a>
<button class="btn btn-sm btn-link btn-animate text-muted py-0" data-tippy-content="More" aria-label="More"></button></div></div></div></div></div></div>
<article id="postContent" class="col-12 card my-2 p-2"><div class="md-div"><p>cross-posted from: <a href="https://lemmy.bike.example/post/883104"
rel="noopener nofollow">https://lemmy.bike.example/post/883104</a></p><blockquote><p>${lmPost[0]}</p><table><thead><tr><th>Season</th><th>Average</th>
<th>Trips</th></tr></thead><tbody>${[0, 3, 6, 9].map((r) => `<tr>\n${[0, 1, 2].map((k) => `<td>${lmCells[r + k]}</td>`).join('\n')}\n</tr>`).join('\n')}
</tbody></table><p>${lmPost[1]}</p><p>${lmPost[2]}</p></blockquote></div></article></div>
<div class="comment-form mb-3"><div class="alert alert-warning" role="alert">You need to log in to comment.</div></div>
<div class="btn-group btn-group-toggle flex-wrap mb-2" role="group">${lmSorts
  .map(
    (s) => `<input id="${s}" type="radio" class="btn-check" value="${s}">
<label class="btn btn-outline-secondary pointer" for="${s}">${s}</label>`,
  )
  .join('')}</div>
<div class="comments"><ul class="comments">${lmComments.map(lmComment).join('\n')}</ul></div></main>
<aside class="d-none d-md-block col-md-4 col-lg-3"><div id="sidebarContainer"><section id="sidebarMain" class="card border-secondary mb-3"><div
class="card-body">
<div><h5 class="mb-0 d-inline"><span class="me-2">Bike Commuting</span></h5><a class="community-link" href="/c/bikecommuting"><span>bikecommuting</span>
<small class="text-muted">@feddit.example</small></a></div><button class="btn btn-secondary d-block mb-2 w-100" disabled>Subscribe</button>
<div class="md-div"><p>${lmSide}</p></div><ul class="badges my-1 list-inline"><li class="list-inline-item badge text-bg-secondary">612 users / day</li>
<li class="list-inline-item badge text-bg-secondary">4.1K users / month</li><li class="list-inline-item badge text-bg-secondary">18K Subscribers</li>
<li class="list-inline-item badge text-bg-secondary">2.3K Posts</li><li class="list-inline-item badge text-bg-secondary">31K Comments</li></ul>
<ul class="list-inline small"><li class="list-inline-item">Moderators</li><li class="list-inline-item"><a class="person-listing" href="/u/pathfinder_mod">
pathfinder_mod</a></li><li class="list-inline-item"><a class="person-listing"
href="/u/velotina">velotina</a></li></ul></div></section></div></aside></div></div></div>
<footer class="app-footer container-lg navbar navbar-expand-md navbar-light navbar-bg p-3"><div class="navbar-collapse"><ul class="navbar-nav ms-auto">
<li class="nav-item"><span class="nav-link">BE: 0.19.9</span></li><li class="nav-item"><span class="nav-link">UI: 0.19.9</span></li>${links(lmFoot, 'nav-item')}
</ul></div></footer></div></div></body></html>`;
export const lemmyCrosspost: TestPage = {
  html: lmHtml,
  name: 'heldout93-lemmy-crosspost-thread',
  kind: 'forum',
  // the crossposted original in the blockquote is the whole post (the author's own text) and is body, with the table's
  // data cells (its header cells in neither list); the "cross-posted from:" line, the "cross-posted to:" list, scores,
  // "[-]", OP / mod badges, sort buttons, the log-in alert, the sidebar and the footer are furniture; user names with
  // their instances and times are bylines
  title: lmTitle,
  headings: [],
  body: [...texts(lmPost.slice(0, 1)), ...lmCells, ...texts(lmPost.slice(1)), ...lmComments.flatMap((c) => c.body)],
  bylines: [
    'kettu',
    '@lemmy.bike.example',
    '5 days ago',
    'ferrous_wheel',
    '@sh.itjust.example',
    '4 days ago',
    'MarenB',
    '@feddit.example',
    '3 days ago',
    'pathfinder_mod',
    '2 days ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Feddit Cycle', ...lmNav, 'Search', 'Login', 'Sign Up', '412', 'bikecommuting', 'cross-posted to:', 'cycling@lemmy.bike.example',
    'dataisbeautiful@feddit.example', '37 Comments', 'Share', 'link', lmFrom, 'You need to log in to comment.', ...lmSorts, '[-]', 'OP', 'mod', '64', '31',
    '22', '18', '9', 'Bike Commuting', 'Subscribe', lmSide, '612 users / day', '4.1K users / month', '18K Subscribers', '2.3K Posts', '31K Comments',
    'Moderators', 'velotina', 'BE: 0.19.9', 'UI: 0.19.9', ...lmFoot,
  ],
};
