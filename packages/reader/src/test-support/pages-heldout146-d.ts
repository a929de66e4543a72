import { links, type TestPage, texts } from './page-kit.js';
import { raspberryTopic } from './pages-heldout146-d2.js';

/**
 * Held-out batch 146, file d: an Mbin thread (a self post in a magazine) with its comments as a signed-out visitor saves it
 * (the instance header with the magazine menu, "Log in" and "Sign up", the entry article with its h1, body, meta line with
 * the author, time, "edited" note and magazine, the vote buttons and the footer menu with the comment count, the "Log in or
 * register to comment" box, the comment sort options, comments that are <blockquote class="section comment ..."> elements
 * at levels 1 and 2 with user links, times, vote buttons and reply / boost / more menus, the sidebar with the magazine card,
 * subscribe button, description, moderators and related threads, the instance's about box, and the footer) and, from file
 * d2, a Raspberry Pi forums topic.
 */
const mbTitle = 'Three months of self-hosting our family photos: what went well and what I would change';
const mbP1 = [
  'Three months ago I moved 41,000 photos from a big cloud provider to a small server in my hallway cupboard. A few people asked ' +
    'how it went in another thread, so here are my notes.',
  'The hardware is a second-hand mini PC with a 4-core Celeron, 16 GB of RAM and two 4 TB drives in a mirror. It draws about 11 watts ' + 'most of the day.',
  'What went well:',
];
const mbL1 = [
  'Face grouping ran overnight and was better than I expected, though it keeps merging my two brothers.',
  'The phone app uploads over Wi-Fi only, which is what I wanted.',
  'Sharing albums with my parents through a link works without them needing an account.',
];
const mbP2 = ['What I would do differently:'];
const mbL2 = [
  'Set up off-site backups before importing anything. I did it in week three and worried the whole time.',
  'Import in batches. The first bulk import filled the drive with thumbnails and made the database crawl.',
  'Write down every setting. I had to rebuild once and could not remember how I had configured the reverse proxy.',
];
const mbP3 = [
  'Total cost so far is about £260 including the drives. I expect it to pay for itself against the subscription in a little under ' +
    'two years, and I sleep better knowing where the pictures are.',
];
type MbComment = { id: string; user: string; title: string; time: string; level: number; up: string; text: string };
const mbComments: MbComment[] = [
  {
    id: '88120',
    user: 'tomas@lemmy.example',
    title: '@tomas@lemmy.example',
    time: '2 days ago',
    level: 1,
    up: '14',
    text: 'Thanks for writing this up. What are you using for the off-site part? That is the piece I keep putting off.',
  },
  {
    id: '88131',
    user: 'elspeth_r',
    title: '@elspeth_r@moorland.social',
    time: '2 days ago',
    level: 2,
    up: '11',
    text:
      'An old NAS at my sister’s house, reached over WireGuard. It takes a nightly snapshot and keeps thirty days. Not elegant, but it ' +
      'costs nothing beyond the electricity.',
  },
  {
    id: '88174',
    user: 'ravenmoss',
    title: '@ravenmoss@moorland.social',
    time: '2 days ago',
    level: 1,
    up: '9',
    text:
      'The thumbnail point is so true. I ran out of space on a 1 TB drive with a library of about the same size, because the ' +
      'transcoded videos took more room than the originals.',
  },
  {
    id: '88210',
    user: 'kpaszek@feddit.example',
    title: '@kpaszek@feddit.example',
    time: '1 day ago',
    level: 1,
    up: '6',
    text: '11 watts is impressive. My old tower used nearly ten times that just idling, which wiped out most of the savings.',
  },
  {
    id: '88233',
    user: 'elspeth_r',
    title: '@elspeth_r@moorland.social',
    time: '1 day ago',
    level: 2,
    up: '4',
    text: 'Power was half the reason I went with the mini PC. The drives spin down at night too, which helps a little more.',
  },
];
const mbTop = ['Threads', 'Microblog', 'People', 'Magazines'];
const mbMagMenu = ['Threads', 'Microblog', 'People', 'Modlog', 'Stats'];
const mbSort = ['top', 'hot', 'active', 'newest', 'oldest'];
const mbDesc = 'Running your own services at home or on a rented box: photos, files, media, mail and everything in between. Be kind to beginners.';
const mbRelated = [
  'Is a mirror enough or do I need a proper backup?',
  'Cheap mini PCs for a first home server, spring edition',
  'Reverse proxy recommendations for someone who hates config files',
];
const mbFoot = ['About', 'Contact', 'FAQ', 'Terms', 'Privacy policy', 'Stats'];
const mbAbout = 'Moorland is a small general-purpose instance run by volunteers in the north of England.';
const mbVote = (
  up: string,
  down: string,
): string => `<aside class="vote"><form method="post" action="/vote/up" class="vote__up"><button type="submit" title="Favourite"
aria-label="Favourite" data-action="subject#vote"><span data-subject-target="favCounter">${up}</span>
<span><i class="fa-solid fa-arrow-up"></i></span></button></form>
<form method="post" action="/vote/down" class="vote__down"><button type="submit" title="Reduce" aria-label="Reduce" data-action="subject#vote">
<span data-subject-target="downvoteCounter">${down}</span> <span><i class="fa-solid fa-arrow-down"></i></span></button></form></aside>`;
const mbComment = (c: MbComment): string => `<blockquote class="section comment entry-comment subject comment-level--${c.level}" id="entry-comment-${c.id}"
data-controller="comment subject mentions" data-subject-parent-value="" data-action="">
<header><a data-action="mouseover->mentions#user_popup mouseout->mentions#user_popup_out" class="user-inline" title="${c.title}"
href="/u/${c.title}">${c.user}</a>,
<time class="timeago" title="2025-03-05T10:14:32+00:00" datetime="2025-03-05T10:14:32+00:00">${c.time}</time></header>
<figure><a href="/u/${c.title}"><div class="no-avatar"></div></a></figure><div class="content"><p>${c.text}</p></div>${mbVote(c.up, '0')}
<footer><menu><li><a class="stretched-link" href="/login" data-action="subject#getForm">reply</a></li><li><a href="/login" class="boost-link">boost</a></li>
<li class="dropdown"><button class="stretched-link" data-subject-target="more">more</button></li></menu></footer></blockquote>`;
const mbHtml = `<!DOCTYPE html>
<html lang="en" data-controller="html" data-turbo="false"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${mbTitle} - selfhosted - Moorland</title><meta name="description"
content="Three months ago I moved 41,000 photos from a big cloud provider to a small server.">
<meta property="og:url" content="https://moorland.social/m/selfhosted/t/412877/three-months-of-self-hosting-our-family-photos"><meta property="og:type"
content="article">
<meta property="og:title" content="${mbTitle}"><meta property="og:site_name" content="Moorland"><link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/build/app.6b3e1c0f.css"><script src="/build/runtime.2f0d.js" defer></script><script src="/build/app.41c9e7.js" defer></script>
<link rel="alternate" type="application/activity+json" href="https://moorland.social/m/selfhosted/t/412877"></head>
<body class="theme--default rounded-edges topbar" data-controller="kbin notifications" data-turbo="false">
<a class="sr-nav" href="#content" tabindex="0">Skip to main content</a><a class="sr-nav" href="#sidebar">Skip to sidebar</a>
<header id="header" class="header"><div class="kbin-container"><div class="mbin-container"><div class="brand"><a href="/"><img src="/assets/logo.svg" alt=""
height="30">
<h2 hidden="">Moorland</h2></a></div><nav class="head-title"><a href="/m/selfhosted" class="magazine-inline">/m/selfhosted</a></nav>
<nav class="head-nav"><menu class="head-nav__menu">${mbMagMenu
  .map(
    (t, i) => `<li${i === 0 ? ' class="active"' : ''}><a
href="/m/selfhosted/${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('')}
</menu></nav><menu><li><a href="/search" class="icon" title="Search"><i class="fa-solid fa-magnifying-glass"></i></a></li><li class="dropdown"><a href="/"
class="icon"
title="Select a channel" aria-label="Select a channel"><i class="fa-solid fa-layer-group"></i></a><ul class="dropdown__menu">${links(mbTop)}</ul></li>
<li><a class="login" href="/login">Log in</a></li><li><a class="btn btn__primary" href="/register">Sign up</a></li></menu></div></div></header>
<div id="middle" class="page-entry-single page-entry-front"><div class="kbin-container"><main id="main" data-controller="lightbox timeago" class=""
tabindex="-1">
<div id="content"><article id="entry-412877" class="entry section subject no-image" data-controller="subject preview mentions html-refresh"
data-subject-id-param="412877">
<header><h1><a href="/m/selfhosted/t/412877/three-months-of-self-hosting-our-family-photos">${mbTitle}</a></h1></header>
<div class="entry__body"><div class="content formatted">
${mbP1.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${mbL1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${mbP2[0]}</p>
<ul>${mbL2.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${mbP3[0]}</p>
</div></div>
<aside class="meta entry__meta"><a href="/u/elspeth_r" class="user-inline" title="@elspeth_r@moorland.social">elspeth_r</a>,
<time class="timeago" title="2025-03-04T19:40:11+00:00" datetime="2025-03-04T19:40:11+00:00">3 days ago</time> <span class="edited">(edited
<time class="timeago" datetime="2025-03-04T21:02:55+00:00">3 days ago</time>)</span> to <a href="/m/selfhosted" class="magazine-inline"
title="selfhosted">selfhosted</a>
</aside><figure><div class="no-image-placeholder"><i class="fa-solid fa-message"></i></div></figure>${mbVote('127', '3')}
<footer><menu><li><a class="stretched-link" href="#comments">18 comments</a></li><li><a href="/login" class="boost-link">boost</a></li>
<li class="dropdown"><button class="stretched-link" data-subject-target="more">more</button><ul class="dropdown__menu"><li><a
href="/m/selfhosted/t/412877/-/favourites">activity</a>
</li><li><a href="#" data-action="clipboard#copy">copy url</a></li><li><a href="https://moorland.social/m/selfhosted/t/412877">open original url</a></li><li>
<a href="/report">report</a></li></ul></li></menu></footer></article>
<div id="comment-add" class="comment-add section section--small"><p>You must <a href="/login">log in</a> or <a href="/register">register</a>
to comment.</p></div>
<section id="comments" class="comments entry-comments comments-tree" data-controller="subject-list"
data-action="notifications:EntryCommentCreatedNotification@window->subject-list#addComment">
<aside class="options options--top" id="options"><div></div><menu class="options__main no-scroll">${mbSort
  .map(
    (t, i) => `<li><a
href="?sortBy=${t}"${i === 0 ? ' class="active"' : ''}>${t}</a></li>`,
  )
  .join('')}
</menu></aside>
${mbComments.map(mbComment).join('\n')}
</section></div></main>
<aside id="sidebar" data-controller="sidebar"><section class="magazine section"><h3>Magazine</h3><div class="row"><figure><img width="64" height="64" alt=""
src="/media/selfhosted.png">
</figure><h4><a href="/m/selfhosted">selfhosted</a></h4><p class="magazine__name">@selfhosted@moorland.social</p></div><aside class="magazine__subscribe">
<div class="action"><i class="fa-solid fa-users"></i><span>3.2K</span></div><form action="/m/selfhosted/subscribe" method="post"><button type="submit"
class="btn btn__secondary">Subscribe
</button></form></aside><div class="content magazine__description"><p>${mbDesc}</p></div><ul class="info"><li>Created: <time class="timeago">2 years
ago</time></li>
<li>Moderators: <a href="/u/elspeth_r" class="user-inline">elspeth_r</a></li></ul></section>
<section class="entries section"><h3>Related threads</h3><div class="container">${mbRelated
  .map(
    (t, i) => `<figure><div class="row"><a href="/m/selfhosted/t/41${i}">${t}</a></div>
<figcaption><a href="/m/selfhosted" class="magazine-inline">selfhosted</a></figcaption></figure>`,
  )
  .join('')}</div></section>
<section class="kbin-promo section"><h3>Moorland</h3><p>${mbAbout}</p></section></aside></div></div>
<footer id="footer"><div class="kbin-container"><section><h5>Moorland</h5><ul>${links(mbFoot)}</ul></section><section><h5>mbin</h5><p>Powered by <a
href="https://github.com/MbinOrg/mbin">mbin</a></p></section></div></footer></body></html>`;
const mbinThread: TestPage = {
  html: mbHtml,
  name: 'heldout146-mbin-thread-comments',
  kind: 'forum',
  // the entry body and every comment (each a <blockquote class="comment">) are body; author names, relative times and the
  // "(edited ...)" note are bylines; vote counts, the comment count, reply / boost / more, the magazine card and menus are
  // furniture
  title: mbTitle,
  headings: [],
  body: texts([...mbP1, ...mbL1, ...mbP2, ...mbL2, ...mbP3, ...mbComments.map((c) => c.text)]),
  bylines: ['elspeth_r', '3 days ago', '(edited 3 days ago)', 'tomas@lemmy.example', 'ravenmoss', 'kpaszek@feddit.example', '2 days ago', '1 day ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to sidebar', '/m/selfhosted', ...mbMagMenu, 'Magazines', 'Log in', 'Sign up', 'selfhosted', '127', '18 comments', 'boost',
    'more', 'activity', 'copy url', 'open original url', 'report', 'You must log in or register to comment.', ...mbSort, ...mbComments.map((c) => c.up),
    'reply',
    'Magazine', '@selfhosted@moorland.social', '3.2K', 'Subscribe', mbDesc, 'Created: 2 years ago', 'Moderators: elspeth_r', 'Related threads', ...mbRelated,
    'Moorland', mbAbout, ...mbFoot, 'mbin', 'Powered by mbin',
  ],
};

export const HELDOUT146_D: readonly TestPage[] = [mbinThread, raspberryTopic];
