import { links, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout708-kit.js';

/**
 * Held-out batch 708, file f: a question thread on a travel site's destination forum built like TripAdvisor's ShowTopic page
 * (breadcrumbs, topic header with "Watch this Topic", member cards with location and post counts, a Destination Expert badge,
 * "Re:" post titles, a removed post, "Report inappropriate content" links, a sponsored hotels box and "Top questions"), and a
 * sourdough troubleshooting thread on a baking community running Flarum (discussion hero with tags, post stream with
 * default avatars, post meta dropdowns, an edited mark, a post mention with a quote, likes and "replied to this" lines, a
 * best-answer note, a tagging event post, the scrubber and the reply placeholder).
 */
type TPost = { user: string; loc: string; badges: string[]; expert?: boolean; date: string; paras: string[] };
const tTitle = 'Velmora in early October – too late for swimming?';
const tPosts: TPost[] = [
  {
    user: 'SallyWandersUK',
    loc: 'Leeds, United Kingdom',
    badges: ['23 posts', '9 reviews', '14 helpful votes'],
    date: 'Mar 1, 2027, 9:14 AM',
    paras: [
      j(
        'We’re thinking of four nights in Velmora from October 3rd, staying near the harbour. Is the sea still warm enough to swim',
        'then, and will the restaurants and the bus to the cliff path still be running?',
      ),
      'Also, is it worth hiring a car, or can we manage with trains and buses? We’d like to see Sorva and maybe have a day in Port Orsa.',
      'Thanks in advance!',
    ],
  },
  {
    user: 'Matteo_R',
    loc: 'Velmora, Ostrelia',
    badges: ['4,512 posts', '61 reviews', '2,970 helpful votes'],
    expert: true,
    date: 'Mar 1, 2027, 10:02 AM',
    paras: [
      j(
        'Hi Sally, early October is one of the best times here. The sea is usually around 21–22°C, warmer than in June, and plenty',
        'of people still swim. The lifeguards at Spiaggia Lunga finish in mid-September, though.',
      ),
      'Most restaurants stay open until the end of October. The Sorva bus runs on the summer timetable until October 15th, so you’ll be fine.',
      'Don’t hire a car. The old town is closed to traffic, parking is €25 a day, and the train to Port Orsa only takes 40 minutes.',
    ],
  },
  {
    user: 'hikingfeet',
    loc: 'Bristol, United Kingdom',
    badges: ['88 posts', '40 reviews', '52 helpful votes'],
    date: 'Mar 2, 2027, 7:40 AM',
    paras: [
      j(
        'We were there the first week of October last year and swam every day. Take water shoes, the beach is all pebbles. Trattoria',
        'da Nella was our favourite; book ahead even in October, it’s tiny.',
      ),
    ],
  },
  {
    user: 'SallyWandersUK',
    loc: 'Leeds, United Kingdom',
    badges: ['23 posts', '9 reviews', '14 helpful votes'],
    date: 'Mar 2, 2027, 6:15 PM',
    paras: [
      j('Thank you both, that’s really helpful. No car then! One more question: is the cliff path to Sorva OK for someone who isn’t', 'great with heights?'),
    ],
  },
  {
    user: 'Matteo_R',
    loc: 'Velmora, Ostrelia',
    badges: ['4,512 posts', '61 reviews', '2,970 helpful votes'],
    expert: true,
    date: 'Mar 2, 2027, 8:51 PM',
    paras: [
      j(
        'Mostly, yes. There are two short sections after the Punta Rossa viewpoint where the path is narrow with a drop on one side,',
        'but there is a rope rail. If you’d rather skip them, take the bus to the viewpoint and walk from there, which is the easier',
        'half anyway.',
      ),
      'Enjoy your trip!',
    ],
  },
];
const tCrumbs = ['Europe', 'Ostrelia', 'Southern Coast', 'Velmora', 'Velmora Travel Forum'];
const tNav = ['Discover', 'Trips', 'Review', 'Forums'];
const tTop = ['Best beach for families?', 'Velmora to Darsk by train', 'Parking near the old town', 'Is the castle worth it?'];
const tHotels: [string, string][] = [
  ['Casa Ilaria', '$118'],
  ['Grand Hotel Velmora', '$241'],
  ['Albergo del Molo', '$96'],
];
const tFoot = ['About Tripwise', 'Privacy and Cookies Statement', 'Terms of Use', 'Site Map', 'Help Center', 'Contact us'];
let tId = 552190400;
const tPost = (p: TPost, i: number): string => {
  tId += 17;
  return `<div class="post" id="post${tId}"><div class="postLeft"><div class="profile"><div class="avatar profile_${tId}"><a
href="/Profile/${p.user}" class="avatarLink"><img src="https://media-cdn.tripwise.example/media/photo-l/avatar${i}.jpg" class="avatar" width="74" height="74"
alt=""></a></div><div class="username"><a href="/Profile/${p.user}" class="memberName"><span>${p.user}</span></a></div><div class="location">${p.loc}</div>
${
  p.expert === true
    ? `<div class="destinationExpert"><span class="badgeText">Destination Expert</span><div class="expertFor">for <a
href="/ShowForum-g190001-i3102-Velmora.html">Velmora</a></div></div>`
    : ''
}
${p.badges.map((b) => `<div class="postBadge"><span class="ui_icon"></span><span class="badgeText">${b}</span></div>`).join('\n')}</div></div>
<div class="postRightContent"><div class="postNum">${i + 1}.</div><div class="postTitle"><a href="/ShowTopic-g190001-i3102-k15523871#${tId}">${
    i === 0 ? tTitle : `Re: ${tTitle}`
  }</a></div><div class="postDate">${p.date}</div><div class="postBody">${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div class="postFooter"><div class="postFooterLeft"><a href="/Report?post=${tId}" class="report" rel="nofollow">Report inappropriate content</a></div>
${i === 0 ? '' : `<div class="postFooterRight"><a href="#REPLY_TO_TOPIC" class="replyButton">Reply</a></div>`}</div></div></div>`;
};
const tRemoved = `<div class="post removed" id="post552190499"><div class="postRightContent"><div class="postNum">3.</div><div class="postBody"><p
class="removedText">This post was determined to be inappropriate by the Tripwise community and has been removed.</p></div></div></div>`;
const tHtml = `<!DOCTYPE html>
<html lang="en" xmlns:og="http://opengraphprotocol.org/schema/"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>Velmora in early October – too late for swimming? - Velmora Forum - Tripwise</title>
<meta name="description" content="Answer 1 of 5: We're thinking of four nights in Velmora from October 3rd, staying near the harbour.">
<meta property="og:title" content="${tTitle} - Velmora Forum"><meta property="og:site_name" content="Tripwise">
<link rel="canonical" href="https://www.tripwise.example/ShowTopic-g190001-i3102-k15523871-Velmora_in_early_October_too_late_for_swimming-Velmora.html">
<link rel="stylesheet" type="text/css" href="https://static.tripwise.example/css2/forums_show_topic-v2381733511b.css">
<script type="text/javascript">var taSecure = true; window.pageInit = {"servlet":"ShowTopic","geo":190001,"forum":3102,"topic":15523871,
"locale":"en_US","pageType":"forum_topic","memberLoggedIn":false};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${tTitle}",
"author":{"@type":"Person","name":"SallyWandersUK"},"datePublished":"2027-03-01T09:14:00Z","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":5}}</script></head>
<body class="ltr domn_en_US lang_en globalNav2011_reset rebrand_2017 hr_tabs content_blocks" id="BODYCON">
<a class="skip-to-main" href="#MAINWRAP">Skip to main content</a>
<div id="HEADING_GROUP" class="masthead"><div class="global-nav-top"><div class="global-nav-logo"><a href="/" aria-label="Tripwise"><img
src="https://static.tripwise.example/img2/brand_refresh/Tripwise_lockup.svg" alt="Tripwise" width="190" height="40"></a></div>
<nav class="global-nav-links" aria-label="Main"><ul>${links(tNav, 'global-nav-link')}</ul></nav><div class="global-nav-actions"><a class="global-nav-signin"
href="/RegistrationController">Sign in</a></div></div></div>
<div id="MAINWRAP" class="full_meta_photos_v3"><div id="MAIN" class="ShowTopic prodp13n_jfy_overflow_visible"><div id="BODYCON" class="col easyClear
bodLHN poolB adjust_padding new_meta_chevron new_meta_chevron_v2">
<ul class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${tCrumbs
  .map(
    (t, i) => `<li class="breadcrumb" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/Tourism-g19000${i}"
itemprop="item"><span itemprop="name">${t}</span></a></li>`,
  )
  .join('<li class="separator">›</li>\n')}</ul>
<div class="forumsHeader"><div class="forumsHeaderLeft"><a href="/ListForums-g1-World.html" class="browseForums">Browse forums</a></div><div
class="forumsHeaderRight"><a href="/PostForum-g190001-i3102" class="ui_button primary askQuestion">Ask a question</a></div></div>
<div id="SHOW_TOPIC" class="firstPostBox"><div class="topTitle"><h1 id="HEADING" class="topTitleText">${tTitle}</h1></div>
<div class="topicDetails"><span class="watchTopic"><a href="/WatchTopic?t=15523871" rel="nofollow">Watch this Topic</a></span><span class="topicShare"><a
href="#" class="share">Share</a></span><span class="topicPages">Page 1 of 1</span></div>
<div class="postList">
${tPosts
  .slice(0, 2)
  .map((p, i) => tPost(p, i))
  .join('\n')}
${tRemoved}
${tPosts
  .slice(2)
  .map((p, i) => tPost(p, i + 3))
  .join('\n')}
</div>
<div id="REPLY_TO_TOPIC" class="replyBox"><h3 class="replyHead">Reply to: ${tTitle}</h3><div class="replyForm"><textarea placeholder="Write your reply"
aria-label="Write your reply"></textarea><div class="replyNote">We remove posts that do not follow our posting guidelines, and we reserve the right to
remove any post for any reason.</div><button class="ui_button primary" type="submit">Submit</button></div></div></div>
<div class="topicFooter"><a class="backToForum" href="/ShowForum-g190001-i3102-Velmora.html">‹ Velmora forum</a></div></div>
<div id="SIDEBAR" class="col rightColumn"><div class="sponsoredHotels" data-placement="forum_rr"><div class="sponsoredLabel">Sponsored</div><h3
class="sponsoredHead">Hotels in Velmora</h3><ul>${tHotels
  .map(
    ([
      h,
      p,
    ]) => `<li class="sponsoredHotel"><a href="/Hotel_Review-${h.replace(/ /g, '_')}"><span class="hotelName">${h}</span><span class="hotelPrice">${p}</span>
<span class="viewDeal">View deal</span></a></li>`,
  )
  .join('\n')}</ul></div>
<div class="topQuestions"><h3 class="topQuestionsHead">Top questions about Velmora</h3><ul>${links(tTop, 'topQuestion')}</ul><a class="seeAll"
href="/FAQ_Answers-g190001-Velmora.html">See all Velmora conversations</a></div></div></div></div>
<div id="FOOTER" class="deckB"><div class="footerLinks"><ul>${links(tFoot)}</ul></div><div class="legal"><p>© 2027 Tripwise LLC All rights
reserved.</p><p>Tripwise
LLC makes no guarantees for availability of prices advertised on our sites and applications.</p></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="dialog" aria-label="Privacy"><div
id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy choices</h2><p id="onetrust-policy-text">We and our partners use cookies to
personalise content
and ads, provide social media features and analyse our traffic.</p></div><div id="onetrust-button-group"><button id="onetrust-reject-all-handler">Reject
All</button><button id="onetrust-accept-btn-handler">I Accept</button></div></div></div></body></html>`;
const tBadges = [...new Set(tPosts.flatMap((p) => p.badges))];
const tripwise: TestPage = gold({
  name: 'heldout708-tripwise-velmora-october',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tPosts.flatMap((p) => p.paras)),
  bylines: tPosts.flatMap((p) => [p.user, p.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...tNav, 'Sign in', ...tCrumbs, 'Browse forums', 'Ask a question', 'Watch this Topic', 'Share', 'Page 1 of 1',
    ...[...new Set(tPosts.map((p) => p.loc))], 'Destination Expert', 'for Velmora', ...tBadges, '1.', '2.', '3.', '4.', '5.', '6.',
    `Re: ${tTitle}`, 'Report inappropriate content', 'Reply',
    'This post was determined to be inappropriate by the Tripwise community and has been removed.', `Reply to: ${tTitle}`,
    'We remove posts that do not follow our posting guidelines, and we reserve the right to remove any post for any reason.', 'Submit',
    '‹ Velmora forum', 'Sponsored', 'Hotels in Velmora', ...tHotels.flat(), 'View deal', 'Top questions about Velmora', ...tTop,
    'See all Velmora conversations', ...tFoot, '© 2027 Tripwise LLC All rights reserved.',
    'Tripwise LLC makes no guarantees for availability of prices advertised on our sites and applications.', 'Your privacy choices',
    'We and our partners use cookies to personalise content and ads, provide social media features and analyse our traffic.', 'Reject All', 'I Accept',
  ],
});

type FPost = {
  n: number;
  user: string;
  colour: string;
  short: string;
  full: string;
  html: string;
  edited?: boolean;
  liked?: string;
  replied?: string;
  best?: boolean;
};
const fTitle = 'Starter went sluggish after moving to the coast';
const fOp = [
  j(
    'I moved from Darsk to a flat by the sea three weeks ago, and my starter, which doubled in 5 hours for two years, now takes 10',
    'or 11 hours and smells a bit like nail varnish by the end.',
  ),
  j(
    'Same flour (Mill Creek rye and white, 1:4), same 1:2:2 feed twice a day. The flat is colder than my old one, around 18°C. Is it',
    'the temperature, the water, or the sea air?',
  ),
  'Before I start buying new flour, is there something obvious I am missing? It has never behaved like this before.',
];
const fOrla = [
  j(
    'Almost certainly the temperature. A starter at 18°C runs at about half the speed it does at 24°C. The nail varnish smell just',
    'means a hungry starter: the acid-producing bacteria are getting ahead of the yeast.',
  ),
  'Two things to try:',
];
const fOrlaList = ['Find a warmer spot: the top of the fridge, or inside the oven with only the light on.', 'Feed it with warmer water, around 30°C.'];
const fQuote = 'Is it the temperature, the water, or the sea air?';
const fKettle = j(
  'Could also be the water. If your new place is on a different supply, check whether it is treated with chloramine, which does',
  'not gas off overnight like chlorine does. A jug of filtered water fixed it for me when I moved. The water company usually',
  'says on its website which one it uses.',
);
const fUpdate = j(
  'Update: oven with the light on, 26°C, and it doubled in four and a half hours again this morning. Thank you both! I will try',
  'the filtered water too, just in case.',
);
const fDone = 'Great news. I’ll mark this one as solved so others can find it.';
const fPosts: FPost[] = [
  {
    n: 1,
    user: 'brinewick',
    colour: '#e5a3bf',
    short: 'Mar 4',
    full: 'Thursday, March 4, 2027 7:12 PM',
    html: fOp.map((t) => `<p>${t}</p>`).join('\n'),
    edited: true,
    liked: '<a href="/u/Orla_bakes">Orla_bakes</a> likes this.',
    replied: '<a href="/d/88-starter-went-sluggish-after-moving-to-the-coast/3" data-number="3">kettle_and_crumb</a> replied to this.',
  },
  {
    n: 2,
    user: 'Orla_bakes',
    colour: '#a3c4e5',
    short: 'Mar 4',
    full: 'Thursday, March 4, 2027 8:03 PM',
    html: `${fOrla.map((t) => `<p>${t}</p>`).join('\n')}\n<ul>${fOrlaList.map((t) => `<li>${t}</li>`).join('\n')}</ul>`,
    liked: '<a href="/u/brinewick">brinewick</a> and <a href="/u/kettle_and_crumb">kettle_and_crumb</a> like this.',
    best: true,
  },
  {
    n: 3,
    user: 'kettle_and_crumb',
    colour: '#b8e5a3',
    short: 'Mar 5',
    full: 'Friday, March 5, 2027 9:26 AM',
    html: `<p><a href="/d/88-starter-went-sluggish-after-moving-to-the-coast/1" class="PostMention" data-id="4411">brinewick</a></p>
<blockquote><p>${fQuote}</p></blockquote>
<p>${fKettle}</p>`,
    liked: '<a href="/u/brinewick">brinewick</a> likes this.',
  },
  {
    n: 4,
    user: 'brinewick',
    colour: '#e5a3bf',
    short: 'Mar 6',
    full: 'Saturday, March 6, 2027 8:40 AM',
    html: `<p>${fUpdate}</p>`,
    liked: '<a href="/u/Orla_bakes">Orla_bakes</a> and <a href="/u/kettle_and_crumb">kettle_and_crumb</a> like this.',
  },
  { n: 5, user: 'Orla_bakes', colour: '#a3c4e5', short: 'Mar 6', full: 'Saturday, March 6, 2027 9:02 AM', html: `<p>${fDone}</p>` },
];
const fAt = (i: number): FPost => fPosts[i] ?? { n: 0, user: '', colour: '', short: '', full: '', html: '' };
const fPost = (p: FPost, i: number): string => `<div class="PostStream-item" data-index="${i}" data-time="2027-03-0${p.short.slice(-1)}T12:00:00+00:00"
data-number="${p.n}" data-id="${4410 + p.n}" data-type="comment"><article class="Post CommentPost${p.best === true ? ' Post--bestAnswer' : ''}"><div><header
class="Post-header"><ul><li class="item-user"><div class="PostUser"><h3 class="PostUser-name"><a href="/u/${p.user}"><span class="Avatar" loading="lazy"
style="--avatar-bg: ${p.colour};">${(p.user[0] ?? '').toUpperCase()}</span><span class="username">${p.user}</span></a></h3><ul class="PostUser-badges
badges">${
  p.user === 'Orla_bakes'
    ? `<li class="item-group4"><span class="Badge Badge--group--4" style="--badge-bg: #80349E;" aria-label="Moderator" data-tooltip="Moderator"><i
aria-hidden="true"
class="icon fas fa-bolt Badge-icon"></i></span></li>`
    : ''
}</ul></div></li><li class="item-meta"><div class="Dropdown PostMeta"><a class="Dropdown-toggle" data-toggle="dropdown"><time pubdate=""
datetime="2027-03-0${p.short.slice(-1)}T12:00:00+00:00" title="${p.full}" data-humantime="">${p.short}</time></a><div class="Dropdown-menu
dropdown-menu"><span class="PostMeta-number">Post #${p.n}</span> <span class="PostMeta-time"><time pubdate=""
datetime="2027-03-0${p.short.slice(-1)}">${p.full}</time></span>
<span class="PostMeta-ip"></span><input class="FormControl PostMeta-permalink"></div></div></li>${
  p.edited === true ? `<li class="item-edited"><span class="PostEdited" title="Edited by brinewick Mar 4">Edited</span></li>` : ''
}${
  p.best === true
    ? `<li class="item-bestAnswer"><span class="BestAnswerLabel"><i class="icon fas fa-check" aria-hidden="true"></i> Best
Answer</span></li>`
    : ''
}</ul></header>
<div class="Post-body">
${p.html}
</div>
<aside class="Post-footer"><ul>${
  p.liked === undefined
    ? ''
    : `<li class="item-liked"><div class="Post-likedBy"><i aria-hidden="true" class="icon fas
fa-thumbs-up"></i>${p.liked}</div></li>`
}${
  p.replied === undefined
    ? ''
    : `<li class="item-replies"><div class="Post-mentionedBy"><span class="Post-mentionedBy-summary"><i aria-hidden="true" class="icon fas
fa-reply"></i>${p.replied}</span></div></li>`
}${
  p.n === 1
    ? `<li class="item-bestAnswer"><div class="BestAnswerPost-summary">Solved by <a href="/u/Orla_bakes">Orla_bakes</a> in <a
href="/d/88/2">post #2</a></div></li>`
    : ''
}</ul></aside>
<aside class="Post-actions"><ul><li class="item-like"><button class="Button Button--link" type="button"><span
class="Button-label">Like</span></button></li><li
class="item-reply"><button class="Button Button--link" type="button"><span class="Button-label">Reply</span></button></li><li><div class="ButtonGroup
Dropdown dropdown Post-controls itemCount1"><button class="Dropdown-toggle Button Button--icon Button--flat" aria-haspopup="menu" aria-label="Toggle post
controls dropdown menu" data-toggle="dropdown"><i aria-hidden="true" class="icon fas fa-ellipsis-h Button-icon"></i><span
class="Button-label"></span></button>
</div></li></ul></aside></div></article></div>`;
const fTags = ['Sourdough', 'Troubleshooting', 'Solved'];
const fTagLabel = (t: string): string =>
  `<a class="TagLabel colored text-contrast--dark" style="--tag-bg: #d9a441;" href="/t/${t.toLowerCase()}"><span class="TagLabel-text"><span
class="TagLabel-name">${t}</span></span></a>`;
const fHtml = `<!doctype html>
<html dir="ltr" lang="en"><head><meta charset="utf-8"><title>${fTitle} - The Proving Drawer</title>
<link rel="stylesheet" href="https://provingdrawer.example/assets/forum.css?v=6a1f0c2d">
<link rel="canonical" href="https://provingdrawer.example/d/88-starter-went-sluggish-after-moving-to-the-coast">
<link rel="preload" href="https://provingdrawer.example/assets/forum.js?v=f3e81c90" as="script">
<link rel="preload" href="https://provingdrawer.example/assets/forum-en.js?v=0c7a9b12" as="script">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1"><meta name="description" content="I moved from
Darsk to a flat by the sea three weeks ago, and my starter now takes 10 or 11 hours to double."><meta name="theme-color" content="#b5502e">
<meta property="og:site_name" content="The Proving Drawer"><meta property="og:type" content="article"><meta property="og:title" content="${fTitle}">
<script type="application/ld+json">{"@context":"http:\\/\\/schema.org","@type":"DiscussionForumPosting","publisher":{"@type":"Organization",
"name":"The Proving Drawer"},
"headline":"${fTitle}","datePublished":"2027-03-04T19:12:33+00:00","author":{"@type":"Person","name":"brinewick"}}</script></head>
<body><div id="app" class="App affixNavigation App--discussion"><div id="app-navigation" class="App-navigation"></div>
<div id="drawer" class="App-drawer"><header id="header" class="App-header navbar-fixed-top"><div id="header-navigation" class="Header-navigation"><div
class="Navigation ButtonGroup"><button class="Button Button--icon Navigation-back hasIcon" type="button" aria-label="Go back"><i aria-hidden="true"
class="icon
fas fa-chevron-left Button-icon"></i><span class="Button-label"></span></button></div></div><div class="container"><div class="Header-title"><a
href="https://provingdrawer.example" id="home-link">The Proving Drawer</a></div><div id="header-primary" class="Header-primary"><ul
class="Header-controls"><li class="item-link1"><a class="LinksButton Button Button--link" href="https://provingdrawer.example/p/1-guides"><span
class="LinksButton-title">Guides</span></a></li><li class="item-link2"><a class="LinksButton Button Button--link"
href="https://provingdrawer.example/p/2-rules"><span
class="LinksButton-title">Community Rules</span></a></li></ul></div><div id="header-secondary" class="Header-secondary"><ul class="Header-controls"><li
class="item-search"><div role="search" aria-label="Search Forum" class="Search"><div class="Search-input"><input aria-label="Search Forum" class="FormControl"
type="search" placeholder="Search Forum"></div></div></li><li class="item-signUp"><button class="Button Button--link" type="button"><span
class="Button-label">Sign Up</span></button></li><li class="item-logIn"><button class="Button Button--link" type="button"><span class="Button-label">Log
In</span></button></li></ul></div></div></header></div>
<main class="App-content"><div id="content"><div class="DiscussionPage"><div class="DiscussionPage-discussion"><header class="Hero DiscussionHero"><div
class="container"><ul class="DiscussionHero-items"><li class="item-tags"><span class="TagsLabel">${fTags.map(fTagLabel).join('')}</span></li><li
class="item-title"><h1 class="DiscussionHero-title">${fTitle}</h1></li></ul></div></header>
<div class="container"><nav class="DiscussionPage-nav"><ul><li class="item-controls"><div class="ButtonGroup Dropdown dropdown App-primaryControl
Dropdown--split itemCount1"><button class="SplitDropdown-button Button Button--primary hasIcon" type="button"><i aria-hidden="true" class="icon fas
fa-reply Button-icon"></i><span class="Button-label">Reply</span></button></div></li><li class="item-subscription"><button class="Button
SubscriptionMenu-button SubscriptionMenu-button--false hasIcon" type="button"><i aria-hidden="true" class="icon far fa-star Button-icon"></i><span
class="Button-label">Follow</span></button></li><li class="item-scrubber"><div class="PostStreamScrubber Dropdown App-titleControl"><button
class="Button Dropdown-toggle" data-toggle="dropdown"><span><span class="Scrubber-index">1</span> of <span class="Scrubber-count">5</span> posts</span><i
aria-hidden="true" class="icon fas fa-sort Button-caret"></i></button><div class="Dropdown-menu dropdown-menu"><div class="Scrubber"><a
class="Scrubber-first"><i aria-hidden="true" class="icon fas fa-angle-double-up"></i> Original Post</a><div class="Scrubber-scrollbar"><div
class="Scrubber-before"></div><div class="Scrubber-handle"><div class="Scrubber-bar"></div><div class="Scrubber-info"><strong><span
class="Scrubber-index">1</span> of <span class="Scrubber-count">5</span> posts</strong><span class="Scrubber-description">March 2027</span></div></div><div
class="Scrubber-after"></div></div><a class="Scrubber-last"><i aria-hidden="true" class="icon fas fa-angle-double-down"></i>
Now</a></div></div></div></li></ul></nav>
<div class="DiscussionPage-stream"><div class="PostStream" role="feed" aria-live="off" aria-busy="false">
${fPost(fAt(0), 0)}
${fPost(fAt(1), 1)}
${fPost(fAt(2), 2)}
${fPost(fAt(3), 3)}
<div class="PostStream-item" data-index="4" data-time="2027-03-06T09:01:10+00:00" data-number="5" data-id="4415" data-type="discussionTagged"><article
class="Post EventPost DiscussionTaggedPost"><div><i aria-hidden="true" class="icon fas fa-tag EventPost-icon"></i><div class="EventPost-info"><a
class="EventPost-user" href="/u/Orla_bakes"><span class="username">Orla_bakes</span></a> added the <span class="TagsLabel">${fTagLabel('Solved')}</span>
tag. <a class="EventPost-time" href="/d/88/5"><time pubdate="" datetime="2027-03-06T09:01:10+00:00" title="Saturday, March 6, 2027 9:01 AM"
data-humantime="">Mar 6</time></a></div></div></article></div>
${fPost({ ...fAt(4), n: 6 }, 5)}
<div class="PostStream-item" data-index="6"><article class="Post ReplyPlaceholder"><header class="Post-header"><span class="Avatar">?</span> Write a
Reply...</header></article></div></div></div></div></div></div></div></main></div>
<div id="modal"></div><div id="alerts"></div>
<script>document.getElementById('flarum-loading').style.display = 'block'; var flarum = {extensions: {}};</script>
<script src="https://provingdrawer.example/assets/forum.js?v=f3e81c90"></script><script
src="https://provingdrawer.example/assets/forum-en.js?v=0c7a9b12"></script>
<script id="flarum-json-payload" type="application/json">{"fof-best-answer.show_on_discussion_page":true,"resources":[{"type":"discussions","id":"88",
"attributes":{"title":"${fTitle}","commentCount":5,"participantCount":3}}],"session":{"userId":0,"csrfToken":"dGhpc2lzbm90YXRva2Vu"},"locale":"en"}</script>
<script>document.getElementById('flarum-loading').style.display = 'none'; try { flarum.core.app.load(JSON.parse(
document.getElementById('flarum-json-payload').textContent)); flarum.core.app.bootExtensions(flarum.extensions); flarum.core.app.boot(); } catch (e) {
}</script>
</body></html>`;
const flarum: TestPage = gold({
  name: 'heldout708-flarum-sluggish-starter',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([...fOp, ...fOrla, ...fOrlaList, fQuote, fKettle, fUpdate, fDone]),
  bylines: fPosts.flatMap((p) => [p.user, p.short, p.full]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Proving Drawer', 'Guides', 'Community Rules', 'Sign Up', 'Log In', ...fTags, 'Reply', 'Follow', '1 of 5 posts', 'Original Post',
    'March 2027', 'Now', 'B', 'O', 'K', 'Post #1', 'Post #2', 'Post #3', 'Post #4', 'Post #6', 'Edited', 'Best Answer', 'Orla_bakes likes this.',
    'brinewick and kettle_and_crumb like this.', 'brinewick likes this.', 'Orla_bakes and kettle_and_crumb like this.',
    'kettle_and_crumb replied to this.', 'Solved by Orla_bakes in post #2', 'Like', 'added the Solved tag.', 'Write a Reply...',
  ],
});

export const HELDOUT708_F: readonly TestPage[] = [tripwise, flarum];
