import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 113, file f2: a Discourse topic (current Ember app as a signed-out visitor saves it): the header with
 * "Sign Up" and "Log In", the site banner, the topic title with category badge and tags, five posts with full names,
 * usernames, user titles and relative dates, a quote block in a reply, an "edited" indicator, the post controls with like
 * counts, the topic map (created, last reply, replies, views, users, likes), the timeline, "Suggested Topics" with its
 * table, "Want to read more?" and the "Powered by Discourse" footer.
 */
const dTitle = 'Sourdough starter smells like nail polish remover after a week away';
type Post = { full: string; user: string; title?: string; date: string; likes: string; quote?: string; edited?: boolean; paras: string[] };
const dPosts: Post[] = [
  {
    full: 'Priya Venkatesan',
    user: 'priyav',
    date: 'Oct 3',
    likes: '4',
    paras: [
      'I left my starter in the fridge for eight days while I was travelling. It is about six months old and usually very reliable. ' +
        'When I took it out there was a layer of grey liquid on top and it smelled strongly of acetone, like nail polish remover.',
      'I poured off the liquid and fed it 1:1:1 with bread flour and water. Twelve hours later it had barely risen and still smells ' +
        'sharp. Is it ruined, or is there something I can do?',
    ],
  },
  {
    full: 'Gwilym Ashdown',
    user: 'gashdown',
    title: 'Forum Regular',
    date: 'Oct 3',
    likes: '9',
    paras: [
      'It is not ruined. That smell is what a hungry starter smells like. The yeast and bacteria ran out of food, and the liquid on ' +
        'top, which people call hooch, is mostly alcohol and acids.',
      'One feed is rarely enough after a long gap in the fridge. I would discard all but about 20 g and feed it at a bigger ratio, ' +
        'say 1:5:5, twice a day at room temperature for two or three days. Use some wholemeal or rye in the feed if you have it; it ' +
        'perks starters up faster than white flour.',
    ],
  },
  {
    full: 'Priya Venkatesan',
    user: 'priyav',
    date: 'Oct 4',
    likes: '2',
    quote: 'I would discard all but about 20 g and feed it at a bigger ratio, say 1:5:5, twice a day',
    edited: true,
    paras: ['Thanks, that makes sense. Is twice a day necessary, though? I work long shifts and can really only feed it once, in the evening.'],
  },
  {
    full: 'Marta Quiroga',
    user: 'mquiroga',
    title: 'Moderator',
    date: 'Oct 4',
    likes: '6',
    paras: [
      'Once a day is fine, just use a bigger ratio so it does not run out of food before the next feed. At a warm room temperature, ' +
        '1:10:10 fed in the evening should have it peaking the next afternoon.',
      'Also worth knowing for next time: a stiff starter, fed with less water, keeps much better in the fridge. I keep mine at about ' +
        '60 percent hydration and it is happy for two weeks without attention.',
    ],
  },
  {
    full: 'Priya Venkatesan',
    user: 'priyav',
    date: 'Oct 7',
    likes: '11',
    paras: [
      'Update for anyone who finds this later: three days of 1:10:10 with a little rye and it is back to doubling in about six hours. ' +
        'The acetone smell went after the second feed. Baked a loaf yesterday and it was fine.',
      'Going to try the stiff starter idea before my next trip. Thanks all.',
    ],
  },
];
const dTags = ['sourdough', 'starter', 'troubleshooting'];
const dBanner = 'Welcome to the Long Crust Bakers forum! Please read the community guidelines before posting.';
const dMap = ['created', 'last reply', '4', 'replies', '318', 'views', '3', 'users', '32', 'likes'];
const dSuggested = [
  { t: 'Why does my crumb have one big hole under the crust?', cat: 'Troubleshooting', r: '12', v: '1.1k', a: 'Sep 28' },
  { t: 'Rye starter vs white starter for a beginner', cat: 'Starters & Levain', r: '7', v: '640', a: 'Sep 30' },
  { t: 'Best container for keeping a starter in the fridge', cat: 'Equipment', r: '19', v: '2.3k', a: '5d' },
];
const dPost = (p: Post, i: number) => `<div class="topic-post clearfix regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}" role="region" data-post-id="${88410 + i}" data-topic-id="9127" data-user-id="${400 + i}"
 class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" aria-hidden="true"
 data-user-card="${p.user}"><img alt="" width="48" height="48" src="/user_avatar/forum.longcrust.org/${p.user}/96/1.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first full-name"><a href="/u/${p.user}" data-user-card="${p.user}">${p.full}</a></span><span class="second username"><a href="/u/${p.user}"
 data-user-card="${p.user}">${p.user}</a></span>${p.title ? `<span class="user-title">${p.title}</span>` : ''}</div>
<div class="post-infos">${p.edited ? '<div class="post-info edits"><button class="btn-flat widget-button" title="edited">edited</button></div>' : ''}
<div class="post-info post-date"><a class="post-date" href="/t/sourdough-starter-acetone/9127/${i + 1}"><span class="relative-date"
 title="${p.date}, 2025">${p.date}</span>
</a></div></div></div><div class="regular contents"><div class="cooked">
${
  p.quote
    ? `<aside class="quote no-group" data-username="gashdown" data-post="2" data-topic="9127"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/gashdown/48/1.png" class="avatar"> gashdown:</div><blockquote><p>${p.quote}</p></blockquote></aside>`
    : ''
}
${p.paras.map((x) => `<p>${x}</p>`).join('\n')}
</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button
 class="btn-flat button-count like-count"
>${p.likes}</button><button class="btn-flat toggle-like like" title="like this post"></button></div><button class="btn-flat share"
 title="copy a link to this post to
 clipboard"></button><button class="btn-flat create fade-out" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button>
</div>
</nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon">
<head>
<meta charset="utf-8"><title>${dTitle} - Troubleshooting - Long Crust Bakers</title>
<meta name="description" content="I left my starter in the fridge for eight days while I was travelling."><meta name="generator"
 content="Discourse 3.5.0 - https://github.com/discourse/discourse version 6c1e">
<meta property="og:site_name" content="Long Crust Bakers"><meta property="og:type" content="website"><link rel="canonical"
 href="https://forum.longcrust.org/t/sourdough-starter-acetone/9127">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"datePublished":"2025-10-03T19:02:11Z",
"author":{"@type":"Person","name":"priyav","url":"https://forum.longcrust.org/u/priyav"},"interactionStatistic":[{"@type":"InteractionCounter",
"interactionType":"http://schema.org/LikeAction","userInteractionCount":32}]}</script>
<script defer src="/assets/discourse-9a3b.js" data-discourse-entrypoint="discourse"></script>
</head>
<body class="crawler-browser ember-application category-troubleshooting archetype-regular"><section id="main" class="ember-application">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><a href="/"
 title="Long Crust Bakers">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png" alt="Long Crust Bakers"></a></div><div class="panel" role="navigation">
<span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button"><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons">
<li class="search-dropdown"><button class="btn no-text icon btn-flat" title="Search" aria-label="Search"></button></li><li class="hamburger-dropdown">
<button class="btn no-text icon btn-flat" aria-label="menu" title="menu"></button></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div id="main-outlet"><div id="banner" class="no-text"><div id="banner-content"><div class="cooked">
<p>${dBanner}</p></div></div><button class="btn close" title="dismiss this banner">Dismiss this banner</button></div>
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="9127"><a href="/t/sourdough-starter-acetone/9127" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/troubleshooting/6"><span data-category-id="6" class="badge-category --style-square">
<span class="badge-category__name">Troubleshooting</span></span></a><div class="list-tags">
${dTags.map((t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag box">${t}</a>`).join('')}
</div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="9127"><div class="posts-wrapper"><div class="post-stream">
${dPosts
  .map((p, i) =>
    i === 0
      ? `${dPost(p, i)}<div class="topic-map --op"><section class="topic-map__contents"><ul class="topic-map__stats"><li class="created-at"><h4>${dMap[0]}</h4>
<span class="relative-date">Oct 3</span></li><li class="last-reply"><h4>${dMap[1]}</h4><span class="relative-date">Oct 7</span></li>
<li class="replies"><span class="number">${dMap[2]}</span><span class="topic-map__stat-label">${dMap[3]}</span></li>
<li class="secondary views"><span class="number">${dMap[4]}</span><span class="topic-map__stat-label">${dMap[5]}</span></li>
<li class="secondary users"><span class="number">${dMap[6]}</span><span class="topic-map__stat-label">${dMap[7]}</span></li>
<li class="secondary likes"><span class="number">${dMap[8]}</span><span class="topic-map__stat-label">${dMap[9]}</span></li></ul></section></div>`
      : dPost(p, i),
  )
  .join('\n')}
</div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-default share-and-invite">Share</button>
<button class="btn btn-icon-text btn-default bookmark">Bookmark</button><button class="btn btn-icon-text btn-primary create">Reply</button></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list">
<thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th class="activity num">Activity</th></tr></thead>
<tbody>
${dSuggested
  .map(
    (s) => `<tr class="topic-list-item"><td class="main-link"><a class="title raw-link raw-topic-link">${s.t}</a><div class="link-bottom-line">
<span class="badge-category__name">${s.cat}</span></div></td><td class="num posts"><span class="number">${s.r}</span></td><td class="num views">
<span class="number">${s.v}</span></td><td class="num activity"><span class="relative-date">${s.a}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/troubleshooting/6">Troubleshooting</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></section>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea"><div class="timeline-date-wrapper"><a
 class="start-date">Oct 3</a></div>
<div class="timeline-handle"></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 5</div><div class="timeline-ago">Oct 2025</div>
</div>
<div class="timeline-date-wrapper"><a class="now-date">Oct 7</a></div></div></div></div></div></div></div></div>
<footer class="powered-by-discourse"><nav class="footer-links"><ul>${links(['About', 'FAQ', 'Privacy', 'Terms of Service'])}</ul></nav>
<p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></section>
</body>
</html>`;

export const discoursePage: TestPage = {
  name: 'heldout113-discourse-forum',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(dPosts.flatMap((p) => [p.full, p.user, p.date]))].concat(['edited']),
  furniture: [
    'Sign Up',
    'Log In',
    dBanner,
    'Dismiss this banner',
    'Troubleshooting',
    ...dTags,
    'Forum Regular',
    'Moderator',
    'created',
    'last reply',
    'replies',
    'views',
    'users',
    'likes',
    'Reply',
    'Share',
    'Bookmark',
    'Suggested Topics',
    'Topic',
    'Replies',
    'Views',
    'Activity',
    ...dSuggested.flatMap((s) => [s.t, s.cat]).filter((x) => x !== 'Troubleshooting'),
    'Want to read more? Browse other topics in Troubleshooting or view latest topics.',
    '1 / 5',
    'Oct 2025',
    'About',
    'FAQ',
    'Privacy',
    'Terms of Service',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};
