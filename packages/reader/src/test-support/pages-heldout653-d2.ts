import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout653-kit.js';

/**
 * Held-out batch 653, file d2: a hedgehog keepers' forum thread on Discourse (four posts, a quote, topic map and suggested
 * topics).
 */
const fTitle = 'Rescue hog not eating after moving to a new vivarium';
type Post = { user: string; date: string; full: string; likes: number; paras: string[]; quote?: string };
const fPosts: Post[] = [
  {
    user: 'mossfern',
    date: 'Oct 3',
    full: 'Oct 3, 2026 9:14 pm',
    likes: 1,
    paras: [
      j(
        'I foster for a small rescue and took in a young female African pygmy hedgehog on Saturday. She was eating fine at the',
        'rescue but has barely touched her biscuits or mealworms in four days. She is drinking and her poos look normal.',
      ),
      'Viv is 100 x 50 cm, heat mat on a thermostat at 25 °C, wheel, hide and fleece liners. Is four days something to worry about?',
    ],
  },
  {
    user: 'quillsandco',
    date: 'Oct 3',
    full: 'Oct 3, 2026 10:02 pm',
    likes: 4,
    quote: 'She was eating fine at the rescue but has barely touched her biscuits or mealworms in four days.',
    paras: [
      j(
        'Very common after a move. Ask the rescue exactly which biscuit she was on and mix it in with yours, and put the bowl in the',
        'same corner every night. Weigh her each evening on kitchen scales so you know if she is actually losing.',
      ),
      'If she drops more than 10% of her weight, or goes a full day without eating anything at all, get her to an exotics vet.',
    ],
  },
  {
    user: 'mossfern',
    date: 'Oct 5',
    full: 'Oct 5, 2026 8:40 am',
    likes: 2,
    paras: [
      j(
        'Update: the rescue had her on a kitten biscuit I had never heard of. Got a bag yesterday and she has eaten most of a',
        'bowl overnight. Weight steady at 312 g. Thank you!',
      ),
    ],
  },
  {
    user: 'hedgevet_lou',
    date: 'Oct 5',
    full: 'Oct 5, 2026 12:31 pm',
    likes: 3,
    paras: [
      j(
        'Glad she is eating. One more thing worth checking: 25 °C on the mat surface can mean the air is much cooler. Put a',
        'thermometer at hedgehog height in the middle of the viv and aim for 24\u201326 °C there.',
      ),
    ],
  },
];
const fSuggested = ['Wobbly hedgehog syndrome: diagnosis experiences', 'Best fleece liners that do not fray', 'Quill loss in a young male'];
const fPost = (p: Post, n: number): string => `<div class="topic-post clearfix regular" data-post-number="${n}">
<article class="boxed onscreen-post" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${90210 + n}" data-topic-id="4821"
data-user-id="${300 + n}" id="post_${n}">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}"
aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.spinyfriends.org/${p.user}/48/1221_2.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/rescue-hog-not-eating-after-moving-to-a-new-vivarium/4821/${n}"
data-post-number="${n}"><span title="${p.full}" data-time="1791000000000" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="mossfern" data-post="1"
data-topic="4821"><div class="title"><div class="quote-controls"></div><img alt="" width="24" height="24"
src="/user_avatar/forum.spinyfriends.org/mossfern/48/1221_2.png" class="avatar"> mossfern:</div><blockquote><p>${p.quote}</p></blockquote></aside>`
}
${ps(p.paras)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls expand-post"><div class="actions"><div class="double-button"><button class="widget-button
btn-flat button-count like-count highlight-action regular-likes btn-text" title="${p.likes} people liked this post"><span
class="d-button-label">${p.likes}</span></button>
<button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-label="like this post" title="like this post"><svg class="fa d-icon
d-icon-d-unliked svg-icon svg-node" aria-hidden="true"><use href="#far-heart"></use></svg></button></div>
<button class="widget-button btn-flat share no-text btn-icon" aria-label="copy a link to this post to clipboard" title="copy a link to this post to clipboard">
<svg class="fa d-icon d-icon-d-post-share svg-icon" aria-hidden="true"><use href="#link"></use></svg></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" aria-label="begin composing a reply to this post" title="begin composing a reply to
this post"><svg class="fa d-icon d-icon-reply svg-icon" aria-hidden="true"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Hedgehogs - Spiny Friends Forum</title><meta name="description" content="I foster for a small rescue and took in a young female African
pygmy hedgehog on Saturday.">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0,
user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.spinyfriends.org/t/rescue-hog-not-eating-after-moving-to-a-new-vivarium/4821">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"mossfern"},"datePublished":"2026-10-03T21:14:00Z"}</script>
<link href="/stylesheets/desktop_b2a9f1.css?__ws=forum.spinyfriends.org" media="all" rel="stylesheet" data-target="desktop"><meta id="data-discourse-setup"
data-cdn="" data-base-url="https://forum.spinyfriends.org" data-environment="production"></head>
<body class="crawler ember-application category-hedgehogs archetype-regular"><div id="ember5" class="ember-view"><a href="#main-container" id="skip-link"
class="skip-link">Skip to main content</a>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a
href="/"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/spiny-logo.png" width="" alt="Spiny Friends Forum"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text" type="button"><span
class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><svg class="fa d-icon d-icon-user svg-icon" aria-hidden="true"><use
href="#user"></use></svg><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a href="/search" title="search topics, posts, users, or categories"
aria-label="Search" id="search-button" class="icon btn-flat"><svg class="fa d-icon d-icon-search svg-icon" aria-hidden="true"><use href="#magnifying-glass">
</use></svg></a></li>
<li class="hamburger-dropdown header-dropdown-toggle"><a href="" aria-label="menu" title="menu" id="toggle-hamburger-menu" class="icon btn-flat"><svg class="fa
d-icon d-icon-bars svg-icon" aria-hidden="true"><use href="#bars"></use></svg></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><div class="container posts"
id="main-container">
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="4821"><a href="/t/rescue-hog-not-eating-after-moving-to-a-new-vivarium/4821"
class="fancy-title">${fTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/hedgehogs/6"><span data-category-id="6" style="--category-badge-color:#8C6238;"
class="badge-category --style-square"><span class="badge-category__name">Hedgehogs</span></span></a>
<div class="list-tags"><a href="/tag/feeding" class="discourse-tag box" data-tag-name="feeding">feeding</a><a href="/tag/rescue" class="discourse-tag box"
data-tag-name="rescue">rescue</a></div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">
${fPosts.map((p, i) => fPost(p, i + 1)).join('\n')}
</div></div>
<div class="topic-map --bottom"><section class="topic-map__contents"><div class="topic-map__stats"><div class="topic-map__stat"><span class="number">3</span>
<span class="topic-map__stat-label">replies</span></div>
<div class="topic-map__stat"><span class="number">268</span><span class="topic-map__stat-label">views</span></div><div class="topic-map__stat"><span
class="number">3</span><span class="topic-map__stat-label">users</span></div></div></section></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="complementary" aria-labelledby="suggested-topics-title" id="suggested-topics"
class="more-topics__list suggested-topics">
<h3 id="suggested-topics-title" class="more-topics__list-title"><span>Suggested Topics</span></h3><div class="topics"><table class="topic-list"><thead
class="topic-list-header"><tr>
<th data-sort-order="default" class="default">Topic</th><th data-sort-order="posts" class="posts num">Replies</th><th data-sort-order="views" class="views
num">Views</th><th data-sort-order="activity" class="activity num">Activity</th></tr></thead><tbody class="topic-list-body">
${fSuggested
  .map(
    (t, i) => `<tr class="topic-list-item category-hedgehogs"><td class="main-link clearfix topic-list-data" colspan="1"><span
class="link-top-line"><a href="/t/${4700 + i}" class="title raw-link raw-topic-link" data-topic-id="${4700 + i}">${t}</a></span></td><td class="num posts-map
posts"><span class="number">${5 + i}</span></td><td class="num views"><span class="number">${400 + i * 37}</span></td><td class="num age activity"><span
class="relative-date">Sep ${12 + i}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div></div></div></div></div>
<div id="ember-basic-dropdown-wormhole"></div></div>
<noscript data-path="/t/rescue-hog-not-eating-after-moving-to-a-new-vivarium/4821"><meta name="fragment" content="!"></noscript>
<script defer src="/assets/discourse-4f9b8d.br.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout653-discourse-hog-not-eating',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => (p.quote === undefined ? p.paras : [p.quote, ...p.paras]))),
  bylines: ['mossfern', 'Oct 3', 'quillsandco', 'Oct 5', 'hedgevet_lou'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Hedgehogs', 'feeding', 'Reply', 'replies', 'views', 'users', 'Suggested Topics', 'Topic',
    'Activity', ...fSuggested, 'Sep 12', 'Sep 13', 'Sep 14',
  ],
};

export const HELDOUT653_D2: readonly TestPage[] = [discourse];
