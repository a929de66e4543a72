import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout355-kit.js';

/**
 * Held-out batch 355, file e: a patent pool's licensing FAQ on a Zendesk Help Center (Copenhagen theme: header with "Submit a
 * request" and "Sign in", breadcrumbs, search, "Articles in this section" sidebar, article author and relative date, follow button,
 * share links, "Was this article helpful?" votes, related articles, footer) and an inventors' forum thread on phpBB prosilver
 * (board header h1, nav bar, breadcrumbs, h2 topic title, topic actions and pagination, post profiles, post subjects, quote,
 * signatures, quick reply, "Who is online", footer).
 */
const zTitle = 'How are royalties calculated for devices that combine several codecs?';
const zIntro = [
  j(
    'Many licensees ship products that decode more than one audio format. This article explains how the Stellan Audio Patent',
    'Pool calculates royalties for such devices and what you need to report each quarter.',
  ),
];
const zQa: [string, string[]][] = [
  [
    'Do I pay a separate royalty for each codec?',
    [
      j(
        'No. The pool licence covers all codecs in the Stellan family. A device pays one royalty per unit, whatever the number of',
        'Stellan codecs it implements. Codecs licensed by other pools are not affected by this licence and must be licensed separately.',
      ),
    ],
  ],
  [
    'What is the royalty per unit?',
    [
      'The current rates, which apply from 1 January 2026, are:',
      'USD 0.30 per unit for the first 500,000 units in a calendar year;',
      'USD 0.18 per unit for units above 500,000 in the same year;',
      'an annual cap of USD 2.4 million per licensee group.',
    ],
  ],
  [
    'What counts as a unit?',
    [
      j(
        'A unit is an end product sold to a customer with the decoder enabled. Software updates that add a codec to a device already',
        'sold count as a new unit only if the device was not previously reported. Units returned within 90 days may be credited.',
      ),
    ],
  ],
  [
    'How do I report?',
    [
      j(
        'Submit the quarterly report through the licensee portal within 30 days of the end of each quarter. The report lists unit',
        'counts by product model and by country of sale. If you have sold no units, you still need to file a nil report.',
      ),
      j(
        'Late reports attract interest on the royalties due at the rate set out in the licence, currently two percent',
        'above the base rate. Repeatedly late reports may also trigger an audit.',
      ),
    ],
  ],
];
const zSide = ['Who can join the pool as a licensor?', 'Licensee portal: first login', zTitle, 'Audit rights and record keeping'];
const zRelated = ['Annual cap: how licensee groups are defined', 'Changing your reporting contact'];
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${zTitle} – Stellan Licensing Help Center</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta name="description"
content="Many licensees ship products that decode more than one audio format.">
<link rel="canonical" href="https://help.stellanpool.example/hc/en-us/articles/4410027719131">
<link rel="stylesheet" media="all" href="//static.zdassets.example/hc/assets/application.css">
<script>window.HelpCenter={"account":"stellanpool","locale":"en-us"};</script>
</head><body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="/hc/theming_assets/logo.png"
alt="Stellan Licensing Help Center home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialog" role="button" href="/hc/en-us/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs"><li title="Stellan Licensing Help Center"><a href="/hc/en-us">Stellan Licensing Help Center</a></li>
<li title="Licensees"><a href="/hc/en-us/categories/360001">Licensees</a></li><li title="Royalties and reporting"><a
href="/hc/en-us/sections/360002">Royalties
and reporting</a></li></ol></nav><div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input type="search" name="query"
placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div
class="collapsible-sidebar">
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
${links(zSide, 'sidenav-item')}</ul><a href="/hc/en-us/sections/360002" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="/system/photos/ae.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-us/profiles/9912">Licensing Desk</a><ul class="meta-group"><li class="meta-data"><time
datetime="2026-01-09T10:02:11Z" title="2026-01-09 10:02" data-datetime="relative">2 months ago</time></li><li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button" rel="nofollow" role="button" data-auth-action="signin" href="#">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${ps(zIntro)}
${zQa.map(([h, p], i) => (i === 1 ? `<h2>${h}</h2>\n<p>${p[0] ?? ''}</p>\n<ul>\n${lis(p.slice(1))}\n</ul>` : `<h2>${h}</h2>\n${ps(p)}`)).join('\n')}
</div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">${links(['Facebook', 'LinkedIn'], 'share-item')}</ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group"><button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful">Yes</button><button type="button"
class="button article-vote article-vote-down" aria-label="This article was not helpful">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">14 out of 17 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zRelated)}</ul>
</div></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Stellan Licensing Help Center</a>
<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (US)</button></div></div>
<div class="powered-by-zendesk"><a href="https://www.zendesk.example/service/help-center/">Powered by Zendesk</a></div></footer>
<script src="//static.zdassets.example/hc/assets/hc_enduser.js"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout355-zendesk-licensing-faq',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zQa.map(([h]) => h),
  body: texts([...zIntro, ...zQa.flatMap(([, p]) => p)]),
  bylines: ['Licensing Desk', '2 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Stellan Licensing Help Center', 'Licensees', 'Royalties and reporting',
    'Articles in this section', ...zSide.filter((t) => t !== zTitle), 'See more', 'Follow', 'Facebook', 'LinkedIn', 'Was this article helpful?',
    'Yes', '14 out of 17 found this helpful', 'Have more questions?', 'Return to top', 'Related articles', ...zRelated, 'English (US)',
    'Powered by Zendesk',
  ],
};

const fTitle = 'Posting a demo video before filing a provisional: how much did I just give away?';
const fPosts: [string, string, string[]][] = [
  [
    'tinkerwren',
    'Fri Feb 27, 2026 9:14 pm',
    [
      j(
        'I have been building a clip-on rain sensor for skylights for about a year. Last week, in a fit of enthusiasm, I put a',
        'two-minute video on my channel showing the prototype closing a skylight when I spray it with a plant mister.',
      ),
      j(
        'I have not filed anything yet. A friend now tells me I have wrecked my chances of a patent. Is that right, or do I',
        'still have time? The video shows what it does but not the circuit or the sensor geometry.',
      ),
    ],
  ],
  [
    'OldPatentHand',
    'Fri Feb 27, 2026 10:02 pm',
    [
      'Take a breath. It depends on where you want protection.',
      j(
        'In the US you have a one-year grace period for your own disclosures, so a provisional filed well inside that year',
        'can still lead to a valid patent. Many other countries have no such grace period, and there the video is prior art',
        'against you from the day it went up.',
      ),
      'Whether the video discloses enough to matter is a separate question, and it is not one to answer on a forum.',
    ],
  ],
  [
    'marisol_q',
    'Sat Feb 28, 2026 8:40 am',
    [
      'Been there with a seed tray. Things that helped me:',
      'write down exactly what the video shows, frame by frame, while you still remember what was on screen;',
      'take the video down, though that does not undo the disclosure;',
      'file a provisional that describes the parts the video did not show in as much detail as you can.',
      'And talk to a registered practitioner. My first hour with one was free through the inventors’ club.',
    ],
  ],
  [
    'tinkerwren',
    'Sat Feb 28, 2026 12:15 pm',
    [
      j(
        'Thank you both. The video is down, and I have an appointment on Tuesday. I will report back in case it helps someone',
        'else who hits upload too early.',
      ),
      j(
        'Edit, a week later: the practitioner thought the video showed too little',
        'of the sensor to anticipate the claims we are now drafting, but advised me to forget about filing in countries without a grace period.',
        'The provisional went in yesterday.',
      ),
    ],
  ],
];
const fProfiles: Record<string, [string, string]> = {
  tinkerwren: ['Posts: 38', 'Joined: Tue Apr 11, 2023 6:02 pm'],
  OldPatentHand: ['Posts: 4127', 'Joined: Mon Jan 07, 2013 8:15 am'],
  marisol_q: ['Posts: 212', 'Joined: Thu Sep 02, 2021 4:40 pm'],
};
const fSig = 'Registered patent agent. Nothing here is legal advice for your situation.';
const fNav = ['Quick links', 'FAQ', 'Register', 'Login'];
const fCrumbs = ['Board index', 'Protecting your idea', 'Patents'];
const fPost = ([user, date, paras]: [string, string, string[]], i: number): string => {
  const id = 18820 + i;
  const [posts, joined] = fProfiles[user] ?? ['', ''];
  const body =
    i === 2
      ? `${paras[0] ?? ''}<ul>${paras
          .slice(1, 4)
          .map((p) => `<li>${p}</li>`)
          .join('')}</ul>${paras[4] ?? ''}`
      : paras.join('<br><br>');
  const quote =
    i === 1
      ? '<blockquote><div><cite>tinkerwren wrote: <span class="responsive-hide">↑</span></cite>Is that right, or do I still have time?</div></blockquote>'
      : '';
  return `<div id="p${id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner"><dl class="postprofile" id="profile${id}">
<dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=${id}" class="username">${user}</a></dt>
<dd class="profile-posts"><strong>${posts.split(' ')[0]}</strong> ${posts.split(' ')[1]}</dd><dd class="profile-joined">${joined}</dd></dl>
<div class="postbody"><div id="post_content${id}"><h3 class="${i === 0 ? 'first' : ''}"><a href="#p${id}">${i === 0 ? fTitle : `Re: ${fTitle}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${id}" title="Reply with quote"
class="button button-icon-only"><span>Quote</span></a></li></ul>
<p class="author"><span class="responsive-hide">by <strong><a href="#" class="username">${user}</a></strong> » </span><time
datetime="2026-02-27">${date}</time></p>
<div class="content">${quote}${body}</div>${user === 'OldPatentHand' ? `<div id="sig${id}" class="signature">${fSig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div><hr class="divider">`;
};
const fHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${fTitle} - Inventors’ Bench</title><link rel="canonical" href="https://inventorsbench.example/viewtopic.php?t=4412">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=88" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Inventors’ Bench</h1>
<p>Independent inventors helping each other from sketch to shelf</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(fNav)}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">
${fCrumbs
  .map(
    (c, i) => `<span class="crumb" itemprop="itemListElement" itemscope><a itemprop="item" href="#"><span itemprop="name">${c}</span></a><meta
itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}
</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=4412">${fTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=4412" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="search-box" role="search"><input class="inputbox search tiny" type="search" name="keywords" placeholder="Search this topic…"></div>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${fPosts.map(fPost).join('\n')}
<form id="qr_postform" method="post" action="./posting.php?mode=reply&amp;t=4412"><div class="panel"><h2 class="quickreply-title">Quick Reply</h2>
<textarea name="message" rows="7" cols="76" tabindex="3"></textarea><input type="submit" name="post" value="Submit" class="button1"></div></form>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=9" class="left-box arrow-left">Return to “Patents”</a></p></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar"><ul class="linklist">${links([
  'Delete cookies',
  'All times are UTC',
  'Contact us',
])}
</ul></div><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by phpBB® Forum Software © phpBB Limited</span></p>
<p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy">Privacy</a> | <a class="footer-link"
href="./ucp.php?mode=terms">Terms</a></p>
</div></div></div><script src="./assets/javascript/core.js?assets_version=88"></script></body></html>`;
const phpbb: TestPage = {
  name: 'heldout355-phpbb-inventor-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap(([, , p]) => p)),
  bylines: ['tinkerwren', 'OldPatentHand', 'marisol_q', ...fPosts.map(([, d]) => d)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Inventors’ Bench', 'Independent inventors helping each other from sketch to shelf', 'Skip to content', ...fNav, ...fCrumbs, 'Post Reply',
    '4 posts • Page 1 of 1', ...Object.values(fProfiles).flat(), `Re: ${fTitle}`, 'Quote', 'tinkerwren wrote:', fSig, 'Quick Reply',
    'Return to “Patents”', 'Who is online', 'Users browsing this forum: No registered users and 3 guests', 'Delete cookies', 'All times are UTC',
    'Contact us', 'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
  ],
};

export const HELDOUT355_E: readonly TestPage[] = [zendesk, phpbb];
