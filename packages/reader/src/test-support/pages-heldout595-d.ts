import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout595-kit.js';

/**
 * Held-out batch 595, file d: a Discourse forum thread (rendered Ember page) about a first-time crew's route, with the sidebar,
 * topic map and suggested topics.
 */
const fTitle = 'First-time hire: is the Tarrow Ring too much for one week?';
const fPosts: readonly (readonly [string, string, string, string, readonly string[], string])[] = [
  [
    'wagtail_jen',
    'Jen Corrigan',
    'Feb 3',
    'post_1',
    [
      j(
        'We have booked a 62 ft boat from Fenley Junction for the last week of May: four adults, none of us has been on a canal',
        'before. The hire company says the Tarrow Ring is “doable but busy”. Is it realistic, or should we do an out-and-back?',
      ),
      'The bit that worries me is the Corley flight. Sixteen locks in a row sounds like a lot for beginners.',
    ],
    '',
  ],
  [
    'old_lockie',
    'Martin Hebb',
    'Feb 3',
    'post_2',
    [
      j(
        'With four adults it is fine. Two on the locks, one steering, one resting or walking ahead to set the next lock, and swap',
        'round every hour. We did it in six days with two teenagers and still had afternoons off.',
      ),
      j(
        'The one thing I would say: do not plan to arrive at the bottom of Corley after lunch. Start it first thing and you will',
        'be at the Navigation by mid-afternoon.',
      ),
    ],
    '3',
  ],
  [
    'fenley_cruisers',
    'Fenley Cruisers',
    'Feb 4',
    'post_3',
    [
      j(
        'Hire base here. We are happy to send an experienced volunteer to help you up the Sixteen on the Tuesday morning if you',
        'ask at handover: there is no charge. The only day we would steer first-timers away from the ring is if the river is in flood.',
      ),
    ],
    '5',
  ],
  ['wagtail_jen', 'Jen Corrigan', 'Feb 5', 'post_4', ['Thank you all, that is really reassuring. Ring it is! I will report back in June.'], '1'],
];
const fQuote = 'The bit that worries me is the Corley flight.';
const fSide = ['Topics', 'More', 'Trip Planning', 'Boat Handling', 'Hire Companies', 'Towpath Talk', 'All categories'];
const fTags = ['tarrow-ring', 'first-timers'];
const fSugg: readonly (readonly [string, string])[] = [
  ['Best pubs on the Hallam Navigation?', 'Towpath Talk'],
  ['Corley flight side ponds: how do they work?', 'Boat Handling'],
  ['Two weeks from Bramwell: which way round?', 'Trip Planning'],
];
const fPostHtml = fPosts
  .map(([u, n, d, id, paras, likes], i) => {
    const cooked =
      i === 1
        ? `<aside class="quote no-group" data-username="wagtail_jen" data-post="1" data-topic="8812"><div class="title">wagtail_jen:</div><blockquote>
<p>${fQuote}</p></blockquote></aside>\n${ps(paras)}`
        : ps(paras);
    return `<div class="topic-post clearfix regular" data-post-number="${i + 1}">
<article id="${id}" aria-label="post #${i + 1} by @${u}" role="region" data-post-id="${40120 + i}" data-topic-id="8812" data-user-id="${77 + i}"
class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${u}" data-user-card="${u}" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.narrowboatnet.example/${u}/96/1.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${u}" data-user-card="${u}">${u}</a></span><span class="second full-name"><a href="/u/${u}" data-user-card="${u}">${n}</a></span></div>
<div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/first-time-hire-tarrow-ring/8812/${i + 1}" data-share-url="/t/first-time-hire-tarrow-ring/8812/${i + 1}"
data-post-number="${i + 1}"><span title="${d}, 2026 8:14 pm" data-time="1770150840000" data-format="tiny" class="relative-date">${d}</span></a></div></div>
</div>
<div class="regular contents"><div class="cooked">${cooked}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
${
  likes === ''
    ? ''
    : `<div class="double-button">
<button class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-text" title="number of people who liked this post">
<span class="d-button-label">${likes}</span></button></div>`
}
<button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-label="like this post" title="like this post"></button>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post">
<span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
  })
  .join('\n');
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Trip Planning - NarrowboatNet</title>
<meta name="description" content="We have booked a 62 ft boat from Fenley Junction for the last week of May">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.narrowboatnet.example/t/first-time-hire-tarrow-ring/8812"><meta property="og:site_name" content="NarrowboatNet">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"wagtail_jen"},"datePublished":"2026-02-03T20:14:00Z"}</script>
<link href="/stylesheets/desktop_f3b1.css?__ws=forum.narrowboatnet.example" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-enable-js-error-reporting="true"></head>
<body class="category-trip-planning tag-tarrow-ring docked has-sidebar-page navigation-topics"><div id="ember3" class="ember-application">
<div class="discourse-root">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><div id="ember5" class="d-header-wrap"><header class="d-header clearfix">
<div class="wrap"><div class="contents">
<div class="header-sidebar-toggle">
<button class="btn no-text btn-icon btn-sidebar-toggle" aria-expanded="true" title="hide sidebar" aria-label="hide sidebar" type="button"></button></div>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png" alt="NarrowboatNet"></a></div></div>
<div class="panel clearfix" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text" type="button">
<span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown">
<a href="/search" title="search topics, posts, users, or categories" aria-label="Search" class="icon btn-flat" id="search-button"></a></li></ul></div></div>
</div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections sidebar-sections-anonymous">
<div class="sidebar-section-wrapper sidebar-section" data-section-name="community"><ul class="sidebar-section-content">
${fSide
  .slice(0, 2)
  .map(
    (s) =>
      `<li class="sidebar-section-link-wrapper"><a href="/${s.toLowerCase()}" class="sidebar-section-link sidebar-row">
<span class="sidebar-section-link-content-text">${s}</span></a></li>`,
  )
  .join('')}</ul></div>
<div class="sidebar-section-wrapper sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper sidebar-row">
<button class="sidebar-section-header sidebar-section-header-collapsable btn-flat"><span class="sidebar-section-header-text">Categories</span></button></div>
<ul class="sidebar-section-content">
${fSide
  .slice(2)
  .map(
    (s) =>
      `<li class="sidebar-section-link-wrapper"><a href="/c/${s.toLowerCase().replace(/ /g, '-')}" class="sidebar-section-link sidebar-row">
<span class="sidebar-section-link-content-text">${s}</span></a></li>`,
  )
  .join('')}</ul></div></div></section></div>
<div id="main-outlet" class=""><div class="container posts"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="8812">
<a href="/t/first-time-hire-tarrow-ring/8812" class="fancy-title">${fTitle}</a></h1>
<div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/trip-planning/5">
<span data-category-id="5" class="badge-category --style-square"><span class="badge-category__name">Trip Planning</span></span></a></div>
<div class="list-tags">${fTags.map((t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag box">${t}</a>`).join('')}</div></div></div></div></div>
<div class="row"><section class="topic-area" id="topic" data-topic-id="8812"><div class="posts-wrapper"><div class="post-stream">
${fPostHtml}
</div></div>
<section class="topic-map"><ul class="clearfix"><li><h4 role="presentation">created</h4><span class="relative-date">Feb 3</span></li><li>
<h4 role="presentation">last reply</h4><span class="relative-date">Feb 5</span></li>
<li class="secondary replies"><span class="number">3</span><h4 role="presentation">replies</h4></li><li class="secondary views"><span class="number">214</span>
<h4 role="presentation">views</h4></li>
<li class="secondary users"><span class="number">3</span><h4 role="presentation">users</h4></li></ul></section>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-default share-and-invite" type="button">
<span class="d-button-label">Share</span></button>
<button class="btn btn-icon-text btn-default bookmark" type="button"><span class="d-button-label">Bookmark</span></button>
<button class="btn btn-icon-text btn-primary create" type="button"><span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__lists">
<div role="complementary" aria-labelledby="suggested-topics-title" id="suggested-topics" class="more-topics__list suggested-topics">
<h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3><div class="topics"><table class="topic-list"><thead><tr>
<th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th class="activity num">Activity</th></tr></thead><tbody>
${fSugg
  .map(
    ([t, c], i) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line">
<a href="/t/${i}" class="title raw-link raw-topic-link">${t}</a></span><div class="link-bottom-line"><span class="badge-category__name">${c}</span></div></td>
<td class="num posts"><span class="number">${4 + i}</span></td><td class="num views"><span class="number">${120 + i * 37}</span></td><td class="num activity">
<span class="relative-date">Jan ${20 + i}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/trip-planning/5">Trip Planning</a> or <a href="/latest">view latest
 topics</a>.</h3></div></div></div>
</section></div></div></div></div>
<div class="powered-by-discourse"><a class="btn btn-flat btn-text" href="https://discourse.org/powered-by" target="_blank">
<span class="d-button-label">Powered by Discourse</span></a></div></div></div>
<script defer src="/assets/discourse-2ab1.br.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const forum: TestPage = {
  name: 'heldout595-discourse-first-hire',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([...(fPosts[0]?.[4] ?? []), fQuote, ...fPosts.slice(1).flatMap((p) => p[4])]),
  bylines: [...new Set(fPosts.flatMap(([u, n, d]) => [u, n, d])), 'wagtail_jen:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...fSide, 'Categories', ...fTags, '3', '5', '1', 'Reply', 'created', 'last reply', 'replies', '214',
    'views', 'users', 'Share', 'Bookmark', 'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity', ...fSugg.map(([t]) => t), '4', '6', '120', '157',
    '194', 'Jan 20', 'Jan 21', 'Jan 22', 'Want to read more? Browse other topics in Trip Planning or view latest topics.', 'Powered by Discourse',
  ],
};

export const HELDOUT595_D: readonly TestPage[] = [forum];
