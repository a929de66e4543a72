import { ps, type TestPage, texts } from './page-kit.js';
import { held, j } from './pages-heldout677-kit.js';

/** Held-out batch 677, file e2: a Discourse thread on reformer Pilates with a disc bulge, with an accepted answer. */
const fTitle = 'Is reformer Pilates OK with an L5/S1 disc bulge?';
const fPosts: [string, string, string[]][] = [
  [
    'kettlebell_kira',
    'Mar 3',
    [
      j(
        'Had an MRI last month showing a disc bulge at L5/S1, with some sciatica down the left leg that is slowly settling. My GP',
        'said to stay active. A friend keeps telling me to try reformer classes at her studio, but I have read that lots of Pilates',
        'exercises involve curling forward, which is supposed to be bad for discs?',
      ),
      'Has anyone been through this? Did it help or make things worse?',
    ],
  ],
  [
    'tomasz_r',
    'Mar 3',
    [
      j(
        'I had almost the same thing two years ago. Reformer was brilliant for me, but only once I had done a few private sessions',
        'first. In a busy group class nobody had time to notice I was cheating every exercise with my back.',
      ),
    ],
  ],
  [
    'physio_ewan',
    'Mar 4',
    [
      j(
        'Physio here (and I teach clinical Pilates). A disc bulge is not a reason to avoid Pilates, but the timing and the choice of',
        'exercises matter. While the leg symptoms are still active, I would start with exercises in neutral spine: footwork, bridging,',
        'side-lying leg work and arm work in straps are usually well tolerated.',
      ),
      j(
        'The thing to watch is your leg, not your back. If the pain travels further down the leg during or after a session, that',
        'exercise is not right for you yet. Back ache that settles within a day is fine.',
      ),
      j(
        'Tell the teacher before class, and if you can, get an assessment with a physio who teaches Pilates so you have a plan.',
        'Most people in your position can do a normal class within two to three months.',
      ),
    ],
  ],
  [
    'kettlebell_kira',
    'Mar 9',
    [
      j(
        'Thank you all. Booked two private sessions at a studio with a physio on the team and did my first one yesterday. The leg',
        'felt fine afterwards. Marking Ewan’s answer as the solution.',
      ),
    ],
  ],
];
const fSuggested: [string, string][] = [
  ['Best mat exercises for sciatica?', 'Back and Spine'],
  ['Returning to deadlifts after a disc injury', 'Strength Training'],
  ['Reformer at home: worth it?', 'Pilates'],
];
const fSolved = 'Solved by physio_ewan in post #3';
const fPostHtml = fPosts
  .map(
    ([u, d, paras], i) => `<div class="topic-post clearfix${i === 0 ? ' topic-owner' : ''} regular"><article id="post_${i + 1}" aria-label="post
#${i + 1} by @${u}"
role="region" data-post-id="${88120 + i}" data-topic-id="4471" data-user-id="${310 + i}" class="boxed onscreen-post"><div class="row"><div
class="topic-avatar"><div
class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${u}" data-user-card="${u}" aria-hidden="true"><img alt="" width="48" height="48"
src="/user_avatar/forum.movementmatters.example/${u}/96/12_2.png" class="avatar" loading="lazy"></a></div></div><div class="topic-body clearfix"><div
role="heading"
aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/${u}"
data-user-card="${u}">${u}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/is-reformer-pilates-ok-with-an-l5-s1-disc-bulge/4471/${i + 1}"
data-share-url="/t/4471/${i + 1}" data-post-number="${i + 1}"><span title="${d}, 2026 8:41 pm" data-time="1772570460000" data-format="tiny"
class="relative-date">${d}</span></a>
</div></div></div><div class="regular contents"><div class="cooked">${
      i === 0
        ? `<aside class="quote accepted-answer" data-post="3" data-topic="4471"><div
class="title">
<div class="accepted-answer--solver-accepter"><div class="accepted-answer--solver">Solved by <a href="/u/physio_ewan">physio_ewan</a> in
<a href="/t/4471/3">post #3</a></div></div></div><blockquote>Physio here (and I teach clinical Pilates). A disc bulge is not a reason to avoid Pilates, but
the timing
and the choice of exercises matter.</blockquote></aside>\n`
        : ''
    }${ps(paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls
collapsed-like"><div
class="actions"><button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon"
aria-hidden="true"><use href="#far-heart"></use></svg></button><button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this
post to clipboard">
<svg class="fa d-icon d-icon-d-post-share svg-icon" aria-hidden="true"><use
href="#link"></use></svg></button></div></nav></section></div></div></div></article></div>`,
  )
  .join('\n');
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>Is reformer Pilates OK with an L5/S1 disc
bulge? - Back and Spine
- Movement Matters Community</title><meta name="description" content="Had an MRI last month showing a disc bulge at L5/S1"><meta name="generator"
content="Discourse 3.2.1
- https://github.com/discourse/discourse version 4a5c2d7e"><link rel="canonical"
href="https://forum.movementmatters.example/t/is-reformer-pilates-ok-with-an-l5-s1-disc-bulge/4471">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"kettlebell_kira"}}</script>
<link href="/stylesheets/desktop_2d1e4c0c.css?__ws=forum.movementmatters.example" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.movementmatters.example" data-environment="production"
data-disable-custom-css="false"></head>
<body class="ember-application docs category-back-and-spine tag-pilates tag-sciatica"><section id="main" class="ember-application"><div
class="ember-view">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button class="btn no-text
btn-icon
btn-flat" aria-expanded="false" title="Toggle sidebar" type="button"><svg class="fa d-icon d-icon-bars svg-icon"><use href="#bars"></use></svg></button></div>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png"
alt="Movement Matters Community"></a></div></div><div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small
sign-up-button"
type="button"><span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><svg
class="fa d-icon
d-icon-user svg-icon"><use href="#user"></use></svg><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li
class="search-dropdown
header-dropdown-toggle"><a href="/search" class="icon btn-flat" aria-label="Search" title="Search"><svg class="fa d-icon d-icon-search svg-icon"><use
href="#search"></use></svg>
</a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><div class="container posts"><div
id="topic-title"><div
class="title-wrapper"><h1 data-topic-id="4471"><a href="/t/is-reformer-pilates-ok-with-an-l5-s1-disc-bulge/4471" class="fancy-title">${fTitle}</a>
<span class="topic-statuses"><span title="This topic has a solution" class="topic-status --solved"><svg class="fa d-icon d-icon-far-check-square
svg-icon"></svg></span>
</span></h1><div class="topic-category"><div class="badge-wrapper bullet"><span class="badge-category-bg" style="background-color: #0E76BD;"></span><span
class="badge-category clear-badge"><span class="category-name">Back and Spine</span></span></div><div class="list-tags"><a href="/tag/pilates"
class="discourse-tag
simple">pilates</a><a href="/tag/sciatica" class="discourse-tag simple">sciatica</a></div></div></div></div>
<div class="posts-wrapper"><div class="topic-timeline"><div class="timeline-scrollarea"><div class="timeline-date-wrapper"><a class="start-date">Mar
2026</a></div>
<div class="timeline-scroller-content"><div class="timeline-replies">1 / 4</div></div><div class="timeline-date-wrapper"><a class="now-date">2d
ago</a></div></div></div>
<div class="post-stream">
${fPostHtml}
</div></div><div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-primary create" type="button"><svg class="fa
d-icon d-icon-reply
svg-icon"></svg><span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="tabpanel" class="suggested-topics"><h3
class="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="activity num">Activity</th></tr></thead><tbody>
${fSuggested
  .map(
    ([t, c], i) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/${4300 + i}" class="title raw-link
raw-topic-link">${t}</a></span><div class="link-bottom-line"><span class="badge-category__name">${c}</span></div></td><td class="num posts"><span
class="number">${i + 3}</span>
</td><td class="num activity"><span class="relative-date">${i + 2}d</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div></div></div></div></section>
<footer class="footer"><div class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript
enabled</div></footer>
<script src="/assets/start-discourse-7a2c2e4e.js" defer></script></body></html>`;
const discourse: TestPage = held({
  name: 'heldout677-discourse-disc-bulge-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap(([, , p]) => p)),
  bylines: fPosts.flatMap(([u, d]) => [u, d]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Back and Spine', 'pilates', 'sciatica', 'Mar 2026', '1 / 4', '2d ago', fSolved, 'Reply', 'Suggested Topics',
    ...fSuggested.flat(), '3', '4', '5', '2d', '3d', '4d', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT677_E2: readonly TestPage[] = [discourse];
