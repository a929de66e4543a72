/**
 * Held-out batch 176, Khoros (Lithium) helper: a community forum thread or idea page as a signed-out visitor saves it (the
 * site header passed in, the breadcrumb, the "Solved! Go to Solution." link, the hidden "Topic Options" menu, each message
 * with the author card, rank, subject, date and time, the body, the kudos button and "Reply", the pager, the site's rails
 * and footer passed in).
 */
export interface KMsg {
  user: string;
  rank: string;
  /** Date and time texts shown in the message's DateTime span. */
  date: string;
  time: string;
  subject: string;
  body: string;
  kudos: string;
  solution?: boolean;
  /** Author card lines under the rank (post counts, joined date...), furniture. */
  card?: string[];
  /** An idea status comment ("Status changed to: ..."). */
  status?: string;
}
export interface KSite {
  host: string;
  community: string;
  pageClass: string;
  title: string;
  crumbs: string[];
  msgs: KMsg[];
  kudosLabel: string;
  head?: string;
  header: string;
  /** Above the thread (idea status and vote box, notices). */
  above?: string;
  rail: string;
  footer: string;
  solved?: boolean;
  replyCount: string;
}

export const K_OPTIONS = [
  'Subscribe to RSS Feed',
  'Mark Topic as New',
  'Mark Topic as Read',
  'Float this Topic for Current User',
  'Bookmark',
  'Subscribe',
  'Printer Friendly Page',
];

const msg = (s: KSite, m: KMsg, i: number): string => `<div class="lia-message-view-wrapper lia-js-data-messageUid-${5100 + i}
lia-component-forums-widget-message-view-two" data-lia-message-uid="${5100 + i}" id="M${5100 + i}">
<div class="MessageView lia-message-view-forum-message lia-message-view-display lia-row-standard-unread${i === 0 ? ' lia-thread-topic' : ' lia-thread-reply'}
${m.solution ? ' lia-accepted-solution' : ''}"><span class="lia-message-state-indicator"></span>
<div class="lia-quilt lia-quilt-forum-message lia-quilt-layout-forum-message"><div class="lia-quilt-row lia-quilt-row-message-header">
<div class="lia-quilt-column lia-quilt-column-24 lia-quilt-column-single lia-quilt-column-common-header"><div class="lia-quilt-column-alley">
<div class="lia-message-author-avatar lia-component-author-avatar lia-component-message-view-widget-author-avatar"><div class="UserAvatar lia-user-avatar">
<img class="lia-user-avatar-message" title="${m.user}" alt="${m.user}"
src="https://${s.host}/t5/image/serverpage/avatar-name/default-avatar/avatar-theme/candy/"></div></div>
<div class="lia-message-author-with-avatar">
<span class="UserName lia-user-name lia-user-rank-${m.rank.replace(/[^A-Za-z]+/g, '-')} lia-component-message-view-widget-author-username">
<a class="lia-link-navigation lia-page-link lia-user-name-link" style="" target="_self" aria-label="View Profile of ${m.user}"
href="https://${s.host}/t5/user/viewprofilepage/user-id/${m.user.length * 977}"><span class="login-bold">${m.user}</span></a></span></div>
<div class="lia-message-author-rank lia-component-author-rank lia-component-message-view-widget-author-rank">${m.rank}</div>
${(m.card ?? []).map((c) => `<div class="custom-author-card-field">${c}</div>`).join('\n')}
<span class="DateTime lia-message-posted-on lia-component-common-widget-date"><span class="local-date">‎${m.date}</span>
<span class="local-time">${m.time}</span></span></div></div></div>
<div class="lia-quilt-row lia-quilt-row-message-main"><div class="lia-quilt-column lia-quilt-column-24 lia-quilt-column-single lia-quilt-column-message-main">
<div class="lia-quilt-column-alley"><div class="lia-message-subject lia-component-message-view-widget-subject"><div class="MessageSubject">
<div class="MessageSubjectIcons ">${m.solution ? '<span class="lia-img-message-type-solution lia-fa-icon" title="Solved"></span>' : ''}
${
  i === 0
    ? `<h1 class="lia-message-subject-banner" itemprop="name">${m.subject}</h1>`
    : `<h2 itemprop="name" class="message-subject"><span class="lia-message-unread">
<a class="page-link lia-link-navigation lia-custom-event" href="https://${s.host}/t5/m/${5100 + i}#M${5100 + i}">${m.subject}</a></span></h2>`
}
</div></div></div>
${m.status ? `<div class="lia-message-status-comment"><div class="MessageStatus lia-status lia-component-message-status">${m.status}</div></div>` : ''}
${m.solution ? '<div class="lia-message-body-accepted-solution-checkmark"><span>Solution</span></div>' : ''}
<div class="lia-message-body-wrapper lia-component-message-view-widget-body"><div itemprop="text" id="bodyDisplay${i ? `_${i}` : ''}" class="lia-message-body">
<div class="lia-message-body-content">
${m.body}
</div></div></div></div></div></div>
<div class="lia-quilt-row lia-quilt-row-message-footer"><div class="lia-quilt-column lia-quilt-column-24 lia-quilt-column-single lia-quilt-column-footer">
<div class="lia-quilt-column-alley">
<div class="lia-button-image-kudos-wrapper lia-component-kudos-widget-button-version-3 lia-component-kudos-widget-button-horizontal">
<div class="KudosButton lia-button-image-kudos-horizontal lia-button-image-kudos-enabled lia-button-image-kudos lia-button">
<div class="lia-button-image-kudos-count"><a class="lia-link-navigation kudos-count-link" href="/t5/kudos/messagepage/message-id/${5100 + i}">
<span itemprop="upvoteCount" class="MessageKudosCount lia-component-kudos-widget-message-kudos-count">${m.kudos}</span>
<span class="lia-button-image-kudos-label lia-component-kudos-widget-kudos-count-label">${s.kudosLabel}</span></a></div>
<div class="lia-button-image-kudos-give"><a class="lia-link-navigation kudos-link" role="button" aria-label="Click here to give kudos to this post."
href="/t5/user/userloginpage"></a></div></div></div>
<div class="lia-message-footer-actions"><a class="lia-button lia-button-secondary reply-action-link lia-action-reply" href="/t5/user/userloginpage">Reply</a>
</div></div></div></div></div></div></div>`;

export function khoros(s: KSite): string {
  const first = s.msgs[0];
  const rest = s.msgs.slice(1);
  return `<!DOCTYPE html>
<html lang="en" prefix="og: http://ogp.me/ns#"><head><meta charset="UTF-8"><title>${s.solved ? 'Solved: ' : ''}${s.title} - ${s.community}</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta content="${first?.body.replace(/<[^>]+>/g, '').slice(0, 150)}" name="description">
<meta content="${s.title}" property="og:title"><meta content="article" property="og:type"><meta content="https://${s.host}/t5/thread/td-p/5100"
property="og:url">
<link rel="canonical" href="https://${s.host}/t5/thread/td-p/5100">
<link rel="stylesheet" href="https://${s.host}/skins/6771540/4d8c9a1e/responsive_peak.css">${s.head ?? ''}
<script type="text/javascript" src="https://${s.host}/t5/scripts/D8A1C2B3E4/lia-scripts-head-min.js"></script>
<script language="javascript" type="text/javascript">LITHIUM.PrefetchData = {"Components":{},"commonResults":{}};LITHIUM.DEBUG = false;</script></head>
<body class="lia-board lia-user-status-anonymous ${s.pageClass} lia-body lia-a11y" id="lia-body">
<div id="${s.pageClass}" class="lia-page"><div class="MinimumWidthContainer"><div class="min-width-wrapper"><div class="min-width">
<div class="lia-content">
${s.header}
<div class="lia-quilt lia-quilt-${s.pageClass.toLowerCase()} lia-quilt-layout-two-column-main-side"><div class="lia-quilt-row lia-quilt-row-header">
<div class="BreadCrumb crumb-line lia-breadcrumb lia-component-common-widget-breadcrumb" aria-label="breadcrumbs" role="navigation">
<ul role="list" id="list" class="lia-list-standard-inline">
${s.crumbs
  .map(
    (c, i) => `<li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-${i === 0 ? 'community' : 'board'}" href="/t5/${i}">${c}</a></li>
${i < s.crumbs.length - 1 ? '<li class="lia-breadcrumb-seperator crumb"><span class="separator">:</span></li>' : ''}`,
  )
  .join('')}
</ul></div></div>
<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-quilt-column lia-quilt-column-16 lia-quilt-column-left lia-quilt-column-main-content">
<div class="lia-quilt-column-alley lia-quilt-column-alley-left">
${s.above ?? ''}
<div class="lia-menu-bar lia-menu-bar-top top-block lia-component-common-widget-menu-bar"><div class="lia-decoration-border-menu-bar">
${
  s.solved
    ? `<div class="lia-thread-solved-link lia-component-solutions-widget-thread-solved-link">
<span class="solved-label">Solved!</span>\n<a class="lia-link-navigation solved-link" href="#M5199">Go to Solution.</a></div>`
    : ''
}
<div class="lia-menu-navigation-wrapper lia-js-hidden lia-menu-action lia-component-thread-menu" id="actionMenuDropDown">
<div class="lia-menu-navigation"><div class="dropdown-default-item"><a title="Show option menu" class="lia-js-menu-opener default-menu-option lia-js-click-menu"
aria-haspopup="true" href="#">Topic Options</a><div class="dropdown-positioning"><div class="dropdown-positioning-static">
<ul aria-label="Dropdown menu items" role="list" class="dropdown-menu">${K_OPTIONS.map(
    (o) => `<li role="listitem"><a class="lia-link-navigation"
href="#">${o}</a></li>`,
  ).join('\n')}
</ul></div></div></div></div></div></div></div>
<div class="linear-message-list message-list">
${first ? msg(s, first, 0) : ''}
<div class="lia-replies-toggle-link lia-component-reply-count"><span class="lia-replies-count">${s.replyCount}</span></div>
${rest.map((m, i) => msg(s, m, i + 1)).join('\n')}
</div>
<div class="lia-paging-full-wrapper lia-paging-pager"><ul class="lia-paging-full-pages"><li class="lia-paging-page-first lia-js-data-pageNum-1">
<span class="lia-js-data-pageNum-1 lia-link-navigation lia-link-disabled">1</span></li></ul></div>
</div></div>
<div class="lia-quilt-column lia-quilt-column-08 lia-quilt-column-right lia-quilt-column-side-content">
<div class="lia-quilt-column-alley lia-quilt-column-alley-right">
${s.rail}
</div></div></div></div>
</div></div></div></div></div>
${s.footer}
<script type="text/javascript">LITHIUM.Loader.runJsAttached([], {});LITHIUM.Auth.CHECK_SESSION_TOKEN = 'a1b2c3';</script></body></html>`;
}

/** The furniture texts the helper itself writes (the site's header, rails and footer add their own). */
export const kFurniture = (s: KSite): string[] =>
  [
    ...new Set([
      ...s.crumbs,
      ...(s.solved ? ['Solved!', 'Go to Solution.', 'Solution'] : []),
      'Topic Options',
      ...K_OPTIONS,
      ...s.msgs.flatMap((m) => [m.rank, ...(m.card ?? []), m.kudos]),
      ...s.msgs.slice(1).map((m) => m.subject),
      s.kudosLabel,
      'Reply',
      s.replyCount,
    ]),
  ].filter((f) => f !== s.title);
/** The bylines of the messages: names, dates and times. */
export const kBylines = (s: KSite): string[] => [...new Set(s.msgs.flatMap((m) => [m.user, m.date, m.time]))];
