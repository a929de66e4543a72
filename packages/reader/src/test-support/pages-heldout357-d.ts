import { links, ps, type TestPage, texts } from './page-kit.js';
import { hubspot } from './pages-heldout357-d2.js';
import { j } from './pages-heldout357-kit.js';

/**
 * Held-out batch 357, file d: a photography forum thread on phpBB 3.3 with the prosilver style (board name in the h1, topic
 * title in h2.topic-title, post profiles with rank, post and join counts, "Re:" subject lines, post buttons, signatures, the
 * topic actions and pagination, "Who is online", cookie notice) and a lens rental company's blog on HubSpot CMS (HubSpot
 * cookie banner, hs_cos_wrapper spans, author and date, tags, CTA button, subscribe form, related posts), in file d2.
 */
const pTitle = 'Adapting old manual lenses to a mirrorless body: worth the hassle?';
type Post = { id: number; user: string; rank: string; posts: string; joined: string; time: string; paras: string[]; sig?: string };
const pPosts: Post[] = [
  {
    id: 88412,
    user: 'gullwing_67',
    rank: 'Regular',
    posts: '412',
    joined: 'Thu Jun 14, 2018 7:02 pm',
    time: 'Tue Feb 10, 2026 9:14 pm',
    paras: [
      j(
        'My father left me a bag of old manual lenses from his film days: a 28mm f/2.8, a 50mm f/1.4 and a 135mm f/3.5, all from the',
        'same maker and all in decent shape apart from some dust. I shoot a Halden Vira X7 and I am tempted to buy an adapter.',
      ),
      j(
        'Is it actually worth it, or will I end up with soft pictures and a lot of fiddling? I mostly shoot street and a few portraits.',
        'I do not mind focusing by hand, but I have never done it seriously.',
      ),
    ],
  },
  {
    id: 88419,
    user: 'Marguerite K',
    rank: 'Moderator',
    posts: '6,208',
    joined: 'Sat Jan 03, 2009 11:40 am',
    time: 'Tue Feb 10, 2026 9:51 pm',
    paras: [
      j(
        'Absolutely worth trying, especially as the lenses cost you nothing. A plain adapter with no glass in it is cheap and does not',
        'degrade the image. Avoid the ones with a correcting lens; those are only needed for mounts that sit too close to the film.',
      ),
      j(
        "Turn on focus peaking and magnification, and set the camera's lens profile menu to the focal length so stabilisation works",
        'properly. On an APS-C body your 50mm becomes a very nice short portrait lens.',
      ),
    ],
    sig: 'Too many cameras, not enough weekends.',
  },
  {
    id: 88433,
    user: 'Petr_Hulan',
    rank: 'Member',
    posts: '97',
    joined: 'Mon Sep 21, 2020 6:15 am',
    time: 'Wed Feb 11, 2026 7:30 am',
    paras: [
      j(
        'One caution from experience: check the 135mm for haze before you spend anything. Shine a torch through it from the back.',
        'Mine looked clean until I did that, and the contrast was awful until a repair shop cleaned the inner elements.',
      ),
      'Also, old lenses flare much more than modern ones. Buy or borrow a hood for each of them, it makes a bigger difference than you would think.',
    ],
  },
  {
    id: 88460,
    user: 'gullwing_67',
    rank: 'Regular',
    posts: '412',
    joined: 'Thu Jun 14, 2018 7:02 pm',
    time: 'Thu Feb 12, 2026 6:47 pm',
    paras: [
      j(
        'Thanks both. The adapter arrived today and I spent the evening in the park with the 50mm. Peaking takes some getting used to,',
        'but wide open at f/1.4 the pictures have a soft glow I really like, and stopped down to f/4 it is sharp enough for anything I do.',
      ),
      'The torch test on the 135 showed a light haze, so that one is going to the repair shop first. Marking this as solved.',
    ],
  },
];
const pNav = ['Quick links', 'FAQ', 'Register', 'Login'];
const pCrumbs = ['Board index', 'Gear talk', 'Lenses and adapters'];
const postHtml = (p: Post, i: number): string => `<div id="p${p.id}" class="post has-profile bg${(i % 2) + 1}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id}"
class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.id}">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3 class="${i === 0 ? 'first' : ''}"><a href="#p${p.id}">${i === 0 ? '' : 'Re: '}${pTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="#p${p.id}"><span class="imageset icon_post_target">Post</span></a><span class="responsive-hide">by <strong><a
href="./memberlist.php?mode=viewprofile&amp;u=${p.id}" class="username">${p.user}</a></strong> » </span>
<time datetime="2026-02-10T21:14:00+00:00">${p.time}</time></p>
<div class="content">${p.paras.join('<br><br>\n')}</div>
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div><div class="back2top"><a href="#top" class="top">Top</a></div></div></div>
<hr class="divider">`;
const pHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><title>${pTitle} - Lensbench Photography Forum</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet"><link rel="canonical"
href="https://forum.lensbench.example/viewtopic.php?t=20331">
<script>var u_phpbb = {"assets_version":"41"};</script></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Lensbench Photography Forum</h1>
<p>Gear, technique and critique since 2004</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(pNav)}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs">
${pCrumbs.map((c) => `<span class="crumb"><a href="./viewforum.php?f=12">${c}</a></span>`).join('\n')}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=20331">${pTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=20331" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="search-box" role="search"><input class="inputbox search tiny" type="search" name="keywords" placeholder="Search this topic…"></div>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${pPosts.map(postHtml).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=20331" class="button"><span>Post Reply</span></a></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by phpBB®
Forum Software © phpBB Limited</span></p><p class="footer-row"><a class="footer-link" href="./ucp.php?mode=privacy">Privacy</a> |
<a class="footer-link" href="./ucp.php?mode=terms">Terms</a></p></div></div></div>
<div class="cookie-notice"><p>This board uses cookies to keep you logged in.</p><a href="#" class="cc-btn cc-dismiss">Got it!</a></div>
<script src="./assets/javascript/core.js?assets_version=41"></script></body></html>`;
const phpbb: TestPage = {
  name: 'heldout357-phpbb-prosilver-forum',
  kind: 'forum',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(pPosts.flatMap((p) => [p.user, p.time]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lensbench Photography Forum', 'Gear, technique and critique since 2004', 'Skip to content', ...pNav, ...pCrumbs, 'Post Reply',
    '4 posts • Page 1 of 1', 'Regular', 'Moderator', 'Member', 'Posts:', 'Joined:', '6,208',
    '412', ...new Set(pPosts.map((p) => p.joined)), `Re: ${pTitle}`, 'Quote',
    'Too many cameras, not enough weekends.', 'Top', 'Who is online', 'Users browsing this forum: No registered users and 3 guests',
    'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms', 'This board uses cookies to keep you logged in.', 'Got it!',
  ],
};

export const HELDOUT357_D: readonly TestPage[] = [phpbb, hubspot];
