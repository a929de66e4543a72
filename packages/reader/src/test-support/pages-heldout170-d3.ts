/**
 * Held-out batch 170, file d3: the Khoros (Lithium) community pieces the Cisco and Dell discussions share: a message view
 * with the author card (name, rank, rank icon), the date and time spans, the body, the "Solved!" / "Accepted Solution"
 * badges, kudos counts and buttons, "Reply" and the message options menu.
 */
export interface KMsg {
  id: number;
  user: string;
  rank: string;
  date: string;
  time: string;
  paras: string[];
  kudos: string;
  accepted?: boolean;
  subject: string;
  edited?: string;
}

export const kMsg = (
  board: string,
  m: KMsg,
  first: boolean,
): string => `<div class="lia-message-view-wrapper lia-js-data-messageUid-${m.id}${first ? ' lia-thread-topic' : ' lia-thread-reply'}
${m.accepted ? ' lia-list-row-thread-solved' : ''}" data-lia-message-uid="${m.id}" id="messageview_${m.id}"><div class="MessageView
lia-message-view-forum-message
lia-message-view-display lia-row-standard-unread lia-thread-${first ? 'topic' : 'reply'}${
  m.accepted ? ' lia-message-authored-by-you lia-list-row-thread-solved' : ''
}">
<div class="lia-quilt lia-quilt-forum-message lia-quilt-layout-forum-message"><div class="lia-quilt-row lia-quilt-row-header"><div class="lia-quilt-column
lia-quilt-column-24 lia-quilt-column-single lia-quilt-column-common-header"><div class="lia-quilt-column-alley lia-quilt-column-alley-single">
${
  m.accepted
    ? '<div class="lia-message-solution-indicator lia-component-solution-info">' +
      '<span class="lia-img-icon-accepted-solution lia-fa-icon" title="Accepted Solution"></span> ' +
      '<span class="lia-message-solution-label">Accepted Solution</span></div>'
    : ''
}
<div class="lia-message-author-avatar lia-component-author-avatar"><div class="UserAvatar lia-user-avatar lia-component-common-widget-user-avatar"><a
class="UserAvatar
lia-link-navigation" href="/t5/user/viewprofilepage/user-id/${m.id % 3001}"><img class="lia-user-avatar-message" title="${m.user}" alt="${m.user}"
src="/t5/image/serverpage/avatar-name/default-avatar/avatar-theme/candy/avatar-collection/general/avatar-display-size/message/version/2"></a></div></div>
<div class="lia-message-author-with-avatar"><span class="UserName lia-user-name lia-user-rank-${m.rank.replace(
  /\W+/g,
  '-',
)} lia-component-message-view-widget-author-username">
<a class="lia-link-navigation lia-page-link lia-user-name-link" href="/t5/user/viewprofilepage/user-id/${m.id % 3001}" target="_self"><span
class="login-bold">${m.user}</span></a>
</span></div><div class="lia-message-author-rank lia-component-author-rank lia-component-message-view-widget-author-rank">${m.rank}</div>
<div class="lia-message-post-date lia-component-post-date-last-edited"><span class="DateTime"><span class="local-date">${m.date}</span> <span
class="local-time">${m.time}</span></span></div>${
  first
    ? ''
    : `<div class="lia-message-subject lia-component-message-view-widget-subject"><div class="MessageSubject">
<div class="MessageSubjectIcons"><h2 itemprop="name" class="message-subject"><span class="lia-message-unread"><a
class="page-link lia-link-navigation lia-custom-event"
href="/t5/${board}/m-p/${m.id}#M${m.id}">${m.subject}</a></span></h2></div></div></div>`
}</div></div></div>
<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-quilt-column lia-quilt-column-24 lia-quilt-column-single lia-quilt-column-main-content">
<div class="lia-quilt-column-alley lia-quilt-column-alley-single"><div class="lia-message-body-wrapper lia-component-message-view-widget-body" itemprop="text">
<div id="bodyDisplay${first ? '' : `_${m.id}`}" class="lia-message-body lia-component-body"><div class="lia-message-body-content">
${m.paras.map((p) => `<p>${p}</p>`).join('\n')}</div></div></div>${
  m.edited
    ? `<div class="lia-message-edited lia-component-message-view-widget-last-edited">
<span class="edit-author">${m.edited}</span></div>`
    : ''
}</div></div></div><div class="lia-quilt-row lia-quilt-row-footer"><div class="lia-quilt-column lia-quilt-column-24
lia-quilt-column-single lia-quilt-column-common-footer"><div class="lia-quilt-column-alley lia-quilt-column-alley-single"><div class="lia-button-group
lia-component-kudos-widget-button-version-3 lia-component-kudos-widget-button-horizontal"><div class="KudosButton lia-button-image-kudos-wrapper"><div
class="lia-button-image-kudos lia-button-image-kudos-horizontal lia-button-image-kudos-disabled"><div
class="MessageKudosCount lia-component-kudos-widget-message-kudos-count"
id="messageKudosCount_${m.id}">${m.kudos}</div><div class="lia-button-image-kudos-give"><a class="lia-link-navigation kudos-link"
href="/t5/kudos/messagepage/board-id/${board}/message-id/${m.id}"
title="Click here to give kudos to this post."><span class="lia-fa-icon lia-fa-kudos-give"></span><span
class="lia-button-text">Kudos</span></a></div></div></div></div>
${m.accepted ? '' : `<div class="lia-component-solution-button"><span class="lia-fa-icon"></span>Mark as Solution</div>`}<div class="lia-button-group
lia-component-reply-button"><a class="lia-button lia-button-secondary reply-action-link
lia-action-reply" href="/t5/forums/replypage/board-id/${board}/message-id/${m.id}">Reply</a></div>
<ul class="lia-menu-dropdown-items lia-message-options" hidden><li><a href="/t5/${board}/m-p/${m.id}/highlight/true#M${m.id}">Permalink</a></li><li><a
href="/t5/forums/printpage/message-id/${m.id}">Print</a></li><li><a href="/t5/notifications/page/mod-alert/message-id/${m.id}">Report Inappropriate
Content</a></li></ul>
</div></div></div></div></div></div>`;
