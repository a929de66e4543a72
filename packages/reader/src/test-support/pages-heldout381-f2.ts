import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout381-kit.js';

/**
 * Held-out batch 381, file f2: a phpBB (prosilver) buy-and-sell thread on an outdoor forum: navbar with quick links,
 * breadcrumbs, topic title, topic actions and pagination, five posts (the sale post, a question with a quote, the
 * seller's answer, an offer and the "sold" update) with post subjects, author lines, profile blocks and signatures,
 * the jump-to box, who-is-online and the footer.
 */
const bbTitle = '[FS] Dunmore Trek 2-burner stove, windshield and pans, £35 posted';
type Post = { id: number; user: string; date: string; posts: string; joined: string; paras: string[]; quote?: [string, string]; sig?: string };
const bbPosts: Post[] = [
  {
    id: 90211,
    user: 'fellwalker_73',
    date: 'Tue Mar 03, 2026 7:12 pm',
    posts: '1,204',
    joined: 'Sun Apr 09, 2017 8:41 am',
    paras: [
      j(
        'Clearing out the gear cupboard before the season starts. Up for sale is my Dunmore Trek two-burner gas stove, which has',
        'done about five summers of car camping and two canoe trips. Both burners light first time with the piezo, and the flame',
        'control is still fine enough to simmer porridge without welding it to the pan.',
      ),
      'Included in the price:',
      'The stove itself, with its clip-on lid that doubles as a windshield',
      'A separate folding aluminium windshield, slightly bent at one corner',
      'Two nesting pans with a lid and a gripper handle',
      'The original hose and regulator for the larger gas bottles',
      j(
        'No gas included, obviously. The enamel on the pan support has a few chips and there is some soot staining under the',
        'burners that will not scrub off. Photos are in the album linked below.',
      ),
      j(
        'Looking for 35 including postage to the mainland, or 25 if collected from Dunmere. Payment by bank transfer or PayPal',
        'friends and family from long-standing members only, sorry.',
      ),
    ],
    sig: 'Two feet, one map, no hurry.',
  },
  {
    id: 90215,
    user: 'moss_and_ember',
    date: 'Tue Mar 03, 2026 8:03 pm',
    posts: '196',
    joined: 'Fri Aug 22, 2025 6:15 pm',
    quote: ['fellwalker_73 wrote:', 'The original hose and regulator for the larger gas bottles'],
    paras: [
      j(
        'Is that the regulator for the blue bottles or the red ones? I have a half-full 4.5kg bottle from an old barbecue and',
        'would love to use it up. Also, does the stove fold flat enough to go behind the seats of a small hatchback?',
      ),
    ],
  },
  {
    id: 90219,
    user: 'fellwalker_73',
    date: 'Tue Mar 03, 2026 8:40 pm',
    posts: '1,205',
    joined: 'Sun Apr 09, 2017 8:41 am',
    paras: [
      j(
        'It is the screw-on type for the blue bottles, so it should fit yours. Folded, the stove is about 8cm deep, roughly the',
        'size of a large briefcase, and it has lived behind the seats of my own hatchback for years.',
      ),
    ],
    sig: 'Two feet, one map, no hurry.',
  },
  {
    id: 90224,
    user: 'moss_and_ember',
    date: 'Wed Mar 04, 2026 7:55 am',
    posts: '197',
    joined: 'Fri Aug 22, 2025 6:15 pm',
    paras: ['Great, I will take it please. Sending you a PM now with my address.'],
  },
  {
    id: 90240,
    user: 'fellwalker_73',
    date: 'Wed Mar 04, 2026 6:30 pm',
    posts: '1,207',
    joined: 'Sun Apr 09, 2017 8:41 am',
    paras: [j('Sold to the buyer above and posted this afternoon. Thanks all. Mods, please lock.')],
    sig: 'Two feet, one map, no hurry.',
  },
];
const bbCrumbs = ['Board index', 'Marketplace', 'For Sale'];
const bbJump = ['Trip reports', 'Gear talk', 'For Sale', 'Wanted', 'Swaps'];
const bbFoot = ['Privacy', 'Terms', 'Contact us', 'Delete cookies', 'All times are UTC'];
const bbPost = (p: Post, i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=${p.user.length}"
class="username">${p.user}</a></dt>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.user.length}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="./viewtopic.php?p=${p.id}#p${p.id}">${
  i === 0 ? bbTitle : `Re: ${bbTitle}`
}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only"><span>Quote</span></a>
</li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i><span class="sr-only">Post</span></a> <span class="responsive-hide">by <strong><a
href="./memberlist.php?mode=viewprofile&amp;u=${p.user.length}" class="username">${p.user}</a></strong> » </span><time
datetime="2026-03-03T19:12:00+00:00">${p.date}</time></p>
<div class="content">${p.quote ? `<blockquote><div><cite>${p.quote[0]}</cite>${p.quote[1]}</div></blockquote>` : ''}${renderParas(p.paras, i)}</div>
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><span class="sr-only">Top</span></a></div></div>
<hr class="divider">`;
function renderParas(paras: string[], i: number): string {
  if (i !== 0) return paras.join('<br>\n<br>\n');
  return `${paras[0] ?? ''}<br>\n<br>\n${paras[1] ?? ''}<br>\n<ul>${paras
    .slice(2, 6)
    .map((t) => `<li>${t}</li>`)
    .join('')}</ul>\n${paras.slice(6).join('<br>\n<br>\n')}<br>\n<br>\n<a href="https://photos.example/album/stove" class="postlink">Photo album</a>`;
}
const bbHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${bbTitle} - Hill &amp; Hollow Outdoor Forum</title><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://forum.hillandhollow.example/viewtopic.php?t=31877">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet"><link href="./assets/css/font-awesome.min.css" rel="stylesheet">
</head><body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Hill &amp; Hollow Outdoor Forum</h1>
<p>Walking, camping and paddling in the northern hills</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" class="inputbox search tiny" placeholder="Search…"></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container" data-skip-responsive="true"><a href="#" class="dropdown-trigger"><span>Quick links</span></a></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><span>FAQ</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><span>Login</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
${bbCrumbs
  .map(
    (c) => `<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
<span class="crumb"><a href="./viewforum.php">${c}</a></span></li>`,
  )
  .join('\n')}
</ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=31877">${bbTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=31877" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="search-box" role="search"><input class="inputbox search tiny" type="search" name="keywords" placeholder="Search this topic…"></div>
<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${bbPosts.map(bbPost).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=31877" class="button"><span>Post Reply</span></a>
<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=14" class="left-box arrow-left">Return to “For Sale”</a></p>
<div class="jumpbox dropdown-container"><span class="button-text">Jump to</span><ul class="dropdown-contents">${links(bbJump)}</ul></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><ul id="nav-footer" class="nav-footer linklist">
${links(bbFoot)}</ul></div><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by phpBB® Forum Software © phpBB
Limited</span></p></div></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=41"></script><script src="./styles/prosilver/template/forum_fn.js?assets_version=41">
</script></body></html>`;
export const phpbb: TestPage = {
  name: 'heldout381-phpbb-for-sale-thread',
  kind: 'forum',
  html: bbHtml,
  title: bbTitle,
  headings: [],
  body: texts(bbPosts.flatMap((p) => [...(p.quote ? [p.quote[1]] : []), ...p.paras])),
  bylines: [...new Set(bbPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hill & Hollow Outdoor Forum', 'Walking, camping and paddling in the northern hills', 'Skip to content', 'Quick links', 'FAQ', 'Login',
    'Register', ...bbCrumbs, 'Post Reply', '5 posts • Page 1 of 1', `Re: ${bbTitle}`, 'Quote', 'Posts:', 'Joined:',
    ...new Set(bbPosts.flatMap((p) => [p.posts, p.joined])), 'fellwalker_73 wrote:', 'Two feet, one map, no hurry.', 'Photo album', 'Top',
    'Return to “For Sale”', 'Jump to', 'Trip reports', 'Gear talk', 'Wanted', 'Swaps', 'Who is online',
    'Users browsing this forum: No registered users and 3 guests', ...bbFoot, 'Powered by phpBB® Forum Software © phpBB Limited',
  ],
};
