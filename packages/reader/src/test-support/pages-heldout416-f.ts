import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout416-kit.js';

/**
 * Held-out batch 416, file f: a project's security release blog post on a Docusaurus site (navbar, blog sidebar of
 * recent posts, the post header with date, reading time and author card, the post with headings, a list and a table-free
 * summary, tags, the edit link, the newer / older paginator, the table of contents and the footer) and a HackerOne-style
 * disclosed bug bounty report (a JavaScript app's markup: the report header with state, reporter, program, severity and
 * bounty, the summary written by the team, the researcher's report and the timeline of activities and comments).
 */
const bTitle = 'Quillstack 5.3.2 and 4.11.9 security releases';
const bIntro = [
  j(
    'Today we are publishing Quillstack 5.3.2 and 4.11.9. Both releases fix one high-severity and two moderate-severity',
    'vulnerabilities in the server renderer and the image pipeline. We recommend that everyone running Quillstack in',
    'production upgrades as soon as possible.',
  ),
];
const bHigh = [
  j(
    'The server renderer cached rendered pages by path but ignored the <code>Vary</code> headers set by middleware. A site',
    'that rendered different content for signed-in users could, under load, serve one user&#39;s page to another user who',
    'requested the same path a few milliseconds later. Sites that do not personalise server-rendered pages are not affected.',
  ),
  'The fix makes the renderer include every header named in Vary in the cache key and skips the cache entirely when a response sets a cookie.',
];
const bMod = ['The two moderate issues are both in the image pipeline:'];
const bModList = [
  j(
    'The resize endpoint accepted widths up to 100,000 pixels, which let an anonymous visitor exhaust the',
    'memory of the server with a handful of requests (CVE-2026-27703).',
  ),
  j(
    'Remote image patterns ending in a wildcard also matched hosts that merely began with the allowed',
    'name, so images could be fetched through the server from other hosts (CVE-2026-27704).',
  ),
];
const bUpgrade = [
  j(
    'Run <code>npm install quillstack@5.3.2</code>, or <code>npm install quillstack@4.11.9</code> if you are still on the',
    '4.x line. No configuration changes are needed. Hosted deployments on Quillstack Cloud were patched on March 9 and',
    'need no action.',
  ),
  j(
    'The 4.x line will receive security fixes until the end of September 2026. After that date we will only patch 5.x,',
    'so this is a good moment to plan the move.',
  ),
];
const bThanks = ['We thank Priyamvada Castellano for reporting the cache issue and Luuk Henstra for reporting both image issues through our security policy.'];
const bNav = ['Docs', 'Tutorial', 'Showcase', 'Blog', 'GitHub'];
const bRecent = ['Quillstack 5.3 release notes', 'Rendering at the edge: what we learned', 'Quillstack 5.2.4 security release', 'Community roundup: February'];
const bHtml = `<!doctype html>
<html lang="en" dir="ltr" class="blog-wrapper blog-post-page plugin-blog plugin-id-default" data-has-hydrated="false"><head><meta charset="UTF-8">
<meta name="generator" content="Docusaurus v3.7.0"><title>${bTitle} | Quillstack</title>
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="article:published_time" content="2026-03-10T00:00:00.000Z">
<meta data-rh="true" name="description" content="Today we are publishing Quillstack 5.3.2 and 4.11.9.">
<link rel="stylesheet" href="/assets/css/styles.4f1a2b3c.css"><script src="/assets/js/runtime~main.9a8b7c6d.js" defer></script>
<script data-rh="true"
type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}","datePublished":"2026-03-10"}</script>
</head><body class="navigation-with-keyboard"><div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn"
href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="announcementBarContent_xLdY">Quillstack Conf 2026 tickets are on sale.
<a href="/conf">Get yours</a></div></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/"><b
class="navbar__title text--truncate">Quillstack</b>
</a>${bNav.map((n) => `<a class="navbar__item navbar__link" href="/${n.toLowerCase()}">${n}</a>`).join('')}</div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="container margin-vert--lg"><div class="row">
<aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="Blog recent posts navigation">
<div class="sidebarItemTitle_pO2u margin-bottom--md">Recent
posts</div><ul class="sidebarItemList_Yudw clean-list">${links(bRecent, 'sidebarItem__DBe')}</ul></nav></aside>
<main class="col col--7"><article class=""><header><h1 class="title_f1Hy">${bTitle}</h1><div class="container_mt6G margin-vert--md"><time
datetime="2026-03-10T00:00:00.000Z">March 10, 2026</time> · 4 min read</div>
<div class="margin-top--md margin-bottom--sm row"><div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm"><img class="avatar__photo"
src="/img/team/hvoss.png" alt="Hedda Voss"><div class="avatar__intro"><div class="avatar__name"><a href="/blog/authors/hvoss"><span>Hedda
Voss</span></a></div><small class="avatar__subtitle">Quillstack security team</small></div></div></div></div></header>
<div id="__blog-post-container" class="markdown">${ps(bIntro)}
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="cache-confusion">Cache confusion in the server renderer (CVE-2026-27702)<a href="#cache-confusion"
class="hash-link" aria-label="Direct link to heading">​</a></h2>
${ps(bHigh)}
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="image-pipeline">Image pipeline issues</h2>
${ps(bMod)}
<ul>
${lis(bModList)}
</ul>
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="upgrading">Upgrading</h2>
${ps(bUpgrade)}
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="thanks">Thanks</h2>
${ps(bThanks)}</div>
<footer class="row docusaurus-mt-lg blog-post-footer"><div class="col"><b>Tags:</b><ul class="tags_jXut padding--none margin-left--sm">
${links(['security-advisory', 'patch-notes'], 'tag_QGVx')}</ul></div><div class="col margin-top--sm">
<a href="https://github.com/quillstack/site/edit/main/blog/2026-03-10.md"
class="theme-edit-this-page">Edit this page</a></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Blog post page navigation"><a class="pagination-nav__link pagination-nav__link--prev"
href="/blog/5-3"><div class="pagination-nav__sublabel">Newer post</div><div class="pagination-nav__label">Quillstack 5.3 release notes</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="/blog/edge"><div class="pagination-nav__sublabel">Older post</div><div
class="pagination-nav__label">Rendering at the edge: what we learned</div></a></nav></main>
<div class="col col--2"><div class="tableOfContents_bqdL thin-scrollbar"><ul class="table-of-contents table-of-contents__left-border">
${links(['Upgrading', 'Thanks'], 'table-of-contents__link')}</ul></div></div></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">
<div class="col footer__col"><div class="footer__title">Community</div>
<ul class="footer__items clean-list">${links(['Discord', 'Mastodon', 'Stack Overflow'], 'footer__item')}</ul></div>
<div class="col footer__col"><div class="footer__title">More</div>
<ul class="footer__items clean-list">${links(['Security policy', 'Changelog'], 'footer__item')}</ul></div></div>
<div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2026 The Quillstack Authors. Built with Docusaurus.</div></div>
</div></footer>
</div></body></html>`;

const hTitle = 'Stored XSS in project wiki page titles leads to session takeover';
const hSummary = [
  j(
    'The researcher found that wiki page titles were rendered without escaping in the "recently edited" widget on the',
    'project dashboard. Any project member could create a page whose title ran script in the browser of every other',
    'member who opened the dashboard. We fixed the widget on March 2 and confirmed that no page titles in production',
    'contained script payloads before the fix.',
  ),
];
const hReport = [
  j(
    'Hello Haverline team. While testing the wiki feature I noticed that the page title is escaped on the wiki page itself',
    'but not in the "Recently edited" widget on the project dashboard, which seems to build its HTML from a template string.',
  ),
  'Steps to reproduce:',
];
const hSteps = [
  'Log in as a user with the Member role on any project.',
  'Create a wiki page with the title &lt;img src=x onerror=alert(document.domain)&gt;.',
  'Log in as a different member of the same project and open the project dashboard.',
  'The alert box shows the application domain.',
];
const hImpact = [
  j(
    'Impact: because the session token is stored in localStorage rather than in an HttpOnly cookie, the script can read it',
    'and send it to an attacker. A low-privileged member can therefore take over the session of a project owner.',
  ),
];
const hPosts = [
  'Thanks for the clear report. We can reproduce this on the dashboard and have raised it with the team that owns the widget.',
  'Great, thank you. Let me know if you need a video of the token being read.',
  'The fix is deployed. Titles are now escaped in the widget, and we are moving the session token into an HttpOnly cookie next month. Can you confirm?',
  'Confirmed, the payload now shows as text. Thanks for the quick turnaround!',
];
const act = (user: string, text: string, time: string, body = ''): string => `<div class="timeline-item spec-activity"><div class="timeline-item-header">
<a class="spec-activity-username" href="/${user}">${user}</a> <span class="spec-activity-text">${text}</span>
<span class="spec-activity-time" title="${time}">${time}</span></div>${
  body === ''
    ? ''
    : `<div class="interactive-markdown spec-activity-body">
<p>${body}</p></div>`
}</div>`;
const h1Html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Haverline disclosed on HackerOne: Stored XSS in project wiki page titles...</title>
<meta name="description" content="The researcher found that wiki page titles were rendered without escaping.">
<meta property="og:title" content="Haverline disclosed on HackerOne: Stored XSS in project wiki page titles leads to session takeover">
<link rel="stylesheet" href="/assets/frontend.c1d2e3.css"><script src="/assets/constants.a9b8c7.js"></script>
<script>window.__PRELOADED_STATE__ = {"report":{"id":2718455,"state":"resolved","disclosed":true}};</script></head>
<body class="js-application-root"><div id="js-app-root" class="app-root"><div class="topbar"><a class="topbar-logo" href="/">HackerOne</a>
<ul class="topbar-navigation">${links(['Hacktivity', 'Opportunities', 'Leaderboard', 'Sign in'], 'topbar-navigation-item')}</ul></div>
<div class="report-container full-width"><div class="report-heading"><span class="report-id">#2718455</span>
<h1 class="report-heading__report-title">${hTitle}</h1><div class="report-status"><span class="report-status-indicator resolved">Resolved</span>
<span class="daisy-badge">Disclosed</span></div></div>
<div class="report-meta-table"><table><tr><td class="meta-label">State</td> <td>Resolved (Closed)</td></tr>
<tr><td class="meta-label">Disclosed</td> <td>March 9, 2026 11:02am -0800</td></tr>
<tr><td class="meta-label">Reported To</td> <td><a href="/haverline">Haverline</a></td></tr>
<tr><td class="meta-label">Asset</td> <td>app.haverline.example (Domain)</td></tr>
<tr><td class="meta-label">Weakness</td> <td>Cross-site Scripting (XSS) - Stored</td></tr>
<tr><td class="meta-label">Bounty</td> <td>$2,500</td></tr>
<tr><td class="meta-label">Severity</td> <td>High (7.3)</td></tr>
<tr><td class="meta-label">Participants</td> <td><a href="/velmarsh">velmarsh</a></td></tr></table></div>
<div class="report-summary"><h2 class="summary-title">Summary by Haverline</h2><div class="interactive-markdown">${ps(hSummary)}</div></div>
<div class="report-timeline"><h2 class="timeline-title">Timeline</h2>
${act('velmarsh', 'submitted a report to Haverline.', 'February 24, 2026, 8:41pm UTC', '')}
<div class="timeline-item spec-original-report"><div class="interactive-markdown">${ps(hReport)}<ol>${lis(hSteps)}</ol>${ps(hImpact)}</div></div>
${act('haverline_triage', 'changed the status to Triaged.', 'February 25, 2026, 9:12am UTC', hPosts[0])}
${act('velmarsh', 'posted a comment.', 'February 25, 2026, 10:03am UTC', hPosts[1])}
${act('Haverline', 'rewarded velmarsh with a $2,500 bounty.', 'February 27, 2026, 4:30pm UTC')}
${act('haverline_triage', 'posted a comment.', 'March 2, 2026, 2:18pm UTC', hPosts[2])}
${act('velmarsh', 'posted a comment.', 'March 2, 2026, 3:40pm UTC', hPosts[3])}
${act('haverline_triage', 'closed the report and changed the status to Resolved.', 'March 2, 2026, 4:01pm UTC')}
${act('velmarsh', 'requested to disclose this report.', 'March 3, 2026, 9:00am UTC')}
${act('Haverline', 'agreed to disclose this report.', 'March 9, 2026, 7:02pm UTC')}</div></div>
<footer class="footer"><ul>${links(['About', 'Blog', 'Press', 'Disclosure Guidelines', 'Privacy Policy', 'Terms'], 'footer-item')}</ul>
<p>© HackerOne 2026</p></footer></div>
<div id="onetrust-banner-sdk"><p>By clicking "Accept All Cookies", you agree to the storing of cookies on your device to enhance site navigation.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></body></html>`;

export const HELDOUT416_F: readonly TestPage[] = [
  {
    name: 'heldout416-docusaurus-security-release-blog',
    kind: 'blog',
    html: bHtml,
    title: bTitle,
    headings: ['Cache confusion in the server renderer (CVE-2026-27702)', 'Image pipeline issues', 'Upgrading', 'Thanks'],
    body: texts([...bIntro, ...bHigh, ...bMod, ...bModList, ...bUpgrade, ...bThanks]),
    bylines: ['March 10, 2026', '4 min read', 'Hedda Voss', 'Quillstack security team'],
    furniture: [
      'Skip to main content',
      'Quillstack Conf 2026 tickets are on sale.',
      'Get yours',
      ...bNav,
      'Recent posts',
      ...bRecent,
      'Tags:',
      'security-advisory',
      'patch-notes',
      'Edit this page',
      'Newer post',
      'Older post',
      'Community',
      'Discord',
      'Mastodon',
      'Stack Overflow',
      'More',
      'Security policy',
      'Changelog',
      'Copyright © 2026 The Quillstack Authors. Built with Docusaurus.',
    ],
  },
  {
    name: 'heldout416-hackerone-report-forum',
    kind: 'forum',
    html: h1Html,
    title: hTitle,
    headings: [],
    body: texts([...hSummary, ...hReport, ...hSteps, ...hImpact, ...hPosts]),
    bylines: [
      'velmarsh',
      'February 24, 2026, 8:41pm UTC',
      'February 25, 2026, 9:12am UTC',
      'February 25, 2026, 10:03am UTC',
      'March 2, 2026, 2:18pm UTC',
      'March 2, 2026, 3:40pm UTC',
      'haverline_triage',
    ],
    furniture: [
      'Hacktivity',
      'Opportunities',
      'Leaderboard',
      'Sign in',
      '#2718455',
      'Resolved',
      'Disclosed',
      'State',
      'Resolved (Closed)',
      'March 9, 2026 11:02am -0800',
      'Reported To',
      'Asset',
      'app.haverline.example (Domain)',
      'Weakness',
      'Cross-site Scripting (XSS) - Stored',
      'Bounty',
      'Severity',
      'High (7.3)',
      'Participants',
      'Summary by Haverline',
      'Timeline',
      'submitted a report to Haverline.',
      'changed the status to Triaged.',
      'posted a comment.',
      'rewarded velmarsh with a $2,500 bounty.',
      'February 27, 2026, 4:30pm UTC',
      'closed the report and changed the status to Resolved.',
      'requested to disclose this report.',
      'agreed to disclose this report.',
      'March 9, 2026, 7:02pm UTC',
      'About',
      'Disclosure Guidelines',
      'Privacy Policy',
      '© HackerOne 2026',
      'By clicking "Accept All Cookies", you agree to the storing of cookies on your device to enhance site navigation.',
      'Accept All Cookies',
    ],
  },
];
