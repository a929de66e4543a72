import { links } from './page-kit.js';

/**
 * Held-out batch 176, Discourse helper: a topic page as a browser saves it after the Ember app has rendered it for a
 * signed-out visitor (d-header with the sign-up and log-in buttons, the anonymous sidebar, the topic title with its
 * category badge and tags, each post's names, relative date, cooked body and post controls, the topic map with its stats,
 * the timeline, the footer buttons, the related/suggested topic lists), with the site's own extras passed in.
 */
export interface DPost {
  user: string;
  name?: string;
  /** User title (flair text under the name). */
  title?: string;
  /** Relative date text the post shows, and its full title text. */
  date: string;
  full: string;
  cooked: string;
  likes?: string;
  replyTo?: string;
  replies?: string;
  /** Extra class on the topic-post wrapper (e.g. a staff group). */
  cls?: string;
  solution?: boolean;
}
export interface DRow {
  title: string;
  cat: string;
  tags?: string[];
  replies: string;
  views: string;
  act: string;
}
export interface DSite {
  host: string;
  site: string;
  topicId: number;
  slug: string;
  title: string;
  desc: string;
  cat: string;
  parent?: string;
  tags: string[];
  posts: DPost[];
  /** [number, label] pairs of the topic map. */
  stats: [string, string][];
  timeline: [string, string, string];
  related: DRow[];
  sidebar: { title: string; items: string[] }[];
  buttons: string[];
  solved?: { by: string; post: number; excerpt: string };
  headExtra?: string;
  /** HTML before the d-header (a global nav), at the top of the main outlet, and after the main section (footers, banners). */
  top?: string;
  notice?: string;
  bottom?: string;
  bodyClass?: string;
}

const esc = (t: string): string => t.replace(/&/g, '&amp;');
const tag = (t: string): string => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag box">${t}</a>`;
const badge = (c: string, parent?: string): string => `<span class="badge-category__wrapper"><span data-category-id="${c.length * 7}"
${parent ? `data-parent-category-id="${parent.length * 7}" ` : ''}class="badge-category --style-square${parent ? ' --has-parent' : ''}"
style="--category-badge-color: #0088CC;"><span class="badge-category__name">${esc(c)}</span></span></span>`;

function post(s: DSite, p: DPost, n: number): string {
  const solvedQuote =
    n === 1 && s.solved
      ? `<aside class="quote accepted-answer" data-post="${s.solved.post}" data-topic="${s.topicId}" data-expanded="false"><div class="title">
<div class="accepted-answer--solver-accepter"><div class="accepted-answer--solver">Solved by <a href="/u/${s.solved.by}">${s.solved.by}</a></div>
<div class="accepted-answer--accepter">in <a href="#post_${s.solved.post}">post #${s.solved.post}</a></div></div>
<button class="quote-toggle btn-flat"><svg class="fa d-icon d-icon-chevron-down svg-icon"><use href="#chevron-down"></use></svg></button></div>
<blockquote>${s.solved.excerpt}</blockquote></aside>`
      : '';
  return `<div class="topic-post clearfix${n === 1 ? ' topic-owner' : ''} regular${p.cls ? ` ${p.cls}` : ''}" data-post-number="${n}">
<article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${s.topicId * 10 + n}" data-topic-id="${s.topicId}"
data-user-id="${p.user.length * 131}" class="boxed onscreen-post"><span class="tabLoc" aria-hidden="true" tabindex="-1"></span>
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}"
data-user-card="${p.user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48"
src="https://${s.host}/user_avatar/${s.host}/${p.user.toLowerCase()}/96/${n}_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data">
<div class="names trigger-user-card">
<span class="first username${p.cls ? ` ${p.cls}` : ''}"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>
${p.name ? `<span class="second full-name"><a href="/u/${p.user}" data-user-card="${p.user}">${p.name}</a></span>` : ''}
${p.title ? `<span class="user-title">${esc(p.title)}</span>` : ''}
</div>
<div class="post-infos">
${
  p.replyTo
    ? `<a class="reply-to-tab" href="#" tabindex="0"><svg class="fa d-icon d-icon-share svg-icon"><use href="#share"></use></svg>
<img alt="" width="24" height="24" class="avatar" src="/user_avatar/${p.replyTo}.png"><span>${p.replyTo}</span></a>`
    : ''
}
<div class="post-info post-date"><a class="post-date" href="/t/${s.slug}/${s.topicId}/${n}" data-share-url="/t/${s.slug}/${s.topicId}/${n}"
data-post-number="${n}"><span title="${p.full}" data-time="${1762000000000 + n}" data-format="tiny" class="relative-date">${p.date}</span></a></div>
</div></div>
<div class="regular contents"><div class="cooked">
${solvedQuote}${p.cooked}
</div>
<section class="post-menu-area clearfix"><nav class="post-controls collapsed-1${p.solution ? ' accepted' : ''}"><div class="actions">
${
  p.replies
    ? `<button class="btn post-action-menu__show-replies show-replies btn-flat" aria-expanded="false"><span class="d-button-label">${p.replies}</span>
</button>`
    : ''
}
${
  p.solution
    ? `<span class="accepted-text" title="accepted as the solution"><svg class="fa d-icon d-icon-check svg-icon"></svg>
<span class="accepted-label">Solution</span></span>`
    : ''
}
${
  p.likes
    ? `<div class="double-button"><button class="btn post-action-menu__like-count like-count button-count btn-flat"
title="${p.likes} people liked this post"><span class="d-button-label">${p.likes}</span></button>
<button class="btn post-action-menu__like toggle-like btn-icon no-text btn-flat" title="like this post"><svg class="fa d-icon d-icon-far-heart svg-icon">
<use href="#far-heart"></use></svg></button></div>`
    : ''
}
<button class="btn post-action-menu__copy-link btn-icon no-text btn-flat" title="copy a link to this post to clipboard"></button>
<button class="btn post-action-menu__reply reply create fade-out btn-icon-text btn-flat" title="Begin composing a reply to this post">
<svg class="fa d-icon d-icon-reply svg-icon"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article></div>`;
}

const row = (r: DRow, i: number): string => `<tr data-topic-id="${9000 + i}" class="topic-list-item">
<td class="main-link topic-list-data" colspan="1"><span class="link-top-line"><a href="/t/${i}" class="title raw-link raw-topic-link">${r.title}</a></span>
<div class="link-bottom-line">${badge(r.cat)}
<div class="discourse-tags">${(r.tags ?? []).map(tag).join('\n')}</div></div></td>
<td class="num posts-map posts topic-list-data"><a href="/t/${i}/1" class="badge-posts"><span class="number">${r.replies}</span></a></td>
<td class="num views topic-list-data"><span class="number">${r.views}</span></td>
<td class="num topic-list-data age activity"><a class="post-activity" href="/t/${i}/last"><span class="relative-date">${r.act}</span></a></td></tr>`;

export function discourse(s: DSite): { html: string; furniture: string[]; bylines: string[] } {
  const sidebar = s.sidebar
    .map(
      (sec) => `<div class="sidebar-section-wrapper sidebar-section" data-section-name="${sec.title.toLowerCase()}">
<div class="sidebar-section-header-wrapper sidebar-row"><button class="btn no-text sidebar-section-header sidebar-section-header-collapsable btn-transparent"
aria-expanded="true"><span class="sidebar-section-header-caret"></span><span class="sidebar-section-header-text">${sec.title}</span></button></div>
<ul class="sidebar-section-content">${links(sec.items, 'sidebar-section-link-wrapper')}</ul></div>`,
    )
    .join('\n');
  const html = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${esc(s.title)} - ${esc(s.cat)} - ${esc(s.site)}</title><meta name="description" content="${esc(s.desc)}">
<meta name="generator" content="Discourse 3.5.0 - https://github.com/discourse/discourse version 6f2a1c9e">
<link rel="icon" type="image/png" href="https://${s.host}/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport"
content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://${s.host}/t/${s.slug}/${s.topicId}"><link rel="search" type="application/opensearchdescription+xml"
href="https://${s.host}/opensearch.xml" title="${esc(s.site)} Search">
<link href="https://${s.host}/stylesheets/desktop_a7f3.css" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="${esc(s.site)}"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<meta property="og:title" content="${esc(s.title)}"><meta property="og:description" content="${esc(s.desc)}">
<meta property="og:url" content="https://${s.host}/t/${s.slug}/${s.topicId}"><meta property="article:section" content="${esc(s.cat)}">
${s.tags.map((t) => `<meta property="article:tag" content="${t}">`).join('')}
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","@id":"https://${s.host}/t/${s.slug}/${s.topicId}",
"headline":"${s.title.replace(/"/g, '\\"')}","articleSection":"${s.cat}","position":1,"author":{"@type":"Person","name":"${s.posts[0]?.user}",
"url":"https://${s.host}/u/${s.posts[0]?.user}"},"datePublished":"2025-11-03T16:12:40Z","interactionStatistic":[{"@type":"InteractionCounter",
"interactionType":"http://schema.org/CommentAction","userInteractionCount":${s.posts.length - 1}}]}</script>
<script defer src="https://${s.host}/assets/vendor-8d1e.js"></script><script defer src="https://${s.host}/assets/discourse-3c0f.js"></script>
${s.headExtra ?? ''}</head>
<body class="${s.bodyClass ?? ''} has-sidebar-page category-${s.cat.toLowerCase().replace(/[^a-z0-9]+/g, '-')} archetype-regular docked">
<div class="hidden" id="data-preloaded" data-preloaded="{&quot;site&quot;:&quot;{}&quot;,&quot;topic_${s.topicId}&quot;:&quot;{}&quot;}"></div>
<section id="main" class="ember-application"><div id="ember7" class="ember-view">
<div class="skip-link__wrapper"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a></div>
${s.top ?? ''}
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle">
<button class="btn btn-flat btn-sidebar-toggle no-text btn-icon"
aria-expanded="true" title="Toggle sidebar" aria-label="Toggle sidebar"></button></div>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true"><img id="site-logo" class="logo-big"
src="https://${s.host}/uploads/default/original/2X/logo.png" alt="${esc(s.site)}"></a></div></div>
<div class="panel" role="navigation"><span class="auth-buttons">${s.buttons
    .map(
      (b) =>
        `<button class="btn btn-primary btn-small ${b.toLowerCase().replace(/ /g, '-')}-button btn-text"><span class="d-button-label">${b}</span></button>`,
    )
    .join('\n')}</span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><button class="icon btn btn-flat"
aria-expanded="false" aria-label="Search" title="Search"></button></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections sidebar-sections-anonymous">${sidebar}</div></section></div>
<div id="main-outlet" class="">${s.notice ?? ''}
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="${s.topicId}">
<a href="/t/${s.slug}/${s.topicId}" class="fancy-title"><span dir="auto">${esc(s.title)}</span></a></h1>
<div class="topic-category"><div class="categories-wrapper">${s.parent ? `<a href="/c/p" class="badge-category__wrapper">${badge(s.parent)}</a>` : ''}
<a href="/c/${s.topicId}" class="badge-category__wrapper">${badge(s.cat, s.parent)}</a></div>
<div class="list-tags"><div class="discourse-tags" role="list" aria-label="Tags">${s.tags.map(tag).join('\n')}</div></div></div></div></div></div>
<div class="container posts" id="topic" data-topic-id="${s.topicId}"><div class="selected-posts hidden"></div>
<div class="row"><section class="topic-area" id="topic" data-topic-id="${s.topicId}"><div class="posts-wrapper"><div class="post-stream">
${s.posts
  .map((p, i) => {
    const map =
      i === 0
        ? `<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats --single-stat">${s.stats
            .map(
              ([n, l]) => `<button class="btn no-text topic-map__${l}-trigger fk-d-menu__trigger"><span class="number">${n}</span>
<span class="topic-map__stat-label">${l}</span></button>`,
            )
            .join('\n')}</div></section></div>`
        : '';
    return post(s, p, i + 1) + map;
  })
  .join('\n')}
</div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text share-and-invite btn-default"
title="Share a link to this topic">
<span class="d-button-label">Share</span></button><button class="btn btn-icon-text btn-primary create" title="Begin composing a reply to this topic">
<span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="row"><ul class="nav nav-pills"><li><button class="btn btn-default active">Related topics</button></li></ul>
<div class="more-topics__lists single-list"><div role="complementary" aria-labelledby="related-topics-title" id="related-topics" class="more-topics__list">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topics"><table class="topic-list"><thead><tr>
<th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th class="activity num">Activity</th></tr></thead>
<tbody>${s.related.map(row).join('\n')}</tbody></table></div></div></div></div></div>
</section>
<div class="timeline-container"><div class="topic-timeline timeline-fullscreen"><div class="timeline-scrollarea-wrapper">
<div class="timeline-date-wrapper"><a class="start-date" href="/t/${s.slug}/${s.topicId}/1">${s.timeline[0]}</a></div>
<div class="timeline-scrollarea"><div class="timeline-scroller"><div class="timeline-scroller-content"><div class="timeline-replies">${s.timeline[1]}</div>
</div></div></div><div class="timeline-date-wrapper"><a class="now-date" href="/t/${s.slug}/${s.topicId}/last">${s.timeline[2]}</a></div></div>
</div></div></div></div></div></div>
${s.bottom ?? ''}
</div></section>
<div id="d-menu-portals"></div></body></html>`;
  const furniture = [
    'Skip to main content',
    ...s.buttons,
    ...s.sidebar.flatMap((x) => [x.title, ...x.items]),
    ...(s.parent ? [s.parent] : []),
    s.cat,
    ...s.tags,
    ...s.posts.flatMap((p) => [p.title, p.likes, p.replies].filter((x): x is string => x !== undefined)),
    'Reply',
    ...s.stats.flat(),
    ...(s.solved ? [`Solved by ${s.solved.by}`, `in post #${s.solved.post}`, 'Solution'] : []),
    'Share',
    'Related topics',
    ...s.related.flatMap((r) => [r.title, r.cat, ...(r.tags ?? []), r.replies, r.views, r.act]),
    ...s.timeline,
  ];
  const bylines = [...new Set(s.posts.flatMap((p) => [p.user, p.name, p.date].filter((x): x is string => x !== undefined)))];
  return { html, bylines, furniture: [...new Set(furniture)].filter((f) => !bylines.includes(f)) };
}
