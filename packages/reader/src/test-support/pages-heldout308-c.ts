import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout308-kit.js';

/**
 * Held-out batch 308, file c: an ISP's outage notice on a WordPress page built with Elementor Pro (header and footer
 * templates, post-info widget, share-buttons widget, posts widget, form widget, CookieYes banner) and a tech-support thread
 * on a Khoros (Lithium) community (breadcrumbs, author ranks, kudos, "Re:" subjects, accepted solution, sidebar widgets).
 */
const eTitle = 'Planned network work in Ashby Moor and Fellgate on 21 March';
const eBody = [
  j(
    'We are upgrading the fibre equipment that serves Ashby Moor, Fellgate and parts of Low Stennet. To do this safely we need to',
    'switch off the cabinets in these areas for a short time, so some customers will lose their broadband and home phone service',
    'overnight on Saturday 21 March.',
  ),
  j(
    'The work will start at midnight and we expect service to return by 05:00. Most homes will be offline for about 90 minutes within',
    'that window, not the whole five hours. We chose the early hours because that is when the fewest people are online.',
  ),
  'The new equipment doubles the capacity of the local network and lets us offer 2 Gbps plans in the area later this year.',
  j(
    'Your router will reconnect on its own once the work is finished. If you are still offline after 06:00, switch the router off',
    'at the wall, wait 30 seconds and switch it back on.',
  ),
  j(
    'If you rely on a telecare alarm or a landline for medical reasons and you have not already told us, please call 0800 118 4420',
    'before 20 March. We will lend you a battery backup unit or a mobile phone for the night.',
  ),
];
const eAffected = ['Ashby Moor, all postcodes starting AM4', 'Fellgate village and Fellgate Road', 'Low Stennet, east of the river'];
const eFaq = [
  j(
    'Will I get a credit for the time I am offline? Planned work that lasts less than 12 hours is covered by your contract, so no',
    'credit is due, but if the work overruns past 12:00 we will credit your account automatically.',
  ),
];
eFaq.push(
  j(
    'Customers on our Pro Fibre plans have a separate notice with their account manager, and their priority repair terms',
    'still apply during the work. Our engineers will be on site all night, and we will post an update on this page as soon as',
    'every cabinet is back in service.',
  ),
);
const eHeadings = ['Which areas are affected', 'What you need to do', 'Compensation'];
const eNav = ['Broadband', 'Business', 'Coverage checker', 'Service updates', 'Help'];
const eMore = ['Speed upgrade complete in Harlow Brook', 'Why we are switching off copper phone lines', 'New opening hours for our support team'];
const eFoot = ['Complaints code', 'Accessibility', 'Privacy notice', 'Cookie policy', 'Modern slavery statement'];
const eW = (id: string, type: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type.split('.')[0]}" data-id="${id}" data-element_type="widget" data-widget_type="${type}"><div class="elementor-widget-container">
${inner}</div></div>`;
const eSec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const eShare = ['Facebook', 'X', 'WhatsApp', 'Email']
  .map(
    (s) => `<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_${s.toLowerCase()}" role="button" tabindex="0">
<span class="elementor-share-btn__icon"><i class="fab fa-${s.toLowerCase()}"></i></span><div class="elementor-share-btn__text">
<span class="elementor-share-btn__title">${s}</span></div></div></div>`,
  )
  .join('\n');
const eHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} – Brackenfibre</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${eTitle}">
<meta property="article:published_time" content="2026-03-06T12:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"author":{"name":"Brackenfibre Network Team"},"datePublished":"2026-03-06T12:30:00+00:00"}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://brackenfibre.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.6'>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.27.6","post":{"id":2291}};</script>
</head><body class="post-template-default single single-post postid-2291 elementor-default elementor-kit-6 elementor-page-1408">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">
${eSec(
  '5c1e2a0',
  eW('2f7d91b', 'theme-site-logo.default', '<a href="https://brackenfibre.example"><img src="/logo.svg" alt="Brackenfibre"></a>') +
    eW(
      '7a01c3e',
      'nav-menu.default',
      `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-7a01c3e" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>`,
    ) +
    eW(
      '1d4be07',
      'button.default',
      '<a class="elementor-button elementor-button-link" href="/join"><span class="elementor-button-text">Check availability</span></a>',
    ),
)}
</div>
<div data-elementor-type="single-post" data-elementor-id="1408" class="elementor elementor-1408 elementor-location-single post-2291 post type-post">
${eSec(
  'a8f2c14',
  eW('c3d04e1', 'theme-post-title.default', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`) +
    eW(
      'b90e7f2',
      'post-info.default',
      `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-date">6 March 2026</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a2 elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-author">Brackenfibre Network Team</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a3 elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list">
<a href="/category/network-upgrades">Network upgrades</a></span></span></li>
</ul>`,
    ),
)}
${eSec(
  'e51d8b3',
  eW(
    '0b6a4fd',
    'theme-post-content.default',
    `${ps(eBody.slice(0, 3))}
<h2 class="wp-block-heading">${eHeadings[0]}</h2><ul class="wp-block-list">${lis(eAffected)}</ul>
<h2 class="wp-block-heading">${eHeadings[1]}</h2>
${ps(eBody.slice(3))}
<h2 class="wp-block-heading">${eHeadings[2]}</h2>
${ps(eFaq)}`,
  ) + eW('6cc0d29', 'share-buttons.default', `<div class="elementor-grid">${eShare}</div>`),
)}
${eSec(
  'f02a7c6',
  eW('3e9b1a8', 'heading.default', '<h2 class="elementor-heading-title elementor-size-default">More service updates</h2>') +
    eW(
      '84d2e3f',
      'posts.classic',
      `<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">
${eMore
  .map(
    (t) => `<article class="elementor-post elementor-grid-item post type-post"><div class="elementor-post__text"><h3 class="elementor-post__title">
<a href="/${t.length}">${t}</a></h3></div></article>`,
  )
  .join('\n')}</div>`,
    ),
)}
</div>
<div data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer">
${eSec(
  '9d0c5b2',
  eW(
    '4f1a2b7',
    'form.default',
    `<form class="elementor-form" method="post" name="Service alerts"><p class="elementor-form-title">Get service alerts
for your postcode by email</p><input size="1" type="text" name="form_fields[postcode]" placeholder="Postcode"><button type="submit" class="elementor-button">
<span class="elementor-button-text">Sign up</span></button></form>`,
  ) +
    eW('2b8e0d4', 'icon-list.default', `<ul class="elementor-icon-list-items">${links(eFoot, 'elementor-icon-list-item')}</ul>`) +
    eW('e7c3f19', 'text-editor.default', '<p>© 2026 Brackenfibre Ltd. Registered in England and Wales No. 11840236.</p>'),
)}
</div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0" aria-label="We value your privacy" role="region"><div class="cky-consent-bar">
<div class="cky-notice"><p class="cky-title" role="heading" aria-level="1">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking
"Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise">Customise</button><button class="cky-btn cky-btn-reject" aria-label="Reject All">Reject
All</button><button class="cky-btn cky-btn-accept" aria-label="Accept All">Accept All</button></div></div></div></div></div>
<script src="https://brackenfibre.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.27.4" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout308-elementor-wordpress-outage',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: eHeadings,
  body: texts([...eBody, ...eAffected, ...eFaq]),
  bylines: ['6 March 2026', 'Brackenfibre Network Team'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Check availability', 'Network upgrades', 'Facebook', 'WhatsApp', 'Email', 'More service updates', ...eMore,
    'Get service alerts for your postcode by email', 'Sign up', ...eFoot, '© 2026 Brackenfibre Ltd. Registered in England and Wales No. 11840236.',
    'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

const kTitle = 'Hub 5 keeps dropping Wi-Fi every evening around 8pm';
const kPosts: string[][] = [
  [
    j(
      'Since about two weeks ago my Orbit Hub 5 drops the Wi-Fi every evening, usually between 8 and 9pm. The lights stay white, and',
      'wired devices keep working, but every phone and laptop loses the network for a minute or two and then reconnects.',
    ),
    j(
      'I have restarted the hub and done a factory reset. The broadband speed test on the wired PC is fine at around 480 Mbps. Is',
      'anyone else seeing this, or is my hub on its way out?',
    ),
  ],
  [
    j(
      'Sounds like channel interference rather than a faulty hub, especially if it only happens at the same time every evening. That',
      'is when everyone on your street starts streaming. Log into the hub at 192.168.1.254, go to Advanced Settings > Wireless, and',
      'see which 5 GHz channel it is on.',
    ),
  ],
  [j('Thanks. It was on channel 100 with Auto selected. Could that be the problem? I live about four miles from a small airfield,', 'if that matters.')],
  [
    j(
      'That is very likely the cause. Channels 52 to 140 on 5 GHz are DFS channels, which the hub has to share with radar. When it',
      'detects a radar signal, it must leave the channel at once and wait before it picks a new one, and all your wireless devices',
      'drop while it does so. Weather and airfield radar can trigger it, and evening temperature changes can make it more frequent.',
    ),
    'The fix is to pin the 5 GHz band to one of the non-DFS channels:',
    '__LIST__',
    j('Then save and give it a few evenings. If it still drops, post the event log from Troubleshooting > Event Log and I will have a', 'look.'),
  ],
  [
    j(
      'Four evenings in a row with no drops after moving to channel 44. Marked as solution. Thank you, I was about to order a mesh',
      'system I clearly did not need.',
    ),
  ],
];
const kList = ['Open Advanced Settings > Wireless > 5 GHz.', 'Change Channel from Auto to 36, 40, 44 or 48.', 'Leave the channel width at 80 MHz.'];
const kUsers = [
  ['tamsin_r', 'Regular Visitor', '‎03-02-2026', '07:41 PM', '0'],
  ['GrantBeaker', 'Community Expert', '‎03-02-2026', '08:12 PM', '3'],
  ['tamsin_r', 'Regular Visitor', '‎03-02-2026', '08:30 PM', '0'],
  ['GrantBeaker', 'Community Expert', '‎03-02-2026', '09:05 PM', '11'],
  ['tamsin_r', 'Regular Visitor', '‎03-06-2026', '10:18 AM', '2'],
];
const kPostHtml = (i: number): string => {
  const [user, rank, date, time, kudos] = kUsers[i] ?? [];
  const body = (kPosts[i] ?? []).map((p) => (p === '__LIST__' ? `<ol>${lis(kList)}</ol>` : `<p>${p}</p>`)).join('\n');
  const solved = i === 3 ? ' lia-accepted-solution' : '';
  return `<div class="lia-message-view-wrapper lia-js-data-messageUid-88412${i} lia-component-forums-widget-message-view-two${solved}" id="M${i + 1}">
<div class="MessageView lia-message-view-forum-message lia-message-view-display lia-row-standard-unread${i === 0 ? ' lia-thread-topic' : ' lia-thread-reply'}">
<div class="lia-quilt-row lia-quilt-row-message-header"><div class="lia-message-author-with-avatar"><span class="UserName lia-user-name
lia-user-rank-${rank?.replace(' ', '-')}"><a class="lia-link-navigation lia-page-link lia-user-name-link" href="/t5/user/viewprofilepage/user-id/5${i}">
<span class="login-bold">${user}</span></a></span><div class="lia-message-author-rank lia-component-author-rank">${rank}</div></div>
<span class="DateTime lia-message-posted-on lia-component-common-widget-date"><span class="local-date">${date}</span>
<span class="local-time">${time}</span></span></div>
${i === 0 ? '' : `<div class="lia-message-subject"><h2 class="message-subject">Re: ${kTitle}</h2></div>`}
${i === 3 ? '<div class="lia-component-solution-info"><span class="lia-img-message-type-solved">Solved!</span> Accepted solution</div>' : ''}
<div class="lia-message-body lia-component-message-view-widget-body"><div class="lia-message-body-content">
${body}</div></div>
<div class="lia-quilt-row lia-quilt-row-footer"><div class="lia-button-image-kudos-wrapper"><span class="MessageKudosCount
lia-component-kudos-widget-message-kudos-count">${kudos}</span> <span class="lia-button-image-kudos-label">Kudos</span></div>
<a class="lia-button lia-button-secondary reply-action-link" href="/t5/forums/replypage/board-id/broadband/message-id/88412">Reply</a></div></div></div>`;
};
const kCrumbs = ['Orbit Community', 'Broadband', 'Home Wi-Fi and hubs'];
const kNav = ['Community home', 'Broadband', 'TV', 'Mobile', 'Your account', 'Ideas'];
const kSide = ['Hub 5 firmware 4.12 release notes', 'Guide: placing your hub for the best signal', 'Mesh discs keep flashing amber'];
const kHtml = `<!DOCTYPE html><html lang="en-gb"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Solved: ${kTitle} - Orbit Community</title><meta name="description" content="Since about two weeks ago my Orbit Hub 5 drops the Wi-Fi">
<link rel="canonical" href="https://community.orbittelecom.example/t5/Home-Wi-Fi-and-hubs/Hub-5-keeps-dropping/td-p/88412">
<meta property="og:type" content="article"><link rel="stylesheet" href="/skins/6a1f/orbit-skin.css">
<script>LITHIUM.CommunityJsonObject = {"Validation":{},"Activity":{"Results":[]},"Server":{"communityPrefix":"/otcom"}};</script></head>
<body class="lia-board lia-user-status-anonymous ForumTopicPage lia-body lia-a11y" id="lia-body"><div id="ForumTopicPage" class="lia-page">
<div class="MinimumWidthContainer"><div class="min-width-wrapper"><div class="min-width"><div class="lia-content">
<div class="lia-quilt lia-quilt-forum-topic-page lia-quilt-layout-two-column-main-side lia-top-quilt">
<div class="lia-quilt-row lia-quilt-row-header"><div class="lia-quilt-column lia-quilt-column-24 lia-quilt-column-single">
<div class="custom-header"><a href="/" class="orbit-logo">Orbit</a><ul class="custom-nav">${links(kNav)}</ul>
<a class="lia-link-navigation login-link" href="/t5/user/userloginpage">Sign In</a></div>
<div class="BreadCrumb crumb-line lia-breadcrumb lia-component-common-widget-breadcrumb" aria-label="breadcrumbs" role="navigation">
<ul class="lia-list-standard-inline" role="list">${kCrumbs
  .map(
    (c) => `<li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation
lia-breadcrumb-forum" href="/t5/${c.length}">${c}</a></li><li class="lia-breadcrumb-seperator crumb">:</li>`,
  )
  .join('')}
<li class="lia-breadcrumb-node crumb final-crumb"><span class="lia-link-navigation child-thread lia-link-disabled">${kTitle}</span></li></ul></div>
</div></div>
<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-quilt-column lia-quilt-column-18 lia-quilt-column-left lia-quilt-column-main-content">
<div class="lia-topic-title-wrapper"><div class="lia-message-subject"><h1 class="lia-message-subject-banner">${kTitle}</h1></div>
<div class="lia-component-solved-banner"><span class="lia-img-message-type-solved">Solved!</span> <a href="#M4">Go to solution</a></div></div>
<div class="lia-menu-bar lia-menu-bar-top"><a class="lia-button lia-button-primary" href="#reply">Reply</a>
<div class="lia-menu-navigation-wrapper"><span class="lia-menu-dropdown-toggle">Topic Options</span></div></div>
<div class="linear-message-list message-list">
${[0, 1, 2, 3, 4].map(kPostHtml).join('\n')}
</div><div class="lia-paging-full-wrapper"><span class="lia-paging-page-previous">Previous</span><span class="lia-paging-page-link">1 of 1</span></div>
</div><div class="lia-quilt-column lia-quilt-column-06 lia-quilt-column-right lia-quilt-column-side-content">
<div class="lia-panel lia-panel-standard TopKudoersWidget"><div class="lia-decoration-border"><div class="lia-panel-heading-bar-wrapper">
<h2 class="lia-panel-heading-bar-title">Related topics</h2></div><div class="lia-panel-content"><ul>${links(kSide)}</ul></div></div></div>
<div class="lia-panel lia-panel-standard"><h2 class="lia-panel-heading-bar-title">Need more help?</h2>
<p>Check your service status or chat with us at any time in the Orbit app.</p></div></div></div>
<div class="lia-quilt-row lia-quilt-row-footer"><div class="custom-footer"><ul>${links(['Community guidelines', 'Privacy', 'Cookies', 'Contact Orbit'])}</ul>
<p>© 2026 Orbit Telecom plc. Powered by Khoros.</p></div></div></div></div></div></div></div></div></div>
<script>LITHIUM.AjaxSupport.ComponentEvents.set({"eventActions":[]}); LITHIUM.Loader.runJsAttached();</script></body></html>`;
const khoros: TestPage = {
  name: 'heldout308-khoros-community-thread',
  kind: 'forum',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts(kPosts.flatMap((p) => p.flatMap((x) => (x === '__LIST__' ? kList : [x])))),
  bylines: ['tamsin_r', 'GrantBeaker', ...new Set(kUsers.map((u) => u[2] ?? '')), ...kUsers.map((u) => u[3] ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kNav.filter((t) => t.length > 2), 'Sign In', 'Orbit Community', 'Home Wi-Fi and hubs', 'Solved!', 'Go to solution', 'Reply', 'Topic Options',
    'Regular Visitor',
    'Community Expert', `Re: ${kTitle}`, 'Accepted solution', 'Kudos', 'Previous', '1 of 1', 'Related topics', ...kSide, 'Need more help?',
    'Check your service status or chat with us at any time in the Orbit app.', 'Community guidelines', 'Privacy', 'Cookies', 'Contact Orbit',
    '© 2026 Orbit Telecom plc. Powered by Khoros.',
  ],
};

export const HELDOUT308_C: readonly TestPage[] = [elementor, khoros];
