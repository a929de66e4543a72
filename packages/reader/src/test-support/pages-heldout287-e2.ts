import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout287-kit.js';

/**
 * Held-out batch 287, file e2: a baking forum thread on phpBB 3.3 with the prosilver style (header with the site name in the
 * h1 and its description, quick links, breadcrumbs, topic title in the h2, the topic action bar with "Post Reply", search
 * box and post count, posts with profiles, ranks, post subjects, "by ... »" lines, a quoted reply, signatures, "Top" links,
 * the jump box, "Who is online" and the footer with the timezone line and phpBB credit).
 */
const fTitle = 'Starter smells like nail polish remover, is it dead?';
const fPosts: [string, string, string, string[], string][] = [
  [
    'p40211',
    'crumbwise',
    'Mon Jan 12, 2026 8:14 am',
    [
      j(
        'My rye starter is about three weeks old and has been doubling happily within six hours. This week it suddenly smells',
        'sharp, like nail polish remover, and there is a grey liquid on top when I come back to it in the evening.',
      ),
      j(
        'I feed it once a day with equal weights of rye flour and water and keep it on the kitchen counter, which is cold at the',
        'moment because the heating is off during the day. Have I killed it? Should I start again?',
      ),
    ],
    'Baking in a drafty flat in Harrowgate since 2024',
  ],
  [
    'p40214',
    'OvenSpring',
    'Mon Jan 12, 2026 9:02 am',
    [
      j(
        'It is not dead, it is hungry. That acetone smell and the grey liquid (bakers call it hooch) are what a starter does when',
        'it has eaten all its food and is waiting for the next meal.',
      ),
      j(
        'Pour the liquid off, or stir it in if you like a sourer loaf, then feed it twice a day for a few days. I would also change',
        'the ratio: one part starter, five parts flour, five parts water gives it more to eat and dilutes the acid.',
      ),
    ],
    'Head baker, Mill Row Bakehouse',
  ],
  [
    'p40219',
    'crumbwise',
    'Tue Jan 13, 2026 7:45 pm',
    [
      j(
        'Thank you! I did two feeds a day at one to five to five and it doubled in about seven hours this morning. The smell is back to',
        'yoghurt and apples. I will keep it in the oven with just the light on while the flat is cold.',
      ),
    ],
    'Baking in a drafty flat in Harrowgate since 2024',
  ],
  [
    'p40226',
    'RyeAndShine',
    'Wed Jan 14, 2026 10:20 am',
    [
      j(
        'Glad it bounced back. One warning about the oven trick: put a note on the oven door. I have lost two starters and one very',
        'nice glass jar to someone preheating for a pizza without looking inside first.',
      ),
      j(
        'If you have a cool kitchen all winter, a small insulated box with a jar of warm water next to the starter works just as',
        'well and you cannot forget it is there.',
      ),
    ],
    'Rye, spelt and the occasional disaster',
  ],
];
const fQuote = 'It is not dead, it is hungry.';
const fQuick = ['Quick links', 'Unanswered topics', 'Active topics', 'Search', 'FAQ', 'Register', 'Login'];
const fCrumbs = ['Board index', 'Bread', 'Sourdough & Starters'];
const post = ([id, user, date, paras, sig]: [string, string, string, string[], string], n: number): string => `<div id="${id}" class="post has-profile
bg${n % 2 === 0 ? 2 : 1}"><div class="inner"><dl class="postprofile" id="profile${id.slice(1)}"><dt class="has-profile-rank no-avatar"><a
href="./memberlist.php?mode=viewprofile&amp;u=${n + 7}" class="username">${user}</a></dt><dd
class="profile-rank">${user === 'OvenSpring' ? 'Master Baker' : 'Proofing'}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a
href="./search.php?author_id=${n + 7}&amp;sr=posts">${user === 'OvenSpring' ? '2418' : '37'}</a></dd></dl>
<div class="postbody"><div id="post_content${id.slice(1)}"><h3 ${n === 0 ? 'class="first"' : ''}><a
href="#${id}">${n === 0 ? fTitle : `Re: ${fTitle}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${id.slice(1)}" title="Reply with quote" class="button button-icon-only"><i
class="icon fa-quote-left
fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${id.slice(1)}#${id}" title="Post"><span class="sr-only">Post</span></a> <span
class="responsive-hide">by
<strong><a href="./memberlist.php?mode=viewprofile&amp;u=${n + 7}" class="username">${user}</a></strong> » </span><time
datetime="2026-01-12T08:14:00+00:00">${date}</time></p>
<div class="content">${
  n === 2
    ? `<blockquote><div><cite>OvenSpring wrote: <span
class="responsive-hide">Mon Jan 12, 2026 9:02 am</span></cite>${fQuote}</div></blockquote>`
    : ''
}
${paras.join('<br><br>\n')}</div>
<div id="sig${id.slice(1)}" class="signature">${sig}</div></div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><span class="sr-only">Top</span></a></div></div></div>
<hr class="divider">`;
const fHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${fTitle} - Crumb &amp; Crust Forum</title><link rel="canonical" href="https://forum.crumbandcrust.example/viewtopic.php?t=8812">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo"
href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Crumb &amp; Crust Forum</h1><p>Home bakers talking bread, cakes and everything
in between</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><input name="keywords" id="keywords"
type="search" class="inputbox search tiny" placeholder="Search…"></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(fQuick, 'quick-links')}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">${fCrumbs
  .map(
    (c) => `<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span class="crumb"><a
href="#">${c.replace('&', '&amp;')}</a></span></li>`,
  )
  .join('\n')}</ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=8812">${fTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=8812" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="search-box" role="search"><input class="inputbox search tiny" type="search" placeholder="Search this topic…"></div>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${fPosts.map(post).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=8812" class="button"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=12" class="left-box arrow-left"
accesskey="r">Return to “Sourdough &amp;
Starters”</a></p><div class="jumpbox dropdown-container"><span class="button dropdown-trigger">Jump to</span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><ul id="nav-footer" class="nav-footer linklist"><li
class="rightside">All times are <span title="UTC">UTC</span></li><li><a href="./ucp.php?mode=delete_cookies">Delete cookies</a></li></ul></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by phpBB® Forum Software © phpBB Limited</span></p>
<p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy">Privacy</a> | <a class="footer-link"
href="./ucp.php?mode=terms">Terms</a></p>
</div></div></div><script src="./assets/javascript/core.js?assets_version=42"></script></body></html>`;
export const forum: TestPage = {
  name: 'heldout287-phpbb-baking-thread-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p[3])),
  bylines: [
    'crumbwise',
    'Mon Jan 12, 2026 8:14 am',
    'OvenSpring',
    'Mon Jan 12, 2026 9:02 am',
    'Tue Jan 13, 2026 7:45 pm',
    'RyeAndShine',
    'Wed Jan 14, 2026 10:20 am',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Crumb & Crust Forum', 'Home bakers talking bread, cakes and everything in between', 'Skip to content', ...fQuick, ...fCrumbs, 'Post Reply',
    '4 posts • Page 1 of 1', 'Master Baker', 'Proofing', 'Posts:', '2418', `Re: ${fTitle}`, 'Quote', 'Post', 'OvenSpring wrote:',
    'Baking in a drafty flat in Harrowgate since 2024', 'Head baker, Mill Row Bakehouse', 'Rye, spelt and the occasional disaster', 'Top',
    'Return to “Sourdough & Starters”', 'Jump to', 'Who is online',
    'Users browsing this forum: No registered users and 4 guests', 'All times are UTC', 'Delete cookies', 'Powered by phpBB® Forum Software © phpBB Limited',
    'Privacy', 'Terms',
  ],
};
