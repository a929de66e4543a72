import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 55, file e2: a thread on a Tapatalk-hosted forum (Tapatalk Groups, phpBB 3.2 underneath): the Tapatalk header
 * with the group name and sign-in links, the app smart banner, JSON-LD for the discussion, the phpBB navbar with quick links and
 * breadcrumbs, the topic title, "Post Reply", the topic search and "5 posts • Page 1 of 1", five posts with the profile column
 * (rank, posts, joined, location), subject, quote button, "by NAME » DATE" line, content with `<br>` breaks, a quote with its
 * cite, the "Sent from my ... using Tapatalk" lines the app appends, attachment boxes, an ad slot between posts, "Return to",
 * "Jump to", "Who is online", the phpBB and Tapatalk footers and the consent dialog).
 */
const ttTitle = '1976 Sprite Alpine: replacing rotten floor by the door without lifting the body';
const ttForum = 'Restoration & Repairs';
const ttP1 = [
  'Finally got the Alpine into the barn for the winter and lifted the carpet by the door. The floor ply is soft in a strip about two feet wide ' +
    'from the door to the wheel arch, and the outrigger under it has surface rust but seems solid.',
  "I really don't want to lift the whole body off the chassis. Has anyone cut out and replaced a section from inside? How did you join the new " +
    "ply to the old so it doesn't flex?",
];
const ttP2 = [
  "Done exactly this on our '78 Musketeer. Cut the rotten section back to a line over a floor joist so the joint is supported, and screw and " +
    "glue a batten under the old edge where there isn't one.",
  'Use 12mm exterior ply, seal all the edges before it goes in, and bed it on a bead of sealant. Check where the water came from first though. ' +
    "On Alpines it's nearly always the door frame or the lower front window seal.",
];
const ttQuote = 'Check where the water came from first though.';
const ttP3 = ["Good call. There's a dark stain running down behind the door frame, so that's the likely culprit. I'll reseal that before anything else."];
const ttP4 = [
  "If the outrigger is only surface rust, wire brush it and give it a coat of rust converter while the floor is open. You won't get another " +
    'chance this easy. Mine took two evenings and a weekend in total, including resealing the door.',
];
const ttP5 = [
  'Update: door frame resealed, rot cut back to the joist, new ply in and the outrigger treated. Floor feels solid again. Thanks all, photos attached.',
];
const tapa = (phone: string): string =>
  `<br><br>Sent from my ${phone} using <a href="https://www.tapatalk.com/?utm_source=tapatalk_sig" class="postlink">Tapatalk</a>`;
const sentA = 'Sent from my SM-A546B using Tapatalk';
const sentB = 'Sent from my iPhone using Tapatalk';
interface TtUser {
  name: string;
  id: number;
  rank: string;
  posts: string;
  joined: string;
  loc?: string;
}
const dave: TtUser = { name: 'dorsetdave', id: 118, rank: 'Club Member', posts: '412', joined: '14 Mar 2019, 19:02', loc: 'Wareham' };
const marion: TtUser = { name: 'Marion_K', id: 27, rank: 'Committee', posts: '1877', joined: '02 Jun 2016, 10:15', loc: 'Lincolnshire' };
const pete: TtUser = { name: 'pete.w', id: 2031, rank: 'New Member', posts: '66', joined: '21 Jan 2024, 08:47' };
interface TtPost {
  id: number;
  u: TtUser;
  date: string;
  content: string;
  attach?: string;
}
const g = 'https://www.tapatalk.com/groups/spriteownersclub';
const br = (ps: string[]): string => ps.join('<br>\n<br>\n');
const ttPost = (p: TtPost, i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank has-avatar"><div class="avatar-container"><a
 href="${g}/memberlist.php?mode=viewprofile&amp;u=${p.u.id}"
 class="avatar"><img class="avatar" src="https://uploads.tapatalk-cdn.com/avatar/${p.u.id}.jpg" width="90" height="90" alt="User avatar"></a></div>
<a href="${g}/memberlist.php?mode=viewprofile&amp;u=${p.u.id}" class="username">${p.u.name}</a></dt>
<dd class="profile-rank">${p.u.rank}</dd><dd class="profile-posts"><strong>Posts:</strong> <a
 href="${g}/search.php?author_id=${p.u.id}&amp;sr=posts">${p.u.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.u.joined}</dd>${
  p.u.loc
    ? `<dd
 class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> ${p.u.loc}</dd>`
    : ''
}</dl>
<div class="postbody"><div id="post_content${p.id}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="#p${p.id}">${i === 0 ? '' : 'Re: '}${ttTitle}</a></h3>
<ul class="post-buttons"><li><a href="${g}/posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only"><i
 class="icon fa-quote-left
 fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="${g}/viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
 aria-hidden="true"></i><span
 class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a href="${g}/memberlist.php?mode=viewprofile&amp;u=${p.u.id}"
 class="username">${p.u.name}</a></strong>
 » </span>${p.date}</p>
<div class="content">${p.content}</div>
${
  p.attach
    ? `<dl class="attachbox"><dt>Attachments</dt><dd><dl class="thumbnail"><dt><a href="${g}/download/file.php?id=${p.id - 3900}&amp;mode=view"><img
 src="${g}/download/file.php?id=${p.id - 3900}&amp;t=1" class="postimage" alt="${p.attach.split(' ')[0]}" title="${p.attach}"></a></dt>
<dd>${p.attach}</dd></dl></dd></dl>`
    : ''
}
</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span
 class="sr-only">Top</span></a></div>
</div></div>
<hr class="divider">`;
const ttQ = `<blockquote><div><cite><a href="${g}/memberlist.php?mode=viewprofile&amp;u=27">Marion_K</a> wrote: <a href="${g}/viewtopic.php?p=4825#p4825"
 data-post-id="4825">↑</a><div class="responsive-hide">Sat Nov 08, 2025 6:05 pm</div></cite>${ttQuote}</div></blockquote>`;
const att1 = 'IMG_2041.jpeg (212.51 KiB) Viewed 88 times';
const att2 = 'IMG_2107.jpeg (198.04 KiB) Viewed 41 times';
const ttPosts: TtPost[] = [
  { id: 4821, u: dave, date: 'Sat Nov 08, 2025 4:41 pm', content: br(ttP1) + tapa('SM-A546B'), attach: att1 },
  { id: 4825, u: marion, date: 'Sat Nov 08, 2025 6:05 pm', content: br(ttP2) },
  { id: 4829, u: dave, date: 'Sat Nov 08, 2025 8:22 pm', content: ttQ + br(ttP3) + tapa('SM-A546B') },
  { id: 4836, u: pete, date: 'Sun Nov 09, 2025 9:14 am', content: br(ttP4) + tapa('iPhone') },
  { id: 4870, u: dave, date: 'Sun Nov 16, 2025 5:30 pm', content: br(ttP5) + tapa('SM-A546B'), attach: att2 },
];
const ad = `<div class="tt-ad-slot" data-slot="thread_between_posts"><div class="tt-ad-label">Advertisement</div><div id="div-gpt-ad-1541-0"
 style="min-height:250px"></div></div>`;
const ttJump = ['General Chat', 'Restoration & Repairs', 'Rallies and Meets', 'For Sale and Wanted'];
const ttConsent = [
  'We value your privacy',
  'We and our partners store and/or access information on a device, such as cookies, and process personal data such as unique identifiers for ' +
    'personalised ads and content.',
  'AGREE',
  'MORE OPTIONS',
];
const action = (top: boolean): string => `<div class="action-bar bar-${top ? 'top' : 'bottom'}"><a href="${g}/posting.php?mode=reply&amp;t=1187" class="button"
 title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>${
   top
     ? `<div class="search-box" role="search"><form
 method="get" id="topic-search" action="${g}/search.php"><fieldset><input class="inputbox search tiny" type="search" name="keywords" id="search_keywords"
 size="20"
 placeholder="Search this topic…"><button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span
 class="sr-only">Search</span></button></fieldset></form></div>`
     : ''
 }<div class="pagination">5 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>`;
const ttHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
 content="width=device-width, initial-scale=1" />
<title>${ttTitle} - Sprite Owners Club</title><link rel="canonical" href="${g}/1976-sprite-alpine-replacing-rotten-floor-by-the-door-t1187.html">
<meta name="apple-itunes-app"
 content="app-id=307880732, affiliate-data=at=10lR7C, app-argument=tapatalk://www.tapatalk.com/groups/spriteownersclub?location=topic&amp;tid=1187" />
<meta property="og:site_name" content="Sprite Owners Club" /><meta property="og:title" content="${ttTitle}" /><meta property="og:image"
 content="https://groups.tapatalk-cdn.com/static/image/logo.png" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${ttTitle}",
"url":"${g}/1976-sprite-alpine-replacing-rotten-floor-by-the-door-t1187.html",
"author":{"@type":"Person","name":"dorsetdave"},"datePublished":"2025-11-08T16:41:00+00:00",
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script>
<link href="https://groups.tapatalk-cdn.com/static/styles/prosilver_tt/theme/stylesheet.css?assets_version=412" rel="stylesheet">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.googletag = window.googletag || {cmd: []}; googletag.cmd.push(function() { googletag.defineSlot('/21737107378/tt_groups_thread', [300, 250],
 'div-gpt-ad-1541-0').addService(googletag.pubads()); googletag.enableServices(); });</script></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr tapatalk-groups">
<div class="tt-header"><a class="tt-logo" href="https://www.tapatalk.com/"><img alt="Tapatalk"
 src="https://groups.tapatalk-cdn.com/static/image/tapatalk-logo.svg" height="24"></a>
<a class="tt-group-name" href="${g}/">Sprite Owners Club</a><ul class="tt-header-actions"><li><a href="${g}/ucp.php?mode=login">Sign In</a></li><li><a
 class="button"
 href="${g}/ucp.php?mode=register">Create Account</a></li></ul></div>
<div id="tt-smartbanner" class="tt-smartbanner"><div
 class="tt-smartbanner-text"><strong>Tapatalk</strong><span>Get the app for the best experience</span></div><a
 href="https://tapatalk.com/m?id=6&amp;fid=1874321&amp;tid=1187" class="tt-smartbanner-button">Open</a><button class="tt-smartbanner-close"
 aria-label="Close">×</button></div>
<div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger"><i
 class="icon fa-bars fa-fw"
 aria-hidden="true"></i><span>Quick links</span></a><div class="dropdown"><ul class="dropdown-contents"
 role="menu">${links(['Unanswered topics', 'Active topics', 'Search', 'The team'])}</ul></div></li>
<li><a href="${g}/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><i class="icon fa-question-circle fa-fw"
 aria-hidden="true"></i><span>FAQ</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
 itemtype="https://schema.org/BreadcrumbList"><span
 class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a href="${g}/" itemtype="https://schema.org/Thing" itemscope
 itemprop="item"
 accesskey="h"><i class="icon fa-home fa-fw"></i><span itemprop="name">Board index</span></a><meta itemprop="position" content="1" /></span>
<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a href="${g}/restoration-repairs-f3/"
 itemtype="https://schema.org/Thing" itemscope
 itemprop="item"><span itemprop="name">Restoration &amp; Repairs</span></a><meta itemprop="position" content="2" /></span></li></ul></div></div></div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="${g}/1976-sprite-alpine-replacing-rotten-floor-by-the-door-t1187.html">${ttTitle}</a></h2>
${action(true)}
${ttPosts.map((p, i) => ttPost(p, i) + (i === 1 ? `\n${ad}` : '')).join('\n')}
${action(false)}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="${g}/restoration-repairs-f3/" class="left-box arrow-left" accesskey="r"><i
 class="icon fa-angle-left fa-fw
 icon-black" aria-hidden="true"></i><span>Return to “Restoration &amp; Repairs”</span></a></p>
<div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox"><span title="Jump to"
 class="button
 button-secondary dropdown-trigger dropdown-select"><span>Jump to</span> <span class="caret"><i class="icon fa-sort-down fa-fw"
 aria-hidden="true"></i></span></span>
<div class="dropdown"><ul class="dropdown-contents">${ttJump
  .map(
    (f) => `<li><a href="${g}/f/"
 class="jumpbox-forum-link"> <span> ${f.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('')}</ul></div></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
 class="nav-footer linklist" role="menubar">
<li class="breadcrumbs"><span class="crumb"><a href="${g}/"><span>Board index</span></a></span></li><li class="rightside">All times are <span
 title="UTC">UTC</span></li>
<li class="rightside"><a href="${g}/ucp.php?mode=delete_cookies" role="menuitem"><span>Delete cookies</span></a></li></ul></div></div>
<div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</div></div></div>
<div class="tt-footer"><a href="https://www.tapatalk.com/groups/create">Create a free forum</a> · <a
 href="https://www.tapatalk.com/privacy_policy.php">Privacy</a> ·
 <a href="https://www.tapatalk.com/terms.php">Terms</a> · <span>Powered by Tapatalk</span></div>
<div class="qc-cmp2-container" id="qc-cmp2-container" data-nosnippet=""><div class="qc-cmp2-summary-info"><h2>${ttConsent[0]}</h2><p>${ttConsent[1]}</p></div>
<div class="qc-cmp2-summary-buttons"><button mode="secondary" size="large">${ttConsent[3]}</button><button mode="primary"
 size="large">${ttConsent[2]}</button></div></div>
</body></html>`;
export const tapatalkThread: TestPage = {
  html: ttHtml,
  name: 'heldout55-tapatalk-thread',
  kind: 'forum',
  // every post is body; the "Sent from my ... using Tapatalk" line the app appends to a post is furniture, as a signature is (the poster did
  // not write it); the quote in post 3 with its cite (name, arrow, date) is in neither (it repeats post 2); the subject lines ("Re: ...")
  // are in neither: they repeat the title; names and post dates are bylines ("by" and "»" in neither); ranks, post counts, joined dates,
  // locations, "Quote", "Post", "Top", attachment boxes, the ad label, "Post Reply", the page count, "Return to", "Jump to" with its
  // forum list, "Who is online", the Tapatalk header, app banner, quick links, breadcrumbs, both footers and the consent dialog are furniture;
  // the banner's "Open" is a word of the body ("while the floor is open"): left out
  title: ttTitle,
  headings: [],
  body: texts([...ttP1, ...ttP2, ...ttP3, ...ttP4, ...ttP5]),
  bylines: ['dorsetdave', 'Marion_K', 'pete.w', ...ttPosts.map((p) => p.date)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sprite Owners Club', 'Sign In', 'Create Account', 'Tapatalk', 'Get the app for the best experience', 'Quick links', 'Unanswered topics', 'Active topics',
    'Search', 'The team', 'FAQ', 'Board index', ttForum, 'Post Reply', '5 posts', 'Page 1 of 1', 'Club Member', 'Committee', 'New Member', 'Posts:', 'Joined:',
    'Location:', dave.posts, marion.posts, pete.posts, dave.joined, marion.joined, pete.joined, 'Wareham', 'Lincolnshire', 'Quote', 'Post', 'Top', sentA, sentB,
    'Attachments', att1, att2, 'Advertisement', 'Return to “Restoration & Repairs”', 'Jump to', ...ttJump.filter((f) => f !== ttForum), 'Who is online',
    'Users browsing this forum: No registered users and 4 guests', 'All times are', 'UTC', 'Delete cookies', 'Powered by phpBB® Forum Software © phpBB Limited',
    'Create a free forum', 'Privacy', 'Terms', 'Powered by Tapatalk', ...ttConsent,
  ],
};
