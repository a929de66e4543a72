import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout247-kit.js';

/**
 * Held-out batch 247, file f: a transport enthusiasts' forum thread on phpBB's prosilver style (header with quick links,
 * breadcrumbs, topic actions, pagination, post profiles with rank, joined date and post counts, a quoted reply, signatures,
 * "Who is online", jump-to, footer) and a trip-planner app's help article on Zendesk Guide's Copenhagen theme (search,
 * breadcrumbs, author and dates, follow button, "Was this article helpful?" votes, "Articles in this section" sidebar,
 * related and recently viewed articles, "Have more questions?" link, footer).
 */
const bTitle = 'Rebuilt signal box at Hollins Cross: anyone been up to see it?';
const bPosts = [
  [
    j(
      'The volunteers finally finished the restoration of the old Hollins Cross box last month, and it was opened to visitors on',
      'the first Saturday of March. I went up on the opening day and thought it was worth a thread.',
    ),
    j(
      'They have put back the original 30-lever frame, which was rescued from a scrapyard in 1994 and spent thirty years in a barn.',
      'About half the levers are connected to working signals on the short demonstration line, and you are allowed to pull them',
      'under supervision. The block instruments are original too, and they have wired them to the restored box at Dunmere so',
      'the two can exchange bell codes.',
    ),
    'Has anyone else been? I would like to know whether the weekday openings are worth the trip.',
  ],
  [
    j(
      'Went on Wednesday with my son. Much quieter than the weekend, and the volunteer on duty spent nearly an hour with us',
      'explaining the interlocking. He let my son send "train entering section" to Dunmere, which made his week.',
    ),
    'Parking is in the station yard, but it is only gravel and gets muddy. There is no cafe yet, so take a flask.',
  ],
  [
    'They have put back the original 30-lever frame',
    j(
      'Not quite original, as far as I know. The frame is the right type and the right date, but it came from Pellham South, not',
      'Hollins Cross. The Hollins Cross frame was cut up when the box closed in 1971. The society is quite open about this on the',
      'information board inside, and to be fair it is the same maker and pattern.',
    ),
  ],
  [
    j(
      'That is right, and we should have been clearer on the leaflet. I am one of the volunteers. The frame is from Pellham South',
      'and was shortened from 36 to 30 levers to match the Hollins Cross diagram, which we rebuilt from the 1958 signalling plan.',
    ),
    j(
      'Weekday openings are Wednesdays and Fridays from 10 until 3 through the summer. We are hoping to run the first steam',
      'gala with the box in operation at the end of August, so keep an eye on the society website.',
    ),
  ],
];
const bUsers = ['Lindale_Bob', 'fogsignal', 'Quarry Tom', 'HX_volunteer'];
const bDates = ['Sat Mar 07, 2026 6:42 pm', 'Sat Mar 07, 2026 9:15 pm', 'Sun Mar 08, 2026 10:03 am', 'Sun Mar 08, 2026 1:27 pm'];
const bRanks = ['Established Member', 'Member', 'Established Member', 'New Member'];
const bJoined = [
  'Joined: Tue Feb 12, 2013 8:11 pm',
  'Joined: Fri Oct 05, 2018 7:02 pm',
  'Joined: Sat Jan 21, 2012 4:48 pm',
  'Joined: Mon Mar 02, 2026 9:30 am',
];
const bCounts = ['Posts: 2114', 'Posts: 387', 'Posts: 5930', 'Posts: 3'];
const bSigs = ['Lindale Bob, photographing semaphores since 1979', '', 'Everything was better with oil lamps.', ''];
const bBody = [...(bPosts[0] ?? []), ...(bPosts[1] ?? []), ...(bPosts[2] ?? []), ...(bPosts[3] ?? [])];
const bPost = (i: number): string => {
  const paras = bPosts[i] ?? [];
  const content =
    i === 2
      ? `<blockquote><div><cite><a href="./viewtopic.php?p=90211#p90211">Lindale_Bob</a> wrote: <a href="#p90211">↑</a><span class="responsive-hide">Sat Mar 07,
2026 6:42 pm</span></cite>${paras[0]}</div></blockquote>${paras.slice(1).join('<br><br>')}`
      : paras.join('<br><br>');
  return `<div id="p${90211 + i}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${90211 + i}"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=${i + 40}"
class="username">${bUsers[i]}</a></dt><dd class="profile-rank">${bRanks[i]}</dd><dd class="profile-posts"><strong>Posts:</strong> <a
href="./search.php?author_id=${i + 40}&amp;sr=posts">${(bCounts[i] ?? '').replace('Posts: ', '')}</a></dd><dd class="profile-joined"><strong>Joined:</strong>
${(bJoined[i] ?? '').replace('Joined: ', '')}</dd></dl>
<div class="postbody"><div id="post_content${90211 + i}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="#p${90211 + i}">Re: Rebuilt signal box at Hollins
Cross</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${90211 + i}" title="Reply with quote"
class="button button-icon-only"><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${90211 + i}#p${90211 + i}" title="Post"><span class="sr-only">Post</span></a><span
class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${i + 40}" class="username">${bUsers[i]}</a></strong> » </span><time
datetime="2026-03-07T18:42:00+00:00">${bDates[i]}</time></p>
<div class="content">${content}</div>
${bSigs[i] ? `<div id="sig${90211 + i}" class="signature">${bSigs[i]}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><span class="sr-only">Top</span></a></div></div></div>
<hr class="divider">`;
};
const bHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1"><title>${bTitle} - Branchline Talk</title><link rel="canonical" href="https://forum.branchlinetalk.example/viewtopic.php?t=18824">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet"><link href="./assets/css/font-awesome.min.css" rel="stylesheet">
</head><body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo"
href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Branchline Talk</h1><p>Signalling, heritage lines and railway history</p>
<p class="skiplink"><a href="#start_here">Skip to content</a></p></div><div id="search-box" class="search-box search-header"
role="search"><form action="./search.php"
method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" title="Search for keywords" class="inputbox search tiny"
placeholder="Search…">
</fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links"
class="quick-links dropdown-container">
<a href="#" class="dropdown-trigger"><span>Quick links</span></a></li><li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help"
title="Frequently Asked
Questions" role="menuitem"><span>FAQ</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login"
role="menuitem"><span>Login</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register"
role="menuitem"><span>Register</span></a>
</li></ul><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList"><span class="crumb"><a href="./index.php" itemprop="item"><span itemprop="name">Board index</span></a></span>
<span class="crumb"><a href="./viewforum.php?f=4"><span itemprop="name">Heritage Railways</span></a></span><span class="crumb"><a
href="./viewforum.php?f=19"><span
itemprop="name">Signal Boxes and Signalling</span></a></span></li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=18824">${bTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=18824" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${[0, 1, 2, 3].map(bPost).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=18824" class="button"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=19" class="left-box arrow-left" accesskey="r"><span>Return to “Signal
Boxes and Signalling”</span></a></p><div class="jumpbox dropdown-container"><span class="button-secondary">Jump to</span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 7 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
class="nav-footer linklist">
<li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span></li><li class="rightside"><a
href="/ucp.php?mode=privacy">Privacy</a></li>
<li class="rightside"><a href="/ucp.php?mode=terms">Terms</a></li><li class="rightside"><a href="./memberlist.php?mode=team">The team</a></li>
<li class="rightside">All times are <span title="Europe/London">UTC</span></li></ul></div></div><div class="copyright">
<p class="footer-row"><span class="footer-copyright">Powered by
<a href="https://www.phpbb.example/">phpBB</a>® Forum Software © phpBB Limited</span></p></div></div>
</div><script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=112"></script><script
src="./styles/prosilver/template/forum_fn.js"></script></body></html>`;
const forum: TestPage = {
  name: 'heldout247-phpbb-prosilver-enthusiast-forum',
  kind: 'forum',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts(bBody),
  bylines: [...bUsers, ...bDates],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Branchline Talk', 'Signalling, heritage lines and railway history', 'Skip to content', 'Quick links', 'FAQ', 'Login', 'Register', 'Board index',
    'Heritage Railways', 'Signal Boxes and Signalling', 'Post Reply', '4 posts • Page 1 of 1', 'Established Member', 'Member', 'New Member',
    'Posts:', 'Joined:',
    'wrote:', '2114', '387',
    '5930', 'Tue Feb 12, 2013 8:11 pm', 'Fri Oct 05, 2018 7:02 pm', 'Sat Jan 21, 2012 4:48 pm', 'Mon Mar 02, 2026 9:30 am',
    'Re: Rebuilt signal box at Hollins Cross', 'Quote', 'Lindale Bob, photographing semaphores since 1979', 'Everything was better with oil lamps.',
    'Return to “Signal Boxes and Signalling”', 'Jump to', 'Who is online', 'Users browsing this forum: No registered users and 7 guests', 'Privacy',
    'Terms', 'The team', 'All times are UTC', 'Powered by phpBB® Forum Software © phpBB Limited',
  ],
};

const zTitle = 'Why does my trip plan show a walking leg instead of a bus?';
const zBody1 = [
  j(
    'Sometimes Wayline suggests walking part of your journey even though a bus runs along the same street. This is usually',
    'deliberate: the planner compares every option and picks the one that gets you there soonest, counting the time you would',
    'spend waiting at the stop.',
  ),
];
const zH = ['Common reasons', 'Change how much walking Wayline suggests', 'Still seeing odd results?'];
const zReasons = [
  'The next bus leaves after you could have walked there. If the bus is ten minutes away and the walk is eight, walking wins.',
  'The stop is in the wrong direction. Walking back to a stop and then riding forward can take longer than walking on.',
  'The bus does not accept transfers on your ticket type, so the planner avoids an extra fare.',
  'Real-time data shows the bus is delayed or the trip has been cancelled.',
];
const zSteps = [
  'Open Wayline and tap <strong>Settings</strong>.',
  'Tap <strong>Trip preferences</strong>, then <strong>Walking</strong>.',
  'Choose <strong>Less walking</strong>, <strong>Normal</strong> or <strong>More walking</strong>, or set a maximum walking distance.',
  'Go back to your trip and pull down to refresh the results.',
];
const zNote = j(
  'Choosing <strong>Less walking</strong> can give you trips that arrive later. Wayline will show a small clock icon next to',
  'any trip that is more than five minutes slower than the fastest option.',
);
const zStill = [
  j(
    'Walking times are worked out from an average walking speed of about 4.5 km/h, with extra time for steps, steep hills and',
    'busy crossings. If you walk more slowly or more quickly than this, you can change your walking speed on the same',
    'Walking screen, and all of your future trip plans will use it.',
  ),
  j(
    'If a trip plan suggests walking along a road with no footpath, or through a place that is closed at night, please tell us',
    'from the trip screen: tap the three dots, then <strong>Report a problem with this trip</strong>. Our data team checks every',
    'report and fixes the walking network in the next map update.',
  ),
];
const zSection = [
  'Why is my bus shown as "scheduled" instead of live?',
  'Saving home and work',
  'Planning a trip with a wheelchair or pram',
  'Why does my trip plan show a walking leg instead of a bus?',
];
const zRelated = ['How real-time arrivals work', 'Setting your fare type and discounts', 'Planning trips that arrive by a set time'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${zTitle} – Wayline Help Center</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta name="description" content="Sometimes Wayline suggests walking part of your
journey even though a bus runs along the same street."><link rel="canonical" href="https://help.wayline.example/hc/en-us/articles/8841203455761">
<link rel="stylesheet" media="all" href="//static.zdassets.example/hc/assets/application-1f9c.css"><link rel="stylesheet" type="text/css"
href="//theme.zdassets.example/theme_assets/9912031/style.css">
<script type="text/javascript">HelpCenter = {};HelpCenter.account = {"subdomain":"wayline","environment":"production","name":"Wayline"};
HelpCenter.user = {"identifier":"anon","role":"anonymous"};HelpCenter.internal = {"current_session":{"locale":"en-us"}};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theme.zdassets.example/logo.png"
alt="Wayline Help Center home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav"><ul class="user-nav-list"><li><a class="submit-a-request"
href="/hc/en-us/requests/new">Submit a
request</a></li><li><a class="sign-in" rel="nofollow" href="/hc/en-us/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">
<li title="Wayline Help Center"><a href="/hc/en-us">Wayline Help Center</a></li><li title="Planning trips"><a href="/hc/en-us/categories/40">Planning
trips</a></li>
<li title="Routes and results"><a href="/hc/en-us/sections/41">Routes and results</a></li></ol></nav><div class="search-container"><form role="search"
class="search" action="/hc/en-us/search"><input type="search" name="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3><div class="collapsible-sidebar-body"><ul>
${zSection
  .map(
    (t, i) => `<li><a href="/hc/en-us/articles/${i}"
class="sidenav-item${i === 3 ? ' current-article' : ''}">${t}</a></li>`,
  )
  .join('\n')}</ul></div></div>
</aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="/avatar/nell.png" alt="" class="user-avatar"></div><div class="article-meta">
<a href="/hc/en-us/profiles/411-Nell-Carrick">Nell Carrick</a><ul class="meta-group"><li class="meta-data"><time datetime="2026-01-14T09:12:44Z"
title="2026-01-14 09:12" data-datetime="relative">January 14, 2026 09:12</time></li><li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button" title="Opens a sign-in dialog" rel="nofollow" href="/hc/en-us/articles/8841203455761/subscription">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zBody1)}
<h2>${zH[0]}</h2>
<ul>${zReasons.map((r) => `<li>${r}</li>`).join('\n')}</ul>
<h2>${zH[1]}</h2>
<ol>${zSteps.map((r) => `<li>${r}</li>`).join('\n')}</ol>
<div class="callout callout--info"><p>${zNote}</p></div>
<h2>${zH[2]}</h2>
${ps(zStill)}
</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li><li><a href="#"
class="share-twitter">X Corp</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group"><button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful">Yes</button><button type="button"
class="button article-vote article-vote-down" aria-label="This article was not helpful">No</button></div><small class="article-votes-count"><span
class="article-vote-label">12 out of 17 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div><div class="article-return-to-top"><a
href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div data-recent-articles><section class="recent-articles"><h2>Recently viewed articles</h2><ul><li><a
href="/hc/a">Saving home and
work</a></li></ul></section></div><section class="related-articles"><h2 class="related-articles-title">Related
articles</h2><ul>${links(zRelated)}</ul></section>
</section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home"
href="/hc/en-us">Wayline Help Center</a><div class="footer-language-selector"><span>English (US)</span>
</div></div></footer>
<script src="//static.zdassets.example/hc/assets/en-us.1d0e.js"></script><script
src="//theme.zdassets.example/theme_assets/9912031/script.js"></script></body></html>`;
const help: TestPage = {
  name: 'heldout247-zendesk-trip-planner-help',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zH,
  body: texts([...zBody1, ...zReasons, ...zSteps, zNote, ...zStill]),
  bylines: ['Nell Carrick', 'January 14, 2026 09:12', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Wayline Help Center', 'Planning trips', 'Routes and results', 'Articles in this section',
    ...zSection.slice(0, 3), 'Follow', 'Facebook', 'X Corp', 'LinkedIn', 'Was this article helpful?', 'Yes', '12 out of 17 found this helpful',
    'Have more questions?', 'Return to top', 'Recently viewed articles', 'Related articles', ...zRelated, 'English (US)',
  ],
};

export const HELDOUT247_F: readonly TestPage[] = [forum, help];
