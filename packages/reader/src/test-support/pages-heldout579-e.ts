import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout579-kit.js';

/**
 * Held-out batch 579, file e: a pet owners' forum thread on Discourse (the server-rendered crawler view, with related topics),
 * and a dog daycare's short evaluation page on Duda.
 */
const dTitle = 'First boarding stay for our anxious rescue – how did you prepare?';
const dPosts: [string, string, string, string, string[]][] = [
  [
    'marlowe_k',
    'February 3, 2026,  2:12pm',
    '1',
    '',
    [
      j(
        'We adopted Pepper (a 4 year old shepherd mix) last summer and she is still pretty nervous with new people. We have a',
        'family wedding in April and can’t take her, so she’s booked for 5 nights at a kennel near us.',
      ),
      j(
        'The kennel offered a trial day and a half-day daycare visit first. Did that help your dogs? Anything you wish you had done',
        'differently before the first stay?',
      ),
    ],
  ],
  [
    'ruthanne.b',
    'February 3, 2026,  3:40pm',
    '2',
    '4 Likes',
    [
      j(
        'Do the trial day, and if you can, do two. Our beagle cried the whole first trial and was fine by the second, because by',
        'then she knew that the car ride there ended with us coming back.',
      ),
      'Also pack something that smells of you. An old pillowcase worked better than any toy for us.',
    ],
  ],
  [
    'Finch_and_Oskar',
    'February 4, 2026,  8:05am',
    '3',
    '2 Likes',
    [
      j(
        'Ask whether they do solo play for nervous dogs. Ours got overwhelmed in group play and the staff switched him to two',
        'one-on-one walks a day. Worth asking before you book, not everywhere offers it.',
      ),
    ],
  ],
  [
    'marlowe_k',
    'February 4, 2026, 11:27am',
    '4',
    '1 Like',
    [
      j(
        'Thanks both. They do have a quiet wing with solo walks, so I’ve asked for that. Trial days are booked for the 14th and',
        'the 28th. I will report back after the wedding!',
      ),
    ],
  ],
  [
    'marlowe_k',
    'April 22, 2026,  6:51pm',
    '5',
    '6 Likes',
    [
      j(
        'Update: she did great. The staff sent photos every evening, she ate everything, and she came home tired and happy. The',
        'pillowcase came home very well loved. Thanks again for the advice.',
      ),
    ],
  ],
];
const dRelated: [string, string, string, string][] = [
  ['Kennel cough after boarding – normal?', '12', '1.4k', 'Jan 2026'],
  ['Dog won’t eat at the kennel', '8', '905', 'Mar 2026'],
  ['Daycare or dog walker for a reactive dog?', '21', '2.1k', 'Apr 2026'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dPost = ([u, t, n, likes, paras]: [string, string, string, string, string[]]): string =>
  `<div id="post_${n}" itemprop="${n === '1' ? 'mainEntity' : 'comment'}"
itemscope itemtype="http://schema.org/${n === '1' ? 'DiscussionForumPosting' : 'Comment'}"
class="topic-body crawler-post"><div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://forum.pawprintcommons.org/u/${u}'><span itemprop='name'>${u}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.pawprintcommons.org/t/first-boarding-stay-anxious-rescue/4471">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-02-03T14:12:05Z' class='post-time'>${t}</time>
<meta itemprop='dateModified' content='2026-02-03T14:12:05Z'><span itemprop='position'>${n}</span></span></div>
<div class='post' itemprop='text'>\n${ps(paras)}\n</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${likes === '' ? '0' : likes.split(' ')[0]}"
/>${likes === '' ? '' : `<span class='post-likes'>${likes}</span>`}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Boarding &amp; Daycare - Pawprint Commons</title>
<meta name="description" content="We adopted Pepper (a 4 year old shepherd mix) last summer and she is still pretty nervous with new people.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><link rel="canonical" href="https://forum.pawprintcommons.org/t/first-boarding-stay-anxious-rescue/4471">
<link href="/stylesheets/color_definitions_light_2_3.css?__ws=forum.pawprintcommons.org" media="all" rel="stylesheet" class="light-scheme">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.pawprintcommons.org",
"potentialAction":{"@type":"SearchAction",
"target":"https://forum.pawprintcommons.org/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>
<meta property="og:site_name" content="Pawprint Commons"><meta property="og:type" content="website"><meta property="article:published_time"
content="2026-02-03T14:12:05+00:00"></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/pawprint-logo.png" alt="Pawprint Commons" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/first-boarding-stay-anxious-rescue/4471">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"
itemscope itemtype="http://schema.org/ListItem">
<a href="/c/dogs/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Dogs</span></span></a><meta itemprop="position" content="1" /></span>
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/dogs/boarding-daycare/12" class="badge-wrapper bullet"
itemprop="item">
<span class='badge-category-parent-bg' style='background-color: #0E76BD'></span><span class='badge-category-bg' style='background-color: #F7941D'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Boarding &amp; Daycare</span></span></a><meta itemprop="position"
content="2" /></span></div>
<div class="topic-list-tags"><a href='https://forum.pawprintcommons.org/tag/anxiety' class='discourse-tag'>anxiety</a>
<a href='https://forum.pawprintcommons.org/tag/rescue' class='discourse-tag'>rescue</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
${dPosts.map(dPost).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><meta itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item" id="topic-list-item-${4400 + i}"><td class="main-link" itemprop='itemListElement'
itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/x/${4400 + i}'
class='title raw-link raw-topic-link'>${t}</a></span>
<div class="link-bottom-line"><a href='/c/dogs/boarding-daycare/12'
class='badge-wrapper bullet'><span class='badge-category clear-badge'><span class='category-name'>Boarding &amp; Daycare</span>
</span></a></div></td><td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td>
<td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${dFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}'
itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer><div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript
enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout579-discourse-anxious-rescue',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p[4])),
  bylines: [...new Set(dPosts.flatMap(([u, t]) => [u, t.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Boarding & Daycare', 'anxiety', ...dPosts.map((p) => p[2]).filter((n) => n !== '4' && n !== '5'), ...dPosts.map((p) => p[3]).filter((l) => l !== ''),
'Related topics',
    'Topic', 'Replies', 'Views', 'Activity', ...dRelated.flat(), ...dFoot.filter((t) => t !== 'Home'),
'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const uTitle = 'Daycare Evaluation Day';
const uBody = [
  j(
    'Before your dog joins a playgroup, we spend a half day getting to know them. A trainer introduces your dog to one calm',
    'dog at a time, then to a small group, and watches how they play, rest and respond to our handlers.',
  ),
  j(
    'Evaluations run Monday to Thursday, drop-off 8–9 am, pickup by 1 pm. The fee is $25 and is taken off your first daycare',
    'package. Dogs must be at least 5 months old, spayed or neutered by 7 months, and current on rabies, DHPP and Bordetella.',
  ),
  'We will call you the same afternoon with our notes and the playgroup we think suits your dog best.',
];
const uNav = ['Home', 'Daycare', 'Boarding', 'Evaluation Day', 'Pricing', 'Contact Us'];
const uNavHtml = uNav
  .map(
    (t) => `<li role="menuitem" class="unifiednav__item-wrap" data-auto="more-pages" data-depth="0"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="unifiednav__item${t === uTitle ? ' dmNavItemSelected dmUDNavigationItem_010101' : ''}" target="" data-target-page-alias=""><span class="nav-item-text"
data-link-text="${t}" data-auto="page-text-style">${t}<span class="icon icon-angle-down"></span></span></a></li>`,
  )
  .join('\n');
const dudaP = (id: string, inner: string): string =>
  `<div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="${id}" style="transition: none 0s ease 0s; display: block;">${inner}</div>`;
const uHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Evaluation Day | Sunnyfield Dog Club</title>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no"><link rel="canonical"
href="https://www.sunnyfielddogclub.com/evaluation-day">
<script>var _dm_gaq = {};var _gaq = _gaq || [];var dmAPI = dmAPI || {};window.Parameters = window.Parameters || {SiteAlias: 'a3b91c2e',
SiteType: atob('RFVEQU9ORQ=='),
SubscriptionType: atob('U1RBTkRBUkQ='),BlockContainerSelector: '.dmBody',CurrentPageUrl: '/evaluation-day'};</script>
<link rel="stylesheet" href="https://irp.cdn-website.com/sitemanager/css/d1_rt.min.css"><style id="widgetStyle">.dmNewParagraph{font-size:17px}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"Sunnyfield Dog Club",
"telephone":"(503) 555-0119"}</script></head>
<body id="dmRoot" data-page-alias="evaluation-day"
class="dmRoot dmDesktopBody fix-mobile-scrolling addCanvasBorder dmResellerSite dmLargeBody responsiveTablet">
<div id="dm" class="dmwr"><div class="dm_wrapper standard-var5 widgetStyle-3 standard"><div dmwrapped="true" id="1901957768" class="dm-home-page"
themewaschanged="true">
<div dmtemplateid="StandardLayoutMultiD"
class="standardHeaderLayout dm-bfs dm-layout-sec hasAnimations hasStickyHeader inMiniHeaderMode rows-1200 dmPageBody d-page-1716942098">
<div id="desktopBodyBox"><div id="iscrollBody"><div id="site_content"><div class="dmHeaderContainer fHeader d-header-wrapper"><div id="hcontainer"
class="u_hcontainer dmHeader p_hfcontainer"
freeheader="true" headerlayout="b58ba5b5703b4cd7b5f5f7951565dc87===horizontal-layout-5" data-scrollable-target="body" has-shadow="true">
<div dm:templateorder="85" class="dmHeaderResp dmHeaderStack noSwitch"
id="1709005236"><div class="dmRespRow dmDefaultListContentRow"><div class="dmRespColsWrapper">
<div class="dmRespCol large-4 medium-4 small-12"><div class="imageWidget align-center" data-element-type="image" data-widget-type="image" id="1416498738">
<a href="/" id="1003893180"><img src="https://lirp.cdn-website.com/a3b91c2e/dms3rep/multi/opt/sunnyfield-logo-200w.png" alt="Sunnyfield Dog Club"
id="1581637024"></a></div></div>
<div class="dmRespCol large-8 medium-8 small-12"><nav class="u_1236553187 effect-bottom2 main-navigation unifiednav dmLinksMenu" role="navigation"
layout-main="horizontal_nav_layout_2"
data-nav-structure="HORIZONTAL" data-auto="navigation-pages"><ul role="menubar" class="unifiednav__container" data-auto="navigation-pages">
${uNavHtml}
</ul></nav></div></div></div></div></div></div>
<div class="dmRespRow dmRespRowStable dmRespRowNoPadding dmPageTitleRow"><div class="dmRespColsWrapper"><div class="large-12 dmRespCol"><div id="innerBar"
class="innerBar lineInnerBar">
<div class="titleLine display_None"><hr></div></div></div></div></div>
<div class="dmContent" id="dmFirstContainer"><div class="dmBody u_dmStyle_template_evaluation-day"><div id="allWrapper"
class="allWrapper"><div id="dm_content" class="dmContent" role="main">
<div dm:templateorder="170" class="dmDefaultRespTmpl mainBorder" id="1716942098"><div class="innerPageTmplBox dmDefaultPage dmRespRowsWrapper" id="1716942100">
<div class="u_1419876001 dmRespRow" id="1419876001"><div class="dmRespColsWrapper"
id="1598431045"><div class="u_1822471955 dmRespCol large-12 medium-12 small-12" id="1822471955">
${dudaP('1340098712', `<h1 class="m-size-32 size-40"><span style="display: initial;">${uTitle}</span></h1>`)}
${dudaP(
  '1723390015',
  ps(
    uBody.map((t) => `<span style="display: initial;">${t}</span>`),
    ' class="m-size-16 text-align-left"',
  ),
)}
<a data-display-type="block" class="align-center dmButtonLink dmWidget dmWwr default dmOnlyButton dmDefaultGradient" file="false" href="tel:(503) 555-0119"
data-element-type="dButtonLinkId" id="1297604466" data-buttonstyle="FILL_BUTTON_1"><span class="iconBg" aria-hidden="true" id="1644283917">
<span class="icon hasFontIcon icon-star" id="1510922303"></span></span><span class="text" id="1812046003">Call to Book</span></a>
</div></div></div></div></div></div></div></div>
<div class="dmFooterContainer"><div id="fcontainer" class="u_fcontainer f_hcontainer dmFooter p_hfcontainer"><div dm:templateorder="250"
class="dmFooterResp generalFooter" id="1943048428">
<div class="dmRespRow u_1698127540" id="1698127540"><div class="dmRespColsWrapper"><div class="dmRespCol large-12 medium-12 small-12">
${dudaP(
  '1198260031',
  `<p class="text-align-center m-size-13 size-14">
<span style="display: initial;">Sunnyfield Dog Club · 940 NE Dahlia St, Portland, OR · (503) 555-0119</span></p>`,
)}
${dudaP('1287702299', '<p class="text-align-center size-12"><span style="display: initial;">© 2026 All Rights Reserved | Sunnyfield Dog Club</span></p>')}
</div></div></div></div></div></div></div></div></div></div></div></div>
<div id="dmPrivacyPopup" class="dmPrivacyPopup cookie-notification" role="region" aria-label="Cookie notice"><div class="dmPrivacyPopupText">
This website uses cookies to ensure you get the best experience on our website.</div><div class="dmPrivacyPopupButtons"><a class="dmPrivacyPopupAccept"
role="button" href="#">Accept</a>
<a class="dmPrivacyPopupDecline" role="button" href="#">Decline</a></div></div>
<script type="text/javascript"
src="https://static.cdn-website.com/mnlt/production/5204/_dm/s/rt/dist/scripts/d-js-one-runtime-unified-desktop.min.js" id="d-js-core"></script>
</body></html>`;
const duda: TestPage = {
  name: 'heldout579-duda-evaluation-day',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: texts(uBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...uNav.filter((t) => t !== 'Evaluation Day' && t !== 'Daycare'), 'Call to Book', 'Sunnyfield Dog Club · 940 NE Dahlia St, Portland, OR · (503) 555-0119',
    '© 2026 All Rights Reserved | Sunnyfield Dog Club', 'This website uses cookies to ensure you get the best experience on our website.', 'Accept', 'Decline',
  ],
};

export const HELDOUT579_E: readonly TestPage[] = [discourse, duda];
