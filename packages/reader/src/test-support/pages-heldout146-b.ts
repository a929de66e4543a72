import { links, type TestPage, texts } from './page-kit.js';
import { archTopic } from './pages-heldout146-b2.js';

/**
 * Held-out batch 146, file b: an Ubuntu Discourse support topic saved from the rendered Ember page by a signed-out visitor
 * (the Canonical global nav, the Discourse header with "Sign Up" / "Log In", the collapsed sidebar, the topic title with its
 * category badge and tags, posts whose meta row is a div with role="heading", the Solved plugin's "Solved by ... in post #4"
 * quote inside the first post and its "Solution" button on the answer, like counts and post controls, the topic map under
 * the first post, the system's auto-close notice, the timeline, topic footer buttons, the Related topics table, the Ubuntu
 * footer and the cookie notice) and, from file b2, an Arch Linux forums (FluxBB) topic.
 */
const ubTitle = 'Bridge br0 gets no address after upgrading from 22.04 to 24.04';
type UbPost = { n: number; user: string; date: string; full: string; likes: string; html: string; paras: string[]; solution?: boolean };
const ubP1 = [
  'I run a small home server with a bridge for two virtual machines. It has worked for two years on 22.04. After <code>do-release-upgrade</code> ' +
    'to 24.04 last night, <code>br0</code> comes up but never gets an address, and the VMs have no network either.',
  'This is the Netplan file, unchanged from before the upgrade:',
  'The physical port shows as up in <code>ip link</code>, and if I plug a laptop into the same switch port it gets an address straight away, ' +
    'so the DHCP server is fine. What did the upgrade change?',
];
const ubCode1 = `network:
  version: 2
  renderer: networkd
  ethernets:
    enp3s0:
      dhcp4: false
  bridges:
    br0:
      interfaces: [enp3s0]
      dhcp4: true`;
const ubP2 = [
  'Can you post the output of <code>networkctl status br0</code> and <code>networkctl list</code>? In particular I would like to see what ' +
    'name the physical interface has now. Some upgrades bring a newer driver that changes the predictable interface name.',
];
const ubP3 = ['Good guess, here it is. The port is now called something else:', 'So <code>enp3s0</code> does not exist any more and the bridge has no member.'];
const ubCode3 = `IDX LINK      TYPE     OPERATIONAL SETUP
  1 lo        loopback carrier     unmanaged
  2 enp3s0f0  ether    no-carrier  unmanaged
  3 br0       bridge   no-carrier  configuring`;
const ubP4 = [
  'That explains it. The 24.04 kernel exposes the controller on your board as a multi-function device, so the name gains an <code>f0</code> ' +
    'suffix. Netplan still looks for <code>enp3s0</code>, finds nothing, and creates an empty bridge that waits forever for a carrier.',
  'Rather than hard-coding the new name, which may change again, match the port by its MAC address and give it a name you choose:',
  'Then run <code>sudo netplan try</code>, which rolls back after two minutes if you lose the connection, and confirm with Enter once it ' +
    'works. Two more things are worth checking after a release upgrade:',
];
const ubCode4 = `  ethernets:
    lan0:
      match:
        macaddress: "3c:7c:3f:a1:22:9e"
      set-name: lan0
      dhcp4: false
  bridges:
    br0:
      interfaces: [lan0]
      dhcp4: true`;
const ubList4 = [
  'Any firewall rules or scripts that mention the old interface name.',
  'The libvirt network definitions, if your VMs attach to the port directly rather than to <code>br0</code>.',
];
const ubP5 = [
  'That fixed it. <code>netplan try</code> went through, br0 has its address again and both VMs are back on the network. I had one ' +
    'nftables rule with the old name, so thank you for the list as well.',
];
const ubPosts: UbPost[] = [
  {
    n: 1,
    user: 'lucas.ferreira',
    full: 'Lucas Ferreira',
    date: 'Mar 3',
    likes: '2',
    paras: ubP1,
    html: `<p>${ubP1[0]}</p>\n<p>${ubP1[1]}</p>\n<pre><code class="lang-yaml">${ubCode1}</code></pre>\n<p>${ubP1[2]}</p>`,
  },
  { n: 2, user: 'ayana-k', full: '', date: 'Mar 3', likes: '', paras: ubP2, html: `<p>${ubP2[0]}</p>` },
  {
    n: 3,
    user: 'lucas.ferreira',
    full: 'Lucas Ferreira',
    date: 'Mar 3',
    likes: '',
    paras: ubP3,
    html: `<p>${ubP3[0]}</p>\n<pre><code class="lang-plaintext">${ubCode3}</code></pre>\n<p>${ubP3[1]}</p>`,
  },
  {
    n: 4,
    user: 'bmcgrath',
    full: 'Brendan McGrath',
    date: 'Mar 4',
    likes: '5',
    paras: [...ubP4, ...ubList4],
    solution: true,
    html: `<p>${ubP4[0]}</p>\n<p>${ubP4[1]}</p>\n<pre><code class="lang-yaml">${ubCode4}</code></pre>\n<p>${ubP4[2]}</p>
<ul>\n${ubList4.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`,
  },
  { n: 5, user: 'lucas.ferreira', full: 'Lucas Ferreira', date: 'Mar 4', likes: '1', paras: ubP5, html: `<p>${ubP5[0]}</p>` },
];
const ubClosed = 'This topic was automatically closed 30 days after the last reply. New replies are no longer allowed.';
const ubGlobal = ['Products', 'Use cases', 'Support', 'Community', 'Get Ubuntu'];
const ubSide = ['Topics', 'More', 'Categories', 'Announcements', 'Support and Help', 'Project Discussion', 'All categories', 'Tags', 'All tags'];
const ubTags = ['networking', 'noble', 'netplan'];
const ubRelated = [
  { t: 'Netplan ignores set-name on a USB network adapter', c: 'Support and Help', r: '6', v: '1.1k', a: 'Jan 21' },
  { t: 'Interface names changed after installing the HWE kernel', c: 'Support and Help', r: '3', v: '540', a: 'Feb 9' },
  { t: 'Bridged networking for KVM guests on 24.04 server', c: 'Project Discussion', r: '11', v: '2.4k', a: 'Dec 2024' },
];
const ubFoot = ['Legal information', 'Data privacy', 'Manage your tracker settings', 'Report a bug on this site'];
const ubCopy = '© 2025 Canonical Ltd. Ubuntu and Canonical are registered trademarks of Canonical Ltd.';
const ubCookie = 'We use cookies to improve your experience. By your continued use of this site you accept such use.';
const ubPost = (p: UbPost): string => `<div class="topic-post clearfix${p.n === 1 ? ' topic-owner' : ''} regular" data-post-number="${p.n}">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="30${p.n}" data-topic-id="50123" data-user-id="8${p.n}"
class="boxed onscreen-post${p.solution ? ' accepted-answer' : ''}"><a class="tabLoc" aria-hidden="true"
tabindex="-1"></a><div class="row"><div class="topic-avatar">
<div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true" tabindex="-1" data-user-card="${p.user}">
<img alt="" width="48" height="48" src="https://sea2.discourse-cdn.example/ubuntu/user_avatar/${p.user}/48/1.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}" class="">${p.user}</a></span>
${p.full ? `<span class="second full-name"><a href="/u/${p.user}" data-user-card="${p.user}" class="">${p.full}</a></span>` : ''}</div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/bridge-br0-gets-no-address/50123/${p.n}" data-post-number="${p.n}">
<span title="${p.date}, 2025 9:41 pm" data-time="1741038060000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${
  p.n === 1
    ? `<aside class="quote accepted-answer" data-post="4" data-topic="50123" data-expanded="false"><div class="title" data-has-quote-controls="true">
<div class="quote-controls"><button aria-expanded="false" class="quote-toggle btn-flat"></button></div><div class="accepted-answer--solver-accepter">
<div class="accepted-answer--solver">Solved by <a href="/u/bmcgrath" data-user-card="bmcgrath">bmcgrath</a>
in <a href="/t/50123/4">post #4</a></div></div></div>
<blockquote>${ubP4[0]}</blockquote></aside>\n`
    : ''
}${p.html}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">${
  p.solution
    ? `<button class="btn btn-icon-text post-action-menu__solved-accepted accepted fade-out btn-flat" title="this reply was marked as the solution">
<svg class="fa d-icon d-icon-square-check svg-icon"></svg><span class="accepted-text">Solution</span></button>`
    : ''
}<div class="double-button">${
  p.likes
    ? `<button class="btn btn-flat like-count button-count" aria-pressed="false" title="${p.likes} people liked this post">
<span class="d-button-label">${p.likes}</span></button>`
    : ''
}<button class="btn no-text btn-icon toggle-like like btn-flat" aria-label="like this post" title="like this post">
<svg class="fa d-icon d-icon-d-unliked svg-icon"></svg></button></div><button class="btn no-text btn-icon post-action-menu__copy-link btn-flat"
title="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share svg-icon"></svg></button><button class="btn btn-icon-text
post-action-menu__reply reply create fade-out btn-flat" title="begin composing a reply to this post"><svg class="fa d-icon d-icon-reply svg-icon"></svg>
<span class="d-button-label">Reply</span></button></div></nav></section></div>${
  p.n === 1
    ? `<section class="topic-map --op"><div class="topic-map__stats"><button class="topic-map__likes-trigger btn-flat"><span class="number">8</span>
<span class="topic-map__stat-label">likes</span></button><button class="topic-map__views-trigger btn-flat"><span class="number">412</span>
<span class="topic-map__stat-label">views</span></button><button class="topic-map__users-trigger btn-flat"><span class="number">3</span>
<span class="topic-map__stat-label">users</span></button></div><div class="topic-map__additional-contents"><button class="btn btn-icon-text
summarization-button btn-primary topic-map__bottom-summary"><span class="d-button-label">Summarize</span></button></div></section>`
    : ''
}</div></div></article></div>`;
const ubHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal no-touch discourse-no-touch"><head><meta charset="utf-8">
<title>${ubTitle} - Support and Help - Ubuntu Community Hub</title>
<meta name="description" content="I run a small home server with a bridge for two virtual machines. It has worked for two years on 22.04.">
<meta name="generator" content="Discourse 3.5.0.beta3 - https://github.com/discourse/discourse version 1f7c2e">
<link rel="canonical" href="https://discourse.ubuntu.com/t/bridge-br0-gets-no-address-after-upgrading-from-22-04-to-24-04/50123">
<meta name="twitter:card" content="summary"><meta property="og:site_name" content="Ubuntu Community Hub"><meta property="og:type" content="website">
<meta property="og:title" content="${ubTitle}"><meta property="article:section" content="Support and Help"><meta property="article:tag" content="networking">
<link href="https://sea2.discourse-cdn.example/ubuntu/stylesheets/desktop_2a1f.css" media="all" rel="stylesheet" data-target="desktop">
<script defer src="https://sea2.discourse-cdn.example/ubuntu/assets/discourse-4f1e.js"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${ubTitle}","articleSection":"Support and Help",
"author":{"@type":"Person","name":"lucas.ferreira"},"datePublished":"2025-03-03T21:41:00Z","commentCount":5}</script></head>
<body class="crawler-hidden docs category-support-and-help tag-networking tag-noble tag-netplan archetype-regular has-sidebar-page"><section id="main"
class="ember-application">
<div class="ember-view"><div class="skip-links" aria-label="Skip links"><a href="#main-container" class="skip-link">Skip to main content</a></div>
<div id="canonical-global-nav" class="global-nav"><div class="global-nav__header"><a href="https://ubuntu.com"
class="global-nav__logo">Canonical Ubuntu</a></div>
<ul class="global-nav__row">${links(ubGlobal, 'global-nav__header-link')}</ul></div>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/"
data-auto-route="true"><img id="site-logo" class="logo-big" src="https://sea2.discourse-cdn.example/ubuntu/logo.png" alt="Ubuntu Community Hub"></a></div></div>
<div class="extra-info-wrapper"><div class="extra-info"><div class="title-wrapper"><h1 class="header-title"><a class="topic-link"
href="/t/50123">${ubTitle}</a></h1></div>
</div></div><div class="panel" role="navigation"><span class="auth-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text"
type="button"><svg class="fa d-icon d-icon-user svg-icon">
</svg><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a
href="/search"
title="Search" aria-label="Search" class="icon btn-flat"><svg class="fa d-icon d-icon-magnifying-glass svg-icon"></svg></a></li><li class="hamburger-dropdown
header-dropdown-toggle"><a href="" aria-label="menu" class="icon btn-flat"><svg class="fa d-icon d-icon-bars
svg-icon"></svg></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar"
class="sidebar-container"><div class="sidebar-sections">
<ul class="sidebar-section-content">${links(ubSide, 'sidebar-section-link-wrapper')}</ul></div></section></div>
<div id="main-outlet" class="wrap"><div class="container posts"><div id="topic-title"><div class="container"><div class="title-wrapper">
<h1 data-topic-id="50123"><a href="/t/bridge-br0-gets-no-address/50123" class="fancy-title">${ubTitle}</a></h1><div class="topic-category">
<div class="categories-wrapper"><a class="badge-category__wrapper " href="/c/support-and-help/54"><span data-category-id="54"
style="--category-badge-color: #E95420;"
class="badge-category --style-square" title="Ask questions and get help from the community"><span class="badge-category__name">Support and
Help</span></span></a></div>
<div class="list-tags">${ubTags
  .map(
    (t) => `<a href="/tag/${t}" data-tag-name="${t}"
class="discourse-tag simple">${t}</a>`,
  )
  .join('')}</div></div></div></div></div>
<div class="posts-wrapper"><div class="row"><section class="topic-area" id="topic" data-topic-id="50123"><div class="posts-wrapper"><div class="post-stream">
${ubPosts.map(ubPost).join('\n')}
<div class="topic-post clearfix regular moderator" data-post-number="6"><article id="post_6" aria-label="post #6 by @system" role="region"
class="boxed onscreen-post">
<div class="row"><div class="topic-body clearfix"><div role="heading" aria-level="2"
class="topic-meta-data"><div class="names trigger-user-card"><span class="first username
staff moderator"><a href="/u/system" data-user-card="system">system</a></span></div><div class="post-infos"><div class="post-info post-date"><a
class="post-date"
href="/t/50123/6"><span class="relative-date" data-format="tiny">Apr 3</span></a></div></div></div><div class="regular contents"><div
class="cooked"><p>${ubClosed}</p>
</div></div></div></div></article></div></div></div></section></div></div>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a class="start-date"
href="/t/50123/1">
<span>Mar 3</span></a></div><div class="timeline-scrollarea"><div class="timeline-scroller"><div class="timeline-scroller-content"><div
class="timeline-replies">1 / 6</div>
<div class="timeline-ago">Mar 3</div></div></div></div><div class="timeline-date-wrapper"><a class="now-date"
href="/t/50123/6"><span>Apr 3</span></a></div></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-default share-and-invite topic-footer-button"
title="Share a link to this topic">
<span class="d-button-label">Share</span></button><button class="btn btn-icon-text btn-primary create topic-footer-button"
title="begin composing a reply to this topic">
<span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__lists single-list"><div role="complementary" aria-labelledby="related-topics-title"
class="related-topics">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topics"><table class="topic-list"><thead
class="topic-list-header"><tr>
<th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th class="activity num">Activity</th></tr></thead><tbody
class="topic-list-body">
${ubRelated
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/${r.r}" class="title raw-link raw-topic-link">${r.t}</a>
</span><div class="link-bottom-line"><a class="badge-category__wrapper" href="/c/1"><span class="badge-category__name">${r.c}</span></a></div></td>
<td class="num posts"><span class="number">${r.r}</span></td><td class="num views"><span class="number">${r.v}</span></td><td class="num age activity">
<span class="relative-date">${r.a}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div></div></div></div></div>
<footer class="p-footer"><nav class="p-footer__nav"><p class="p-footer__copy">${ubCopy}</p><ul
class="p-inline-list--middot">${links(ubFoot, 'p-inline-list__item')}</ul></nav>
</footer></div></section>
<dialog class="cookie-policy" open><div class="p-modal"><section class="p-modal__dialog"><p>${ubCookie}</p><button class="p-button--positive js-close">Accept
all and visit site</button>
<button class="p-button js-manage">Manage your tracker settings</button></section></div></dialog>
<noscript><p>You need JavaScript enabled to use this site.</p></noscript></body></html>`;
const ubuntuDiscourse: TestPage = {
  html: ubHtml,
  name: 'heldout146-ubuntu-discourse-topic',
  kind: 'forum',
  // every post is body; the Solved plugin's quote in post 1 and the code blocks are in neither list; usernames, full names
  // and post dates are bylines; the system's auto-close notice, like counts, topic map, timeline and related topics are
  // furniture; the docked header repeats the title
  title: ubTitle,
  headings: [],
  body: texts(ubPosts.flatMap((p) => p.paras)),
  bylines: ['lucas.ferreira', 'Lucas Ferreira', 'ayana-k', 'bmcgrath', 'Brendan McGrath', 'Mar 3', 'Mar 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Canonical Ubuntu', ...ubGlobal, 'Sign Up', 'Log In', ...ubSide, ...ubTags, 'Solved by bmcgrath in post #4',
    'Solution', '2', '5', 'Reply', '8', 'likes', '412', 'views', 'users', 'Summarize', 'system', 'Apr 3', ubClosed, '1 / 6', 'Share', 'Related topics',
    'Topic', 'Replies', 'Views', 'Activity', ...ubRelated.flatMap((r) => [r.t, r.r, r.v, r.a]), ubCopy, ...ubFoot, ubCookie, 'Accept all and visit site',
  ],
};

export const HELDOUT146_B: readonly TestPage[] = [ubuntuDiscourse, archTopic];
