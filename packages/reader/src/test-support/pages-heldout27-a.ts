import { links, type TestPage, texts } from './page-kit.js';
import { nodebbTopic } from './pages-heldout27-a2.js';

/**
 * Held-out batch 27, file a: a Vanilla Forums discussion on a game studio's community (the title bar with its menu and
 * "Sign In"/"Register", breadcrumbs, the page title with Bookmark and Options, the opening post's author box with role and
 * rank, date and category, "Tagged:" tags, reaction buttons with counts, the comments list with its own author boxes, a staff
 * comment, the "Sign In or Register to comment." box, the side panel with "Start a New Discussion", categories and "In this
 * Discussion", the OneTrust-style cookie banner and the "Powered by Vanilla" footer).
 */
const vfTitle = 'Is the northern caravan route still worth running after patch 2.4?';
const vfOp = [
  'I’ve been running the northern route from Greyhollow to Kestle Ford since launch, mostly salt out and timber back. Since 2.4 ' +
    'landed last Tuesday the numbers just don’t work for me any more. The toll at the Ashby bridge went from 40 to 95 silver, and ' +
    'the new spoilage rule means about a fifth of the salt is gone by the time the wagons reach the ford in winter.',
  'I ran six trips over the weekend to check I wasn’t imagining it. Average profit per trip was 212 silver before the patch and ' +
    '131 after, with the same two wagons and the same four guards. Meanwhile the coast road to Marrowby barely changed.',
  'Is anyone still making the north pay? I’m wondering if I’ve missed a trick with the new warehouses, or if the devs simply ' +
    'want us all on the coast now. Would love to hear actual numbers rather than vibes.',
];
const vfC1 = [
  'You’re not missing anything on the toll, but you are missing the cold cellars. If you build one in Greyhollow before loading, ' +
    'salt spoilage drops to roughly five percent for the first ten days on the road, which covers the whole northern leg as long ' +
    'as you don’t stop at Ashby overnight.',
  'I’m averaging about 190 per trip with a cellar, so still below the old numbers, but nowhere near as bad as 131.',
];
const vfC2 =
  'The patch notes said the toll change was meant to stop people farming the bridge with empty wagons. Feels like honest ' +
  'traders got caught in the net. I’ve switched to timber both ways and skip the salt entirely; slower, but nothing rots.';
const vfC3 = [
  'Thanks for the careful numbers, this is really useful. The design team has confirmed the Ashby toll was tuned against the ' +
    'old wagon weights and is higher than intended for two-wagon caravans.',
  'A fix is planned for hotfix 2.4.2, which we expect early next week. Cold cellars working the way Tamsin describes is ' +
    'intended, so feel free to keep using them.',
];
const vfC4 =
  'Built a cellar last night and ran three more trips: 184, 197 and 176. Not back to the old days, but worth running again. ' +
  'I’ll post again once 2.4.2 is out. Thanks all.';
const vfMenu = ['Discussions', 'Categories', 'Best Of', 'Patch Notes', 'Roadmap', 'Play Now'];
const vfCats = ['Announcements', 'General Discussion', 'Trade Routes & Strategy', 'Guilds & Recruitment', 'Bug Reports', 'Off Topic'];
const vfTags = ['patch-2.4', 'caravans', 'northern-route'];
const vfFoot = ['Terms of Service', 'Privacy Policy', 'Code of Conduct', 'Contact Support'];
const react = (n: number[]) =>
  `<div class="Reactions"><div class="Flag ToggleFlyout"><a href="#" class="Hijack ReactButton ReactButton-Flag" title="Flag" rel="nofollow" role="button">` +
  `<span class="ReactSprite ReactFlag"></span> <span class="ReactLabel">Flag</span></a></div>` +
  `<a href="#" title="Insightful" class="Hijack ReactButton ReactButton-Insightful" rel="nofollow" role="button"><span class="ReactSprite ReactInsightful">` +
  `</span> <span class="Count">${n[0]}</span><span class="ReactLabel">Insightful</span></a>` +
  `<a href="#" title="Agree" class="Hijack ReactButton ReactButton-Agree" rel="nofollow" role="button"><span class="ReactSprite ReactAgree"></span> ` +
  `<span class="Count">${n[1]}</span><span class="ReactLabel">Agree</span></a>` +
  `<a href="#" class="ReactButton Quote" data-scrape-url="/discussion/quote" rel="nofollow"><span class="ReactSprite ReactQuote"></span> Quote</a></div>`;
const author = (name: string, role: string, rank: string, photo: string) =>
  `<div class="Item-Header CommentHeader"><div class="AuthorWrap"><span class="Author"><a title="${name}" href="/profile/${name}" class="PhotoWrap">` +
  `<img src="https://us.v-cdn.net/6038112/uploads/userpics/${photo}.png" alt="${name}" class="ProfilePhoto ProfilePhotoMedium" data-fallback="avatar"></a>` +
  `<a href="/profile/${name}" class="Username js-userCard" data-userid="4410">${name}</a></span>` +
  `<span class="AuthorInfo"><span class="MItem RoleTitle">${role}</span> <span class="MItem Rank Rank-${rank.replace(/ /g, '')}">${rank}</span></span></div>`;
const when = (iso: string, shown: string, edited = '') =>
  `<div class="Meta CommentMeta CommentInfo"><span class="MItem DateCreated"><a href="/discussion/comment/1" class="Permalink" rel="nofollow">` +
  `<time title="${iso}" datetime="${iso}">${shown}</time></a></span>${edited}</div></div>`;
const vfEdited = ' <span class="MItem DateUpdated">edited March 3</span>';
const vfHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${vfTitle} — Lanternfish Games Forums</title>
<link rel="canonical" href="https://forums.lanternfishgames.example/discussion/30517/is-the-northern-caravan-route-still-worth-running-after-patch-2-4">
<meta property="og:site_name" content="Lanternfish Games Forums"><meta property="og:type" content="article">
<link rel="stylesheet" href="/dist/v2/layouts/foundation.min.css?h=8f03a1"><style>.Frame-header{background:#0f2430}.Rank-CaravanMaster{color:#c8912e}</style>
<script>gdn=window.gdn||{};gdn.meta={"DiscussionID":30517,"Category":"General Discussion","CategoryID":4,"TransientKey":"","siteSection":{"basePath":""}};
gdn.permissions={"permissions":{"comments.add":false},"isAdmin":false};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${vfTitle}",
"author":{"@type":"Person","name":"Wrenfield"},"datePublished":"2026-03-02T21:41:08+00:00","commentCount":4}</script></head>
<body id="vanilla_discussion_index" class="Vanilla Discussion isDesktop index Section-Discussion Section-Category-general-discussion">
<div id="Frame" class="Frame"><div class="Frame-top"><div class="Frame-header">
<header id="titleBar" class="titleBar"><div class="titleBar-container"><a class="titleBar-logoLink" href="/" aria-label="Lanternfish Games Forums">
<img src="/uploads/logo-saltmarsh.svg" alt="Lanternfish Games Forums"></a><nav class="titleBar-nav" aria-label="Main"><ul
class="titleBar-navList">${links(vfMenu, 'titleBar-navItem')}</ul></nav>
<div class="titleBar-rightFlexBasis"><button class="searchBar-submitButton" aria-label="Search"><span class="sr-only">Search</span></button>
<a class="Button Primary titleBar-guestButton" href="/entry/signin">Sign In</a> <a class="Button titleBar-guestButton"
href="/entry/register">Register</a></div></div></header>
</div></div>
<div class="Frame-body"><div class="Frame-content"><div class="Container"><div class="Frame-contentWrap"><div class="Frame-details"><div class="Frame-row">
<main class="Content MainContent"><div class="BreadcrumbsBox"><span class="Breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">
<span class="CrumbLabel CrumbLabel-HomeCrumb HomeCrumb" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" itemprop="item">
<span itemprop="name">Home</span></a><meta itemprop="position" content="1"></span><span class="Crumb">›</span>
<span class="CrumbLabel Category-saltmarsh-traders" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a
href="/categories/saltmarsh-traders" itemprop="item">
<span itemprop="name">Saltmarsh Traders</span></a><meta itemprop="position" content="2"></span><span class="Crumb">›</span>
<span class="CrumbLabel Category-general-discussion Last" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/categories/general-discussion" itemprop="item"><span itemprop="name">General Discussion</span></a><meta itemprop="position"
content="3"></span></span></div>
<div class="MessageList Discussion"><div class="PageTitle"><div class="Options"><span class="Bookmark"><a href="/discussion/bookmark/30517" title="Bookmark"
class="Hijack Bookmark">
<span class="sr-only">Bookmark</span></a></span> <span class="ToggleFlyout OptionsMenu"><span class="OptionsTitle" title="Options">Options</span></span></div>
<h1>${vfTitle}</h1></div>
<div id="Item_0" class="Item ItemDiscussion Role_Member noPhotoWrap">
<div class="Discussion"><div class="Item-Header DiscussionHeader"><div class="AuthorWrap"><span class="Author"><a title="Wrenfield" href="/profile/Wrenfield"
class="PhotoWrap">
<img src="https://us.v-cdn.net/6038112/uploads/userpics/wrenfield.png" alt="Wrenfield" class="ProfilePhoto ProfilePhotoMedium"></a>
<a href="/profile/Wrenfield" class="Username js-userCard">Wrenfield</a></span><span class="AuthorInfo"><span class="MItem RoleTitle">Member</span>
<span class="MItem Rank Rank-CaravanMaster">Caravan Master</span></span></div>
<div class="Meta DiscussionMeta"><span class="MItem DateCreated"><a href="/discussion/30517/" class="Permalink" rel="nofollow">
<time title="March 2, 2026 9:41PM" datetime="2026-03-02T21:41:08+00:00">March 2</time></a></span>
<span class="MItem Category">in <a href="/categories/general-discussion">General Discussion</a></span></div></div>
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">
${vfOp.map((p) => `<p>${p}</p>`).join('\n')}
</div><div class="InlineTags Meta"><span
class="InlineTags-label">Tagged:</span><ul>${vfTags.map((t) => `<li><a href="/discussions/tagged/${t}" class="Tag_${t}">${t}</a></li>`).join('')}</ul></div>
${react([14, 9])}</div></div></div></div></div>
<section class="DataBox DataBox-Comments"><span class="BeforeCommentHeading"></span><h2 class="CommentHeading">Comments</h2>
<ul class="MessageList DataList Comments pageBox">
<li class="Item Alt ItemComment Role_Member" id="Comment_412880"><div class="Comment"><div class="Options"><span class="ToggleFlyout OptionsMenu"></span></div>
${author('Tamsin_K', 'Member', 'Quartermaster', 'tamsin')}${when('March 2, 2026 10:17PM', 'March 2')}
<div class="Item-BodyWrap"><div class="Item-Body"><div
class="Message userContent">${vfC1.map((p) => `<p>${p}</p>`).join('')}</div>${react([22, 11])}</div></div></div></li>
<li class="Item ItemComment Role_Member" id="Comment_412893"><div class="Comment">
${author('oldbargeman', 'Member', 'Wagon Hand', 'oldbargeman')}${when('March 2, 2026 11:02PM', 'March 2', vfEdited)}
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">
${vfC2}</div>${react([3, 6])}</div></div></div></li>
<li class="Item Alt ItemComment Role_Staff Role_CommunityManager" id="Comment_412951"><div class="Comment">
${author('Pell_Lanternfish', 'Community Manager', 'Staff', 'pell')}${when('March 3, 2026 2:26PM', 'March 3')}
<div class="Item-BodyWrap"><div class="Item-Body"><div
class="Message userContent">${vfC3.map((p) => `<p>${p}</p>`).join('\n')}</div>${react([31, 40])}</div></div></div></li>
<li class="Item ItemComment Role_Member mine" id="Comment_413204"><div class="Comment">
${author('Wrenfield', 'Member', 'Caravan Master', 'wrenfield')}${when('March 4, 2026 8:55AM', 'March 4')}
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent"><p>${vfC4}</p></div>${react([7, 5])}</div></div></div></li>
</ul></section>
<div class="Foot Closed"><div class="Note Closed SignInOrRegister"><a href="/entry/signin" class="Popup">Sign In</a> or <a href="/entry/register">Register</a>
to comment.</div></div>
</div></main>
<aside class="Panel Panel-main"><div class="BoxButtons BoxNewDiscussion"><a href="/post/discussion/general-discussion"
class="Button Primary Action NewDiscussion">
Start a New Discussion</a></div>
<div class="Box BoxCategories"><h4 aria-level="2">Categories</h4><ul class="PanelInfo PanelCategories">${links(vfCats, 'ClearFix')}</ul></div>
<div class="Box BoxInThisDiscussion"><h4 aria-level="2">In this Discussion</h4><ul class="PanelInfo">
<li><a href="/profile/Tamsin_K" class="Username">Tamsin_K</a> <span class="Aside"><time>March 2</time></span></li>
<li><a href="/profile/oldbargeman" class="Username">oldbargeman</a> <span class="Aside"><time>March 2</time></span></li>
<li><a href="/profile/Pell_Lanternfish" class="Username">Pell_Lanternfish</a> <span class="Aside"><time>March 3</time></span></li>
<li><a href="/profile/Wrenfield" class="Username">Wrenfield</a> <span class="Aside"><time>March 4</time></span></li></ul></div>
</aside></div></div></div></div></div></div>
<footer class="Frame-footer"><div class="footer"><ul class="footer-links">${links(vfFoot)}</ul><p class="footer-copy">© 2026 Lanternfish Games Ltd.
Saltmarsh Traders is a trademark of Lanternfish Games Ltd.</p><div class="Vanilla-Footer"><a href="https://vanillaforums.com" class="PoweredByVanilla">Powered
by Vanilla</a></div>
</div></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2><p id="onetrust-policy-text">We and our partners use cookies to run the
forums,
remember your settings and measure how the site is used.</p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<script src="/dist/v2/forum/runtime.min.js" defer></script></body></html>`;
const vanillaDiscussion: TestPage = {
  html: vfHtml,
  name: 'heldout27-vanilla-forums-discussion',
  kind: 'forum',
  // a discussion is its posts: the opening post and the four comments are the body (the staff answer too: it answers the
  // question); each poster's name and the shown dates ("March 2", "edited March 3") are bylines (the panel repeats them);
  // roles and ranks ("Member", "Caravan Master", "Community Manager", "Staff"), "in General Discussion", "Tagged:" and the
  // tags, reaction buttons and their counts, "Comments", breadcrumbs, Bookmark/Options, the sign-in note, the panel, cookie
  // banner, title bar and footer are furniture; "Quote" is a reaction-bar button (furniture); the reaction counts are left
  // out (bare numbers)
  title: vfTitle,
  headings: [],
  body: [...texts(vfOp), ...texts(vfC1), vfC2, ...texts(vfC3), vfC4],
  bylines: ['Wrenfield', 'Tamsin_K', 'oldbargeman', 'Pell_Lanternfish', 'March 2', 'edited March 3', 'March 3', 'March 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lanternfish Games Forums', ...vfMenu, 'Search', 'Sign In', 'Register', 'Home', 'Saltmarsh Traders', 'Bookmark', 'Options', 'Member', 'Caravan Master',
    'in General Discussion', 'Tagged:', ...vfTags, 'Flag', 'Insightful', 'Agree', 'Quote', 'Comments', 'Quartermaster', 'Wagon Hand', 'Community Manager',
    'Staff', 'Sign In or Register to comment.', 'Start a New Discussion', ...vfCats, 'In this Discussion', ...vfFoot,
    '© 2026 Lanternfish Games Ltd. Saltmarsh Traders is a trademark of Lanternfish Games Ltd.', 'Powered by Vanilla', 'We value your privacy',
    'We and our partners use cookies to run the forums, remember your settings and measure how the site is used.', 'Cookie Settings', 'Reject All',
    'Accept All Cookies',
  ],
};

export const HELDOUT27_A: readonly TestPage[] = [vanillaDiscussion, nodebbTopic];
