import { links, type TestPage, texts } from './page-kit.js';
import { adwAccount } from './pages-heldout331-f2.js';
import { j } from './pages-heldout331-kit.js';

/**
 * Held-out batch 331, file f: a wildlife forum thread on phpBB 3.3 with the prosilver style (the headerbar with the board name in
 * the h1 and its description, the quick links and FAQ navbar, breadcrumbs, the topic title in h2.topic-title, the action bar
 * with Post Reply, search box and pagination, five posts with their post profiles, rank, post counts, join dates, locations,
 * "by ... »" author lines, a quote box, signatures and "Top" links, the jumpbox, "Who is online", the footer navbar and the
 * cookie notice) and, from file f2, a species account of an Animal Diversity Web-style site.
 * The topic title (the page's h2; the h1 is the board's name) is the title; the posts are the body, each post's paragraphs
 * split at its blank lines; a quote box repeats part of the first post and is not listed again; the "Re:" subjects are furniture.
 */
const pTitle = 'Grass snake or adder? Found on the allotment compost heap';
type Post = { id: number; user: string; rank: string; posts: string; joined: string; loc: string; time: string; paras: string[]; sig: string };
const posts: Post[] = [
  {
    id: 88412,
    user: 'Marrowfat',
    rank: 'Regular',
    posts: '214',
    joined: 'Sun Apr 11, 2021 7:20 pm',
    loc: 'Fenbury',
    time: 'Sat Jun 06, 2026 5:48 pm',
    paras: [
      j(
        'Turned the compost heap this afternoon and there was a snake curled up right in the warm middle of it. It was about sixty',
        'centimetres long, olive-grey with dark bars down the sides and what looked like a pale collar behind the head.',
      ),
      j(
        'It shot off into the long grass before I could get a proper photo, so all I have is a blurry one which I have attached.',
        'My neighbour on the next plot swears it was an adder and says I should keep the grandchildren away. Can anyone tell from',
        'the description? I would rather not panic if it is harmless.',
      ),
    ],
    sig: 'Growing too many courgettes since 2009',
  },
  {
    id: 88419,
    user: 'Heathwalker',
    rank: 'Moderator',
    posts: '5,902',
    joined: 'Tue Jan 08, 2013 9:02 am',
    loc: 'North Downs',
    time: 'Sat Jun 06, 2026 6:31 pm',
    paras: [
      j(
        'From your description that is almost certainly a grass snake. The pale collar is the giveaway: grass snakes have a yellow',
        'or cream collar with a black band behind it, and adders never do. Adders have a dark zig-zag stripe along the back, not bars',
        'down the sides.',
      ),
      j(
        'Compost heaps are a classic grass snake spot. The heat from rotting material is perfect for incubating their eggs, and',
        'females will lay in the same heap year after year. If you find leathery white eggs in there in July or August, please',
        'leave them be.',
      ),
    ],
    sig: 'Forum moderator. Please read the ID guide before posting photos.',
  },
  {
    id: 88427,
    user: 'Marrowfat',
    rank: 'Regular',
    posts: '214',
    joined: 'Sun Apr 11, 2021 7:20 pm',
    loc: 'Fenbury',
    time: 'Sat Jun 06, 2026 7:05 pm',
    paras: [
      j(
        'That is such a relief, thank you. It definitely had the collar and there was no zig-zag, I would have noticed that. I will',
        'tell my neighbour and leave the heap alone until the autumn.',
      ),
    ],
    sig: 'Growing too many courgettes since 2009',
  },
  {
    id: 88440,
    user: 'newt_counter',
    rank: 'Member',
    posts: '38',
    joined: 'Fri Mar 17, 2023 11:45 am',
    loc: 'Wendle Marsh',
    time: 'Sun Jun 07, 2026 8:12 am',
    paras: [
      j(
        'Just to add: grass snakes are completely harmless to people. If they are handled they may play dead, rolling over with the',
        'mouth open, or release a very smelly fluid, but they do not bite. They eat mostly frogs, toads and fish, so if your site',
        'has a pond nearby that explains why she is there.',
      ),
      j(
        'Adders are shy and rarely found on allotments, and even then bites are very uncommon and almost always happen when someone',
        'tries to pick one up. Both species are protected, so it is illegal to kill or harm either of them.',
      ),
    ],
    sig: '',
  },
  {
    id: 88451,
    user: 'Heathwalker',
    rank: 'Moderator',
    posts: '5,902',
    joined: 'Tue Jan 08, 2013 9:02 am',
    loc: 'North Downs',
    time: 'Sun Jun 07, 2026 9:40 am',
    paras: [
      j(
        'Good points. I have moved this thread to the reptile section. If you get a clearer photo later in the summer,',
        'please add it here and it can go into the county records.',
      ),
    ],
    sig: 'Forum moderator. Please read the ID guide before posting photos.',
  },
];
const quoteText = 'My neighbour on the next plot swears it was an adder';
const post = (p: Post, i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 997}" class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.id % 997}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd><dd class="profile-custom-field profile-phpbb_location">
<strong>Location:</strong> ${p.loc}</dd>
</dl><div class="postbody"><div id="post_content${p.id}"><h3 ${i === 0 ? 'class="first"' : ''}>
<a href="#p${p.id}">${i === 0 ? pTitle : `Re: ${pTitle}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw"
aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post">
<i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i>
<span class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 997}"
class="username">${p.user}</a></strong> » </span><time datetime="2026-06-06T16:48:00+00:00">${p.time}</time></p>
<div class="content">${
  i === 3
    ? `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=680">Marrowfat</a> wrote: <a href="./viewtopic.php?p=88412#p88412"
data-post-id="88412" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a></cite>${quoteText}</div></blockquote>`
    : ''
}${p.paras.join('<br><br>\n')}</div>
${p.sig === '' ? '' : `<div id="sig${p.id}" class="signature">${p.sig}</div>`}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
<span class="sr-only">Top</span></a>
</div></div></div>`;
const fHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${pTitle} - Hedgerow &amp; Heath Wildlife Forum</title>
<link rel="canonical" href="https://forum.hedgerowheath.example/viewtopic.php?t=20417">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<script>var phpbb = {}; phpbb.plupload = {}; var S_CONTENT_FLOW_BEGIN = 'left';</script></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Hedgerow &amp; Heath Wildlife Forum</h1>
<p>Identification help and chat for wildlife watchers</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" title="Search for keywords" class="inputbox search tiny" placeholder="Search…"></fieldset></form></div>
</div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container"><a href="#" class="dropdown-trigger"><span>Quick links</span></a></li>
<li><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions"><span>FAQ</span></a></li>
<li class="rightside"><a href="./ucp.php?mode=login" title="Login" accesskey="x"><span>Login</span></a></li>
<li class="rightside"><a href="./ucp.php?mode=register"><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs">
<span class="crumb"><a href="./index.php" accesskey="h">Board index</a></span><span class="crumb"><a href="./viewforum.php?f=7">Identification help</a></span>
<span class="crumb"><a href="./viewforum.php?f=12">Reptiles and Amphibians</a></span></li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=20417">${pTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=20417" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="search-box" role="search"><input class="inputbox search tiny" type="search" placeholder="Search this topic…"></div>
<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${posts.map(post).join('\n<hr class="divider">\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=20417" class="button"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=12" class="left-box arrow-left" accesskey="r">
<span>Return to “Reptiles and Amphibians”</span></a></p><div class="jumpbox dropdown-container"><span class="button">Jump to</span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist">
<li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span></li>
<li class="rightside"><a href="./ucp.php?mode=delete_cookies"><span>Delete cookies</span></a></li>
<li class="rightside">All times are <span title="Europe/London">UTC+01:00</span></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by phpBB® Forum Software © phpBB Limited</span></p>
<p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy"><span class="footer-link-text">Privacy</span></a> |
<a class="footer-link" href="./ucp.php?mode=terms" title="Terms"><span class="footer-link-text">Terms</span></a></p></div></div></div>
<div class="cc-window cc-banner" role="dialog" aria-label="cookieconsent"><span class="cc-message">This website uses cookies to ensure you get the best
experience on our website.</span><a class="cc-btn cc-dismiss" role="button">Got it!</a></div>
<script src="./assets/javascript/core.js?assets_version=41"></script></body></html>`;
const phpbbThread: TestPage = {
  name: 'heldout331-phpbb-wildlife-forum-thread',
  kind: 'forum',
  html: fHtml,
  title: pTitle,
  headings: [],
  body: texts(posts.flatMap((p) => p.paras)),
  bylines: ['Marrowfat', 'Heathwalker', 'newt_counter', ...posts.map((p) => p.time)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hedgerow & Heath Wildlife Forum', 'Identification help and chat for wildlife watchers', 'Skip to content', 'Quick links', 'FAQ', 'Login', 'Register',
    'Board index', 'Identification help', 'Reptiles and Amphibians', 'Post Reply', '5 posts • Page 1 of 1', `Re: ${pTitle}`, 'Quote', 'Regular', 'Moderator',
    'Member', 'Posts:', '214', '5,902', 'Joined:', ...new Set(posts.map((p) => p.joined)), 'Location:', 'Fenbury', 'North Downs', 'Wendle Marsh',
    'Growing too many courgettes since 2009', 'Forum moderator. Please read the ID guide before posting photos.', 'wrote:', 'Top',
    'Return to “Reptiles and Amphibians”', 'Jump to', 'Who is online', 'Users browsing this forum: No registered users and 3 guests', 'Delete cookies',
    'All times are UTC+01:00', 'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
    'This website uses cookies to ensure you get the best experience on our website.', 'Got it!',
  ],
};

export const HELDOUT331_F: readonly TestPage[] = [phpbbThread, adwAccount];
