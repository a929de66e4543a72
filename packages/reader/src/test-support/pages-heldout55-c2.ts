import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 55, file c2: a text thread with comments on an Mbin instance (the skip links, the header with the instance brand,
 * the magazine title and tabs, search and log-in links, the hidden settings panel, the thread as an `<article class="entry">`
 * with its meta line "NAME, TIME to MAGAZINE", votes, "N comments", "boost" and the "more" menu, the comment sort and view
 * options, "You must log in or register to comment.", seven comments as `<blockquote class="comment comment-level--N">` with
 * federated handles, relative times, vote counts and reply/boost/more links, the sidebar with the magazine card, rules,
 * moderators, related threads and the instance card, and the footer).
 */
const mbTitle = "What's the one bike repair you wish you'd learned years earlier?";
const mbBody = [
  'I finally learned to true a wheel this autumn, after years of paying the shop every time a rim started rubbing the brake pads. It took one ' +
    "evening, a cheap spoke key and a lot of patience, and now I can't believe I waited so long.",
  'It got me wondering what other small jobs people put off for years that turned out to be easy. I’m especially interested in anything that saves ' +
    'a long walk home when something goes wrong halfway through a ride.',
];
interface MbComment {
  id: number;
  level: number;
  user: string;
  title: string;
  iso: string;
  ago: string;
  up: string;
  down: string;
  text: string[];
}
const mbComments: MbComment[] = [
  {
    id: 221904,
    level: 1,
    user: 'spokewrench@lemmy.example',
    title: '@spokewrench@lemmy.example',
    iso: '2025-10-24T18:40:03+00:00',
    ago: '3 weeks ago',
    up: '58',
    down: '0',
    text: [
      'Adjusting a rear derailleur with the barrel adjuster. Half a turn at a time while you pedal it in the stand, and most skipping gears just ' +
        'disappear. I paid for that job three times before someone showed me.',
    ],
  },
  {
    id: 221951,
    level: 2,
    user: 'danni_rides',
    title: '@danni_rides@kbin.example',
    iso: '2025-10-24T19:12:44+00:00',
    ago: '3 weeks ago',
    up: '12',
    down: '0',
    text: ['Half a turn sounds like a lot! I always thought it was tiny quarter-turn tweaks.'],
  },
  {
    id: 221988,
    level: 3,
    user: 'spokewrench@lemmy.example',
    title: '@spokewrench@lemmy.example',
    iso: '2025-10-24T20:03:10+00:00',
    ago: '3 weeks ago',
    up: '9',
    down: '0',
    text: ["Start with half a turn to find which way it wants to go, then drop to quarter turns once it's close."],
  },
  {
    id: 222310,
    level: 1,
    user: 'tern_and_burn',
    title: '@tern_and_burn@kbin.example',
    iso: '2025-10-25T07:21:37+00:00',
    ago: '2 weeks ago',
    up: '41',
    down: '1',
    text: [
      "Fitting a tubeless plug at the roadside. A plug kit weighs nothing and it fixed a gash in my rear tyre that sealant alone couldn't, forty " +
        'miles from home on a Sunday evening.',
    ],
  },
  {
    id: 222477,
    level: 1,
    user: 'marguerite@feddit.example',
    title: '@marguerite@feddit.example',
    iso: '2025-10-25T11:54:02+00:00',
    ago: '2 weeks ago',
    up: '37',
    down: '0',
    text: [
      'Replacing brake cables and housing. New housing makes tired brakes feel like new ones, and the whole job is mostly about cutting the housing ' +
        'cleanly and filing the end flat.',
    ],
  },
  {
    id: 222503,
    level: 2,
    user: 'oldframe',
    title: '@oldframe@kbin.example',
    iso: '2025-10-25T13:30:51+00:00',
    ago: '2 weeks ago',
    up: '15',
    down: '0',
    text: ['Seconding this. Put a drop of oil in the housing before you feed the cable through, it makes a real difference on the long run to the rear brake.'],
  },
  {
    id: 223960,
    level: 1,
    user: 'kestrel',
    title: '@kestrel@kbin.example',
    iso: '2025-11-01T16:08:29+00:00',
    ago: '1 week ago',
    up: '22',
    down: '0',
    text: [
      'Honestly, just checking chain wear with a gauge. I replaced a cassette and chainrings that would have lasted years longer if I had swapped ' +
        'the chain at 0.5 per cent.',
    ],
  },
];
const entryUrl = '/m/bicycles/t/38817/What-s-the-one-bike-repair-you-wish-you-d-learned-years-earlier';
const vote = (kind: string, id: number, up: string, down: string): string => `<aside class="vote"><form method="post" action="/${kind}/${id}/favourite"
 class="vote__up"><button type="submit" title="Favorite" aria-label="Favorite" data-action="subject#vote"><span data-subject-target="favCounter">${up}</span>
 <span><i class="fa-solid fa-arrow-up"></i></span></button></form><form method="post" action="/${kind}/${id}/vote?choice=-1" class="vote__down"><button
 type="submit" title="Reduce" aria-label="Reduce" data-action="subject#vote"><span data-subject-target="downvoteCounter">${down}</span> <span><i
 class="fa-solid fa-arrow-down"></i></span></button></form></aside>`;
const more = `<li class="dropdown"><button class="stretched-link" data-subject-target="more">more</button><ul
 class="dropdown__menu">${links(['Activity', 'Copy URL', 'Copy original URL', 'Report'])}</ul></li>`;
const mbComment = (c: MbComment): string => `<blockquote class="section comment entry-comment subject comment-level--${c.level}" id="entry-comment-${c.id}"
 data-controller="comment subject mentions" data-subject-parent-value=""
 data-action="notifications:EntryCommentEditedNotification@window->subject#notification">
<header><a href="/u/@${c.user.replace(/@.*/, '')}${c.user.includes('@') ? `@${c.user.replace(/.*@/, '')}` : ''}" data-action="mouseover->user-popup#show"
 class="user-inline" title="${c.title}">${c.user}</a>, <span class="comment__date"><time class="timeago" title="${c.iso.slice(0, 10)} ${c.iso.slice(11, 19)}"
 datetime="${c.iso}">${c.ago}</time></span></header>
<figure><a href="/u/${c.user}"><img class="image-inline" width="40" height="40" src="/media/cache/resolve/avatar_thumb/a${c.id % 97}.png"
 alt="${c.user}"></a></figure>
<div class="content">${c.text.map((t) => `<p>${t}</p>`).join('')}</div>
${vote('ec', c.id, c.up, c.down)}
<footer><menu><li><a class="stretched-link" href="${entryUrl}/comment/${c.id}/reply" data-action="subject#getForm">reply</a></li>
<li><form method="post" action="/ec/${c.id}/boost" class="boost-link"><button class="stretched-link" type="submit"
 data-action="subject#vote">boost</button></form></li>
${more}</menu><div class="js-container"></div></footer></blockquote>`;
const mbTabs = ['Threads', 'Microblog', 'People'];
const mbSettings = ['Settings', 'Appearance', 'Default', 'Dark', 'Light', 'Solarized Dark', 'Font size', 'Compact view', 'Show thumbnails'];
const mbSorts = ['Hot', 'Top', 'Newest', 'Active', 'Oldest'];
const mbRules = ['Be kind to beginners.', 'No affiliate links or spam.', 'Mark crash photos with NSFW.'];
const mbMods = ['pedalpower', 'gearjammer'];
const mbRelated = ['Winter commuting: studded tyres worth it?', 'Show your cargo bike setups', 'Best multitool under 40 quid'];
const mbFoot = ['About', 'Contact', 'FAQ', 'Terms', 'Privacy policy', 'Stats'];
const mbDesc = 'Everything about riding, fixing and loving bicycles: commuting, touring, racing and the odd cargo bike.';
const mbInst = 'A general-purpose Mbin instance run by a handful of volunteers.';
const mbHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${mbTitle.replace(/'/g, '&#39;')} - Bicycles - kbin.example</title>
<meta name="description" content="${mbBody[0]!.slice(0, 140)}"><meta property="og:url" content="https://kbin.example${entryUrl}">
<meta property="og:type" content="article"><meta property="og:title"
 content="${mbTitle.replace(/'/g, '&#39;')}"><meta property="og:site_name" content="kbin.example">
<link rel="icon" href="/favicon.ico" sizes="any"><link rel="manifest" href="/manifest.json">
<style>:root { --kbin-body-font-size: 1rem; --kbin-body-font-family: system-ui; --kbin-section-border-radius: 5px; }</style>
<link rel="stylesheet" href="/build/app.3f7c2a1e.css"><script src="/build/runtime.1c9d0b6a.js" defer></script><script
 src="/build/app.8e2d4f07.js" defer></script></head>
<body class="theme--default rounded-edges topbar sidebar-right" data-controller="kbin notifications" data-turbo="false">
<nav class="skip-links" aria-label="Skip links"><a href="#main" class="visually-hidden">Skip to main content</a><a href="#sidebar"
 class="visually-hidden">Skip to sidebar</a></nav>
<header id="header" class="header" data-controller="dropdown-menu"><div class="kbin-container">
<div class="brand"><a href="/" title="kbin.example"><img src="/mbin_logo.svg" alt="" height="32"><span>kbin.example</span></a></div>
<menu class="head-title"><li><a href="/m/bicycles" class="head-title__name">/m/bicycles</a></li></menu>
<menu class="head-nav__menu">${mbTabs
  .map(
    (t, i) => `<li><a href="/m/bicycles/${t.toLowerCase()}"
 class="${i === 0 ? 'active' : ''}">${t}</a></li>`,
  )
  .join('')}</menu>
<menu class="header__actions"><li><a href="/search" title="Search" aria-label="Search"><i class="fa-solid fa-magnifying-glass"></i></a></li>
<li><a href="/login" class="login">Log in</a></li><li><a href="/register">Sign up</a></li></menu></div></header>
<aside id="settings" class="settings-list" hidden>${mbSettings
  .map((s, i) =>
    i < 2
      ? `<strong>${s}</strong>`
      : `<label><input
 type="checkbox"> ${s}</label>`,
  )
  .join('\n')}</aside>
<div id="middle" class="page-entry-single"><div class="kbin-container"><main id="main" data-controller="lightbox timeago" class="">
<article id="entry-38817" class="entry section subject no-image" data-controller="subject preview mentions" data-subject-id-value="38817">
<header><h1><a href="${entryUrl}">${mbTitle}</a></h1></header>
<div class="entry__body"><div class="content formatted">${mbBody.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<aside class="meta entry__meta"><a href="/u/danni_rides" data-action="mouseover->user-popup#show" class="user-inline" title="@danni_rides@kbin.example"><img
 class="image-inline" width="30" height="30" src="/media/cache/resolve/avatar_thumb/a11.png" alt="">danni_rides</a>, <time class="timeago"
 title="2025-10-24 17:58:12"
 datetime="2025-10-24T17:58:12+00:00">3 weeks ago</time> to <a href="/m/bicycles" class="magazine-inline" title="@bicycles@kbin.example">bicycles</a></aside>
${vote('e', 38817, '214', '3')}
<footer><menu><li><a class="stretched-link" href="${entryUrl}#comments">47 comments</a></li>
<li><form method="post" action="/e/38817/boost" class="boost-link"><button class="stretched-link" type="submit"
 data-action="subject#vote">boost (12)</button></form></li>
${more}</menu></footer></article>
<div class="options options--comments" id="options"><div></div><menu class="options__main">${mbSorts
  .map(
    (s, i) => `<li><a href="?sortBy=${s.toLowerCase()}"
 class="${i === 0 ? 'active' : ''}">${s}</a></li>`,
  )
  .join('')}</menu>
<menu class="options__view"><li><a href="?view=tree" class="active">Tree</a></li><li><a href="?view=chat">Chat</a></li></menu></div>
<div class="section section--muted"><p>You must log in or register to comment.</p></div>
<section id="comments" class="comments entry-comments comments-tree" data-controller="subject-list">
${mbComments.map(mbComment).join('\n')}
</section></main>
<aside id="sidebar" data-controller="sidebar"><section class="magazine section"><h3>Magazine</h3><div class="row"><h4><a href="/m/bicycles">Bicycles</a></h4>
<p class="magazine__name">@bicycles@kbin.example</p></div><aside class="magazine__subscribe"><div class="action"><i
 class="fa-solid fa-users"></i><span>1.8K</span></div>
<form action="/m/bicycles/subscribe" method="post"><button type="submit" class="btn btn__secondary">Subscribe</button></form></aside>
<div class="content magazine__description"><p>${mbDesc}</p></div>
<h3>Rules</h3><div class="content magazine__rules"><ol>${mbRules.map((r) => `<li>${r}</li>`).join('')}</ol></div>
<h3>Moderators</h3><ul class="magazine__mods">${mbMods.map((m) => `<li><a href="/u/${m}" class="user-inline">${m}</a></li>`).join('')}</ul>
<ul class="info"><li>Created: <span>Jun 2023</span></li><li>Threads: <span>3.1K</span></li><li>Comments: <span>41K</span></li></ul></section>
<section class="entries section"><h3>Related threads</h3><ul>${links(mbRelated)}</ul></section>
<section class="kbin-promo section"><h3>kbin.example</h3><p>${mbInst}</p><a href="/about">More about this instance</a></section></aside></div></div>
<footer id="footer"><div class="kbin-container"><menu>${links(mbFoot)}</menu><p>Powered by <a href="https://joinmbin.org">Mbin</a> 1.8.4</p></div></footer>
</body></html>`;
export const mbinThread: TestPage = {
  html: mbHtml,
  name: 'heldout55-mbin-thread',
  kind: 'forum',
  // the thread text and every comment are body (a thread with comments on a link aggregator: each comment is a post); the comments are
  // `<blockquote>` elements, as Mbin writes them, but none quotes anything; names (federated handles as shown) and the relative times are
  // bylines ("to bicycles" in neither: the magazine link repeats the card); vote counts, "47 comments", "boost", reply links, the menus,
  // sort and view options, the log-in line, settings, the magazine card with rules, moderators and counts, related threads, the instance
  // card and the footer are furniture; the tab "People", the footer's "About" and the vote count "0" are words of the body: left out
  title: mbTitle,
  headings: [],
  body: texts([...mbBody, ...mbComments.flatMap((c) => c.text)]),
  bylines: [...new Set(mbComments.map((c) => c.user)), '3 weeks ago', '2 weeks ago', '1 week ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to sidebar', 'kbin.example', '/m/bicycles', 'Threads', 'Microblog', 'Log in', 'Sign up', ...mbSettings, '214', '3',
    '47 comments', 'boost (12)', 'Activity', 'Copy URL', 'Copy original URL', 'Report', ...mbSorts, 'Tree', 'Chat', 'You must log in or register to comment.',
    ...new Set(mbComments.flatMap((c) => [c.up, c.down]).filter((n) => n !== '0')), 'boost', 'reply', 'Magazine', 'Bicycles', '@bicycles@kbin.example', '1.8K',
    'Subscribe', mbDesc, 'Rules', ...mbRules, 'Moderators', ...mbMods, 'Created:', 'Jun 2023', 'Threads:', '3.1K', 'Comments:', '41K', 'Related threads',
    ...mbRelated, mbInst, 'More about this instance', ...mbFoot.slice(1), 'Powered by Mbin 1.8.4',
  ],
};
