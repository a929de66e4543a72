import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout361-kit.js';

/**
 * Held-out batch 361, file b2: an expat forum thread on phpBB 3.3 with the prosilver style (header bar with site
 * description, quick links, breadcrumbs, topic actions, posts with profile columns, signatures and a quote, jump box,
 * who is online, cookie notice, footer). The posts are the body; a reply's quote of an earlier post is in neither list.
 */
const fTitle = 'Residence permit renewal in Valmarra: how long did yours take?';
type Post = { id: number; user: string; time: string; posts: string; joined: string; loc: string; paras: string[]; sig?: string; quote?: string };
const fPosts: Post[] = [
  {
    id: 88412,
    user: 'harriet_in_braga',
    time: 'Mon Mar 02, 2026 9:14 am',
    posts: '214',
    joined: 'Tue Jan 10, 2023 8:12 pm',
    loc: 'North coast',
    paras: [
      j(
        'My two-year residence card runs out at the end of April and I booked the renewal appointment at the migration office in',
        'Lousavel back in January. The earliest slot they had was 21 April, which is cutting it very fine.',
      ),
      j(
        'Has anyone renewed recently? I would like to know how long the new card took to arrive, and whether the receipt they give',
        'you at the appointment was enough to travel on in the meantime. We have a family wedding in May and I am nervous.',
      ),
    ],
    sig: 'Moved from Leeds in 2023 with two cats and far too many books.',
  },
  {
    id: 88419,
    user: 'Tomé R.',
    time: 'Mon Mar 02, 2026 11:37 am',
    posts: '1,806',
    joined: 'Fri Jun 05, 2015 4:40 pm',
    loc: 'Costa Velha',
    paras: [
      j(
        'I renewed in November. The appointment itself took twenty minutes: fingerprints, photo, a look at my tax number and proof',
        'of address. The card arrived by registered post seven weeks later.',
      ),
      j(
        'The receipt (the “comprovativo”) extends your right to live here, but airlines do not always accept it on its own. I',
        'travelled on it once inside the Schengen area without trouble, but I would not fly to a non-member country with it.',
      ),
    ],
  },
  {
    id: 88433,
    user: 'harriet_in_braga',
    time: 'Mon Mar 02, 2026 2:05 pm',
    posts: '214',
    joined: 'Tue Jan 10, 2023 8:12 pm',
    loc: 'North coast',
    quote: 'I would not fly to a non-member country with it.',
    paras: [
      'Thank you, that is really useful. The wedding is in Edinburgh, so that is exactly what I was afraid of.',
      'Did you ask them to speed anything up, or is there no way to do that?',
    ],
    sig: 'Moved from Leeds in 2023 with two cats and far too many books.',
  },
  {
    id: 88450,
    user: 'Gwendolyn Asari',
    time: 'Tue Mar 03, 2026 8:22 am',
    posts: '197',
    joined: 'Wed Sep 21, 2022 7:03 am',
    loc: 'Porto Alvo',
    paras: [
      j(
        'You can ask for an urgent appointment if you have proof of travel. I sent a copy of my flight booking and a letter from my',
        'employer and they moved me up by a month. It is worth trying by email first and then calling the helpline on the same day.',
      ),
      j(
        'Also check whether your old card can be renewed online. Since last year, people whose details have not changed can renew',
        'through the portal without an appointment at all, and the card comes in about four weeks.',
      ),
    ],
  },
];
const fCrumbs = ['Quick links', 'FAQ', 'Register', 'Login', 'Board index', 'Living abroad', 'Valmarra'];
const fLegal = ['Privacy', 'Terms', 'Contact us', 'Delete cookies'];
const profile = (p: Post): string => `<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><a
href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 977}" class="username">${p.user}</a></dt><dd class="profile-rank">${
  Number(p.posts.replace(',', '')) > 1000 ? 'Forum Veteran' : 'Settling In'
}</dd><dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.id % 977}&amp;sr=posts">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd><dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong>
${p.loc}</dd></dl>`;
const post = (p: Post, i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">${profile(p)}
<div class="postbody"><div id="post_content${p.id}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="#p${p.id}">${i === 0 ? fTitle : `Re: ${fTitle}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button button-icon-only"><i class="icon
fa-quote-left
fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i><span class="sr-only">Post</span></a> <span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile"
class="username">${p.user}</a></strong> » </span><time datetime="2026-03-02T09:14:00+00:00">${p.time}</time></p>
<div class="content">${
  p.quote === undefined
    ? ''
    : `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile">Tomé R.</a> wrote: <a href="./viewtopic.php?p=88419#p88419"
aria-label="View quoted post" class="post-link">↑</a><span class="responsive-hide">Mon Mar 02, 2026 11:37 am</span></cite>${p.quote}</div></blockquote>`
}${p.paras.join('<br>\n<br>\n')}</div>
${p.sig === undefined ? '' : `<div id="sig${p.id}" class="signature">${p.sig}</div>`}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span
class="sr-only">Top</span></a></div></div></div><hr class="divider">`;
const fHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${fTitle} - Expat Crossroads</title>
<link rel="canonical" href="https://forum.expatcrossroads.example/viewtopic.php?t=14207"><link href="./styles/prosilver/theme/stylesheet.css?assets_version=52"
rel="stylesheet"><link href="./assets/cookieconsent/cookieconsent.min.css?assets_version=52" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo"
href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Expat Crossroads</h1><p>Practical help for people living, working and retiring
abroad</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords"
id="keywords" type="search" maxlength="128" class="inputbox search tiny" size="20" placeholder="Search…"></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links" class="quick-links
dropdown-container responsive-menu"><a href="#" class="dropdown-trigger"><span>${fCrumbs[0]}</span></a></li>
<li><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><span>${fCrumbs[1]}</span></a></li>
<li class="rightside"><a href="./ucp.php?mode=register" role="menuitem"><span>${fCrumbs[2]}</span></a></li><li class="rightside"><a href="./ucp.php?mode=login"
title="Login" role="menuitem"><span>${fCrumbs[3]}</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">${fCrumbs
  .slice(4)
  .map((c) => `<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span class="crumb"><a href="./${c.length}">${c}</a></span></li>`)
  .join('\n')}</ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=14207">${fTitle}</a></h2><div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=14207"
class="button" title="Post a reply"><span>Post Reply</span></a><div class="search-box" role="search"><input class="inputbox search tiny" type="search"
name="keywords" placeholder="Search this topic…"></div><div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${fPosts.map(post).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=14207" class="button"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=31" class="left-box arrow-left" accesskey="r">Return to
“Valmarra”</a></p>
<div class="jumpbox dropdown-container"><span class="button dropdown-trigger"><span>Jump to</span></span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 11 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer
linklist">
<li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span></li><li class="rightside">All times are <span
title="UTC">UTC</span></li>${links(fLegal, 'rightside')}</ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB
Limited</span></p><p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy">Privacy</a> | <a class="footer-link"
href="./ucp.php?mode=terms">Terms</a></p></div></div></div>
<div role="dialog" aria-label="cookieconsent" class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom"><span id="cookieconsent:desc"
class="cc-message">This website uses cookies to ensure you get the best experience on our website. <a class="cc-link" href="./ucp.php?mode=privacy">Learn
more</a></span><div class="cc-compliance"><a class="cc-btn cc-dismiss" tabindex="0">Got it!</a></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=52"></script>
<script src="./styles/prosilver/template/forum_fn.js?assets_version=52"></script>
</body></html>`;
export const phpbb: TestPage = {
  name: 'heldout361-phpbb-prosilver-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(fPosts.flatMap((p) => [p.user, p.time]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Expat Crossroads', 'Practical help for people living, working and retiring abroad', 'Skip to content', ...fCrumbs, 'Post Reply',
    '4 posts • Page 1 of 1', ...new Set(fPosts.flatMap((p) => [p.joined, p.loc, p.posts])), 'Forum Veteran', 'Settling In', 'Posts:', 'Joined:', 'Location:',
    `Re: ${fTitle}`, 'Quote', 'Moved from Leeds in 2023 with two cats and far too many books.', 'Tomé R. wrote:', 'Top',
    'Return to “Valmarra”', 'Jump to', 'Who is online', 'Users browsing this forum: No registered users and 11 guests', 'All times are UTC', ...fLegal,
    'Powered by phpBB® Forum Software © phpBB Limited',
    'This website uses cookies to ensure you get the best experience on our website.', 'Learn more', 'Got it!',
  ],
};
