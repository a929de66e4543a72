import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout243-kit.js';
import { craftBlog } from './pages-heldout243-f2.js';

/**
 * Held-out batch 243, file f: a wedding forum thread on Discourse, as saved from the browser after the Ember app rendered it
 * (site header with "Sign Up" and "Log In", the topic title with category badge and tags, post streams with avatars, user
 * names, relative dates, like counts and reply buttons, the topic map under the first post, a quoted reply, the timeline, the
 * "Suggested Topics" table, the footer and the cookie notice) and, from file f2, a party-planning how-to on a craft
 * retailer's Shopify blog.
 */
const title = 'Friday wedding: is it unfair on guests who have to take a day off?';
const posts: [string, string, string, string[]][] = [
  [
    'wren_b',
    'Mar 2',
    '4',
    [
      j(
        'We have found a venue we love, and their Saturdays next summer are all gone. They have a Friday in late June, which is about',
        'thirty percent cheaper. My fiancé thinks it is fine, but my mum says people will be annoyed at having to use a day of leave.',
      ),
      j(
        'About half our guests would need to travel a couple of hours. Has anyone here had a Friday wedding? Did people actually mind,',
        'or did anyone decline because of it?',
      ),
    ],
  ],
  [
    'MarthaAndTheMoose',
    'Mar 2',
    '7',
    [
      j(
        'We got married on a Friday last September and I would do it again. We sent save the dates eleven months ahead so people could',
        'book the day off early. Two guests could not come, but honestly they would probably not have come on a Saturday either.',
      ),
      'The money we saved paid for a much better photographer, which we are still glad about.',
    ],
  ],
  [
    'jonah.ellery',
    'Mar 3',
    '3',
    [
      'Lots of people like a long weekend, so I would lean into that:',
      j(
        'Start the ceremony a little later, say three o’clock, so people can travel in the morning. And if you can, put on something',
        'casual on the Saturday, like a brunch or a walk, so the whole thing feels like a weekend away rather than a lost day at work.',
      ),
    ],
  ],
  [
    'Priya_R',
    'Mar 3',
    '2',
    [
      j(
        'The one group I would think about is guests with children. A Friday during term time means taking kids out of school or paying',
        'for childcare, and some parents simply cannot do that. Late June might be fine where you are, but check the school dates first.',
      ),
    ],
  ],
  [
    'wren_b',
    'Mar 4',
    '5',
    [
      j(
        'Thank you all, this has really helped. We have checked and the schools break up the week before, so we are going to book the',
        'Friday and do a relaxed brunch at the venue on the Saturday morning. Save the dates are going out next month!',
      ),
    ],
  ],
];
const quoted = 'A Friday during term time means taking kids out of school or paying for childcare';
const headerNav = ['Latest', 'Categories', 'Top', 'FAQ'];
const tags = ['friday-wedding', 'guest-etiquette', 'venue-booking'];
const suggested: [string, string, string][] = [
  ['Is a cash bar rude? Be honest', 'Planning Talk', '47'],
  ['Kids at the wedding or not? How did you decide?', 'Guests & Etiquette', '63'],
  ['Our venue raised its prices after we booked', 'Venues', '19'],
];
const post = (p: (typeof posts)[number], i: number): string => `<div class="topic-post clearfix${i === 0 ? ' topic-owner' : ''} regular"
data-post-number="${i + 1}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${p[0]}" role="region" data-post-id="${4410 + i}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" aria-hidden="true"
tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/aisle.example/${p[0]}/48/1.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p[0]}" data-user-card="${p[0]}">${p[0]}</a></span></div><div class="post-infos">
<div class="post-info post-date"><a class="post-date" href="/t/friday-wedding/2217/${i + 1}">
<span title="${p[1]}, 2026 8:14 pm" class="relative-date">${p[1]}</span>
</a></div></div></div><div class="regular contents"><div class="cooked">
${
  i === 4
    ? `<aside class="quote no-group" data-username="Priya_R" data-post="4" data-topic="2217"><div class="title">Priya_R:</div><blockquote><p>${quoted}</p>
</blockquote></aside>`
    : ''
}${ps(p[3])}
</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="widget-button btn-flat button-count like-count highlight-action">${p[2]}</button><button class="widget-button btn-flat toggle-like"
title="like this post"></button></div><button class="widget-button btn-flat reply create fade-out" title="begin composing a reply to this post">
<span class="d-button-label">Reply</span></button></div></nav></section></div>
${i === 0 ? topicMap : ''}</div></div></article></div>`;
const topicMap = `<section class="topic-map --op"><ul class="topic-map__stats"><li class="topic-map__stat"><span class="number">4</span>
<span class="topic-map__stat-label">replies</span></li><li class="topic-map__stat"><span class="number">312</span>
<span class="topic-map__stat-label">views</span></li>
<li class="topic-map__stat"><span class="number">4</span><span class="topic-map__stat-label">users</span></li></ul>
<div class="topic-map__buttons"><button class="btn">Summarize</button></div></section>`;
const html = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon discourse-no-touch"><head><meta charset="utf-8">
<title>${title} - Planning Talk - The Aisle Community</title><meta name="description" content="We have found a venue we love.">
<meta name="generator" content="Discourse 3.5.0 - https://github.com/discourse/discourse version 3.5.0">
<meta property="og:site_name" content="The Aisle Community"><meta property="og:type" content="website">
<link rel="canonical" href="https://community.theaisle.example/t/friday-wedding/2217">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${title}",
"datePublished":"2026-03-02T20:14:00Z",
"author":{"@type":"Person","name":"wren_b"},"interactionStatistic":[{"@type":"InteractionCounter","userInteractionCount":4}]}</script>
<link href="https://community.theaisle.example/stylesheets/desktop_theme_4.css" media="all" rel="stylesheet" data-target="desktop_theme">
<script defer src="/assets/discourse.js" data-discourse-entrypoint="discourse"></script></head>
<body class="crawler-not ember-application archetype-regular category-planning-talk"><div id="main-outlet-wrapper">
<header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/"><img id="site-logo" class="logo-big" alt="The Aisle Community"
src="/uploads/aisle-logo.png"></a></div><div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary sign-up-button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-primary login-button"><span class="d-button-label">Log In</span></button></span>
</div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><section class="sidebar-wrapper">
<ul class="sidebar-section">${links(headerNav, 'sidebar-section-link')}</ul></section>
<div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="2217"><a href="/t/friday-wedding/2217"
class="fancy-title">${title}</a></h1><div class="topic-category"><a class="badge-category__wrapper" href="/c/planning-talk/6"><span
class="badge-category__name">Planning Talk</span></a><div class="list-tags">${links(tags, 'discourse-tag')}</div></div></div></div>
<div class="topic-timeline"><div class="timeline-container"><span class="timeline-date">Mar 2</span><div class="timeline-replies">1 / 5</div>
<span class="timeline-ago">4d ago</span></div></div>
<div class="post-stream">${posts.map(post).join('\n')}</div>
<div id="topic-footer-buttons"><button class="btn btn-primary create">Reply</button></div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><thead><tr><th>Topic</th>
<th>Replies</th></tr></thead><tbody>${suggested
  .map(
    (s) => `<tr class="topic-list-item"><td class="main-link"><a class="title raw-link raw-topic-link" href="#">${s[0]}</a>
<span class="badge-category__name">${s[1]}</span></td><td class="num posts"><span class="number">${s[2]}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="below-footer"><p>Powered by Discourse, best viewed with JavaScript enabled</p><p>© 2026 The Aisle Community · Guidelines · Privacy · Terms</p>
</footer><div class="cookie-notice"><p>This forum uses cookies to keep you signed in and to understand how it is used.</p><button>Got it</button></div></div>
</body></html>`;
const thread: TestPage = {
  name: 'heldout243-discourse-wedding-forum-thread',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts([...posts.flatMap((p, i) => (i === 4 ? [quoted, ...p[3]] : p[3]))]),
  bylines: [...new Set(posts.flatMap((p) => [p[0], p[1]]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...headerNav, 'Planning Talk', ...tags, '1 / 5', '4d ago', 'Reply', 'replies', '312', 'views', 'users', 'Summarize',
    'Priya_R:', 'Suggested Topics', 'Topic', 'Replies', ...suggested.flatMap((s) => [s[0], s[1]]).filter((s) => s !== 'Planning Talk'),
    'Powered by Discourse, best viewed with JavaScript enabled', '© 2026 The Aisle Community · Guidelines · Privacy · Terms',
    'This forum uses cookies to keep you signed in and to understand how it is used.', 'Got it',
  ],
};

export const HELDOUT243_F: readonly TestPage[] = [thread, craftBlog];
