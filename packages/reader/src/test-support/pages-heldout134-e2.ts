import { links } from './page-kit.js';

/**
 * Held-out batch 134, file e2: a Lemmy (lemmy-ui 0.19) link post with its own text and a nested comment tree, as a
 * signed-out visitor saves it: the "Jump to content" button, the navbar (communities, create post, create community,
 * "Support Lemmy", search, login, sign up), the vote bar, the title linking out with the domain beside it, the creator /
 * community / age line, the link metadata card with the linked page's title and description, post actions, the comment
 * sort radios, comments with instance suffixes, "OP" badges, points, ages and "reply" buttons, the community and site
 * sidebar cards with their user-count badges, rules and moderators, and the footer with the version and links.
 */
export const lmTitle = 'Vell Valley line to trial battery trains from September';
export const lmPostBody = [
  `The interesting part is further down: the trial covers the 31 km between Harrowby and Cold Ashton, which has never been electrified,
and the units will charge under the existing wires at Harrowby during their turnaround.`,
  'If it works the operator wants to replace all of the diesel units on the branch by 2029. Curious what people here think about the range numbers.',
];
export interface LmComment {
  id: string;
  user: string;
  inst?: string;
  pts: string;
  age: string;
  depth: number;
  op?: boolean;
  text: readonly string[];
}
export const lmComments: readonly LmComment[] = [
  {
    id: '8841203',
    user: 'gradient_post',
    inst: '@feddit.example',
    pts: '64',
    age: '5h',
    depth: 0,
    text: [
      `Thirty-one kilometres each way is well inside what the current units manage, even in winter with the heating on. The hard part is
never the range, it is the charging time at the terminus. If the turnaround is only eight minutes like the current timetable, the
battery never gets back to full.`,
    ],
  },
  {
    id: '8841377',
    user: 'signal_box_sam',
    pts: '29',
    age: '4h',
    depth: 1,
    op: true,
    text: [
      `The article says they are adding a second platform at Harrowby so one unit can charge while the other runs. That doubles the
turnaround to about twenty minutes, which should cover it.`,
    ],
  },
  {
    id: '8841590',
    user: 'gradient_post',
    inst: '@feddit.example',
    pts: '18',
    age: '4h',
    depth: 2,
    text: ['Ah, I missed that. In that case I am cautiously optimistic.'],
  },
  {
    id: '8842015',
    user: 'moorland_mira',
    inst: '@lemmy.hillside.example',
    pts: '41',
    age: '3h',
    depth: 0,
    text: [
      `I use this line every day and honestly I would take any train that turns up on time. Half the cancellations last winter were the
old diesels failing on the climb out of Cold Ashton.`,
      'If the new units are quieter too, that is a bonus for everyone living next to the track at Millbeck.',
    ],
  },
  {
    id: '8842288',
    user: 'quietcarriage',
    pts: '12',
    age: '2h',
    depth: 0,
    text: [
      `Eighteen months feels long for a trial of a technology that is already running on other lines. I would rather they ordered the
units and spent the time on the platform works.`,
    ],
  },
  {
    id: '8842431',
    user: 'gradient_post',
    inst: '@feddit.example',
    pts: '9',
    age: '2h',
    depth: 1,
    text: [
      `The other lines use different units though. A trial on this branch is really about the winter gradients out of Cold Ashton, and you
only find out how the batteries cope with that by running them through a full winter with passengers on board.`,
    ],
  },
  {
    id: '8842577',
    user: 'lowtide_lou',
    inst: '@mander.example',
    pts: '7',
    age: '1h',
    depth: 0,
    text: [
      `Does anyone know whether the bus replacement weekends for the platform works are in the article? My parents rely on that line for
hospital appointments and nothing has been announced at the station yet.`,
    ],
  },
];
export const lmNav = ['Communities', 'Create Post', 'Create Community', 'Support Lemmy', 'Search', 'Login', 'Sign Up'];
export const lmCard = [
  'Vell Valley line to trial battery trains from September | The Valley Observer',
  `The regional operator will run two battery-electric units on the unelectrified section between Harrowby and Cold Ashton for
eighteen months, with passengers on board from the first week.`,
];
export const lmSort = ['Hot', 'Top', 'Controversial', 'New', 'Old', 'Chat'];
export const lmBadges = [
  '42 users / day',
  '310 users / week',
  '1.1K users / month',
  '3.2K users / 6 months',
  '4.8K Subscribers',
  '2.7K Posts',
  '19K Comments',
  'Modlog',
];
export const lmRules = ['Be civil. No personal attacks.', 'Link posts need the original headline as the title.', 'No fare-dodging advice.'];
export const lmSite = [
  'Lemmy Estuary',
  'A general-purpose Lemmy instance for the estuary towns and anyone else who wants to join.',
  '6.3K users / day',
  '18K users / month',
  '2.1K Communities',
];
export const lmFooter = ['BE: 0.19.8', 'UI: 0.19.8', 'Modlog', 'Legal', 'Instances', 'Docs', 'Code', 'join-lemmy.org'];
const lmComment = (
  c: LmComment,
): string => `<li class="comment list-unstyled" role="comment"><article class="details comment-node py-2 ${c.depth > 0 ? 'ms-1' : ''}" id="comment-${c.id}">
<div class="${c.depth > 0 ? 'ms-2' : ''}"><div class="d-flex flex-wrap align-items-center text-muted small"><button
class="btn btn-sm btn-link text-muted me-2" aria-label="Collapse"
data-tippy-content="Collapse"><svg class="icon icon-inline "><use xlink:href="/static/assets/symbols.svg#icon-minus-square"></use></svg></button>
<span class="me-2"><span class="person-listing d-inline-flex"><a class="person-listing d-inline-flex align-items-baseline text-info"
title="${c.user}${c.inst ?? ''}"
href="/u/${c.user}${c.inst ?? ''}"><img class="overflow-hidden pictrs-image object-fit-cover img-icon me-1 rounded-circle"
src="/pictrs/image/${c.id}.png?format=webp&amp;thumbnail=96"
alt="" loading="lazy"><span>${c.user}</span>${c.inst ? `<small class="text-muted">${c.inst}</small>` : ''}</a></span></span>
${c.op ? '<span class="mx-1 badge text-bg-light" aria-label="creator" data-tippy-content="creator">OP</span>' : ''}<span class="mx-1">•</span>
<a class="me-1" title="link" href="/comment/${c.id}"><span class="me-1 font-weight-bold" aria-label="${c.pts} points">${c.pts}</span></a><span
class="me-1">•</span>
<span class="me-1"><span data-tippy-content="Tuesday, March 4, 2025 at 9:12:51 AM" class="moment-time pointer unselectable">${c.age}</span></span></div>
<div class="comment-content"><div class="md-div">${c.text.map((t) => `<p>${t}</p>`).join('\n')}</div></div>
<div class="d-flex justify-content-between justify-content-lg-start flex-wrap text-muted fw-bold mt-1"><button type="button"
class="btn btn-link btn-animate text-muted py-0 "
data-tippy-content="Upvote" aria-label="Upvote" aria-pressed="false" disabled><svg class="icon icon-inline small"><use
xlink:href="/static/assets/symbols.svg#icon-arrow-up1"></use>
</svg><span class="ms-2">${c.pts}</span></button><button type="button" class="btn btn-link btn-animate text-muted py-0 " data-tippy-content="Downvote"
aria-label="Downvote"
aria-pressed="false" disabled><svg class="icon icon-inline small"></svg></button><button type="button" class="btn btn-link btn-animate text-muted"
data-tippy-content="reply"
aria-label="reply" disabled>reply</button><button type="button" class="btn btn-link btn-animate text-muted py-0" data-tippy-content="more"
aria-label="more"><svg class="icon icon-inline">
</svg></button></div></div></article>`;
const lmTree = (): string => {
  let out = '<ul class="comments">';
  let depth = 0;
  lmComments.forEach((c, i) => {
    if (i > 0 && c.depth > depth) {
      out += '\n<ul class="comments ms-1 border-top border-light">';
      depth++;
    } else if (i > 0) {
      out += '</li>';
      for (; depth > c.depth; depth--) out += '</ul></li>';
    }
    out += `\n${lmComment(c)}`;
  });
  out += '</li>';
  for (; depth > 0; depth--) out += '</ul></li>';
  return `${out}</ul>`;
};
export const lmHtml = `<!DOCTYPE html>
<html lang="en"><head><script nonce="c0a8f1">window.isoData = {"path":"/post/2291847","site_res":{"site_view":{"site":{"name":"Lemmy Estuary"}}}};</script>
<meta name="Description" content="Lemmy"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="manifest"
href="/manifest.webmanifest">
<link rel="apple-touch-icon" href="/static/assets/icons/apple-touch-icon.png"><link rel="stylesheet" type="text/css" href="/static/c58a4b1f/styles/styles.css">
<link rel="stylesheet" type="text/css" href="/css/themes/darkly.css"><title>${lmTitle} - Lemmy Estuary</title><meta property="og:title"
content="${lmTitle} - Lemmy Estuary">
<meta property="og:url" content="https://lemmy.estuary.example/post/2291847"><meta property="og:type" content="website"><meta property="og:description"
content="The interesting part is further down">
<meta property="og:image" content="https://lemmy.estuary.example/pictrs/image/6b1e0d4c-thumb.jpeg"></head>
<body class="home"><noscript><div class="alert alert-danger rounded-0" role="alert"><b>Javascript is disabled. Actions will not work.</b></div></noscript>
<div id="root"><div class="lemmy-site"><button type="button" class="btn skip-link bg-light position-absolute start-0 z-3">Jump to content</button>
<div class="shadow-sm"><nav class="navbar navbar-expand-md navbar-light p-0 px-3 container-lg" id="navbar"><a title="Lemmy Estuary"
class="d-flex align-items-center navbar-brand me-md-3 active"
href="/"><img class="overflow-hidden pictrs-image img-fluid img-icon me-1 rounded-circle" src="/pictrs/image/site-icon.png" alt="" loading="lazy">Lemmy
Estuary</a>
<div class="collapse navbar-collapse my-2" id="navbarDropdown"><ul class="me-auto navbar-nav" id="navbarLinks">${links(lmNav.slice(0, 4), 'nav-item')}</ul>
<ul class="navbar-nav">${links(lmNav.slice(4, 5), 'nav-item')}</ul><ul class="navbar-nav">${links(lmNav.slice(5), 'nav-item')}</ul></div></nav></div>
<div class="mt-4 p-0 fl-1"><div class="post container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3"><div class="post-listing mt-2"><div
class="d-none d-sm-block">
<div class="row"><div class="col flex-grow-0"><div class="vote-bar small text-center"><button type="button" class="btn-animate btn btn-link p-0 "
data-tippy-content="Upvote"
aria-label="Upvote" aria-pressed="false" disabled><svg class="icon upvote"></svg></button><div class="unselectable pointer text-muted post-score"
data-tippy-content="187 points">187</div>
<button type="button" class="btn-animate btn btn-link p-0 " data-tippy-content="Downvote" aria-label="Downvote" aria-pressed="false" disabled><svg
class="icon downvote"></svg></button>
</div></div><div class="col flex-grow-0 px-0"><div class=""><a
class="thumbnail rounded overflow-hidden d-inline-block position-relative p-0 border-0 bg-transparent"
href="https://www.valleyobserver.example/transport/2025/03/vell-valley-battery-trains" rel="noopener nofollow"
title="https://www.valleyobserver.example/transport/2025/03/vell-valley-battery-trains">
<img class="overflow-hidden pictrs-image img-fluid" src="/pictrs/image/6b1e0d4c-thumb.jpeg?format=webp&amp;thumbnail=256" alt="" loading="lazy"></a></div></div>
<div class="col flex-grow-1"><div class="row"><div class="col-12"><div class="post-title"><h1 class="h5 d-inline text-break"><a class="d-inline link-dark"
href="https://www.valleyobserver.example/transport/2025/03/vell-valley-battery-trains"
title="https://www.valleyobserver.example/transport/2025/03/vell-valley-battery-trains"
rel="noopener nofollow">${lmTitle}</a></h1><p class="small m-0"><a class="fst-italic link-dark link-opacity-75 link-opacity-100-hover"
href="https://www.valleyobserver.example/transport/2025/03/vell-valley-battery-trains" rel="noopener nofollow">valleyobserver.example</a></p></div>
<div class="small mb-1 mb-md-0"><span class="person-listing d-inline-flex"><a class="person-listing d-inline-flex align-items-baseline text-info"
title="signal_box_sam"
href="/u/signal_box_sam"><span>signal_box_sam</span></a></span><span> to </span><a class="community-link" title="Rail" href="/c/rail"><img
class="overflow-hidden pictrs-image img-icon me-1 rounded-circle"
src="/pictrs/image/rail.png" alt="" loading="lazy"><span class="overflow-wrap-anywhere">rail</span></a><span class="mx-1">•</span><span
data-tippy-content="Tuesday, March 4, 2025 at 8:40:12 AM"
class="moment-time pointer unselectable">6h</span></div>
<div class="post-metadata-card card border-secondary mt-3 mb-2"><div class="row"><div class="col-12"><div class="card-body"><h5 class="card-title d-inline"><a
class="d-inline link-dark"
rel="noopener nofollow" href="https://www.valleyobserver.example/transport/2025/03/vell-valley-battery-trains">${lmCard[0]}</a></h5><span
class="d-inline-block ms-2 mb-2 small text-muted">
<a class="text-muted fst-italic" href="https://www.valleyobserver.example/transport/2025/03/vell-valley-battery-trains"
rel="noopener nofollow">valleyobserver.example</a></span>
<div class="md-div"><p>${lmCard[1]}</p></div></div></div></div></div>
<div id="postContent" class="col-12 card my-2 p-2"><div class="md-div">${lmPostBody.map((t) => `<p>${t}</p>`).join('\n')}</div></div>
<div class="d-flex align-items-center justify-content-start flex-wrap text-muted"><a class="btn btn-link btn-sm text-muted ps-0" title="23 comments"
href="/post/2291847#comments">
<svg class="icon me-1 icon-inline"></svg>23</a><button type="button" class="btn btn-sm btn-link btn-animate text-muted py-0" data-tippy-content="Cross-post"
aria-label="Cross-post">
<svg class="icon icon-inline"></svg></button><button type="button" class="btn btn-sm btn-link btn-animate text-muted py-0 dropdown-toggle"
data-tippy-content="more" aria-label="more">
<svg class="icon icon-inline"></svg></button></div></div></div></div></div></div></div>
<div class="comments-header mb-2"><div class="btn-group btn-group-toggle flex-wrap mb-2" role="group">${lmSort
  .map(
    (s) => `<input id="sort-${s.toLowerCase()}" type="radio" class="btn-check" value="${s.toLowerCase()}"><label for="sort-${s.toLowerCase()}"
class="btn btn-outline-secondary
pointer${s === 'Hot' ? ' active' : ''}">${s}</label>`,
  )
  .join('\n')}</div></div>
<div class="comments">${lmTree()}</div></main>
<aside class="d-none d-md-block col-md-4 col-lg-3"><div class="card border-secondary mb-3"><div class="card-body"><div class="mb-2"><h2 class="h5 mb-0"><span
class="me-2">Rail</span></h2>
<a class="community-link" title="Rail" href="/c/rail"><span>!rail@lemmy.estuary.example</span></a></div><ul class="badges my-1 list-inline">${lmBadges
  .map((b) => `<li class="list-inline-item badge text-bg-secondary">${b === 'Modlog' ? `<a class="text-reset" href="/modlog/3">${b}</a>` : b}</li>`)
  .join('')}</ul><button type="button" class="btn btn-secondary d-block mb-2 w-100" disabled>Subscribe</button>
<div class="md-div"><p>Discussion of railways, trains and public transport, mostly in the UK and
Ireland.</p><h3>Rules</h3><ol>${lmRules.map((r) => `<li>${r}</li>`).join('')}</ol></div>
<ul class="list-inline small"><li class="list-inline-item">Mods</li>${links(['signal_box_sam', 'platform_nine'], 'list-inline-item')}</ul></div></div>
<div class="card border-secondary mb-3"><div class="card-body"><h2 class="h5">${lmSite[0]}</h2><div class="md-div"><p>${lmSite[1]}</p></div><ul
class="badges my-1 list-inline">
${lmSite
  .slice(2)
  .map((b) => `<li class="list-inline-item badge text-bg-secondary">${b}</li>`)
  .join('')}</ul></div></div></aside></div></div></div>
<nav class="container-lg navbar navbar-expand-md navbar-light navbar-bg p-3"><div class="navbar-collapse"><ul class="navbar-nav ms-auto"><li
class="nav-item"><span class="nav-link">${lmFooter[0]}</span></li>
<li class="nav-item"><span class="nav-link">${lmFooter[1]}</span></li>${links(lmFooter.slice(2), 'nav-item')}</ul></div></nav></div></div>
<script defer src="/static/c58a4b1f/js/client.js"></script></body></html>`;
