import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 69, file b2: an Invision Community 5 topic on a gardening community (skip link, header with "Sign In" and
 * "Sign Up", the nav bar, breadcrumbs top and bottom, the topic header with "Solved" badge, starter, date, forum and tags,
 * "Followers", the "Solved by ... Go to solution" box, posts with the author column (group, post count, joined, location),
 * "Solution" badge, edit line, reactions and signatures, a quote, the guest "Create an account or sign in to comment" box,
 * "Recently Browsing", the footer and the cookie bar).
 */
interface IpPost {
  id: number;
  name: string;
  group: string;
  posts: string;
  joined: string;
  loc?: string;
  date: string;
  solution?: boolean;
  edited?: string;
  thanks?: string;
  sig?: string;
  html: string;
}
const ipTitle = 'Blight on outdoor tomatoes two years running – is it the soil?';
const ip1 = [
  'For the second summer in a row my outdoor tomatoes have gone down with blight in early August. The leaves get brown patches with ' +
    'a pale edge, the stems go black in streaks, and within a week the green fruit has greasy brown blotches. Last year I lost the lot.',
  'I rotated the bed this year and grew them at the other end of the plot, but it made no difference. A neighbour on the next plot ' +
    'says the spores live in the soil and I should dig it all out. Is that right, or am I just unlucky with the weather?',
];
const ip2a = [
  'It isn’t the soil. The blight that gets tomatoes and potatoes travels on the wind, and it needs warm, humid weather to take hold: ' +
    'two days in a row above about 10°C with high humidity for most of the day. We had a run of exactly those days at the start of ' +
    'August, and half the site lost its tomatoes in the same week.',
  'Digging out the bed won’t help. What does help:',
];
const ip2List = [
  'Grow blight-resistant varieties. Several modern ones hold out for weeks longer than the old favourites.',
  'Water at the base in the morning so the leaves are dry by evening.',
  'Take off the lower leaves once the first truss has set, so splashes from the ground don’t reach the foliage.',
  'Pick off affected leaves the moment you see them and put them in the bin, not on the compost heap.',
];
const ip2b = ['And check that nobody near you has left blighted potato plants standing, because they keep the spores coming all summer.'];
const ip3 = [
  'Agree with Harriet. I switched to two resistant varieties three years ago and haven’t lost a crop since, even in the wet summer ' +
    'of 2024. The flavour isn’t quite the same as the heritage ones, but it’s a lot better than no tomatoes at all.',
];
const ip4 = [
  'That’s a relief, I was not looking forward to digging. I’ll try resistant varieties next year and keep the lower leaves off. ' +
    'Marked your answer as the solution, thank you.',
];
const ipPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ipQuote = `<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="forums" data-ipsquote-contentid="5521"
data-ipsquote-username="Harriet Moss">
<div class="ipsQuote_citation">Harriet Moss said:</div><div class="ipsQuote_contents"><p>Digging out the bed won’t help.</p></div></blockquote>`;
const ipSigR = 'Plot 14, Beckside Allotments. Heavy clay, too many slugs, plenty of optimism.';
const ipSigH = 'Site rep, Beckside Allotments Association';
const ipPosts: IpPost[] = [
  {
    id: 88201,
    name: 'Rosalind Pike',
    group: 'Members',
    posts: '214',
    joined: 'March 2019',
    loc: 'Shropshire',
    date: 'August 21, 2025',
    thanks: '2',
    sig: ipSigR,
    html: ipPs(ip1),
  },
  {
    id: 88214,
    name: 'Harriet Moss',
    group: 'Moderators',
    posts: '3,918',
    joined: 'May 2012',
    date: 'August 21, 2025',
    solution: true,
    thanks: '14',
    sig: ipSigH,
    html: `${ipPs(ip2a)}\n<ul>${ip2List.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n${ipPs(ip2b)}`,
  },
  {
    id: 88230,
    name: 'Tom Esterhuizen',
    group: 'Members',
    posts: '57',
    joined: 'June 2022',
    loc: 'Leeds',
    date: 'August 22, 2025',
    thanks: '5',
    html: ipPs(ip3),
  },
  {
    id: 88236,
    name: 'Rosalind Pike',
    group: 'Members',
    posts: '214',
    joined: 'March 2019',
    loc: 'Shropshire',
    date: 'August 22, 2025',
    edited: 'Edited August 22, 2025 by Rosalind Pike',
    sig: ipSigR,
    html: `${ipQuote}\n${ipPs(ip4)}`,
  },
];
const ipSlug = (n: string): string => n.toLowerCase().replace(/ /g, '-');
const ipPost = (
  p: IpPost,
): string => `<article id="elComment_${p.id}" class="ipsEntry js-ipsEntry ipsEntry--post${p.solution ? ' ipsEntry--solved' : ''}" data-ips-hook="postWrapper">
<a id="findComment-${p.id}"></a><div id="comment-${p.id}"></div>
<aside class="ipsEntry__author-column" data-ips-hook="postUserInfo"><div class="ipsAvatarStack" data-ips-hook="postUserPhoto">
<a href="/profile/${p.id}-${ipSlug(p.name)}/" rel="nofollow" class="ipsUserPhoto" data-ipshover="" title="Go to ${p.name}'s profile">
<img src="/uploads/monthly_2025_08/${p.id}.thumb.jpg" alt="${p.name}" loading="lazy"></a></div>
<h3 class="ipsEntry__username" data-ips-hook="postUsername">
<a href="/profile/${p.id}-${ipSlug(p.name)}/" class="ipsUsername" rel="nofollow" data-ipshover="">${p.name}</a></h3>
<p class="ipsEntry__group" data-ips-hook="postUserGroup"><span style="color:#2e7d32">${p.group}</span></p>
<ul class="ipsEntry__authorStats ipsEntry__authorStats--minimal" data-ips-hook="postUserStats">
<li data-i-el="posts"><a href="/profile/${p.id}/content/" title="Posts" rel="nofollow">
<span data-i-el="number">${p.posts}</span> <span data-i-el="label">posts</span></a></li>
<li data-i-el="joined"><span data-i-el="label">Joined</span> <span data-i-el="value"><time datetime="2019-03-02T10:00:00Z">${p.joined}</time></span></li>
${p.loc ? `<li data-i-el="location"><span data-i-el="label">Location</span> <span data-i-el="value">${p.loc}</span></li>` : ''}</ul></aside>
<div class="ipsEntry__post"><header class="ipsEntry__header"><div class="ipsEntry__header-align"><div class="ipsPhotoPanel"><div class="ipsPhotoPanel__text">
<p class="ipsPhotoPanel__secondary"><a href="/topic/5521-blight/#findComment-${p.id}" rel="nofollow">
<time datetime="2025-08-21T07:44:12Z" title="08/21/2025 08:44 AM" data-short="3 mo">${p.date}</time></a></p>
</div></div>${p.solution ? '<div class="ipsEntry__solvedBadge"><i class="fa-solid fa-check" aria-hidden="true"></i> Solution</div>' : ''}
<ul class="ipsEntry__controls"><li><button type="button" class="ipsEntry__topButton ipsEntry__topButton--share" data-role="shareComment" aria-label="Share">
<i class="fa-solid fa-share-nodes"></i></button></li></ul>
</div></header><div class="ipsEntry__content js-ipsEntry__content" data-ips-hook="postContent">
<div class="ipsRichText ipsRichText--user" data-role="commentContent" data-controller="core.front.core.lightboxedImages">
${p.html}</div>${p.edited ? `<p class="ipsEdited" data-el="edited"><i class="fa-solid fa-pen-to-square"></i> ${p.edited}</p>` : ''}</div>
<div class="ipsEntry__footer"><div class="ipsReact" data-role="reactionInteraction">${
  p.thanks
    ? `<ul class="ipsReact_reactions">
<li class="ipsReact_reactCount"><a href="/?do=showReactions&amp;reaction=2" data-ipstooltip="" title="Thanks">
<img src="/uploads/reactions/react_thanks.png" alt="Thanks" loading="lazy"><span>${p.thanks}</span></a></li></ul>`
    : ''
}</div></div>
${p.sig ? `<div data-role="memberSignature" class="ipsEntry__signature"><div class="ipsRichText" data-ipslazyload="">${p.sig}</div></div>` : ''}</div>
</article>`;
const ipNav = ['Forums', 'Plot Diaries', 'Gallery', 'Calendar', 'Leaderboard', 'Activity'];
const ipCrumbs = ['Home', 'Forums', 'Growing', 'Fruit & Veg'];
const ipTags = ['tomatoes', 'disease', 'outdoor growing'];
const ipGuest = [
  'Create an account or sign in to comment',
  'You need to be a member in order to leave a comment',
  'Create an account',
  'Sign up for a new account in our community. It’s easy!',
  'Register a new account',
  'Sign in',
  'Already have an account? Sign in here.',
  'Sign In Now',
];
const ipFoot = ['Theme', 'Contact Us', 'Privacy Policy', 'Community Guidelines', 'Powered by Invision Community'];
const ipCookie = 'We have put a few cookies on your device to help this site work. Change your cookie settings or carry on if you are happy with them.';
const ipHtml = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr" data-ips-path="/topic/5521-blight-on-outdoor-tomatoes/" data-ips-scheme="light" data-ips-scheme-active="light"><head>
<meta charset="utf-8">
<title>${ipTitle} - Fruit &amp; Veg - The Allotment Network</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${ipTitle}"><meta property="og:site_name" content="The Allotment Network">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${ipTitle}","author":{"@type":"Person",
"name":"Rosalind Pike"},
"datePublished":"2025-08-21T07:44:12+0000","interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction",
"userInteractionCount":3}]}</script>
<link rel="stylesheet" href="/uploads/css_built_1/framework.css?v=5f6a2d0b1c"><style>:root{--i-primary:#3d7a3a}</style></head>
<body data-controller="core.front.core.app" data-pageapp="forums" data-pagemodule="forums" data-pagecontroller="topic" data-pageid="5521" class="ipsApp
ipsApp_front">
<a href="#ipsLayout__main" class="ipsSkipToContent">Jump to content</a><div class="ipsLayout" id="ipsLayout">
<header class="ipsHeader ipsHeader--desktop"><div class="ipsHeader__top"><div class="ipsWidth ipsHeader__align"><div class="ipsHeader__start">
<div class="ipsLogo">
<a href="/" class="ipsLogo__link"><span class="ipsLogo__name" data-ips-theme-text="set__i-logo-text">The Allotment Network</span></a></div></div>
<div class="ipsHeader__end"><ul class="ipsUserNav ipsUserNav--guest"><li><a href="/login/" class="ipsUserNav__link" data-ipsmenu="">
<i class="fa-solid fa-circle-user"></i>
<span class="ipsUserNav__text">Sign In</span></a></li><li><a href="/register/" class="ipsUserNav__link ipsUserNav__link--sign-up">
<span class="ipsUserNav__text">Sign Up</span></a></li></ul>
<button class="ipsHeader__searchButton" type="button" aria-label="Search" data-ips-search-button=""><i class="fa-solid fa-magnifying-glass"></i></button>
</div></div></div>
<div class="ipsHeader__primary"><div class="ipsWidth ipsHeader__align"><nav class="ipsNav" aria-label="Primary"><ul class="ipsNavBar" data-role="menu">
${ipNav
  .map(
    (t, i) => `<li data-id="${i + 1}"${i === 0 ? ' data-active=""' : ''}><a href="/${t.toLowerCase()}/">
<span class="ipsNavBar__icon" aria-hidden="true"><i class="fa-solid fa-comments"></i></span><span class="ipsNavBar__text">
<span class="ipsNavBar__label">${t}</span></span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="ipsLayout__main" class="ipsLayout__main"><div class="ipsLayout__main-inner"><div class="ipsLayout__app">
<nav class="ipsBreadcrumb ipsBreadcrumb--top" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="ipsBreadcrumb__list">
${links(ipCrumbs, 'ipsBreadcrumb__item')}</ol></nav>
<header class="ipsPageHeader ipsPageHeader--topic ipsBox ipsBox--topicHeader ipsPull"><div class="ipsPageHeader__row"><div class="ipsPageHeader__primary">
<div class="ipsPageHeader__title"><h1 data-ips-hook="title">${ipTitle}</h1><div class="ipsBadges" data-ips-hook="badges">
<span class="ipsBadge ipsBadge--icon ipsBadge--positive" data-ipstooltip="" title="Solved"><i class="fa-solid fa-check"></i></span></div></div>
<div class="ipsPhotoPanel ipsPhotoPanel--inline"><a href="/profile/88201-rosalind-pike/" class="ipsUserPhoto">
<img src="/uploads/monthly_2025_08/88201.thumb.jpg" alt="Rosalind Pike"></a>
<div class="ipsPhotoPanel__text"><div class="ipsPhotoPanel__primary">By <a href="/profile/88201-rosalind-pike/" class="ipsUsername">Rosalind Pike</a></div>
<div class="ipsPhotoPanel__secondary"><time datetime="2025-08-21T07:44:12Z" data-short="3 mo">August 21, 2025</time> in <a href="/forum/14-fruit-veg/">Fruit
&amp; Veg</a></div></div></div>
<ul class="ipsTags ipsTags--topic">${ipTags
  .map(
    (t) => `<li class="ipsTags__item"><a href="/tags/${ipSlug(t)}/" class="ipsTags__tag" rel="tag">
<span>${t}</span></a></li>`,
  )
  .join('')}</ul>
</div><ul class="ipsButtons ipsButtons--main"><li><a href="/login/" class="ipsButton ipsButton--soft" data-role="followButton"><i class="fa-solid fa-bell">
</i><span>Followers</span>
<span class="ipsFollow__count">3</span></a></li><li><a href="#replyForm" class="ipsButton ipsButton--primary" rel="nofollow">Reply to this topic</a></li>
<li><a href="/forum/14-fruit-veg/?do=add" class="ipsButton ipsButton--inherit" rel="nofollow">Start new topic</a></li></ul></div></header>
<div class="ipsBox ipsBox--solution ipsPull"><div class="ipsEntry__solution"><p><i class="fa-solid fa-circle-check">
</i> Solved by <a href="/profile/88214-harriet-moss/">Harriet Moss</a></p>
<a href="#findComment-88214" class="ipsButton ipsButton--inherit ipsButton--small">Go to solution</a></div></div>
<section class="ipsEntries ipsEntries--topic" id="comments"
data-controller="core.front.core.commentFeed,forums.front.topic.view,core.front.core.ignoredComments" data-feedid="topic-5521">
<h2 class="ipsBox__header ipsHide">Recommended Posts</h2>
${ipPosts.map(ipPost).join('\n')}
</section>
<div class="ipsBox ipsBox--guestComment ipsPull" id="replyForm"><h2 class="ipsTitle ipsTitle--h3">${ipGuest[0]}</h2><p>${ipGuest[1]}</p>
<div class="ipsColumns ipsColumns--lines"><div class="ipsColumns__secondary"><h2 class="ipsTitle ipsTitle--h4">${ipGuest[2]}</h2><p>${ipGuest[3]}</p>
<a href="/register/" class="ipsButton ipsButton--primary">${ipGuest[4]}</a></div><div class="ipsColumns__primary">
<h2 class="ipsTitle ipsTitle--h4">${ipGuest[5]}</h2>
<p>${ipGuest[6]}</p><a href="/login/" class="ipsButton ipsButton--primary">${ipGuest[7]}</a></div></div></div>
<div class="ipsPageActions"><a href="/forum/14-fruit-veg/" class="ipsButton ipsButton--inherit"><i class="fa-solid fa-arrow-left">
</i> <span>Go to topic listing</span></a></div>
<div class="ipsWidget ipsWidget--horizontal" data-blockid="app_core_whoIsOnline">
<h3 class="ipsWidget__header">Recently Browsing <span class="ipsWidget__header-secondary">0 members</span></h3>
<div class="ipsWidget__content ipsWidget__padding"><p class="i-color_soft">No registered users viewing this page.</p></div></div>
<nav class="ipsBreadcrumb ipsBreadcrumb--bottom" aria-label="Breadcrumbs"><ol class="ipsBreadcrumb__list">${links(ipCrumbs, 'ipsBreadcrumb__item')}</ol>
<ul class="ipsBreadcrumb__feed"><li><a href="/discover/"><i class="fa-regular fa-file-lines"></i><span>All Activity</span></a></li></ul></nav></div></div>
</main>
<footer class="ipsFooter"><div class="ipsWidth ipsFooter__align"><ul class="ipsFooter__links">${links(ipFoot.slice(0, 4))}</ul>
<p class="ipsCopyright"><a rel="nofollow" href="https://invisioncommunity.com/">${ipFoot[4]}</a></p></div></footer></div>
<div class="ipsCookieBanner" data-role="cookieConsentBar"><div class="ipsWidth ipsCookieBanner__content"><p>${ipCookie}</p></div>
<div class="ipsCookieBanner__buttons">
<a href="#" data-action="dismissCookieBar" class="ipsButton ipsButton--primary">Accept</a>
<a href="/cookies/" class="ipsButton ipsButton--soft">Cookie settings</a></div></div>
<script src="/uploads/javascript_global/root_library.js?v=5f6a2d0b1c" data-ips=""></script></body></html>`;
export const invisionTopic: TestPage = {
  html: ipHtml,
  name: 'heldout69-invision-community-topic',
  kind: 'forum',
  // every post is body, the solution's list items too; Harriet's quoted line with its "said:" citation is in neither list;
  // names and post dates are bylines, the topic header's starter and date too ("By", "in" in neither), and so is Rosalind's
  // "Edited ... by" line; the author column (group, post count, joined, location), signatures, "Thanks" counts, the
  // "Solution" badge, the "Solved by ... Go to solution" box, tags, "Followers", buttons, the guest sign-in box, "Recently
  // Browsing", breadcrumbs, nav, footer and cookie bar are furniture; "Solution" is a word of post 4, the tag "tomatoes" a
  // body word, and the reaction name "Thanks" has no text of its own: left out
  title: ipTitle,
  headings: [],
  body: [...texts(ip1), ...texts(ip2a), ...ip2List, ...ip2b, ...ip3, ...ip4],
  bylines: ['Rosalind Pike', 'Harriet Moss', 'Tom Esterhuizen', 'August 21, 2025', 'August 22, 2025', 'Edited August 22, 2025 by Rosalind Pike'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'The Allotment Network', 'Sign In', 'Sign Up', ...ipNav, ...ipCrumbs, ...ipTags.filter((t) => t !== 'tomatoes'), 'Followers',
    'Reply to this topic', 'Start new topic',
    'Solved by', 'Go to solution', 'Members', 'Moderators', '3,918 posts', '214 posts', '57 posts', 'Joined', 'March 2019', 'May 2012', 'June 2022',
    'Location', 'Shropshire', 'Leeds', '14', '2', '5', '3', ipSigR, ipSigH, ...ipGuest, 'Recommended Posts', 'Go to topic listing', 'Recently Browsing',
    '0 members',
    'No registered users viewing this page.', 'All Activity', ...ipFoot, ipCookie, 'Accept', 'Cookie settings',
  ],
};
