import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout405-kit.js';

/**
 * Held-out batch 405, file f: a guild recruitment thread on a XenForo 2 game forum (p-nav, breadcrumbs, p-title with the
 * thread starter and start date, message cells with user info, banners and post counts, bbWrapper posts, a quoted reply,
 * reactions bar, reply box, sidebar "Similar threads", footer) and a Steam-style game news post in a community hub
 * (global header, app hub header, announcement with date and author, BBCode-rendered body, rate-up bar, comment area,
 * footer with the Valve-style legal line).
 */
const xTitle = '[EU][Recruiting] Ashen Covenant — semi-hardcore raiding guild, Tue/Thu 20:00 CET';
const xPost1 = [
  j(
    'Ashen Covenant is a semi-hardcore raiding guild on the Emberfall server, founded in the first week of launch and now preparing',
    'for the Hollow Crown raid tier. We cleared the previous tier on normal within three weeks and pushed the final boss on heroic.',
  ),
  'What we are looking for:',
  'Two healers, ideally one Tidecaller and one Lightbinder',
  'One ranged damage dealer with a strong single-target kit',
  'Exceptional applicants of any role are always considered',
  'What we expect:',
  'Attendance of at least 80 percent on raid nights (Tuesday and Thursday, 20:00–23:00 CET)',
  'Knowing the boss mechanics before the first pull, and a working microphone for voice chat',
  'Consumables and enchants on raid nights; the guild bank covers part of the cost',
  j(
    'We are a mostly adult guild, English-speaking, with members from Belgium, Poland, Portugal and a suspicious number of Finns.',
    'Apply through the form on our guild site or reply here and one of the officers will message you.',
  ),
];
const xPost2 = [
  j(
    'Hi! Main healer here, Tidecaller at item level 612, cleared the last tier on normal with my previous guild before it fell apart',
    'over the winter. Is there a trial period, and do trials get loot?',
  ),
];
const xQuote = 'Is there a trial period, and do trials get loot?';
const xPost3 = [
  j(
    'Yes, trials last two weeks, usually four raids. Trials can get loot that would otherwise be disenchanted, and after the trial we',
    'treat you like any other raider. Sent you a message with the application link.',
  ),
  j(
    'Quick update for everyone else: the ranged spot is filled, thanks to all who applied. We are still looking for one more healer',
    'and the offer for exceptional applicants stands.',
  ),
];
const xNav = ['Forums', 'What’s new', 'Members', 'Guides'];
const xCrumbs = ['Emberfall Forums', 'Community', 'Guild Recruitment'];
const xSimilar = ['[EU] Tidebreakers recruiting for mythic progression', 'Lost Lanterns — casual social guild, all welcome'];
const xPostHtml = (n: number, user: string, title: string, date: string, posts: string, inner: string): string => `<article
class="message message--post js-post js-inlineModContainer" data-author="${user}" data-content="post-${n}" id="js-post-${n}">
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user" itemscope itemtype="https://schema.org/Person">
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${n}/" class="username" itemprop="name">${user}</a></h4>
<h5 class="userTitle message-userTitle" itemprop="jobTitle">${title}</h5></div><div class="message-userExtras"><dl class="pairs pairs--justified">
<dt>Messages</dt><dd>${posts}</dd></dl></div></section></div><div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed">
<a href="/threads/ashen.8812/post-${n}" rel="nofollow"><time class="u-dt" datetime="2026-03-0${n}T18:20:00+0100">${date}</time></a></li></ul>
<ul class="message-attribution-opposite listInline"><li><a href="#" class="message-attribution-gadget">Share</a></li><li>#${n}</li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">
<div class="bbWrapper">${inner}</div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="#" class="actionBar-action actionBar-action--reaction">Like</a><a href="#" class="actionBar-action actionBar-action--reply">Reply</a></div></div>
</footer></div></div></div></article>`;
const xHtml = `<!DOCTYPE html><html id="XF" lang="en-GB" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view"><head>
<meta charset="utf-8"><title>${xTitle} | Emberfall Forums</title><meta name="description" content="Ashen Covenant is a semi-hardcore raiding guild.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${xTitle}",
"author":{"@type":"Person","name":"Brannoc"},"datePublished":"2026-03-01T18:20:00+01:00"}</script>
<script>window.XF={"config":{"userId":0,"url":{"fullBase":"https://forums.emberfall.example/"}}};</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner">
<div class="p-header-logo p-header-logo--image"><a href="/">Emberfall Forums</a></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><ul class="p-nav-list js-offCanvasNavSource">
${xNav.map((n) => `<li><div class="p-navEl"><a href="/${n}" class="p-navEl-link">${n}</a></div></li>`).join('\n')}</ul>
<div class="p-nav-opposite"><a href="/login/" class="p-navgroup-link p-navgroup-link--logIn">Log in</a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--register">Register</a></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${links(xCrumbs)}</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${xTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li>Thread starter <a href="/members/1/" class="username u-concealed">Brannoc</a></li>
<li><a href="/threads/ashen.8812/" class="u-concealed"><time class="u-dt" datetime="2026-03-01T18:20:00+0100">Start date Mar 1, 2026</time></a></li>
</ul></div></div><div class="p-body-main p-body-main--withSidebar"><div class="p-body-content"><div class="block block--messages">
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${xPostHtml(
  1,
  'Brannoc',
  'Guild Master',
  'Mar 1, 2026',
  '1,204',
  `${ps(xPost1.slice(0, 2))}<ul>${lis(xPost1.slice(2, 5))}</ul>${ps(xPost1.slice(5, 6))}
<ul>${lis(xPost1.slice(6, 9))}</ul>${ps(xPost1.slice(9))}`,
)}
${xPostHtml(2, 'seafoam_heals', 'Newcomer', 'Mar 3, 2026', '7', ps(xPost2))}
${xPostHtml(
  4,
  'Brannoc',
  'Guild Master',
  'Mar 4, 2026',
  '1,204',
  `<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote"><div class="bbCodeBlock-title">seafoam_heals said:</div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent">${xQuote}</div></div></blockquote>${ps(xPost3)}`,
)}
</div></div></div><div class="block-outer"><div class="block-outer-opposite">You must log in or register to reply here.</div></div></div>
<div class="p-body-sidebar"><div class="block"><div class="block-container"><h3 class="block-minorHeader">Similar threads</h3>
<ul class="block-body">${links(xSimilar, 'block-row')}</ul></div></div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><ul class="p-footer-linkList"><li><a href="/misc/contact">Contact us</a></li>
<li><a href="/help/terms/">Terms and rules</a></li><li><a href="/help/privacy-policy/">Privacy policy</a></li></ul>
<div class="p-footer-copyright">Community platform by XenForo® © 2010-2026 XenForo Ltd.</div></div></footer>
<div class="notice notice--cookie"><div class="notice-content">This site uses cookies to help personalise content and to keep you logged in if you
register.</div><a href="/account/dismiss-notice" class="button--notice button">Accept</a></div></div></body></html>`;
const xenforo: TestPage = {
  name: 'heldout405-xenforo-guild-forum',
  kind: 'forum',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts([...xPost1, ...xPost2, ...xPost3]),
  bylines: ['Thread starter Brannoc', 'Brannoc', 'Start date Mar 1, 2026', 'seafoam_heals', 'Mar 3, 2026', 'Mar 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Emberfall Forums', ...xNav, 'Log in', 'Register', 'Community', 'Guild Recruitment', 'Guild Master', 'Newcomer', 'Messages', '1,204', 'Share',
    'Like', 'Reply', 'seafoam_heals said:', 'You must log in or register to reply here.', 'Similar threads', ...xSimilar, 'Contact us', 'Terms and rules',
    'Privacy policy', 'Community platform by XenForo® © 2010-2026 XenForo Ltd.',
    'This site uses cookies to help personalise content and to keep you logged in if you register.', 'Accept',
  ],
};

const vTitle = 'Saltmarsh Demo Update 0.9.2 — New lighting, controller fixes and a fog slider';
const vBody = [
  j(
    'Hello marsh walkers! The demo update we promised in the last devlog is live. It brings the new lighting system to every area of',
    'the demo, fixes a long list of controller problems and adds a setting many of you asked for.',
  ),
  j(
    'The biggest change is the lighting. Lanterns now light the rooms you carry them into, cellars are properly dark, and the marsh',
    'village runs much more smoothly on Steam Deck. If you played the old demo, the chapel at night is worth a second visit.',
  ),
  'Fixed the camera drifting on some third-party controllers when the stick was at rest.',
  'Fixed button prompts showing keyboard keys after switching from keyboard to controller.',
  'Fixed a crash when opening the map during the ferry cutscene.',
  'Fixed lanterns occasionally going out after loading a save.',
  'Added a fog density slider under Settings, Graphics.',
  'Added Steam Deck verified layouts and a larger subtitle option.',
  j(
    'The fog slider deserves a note. The fog is part of how we want Saltmarsh to feel, so the default stays as it is, but you can now',
    'turn it down if it makes the game hard to read for you. At the lowest setting, some distant areas may look a bit unfinished,',
    'because that is exactly what they are.',
  ),
  j(
    'Your saves from the previous demo version carry over. If something looks wrong after the update, please post in the bug reports',
    'forum with your system specs and a screenshot, and we will take a look before the full release.',
  ),
  'Thank you for playing, and see you in the marsh. — Noor and the Tidewell team',
];
const vNav = ['STORE', 'COMMUNITY', 'ABOUT', 'SUPPORT'];
const vHub = ['All', 'Discussions', 'Screenshots', 'Artwork', 'Broadcasts', 'Videos', 'News', 'Guides', 'Reviews'];
const vHtml = `<!DOCTYPE html><html class=" responsive" lang="en"><head><meta charset="utf-8"><title>Steam Community :: Saltmarsh :: ${vTitle}</title>
<meta property="og:title" content="${vTitle}"><meta property="og:description" content="The demo update we promised in the last devlog is live.">
<link href="https://community.cloudflare.steamstatic.example/public/css/skin_1/apphub.css?v=1" rel="stylesheet" type="text/css">
<script type="text/javascript">g_sessionID="4a1b2c3d";var g_rgAppContextData={"appid":2841170,"name":"Saltmarsh"};</script></head>
<body class="flat_page apphub_blue responsive_page"><div class="responsive_page_frame with_header"><div id="global_header"><div class="content">
<div class="logo"><a href="https://store.steampowered.example/">Steam</a></div><div class="supernav_container">
${vNav.map((n) => `<a class="menuitem supernav" href="/${n.toLowerCase()}">${n}</a>`).join('\n')}</div>
<div id="global_actions"><a class="header_installsteam_btn" href="/about/"><div class="header_installsteam_btn_content">Install Steam</div></a>
<a class="global_action_link" href="/login/">login</a> | <span class="pulldown global_action_link">language</span></div></div></div>
<div class="responsive_page_content"><div class="apphub_HomeHeaderContent"><div class="apphub_HeaderTop"><div class="apphub_AppName ellipsis">Saltmarsh</div>
<div class="apphub_OtherSiteInfo"><a class="btnv6_blue_hoverfade btn_medium" href="https://store.steampowered.example/app/2841170">
<span>Store Page</span></a></div></div>
<div class="apphub_sectionTabs">${vHub
  .map(
    (t) => `<a class="apphub_sectionTab" href="/app/2841170/${t.toLowerCase()}"><span>${t}</span>
</a>`,
  )
  .join('\n')}</div></div>
<div class="apphub_background"><div class="apphub_AppDetails"><div class="apphub_Announcements"><div class="announcement_detail">
<div class="announcement_label">Saltmarsh Demo</div><h1 class="announcement_title">${vTitle}</h1>
<div class="announcement_byline"><span class="date">Mon, March 16, 2026</span> - <a class="author" href="/id/tidewell">Noor Vandaele</a></div>
<div class="bodytext">${ps(vBody.slice(0, 2))}
<h2 class="bb_tag">Fixes and additions</h2><ul class="bb_ul">${lis(vBody.slice(2, 8))}</ul>
${ps(vBody.slice(8))}</div>
<div class="announcement_rateup"><span class="btn_grey_grey btn_small_thin"><span>Rate Up</span></span> <span class="rateup_count">342</span>
<a class="share_btn" href="#">Share</a></div></div>
<div class="commentthread_area"><div class="commentthread_header"><span class="commentthread_count">48 Comments</span></div>
<div class="commentthread_comment"><div class="commentthread_comment_author">
<a class="hoverunderline commentthread_author_link" href="/id/reedwarbler">reedwarbler</a>
<span class="commentthread_comment_timestamp">16 Mar @ 6:02pm</span></div>
<div class="commentthread_comment_text">The fog slider is a nice touch, but honestly I am keeping it on max. The chapel at night looks amazing now.</div></div>
<div class="commentthread_comment"><div class="commentthread_comment_author"><a class="commentthread_author_link" href="/id/bogrunner">bogrunner</a>
<span class="commentthread_comment_timestamp">16 Mar @ 7:45pm</span></div>
<div class="commentthread_comment_text">Deck performance is so much better. Any news on the full release date?</div></div></div></div></div></div></div>
<div id="footer"><div class="footer_content"><div id="footer_logo"><span>Valve Software</span></div><div id="footer_text">
<div>© Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.</div>
<div><a href="/privacy_agreement/">Privacy Policy</a> | <a href="/legal/">Legal</a> | <a href="/subscriber_agreement/">Steam Subscriber Agreement</a></div>
</div></div></div></div></body></html>`;
const steam: TestPage = {
  name: 'heldout405-steam-community-news',
  kind: 'news',
  html: vHtml,
  title: vTitle,
  headings: ['Fixes and additions'],
  body: texts(vBody),
  bylines: ['Mon, March 16, 2026', 'Noor Vandaele'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, 'Install Steam', 'login', 'language', 'Store Page', 'Discussions', 'Screenshots', 'Artwork', 'Broadcasts', 'Videos', 'Guides',
    'Reviews', 'Saltmarsh Demo', 'Rate Up', '342', 'Share', '48 Comments', 'reedwarbler', '16 Mar @ 6:02pm',
    'The fog slider is a nice touch, but honestly I am keeping it on max. The chapel at night looks amazing now.', 'bogrunner', '16 Mar @ 7:45pm',
    'Deck performance is so much better. Any news on the full release date?', 'Valve Software',
    '© Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.',
    'Privacy Policy', 'Legal', 'Steam Subscriber Agreement',
  ],
};

export const HELDOUT405_F: readonly TestPage[] = [xenforo, steam];
