import { links, type TestPage, texts } from './page-kit.js';
import { lis, pc } from './pages-heldout173-kit.js';

/**
 * Held-out batch 173, file b2: a Slack Engineering blog post (slack.engineering on WordPress: skip link, the header with
 * its nav and search, the post header with category links, title, the author cards with job titles and the date, the
 * post with a code block, an image with its caption and a list, the "We’re hiring!" block WordPress puts after every post,
 * the categories and tags lines, the "Related posts" rail, the "Most Recent" sidebar widget and the footer).
 */
const slTitle = 'Taming the notification fan-out for very large channels';
const slP1 = [
  'When someone posts in a channel with a hundred thousand members, every one of those members has to learn about it: their ' +
    'unread counts change, some of them get a push notification, and a few are looking at the channel right now and need the ' +
    'message on screen within a second. We call the work of telling all those people “fan-out”.',
  'For most channels fan-out is cheap. For the largest ones it was the single biggest source of latency spikes in our real-time ' +
    'stack. This post covers how we restructured it.',
];
const slH1 = 'One message, many jobs';
const slP2 = [
  'The original design queued one job per message. That job looked up the channel’s members, worked out each member’s ' +
    'notification preferences and wrote the results out in batches. A message in a very large channel produced a job that ran ' +
    'for tens of seconds and held a database connection the whole time.',
  'We split that single job into a tree. The root job only splits the member list into shards of five hundred. Each shard job ' +
    'handles its members independently, and can be retried on its own if it fails.',
];
const slCode = `fanout.enqueue(channel_id, message_ts, shard_size=500)
# each shard job: resolve prefs, update counts, send pushes`;
const slCaption = 'Message-to-screen latency at the 99th percentile for channels with more than 50,000 members.';
const slH2 = 'Who needs it first';
const slP3 = [
  'Not every member needs to hear about a message at the same time. We now order the work so that the people who will notice a ' + 'delay come first:',
];
const slList = [
  'Members with the channel open in a client right now.',
  'Members who are online and will see an unread badge change.',
  'Members who have asked for a push notification for this kind of message.',
  'Everyone else, whose unread counts can be brought up to date within a few minutes.',
];
const slP4 = [
  'Since the change, the 99th percentile time for a message to appear for people watching a large channel has fallen from 4.2 ' +
    'seconds to 700 milliseconds, and database connection use during big announcements is down by about two thirds.',
  'Thanks to everyone on the Real-time Infrastructure team who helped with the rollout, especially during the week we ran both ' + 'paths side by side.',
];
const slHire = [
  'Interested in taking on interesting projects, making people’s work lives easier, or just building some pretty cool systems? ' + 'We’re hiring!',
  'Apply now',
];
const slNav = ['Blog', 'Engineering', 'Infrastructure', 'Mobile', 'Security', 'Careers'];
const slAuthors = [
  ['Beatriz Salgado', 'Senior Staff Software Engineer'],
  ['Kwame Mensah-Boateng', 'Software Engineer'],
];
const slRelated = ['Keeping WebSocket reconnect storms in check', 'What we learned from load testing huddles', 'A better way to ship config'];
const slRecent = ['Scaling search indexing for Enterprise Grid', 'Our first year with Kotlin Multiplatform', 'Rethinking flaky test triage'];
const slFoot = ['Slack Engineering', 'About', 'Careers', 'RSS', 'X', 'LinkedIn', 'Privacy', 'Terms', 'Cookie Preferences'];
const html = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${slTitle} - Slack Engineering</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://slack.engineering/taming-the-notification-fan-out/"><meta property="og:locale" content="en_US">
<meta property="og:type" content="article"><meta property="og:title" content="${slTitle} - Slack Engineering"><meta property="og:site_name"
content="Slack Engineering">
<meta property="article:published_time" content="2025-03-04T16:00:00+00:00"><meta name="author" content="Beatriz Salgado">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${slTitle}",
"datePublished":"2025-03-04T16:00:00+00:00","author":{"name":"Beatriz Salgado"},
"articleSection":["Infrastructure"]},{"@type":"WebSite","name":"Slack Engineering"}]}</script>
<link rel="stylesheet" id="slack-engineering-style-css" href="https://slack.engineering/wp-content/themes/slack-engineering/dist/main.css?ver=2.4.1"
media="all">
</head><body class="post-template-default single single-post postid-17421 single-format-standard">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="c-header" role="banner"><div class="c-header__inner"><a class="c-header__logo" href="https://slack.engineering/" rel="home">
<img src="https://slack.engineering/wp-content/themes/slack-engineering/dist/img/logo.svg" alt="Slack Engineering"></a>
<nav class="c-nav" aria-label="Main"><ul id="menu-main" class="c-nav__list">${links(slNav, 'menu-item menu-item-type-taxonomy')}</ul></nav>
<form role="search" method="get" class="search-form" action="https://slack.engineering/"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search …" name="s"></label><input type="submit" class="search-submit" value="Search"></form>
</div></header>
<div id="content" class="site-content"><main id="primary" class="site-main"><article id="post-17421" class="post-17421 post type-post status-publish">
<header class="entry-header"><div class="entry-categories"><a href="https://slack.engineering/category/infrastructure/"
rel="category tag">Infrastructure</a></div>
<h1 class="entry-title">${slTitle}</h1><div class="c-authors">
${slAuthors
  .map(
    ([n, r]) => `<div class="c-author"><img alt="" src="https://slack.engineering/wp-content/uploads/avatar.png" class="avatar avatar-48 photo">
<div class="c-author__text"><a class="c-author__name" href="https://slack.engineering/author/x/" rel="author">${n}</a>
<span class="c-author__role">${r}</span></div></div>`,
  )
  .join('\n')}
</div><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-03-04T16:00:00+00:00">March 4, 2025</time></span></div>
</header><div class="entry-content">
${pc(slP1, 'wp-block-paragraph')}
<h2 class="wp-block-heading">${slH1}</h2>
${pc(slP2, 'wp-block-paragraph')}
<pre class="wp-block-code"><code>${slCode}</code></pre>
<figure class="wp-block-image size-large"><img decoding="async" src="https://slack.engineering/wp-content/uploads/2025/03/fanout-p99.png"
alt="Graph of p99 latency">
<figcaption class="wp-element-caption">${slCaption}</figcaption></figure>
<h2 class="wp-block-heading">${slH2}</h2>
${pc(slP3, 'wp-block-paragraph')}
<ol class="wp-block-list">${lis(slList)}</ol>
${pc(slP4, 'wp-block-paragraph')}
</div><div class="c-hiring"><p class="c-hiring__text">${slHire[0]}</p><a class="c-button" href="https://slack.com/careers">${slHire[1]}</a></div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="https://slack.engineering/category/infrastructure/"
rel="category tag">Infrastructure</a></span>
<span class="tags-links">Tagged <a href="/tag/real-time/" rel="tag">real-time</a>, <a href="/tag/queues/" rel="tag">queues</a>, <a href="/tag/scale/"
rel="tag">scale</a>
</span></footer></article>
<section class="c-related"><h2 class="c-related__title">Related posts</h2><ul class="c-related__list">${links(slRelated, 'c-related__item')}</ul></section>
</main><aside id="secondary" class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Most Recent</h2>
<ul>${links(slRecent)}</ul></section></aside></div>
<footer id="colophon" class="c-footer"><ul class="c-footer__links">${links(slFoot, 'c-footer__item')}</ul>
<p class="c-footer__copyright">© 2025 Slack Technologies, LLC, a Salesforce company. All rights reserved.</p></footer>
<script src="https://slack.engineering/wp-content/themes/slack-engineering/dist/main.js?ver=2.4.1" id="slack-engineering-main-js"></script></body></html>`;
export const slackPost: TestPage = {
  html,
  name: 'heldout173-slack-engineering-blog',
  kind: 'blog',
  // the author names and the date are bylines, their job titles furniture; the closing thanks paragraph is the author's and
  // is body; the hiring block, category and tag lines, figure caption and rails are furniture; the code block is in neither
  title: slTitle,
  headings: [slH1, slH2],
  body: texts([...slP1, ...slP2, ...slP3, ...slList, ...slP4]),
  bylines: ['Beatriz Salgado', 'Kwame Mensah-Boateng', 'March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...slNav, 'Search for:', 'Senior Staff Software Engineer', 'Software Engineer', slCaption, ...slHire,
    'Posted in Infrastructure', 'Tagged real-time, queues, scale', 'Related posts', ...slRelated, 'Most Recent', ...slRecent,
    ...slFoot.filter((t) => t !== 'Careers'),
    '© 2025 Slack Technologies, LLC, a Salesforce company. All rights reserved.',
  ],
};
