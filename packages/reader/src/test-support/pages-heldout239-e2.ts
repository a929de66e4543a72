import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout239-kit.js';

/**
 * Held-out batch 239, file e2: an infosec community forum thread on Discourse, saved from the browser with its Ember
 * markup (d-header with logo and Sign Up / Log In, the topic title with category badge and tags, posts as articles with
 * the username, post date, "cooked" body, a quote of an earlier post, like counts and post controls, the topic map with
 * created / last reply / replies / views / users, the timeline, the "Suggested Topics" table and the powered-by line).
 */
const dTitle = 'EDR flags our backup agent reading LSASS memory every night \u2013 false positive?';
const dPosts: { user: string; date: string; likes: string; body: string[] }[] = [
  {
    user: 'kvarga_sec',
    date: 'Mar 8',
    likes: '4',
    body: [
      j(
        'Since last Tuesday our EDR has raised a high-severity "credential dumping" alert on every file server at 01:30. The process is',
        'the signed agent of our backup product, and it opens a handle to lsass.exe with read access for about two seconds.',
      ),
      'Nothing changed on our side except a minor update of the backup agent. Has anyone else seen this? I do not want to just exclude the binary.',
    ],
  },
  {
    user: 'daria.m',
    date: 'Mar 8',
    likes: '9',
    body: [
      j(
        'We saw the same thing after the 8.4 update. The vendor added a feature that backs up the local security policy, and it',
        'enumerates loaded modules in every process, LSASS included. Reading module lists needs a handle with VM_READ, which is',
        'exactly what credential dumping rules look for.',
      ),
      'Their support confirmed it and said 8.4.2 will stop touching protected processes. Until then we did this:',
      '<ul>\n<li>Excluded the agent only for the LSASS access rule, not globally.</li>\n' +
        '<li>Scoped the exclusion to the signed binary hash and its path.</li>\n</ul>',
    ],
  },
  {
    user: 'olu_threathunt',
    date: 'Mar 9',
    likes: '6',
    body: [
      j(
        'Good answer, but I would add one check before excluding anything: confirm the handle is not followed by a large read. A',
        'module listing reads a few kilobytes; a real dump reads hundreds of megabytes. Most EDRs can show you the bytes read for',
        'the access event.',
      ),
      'Also, turn on LSA protection (RunAsPPL) if you have not. Then the agent cannot open the handle at all and the alert goes away for good.',
    ],
  },
  {
    user: 'p.ferreira',
    date: 'Mar 9',
    likes: '3',
    body: [
      j(
        'Same here with a different backup vendor last year. One more tip: put the exclusion in your change log with an expiry date.',
        'We forgot ours for eight months, and by then nobody remembered why the agent was allowed to touch LSASS at all.',
      ),
    ],
  },
  {
    user: 'kvarga_sec',
    date: 'Mar 10',
    likes: '2',
    body: [
      j(
        'Thanks both. The reads were under 10 KB on every server, so I am comfortable it is the module listing. We scoped the',
        'exclusion as described and scheduled RunAsPPL for the next patch window. Marking the second reply as the solution.',
      ),
    ],
  },
];
const dQuote = 'Reading module lists needs a handle with VM_READ, which is exactly what credential dumping rules look for.';
const dTags = ['edr', 'windows', 'false-positive'];
const dSuggested = [
  'Sysmon config for detecting token theft on DCs',
  'How do you tune impossible-travel alerts?',
  'Honeytokens in AD: worth it for a small team?',
];
const post = (p: { user: string; date: string; likes: string; body: string[] }, n: number): string => `<div class="topic-post clearfix regular">
<article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${88120 + n}" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><a class="trigger-user-card main-avatar" data-user-card="${p.user}"><img alt="" width="48" height="48"
src="/user_avatar/commons.example/${p.user}/96/1.png" class="avatar"></a></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/edr-lsass-backup/4412/${n}"><span
title="${p.date}, 2026 9:12 am" data-time="1772960000000" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">
${
  n === 3
    ? `<aside class="quote no-group" data-username="daria.m" data-post="2" data-topic="4412"><div class="title"><img alt="" width="24" height="24"
src="/user_avatar/commons.example/daria.m/48/1.png" class="avatar"> daria.m:</div><blockquote><p>${dQuote}</p></blockquote></aside>\n`
    : ''
}${p.body.map((b) => (b.startsWith('<ul>') ? b : ps([b]))).join('\n')}
</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="btn-flat button-count like-count" title="Number of people who liked this post">${p.likes}</button>
<button class="btn-flat toggle-like like" title="like this post"></button></div>
<button class="btn-flat share" title="copy a link to this post to clipboard"></button>
<button class="btn-flat reply create" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav>
</section></div></div></div></article></div>`;
const bodyOf = (b: string): string[] => (b.startsWith('<ul>') ? [...b.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1] ?? '') : [b]);
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Detection Engineering - Blue Team Commons</title>
<meta name="description" content="Since last Tuesday our EDR has raised a high-severity credential dumping alert on every file server.">
<meta name="generator" content="Discourse 3.4.1 - https://github.com/discourse/discourse version 3.4.1">
<link rel="canonical" href="https://commons.blueteam.example/t/edr-lsass-backup/4412">
<meta property="og:site_name" content="Blue Team Commons"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"kvarga_sec"},"datePublished":"2026-03-08T09:12:00Z","commentCount":4}</script>
<link href="/stylesheets/desktop_1f2e.css?__ws=commons.blueteam.example" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/discourse-4bd1.js"></script></head>
<body class="crawler-or-ember ember-application archetype-regular category-detection-engineering docked">
<div id="main" class="ember-view"><section id="main"><div class="ember-view"><header class="d-header"><div class="wrap"><div class="contents">
<div class="home-logo-wrapper-outlet"><a href="/" data-auto-route="true" class="title"><img id="site-logo" class="logo-big"
src="/uploads/default/original/1X/logo.png" alt="Blue Team Commons"></a></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">Sign Up</button>
<button class="btn btn-primary btn-small login-button">Log In</button></span></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div id="main-outlet"><div id="topic-title"><div class="title-wrapper">
<h1 data-topic-id="4412"><a href="/t/edr-lsass-backup/4412" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/detection-engineering/7"><span class="badge-category">
<span class="badge-category__name">Detection Engineering</span></span></a>
<div class="list-tags">${dTags.map((t) => `<a href="/tag/${t}" class="discourse-tag box">${t}</a>`).join('\n')}</div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic"><div class="posts-wrapper"><div class="post-stream">
${dPosts[0] ? post(dPosts[0], 1) : ''}
<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats">
<div class="created-at"><h4 role="presentation">created</h4>
<span class="relative-date">Mar 8</span></div>
<div class="last-reply"><h4 role="presentation">last reply</h4>
<span class="relative-date">Mar 10</span></div>
<div class="replies"><span class="number">4</span><h4 role="presentation">replies</h4></div>
<div class="views"><span class="number">612</span><h4 role="presentation">views</h4></div>
<div class="users"><span class="number">4</span><h4 role="presentation">users</h4></div></div></section></div>
${dPosts
  .slice(1)
  .map((p, i) => post(p, i + 2))
  .join('\n')}
</div></div></section>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea"><div class="timeline-date-wrapper">Mar 2026</div>
<div class="timeline-replies">1 / 5</div><div class="timeline-ago">Mar 10</div></div></div></div></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 id="suggested-topics-title" class="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th class="topic-list-data default">Topic</th>
<th class="topic-list-data posts">Replies</th>
<th class="topic-list-data views">Views</th></tr></thead><tbody>
${dSuggested
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${i}" class="title raw-link raw-topic-link">${t}</a></td>
<td class="num posts">${7 + i * 5}</td>
<td class="num views">${(i + 2) * 311}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/detection-engineering/7">Detection Engineering</a>
or <a href="/latest">view latest topics</a>.</h3></div></div></div></section></div>
<footer class="noscript-footer-nav"><a href="/">Home</a> <a href="/categories">Categories</a> <a href="/guidelines">Guidelines</a>
<a href="/tos">Terms of Service</a> <a href="/privacy">Privacy Policy</a></footer>
<div id="powered-by-discourse">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</div>
</body></html>`;
export const discourse: TestPage = {
  name: 'heldout239-discourse-infosec-forum-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.body.flatMap(bodyOf))),
  bylines: [...new Set(dPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Detection Engineering', ...dTags, 'daria.m:', 'Reply', 'created', 'last reply', 'replies', 'views', 'users', '612',
    'Mar 2026', '1 / 5', 'Suggested Topics', 'Topic', 'Replies', 'Views', ...dSuggested, 'Want to read more? Browse other topics in',
    'or view latest topics.', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};
