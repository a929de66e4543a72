import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout272-kit.js';

/**
 * Held-out batch 272, file d2: a Lemmy thread in the lemmy-ui markup (bootstrap navbar with Communities / Create / Support
 * Lemmy / Login / Sign Up, the post listing with its vote column, h1 title, "to community" meta line and the post's own
 * buttons, the body in md-div, the comment form hint, comment nodes with person-listing, time, votes and their action
 * buttons, the community sidebar card with subscribers, moderators and rules, and the footer with version and links).
 */
const eTitle = 'How do you keep a folding bike chain alive through a salty winter commute?';
const ePost = [
  j(
    'I ride a folding bike twelve kilometres each way along the coast road, and the council grits it from November to March. Last',
    'winter the chain went from new to rusty and stretched in about four months, and the small rear sprocket wore out with it.',
  ),
  j(
    'The bike lives in a hallway at home and under a desk at work, so I cannot use anything that drips or leaves black marks. What',
    'routine actually works for you, and how often do you do it?',
  ),
];
const eC1 = [
  j(
    'A quick rinse with a spray bottle of warm water when you get home matters more than the lube you choose. Salt keeps working',
    'overnight. After the rinse, wipe the chain with an old sock and put one drop of a wax-based lube on each roller once a week.',
  ),
  j('Wax lubes stay clean, so they are kind to hallways and trousers. They need a dry chain though, so rinse first, lube later.'),
];
const eC2 = [
  j(
    'I gave up fighting it and treat the chain as a consumable. A basic chain costs less than a couple of train tickets, and I',
    'change it every three months from November onwards. The sprockets last much longer that way because the chain never gets',
    'to the stretched stage.',
  ),
];
const eC3 = [j('This is the approach that saved my cassette too. A chain checker gauge is cheap and tells you when it is time, so you are not', 'guessing.')];
const eC3b = [
  j(
    'Worth adding that a stretched chain is not always visible. Mine looked fine and shifted fine, and the gauge still dropped',
    'straight through at the wear mark. Since then I check it on the first Sunday of every month during winter.',
  ),
];
const eC4 = [
  j(
    'If your folder has a hub gear, a full chain guard is worth looking at. It keeps the spray off completely and solves the',
    'trouser problem at the same time.',
  ),
];
const eNav = ['Communities', 'Create Post', 'Create Community', 'Support Lemmy'];
const eRules = ['Be civil, we all ride something different', 'No sales posts outside the monthly thread', 'Tag photo posts with [Photo]'];
const eFoot = ['Modlog', 'Instances', 'Legal', 'Docs', 'Code', 'join-lemmy.org'];
const person = (name: string): string => `<span class="person-listing d-inline-flex align-items-baseline"><a class="text-info" title="${name}"
href="/u/${name}"><img class="overflow-hidden pictrs-image rounded-circle me-1" src="/pictrs/image/${name}.webp?format=webp&amp;thumbnail=96"
alt=""><span>${name}</span></a></span>`;
const node = (id: string, name: string, time: string, score: string, body: string, child = ''): string => `<li class="comment list-unstyled"
role="comment" aria-level="1"><article id="comment-${id}" class="details comment-node py-2 "><div class="ms-2"><div class="d-flex flex-wrap
align-items-center text-muted small">${person(name)}<span class="mx-2">•</span>
<span class="me-1 font-weight-bold" aria-label="${score} points">${score}</span>
<span class="mx-1">•</span><span class="moment-time pointer unselectable" data-tippy-content="Sun, Mar 1, 2026, 11:04 AM">${time}</span></div>
<div class="comment-content"><div class="md-div">${body}</div></div><div class="d-flex justify-content-between justify-content-lg-start flex-wrap
text-muted fw-bold"><button class="btn btn-link btn-animate text-muted" aria-label="Reply">reply</button><button class="btn btn-link btn-animate
text-muted" aria-label="link">link</button><button class="btn btn-link text-muted" aria-label="Save">save</button></div></div></article>
${child === '' ? '' : `<ul class="comments">${child}</ul>`}</li>`;
const eHtml = `<!DOCTYPE html>
<html lang="en"><head><title>${eTitle} - Harbourlight Lemmy</title><meta name="Description" content="Lemmy">
<meta property="og:title" content="${eTitle}"><meta property="og:type" content="website"><meta property="og:site_name" content="Harbourlight Lemmy">
<link rel="manifest" href="/manifest.webmanifest"><link rel="stylesheet" type="text/css" href="/static/9bd4c2/styles/styles.css">
<script nonce="lm1">window.isoData = {"path":"/post/884213","site_res":{"site_view":{"site":{"name":"Harbourlight Lemmy"}}},"routeData":{}};</script>
<script defer src="/static/9bd4c2/js/client.js"></script></head><body class="app-theme"><div id="root"><div class="shadow-sm"><nav
class="navbar navbar-expand-md navbar-light p-0 px-3 container-lg" id="navbar"><a title="Lemmy 0.19.8" class="d-flex align-items-center navbar-brand
me-md-3 active" href="/">Harbourlight Lemmy</a><div class="collapse navbar-collapse my-2" id="navbarDropdown"><ul class="me-auto navbar-nav">
${links(eNav, 'nav-item')}</ul><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" title="Search" href="/search">Search</a></li>
<li class="nav-item"><a class="nav-link" href="/login">Login</a></li><li class="nav-item"><a class="nav-link" href="/signup">Sign Up</a></li></ul></div>
</nav></div><div class="mt-4 p-0 fl-1"><div class="post container-lg" tabindex="-1"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3">
<div class="post-listing mt-2"><div class="d-none d-sm-block"><div class="row"><div class="col flex-grow-0"><div class="vote-bar small text-center">
<button class="btn-animate btn btn-link p-0 text-muted" aria-label="Upvote"></button><div class="unselectable pointer text-muted post-score"
data-tippy-content="214 upvotes · 3 downvotes">211</div><button class="btn-animate btn btn-link p-0 text-muted" aria-label="Downvote"></button></div></div>
<div class="col flex-grow-1"><div class="d-flex flex-wrap align-items-center mb-1"><h1 class="h5 d-inline text-break"><a class="d-inline
link-dark" href="/post/884213" title="Comments">${eTitle}</a></h1></div>
<div class="small mb-1 mb-md-0">${person('gritroad_ingrid')}<span> to </span><a class="community-link" href="/c/commutecycling">commutecycling</a>
<span class="mx-1">•</span><span class="moment-time pointer unselectable" data-tippy-content="Sat, Feb 28, 2026, 6:22 PM">17h</span></div>
<ul class="list-inline mb-1 text-muted small"><li class="list-inline-item"><a class="btn btn-link btn-sm text-muted ps-0" href="#">5 comments</a></li>
<li class="list-inline-item"><button class="btn btn-link btn-sm">crosspost</button></li><li class="list-inline-item"><button class="btn btn-link
btn-sm">Report</button></li></ul></div></div></div></div>
<div class="post-body md-div">
${ps(ePost)}
</div><div class="comment-form-hint small text-muted"><a href="/login">Login</a> or <a href="/signup">sign up</a> to comment</div>
<div class="btn-group btn-group-toggle flex-wrap mb-2" role="group"><span class="me-3">Sort</span><label class="btn btn-outline-secondary
active">Hot</label><label class="btn btn-outline-secondary">Top</label><label class="btn btn-outline-secondary">New</label><label class="btn
btn-outline-secondary">Old</label></div>
<div class="comments"><ul class="comments">
${node('5512001', 'saltflats_sam', '16h', '98', ps(eC1))}
${node('5512044', 'derailleur_dora', '15h', '61', ps(eC2), node('5512090', 'gritroad_ingrid', '14h', '23', ps([...eC3, ...eC3b])))}
${node('5512133', 'hubgear_halim', '11h', '40', ps(eC4))}
</ul></div></main>
<aside class="d-none d-md-block col-md-4 col-lg-3"><div class="card border-secondary mb-3"><div class="card-body"><h2 class="h5 mb-0">
<span class="me-2">Commute Cycling</span></h2><a class="community-link" href="/c/commutecycling">commutecycling@lemmy.harbourlight.example</a>
<ul class="badges my-1 list-inline"><li class="list-inline-item badge text-bg-secondary">2.9K subscribers</li><li class="list-inline-item badge
text-bg-secondary">46 users / day</li></ul><button class="btn btn-secondary d-block mb-2 w-100">Subscribe</button>
<div class="md-div"><p>Riding to work, school and the shops, in all weathers.</p><h3>Rules</h3><ol>${eRules.map((r) => `<li>${r}</li>`).join('\n')}</ol>
</div><ul class="list-inline small"><li class="list-inline-item">Moderators</li><li class="list-inline-item">${person('pannier_pete')}</li></ul></div></div>
</aside></div></div></div><nav class="container-lg navbar navbar-expand-md navbar-light navbar-bg p-0 px-3 my-2"><div
class="navbar-collapse"><ul class="navbar-nav ms-auto"><li class="nav-item"><span class="nav-link">FE: 0.19.8</span></li><li
class="nav-item"><span class="nav-link">BE: 0.19.8</span></li>${links(eFoot, 'nav-item')}</ul></div></nav></div></body></html>`;
export const lemmyThread: TestPage = {
  name: 'heldout272-lemmy-post-forum',
  kind: 'forum',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts([...ePost, ...eC1, ...eC2, ...eC3, ...eC3b, ...eC4]),
  bylines: ['gritroad_ingrid', '17h', 'saltflats_sam', '16h', 'derailleur_dora', '15h', '14h', 'hubgear_halim', '11h'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harbourlight Lemmy', ...eNav, 'Search', 'Login', 'Sign Up', '211', 'commutecycling', '5 comments', 'crosspost', 'Report',
    'Login or sign up to comment', 'Sort', 'Hot', 'Top', 'reply', 'link', 'Commute Cycling',
    'commutecycling@lemmy.harbourlight.example', '2.9K subscribers', '46 users / day', 'Subscribe', 'Riding to work, school and the shops, in all weathers.',
    'Rules', ...eRules, 'Moderators', 'pannier_pete', 'FE: 0.19.8', 'BE: 0.19.8', ...eFoot,
  ],
};
