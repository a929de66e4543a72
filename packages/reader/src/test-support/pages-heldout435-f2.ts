import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout435-kit.js';

/**
 * Held-out batch 435, file f2: a member forum thread of a car owners' club on phpBB 3.3 with the prosilver style (the
 * board name as h1 in the headerbar, quick links and login bar, breadcrumbs, the topic title as h2, topic actions and
 * pagination, posts with profile columns, "Re:" subjects, a quote, signatures, "Who is online", jump box, footer and
 * the cookieconsent banner).
 */
const tTitle = 'Rough idle on a 1.8 Corsair when warm: ideas?';
type Post = { id: number; user: string; when: string; rank: string; posts: string; joined: string; paras: readonly string[]; quote?: string; sig?: string };
const posts: readonly Post[] = [
  {
    id: 40211,
    user: 'ambervale_mike',
    when: 'Sun Sep 14, 2025 9:12 am',
    rank: 'Club Member',
    posts: '212',
    joined: 'Tue Mar 08, 2016 7:20 pm',
    paras: [
      j(
        'My 1988 Corsair 1.8 GL idles perfectly from cold, but once the temperature gauge reaches the middle it starts to hunt',
        'between about 600 and 1,100 rpm and occasionally stalls at junctions. It drives fine once moving.',
      ),
      j(
        'So far I have fitted new plugs, leads, cap and rotor arm, cleaned the idle control valve and checked the vacuum pipes',
        'with a spray of carb cleaner. No change. The coolant temperature sensor reads about 300 ohms hot, which I think is',
        'right. Before I start buying parts at random, has anyone seen this on the single-point injection engine?',
      ),
    ],
    sig: '1988 Corsair 1.8 GL in Moonstone Blue · 1979 Corsair Estate (project)',
  },
  {
    id: 40215,
    user: 'Hendry',
    when: 'Sun Sep 14, 2025 11:47 am',
    rank: 'Technical Adviser',
    posts: '4,831',
    joined: 'Fri Jan 14, 2011 6:02 pm',
    paras: [
      j(
        'Classic symptom of an air leak at the throttle body base gasket. The gasket hardens with age and opens up when the',
        'alloy expands, so it behaves from cold and hunts when hot. Carb cleaner often misses it because the leak is underneath.',
      ),
      j(
        'Try this with the engine hot and idling: pinch the breather hose from the rocker cover and see whether the idle steadies.',
        'If it does, the leak is on the crankcase side instead. If not, a new base gasket is cheap and a half-hour job.',
      ),
    ],
    sig: 'Club technical adviser, Corsair and Prefect models. Please ask on the forum rather than by PM so everyone benefits.',
  },
  {
    id: 40230,
    user: 'ambervale_mike',
    when: 'Sat Sep 20, 2025 4:05 pm',
    rank: 'Club Member',
    posts: '212',
    joined: 'Tue Mar 08, 2016 7:20 pm',
    quote: 'a new base gasket is cheap and a half-hour job',
    paras: [
      j(
        'It was more like an hour and a half, thanks to one seized stud, but you were spot on. The old gasket was cracked right',
        'across the rear edge. With the new one fitted it now idles at a steady 850 hot and has not stalled once in a week.',
      ),
      'Thank you. I will mark this one as solved for anyone who finds it in a search later.',
    ],
    sig: '1988 Corsair 1.8 GL in Moonstone Blue · 1979 Corsair Estate (project)',
  },
  {
    id: 40236,
    user: 'Lenka_T',
    when: 'Sun Sep 21, 2025 8:30 am',
    rank: 'New Member',
    posts: '9',
    joined: 'Wed Jul 02, 2025 9:15 pm',
    paras: [
      j(
        'Saving this thread. Mine does something similar, but only after a long motorway run. The club shop lists the gasket',
        'under the injection section, part number 19 in the parts book, if anyone else is looking.',
      ),
    ],
  },
];
const post = (p: Post, i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div><a
href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 97}" class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.id % 97}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="#p${p.id}">${i === 0 ? tTitle : `Re: ${tTitle}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only"><i class="icon
fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 97}"
class="username">${p.user}</a></strong> » </span><time datetime="2025-09-14T08:12:00+00:00">${p.when}</time></p>
<div class="content">${p.quote ? `<blockquote><div><cite>Hendry wrote:</cite>${p.quote}</div></blockquote>\n` : ''}${p.paras.join('<br>\n<br>\n')}</div>
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span
class="sr-only">Top</span></a></div></div></div><hr class="divider">`;
const fHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1"><title>${tTitle} - Ambervale Owners Club Forum</title><link rel="canonical" href="https://forum.ambervaleclub.example/viewtopic.php?t=6120">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet"><link
href="./assets/cookieconsent/cookieconsent.min.css?assets_version=42"
rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo"
href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Ambervale Owners Club Forum</h1><p>For owners of Ambervale cars built
1961 to 1994</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords"
id="keywords" type="search" class="inputbox search tiny" placeholder="Search…"></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links" class="quick-links
dropdown-container responsive-menu"><a href="#" class="dropdown-trigger"><span>Quick links</span></a></li>
<li><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><span>FAQ</span></a></li>
<li class="rightside"><a href="./ucp.php?mode=login" title="Login" role="menuitem"><span>Login</span></a></li><li class="rightside"><a
href="./ucp.php?mode=register" role="menuitem"><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">
<span class="crumb"><a href="https://www.ambervaleclub.example" data-navbar-reference="home"><span>Club website</span></a></span><span class="crumb"><a
href="./index.php" accesskey="h" data-navbar-reference="index"><span>Board index</span></a></span><span class="crumb"><a
href="./viewforum.php?f=4"><span>Technical
Help</span></a></span><span class="crumb"><a href="./viewforum.php?f=11"><span>Corsair 1975 to 1994</span></a></span></li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=6120">${tTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=6120" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="search-box" role="search"><input class="inputbox search tiny" type="search" name="keywords" placeholder="Search this topic…"></div>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${posts.map(post).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=6120" class="button"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=11" class="left-box arrow-left" accesskey="r"><span>Return to
“Corsair 1975 to 1994”</span></a></p><div class="jumpbox dropdown-container"><span class="button dropdown-trigger"><span>Jump to</span></span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer
linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php"><span>Board index</span></a></span></li><li class="rightside">All
times are <span title="UTC+1">UTC+01:00</span></li><li class="rightside"><a href="./ucp.php?mode=delete_cookies"><span>Delete cookies</span></a></li>
<li class="rightside"><a href="./memberlist.php?mode=contactadmin"><span>Contact us</span></a></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.example/">phpBB</a>® Forum Software ©
phpBB Limited</span></p><p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy"><span>Privacy</span></a> | <a
class="footer-link" href="./ucp.php?mode=terms"><span>Terms</span></a></p></div></div></div>
<div class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom" role="dialog" aria-label="cookieconsent"><span class="cc-message">This website uses
cookies to ensure you get the best experience on our website. <a class="cc-link" href="./ucp.php?mode=privacy">Learn more</a></span><div
class="cc-compliance"><a class="cc-btn cc-dismiss" role="button">Got it!</a></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=42"></script><script
src="./styles/prosilver/template/forum_fn.js?assets_version=42"></script>
</body></html>`;
export const forum: TestPage = {
  name: 'heldout435-phpbb-prosilver-forum',
  kind: 'forum',
  html: fHtml,
  title: tTitle,
  headings: [],
  body: texts(posts.flatMap((p) => [...(p.quote ? [p.quote] : []), ...p.paras])),
  bylines: ['ambervale_mike', 'Hendry', 'Lenka_T', ...posts.map((p) => p.when)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ambervale Owners Club Forum', 'For owners of Ambervale cars built 1961 to 1994', 'Skip to content', 'Quick links', 'FAQ', 'Login', 'Register',
    'Club website', 'Board index', 'Technical Help', 'Corsair 1975 to 1994', 'Post Reply', '4 posts • Page 1 of 1', 'Club Member', 'Technical Adviser',
    'New Member', 'Posts:', 'Joined:', ...posts.map((p) => p.joined), '4,831', '212', `Re: ${tTitle}`, 'Quote', 'Hendry wrote:',
    ...posts.flatMap((p) => (p.sig ? [p.sig] : [])), 'Return to “Corsair 1975 to 1994”', 'Jump to', 'Who is online',
    'Users browsing this forum: No registered users and 3 guests', 'All times are UTC+01:00', 'Delete cookies', 'Contact us',
    'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
    'This website uses cookies to ensure you get the best experience on our website.', 'Learn more', 'Got it!',
  ],
};
