import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout569-kit.js';

/**
 * Held-out batch 569, file e: a patient community's Discourse thread (Ember-rendered, saved from the browser) on choosing a
 * chiropractor or a physio under an insurance plan, and a chiropractic clinic's treatment page on WordPress with Divi.
 */
interface Post {
  user: string;
  full?: string;
  title?: string;
  date: string;
  when: string;
  likes: string;
  paras: string[];
  quote?: string;
}
const dTitle = 'Chiro or physio for sciatica when my plan only covers one?';
const dPosts: Post[] = [
  {
    user: 'kelpie_runner',
    date: 'Mar 4',
    when: 'Mar 4, 2026 9:12 pm',
    likes: '2',
    paras: [
      j(
        'I have had sciatica down my left leg for about five weeks. My extended health plan gives me $500 a year for either chiropractic or',
        'physiotherapy, not both. My GP says either could help. Has anyone been in the same spot, and which did you pick?',
      ),
      'I work in a warehouse, so I need to be back lifting by May at the latest.',
    ],
  },
  {
    user: 'odhran.b',
    full: 'Odhran Byrne',
    title: 'Physiotherapist (verified)',
    date: 'Mar 5',
    when: 'Mar 5, 2026 7:40 am',
    likes: '6',
    quote: 'I need to be back lifting by May at the latest.',
    paras: [
      j(
        'With a lifting job I would lean towards someone who will build a graded loading programme with you, because that is what gets you back',
        'to work. Plenty of chiropractors do that too, so ask at the first visit what the plan looks like after the pain settles.',
      ),
      j(
        'Whoever you see, $500 does not go far. Ask for a plan of four to six visits with a home programme rather than weekly sessions with',
        'no end date. And if you get numbness around your groin or trouble passing urine, skip both and go to the emergency department.',
      ),
    ],
  },
  {
    user: 'marisol_t',
    date: 'Mar 5',
    when: 'Mar 5, 2026 12:03 pm',
    likes: '3',
    paras: [
      j(
        'I saw a chiropractor for mine last year and it helped, mostly because she gave me exercises and told me to keep walking. The adjustments',
        'felt good for a day or two. Check whether your plan needs a doctor’s note for physio; mine did and it held things up by two weeks.',
      ),
    ],
  },
  {
    user: 'kelpie_runner',
    date: 'Mar 8',
    when: 'Mar 8, 2026 6:55 pm',
    likes: '1',
    paras: [
      j(
        'Thanks all. I booked a physio in the end, mostly because the clinic offered direct billing. First session was today and I have three',
        'exercises to do twice a day. Will report back.',
      ),
    ],
  },
];
/** One Discourse post as the Ember app renders it. */
function post(p: Post, n: number): string {
  const names = p.full
    ? `<span class="first full-name"><a href="/u/${p.user}" data-user-card="${p.user}">${p.full}</a></span><span class="second username">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span><span class="user-title">${p.title}</span>`
    : `<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>`;
  const quote = p.quote
    ? j(
        `<aside class="quote no-group" data-username="kelpie_runner" data-post="1" data-topic="4821"><div class="title"><div class="quote-controls"></div>`,
        `<img alt="" width="24" height="24" src="/user_avatar/backtalk.example/kelpie_runner/48/312_2.png" class="avatar"> kelpie_runner:</div>`,
        `<blockquote><p>${p.quote}</p></blockquote></aside>`,
      )
    : '';
  return j(
    `<div class="topic-post clearfix ${n === 1 ? 'topic-owner ' : ''}regular"><article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region"`,
    `data-post-id="${20510 + n}" data-topic-id="4821" data-user-id="${300 + n}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar">`,
    `<div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1">`,
    `<img alt="" width="48" height="48" src="/user_avatar/backtalk.example/${p.user}/96/312_2.png" class="avatar"></a></div></div>`,
    `<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">${names}</div>`,
    `<div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/chiro-or-physio-for-sciatica/4821/${n}" data-share-url="/t/4821/${n}">`,
    `<span title="${p.when}" data-time="1772658720000" class="relative-date">${p.date}</span></a></div></div></div>`,
    `<div class="regular contents"><div class="cooked">${quote}${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div>`,
    `<section class="post-menu-area clearfix"><nav class="post-controls expand-post"><div class="actions"><div class="double-button">`,
    `<button class="btn btn-flat button-count like-count highlight-action" title="${p.likes} people liked this post">
<span class="d-button-label">${p.likes}</span></button>`,
    `<button class="btn no-text btn-icon toggle-like like btn-flat" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon svg-string">
<use href="#far-heart"></use></svg></button></div>`,
    `<button class="btn no-text btn-icon btn-flat share" title="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share svg-icon">
<use href="#link"></use></svg></button>`,
    `<button class="btn btn-icon-text btn-flat reply create fade-out" title="begin composing a reply to this post">
<svg class="fa d-icon d-icon-reply svg-icon"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button>`,
    `</div></nav></section></div></div></div></article></div>`,
  );
}
const dSide = ['Topics', 'Users', 'Badges', 'About', 'FAQ'];
const dCats = ['Treatment questions', 'Living with pain', 'Exercise and rehab', 'All categories'];
const dSugg: [string, string, string, string][] = [
  ['Does direct billing work with a chiropractor?', '7', '388', 'Feb 18'],
  ['Physio homework: how many reps is too many?', '11', '1.2k', 'Feb 26'],
  ['Sciatica flare after a long drive, any tips?', '4', '97', '5d'],
];
const dMap: [string, string][] = [
  ['3', 'replies'],
  ['214', 'views'],
  ['3', 'users'],
  ['12', 'likes'],
];
const dLi = (t: string, href: string): string =>
  `<li class="sidebar-section-link-wrapper"><a href="${href}" class="sidebar-section-link sidebar-row">
<span class="sidebar-section-link-content-text">${t}</span></a></li>`;
const dSidebar = j(
  `<div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div class="sidebar-sections sidebar-sections-anonymous">`,
  `<div class="sidebar-section-wrapper sidebar-section" data-section-name="community"><ul class="sidebar-section-content">`,
  `${dSide.map((t) => dLi(t, `/${t.toLowerCase()}`)).join('')}</ul></div><div class="sidebar-section-wrapper sidebar-section" data-section-name="categories">`,
  `<div class="sidebar-section-header-wrapper sidebar-row">
<button class="btn no-text sidebar-section-header sidebar-section-header-collapsable btn-transparent">`,
  `<span class="sidebar-section-header-text">Categories</span></button></div><ul class="sidebar-section-content">`,
  `${dCats.map((t) => dLi(t, `/c/${t.toLowerCase().replace(/ /g, '-')}`)).join('')}</ul></div></div></section></div>`,
);
const dMapHtml = j(
  `<div class="topic-map --op"><section class="map"><ul><li><h4 role="presentation">created</h4><div class="topic-map-post created-at">`,
  `<span class="relative-date" title="Mar 4, 2026 9:12 pm">Mar 4</span></div></li><li><a href="/t/chiro-or-physio-for-sciatica/4821/4">
<h4 role="presentation">last reply</h4>`,
  `<div class="topic-map-post last-reply"><span class="relative-date" title="Mar 8, 2026 6:55 pm">Mar 8</span></div></a></li>`,
  dMap.map(([n, l]) => `<li class="secondary ${l}"><span class="number">${n}</span><h4 role="presentation">${l}</h4></li>`).join(''),
  `</ul></section></div>`,
);
const dSuggHtml = dSugg
  .map(([t, r, v, a]) =>
    j(
      `<tr class="topic-list-item category-treatment-questions"><td class="main-link clearfix topic-list-data" colspan="1"><span class="link-top-line">`,
      `<a href="/t/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="title raw-link raw-topic-link">${t}</a></span><div class="link-bottom-line">`,
      `<a class="badge-category__wrapper" href="/c/treatment-questions/6"><span class="badge-category">
<span class="badge-category__name">Treatment questions</span></span></a></div></td>`,
      `<td class="num posts-map posts topic-list-data"><a href="#" class="badge-posts"><span class="number">${r}</span></a></td>`,
      `<td class="num views topic-list-data"><span class="number">${v}</span></td><td class="num topic-list-data age activity">
<a class="post-activity" href="#"><span class="relative-date">${a}</span></a></td></tr>`,
    ),
  )
  .join('\n');
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Treatment questions - BackTalk Community</title>
<meta name="description"
content="I have had sciatica down my left leg for about five weeks. My extended health plan gives me $500 a year for either chiropractic or physiotherapy">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://backtalk.example/t/chiro-or-physio-for-sciatica/4821"><meta property="og:site_name" content="BackTalk Community">
<link href="/stylesheets/desktop_fe1c3d9b.css?__ws=backtalk.example" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-enable-js-error-reporting="false" data-environment="production">
<script
type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"kelpie_runner"},"datePublished":"2026-03-04T21:12:00Z"}</script>
<script defer src="/assets/start-discourse-2b1e3c.js"></script></head>
<body class="category-treatment-questions tag-sciatica tag-insurance archetype-regular has-sidebar-page docked"><div id="data-preloaded" data-preloaded="{}">
</div>
<section id="main" class="ember-application"><div class="ember-view"><a href="#main-container" class="skip-link">Skip to main content</a>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle">
<button class="btn btn-flat btn-sidebar-toggle no-text btn-icon" aria-expanded="true" title="Hide sidebar"></button></div>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/backtalk-logo.png" alt="BackTalk Community"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text">
<span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text"><svg class="fa d-icon d-icon-user svg-icon"><use href="#user"></use></svg>
<span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle">
<button class="icon btn btn-flat" aria-expanded="false" aria-label="Search" title="Search"><svg class="fa d-icon d-icon-search svg-icon"><use href="#search">
</use></svg></button></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main">${dSidebar}<div id="main-outlet"><div class="regular ember-view"><div class="container posts">
<div id="topic-title"><div class="title-wrapper">
<h1 data-topic-id="4821"><a href="/t/chiro-or-physio-for-sciatica/4821" class="fancy-title">${dTitle}</a></h1><div class="topic-category">
<a class="badge-category__wrapper" href="/c/treatment-questions/6"><span class="badge-category"><span class="badge-category__name">Treatment questions</span>
</span></a>
<div class="list-tags"><a href="/tag/sciatica" data-tag-name="sciatica" class="discourse-tag simple">sciatica</a>
<span class="discourse-tags__tag-separator">,</span><a href="/tag/insurance" data-tag-name="insurance" class="discourse-tag simple">insurance</a></div></div>
</div></div>
<div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper">
<div class="timeline-date-wrapper"><a class="start-date" href="#">Mar 4</a></div>
<div class="timeline-scrollarea"><div class="timeline-scroller"><div class="timeline-scroller-content"><div class="timeline-replies">1 / 4</div>
<div class="timeline-ago">Mar 4</div></div></div></div>
<div class="timeline-date-wrapper"><a class="now-date" href="#">Mar 8</a></div></div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">${dPosts.map((p, i) => (i === 0 ? post(p, 1) + dMapHtml : post(p, i + 1))).join('\n')}</div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create">
<svg class="fa d-icon d-icon-reply svg-icon"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__lists">
<div role="complementary" aria-labelledby="suggested-topics-title" id="suggested-topics" class="more-topics__list">
<h3 id="suggested-topics-title" class="suggested-topics-title">Suggested Topics</h3><div class="topics"><table class="topic-list">
<thead class="topic-list-header"><tr>
<th data-sort-order="default" class="default">Topic</th><th data-sort-order="posts" class="posts num">Replies</th>
<th data-sort-order="views" class="views num">Views</th><th data-sort-order="activity" class="activity num">Activity</th></tr></thead>
<tbody class="topic-list-body">${dSuggHtml}</tbody></table></div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/treatment-questions/6" class="badge-category__wrapper">
<span class="badge-category__name">Treatment questions</span></a> or <a href="/latest">view latest topics</a>.</h3></div></div></div>
</div></div></div></div></div><div id="reply-control" class="closed hide-preview"></div></section>
<footer class="noscript-footer-nav" hidden><nav itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="/">Home</a>
<a href="/categories">Categories</a><a href="/guidelines">Guidelines</a></nav></footer>
</body></html>`;
const backtalk: TestPage = {
  name: 'heldout569-discourse-chiro-or-physio',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => [...(p.quote ? [p.quote] : []), ...p.paras])),
  bylines: ['kelpie_runner', 'Odhran Byrne', 'odhran.b', 'Physiotherapist (verified)', 'marisol_t', 'Mar 4', 'Mar 5', 'Mar 8'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dSide.filter((t) => t !== 'About' && t !== 'Users'), 'Categories', ...dCats,
    'insurance', '1 / 4', '2', '6', '3', '1', 'Reply', 'created', 'last reply',
    ...dMap.map(([, l]) => l), '214', '12', 'Suggested Topics', 'Topic', 'Activity',
    ...dSugg.flatMap(([t, r, v, a]) => [t, r, v, a]).filter((t) => !['3', '12'].includes(t)),
    'Want to read more? Browse other topics in Treatment questions or view latest topics.',
  ],
};

export const HELDOUT569_E: readonly TestPage[] = [backtalk];
