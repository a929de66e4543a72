import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 207, file a2: a Samsung Community thread on Khoros (the samsung.com global navigation with the
 * "Cookie Preferences" bar, the community sub-navigation, the Khoros breadcrumb, the "Solved!" badge and "Go to Solution."
 * link, the thread options menu, each message's rank, post date and time, "Likes" count, "Reply" and the options menu, the
 * "Accepted Solution" marker and "View solution in original post" box on the first post, the "Similar Threads" rail and the
 * samsung.com footer); also the Khoros message helper used by files b and b2.
 */
export interface KhorosMsg {
  id: number;
  name: string;
  rank: string;
  date: string;
  time: string;
  paras: readonly string[];
  kudos: string;
  solution?: boolean;
}
/** One Khoros (Lithium) message view, as its "forum message" component renders it. */
export const khorosMsg = (m: KhorosMsg, subject: string, kudosLabel: string, topic = false): string => `
<div class="lia-message-view-wrapper lia-js-data-messageUid-${m.id} lia-component-forums-widget-message-view-two" data-lia-message-uid="${m.id}"
id="messageview_${m.id}"><span id="U${m.id}"></span><span id="M${m.id}"></span>
<div class="MessageView lia-message-view-forum-message lia-message-view-display lia-row-standard-unread${topic ? ' lia-thread-topic' : ' lia-thread-reply'}${
  m.solution ? ' lia-list-row-thread-solved lia-accepted-solution' : ''
}"><div class="lia-quilt lia-quilt-forum-message lia-quilt-layout-two-column-message"><div class="lia-quilt-row lia-quilt-row-header">
<div class="lia-quilt-column lia-quilt-column-left"><div
class="lia-message-author-avatar lia-component-author-avatar lia-component-message-view-widget-author-avatar">
<img class="lia-user-avatar-message" alt="${m.name}" src="https://community.example/t5/image/serverpage/avatar-name/${m.id}"></div>
<div class="lia-message-author-with-avatar"><span
class="UserName lia-user-name lia-user-rank-${m.rank.replace(/ /g, '-')} lia-component-message-view-widget-author-username">
<a class="lia-link-navigation lia-page-link lia-user-name-link" href="/t5/user/viewprofilepage/user-id/${m.id % 9973}"><span
class="login-bold">${m.name}</span></a>
</span></div><div class="lia-message-author-rank lia-component-author-rank lia-component-message-view-widget-author-rank">${m.rank}</div></div>
<div class="lia-quilt-column lia-quilt-column-right"><div class="lia-message-post-date lia-component-post-date-last-edited" id="postingDate_${m.id}">
<span class="DateTime"><span class="local-date">\u200e${m.date}</span><span class="local-time">${m.time}</span></span></div>
${m.solution ? '<div class="lia-message-solution-label lia-component-solution-info"><span class="solution-marker">Accepted Solution</span></div>' : ''}
<div class="lia-menu-navigation-wrapper lia-js-hidden lia-menu-action lia-component-message-view-widget-action-menu"><a class="lia-js-menu-opener" href="#"
title="Show option menu">Options</a></div></div></div>
<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-message-subject lia-component-message-view-widget-subject-with-status">
<div class="MessageSubject"><div class="MessageSubjectIcons"><h2 class="message-subject" style="display:none">${subject}</h2></div></div></div>
<div class="lia-message-body-wrapper lia-component-message-view-widget-body"><div class="lia-message-body" id="bodyDisplay_${m.id}">
<div class="lia-message-body-content">${m.paras.map((p) => `<p>${p}</p>`).join('\n')}</div></div></div></div>
<div class="lia-quilt-row lia-quilt-row-footer"><div class="lia-message-footer-actions"><div
class="lia-button-image-kudos-wrapper lia-component-kudos-widget-button-version-3">
<div class="lia-button-image-kudos lia-button"><span class="lia-button-image-kudos-count"><span class="MessageKudosCount">${m.kudos}</span></span>
<span class="lia-button-image-kudos-label">${kudosLabel}</span></div></div>
<a class="lia-button lia-button-secondary reply-action-link lia-action-reply" href="/t5/forums/replypage/message-id/${m.id}">Reply</a></div></div>
</div></div></div>`;

const smTitle = 'Galaxy Watch stopped syncing sleep data to Samsung Health after update';
const smMsgs: KhorosMsg[] = [
  {
    id: 3120455,
    name: 'Dervla_K',
    rank: 'First Poster',
    date: '03-11-2025',
    time: '07:41 AM',
    kudos: '2',
    paras: [
      'Since the watch update on Friday my sleep data no longer reaches Samsung Health on the phone. Steps, heart rate and ' +
        "workouts all sync fine. The watch itself shows last night's sleep score, but the phone shows nothing for the last " +
        'four nights.',
      'I have restarted both, checked that Samsung Health has all its permissions and that the watch is not in power saving. ' +
        'Phone is on the latest software too. Any ideas before I reset the watch? I would rather not lose my watch faces.',
    ],
  },
  {
    id: 3120502,
    name: 'Nkechi_O',
    rank: 'Cosmic Ray',
    date: '03-11-2025',
    time: '09:17 AM',
    kudos: '14',
    solution: true,
    paras: [
      'You do not need to reset the watch. This has come up a few times since the update and the fix that works for most ' +
        'people is to clear the cache of one app on the phone, not the watch.',
      'Go to Settings, Apps, show system apps, find "Health Platform" and clear its cache (not its data). Then open the ' +
        'Galaxy Wearable app, Watch settings, Samsung Health, and toggle "Sync sleep data" off and on again.',
      'Give it a few minutes on Wi-Fi with the watch on its charger. The missing nights should appear one by one.',
    ],
  },
  {
    id: 3120561,
    name: 'Dervla_K',
    rank: 'First Poster',
    date: '03-11-2025',
    time: '12:05 PM',
    kudos: '3',
    paras: [
      'That did it, thank you. All four nights came through within about ten minutes, in the right order. I had been looking ' +
        'in the Samsung Health settings the whole time and never thought of Health Platform.',
    ],
  },
  {
    id: 3121018,
    name: 'TomasR',
    rank: 'Galaxy',
    date: '04-11-2025',
    time: '06:52 PM',
    kudos: '1',
    paras: [
      'Worked for me as well, but only after I also turned off "Adaptive battery" for Samsung Health. Without that the sync ' +
        'stopped again the next night. Posting in case anyone else has the same thing.',
    ],
  },
  {
    id: 3121240,
    name: 'SamsungSupportNiamh',
    rank: 'Samsung Moderator',
    date: '05-11-2025',
    time: '10:30 AM',
    kudos: '5',
    paras: [
      'Thanks all for sharing these steps. Our team is aware of the sleep sync issue after the latest watch update and a fix ' +
        'is planned for a future software release. In the meantime, clearing the Health Platform cache as Nkechi_O described ' +
        'is the recommended workaround.',
      'If the problem continues after trying this, please send an error report from the Samsung Members app so we can look ' + 'at your logs.',
    ],
  },
];
const smGlobal = ['Mobile', 'TV & AV', 'Appliances', 'Computing & Displays', 'Offers', 'Support', 'Business'];
const smSub = ['Community Home', 'Forums', 'Blogs', 'Events', 'Guidelines'];
const smCrumbs = ['Samsung Community', 'Wearables', 'Galaxy Watch'];
const smOpts = ['Mark as New', 'Bookmark', 'Subscribe', 'Mute', 'Subscribe to RSS Feed', 'Permalink', 'Print', 'Report Inappropriate Content'];
const smSimilar = [
  'Sleep score missing on Galaxy Watch after changing phone',
  'Samsung Health not syncing steps overnight',
  'Watch disconnects from phone at night',
  'Blood oxygen during sleep not showing',
];
const smFoot = ['Privacy', 'Legal', 'Accessibility Help', 'Sitemap', 'Cookies', 'Modern Slavery Act'];
const smCookie = 'We use cookies to give you the best experience. By continuing to browse, you agree to our use of cookies.';
const smHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${smTitle} - Samsung Community</title>
<meta name="description" content="Since the watch update on Friday my sleep data no longer reaches Samsung Health on the phone.">
<meta property="og:title" content="${smTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Samsung Community">
<link rel="canonical" href="https://eu.community.samsung.com/t5/wearables/galaxy-watch-stopped-syncing-sleep-data/td-p/3120455">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${smTitle}",
"author":{"@type":"Person","name":"Dervla_K"},"datePublished":"2025-11-03T07:41:00Z","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script>
<link rel="stylesheet" href="/skins/6788512/1a2b3c/samsung-uk/desktop.css"><script src="/t5/scripts/lia-core.js"></script></head>
<body class="lia-board lia-user-status-anonymous ForumTopicPage lia-body lia-a11y" id="lia-body">
<div id="truste-consent-track" class="cookie-bar" role="region" aria-label="Cookie banner"><p class="cookie-bar__text">${smCookie}</p>
<button class="cookie-bar__settings">Cookie Preferences</button><button class="cookie-bar__close">Accept</button></div>
<header class="gnb" role="banner"><a class="gnb__logo" href="https://www.samsung.com/uk/"><span class="hidden">Samsung</span></a>
<nav class="gnb__depth1" aria-label="Main"><ul>${links(smGlobal, 'nv00-gnb__l0-menu')}</ul></nav>
<div class="gnb__utility"><a href="/search">Search</a><a href="/t5/user/userloginpage">Sign In</a></div></header>
<div class="lia-page"><nav class="community-subnav" aria-label="Community"><ul>${links(smSub, 'community-subnav__item')}</ul></nav>
<div class="lia-quilt-row lia-quilt-row-breadcrumb"><ul
class="lia-list-standard-inline BreadCrumb crumb-line lia-breadcrumb lia-component-common-widget-breadcrumb"
aria-label="breadcrumbs">${smCrumbs
  .map(
    (t) => `<li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-category"
href="#">${t}</a></li>`,
  )
  .join('\n')}
<li class="lia-breadcrumb-node crumb final-crumb"><span class="lia-link-navigation child-thread lia-link-disabled">${smTitle}</span></li></ul></div>
<div class="lia-content"><div class="lia-quilt-row lia-quilt-row-main-header"><div class="lia-message-subject-wrapper">
<span class="lia-img-message-type-solved lia-fa-solved" title="Solved!">Solved!</span><h1 class="PageTitle lia-component-common-widget-page-title">
<span class="lia-link-navigation lia-link-disabled" id="link_3">${smTitle}</span></h1>
<a class="lia-link-navigation lia-link-accepted-solution" href="#M3120502">Go to Solution.</a></div>
<div class="lia-menu-navigation-wrapper lia-component-thread-options"><a class="lia-js-menu-opener" href="#">Options</a><ul class="lia-menu-dropdown-items">
${smOpts.map((t) => `<li><a class="lia-link-navigation" href="#">${t}</a></li>`).join('\n')}</ul></div></div>
<div class="lia-component-forums-widget-message-list">
${khorosMsg(smMsgs[0]!, smTitle, 'Likes', true)}
<div class="lia-message-solution-box accepted-solution-highlight"><div class="solution-box-title">Solved! <a href="#M3120502">Go to Solution.</a></div>
<a class="lia-link-navigation view-solution" href="#M3120502">View solution in original post</a></div>
${smMsgs
  .slice(1)
  .map((m) => khorosMsg(m, `Re: ${smTitle}`, 'Likes'))
  .join('\n')}
</div></div>
<aside class="lia-quilt-column lia-quilt-column-side-content"><div class="lia-panel lia-panel-standard SimilarTopics"><div class="lia-decoration-border">
<h2 class="lia-panel-heading-bar-title">Similar Threads</h2><ul class="lia-list-standard">${links(smSimilar, 'lia-list-row')}</ul></div></div></aside></div>
<footer class="footer" role="contentinfo"><p class="footer-copyright">Copyright© 1995-2025 Samsung. All Rights Reserved.</p>
<ul class="footer-terms">${links(smFoot, 'footer-terms__item')}</ul></footer>
<script>LITHIUM.Auth.CHECK_SESSION_TOKEN = 'Q1wV';LITHIUM.InlineMessageReplyEditor({"messageId":3120455});</script></body></html>`;

export const samsungThread: TestPage = {
  html: smHtml,
  name: 'heldout207-samsung-community-thread',
  kind: 'forum',
  // the hidden h2 subjects ("Re: ...") are in neither list; the final breadcrumb repeats the title and is left out
  title: smTitle,
  headings: [],
  body: texts(smMsgs.flatMap((m) => m.paras)),
  bylines: [...new Set(smMsgs.flatMap((m) => [m.name, m.date, m.time]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    smCookie, 'Cookie Preferences', 'Accept', ...smGlobal, 'Search', 'Sign In', ...smSub, ...smCrumbs, 'Solved!', 'Go to Solution.', 'Options', ...smOpts,
    'First Poster', 'Cosmic Ray', 'Galaxy', 'Samsung Moderator', 'Accepted Solution', 'Likes', 'Reply', 'View solution in original post',
    'Similar Threads', ...smSimilar, 'Copyright© 1995-2025 Samsung. All Rights Reserved.', ...smFoot,
  ],
};
