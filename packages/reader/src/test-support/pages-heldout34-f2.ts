import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 34, file f2: an Mbin thread page (the fediverse link aggregator forked from kbin): the instance header
 * with Threads / Microblog / People / Magazines, the magazine bar, a link entry with its title, domain, author, time and
 * magazine, vote box, the OP's body text with a list, the entry menu (comments count, boost, more with share / copy URL /
 * report), the comment sort bar, a threaded comment tree of `blockquote.entry-comment` with `comment-level--N` classes,
 * avatars, votes and reply / boost / more menus, the sidebar with the magazine card, moderators, related threads and
 * magazines, and the footer), with Stimulus `data-controller` attributes throughout.
 */
const mbTitle = 'Halden Bay’s cargo bike library ends pilot with 9 in 10 bikes returned on time';
const mbOp = [
  'The city lent out 40 electric cargo bikes for up to a week at a time over eighteen months, free with a library card. Some numbers from the final report:',
];
const mbList = [
  '4,100 loans, average length 3.2 days',
  '91 percent returned on time, 3 bikes never came back',
  'Most common use: moving house and the weekly shop, not the school run the planners expected',
];
const mbOp2 = [
  'The council votes next month on whether to make it permanent. Curious whether anyone here has seen a scheme like this survive ' +
    'past the pilot stage, and what killed the ones that didn’t.',
];
interface MbComment {
  id: number;
  level: number;
  user: string;
  host: string;
  ago: string;
  iso: string;
  votes: number;
  text: string[];
}
const mbComments: MbComment[] = [
  {
    id: 8812041,
    level: 1,
    user: 'kestrel',
    host: '@lemmy.example.org',
    ago: '5 h ago',
    iso: '2026-02-02T09:12:44+00:00',
    votes: 31,
    text: [
      'Our town ran something similar and it died because nobody budgeted for maintenance. Forty bikes sounds small, but they need ' +
        'brakes and tyres constantly when that many different people ride them.',
      'If Halden Bay hasn’t costed a mechanic, that’s the thing to ask about.',
    ],
  },
  {
    id: 8812290,
    level: 2,
    user: 'ottoline',
    host: '',
    ago: '4 h ago',
    iso: '2026-02-02T10:03:10+00:00',
    votes: 12,
    text: ['The report does mention it: one full-time mechanic, shared with the bus depot. Not sure that’s enough either.'],
  },
  {
    id: 8812377,
    level: 3,
    user: 'kestrel',
    host: '@lemmy.example.org',
    ago: '4 h ago',
    iso: '2026-02-02T10:21:52+00:00',
    votes: 9,
    text: ['One shared mechanic for forty e-bikes is optimistic. Ours had two and still had a third of the fleet off the road in winter.'],
  },
  {
    id: 8812501,
    level: 1,
    user: 'jfv',
    host: '',
    ago: '3 h ago',
    iso: '2026-02-02T11:40:05+00:00',
    votes: 24,
    text: ['The “moving house” finding is great. It’s the use nobody designs for, and it’s exactly when people would otherwise rent a van for a day.'],
  },
  {
    id: 8812733,
    level: 1,
    user: 'Pedalpusher_Anna',
    host: '@feddit.example',
    ago: '2 h ago',
    iso: '2026-02-02T12:15:31+00:00',
    votes: 19,
    text: ['Three bikes lost out of 4,100 loans is an incredibly low loss rate. Car sharing schemes would kill for that.'],
  },
  {
    id: 8812902,
    level: 2,
    user: 'grumpy_tram',
    host: '@kbin.example',
    ago: '1 h ago',
    iso: '2026-02-02T13:30:00+00:00',
    votes: 15,
    text: ['Library card as collateral does a lot of work here. People don’t want to lose their library.'],
  },
  {
    id: 8813015,
    level: 1,
    user: 'marit',
    host: '',
    ago: '48 min ago',
    iso: '2026-02-02T13:52:12+00:00',
    votes: 7,
    text: ['Going to the council meeting, will report back. The main opposition seems to be about where the bikes are stored, not the cost.'],
  },
];
const mbNav = ['Threads', 'Microblog', 'People', 'Magazines'];
const mbSorts = ['top', 'hot', 'newest', 'active', 'oldest'];
const mbRelated = ['Paris adds 300 km of protected lanes in a single year', 'Why are bus stops always in the worst possible place?'];
const mbMags = ['transit', 'cycling', 'walkable'];
const mbFoot = ['About', 'Contact', 'FAQ', 'Terms', 'Privacy policy', 'Stats'];
const mbUser = (u: string, host: string): string =>
  `<a href="/u/${host === '' ? u : `@${u}${host}`}" data-action="mouseover->kbin#handleUserPopup" class="user-inline"
title="@${u}${host === '' ? '@mbin.northsea.social' : host}">` +
  `<img width="30" height="30" src="/media/cache/resolve/avatar_thumb/a/${u.length}.png" alt="${u} avatar" class="avatar">${u}${
    host === ''
      ? ''
      : `<span
class="user-domain">${host}</span>`
  }</a>`;
const mbVote = (n: number, id: string): string =>
  `<aside class="vote"><form method="post" action="/${id}/favourite" class="vote__up"><button type="submit" title="Favorite"
aria-label="Favorite"><span>${n}</span>` +
  ` <span><i class="fa-solid fa-arrow-up"></i></span></button></form><form method="post" action="/${id}/vote/-1" class="vote__down"><button type="submit"
title="Reduce"` +
  ` aria-label="Reduce"><span>0</span> <span><i class="fa-solid fa-arrow-down"></i></span></button></form></aside>`;
const mbComment = (c: MbComment): string =>
  `<blockquote class="section comment entry-comment subject comment-level--${c.level}${c.user === 'ottoline' ? ' author' : ''}" id="entry-comment-${c.id}"
data-controller="comment subject mentions" data-subject-parent-value="" data-action="notifications:EntryCommentEditedNotification@window->subject#notification">
<header>${mbUser(c.user, c.host)}, <a href="/m/urbanism/t/44210/-/comment/${c.id}#entry-comment-${c.id}"
class="link-muted"><time class="timeago" datetime="${c.iso}" title="${c.iso.slice(0, 10)}">${c.ago}</time></a></header>
<div class="content">${c.text.map((p) => `<p>${p}</p>`).join('')}</div>${mbVote(c.votes, `ec/${c.id}`)}
<footer><menu><li><a class="stretched-link" href="/m/urbanism/t/44210/-/comment/${c.id}/reply" data-action="subject#getForm">reply</a></li><li><form
method="post"
action="/ec/${c.id}/boost"><button class="boost-link stretched-link" type="submit">boost</button></form></li></menu></footer></blockquote>`;
const mbHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${mbTitle} - urbanism - mbin.northsea.social</title>
<meta property="og:title" content="${mbTitle}"><meta property="og:url" content="https://mbin.northsea.social/m/urbanism/t/44210">
<link rel="stylesheet" href="/build/app.3f1c2d9e.css"><script src="/build/runtime.8a1b2c3d.js" defer></script></head>
<body class="theme--default rounded-edges topbar" data-controller="kbin notifications" data-turbo="false">
<a href="#content" class="sr-only sr-only-focusable">Skip to main content</a>
<header id="header" class="header"><div class="kbin-container"><nav class="head-title"><a href="/"><img src="/mbin_logo.svg" alt="mbin.northsea.social"
width="32">
<span>mbin.northsea.social</span></a></nav><nav class="head-nav"><menu class="head-nav__menu">${mbNav
  .map((t, i) => `<li><a href="/${i === 0 ? '' : t.toLowerCase()}"${i === 0 ? ' class="active"' : ''}>${t}</a></li>`)
  .join('')}</menu></nav><menu><li><a href="/search" aria-label="Search"><i class="fa-solid fa-magnifying-glass"></i></a></li><li><a href="/login"
class="login">Log in</a></li><li><a href="/register">Sign up</a></li></menu></div></header>
<div id="middle" class="page-entry-single"><div class="kbin-container"><main id="main" data-controller="lightbox timeago">
<div class="magazine-bar"><a href="/m/urbanism" class="magazine-inline">urbanism</a></div>
<article id="entry-44210" class="entry section subject no-image" data-controller="subject preview mentions"
data-action="notifications:EntryEditedNotification@window->subject#notification"><header><h1><a rel="nofollow noopener noreferrer"
href="https://streetsreport.example/2026/02/halden-bay-cargo-bike-library-report">${mbTitle}</a></h1><span class="entry__domain"><a
href="/d/streetsreport.example">streetsreport.example</a></span></header>
<aside class="meta entry__meta">${mbUser('ottoline', '')}, <time class="timeago" datetime="2026-02-02T08:31:19+00:00" title="2026-02-02">6 h ago</time>
to <a href="/m/urbanism" class="magazine-inline">urbanism</a></aside>
<div class="entry__body"><div class="content formatted">${mbOp.map((p) => `<p>${p}</p>`).join('')}<ul>${mbList.map((t) => `<li>${t}</li>`).join('')}</ul>
${mbOp2.map((p) => `<p>${p}</p>`).join('')}</div></div>${mbVote(87, 'e/44210')}
<footer><menu><li><a class="stretched-link" href="#comments">7 comments</a></li><li><form method="post" action="/e/44210/boost"><button class="boost-link"
type="submit">boost</button></form></li><li class="dropdown"><button class="stretched-link">more</button><ul class="dropdown__menu"><li><a href="#"
data-action="clipboard#copy">Copy URL</a></li><li><a href="https://mbin.northsea.social/m/urbanism/t/44210">Open original URL</a></li><li><a
href="/e/44210/report"
data-action="subject#getForm">Report</a></li></ul></li></menu></footer></article>
<div class="comments-sort section"><span>Sort by:</span> <menu>${mbSorts
  .map((t, i) => `<li><a href="/m/urbanism/t/44210/-/${t}"${i === 0 ? ' class="active"' : ''}>${t}</a></li>`)
  .join('')}</menu></div>
<section id="comments" class="comments entry-comments comments-tree" data-controller="subject-list"><h2 class="sr-only">Comments</h2>
${mbComments.map(mbComment).join('\n')}
</section></main>
<aside id="sidebar" data-controller="sidebar"><section class="magazine section"><h3>Magazine</h3><div class="row"><a href="/m/urbanism" class="magazine-inline">
urbanism</a><p class="magazine__description">Cities, streets, transit and the people who live in them. Be kind, cite sources.</p>
<div class="magazine__subscribe"><span>1.9K subscribers</span><a href="/login" class="btn btn__secondary">Subscribe</a></div></div></section>
<section class="section moderators"><h3>Moderators</h3><ul>${links(['fenwick', 'arboreal_lu'])}</ul></section>
<section class="section related-entries"><h3>Related threads</h3><ul>${links(mbRelated)}</ul></section>
<section class="section related-magazines"><h3>Related magazines</h3><ul>${links(mbMags)}</ul></section></aside></div></div>
<footer id="footer"><div class="kbin-container"><menu>${links(mbFoot)}</menu><p>Powered by <a href="https://github.com/MbinOrg/mbin">Mbin</a></p></div></footer>
<script src="/build/app.7d8e9f0a.js" defer></script></body></html>`;
export const mbinThread: TestPage = {
  html: mbHtml,
  name: 'heldout34-mbin-link-thread',
  kind: 'forum',
  // a link post: the title links out, the OP's own text (two paragraphs and its list) is body, and every comment is body, as
  // on other threads; the OP's and commenters' names (with their instance, once each) and the post and comment times are
  // bylines; the domain, magazine name (bar, meta and card), vote counts, the entry menu ("7 comments", "boost", "more",
  // Copy URL / Open original URL / Report), "Sort by:" and its options, reply links, the instance header and nav, the
  // sidebar (magazine card, moderators, related threads and magazines) and the footer are furniture; the bare vote counts,
  // "to" between author and magazine, and three words the body also uses are left out: the nav's "People", the menu's "Report"
  // ("the final report") and the footer's "About" ("about where the bikes are stored")
  title: mbTitle,
  headings: [],
  body: [...texts(mbOp), ...mbList, ...texts(mbOp2), ...mbComments.flatMap((c) => c.text)],
  bylines: [
    'ottoline',
    '6 h ago',
    ...[...new Set(mbComments.filter((c) => c.user !== 'ottoline').map((c) => c.user + c.host))],
    ...[...new Set(mbComments.map((c) => c.ago))],
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'mbin.northsea.social', ...mbNav.filter((t) => t !== 'People'), 'Log in', 'Sign up', 'urbanism', 'streetsreport.example',
    '7 comments', 'boost', 'more', 'Copy URL', 'Open original URL', 'Sort by:', ...mbSorts, 'Comments', 'reply', 'Magazine',
    'Cities, streets, transit and the people who live in them. Be kind, cite sources.',
    '1.9K subscribers', 'Subscribe', 'Moderators', 'fenwick', 'arboreal_lu', 'Related threads', ...mbRelated, 'Related magazines', ...mbMags,
    ...mbFoot.filter((t) => t !== 'About'), 'Powered by Mbin',
  ],
};
