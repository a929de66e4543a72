import { links, type TestPage, texts } from './page-kit.js';
import { redditComments } from './pages-heldout62-c2.js';

/**
 * Held-out batch 62, file c: a Lemmy post with its comment tree on lemmy-ui 0.19, as a logged-out visitor saves it (the
 * window.isoData script with the post's markdown, the noscript warning, "Jump to content", the navbar, the vote bar, the post
 * title with "by ... to ..." and relative time, the post's action buttons, the comment sort buttons, nested comments with
 * collapse buttons, usernames with their instance, "OP" marks, scores and times, the community sidebar with stats badges,
 * rules and moderators, and the version footer).
 */
const lmTitle = 'Our town replaced three signalised junctions with roundabouts. Here is a year of data.';
const lmPost = [
  'Last spring our town (about 40,000 people) replaced the traffic lights at three junctions on the ring road with single-lane ' +
    'roundabouts. The council published the first full year of monitoring last week, and since the local paper only ran the ' +
    'headline, I went through the report myself.',
  'The short version: injury collisions at the three junctions fell from 14 in the year before to 5 in the year after, and none ' +
    'of the five were serious. Average delay at peak times dropped by about a third, mostly because traffic no longer waits at a ' +
    'red light when the cross street is empty.',
  'The part that worries me is cycling. Two of the five collisions involved people on bikes, and the cycle count on the busiest ' +
    'arm went down by 12%. The roundabouts have no separate cycle track, so riders share the circulating lane with cars.',
  'I would be curious whether anyone has seen a town add protected cycle lanes around roundabouts after the fact, and whether it worked.',
];
const lmC1 =
  'The Dutch layout, with a separate ring of cycle track and priority crossings on each arm, is the usual answer. Our city ' +
  'retrofitted one in 2022 and it needed about three metres of extra space on each side, which they took from the verges. ' +
  'Cyclist numbers through it went up afterwards, not down.';
const lmC11 = 'Three metres is more than we have on two of the arms, there are houses right up to the pavement. Did your council have to buy any land?';
const lmC111 =
  'Only a strip of a car dealer’s forecourt, and that took the council over a year of negotiations. On the tight arms they ' +
  'narrowed the entry lanes instead, which also slowed the cars down.';
const lmC2 =
  'A drop in cycle counts after a redesign is not always people giving up. Check whether a parallel route got easier at the ' +
  'same time; sometimes riders just move one street over. The report should have counts for nearby streets if it was done properly.';
const lmC21 =
  'Good point, it does: the count on the street parallel to the busiest arm went up by about the same number. So maybe people ' +
  'moved rather than stopped cycling, which is better, but still not what the council wanted.';
const lmNav = ['Communities', 'Create Post', 'Create Community', 'Support Lemmy'];
const lmSorts = ['Hot', 'Top', 'Controversial', 'New', 'Old', 'Chat'];
const lmStats = ['84 users / day', '612 users / week', '2.1K users / month', '7.4K users / 6 months', '12K Subscribers', '3.1K Posts', '41K Comments'];
const lmRules = [
  'Be civil. Disagree with ideas, not people.',
  'Posts should be about how towns and cities are planned, built and used.',
  'Link to sources for data where you can.',
];
const lmFoot = ['BE: 0.19.8', 'FE: 0.19.8', 'Modlog', 'Instances', 'Docs', 'Code', 'join-lemmy.org'];

type LmComment = { id: number; user: string; inst?: string; op?: boolean; score: number; text: string; kids?: string };
const person = (user: string, inst?: string): string =>
  `<a class="person-listing d-inline-flex align-items-baseline text-info" title="${user}@${inst ?? 'feddit.example'}"
 href="/u/${user}${inst === undefined ? '' : `@${inst}`}">
<span>${user}</span>${inst === undefined ? '' : `<small class="text-muted">@${inst}</small>`}</a>`;
const comment = (c: LmComment): string => `<li class="comment list-unstyled" role="comment" aria-describedby="comment-${c.id}">
<article class="details comment-node py-2" id="comment-${c.id}"><div class="ms-2"><div class="d-flex flex-wrap align-items-center text-muted small">
<button type="button" class="btn btn-sm btn-link text-muted me-2" aria-label="Collapse" data-tippy-content="Collapse"><svg class="icon icon-inline">
<use xlink:href="/static/assets/symbols.svg#icon-minus-square"></use></svg></button><span class="me-2">${person(c.user, c.inst)}</span>
${c.op === true ? '<span class="mx-1 badge text-bg-light">OP</span>' : ''}<span class="me-1">•</span><span class="me-1 font-weight-bold"
 aria-label="${c.score} points"
 data-tippy-content="${c.score + 2} upvotes • 2 downvotes">${c.score}</span><span class="me-1">•</span><span><span class="moment-time pointer unselectable"
 data-tippy-content="Wednesday, April 9th, 2025 at 8:31:02 AM GMT+2">7 months ago</span></span></div>
<div class="comment-content"><div class="md-div"><p>${c.text}</p></div></div>
<div class="d-flex justify-content-between justify-content-lg-start flex-wrap text-muted fw-bold mb-1">
<button type="button" class="btn btn-link btn-animate text-muted py-0" data-tippy-content="Upvote" aria-label="Upvote" aria-pressed="false">
<svg class="icon icon-inline small"><use xlink:href="/static/assets/symbols.svg#icon-arrow-up1"></use></svg><span class="ms-2">${c.score + 2}</span></button>
<button type="button" class="btn btn-link btn-animate text-muted py-0" data-tippy-content="Downvote" aria-label="Downvote" aria-pressed="false">
<svg class="icon icon-inline small"><use xlink:href="/static/assets/symbols.svg#icon-arrow-down1"></use></svg><span class="ms-2">2</span></button>
<button type="button" class="btn btn-link btn-animate text-muted py-0" data-tippy-content="more" aria-label="more"><svg class="icon icon-inline">
<use xlink:href="/static/assets/symbols.svg#icon-more-vertical"></use></svg></button></div></div></article>
${c.kids === undefined ? '' : `<ul class="comments ms-1 border-top-0 border-start">${c.kids}</ul>`}</li>`;
const lmComments = [
  comment({
    id: 10233847,
    user: 'tramfan',
    inst: 'lemmy.example',
    score: 54,
    text: lmC1,
    kids: comment({
      id: 10234102,
      user: 'marit_h',
      op: true,
      score: 19,
      text: lmC11,
      kids: comment({ id: 10236651, user: 'tramfan', inst: 'lemmy.example', score: 21, text: lmC111 }),
    }),
  }),
  comment({
    id: 10235014,
    user: 'r_ostrowski',
    inst: 'sopuli.example',
    score: 23,
    text: lmC2,
    kids: comment({ id: 10235790, user: 'marit_h', op: true, score: 12, text: lmC21 }),
  }),
].join('\n');
const iso = JSON.stringify({ name: lmTitle, body: lmPost.join('\n\n') });

const lmHtml = `<!DOCTYPE html>
<html lang="en"><head>
<script nonce="aF3k9Qx2">window.isoData = {"path":"/post/8841203","site_res":{"site_view":{"site":{"name":"Feddit","actor_id":"https://feddit.example/"}},
"version":"0.19.8"},"routeData":{"postRes":{"state":"success","data":{"post_view":{"post":${iso.slice(0, -1)},"id":8841203,"community_id":1277,
"published":"2025-04-08T16:12:40.518372Z"},
"counts":{"comments":38,"score":412,"upvotes":431,"downvotes":19}}}}},"errorPageData":null,"showAdultConsentModal":false};</script>
<script nonce="aF3k9Qx2">window.lemmyConfig = {"wsHost":null};</script>
<title>${lmTitle} - Feddit</title><meta name="Description" content="Last spring our town (about 40,000 people) replaced the traffic lights at three junctions">
<meta property="og:title" content="${lmTitle}"><meta property="og:type" content="website">
<link rel="stylesheet" type="text/css" href="/css/themes/litely.css" id="default-light" media="(prefers-color-scheme: light)">
<link rel="manifest" href="/manifest.webmanifest"></head>
<body><noscript><div class="alert alert-danger rounded-0" role="alert"><b>Javascript is disabled. Actions will not work.</b></div></noscript>
<div id="root"><div id="app" class="lemmy-site"><button type="button" class="btn skip-link bg-light position-absolute start-0 z-3">Jump to content</button>
<nav class="navbar navbar-expand-md navbar-light shadow-sm p-0 px-3 container-lg" id="navbar"><div class="container-lg p-0">
<a title="A German-speaking and international Lemmy instance" class="d-flex align-items-center navbar-brand me-md-3 active" href="/"><picture>
<img src="https://feddit.example/pictrs/image/b1a3e2f0.png?format=webp&amp;thumbnail=96" alt="" class="overflow-hidden pictrs-image img-icon
 me-1"></picture>Feddit</a>
<div class="collapse navbar-collapse my-2" id="navbarDropdown"><ul class="me-auto navbar-nav" id="navbarLinks">${links(lmNav, 'nav-item')}</ul>
<ul class="navbar-nav"><li id="navSearch" class="nav-item"><a class="nav-link d-inline-flex align-items-center d-md-inline-block" title="Search" href="/search">
<svg class="icon"><use xlink:href="/static/assets/symbols.svg#icon-search"></use></svg><span class="d-inline ms-1 d-md-none ms-md-0">Search</span></a></li></ul>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/login">Login</a></li><li class="nav-item"><a class="nav-link" href="/signup">Sign
 Up</a></li></ul>
</div></div></nav>
<div class="mt-4 p-0 fl-1"><div class="container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3">
<div class="post-listing mt-2"><div class="row"><div class="col flex-grow-0"><div class="vote-bar small text-center">
<button type="button" class="btn-animate btn btn-link p-0 text-muted" data-tippy-content="Upvote" aria-label="Upvote" aria-pressed="false"><svg class="icon
 upvote">
<use xlink:href="/static/assets/symbols.svg#icon-arrow-up1"></use></svg></button>
<div class="unselectable pointer text-muted post-score" data-tippy-content="412 points • 431 upvotes • 19 downvotes">412</div>
<button type="button" class="btn-animate btn btn-link p-0 text-muted" data-tippy-content="Downvote" aria-label="Downvote" aria-pressed="false"><svg
 class="icon downvote">
<use xlink:href="/static/assets/symbols.svg#icon-arrow-down1"></use></svg></button></div></div>
<div class="col flex-grow-1"><div class="post-title"><h1 class="h5 d-inline text-break"><a class="d-inline link-dark" href="/post/8841203"
 title="Comments">${lmTitle}</a></h1></div>
<div class="small mb-1 mb-md-0"><span>by </span>${person('marit_h')}<span> to </span><a class="community-link" title="!urbanism@feddit.example"
 href="/c/urbanism">
<span>urbanism</span></a><span class="mx-1">•</span><span class="moment-time pointer unselectable" data-tippy-content="Tuesday, April 8th, 2025 at 6:12:40 PM
 GMT+2">7 months ago</span></div>
<div class="d-flex align-items-center justify-content-start flex-wrap text-muted"><a class="btn btn-link btn-sm text-muted ps-0" title="38 Comments"
 href="/post/8841203?scrollToComments=true"><svg class="me-1 icon icon-inline"><use
 xlink:href="/static/assets/symbols.svg#icon-message-square"></use></svg>38</a>
<button type="button" class="btn btn-sm btn-link btn-animate text-muted py-0" data-tippy-content="Share" aria-label="Share"><svg class="icon icon-inline">
<use xlink:href="/static/assets/symbols.svg#icon-share"></use></svg></button><a class="btn btn-link btn-animate text-muted py-0" title="link"
 href="/post/8841203">
<svg class="icon icon-inline"><use xlink:href="/static/assets/symbols.svg#icon-link"></use></svg></a></div></div></div>
<article id="postContent" class="col-12 card my-2 p-2"><div class="md-div">
${lmPost.map((t) => `<p>${t}</p>`).join('\n')}
</div></article></div>
<div class="mb-2"><span class="text-muted small me-2">Sort</span><div class="btn-group btn-group-toggle flex-wrap mb-2" role="group">
${lmSorts
  .map(
    (s, i) => `<input id="comments-${s.toLowerCase()}" type="radio" class="btn-check" value="${i}"${i === 0 ? ' checked' : ''}><label class="btn
 btn-outline-secondary pointer" for="comments-${s.toLowerCase()}">${s}</label>`,
  )
  .join('\n')}
</div></div>
<div class="comments"><ul class="comments">
${lmComments}
</ul></div></main>
<aside class="d-none d-md-block col-md-4 col-lg-3"><div id="sidebarContainer"><section id="sidebarMain" class="card border-secondary mb-3"><div
 class="card-body">
<div class="mb-2"><h5 class="mb-0 d-inline">Urbanism</h5><br><a class="community-link" title="!urbanism@feddit.example"
 href="/c/urbanism">!urbanism@feddit.example</a></div>
<ul class="badges my-1 list-inline">${lmStats.map((s) => `<li class="list-inline-item badge text-bg-secondary">${s}</li>`).join('')}
<li class="list-inline-item"><a class="badge text-bg-primary" href="/modlog?communityId=1277">Modlog</a></li></ul>
<button type="button" class="btn btn-secondary d-block mb-2 w-100">Subscribe</button></div></section>
<section id="sidebarInfo" class="card border-secondary mb-3"><div class="card-body"><div class="md-div"><p>Walkable streets, public transport, housing and how
 we share the space between them.</p><h3>Rules</h3><ol>${lmRules.map((r) => `<li>${r}</li>`).join('')}</ol></div>
<ul class="list-inline small"><li class="list-inline-item">Moderators</li><li class="list-inline-item">${person('cityplanner_jo')}</li>
<li class="list-inline-item">${person('velomartin', 'lemmy.example')}</li></ul></div></section></div></aside></div></div></div>
<nav class="container-fluid navbar navbar-expand-md navbar-light navbar-bg p-0 px-3 mt-2"><div class="navbar-collapse"><ul class="navbar-nav ms-auto">
${lmFoot.map((f) => `<li class="nav-item"><a class="nav-link" href="/${f.toLowerCase()}">${f}</a></li>`).join('')}</ul></div></nav></div></div>
<script defer src="/static/1b7c4e0a/js/client.js" nonce="aF3k9Qx2"></script>
</body></html>`;
const lemmyPost: TestPage = {
  html: lmHtml,
  name: 'heldout62-lemmy-post',
  kind: 'forum',
  // the post text and every comment are body (the OP's replies too); usernames, their "@instance" parts and the relative
  // times are bylines ("by" and "to" in neither); scores, vote counts, the "OP" marks, the community name, comment count,
  // sort buttons, the navbar, noscript warning, "Jump to content", the sidebar with stats, subscribe button, description,
  // rules and moderators (their names are not posters here: furniture), and the version footer are furniture; the isoData
  // script repeats the post's title and text
  title: lmTitle,
  headings: [],
  body: [...texts(lmPost), lmC1, lmC11, lmC111, lmC2, lmC21],
  bylines: ['marit_h', 'tramfan', '@lemmy.example', 'r_ostrowski', '@sopuli.example', '7 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Javascript is disabled. Actions will not work.', 'Jump to content', 'Feddit', ...lmNav, 'Search', 'Login', 'Sign Up', 'urbanism', 'OP', 'Sort', ...lmSorts,
    '!urbanism@feddit.example', ...lmStats, 'Subscribe', 'Walkable streets, public transport, housing and how we share the space between them.',
    'Rules', ...lmRules, 'Moderators', 'cityplanner_jo', 'velomartin', ...lmFoot,
  ],
};

export const HELDOUT62_C: readonly TestPage[] = [lemmyPost, redditComments];
