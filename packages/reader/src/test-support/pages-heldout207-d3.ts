import { links } from './page-kit.js';

/**
 * Held-out batch 207, file d3: the Discourse (Ember, 2025) pieces shared by the four Discourse topics of the batch (files d2,
 * e, e2 and f2): the header, the sidebar, a post with its meta data and controls, the topic map and the related topics list.
 */
export interface DPost {
  n: number;
  user: string;
  full?: string;
  title?: string;
  when: string;
  whenTitle: string;
  likes?: string;
  /** The post body HTML (paragraphs, lists, code blocks, quotes). */
  cooked: string;
  replyTo?: string;
  solution?: boolean;
  edited?: boolean;
}

/** The Discourse header (logo, Sign Up / Log In buttons, search and hamburger icons), with `extra` custom header links. */
export const dHeader = (site: string, extra: readonly string[]): string => `<div class="d-header-wrap"><header class="d-header">
<div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img id="site-logo" class="logo-big" src="/uploads/default/original/logo.png" alt="${site}"></a></div></div>
${extra.length === 0 ? '' : `<ul class="custom-header-links">${links(extra, 'headerLink')}</ul>`}
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text" type="button">
<svg class="fa d-icon d-icon-user svg-icon svg-string"><use href="#user"></use></svg><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><button class="icon btn-flat" aria-label="Search" title="Search">
<svg class="fa d-icon d-icon-magnifying-glass svg-icon"><use href="#magnifying-glass"></use></svg></button></li>
<li class="header-dropdown-toggle hamburger-dropdown"><button class="icon btn-flat" aria-label="Menu" title="Menu"></button></li></ul></div></div></div>
</header></div>`;

/** The Discourse sidebar: the community section, the categories and the tags. */
export const dSidebar = (cats: readonly string[], tags: readonly string[]): string => `<div class="sidebar-wrapper"><section id="d-sidebar"
class="sidebar-container"><div class="sidebar-sections sidebar-sections-anonymous"><div class="sidebar-section" data-section-name="community">
<div class="sidebar-section-header-wrapper"><span class="sidebar-section-header-text">Community</span></div><ul class="sidebar-section-content">
${links(['Topics', 'Users', 'Badges', 'Groups', 'About', 'FAQ'], 'sidebar-section-link-wrapper')}</ul></div>
<div class="sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper"><span
class="sidebar-section-header-text">Categories</span>
</div><ul class="sidebar-section-content">${links(cats, 'sidebar-section-link-wrapper')}${links(['All categories'], 'sidebar-section-link-wrapper')}</ul></div>
<div class="sidebar-section" data-section-name="tags"><div class="sidebar-section-header-wrapper"><span class="sidebar-section-header-text">Tags</span>
</div><ul class="sidebar-section-content">${links(tags, 'sidebar-section-link-wrapper')}${links(['All tags'], 'sidebar-section-link-wrapper')}</ul></div>
</div></section></div>`;

/** The texts of `dHeader` and `dSidebar`, for the furniture lists. */
export const dChrome = [
  'Sign Up',
  'Log In',
  'Community',
  'Topics',
  'Users',
  'Badges',
  'Groups',
  'About',
  'FAQ',
  'Categories',
  'All categories',
  'Tags',
  'All tags',
];

/** One post of the post stream. */
export const dPost = (p: DPost, slug: string): string => `<div class="topic-post clearfix${p.n === 1 ? ' topic-owner' : ''} regular"
data-post-number="${p.n}"><article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${90210 + p.n}"
data-user-id="${7000 + p.n}" class="boxed onscreen-post${p.solution ? ' accepted-answer' : ''}"><span tabindex="-1"></span><div class="row">
<div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true">
<img alt="" width="48" height="48" src="/user_avatar/${p.user}/48/1.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>
${p.full ? `<span class="second full-name"><a href="/u/${p.user}">${p.full}</a></span>` : ''}${
  p.title
    ? `<span
class="user-title">${p.title}</span>`
    : ''
}</div>
<div class="post-infos">
${p.edited ? '<div class="post-info edits"><button class="btn-flat" title="Post edited">' + '<span class="d-button-label">1</span></button></div>' : ''}
${
  p.replyTo
    ? `<a class="reply-to-tab" href="#" aria-label="in reply to @${p.replyTo}"><img alt="" class="avatar" src="/user_avatar/${p.replyTo}/24/1.png">
<span>${p.replyTo}</span></a>`
    : ''
}<div class="post-info post-date"><a class="post-date" href="/t/${slug}/${p.n}"><span title="${p.whenTitle}" data-time="1759000000000"
class="relative-date">${p.when}</span></a></div></div></div><div class="regular contents"><div class="cooked">
${p.cooked}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
${p.solution ? '<button class="btn post-action-menu__solved accepted fade-out" title="Solution"><span class="accepted-text">Solution</span></button>' : ''}
<div class="double-button">${
  p.likes
    ? `<button class="btn-flat button-count like-count"
title="number of people that liked this post">${p.likes}</button>`
    : ''
}
<button class="btn toggle-like" title="like this post"><svg class="fa d-icon d-icon-d-unliked"></svg></button></div>
<button class="btn post-action-menu__copy-link" title="copy a link to this post to clipboard"></button>
<button class="btn reply" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div>
</div></div></article></div>`;

/** The topic map under the first post. */
export const dTopicMap = (created: string, last: string, counts: readonly [string, string, string, string]): string => `<div class="topic-map">
<section class="topic-map__contents"><div class="topic-map__stats"><ul><li class="created-at"><h4 role="presentation">created</h4>
<div class="topic-map-post">${created}</div></li><li class="last-reply"><h4 role="presentation">last reply</h4><div class="topic-map-post">${last}</div></li>
<li class="replies"><span class="number">${counts[0]}</span><h4 role="presentation">replies</h4></li>
<li class="secondary views"><span class="number">${counts[1]}</span><h4 role="presentation">views</h4></li>
<li class="secondary users"><span class="number">${counts[2]}</span><h4 role="presentation">users</h4></li>
<li class="secondary likes"><span class="number">${counts[3]}</span><h4 role="presentation">likes</h4></li></ul></div></section></div>`;

/** The texts of `dTopicMap` and `dRelated` labels, for the furniture lists. */
export const dMapLabels = ['created', 'last reply', 'replies', 'views', 'users', 'likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity'];

/** The "Related topics" table under the post stream. */
export const dRelated = (rows: readonly (readonly [string, string, string, string])[]): string => `<div class="more-topics__container">
<div class="more-topics__lists"><div role="complementary" aria-labelledby="related-topics-title" id="related-topics" class="more-topics__list">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container"><table class="topic-list">
<thead class="topic-list-header"><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th>
<th class="activity num">Activity</th></tr></thead><tbody class="topic-list-body">${rows
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${r[0].length}" class="title raw-link raw-topic-link">${r[0]}</a></td>
<td class="num posts">${r[1]}</td><td class="num views">${r[2]}</td><td class="num activity">${r[3]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div></div>`;

/** The timeline at the right of the topic. */
export const dTimeline = (start: string, pos: string, end: string): string => `<div class="topic-navigation with-timeline"><div class="timeline-container">
<div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a class="start-date">${start}</a></div>
<div class="timeline-scrollarea"><div class="timeline-handle"></div><div class="timeline-scroller-content"><div
class="timeline-replies">${pos}</div></div></div>
<div class="timeline-date-wrapper"><a class="now-date">${end}</a></div></div></div></div></div>`;

/** Paragraphs as cooked HTML. */
export const cooked = (paras: readonly string[]): string => paras.map((p) => `<p>${p}</p>`).join('\n');
