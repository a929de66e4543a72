import { links, ps, type TestPage } from './page-kit.js';
import { j, rowText, tr } from './pages-heldout647-kit.js';

/**
 * Held-out batch 647, file b: a junior ice hockey match report on a SportsEngine (NGIN) club site with a game box and side
 * rail, and a roller rink's Wix Blog post about a returning disco night with post metadata, likes and recent posts.
 */
const mTitle = 'Wolverines rally late, edge Ferrydale 4-3 in overtime';
const mSub = 'Okafor scores twice, including the winner 2:41 into the extra period';
const mBody = [
  j(
    'The Tollbridge Wolverines trailed by two goals with less than nine minutes left in regulation on Saturday night, and for most',
    'of the third period it looked as if the Ferrydale Stags would leave Harlan Street Arena with both points. Instead, the home side',
    'scored twice in four minutes to force overtime and then won it on a rebound from Dayo Okafor, his second goal of the night.',
  ),
  j(
    'Ferrydale had the better of the opening period. Stags forward Milo Varga opened the scoring on a power play at 6:12, finding',
    'the top corner from the left circle after a cross-ice pass from Teddy Ruelas. Tollbridge goaltender Sam Pirkle kept the deficit',
    'at one with a sprawling save on Ruelas late in the period, and the Wolverines went to the room having managed only five shots.',
  ),
  j(
    'Coach Anneli Voss shuffled her lines for the second period, moving Okafor up alongside Jonah Brandt and Kit Salomon, and the change',
    'paid off almost at once. Brandt won a battle behind the Ferrydale net and fed Okafor in the slot for a one-timer at 3:47. The Stags',
    'answered twice before the intermission, first through defenceman Rui Castanho from the point and then through Varga again, who',
    'was left alone at the back post on a three-on-two.',
  ),
  j(
    '"We were chasing the game and chasing the puck," Voss said afterwards. "The second intermission was calm. We told them to',
    'simplify, get pucks deep and win the races, and the goals would come. They did exactly that."',
  ),
  j(
    'The comeback began at 11:26 of the third, when Salomon tipped in a shot from Eli Haverty during a delayed penalty. Three minutes',
    'and forty seconds later, with Pirkle pulled for an extra attacker after a defensive-zone faceout win, captain Reuben Achterberg',
    'fired a wrist shot through traffic that beat Ferrydale goaltender Lars Nyholm on the blocker side.',
  ),
  j(
    'In overtime the Wolverines controlled possession from the opening faceoff. Haverty carried the puck into the zone, cut to the',
    'middle and took a shot that Nyholm could only parry, and Okafor was first to the loose puck to tuck it in at 2:41.',
  ),
  j(
    'Pirkle finished with 31 saves, 14 of them in the third period. Tollbridge were outshot 34 to 27 but went two for four on the',
    'power play, while the Stags converted one of their five chances.',
  ),
  j(
    'The win moves the Wolverines to 14-9-3 and level on points with Ferrydale in the race for third place in the Eastern Division,',
    'with eight games left in the regular season.',
  ),
];
const mScoring = [
  ['1st', '6:12', 'FER', 'Milo Varga (Ruelas, Castanho) PP'],
  ['2nd', '3:47', 'TOL', 'Dayo Okafor (Brandt)'],
  ['2nd', '12:05', 'FER', 'Rui Castanho (Varga)'],
  ['2nd', '17:58', 'FER', 'Milo Varga (Ruelas, Abbate)'],
  ['3rd', '11:26', 'TOL', 'Kit Salomon (Haverty, Achterberg) PP'],
  ['3rd', '15:06', 'TOL', 'Reuben Achterberg (Brandt) EA'],
  ['OT', '2:41', 'TOL', 'Dayo Okafor (Haverty, Salomon)'],
];
const mNext = [
  j(
    'The Wolverines are on the road next Friday at Castlemere before hosting the Brookhaven Rangers at Harlan Street on Sunday at',
    '4:00 p.m. Tickets for Sunday are available at the arena box office.',
  ),
];
const mHeads = ['Scoring summary', 'Up next'];
const mNav = ['Home', 'Teams', 'Schedule', 'Standings', 'Tryouts', 'Sponsors', 'Volunteer'];
const mAcct = ['Sign In', 'Create an Account'];
const mTags = ['Junior A', 'Game Recaps'];
const mRail = ['Wolverines sign defenceman Tobias Renn', 'Skills camp registration opens March 2', 'Billet families needed for 2026-27'];
const mFoot = ['Privacy Policy', 'Terms of Use', 'Accessibility'];
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Tollbridge Wolverines Hockey: ${mTitle}</title><meta name="description" content="${mSub}">
<meta property="og:title" content="${mTitle}"><meta property="og:site_name" content="Tollbridge Wolverines Hockey">
<link rel="stylesheet" type="text/css" href="https://app-assets1.sportngin.com/app_images/site_themes/v4/theme.css">
<script type="text/javascript">var SN_SITE_ID = 98134; var SN_PAGE_ID = 8812354; window.ngin = window.ngin || {};</script>
<script src="https://app-assets2.sportngin.com/javascripts/sport_ngin.js"></script></head>
<body id="body" class="newsArticlePage siteTheme2 user-nav-collapsed">
<div id="accountNav"><ul><li id="accountNavLogin"><a href="https://user.sportngin.com/users/sign_in">Sign In</a></li>
<li id="accountNavSignup"><a href="https://user.sportngin.com/users/sign_up">Create an Account</a></li></ul></div>
<div id="siteContainer" class="container_12"><div id="siteHeader"><div class="sn-site-logo-wrap"><a href="/" class="sn-site-logo-background"
style="background-image:url(https://cdn1.sportngin.com/attachments/logo_graphic/5512/wolverines.png)"></a></div>
<h1 id="sn-site-name">Tollbridge Wolverines Hockey</h1></div>
<div id="topNav" class="site-nav"><ul class="theme-nav-style-dropdown">${links(mNav, 'theme-nav-item lineage-item')}</ul>
<form id="searchForm" action="/search" class="sn-search"><input type="text" name="query" placeholder="Search"></form></div>
<div id="pageContentContainer"><div id="panelTwo" class="layoutContainer"><div class="layoutContainer layout_2_66_33 clearfix">
<div class="column1 layoutColumn"><div class="pageEl"><div class="pageElement newsItemElement">
<div class="newsItemHeader"><h2>${mTitle}</h2></div>
<div class="newsPreviewText"><h4>${mSub}</h4></div>
<div class="newsItemMeta"><div class="newsAuthor"><span>By Priya Halloran</span></div><div class="newsDate">Sat Feb 7, 2026, 10:52 PM</div></div>
<div class="newsImage"><img src="https://cdn2.sportngin.com/attachments/news_article/1123/okafor-ot.jpg" alt="Okafor celebrates">
<p class="photoCaption">Dayo Okafor celebrates his overtime winner. Photo: Marcus Tilley</p></div>
<div class="newsText">${ps(mBody)}
<h3>${mHeads[0]}</h3><table class="statTable"><thead><tr><th>Period</th><th>Time</th><th>Team</th><th>Goal (Assists)</th></tr></thead>
<tbody>${mScoring.map((r) => tr(r)).join('\n')}</tbody></table>
<h3>${mHeads[1]}</h3>${ps(mNext)}</div>
<div class="newsTags">Tags: ${mTags.map((t) => `<a href="/news_tags/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join(', ')}</div>
<div class="sharingOptions"><span class="shareLabel">Share:</span><a class="shareFacebook" href="#">Facebook</a> <a class="shareTwitter" href="#">X</a>
<a class="shareEmail" href="#">Email</a></div></div></div></div>
<div class="column2 layoutColumn"><div class="pageEl"><div class="pageElement gameShowcaseElement"><h3><span>Final</span></h3>
<div class="gameShowcase"><table class="scoreboard"><tr><td class="team">Ferrydale Stags</td><td class="score">3</td></tr>
<tr><td class="team">Tollbridge Wolverines</td><td class="score">4</td></tr></table><p class="gameStatus">Final/OT</p>
<a class="boxScoreLink" href="/game/show/48822190">Box Score</a></div></div></div>
<div class="pageEl"><div class="pageElement aggregatorElement"><h3><span>Latest News</span></h3><ul class="newsAggregator">${links(
  mRail,
  'aggregatorItem',
)}</ul>
<a class="moreLink" href="/news">More News</a></div></div>
<div class="pageEl"><div class="pageElement sponsorElement"><h3><span>Our Sponsors</span></h3><img
src="https://cdn3.sportngin.com/attachments/sponsor/harlan-ford.png"
alt="Harlan Ford"></div></div></div></div></div></div>
<div id="siteFooter"><ul class="footerLinks">${links(mFoot)}</ul><p class="copyright">© 2026 Tollbridge Wolverines Hockey Club</p>
<div id="sn-footer"><a href="https://www.sportsengine.com">SportsEngine</a> <span>Powered by SportsEngine</span></div></div></div>
<script>jQuery(function(){ ngin.initShare(); });</script></body></html>`;
const sportsEngine: TestPage = {
  name: 'heldout647-sportsengine-match-report',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: [mSub, ...mBody, ...mScoring.map(rowText), ...mNext],
  bylines: ['By Priya Halloran', 'Sat Feb 7, 2026, 10:52 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mAcct, 'Tollbridge Wolverines Hockey', ...mNav.filter((n) => n !== 'Home'), 'Dayo Okafor celebrates his overtime winner. Photo: Marcus Tilley',
    'Tags:', ...mTags,
    'Share:', 'Facebook', 'X', 'Email', 'Final', 'Final/OT', 'Box Score', 'Latest News', ...mRail,
    'More News', 'Our Sponsors', ...mFoot, '© 2026 Tollbridge Wolverines Hockey Club', 'SportsEngine', 'Powered by SportsEngine',
  ],
};

const wTitle = 'Friday Night Roller Disco is back!';
const wBody = [
  j(
    'After a winter of floor repairs, our Friday night disco returns on 6 March. The rink floor has been sanded and resealed,',
    'the lights have had an upgrade, and DJ Rolla Bee is back behind the decks with four hours of funk, soul and 80s pop.',
  ),
  'Doors open at 7:30pm and the session runs until 11:30pm. It is strictly 18+ and ID will be checked at the door.',
  j(
    'Tickets are £12 on the door or £10 if you book online, and quad skate hire is included. Inline skates are welcome',
    'but must have their brake pads fitted. Fancy dress is encouraged: the theme for the first night is glitter.',
  ),
  'See you on the floor!',
];
const wNav = ['Home', 'Sessions', 'Parties', 'Lessons', 'Blog', 'Contact'];
const wRecent = ['Skate hire price changes from April', 'Meet our new roller coaches', 'Half-term family sessions'];
const wLine = (t: string, i: number): string =>
  `<div data-hook="rcv-block${i + 1}"></div><p class="ZuQzb _1j-51 _1FoOD _3M0Fe public-DraftStyleDefault-ltr" dir="auto"><span class="BLeCh">${t}</span></p>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>${wTitle}</title>
<meta name="description" content="After a winter of floor repairs, our Friday night disco returns on 6 March."><link rel="canonical"
href="https://www.spinwayrink.co.uk/post/friday-night-roller-disco-is-back">
<meta property="og:type" content="article"><meta property="og:site_name" content="Spinway Roller Rink">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","author":{"@type":"Person",
"name":"Dana Quist"},
"datePublished":"2026-02-20T14:02:11.000Z","publisher":{"@type":"Organization","name":"Spinway Roller Rink"}}</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-in-container:10000}.font_8{font:normal normal normal 17px/1.4em
avenir-lt-w01_35-light1475496,sans-serif}</style>
<script id="wix-viewer-model"
type="application/json">{"siteFeaturesConfigs":{"platform":{"bootstrapData":{"location":{"externalBaseUrl":"https://www.spinwayrink.co.uk"}}}}}</script>
</head><body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="L6zwpl"><div id="comp-lk2logo"
class="MW5IWV comp-lk2logo wixui-rich-text">
<p class="font_8 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">Spinway Roller Rink</span></p></div>
<nav id="comp-lk2nav" aria-label="Site" class="comp-lk2nav wixui-horizontal-menu"><ul class="Jd6C9W">
${wNav
  .map(
    (n) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${n.toLowerCase()}"
class="UiHgGh"><div class="itemDepth02233374943__root"><span class="itemDepth02233374943__label">${n}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav><button class="StylableButton2545352419__root"
aria-label="Book Now"><span class="StylableButton2545352419__label">Book Now</span></button></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"
class="JsJXaX SITE_PAGES"><div id="tpapopup-1"></div>
<div id="TPAMultiSection_lk2blog" class="TPAMultiSection_lk2blog"><div class="Rsbzjt" data-hook="post-page"><article class="bpk7vp" data-hook="post">
<div class="_6SyeS" data-hook="post-header"><div class="MdfhMm"
data-hook="post-metadata"><div data-hook="avatar-image"><img src="https://static.wixstatic.com/media/a1b2c3_avatar.jpg" alt="Writer's picture"></div>
<div class="wlBdf"><span data-hook="user-name" class="tQ0Q1A user-name">Dana Quist</span><span class="_1jP1c" data-hook="badge">Admin</span></div>
<ul class="PD1bYd"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="Feb 20">Feb 20</span></li>
<li><span data-hook="time-to-read" class="post-metadata__readTime">1 min read</span></li></ul></div>
<h1 class="H3vOVf blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title__text">${wTitle}</span></h1></div>
<div class="_2dVKi" data-hook="post-description"><section class="_15AbM" data-hook="post-content"><div data-id="content-viewer" class="fTEXDR">
<div class="kvdbP" data-id="rich-content-viewer" dir="ltr">${wBody.map(wLine).join('\n')}</div></div></section></div>
<div class="post-footer" data-hook="post-footer"><div data-hook="post-social-actions"><button aria-label="Share via Facebook" class="share-button"></button>
<button aria-label="Share via Link" class="share-button"></button></div><div class="GCmrX" data-hook="post-stats"><span data-hook="view-count">64 views</span>
<span data-hook="comment-count">0 comments</span><button data-hook="like-button"
aria-label="Post not marked as liked"><span class="like-button-with-count__like-count">5</span></button></div></div>
</article><section data-hook="recent-posts" class="recent-posts"><div class="gkYsb"><h2 data-hook="recent-posts-title"
class="recent-posts-title">Recent Posts</h2>
<a href="/blog" data-hook="recent-posts__see-all">See All</a></div><div class="recent-posts-list">
${wRecent
  .map(
    (r) => `<div data-hook="post-list-item"><a href="/post/${r.toLowerCase().replace(/[^a-z]+/g, '-')}"><h3 data-hook="post-title"
class="post-title">${r}</h3></a></div>`,
  )
  .join('\n')}
</div></section><section data-hook="comments" class="comments"><h2 class="comments-title">Comments</h2>
<div data-hook="comment-box-placeholder"><span>Write a comment...</span></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-lk2foot"
class="wixui-rich-text"><p class="font_8">Unit 4, Brookside Trading Estate, Lowmoor LW6 3DX</p>
<p class="font_8">© 2026 by Spinway Roller Rink. Proudly created with <a href="https://www.wix.com">Wix.com</a></p></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout647-wix-roller-disco',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: wBody,
  bylines: ['Dana Quist', 'Feb 20'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Spinway Roller Rink', ...wNav, 'Book Now', 'Admin', '1 min read', '64 views', '0 comments', '5', 'Recent Posts', 'See All', ...wRecent,
    'Comments', 'Write a comment...', 'Unit 4, Brookside Trading Estate, Lowmoor LW6 3DX', '© 2026 by Spinway Roller Rink. Proudly created with Wix.com',
  ],
};

export const HELDOUT647_B: readonly TestPage[] = [sportsEngine, wix];
