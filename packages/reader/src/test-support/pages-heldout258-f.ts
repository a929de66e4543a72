import { links, ps, type TestPage, texts } from './page-kit.js';
import { oldReddit } from './pages-heldout258-f2.js';
import { j, lis, uniq } from './pages-heldout258-kit.js';

/**
 * Held-out batch 258, file f: a Lemmy 0.19 post with its comment tree, as lemmy-ui renders it (navbar with Communities,
 * Create Post, Support Lemmy, Search, Login and Sign Up, the vote bar, the h1 post title with "to Community" and a relative
 * date, the post's markdown body, the comment count and action buttons, the sort bar, nested comments with OP badges,
 * points and dates, Reply buttons, the community and site sidebars with subscriber counts and moderators, and the footer
 * with version and links) and, from file f2, an old-Reddit thread.
 */
const lTitle = 'A full winter of commuting on a single-speed: what actually mattered';
const lPost = [
  j(
    'I committed last October to riding my 11 km commute every working day until the end of March, on the single-speed I already had.',
    'I missed six days in total, four of them for ice. Here is what made the difference, roughly in order of importance.',
  ),
  'Lights you can see with, not just be seen with. The commute home was dark from November to February, and a proper front light changed everything.',
  'Full mudguards with a long rear flap. Without them, every wet ride meant a wet back and a wet bag.',
  'Studded tyres for the three weeks of ice. Expensive for so few days, but I would have stopped riding without them.',
  'Layers instead of a big jacket. I was cold for the first five minutes and comfortable after that, every time.',
  j(
    'What did not matter nearly as much as I expected: gears. Our town is fairly flat, and on the single-speed there was nothing to',
    'freeze, clog or adjust. The chain needed cleaning every two weeks and that was all the maintenance it got.',
  ),
];
const lC1 = [
  j(
    'The mudguard flap is so underrated. I cut one from an old plastic folder and it keeps my feet dry far better than the short flap',
    'that came with the bike.',
  ),
];
const lC1a = ['Same here, mine is from a milk carton and it has survived two winters so far.'];
const lC2 = [
  j(
    'How did you deal with salt on the chain? Mine rusts within a week if I do not rinse it after every salty ride, and I am starting',
    'to wonder if a belt drive would be worth it.',
  ),
];
const lC2a = [
  j(
    'A quick rinse with a watering can when I got home, then a drop of wet lube every few days. A belt would be nicer, but the frame',
    'would have to be split for it, so I stayed with the chain.',
  ),
];
type LCom = { id: number; user: string; op?: boolean; pts: string; date: string; html: string; kids?: LCom[] };
const lComs: LCom[] = [
  {
    id: 51201,
    user: 'lowgear_lin',
    pts: '87',
    date: '13 days ago',
    html: ps(lC1),
    kids: [{ id: 51244, user: 'dry_feet_dan', pts: '31', date: '12 days ago', html: ps(lC1a) }],
  },
  {
    id: 51230,
    user: 'saltroad',
    pts: '54',
    date: '13 days ago',
    html: ps(lC2),
    kids: [{ id: 51260, user: 'tomas_v', op: true, pts: '40', date: '12 days ago', html: ps(lC2a) }],
  },
];
const lCom = (c: LCom): string => `<li class="comment" role="comment"><article class="comment-node py-2" id="comment-${c.id}"><div class="ms-2">
<div class="d-flex flex-wrap align-items-center text-muted small"><button class="btn btn-sm btn-link text-muted me-2" aria-label="Collapse">
<svg class="icon icon-inline">
<use xlink:href="/static/assets/symbols.svg#icon-minus-square"></use></svg></button><span class="me-2">
<span class="person-listing d-inline-flex align-items-baseline
text-info"><a class="text-info" title="${c.user}" href="/u/${c.user}"><span>${c.user}</span></a></span></span>${
  c.op ? '<span class="mx-1 badge text-bg-light" aria-label="Creator">OP</span>' : ''
}<span class="me-1 font-weight-bold" aria-label="${c.pts} points">${c.pts}</span><span class="me-1">•</span><span><span class="unselectable pointer"
data-tippy-content="Tuesday, March 3, 2026 at 8:40:11 AM">${c.date}</span></span></div><div class="comment-content"><div class="md-div">${c.html}</div></div>
<div class="d-flex justify-content-between justify-content-lg-start flex-wrap text-muted fw-bold">
<button class="btn btn-link btn-animate text-muted" aria-label="Upvote">
<svg class="icon icon-inline"><use xlink:href="/static/assets/symbols.svg#icon-arrow-up1"></use></svg></button>
<button class="btn btn-link btn-animate text-muted"
data-tippy-content="Reply" aria-label="Reply"><span>Reply</span></button></div></div></article>${
  c.kids ? `<ul class="comments">${c.kids.map(lCom).join('\n')}</ul>` : ''
}</li>`;
const lNav = ['Communities', 'Create Post', 'Create Community', 'Support Lemmy'];
const lSorts = ['Hot', 'Top', 'Controversial', 'New', 'Old', 'Chat'];
const lMods = ['tomas_v', 'frostbike_admin'];
const lFoot = ['Modlog', 'Instances', 'Docs', 'Code', 'join-lemmy.org'];
const lHtml = `<!DOCTYPE html>
<html lang="en"><head><script nonce="1f2e3d">window.isoData = {"path":"/post/884120","site_res":{"site_view":{"site":{"name":"pedalfolk"}}}};</script>
<meta name="Description" content="Lemmy"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lTitle} - pedalfolk</title><meta property="og:title" content="${lTitle} - pedalfolk" />
<meta property="og:url" content="https://pedalfolk.example/post/884120" />
<meta property="og:type" content="website" /><meta property="og:description" content="I committed last October to riding my 11 km commute every working day." />
<link rel="canonical" href="https://pedalfolk.example/post/884120"><link rel="stylesheet" type="text/css" href="/static/styles/styles.css" />
<link rel="stylesheet" type="text/css" href="/css/themes/litely.css" id="default-light" media="(prefers-color-scheme: light)" /></head>
<body class="app-body"><noscript><div class="alert alert-danger rounded-0" role="alert"><b>Javascript is disabled. Actions will not work.</b></div></noscript>
<div id="root"><div id="app" class="lemmy-site"><button type="button" class="btn skip-link bg-light position-absolute start-0 z-3">Jump to content</button>
<div class="shadow-sm"><nav class="navbar navbar-expand-md navbar-light p-0 px-3 container-lg" id="navbar"><a title="A friendly instance for everyday cycling"
class="d-flex align-items-center navbar-brand me-md-3 active" href="/">
<img src="/pictrs/image/pedalfolk-icon.png" alt="icon" class="overflow-hidden mx-1 rounded-circle"
loading="lazy" width="32" height="32">pedalfolk</a><ul class="navbar-nav me-auto" id="navbarLinks">${links(lNav, 'nav-item')}</ul>
<ul class="navbar-nav" id="navbarIcons"><li id="navSearch" class="nav-item"><a class="nav-link" title="Search" href="/search"><span>Search</span></a></li>
<li class="nav-item"><a class="nav-link" href="/login" title="Login">Login</a></li><li class="nav-item">
<a class="nav-link" href="/signup" title="Sign Up">Sign Up</a></li>
</ul></nav></div>
<div class="mt-4 p-0 fl-1"><div class="container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3"><div class="post-listing mt-2">
<div class="row">
<div class="col flex-grow-0"><div class="vote-bar small text-center"><button class="btn-animate btn btn-link p-0" aria-label="Upvote">
<svg class="icon upvote"></svg></button>
<div class="unselectable pointer text-muted post-score" data-tippy-content="312 points • 97% upvoted">312</div><button class="btn-animate btn btn-link p-0"
aria-label="Downvote"><svg class="icon downvote"></svg></button></div></div><div class="col flex-grow-1"><div class="post-title">
<h1 class="h5 d-inline text-break">
<a class="d-inline link-dark" href="/post/884120" title="${lTitle}">${lTitle}</a></h1></div>
<div class="small mb-1 mb-md-0"><span class="person-listing d-inline-flex align-items-baseline text-info">
<a class="text-info" title="tomas_v" href="/u/tomas_v">
<span>tomas_v</span></a></span><span> to </span><a class="community-link" title="Winter Cycling" href="/c/wintercycling">
<span class="overflow-wrap-anywhere">Winter Cycling
</span></a><span> • </span><span class="unselectable pointer" data-tippy-content="Monday, March 2, 2026 at 7:14:22 AM">2 weeks ago</span></div>
<article class="my-2 card border-secondary"><div class="card-body">
<div class="md-div">${ps(lPost.slice(0, 1))}<ol>${lis(lPost.slice(1, 5))}</ol>${ps(lPost.slice(5))}
</div></div></article><ul class="list-inline mb-1 text-muted small mt-2"><li class="list-inline-item"><a class="btn btn-link btn-animate text-muted py-0"
title="4 Comments" href="/post/884120?scrollToComments=true"><svg class="icon me-1 inline"></svg>4 Comments</a></li><li class="list-inline-item">
<button class="btn btn-link btn-animate text-muted py-0" aria-label="Share">share</button></li><li class="list-inline-item"><a class="btn btn-link btn-animate
text-muted py-0" href="/create_post?crossPostId=884120">cross-post</a></li></ul></div></div></div>
<div class="btn-group btn-group-toggle flex-wrap mb-2" role="group">${lSorts
  .map((s) => `<label class="btn btn-outline-secondary pointer${s === 'Hot' ? ' active' : ''}">${s}<input type="radio" class="btn-check" value="${s}"></label>`)
  .join('')}</div>
<div class="comments"><ul class="comments">${lComs.map(lCom).join('\n')}</ul></div></main>
<aside class="d-none d-md-block col-md-4 col-lg-3"><div id="sidebarContainer"><section id="sidebarMain" class="card border-secondary mb-3">
<div class="card-body">
<h2 class="h5 mb-0"><span class="me-2">Winter Cycling</span></h2><a href="/c/wintercycling" class="text-muted">!wintercycling@pedalfolk.example</a>
<div class="mb-2"><button class="btn btn-secondary d-block mb-2 w-100">Subscribe</button></div><div class="md-div">
<p>Riding through cold, dark and wet months: gear,
routes, and moral support.</p></div><ul class="badges my-1 list-inline"><li class="list-inline-item badge text-bg-secondary">1.8K Subscribers</li>
<li class="list-inline-item badge text-bg-secondary">27 users / day</li></ul><ul class="list-inline small"><li class="list-inline-item">Moderators</li>
${links(lMods, 'list-inline-item')}</ul></div></section>
<section id="sidebarInfo" class="card border-secondary mb-3"><div class="card-body"><h2 class="h5">pedalfolk</h2><p>A friendly instance for everyday cycling.
Be kind, no car-bashing.</p></div></section></div></aside></div></div></div>
<nav class="container-lg navbar navbar-expand-md navbar-light navbar-bg p-3"><div class="navbar-collapse"><ul class="navbar-nav ms-auto"><li class="nav-item">
<span class="nav-link">FE: 0.19.9</span></li><li class="nav-item"><span class="nav-link">BE: 0.19.9</span></li>${links(lFoot, 'nav-item')}</ul></div></nav>
</div></div><script defer src="/static/js/client.js"></script></body></html>`;
const lemmy: TestPage = {
  name: 'heldout258-lemmy-forum',
  kind: 'forum',
  html: lHtml,
  title: lTitle,
  headings: [],
  body: texts([...lPost, ...lC1, ...lC1a, ...lC2, ...lC2a]),
  bylines: ['tomas_v', 'lowgear_lin', 'dry_feet_dan', 'saltroad', '2 weeks ago', '13 days ago', '12 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Javascript is disabled. Actions will not work.', 'Jump to content', 'pedalfolk', ...lNav, 'Search', 'Login', 'Sign Up', '312', 'Winter Cycling',
    '4 Comments', 'share', 'cross-post', ...lSorts, 'Reply', '!wintercycling@pedalfolk.example', 'Subscribe',
    'Riding through cold, dark and wet months: gear, routes, and moral support.', '1.8K Subscribers', '27 users / day', 'Moderators', 'frostbike_admin',
    'A friendly instance for everyday cycling. Be kind, no car-bashing.', 'FE: 0.19.9', 'BE: 0.19.9', ...lFoot,
  ]),
};

export const HELDOUT258_F: readonly TestPage[] = [lemmy, oldReddit];
