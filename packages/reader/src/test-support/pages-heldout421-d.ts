import { links, type TestPage, texts } from './page-kit.js';
import { summitRegister } from './pages-heldout421-d2.js';
import { j } from './pages-heldout421-kit.js';

/**
 * Held-out batch 421, file d: a phpBB (prosilver) climbing forum thread on a route's condition, where the posts are the body
 * (header with site description, quick links, breadcrumbs, topic tools, pagination, post profiles with ranks and post counts,
 * a quoted reply, signatures, the "Who is online" block and the footer) and, from file d2, a peak's summit register page.
 */
const pbTitle = 'Conditions on the Frostgate Couloir? Heading up Saturday';
const pbPosts: [string, string, string, string, string[]][] = [
  [
    'p88121',
    'kit_marrow',
    'Thu Feb 12, 2026 8:41 pm',
    'Apprentice',
    [
      j(
        'Planning on the Frostgate Couloir this Saturday with a partner, going in from the Lowgap trailhead. Has anyone been up',
        'since the warm spell last week? Mainly wondering whether the narrows still have ice or whether it has gone to bare rock.',
      ),
      'Also curious if the cornice at the top has been causing problems. Any beta appreciated.',
    ],
  ],
  [
    'p88124',
    'Odile Ferrant',
    'Thu Feb 12, 2026 9:57 pm',
    'Old Hand',
    [
      j(
        'We climbed it on Sunday. Lower couloir was firm névé, good step kicking. The narrows had a thin ribbon of ice on the left,',
        'maybe 20 cm wide, which was fine with two tools but would not take screws. We placed a nut in the crack on the right wall.',
      ),
      j(
        "The cornice was small and there is a gap on the climber's right where you can top out without tunnelling. Give the",
        'runnel below it a wide berth in the afternoon, stuff was sliding off the sun-facing side.',
      ),
    ],
  ],
  [
    'p88130',
    'kit_marrow',
    'Fri Feb 13, 2026 7:12 am',
    'Apprentice',
    ['Thin ice with no screws is exactly what I wanted to know. Did you bring pickets, or was the snow not worth it?'],
  ],
  [
    'p88133',
    'Halvor P',
    'Fri Feb 13, 2026 12:30 pm',
    'Mountain Goat',
    [
      j(
        'I was up there Wednesday. Temps dropped overnight on Tuesday and the narrows actually looked better than Odile describes,',
        'with a proper smear about half a metre wide. It will depend on what Friday does.',
      ),
      j(
        'One picket each was plenty. The snow in the upper bowl was wind-packed and took them well. Start early: we were at the',
        'narrows by seven and had the route to ourselves.',
      ),
      'Report back after, it would be good to have a fresh update on here for everyone.',
    ],
  ],
  [
    'p88141',
    'kit_marrow',
    'Sun Feb 15, 2026 6:05 pm',
    'Apprentice',
    [
      j(
        'Back down. Friday night froze hard and the narrows were in great shape, a solid smear the full width of the slot. We got',
        'two stubby screws in and a nut on the right wall. Snow in the upper bowl was firm, pickets went in well.',
      ),
      'Topped out through the gap on the right as Odile said. Thanks all, this thread saved us a wasted drive.',
    ],
  ],
];
const pbQuote = 'Did you bring pickets, or was the snow not worth it?';
const pbQuick = ['Quick links', 'FAQ', 'Login', 'Register'];
const pbCrumbs = ['Board index', 'Climbing', 'Ice and Mixed Conditions'];
const pbOnline = 'In total there are 47 users online :: 6 registered, 1 hidden and 40 guests';
const post = ([id, user, date, rank, paras]: [string, string, string, string, string[]], i: number): string => `<div id="${id}"
class="post has-profile bg${(i % 2) + 1}"><div class="inner"><dl class="postprofile" id="profile${id.slice(1)}"><dt class="has-profile-rank no-avatar">
<a href="./memberlist.php?mode=viewprofile&amp;u=${i + 40}" class="username">${user}</a></dt><dd class="profile-rank">${rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${i}">${[12, 1893, 12, 640, 12][i]}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${['Jan 2025', 'Mar 2014', 'Jan 2025', 'Nov 2019', 'Jan 2025'][i]}</dd></dl>
<div class="postbody"><div id="post_content${id.slice(1)}"><h3 ${i === 0 ? 'class="first"' : ''}>
<a href="#${id}">${i === 0 ? pbTitle : `Re: ${pbTitle}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${id.slice(1)}" title="Reply with quote" class="button button-icon-only">
<span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="#${id}" title="Post">by</a> <span class="responsive-hide"><strong><a href="#"
class="username">${user}</a></strong> » </span><time datetime="2026-02-12T20:41:00+00:00">${date}</time></p>
<div class="content">${i === 3 ? `<blockquote><div><cite>kit_marrow wrote: <a href="#p88130">↑</a></cite>${pbQuote}</div></blockquote>` : ''}
${paras.join('<br><br>\n')}</div>
${i === 1 ? '<div id="sig88124" class="signature">Slow is smooth, smooth is fast.</div>' : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div><hr class="divider">`;
const pbHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${pbTitle} - Highline Alpine Forum</title><link rel="canonical" href="https://forum.highline-alpine.example/viewtopic.php?t=22905">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet"><meta name="viewport" content="width=device-width, initial-scale=1">
</head><body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Highline Alpine Forum</h1>
<p>Trip reports, conditions and partners for the northern ranges</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" class="inputbox search tiny" placeholder="Search…"></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(pbQuick)}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs">
${pbCrumbs.map((c) => `<span class="crumb"><a href="./viewforum.php?f=${c.length}">${c}</a></span>`).join('\n')}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=22905">${pbTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=22905" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="dropdown-container dropdown-button-control topic-tools"><span title="Topic tools" class="button button-secondary dropdown-trigger">
Topic tools</span></div><div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${pbPosts.map(post).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=22905" class="button"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=9" class="left-box arrow-left" accesskey="r">
Return to “Ice and Mixed Conditions”</a></p></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar"><div class="inner"><ul id="nav-footer" class="nav-footer linklist">
<li class="rightside"><a href="./ucp.php?mode=delete_cookies">Delete cookies</a></li><li class="rightside">All times are <span title="UTC">UTC</span></li>
</ul></div></div><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by phpBB® Forum Software © phpBB Limited</span></p>
<p class="footer-row"><span>${pbOnline}</span></p></div></div></div>
<script src="./assets/javascript/core.js?assets_version=112"></script></body></html>`;
const phpbb: TestPage = {
  name: 'heldout421-phpbb-route-conditions-forum',
  kind: 'forum',
  html: pbHtml,
  title: pbTitle,
  headings: [],
  body: texts(pbPosts.flatMap((p) => p[4])),
  bylines: [...new Set(pbPosts.flatMap((p) => [p[1], p[2]]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Highline Alpine Forum', 'Trip reports, conditions and partners for the northern ranges', 'Skip to content', ...pbQuick, ...pbCrumbs,
    'Post Reply', 'Topic tools', '5 posts • Page 1 of 1', 'Apprentice', 'Old Hand', 'Mountain Goat', 'Posts:', 'Joined:',
    'Jan 2025', 'Mar 2014', 'Nov 2019', '1893', '640',
    'Quote', 'kit_marrow wrote:', 'Slow is smooth, smooth is fast.', 'Return to “Ice and Mixed Conditions”', 'Who is online',
    'Users browsing this forum: No registered users and 3 guests', 'Delete cookies', 'All times are UTC',
    'Powered by phpBB® Forum Software © phpBB Limited', pbOnline,
  ],
};

export const HELDOUT421_D: readonly TestPage[] = [phpbb, summitRegister];
