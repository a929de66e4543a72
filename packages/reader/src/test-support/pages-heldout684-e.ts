import { type TestPage, texts } from './page-kit.js';
import { amp, j } from './pages-heldout684-kit.js';

/**
 * Held-out batch 684, file e: a DIY forum's thread on Discourse (the rendered Ember view) about a skip permit, with an accepted
 * answer and suggested topics.
 */
const fTitle = 'Skip on the road for a weekend – do I really need a permit?';
interface Post {
  name: string;
  user: string;
  date: string;
  full: string;
  paras: string[];
}
const fPosts: Post[] = [
  {
    name: 'Leanne Foster',
    user: 'leannefoster',
    date: 'Mar 9',
    full: 'Mar 9, 2026 7:14 pm',
    paras: [
      j(
        'We are clearing out my late dad’s garage next weekend and I have booked a 6 yard skip. The only place it can go is on the road',
        'outside, as there is no driveway. The skip company says the permit is £65 extra and takes three working days.',
      ),
      'Honestly, for two days, do I actually need one? The street is quiet and nobody is going to complain. Has anyone been fined for this?',
    ],
  },
  {
    name: '',
    user: 'gbrody',
    date: 'Mar 9',
    full: 'Mar 9, 2026 8:02 pm',
    paras: [
      j(
        'Yes, you need one. It is not you who gets fined though, it is the skip company, which is why any decent firm will not put',
        'a skip on the road without one. If they are happy to drop it without a permit I would be asking what else they cut corners on.',
      ),
    ],
  },
  {
    name: 'Martin Hallett',
    user: 'mhallett',
    date: 'Mar 10',
    full: 'Mar 10, 2026 8:41 am',
    paras: [
      j(
        'Ex-highways officer here. Any skip on the highway needs a permit, however short the hire. The council can have an unlicensed',
        'skip removed and fine the operator. On a quiet street the risk of being caught is low, but if someone walks into it at night',
        'and it is unlit and unpermitted, you really do not want to be part of that conversation.',
      ),
      j(
        'Three working days is normal, so if you book now you will be fine for next weekend. Also check whether your road has parking',
        'bays – some councils charge extra per day for a skip in a bay.',
      ),
    ],
  },
  {
    name: 'Leanne Foster',
    user: 'leannefoster',
    date: 'Mar 10',
    full: 'Mar 10, 2026 12:19 pm',
    paras: [
      j(
        'Thanks both, that is me told. <img src="/images/emoji/twitter/slight_smile.png?v=12" title=":slight_smile:" class="emoji" alt=":slight_smile:"',
        'loading="lazy" width="20" height="20"> Booked with the permit and it is confirmed for Friday.',
      ),
    ],
  },
  {
    name: '',
    user: 'gbrody',
    date: 'Mar 12',
    full: 'Mar 12, 2026 6:55 pm',
    paras: ['Good luck with the clear-out. Take photos of the road before the skip arrives in case anyone claims it damaged the surface.'],
  },
];
const fSuggested = [
  ['Removing a chimney breast – building control or not?', 'Renovation', '14', '2.1k', 'Feb 21'],
  ['Best way to get rid of old plasterboard', 'Waste & Recycling', '6', '845', 'Jan 30'],
];
const names = (p: Post): string =>
  `<div class="names trigger-user-card">${
    p.name === ''
      ? ''
      : `<span class="first full-name"><a href="/u/${p.user}" data-user-card="${p.user}">${p.name}</a>
</span>`
  }
<span class="${p.name === '' ? 'first' : 'second'} username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div>`;
const post = (
  p: Post,
  n: number,
): string => `<div class="topic-post clearfix${n === 1 ? ' topic-owner' : ''} regular${n === 3 ? ' accepted-answer' : ''}" data-post-number="${n}">
<article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${40110 + n}" data-topic-id="4821" class="boxed onscreen-post">
<div class="row">
<div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.diybench.co.uk/${p.user}/96/1142_2.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data">${names(p)}
<div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date" href="/t/skip-on-the-road-for-a-weekend/4821/${n}" title="Post date">
<span title="${p.full}" data-time="1773083640000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div>
${
  n === 1
    ? `<aside class="quote accepted-answer" data-post="3" data-topic="4821"><div class="title"><div class="quote-controls">
</div>Solved by <a href="/u/mhallett">mhallett</a> in <a href="/t/skip-on-the-road-for-a-weekend/4821/3">post #3</a></div>
<blockquote>Ex-highways officer here. Any skip on the highway needs a permit, however short the hire.</blockquote></aside>`
    : ''
}
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-pressed="false" title="like this post">
<svg class="fa d-icon d-icon-d-unliked svg-icon svg-node" aria-hidden="true"></svg></button></div>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard">
<svg class="fa d-icon d-icon-d-post-share svg-icon svg-node" aria-hidden="true"></svg></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post">
<svg class="fa d-icon d-icon-reply svg-icon svg-node" aria-hidden="true"></svg><span class="d-button-label">Reply</span></button></div></nav></section>
${
  n === 1
    ? `<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats"><span class="number">4</span>
<span class="topic-map__stat-label">replies</span>
<span class="number">212</span><span class="topic-map__stat-label">views</span><span class="number">3</span><span class="topic-map__stat-label">users</span>
</div></section></div>`
    : ''
}
</div></div></div></article></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon discourse-no-touch"><head><meta charset="utf-8">
<title>${fTitle} - Planning &amp; Regulations - The DIY Bench</title>
<meta name="description" content="We are clearing out my late dad’s garage next weekend and I have booked a 6 yard skip.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.diybench.co.uk/t/skip-on-the-road-for-a-weekend/4821">
<meta name="theme-color" media="all" content="#ffffff"><meta property="og:site_name" content="The DIY Bench"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"leannefoster"},"datePublished":"2026-03-09T19:14:00Z"}</script>
<link href="/stylesheets/desktop_6f7c1e2a.css?__ws=forum.diybench.co.uk" media="all" rel="stylesheet" data-target="desktop"/>
<script defer src="/assets/start-discourse-5a2f1b0e.js"></script></head>
<body class="archetype-regular category-planning-regs tags-skips tags-permits"><div id="discourse-modal-root"></div>
<section id="main" class="ember-application"><div class="ember-view"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title">
<a href="/" data-auto-route="true">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/diy-bench-logo.png" width="210" alt="The DIY Bench"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-text btn-primary btn-small sign-up-button" type="button">
<span class="d-button-label">Sign Up</span></button>
<button class="btn btn-icon-text btn-primary btn-small login-button" type="button"><svg class="fa d-icon d-icon-user svg-icon svg-string" aria-hidden="true">
</svg><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle">
<a href="/search" class="btn no-text btn-flat icon" title="Search" aria-label="Search"></a></li>
<li class="hamburger-dropdown header-dropdown-toggle"><a href class="btn no-text btn-flat icon" aria-label="menu" title="menu"></a></li></ul></div></div></div>
</header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><div id="main-container">
<div class="ember-view topic-title"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="4821">
<a href="/t/skip-on-the-road-for-a-weekend/4821" class="fancy-title">
<span class="topic-status"><svg class="fa d-icon d-icon-far-square-check svg-icon svg-node" aria-hidden="true"></svg></span>${fTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/planning-regs/7">
<span data-category-id="7" class="badge-category --style-square" style="--category-badge-color: #0E76BD;">
<span class="badge-category__name" dir="auto">Planning &amp; Regulations</span></span></a>
<div class="list-tags"><a href="/tag/skips" data-tag-name="skips" class="discourse-tag simple">skips</a>
<a href="/tag/permits" data-tag-name="permits" class="discourse-tag simple">permits</a></div></div>
</div></div></div>
<div class="container posts"><div class="selected-posts hidden"></div><div class="row"><section class="topic-area" id="topic" data-topic-id="4821">
<div class="posts-wrapper"><div class="post-stream">
${fPosts.map((p, i) => post(p, i + 1)).join('\n')}
</div></div></section>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper">
<a class="start-date">Mar 9</a></div>
<div class="timeline-scroller"><div class="timeline-scroller-content"><div class="timeline-replies">1 / 5</div></div></div>
<div class="timeline-date-wrapper"><a class="now-date">Mar 12</a></div></div>
<div class="timeline-footer-controls"><button class="btn btn-icon-text btn-primary create" type="button"><span class="d-button-label">Reply</span></button>
</div></div></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div class="suggested-topics" role="complementary" aria-labelledby="suggested-topics-title">
<h3 id="suggested-topics-title" class="suggested-topics-title"><span>Suggested Topics</span></h3><div class="topics"><table class="topic-list"><thead><tr>
<th class="default">Topic</th>
<th class="posts num">Replies</th><th class="views num">Views</th><th class="activity num">Activity</th></tr></thead><tbody>
${fSuggested
  .map(
    ([
      t,
      c,
      r,
      v,
      a,
    ]) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/" class="title raw-link raw-topic-link">${t}</a></span>
<div class="link-bottom-line"><a class="badge-category__wrapper" href="/c/"><span class="badge-category__name">${amp(c ?? '')}</span></a></div></td>
<td class="num posts-map posts"><span class="number">${r}</span></td><td class="num views"><span class="number">${v}</span></td><td class="num age activity">
<a href="/t/"><span class="relative-date">${a}</span></a></td></tr>`,
  )
  .join('\n')}
</tbody></table></div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/planning-regs/7">Planning &amp; Regulations</a> or <a
href="/latest">view latest topics</a>.</h3>
</div></div></div></div></div></div></div></div></section>
<script defer src="/assets/discourse-7e1b0f2c.js"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout684-discourse-skip-permit-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.paras)),
  bylines: ['Leanne Foster', 'leannefoster', 'gbrody', 'Martin Hallett', 'mhallett', 'Mar 9', 'Mar 10', 'Mar 12'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Planning & Regulations', 'skips', 'permits', 'Solved by mhallett in post #3', 'Reply', '4', 'replies', '212',
    'views', '3', 'users', '1 / 5', 'Suggested Topics', 'Topic', 'Activity',
    ...fSuggested.flatMap(([t, c, r, v, a]) => [t ?? '', c ?? '', r ?? '', v ?? '', a ?? '']),
    'Want to read more? Browse other topics in Planning & Regulations or view latest topics.',
  ],
};

export const HELDOUT684_E: readonly TestPage[] = [discourse];
