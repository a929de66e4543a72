import { links, ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout663-kit.js';

/**
 * Held-out batch 663, file b2: an angling forum thread on Discourse (Ember-rendered page as a browser saves it, with a quote,
 * topic map and suggested topics).
 */
const dTitle = 'Winter chub on the lower Wenlow: bread or cheesepaste?';
const dPosts: { user: string; date: string; paras: string[]; quote?: string }[] = [
  {
    user: 'rolling_meat',
    date: 'Jan 9',
    paras: [
      j(
        'Heading down to the club stretch below Ferris Bridge on Saturday for the first time this winter. River should be',
        'carrying a bit of colour after the rain but dropping. Last year I did well on flake but a mate swears by cheesepaste',
        'once the water goes under 6 degrees.',
      ),
      'Anyone been down recently? Which swims are worth a look, and what are people using?',
    ],
  },
  {
    user: 'BarbelBob',
    date: 'Jan 9',
    quote: 'a mate swears by cheesepaste once the water goes under 6 degrees',
    paras: [
      j(
        'Your mate is right. Once it gets properly cold the chub go off flake and a smelly paste will out-fish it every time.',
        'I mix grated mature cheddar and blue with shortcrust pastry, and add a bit of garlic powder if it is really cold.',
      ),
      'Fish it on a size 6 with a big lump moulded round the hook, and move every twenty minutes until you get a knock.',
    ],
  },
  {
    user: 'Karen_T',
    date: 'Jan 10',
    paras: [
      j(
        'Fished the willows above the pumping station on Wednesday. Three chub to 5lb 1oz on liquidised bread and flake, all',
        'in the last hour of light. Nothing on paste, but it had been mild for a week so the water was still about 8 degrees.',
      ),
      'Be careful on the bank below the cattle drink, it has slipped again since the floods.',
    ],
  },
  {
    user: 'rolling_meat',
    date: 'Jan 12',
    paras: [
      j(
        'Thanks all. Took both in the end. Two chub on paste from the crease below the pumping station, best 4lb 12oz, and a',
        'bonus roach on flake at dusk. Water was 5.5 degrees so I think that settles it.',
      ),
    ],
  },
];
const dSide = ['Topics', 'My Posts', 'More', 'Categories', 'Rivers', 'Stillwaters', 'Match Fishing', 'Tackle Talk', 'All categories'];
const dSugg = [
  ['Barbel close season work parties', '14', '389', 'Dec 2025'],
  ['Best centrepin for a beginner?', '22', '1.1k', 'Jan 8'],
];
const dPost = (p: (typeof dPosts)[number], n: number): string => `<div class="topic-post clearfix${n === 1 ? ' topic-owner' : ''} regular">
<article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${30110 + n}" data-topic-id="4821" data-user-id="${200 + n}"
class="boxed onscreen-post"><span class="tabLoc" aria-hidden="true" tabindex="-1"></span><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true"><img alt="" width="48" height="48"
src="/user_avatar/forum.wenlowanglers.org.uk/${p.user.toLowerCase()}/96/1182_2.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos"><div class="post-info post-date"><a
class="widget-link post-date"
href="/t/winter-chub-on-the-lower-wenlow/4821/${n}" title="Post date"><span title="${p.date}, 2026 7:42 pm"
class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="rolling_meat" data-post="1" data-topic="4821"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/forum.wenlowanglers.org.uk/rolling_meat/48/1182_2.png" class="avatar"> rolling_meat:</div>
<blockquote><p>${p.quote}</p></blockquote></aside>`
}${ps(p.paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="btn-flat like-count btn-text" title="number of people who liked this post"><span class="d-button-label">${n + 1}</span></button>
<button class="btn-flat toggle-like like btn-icon" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon"></svg></button></div>
<button class="btn-flat share btn-icon" title="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share svg-icon"></svg></button>
<button class="btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"><svg class="fa d-icon d-icon-reply svg-icon"></svg>
<span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Rivers - Wenlow Anglers Forum</title><meta name="description" content="Heading down to the club stretch below Ferris Bridge on Saturday">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0"><link rel="canonical"
href="https://forum.wenlowanglers.org.uk/t/winter-chub-on-the-lower-wenlow/4821">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"rolling_meat"}}</script>
<link href="/stylesheets/desktop_3a91.css" media="all" rel="stylesheet" data-target="desktop"><meta id="data-discourse-setup"
data-environment="production"></head>
<body class="crawler-disabled category-rivers tag-chub docked"><section id="main" class="ember-application"><div class="ember-view">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button aria-controls="d-sidebar"
aria-expanded="true" title="Hide sidebar" class="btn btn-flat btn-sidebar-toggle no-text btn-icon"><svg
class="fa d-icon d-icon-bars svg-icon"></svg></button></div>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png"
alt="Wenlow Anglers Forum"></a></div></div><div class="panel" role="navigation"><span class="header-buttons"><button
class="btn btn-primary btn-small sign-up-button
btn-text"><span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text"><svg
class="fa d-icon d-icon-user
svg-icon"></svg><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown">
<a href="/search" class="icon btn-flat" title="Search" aria-label="Search"><svg class="fa d-icon d-icon-search svg-icon"></svg></a></li></ul></div></div></div>
</header></div><div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections sidebar-sections-anonymous"><ul class="sidebar-section-content">${links(dSide.slice(0, 3), 'sidebar-section-link-wrapper')}</ul>
<div class="sidebar-section sidebar-section-wrapper"><div class="sidebar-section-header-wrapper sidebar-row"><button class="sidebar-section-header">
<span class="sidebar-section-header-text">${dSide[3]}</span></button></div><ul
class="sidebar-section-content">${links(dSide.slice(4), 'sidebar-section-link-wrapper')}
</ul></div></div></section></div><div id="main-outlet"><div class="regular ember-view"><div class="container posts"><div id="topic-title"><div
class="title-wrapper">
<h1 data-topic-id="4821"><a href="/t/winter-chub-on-the-lower-wenlow/4821" class="fancy-title">${dTitle}</a></h1><div class="topic-category">
<a class="badge-category__wrapper" href="/c/rivers/7"><span data-category-id="7" class="badge-category --style-square"><span
class="badge-category__name">Rivers</span>
</span></a><div class="list-tags"><a href="/tag/chub" data-tag-name="chub" class="discourse-tag simple">chub</a><a href="/tag/winter" class="discourse-tag
simple">winter</a></div></div></div></div><div class="topic-area"><div class="posts-wrapper"><div class="post-stream">
${dPost(dPosts[0]!, 1)}
<section class="topic-map --op"><ul class="topic-map__stats"><li class="topic-map__views"><span class="number">412</span><span
class="topic-map__stat-label">views</span>
</li><li class="topic-map__users"><span class="number">3</span><span class="topic-map__stat-label">users</span></li></ul></section>
${dPosts
  .slice(1)
  .map((p, i) => dPost(p, i + 2))
  .join('\n')}
</div></div></div><div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title" id="suggested-topics-title">Suggested
Topics</h3>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th
class="activity num">Activity</th>
</tr></thead><tbody>${dSugg
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/x" class="title raw-link raw-topic-link">${t}</a></td>
<td class="num posts"><span class="number">${r}</span></td><td class="num views"><span class="number">${v}</span></td><td class="num activity">${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div></div></div></div></div></section>
<footer class="powered-by-discourse"><a href="https://discourse.org/powered-by" target="_blank" rel="noopener noreferrer">Powered by Discourse</a></footer>
<script src="/assets/discourse-82c1.js"></script></body></html>`;
const discourseChub: TestPage = {
  name: 'heldout663-discourse-winter-chub',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => (p.quote === undefined ? p.paras : [p.quote, ...p.paras])),
  bylines: ['rolling_meat', 'BarbelBob', 'Karen_T', 'Jan 9', 'Jan 10', 'Jan 12', 'rolling_meat:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...dSide, '412', 'views', '3', 'users', '2', '4', 'Reply',
    'Suggested Topics', 'Topic', 'Replies', 'Activity', ...dSugg.flat(), 'Powered by Discourse',
  ],
};

export const HELDOUT663_B2: readonly TestPage[] = [discourseChub];
