import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 413, file d2: a Discourse craft forum thread about an error in a shawl pattern (Ember app markup: header
 * with search and log in, topic title with category and tags, five posts with user names, dates, a quote of the first post,
 * like counts and post controls, the topic map, the timeline, suggested topics, and the cookie notice). The posts are the
 * body; a quote inside a reply is body too, its "name:" title a byline.
 */
const dTitle = 'Possible error in Windrift Shawl chart B, row 37?';
const dP1 = [
  `I'm on the second repeat of chart B of the Windrift Shawl and row 37 keeps coming out one stitch short. The chart shows 63
stitches for that row, but when I count the symbols I get 62, and the written instructions say "k2tog, yo" where the chart
has a plain knit.`,
  `I've frogged it twice now and I'm fairly sure it isn't me. Has anyone else run into this, or is there an errata I've missed?
I bought the pattern last month, version 1.1.`,
];
const dQuote = ['the written instructions say "k2tog, yo" where the chart has a plain knit.'];
const dP2 = [
  `Yes! Same thing happened to me. I followed the written line instead of the chart and my stitch count came out right, so I
think the chart is the one that is wrong.`,
  `The lace still lines up with row 39 if you do that. I did email the designer through her website last week but have not
heard back yet, so maybe she is away.`,
];
const dP3 = [
  `Hi everyone, I'm the designer. Thank you for catching this, and I'm sorry for the frogging. The written row is correct: the
chart is missing the "k2tog, yo" at stitches 31 and 32. I have fixed it and uploaded version 1.2, which you should be able to
download from your library now.`,
  'For anyone who would rather not reprint, here is the corrected row:',
  'Row 37 (RS): k3, *yo, ssk, k5, k2tog, yo, k1; rep from * twice more, k2tog, yo, k to end. (63 sts)',
  `Chart A and chart C were checked again by my tech editor this week and we found no other problems.`,
];
const dP4 = [
  `Thank you for the quick fix. Downloaded 1.2 and the count works now. Also, tip for anyone else: put a lifeline in after row 36,
it saved me the second time.`,
];
const dP5 = [`Marking this as solved. Love the shawl, by the way. Mine is going to be a wedding present.`];
const dBody = [...dP1, ...dQuote, ...dP2, ...dP3, ...dP4, ...dP5];
const dTags = ['windrift-shawl', 'chart-help', 'shawls'];
const dSugg = ['Blocking wires vs pins for a crescent shawl?', 'Tinking back lace rows without losing your mind', 'Stitch markers that do not snag mohair'];
const post = (n: number, user: string, date: string, inner: string, likes: string): string => `<article id="post_${n}" aria-label="post #${n} by @${user}"
role="region" data-post-id="${4100 + n}" data-user-id="${220 + n}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div
class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${user}" aria-hidden="true"><img alt="" width="48" height="48" src="/user_avatar/${user}/48.png"
class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${user}" data-user-card="${user}">${user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="widget-link post-date" href="/t/windrift-chart-b/812/${n}"><span title="${date}" data-time="1739000000000" class="relative-date">${date}</span></a>
</div>
</div></div><div class="regular contents"><div class="cooked">
${inner}
</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button
class="widget-button btn-flat button-count like-count" aria-label="${likes} people liked this post"><span>${likes}</span></button><button class="widget-button
btn-flat toggle-like like" title="like this post"></button></div><button class="widget-button btn-flat share" title="copy a link to this post"></button>
<button class="widget-button btn-flat reply create fade-out" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Possible error in Windrift Shawl chart B, row 37? - Patterns &amp; Errata - The Yarnover Commons</title>
<meta name="description" content="I'm on the second repeat of chart B of the Windrift Shawl and row 37 keeps coming out one stitch short.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0">
<link rel="canonical" href="https://commons.yarnover.example/t/windrift-chart-b/812"><meta property="og:site_name" content="The Yarnover Commons">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"fenmoor_knits"},"datePublished":"2026-02-08T19:02:11Z","commentCount":"4"}</script>
<link href="/stylesheets/desktop_theme_3_1b4d.css?__ws=commons.yarnover.example" media="all" rel="stylesheet" data-target="desktop_theme">
<meta id="data-discourse-setup" data-cdn="https://cdn.yarnover.example" data-base-url="https://commons.yarnover.example" data-environment="production"></head>
<body class="crawler docked archetype-regular category-patterns-errata tag-errata tag-lace"><section id="main" class="ember-application">
<div class="ember-view"><div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/"><img
id="site-logo" class="logo-big" src="/uploads/default/logo.png" alt="The Yarnover Commons"></a></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">Sign Up</button>
<button class="btn btn-primary btn-small login-button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown"><a href="/search" title="search topics, posts, users, or categories"
class="icon btn-flat"></a></li><li class="hamburger-dropdown"><a href="#" title="menu" class="icon btn-flat"></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><div class="sidebar-sections"><div class="sidebar-section-wrapper">
<ul class="sidebar-section-content">
${links(['Topics', 'My Posts', 'Review', 'Patterns & Errata', 'Techniques', 'Show and Tell'], 'sidebar-section-link-wrapper')}</ul>
</div></div></div><div id="main-outlet">
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="812"><a href="/t/windrift-chart-b/812" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><span class="badge-category__wrapper"><span class="badge-category__name">Patterns &amp; Errata</span></span>
<div class="list-tags">${dTags.map((t) => `<a href="/tag/${t}" class="discourse-tag simple">${t}</a>`).join(' ')}</div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="812"><div class="posts-wrapper"><div class="post-stream">
${post(1, 'fenmoor_knits', 'Feb 8', ps(dP1), '4')}
${post(
  2,
  'purl_harbour',
  'Feb 8',
  `<aside class="quote no-group" data-username="fenmoor_knits" data-post="1" data-topic="812"><div class="title"><div class="quote-controls"></div><img alt=""
width="24" height="24" src="/user_avatar/fenmoor_knits/24.png" class="avatar"> fenmoor_knits:</div><blockquote>
${ps(dQuote)}
</blockquote></aside>
${ps(dP2)}`,
  '2',
)}
${post(3, 'TessaWindrift', 'Feb 9', `${ps(dP3.slice(0, 2))}\n<pre><code>${dP3[2] ?? ''}</code></pre>\n${ps(dP3.slice(3))}`, '11')}
${post(4, 'fenmoor_knits', 'Feb 9', ps(dP4), '3')}
${post(5, 'quietcable', 'Feb 10', ps(dP5), '1')}
</div></div>
<div class="topic-map"><section class="map"><ul><li><h4 role="presentation">created</h4><span class="relative-date">Feb 8</span></li>
<li><h4 role="presentation">last reply</h4><span class="relative-date">Feb 10</span></li><li><span class="number">4</span><h4 role="presentation">replies</h4>
</li>
<li><span class="number">318</span><h4 role="presentation">views</h4></li><li><span class="number">4</span><h4 role="presentation">users</h4></li></ul>
</section></div>
<div class="topic-footer-buttons"><button class="btn btn-icon-text btn-default share-and-invite"><span class="d-button-label">Share</span></button>
<button class="btn btn-icon-text btn-default bookmark"><span class="d-button-label">Bookmark</span></button></div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><tbody>
${dSugg
  .map(
    (t, i) => `<tr class="topic-list-item">
<td class="main-link"><a href="#" class="title raw-link raw-topic-link">${t}</a></td><td class="posts">${i + 3}</td></tr>`,
  )
  .join('\n')}
</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in Patterns &amp; Errata or view latest topics.</h3></div></section>
<div class="topic-timeline"><div class="timeline-scrollarea"><div class="timeline-date-wrapper"><a class="start-date">Feb 8</a></div>
<div class="timeline-replies">1 / 5</div><div class="timeline-date-wrapper"><a class="now-date">Feb 10</a></div></div></div></div></div></div></div></div>
<div class="cookie-notice" role="dialog"><p>We use cookies to keep you logged in and remember your preferences.</p><button class="btn btn-primary">Got
it</button></div>
</section><script defer src="/assets/discourse.js"></script></body></html>`;
export const discourse: TestPage = {
  name: 'heldout413-discourse-forum',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dBody),
  bylines: ['fenmoor_knits', 'Feb 8', 'purl_harbour', 'fenmoor_knits:', 'TessaWindrift', 'Feb 9', 'quietcable', 'Feb 10'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Topics', 'My Posts', 'Review', 'Patterns & Errata', 'Techniques', 'Show and Tell', ...dTags, 'Reply', 'created', 'last reply',
    'replies', '318', 'views', 'users', 'Share', 'Bookmark', 'Suggested Topics', ...dSugg,
    'Want to read more? Browse other topics in Patterns & Errata or view latest topics.', '1 / 5',
    'We use cookies to keep you logged in and remember your preferences.', 'Got it',
  ],
};
