import { links, ps, type TestPage, texts } from './page-kit.js';
import { wikivoyage } from './pages-heldout367-e2.js';
import { j } from './pages-heldout367-kit.js';

/**
 * Held-out batch 367, file e: a trail conditions thread on a Discourse forum, as the Ember app renders it and a browser
 * saves it (header with Sign Up / Log In, the sidebar with community links and categories, the topic title with category
 * badge and tags, five posts with avatars, usernames, relative dates, a quote of the first post, like counts and the post
 * controls, the topic map, the timeline, the footer buttons, "Suggested Topics" and the cookie notice) and, from file e2, a
 * Wikivoyage-style itinerary.
 */
const fTitle = 'Corrie path to Ben Ardair – conditions this week?';
type Post = { user: string; date: string; title: string; likes: string; paras: string[]; quote?: string };
const fPosts: Post[] = [
  {
    user: 'moorhen_walks',
    date: 'Feb 10',
    title: 'Feb 10, 2026 8:14 am',
    likes: '2',
    paras: [
      j(
        'Planning to go up Ben Ardair by the Corrie path on Saturday with my partner. We have both done it in summer but never in',
        'winter. Has anyone been up in the last few days? Mainly wondering about the steep section above the lochan and whether',
        'crampons are needed or if microspikes will do.',
      ),
      'Also, is the footbridge at the start of the path still closed? The estate website hasn\u2019t been updated since December.',
    ],
  },
  {
    user: 'GeordieFell',
    date: 'Feb 10',
    title: 'Feb 10, 2026 11:02 am',
    likes: '5',
    paras: [
      j(
        'Was up on Sunday. Path to the lochan is clear apart from a few icy patches on the stone steps. Above the lochan it was full',
        'winter: hard snow from about 750 m, and the zigzags under the col were one long sheet of névé. I would not go up there',
        'without proper crampons and an axe. Microspikes are fine to the lochan but not beyond.',
      ),
      'Footbridge has been replaced. There is a new one about 50 m upstream of the old one, signed from the car park.',
    ],
  },
  {
    user: 'moorhen_walks',
    date: 'Feb 10',
    title: 'Feb 10, 2026 12:37 pm',
    likes: '1',
    quote: 'Mainly wondering about the steep section above the lochan',
    paras: [
      j(
        'Thanks, that is really useful. We have crampons and axes but are a bit rusty, so we might turn at the lochan if it looks too',
        'much and do the ridge on the other side instead.',
      ),
    ],
  },
  {
    user: 'ellen.r',
    date: 'Feb 11',
    title: 'Feb 11, 2026 7:50 pm',
    likes: '4',
    paras: [
      j(
        'Went up yesterday with a group. Agree with the above. The forecast for the weekend has a thaw then a freeze, which usually',
        'makes the zigzags worse rather than better. Check the avalanche report for the north-east aspects too, there was some',
        'wind slab building under the col.',
      ),
      'If you turn at the lochan, the path round to Meall Gorm is a lovely alternative and mostly sheltered.',
    ],
  },
  {
    user: 'moorhen_walks',
    date: 'Feb 15',
    title: 'Feb 15, 2026 6:21 pm',
    likes: '3',
    paras: [
      j(
        'Quick update for anyone reading later: we went up today and turned at the lochan. The zigzags were solid ice after the',
        'freeze and two parties came down saying it was hard going even with crampons. Meall Gorm was great, with a clear view back',
        'to the corrie. Thanks everyone.',
      ),
    ],
  },
];
const fSide = ['Topics', 'Users', 'Badges', 'Groups', 'About', 'FAQ'];
const fCats = ['Trail conditions', 'Route planning', 'Gear talk', 'Meetups'];
const fTags = ['winter-walking', 'ben-ardair', 'trail-report'];
const fSuggested = ['Ice on the Lairig path', 'Is the Glen Farran bothy open this winter?', 'Best microspikes for mixed ground'];
const post = (p: Post, n: number): string => `<div class="topic-post clearfix ${n === 1 ? 'topic-owner' : 'regular'}"><article id="post_${n}"
aria-label="post #${n} by @${p.user}" role="region" data-post-id="${4410 + n}" data-topic-id="8812" data-user-id="${120 + n}" class="boxed onscreen-post">
<span class="tabLoc" aria-hidden="true" tabindex="-1"></span><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card
main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true"><img alt="" width="48" height="48" src="/user_avatar/forum/${p.user}/96/1.png"
class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names
trigger-user-card"><span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos">
<div class="post-info post-date"><a class="widget-link post-date" href="/t/corrie-path-ben-ardair/8812/${n}" title="Post date"><span title="${p.title}"
data-time="1770711240000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="moorhen_walks" data-post="1" data-topic="8812"><div class="title"><div class="quote-controls"></div><img
alt="" width="24" height="24" src="/user_avatar/forum/moorhen_walks/48/1.png" class="avatar"> moorhen_walks:</div><blockquote><p>${p.quote}</p>
</blockquote></aside>`
}
${ps(p.paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button
class="btn no-text fade-out btn-flat button-count like-count" title="see who liked this">${p.likes}</button><button class="btn no-text btn-icon toggle-like
like btn-flat" title="like this post"></button></div><button class="btn no-text btn-icon share btn-flat" title="copy a link to this post"></button><button
class="btn-flat btn reply create fade-out" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav>
</section></div></div></div></article></div>`;
const fHtml = `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Corrie path to Ben Ardair – conditions this week? - Trail conditions - Fellside Forum</title>
<meta name="description" content="Planning to go up Ben Ardair by the Corrie path on Saturday with my partner.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0"><link rel="canonical"
href="https://forum.fellside.example/t/corrie-path-ben-ardair/8812"><meta property="og:site_name" content="Fellside Forum"><meta property="og:type"
content="website"><meta name="twitter:card" content="summary"><meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"moorhen_walks"},"datePublished":"2026-02-10T08:14:00Z","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":4}}</script>
<link href="/stylesheets/desktop_e12f.css" media="all" rel="stylesheet" data-target="desktop"><script defer src="/assets/discourse-7a1b.js"></script>
</head><body class="crawler archetype-regular category-trail-conditions tag-winter docked"><section id="main" class="ember-application"><div
class="ember-view"><div id="ember5" class="d-header-wrap ember-view"><header class="d-header"><div class="wrap"><div class="contents"><div
class="header-sidebar-toggle"><button class="btn btn-flat btn-sidebar-toggle" aria-label="Toggle sidebar"></button></div><div class="title"><a
href="/" data-auto-route="true"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png" alt="Fellside Forum"></a></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button" type="button"><span
class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><span
class="d-button-label">Log In</span></button></span></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections"><div class="sidebar-section" data-section-name="community"><div class="sidebar-section-header-wrapper"><span
class="sidebar-section-header-text">Community</span></div><ul class="sidebar-section-content">${links(fSide, 'sidebar-section-link-wrapper')}</ul></div>
<div class="sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper"><span
class="sidebar-section-header-text">Categories</span></div><ul class="sidebar-section-content">${links(fCats, 'sidebar-section-link-wrapper')}</ul></div>
</div></section></div>
<div id="main-outlet"><div class="regular ember-view"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="8812"><a
href="/t/corrie-path-ben-ardair/8812" class="fancy-title">${fTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper"
href="/c/trail-conditions/4"><span class="badge-category__name">Trail conditions</span></a><div class="list-tags">${fTags
  .map((t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag simple">${t}</a>`)
  .join('')}</div></div></div></div>
<div class="container posts"><div class="topic-navigation"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper">
<a href="#" class="start-date">Feb 10</a></div><div class="timeline-scrollarea"><div class="timeline-replies">1 / 5</div></div><div
class="timeline-date-wrapper"><a href="#" class="now-date">Feb 15</a></div></div></div></div>
<div class="post-stream">${fPosts.map((p, i) => post(p, i + 1)).join('\n')}</div>
<section class="map"><div class="topic-map"><ul class="topic-map__stats"><li><span class="number">4</span>
<span class="topic-map__stat-label">replies</span></li>
<li><span class="number">312</span><span class="topic-map__stat-label">views</span></li><li><span class="number">3</span><span
class="topic-map__stat-label">users</span></li></ul></div></section>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create" type="button"><span
class="d-button-label">Reply</span></button><button class="btn btn-icon-text bookmark" type="button"><span class="d-button-label">Bookmark</span></button>
<button class="btn btn-icon-text share" type="button"><span class="d-button-label">Share</span></button></div></div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><tbody>${fSuggested
  .map((t) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${t.length}" class="title raw-link raw-topic-link">${t}</a></td></tr>`)
  .join('\n')}</tbody></table><h3 class="more-topics__browse">Want to read more? Browse other topics in Trail conditions or view latest topics.</h3></div>
</div></div></div></div></div></section>
<div class="cookie-notice"><p>This forum uses cookies to keep you logged in and to remember your preferences.</p><button class="btn btn-primary"
type="button">Got it</button></div>
<footer class="powered-by-discourse"><a href="https://discourse.org/powered-by">Powered by Discourse</a></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout367-discourse-conditions-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(fPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Community', ...fSide, 'Categories', ...fCats, ...fTags, '1 / 5', 'moorhen_walks:', 'Reply', 'replies', '312', 'views', 'users',
    'Bookmark', 'Share', 'Suggested Topics', ...fSuggested, 'Want to read more? Browse other topics in Trail conditions or view latest topics.',
    'This forum uses cookies to keep you logged in and to remember your preferences.', 'Got it', 'Powered by Discourse',
  ],
};

export const HELDOUT367_E: readonly TestPage[] = [discourse, wikivoyage];
