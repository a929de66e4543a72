import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout241-kit.js';

/**
 * Held-out batch 241, file f: a grid operator's system notice on an ERCOT-style site (grid conditions ticker, mega menu,
 * breadcrumb, notice header with notice type, date, "Notice ID" and distribution list, short body, "Contact" block,
 * attachments, "Other recent notices" list, footer), and a home-energy forum thread on Discourse (header with site logo and
 * "Sign Up / Log In", category and tag badges, topic posts with usernames, dates and likes, "Solution" mark, the topic
 * map with created / last reply / replies / views / users, "Related topics" and "Suggested Topics" tables, footer).
 */
const nTitle = 'Conservation Appeal Issued for Thursday Morning Peak';
const nBody = [
  j(
    'The Lone Plains Grid Council is asking businesses and residents to conserve electricity, if safe to do so, on Thursday,',
    'January 29, from 6 a.m. to 10 a.m. Central Time.',
  ),
  j(
    'Demand is forecast to reach about 79,400 MW during the morning peak as temperatures fall below freezing across most of the',
    'region. At the same time, wind output is expected to be low and about 9,800 MW of thermal generation is on planned or',
    'forced outage. The Council is not in emergency operations, and no rotating outages are expected at this time.',
  ),
  'Conservation tips for the appeal period:',
  'Set thermostats to 68 degrees or lower, if health permits.',
  'Delay running large appliances such as dishwashers and dryers until after 10 a.m.',
  'Businesses should minimize the use of electric lighting and equipment not needed for operations.',
  'The Council will issue an update by 5 p.m. Wednesday, or sooner if conditions change.',
];
const nNav = ['About', 'Grid & Market Info', 'Market Participants', 'Committees & Groups', 'Services', 'Calendar'];
const nRecent = [
  'Weather Watch Issued for January 28-30',
  'Operating Condition Notice: Extreme Cold Weather',
  'Outage Coordination: Planned Transmission Outages Update',
];
const nFoot = ['Careers', 'Media', 'Privacy', 'Terms of Use', 'Contact Us'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${nTitle} | Lone Plains Grid Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${nTitle}">
<meta property="og:title" content="${nTitle}"><link rel="stylesheet" href="/assets/css/lpgc.min.css">
<script>window.LPGC = {"env":"prod","dashboardApi":"/api/public-reports/grid-conditions"};</script></head>
<body class="notice-detail"><a class="skip-link sr-only sr-only-focusable" href="#content">Skip to content</a>
<div class="grid-conditions-ticker" data-refresh="60"><span class="gc-label">Grid Conditions:</span>
<span class="gc-status gc-status--normal">Normal</span><span class="gc-demand">Current demand: 61,220 MW</span>
<a href="/gridmktinfo/dashboards">View dashboards</a></div>
<header class="site-header"><nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">Lone Plains Grid Council</a>
<ul class="navbar-nav mega-menu">${links(nNav, 'nav-item dropdown')}</ul>
<form class="form-inline site-search"><input class="form-control" type="search" placeholder="Search lpgc.example"></form></nav></header>
<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb">${links(['Home', 'News', 'Notices'], 'breadcrumb-item')}</ol></nav>
<main id="content" role="main"><div class="row"><div class="col-lg-8"><div class="notice">
<div class="notice-header"><span class="badge badge-warning notice-type">Conservation Appeal</span>
<h1 class="notice-title">${nTitle}</h1>
<dl class="notice-meta row"><dt class="col-sm-4">Notice Date:</dt><dd class="col-sm-8">Jan 27, 2026 16:45 CT</dd>
<dt class="col-sm-4">Notice ID:</dt><dd class="col-sm-8">W-B012726-01</dd>
<dt class="col-sm-4">Distribution:</dt><dd class="col-sm-8">All Market Participants; Public</dd></dl></div>
<div class="notice-body">
${ps(nBody.slice(0, 3))}
<ul>${lis(nBody.slice(3, 6))}</ul>
<p>${nBody[6]}</p></div>
<div class="notice-contact"><h2 class="h5">Contact</h2><p>Media inquiries: media@lpgc.example, 512-555-0170</p></div>
<div class="notice-attachments"><h2 class="h5">Attachments</h2><ul>${links(['Seven-Day Load Forecast (PDF)', 'Winter Outlook Summary (PDF)'])}</ul></div>
</div></div>
<aside class="col-lg-4"><div class="card recent-notices"><div class="card-header">Other recent notices</div><ul class="list-group list-group-flush">
${links(nRecent, 'list-group-item')}</ul><a class="card-link" href="/news/notices">All notices</a></div>
<div class="card"><div class="card-header">Get notices by email</div><div class="card-body"><p>Subscribe to Grid Council notices and
conservation appeals.</p><a class="btn btn-primary" href="/subscribe">Subscribe</a></div></div></aside></div></main></div>
<footer class="site-footer"><ul class="footer-links">${links(nFoot)}</ul>
<p class="copyright">© 2026 Lone Plains Grid Council, Inc. All rights reserved.</p></footer>
<script src="/assets/js/lpgc.min.js"></script></body></html>`;
const notice: TestPage = {
  name: 'heldout241-grid-operator-system-notice',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts(nBody),
  bylines: ['Notice Date:', 'Jan 27, 2026 16:45 CT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Grid Conditions:', 'Normal', 'Current demand: 61,220 MW', 'View dashboards', ...nNav, 'Home',
    'News', 'Notices', 'Conservation Appeal', 'Notice ID:', 'W-B012726-01', 'Distribution:', 'All Market Participants; Public', 'Contact',
    'Media inquiries: media@lpgc.example, 512-555-0170', 'Attachments', 'Seven-Day Load Forecast (PDF)', 'Winter Outlook Summary (PDF)',
    'Other recent notices', ...nRecent, 'All notices', 'Get notices by email', 'Subscribe to Grid Council notices and conservation appeals.',
    'Subscribe', ...nFoot, '© 2026 Lone Plains Grid Council, Inc. All rights reserved.',
  ],
};

const fTitle = 'Heat pump short cycling on mild days – oversized or settings?';
const fPosts: [string, string, string, string[]][] = [
  [
    'ridgeway_rob',
    'Feb 3',
    '2',
    [
      j(
        'We had a 9 kW air-to-water heat pump fitted in October in a 1970s semi with new loft insulation. On cold days it runs',
        'beautifully, long steady cycles. But when it is 8 to 12 °C outside it starts and stops every ten minutes or so, and our',
        'daily usage on those days is not much lower than on cold days.',
      ),
      'Flow temperature is on a weather curve, 45 °C at -3 °C outside. No buffer tank. Is the unit just too big, or can I fix this in the settings?',
    ],
  ],
  [
    'hydronic_helen',
    'Feb 3',
    '5',
    [
      j(
        'Almost certainly a bit of both. A 9 kW unit often cannot modulate below about 3 kW, and on a mild day your house may only',
        'need 1.5 kW, so it has to cycle. The settings are where you win back efficiency:',
      ),
      'lower the curve so the flow is nearer 30 °C at 10 °C outside',
      'open every radiator fully and let the weather curve do the work instead of TRVs',
      'raise the minimum off time (anti-short-cycle) to 20 or 30 minutes if your controller allows it',
      'Fewer, longer runs at a lower flow temperature are what you are after.',
    ],
  ],
  [
    'ridgeway_rob',
    'Feb 9',
    '1',
    [
      j(
        'Update for anyone finding this later: dropped the curve by 5 degrees at the mild end, opened all the TRVs and set the',
        'minimum off time to 25 minutes. Cycles are now about 40 minutes on and 25 off at 10 °C, and the COP on the app went from',
        '3.1 to 3.9 for the week. House is still comfortable. Thanks Helen!',
      ),
    ],
  ],
];
const fRel = ['Is a buffer tank worth it for a small heat pump?', 'Weather compensation curve settings explained', 'Heat pump running costs vs gas'];
const fPost = (u: string, d: string, likes: string, paras: string[], n: number, solution: boolean): string => {
  const body = paras
    .map((p) => (/^(lower|open|raise)/.test(p) ? `<li>${p}</li>` : `<p>${p}</p>`))
    .join('\n')
    .replace(/(<li>[\s\S]*<\/li>)/, '<ul>$1</ul>');
  return `<div class="topic-post clearfix regular" data-post-number="${n}"><article id="post_${n}" aria-label="post #${n} by @${u}" role="region"
class="boxed onscreen-post" data-post-id="${7700 + n}"><div class="row"><div class="topic-avatar"><a class="trigger-user-card main-avatar"
href="/u/${u}" data-user-card="${u}" aria-hidden="true"><img alt="" width="48" height="48" src="/user_avatar/${u}/48/1.png" class="avatar"></a></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${u}" data-user-card="${u}">${u}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/heat-pump-short-cycling/3341/${n}"><span title="${d}, 2026" class="relative-date">${d}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${body}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="widget-button btn-flat button-count like-count"
aria-label="${likes} people liked this post">${likes}</button><button class="widget-button btn-flat share" title="copy a link to this post">
</button><button class="widget-button btn-flat reply create fade-out" title="begin composing a reply to this post"><span class="d-button-label">Reply</span>
</button></div></nav></section>${solution ? '<div class="accepted-answer"><p class="solved">Solution</p></div>' : ''}</div></div></div></article></div>`;
};
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Heating &amp; Hot Water - Warm Homes Forum</title>
<meta name="description" content="We had a 9 kW air-to-water heat pump fitted in October in a 1970s semi."><meta name="generator" content="Discourse 3.4.0">
<meta property="og:site_name" content="Warm Homes Forum"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"ridgeway_rob"},"datePublished":"2026-02-03T19:22:10Z","interactionStatistic":{"userInteractionCount":3}}</script>
<link rel="preload" href="/assets/start-discourse-1a2b.js" as="script"></head>
<body class="crawler"><section id="main" class="ember-application"><div class="d-header-wrap"><header class="d-header clearfix"><div class="wrap">
<div class="contents clearfix"><div class="title"><a href="/"><img src="/uploads/logo.png" alt="Warm Homes Forum" id="site-logo"></a></div>
<div class="panel clearfix"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">Sign Up</button>
<button class="btn btn-primary btn-small login-button">Log In</button></span></div></div></div></header></div>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="3341">
<a href="/t/heat-pump-short-cycling/3341" class="fancy-title">${fTitle}</a></h1>
<div class="topic-category ember-view"><span class="badge-category__wrapper"><span class="badge-category__name">Heating &amp; Hot Water</span></span>
<div class="discourse-tags"><a href="/tag/air-source" class="discourse-tag simple">air-source</a>
<a href="/tag/controls" class="discourse-tag simple">controls</a></div></div></div></div>
<div class="posts-wrapper">
${fPosts.map((p, i) => fPost(p[0], p[1], p[2], p[3], i + 1, i === 1)).join('\n')}
</div>
<div class="topic-map"><section class="map map-collapsed"><ul class="clearfix"><li><h4>created</h4><span class="relative-date">Feb 3</span></li>
<li><h4>last reply</h4><span class="relative-date">Feb 9</span></li><li><span class="number">2</span><h4>replies</h4></li>
<li class="secondary"><span class="number">418</span><h4>views</h4></li></ul></section></div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Related topics</h3><table class="topic-list"><thead><tr><th>Topic</th>
<th>Replies</th><th>Views</th></tr></thead><tbody>${fRel
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${i}" class="title">${t}</a>
</td><td class="posts">${i + 4}</td><td class="views">${i + 2}.${i}k</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div>
<footer class="footer"><div class="powered-by-link">Powered by <a href="https://www.discourse.example">Discourse</a>, best viewed with JavaScript enabled</div>
<nav class="crawler-nav"><ul>${links(['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'])}</ul></nav></footer></section>
<script defer src="/assets/start-discourse-1a2b.js"></script></body></html>`;
const fBody = fPosts.flatMap((p) => p[3]);
const forum: TestPage = {
  name: 'heldout241-discourse-home-energy-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fBody),
  bylines: ['ridgeway_rob', 'Feb 3', 'hydronic_helen', 'Feb 9'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Heating & Hot Water', 'air-source', 'controls', 'Reply', 'Solution', 'created', 'last reply', 'replies', 'views', '418',
    'Related topics', 'Topic', 'Replies', 'Views', ...fRel, 'Powered by Discourse, best viewed with JavaScript enabled', 'Home', 'Categories',
    'Guidelines', 'Terms of Service', 'Privacy Policy',
  ],
};

export const HELDOUT241_F: readonly TestPage[] = [notice, forum];
