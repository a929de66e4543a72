import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 42, file c2: an Invision Community 5 topic, seen as a guest (the DiscussionForumPosting JSON-LD with the
 * posts' text, skip link, header with logo, slogan, Sign In / Sign Up and the nav bar, breadcrumbs, the topic header with
 * the solved badge, tags, starter and Follow count, author columns with rank image, group badge and stats, entry headers
 * with dates and the options button, rich-text posts with a quote, the "Solution" marker and the solution box under the first
 * post, reactions, Quote controls, the guest reply box, prev / next links, sidebar widgets, footer and the guest cookie bar).
 */
const ipTitle = 'Cloudy water three weeks after setting up a planted tank';
const ip1 = [
  'I set up a 60 litre planted tank three weeks ago with an aqua soil substrate, a hang-on-back filter and about a dozen stem ' +
    'plants. For the first ten days the water was crystal clear. Since last weekend it has gone milky white, to the point ' +
    'where I can barely see the back glass.',
  'I do a 30 percent water change every three days. Ammonia reads 0.25 ppm, nitrite 0.5 and nitrate 5. There are no fish in ' +
    'yet, just a few nerite snails that came in with the plants. Is this normal, and should I be doing more water changes or fewer?',
];
const ip2 = [
  'What you are seeing is almost certainly a bacterial bloom. Free-floating bacteria multiply quickly when there is ammonia in ' +
    'the water and the filter has not yet grown enough of its own colony to use it up. Your readings say exactly that: the tank ' +
    'is still cycling.',
  'The annoying answer is to leave it alone. Keep changing water if ammonia and nitrite climb, but stop the changes every three ' +
    'days just for the cloudiness, because each one sets the process back a little. Do not add a UV clarifier yet either. Most ' +
    'blooms clear on their own within a week once nitrite starts falling.',
];
const ip3 = [
  'Agree with the bloom diagnosis. One thing I would check is how much root tab and fertiliser went in at the start. New aqua ' +
    'soil leaches ammonia for the first few weeks on its own, so a heavy dose of fertiliser on top can keep feeding the bloom.',
];
const ipQuote = 'The annoying answer is to leave it alone.';
const ip4 = [
  'Took the advice and it worked. I stopped the big water changes, kept testing every other day, and the haze was gone by ' +
    'Tuesday. Ammonia and nitrite are both at zero now and nitrate is up to 15, so I think the cycle has finished.',
  'Thanks, both of you. First fish go in this weekend: a small group of ember tetras.',
];
const ip5 = ['Nice one. Add the tetras a few at a time and keep an eye on ammonia for the first week.'];
const ipNav = ['Browse', 'Forums', 'Gallery', 'Activity', 'Leaderboard', 'Guidelines', 'Store'];
const ipRecent = ['Which carpet plant for a low-tech nano?', 'Shrimp keep dying after water change', 'Show us your hardscape: December 2025'];
const ipFoot = ['Theme', 'Contact Us', 'Privacy Policy', 'Cookies', 'Terms of Use'];
interface Author {
  name: string;
  rank: string;
  group: string;
  posts: string;
  rep: string;
  solutions: string;
}
const moss: Author = { name: 'mossandstone', rank: 'Rank: Fry (2/8)', group: 'Members', posts: '38', rep: '21', solutions: '0' };
const bob: Author = { name: 'greenfinbob', rank: 'Rank: Old Timer (7/8)', group: 'Moderators', posts: '9,418', rep: '5,603', solutions: '412' };
const priya: Author = { name: 'Priya_Aquascapes', rank: 'Rank: Aquascaper (5/8)', group: 'Members', posts: '1,204', rep: '877', solutions: '36' };
const entry = (id: number, a: Author, iso: string, when: string, short: string, body: string, likes: string, extra = ''): string =>
  `<article id="elComment_${id}" class="ipsEntry js-ipsEntry ipsEntry--post${extra ? ' ipsEntry--solved' : ''}" data-ips-hook="postWrapper">
<div class="ipsEntry__author-column"><aside data-ips-hook="topicPostAuthorColumn"><div class="ipsAvatarStack" data-ips-hook="postUserPhoto">
<a href="https://forums.reefandfern.example/profile/${id % 977}-${a.name.toLowerCase()}/" rel="nofollow" class="ipsUserPhoto"><img
 src="https://forums.reefandfern.example/uploads/av-${id % 977}.png"
 alt="${a.name}" loading="lazy"></a><img src="https://forums.reefandfern.example/uploads/ranks/r.png" alt="${a.rank}" class="ipsAvatarStack__rank"
 title="${a.rank}"
 loading="lazy"></div><h3 class="ipsEntry__username" data-ips-hook="postUsername"><a href="https://forums.reefandfern.example/profile/${id % 977}/"
 class="ipsUsername"
 data-ipshover>${a.name}</a></h3><div class="ipsEntry__authorBadges"><span class="ipsBadge ipsBadge--soft">${a.group}</span></div>
<ul class="ipsEntry__authorStats ipsEntry__authorStats--minimal" data-ips-hook="postUserStats"><li data-i-el="posts"><a href="#" title="Posts"
 data-i-el-number="${a.posts}">
<i class="fa-solid fa-comment"></i><span data-i-el="number">${a.posts}</span> <span data-i-el="label">posts</span></a></li>
<li data-i-el="reputation"><span data-i-el="number">${a.rep}</span> <span data-i-el="label">reputation</span></li>
<li data-i-el="solutions"><span data-i-el="number">${a.solutions}</span> <span data-i-el="label">solutions</span></li></ul></aside></div>
<div class="ipsEntry__post"><header class="ipsEntry__header"><div class="ipsEntry__header-align"><div class="ipsPhotoPanel"><div class="ipsPhotoPanel__text">
<h3 class="ipsPhotoPanel__primary ipsEntry__username ipsResponsive_showPhone"><a href="#" class="ipsUsername">${a.name}</a></h3>
<p class="ipsPhotoPanel__secondary"><a href="https://forums.reefandfern.example/topic/20817-cloudy-water/#findComment-${id}" class="ipsEntry__date"
 rel="nofollow">
<time datetime="${iso}" title="${iso.slice(5, 7)}/${iso.slice(8, 10)}/2025" data-short="${short}">${when}</time></a></p></div></div>
${extra ? '<div class="ipsEntry__solvedBadge"><i class="fa-solid fa-check"></i> Solution</div>' : ''}
<button type="button" class="ipsEntry__topButton ipsEntry__topButton--ellipsis" aria-label="Post options" popovertarget="elControls_${id}_menu">
<i class="fa-solid fa-ellipsis"></i></button></div></header>
<div class="ipsEntry__content js-ipsEntry__content" data-ips-hook="postContent"><div class="ipsRichText ipsRichText--user" data-role="commentContent"
 data-controller="core.front.core.lightboxedImages">${body}</div></div>
<footer class="ipsEntry__footer"><menu class="ipsEntry__controls" data-role="commentControls"><li><a href="#" data-action="quoteComment" rel="nofollow">
<i class="fa-solid fa-quote-left"></i><span class="ipsMenuLabel">Quote</span></a></li></menu>
${
  likes
    ? `<div data-controller="core.front.core.reaction" class="ipsReact"><div class="ipsReact_blurb" data-role="reactionBlurb"><ul class="ipsReact_reactions">
<li class="ipsReact_reactCount"><span><img src="https://forums.reefandfern.example/uploads/reactions/react_like.png" alt="Like"
 loading="lazy"><span>${likes}</span></span></li></ul></div></div>`
    : ''
}
</footer></div></article>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>\n\t${p}\n</p>`).join('\n');
const ld = JSON.stringify({
  '@context': 'http://schema.org',
  '@type': 'DiscussionForumPosting',
  headline: ipTitle,
  text: ip1.join('\n'),
  dateCreated: '2025-04-03T10:11:05+0000',
  author: { '@type': 'Person', name: 'mossandstone' },
  interactionStatistic: [{ '@type': 'InteractionCounter', interactionType: 'http://schema.org/ViewAction', userInteractionCount: 812 }],
  comment: [
    { '@type': 'Comment', text: ip2.join('\n'), author: { '@type': 'Person', name: 'greenfinbob' }, upvoteCount: 6 },
    { '@type': 'Comment', text: ip3.join('\n'), author: { '@type': 'Person', name: 'Priya_Aquascapes' }, upvoteCount: 2 },
  ],
}).replace(/\//g, '\\/');
const ipHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" data-ips-path="/topic/20817-cloudy-water-three-weeks-after-setting-up-a-planted-tank/" data-ips-scheme="system"
 data-ips-scheme-active="light"
 data-ips-scheme-default="system" data-ips-theme="3" data-ips-scheme-toggle="true" data-ips-theme-setting-sticky-sidebar="1" data-ips-layout="default">
<head data-ips-hook="head"><meta charset="utf-8"><title>${ipTitle} - Planted Tanks - Reef &amp; Fern</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta property="og:title" content="${ipTitle}">
<link rel="stylesheet" href="https://forums.reefandfern.example/static/css/core_global_framework_framework.css?v=5e2a91d0c1">
<script type="application/ld+json">${ld}</script>
<script>var ipsDebug = false; var ipsSettings = { baseURL: "https://forums.reefandfern.example/", guest_terms_bar: 1, cookie_path: "/" };</script></head>
<body data-ips-hook="body" class="ipsApp ipsApp_front" data-contentclass="IPS\\forums\\Topic" data-contentid="20817" data-controller="core.front.core.app"
 data-pageapp="forums" data-pagelocation="front" data-pagemodule="forums" data-pagecontroller="topic" data-id="20817">
<a href="#ipsLayout__main" class="ipsSkipToContent">Jump to content</a>
<div class="ipsLayout" id="ipsLayout" data-ips-hook="layout"><div class="ipsLayout__app" data-ips-hook="app">
<header data-ips-hook="header" class="ipsHeader ipsResponsive_header--desktop"><div class="ipsHeader__top"><div class="ipsWidth ipsHeader__align">
<div class="ipsHeader__start"><a href="https://forums.reefandfern.example/" data-ips-hook="logo" class="ipsLogo ipsLogo--desktop" accesskey="1">
<span class="ipsLogo__text"><span class="ipsLogo__name" data-ips-theme-text="set__i-logo-text">Reef &amp; Fern</span>
<span class="ipsLogo__slogan" data-ips-theme-text="set__i-logo-slogan">Freshwater, planted and nano tanks</span></span></a></div>
<div class="ipsHeader__end"><ul data-ips-hook="userBarGuest" class="ipsUserNav ipsUserNav--guest"><li id="elSignInLink" data-el="sign-in">
<button type="button" id="elUserSignIn" popovertarget="elUserSignIn_menu" class="ipsUserNav__link"><i class="fa-regular fa-circle-user"></i>
<span class="ipsUserNav__text">Sign In</span></button></li><li data-el="sign-up"><a href="https://forums.reefandfern.example/register/"
 class="ipsUserNav__link ipsUserNav__link--sign-up"
 data-ipsdialog data-ipsdialog-size="narrow" data-ipsdialog-title="Sign Up"><i class="fa-solid fa-user-plus"></i><span
 class="ipsUserNav__text">Sign Up</span></a></li></ul>
</div></div></div><div class="ipsHeader__nav"><div class="ipsWidth ipsHeader__align"><nav data-ips-hook="navBar" class="ipsNav"
 aria-label="Primary"><i-navigation-menu>
<ul class="ipsNavBar" data-role="menu">${links(ipNav)}</ul></i-navigation-menu></nav><button class="ipsSearchPseudo" popovertarget="ipsSearchDialog"
 type="button">
<i class="fa-solid fa-magnifying-glass"></i><span>Search...</span></button></div></div></header>
<main data-ips-hook="main" class="ipsLayout__main" id="ipsLayout__main" tabindex="-1"><div class="ipsWidth ipsWidth--main-content"><div class="ipsContentWrap">
<nav class="ipsBreadcrumb ipsBreadcrumb--top" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="ipsBreadcrumb__list">
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a title="Home" href="https://forums.reefandfern.example/" itemprop="item">
<i class="fa-solid fa-house-chimney"></i> <span itemprop="name">Home</span></a><meta itemprop="position" content="1"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="https://forums.reefandfern.example/forums/" itemprop="item"><span
 itemprop="name">Forums</span></a>
<meta itemprop="position" content="2"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="#" itemprop="item">
<span itemprop="name">Freshwater</span></a><meta itemprop="position" content="3"></li><li itemprop="itemListElement" itemscope
 itemtype="https://schema.org/ListItem">
<a href="#" itemprop="item"><span itemprop="name">Planted Tanks</span></a><meta itemprop="position" content="4"></li>
<li aria-current="location" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">${ipTitle}</span>
<meta itemprop="position" content="5"></li></ol></nav>
<div class="ipsLayout__columns"><section class="ipsLayout__primary-column"><div data-ips-hook="topicHeader"
 class="ipsPageHeader ipsBox ipsBox--topicHeader ipsPull">
<header class="ipsPageHeader__row"><div class="ipsPageHeader__primary"><div class="ipsPageHeader__title"><h1 data-ips-hook="title">${ipTitle}</h1>
<div class="ipsBadges" data-ips-hook="badges"><span class="ipsBadge ipsBadge--icon ipsBadge--positive" title="Solved"><i
 class="fa-solid fa-check"></i></span></div></div>
<div class="ipsPageHeader__tags"><ul class="ipsTags">${['cloudy water', 'cycling', 'nano']
  .map(
    (t) => `<li class="ipsTags__item"><a class="ipsTags__tag" href="#" rel="tag"
 data-tag-label="${t}"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></div></div></header>
<div class="ipsPageHeader__row ipsPageHeader__row--footer"><div class="ipsPageHeader__primary"><div class="ipsPhotoPanel ipsPhotoPanel--inline">
<a href="#" rel="nofollow" class="ipsUserPhoto"><img src="https://forums.reefandfern.example/uploads/av-417.png" alt="mossandstone" loading="lazy"></a>
<div class="ipsPhotoPanel__text"><div class="ipsPhotoPanel__primary"><a href="#" class="ipsUsername">mossandstone</a></div><div
 class="ipsPhotoPanel__secondary">
<time datetime="2025-04-03T10:11:05Z" data-short="Apr 3">April 3, 2025</time></div></div></div></div><ul class="ipsButtons">
<li><button type="button" class="ipsButton ipsButton--follow" data-role="followButton" data-following="false"><i class="fa-solid fa-bell"></i>
<span class="ipsButton__label">Follow</span><span class="ipsButton__count">3</span></button></li>
<li><a href="#replyForm" class="ipsButton ipsButton--primary" rel="nofollow"><span>Reply to this topic</span></a></li>
<li><a href="https://forums.reefandfern.example/forums/14-planted-tanks/?do=add"
 class="ipsButton ipsButton--secondary"><span>Start new topic</span></a></li></ul></div></div>
<div class="ipsEntries ipsEntries--topic" id="comments" data-controller="core.front.core.commentsWrapper" data-tableid="topicComments">
<h2 class="ipsInvisible">Recommended Posts</h2>
${entry(941207, moss, '2025-04-03T10:11:05Z', 'April 3, 2025', 'Apr 3', ps(ip1), '')}
<div class="ipsBox ipsBox--solution cTopicSolution"><h3 class="ipsBox__header"><i class="fa-solid fa-check"></i> Solution</h3><div class="ipsBox__padding">
<p class="ipsPhotoPanel__secondary">greenfinbob · Posted April 3, 2025</p><p
 class="ipsRichText ipsTruncate_3">What you are seeing is almost certainly a bacterial bloom.
Free-floating bacteria multiply quickly when there is ammonia in the water…</p><a href="#findComment-941233" class="ipsButton ipsButton--soft ipsButton--small">
<i class="fa-solid fa-arrow-down"></i><span>Go to solution</span></a></div></div>
${entry(941233, bob, '2025-04-03T12:40:51Z', 'April 3, 2025', 'Apr 3', ps(ip2), '6', 'solved')}
${entry(941260, priya, '2025-04-04T07:18:30Z', 'April 4, 2025', 'Apr 4', ps(ip3), '2')}
${entry(
  941518,
  moss,
  '2025-04-09T19:02:44Z',
  'April 9, 2025',
  'Apr 9',
  `<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="forums" data-ipsquote-username="greenfinbob" data-ipsquote-timestamp="1743684051">
<div class="ipsQuote_citation">greenfinbob said:</div><div class="ipsQuote_contents"><p>${ipQuote}</p></div></blockquote>\n${ps(ip4)}`,
  '4',
)}
${entry(941530, bob, '2025-04-09T20:15:09Z', 'April 9, 2025', 'Apr 9', ps(ip5), '1')}
</div><div class="ipsBox ipsPull cTopicReplyArea" id="replyForm"><div class="ipsGuestComment"><h2
 class="ipsTitle ipsTitle--h3">Create an account or sign in to comment</h2>
<p>You need to be a member in order to leave a comment</p><div class="ipsGuestComment__columns"><div class="ipsGuestComment__column"><h3>Create an account</h3>
<p>Sign up for a new account in our community. It's easy!</p><a href="#" class="ipsButton ipsButton--primary">Register a new account</a></div>
<div class="ipsGuestComment__column"><h3>Sign in</h3><p>Already have an account? Sign in here.</p><a href="#"
 class="ipsButton ipsButton--primary">Sign In Now</a></div>
</div></div></div><div class="ipsPager ipsPager--topic"><a href="#" class="ipsPager__prev"><span class="ipsPager__label">Previous topic</span></a>
<a href="https://forums.reefandfern.example/forums/14-planted-tanks/" class="ipsPager__listing">Go to topic listing</a>
<a href="#" class="ipsPager__next"><span class="ipsPager__label">Next topic</span></a></div></section>
<aside class="ipsLayout__secondary-column" data-ips-hook="sidebar"><div class="ipsWidget ipsWidget--vertical" data-blocktitle="Recent Topics">
<h2 class="ipsWidget__header">Recent Topics</h2><ul class="ipsData ipsData--table">${links(ipRecent, 'ipsData__item')}</ul></div>
<div class="ipsWidget ipsWidget--vertical" data-blocktitle="Top Posters In This Topic"><h2 class="ipsWidget__header">Top Posters In This Topic</h2>
<ul class="ipsData ipsData--table"><li class="ipsData__item"><a href="#" class="ipsUsername">mossandstone</a> <span class="ipsData__stats">2 posts</span></li>
<li class="ipsData__item"><a href="#" class="ipsUsername">greenfinbob</a> <span class="ipsData__stats">2 posts</span></li>
<li class="ipsData__item"><a href="#" class="ipsUsername">Priya_Aquascapes</a> <span
 class="ipsData__stats">1 post</span></li></ul></div></aside></div></div></div></main>
<footer data-ips-hook="footer" class="ipsFooter"><div class="ipsWidth"><ul class="ipsFooterLinks">${links(ipFoot, 'ipsFooterLinks__item')}</ul>
<p class="ipsCopyright">Copyright © 2025 Reef &amp; Fern Aquatics Ltd</p><p class="ipsPoweredBy"><a href="https://invisioncommunity.com" rel="nofollow noopener"
 target="_blank">Powered by Invision Community</a></p></div></footer></div></div>
<div id="elGuestTerms" class="ipsGuestTerms" data-role="guestTermsBar" data-controller="core.front.core.guestTerms"><div class="ipsWidth ipsGuestTerms__inner">
<h2 class="ipsGuestTerms__title">Important Information</h2><p
 class="ipsGuestTerms__content">We have placed cookies on your device to help make this website better.
You can <a href="https://forums.reefandfern.example/cookies/">adjust your cookie settings</a>, otherwise we'll assume you're okay to continue.</p>
<div class="ipsGuestTerms__buttons"><a href="#" class="ipsButton ipsButton--primary" data-action="dismissTerms"><i
 class="fa-solid fa-check"></i> I accept</a></div></div></div>
</body></html>`;
export const invisionTopic: TestPage = {
  html: ipHtml,
  name: 'heldout42-invision5-topic',
  kind: 'forum',
  // every post is body; the quote in the fourth post ("greenfinbob said:" and the quoted line) and the solution box's excerpt
  // of the second post (cut short with "…") are in neither list; usernames and post dates are bylines, and so is the solution
  // box's "greenfinbob · Posted April 3, 2025" line; rank images (alt only), group badges, post / reputation / solution
  // stats, "Solution" marks, "Go to solution", reactions, "Quote", the topic header's tags, Follow count and buttons, the
  // guest reply box, pager, sidebar widgets (their usernames are bylines), header, nav, breadcrumbs, footer and the cookie
  // bar are furniture; the tags "cloudy water" and "cycling" are body words and the like counts too small: left out
  title: ipTitle,
  headings: [],
  body: [...texts(ip1), ...texts(ip2), ...texts(ip3), ...texts(ip4), ...texts(ip5)],
  // biome-ignore format: the byline texts are packed several to a line
  bylines: [
    'mossandstone', 'greenfinbob', 'Priya_Aquascapes', 'April 3, 2025', 'April 4, 2025', 'April 9, 2025', 'greenfinbob · Posted April 3, 2025',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Reef & Fern', 'Freshwater, planted and nano tanks', 'Sign In', 'Sign Up', ...ipNav, 'Search...', 'Home', 'Freshwater',
    'Planted Tanks', 'nano', 'Follow', 'Reply to this topic', 'Start new topic', 'Recommended Posts', 'Members', 'Moderators',
    'posts', 'reputation', 'solutions', '9,418', '5,603', '412', '1,204', '877', '36', '38', '21', 'Solution', 'Go to solution', 'Quote',
    'Create an account or sign in to comment', 'You need to be a member in order to leave a comment', 'Create an account',
    "Sign up for a new account in our community. It's easy!", 'Register a new account', 'Sign in', 'Already have an account? Sign in here.',
    'Sign In Now', 'Previous topic', 'Go to topic listing', 'Next topic', 'Recent Topics', ...ipRecent, 'Top Posters In This Topic', '2 posts',
    '1 post', ...ipFoot, 'Copyright © 2025 Reef & Fern Aquatics Ltd', 'Powered by Invision Community', 'Important Information',
    'We have placed cookies on your device to help make this website better.', 'adjust your cookie settings', "otherwise we'll assume you're okay to continue.",
    'I accept',
  ],
};
