import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout423-kit.js';

/**
 * Held-out batch 423, file d: a chess forum thread on an opening on phpBB's prosilver style (header with site
 * description, quick links and login, breadcrumbs, topic actions and pagination, the posts with their author profiles,
 * a quoted reply and signatures, the "Who is online" block and the footer) and a tournament report on a national
 * federation's Drupal site with the Olivero theme (header and menu, breadcrumb, the node with its author and date, the
 * body with a cross-table, the image caption, the "Related news" view, the newsletter block and the footer).
 */
const fTitle = 'Caro-Kann Advance: is 3...c5 really playable?';
const posts: { user: string; date: string; rank: string; posts: string; body: string[]; sig?: string }[] = [
  {
    user: 'marlinspike',
    date: 'Tue Nov 24, 2026 9:41 pm',
    rank: 'Registered User',
    posts: 'Posts: 214',
    body: [
      j(
        'I have played the Caro for about ten years and always answered the Advance with 3...Bf5. A friend from my league team',
        'keeps telling me 3...c5 is the modern way and that the bishop move is too slow against 4.Nf3 and Be2.',
      ),
      j(
        'The thing is, 3...c5 looks like a whole tempo lost compared to the French. What am I missing? Is there a simple explanation',
        'of why it is sound, or is it just an engine line that club players should stay away from?',
      ),
    ],
    sig: 'Caro-Kann for life. Club: Denholt Knights.',
  },
  {
    user: 'OldBishopFen',
    date: 'Wed Nov 25, 2026 8:03 am',
    rank: 'Site Moderator',
    posts: 'Posts: 5,102',
    body: [
      j(
        'It is not a lost tempo, and that is the whole trick. In the French the light-squared bishop is stuck behind e6. Here it is',
        'still free, so after ...c5 and ...Nc6 Black can develop it to g4 or f5 later, and the pawn on c6 was never wasted, it just',
        'moved on.',
      ),
      'The main lines are worth knowing before you try it:',
      '4.dxc5 e6 and Black regains the pawn with ...Bxc5, usually with a pleasant position.',
      '4.c3 Nc6 transposes to a French where Black has saved ...e6 and the bishop is not yet blocked in.',
      '4.Nf3 Bg4 is the most natural, hitting the knight before White can play c3 and Be2.',
    ],
  },
  {
    user: 'marlinspike',
    date: 'Wed Nov 25, 2026 6:27 pm',
    rank: 'Registered User',
    posts: 'Posts: 214',
    body: [
      j(
        'That makes a lot of sense, thanks. So the idea is that the c-pawn takes two steps but the bishop stays outside the chain.',
        'I will try it in the online league this week and report back.',
      ),
    ],
    sig: 'Caro-Kann for life. Club: Denholt Knights.',
  },
  {
    user: 'quietpawn22',
    date: 'Thu Nov 26, 2026 11:15 am',
    rank: 'Registered User',
    posts: 'Posts: 37',
    body: [
      j(
        'One warning from someone who switched last year: after 4.dxc5 e6 do not rush to take back on c5. White often plays b4,',
        'and if you grab with the bishop too early you walk into a4 and b5 with tempo. Play ...Nc6 and ...Bxc5 only when it is safe.',
      ),
      j(
        'Also, expect a lot of 4.Nf3 at club level. People see Bg4 and think they can ignore it, and after ...Bxf3 and ...Nc6 the',
        'd4 pawn gets very uncomfortable. I have won more games with that simple plan than with any sharp line.',
      ),
    ],
  },
];
const fQuote = 'It is not a lost tempo, and that is the whole trick.';
const fNav = ['Quick links', 'FAQ', 'Login', 'Register'];
const fCrumbs = ['Board index', 'Chess Openings', 'Semi-Open Games'];
const fFoot = ['Privacy', 'Terms', 'Contact us', 'Delete cookies', 'All times are UTC'];
const post = (p: (typeof posts)[number], i: number): string => `<div id="p${9120 + i}" class="post has-profile ${i % 2 ? 'bg1' : 'bg2'}"><div class="inner">
<dl class="postprofile" id="profile${9120 + i}"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=${i}"
class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd><dd class="profile-posts"><strong>Posts:</strong>
${p.posts.replace('Posts: ', '')}</dd></dl>
<div class="postbody"><div id="post_content${9120 + i}"><h3 ${i ? '' : 'class="first"'}><a href="#p${9120 + i}">${i ? 'Re: ' : ''}${fTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote" title="Reply with quote" class="button button-icon-only"><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="#p${9120 + i}" title="Post">Post</a> by <strong><a href="#" class="username">${p.user}</a></strong> » ${p.date}</p>
<div class="content">${i === 2 ? `<blockquote><div><cite>OldBishopFen wrote:</cite>${fQuote}</div></blockquote>` : ''}
${p.body.map((t, k) => (i === 1 && k >= 2 ? `${k === 2 ? '<ul>' : ''}<li>${t}</li>${k === 4 ? '</ul>' : ''}` : `${t}<br><br>`)).join('\n')}</div>
${p.sig ? `<div id="sig${9120 + i}" class="signature">${p.sig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div>`;
const fHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${fTitle} - The Sixty-Four Squares Forum</title>
<link rel="canonical" href="https://forum.sixtyfoursquares.example/viewtopic.php?t=4410">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=52" rel="stylesheet">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"marlinspike"},"datePublished":"2026-11-24T21:41:00Z"}</script></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>The Sixty-Four Squares Forum</h1>
<p>Openings, endgames and everything in between</p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search">
<input name="keywords" id="keywords" type="search" class="inputbox search tiny" placeholder="Search…"></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(fNav)}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">${links(fCrumbs, 'breadcrumbs')}</ul></div></div></div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=4410">${fTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=4410" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${posts.map(post).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=4410" class="button"><span>Post Reply</span></a></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><ul id="nav-footer" class="nav-footer linklist">
${links(fFoot)}</ul></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by phpBB® Forum Software © phpBB Limited</span></p>
</div></div></div>
<script src="./assets/javascript/core.js?assets_version=52"></script></body></html>`;
const forum: TestPage = {
  name: 'heldout423-phpbb-opening-thread-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(posts.flatMap((p) => p.body)),
  bylines: [
    'marlinspike',
    'Tue Nov 24, 2026 9:41 pm',
    'OldBishopFen',
    'Wed Nov 25, 2026 8:03 am',
    'Wed Nov 25, 2026 6:27 pm',
    'quietpawn22',
    'Thu Nov 26, 2026 11:15 am',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Sixty-Four Squares Forum', 'Openings, endgames and everything in between', ...fNav, ...fCrumbs, 'Post Reply', '4 posts • Page 1 of 1',
    'Registered User', 'Site Moderator', 'Posts:', 'Quote', `Re: ${fTitle}`, 'OldBishopFen wrote:', 'Caro-Kann for life. Club: Denholt Knights.',
    'Top', 'Who is online', 'Users browsing this forum: No registered users and 4 guests', ...fFoot, 'Powered by phpBB® Forum Software © phpBB Limited',
  ],
};

const dTitle = 'Kessler and Amundsen-Roy Crowned National Champions in Ormsby';
const dBody = [
  j(
    'The 2026 National Championships ended on Sunday in Ormsby Town Hall with two first-time champions. International Master',
    'Joaquin Kessler won the open title on tiebreak, and Woman FIDE Master Priya Amundsen-Roy took the women\u2019s title with a',
    'round to spare.',
  ),
  j(
    'Kessler started slowly with two draws but won five of his last seven games, including a 94-move rook and knight ending',
    'against defending champion GM Lorcan Teague in round eight. He finished level on 7/9 with IM Sasha Voronin and took the',
    'title on the Buchholz tiebreak.',
  ),
  j(
    'The open section drew 42 players, the largest field since the championships moved to Ormsby in 2019, and three of the top',
    'ten were juniors. Voronin led for most of the event and needed only a draw in the last round, but lost a long Catalan to FM',
    'Ewa Rautio, who finished fourth.',
  ),
];
const dH = ['Final standings', 'Women\u2019s championship', 'Thanks'];
const dStand: [string, string, string, string][] = [
  ['1', 'IM Joaquin Kessler', '7', '48.5'],
  ['2', 'IM Sasha Voronin', '7', '46.0'],
  ['3', 'GM Lorcan Teague', '6.5', '49.0'],
  ['4', 'FM Ewa Rautio', '6', '44.5'],
];
const dWomen = [
  j(
    'Amundsen-Roy, a 19-year-old student from Carrow, scored 7.5/9 without a loss. Her win against WIM Delphine Osei in round five,',
    'where she sacrificed a rook for a mating attack, has already been chosen as the federation\u2019s game of the month.',
  ),
  '“I prepared only one opening with each colour and played them every round,” she said. “It meant I had energy left at the end.”',
];
const dThanks = [
  j(
    'The federation thanks the Town of Ormsby, the arbiters led by IA Margit Sollen, and the forty volunteers who ran the live boards',
    'and the commentary room. Both champions qualify for the Zonal tournament in March.',
  ),
  'All games can be replayed and downloaded from the championship page, and the 2027 championships will be held in Carrow.',
];
const dMenu = ['About', 'Play', 'Ratings', 'Juniors', 'Events', 'News', 'Membership'];
const dRelated = ['Olympiad team announced', 'Junior championships: entries open', 'New rating regulations from January'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<title>${dTitle} | Norvasta Chess Federation</title><link rel="canonical" href="https://www.norvastachess.example/news/national-championships-2026">
<meta property="og:title" content="${dTitle}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2026-11-30T18:20:00+0100","author":{"@type":"Person","name":"Halla Brandvik"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_olivero_Xk3.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2291"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__initial">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Norvasta Chess Federation</a></div></div></div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(dMenu, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav>
</div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><ol>
<li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system">
<article data-history-node-id="2291" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference"><span>Halla Brandvik</span></span></span>,
<span class="field field--name-created field--type-created">30 November, 2026</span></div></header>
<div class="node__content">
<div class="field field--name-field-image field--type-image"><img loading="lazy" src="/sites/default/files/2026-11/champions.jpg" alt="">
<div class="image-caption">The new champions with the trophies in Ormsby Town Hall. Photo: Tomas Vik / NCF</div></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody)}
<h2>${dH[0]}</h2>
<table><thead><tr><th>Rank</th> <th>Player</th> <th>Points</th> <th>Buchholz</th></tr></thead><tbody>
${dStand.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join(' ')}</tr>`).join('\n')}
</tbody></table>
<h2>${dH[1]}</h2>
${ps(dWomen.slice(0, 1))}
<blockquote>${dWomen[1]}</blockquote>
<h2>${dH[2]}</h2>
${ps(dThanks)}
</div>
<div class="field field--name-field-tags field--type-entity-reference"><h3 class="field__label">Tags</h3><ul class="links field__items">
<li><a href="/taxonomy/term/4">Title events</a></li></ul></div></div></article></div></div>
<div class="region region--content-below"><div class="views-element-container block block-views" id="block-related-news">
<h2 class="block__title">Related news</h2>
<ul>${links(dRelated, 'views-row')}</ul></div>
<div id="block-newsletter" class="block block-simplenews"><h2 class="block__title">Federation newsletter</h2>
<p>Results, rating news and event dates, once a month.</p><form><input type="email" aria-label="Email"><input type="submit" value="Subscribe"
class="button"></form></div></div>
</div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top"><p>Norvasta Chess Federation · Storgata 14,
Ormsby · Member of IFCA</p></div><div class="region region--footer-bottom"><p>© 2026 Norvasta Chess Federation</p></div></div></footer>
</div></div></div>
<script src="/core/misc/drupal.js?v=10.3.6"></script></body></html>`;
const fed: TestPage = {
  name: 'heldout423-drupal-federation-tournament-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: [...texts([...dBody]), ...dStand.map((r) => r.join(' ')), ...texts([...dWomen, ...dThanks])],
  bylines: ['By Halla Brandvik', '30 November, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Norvasta Chess Federation', 'Main navigation', ...dMenu, 'Home',
    'The new champions with the trophies in Ormsby Town Hall. Photo: Tomas Vik / NCF', 'Tags', 'Title events', 'Related news', ...dRelated,
    'Federation newsletter', 'Results, rating news and event dates, once a month.', 'Norvasta Chess Federation · Storgata 14, Ormsby · Member of IFCA',
    '© 2026 Norvasta Chess Federation',
  ],
};

export const HELDOUT423_D: readonly TestPage[] = [forum, fed];
