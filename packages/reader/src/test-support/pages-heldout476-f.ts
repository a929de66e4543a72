import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout476-kit.js';

/**
 * Held-out batch 476, file f: a smart TV user community thread with an accepted solution on Khoros (Lithium) Community,
 * and a cooker hood how-to video page with chapters and a transcript on HubSpot CMS (drag-and-drop modules, HubSpot video).
 */
const kTitle = 'No sound through soundbar over HDMI ARC after update';
const kPosts: { user: string; rank: string; date: string; time: string; paras: string[]; kudos: number; solution?: boolean }[] = [
  {
    user: 'tvguy_77',
    rank: 'Contributor',
    date: '03-21-2026',
    time: '08:42 PM',
    paras: [
      j(
        'Since my Lumora QX55 installed the March update, my soundbar gets no sound over HDMI ARC. The TV speakers work, and the soundbar works',
        'over Bluetooth. I have tried another HDMI cable and port 2. Any ideas?',
      ),
    ],
    kudos: 1,
  },
  {
    user: 'Lumora_Jess',
    rank: 'Community Manager',
    date: '03-22-2026',
    time: '10:15 AM',
    paras: [
      'Hi @tvguy_77, thanks for the details. The update resets the digital audio output to Auto, which some soundbars do not accept. Please try this:',
      j(
        'Go to Settings, Sound, Sound output and pick HDMI ARC. Then set Digital audio format to',
        'PCM, switch the TV off at the wall for one minute and switch it on again.',
      ),
      'Let me know if that brings the sound back.',
    ],
    kudos: 12,
    solution: true,
  },
  {
    user: 'tvguy_77',
    rank: 'Contributor',
    date: '03-22-2026',
    time: '06:30 PM',
    paras: ['That did it, PCM fixed it straight away. Thanks Jess!'],
    kudos: 2,
  },
];
const kCrumbs = ['Lumora Community', 'Televisions', 'TV Audio and Soundbars'];
const kNav = ['Forums', 'Knowledge Base', 'Events', 'Help'];
const kPost = (
  p: (typeof kPosts)[number],
  i: number,
): string => `<div class="lia-message-view-wrapper lia-js-data-messageUid-8821${i} lia-component-forums-widget-message-view-two
${p.solution ? 'lia-message-solution-wrapper' : ''}" data-lia-message-uid="8821${i}" id="M${8821 + i}"><span id="U8821${i}"></span><div class="MessageView
lia-message-view-forum-message lia-message-view-display lia-row-standard-unread lia-thread-reply ${p.solution ? 'lia-accepted-solution' : ''}">
<div class="lia-quilt lia-quilt-forum-message lia-quilt-layout-two-column-message"><div class="lia-quilt-row lia-quilt-row-header"><div class="lia-quilt-column
lia-quilt-column-04 lia-quilt-column-left"><div class="lia-message-author-avatar lia-component-user-avatar"><div class="UserAvatar lia-user-avatar
lia-component-common-widget-user-avatar">
<img class="lia-user-avatar-message" alt="${p.user}"
src="/t5/image/serverpage/avatar-name/default-avatar/avatar-theme/candy/avatar-collection/cartoon/avatar-display-size/message"></div></div>
<div class="lia-message-author-username lia-component-user-name"><span class="UserName lia-user-name lia-user-rank-${p.rank.replace(/ /g, '-')}
lia-component-message-view-widget-author-username">
<a class="lia-link-navigation lia-page-link lia-user-name-link" href="/t5/user/viewprofilepage/user-id/${4410 + i}" target="_self"><span
class="">${p.user}</span></a></span></div>
<div class="lia-message-author-rank lia-component-author-rank lia-component-message-view-widget-author-rank">${p.rank}</div></div>
<div class="lia-quilt-column lia-quilt-column-20 lia-quilt-column-right"><div class="lia-message-post-date lia-component-post-date-last-edited"
class="lia-message-post-date">
<span class="DateTime"><span class="local-date">&lrm;${p.date}</span><span class="local-time">${p.time}</span></span></div>
${p.solution ? '<div class="lia-message-solution-label"><span class="solution-badge">Solution</span></div>' : ''}</div></div>
<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-message-body-wrapper lia-component-message-view-widget-body-wrapper"><div itemprop="text"
id="bodyDisplay_${i}"
class="lia-message-body lia-component-message-view-widget-body lia-component-body-signature-highlight-escalation
lia-component-message-view-widget-body-signature-highlight-escalation">
<div class="lia-message-body-content">${ps(p.paras)}</div></div></div></div>
<div class="lia-quilt-row lia-quilt-row-footer"><div class="lia-button-group lia-component-kudos-widget-button-version-3"><div class="KudosButton
lia-button-image-kudos-wrapper">
<span class="MessageKudosCount lia-component-kudos-widget-message-kudos-count">${p.kudos}</span><span class="lia-button-image-kudos-label">Kudos</span></div>
<a class="lia-button lia-button-secondary reply-action-link lia-action-reply" href="/t5/forums/replypage/board-id/tv-audio/message-id/${
  8821 + i
}">Reply</a></div></div>
</div></div></div>`;
const kHtml = `<!DOCTYPE html><html prefix="og: http://ogp.me/ns#" dir="ltr" lang="en" class="no-js"><head><title>
Solved: ${kTitle} - Lumora Community</title><meta content="Since my Lumora QX55 installed the March update, my soundbar gets no sound over HDMI ARC."
name="description">
<meta content="width=device-width, initial-scale=1.0, user-scalable=yes" name="viewport"><meta content="2026-03-22T18:30:11+00:00" itemprop="dateModified">
<link href="https://community.lumora.com/t5/TV-Audio-and-Soundbars/No-sound-through-soundbar/td-p/88210" rel="canonical">
<link href="/skins/7793142/2bd1c1d1b3c5e5c2/lumora/desktop.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/t5/scripts/5FD4A7B4C1E0E8C1E2B0E7E6F8D1A2B3/lia-scripts-head-min.js"></script>
<script language="javascript" type="text/javascript">LITHIUM.Globals.restoreGlobals(['context','user','ActiveSkin','page']); LITHIUM.CommunityJsonObject =
{"Page":{"object":
{"type":"Thread","id":88210},"name":"ForumTopicPage"},"Activity":{"Results":[]}};</script></head>
<body class="lia-board lia-user-status-anonymous ForumTopicPage lia-body" id="lia-body"><div id="C47_3F1" class="ServiceNodeInfoHeader"></div><div
class="lia-page">
<center><div class="MinimumWidthContainer"><div class="min-width-wrapper"><div class="min-width"><div class="lia-content"><div class="lia-quilt
lia-quilt-forum-topic-page
lia-quilt-layout-two-column-main-side lia-top-quilt"><div class="lia-quilt-row lia-quilt-row-header"><div class="lia-quilt-column lia-quilt-column-24
lia-quilt-column-single">
<div class="custom-header"><a class="skip-link" href="#lia-body-main">Skip to main content</a><div class="lumora-header"><a href="/" class="brand">Lumora
Community</a>
<nav class="lumora-nav"><ul>${links(kNav)}</ul></nav><div class="lia-search-input-wrapper"><input type="text" class="lia-search-input-message"
placeholder="Search the community"
aria-label="Search"></div><a class="lia-link-navigation login-link" href="/t5/user/userloginpage">Sign In</a></div></div>
<div class="BreadCrumb crumb-line lia-breadcrumb lia-component-common-widget-breadcrumb" aria-label="breadcrumbs" role="navigation"><ul id="list"
class="lia-list-standard-inline">
${kCrumbs
  .map(
    (c) => `<li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-category lia-breadcrumb-category" href="/t5/${c.replace(
      / /g,
      '-',
    )}/ct-p/x">${c}</a>
</li><li class="lia-breadcrumb-seperator crumb-category lia-breadcrumb-category"><span class="separator">:</span></li>`,
  )
  .join('')}<li class="lia-breadcrumb-node crumb final-crumb">
<span class="lia-link-navigation child-thread lia-link-disabled">${kTitle}</span></li></ul></div></div></div>
<div class="lia-quilt-row lia-quilt-row-main" id="lia-body-main"><div class="lia-quilt-column lia-quilt-column-18 lia-quilt-column-left
lia-quilt-column-main-content">
<div class="lia-message-subject-banner lia-component-forums-widget-message-subject-banner"><h1 class="PageTitle
lia-component-common-widget-page-title"><span class="lia-link-navigation
lia-message-unread lia-message-unread-windows">${kTitle}</span></h1><div class="lia-thread-solved-badge"><a class="lia-link-navigation accepted-solution-link"
href="/t5/TV-Audio-and-Soundbars/No-sound/m-p/88211#M1021">Solved! Go to Solution.</a></div></div>
<div class="lia-component-topic-message">${kPosts.map(kPost).join('\n')}</div>
<div class="lia-paging-full-wrapper lia-paging-pager lia-component-forums-widget-paging"><span class="lia-paging-page-previous lia-component-previous"><span
class="lia-link-navigation lia-js-data-pageNum-0 lia-link-disabled">Previous</span></span><span class="lia-paging-page-next lia-component-next"><span
class="lia-link-navigation lia-link-disabled">Next</span></span></div></div>
<div class="lia-quilt-column lia-quilt-column-06 lia-quilt-column-right lia-quilt-column-side-content"><div class="lia-panel lia-panel-standard
RelatedContentTaplet">
<div class="lia-decoration-border"><div class="lia-panel-heading-bar-wrapper"><h2 class="lia-panel-heading-bar"><span
class="lia-panel-heading-bar-title">Related Content</span></h2>
</div><div class="lia-panel-content-wrapper"><ul class="lia-list-standard">${links([
  'QX55 HDMI eARC dropouts with receivers',
  'Lip sync delay on optical output',
])}
</ul></div></div></div></div></div></div></div></div></div></div></center>
<footer class="lumora-footer"><p>© 2026 Lumora Electronics Inc.</p><ul>${links(['Community Guidelines', 'Privacy', 'Terms of Use'])}</ul></footer></div>
<script type="text/javascript">LITHIUM.Auth.CHECK_SESSION_TOKEN = 'a7e3'; LITHIUM.Loader.runJsAttached();</script></body></html>`;
const khoros: TestPage = {
  name: 'heldout476-khoros-tv-arc-thread',
  kind: 'forum',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts(kPosts.flatMap((p) => p.paras)),
  bylines: ['tvguy_77', 'Lumora_Jess', ...new Set(kPosts.map((p) => p.date)), ...kPosts.map((p) => p.time)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Lumora Community', ...kNav, 'Sign In', 'Televisions', 'TV Audio and Soundbars', 'Solved! Go to Solution.', 'Contributor',
    'Community Manager', 'Solution', 'Kudos', 'Reply', '1', '12', 'Previous', 'Next', 'Related Content', 'QX55 HDMI eARC dropouts with receivers',
    'Lip sync delay on optical output', '© 2026 Lumora Electronics Inc.', 'Community Guidelines', 'Privacy', 'Terms of Use',
  ],
};

const hTitle = 'How to clean and replace the grease filters on your Aldra cooker hood';
const hIntro = j(
  'Clean metal grease filters every month and replace carbon filters every four to six',
  'months. This four-minute video shows both on the Aldra Slim 60 and Slim 90.',
);
const hChapters = [
  '0:00 What you need',
  '0:25 Taking out the metal filters',
  '1:10 Washing them by hand or in the dishwasher',
  '2:20 Changing the carbon filter',
  '3:35 Resetting the filter reminder',
];
const hTranscript = [
  j(
    'Hi, I am Lotte from the Aldra care team. Today we will clean the metal grease filters and change the carbon filter on a Slim 60.',
    'You need a bowl of hot water, washing-up liquid, a soft brush and, if your hood recirculates the air, a new carbon filter.',
  ),
  j(
    'First, switch the hood off and let the filters cool. Push the catch on the front edge of each metal filter towards the back of the',
    'hood and let the filter drop into your hand. Hold it level so that old grease does not drip onto the hob.',
  ),
  j(
    'Soak the filters in hot soapy water for ten minutes and brush them from the inside out. You can also put them upright in the',
    'dishwasher on a normal programme. Do not use oven cleaner, because it stains the aluminium. Let the filters dry before you refit them.',
  ),
  j(
    'The carbon filter sits behind the metal filters, on the motor housing. Turn it a quarter turn anticlockwise and pull it down. Push',
    'the new one up, turn it clockwise until it clicks, and refit the metal filters with the catch at the front.',
  ),
  'Finally, hold the light button for three seconds until the filter symbol stops flashing. That resets the reminder. Thanks for watching.',
];
const hNeed = ['Aldra carbon filter CF-60 or CF-90', 'Soft brush', 'Washing-up liquid'];
const hNav = ['Products', 'Inspiration', 'Support', 'Where to buy'];
const hMore = ['How to change the LED light in your hood', 'Choosing the right extraction rate', 'Ducted or recirculating: which is right for you?'];
const hMod = (id: string, type: string, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${id} dnd-row"><div class="row-fluid">
<div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget" data-x="0" data-w="12"><div
id="hs_cos_wrapper_widget_${id}"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module${type}" data-hs-cos-general-type="widget"
data-hs-cos-type="module">${inner}</div></div></div></div>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>How to clean and replace cooker hood grease filters | Aldra</title>
<meta name="description" content="${hIntro}"><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:type" content="video.other"><link rel="canonical" href="https://www.aldra.eu/support/videos/clean-grease-filters">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"${hTitle}","duration":"PT4M02S",
"uploadDate":"2026-01-20"}</script>
<link rel="stylesheet" href="https://www.aldra.eu/hubfs/hub_generated/template_assets/1/5811/main.min.css">
<style>.dnd-section > .row-fluid { max-width: 1200px; } #hs_cos_wrapper_widget_3 .hs-video-wrapper { padding-bottom: 56.25%; }</style></head>
<body><div class="body-wrapper hs-content-id-11740 hs-site-page page"><div data-global-resource-path="aldra-theme/templates/partials/header.html">
<a href="#main-content" class="header__skip">Skip to content</a><header class="header"><div class="header__container content-wrapper"><div class="header__logo">
<a href="/"><img src="https://www.aldra.eu/hubfs/aldra-logo.svg" alt="Aldra" width="120"></a></div><nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>
<div class="header__search"><form class="hs-search-field__bar" action="/hs-search-results"><label class="show-for-sr" for="term">Search</label><input
type="text"
class="hs-search-field__input" name="term" id="term" placeholder="Search"></form></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--support-video"><div class="row-fluid-wrapper">
<div class="row-fluid"><div class="span12 widget-span widget-type-cell" data-widget-type="cell"><div class="row-fluid-wrapper row-depth-1 row-number-1
dnd-section">
${hMod(
  '1',
  '',
  `<span id="hs_cos_wrapper_widget_1_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget"
data-hs-cos-type="rich_text"><p class="eyebrow"><a href="/support/videos">How-to videos</a></p><h1>${hTitle}</h1><p>${hIntro}</p></span>`,
)}
${hMod(
  '3',
  ' hs_cos_wrapper_type_video',
  `<div class="hs-video-widget" data-hsv-embed-id="a8d3f2c1-11ee-4c7b"><div class="hs-video-container" style="max-width:1280px;
margin:0 auto;"><div class="hs-video-wrapper" style="position:relative;height:auto;padding:0;overflow:hidden;"><iframe
data-hsv-src="https://play.hubspotvideo.com/v/5811/id/1834"
referrerpolicy="origin" sandbox="allow-forms allow-scripts allow-same-origin allow-popups" allow="autoplay; fullscreen;"
style="position:absolute!important;width:100%!important;"
title="HubSpot Video" loading="lazy" data-hsv-id="1834" data-hsv-full-width="false"></iframe></div></div></div>
<p class="video-meta">4:02 · Updated January 2026</p>`,
)}
${hMod(
  '4',
  '',
  `<span class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-type="rich_text"><h2>Chapters</h2><ul>${lis(hChapters)}</ul>
<h2>What you need</h2><ul>${lis(hNeed)}</ul>
<h2>Transcript</h2>${ps(hTranscript)}</span>`,
)}
${hMod(
  '5',
  ' hs_cos_wrapper_type_form',
  `<div class="video-subscribe"><h3 class="form-title">Get new how-to videos by email</h3><div class="hs_cos_wrapper_type_form">
<form id="hsForm_7f2e" class="hs-form stacked hs-custom-form" novalidate><div class="hs_email hs-email hs-form-field"><label
for="email-7f2e"><span>Email</span><span
class="hs-form-required">*</span></label><div class="input"><input id="email-7f2e" name="email" required type="email" class="hs-input"></div></div><div
class="hs_submit hs-submit">
<div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>`,
)}
${hMod('6', '', `<div class="related-videos"><h2 class="related-videos__title">More how-to videos</h2><ul>${links(hMore)}</ul></div>`)}
</div></div></div></div></div></main>
<div data-global-resource-path="aldra-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Aldra Home Appliances B.V., Weverstraat 18, Eindhoven</p><ul>${links(['Contact', 'Spare parts', 'Privacy statement', 'Cookie settings'])}</ul>
<p>© 2026 Aldra. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-variant="NONE">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>We use cookies to improve our
videos and
to understand how our site is used.</p></div><div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button"
role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="/hs/scriptloader/5811.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout476-hubspot-hood-filter-video',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['Chapters', 'What you need', 'Transcript'],
  body: [hIntro, ...hChapters, ...hNeed, ...hTranscript],
  bylines: ['4:02 · Updated January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search', 'How-to videos', 'Get new how-to videos by email', 'Email', 'More how-to videos', ...hMore,
    'Aldra Home Appliances B.V., Weverstraat 18, Eindhoven', 'Contact', 'Spare parts', 'Privacy statement', 'Cookie settings',
    '© 2026 Aldra. All rights reserved.',
    'We use cookies to improve our videos and to understand how our site is used.', 'Accept', 'Decline',
  ],
};

export const HELDOUT476_F: readonly TestPage[] = [khoros, hubspot];
