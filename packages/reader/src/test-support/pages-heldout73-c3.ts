/** Held-out batch 73: pieces of the dev.to (Forem) article page of file c (head, reaction button, series box, comment). */

export const dvHead = (title: string): string => `<head>
<meta charset="utf-8"><title>${title} - DEV Community</title>
<meta name="last-updated" content="2025-02-14 10:21:07 UTC"><meta name="user-signed-in" content="false"><meta name="environment" content="production">
<link rel="stylesheet" href="https://assets.dev.to/assets/minimal-2a4f.css" media="all" id="main-minimal-stylesheet">
<link rel="stylesheet" href="https://assets.dev.to/assets/views-8c1e.css" media="all" id="secondary-views-stylesheet">
<meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://dev.to/priyaraman/a-tiny-job-queue-in-postgres-with-skip-locked-3k9f">
<meta name="description" content="Build a reliable job queue on the Postgres you already run, with FOR UPDATE SKIP LOCKED.">
<meta name="keywords" content="postgres, database, backend, tutorial"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="DEV Community"><meta name="twitter:site" content="@thepracticaldev">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","mainEntityOfPage":{"@type":"WebPage",
"@id":"https://dev.to/priyaraman/a-tiny-job-queue-in-postgres-with-skip-locked-3k9f"},"headline":"${title}","author":{"@type":"Person",
"url":"https://dev.to/priyaraman","name":"Priya Raman"},"datePublished":"2025-02-11T09:30:00Z","dateModified":"2025-02-12T08:05:00Z"}</script>
<meta name="search-script" content="https://assets.dev.to/assets/Search-1f0a.js"><script src="https://assets.dev.to/assets/baseInitializers-77c3.js" defer>
</script></head>`;

export const dvReaction = (name: string, count: string): string => `<span class="crayons-reaction crayons-tooltip__activator relative" data-category="${name
  .toLowerCase()
  .replace(' ', '_')}"><span class="crayons-reaction__icon crayons-reaction__icon--borderless"><img src="https://assets.dev.to/assets/${name
  .toLowerCase()
  .replace(' ', '-')}.svg" width="24" height="24" alt=""></span><span class="crayons-reaction__count">${count}</span><span data-testid="tooltip"
class="crayons-tooltip__content">${name}</span></span>`;

export const dvSeries = (name: string, items: readonly string[], current: number): string => `<div class="crayons-article__subheader series-switcher">
<nav class="crayons-article__series" aria-label="Series navigation"><header class="crayons-article__series__header"><h2 class="crayons-subtitle-2">${name}</h2>
</header><div class="crayons-article__series__items">${items
  .map(
    (t, i) => `<a href="/priyaraman/series/${i + 1}" class="crayons-article__series__item${i === current ? ' crayons-article__series__item--current' : ''}"
title="${t}"${i === current ? ' aria-current="page"' : ''}><span class="crayons-article__series__item__number">${i + 1}</span>
<span class="crayons-article__series__item__title">${t}</span></a>`,
  )
  .join('\n')}</div></nav></div>`;

interface DvComment {
  u: string;
  n: string;
  d: string;
  likes: string;
  t: string;
}

export const dvComment = (c: DvComment, i: number): string => `<details class="comment-wrapper js-comment-wrapper comment-wrapper--deep-${i === 1 ? 1 : 0} mb-4"
open id="comment-node-${30110 + i}"><summary aria-label="Toggle this comment (and replies)" data-tracking-name="expand_comment_toggle"><span
class="inline-block align-middle"><svg width="24" height="24"><path d="M12 10.586"></path></svg></span></summary>
<div class="comment single-comment-node ${i === 1 ? 'child' : 'root'} comment-deep-${i === 1 ? 1 : 0}" data-comment-id="${30110 + i}"
data-path="/${c.u}/comment/2kf${i}" data-comment-author-id="${880 + i}"><div class="comment__inner"><a href="/${c.u}" class="shrink-0 crayons-avatar
m:crayons-avatar--l mt-4 m:mt-3"><img class="crayons-avatar__image" width="32" height="32" src="/avatar-${c.u}.png" alt="${c.u} profile image"></a>
<div class="inner-comment comment__details"><div class="comment__content crayons-card"><div class="comment__header">
<a href="/${c.u}" class="crayons-link crayons-link--secondary flex items-center fw-medium m:hidden">${c.n}</a>
<div class="profile-preview-card relative mb-4 s:mb-0 fw-medium hidden m:inline-block"><button id="comment-profile-preview-trigger-${30110 + i}"
class="profile-preview-card__trigger p-1 -my-1 -ml-1 crayons-btn crayons-btn--ghost" aria-label="${c.n} profile details">${c.n}</button></div>
<span class="color-base-30 px-2 m:pl-0" role="presentation">•</span><a href="/${c.u}/comment/2kf${i}" class="comment-date crayons-link
crayons-link--secondary fs-s"><time datetime="2025-02-11T14:02:00Z" class="date-no-year">${c.d}</time></a></div>
<div class="comment__body text-styles text-styles--secondary body"><p>${c.t}</p></div></div>
<footer class="comment__footer"><button class="crayons-btn crayons-btn--ghost crayons-btn--icon-left crayons-btn--s mr-1 reaction-like inline-flex
reaction-button" data-comment-id="${30110 + i}" aria-label="Like comment" aria-pressed="false"><svg width="24" height="24"><path d="M18.884 12.595"></path>
</svg><span class="reactions-count" id="reactions-count-${30110 + i}">${c.likes}</span> <span class="reactions-label hidden m:inline-block">likes</span>
</button><a class="js actions crayons-btn crayons-btn--ghost crayons-btn--s crayons-btn--icon-left toggle-reply-form mr-1 inline-flex"
href="#/${c.u}/comment/2kf${i}" rel="nofollow"><svg width="24" height="24"><path d="M10.5 5h3"></path></svg><span class="hidden m:inline-block">Reply</span>
</a></footer></div></div></div></details>`;
