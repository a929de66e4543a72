import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 227, file f2: a county cricket supporters' forum thread on phpBB 3.3 with the prosilver style (the
 * header with the board's name and description, "Skip to content", the header search, "Quick links" with its dropdown,
 * "FAQ", "Register" and "Login", the breadcrumbs, the topic title h2, the action bar with "Post Reply", topic tools and the
 * topic search, the post count and page line, each post's profile column with rank, post count, join date and location,
 * the "Re:" subject h3 of each post, the quote button, "by ... » time" lines, a quoted post, signatures, "Top" links, the
 * bottom action bar with "Return to" and "Jump to", "Who is online" and the footer with "Delete cookies" and the phpBB
 * credit line).
 */
const fmTitle = 'Pennington v Ridgefield, Larchfield Road, 13-16 July';
interface Post {
  id: number;
  user: string;
  rank: string;
  posts: string;
  joined: string;
  location: string;
  when: string;
  paras: string[];
  quote?: { user: string; text: string };
  sig?: string;
}
const fmPosts: Post[] = [
  {
    id: 88121,
    user: 'OldPavilionEnd',
    rank: 'Committee Member',
    posts: '6184',
    joined: 'Sat Apr 12, 2008 9:02 pm',
    location: 'Ridgefield',
    when: 'Wed Jul 16, 2025 1:41 pm',
    paras: [
      '201 for 4 at eleven o’clock, 239 all out by quarter to twelve. I have watched this club for forty years and I am still ' +
        'capable of being surprised by how quickly it can go.',
      'Credit to Hollins, he bowled a proper spell, full and straight. But Varley playing across the line to a full ball with ' +
        'the new ball swinging is not a captain’s shot.',
    ],
    sig: 'Member since 1984. Still waiting for that Championship.',
  },
  {
    id: 88124,
    user: 'seamupfront',
    rank: 'First XI',
    posts: '1322',
    joined: 'Mon Mar 02, 2015 7:18 pm',
    location: 'Harlow Bridge',
    when: 'Wed Jul 16, 2025 1:58 pm',
    paras: [
      'Same story as Eastmarsh away and the Colderwell game. Fourth time this season the last five have gone for under forty. ' +
        'The tail is just not good enough with the bat, and it is costing us 30 or 40 runs an innings.',
    ],
  },
  {
    id: 88130,
    user: 'Gill_in_the_gully',
    rank: 'Second XI',
    posts: '348',
    joined: 'Thu Jun 20, 2019 10:44 am',
    location: 'Clayford',
    when: 'Wed Jul 16, 2025 2:20 pm',
    quote: { user: 'seamupfront', text: 'The tail is just not good enough with the bat' },
    paras: [
      'To be fair, the tail is three seamers who have bowled 80 overs a week since April. I would rather they were fresh with ' +
        'the ball than spending winters in the nets.',
      'The real problem is the top six getting in and not going on. Pickard made 84 and nobody else passed 40.',
    ],
  },
  {
    id: 88137,
    user: 'OldPavilionEnd',
    rank: 'Committee Member',
    posts: '6184',
    joined: 'Sat Apr 12, 2008 9:02 pm',
    location: 'Ridgefield',
    when: 'Wed Jul 16, 2025 3:05 pm',
    paras: [
      'Fair point Gill. Bhatt said in the press after that they are looking at it, for what that is worth. Botha arrives next ' +
        'week and he can hold a bat, so maybe that helps at eight.',
    ],
    sig: 'Member since 1984. Still waiting for that Championship.',
  },
  {
    id: 88151,
    user: 'TeaIntervalTony',
    rank: 'Net Bowler',
    posts: '57',
    joined: 'Sun May 04, 2025 6:30 pm',
    location: 'Pennington (sorry)',
    when: 'Wed Jul 16, 2025 6:47 pm',
    paras: [
      'Pennington member lurking here. For what it’s worth your lot bowled really well on the last afternoon and we were ' +
        'very nervous at 88 for 5. Mehra is a fine spinner. Good luck at Eastmarsh.',
    ],
  },
  {
    id: 88163,
    user: 'seamupfront',
    rank: 'First XI',
    posts: '1322',
    joined: 'Mon Mar 02, 2015 7:18 pm',
    location: 'Harlow Bridge',
    when: 'Wed Jul 16, 2025 8:12 pm',
    paras: [
      'Cheers Tony, that is decent of you. Your Dawar played a lovely innings, we just could not get the ball past the bat once he ' + 'was in.',
      'For the Eastmarsh game I would play Mehra and both spinners if the pitch is as dry as last year. Seventh with six games ' +
        'left is not a disaster, but another collapse like that and we are looking over our shoulders at the bottom two. Anyone ' +
        'going up on the Tuesday? I have two seats in the car from the Harlow Bridge end.',
    ],
  },
];
const fmQuick = ['Quick links', 'Unanswered topics', 'Active topics', 'Search', 'The team'];
const fmCrumbs = ['Board index', 'First XI Cricket'];
const fmFoot = ['Contact us', 'Delete cookies', 'All times are UTC+01:00', 'Privacy', 'Terms'];
const fmPost = (p: Post, i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.posts}" class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.posts}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd><dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong>
${p.location}</dd>
</dl><div class="postbody"><div id="post_content${p.id}"><h3${i === 0 ? ' class="first"' : ''}><a href="./viewtopic.php?p=${p.id}#p${p.id}">${
  i === 0 ? fmTitle : `Re: ${fmTitle}`
}</a></h3><ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i>
<span class="sr-only">Post</span></a> <span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.posts}"
class="username">${p.user}</a>
</strong> » </span><time datetime="2025-07-16T12:00:00+00:00">${p.when}</time></p>
<div class="content">${
  p.quote
    ? `<blockquote><div><cite><a href="./viewtopic.php?p=88124#p88124">${p.quote.user}</a> wrote: <a href="./viewtopic.php?p=88124#p88124" data-post-id="88124"
onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a></cite>${p.quote.text}</div></blockquote>\n`
    : ''
}${p.paras.join('<br>\n<br>\n')}</div>
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span
class="sr-only">Top</span></a>
</div></div></div><hr class="divider">`;
const fmBar = (
  where: string,
): string => `<div class="action-bar bar-${where}"><a href="./posting.php?mode=reply&amp;t=4411" class="button" title="Post a reply">
<span>Post Reply</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>${
  where === 'top'
    ? `<div class="dropdown-container dropdown-button-control topic-tools"><span title="Topic tools" class="button button-secondary dropdown-trigger
dropdown-select"><i class="icon fa-wrench fa-fw" aria-hidden="true"></i><span class="caret"></span></span><div class="dropdown"><ul class="dropdown-contents">
<li><a href="./viewtopic.php?t=4411&amp;view=print" title="Print view" accesskey="p"><i class="icon fa-print fa-fw" aria-hidden="true"></i><span>Print
view</span></a></li>
</ul></div></div><div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php"><fieldset>
<input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="Search this topic…"></fieldset></form></div>`
    : ''
}<div class="pagination">6 posts • Page <strong>1</strong> of <strong>1</strong></div></div>`;
const fmHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${fmTitle} - Ridgefield Supporters’ Forum</title>
<link rel="alternate" type="application/atom+xml" title="Feed - Ridgefield Supporters’ Forum" href="/app.php/feed">
<link rel="canonical" href="https://forum.ridgefieldsupporters.example/viewtopic.php?t=4411">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Ridgefield Supporters’ Forum</h1>
<p>The independent forum for supporters of Ridgefield County Cricket Club</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" placeholder="Search…">
<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span
class="sr-only">Search</span></button>
<a href="./search.php" class="button button-search-end" title="Advanced search"><i class="icon fa-cog fa-fw" aria-hidden="true"></i><span
class="sr-only">Advanced search</span>
</a></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger">
<i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>${fmQuick[0]}</span></a><div class="dropdown"><div class="pointer"><div
class="pointer-inner"></div></div>
<ul class="dropdown-contents" role="menu">${fmQuick
  .slice(1)
  .map((t) => `<li><a href="./search.php" role="menuitem"><span>${t}</span></a></li>`)
  .join('')}</ul></div></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><span>FAQ</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><span>Login</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">
<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a href="./index.php" itemprop="item" accesskey="h"><span
itemprop="name">${fmCrumbs[0]}</span></a></span> <span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope>
<a href="./viewforum.php?f=2" itemprop="item"><span itemprop="name">${fmCrumbs[1]}</span></a></span></li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=4411">${fmTitle}</a></h2>
${fmBar('top')}
${fmPosts.map(fmPost).join('\n')}
${fmBar('bottom')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=2" class="left-box arrow-left" accesskey="r">
<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to “First XI Cricket”</span></a></p>
<div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox"><span title="Jump to"
class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span><span class="caret"></span></span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
class="nav-footer linklist">
<li class="breadcrumbs"><span class="crumb"><a href="./index.php"><span>Board index</span></a></span></li>
<li class="rightside"><a href="./memberlist.php?mode=contactadmin" role="menuitem"><span>${fmFoot[0]}</span></a></li>
<li class="rightside"><a href="./ucp.php?mode=delete_cookies" role="menuitem"><span>${fmFoot[1]}</span></a></li>
<li class="rightside"><span>${fmFoot[2]}</span></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB
Limited</span></p>
<p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" role="menuitem"><span class="footer-link-text">${fmFoot[3]}</span></a> |
<a class="footer-link" href="./ucp.php?mode=terms" role="menuitem"><span class="footer-link-text">${fmFoot[4]}</span></a></p></div></div></div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=42"></script><script src="./assets/javascript/core.js?assets_version=42"></script>
</body></html>`;
export const cricketForum: TestPage = {
  html: fmHtml,
  name: 'heldout227-county-cricket-supporters-forum',
  kind: 'forum',
  // every post paragraph is body; names and post times are bylines; the quoted post is in neither list; the "Re:" subject
  // h3s, ranks, post counts, join dates, locations (the "Location:" lines) and signatures are furniture; the first post's
  // subject repeats the title
  title: fmTitle,
  headings: [],
  body: fmPosts.flatMap((p) => p.paras),
  bylines: [...new Set(fmPosts.flatMap((p) => [p.user, p.when]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ridgefield Supporters’ Forum', 'The independent forum for supporters of Ridgefield County Cricket Club',
    'Skip to content', 'Advanced search', ...fmQuick,
    'FAQ', 'Login', 'Register', ...fmCrumbs, 'Post Reply', 'Print view', '6 posts • Page 1 of 1', `Re: ${fmTitle}`, 'Quote', 'Post', 'Top',
    ...new Set(fmPosts.flatMap((p) => [p.rank, `Posts: ${p.posts}`, `Joined: ${p.joined}`, `Location: ${p.location}`])),
    ...new Set(fmPosts.flatMap((p) => (p.sig ? [p.sig] : []))), 'Return to “First XI Cricket”', 'Jump to', 'Who is online',
    'Users browsing this forum: No registered users and 4 guests', ...fmFoot, 'Powered by phpBB® Forum Software © phpBB Limited',
  ],
};
