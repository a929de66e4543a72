import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout242-kit.js';

/**
 * Held-out batch 242, file f2: a DIY interiors forum thread on phpBB 3.3 with the prosilver style (site description header,
 * quick links and notifications bar, breadcrumbs, topic actions and search box, pagination, four posts with their profile
 * columns, author lines, post buttons and signatures, "Return to" link, jump box, "Who is online" block, footer with the
 * board index, cookie notice and "Powered by phpBB").
 */
const fTitle = 'Damp patch on chimney breast after removing fireplace - what did I do wrong?';
const posts: { id: number; user: string; rank: string; posts: string; joined: string; date: string; paras: string[]; sig?: string }[] = [
  {
    id: 48211,
    user: 'HollyWren',
    rank: 'New member',
    posts: '4',
    joined: 'Sun Feb 01, 2026 6:02 pm',
    date: 'Sat Mar 07, 2026 9:14 am',
    paras: [
      j(
        'We took out an old gas fire and its surround in the back bedroom last month and plastered over the opening. Two weeks later',
        'a brown damp patch about the size of a dinner plate has come through on the chimney breast, just above where the fire was.',
      ),
      j(
        'The chimney is capped on the roof, the plaster is bone dry everywhere else, and there is no sign of water in the loft. Did',
        'we need to leave a vent in the breast? Any advice before I start hacking it all off again would be appreciated.',
      ),
    ],
  },
  {
    id: 48215,
    user: 'Dunmore_Plastering',
    rank: 'Trade member',
    posts: '2871',
    joined: 'Wed Jun 14, 2017 8:40 am',
    date: 'Sat Mar 07, 2026 10:02 am',
    paras: [
      j(
        'Classic problem. When you seal a flue completely top and bottom there is no air moving through it, so any moisture in the',
        'brickwork condenses inside and soaks through to the room side. Old flues are also full of soot and tar salts, which draw',
        'moisture out of the air and leave brown stains exactly like the one you describe.',
      ),
      'Two things to do:',
      '1. Fit a vent in the chimney breast, ideally at the bottom, so air can flow up to a vented cap at the top.',
      j(
        '2. Cut back the stained plaster, seal the area with a stain block or salt-neutralising primer, then replaster with a',
        'breathable finish. If you just paint over it the stain will come back.',
      ),
    ],
    sig: 'Plastering and rendering, Westmarsh and surrounding areas. 25 years in the trade.',
  },
  {
    id: 48230,
    user: 'HollyWren',
    rank: 'New member',
    posts: '4',
    joined: 'Sun Feb 01, 2026 6:02 pm',
    date: 'Sat Mar 07, 2026 1:47 pm',
    paras: [
      j(
        'Thank you, that makes sense. I have just been up in the loft with a torch and the cap is one of the solid clay ones with no',
        'holes at all. So nothing can move at either end.',
      ),
      'Is a hooded vented cap something I can fit myself or does it need a roofer?',
    ],
  },
  {
    id: 48236,
    user: 'greg_at_no9',
    rank: 'Regular',
    posts: '612',
    joined: 'Mon Oct 03, 2022 7:21 pm',
    date: 'Sat Mar 07, 2026 3:30 pm',
    paras: [
      j(
        'Had exactly the same in our 1930s semi. Vent at the bottom plus a vented cowl on the pot fixed it within a winter. Please',
        'get a roofer with proper access for the pot, it was about £180 for ours including scaffold tower, far cheaper than falling off.',
      ),
      'Also leave it a couple of weeks to dry out fully before you replaster, otherwise you are sealing the damp back in.',
    ],
    sig: 'Slowly renovating a house that does not want to be renovated.',
  },
];
const fNav = ['Quick links', 'FAQ', 'Login', 'Register'];
const fCrumbs = ['Board index', 'Interiors', 'Walls, Plastering &amp; Damp'];
const fWho = 'Users browsing this forum: No registered users and 11 guests';
const fFoot = ['Board index', 'Contact us', 'The team', 'Delete cookies', 'All times are UTC'];
const post = (p: (typeof posts)[number], i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}">
<div class="inner"><dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id}"
class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.id}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3 class="${i === 0 ? 'first' : ''}"><a href="#p${p.id}">${i === 0 ? '' : 'Re: '}${fTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">
<span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><span class="sr-only">Post</span></a><span class="responsive-hide">by
<strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id}" class="username">${p.user}</a></strong> » </span>${p.date}</p>
<div class="content">${p.paras.join('<br>\n<br>\n')}</div>
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div>
<hr class="divider" />`;
const fHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${fTitle} - Hearth &amp; Trowel DIY Forum</title><link href="./styles/prosilver/theme/stylesheet.css?assets_version=44" rel="stylesheet">
<link rel="canonical" href="https://forum.hearthandtrowel.example/viewtopic.php?t=9917"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a>
<h1>Hearth &amp; Trowel DIY Forum</h1><p>Home improvement help from people who have made the mistakes first</p>
<p class="skiplink"><a href="#start_here">Skip to content</a></p></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(fNav, 'quick-links')}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">${links(fCrumbs, 'breadcrumbs')}</ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=9917">${fTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=9917" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="search-box" role="search"><input class="inputbox search tiny" type="search" name="keywords" placeholder="Search this topic…"></div>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${posts.map(post).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=9917" class="button"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=12" class="left-box arrow-left" accesskey="r">Return to
“Walls, Plastering &amp; Damp”</a></p><div class="jumpbox dropdown-container"><span class="button">Jump to</span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>${fWho}</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><ul>${links(fFoot)}</ul></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB
Limited</span></p></div></div></div>
<div id="phpbb_alert" class="phpbb_alert"><p>This board uses cookies to keep you logged in and to remember your settings.</p></div>
<script src="./assets/javascript/core.js?assets_version=44"></script></body></html>`;
export const forum: TestPage = {
  name: 'heldout242-phpbb-diy-interiors-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(posts.flatMap((p) => p.paras)),
  bylines: [...new Set(posts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hearth & Trowel DIY Forum', 'Home improvement help from people who have made the mistakes first', 'Skip to content', ...fNav,
    ...texts(fCrumbs), 'Post Reply', '4 posts • Page 1 of 1', `Re: ${fTitle}`, 'Quote', 'New member', 'Trade member', 'Regular', 'Posts:', 'Joined:',
    ...new Set(posts.map((p) => p.joined)), '2871', '612', ...posts.flatMap((p) => (p.sig ? [p.sig] : [])), 'Top', 'Return to “Walls, Plastering & Damp”',
    'Jump to', 'Who is online', fWho, 'Contact us', 'The team', 'Delete cookies', 'All times are UTC', 'Powered by phpBB® Forum Software © phpBB Limited',
    'This board uses cookies to keep you logged in and to remember your settings.',
  ],
};
