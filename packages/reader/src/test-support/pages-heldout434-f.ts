import { links, type TestPage, texts } from './page-kit.js';
import { fandom } from './pages-heldout434-f2.js';
import { j } from './pages-heldout434-kit.js';

/**
 * Held-out batch 434, file f: a fossil-hunting forum thread on phpBB 3.3 (prosilver: header with site description and
 * quick links, nav breadcrumbs, topic title, action bar with reply button and page count, posts with author profiles,
 * post dates, a quote inside a reply, signatures, an attachment caption, "Return to" link and jumpbox, "Who is online",
 * cookie notice, footer with "Powered by phpBB") and, from file f2, a Fandom wiki page about a fault line.
 */
const fTitle = 'Ammonite ID from the Kelby shore - Harpoceras?';
const fPosts: { user: string; date: string; paras: string[] }[] = [
  {
    user: 'shalebeach',
    date: 'Sat Feb 14, 2026 6:12 pm',
    paras: [
      j(
        'Found this on the foreshore below Kelby cliffs this afternoon, loose in a block of grey shale that had come down in the',
        'January storms. About 6 cm across, quite flattened, with a keel and sickle-shaped ribs.',
      ),
      j(
        'My first thought was Harpoceras, but a friend says it could be Hildoceras. I have put two photos below, one of each side.',
        'Any help with the ID much appreciated, and tips on cleaning it up without wrecking the shell.',
      ),
    ],
  },
  {
    user: 'Tom Vellacott',
    date: 'Sat Feb 14, 2026 8:47 pm',
    paras: [
      j(
        'Nice find. The sickle ribs and the sharp keel do point to the Harpoceratinae. Hildoceras would normally have a groove on',
        'each side of the keel and a spiral groove along the middle of the flank, and I cannot see either on yours.',
      ),
      j(
        'Which bed did the block come from? If it is the grey shales just above the jet rock, Harpoceras falciferum is by far the',
        'most common thing in them.',
      ),
    ],
  },
  {
    user: 'shalebeach',
    date: 'Sun Feb 15, 2026 9:03 am',
    paras: [
      j('Thanks Tom. It was below the jet rock band as far as I can tell, but the block had rolled a bit so I cannot be sure.', 'Would that change things?'),
    ],
  },
  {
    user: 'mudstone_mo',
    date: 'Sun Feb 15, 2026 11:30 am',
    paras: [
      j(
        'For cleaning, do not use water on that shale, it will split along the bedding as it dries. Let it dry slowly indoors for',
        'a couple of weeks, then use a scalpel or a fine needle under a lamp. A coat of thin consolidant afterwards will stop it',
        'flaking.',
      ),
      'And yes, Harpoceras would be my guess too. Lovely specimen for the Kelby shore, most of them there are crushed flat.',
    ],
  },
];
const fAttach = `<dl class="attachbox"><dt>Attachments</dt><dd><dl class="file"><dt class="attach-image">
<img src="./download/file.php?id=881" alt="kelby-ammonite-1.jpg"></dt><dd>Side one, scale bar 1 cm</dd></dl></dd></dl>`;
const fQuote = 'Which bed did the block come from?';
const fLinks = ['FAQ', 'Members', 'The team', 'Search'];
const fCrumbs = ['Board index', 'Finds and Identification', 'Ammonites'];
const fFoot = ['Privacy', 'Terms', 'Delete cookies', 'All times are UTC'];
const post = (p: { user: string; date: string; paras: string[] }, i: number): string => `<div id="p${2210 + i}" class="post has-profile bg${(i % 2) + 1}">
<div class="inner"><dl class="postprofile" id="profile${2210 + i}"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=${
  40 + i
}" class="username">${p.user}</a></dt><dd class="profile-rank">${i === 1 ? 'Moderator' : 'Member'}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${40 + i}">${[14, 2381, 14, 566][i] ?? 1}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${i === 1 ? 'Mar 2011' : 'Jan 2026'}</dd></dl>
<div class="postbody"><div id="post_content${2210 + i}"><h3${i === 0 ? ' class="first"' : ''}>
<a href="#p${2210 + i}">${i === 0 ? fTitle : `Re: ${fTitle}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${2210 + i}" title="Reply with quote" class="button button-icon-only">
<span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="#p${2210 + i}" title="Post"><span class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a
href="#" class="username">${p.user}</a></strong> » </span><time datetime="2026-02-14T18:12:00+00:00">${p.date}</time></p>
<div class="content">${i === 2 ? `<blockquote><div><cite>Tom Vellacott wrote:</cite>${fQuote}</div></blockquote>` : ''}${p.paras.join('<br><br>')}</div>
${i === 0 ? fAttach : ''}
${i === 1 ? '<div id="sig2211" class="signature">Kelby Fossil Club - guided foreshore walks every second Sunday</div>' : ''}
</div></div></div></div><hr class="divider">`;
const fHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${fTitle} - Kelby Fossil Forum</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<link href="./assets/css/font-awesome.min.css?assets_version=41" rel="stylesheet">
<link rel="canonical" href="https://forum.kelbyfossils.example/viewtopic.php?t=1187"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Kelby Fossil Forum</h1>
<p>Collecting, identifying and preparing fossils from the Kelby coast and beyond</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords"
id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" placeholder="Search…"></fieldset></form></div>
</div></div><div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu"><a href="#" class="dropdown-trigger"><span>Quick links</span></a></li>
${links(fLinks)}<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem">Login</a></li>
<li class="rightside"><a href="./ucp.php?mode=register" role="menuitem">Register</a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${fCrumbs
  .map(
    (c) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a href="#" itemprop="item"><span
itemprop="name">${c}</span></a></span>`,
  )
  .join('\n')}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=1187">${fTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=1187" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${fPosts.map(post).join('\n')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=7" class="left-box arrow-left" accesskey="r"><span>Return to
“Ammonites”</span></a></p><div class="jumpbox dropdown-container"><span class="button">Jump to</span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><ul id="nav-footer" class="nav-footer linklist">
${links(fFoot)}</ul></div><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>®
Forum Software © phpBB Limited</span></p></div></div></div>
<div class="cookie-notice"><p>This board uses cookies to keep you logged in. <a href="./ucp.php?mode=privacy">Learn more</a></p>
<a class="button">Got it</a></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=41"></script><script src="./assets/javascript/core.js?assets_version=41">
</script></body></html>`;
const phpbb: TestPage = {
  name: 'heldout434-phpbb-fossil-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(fPosts.map((p) => p.user))].concat(fPosts.map((p) => p.date)),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kelby Fossil Forum', 'Collecting, identifying and preparing fossils from the Kelby coast and beyond', 'Skip to content', 'Quick links', ...fLinks,
    'Login', 'Register', ...fCrumbs, 'Post Reply', '4 posts • Page 1 of 1', 'Quote', 'Moderator', 'Member', 'Posts:', 'Joined:', 'Mar 2011', 'Jan 2026',
    'Tom Vellacott wrote:', 'Attachments', 'Side one, scale bar 1 cm', 'Kelby Fossil Club - guided foreshore walks every second Sunday',
    'Return to “Ammonites”', 'Jump to', 'Who is online', 'Users browsing this forum: No registered users and 3 guests', ...fFoot,
    'Powered by phpBB® Forum Software © phpBB Limited', 'This board uses cookies to keep you logged in.', 'Learn more', 'Got it',
  ],
};

export const HELDOUT434_F: readonly TestPage[] = [phpbb, fandom];
