import { links, type TestPage, texts } from './page-kit.js';
import { mastodonThread } from './pages-heldout31-d2.js';

/**
 * Held-out batch 31, file d: a Lemmy post page as lemmy-ui 0.19 renders it (the "Jump to content" link, the navbar with
 * Communities, Create Post, Create Community, Support Lemmy, Search, Login and Sign Up, the post listing rendered twice for
 * mobile and desktop with score, creator, "to" community and relative date, the markdown body with a list, the comment
 * sort buttons, nested comments with collapse buttons, person listings with instance suffixes, "OP" and "MOD" badges,
 * scores and dates, the community sidebar with Subscribe, counts and moderators, the version footer, the noscript warning
 * and the window.isoData script holding the post and comments again as JSON).
 */
interface LmComment {
  id: number;
  name: string;
  host?: string;
  ago: string;
  score: number;
  badge?: 'OP' | 'MOD';
  text: string;
  kids?: LmComment[];
}
const lmTitle = 'Winter commuting: what finally stopped my chain from rusting';
const lmHost = 'lemmy.nordvik.example';
const lmIntro = [
  'I commute 14 km each way along the coast road, and every winter my chain turned orange within a fortnight. Salt spray, wet ' +
    'roads, a bike that lives in an unheated shed: you know the story. This year I tried a few things at once and finally have a ' +
    'chain that is still silver in February.',
  'What made the difference, in order of how much I think it helped:',
];
const lmList = [
  'Wax instead of wet lube. I stripped the factory grease and use a hot-melt wax, re-waxing every 300 km or so. Dirt does not ' +
    'stick to it and, more importantly, salt water does not sit in it.',
  'Rinsing the drivetrain with a watering can of fresh water when I get home. No brushes, thirty seconds.',
  'A full-length mudguard with a long flap at the front, which keeps most of the spray off the chainring.',
];
const lmOutro = 'Happy to answer questions. I know the wax debate gets heated, so please be gentle.';
const lmComments: LmComment[] = [
  {
    id: 1873321,
    name: 'sigrun_h',
    host: 'feddit.example',
    ago: '2 days ago',
    score: 34,
    text:
      'Wax is the answer for winter, agreed. The only catch I have found is that it needs redoing more often in heavy rain, so I keep ' +
      'two chains and swap them weekly. Swapping takes a minute with a quick link, and I wax the dirty one in a batch on Sunday.',
    kids: [
      {
        id: 1873550,
        name: 'torvald',
        ago: '2 days ago',
        score: 12,
        badge: 'OP',
        text: 'Two chains is clever. Do you find the quick links wear out faster with all the swapping?',
        kids: [
          {
            id: 1873702,
            name: 'sigrun_h',
            host: 'feddit.example',
            ago: '2 days ago',
            score: 15,
            text: 'I replace the quick link every fifth swap or so. They are cheap, and I would rather not find out the hard way on a ' + 'dark morning.',
          },
        ],
      },
    ],
  },
  {
    id: 1874018,
    name: 'pedalpusher_dk',
    host: 'lemmy.dk.example',
    ago: '1 day ago',
    score: 21,
    text:
      'Counterpoint from someone who tried wax and gave up: in a really wet climate I found a thick wet lube plus a weekly wipe-down ' +
      'worked just as well and took less time. The rinse with fresh water is the real hero in your list, I think.',
    kids: [
      {
        id: 1874233,
        name: 'mechanic_ola',
        ago: '1 day ago',
        score: 18,
        badge: 'MOD',
        text:
          'There is some truth in that. Rinsing off the salt is most of the battle, whatever you put on the chain afterwards. The ' +
          'worst thing you can do is leave a salty bike wet overnight in a closed shed.',
      },
    ],
  },
  {
    id: 1875090,
    name: 'ingeborg',
    ago: '19 hours ago',
    score: 7,
    text: 'Saving this for next winter. Did you do anything about the cassette? Mine rusts faster than the chain.',
    kids: [
      {
        id: 1875311,
        name: 'torvald',
        ago: '17 hours ago',
        score: 9,
        badge: 'OP',
        text:
          'Same treatment, really. The rinse gets the cassette too, and once the chain is waxed it stops carrying grime onto the ' +
          'sprockets, so they stay cleaner than they used to.',
      },
    ],
  },
];
const lmSym = '/static/9f3c2ab1/assets/symbols.svg';
const lmPerson = (name: string, host?: string): string => `<span class="person-listing d-inline-flex align-items-baseline text-info"><a
 class="text-info" title="${name}" href="/u/${name}${host ? `@${host}` : ''}"><img class="overflow-hidden pictrs-image object-fit-cover img-icon me-1"
 src="https://${host ?? lmHost}/pictrs/image/${name}.webp?format=webp&amp;thumbnail=96" alt="" loading="lazy"><span>${name}</span>${
   host ? `<small class="text-muted">@${host}</small>` : ''
 }</a></span>`;
const lmComment = (c: LmComment): string => `<li class="comment list-unstyled" role="comment"><article id="comment-${c.id}" class="details
 comment-node py-2"><div class="ms-1"><div class="d-flex flex-wrap align-items-center text-muted small"><button class="btn btn-sm btn-link text-muted me-2"
 aria-label="Collapse" data-tippy-content="Collapse"><svg class="icon icon-inline"><use xlink:href="${lmSym}#icon-minus-square"></use></svg></button>
<span class="me-2">${lmPerson(c.name, c.host)}</span>${
  c.badge === 'OP'
    ? '<span class="badge text-bg-light d-none d-sm-inline me-2" aria-label="Creator" data-tippy-content="Creator">OP</span>'
    : c.badge === 'MOD'
      ? '<span class="badge text-bg-light d-none d-sm-inline me-2" aria-label="Mod" data-tippy-content="Mod">MOD</span>'
      : ''
}<span class="me-1 font-weight-bold" aria-label="${c.score} points" data-tippy-content="${c.score + 1} upvotes • 1 downvotes">${c.score}</span>
<span class="me-1">•</span><span><span data-tippy-content="Tue, Jan 14, 2025, 08:13:22">${c.ago}</span></span></div>
<div class="comment-content"><div class="md-div"><p>${c.text}</p></div></div><div class="d-flex justify-content-between justify-content-lg-start
 flex-wrap text-muted fw-bold"><button type="button" class="btn btn-link btn-animate text-muted btn-sm" data-tippy-content="Upvote"
 aria-label="Upvote" aria-pressed="false"><svg class="icon icon-inline small"><use xlink:href="${lmSym}#icon-arrow-up1"></use></svg><span
 class="ms-2">${c.score + 1}</span></button><button type="button" class="btn btn-link btn-animate text-muted btn-sm" data-tippy-content="Downvote"
 aria-label="Downvote"><svg class="icon icon-inline small"><use xlink:href="${lmSym}#icon-arrow-down1"></use></svg></button><a class="btn btn-link
 btn-animate text-muted btn-sm" href="/comment/${c.id}" data-tippy-content="link" aria-label="link"><svg class="icon icon-inline"><use
 xlink:href="${lmSym}#icon-link"></use></svg></a></div></div></article>${
   c.kids ? `<ul class="comments" style="border-left: 2px solid var(--comment-node-1-color) !important;">${c.kids.map(lmComment).join('\n')}</ul>` : ''
 }</li>`;
const lmCreated = `<div class="small mb-1 mb-md-0">${lmPerson('torvald')}<span class="mx-1">to</span><a class="community-link" title="Bicycles"
 href="/c/bicycles">Bicycles<small class="text-muted">@${lmHost}</small></a><span class="mx-1">•</span><span data-tippy-content="Sun, Jan 12, 2025,
 17:40:03">3 days ago</span></div>`;
const lmTitleLine = `<div class="post-title"><h1 class="h5 d-inline text-break"><a class="d-inline" href="/post/48213" title="comments">${lmTitle}</a>
</h1></div>`;
const lmFlat = (cs: LmComment[]): LmComment[] => cs.flatMap((c) => [c, ...lmFlat(c.kids ?? [])]);
const lmIso = JSON.stringify({
  path: '/post/48213',
  routeData: {
    postRes: {
      state: 'success',
      data: {
        post_view: {
          post: { id: 48213, name: lmTitle, body: `${lmIntro.join('\n\n')}\n\n${lmList.map((l) => `- ${l}`).join('\n')}\n\n${lmOutro}` },
          creator: { name: 'torvald', actor_id: `https://${lmHost}/u/torvald` },
          counts: { score: 87, comments: 9 },
        },
      },
    },
    commentsRes: { state: 'success', data: { comments: lmFlat(lmComments).map((c) => ({ comment: { id: c.id, content: c.text } })) } },
  },
  showAdultConsentModal: false,
});
const lmNav = ['Communities', 'Create Post', 'Create Community', 'Support Lemmy'];
const lmFoot = ['FE: 0.19.12', 'BE: 0.19.12', 'Modlog', 'Instances', 'Legal', 'Docs', 'Code', 'join-lemmy.org'];
const lmSorts = ['Hot', 'Top', 'Controversial', 'New', 'Old', 'Chat'];
const lmCounts = ['1.3K users / day', '4.1K users / week', '8.4K subscribers', '2.1K posts', '19K comments'];
const lmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${lmTitle} - Nordvik Lemmy</title><meta property="og:title" content="${lmTitle}">
<meta property="og:description" content="${lmIntro[0]!.slice(0, 110)}"><link rel="stylesheet" type="text/css" href="/static/9f3c2ab1/styles/styles.css">
<script nonce="c2a9e1">window.isoData = ${lmIso};</script></head>
<body class="ps-1" data-bs-theme="light"><noscript><div class="alert alert-danger rounded-0" role="alert"><b>Javascript is disabled. Actions will not
 work.</b></div></noscript><div id="root"><div class="lemmy-site"><a class="skip-link bg-light text-dark p-2 text-decoration-none position-absolute
 start-0 z-3" href="#content">Jump to content</a><div class="shadow-sm"><nav class="navbar navbar-expand-md navbar-light p-0 px-3 container-lg"
 id="navbar"><a id="navTitle" class="navbar-brand d-flex align-items-center" href="/" title="Nordvik Lemmy"><img src="https://${lmHost}/pictrs/image/icon.webp"
 class="img-fluid me-2" style="max-width:24px" alt="Nordvik Lemmy">Nordvik Lemmy</a><div class="collapse navbar-collapse my-2" id="navbarDropdown">
<ul class="navbar-nav me-auto">${links(lmNav, 'nav-item')}</ul><ul class="navbar-nav"><li class="nav-item"><a class="nav-link d-inline-flex
 align-items-center d-md-inline-block" title="Search" href="/search"><svg class="icon"><use xlink:href="${lmSym}#icon-search"></use></svg><span
 class="d-inline ms-1 d-md-none ms-md-0">Search</span></a></li></ul><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" title="Login"
 href="/login">Login</a></li><li class="nav-item"><a class="nav-link" title="Sign Up" href="/signup">Sign Up</a></li></ul></div></nav></div>
<div class="mt-4 p-0 fl-1"><div class="container-lg" id="content" tabindex="-1"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3">
<div class="post-listing mt-2"><div class="d-block d-sm-none"><article class="row post-container"><div class="col-12">${lmCreated}${lmTitleLine}
<div class="d-flex align-items-center justify-content-start flex-wrap text-muted"><a class="btn btn-link btn-sm text-muted ps-0" title="9 Comments"
 href="/post/48213?scrollToComments=true"><svg class="icon me-1 small"><use xlink:href="${lmSym}#icon-message-square"></use></svg>9</a></div></div>
</article></div><div class="d-none d-sm-block"><article class="row post-container"><div class="col flex-grow-0"><div class="vote-bar small text-center">
<button type="button" class="btn-animate btn btn-link p-0 text-muted" data-tippy-content="Upvote" aria-label="Upvote"><svg class="icon upvote"><use
 xlink:href="${lmSym}#icon-arrow-up1"></use></svg></button><div class="unselectable pointer text-muted post-score px-1" data-tippy-content="91 upvotes •
 4 downvotes">87</div><button type="button" class="btn-animate btn btn-link p-0 text-muted" data-tippy-content="Downvote" aria-label="Downvote"><svg
 class="icon downvote"><use xlink:href="${lmSym}#icon-arrow-down1"></use></svg></button></div></div><div class="col flex-grow-1"><div class="row">
<div class="col flex-grow-1">${lmTitleLine}${lmCreated}<div class="d-flex align-items-center justify-content-start flex-wrap text-muted"><a
 class="btn btn-link btn-sm text-muted ps-0" title="9 Comments" href="/post/48213?scrollToComments=true"><svg class="icon me-1 small"><use
 xlink:href="${lmSym}#icon-message-square"></use></svg>9 Comments</a><button class="btn btn-sm btn-link btn-animate text-muted py-0" data-tippy-content="Share"
 aria-label="Share"><svg class="icon"><use xlink:href="${lmSym}#icon-share"></use></svg></button><a class="btn btn-sm btn-link btn-animate text-muted py-0"
 href="/post/48213" title="link" rel="noopener"><svg class="icon"><use xlink:href="${lmSym}#icon-link"></use></svg></a></div></div></div></div></article></div>
<article id="postContent" class="col-12 card my-2 p-2"><div class="md-div"><p>${lmIntro[0]}</p>
<p>${lmIntro[1]}</p>
<ul>
${lmList.map((l) => `<li>${l}</li>`).join('\n')}
</ul>
<p>${lmOutro}</p></div></article></div>
<div class="mb-2"><div class="btn-group btn-group-toggle flex-wrap me-3 mb-2" role="group">${lmSorts
  .slice(0, 5)
  .map((s, i) => `<input id="comment-sort-${i}" type="radio" class="btn-check" value="${s}"><label class="btn btn-outline-secondary pointer">${s}</label>`)
  .join('')}</div><div class="btn-group btn-group-toggle flex-wrap mb-2" role="group"><input id="comment-view-chat" type="radio" class="btn-check"><label
 class="btn btn-outline-secondary pointer">Chat</label></div></div>
<div class="comments"><ul class="comments">${lmComments.map(lmComment).join('\n')}</ul></div></main>
<aside class="d-none d-md-block col-md-4 col-lg-3"><div id="sidebarContainer"><section id="sidebarMain" class="card mb-3"><div class="card-body"><div><div>
<h2 class="h5 mb-0">Bicycles</h2><span class="community-link"><a href="/c/bicycles">bicycles@${lmHost}</a></span></div><div><button class="btn
 btn-secondary d-block mb-2 w-100">Subscribe</button><a class="btn btn-secondary d-block mb-2 w-100" href="/create_post?communityId=12">Create a post</a>
</div><div class="md-div"><p>Commuting, touring, fixing and riding bikes of every kind. Be kind, no motor vehicles, and tag your NSFW crashes.</p></div>
<ul class="badges my-1 list-inline">${lmCounts.map((c) => `<li class="list-inline-item badge text-bg-secondary">${c}</li>`).join('')}</ul>
<ul class="list-inline small"><li class="list-inline-item">Moderators:</li><li class="list-inline-item">${lmPerson('mechanic_ola')}</li>
<li class="list-inline-item">${lmPerson('hjulmann')}</li></ul></div></div></section></div></aside></div></div></div>
<nav class="container-lg navbar navbar-expand-md navbar-light navbar-hide mt-3 p-0 px-3"><div class="navbar-collapse"><ul class="navbar-nav ms-auto">
${lmFoot.map((f) => (f.includes(':') ? `<li class="nav-item"><span class="nav-link">${f}</span></li>` : links([f], 'nav-item'))).join('\n')}</ul></div>
</nav></div></div><script defer src="/static/9f3c2ab1/js/client.js"></script></body></html>`;
const lemmy: TestPage = {
  html: lmHtml,
  name: 'heldout31-lemmy-post-comments',
  kind: 'forum',
  // the post's markdown (paragraphs and the three list items) and every comment at every depth are body; the creator and
  // commenters' names and the relative dates are bylines, the instance suffixes ("@feddit.example") too, as parts of the
  // person listings; "to", the community link, scores ("87", "34"...), "9 Comments", "OP" and "MOD" badges, the sort
  // buttons, navbar, sidebar (description, counts, "Moderators:" with two names: "mechanic_ola" is also a commenter and stays
  // a byline, "hjulmann" is furniture), the noscript warning and the version footer are furniture; the isoData JSON holds
  // the same texts again (not page text of its own); the title and the byline line are rendered twice (mobile, desktop); the
  // sort button "Hot" is a word of the post ("hot-melt wax"): left out
  title: lmTitle,
  headings: [],
  body: texts([...lmIntro, ...lmList, lmOutro, ...lmFlat(lmComments).map((c) => c.text)]),
  bylines: [...new Set(['torvald', '3 days ago', ...lmFlat(lmComments).flatMap((c) => [c.name, c.ago, ...(c.host ? [`@${c.host}`] : [])])])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Javascript is disabled. Actions will not work.', 'Jump to content', 'Nordvik Lemmy', ...lmNav, 'Search', 'Login', 'Sign Up', 'Bicycles',
    `@${lmHost}`, '87', '9 Comments', ...lmSorts.filter((t) => t !== 'Hot'), 'OP', 'MOD', `bicycles@${lmHost}`, 'Subscribe', 'Create a post',
    'Commuting, touring, fixing and riding bikes of every kind. Be kind, no motor vehicles, and tag your NSFW crashes.', ...lmCounts, 'Moderators:',
    'hjulmann', ...lmFoot,
  ],
};

export const HELDOUT31_D: readonly TestPage[] = [lemmy, mastodonThread];
