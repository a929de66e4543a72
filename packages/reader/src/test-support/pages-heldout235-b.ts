import { links, ps, texts, type TestPage } from './page-kit.js';

/** Held-out batch 235, file B: a company engineering blog postmortem and a Downdetector outage page with user reports. */

const PM_LEAD = [
  'On Tuesday, 18 February, Quillbox was unavailable for 47 minutes for most users in Europe. Notes failed to sync and the web app showed a blank screen.',
  'We are sorry. This post explains what happened, why our safeguards did not catch it, and what we are changing.',
];
const PM_SECTIONS: ReadonlyArray<[string, string[]]> = [
  [
    'Timeline',
    [
      '09:14 UTC: a schema migration adding an index to the notes table starts in the EU database cluster.',
      '09:16 UTC: write latency rises above two seconds and sync requests begin to time out.',
      '09:31 UTC: the on-call engineer declares an incident and pauses the deploy pipeline.',
      '10:01 UTC: the migration is cancelled and the replica is promoted; service recovers.',
    ],
  ],
  [
    'Root cause',
    [
      'The migration took a lock that our tooling assumed was non-blocking. On the EU cluster, which holds our largest tables, the lock queued every ' +
        'write behind it.',
      'Our staging data is a fraction of that size, so the migration finished there in under a second and nobody saw the lock.',
    ],
  ],
  [
    'What we are changing',
    [
      'Every migration now runs against a production-sized snapshot before it can be merged.',
      'Our migration tool will refuse statements that take blocking locks unless an engineer signs off explicitly.',
      'The web app now shows cached notes in read-only mode instead of a blank screen when sync is down.',
    ],
  ],
];
const PM_NAV = ['Engineering', 'Product', 'Design', 'Culture', 'Careers', 'Try Quillbox free'];
const PM_RELATED = ['How we shard notes across regions', 'Zero-downtime deploys at Quillbox', 'Our on-call handbook, published'];
const PM_TAGS = ['postmortem', 'databases', 'reliability'];
const PM_FOOT = ['About', 'Blog', 'Status', 'Security', 'Privacy', 'Terms', '© 2025 Quillbox Ltd.'];
const PM_FURN = [
  ...PM_NAV,
  'Share on X',
  'Share on LinkedIn',
  'Copy link',
  ...PM_TAGS,
  'Marta Oyelaran is a staff engineer on the Quillbox storage team and leads our incident review process.',
  'Related posts',
  ...PM_RELATED,
  'Get engineering posts in your inbox',
  'One email a month. No spam, unsubscribe any time.',
  'Your email',
  'Subscribe',
  'We use cookies to understand how our site is used.',
  'Accept all',
  'Only necessary',
  ...PM_FOOT,
];
const pmSections = PM_SECTIONS.map(([h, p]) =>
  h === 'Timeline'
    ? `<h2 id="timeline">${h}</h2>\n<ul>${p.map((x) => `<li>${x}</li>`).join('\n')}</ul>`
    : h === 'What we are changing'
      ? `<h2>${h}</h2>\n<ol>${p.map((x) => `<li>${x}</li>`).join('\n')}</ol>`
      : `<h2>${h}</h2>\n${ps(p)}`,
).join('\n');
const PM_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Postmortem: the 18 February EU outage | Quillbox Engineering</title>
<meta name="description" content="What happened during the 47-minute outage and what we are changing.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-02-21T10:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Postmortem: the 18 February EU outage",
"author":{"@type":"Person","name":"Marta Oyelaran"},"datePublished":"2025-02-21"}</script>
<script defer src="/_next/static/chunks/main-a1b2c3.js"></script></head>
<body><div id="__next">
<header class="site-header"><a class="logo" href="/">Quillbox</a><nav><ul>${links(PM_NAV)}</ul></nav></header>
<main><article class="post">
<header class="post-header"><ul class="post-tags">${links(PM_TAGS, 'tag')}</ul>
<h1 class="post-title">Postmortem: the 18 February EU outage</h1>
<div class="post-meta"><img src="/authors/marta.jpg" alt=""><span class="author">By Marta Oyelaran</span>
<time datetime="2025-02-21">February 21, 2025</time><span class="reading-time">6 min read</span></div></header>
<div class="share-bar"><a href="#">Share on X</a><a href="#">Share on LinkedIn</a><button>Copy link</button></div>
<div class="post-body">${ps(PM_LEAD)}
${pmSections}
</div>
<footer class="author-box"><p>${PM_FURN[12]}</p></footer>
</article>
<section class="related"><h2>Related posts</h2><ul>${links(PM_RELATED, 'card')}</ul></section>
<section class="newsletter"><h3>Get engineering posts in your inbox</h3><p>One email a month. No spam, unsubscribe any time.</p>
<form><label>Your email</label><input type="email"><button>Subscribe</button></form></section></main>
<div class="cookie-consent" role="dialog"><p>We use cookies to understand how our site is used.</p>
<button>Accept all</button><button>Only necessary</button></div>
<footer class="site-footer"><ul>${links(PM_FOOT)}</ul></footer></div></body></html>`;

const DD_POSTS: ReadonlyArray<[string, string, string]> = [
  ['Hendrik V.', '12 minutes ago', 'Nothing loads in the Voltaro app here in Utrecht, just the spinning wheel. Wi-Fi and mobile data both.'],
  ['sam_the_plumber', '18 minutes ago', 'Same in Leeds. Website works but I cannot log in, it says session expired every time.'],
  ['Ines Carvalho', '25 minutes ago', 'Payments to my account are not showing. Their Twitter says they are aware of a problem with logins.'],
  ['K. Brandt', '31 minutes ago', 'Was fine this morning, down since about half nine. Card payments in shops still work for me.'],
  ['moonlitfox', '40 minutes ago', 'Anyone else get charged twice? Transaction shows pending two times in the app from yesterday.'],
];
const DD_INTRO = [
  'User reports indicate problems at Voltaro since 9:28 AM GMT.',
  'Voltaro is a mobile banking service. The most reported problems are with the mobile app, login and online banking.',
];
const DD_NAV = ['Home', 'Companies', 'Outage map', 'Problems?', 'Sign in'];
const DD_FOOT = ['About us', 'Methodology', 'For business', 'Privacy policy', 'Cookie settings', 'Do not sell my personal information'];
const DD_FURN = [
  ...DD_NAV,
  'Home › Finance › Voltaro',
  'Voltaro outages reported in the last 24 hours',
  'This chart shows a view of problem reports submitted in the past 24 hours compared to the typical volume of reports by time of day.',
  'Most reported problems',
  'Mobile App (58%)',
  'Login (29%)',
  'Online Banking (13%)',
  'I have a problem with Voltaro',
  'Live Outage Map',
  'Check the current status of Voltaro',
  'Advertisement',
  'Comments',
  'Tips? Frustrations? Share them with other site visitors:',
  'Add a comment',
  'Report',
  'Reply',
  'Related outages',
  'Northfold Bank',
  'PayCircle',
  'Downtracker is part of Signalyze Media.',
  ...DD_FOOT,
];
const DD_HTML = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Voltaro down? Current problems and outages | Downtracker</title>
<meta name="description" content="Real-time problems and outages for Voltaro. Can't log in? Here you see what is going on.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Voltaro down?"}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script></head>
<body class="company-page"><nav class="navbar"><ul class="navbar-nav">${links(DD_NAV, 'nav-item')}</ul></nav>
<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li>Home › Finance › Voltaro</li></ol></nav>
<div class="entry-title"><h1 class="h2 entry-title">User reports indicate problems at Voltaro</h1></div>
<div class="text-muted">${ps(DD_INTRO)}</div>
<div class="chart-wrapper"><h2>Voltaro outages reported in the last 24 hours</h2><canvas id="holder"></canvas>
<p class="caption">${DD_FURN[7]}</p></div>
<button class="btn btn-danger">I have a problem with Voltaro</button>
<div class="indicators"><h2>Most reported problems</h2><ul><li>Mobile App (58%)</li><li>Login (29%)</li><li>Online Banking (13%)</li></ul></div>
<a href="/status/voltaro/map/">Live Outage Map</a><p>Check the current status of Voltaro</p>
<div class="ad-slot" data-slot="mid"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-mid"></div></div>
<section id="comments"><h2>Comments</h2><p class="comments-intro">Tips? Frustrations? Share them with other site visitors:</p>
<button>Add a comment</button>
${DD_POSTS.map(
  ([n, t, b]) => `<div class="comment" itemscope itemtype="https://schema.org/Comment"><div class="comment-meta"><span class="author">${n}</span>
<time class="comment-date">${t}</time></div><div class="comment-body"><p>${b}</p></div>
<div class="comment-actions"><a href="#">Reply</a><a href="#">Report</a></div></div>`,
).join('\n')}
</section>
<aside class="related"><h3>Related outages</h3><ul>${links(['Northfold Bank', 'PayCircle'])}</ul></aside></div>
<footer class="footer"><p>Downtracker is part of Signalyze Media.</p><ul>${links(DD_FOOT)}</ul></footer></body></html>`;

export const HELDOUT235_B: readonly TestPage[] = [
  {
    name: 'heldout235-engineering-postmortem-blog',
    kind: 'blog',
    html: PM_HTML,
    title: 'Postmortem: the 18 February EU outage',
    headings: PM_SECTIONS.map(([h]) => h),
    body: texts([...PM_LEAD, ...PM_SECTIONS.flatMap(([, p]) => p)]),
    bylines: ['By Marta Oyelaran', 'February 21, 2025', '6 min read'],
    furniture: PM_FURN,
  },
  {
    name: 'heldout235-downdetector-outage-forum',
    kind: 'forum',
    html: DD_HTML,
    title: 'User reports indicate problems at Voltaro',
    headings: [],
    body: texts([...DD_INTRO, ...DD_POSTS.map(([, , b]) => b)]),
    bylines: DD_POSTS.flatMap(([n, t]) => [n, t]),
    furniture: DD_FURN,
  },
];
