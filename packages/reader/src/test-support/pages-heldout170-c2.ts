import { links, ps, type TestPage, texts } from './page-kit.js';
import { type DPost, dPost, dSidebarSection, dSolved, dSuggested, dTopicMap } from './pages-heldout170-b3.js';

/**
 * Held-out batch 170, file c2: a TrueNAS Community topic (Discourse with the custom header links bar, "Sign Up" / "Log In",
 * the sidebar, the title with category and tags, the Solved plugin's "Solved by ... in post #N" box at the end of the first
 * post and the "Solution" label on the answer, a list inside a post, a code block, like counts, the topic map, "Related
 * topics" and the footer links).
 */
const slug = 'scrub-takes-three-days-on-a-six-disk-raidz2-is-that-normal/48811';
const title = 'Scrub takes three days on a six-disk RAIDZ2, is that normal?';
const p1 = [
  `My monthly scrub on a six by 12 TB RAIDZ2 pool has started taking almost three days. A year ago it finished in about twenty hours.
The pool is 71 percent full, mostly large video files, and nothing else about the system has changed apart from updates.`,
  `The box is used by four people and during the scrub everything feels sluggish. Is this just what happens as a pool fills up, or
is something wrong with one of the disks?`,
];
const p2 = [
  `Twenty hours to three days is a bigger jump than filling alone would explain. Scrub speed is limited by the slowest disk in the
vdev, so one drive that has started retrying reads can drag the whole pool down without ever logging an error.`,
  `A few things to check, in this order:`,
];
const l2 = [
  'Run a long SMART test on every disk and compare the reallocated and pending sector counts.',
  'Watch per-disk latency during the scrub with the reporting graphs; one disk much slower than the others is your suspect.',
  'Check the cabling and the HBA firmware if the slow disk moves around between runs.',
];
const p3 = [
  `Thanks, the per-disk graphs made it obvious. Disk five sits at around 180 ms average latency during the scrub while the others are
under 20. SMART shows 48 pending sectors on it and the number went up by six since last week.`,
  `There is a spare of the same model on the shelf, so I will replace it this weekend. The command I used to watch it was:`,
];
const p4 = [
  `Good catch. Replace it through the Storage page rather than the shell so the middleware knows about the change. Once the resilver
finishes, run one more scrub; it should be back near your old twenty hours.`,
];
const p5 = [
  `Replaced on Saturday, resilver took fourteen hours, and Monday's scrub finished in nineteen and a half. Marking Mira's answer as the
solution. Lesson learned: look at latency, not just at errors.`,
];
const posts: DPost[] = [
  {
    n: 1,
    user: 'halvard_o',
    date: 'Sep 29',
    long: 'Sep 29, 2025 7:54 pm',
    likes: '1',
    cooked: `${ps(p1)}\n${dSolved(
      'mira.ostrowska',
      2,
      'Twenty hours to three days is a bigger jump than filling alone would explain. Scrub speed is limited',
    )}`,
  },
  {
    n: 2,
    user: 'mira.ostrowska',
    full: 'Mira Ostrowska',
    utitle: 'Community Moderator',
    date: 'Sep 29',
    long: 'Sep 29, 2025 9:31 pm',
    likes: '7',
    solution: true,
    cooked: `${ps(p2)}\n<ul>${l2.map((t) => `<li>${t}</li>`).join('\n')}</ul>`,
  },
  {
    n: 3,
    user: 'halvard_o',
    date: 'Sep 30',
    long: 'Sep 30, 2025 6:02 pm',
    likes: '2',
    cooked: `${ps(p3)}\n<pre><code class="lang-plaintext hljs">iostat -xd 5 | grep -E 'sd[a-f]'</code></pre>`,
  },
  { n: 4, user: 'tobiasw', utitle: 'Contributor', date: 'Sep 30', long: 'Sep 30, 2025 8:15 pm', likes: '3', cooked: ps(p4) },
  { n: 5, user: 'halvard_o', date: 'Oct 7', long: 'Oct 7, 2025 10:40 am', likes: '4', edited: true, cooked: ps(p5) },
];
const headerLinks = ['Documentation', 'Software Status', 'Release Notes', 'Security'];
const community = ['Topics', 'Users', 'Badges', 'About', 'FAQ', 'Guidelines', 'More'];
const cats = ['Announcements', 'TrueNAS General', 'Hardware', 'Apps and Virtualization', 'All categories'];
const stats = [
  ['412', 'views'],
  ['17', 'likes'],
  ['3', 'users'],
  ['2', 'links'],
] as const;
const related = [
  ['Scrub speed dropped after upgrading to 25.04', 'TrueNAS General', '11', 'Aug 12'],
  ['How do I read per-disk latency in Reporting?', 'Hardware', '5', 'Sep 3'],
  ['Pending sectors: replace now or wait?', 'Hardware', '23', 'Jul 19'],
] as const;
const foot = ['Terms of Service', 'Privacy Policy', 'Community Guidelines', 'TrueNAS.com'];
const html = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${title} - TrueNAS General - TrueNAS
Community Forums</title>
<meta name="description" content="My monthly scrub on a six by 12 TB RAIDZ2 pool has started taking almost three days."><meta name="generator"
content="Discourse 3.5.0">
<link rel="canonical" href="https://forums.truenas.com/t/${slug}"><meta property="og:site_name" content="TrueNAS Community Forums"><meta property="og:title"
content="${title}">
<link href="/stylesheets/desktop_theme_4_91ab.css" media="all" rel="stylesheet"><script defer src="/assets/start-discourse-9c2f.js"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage","name":"${title}","mainEntity":{"@type":"Question","name":"${title}",
"author":{"@type":"Person","name":"halvard_o"},"answerCount":4,"acceptedAnswer":{"@type":"Answer","upvoteCount":7,"author":{"@type":"Person",
"name":"mira.ostrowska"}}}}</script>
</head><body class="crawler-disabled docked has-sidebar-page category-truenas-general"><section id="main" class="ember-application"><div class="ember-view">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><div class="d-header-wrap"><header class="d-header"><div
class="wrap"><div class="contents">
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo" class="logo-big" src="/uploads/default/original/2X/truenas-logo.svg"
alt="TrueNAS Community Forums"></a></div></div><ul class="custom-header-links">${links(headerLinks, 'headerLink')}</ul><div class="panel"
role="navigation"><span
class="header-buttons"><button class="btn btn-primary btn-small sign-up-button"><span class="d-button-label">Sign Up</span></button><button
class="btn btn-primary btn-small
login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span></div></div></div></header></div><div id="main-outlet-wrapper"
class="wrap" role="main">
<div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div class="sidebar-sections">${dSidebarSection('Community', community)}
${dSidebarSection('Categories', cats)}</div></section></div><div id="main-outlet"><div class="ember-view"><div id="topic-title"><div class="container"><div
class="title-wrapper"><h1 data-topic-id="48811"><span class="topic-statuses"><span title="This topic has a solution" class="topic-status"><svg class="fa d-icon
d-icon-far-square-check"></svg></span></span><a href="/t/${slug}" class="fancy-title">${title}</a></h1><div class="topic-category"><div class="badge-wrapper
bullet">
<a class="badge-category__wrapper" href="/c/truenas-general/7"><span class="badge-category"><span class="badge-category__name">TrueNAS
General</span></span></a></div>
<div class="list-tags"><a href="/tag/zfs" class="discourse-tag box">zfs</a><a href="/tag/scrub" class="discourse-tag box">scrub</a><a href="/tag/scale"
class="discourse-tag box">scale</a></div></div></div></div></div><div class="container posts"><div class="row"><section class="topic-area" id="topic"
data-topic-id="48811">
<div class="posts-wrapper"><div class="post-stream">${posts
  .map((p) => dPost(slug, p))
  .join('\n')
  .replace(
    '<section class="post-actions"></section>',
    `<section class="post-actions"></section>${dTopicMap(stats)}`,
  )}</div></div></section></div><div id="topic-footer-buttons"><div class="topic-footer-main-buttons">
<button class="btn btn-primary create topic-footer-button btn-icon-text" title="begin composing a reply to this topic"><span
class="d-button-label">Reply</span></button>
</div></div>${dSuggested('Related topics', related)}</div></div></div><footer class="below-footer-outlet custom-footer"><div class="tn-footer"><ul
class="tn-footer-links">
${links(foot)}</ul><p class="tn-footer-copy">© 2025 iXsystems, Inc. All rights reserved.</p></div></footer></div></div></section>
<script defer src="/theme-javascripts/truenas-header.js"></script></body></html>`;
export const truenas: TestPage = {
  html,
  name: 'heldout170-truenas-community-discourse-forum',
  kind: 'forum',
  title,
  headings: [],
  // the Solved box's "Solved by ... in post #2" is furniture and its excerpt (a quote of the answer) in neither list; code is in neither
  body: texts([...p1, ...p2, ...l2, ...p3, ...p4, ...p5]),
  bylines: ['halvard_o', 'mira.ostrowska', 'Mira Ostrowska', 'tobiasw', 'Sep 29', 'Sep 30', 'Oct 7'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...headerLinks, 'Sign Up', 'Log In', 'Community', ...community, 'Categories', ...cats, 'zfs', 'scrub', 'scale',
    'Solved by mira.ostrowska in post #2', 'Community Moderator', 'Contributor', 'Solution', '1', '7', '2', '3', '4', 'Reply', ...stats.flat(),
    'Related topics', 'Topic', 'Replies', 'Activity', ...related.flatMap((r) => [r[0], r[2], r[3]]), ...foot, '© 2025 iXsystems, Inc. All rights reserved.',
  ],
};
