import { links, type TestPage } from './page-kit.js';
import { kyodo } from './pages-heldout148-c2.js';
import { gold, parse, render } from './pages-heldout148-kit.js';

/**
 * Held-out batch 148, file c: a Deutsche Presse-Agentur (dpa) English wire story on a small-town newspaper site built on
 * TownNews BLOX CMS (the top bar with weather, "e-Edition", "Subscribe" and "Log In", the section nav and hidden flyout
 * menu, the breaking-news email bar, the section label, headline, "By dpa" byline and date, the share list, the photo
 * caption with its "Photo: ... /dpa" credit, "Advertisement" slots inside the article body, the dpa copyright line, the
 * tag list, the "Get local news delivered to your inbox!" box, the "Most Popular" tabs, the "Welcome to the discussion."
 * comment rules with the comment-form labels, the hidden login modal and the footer) and, from file c2, a Kyodo News story.
 */
const dpTitle = 'German town bans leaf blowers, citing insects and the neighbours';
const dpSrc = `
Kellerbach, Germany (dpa) - A small town in western Germany has become one of the first in the country to ban petrol and
electric leaf blowers on public and private land, saying the machines harm insects and drive residents to distraction every
autumn.

The town council in Kellerbach, a community of about 14,000 people in the hills east of the Rhine, voted 19 to 8 on Monday
evening to prohibit the devices from next March. Gardeners who break the rule face fines of up to 500 euros ($580), although
the mayor said the town would start by issuing warnings.

"Rakes have worked for centuries. They are quiet, they are cheap, and they do not blow beetles into the road," Mayor Annegret
Vossberg told dpa on Tuesday.

Environmental groups have long criticized leaf blowers and leaf vacuums, which they say kill insects, spiders and small
animals that shelter in fallen leaves over the winter. Germany's federal environment agency has recommended that towns limit
their use, but has stopped short of calling for a ban.

@@ad1

The council's decision followed a petition signed by more than 2,300 residents, many of whom complained about noise early on
Saturday mornings. The town's own parks department, which owns 11 blowers, will switch to rakes and electric sweepers for
paths and car parks.

Not everyone is pleased. A regional association of landscaping firms said the ban would raise costs for homeowners and for
businesses that maintain large properties, such as cemeteries and sports grounds.

"A worker with a blower does in one hour what takes three hours with a rake," said the association's spokesman, Dirk
Hallmann. "Someone will have to pay for that, and it will be the customers."

Hallmann said the association was considering a legal challenge, arguing that a town council did not have the power to
regulate equipment that is legal to sell across Germany. Legal experts quoted by regional broadcasters were divided on
whether the ban would hold up in court.

@@ad2

Other towns are watching closely. At least three municipalities in the same district have asked Kellerbach for a copy of the
ordinance, according to Vossberg, and a state lawmaker from the Greens said she would propose similar rules for public parks
across the state.

In Kellerbach itself, the debate has spilled onto the streets. Retired teacher Gisela Brandner, 71, said she had raked her
garden for 40 years and was glad the town had acted. Her neighbour across the road, she added, was less enthusiastic.
`;
const dpBlocks = parse(dpSrc);
const dpGold = gold(dpBlocks);
const dpTop = ['e-Edition', 'Subscribe', 'Log In'];
const dpNav = ['News', 'Sports', 'Obituaries', 'Opinion', 'Business', 'Entertainment', 'Classifieds', 'Jobs', 'Homes', 'Public Notices'];
const dpShare = ['Facebook', 'Twitter', 'WhatsApp', 'SMS', 'Email', 'Print', 'Copy article link', 'Save'];
const dpCaption = 'Leaves lie on a footpath in Kellerbach. The town council has voted to ban leaf blowers from next March.';
const dpCredit = 'Photo: Marius Engel/dpa';
const dpTags = ['Germany', 'Environment', 'Local Government', 'Dpa'];
const dpNews = [
  'Get local news delivered to your inbox!',
  'Subscribe to our Daily Headlines newsletter.',
  'Email Address',
  'Sign up!',
  '* I understand and agree that registration on or use of this site constitutes agreement to its user agreement and privacy policy.',
];
const dpPopular = [
  'Council approves new traffic lights at Ridge Road crossing',
  'Harvest festival returns to Millbrook Park this weekend',
  'Sentinel boys soccer wins district title in overtime',
  'Former mill site to become riverside housing, developer says',
];
const dpRules = [
  ['Keep it Clean.', 'Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.'],
  ['PLEASE TURN OFF YOUR CAPS LOCK.', ''],
  ['Don’t Threaten.', 'Threats of harming another person will not be tolerated.'],
  ['Be Truthful.', 'Don’t knowingly lie about anyone or anything.'],
  ['Be Nice.', 'No racism, sexism or any sort of -ism that is degrading to another person.'],
  ['Be Proactive.', 'Use the ‘Report’ link on each comment to let us know of abusive posts.'],
];
const dpFoot = ['Contact Us', 'Terms of Use', 'Privacy Policy', 'Advertise With Us', 'Submit News', 'Place an Ad', 'Manage Subscription'];
const dpAd = (id: string): string => `<div class="tnt-ads-container tnt-ads-in-article hidden-print" id="${id}"><div class="tnt-ads">
<span class="tnt-ads-label">Advertisement</span><div id="tncms-region-${id}" class="tncms-region"></div></div></div>`;
const dpHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${dpTitle} | World | tricountysentinel.example</title>
<meta name="description" content="A small town in western Germany has become one of the first in the country to ban leaf blowers.">
<meta name="author" content="dpa"><meta property="og:type" content="article"><meta property="og:title" content="${dpTitle}">
<meta property="og:site_name" content="Tri-County Sentinel">
<meta property="article:section" content="World"><meta name="tncms-access-version" content="1760451234">
<link rel="canonical" href="https://www.tricountysentinel.example/news/world/german-town-bans-leaf-blowers/article_5c1e2f4a-a912-11f0-8c3b-2f8e6a1d9b70.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${dpTitle}","author":[{"@type":"Person","name":"dpa"}],
"datePublished":"2025-10-14T07:42:00-05:00","publisher":{"@type":"Organization","name":"Tri-County Sentinel"},"isAccessibleForFree":"True"}</script>
<script>var TNCMS=TNCMS||{};TNCMS.AdManager={slots:[]};TNCMS.Access={version:1760451234,metered:true};</script>
<link rel="stylesheet" href="https://bloximages.example/tncms/tncms/templates/global/resources/css/bootstrap.min.css"></head>
<body class="asset-page fixed-nav page-type-article" data-asset-type="article">
<a href="#main-page-container" class="sr-only sr-only-focusable">Skip to main content</a>
<div id="site-container"><div id="site-top-nav-container" class="hidden-xs hidden-sm"><div id="site-top-nav" class="container">
<div class="weather-widget"><span class="temp">59°</span><span class="conditions">Partly Cloudy</span></div>
<ul class="nav navbar-nav navbar-right">${links(dpTop, 'tnt-section-link')}</ul></div></div>
<header id="site-header" class="container"><a class="navbar-brand" href="/"><img src="/logo.png" alt="Tri-County Sentinel"></a>
<button class="navbar-toggle" data-toggle="offcanvas"><span class="sr-only">Toggle navigation</span><span class="icon-bar"></span></button></header>
<nav id="main-navigation" class="navbar navbar-default" role="navigation"><ul class="nav navbar-nav">${links(dpNav, 'dropdown')}</ul></nav>
<div id="site-flyout-container" class="offcanvas" aria-hidden="true" hidden><div class="flyout-content"><ul class="nav">${links(dpNav, 'flyout-item')}</ul>
</div></div>
<div class="breaking-email-bar"><span>Breaking News Alerts: </span><a href="/newsletters/">Sign up for email alerts</a></div>
<div id="main-page-container" class="container"><div class="row"><div class="col-md-8 main-content">
<section id="article-container"><article class="asset type-article" itemscope itemtype="http://schema.org/NewsArticle" id="article_5c1e2f4a">
<header class="asset-header"><div class="meta"><span class="asset-section"><a href="/news/world/">World</a></span></div>
<h1 class="headline"><span class="tnt-headline" itemprop="headline">${dpTitle}</span></h1>
<div class="asset-masthead"><ul class="list-inline"><li><span itemprop="author" class="tnt-byline">By dpa</span></li>
<li><time datetime="2025-10-14T07:42:00-05:00" class="tnt-date asset-date text-muted">Oct 14, 2025</time></li></ul></div>
<div class="share-container headline-right"><ul class="list-inline">${dpShare
  .map((t) => `<li class="share"><a href="#" class="btn btn-link" title="${t}" rel="nofollow"><span class="sr-only">${t}</span></a></li>`)
  .join('')}</ul></div></header>
<div class="asset-photo"><figure class="photo layout-horizontal"><div class="image"><img src="https://bloximages.example/leaves.jpg" alt="Leaf blower ban"
itemprop="image"></div><figcaption class="caption"><div class="caption-text"><p>${dpCaption}</p></div>
<div class="tnt-byline">${dpCredit}</div></figcaption></figure></div>
<div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">
${render(dpBlocks, {}, { ad1: dpAd('inline-1'), ad2: dpAd('inline-2') })}
</div>
<div class="asset-copyright">© dpa GmbH</div>
<div class="asset-tags"><span class="tags-label">Tags</span><ul class="list-inline">${links(dpTags, 'tag')}</ul></div>
<div class="newsletter-signup card"><div class="card-header"><h3>${dpNews[0]}</h3></div><div class="card-body"><p>${dpNews[1]}</p>
<form><label for="n-email" class="sr-only">${dpNews[2]}</label><input id="n-email" type="email" placeholder="Email Address">
<button class="btn btn-primary">${dpNews[3]}</button><p class="small">${dpNews[4]}</p></form></div></div>
<div class="asset-comments" id="comments"><div class="tnt-comments-rules"><h4>Welcome to the discussion.</h4>${dpRules
  .map(([h, t]) => `<p><strong>${h}</strong> ${t}</p>`)
  .join('\n')}</div>
<form class="comment-form"><label for="c-body">Post a comment as Guest</label><textarea id="c-body"></textarea>
<button class="btn">Post comment</button></form><p class="comments-count">Be the first to comment.</p></div>
</article></section></div>
<aside class="col-md-4 sidebar">${dpAd('sidebar-1')}<div class="most-popular"><h3 class="block-title">Most Popular</h3><ul class="nav nav-tabs">
<li class="active"><a href="#articles">Articles</a></li><li><a href="#images">Images</a></li><li><a href="#videos">Videos</a></li></ul>
<ol class="tnt-popular">${links(dpPopular, 'popular-item')}</ol></div></aside></div></div>
<div id="user-modal" class="modal" role="dialog" aria-hidden="true" hidden><div class="modal-content"><h4 class="modal-title">Log In</h4>
<label for="user-email">Email or Screen Name</label><input id="user-email"><label for="user-pass">Password</label><input id="user-pass" type="password">
<button class="btn btn-primary">Log In</button><a href="/users/forgot/">Forgot your password?</a></div></div>
<footer id="site-footer"><ul class="footer-links">${links(dpFoot)}</ul>
<p class="copyright">© Copyright 2025 Tri-County Sentinel, 210 Ferry St, Millbrook | Powered by BLOX Content Management System from TownNews.com.</p>
</footer></div><script src="https://bloximages.example/tncms/tncms/templates/global/resources/js/tncms.min.js" defer></script></body></html>`;
const dpa: TestPage = {
  name: 'heldout148-dpa-blox-news',
  kind: 'news',
  html: dpHtml,
  // the "Kellerbach, Germany (dpa) -" dateline opens the first paragraph and stays part of it (body)
  title: dpTitle,
  headings: dpGold.headings,
  body: dpGold.body,
  bylines: ['By dpa', 'Oct 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', '59°', 'Partly Cloudy', ...dpTop, 'Toggle navigation', ...dpNav, 'Breaking News Alerts:', 'Sign up for email alerts', 'World',
    ...dpShare, dpCaption, dpCredit, 'Advertisement', '© dpa GmbH', 'Tags', ...dpTags, ...dpNews, 'Welcome to the discussion.',
    ...dpRules.flat().filter((t) => t !== ''), 'Post a comment as Guest', 'Post comment', 'Be the first to comment.', 'Most Popular', 'Articles', 'Images',
    'Videos', ...dpPopular, 'Email or Screen Name', 'Password', 'Forgot your password?', ...dpFoot,
    '© Copyright 2025 Tri-County Sentinel, 210 Ferry St, Millbrook | Powered by BLOX Content Management System from TownNews.com.',
  ],
};

export const HELDOUT148_C: readonly TestPage[] = [dpa, kyodo];
