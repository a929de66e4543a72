import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout445-kit.js';

/**
 * Held-out batch 445, file e2: an expat moving thread on a Discourse forum, as saved from the rendered Ember app (the d-header,
 * the topic title with category badge and tags, posts with user names, relative dates, reply-to tabs, a quote aside, like
 * counts and post menus, the topic map with its stats, the timeline, the footer buttons, suggested topics and the
 * "Powered by Discourse" footer). The posts are the body.
 */
const dTitle = 'Ship a container or sell everything? Moving from Varnholt to New Corran';
const p1 = [
  j(
    'We are a family of four moving from Varnholt to New Corran in August for my wife’s job. The relocation allowance is a flat',
    '9,000 and we are trying to decide whether to ship a 20-foot container or sell nearly everything and start again.',
  ),
  j(
    'Quotes for a shared container are around 6,800 door to door with eight to ten weeks in transit. Our furniture is mostly',
    'flat-pack and about ten years old. Has anyone done the maths on this, and what would you do differently?',
  ),
];
const p2 = [
  j(
    'We did exactly this move two years ago. We shipped, and I would not do it again with furniture like yours. The container',
    'took eleven weeks, customs held it for another nine days, and two wardrobes arrived in pieces that were not the pieces',
    'they left in.',
  ),
  'What I would ship: the things you cannot buy again, and the expensive things that do not break. For us that meant:',
];
const p2List = ['books, photos and the kids’ favourite toys', 'a good mattress and bedding', 'bikes, tools and the sewing machine', 'artwork and rugs'];
const p3 = [
  j(
    'Counterpoint: check the voltage and plugs first. New Corran is on 110 volts, so most kitchen appliances are not worth',
    'shipping anyway. That tipped it for us towards air freight of about 15 boxes and buying the rest locally.',
  ),
  j(
    'Air freight for 15 boxes was 2,300 and it arrived in nine days, which meant the kids had their own things in the first week.',
    'That mattered more than I expected.',
  ),
];
const p4 = [
  j(
    'Thank you both, this is really helpful. We have just had a quote for air freight of 18 boxes at 2,650, and we will sell the',
    'rest. I will report back after the move.',
  ),
];
const dCats = ['Moving & Shipping', 'Arrivals'];
const dTags = ['sea-freight', 'containers', 'family-move'];
const dSuggested = [
  'Pet import rules for New Corran, 2026 update',
  'Opening a bank account before you have an address',
  'Best areas for families near Port Abel',
];
type Post = { n: number; user: string; name: string; date: string; likes: string; paras: string; reply?: string };
const post = (p: Post): string => `<div class="topic-post clearfix regular" data-post-number="${p.n}"><article id="post_${p.n}" aria-label="post #${p.n} by
@${p.user}" role="region" data-post-id="${3300 + p.n}" data-topic-id="88217" data-user-id="${410 + p.n}" class="boxed onscreen-post"><div class="row"><div
class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true"><img
alt="" width="48" height="48" src="/user_avatar/forum.expatcorran.example/${p.user}/96/1.png" class="avatar"></a></div></div><div class="topic-body clearfix">
<div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/${p.user}"
data-user-card="${p.user}">${p.user}</a></span><span class="second full-name"><a href="/u/${p.user}">${p.name}</a></span></div>${
  p.reply === undefined
    ? ''
    : `<a class="reply-to-tab" href="#" tabindex="0" aria-label="in reply to post by ${p.reply}"><img alt="" width="24" height="24" class="avatar"
src="/user_avatar/r.png"><span>${p.reply}</span></a>`
}<div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date" href="/t/ship-a-container-or-sell-everything/88217/${p.n}"><span
title="${p.date}" data-time="1770800000000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div><div class="regular contents"><div
class="cooked">${p.paras}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button
class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-icon-text" title="${p.likes} people liked this
post">${p.likes}</button>
<button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-label="like this post"></button></div><button class="widget-button btn-flat
share no-text btn-icon" title="copy a link to this post to clipboard"></button><button class="widget-button btn-flat reply create fade-out btn-icon-text"
title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const quote = `<aside class="quote no-group" data-username="tolan_m" data-post="1" data-topic="88217"><div class="title"><div class="quote-controls"></div><img
alt="" width="24" height="24" src="/user_avatar/tolan.png" class="avatar"> tolan_m:</div><blockquote><p>what would you do
differently?</p></blockquote></aside>`;
const dHtml = `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - Moving
&amp; Shipping - Expat Corran Forum</title><meta name="description" content="We are a family of four moving from Varnholt to New Corran in August.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 4d1c2e9b"><link rel="canonical"
href="https://forum.expatcorran.example/t/ship-a-container-or-sell-everything/88217"><meta property="og:site_name" content="Expat Corran Forum">
<meta property="og:type" content="website"><meta property="og:title" content="${dTitle}"><meta name="theme-color" media="all" content="#ffffff">
<link href="/stylesheets/desktop_7b8f0c.css" media="all" rel="stylesheet" data-target="desktop"><script type="application/ld+json">{"@context":
"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person","name":"tolan_m"},"datePublished":"2026-02-11T08:41:19Z",
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction","userInteractionCount":3}}</script>
<script defer src="/assets/discourse-a1b2c3.js" data-discourse-entrypoint="discourse"></script></head>
<body class="crawler navigation-topic category-moving-shipping category-moving-shipping-new-corran tag-sea-freight"><section id="main"
class="ember-application">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a
href="/"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png" alt="Expat Corran Forum"></a></div></div><div class="panel"
role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">Sign Up</button><button class="btn btn-primary
btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><div class="topic-title"><div
id="topic-title"><div class="title-wrapper"><h1 data-topic-id="88217"><a href="/t/ship-a-container-or-sell-everything/88217" class="fancy-title">${dTitle}
</a></h1><div class="topic-category"><div class="categories-wrapper">${dCats
  .map(
    (c) => `<a class="badge-category__wrapper" href="/c/${c}"><span
class="badge-category__name">${c.replace(/&/g, '&amp;')}</span></a>`,
  )
  .join('')}</div><div class="list-tags"><div class="discourse-tags">${dTags
  .map((t) => `<a href="/tag/${t}" class="discourse-tag box">${t}</a>`)
  .join('')}</div></div></div></div></div></div>
<div class="container posts"><div class="topic-navigation"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper"><a
class="start-date">Feb 11</a></div><div class="timeline-replies">1 / 4</div><div class="timeline-date-wrapper"><a class="now-date">Mar 2</a></div></div></div>
</div><div class="row"><section class="topic-area" id="topic"><div class="post-stream">
${post({ n: 1, user: 'tolan_m', name: 'Tolan Marsh', date: 'Feb 11', likes: '4', paras: ps(p1) })}
<section class="topic-map --op"><ul class="topic-map__stats"><li class="topic-map__stat"><span class="number">3</span><span
class="topic-map__stat-label">replies
</span></li><li class="topic-map__stat"><span class="number">1.2k</span><span class="topic-map__stat-label">views</span></li><li class="topic-map__stat"><span
class="number">3</span><span class="topic-map__stat-label">users</span></li></ul></section>
${post({ n: 2, user: 'gretchen.aa', name: 'Gretchen Aalto', date: 'Feb 11', likes: '11', paras: `${quote}${ps(p2)}<ul>${lis(p2List)}</ul>` })}
${post({ n: 3, user: 'sundberg', name: 'Pavel Sundberg', date: 'Feb 12', likes: '7', paras: ps(p3), reply: 'gretchen.aa' })}
${post({ n: 4, user: 'tolan_m', name: 'Tolan Marsh', date: 'Mar 2', likes: '2', paras: ps(p4) })}
</div></section></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-primary create">Reply</button></div><p class="reason"><span
class="text">You will see a count of new replies because you read this topic.</span></p></div>
<div id="suggested-topics" class="more-topics__list" role="complementary" aria-labelledby="suggested-topics-title"><h3 id="suggested-topics-title"
class="more-topics__list-title">Suggested Topics</h3><div class="topic-list-container"><table class="topic-list"><thead><tr><th class="default">Topic</th>
<th class="posts">Replies</th><th class="views">Views</th><th class="activity">Activity</th></tr></thead><tbody>${dSuggested
  .map(
    (t, i) => `<tr
class="topic-list-item"><td class="main-link"><a href="/t/${i}" class="title raw-link raw-topic-link">${t}</a></td><td class="posts">${[12, 5, 31][i]}</td><td
class="views">${['2.4k', '611', '5.0k'][i]}</td><td class="activity">${['Jan 30', 'Feb 18', 'Mar 1'][i]}</td></tr>`,
  )
  .join('')}</tbody></table></div></div>
</div></div><footer class="powered-by-discourse"><a href="https://discourse.example/powered-by" target="_blank" rel="noopener">Powered by Discourse</a>, best
viewed
with JavaScript enabled</footer></section><div class="footer-nav">${links(['Community guidelines', 'Terms of Service', 'Privacy'])}</div></body></html>`;
export const expatDiscourse: TestPage = {
  name: 'heldout445-discourse-expat-forum',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts([...p1, ...p2, ...p2List, ...p3, ...p4]),
  bylines: ['tolan_m', 'Tolan Marsh', 'gretchen.aa', 'Gretchen Aalto', 'sundberg', 'Pavel Sundberg', 'Feb 11', 'Feb 12', 'Mar 2'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...dCats, ...dTags, '1 / 4', 'replies', '1.2k', 'views', 'users', 'Reply', 'tolan_m:',
    'You will see a count of new replies because you read this topic.', 'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity', ...dSuggested, '2.4k',
    '611', '5.0k', 'Jan 30', 'Feb 18', 'Mar 1', 'Powered by Discourse, best viewed with JavaScript enabled', 'Community guidelines', 'Terms of Service',
'Privacy',
  ],
};
