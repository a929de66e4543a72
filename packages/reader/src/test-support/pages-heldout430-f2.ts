import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout430-kit.js';

/**
 * Held-out batch 430, file f2: a discussion thread on an alumni online community running Discourse (d-header with
 * search and log-in buttons, the sidebar with community and category sections, topic title with category badge and tags,
 * posts in article.boxed with names, dates, cooked content and post controls, a quote block, the topic map, the timeline,
 * the "Suggested Topics" list, the Powered by Discourse footer). The posts are the body.
 */
const tTitle = 'Moving to Denver this summer: advice on neighborhoods and alumni meetups?';
const tPosts: [string, string, string, string[]][] = [
  [
    'kpoliakov',
    'Katya Poliakov',
    'Apr 2',
    [
      j(
        'Hi all, I&#39;m Class of 2019 and will be relocating to Denver in July for a job near Union Station. I have never lived',
        'west of Ohio. I&#39;d love advice on neighborhoods that are bikeable and not too expensive, and whether the Denver',
        'chapter meets regularly.',
      ),
      'Also open to coffee with anyone in public health out there!',
    ],
  ],
  [
    'marcus.t',
    'Marcus Tillery',
    'Apr 2',
    [
      j(
        'Welcome in advance! I moved here in 2017. If you want to bike to Union Station, look at Highland, Jefferson Park or',
        'Baker. Highland is lovely but pricey now. Jefferson Park is smaller and closer to the stadium, so game days are loud.',
      ),
      'The chapter does a first-Thursday happy hour at a brewery in RiNo. I&#39;ll send you the calendar link.',
      j(
        'One more tip: many landlords here want proof of income at three times the rent, so have an offer letter handy. And',
        'the altitude is real for the first couple of weeks. Drink more water than you think you need, and go easy on the',
        'first bike ride up to Sloan&#39;s Lake.',
      ),
    ],
  ],
  [
    'deb_ohara',
    'Deb O’Hara',
    'Apr 3',
    [
      'This is true. A few more thoughts:',
      'Check the light rail lines before signing a lease. The W line is handy if you end up in Lakewood.',
      'Winters are milder than you think, but spring snow is real. Get a bike with fenders.',
      j('I work in epidemiology at the state health department and am happy to meet for coffee. Send me a message here and', 'we can set something up.'),
      j('The chapter also runs a volunteer day each fall with a food bank in Globeville, which is a good way to meet people', 'outside the happy hour crowd.'),
    ],
  ],
  [
    'kpoliakov',
    'Katya Poliakov',
    'Apr 4',
    [
      j(
        'This is so helpful, thank you both. Deb, I&#39;ll message you. Marcus, the first Thursday in July works since I arrive',
        'on the 28th of June. I will report back on where I end up!',
      ),
    ],
  ],
];
const tSide = ['Topics', 'My Posts', 'More', 'Career Networking', 'Regional Chapters', 'Class Years', 'All categories'];
const tSuggested: [string, string, string][] = [
  ['Anyone in the Twin Cities for the spring send-off?', 'Regional Chapters', '7'],
  ['Informational interviews in biotech: how to ask?', 'Career Networking', '12'],
  ['Class of 2014 reunion planning thread', 'Class Years', '31'],
];
const avatar = (u: string): string => `<div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${u}"
data-user-card="${u}" aria-hidden="true"><img alt="" width="48" height="48" src="/user_avatar/community.ashgrovealumni.example/${u}/48/12_2.png"
class="avatar"></a></div></div>`;
const quote = `<aside class="quote no-group" data-username="marcus.t" data-post="2" data-topic="4117"><div class="title">
<div class="quote-controls"></div><img alt="" width="24" height="24" src="/user_avatar/x/marcus.t/48/3.png" class="avatar"> Marcus wrote:</div>
<blockquote><p>Highland is lovely but pricey now.</p></blockquote></aside>`;
const tHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${tTitle} - Career Networking - Ashgrove Alumni Community</title>
<meta name="description" content="Hi all, I'm Class of 2019 and will be relocating to Denver">
<meta name="discourse_theme_id" content="2"><meta name="discourse_current_homepage" content="latest"><meta name="generator" content="Discourse 3.4.0">
<link rel="canonical" href="https://community.ashgrovealumni.example/t/moving-to-denver-this-summer/4117">
<meta property="og:site_name" content="Ashgrove Alumni Community"><meta property="og:type" content="website"><meta property="og:title" content="${tTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${tTitle}",
"author":{"@type":"Person","name":"kpoliakov"},"datePublished":"2026-04-02T15:21:07Z","commentCount":3}</script>
<link href="/stylesheets/desktop_6a1b2c.css?__ws=community.ashgrovealumni.example" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/discourse-8b9c0d.js" data-discourse-entrypoint="discourse"></script>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://community.ashgrovealumni.example" data-environment="production"></head>
<body class="crawler has-sidebar-page category-career-networking"><section id="main" class="ember-application">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet">
<div class="title"><a href="/" data-auto-route="true"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png"
alt="Ashgrove Alumni Community"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text" type="button">
<span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle">
<button class="btn no-text btn-icon icon btn-flat" aria-label="Search" title="Search"></button></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections"><ul class="sidebar-section-content">${links(tSide, 'sidebar-section-link-wrapper')}</ul></div></section></div>
<div id="main-outlet" class="wrap"><div class="container posts"><div id="topic-title"><div class="title-wrapper">
<h1 data-topic-id="4117"><a href="/t/moving-to-denver-this-summer/4117" class="fancy-title">${tTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/career-networking/6"><span class="badge-category --style-square">
<span class="badge-category__name">Career Networking</span></span></a><div class="list-tags">
<a href="/tag/relocation" class="discourse-tag simple">relocation</a>
<a href="/tag/denver" class="discourse-tag simple">denver</a></div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">
${tPosts
  .map(
    ([u, n, d, ps_], i) => `<div class="topic-post clearfix${i === 0 || u === 'kpoliakov' ? ' topic-owner' : ''} regular"><article id="post_${i + 1}"
aria-label="post #${i + 1} by @${u}" role="region" data-post-id="${9870 + i}" data-topic-id="4117" data-user-id="${300 + i}" class="boxed onscreen-post">
<div class="row">${avatar(u)}<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data">
<div class="names trigger-user-card"><span class="first username"><a href="/u/${u}" data-user-card="${u}">${u}</a></span>
<span class="second full-name"><a href="/u/${u}" data-user-card="${u}">${n}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/moving-to-denver-this-summer/4117/${i + 1}"><span title="${d}, 2026" class="relative-date">${d}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${i === 2 ? quote : ''}${ps_.map((p) => `<p>${p}</p>`).join('\n')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button class="btn-flat like-count">
${[4, 3, 6, 2][i] ?? 0}</button><button class="btn-flat toggle-like like" title="like this post"></button></div>
<button class="btn-flat share" title="copy a link to this post to clipboard"></button><button class="btn-flat reply" title="begin composing a reply">
<span class="d-button-label">Reply</span></button></div></nav></section></div>${
      i === 0
        ? `
<section class="topic-map --op"><ul class="topic-map__stats"><li class="topic-map__views"><span class="number">218</span><span class="topic-map__stat-label">
views</span></li><li class="topic-map__likes"><span class="number">15</span><span class="topic-map__stat-label">likes</span></li>
<li class="topic-map__users"><span class="number">3</span><span class="topic-map__stat-label">users</span></li></ul></section>`
        : ''
    }
</div></div></article></div>`,
  )
  .join('\n')}
</div></div>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper"><a class="start-date">Apr 2</a></div>
<div class="timeline-scrollarea"><div class="timeline-handle"></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 4</div>
</div></div><div class="timeline-date-wrapper"><a class="now-date">Apr 4</a></div></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list">
<thead><tr><th>Topic</th><th>Replies</th></tr></thead><tbody>${tSuggested
  .map(
    ([t, c, r]) => `<tr class="topic-list-item"><td class="main-link"><a href="#" class="title raw-link raw-topic-link">${t}</a>
<div class="link-bottom-line"><span class="badge-category__name">${c}</span></div></td><td class="num posts">${r}</td></tr>`,
  )
  .join('\n')}</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in
<a href="/c/career-networking/6">Career Networking</a> or <a href="/latest">view latest topics</a>.</h3></div></div>
</div></div></div>
<footer class="noscript-footer-nav"><a href="/about">About</a> <a href="/faq">FAQ</a> <a href="/privacy">Privacy</a>
<p class="powered-by-link">Powered by <a href="https://www.discourse.example">Discourse</a>, best viewed with JavaScript enabled</p></footer></section>
</body></html>`;
export const discourse: TestPage = {
  name: 'heldout430-discourse-alumni-community-thread',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tPosts.flatMap(([, , , p]) => p)),
  bylines: [...new Set(tPosts.flatMap(([u, n, d]) => [u, n, d]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...tSide, 'relocation', 'denver', 'Reply', '218', 'views', 'likes', 'users', '1 / 4',
    'Suggested Topics', 'Topic', 'Replies', 'Marcus wrote:', ...tSuggested.flatMap(([t]) => [t]), 'Want to read more? Browse other topics in',
    'view latest topics', 'About', 'FAQ', 'Privacy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};
