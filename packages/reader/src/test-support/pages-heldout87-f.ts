import { links, type TestPage, texts } from './page-kit.js';
import { stackExchangePage } from './pages-heldout87-f2.js';
import * as d from './pages-heldout87-f3.js';

/**
 * Held-out batch 87, file f: a support topic on a Discourse forum as the browser saves the rendered Ember app (the site
 * banner, the header with "Sign Up" and "Log In", the sidebar with its sections, the topic title with category badge and
 * tags, six posts with names, usernames, user titles, dates, likes and the post controls, the accepted-answer box under the
 * first post, the topic map with its counts, a quote of an earlier post in the last reply, the timeline, the footer buttons
 * and the "Suggested Topics" table with "Want to read more?") and, from file f2, a Stack Exchange question with answers.
 */
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const cooked = (p: d.DcPost): string =>
  [
    p.quote
      ? `<aside class="quote no-group" data-username="${p.quote.user}" data-post="${p.quote.n}" data-topic="8841"><div class="title"><div
class="quote-controls">
</div><img alt="" width="24" height="24" src="/user_avatar/community.larchwood.example/${p.quote.user}/48/12_2.png" class="avatar"> ${p.quote.user}:</div>
<blockquote><p>${p.quote.text}</p></blockquote></aside>`
      : '',
    ps(p.body),
    p.list ? `<ol>${p.list.map((t) => `<li>${t}</li>`).join('\n')}</ol>` : '',
    ps(p.after ?? []),
    p.code ? `<pre data-code-wrap="text"><code class="lang-text">${p.code}</code></pre>` : '',
  ].join('\n');
const solved = `<aside class="quote accepted-answer" data-post="4" data-topic="8841" data-expanded="false"><div class="title title-only"><div
class="accepted-answer--solver-accepter"><div class="accepted-answer--solver">Solved by <a href="/u/elena_larchwood">elena_larchwood</a> in <a
href="/t/zigbee-sensors-drop-off-after-firmware-4-2/8841/4">post #4</a></div></div></div><blockquote>${d.dcSolvedExcerpt}</blockquote></aside>`;
const topicMap = `<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats">${d.dcMap
  .map(
    (m) => `<div class="topic-map__stat"><span class="number">${m[0]}</span>
<span class="topic-map__stat-label">${m[1]}</span></div>`,
  )
  .join('\n')}</div><div class="topic-map__users-list"><a class="poster trigger-user-card" data-user-card="priya_r"><img alt="" class="avatar"></a><a
class="poster trigger-user-card" data-user-card="elena_larchwood"><img alt="" class="avatar"></a></div></section></div>`;
const post = (p: d.DcPost): string => `<div class="topic-post clearfix${p.n === 1 ? ' topic-owner' : ''} regular" data-post-number="${p.n}">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${40110 + p.n}" data-topic-id="8841"
data-user-id="${p.name.length}"
class="boxed onscreen-post${p.n === 4 ? ' accepted-answer' : ''}"><span class="post__regular-wrapper"><div class="row"><div class="topic-avatar"><div
class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true" tabindex="-1" data-user-card="${p.user}"><img alt=""
width="48" height="48" src="/user_avatar/community.larchwood.example/${p.user}/96/12_2.png" class="avatar" title="${p.user}"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first
full-name"><a
href="/u/${p.user}" data-user-card="${p.user}">${p.name}</a></span>
<span class="second username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a>
</span>
${p.title ? `<span class="user-title">${p.title}</span>` : ''}</div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date"
href="/t/zigbee-sensors-drop-off-after-firmware-4-2/8841/${p.n}" data-share-url="/t/8841/${p.n}" data-post-number="${p.n}"><span title="${p.date}, 2025 9:41 am"
data-time="1760262060000" class="relative-date">${p.date}</span></a></div></div></div><div class="regular contents"><div class="cooked">${cooked(p)}</div>
${p.n === 1 ? solved : ''}<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">${
  p.likes
    ? `<div class="double-button"><button class="btn btn-flat button-count like-count highlight-action regular-likes" title="${p.likes} people liked this post">
<span class="d-button-label">${p.likes}</span></button><button class="btn btn-flat no-text btn-icon toggle-like like" title="like this post"><svg
class="fa d-icon d-icon-d-unliked svg-icon"></svg></button></div>`
    : ''
}${p.n === 4 ? `<span class="accepted-answer-post-controls"><span class="accepted-text">Solution</span></span>` : ''}
<button class="btn btn-flat no-text btn-icon
post-action-menu__copy-link" title="copy a link to this post to clipboard"><svg></svg></button><button class="btn btn-flat btn-icon-text reply create fade-out"
title="Begin composing a reply to this post"><svg></svg><span class="d-button-label">Reply</span></button></div></nav></section></div>
${p.n === 1 ? topicMap : ''}</div></div></span></article></div>`;
const sidebar = d.dcSidebar
  .map(
    (s) => `<div class="sidebar-section-wrapper sidebar-section" data-section-name="${s.title.toLowerCase()}"><div class="sidebar-section-header-wrapper
sidebar-row"><button class="sidebar-section-header sidebar-section-header-collapsable btn-flat" aria-controls="sidebar-section-content-${s.title.toLowerCase()}"
aria-expanded="true"><span class="sidebar-section-header-caret"><svg></svg></span><span class="sidebar-section-header-text">${s.title}</span></button></div>
<ul id="sidebar-section-content-${s.title.toLowerCase()}" class="sidebar-section-content">${s.items
      .map(
        (t) => `<li class="sidebar-section-link-wrapper"><a href="/${t.toLowerCase().replace(/ /g, '-')}" class="sidebar-section-link sidebar-row"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
      )
      .join('\n')}</ul></div>`,
  )
  .join('\n');
const suggested = d.dcSuggested
  .map(
    (t) => `<tr class="topic-list-item category-support"><td class="main-link clearfix topic-list-data"><span class="link-top-line"><a
href="/t/${t.title.length}" class="title raw-link raw-topic-link">${t.title}</a></span><div class="link-bottom-line"><a class="badge-category__wrapper"
href="/c/${t.cat.toLowerCase()}/5"><span class="badge-category --style-square"><span class="badge-category__name">${t.cat}</span></span></a></div></td>
<td class="num posts-map posts topic-list-data"><span class="number">${t.replies}</span></td><td class="num views topic-list-data"><span
class="number">${t.views}</span>
</td><td class="num topic-list-data age activity"><a class="post-activity" href="/t/${t.title.length}/last"><span
class="relative-date">${t.activity}</span></a></td></tr>`,
  )
  .join('\n');
const html = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon discourse-no-touch"><head><meta charset="utf-8">
<title>${d.dcTitle} - Support - Larchwood Community</title><meta name="description" content="Since my hub updated itself to 4.2.0 on Friday night, four of my
eleven Zigbee door sensors keep dropping off the network.."><meta name="generator" content="Discourse 3.5.0.beta8 - https://github.com/discourse/discourse
version 0a1b2c3">
<link rel="canonical" href="https://community.larchwood.example/t/zigbee-sensors-drop-off-after-firmware-4-2/8841"><meta property="og:site_name"
content="Larchwood Community"><meta property="og:type" content="website"><meta property="og:title" content="${d.dcTitle}">
<link href="/stylesheets/desktop_8b3ee8f0.css?__ws=community.larchwood.example" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${d.dcTitle}","author":{"@type":"Person",
"name":"priya_r","url":"https://community.larchwood.example/u/priya_r"},"datePublished":"2025-10-12T09:41:00Z","interactionStatistic":[{"@type":
"InteractionCounter","interactionType":"http://schema.org/LikeAction","userInteractionCount":12}]}</script>
<script defer src="/assets/discourse-2f3b1d9c.js" data-discourse-entrypoint="discourse"></script></head>
<body class="crawler archetype-regular category-support tags-zigbee tags-firmware docked"><div id="ember4" class="ember-application"><div
class="discourse-root"><a href="#main-container" id="skip-link">Skip to main content</a><div id="banner" class="overlay"><div class="floated-buttons"><button
class="btn btn-flat close btn-icon no-text" title="dismiss this banner"><svg></svg></button></div><div id="banner-content"><p>${d.dcBanner}</p></div></div>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/"
data-auto-route="true"><img
id="site-logo" class="logo-big" src="/uploads/default/original/1X/larchwood-logo.png" width="190" alt="Larchwood Community"></a></div></div><div class="panel"
role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text"><span class="d-button-label">${d.dcHeader[0]}
</span></button><button class="btn btn-primary btn-small login-button btn-icon-text"><svg></svg><span class="d-button-label">${d.dcHeader[1]}</span></button>
</span><ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><button class="btn no-text btn-icon icon btn-flat"
aria-label="Search"
title="Search"><svg></svg></button></li><li class="hamburger-dropdown header-dropdown-toggle"><button class="btn no-text btn-icon icon btn-flat"
aria-label="menu"><svg></svg></button></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections">${sidebar}<div class="sidebar-more-section-links-details"><ul class="sidebar-more-section-links-details-content">${links(
  d.dcSidebarMore,
  'sidebar-section-link-wrapper',
)}</ul></div></div></section></div>
<div id="main-outlet"><div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="8841"><a
href="/t/zigbee-sensors-drop-off-after-firmware-4-2/8841" class="fancy-title"><span dir="auto">${d.dcTitle}</span></a></h1><div class="topic-category"><div
class="topic-header-extra"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/support/5"><span data-category-id="5"
style="--category-badge-color: #2E7D32;" class="badge-category --style-square" title="Get help with your hub, devices and automations."><span
class="badge-category__name">Support</span></span></a></div>
<div class="list-tags">${d.dcTopicTags
  .map((t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag box">${t}</a>`)
  .join('\n')}</div></div></div></div></div>
<div class="posts-wrapper"><div class="topic-stream">${d.dcPosts.map(post).join('\n')}</div></div>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a
class="start-date"><span
class="starting-date">${d.dcTimeline[0]}</span></a></div><div class="timeline-scrollarea"><div class="timeline-scroller"><div class="timeline-scroller-content">
<div class="timeline-replies">${d.dcTimeline[1]}</div><div class="timeline-ago">${d.dcTimeline[2]}</div></div></div></div><div class="timeline-date-wrapper"><a
class="now-date"><span>${d.dcTimeline[3]}</span></a></div></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons">${d.dcFooterButtons
  .map((b) => `<button class="btn btn-icon-text btn-default topic-footer-button"><svg></svg><span class="d-button-label">${b}</span></button>`)
  .join('')}</div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="complementary" class="more-topics__list"><h3 id="suggested-topics-title"
class="more-topics__list-title">Suggested Topics</h3><div class="topic-list-container"><table class="topic-list"><thead class="topic-list-header"><tr>
${d.dcSuggestedHead.map((h) => `<th class="topic-list-data">${h}</th>`).join('')}</tr></thead><tbody class="topic-list-body">${suggested}</tbody></table></div>
</div></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a class="badge-category__wrapper" href="/c/support/5"><span
class="badge-category__name">Support</span></a> or <a href="/latest">view latest topics</a>.</h3></div></div></div></div></div></div>
<script defer src="/assets/vendor-3a9e1f0b.js"></script></body></html>`;
const discourse: TestPage = {
  html,
  name: 'heldout87-discourse-forum',
  kind: 'forum',
  // the accepted-answer box under the first post and the quote in the last reply are quoted posts (neither list), "Solved by
  // ... in post #4" is furniture; code is in neither list; the posts have no headings
  title: d.dcTitle,
  headings: [],
  body: texts(d.dcPosts.flatMap((p) => [...p.body, ...(p.list ?? []), ...(p.after ?? [])])),
  bylines: [...new Set(d.dcPosts.flatMap((p) => [p.name, p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', d.dcBanner, ...d.dcHeader, ...d.dcSidebar.flatMap((s) => [s.title, ...s.items]), ...d.dcSidebarMore, ...d.dcMap.flat(),
    'Regular', 'Larchwood Staff', '2', '9', d.dcSolved, 'Solution', 'Reply', ...d.dcTimeline.slice(1), 'Share', 'Bookmark', 'Suggested Topics',
    ...d.dcSuggestedHead, ...d.dcSuggested.flatMap((t) => [t.title, t.replies, t.views, t.activity]), 'Announcements', d.dcMore,
  ])],
};

export const HELDOUT87_F: readonly TestPage[] = [discourse, stackExchangePage];
