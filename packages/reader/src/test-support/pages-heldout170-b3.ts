/**
 * Held-out batch 170, file b3: the Discourse pieces the three Discourse topics of the batch share (Blender Artists, TrueNAS
 * Community, Arduino Forum), as the Ember app renders them when a browser saves the page: the post article with avatar,
 * names, user title, relative date, "cooked" content, the post controls with like count and "Reply", quotes as
 * `aside.quote`, the Solved plugin's accepted-answer box and "Solution" label, the sidebar sections and the topic map.
 */
export interface DPost {
  n: number;
  user: string;
  full?: string;
  utitle?: string;
  date: string;
  long: string;
  cooked: string;
  likes?: string;
  solution?: boolean;
  edited?: boolean;
}

export const dPost = (
  slug: string,
  p: DPost,
): string => `<div class="topic-post clearfix${p.n === 1 ? ' topic-owner' : ''} regular${p.solution ? ' accepted-answer' : ''}"
data-post-number="${p.n}"><article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${90000 + p.n}"
data-topic-id="${slug.length}"
data-user-id="${p.user.length * 37}" class="boxed onscreen-post"><span class="tabLoc" aria-hidden="true" tabindex="-1"></span><div class="row">
<div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true"
tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/${p.user}/48/1.png" class="avatar" loading="lazy"></a><div
class="poster-avatar-extra"></div></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username${p.n === 1 ? '' : ' new-user'}"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>
${p.full ? `<span class="second full-name"><a href="/u/${p.user}" data-user-card="${p.user}">${p.full}</a></span>` : ''}
${p.utitle ? `<span class="user-title">${p.utitle}</span>` : ''}</div><div class="post-infos">${
  p.edited
    ? `<div class="post-info edits"><button
class="btn-flat widget-button btn-icon-text" title="post last edited"><svg class="fa d-icon d-icon-pencil svg-icon svg-string"><use
href="#pencil"></use></svg></button></div>`
    : ''
}
<div class="post-info post-date"><a class="widget-link post-date" href="/t/${slug}/${p.n}" data-share-url="/t/${slug}/${p.n}" data-post-number="${p.n}"><span
title="${p.long}" data-time="1759999999000" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${p.cooked}</div><section class="post-menu-area clearfix"><nav class="post-controls expand-hidden">
<div class="actions">${
  p.solution
    ? '<span class="accepted-text" title="accepted solution"><svg class="fa d-icon d-icon-check-square"></svg>' +
      '<span class="accepted-label">Solution</span></span>'
    : ''
}
<div class="double-button">${
  p.likes
    ? `<button class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-icon-text"
aria-label="${p.likes} people liked this post"
title="${p.likes} people liked this post">${p.likes}</button>`
    : ''
}<button class="widget-button btn-flat toggle-like like no-likes btn-icon" aria-label="like this post"
title="like this post"><svg class="fa d-icon d-icon-d-unliked"><use href="#far-heart"></use></svg></button></div><button
class="widget-button btn-flat share btn-icon"
aria-label="copy a link to this post to clipboard" title="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share"></svg></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" aria-label="Reply to post #${p.n} by @${p.user}"
title="begin composing a reply to this post">
<svg class="fa d-icon d-icon-reply"></svg><span class="d-button-label">Reply</span></button></div></nav></section></div>
<section class="post-actions"></section><div class="post-links-container"></div></div></div></article></div>`;

/** A Discourse quote of another post, `aside.quote` with the "user:" title (neither gold nor furniture). */
export const dQuote = (user: string, n: number, text: string): string => `<aside class="quote no-group" data-username="${user}" data-post="${n}" data-topic="1">
<div class="title"><div class="quote-controls"><button class="quote-toggle btn-flat" aria-expanded="false" title="expand/collapse"></button></div>
<img alt="" width="24" height="24" src="/user_avatar/${user}/48/1.png" class="avatar"> ${user}:</div><blockquote><p>${text}</p></blockquote></aside>`;

/** The Solved plugin's box at the end of the first post: "Solved by X in post #N" and the answer's first words (a quote). */
export const dSolved = (user: string, n: number, excerpt: string): string => `<aside class="quote accepted-answer" data-post="${n}" data-topic="1">
<div class="title title-only"><div class="accepted-answer--solver-accepter"><div class="accepted-answer--solver">Solved by
<a href="/u/${user}" data-user-card="${user}">${user}</a> in <a href="#post_${n}">post #${n}</a></div></div></div>
<blockquote>${excerpt}</blockquote></aside>`;

/** A sidebar section: header text and link texts. */
export const dSidebarSection = (
  name: string,
  items: readonly string[],
): string => `<div class="sidebar-section sidebar-section-wrapper" data-section-name="${name.toLowerCase()}">
<div class="sidebar-section-header-wrapper sidebar-row"><button class="sidebar-section-header sidebar-section-header-collapsable btn-transparent"
aria-expanded="true"
title="Toggle section"><span class="sidebar-section-header-caret"></span><span class="sidebar-section-header-text">${name}</span></button></div>
<ul class="sidebar-section-content">${items
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a class="ember-view sidebar-section-link sidebar-row"
href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" data-link-name="${t.toLowerCase()}"><span class="sidebar-section-link-prefix icon"></span>
<span class="sidebar-section-link-content-text">${t.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}</ul></div>`;

/** The topic map under the first post: pairs of number and label. */
export const dTopicMap = (stats: readonly (readonly [string, string])[]): string => `<div class="topic-map --op"><section class="topic-map__contents">
<div class="topic-map__stats --single-stat">${stats
  .map(
    ([n, l]) => `<button class="btn no-text fk-d-menu__trigger topic-map__${l}-trigger"><span
class="number">${n}</span><span class="topic-map__stat-label">${l}</span></button>`,
  )
  .join('\n')}</div></section></div>`;

/** The "Suggested Topics" / related table below a topic, with the rows' titles, categories, reply counts and activity. */
export const dSuggested = (heading: string, rows: readonly (readonly [string, string, string, string])[]): string => `<div class="more-topics__container">
<div class="more-topics__lists single-list"><div role="complementary" aria-labelledby="suggested-topics-title" class="suggested-topics more-topics__list">
<h3 id="suggested-topics-title" class="more-topics__list-title">${heading}</h3><div class="topics"><table class="topic-list"><thead class="topic-list-header">
<tr><th class="topic-list-data default">Topic</th><th class="topic-list-data posts num">Replies</th><th
class="topic-list-data activity num">Activity</th></tr></thead>
<tbody class="topic-list-body">${rows
  .map(
    ([t, c, r, a]) => `<tr class="topic-list-item"><td class="main-link topic-list-data"><span class="link-top-line"><a
href="/t/${t.length}" class="title raw-link raw-topic-link">${t}</a></span><div class="link-bottom-line"><a class="badge-category__wrapper"
href="/c/${c.length}"><span
class="badge-category"><span class="badge-category__name">${c}</span></span></a></div></td><td class="num posts-map posts topic-list-data"><span
class="number">${r}</span></td><td class="num topic-list-data age activity"><span class="relative-date">${a}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div></div>`;
