import { links, type TestPage, texts } from './page-kit.js';
import { sympaMessage } from './pages-heldout229-f2.js';

/**
 * Held-out batch 229, file f: a topic in a Discourse category run as a mailing list (posts arrive by email; the Ember page
 * as saved: the d-header with Sign Up / Log In, the sidebar sections, the topic title with its category badge and tags,
 * each post's username, full name, "via email" indicator and relative date, the cooked post text with the email's
 * collapsed quote and signature, the post controls, the topic map, the footer buttons and "Suggested Topics" table, and the
 * "Powered by Discourse" footer).
 */
const dcTitle = 'Shared allotment water meter: who reads it, and when?';
const dcP1 = [
  'Hello everyone,',
  'At the last committee meeting we agreed that the shared meter on the Brookside site should be read monthly rather than once a ' +
    'year, so that a leak like last summer’s gets noticed within weeks instead of at the annual bill.',
  'We need two or three people willing to take turns. It takes five minutes: lift the cover by plot 14, photograph the dial and ' +
    'reply to this thread with the photo and the reading. Could anyone who is happy to help reply here?',
  'Thanks, Gwen (site secretary)',
];
const dcP2 = [
  'I walk past the meter most mornings on the way to my plot, so I am happy to do the first Saturday of every month.',
  'One suggestion: could we keep the readings in a simple table pinned at the top of this thread? Then anyone can see at a glance ' +
    'whether the usage jumps.',
];
const dcP3 = [
  'Count me in as backup for when Piotr is away. I am on plot 22, two down from the meter.',
  'I agree about the table. I can set one up in a shared spreadsheet if that is easier than editing the post each month.',
];
const dcQuote = 'could we keep the readings in a simple table pinned at the top of this thread?';
const dcSig = 'Sent from my phone';
const dcSide = ['Topics', 'Users', 'Badges', 'Groups', 'About', 'FAQ', 'Categories', 'Site business', 'Brookside site', 'All categories'];
const dcSugg = ['Compost bays: new rota from April', 'Lost: green wheelbarrow near the south gate', 'Annual show 2026: date and categories'];
const dcPost = (n: number, user: string, name: string, date: string, body: string): string => `<div class="topic-post clearfix regular" data-post-number="${n}">
<article id="post_${n}" aria-label="post #${n} by @${user}" role="region" data-post-id="${8800 + n}" data-topic-id="3120" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${user}" data-user-card="${user}"
aria-hidden="true"><img alt="" width="48" height="48" src="/user_avatar/talk.brookside.example/${user}/96/1.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${user}" data-user-card="${user}">${user}</a></span><span class="second full-name">
<a href="/u/${user}">${name}</a></span></div>
<div class="post-infos"><div class="post-info via-email" title="this post arrived via email"><svg class="fa d-icon d-icon-envelope svg-icon">
<use href="#envelope"></use></svg></div>
<div class="post-info post-date"><a class="post-date" href="/t/shared-allotment-water-meter/3120/${n}"><span title="${date}" data-time="1760000000000"
class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${body}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"></button>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post">
<span class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article></div>`;
const dcHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Shared allotment water meter: who reads it, and when? - Brookside site - Brookside Allotments</title>
<meta name="description" content="At the last committee meeting we agreed that the shared meter on the Brookside site should be read monthly">
<meta name="generator" content="Discourse 3.5.0 - https://github.com/discourse/discourse version 3.5.0">
<meta property="og:site_name" content="Brookside Allotments"><meta property="og:type" content="website"><meta property="og:title" content="${dcTitle}">
<link rel="canonical" href="https://talk.brookside.example/t/shared-allotment-water-meter/3120">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dcTitle}",
"author":{"@type":"Person","name":"gwen_site_sec"},"datePublished":"2025-10-12T08:31:00Z","articleSection":"Brookside site"}</script>
<link href="/stylesheets/desktop_3b5f.css" media="all" rel="stylesheet" data-target="desktop"><script defer src="/assets/discourse.js"></script></head>
<body class="crawler archetype-regular category-brookside-site"><section id="main" class="ember-application"><div class="ember-view">
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><a href="/" class="title">
<img src="/uploads/default/logo.png" alt="Brookside Allotments" id="site-logo"></a></div><div class="panel"><span class="header-buttons">
<button class="btn btn-primary btn-small sign-up-button btn-text"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section class="sidebar-container"><ul class="sidebar-section-links">
${links(dcSide, 'sidebar-section-link-wrapper')}</ul></section></div>
<div id="main-outlet"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="3120"><a href="/t/shared-allotment-water-meter/3120"
class="fancy-title">${dcTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper" href="/c/brookside-site/7">
<span class="badge-category__name">Brookside site</span></a><div class="list-tags"><a href="/tag/water" class="discourse-tag simple">water</a>
<a href="/tag/committee" class="discourse-tag simple">committee</a></div></div></div></div>
<div class="posts-wrapper"><div class="topic-post-stream">
${dcPost(1, 'gwen_site_sec', 'Gwen Pardoe', 'Oct 12', dcP1.map((p) => `<p>${p}</p>`).join('\n'))}
${dcPost(
  2,
  'piotr_plot9',
  'Piotr Zając',
  'Oct 12',
  `${dcP2.map((p) => `<p>${p}</p>`).join('\n')}<details class="elided"><summary title="Show trimmed content">···</summary>
<p>${dcSig}</p></details>`,
)}
${dcPost(
  3,
  'hazelm',
  'Hazel Mbeki',
  'Oct 13',
  `${dcP3.map((p) => `<p>${p}</p>`).join('\n')}<details class="elided"><summary title="Show trimmed content">···</summary>
<blockquote><p>${dcQuote}</p></blockquote></details>`,
)}
</div><div class="topic-map"><section class="topic-map__contents"><div class="topic-map__stats"><span class="topic-map__stat">2 replies</span>
<span class="topic-map__stat">41 views</span><span class="topic-map__stat">3 users</span></div></section></div>
<div id="topic-footer-buttons"><button class="btn btn-primary create"><span class="d-button-label">Reply</span></button></div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><thead><tr>
<th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>${dcSugg
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link">
<a href="/t/${i}" class="title raw-link raw-topic-link">${t}</a><span class="badge-category__name">Brookside site</span></td><td>${i + 3}</td><td>${40 + i}</td>
<td>Sep ${20 + i}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div></div></div>
<footer class="footer"><div class="wrap"><a href="https://www.discourse.org">Powered by Discourse</a>, best viewed with JavaScript enabled</div></footer>
</div></section></body></html>`;
const discourse: TestPage = {
  html: dcHtml,
  name: 'heldout229-discourse-mailing-list-topic-forum',
  kind: 'forum',
  // the three posts are body; the trimmed (elided) email signature is furniture and the elided quote is in neither list
  title: dcTitle,
  headings: [],
  body: texts([...dcP1, ...dcP2, ...dcP3]),
  bylines: ['gwen_site_sec', 'Gwen Pardoe', 'piotr_plot9', 'Piotr Zając', 'hazelm', 'Hazel Mbeki', 'Oct 12', 'Oct 13'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...dcSide, 'water', 'committee', '···', dcSig, 'Reply', '2 replies', '41 views', '3 users', 'Suggested Topics', 'Replies',
    'Views', 'Activity', ...dcSugg, 'Sep 20', 'Sep 21', 'Sep 22', 'Powered by Discourse', 'best viewed with JavaScript enabled',
  ],
};

export const HELDOUT229_F: readonly TestPage[] = [discourse, sympaMessage];
