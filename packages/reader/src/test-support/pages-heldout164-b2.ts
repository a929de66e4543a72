import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 164, file b2: an AVS Forum thread on the VerticalScope XenForo theme as a guest saves it (the site header
 * with "Forums", "Articles" and "Log in" / "Join Now", breadcrumbs, the thread header with "Jump to Latest" and "Follow",
 * the thread summary "replies / participants / last post" line, message cards with "Discussion Starter", post positions,
 * "Joined ... Posts" lines, a quoted reply, Like / Reply / Save buttons, the "Join the discussion" guest box, an in-thread
 * ad, "Related Threads", "Top Contributors this Month", the Consent Management cookie bar and the footer).
 */
const avTitle = 'Raised blacks in dark scenes after the 3.1 firmware on the Veritone V85 OLED';
type AvPost = { n: number; user: string; joined: string; when: string; starter?: boolean; quote?: [string, string]; paras: string[] };
const avPosts: AvPost[] = [
  {
    n: 1,
    user: 'gradient_gary',
    joined: 'Joined 2019 · 1,204 Posts',
    when: 'Oct 3, 2025',
    starter: true,
    paras: [
      'Since my 65" Veritone V85 updated itself to firmware 3.1 last week, near-black in dark films looks lifted and slightly ' +
        'green. Letterbox bars are still perfectly black, so it is not the panel turning on where it should be off. It is the first ' +
        'few steps above black that have changed.',
      'Settings are Filmmaker mode, brightness 50, gamma 2.4, all processing off. Same settings I calibrated with in the spring. ' + 'Anyone else seeing this?',
    ],
  },
  {
    n: 2,
    user: 'CalDisplayLab',
    joined: 'Joined 2008 · 22,317 Posts',
    when: 'Oct 3, 2025',
    paras: [
      'Yes, and it is measurable. I ran a near-black sweep before and after on a review unit. Steps from 1% to 4% stimulus are about ' +
        'a third brighter on 3.1 than on 2.8, and the white balance at those steps drifts toward green by roughly 3 dE.',
      'It looks like the update reset the panel’s near-black compensation table. Running the panel refresh from the service menu ' +
        '' +
        'did not help on my unit.',
    ],
  },
  {
    n: 3,
    user: 'Moira Castellano',
    joined: 'Joined 2021 · 318 Posts',
    when: 'Oct 4, 2025',
    quote: ['CalDisplayLab', 'It looks like the update reset the panel’s near-black compensation table.'],
    paras: [
      'Is there a workaround in the user menu? I do not have a meter and I do not want to undo a professional calibration by poking ' +
        'around in the service menu.',
    ],
  },
  {
    n: 4,
    user: 'CalDisplayLab',
    joined: 'Joined 2008 · 22,317 Posts',
    when: 'Oct 4, 2025',
    paras: [
      'Until Veritone ships a fix, the least harmful thing you can do is lower brightness from 50 to 48. That pulls the lifted ' +
        'steps down to roughly where they were without crushing shadow detail on the test patterns I tried. Do not touch the ' +
        'two-point white balance for this; the problem is below where those controls act.',
      'I have sent my measurements to the Veritone calibration team and they have acknowledged the report.',
    ],
  },
  {
    n: 5,
    user: 'gradient_gary',
    joined: 'Joined 2019 · 1,204 Posts',
    when: 'Oct 9, 2025',
    starter: true,
    paras: [
      'Update for anyone who finds this later: firmware 3.1.2 started rolling out in the UK this morning. After installing it, near-black ' +
        'looks right again on my set, and the green tint in the shadows is gone.',
      'I would still turn off automatic updates if you have a calibrated set. Thanks for the help, everyone.',
    ],
  },
];
const avNav = ['Forums', 'Articles', 'Member Reviews', 'What\u2019s New', 'Log in', 'Join Now'];
const avCrumbs = ['Home', 'Forums', 'Display Devices', 'OLED Technology and Flat Panels General'];
const avRelated = [
  'Veritone V85 owners thread 2025',
  'Firmware updates that changed picture quality',
  'Near-black uniformity on 2025 OLEDs',
  'Should I disable automatic updates on a calibrated TV?',
];
const avTop = ['CalDisplayLab', 'Ruthenberg', 'plasma_forever', 'Kenji Okabe'];
const avFoot = ['About', 'Advertise', 'Help', 'Contact Us', 'Terms of Use', 'Privacy Policy', 'Do Not Sell My Personal Information'];
const avCookie =
  'We and our partners use cookies and similar technologies to improve your experience and for advertising. You can change your choices at any time.';
const avPost = (p: AvPost): string => `<article class="message message--post MessageCard js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-2431${p.n}" id="js-post-2431${p.n}"><div class="MessageCard__container"><header class="MessageCard__header">
<div class="MessageCard__avatar"><a href="/members/${p.user.toLowerCase()}.${p.n}/" class="avatar avatar--s">
<img src="/data/avatars/s/${p.n}.jpg" alt="${p.user}"
loading="lazy"></a></div><div class="MessageCard__user-info"><div class="MessageCard__user-info__name"><a href="/members/${p.n}/" class="username"
data-user-id="${p.n}">${p.user}</a>${p.starter ? '<span class="MessageCard__thread-starter">Discussion Starter</span>' : ''}</div>
<div class="MessageCard__user-details">${p.joined}</div></div><div class="MessageCard__post-info"><span class="MessageCard__post-position">#${p.n}</span>
<span class="MessageCard__dot-separator">·</span><time class="u-dt MessageCard__date-created" datetime="2025-10-0${p.n}T19:02:00+0000">${p.when}</time></div>
</header>
<div class="message-content js-messageContent"><article class="message-body js-selectToQuote"><div class="bbWrapper">${
  p.quote
    ? `<blockquote
class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch" data-quote="${p.quote[0]}">
<div class="bbCodeBlock-title">${p.quote[0]} said:</div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${p.quote[1]}</div><div class="bbCodeBlock-expandLink
js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`
    : ''
}
${p.paras.join('<br>\n<br>\n')}</div></article></div>
<footer class="MessageCard__footer"><div class="MessageCard__actions"><a class="MessageCard__like" href="/posts/2431${p.n}/react?reaction_id=1"
rel="nofollow"><span>Like</span></a><a class="MessageCard__reply" href="/threads/2431/reply?quote=2431${p.n}" data-xf-click="quote"><span>Reply</span></a>
<a class="MessageCard__save" href="/posts/2431${p.n}/bookmark"><span>Save</span></a></div></footer></div></article>`;
const avHtml = `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-app="public" data-template="thread_view" class="has-no-js template-thread_view vs-theme">
<head><meta charset="utf-8"><title>${avTitle} | AVS Forum</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Since my 65&quot; Veritone V85 updated itself to firmware 3.1 last week, near-black in dark films looks lifted">
<meta property="og:title" content="${avTitle}"><meta property="og:site_name" content="AVS Forum">
<link rel="canonical" href="https://www.avsforum.com/threads/raised-blacks-v85.3318842/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${avTitle}","author":{"@type":"Person",
"name":"gradient_gary"},"datePublished":"2025-10-03T19:02:00+00:00","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Avs_theme.less&amp;s=14&amp;l=1">
<script async src="https://cdn.consentmanager.example/delivery/autoblocking/avs.js"></script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header vs-header"><div class="p-header-inner"><a class="p-header-logo" href="/"><img src="/styles/avs/logo.svg" alt="AVS Forum"></a>
<nav class="p-nav vs-nav"><ul class="p-nav-list">${links(avNav.slice(0, 4), 'p-navEl')}</ul>
<div class="p-navgroup p-account p-navgroup--guest"><a class="p-navgroup-link--logIn" href="/login/">${avNav[4]}</a>
<a class="p-navgroup-link--register button--cta" href="/register/">${avNav[5]}</a></div></nav></div></header>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs">${links(avCrumbs)}</ul>
<div class="p-body-header vs-thread-header"><div class="p-title"><h1 class="p-title-value">${avTitle}</h1></div>
<div class="vs-thread-header__actions"><a class="button--link" href="/threads/raised-blacks-v85.3318842/latest">Jump to Latest</a>
<a class="button" href="/threads/raised-blacks-v85.3318842/watch" data-xf-click="overlay">Follow</a></div>
<div class="vs-thread-header__stats"><span>4 replies</span> <span>·</span> <span>3 participants</span> <span>·</span>
<span>Last post by gradient_gary</span></div></div>
<div class="p-body-main p-body-main--withSidebar"><div class="p-body-content"><div class="block block--messages"><div class="block-container lbContainer">
<div class="block-outer"><div class="vs-sort">Sort by <a href="#">Oldest first</a></div></div><div class="block-body js-replyNewMessageContainer">
${avPosts.slice(0, 2).map(avPost).join('\n')}
<div class="vs-inthread-ad" data-ad-slot="AVS_InThread_1"><span class="vs-ad-label">Sponsored</span><div id="avs-ad-inthread-1"></div></div>
${avPosts.slice(2).map(avPost).join('\n')}
</div></div></div>
<div class="block vs-join-discussion"><div class="block-container"><h2 class="block-header">Join the discussion</h2><div class="block-body">
<p>Continue with Google</p><p>Continue with Facebook</p><p>or sign up with email</p></div></div></div>
</div><div class="p-body-sidebar"><div class="block" data-widget-key="vs_related_threads"><div class="block-container">
<h3 class="block-minorHeader">Related Threads</h3>
<ul class="block-body">${links(avRelated, 'block-row')}</ul></div></div>
<div class="block" data-widget-key="vs_top_contributors"><div class="block-container"><h3 class="block-minorHeader">Top Contributors this Month</h3>
<ol class="block-body">${links(avTop, 'block-row')}</ol></div></div>
<div class="block vs-ad"><span class="vs-ad-label">Sponsored</span><div id="avs-ad-sidebar-1" data-ad-slot="AVS_Sidebar_1"></div></div></div></div></div></div>
<footer class="p-footer vs-footer"><div class="p-footer-inner"><ul class="p-footer-linkList">${links(avFoot)}</ul>
<div class="p-footer-copyright">AVS Forum is a community of AV enthusiasts. © 2025 VerticalScope Inc. All Rights Reserved.</div></div></footer></div>
<div id="cmpbox" class="cmpbox cmpboxBG" role="dialog" aria-label="Consent"><div class="cmpboxinner"><div class="cmpboxtxt">${avCookie}</div>
<div class="cmpboxbtns"><a class="cmpboxbtn cmpboxbtnyes" role="button">Accept all</a><a class="cmpboxbtn cmpboxbtnno" role="button">Reject all</a>
<a class="cmpboxbtn cmpboxbtncustom" role="button">Customize your choice</a></div></div></div>
<script src="/js/xf/preamble.min.js?_v=8f13"></script><script src="/js/vs/theme.min.js?_v=8f13"></script></body></html>`;
export const avsForumThread: TestPage = {
  html: avHtml,
  name: 'heldout164-avsforum-thread',
  kind: 'forum',
  // every post is body; the quote is in neither list; names and post dates are bylines, "Discussion Starter" badges, post
  // positions, "Joined ... Posts" lines, buttons, the thread stats, sort control, ads, guest join box, rails, footer and
  // consent bar are furniture
  title: avTitle,
  headings: [],
  body: avPosts.flatMap((p) => texts(p.paras)),
  bylines: [...new Set(avPosts.map((p) => p.user)), 'Oct 3, 2025', 'Oct 4, 2025', 'Oct 9, 2025', 'Last post by gradient_gary'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...avNav, ...avCrumbs, 'Jump to Latest', 'Follow', '4 replies', '3 participants', 'Sort by Oldest first', 'Discussion Starter', '#1', '#2', '#3', '#4',
    '#5', ...new Set(avPosts.map((p) => p.joined)), 'Click to expand...', 'Like', 'Reply', 'Save', 'Sponsored', 'Join the discussion',
    'Continue with Google', 'Continue with Facebook', 'or sign up with email', 'Related Threads', ...avRelated, 'Top Contributors this Month',
    ...avTop.slice(1), ...avFoot, 'AVS Forum is a community of AV enthusiasts. © 2025 VerticalScope Inc. All Rights Reserved.', avCookie,
    'Accept all', 'Reject all', 'Customize your choice',
  ],
};
