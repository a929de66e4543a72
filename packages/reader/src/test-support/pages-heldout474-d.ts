import { ps, type TestPage, texts } from './page-kit.js';
import { j, uniq } from './pages-heldout474-kit.js';

/**
 * Held-out batch 474, file d: a hotel review thread on a Discourse travel forum (Ember-rendered topic with the topic map,
 * post controls and suggested topics); the Elementor suite page is in file d2.
 */
const dTitle = 'Hotel Marisol, Punta Verra: honest review after a week (long)';
const dPosts: { user: string; utitle: string; date: string; paras: string[] }[] = [
  {
    user: 'gullwing_travels',
    utitle: 'Regular',
    date: 'Sep 21',
    paras: [
      j(
        'Back from seven nights at the Marisol in Punta Verra and promised a few people here a proper write-up, since the reviews',
        'elsewhere are either five stars or furious.',
      ),
      j(
        'The good: the location is as good as it looks. The hotel sits right on the rocks at the end of the promenade and our sea-view',
        'room (312) had a balcony big enough for two loungers. Breakfast was excellent, with fresh bread, local cheeses and eggs cooked to order.',
      ),
      j(
        'The not so good: the pool is small and in the shade after 3pm, and there were never enough loungers by ten in the morning.',
        'The lift broke for two days, which is hard on anyone on the top floor. Wi-Fi on the third floor was close to useless.',
      ),
      j('Would I go back? Yes, but in May or October, and I would ask for the second floor. Happy to answer questions.'),
    ],
  },
  {
    user: 'Mirela_K',
    utitle: '',
    date: 'Sep 21',
    paras: ['Thanks, this is really useful. Did you eat at the hotel restaurant in the evening, or is it better to go into town?'],
  },
  {
    user: 'gullwing_travels',
    utitle: 'Regular',
    date: 'Sep 22',
    paras: [
      j(
        'We ate there twice. The fish was fine but pricey for what it was. The little places on Via Scogliera, ten minutes up the hill,',
        'were better value; Trattoria Lume was our favourite.',
      ),
    ],
  },
  {
    user: 'old_harbour_hand',
    utitle: 'Trip Advisor Volunteer',
    date: 'Sep 23',
    paras: [
      j(
        'Matches our stay in June almost exactly. One tip for anyone booking: the rooms ending in 08 are above the kitchen',
        'extractor, so ask to avoid them.',
      ),
    ],
  },
];
const dPostHtml = dPosts
  .map(
    (p, i) => `<div class="topic-post clearfix ${i === 0 ? 'topic-owner ' : ''}regular"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}"
role="region" data-post-id="${41880 + i}" data-topic-id="9127" data-user-id="${300 + i}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar">
<div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1"><img alt=""
width="48"
height="48" src="/user_avatar/forum.coastlinetravellers.example/${p.user}/96/1234_2.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>${p.utitle === '' ? '' : `<span class="user-title">${p.utitle}</span>`}</div>
<div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date" href="/t/hotel-marisol-punta-verra-honest-review/9127/${i + 1}"
title="Post date">
<span title="${p.date}, 2026 9:${10 + i} pm" data-time="1789000000000" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">
${ps(p.paras)}
</div><section class="post-menu-area clearfix"><nav class="post-controls expanded-menu"><div class="actions"><button
class="widget-button btn-flat toggle-like like no-text
btn-icon" aria-label="like this post" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon svg-string"><use
href="#far-heart"></use></svg></button>
<button class="widget-button btn-flat share no-text btn-icon" aria-label="copy a link to this post to clipboard"
title="copy a link to this post to clipboard"><svg
class="fa d-icon d-icon-d-post-share svg-icon svg-string"><use href="#link"></use></svg></button><button
class="widget-button btn-flat reply create fade-out btn-icon-text"
title="begin composing a reply to this post"><svg class="fa d-icon d-icon-reply svg-icon svg-string"><use href="#reply"></use></svg><span
class="d-button-label">Reply</span>
</button></div></nav></section></div>${
      i === 0
        ? `<div class="topic-map --op"><section class="map map-collapsed"><ul class="clearfix"><li><h4 role="presentation">created</h4>
<div class="topic-map-post created-at"><span class="relative-date">Sep 21</span></div></li><li><h4 role="presentation">last reply</h4>
<div class="topic-map-post last-reply"><span class="relative-date">Sep 23</span></div></li><li><span class="number">3</span><h4
role="presentation">replies</h4></li>
<li class="secondary"><span class="number">412</span><h4 role="presentation">views</h4></li><li class="secondary"><span class="number">3</span>
<h4 role="presentation">users</h4></li></ul></section></div>`
        : ''
    }</div></div></article></div>`,
  )
  .join('\n');
const dSuggested = [
  'Punta Verra or Calamosca for a quiet week in May?',
  'Ferry from Porto Lino to the islands, worth it?',
  'Best small hotels on the Verra coast',
];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta
charset="utf-8"><title>${dTitle} - Hotels - Coastline Travellers</title>
<meta name="description" content="Back from seven nights at the Marisol in Punta Verra and promised a few people here a proper write-up">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 4b1f2c"><link rel="canonical"
href="https://forum.coastlinetravellers.example/t/hotel-marisol-punta-verra-honest-review/9127">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"gullwing_travels"}}</script>
<link href="/stylesheets/desktop_3f2a.css?__ws=forum.coastlinetravellers.example" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.coastlinetravellers.example" data-environment="production"></head>
<body class="docked category-hotels tag-italy tag-review"><section id="main" class="ember-application"><div class="ember-view"><a href="#main-container"
id="skip-link" class="skip-link">Skip to main content</a><div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents">
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png"
alt="Coastline Travellers"></a></div></div><div class="panel" role="navigation"><span class="header-buttons"><button
class="btn btn-icon-text btn-primary btn-small
sign-up-button" type="button"><span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button"
type="button">
<svg class="fa d-icon d-icon-user svg-icon svg-string"><use href="#user"></use></svg><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" class="icon btn-flat" aria-label="Search" title="Search">
<svg class="fa d-icon d-icon-search svg-icon"><use href="#search"></use></svg></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><span id="main-container"></span>
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="9127"><a href="/t/hotel-marisol-punta-verra-honest-review/9127"
class="fancy-title">
${dTitle}</a></h1><div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/hotels/6"><span data-category-id="6"
class="badge-category --style-square" style="--category-badge-color: #0E76BD;"><span class="badge-category__name">Hotels</span></span></a></div>
<div class="list-tags"><a href="/tag/italy" class="discourse-tag simple">italy</a><a href="/tag/review"
class="discourse-tag simple">review</a></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic"><div class="posts-wrapper"><div class="post-stream">
${dPostHtml}
</div></div><div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create"
title="begin composing a reply to this topic">
<svg class="fa d-icon d-icon-reply svg-icon"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div id="suggested-topics" class="more-topics__list" role="complementary" aria-labelledby="suggested-topics-title">
<h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3><div class="topics"><table class="topic-list"><thead><tr><th
class="default">Topic</th>
<th class="posts num">Replies</th><th class="views num">Views</th><th class="activity num">Activity</th></tr></thead><tbody>
${dSuggested
  .map(
    (
      s,
      i,
    ) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/${9000 + i}" class="title raw-link raw-topic-link">${s}</a>
</span></td><td class="num posts"><span class="number">${4 + i}</span></td><td class="num views"><span class="number">${210 + i * 37}</span></td>
<td class="num activity"><span class="relative-date">${['Aug 30', 'Sep 2', 'Sep 18'][i]}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/hotels/6" class="badge-category__wrapper">Hotels</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></section></div></div></div></div></div>
<div class="powered-by-discourse"><a class="btn btn-flat" href="https://discourse.org/powered-by" target="_blank">Powered by Discourse</a></div></div></section>
<script defer src="/assets/start-discourse-8f1a.js"></script></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout474-discourse-hotel-review',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: uniq([...dPosts.flatMap((p) => [p.user, p.date]), 'Sep 23']),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'Sign Up', 'Log In', 'Hotels', 'italy', 'review', ...dPosts.map((p) => p.utitle).filter((t) => t !== ''), 'Reply', 'created',
    'last reply', '3', 'replies', '412', 'views', 'users', 'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity', ...dSuggested, '4', '5', '6', '210',
    '247',
    '284', 'Aug 30', 'Sep 2', 'Sep 18', 'Want to read more? Browse other topics in Hotels or view latest topics.', 'Powered by Discourse',
  ]),
};

export const HELDOUT474_D: readonly TestPage[] = [discourseThread];
