import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout128-kit.js';

/**
 * Held-out batch 128, file c2: a Discourse support topic (Solved plugin) on a self-hosted community, saved from the
 * rendered Ember page as a signed-out visitor.
 */
const title = 'Zigbee door sensors drop off the network every few days after moving the coordinator';
const slug = '/t/zigbee-door-sensors-drop-off-the-network-every-few-days-after-moving-the-coordinator/4821';
type Post = { n: number; user: string; full: string; date: string; stamp: string; likes: number; html: string; paras: string[]; reply?: string };
const p1a = paras(`
Since I moved my Hearthlink Hub Mini from the hallway cupboard to the desk in the study, three of my Zigbee door sensors keep
dropping off the network. They work for two or three days, then show as unavailable, and the only fix is to pull the battery and
pair them again.

Setup, in case it helps:`);
const p1l = paras(`
Hub Mini on firmware 4.12.1, with the Zigbee stick on a USB port at the back

14 Zigbee devices in total: 6 smart plugs, 5 door sensors and 3 motion sensors

The three sensors that drop are all on the ground floor, about 8 m and one floor away from the hub`);
const p1b = paras(`
The plugs are all still fine, and so are the sensors upstairs. Nothing changed except the position of the hub. Is there something I
should have done after moving it?`);
const p2 = paras(`
Moving the coordinator can upset the mesh for a while, because the end devices keep trying to talk to the parent they had before.
Usually they sort themselves out within a day, but battery sensors are stubborn.

What Wi-Fi channel is your router on, and is it close to the new spot? Zigbee channel 11 and Wi-Fi channel 1 overlap almost exactly.`);
const p3 = paras(`
Router is on channel 6 and in the living room, so not very close. Zigbee is on channel 20 according to the diagnostics page.

One thing I didn’t mention: the stick is now plugged into the USB 3 port right next to an external SSD that I use for backups. Could
that matter?`);
const quote = `<aside class="quote no-group" data-username="mira_kestrel" data-post="3" data-topic="4821"><div class="title">
<div class="quote-controls"><button class="quote-toggle btn-flat" aria-label="expand/collapse" title="expand/collapse"><svg></svg></button><a
href="${slug}/3" title="go to the quoted post" class="back"><svg></svg></a></div><img alt="" width="24" height="24"
src="/user_avatar/community.hearthlink.example/mira_kestrel/48/912_2.png" class="avatar"> mira_kestrel:</div><blockquote>
<p>the stick is now plugged into the USB 3 port right next to an external SSD</p></blockquote></aside>`;
const p4 = paras(`
That is very likely your problem. USB 3 ports and drives give off noise in the 2.4 GHz band, and a Zigbee stick plugged in right next
to one can lose most of its range. It would explain why the far sensors drop and the near ones don’t.

Put the stick on a short USB 2 extension cable (half a metre is plenty) and keep it away from the SSD and the back of the hub. Then
pair the three sensors again once, close to where they live, so they pick a good parent. A mains-powered plug on the ground floor
will act as a router for them.`);
const p5 = paras(`
Four weeks on and not a single drop. I used a 50 cm extension and moved the SSD to the other side of the desk. I also added a plug in
the downstairs hallway, which now shows up as the parent for two of the sensors.

Thanks both, marking this as solved.`);
const posts: Post[] = [
  {
    n: 1,
    user: 'mira_kestrel',
    full: 'Mira Kestrel',
    date: 'Jan 14',
    stamp: 'Jan 14, 2025 9:02 pm',
    likes: 3,
    paras: [...p1a, ...p1l, ...p1b],
    html: `${ps(p1a)}\n<ul>\n${lis(p1l)}\n</ul>\n${ps(p1b)}`,
  },
  { n: 2, user: 'dennis_oyelaran', full: 'Dennis Oyelaran', date: 'Jan 14', stamp: 'Jan 14, 2025 10:37 pm', likes: 5, paras: p2, html: ps(p2) },
  {
    n: 3,
    user: 'mira_kestrel',
    full: 'Mira Kestrel',
    date: 'Jan 15',
    stamp: 'Jan 15, 2025 7:48 am',
    likes: 1,
    paras: p3,
    html: ps(p3),
    reply: 'dennis_oyelaran',
  },
  { n: 4, user: 'tobias.lind', full: 'Tobias Lind', date: 'Jan 15', stamp: 'Jan 15, 2025 8:20 am', likes: 12, paras: p4, html: `${quote}\n${ps(p4)}` },
  { n: 5, user: 'mira_kestrel', full: 'Mira Kestrel', date: 'Feb 13', stamp: 'Feb 13, 2025 6:55 pm', likes: 3, paras: p5, html: ps(p5) },
];
const banner =
  'Before posting in Troubleshooting, please include your hub model, firmware version and a diagnostics export. It saves everyone a round of questions.';
const community = ['Topics', 'Users', 'Badges', 'Groups', 'About', 'FAQ', 'More'];
const cats = ['Announcements', 'Troubleshooting', 'Automations', 'Hardware', 'All categories'];
const tags = ['zigbee', 'z-wave', 'energy', 'All tags'];
const mapStats: [string, string][] = [
  ['24', 'likes'],
  ['2', 'links'],
  ['1.4k', 'views'],
  ['3', 'users'],
];
const related = [
  ['Motion sensor stuck on “detected” after battery change', 'Hardware', 'zigbee', '9', '612', 'Dec ’24'],
  ['Best place for the hub in a two-storey house?', 'Troubleshooting', 'zigbee', '17', '1.9k', 'Nov ’24'],
  ['Smart plugs as Zigbee routers: which ones actually repeat?', 'Hardware', 'zigbee', '31', '3.2k', 'Feb 2'],
];
const closed = 'This topic was automatically closed 30 days after the last reply. New replies are no longer allowed.';
const cta = [
  'Hi there! Looks like you’re enjoying the discussion, but you haven’t signed up for an account yet.',
  'When you create an account, we remember exactly what you’ve read, so you always come right back where you left off.',
  'Sign Up',
  'Remind me tomorrow',
  'no thanks',
];
const foot = ['Privacy', 'Terms', 'Status', 'Hearthlink Labs'];
const solved = `<button class="widget-button btn-flat accepted fade-out btn-icon-text" title="this reply has been marked as the solution">
<svg></svg><span class="d-button-label accepted-text">Solution</span></button>`;
const post = (p: Post): string => `<div class="topic-post clearfix${p.user === 'mira_kestrel' ? ' topic-owner' : ''} regular" data-post-number="${p.n}">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="188${p.n}0" data-topic-id="4821" data-user-id="${p.n}7"
class="boxed onscreen-post${p.n === 4 ? ' accepted-answer' : ''}"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a
class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48"
src="/user_avatar/community.hearthlink.example/${p.user}/96/${p.n}_2.png" class="avatar"></a><div class="poster-avatar-extra"></div></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span
class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>
<span class="second full-name"><a href="/u/${p.user}" data-user-card="${p.user}">${p.full}</a></span></div><div class="post-infos">${
  p.reply
    ? `<a class="reply-to-tab" href="${slug}/2" aria-label="in reply to post #2 by @${p.reply}"><svg></svg><img alt="" width="24" height="24"
class="avatar" src="/user_avatar/community.hearthlink.example/${p.reply}/48/2_2.png"><span>${p.reply}</span></a>`
    : ''
}<div class="post-info post-date"><a class="post-date" href="${slug}/${p.n}" data-share-url="${slug}/${p.n}?u=" data-post-number="${p.n}"><span
title="${p.stamp}" data-time="17368885${p.n}0000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">
${p.html}
</div><section class="post-menu-area clearfix"><nav class="post-controls expanded-menu"><div class="actions">${
  p.n === 4 ? solved : ''
}<div class="double-button"><button class="button-count btn-flat regular-likes" aria-pressed="false" title="${p.likes} people liked this post. Click to view"
><span>${p.likes}</span></button><button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"><svg></svg></button></div>
<button class="btn no-text btn-icon btn-flat post-action-menu__copy-link" title="Copy a link to this post to clipboard"><svg></svg></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"><svg></svg><span
class="d-button-label">Reply</span></button></div></nav></section>${
  p.n === 1
    ? `<aside class="quote accepted-answer" data-post="4" data-topic="4821" data-expanded="false"><div class="title title-only">Solved by <a
href="/u/tobias.lind">tobias.lind</a> in <a href="${slug}/4">post #4</a></div></aside>
<section class="topic-map --op"><div class="topic-map__contents"><div class="topic-map__stats">${mapStats
        .map(
          ([n, l]) =>
            `<button class="topic-map__${l}-trigger btn-flat"><span class="number">${n}</span>\n<span class="topic-map__stat-label">${l}</span></button>`,
        )
        .join('\n')}</div></div><div class="topic-map__additional-contents"><div class="summarization-button"><button
class="btn btn-primary topic-strategy-summarization">Summarize</button></div></div></section>`
    : ''
}</div></div></div></article></div>`;
const html = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal no-touch discourse-no-touch"><head><meta charset="utf-8">
<title>${title} - Troubleshooting - Hearthlink Community</title><meta name="description" content="Since I moved my Hearthlink Hub Mini...">
<meta name="generator" content="Discourse 3.4.1 - https://github.com/discourse/discourse version 8d1f2ab7c0e5">
<link rel="canonical" href="https://community.hearthlink.example${slug}"><meta property="og:site_name" content="Hearthlink Community">
<meta property="og:type" content="website"><meta name="twitter:card" content="summary"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2025-01-14T21:02:11+00:00"><meta property="article:section" content="Troubleshooting">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage","name":"${title}","mainEntity":{"@type":"Question",
"name":"${title}","text":"Since I moved my Hearthlink Hub Mini from the hallway cupboard to the desk in the study…","upvoteCount":3,"answerCount":1,
"datePublished":"2025-01-14T21:02:11.000Z","author":{"@type":"Person","name":"mira_kestrel","url":"https://community.hearthlink.example/u/mira_kestrel"},
"acceptedAnswer":{"@type":"Answer","text":"That is very likely your problem…","upvoteCount":12,"datePublished":"2025-01-15T08:20:44.000Z",
"url":"https://community.hearthlink.example${slug}/4","author":{"@type":"Person","name":"tobias.lind"}}}}</script>
<link href="/stylesheets/desktop_4f1c8e2b.css" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/discourse-9e1b2c3d.js"></script></head>
<body class="category-troubleshooting tag-zigbee tag-sensors has-sidebar-page"><section id="main" class="ember-application">
<div id="ember3" class="ember-view"><div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents">
<div class="header-sidebar-toggle"><button class="btn no-text btn-icon btn-flat" aria-expanded="true" title="Hide sidebar"><svg></svg></button></div>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true"><img src="/uploads/default/original/1X/logo.png"
alt="Hearthlink Community" id="site-logo" class="logo-big"></a></div></div><div class="panel" role="navigation"><span class="header-buttons">
<button class="btn btn-primary btn-small sign-up-button btn-text" type="button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><svg></svg><span class="d-button-label">Log In</span></button>
</span><ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a href="/search" class="btn no-text btn-icon icon btn-flat"
title="Search" aria-label="Search"><svg></svg></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections sidebar-sections-anonymous">${[
  ['community', 'Community', links(community, 'sidebar-section-link-wrapper')],
  ['categories', 'Categories', links(cats, 'sidebar-section-link-wrapper')],
  ['tags', 'Tags', links(tags, 'sidebar-section-link-wrapper')],
]
  .map(
    ([id, h, l]) => `<div class="sidebar-section-wrapper sidebar-section" data-section-name="${id}"><div class="sidebar-section-header-wrapper sidebar-row">
<button class="sidebar-section-header sidebar-section-header-collapsable btn-flat" aria-controls="sidebar-section-content-${id}" aria-expanded="true"
title="Toggle section"><span class="sidebar-section-header-caret"><svg></svg></span><span class="sidebar-section-header-text">${h}</span></button></div>
<ul id="sidebar-section-content-${id}" class="sidebar-section-content">${l}</ul></div>`,
  )
  .join('\n')}</div><div class="sidebar-footer-wrapper"><div class="sidebar-footer-container"><div class="sidebar-footer-actions"><a
class="sidebar-footer-link" href="https://www.discourse.org/powered-by">Powered by Discourse</a></div></div></div></section></div>
<div id="main-outlet" class="wrap"><div id="banner" class="no-text"><div class="floated-buttons"><button class="btn no-text btn-icon close
btn-flat" title="dismiss this banner" type="button"><svg></svg></button></div><div id="banner-content"><div class="cooked"><p>${banner}</p></div></div></div>
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="4821"><a href="${slug}" class="fancy-title">${title}</a></h1>
<div class="topic-category"><div class="topic-header-extra"><span class="badge-category__wrapper "><span data-category-id="5"
style="--category-badge-color: #0E76BD;" class="badge-category" title="Help with devices that are misbehaving"><span
class="badge-category__name">Troubleshooting</span></span></span><div class="list-tags"><a href="/tag/zigbee" data-tag-name="zigbee"
class="discourse-tag simple">zigbee</a><span class="discourse-tags__tag-separator">,</span><a href="/tag/sensors" data-tag-name="sensors"
class="discourse-tag simple">sensors</a></div></div></div></div></div></div>
<div class="container posts"><div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline">
<div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a class="start-date" title="Jump to the first post"><span>Jan 2025</span></a>
</div><div class="timeline-scrollarea"><div class="timeline-scroller"><div class="timeline-handle"></div><div class="timeline-scroller-content">
<div class="timeline-replies">1 / 6</div><div class="timeline-ago">Jan 14</div></div></div></div><div class="timeline-date-wrapper"><a
class="now-date" title="Jump to the last post"><span>Mar 15</span></a></div></div></div></div></div>
<div class="row"><section class="topic-area" id="topic" data-topic-id="4821"><div class="posts-wrapper"><div class="post-stream">
${posts.map(post).join('\n')}
<div class="time-gap small-action"><div class="topic-avatar"></div><div class="small-action-desc timegap">1 month later</div></div>
<div class="small-action onscreen-post" data-post-number="6" id="post_6"><div class="topic-avatar"><svg class="fa d-icon d-icon-lock"></svg></div>
<div class="small-action-desc"><div class="small-action-contents"><a class="trigger-user-card" data-user-card="system"><img alt="" width="25"
height="25" src="/images/discourse-logo-sketch-small.png" class="avatar"></a><p>Closed on <span class="relative-date" data-time="1742073251000">Mar 15</span>
</p></div><div class="small-action-custom-message"><p>${closed}</p></div></div></div>
</div></div><div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-default share-and-invite"
type="button"><svg></svg><span class="d-button-label">Share</span></button><button class="btn btn-icon-text btn-primary create" type="button"
title="begin composing a reply to this topic"><svg></svg><span class="d-button-label">Reply</span></button></div></div>
<div class="signup-cta alert alert-info"><p>${cta[0]}</p><p>${cta[1]}</p><div class="buttons"><button class="btn btn-primary">${cta[2]}</button>
<button class="btn">${cta[3]}</button><button class="btn-flat">${cta[4]}</button></div></div>
<div class="more-topics__container"><div class="row more-topics__lists single-list"><div role="complementary" aria-labelledby="related-topics-title"
id="related-topics" class="more-topics__list"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topics">
<table class="topic-list"><thead class="topic-list-header"><tr><th class="default">Topic</th><th class="posters"></th><th class="num posts">Replies</th>
<th class="num views">Views</th><th class="num activity">Activity</th></tr></thead><tbody class="topic-list-body">${related
  .map(
    ([t, c, g, r, v, a]) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/${r}" class="title raw-link
raw-topic-link">${t}</a></span><div class="link-bottom-line"><a class="badge-category__wrapper" href="/c/${c}"><span class="badge-category__name">${c}</span>
</a><div class="discourse-tags"><a class="discourse-tag simple">${g}</a></div></div></td><td class="num posts-map"><span class="number">${r}</span></td>
<td class="num views"><span class="number">${v}</span></td><td class="num age activity"><span class="relative-date">${a}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a
href="/c/troubleshooting/5">Troubleshooting</a> or <a href="/latest">view latest topics</a>.</h3></div></section></div></div></div></div>
<footer class="custom-footer"><ul>${links(foot)}</ul><p>© 2025 Hearthlink Labs Ltd.</p></footer></div></section>
<script src="/theme-javascripts/4a8e1f.js?__ws=community.hearthlink.example" data-theme-id="3" nonce="d2c1"></script></body></html>`;
export const discourseTopic: TestPage = {
  html,
  name: 'heldout128-discourse-solved-topic',
  kind: 'forum',
  // every post is body, the quoted line in post 4 is in neither list; user names, full names, the "in reply to" name and
  // post dates are bylines; the banner, "Solved by ... in post #4", the Solution button, like counts, the topic map, the
  // timeline, the closing notice, sign-up prompt, related topics table and sidebar are furniture
  title,
  headings: [],
  body: posts.flatMap((p) => texts(p.paras)),
  bylines: ['mira_kestrel', 'Mira Kestrel', 'dennis_oyelaran', 'Dennis Oyelaran', 'tobias.lind', 'Tobias Lind', 'Jan 14', 'Jan 15', 'Feb 13'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Sign Up', 'Log In', 'Community', ...community, 'Categories', ...cats, 'Tags', ...tags, 'Powered by Discourse', banner, 'Troubleshooting', 'sensors',
    'Jan 2025', '1 / 6', 'Mar 15', 'Solution', ...posts.map((p) => String(p.likes)), 'Reply', 'Solved by tobias.lind in post #4', ...mapStats.flat(),
    'Summarize', '1 month later', 'Closed on Mar 15', closed, 'Share', ...cta, 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...related.flat(), 'Want to read more? Browse other topics in Troubleshooting or view latest topics.', ...foot, '© 2025 Hearthlink Labs Ltd.',
  ])],
};
