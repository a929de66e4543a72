import { links, ps, type TestPage, texts } from './page-kit.js';
import { mybb } from './pages-heldout279-e2.js';
import { j } from './pages-heldout279-kit.js';

/**
 * Held-out batch 279, file e: a vBulletin 5 Connect thread (header with the site nav tabs, breadcrumbs, the thread title
 * h1 with its "Collapse" toggle and tags, the pagination toolbar, three posts with user info panes, join dates and post
 * counts, post numbers, "Like" counts and signatures, the "Users Viewing This Topic" box, the footer nav and the copyright).
 */
const vTitle = 'Rebuilding the carburettor on a 1978 Kestrel 250 – float keeps sticking';
const vPosts: [string, string, string, string, string[]][] = [
  [
    'rustbucket_ned',
    'Senior Member',
    'Join Date: Jun 2019',
    '03-04-2026, 07:41 PM',
    [
      j(
        'Evening all. Finally got the carb off the Kestrel after it sat in the shed for six winters. Cleaned everything in an ultrasonic',
        'bath, new needle and seat, new gaskets. Bike starts now, but after ten minutes or so it floods and fuel pours out of the overflow.',
      ),
      j(
        'If I tap the float bowl with the handle of a screwdriver it stops immediately, so I am fairly sure the float is sticking',
        'rather than the needle not sealing. Float height is set to 22 mm as per the manual. Any ideas before I buy a new float?',
      ),
    ],
  ],
  [
    'Marguerite_V',
    'Moderator',
    'Join Date: Feb 2011',
    '03-04-2026, 09:02 PM',
    [
      j(
        'Classic symptom. On these carbs the float pivots on a pin pressed into two thin posts, and after years of varnish the posts',
        'are often very slightly bent from someone prising the pin out. The float then binds at one end of its travel.',
      ),
      'Things to check, in this order:',
    ],
  ],
  [
    'rustbucket_ned',
    'Senior Member',
    'Join Date: Jun 2019',
    '03-06-2026, 06:15 PM',
    [
      j(
        'You were spot on. One post was bent by maybe half a millimetre and the pin was tight at one end. Straightened it with a pair of',
        'smooth-jaw pliers, polished the pin, and it has run for two hours today without a drop from the overflow. Thanks!',
      ),
      j(
        'For the next person: the float itself was fine, no fuel inside when I shook it, so I have saved the price of a new one.',
        'I will post the jetting once I have had it on the road for a week.',
      ),
    ],
  ],
];
const vChecks = [
  'Take the float out and let it swing on the pin by itself. It should drop freely under its own weight.',
  'Look down the line of the two posts; if they are not parallel, ease the bent one back with flat-nosed pliers.',
  'Shake the float next to your ear. If you hear fuel inside, it has a pinhole and is heavier than it should be.',
  'Polish the pin with fine wet-and-dry paper; a burr from removal is enough to make it bind.',
];
const vNav = ['Home', 'Forums', 'Articles', 'Classifieds', 'Calendar', 'Member List'];
const vCrumbs = ['Home', 'Forums', 'Workshop', 'Carburettors & Fuel'];
const vTags = ['carburettor', 'float', 'kestrel 250'];
const vSig = ['1978 Kestrel 250 (project), 2004 Aldous Trail 650 (runner)', 'If it isn’t leaking oil, it’s empty.'];
const post = ([user, rank, joined, date, paras]: [string, string, string, string, string[]], i: number) => `<li class="b-post js-post js-comment-entry__parent
h-restore--on-preview b-comment--last ${i === 0 ? 'b-post--first' : ''}" data-node-id="${61200 + i}" itemscope itemtype="https://schema.org/Comment">
<div class="b-post__grid"><div class="b-post__arrow"></div><div class="b-post__hide-when-deleted"><div class="b-post__timestamp b-post__timestamp--main
OLD__post-date"><time itemprop="dateCreated" datetime="2026-03-0${4 + i}T19:41:00">${date}</time></div>
<div class="b-post__count"><a href="#post${61200 + i}" class="b-post__count-link">#${i + 1}</a></div></div>
<div class="b-userinfo" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="b-userinfo__details">
<div class="author h-text-size--14"><strong><a
href="/member/${user.length}-x" itemprop="url"><span itemprop="name">${user}</span></a></strong></div><div class="b-userinfo__rank">${rank}</div>
<ul class="b-userinfo__additional-info-block h-margin-top-xl"><li class="b-userinfo__additional-info">
<label>Join Date:</label> <span>${joined.slice(11)}</span></li>
<li class="b-userinfo__additional-info"><label>Posts:</label> <span>${[1240, 18307, 1240][i]}</span></li></ul></div></div>
<div class="js-post__content-wrapper"><div class="b-post__body"><div class="OLD__post-content h-padding-horiz-xxl"><div class="js-post__content-text restore
h-wordwrap" itemprop="text">
${ps(paras)}
${i === 1 ? `<ol class="decimal">${vChecks.map((c) => `<li>${c}</li>`).join('\n')}</ol>` : ''}
</div>${i === 1 ? '' : `<div class="b-post__signature restore h-wordwrap">${vSig[i === 0 ? 0 : 1]}</div>`}</div>
<div class="b-post__footer h-hide--on-preview h-clearfix h-padding-top-l"><ul class="h-left js-post-controls"><li><a href="#" class="b-button
b-button--transparent js-comment-entry__like">Like</a></li><li class="b-post-control__count">${[4, 11, 6][i]}</li></ul><ul class="h-right"><li><a href="#"
class="js-post-control__reply">Quote</a></li><li><a href="#" class="js-post-control__report">Report</a></li></ul></div></div></div></li>`;
const vHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en-US" id="vbulletin" data-cookie-prefix="bb_"><head>
<base href="https://www.kestrelowners.example/forum/"><meta charset="utf-8"><title>${vTitle} - Kestrel Owners Forum</title>
<meta name="description" content="Finally got the carb off the Kestrel after it sat in the shed for six winters.">
<meta name="generator" content="vBulletin 5.7.5"><meta property="og:site_name" content="Kestrel Owners Forum"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${vTitle}",
"datePublished":"2026-03-04T19:41:00",
"author":{"@type":"Person","name":"rustbucket_ned"}}</script>
<script type="text/javascript">var pageData={"baseurl":"https://www.kestrelowners.example/forum","pageid":"77","channelid":"42","nodeid":"61200"};</script>
<link rel="stylesheet" type="text/css" href="css.php?styleid=22&amp;td=ltr&amp;sheet=css_reset.css,css_unreset.css,css_utilities.css&amp;ts=1772400000"></head>
<body id="vb-page-body" class="l-desktop page77 vb-page view-mode logged-out" itemscope itemtype="http://schema.org/WebPage">
<div id="outer-wrapper"><div id="wrapper"><div id="header-axd" class="header-edit-box axdnum_1 h-clearfix"><div class="axd-container"><div id="header"
class="noselect"><div class="header-cell header-edit-box"><div class="site-logo"><a href="./"><img src="filedata/fetch?filedataid=81" alt="Kestrel Owners Forum"
title="Powered by vBulletin"></a></div></div>
<div class="header-cell"><div id="idLoginBtn" class="h-right"><a href="login" class="b-button b-button--primary">Log in</a> <a href="register"
class="b-button">Sign Up</a></div></div></div>
<div id="channel-tabbar" class="h-clearfix noselect">
<ul class="channel-tabbar-list h-left b-comp-menu-horizontal js-comp-menu-horizontal">${links(vNav, 'section-item')}</ul></div>
<div id="channel-subtabbar" class="h-clearfix"><ul class="h-left channel-subtabbar-list"><li><a href="search?searchJSON=%7B%22new%22%3Atrue%7D">What's
New?</a></li><li><a href="online">Who's Online</a></li></ul></div></div></div>
<div id="breadcrumbs" class="breadcrumbs-wrapper"><ul class="breadcrumbs ellipsis">${links(vCrumbs, 'crumb ellipsis')}</ul></div>
<div class="notices-wrapper"><ul class="notices"><li class="notice restore" data-notice-id="3">If this is your first visit, be sure to check out the FAQ
by clicking the link above. You may have to register before you can post.</li></ul></div>
<div id="content"><div class="canvas-layout-container js-canvas-layout-container"><div class="canvas-widget default-widget conversation-content-widget
forum-conversation-content-widget widget-tabs widget-no-border widget-no-header-buttons axd-container">
<div class="conversation-status-messages"></div><div class="widget-header h-clearfix"><div class="module-title h-left"><h1 class="main-title js-main-title
hide-on-editmode">${vTitle}</h1></div><div class="module-buttons">
<span class="toggle-button module-button-item collapse" title="Collapse">Collapse</span></div></div>
<div class="conversation-toolbar-wrapper top"><div class="conversation-toolbar"><div class="toolbar-tags-container"><span class="b-tags">Tags:</span> ${vTags
  .map((t) => `<a href="/tag/${t}" class="b-tag">${t}</a>`)
  .join(', ')}</div><div class="pagenav-container h-right js-pagenav"><span class="pagenav-label">Page</span> <span class="pagenav-form">1 of 1</span></div>
<div class="toolset-left"><a href="#" class="b-button b-button--secondary js-post-reply">Reply</a></div></div></div>
<div class="widget-content tab widget-tabs-panel"><ul class="conversation-list list-container h-clearfix thread-view">${vPosts.map(post).join('\n')}</ul></div>
<div class="conversation-toolbar-wrapper bottom"><div class="pagenav-container h-right">
<span class="pagenav-label">Page</span> <span class="pagenav-form">1 of 1</span></div></div></div>
<div class="canvas-widget default-widget whos-online-widget"><div class="widget-header"><h1 class="module-title">Users Viewing This Topic</h1></div><div
class="widget-content">There are currently 3 users online. 1 members and 2 guests.</div></div></div></div>
<div id="footer"><div id="footer-tabbar"><ul class="h-left">${links(['Help', 'Contact Us', 'Go to top'])}</ul></div>
<div id="footer-copyright">Powered by <a href="https://www.vbulletin.example">vBulletin®</a> Version 5.7.5<br>
Copyright © 2026 MH Sub I, LLC dba vBulletin. All
rights reserved.</div><div id="footer-current-datetime">All times are GMT. This page was generated at 2 days ago.</div></div></div></div>
<script type="text/javascript" src="js/jquery/jquery-3.6.4.min.js"></script>
<script>vBulletin.ready(function(){vBulletin.conversation.init();});</script></body></html>`;
const vbulletin: TestPage = {
  name: 'heldout279-vbulletin5-thread',
  kind: 'forum',
  html: vHtml,
  title: vTitle,
  headings: [],
  body: texts([...(vPosts[0]?.[4] ?? []), ...(vPosts[1]?.[4] ?? []), ...vChecks, ...(vPosts[2]?.[4] ?? [])]),
  bylines: ['rustbucket_ned', 'Marguerite_V', '03-04-2026, 07:41 PM', '03-04-2026, 09:02 PM', '03-06-2026, 06:15 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log in', 'Sign Up', ...vNav, "What's New?", "Who's Online", ...vCrumbs,
    'If this is your first visit, be sure to check out the FAQ by clicking the link above. You may have to register before you can post.',
    'Collapse', 'Tags:', ...vTags.filter((t) => t !== 'float'), 'Page', '1 of 1', 'Reply', 'Senior Member', 'Moderator', 'Join Date:', 'Jun 2019', 'Feb 2011',
    'Posts:', '1240', '18307', ...vSig, 'Like', 'Quote', 'Report', 'Users Viewing This Topic',
    'There are currently 3 users online. 1 members and 2 guests.', 'Help', 'Contact Us', 'Go to top', 'Powered by vBulletin® Version 5.7.5',
    'Copyright © 2026 MH Sub I, LLC dba vBulletin. All rights reserved.', 'All times are GMT. This page was generated at 2 days ago.',
  ],
};

export const HELDOUT279_E: readonly TestPage[] = [vbulletin, mybb];
