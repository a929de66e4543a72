import { links, type TestPage, texts } from './page-kit.js';
import { redditComments } from './pages-heldout69-d2.js';

/**
 * Held-out batch 69, file d: a Lemmy post page as lemmy-ui 0.19 renders it on the server (nav bar with "Login" and "Sign Up",
 * the noscript warning, the vote bar and score, the post header "<user> to <community> • <time>", "cross-posted to", the
 * post body, the comment sort and view toggles, nested comments three deep with the "creator" badge, scores, a federated
 * commenter, a "deleted by creator" comment, the community sidebar (stats, "Subscribe", description, rules, mods), the
 * isoData script and the version footer).
 */
interface LmComment {
  id: number;
  user: string;
  inst?: string;
  op?: boolean;
  score: string;
  ago: string;
  paras?: string[];
  deleted?: boolean;
  kids?: LmComment[];
}
const lmTitle = 'Is converting an old steel touring bike to 1x worth it?';
const lmPost = [
  'I’ve got a 2009 steel touring frame with a triple crankset and a 9-speed rear. The front derailleur has always been fussy, and ' +
    'now that I mostly ride gravel paths and the odd week-long trip I’m tempted to go 1x: a single narrow-wide chainring and an ' +
    '11-speed cassette with a big 46-tooth sprocket.',
  'What I’m not sure about is the gaps between gears on a loaded bike, and whether I’ll miss the low end on steep climbs with ' +
    'panniers. Has anyone done this conversion on a touring bike? Was it worth the money?',
];
const lmC1 = [
  'I did exactly this two years ago on a similar frame. For day rides and light gravel it’s lovely: fewer things to adjust, no ' +
    'dropped chains, one shifter to think about.',
  'Fully loaded in the hills, though, I did miss the granny ring. A 38-tooth chainring with an 11–46 cassette gets you close to ' +
    'the old lowest gear but leaves bigger jumps in the middle, and on long flat days you feel them.',
];
const lmC11 = ['That’s the bit I was worried about. How much did the whole thing cost you?'];
const lmC111 = [
  'About £180 for the cassette, chain, chainring, a long-cage rear mech and a shifter, all mid-range parts. The mech was the ' +
    'expensive bit, and you need one that can handle the big sprocket.',
];
const lmC2 = [
  'Another option: keep the triple and just fit a decent front derailleur with a new cable. On a lot of older touring bikes the ' +
    'fussiness comes from a worn cable or housing, not the design.',
];
const lmC21 = ['Seconding this. A fresh cable and compressionless housing made my old triple shift better than it did new.'];
const lmC3 = [
  'If the trips are the point of the bike, I’d keep a wide range. If most of your riding is gravel day trips, 1x is great. ' +
    'Sounds like you need to decide which bike this really is.',
];
const lmComments: LmComment[] = [
  {
    id: 4521,
    user: 'saltmarsh',
    score: '12',
    ago: '18 days ago',
    paras: lmC1,
    kids: [
      {
        id: 4533,
        user: 'fernwood',
        op: true,
        score: '3',
        ago: '18 days ago',
        paras: lmC11,
        kids: [{ id: 4540, user: 'saltmarsh', score: '5', ago: '17 days ago', paras: lmC111 }],
      },
    ],
  },
  {
    id: 4528,
    user: 'kettle_and_cog',
    score: '7',
    ago: '18 days ago',
    paras: lmC2,
    kids: [
      { id: 4551, user: 'bramblejack', score: '4', ago: '17 days ago', paras: lmC21 },
      { id: 4557, user: 'quillon', score: '0', ago: '17 days ago', deleted: true },
    ],
  },
  { id: 4602, user: 'pedalpusher', inst: '@lemmy.world', score: '3', ago: '16 days ago', paras: lmC3 },
];
const lmPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const lmIcon = (n: string): string => `<svg class="icon icon-inline"><use xlink:href="/static/b3c4f6e1/assets/symbols.svg#icon-${n}"></use></svg>`;
const lmComment = (c: LmComment, depth: number): string => `<li class="comment list-unstyled" role="comment" aria-level="${depth}">
<article class="d-flex"><div class="details comment-node py-2${depth > 1 ? ' ms-1 border-top border-light' : ''}" id="comment-${c.id}"><div class="ms-2">
<div class="d-flex flex-wrap align-items-center text-muted small">
<button class="btn btn-sm btn-link text-muted me-2" aria-label="Collapse" data-tippy-content="Collapse">${lmIcon('minus-square')}</button>
<span class="me-2"><a class="person-listing d-inline-flex align-items-baseline text-info" title="${c.user}" href="/u/${c.user}${c.inst ?? ''}">
<span>${c.user}</span>${c.inst ? `<small class="text-muted">${c.inst}</small>` : ''}</a></span>
${c.op ? '<span class="mx-1 badge text-bg-light" aria-label="creator" data-tippy-content="creator">creator</span>' : ''}
<span class="me-1 font-weight-bold unselectable" aria-label="${c.score} points">${lmIcon('arrow-up1')}${c.score}</span><span class="me-1">•</span>
<span data-tippy-content="Monday, November 3rd 2025, 8:02:47 pm">${c.ago}</span></div>
<div class="comment-content">${
  c.deleted
    ? '<div class="md-div"><p><em>deleted by creator</em></p></div>'
    : `<div
class="md-div">${lmPs(c.paras ?? [])}</div>`
}</div>
<div class="d-flex justify-content-start flex-wrap text-muted fw-bold mb-1">
<button class="btn btn-link btn-animate text-muted" aria-label="link" data-tippy-content="link">${lmIcon('link')}</button>
<button class="btn btn-link btn-animate text-muted btn-more" aria-label="more" data-tippy-content="more">${lmIcon('more-vertical')}</button></div></div></div>
</article>
${c.kids ? `<ul class="comments ms-1">${c.kids.map((k) => lmComment(k, depth + 1)).join('\n')}</ul>` : ''}</li>`;
const lmNav = ['Communities', 'Create Post', 'Create Community', 'Support Lemmy'];
const lmSorts = ['Hot', 'Top', 'Controversial', 'New', 'Old'];
const lmStats = ['58 users / day', '412 users / week', '1.9K users / month', '6.2K subscribers', '3.1K posts', '41K comments'];
const lmSideDesc = 'A place to talk about bikes, rides, gear and everything else on two wheels. Be kind to people on their first bike.';
const lmRules = ['Be civil. Disagree with ideas, not with people.', 'No buy or sell posts outside the monthly thread.', 'Tag race spoilers.'];
const lmMods = ['veloqueen', 'chainring_carl'];
const lmFoot = ['Modlog', 'Instances', 'Legal', 'Documentation', 'Code', 'join-lemmy.org'];
const lmHtml = `<!DOCTYPE html>
<html lang="en"><head><script nonce="d41f9c">window.isoData = {"path":"/post/88412","site_res":{"site_view":{"site":{"name":"Wheelhouse",
"actor_id":"https://lemmy.wheelhouse.example/"}}},
"routeData":{"postRes":{"state":"success","data":{"post_view":{"post":{"id":88412,"name":"${lmTitle}"},"community":{"name":"cycling",
"title":"Cycling"}}}}}};</script>
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${lmTitle} - Wheelhouse</title><link rel="manifest" href="/manifest.webmanifest">
<meta property="og:title" content="${lmTitle} - Wheelhouse">
<meta property="og:description" content="I’ve got a 2009 steel touring frame with a triple crankset…">
<link rel="stylesheet" type="text/css" href="/static/b3c4f6e1/styles/styles.css">
<link rel="stylesheet" type="text/css" href="/css/themes/litely.css" id="default-light"></head>
<body><noscript><div class="alert alert-danger rounded-0" role="alert"><b>Javascript is disabled. Actions will not work.</b></div></noscript>
<div id="root"><div class="lemmy-site"><div class="shadow-sm"><nav class="navbar navbar-expand-md navbar-light p-0 px-3 container-lg" id="navbar">
<a title="0.19.11" class="d-flex align-items-center navbar-brand me-md-3" href="/">
<img src="/pictrs/image/wheelhouse-icon.png" alt="icon" class="overflow-hidden pictrs-image img-fluid img-icon me-1"><span>Wheelhouse</span></a>
<div class="collapse navbar-collapse my-2" id="navbarDropdown"><ul class="me-auto navbar-nav" id="navbarLinks">
${lmNav
  .map(
    (t) => `<li class="nav-item">
<a title="${t}" class="nav-link" href="/${t.toLowerCase().replace(' ', '_')}">${t === 'Support Lemmy' ? lmIcon('heart') : ''}<span>${t}</span></a>
</li>`,
  )
  .join('\n')}
</ul><ul class="navbar-nav" id="navbarIcons"><li class="nav-item" id="navSearch">
<a title="Search" class="nav-link d-inline-flex align-items-center d-md-inline-block" href="/search">${lmIcon('search')}
<span class="d-inline ms-1 d-md-none ms-md-0">Search</span></a></li><li class="nav-item"><a class="nav-link" href="/login">Login</a></li><li class="nav-item">
<a class="nav-link" href="/signup">Sign Up</a></li>
</ul></div></nav></div><div class="mt-4 p-0 fl-1"><div class="post container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3">
<div class="post-listing mt-2"><div class="d-none d-sm-block"><div class="row"><div class="col flex-grow-0"><div class="vote-bar small text-center">
<button type="button" class="btn-animate btn btn-link p-0" disabled aria-label="Upvote" data-tippy-content="Upvote">${lmIcon('arrow-up1')}</button>
<div class="unselectable pointer text-muted post-score" data-tippy-content="94% upvoted · 211 upvotes · 13 downvotes">198</div>
<button type="button" class="btn-animate btn btn-link p-0" disabled aria-label="Downvote" data-tippy-content="Downvote">${lmIcon('arrow-down1')}</button>
</div></div>
<div class="col flex-grow-1"><div class="row"><div class="col-12"><div class="post-title"><h1 class="h5 d-inline text-break">
<a class="d-inline" href="/post/88412" title="comments">${lmTitle}</a></h1></div>
<div class="small mb-1 mb-md-0"><span class="me-2"><a class="person-listing d-inline-flex align-items-baseline text-info" title="fernwood" href="/u/fernwood">
<span>fernwood</span></a></span>
to <a class="community-link" title="!cycling@lemmy.wheelhouse.example" href="/c/cycling"><span class="overflow-wrap-anywhere">Cycling</span></a> •
<span data-tippy-content="Monday, November 3rd 2025, 7:41:09 pm">18 days ago</span></div>
<div class="small mb-1"><span>cross-posted to: </span><ul class="d-inline list-inline"><li class="list-inline-item me-2">
<a href="/post/88413">bikewrench@lemmy.wheelhouse.example</a></li></ul></div>
<div class="d-flex align-items-center justify-content-start flex-wrap text-muted">
<a class="btn btn-link btn-sm text-muted ps-0" title="11 Comments" href="/post/88412#comments">${lmIcon('message-square')}11</a>
<button class="btn btn-sm btn-link btn-animate text-muted py-0" aria-label="Share" data-tippy-content="Share">${lmIcon('share')}</button>
<a class="btn btn-link btn-animate text-muted py-0" href="https://lemmy.wheelhouse.example/post/88412" title="link" rel="noopener
nofollow">${lmIcon('fedilink')}</a></div></div></div></div></div></div>
<article id="postContent" class="col-12 card my-2 p-2"><div class="md-div">${lmPs(lmPost)}</div></article></div>
<div class="d-block d-md-none"><button class="btn btn-secondary d-inline-block mb-2 me-3">Sidebar ${lmIcon('plus-square')}</button></div>
<div class="btn-group btn-group-toggle flex-wrap mb-2" role="group">${lmSorts
  .map(
    (s) => `<input id="${s.toLowerCase()}" type="radio" class="btn-check"
value="${s}"${s === 'Hot' ? ' checked' : ''}><label class="btn btn-outline-secondary pointer" for="${s.toLowerCase()}">${s}</label>`,
  )
  .join('')}</div>
<div class="btn-group btn-group-toggle flex-wrap mb-2" role="group"><input id="chat" type="radio" class="btn-check" value="Chat">
<label class="btn btn-outline-secondary pointer" for="chat">Chat</label></div>
<div><ul class="comments" aria-label="Comments">${lmComments.map((c) => lmComment(c, 1)).join('\n')}</ul></div></main>
<aside class="d-none d-md-block col-md-4 col-lg-3"><div id="sidebarContainer"><section id="sidebarMain" class="card border-secondary mb-3">
<div class="card-body">
<div><h2 class="h5 mb-0"><span class="me-2"><span class="overflow-wrap-anywhere">Cycling</span></span></h2>
<a class="community-link" title="!cycling@lemmy.wheelhouse.example" href="/c/cycling">!cycling@lemmy.wheelhouse.example</a></div>
<ul class="badges my-1 list-inline">${lmStats.map((s) => `<li class="list-inline-item badge text-bg-secondary">${s}</li>`).join('')}</ul>
<button class="btn btn-secondary d-block mb-2 w-100" type="button">Subscribe</button>
<button class="btn btn-danger d-block w-100" type="button">Block Community</button></div></section>
<section id="sidebarInfo" class="card border-secondary mb-3"><div class="card-body"><div class="md-div"><p>${lmSideDesc}</p><h3>Rules</h3>
<ol>${lmRules.map((r) => `<li>${r}</li>`).join('')}</ol></div>
<ul class="list-inline small"><li class="list-inline-item">Moderators</li>${lmMods
  .map(
    (m) => `<li class="list-inline-item">
<a class="person-listing" href="/u/${m}"><span>${m}</span></a></li>`,
  )
  .join('')}</ul></div></section></div></aside>
</div></div></div><nav class="container-lg navbar navbar-expand-md navbar-light navbar-bg p-3"><div class="navbar-collapse"><ul class="navbar-nav ms-auto">
<li class="nav-item"><span class="nav-link">FE: 0.19.11</span></li><li class="nav-item"><span class="nav-link">BE: 0.19.11</span>
</li>${links(lmFoot, 'nav-item')}</ul></div></nav></div></div>
<script defer src="/static/b3c4f6e1/js/client.js" nonce="d41f9c"></script></body></html>`;
const lemmy: TestPage = {
  html: lmHtml,
  name: 'heldout69-lemmy-post-comments',
  kind: 'forum',
  // the text post and every comment at every depth are body; user names (the federated one with its instance) and the "18
  // days ago" times are bylines ("to", "•" in neither); the "creator" badge, scores, the "deleted by creator" stub, the
  // cross-post line, comment count, sort and view toggles, the sidebar (community name, stats, buttons, description, rules,
  // mods), the noscript warning, nav and the version footer are furniture; the sorts "New" and "Old" are body words ("better
  // than it did new", "an old steel touring bike"): left out
  title: lmTitle,
  headings: [],
  body: [...texts(lmPost), ...lmC1, ...lmC11, ...lmC111, ...lmC2, ...lmC21, ...lmC3],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: ['fernwood', 'saltmarsh', 'kettle_and_cog', 'bramblejack', 'quillon', 'pedalpusher@lemmy.world', '18 days ago', '17 days ago', '16 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Javascript is disabled. Actions will not work.', 'Wheelhouse', ...lmNav, 'Search', 'Login', 'Sign Up', '198', 'Cycling', 'cross-posted to:',
    'bikewrench@lemmy.wheelhouse.example', 'Sidebar', ...lmSorts.filter((s) => s !== 'New' && s !== 'Old'), 'Chat', 'creator', '12', '7', '5', '4', '3', '0',
    'deleted by creator',
    '!cycling@lemmy.wheelhouse.example', ...lmStats, 'Subscribe', 'Block Community', lmSideDesc, 'Rules', ...lmRules, 'Moderators', ...lmMods,
    'FE: 0.19.11', 'BE: 0.19.11', ...lmFoot,
  ],
};

export const HELDOUT69_D: readonly TestPage[] = [lemmy, redditComments];
