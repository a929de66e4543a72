import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out 237 A: a small-town weekly on TownNews BLOX (news) and a Patch local story (news). */

const A1 = [
  `The Harlow Falls village board voted 4-1 on Tuesday night to replace the aging water tower on Quarry Hill,
  ending nearly two years of debate over whether the 1958 tank could be patched one more time.`,
  `The new 300,000-gallon tower will cost an estimated $2.7 million. Village treasurer Dana Pruitt said roughly
  half will come from a state drinking water grant awarded in August, with the rest financed over 20 years.`,
  `Trustee Walt Emmerich cast the lone no vote. He said residents on fixed incomes could not absorb another
  increase and asked the board to seek a second engineering opinion first.`,
  `Under the plan, the average household water bill would rise about $6.40 a quarter starting next July.`,
  `Engineers from Tillman &amp; Roe told the board the old tank lost a measurable amount of steel to corrosion
  since its last inspection, and that repainting it would only buy five to seven years.`,
  `Construction could begin in late spring. Crews will build the new tower beside the old one so service is
  not interrupted, and the 1958 tank will be taken down once the new one is filled and tested.`,
  `Mayor Irene Sobczak said the village will hold an open house at the fire hall on Nov. 14 from 5 to 7 p.m.
  for residents who want to see drawings and ask questions.`,
  `Pruitt said the board will also apply for a low-interest loan from the state revolving fund, which could trim the
  borrowing cost by about a third if it is approved in the spring round.`,
  `Several residents at the meeting asked whether the old tower, a local landmark painted with the school's falcon mascot,
  could be saved. Sobczak said the village looked into it, but keeping an empty tank standing would still require paint,
  inspections and insurance.`,
];
const NAV1 = ['News', 'Sports', 'Obituaries', 'Opinion', 'Community', 'Classifieds', 'Public Notices', 'e-Edition'];
const FOOT1 = ['About Us', 'Contact Us', 'Terms of Use', 'Privacy Policy', 'Place an Ad', 'Submit a News Tip'];
const REL1 = ['Harlow Falls football falls in sectional semifinal', 'Library trustees approve longer Saturday hours', 'County fair board names new manager'];
const html1 = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>Village board approves new water tower | News | harlowfallsherald.com</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Harlow Falls Herald">
<meta name="author" content="Marcy Oyelaran">
<link rel="stylesheet" href="https://bloximages.townnews.com/flex/bootstrap.min.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Village board approves new water tower",
"author":[{"@type":"Person","name":"Marcy Oyelaran"}],"datePublished":"2026-10-29T11:00:00-04:00"}</script>
<script>var __tnt = __tnt || {}; __tnt.trackEvent = function(){};</script>
</head>
<body class="fixed-scroll-nav app-running" data-asset-type="article">
<a href="#main-page-container" class="sr-only">Skip to main content</a>
<header id="site-navbar-container"><div id="site-top-nav-container"><ul class="nav navbar-nav">${links(['Sign Up', 'Log In', 'Dashboard'])}</ul></div>
<div class="navbar-brand"><a href="/">Harlow Falls Herald</a></div>
<nav id="main-nav" class="navbar" aria-label="Main"><ul class="nav navbar-nav">${links(NAV1)}</ul></nav></header>
<div id="tncms-region-global-container-top" class="tncms-region"><div class="tnt-ads-container"><div class="tnt-ads">
<span class="ad-label">Advertisement</span><div id="tncms-block-ad-leaderboard"></div></div></div></div>
<div id="main-page-container" class="container"><div class="row"><div class="col-md-8 main-content">
<section id="section-breadcrumbs"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ol></section>
<article id="article-9f1c2e" class="asset" itemscope itemtype="http://schema.org/NewsArticle">
<header class="asset-header"><h1 class="headline"><span class="tnt-headline" itemprop="headline">Village board approves new water tower</span></h1>
<ul class="list-inline asset-byline"><li><span class="tnt-byline">By Marcy Oyelaran Staff Writer</span></li>
<li><time class="tnt-date asset-date text-muted" datetime="2026-10-29T11:00:00-04:00">Oct 29, 2026</time></li></ul>
<div class="share-container"><ul class="list-inline">
<li><a class="tnt-facebook">Facebook</a></li><li><a class="tnt-twitter">Twitter</a></li><li><a class="tnt-envelope">Email</a></li>
<li><a class="tnt-print">Print</a></li><li><a class="tnt-comments">Save</a></li></ul></div></header>
<div class="asset-photo"><figure class="photo"><img src="/content/tncms/assets/v3/editorial/tower.jpg" alt="">
<figcaption class="caption-text"><p>The 1958 water tower on Quarry Hill will be replaced next year.</p>
<span class="tnt-byline">Herald photo by Sam Kettering</span></figcaption></figure></div>
<div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">
<div class="subscriber-only">${ps(A1.slice(0, 3))}
<div class="tnt-ads-container"><span class="ad-label">Advertisement</span><div id="tncms-block-ad-inline"></div></div>
${ps(A1.slice(3))}</div>
<div class="subscription-required hidden"><h3>Subscribe to continue reading</h3><p>Only $1 for your first month.</p></div>
</div>
<div class="asset-tags"><ul class="list-inline">${links(['Harlow Falls', 'Water Tower', 'Village Board'])}</ul></div>
</article>
<section class="asset-recommend"><h3>Related to this story</h3><ul>${links(REL1)}</ul></section>
<div id="asset-comments"><h3>Comments</h3><p>Be the first to know when news breaks. Sign up for our email alerts.</p></div>
</div><aside class="col-md-4"><section class="tncms-block"><h3>Most Popular</h3><ol>${links(['Homecoming court announced'])}</ol></section>
<section class="newsletter"><h3>Daily Headlines</h3><p>Get the latest local news delivered to your inbox.</p>
<button>Sign up!</button></section></aside></div></div>
<footer id="site-footer-container"><ul>${links(FOOT1)}</ul>
<p>© 2026 Harlow Falls Herald. Powered by BLOX Content Management System from TownNews.com.</p></footer>
<div id="tnt-cookie-notice" class="alert"><p>We use cookies to improve your experience on our site.</p><button>Accept</button></div>
</body></html>`;

const B1 = [
  `Neighbors along Linwood Avenue in West Corliss say a proposed 48-unit apartment building would overwhelm a
  street that already floods during heavy rain.`,
  `The developer, Bramble Street Partners, presented revised plans to the Planning Board on Wednesday, cutting
  the building from five stories to four and adding 62 underground parking spaces.`,
  `"We heard the concerns about height and we listened," said project manager Tovah Greenleaf. She said the
  new design also includes a rain garden and a detention tank under the parking garage.`,
  `Residents were not convinced. More than 40 people attended, and most of the 19 who spoke opposed the project.`,
  `Lena Castellanos, who has lived on Linwood for 31 years, said water pooled in her basement three times last
  summer. "Putting more pavement here is not the answer," she said.`,
  `Town engineer Raj Mehndiratta said a drainage study submitted by the developer is still under review and
  that the town would hire an outside firm to check its assumptions.`,
  `The board continued the hearing to Dec. 10. Written comments can be sent to the Planning Department until
  Dec. 3.`,
  `Bramble Street Partners first proposed the project in March. The site, a former auto body shop, has been vacant since
  2019 and sits in a zone that allows multifamily housing by special permit.`,
  `Under the town's inclusionary rule, six of the units would be rented at prices affordable to households earning 80
  percent of the area median income. Two board members said they wanted to know whether more could be added.`,
];
const NAV2 = ['Local News', 'Traffic & Transit', 'Real Estate', 'Schools', 'Police & Fire', 'Weather', 'Events'];
const html2 = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Linwood Avenue Neighbors Push Back On Apartment Plan | West Corliss, MA Patch</title>
<meta name="description" content="A developer trimmed a 48-unit building but residents say flooding remains a concern.">
<meta property="og:site_name" content="Patch"><script src="https://patch.com/_next/static/chunks/main-4a1b.js" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Linwood Avenue Neighbors Push Back On Apartment Plan",
"author":{"@type":"Person","name":"Gideon Farrow"},"publisher":{"@type":"Organization","name":"Patch"}}</script>
</head><body><div id="__next">
<header class="styles_Header__aB3x" role="banner"><a href="/" aria-label="Patch">Patch</a>
<div class="styles_Header__community"><a href="/massachusetts/westcorliss">West Corliss, MA</a></div>
<nav aria-label="Topics"><ul>${links(NAV2)}</ul></nav><button>Subscribe</button><a href="/login">Log in</a></header>
<main><div class="styles_Ad__label">Advertisement</div><div id="div-gpt-ad-top"></div>
<article class="styles_Article__k2Ls">
<div class="styles_Article__tags"><a href="/t/neighbor-news">Neighbor News</a> <span>Politics &amp; Government</span></div>
<h1 class="styles_Article__title">Linwood Avenue Neighbors Push Back On Apartment Plan</h1>
<h6 class="styles_Article__subtitle">A developer trimmed a 48-unit building by a story, but residents say flooding is still the problem.</h6>
<div class="styles_Byline"><a href="/users/gideon-farrow">Gideon Farrow</a>, <span>Patch Staff</span>
<time datetime="2026-11-20T14:12:00Z">Posted Fri, Nov 20, 2026 at 9:12 am ET</time></div>
<div class="styles_Share"><button>Reply</button><button>Share</button><button>Thank</button></div>
<figure><img src="https://patch.com/img/cdn20/users/linwood.jpg" alt=""><figcaption>The site of the proposed building on Linwood Avenue.
(Gideon Farrow/Patch)</figcaption></figure>
<section class="styles_Section__body">${ps(B1.slice(0, 4))}
<aside class="styles_Newsletter"><p>Get more local news delivered straight to your inbox. Sign up for free Patch newsletters and alerts.</p>
<button>Sign up</button></aside>
${ps(B1.slice(4))}</section>
<section class="styles_Comments"><h2>Comments</h2><p>Log in to leave a comment.</p></section>
</article>
<aside class="styles_Rail"><h2>More from West Corliss</h2>
<ul>${links(['Holiday Tree Lighting Set For Town Green', 'Corliss High Names New Principal'])}</ul></aside>
</main>
<footer><ul>${links(['About Patch', 'Careers', 'Terms of Use', 'Privacy Policy', 'Do Not Sell My Personal Information'])}</ul>
<p>© 2026 Patch Media. All Rights Reserved.</p></footer></div></body></html>`;

export const HELDOUT237_A: readonly TestPage[] = [
  {
    name: 'heldout237-townnews-blox-weekly-news',
    kind: 'news',
    html: html1,
    title: 'Village board approves new water tower',
    headings: [],
    body: texts(A1),
    bylines: ['By Marcy Oyelaran Staff Writer', 'Oct 29, 2026'],
    furniture: [
      ...NAV1,
      ...FOOT1,
      ...REL1,
      'Sign Up',
      'Log In',
      'Dashboard',
      'Skip to main content',
      'Advertisement',
      'The 1958 water tower on Quarry Hill will be replaced next year.',
      'Herald photo by Sam Kettering',
      'Facebook',
      'Twitter',
      'Subscribe to continue reading',
      'Only $1 for your first month.',
      'Harlow Falls',
      'Related to this story',
      'Be the first to know when news breaks. Sign up for our email alerts.',
      'Most Popular',
      'Homecoming court announced',
      'Daily Headlines',
      'Get the latest local news delivered to your inbox.',
      'Sign up!',
      'We use cookies to improve your experience on our site.',
      'Accept',
      'Email',
      'Print',
      'Home',
    ],
  },
  {
    name: 'heldout237-patch-local-news',
    kind: 'news',
    html: html2,
    title: 'Linwood Avenue Neighbors Push Back On Apartment Plan',
    headings: [],
    body: texts(['A developer trimmed a 48-unit building by a story, but residents say flooding is still the problem.', ...B1]),
    bylines: ['Gideon Farrow', 'Patch Staff', 'Posted Fri, Nov 20, 2026 at 9:12 am ET'],
    furniture: [
      ...NAV2,
      'West Corliss, MA',
      'Subscribe',
      'Log in',
      'Advertisement',
      'Neighbor News',
      'Politics & Government',
      'Reply',
      'Share',
      'Thank',
      'The site of the proposed building on Linwood Avenue. (Gideon Farrow/Patch)',
      'Get more local news delivered straight to your inbox. Sign up for free Patch newsletters and alerts.',
      'Sign up',
      'Log in to leave a comment.',
      'More from West Corliss',
      'Holiday Tree Lighting Set For Town Green',
      'Corliss High Names New Principal',
      'About Patch',
      'Careers',
      'Terms of Use',
      'Privacy Policy',
      'Do Not Sell My Personal Information',
      '© 2026 Patch Media. All Rights Reserved.',
    ],
  },
];
