import { links, type TestPage, texts } from './page-kit.js';
import { vbThread } from './pages-heldout81-a2.js';

/**
 * Held-out batch 81, file a: a phpBB 3.3 topic on the third-party we_universal style (INVENTEA header bar with "Login" and
 * "Register", the site's name as the h1 and the topic title as an h2, breadcrumbs, the hidden forum description, the top
 * and bottom action bars, posts with the profile column (rank, posts, joined, location), "Re:" subjects, a quote, an
 * "edited" notice, signatures, the jump box, "Who is online", the footer and the cookieconsent bar), and a vBulletin 4 thread
 * (file a2).
 */
interface BbPost {
  id: number;
  user: string;
  uid: number;
  rank: string;
  posts: string;
  joined: string;
  loc?: string;
  date: string;
  edited?: string;
  sig?: string;
  html: string;
}
const bbTitle = 'Float bowl keeps overflowing after carb rebuild – Kestrel RT250';
const bb1 = [
  'Finished rebuilding the carb on my 1974 Kestrel RT250 last weekend and now it floods as soon as I turn the fuel tap on. Petrol ' +
    'runs out of the overflow pipe in a steady drip, and if I leave it for ten minutes there is a puddle under the bike and the plug is wet through.',
  'The kit was a full one from a supplier I have used before: new float needle and seat, gaskets, jets and a float bowl O-ring. I ' +
    'cleaned the body in the ultrasonic bath, blew every passage through and set the float height to the figure in the workshop manual. ' +
    'The old needle had a ridge worn into it, so I assumed that was the original problem.',
  'Before I strip it all down again, is there anything obvious I should look at first? It ran fine (if a bit rich) before I touched it, ' +
    'which is the annoying part.',
];
const bb2a = ['Classic symptoms of the needle not seating. In rough order of how often I see it:'];
const bb2List = [
  'Grit from the tank or the tap lodged on the seat. A new needle will not seal against a speck of rust.',
  'A pattern seat that is a fraction too large for the body, so it sits crooked or leaks round the outside.',
  'Float height set with the carb the wrong way up. The manual figure is measured with the tang just touching the needle, not pressing it in.',
  'A float that has taken on fuel. Shake it next to your ear; if it sloshes, it is scrap.',
];
const bb2b = [
  'Take the bowl off, hold the carb at the angle it sits on the bike and gently lift the float by hand while someone blows into the ' +
    'fuel inlet. If you can still blow through with the float up, the needle or seat is the problem, not the height.',
];
const bb3 = [
  'Did the blow test tonight. With the float lifted I could still hear air hissing past, so it is the needle and seat, not the height.',
  'Pulled the seat out and compared it with the old one under the magnifier. The new seat is a different shape on the inside: the old ' +
    'one has a sharp edge where the needle sits, the new one has a wide taper. The needle sits deeper in the new seat and never quite closes.',
];
const bb4 = [
  'I had exactly this with a kit from the same sort of source on my Sorrel 175. The pattern seats in some of those kits are made for a ' +
    'different carb family and only fit by accident.',
  'If the old seat is not damaged, lap the new needle into the old seat with a drop of metal polish, then clean both thoroughly. It took ' +
    'me ten minutes and it has not dripped since. Also fit an inline filter between the tap and the carb if you have not already, because ' +
    'the same grit will come back.',
];
const bb5 = [
  'Sorted. Old seat back in, new needle lapped into it with metal polish as suggested, float height checked again at 23 mm with the ' +
    'carb held at its mounting angle, and an inline filter fitted below the tap.',
  'Left the tap on for an hour with the bike on the stand and the overflow is bone dry. It also starts on the second kick now, so I ' +
    'suspect it was running rich all along because of the old worn needle. Thanks both, much appreciated.',
];
const bbBr = (a: readonly string[]): string => a.join('<br>\n<br>\n');
const bbQuote = `<blockquote cite="./viewtopic.php?p=88121#p88121"><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=41">old_mick</a> wrote:
<a href="./viewtopic.php?p=88121#p88121" data-post-id="88121" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a>
<span class="responsive-hide">Sat Apr 05, 2025 8:40 pm</span></cite>If you can still blow through with the float up, the needle or seat is the problem,
not the height.</div></blockquote>`;
const bbSigR = '1974 Kestrel RT250 (in bits), 1979 Sorrel 175 trials (running, mostly)';
const bbSigM = 'Please read the forum rules before posting for sale ads.';
const rusty = { user: 'rustyspoke', uid: 2207, rank: 'Regular', posts: '212', joined: 'Mon Oct 14, 2019 7:55 am', loc: 'Harlow Fen', sig: bbSigR };
const bbPosts: BbPost[] = [
  { id: 88120, ...rusty, date: 'Sat Apr 05, 2025 6:12 pm', html: bbBr(bb1) },
  {
    id: 88121,
    user: 'old_mick',
    uid: 41,
    rank: 'Moderator',
    posts: '9418',
    joined: 'Thu Feb 09, 2012 10:02 am',
    loc: 'Caddon Vale',
    date: 'Sat Apr 05, 2025 8:40 pm',
    sig: bbSigM,
    html: `${bbBr(bb2a)}\n<ul>${bb2List.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n${bbBr(bb2b)}`,
  },
  {
    id: 88127,
    ...rusty,
    date: 'Sun Apr 06, 2025 7:35 pm',
    edited: 'Last edited by rustyspoke on Sun Apr 06, 2025 7:41 pm, edited 1 time in total.',
    html: `${bbQuote}\n<br>\n${bbBr(bb3)}`,
  },
  {
    id: 88130,
    user: 'bramble_twins',
    uid: 3310,
    rank: 'Member',
    posts: '57',
    joined: 'Wed Jun 22, 2022 9:14 pm',
    date: 'Sun Apr 06, 2025 9:02 pm',
    html: bbBr(bb4),
  },
  { id: 88166, ...rusty, date: 'Sat Apr 12, 2025 4:18 pm', html: bbBr(bb5) },
];
const bbPost = (p: BbPost, i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}">
<div class="inner">
<dl class="postprofile" id="profile${p.id}">
<dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.uid}"
class="username${p.rank === 'Moderator' ? '-coloured" style="color: #00AA00;' : ''}">${p.user}</a></dt>
<dd class="profile-rank">${p.rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.uid}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd>
${p.loc ? `<dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> ${p.loc}</dd>` : ''}
</dl>
<div class="postbody">
<div id="post_content${p.id}">
<h3 ${i === 0 ? 'class="first"' : ''}><a href="./viewtopic.php?p=${p.id}#p${p.id}">${i === 0 ? '' : 'Re: '}${bbTitle}</a></h3>
<ul class="post-buttons">
<li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li>
</ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i><span class="sr-only">Post</span></a>
<span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.uid}" class="username">${p.user}</a></strong> » </span>${p.date}
</p>
<div class="content">${p.html}</div>
${p.edited ? `<div class="notice">${p.edited}</div>` : ''}
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}
</div>
</div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
<span class="sr-only">Top</span></a></div>
</div>
</div>
<hr class="divider" />`;
const bbUser = ['Login', 'Register'];
const bbPostsMenu = ['Unanswered topics', 'Active topics'];
const bbMain = ['FAQ', 'Members', 'The team', 'Search'];
const bbCrumbs = ['Board index', 'Workshop', 'Carburettors & Fuel'];
const bbDesc = 'Carbs, tanks, taps, filters and everything between them.';
const bbSiteDesc = 'Restoring and riding classic two-strokes since 2006';
const bbDisplay = ['All posts', '1 day', '7 days', '2 weeks', '1 month'];
const bbSort = ['Author', 'Post time', 'Subject'];
const bbJump = ['General', 'Introductions', 'Workshop', 'Engines & Gearboxes', 'Frames & Suspension', 'For Sale & Wanted'];
const bbFooter = ['Delete cookies', 'Contact us'];
const bbCookie = 'This website uses cookies to ensure you get the best experience on our website.';
const bbHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${bbTitle} - Twin Shock Garage</title>
<link rel="canonical" href="https://www.twinshockgarage.co.uk/viewtopic.php?t=8812">
<link href="./assets/css/font-awesome.min.css?assets_version=41" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<link href="./styles/we_universal/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<link href="./styles/we_universal/theme/en/stylesheet.css?assets_version=41" rel="stylesheet">
<link href="./assets/cookieconsent/cookieconsent.min.css?assets_version=41" rel="stylesheet">
</head>
<body id="phpbb" class="notouch section-viewtopic ltr hasjs">
<div class="inventea-headerbar">
<nav class="inventea-wrapper inventea-userbar">
<ul class="linklist bulletin inventea-user-menu" role="menubar">
${bbUser
  .map((t) => `<li class="small-icon rightside" data-skip-responsive="true"><a href="./ucp.php?mode=${t.toLowerCase()}" role="menuitem">${t}</a></li>`)
  .join('\n')}
</ul>
</nav>
</div>
<div class="inventea-wrapper inventea-header">
<header role="banner">
<nav class="inventea-posts-menu"><ul class="inventea-menu" role="menubar">${links(bbPostsMenu)}</ul></nav>
<div class="inventea-dashboard">
<a href="./index.php" title="Board index"><div class="inventea-sitename"><h1>Twin Shock Garage</h1><span>${bbSiteDesc}</span></div></a>
</div>
<nav class="inventea-main-menu"><ul class="inventea-menu" role="menubar">${links(bbMain)}</ul></nav>
</header>
</div>
<div class="inventea-wrapper inventea-content" role="main">
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${bbCrumbs
  .map(
    (t, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=${i}">
<span itemprop="name">${t.replace('&', '&amp;')}</span></a><meta itemprop="position" content="${i + 1}" /></span>`,
  )
  .join('\n')}
</li>
</ul>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=8812">${bbTitle}</a></h2>
<!-- NOTE: remove the style="display: none" when you want to have the forum description on the topic body -->
<div style="display: none !important;">${bbDesc}<br /></div>
<div class="action-bar bar-top">
<a href="./posting.php?mode=reply&amp;t=8812" class="button" title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw"></i></a>
<div class="dropdown-container dropdown-button-control topic-tools"><span title="Topic tools" class="button button-secondary dropdown-trigger dropdown-select">
<i class="icon fa-wrench fa-fw"></i><span class="caret"><i class="icon fa-sort-down fa-fw"></i></span></span>
<div class="dropdown"><ul class="dropdown-contents"><li><a href="./viewtopic.php?t=8812&amp;view=print" title="Print view"><span>Print
view</span></a></li></ul></div></div>
<div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php"><fieldset>
<input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="Search this topic…" />
<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw"></i><span class="sr-only">Search</span></button>
<a href="./search.php" class="button button-search-end" title="Advanced search"><i class="icon fa-cog fa-fw"></i><span class="sr-only">Advanced
search</span></a>
</fieldset></form></div>
<div class="pagination">5 posts<span> • Page <strong>1</strong> of <strong>1</strong></span></div>
</div>
${bbPosts.map(bbPost).join('\n')}
<div class="action-bar bar-bottom">
<a href="./posting.php?mode=reply&amp;t=8812" class="button" title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw"></i></a>
<form method="post" action="./viewtopic.php?t=8812"><div class="dropdown-container dropdown-container-left dropdown-button-control sort-tools">
<div class="dropdown hidden"><div class="dropdown-contents"><fieldset class="display-options">
<label>Display: <select name="st" id="st">${bbDisplay.map((t) => `<option>${t}</option>`).join('')}</select></label>
<label>Sort by <select name="sk" id="sk">${bbSort.map((t) => `<option>${t}</option>`).join('')}</select></label>
<label><select name="sd" id="sd"><option value="a" selected="selected">Ascending</option><option value="d">Descending</option></select></label>
<hr class="dashed" /><input type="submit" class="button2" name="sort" value="Go" /></fieldset></div></div></div></form>
<div class="pagination">5 posts<span> • Page <strong>1</strong> of <strong>1</strong></span></div>
</div>
<div class="action-bar actions-jump">
<p class="jumpbox-return"><a href="./viewforum.php?f=4" class="left-box arrow-left" accesskey="r"><i class="icon fa-angle-left fa-fw icon-black"></i>
<span>Return to “Carburettors &amp; Fuel”</span></a></p>
<div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox">
<span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span></span>
<div class="dropdown"><ul class="dropdown-contents">
${bbJump
  .map(
    (t, i) => `<li><a href="./viewforum.php?f=${i + 2}" class="jumpbox-sub-link"><span class="spacer"></span> <span>↳ &nbsp;
${t.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('\n')}
</ul></div></div>
</div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div>
</div>
</div>
<div class="inventea-footer-wrapper"><div id="page-footer" class="inventea-footer" role="contentinfo">
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar">
<li class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index"><span>Board index</span></a></span></li>
<li class="rightside">All times are <span title="UTC">UTC</span></li>
${bbFooter.map((t) => `<li class="rightside"><a href="./ucp.php" role="menuitem"><span>${t}</span></a></li>`).join('\n')}
</ul></div></div>
<footer class="inventea-credits">
<p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p>
<p class="footer-row"><span class="footer-copyright">Style we_universal created by <a href="https://inventea.com/">INVENTEA</a></span></p>
<p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span
class="footer-link-text">Privacy</span></a>
| <a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span class="footer-link-text">Terms</span></a></p>
</footer></div></div>
<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" class="cc-window cc-banner cc-type-info cc-theme-block
cc-bottom"><span id="cookieconsent:desc" class="cc-message">${bbCookie} <a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link"
href="http://cookiesandyou.com" rel="noopener noreferrer nofollow" target="_blank">Learn more</a></span>
<div class="cc-compliance"><a aria-label="dismiss cookie message" role="button" tabindex="0" class="cc-btn cc-dismiss">Got it!</a></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=41"></script>
<script src="./assets/javascript/core.js?assets_version=41"></script>
<script src="./assets/cookieconsent/cookieconsent.min.js?assets_version=41"></script>
<script>if (typeof window.cookieconsent === "object") { window.addEventListener("load", function(){ window.cookieconsent.initialise({}); }); }</script>
</body>
</html>`;
const phpbb: TestPage = {
  html: bbHtml,
  name: 'heldout81-phpbb-weuniversal-topic',
  kind: 'forum',
  // the site's h1 is furniture, the topic's h2 is the title; post contents are body (paragraphs split at <br><br>, the list
  // items of the second post too); the quote of old_mick's post is in neither list; usernames, post times and the "Last
  // edited by" notice are bylines; ranks, profile fields, "Re:" subjects, signatures and the rest are furniture
  title: bbTitle,
  headings: [],
  body: [...texts(bb1), ...bb2a, ...bb2List, ...bb2b, ...bb3, ...bb4, ...bb5],
  bylines: ['rustyspoke', 'old_mick', 'bramble_twins', ...bbPosts.map((p) => p.date), bbPosts[2]!.edited!],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bbUser, ...bbPostsMenu, 'Twin Shock Garage', bbSiteDesc, ...bbMain, ...bbCrumbs, bbDesc, 'Post Reply', 'Print view', 'Advanced search', '5 posts',
    'Page 1 of 1', `Re: ${bbTitle}`, 'Quote', 'Regular', 'Moderator', 'Member', 'Posts:', 'Joined:', 'Location:', '212', '9418', '57', 'Harlow Fen',
    'Caddon Vale', ...new Set(bbPosts.map((p) => p.joined)), bbSigR, bbSigM, 'Top', 'Display:', ...bbDisplay, 'Sort by', ...bbSort, 'Ascending',
    'Descending', 'Return to “Carburettors & Fuel”', 'Jump to', ...bbJump.filter((t) => t !== 'Workshop'), 'Who is online',
    'Users browsing this forum: No registered users and 4 guests', 'All times are', 'UTC', ...bbFooter, 'Powered by', 'phpBB® Forum Software © phpBB Limited',
    'Style we_universal created by', 'INVENTEA', 'Privacy', 'Terms', bbCookie, 'Learn more', 'Got it!',
  ],
};

export const HELDOUT81_A: readonly TestPage[] = [phpbb, vbThread];
