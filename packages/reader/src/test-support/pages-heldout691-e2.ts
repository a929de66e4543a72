import type { TestPage } from './page-kit.js';
import { j, settle } from './pages-heldout691-kit.js';

/**
 * Held-out batch 691, file e2: a thread on a language learners' Discourse forum (the Ember app as saved from the browser, with
 * the topic map, post controls, suggested topics and a sign-up banner).
 */
const qTitle = 'Italian B2 exam: how did you prepare for the listening part?';
const qPosts = [
  {
    user: 'lenka_m',
    date: 'Mar 3',
    paras: [
      j(
        'I am taking the B2 exam at the Istituto Dorata in May and the listening part worries me most. In the practice tests I understand',
        'the general idea, but I lose details like numbers and names, and then I miss half the questions.',
      ),
      'Did anyone find a method that worked? I have about two hours a day to practise.',
    ],
  },
  {
    user: 'paolo.ferrandi',
    date: 'Mar 3',
    paras: [
      j(
        'What helped me was dictation. Take a two-minute clip from the radio, write down every word, then check with the transcript. It is',
        'slow and boring, but after a few weeks numbers and names stop being a problem.',
      ),
    ],
  },
  {
    user: 'Ines_R',
    date: 'Mar 4',
    paras: [
      'Also read the questions before the recording starts and underline the key words. In the real exam you get 30 seconds for that.',
      j(
        'And do not try to write full answers while listening. Short notes, then complete them in the pause. I went from 14 to 21 points',
        'in a month like that.',
      ),
    ],
  },
  {
    user: 'lenka_m',
    date: 'Mar 6',
    paras: ['Thank you both! Started with dictations yesterday. Painful, but I can already hear the difference with dates.'],
  },
];
const qHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${qTitle} - Exams - Parola Forum</title><meta name="description" content="I am taking the B2 exam in May and the listening part worries me most.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.parola-learners.org/t/italian-b2-listening/4412"><meta name="discourse_theme_id" content="2">
<link href="/stylesheets/desktop_2d6a4f.css?__ws=forum.parola-learners.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${qTitle}","author":{"@type":"Person",
"name":"lenka_m"}}</script>
<meta id="data-discourse-setup" data-preloaded="{}" data-base-uri="" data-environment="production"></head>
<body class="crawler-mode-off category-exams"><section id="main" class="ember-application"><div class="ember-view">
<div id="skip-link"><a href="#main-container" class="skip-link">Skip to main content</a></div>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/parola-logo.png" alt="Parola Forum"></a></div></div>
<div class="extra-info-wrapper"><div class="extra-info"><div class="title-wrapper"><h1 class="header-title">
<a class="topic-link" href="/t/italian-b2-listening/4412">${qTitle}</a>
</h1><div class="topic-header-extra"><span class="badge-category__wrapper"><span class="badge-category__name">Exams</span></span></div></div></div></div>
<div class="panel"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text" type="button">
<span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown">
<a href="/search" class="icon btn-flat" aria-label="Search" title="Search"></a></li>
<li class="header-dropdown-toggle hamburger-dropdown"><a href="" class="icon btn-flat" aria-label="menu" title="menu"></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet">
<div class="container posts"><div class="topic-above-post-stream-outlet">
<div class="signup-cta alert alert-info">Welcome to Parola! Join to ask questions and share tips.</div></div>
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="4412"><a href="/t/italian-b2-listening/4412" class="fancy-title">${qTitle}</a></h1>
<div class="topic-category"><span class="badge-category__wrapper"><span class="badge-category__name">Exams</span></span><div class="list-tags">
<a href="/tag/italian"
class="discourse-tag simple">italian</a><a href="/tag/listening" class="discourse-tag simple">listening</a></div></div></div></div>
<div class="topic-post-stream"><div class="post-stream">${qPosts
  .map(
    (p, i) => `<div class="topic-post clearfix regular">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}" role="region" data-post-id="${9100 + i}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><a class="trigger-user-card main-avatar" data-user-card="${p.user}">
<img alt="" width="48" height="48"
src="/user_avatar/forum.parola-learners.org/${p.user}/96/1.png" class="avatar"></a></div><div class="topic-body clearfix"><div role="heading" aria-level="2"
class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a>
</span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/italian-b2-listening/4412/${i + 1}">
<span title="${p.date}, 2025" class="relative-date">${p.date}</span>
</a></div></div></div><div class="regular contents"><div class="cooked">${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="btn-flat button-count like-count"
aria-label="${i + 1} people liked this post"><span class="d-button-label">${i + 1}</span></button><button class="btn-flat toggle-like" title="like this post">
</button></div>
<button class="btn-flat reply" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section>
${
  i === 0
    ? `<div class="topic-map"><section class="map map-collapsed"><ul><li><h4 role="presentation">created</h4><span class="relative-date">Mar 3</span></li><li>
<h4
role="presentation">last reply</h4><span class="relative-date">Mar 6</span></li><li><span class="number">3</span><h4 role="presentation">replies</h4></li><li>
<span
class="number">412</span><h4 role="presentation">views</h4></li><li><span class="number">3</span><h4 role="presentation">users</h4></li></ul></section></div>`
    : ''
}
</div></div></div></article></div>`,
  )
  .join('\n')}</div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create" type="button">
<span class="d-button-label">Reply</span>
</button></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><thead><tr>
<th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>
<tr><td class="main-link"><a href="/t/celi-or-cils/3980" class="title">Which Italian certificate do universities prefer?</a></td><td>9</td><td>1.2k</td>
<td>Feb 11</td></tr>
<tr><td class="main-link"><a href="/t/writing-b2-letter/4301" class="title">Formal letter phrases for the B2 writing task</a></td><td>5</td><td>640</td>
<td>Feb 27</td></tr>
</tbody></table></div><h3 class="more-topics__browse-more">Want to read more?
Browse other topics in <span class="badge-category__name">Exams</span> or view latest topics.</h3>
</div></div></div></div>
<div class="powered-by-discourse"><a class="btn btn-flat" href="https://discourse.org/powered-by" target="_blank">Powered by Discourse</a></div></div></section>
<script defer src="/assets/discourse.js"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout691-discourse-italian-listening',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: qPosts.flatMap((p) => p.paras),
  bylines: ['lenka_m', 'paolo.ferrandi', 'Ines_R', 'Mar 3', 'Mar 4', 'Mar 6'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Exams', 'Sign Up', 'Log In', 'Welcome to Parola! Join to ask questions and share tips.', 'italian', 'listening', '1', '2', '3',
    '4',
    'Reply', 'created', 'last reply', 'replies', '412', 'views', 'users', 'Suggested Topics', 'Which Italian certificate do universities prefer?', '9', '1.2k',
    'Feb 11', 'Formal letter phrases for the B2 writing task', '5', '640', 'Feb 27', 'Want to read more? Browse other topics in Exams or view latest topics.',
    'Powered by Discourse',
  ],
};

export const HELDOUT691_E2: readonly TestPage[] = [discourse].map(settle);
