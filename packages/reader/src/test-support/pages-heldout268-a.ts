import { links, ps, type TestPage, texts } from './page-kit.js';
import { wpBlog } from './pages-heldout268-a2.js';
import { waybackBar, waybackHead, waybackTail, waybackTexts } from './pages-heldout268-kit.js';

/**
 * Held-out batch 268, file a: a Wayback Machine capture of a regional newspaper article on the BLOX (TownNews) template (the
 * Wayback toolbar with #wm-ipp-base and #donato, /web/ rewritten URLs, the site's top bar, section nav, breadcrumbs, byline
 * block, share tools, photo with caption and credit, an inline "Read more" promo, a subscriber prompt, tags, related rail and
 * footer) and, from file a2, a Wayback capture of a WordPress blog post.
 */
const ts = '20190512031544';
const url = 'https://www.carrowsentinel.com/news/local/county-approves-water-main-plan/article_4f1c.html';
const w = (path: string): string => `/web/${ts}/https://www.carrowsentinel.com${path}`;
const title = 'County approves $4.2 million plan to replace Millbrook water mains';
const p1 = [
  `MILLBROOK — Carrow County commissioners voted 4-1 on Thursday to borrow $4.2 million to replace nearly six miles of cast-iron
water mains under Millbrook's oldest neighborhoods, ending a two-year argument over who should pay for pipes that were laid
before most residents were born.`,
  `The mains, some dating to 1931, broke 38 times last year, according to the county utilities department. Each break left
streets flooded and dozens of homes without water for up to a day while crews dug down to the pipe.`,
  `"We have been patching the same blocks over and over," utilities director Orla Penfold told commissioners. "At some point the
patches cost more than the pipe."`,
  `The plan splits the work into three phases. Crews will start this fall on Juniper Street and the blocks around Millbrook
Elementary, where breaks have been most frequent, and move north through 2021.`,
];
const p2 = [
  `The loan comes from the state's revolving fund for drinking water projects at an interest rate of 1.9 percent over 20 years.
Water customers across the county will see an increase of about $2.40 a month on their bills starting in January, the
department estimated.`,
  `Commissioner Hal Brewick, who cast the only no vote, said Millbrook customers should carry more of the cost because their
neighborhoods benefit most. "Folks in Ashby and Turner's Crossing have paid for their own pipe," he said.`,
  `Others on the board disagreed. Commissioner Renata Solís said the county system is a single utility and that splitting bills
by neighborhood would set a precedent the county could not afford to follow.`,
  'Residents on affected streets can expect:',
];
const p3 = [
  'A door hanger at least two weeks before crews arrive on their block',
  'Water shut-offs of no more than eight hours, scheduled during weekdays',
  'Temporary parking restrictions while trenches are open',
  'Repaved streets within 60 days of the new main being connected',
];
const p4 = [
  `Penfold said the department would post a map of each phase on the county website and hold an open house at the Millbrook
library in August for residents with questions about driveways, landscaping and service lines.`,
  `Bids for the first phase are due in July. The county expects to award the contract at its Aug. 8 meeting.`,
];
const nav = ['News', 'Sports', 'Opinion', 'Obituaries', 'Entertainment', 'Classifieds', 'Jobs', 'e-Edition'];
const crumbs = ['Home', 'Local News'];
const related = [
  'Ashby council weighs sewer rate increase for 2020',
  'Millbrook Elementary to add portable classrooms this fall',
  'Road closures planned on Route 9 bridge for inspection',
];
const tags = ['Public Works', 'Infrastructure', 'Budget 2019'];
const foot = ['Contact Us', 'Advertise', 'Submit News', 'Terms of Use', 'Privacy Policy', 'Subscriber Services'];
const html = `<!DOCTYPE html>
<html lang="en-US"><head>${waybackHead}
<meta charset="utf-8"><title>${title} | Local News | carrowsentinel.com</title>
<meta name="description" content="Carrow County commissioners voted 4-1 to borrow $4.2 million to replace six miles of water mains.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Carrow Valley Sentinel">
<meta name="author" content="Dana Whitcombe"><link rel="canonical" href="${url}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}",
"datePublished":"2019-05-10T18:30:00-04:00","dateModified":"2019-05-11T09:12:00-04:00","author":[{"@type":"Person","name":"Dana Whitcombe"}]}</script>
<script src="/web/${ts}js_/https://bloximages.example/tncms/tncms.js"></script>
<script>var __tnt = {"site":{"name":"carrowsentinel.com"},"asset":{"type":"article","uuid":"4f1c"}};</script></head>
<body class="fixed-scroll-nav app-news section-news-local asset-type-article">
${waybackBar('87', '11 May 2019 - 04 Feb 2024', 'Archive Team', 'ArchiveBot: The Archive Team Crowdsourced Crawler', ts, url, ['APR', 'MAY', 'JUN'])}
<div id="site-container"><header id="site-header"><div id="site-top-nav-container"><ul class="nav navbar-nav navbar-right">
<li><a href="${w('/users/login/')}" class="tnt-user-login">Log In</a></li>
<li><a href="${w('/subscribe/')}" class="btn btn-primary tnt-subscribe">Subscribe</a></li></ul>
<div class="weather-current"><span class="tnt-weather-temp">61°</span> <span class="tnt-weather-text">Partly cloudy</span></div></div>
<div id="site-logo"><a href="${w('/')}"><img src="/web/${ts}im_/https://bloximages.example/logo.png" alt="Carrow Valley Sentinel"></a></div>
<nav id="main-navigation" class="navbar"><ul class="nav navbar-nav">${links(nav, 'dropdown')}</ul></nav></header>
<div id="main-page-container" class="container"><div class="row"><div class="col-lg-8 col-md-8">
<ol class="breadcrumb">${links(crumbs)}</ol>
<article class="asset" itemscope itemtype="http://schema.org/NewsArticle"><header class="asset-header">
<h1 class="headline"><span class="asset-headline speakable-headline" itemprop="headline">${title}</span></h1>
<h2 class="subheadline">Bills to rise about $2.40 a month starting in January</h2>
<ul class="list-inline"><li><span class="tnt-byline">By <a href="${w('/users/profile/dwhitcombe')}">Dana Whitcombe</a></span></li>
<li class="byline-title">Staff Writer</li></ul>
<ul class="list-inline"><li class="hidden-print"><time datetime="2019-05-10T18:30:00-04:00" class="tnt-date asset-date text-muted">May 10, 2019</time></li>
<li><time datetime="2019-05-11T09:12:00-04:00" class="tnt-date asset-date text-muted">Updated May 11, 2019</time></li></ul>
<div class="share-container"><ul class="list-inline"><li class="share facebook"><a href="#"><span class="tnt-svg">Facebook</span></a></li>
<li class="share twitter"><a href="#">Twitter</a></li><li class="share email"><a href="#">Email</a></li>
<li class="share print"><a href="#">Print</a></li><li class="share save"><a href="#">Save</a></li></ul></div></header>
<div class="asset-photo"><figure class="photo"><img src="/web/${ts}im_/https://bloximages.example/water-main.jpg" alt="">
<figcaption class="caption-container"><div class="caption-text"><p>A county crew repairs a broken main on Juniper Street in March.</p></div>
<span class="tnt-byline">Sentinel file photo</span></figcaption></figure></div>
<div class="asset-content subscriber-premium" itemprop="articleBody" id="article-body"><div class="lee-article-text">
${ps(p1)}
<div class="tnt-ads-container"><div class="tnt-ads advertisement"><span class="tnt-ads-label">Advertisement</span></div></div>
<p class="tnt-inline-promo"><strong>Read more:</strong> <a href="${w('/news/local/rates/')}">Utility board sets hearing on 2020 rate schedule</a></p>
${ps(p2)}
<ul>${p3.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p4)}
</div></div>
<div class="subscriber-only encrypted-content"><div class="subscription-notice"><h3>Support local journalism</h3>
<p>Subscribe today for unlimited access to carrowsentinel.com. Only 99 cents for the first month.</p></div></div>
<div class="asset-tags"><ul class="list-inline"><li class="tags-label">Tags</li>${links(tags, 'tag')}</ul></div>
<div class="asset-author"><div class="tnt-author"><h5><a href="${w('/users/profile/dwhitcombe')}">Dana Whitcombe</a></h5>
<p class="author-bio">Dana covers county government and utilities for the Sentinel.</p></div></div></article></div>
<aside class="col-lg-4 col-md-4"><section class="block related-stories"><h3 class="block-title">Related to this story</h3>
<ul>${links(related, 'card')}</ul></section><section class="block most-popular"><h3 class="block-title">Most Popular</h3>
<ol>${links(['Two injured in Route 9 crash near Ashby', "Turner's Crossing bakery closes after 41 years"])}</ol></section></aside></div></div>
<footer id="site-footer"><ul class="list-inline">${links(foot)}</ul>
<p class="copyright">© Copyright 2019 Carrow Valley Sentinel, 120 Dock St. Millbrook. | Powered by BLOX Content Management System.</p></footer></div>
</body></html>${waybackTail('03:15:44 May 12, 2019')}`;
export const blox: TestPage = {
  name: 'heldout268-wayback-blox-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts([...p1, ...p2, ...p3, ...p4]),
  bylines: ['Dana Whitcombe', 'May 10, 2019', 'Updated May 11, 2019', 'Staff Writer'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...waybackTexts('87', '11 May 2019 - 04 Feb 2024', 'Archive Team', 'ArchiveBot: The Archive Team Crowdsourced Crawler', ts, url, ['APR', 'MAY', 'JUN']),
    'Log In', 'Subscribe', 'Partly cloudy', ...nav, ...crumbs,
    'Facebook', 'Twitter', 'Email', 'Print', 'Save', 'A county crew repairs a broken main on Juniper Street in March.', 'Sentinel file photo',
    'Advertisement', 'Read more:', 'Utility board sets hearing on 2020 rate schedule', 'Support local journalism',
    'Subscribe today for unlimited access to carrowsentinel.com. Only 99 cents for the first month.', 'Tags', ...tags,
    'Dana covers county government and utilities for the Sentinel.', 'Related to this story', ...related, 'Most Popular',
    'Two injured in Route 9 crash near Ashby', "Turner's Crossing bakery closes after 41 years", ...foot,
    '© Copyright 2019 Carrow Valley Sentinel, 120 Dock St. Millbrook. | Powered by BLOX Content Management System.',
  ],
};

export const HELDOUT268_A: readonly TestPage[] = [blox, wpBlog];
