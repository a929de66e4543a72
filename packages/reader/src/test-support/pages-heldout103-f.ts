import { links, ps, type TestPage, texts } from './page-kit.js';
import { msCommunity } from './pages-heldout103-f2.js';

/**
 * Held-out batch 103, file f: a Lemmy thread in lemmy-ui (the instance navbar with "Communities", "Create", "Support
 * Lemmy", "Login" and "Sign Up", the post listing with vote buttons and score, the community and "submitted by" line, the
 * post body, the comment sort buttons, nested comments with their author, time, score and "reply" buttons, a quoted
 * line inside a reply, the community sidebar with "Subscribe", the rules, moderators and counts, and the footer) and, from
 * file f2, a Microsoft Community question thread.
 */
const lmTitle = 'Anyone else get a stalled fermentation with the new dry yeast from Halden Malts?';
const lmPost = [
  'Brewed a simple pale ale on Saturday, 1.052 OG, pitched one packet of the new Halden US-5 at about 19°C. It took off ' +
    'fine, but it has been stuck at 1.030 since Tuesday.',
  'I have done the same recipe a dozen times with their old packaging and never had a problem. Temperature has been steady ' +
    'and I gave the fermenter a gentle swirl yesterday. Nothing.',
  'Is it just me or has anyone else had this with the new batches?',
];
type LmComment = { user: string; inst: string; ago: string; score: string; text: string[]; quote?: string; depth: number };
const lmComments: LmComment[] = [
  {
    user: 'wortsmith',
    inst: 'lemmy.example',
    ago: '5h',
    score: '23',
    depth: 0,
    text: [
      'Same here, two batches in the last month. Both stopped around two thirds of the way. The lot number on mine ended in 44B.',
      'I emailed Halden and they said they are looking into it, which probably means you are not the only one.',
    ],
  },
  {
    user: 'kettle_sour',
    inst: 'beehaw.example',
    ago: '4h',
    score: '11',
    depth: 1,
    quote: 'The lot number on mine ended in 44B.',
    text: ['Mine too. Worth checking the pack date as well, mine was almost a year old even though the shop had just got it in.'],
  },
  {
    user: 'Greta_brews',
    inst: 'feddit.example',
    ago: '3h',
    score: '9',
    depth: 0,
    text: [
      'Before you blame the yeast, check your hydrometer in plain water. Mine drifted by four points after I dropped it last year.',
      'If it really is stuck, raising it to 21°C and rousing the yeast usually works. Pitching a second packet is the last resort.',
      'Also worth taking a second reading two days apart before doing anything. Some English-style strains slow right down near ' +
        'the end and look stuck when they are just being patient. If the number has not moved at all in 48 hours, then act.',
    ],
  },
  {
    user: 'frogmore',
    inst: 'lemmy.example',
    ago: '2h',
    score: '4',
    depth: 1,
    text: [
      'Good shout on the hydrometer. I’ll check it tonight and post back if that was the problem.',
      'Update: hydrometer reads 1.000 in water, so it is not that. Moved the fermenter next to the radiator and gave it a proper ' +
        'stir with a sanitised spoon. Bubbling again within a few hours, so fingers crossed. I have also emailed Halden with my ' +
        'lot number, since it sounds like a few of us are seeing the same thing.',
    ],
  },
];
const lmNav = ['Communities', 'Create Post', 'Create Community', 'Support Lemmy', 'Login', 'Sign Up'];
const lmSort = ['Hot', 'Top', 'Controversial', 'New', 'Old', 'Chat'];
const lmSide = [
  'Subscribe',
  'Homebrewing',
  'A community for people who make beer, cider, mead and wine at home. Be kind, share your recipes.',
  'Rules',
  'No selling or buying alcohol.',
  'Link to sources for health claims.',
  'Moderators',
  '1.2K Subscribers',
  '38 users / day',
];
const lmFoot = ['Modlog', 'Instances', 'Docs', 'Code', 'join-lemmy.org'];
const lmC = (c: LmComment, i: number): string => `<li class="comment${c.depth ? ' ms-1' : ''}" role="comment" aria-level="${c.depth + 1}">
<article class="comment-node py-2${c.depth ? ' border-start border-2 ps-2' : ''}" id="comment-${9041 + i}"><div class="d-flex flex-wrap align-items-center
text-muted small">
<button class="btn btn-sm btn-link text-muted me-2" aria-label="Collapse">[-]</button><span class="person-listing d-inline-flex align-items-baseline">
<a class="person-listing d-inline-flex" href="/u/${c.user}@${c.inst}" title="${c.user}"><span>${c.user}@${c.inst}</span></a></span>
<span class="me-1 font-weight-bold unselectable pointer" aria-label="${c.score} points"><span>${c.score}</span></span>
<span class="moment-time pointer unselectable"><span data-tippy-content="Thursday, November 6th 2025">${c.ago}</span></span></div>
<div class="md-div">${c.quote ? `<blockquote><p>${c.quote}</p></blockquote>` : ''}${ps(c.text)}</div>
<div class="d-flex justify-content-between justify-content-lg-start flex-wrap text-muted fw-bold"><button class="btn btn-link btn-animate text-muted"
aria-label="Upvote">▲</button><button class="btn btn-link btn-animate text-muted" aria-label="Downvote">▼</button>
<button class="btn btn-link btn-animate text-muted" data-tippy-content="reply">reply</button><button class="btn btn-link btn-animate"
aria-label="more">…</button>
</div></article></li>`;
const lmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="Description" content="Lemmy">
<title>${lmTitle} - Lemmy.example</title><meta property="og:type" content="website"><meta property="og:title" content="${lmTitle}">
<link rel="stylesheet" type="text/css" href="/static/3f9e1a2b/styles/styles.css"><script>window.isoData =
{"path":"/post/4418820","site_res":{"site_view":{}}};</script>
<script defer="" src="/static/3f9e1a2b/js/client.js"></script></head><body class="app-root"><div id="root"><div class="lemmy-site">
<a class="skip-link bg-light text-dark p-2 text-decoration-none position-absolute start-0 z-3" href="#content">Jump to content</a>
<nav class="navbar navbar-expand-md navbar-light shadow-sm p-0 px-3 container-lg"><a class="navbar-brand d-flex align-items-center" href="/">Lemmy.example</a>
<ul class="navbar-nav me-auto">${links(lmNav.slice(0, 4), 'nav-item')}</ul><ul class="navbar-nav">${links(lmNav.slice(4), 'nav-item')}</ul></nav>
<div class="mt-4 p-0 fl-1"><div class="container-lg" id="content"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3">
<div class="post-listing mt-2"><div class="d-none d-sm-block"><div class="row"><div class="col flex-grow-0"><div class="vote-bar small text-center">
<button class="btn-animate btn btn-link p-0" aria-label="Upvote">▲</button><div class="unselectable pointer text-muted post-score" data-tippy-content="88
points">88</div>
<button class="btn-animate btn btn-link p-0" aria-label="Downvote">▼</button></div></div><div class="col flex-grow-1"><div class="row"><div class="col-12">
<div class="post-title"><h1 class="h5 d-inline text-break"><a class="d-inline link-dark" href="/post/4418820">${lmTitle}</a></h1></div>
<div class="small mb-1 mb-md-0">submitted <span class="moment-time pointer unselectable"><span data-tippy-content="Thursday, November 6th 2025">6h</span></span>
ago by <a class="person-listing" href="/u/frogmore"><span>frogmore</span></a> to <a class="community-link" href="/c/homebrewing">Homebrewing</a></div>
</div></div></div></div></div>
<div id="postContent" class="col-12 card my-2 p-2"><div class="md-div">${ps(lmPost)}</div></div>
<div class="d-flex align-items-center justify-content-start flex-wrap text-muted"><a class="btn btn-link btn-sm text-muted ps-0" href="/post/4418820">
<span class="me-1">14 comments</span></a><button class="btn btn-sm btn-link btn-animate text-muted py-0" aria-label="Share">share</button>
<button class="btn btn-sm btn-link btn-animate text-muted py-0" aria-label="Save">save</button></div></div>
<div class="mb-3"><div class="btn-group btn-group-toggle flex-wrap mb-2" role="group">${lmSort
  .map(
    (t) =>
      `<input id="sort-${t}" type="radio" class="btn-check" value="${t.toLowerCase()}"><label for="sort-${t}" class="btn btn-outline-secondary
pointer">${t}</label>`,
  )
  .join('\n')}</div></div>
<div class="comments"><ul class="comments">${lmComments.map(lmC).join('\n')}</ul></div></main>
<aside class="d-none d-md-block col-md-4 col-lg-3"><div class="card border-secondary mb-3"><div class="card-body"><a class="btn btn-secondary d-block mb-2
w-100"
href="/login">${lmSide[0]}</a><h2 class="h5 mb-0">${lmSide[1]}</h2><div class="md-div">${ps([lmSide[2] as string])}<h3>${lmSide[3]}</h3>
<ol><li>${lmSide[4]}</li><li>${lmSide[5]}</li></ol></div><ul class="list-inline small"><li class="list-inline-item">${lmSide[6]}:</li>
<li class="list-inline-item"><a href="/u/wortsmith">wortsmith</a></li></ul><ul class="badges my-1 list-inline"><li class="list-inline-item badge
text-bg-secondary">
${lmSide[7]}</li><li class="list-inline-item badge text-bg-secondary">${lmSide[8]}</li></ul></div></div></aside></div></div></div>
<nav class="container-lg navbar navbar-expand-md navbar-light navbar-bg p-3"><div class="navbar-collapse"><ul class="navbar-nav ms-auto">
<li class="nav-item"><span class="nav-link">BE: 0.19.12</span></li>${links(lmFoot, 'nav-item')}</ul></div></nav></div></div></body></html>`;
const lemmy: TestPage = {
  html: lmHtml,
  name: 'heldout103-lemmy-thread-forum',
  kind: 'forum',
  // the post and every comment are body; user handles and relative times are bylines; the quoted line in a reply is in
  // neither list; scores, vote arrows, "reply", sort buttons and the community sidebar are furniture; "Homebrewing", the
  // community's name, is furniture
  title: lmTitle,
  headings: [],
  body: texts([...lmPost, ...lmComments.flatMap((c) => c.text)]),
  bylines: ['submitted 6h ago by frogmore', ...lmComments.flatMap((c) => [`${c.user}@${c.inst}`, c.ago])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Lemmy.example', ...lmNav, '▲', '▼', '88', '14 comments', 'share', 'save', ...lmSort, '[-]', ...lmComments.map((c) => c.score),
    'reply', '…', ...lmSide.slice(0, 6), 'Moderators:', ...lmSide.slice(7), 'BE: 0.19.12', ...lmFoot,
  ],
};

export const HELDOUT103_F: readonly TestPage[] = [lemmy, msCommunity];
