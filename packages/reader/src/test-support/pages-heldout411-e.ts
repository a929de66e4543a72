import { links, ps, type TestPage, texts } from './page-kit.js';
import { toyRecall } from './pages-heldout411-e2.js';
import { j, lis } from './pages-heldout411-kit.js';

/**
 * Held-out batch 411, file e: a recall story on a local newspaper's TownNews BLOX CMS site (weather and e-edition bar, tnt
 * header and menu, section kicker, headline and subhead, byline with staff title, dates, share tools, lead photo with
 * caption and credit, article body with an inline "Related" promo and a list, tags, the "Most Popular" rail, newsletter
 * box, comment guidelines and footer) and, from file e2, a toy recall on a consumer group's Next.js site.
 */
const lTitle = 'Dairy recall reaches Valmont County schools as district pulls yogurt cups from lunch menus';
const lSub = 'Health department says no illnesses reported; parents urged to check home refrigerators';
const lBody1 = [
  j(
    'Three Valmont County school districts pulled single-serve yogurt cups from their cafeterias Wednesday after a regional',
    'dairy recalled more than 40,000 cases over concerns that some cups may contain small pieces of hard plastic.',
  ),
  j(
    'Brookhaven Dairy Cooperative, based in neighboring Pell County, announced the recall late Tuesday. The company said a',
    'guard on a filling machine at its Orrin plant cracked during a production run in February and that fragments may have',
    'fallen into cups of strawberry, vanilla and mixed berry yogurt.',
  ),
  j(
    'The Valmont Unified, Sutter Creek and Hadley Falls districts all buy the 4-ounce cups through a regional food service',
    'contract. Valmont Unified food services director Carla Minetti said staff removed every cup from kitchen coolers by 9 a.m.',
    'and replaced them with fruit and string cheese.',
  ),
  j(
    '“We got the call from our distributor at six in the morning, and by the time the first bus arrived there was not a single',
    'cup left on a lunch line,” Minetti said. “We would rather throw away a few hundred dollars of yogurt than take a chance.”',
  ),
];
const lHeading1 = 'What is being recalled';
const lList = [
  'Brookhaven Strawberry Lowfat Yogurt, 4 oz cups, use by dates March 20 through April 2, 2026',
  'Brookhaven Vanilla Lowfat Yogurt, 4 oz cups, same dates',
  'Brookhaven Mixed Berry Lowfat Yogurt, 4 oz cups and 6-packs, same dates',
];
const lBody2 = [
  j(
    'The cups were sold at grocery stores across the region, including Fresh Basket and Corner Market locations, and were',
    'supplied to schools, hospitals and senior centers. The plant code, P-2207, is printed on the lid next to the date.',
  ),
];
const lHeading2 = 'No injuries reported';
const lBody3 = [
  j(
    'County health officer Dr. Samuel Achterberg said the department had received no reports of injuries or illnesses as of',
    'Wednesday afternoon. He said the risk was mainly of cuts to the mouth or damaged teeth, and that families should not panic.',
  ),
  j(
    '“This is a physical hazard, not a bacterial one,” Achterberg said. “If you have these cups at home, do not eat them, take',
    'them back to the store, and if your child has already eaten one and is fine, they are fine.”',
  ),
  j(
    'Brookhaven said in a statement that it had shut down the affected line, replaced the guard and added a metal and plastic',
    'detector at the end of the filling process. The cooperative, owned by 62 dairy farms in the region, said it had never had',
    'a recall in its 48-year history.',
  ),
  j(
    'Consumers can return the cups to the store for a refund or call Brookhaven’s customer line at 555-0148 between 8 a.m. and',
    '6 p.m. Districts said they expect to resume serving yogurt from a different supplier next week.',
  ),
];
const lTags = ['Food Recall', 'Schools', 'Public Health', 'Valmont Unified School District'];
const lPopular = [
  'Council delays vote on downtown parking garage again',
  'Hadley Falls bakery closes after 70 years',
  'Sheriff’s office seeks help finding missing hiker',
];
const lNav = ['News', 'Sports', 'Opinion', 'Obituaries', 'Business', 'Lifestyles', 'e-Edition', 'Classifieds'];
const lFoot = ['Contact Us', 'Advertise', 'Subscriber Services', 'Terms of Use', 'Privacy Policy', 'Site Map'];
const lShare = ['Facebook', 'Twitter', 'WhatsApp', 'SMS', 'Email', 'Print', 'Copy article link', 'Save'];
const lCaption = 'Cafeteria workers at Lincoln Elementary School replace yogurt cups with fruit on Wednesday morning.';
const lHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${lTitle} | Local News | valmontherald.example</title>
<meta name="description" content="${lSub}"><meta property="og:type" content="article"><meta name="author" content="Maya Redfern">
<meta property="article:section" content="Local News"><meta name="twitter:site" content="@ValmontHerald">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${lTitle}","datePublished":"2026-03-11T17:45:00-07:00",
"author":[{"@type":"Person","name":"Maya Redfern"}],"publisher":{"@type":"Organization","name":"Valmont Herald"}}</script>
<script>var __tnt = __tnt || {}; __tnt.user = {}; __tnt.asset = {"uuid":"7c1e0a52-1d9b-11f1-9b3e-5f6c1a2b3c4d","type":"article"};</script>
<link rel="stylesheet" href="https://bloximages.example/tncms/live/site/valmontherald/css/tnt.bootstrap.css"></head>
<body class="app-editorial asset-type-article" data-path="/news/local/dairy-recall"><div id="site-container">
<div class="weather-bar"><span class="tnt-weather">Valmont, CA (95461)</span> <span>Today: Partly cloudy. High 64F.</span>
<a href="/eedition">e-Edition</a></div>
<header class="tnt-header"><div id="site-top-nav-container"><a href="/subscribe" class="btn btn-primary">Subscribe</a>
<a href="/users/login" class="tnt-signin">Log In</a></div><div id="main-navigation"><div class="logo"><a href="/">Valmont Herald</a></div>
<ul class="nav navbar-nav">${links(lNav, 'dropdown')}</ul></div></header>
<div class="container main-container"><div class="row"><div class="col-md-8"><article itemscope itemtype="http://schema.org/NewsArticle" class="asset">
<header class="asset-header"><div class="meta"><span class="kicker"><a href="/news/local/">Local News</a></span></div>
<h1 class="headline"><span class="tnt-headline" itemprop="headline">${lTitle}</span></h1>
<h2 class="subhead"><span class="tnt-subheadline" itemprop="alternativeHeadline">${lSub}</span></h2>
<div class="asset-byline"><ul class="list-inline"><li><span itemprop="author" class="tnt-byline">By Maya Redfern</span></li>
<li><span class="tnt-byline-title">Staff Writer</span></li></ul>
<ul class="list-inline"><li><time datetime="2026-03-11T17:45:00-07:00" class="tnt-date asset-date text-muted">Mar 11, 2026</time></li>
<li><span class="asset-updated">Updated 2 hrs ago</span></li></ul></div>
<div class="share-container content-above"><ul class="list-inline">${lis(lShare, 'share')}</ul></div></header>
<div class="asset-photo"><figure class="photo"><img src="https://bloximages.example/tncms/assets/yogurt.jpg" alt="">
<figcaption class="caption"><div class="caption-text"><p>${lCaption}</p></div>
<div class="tnt-byline">Jordan Tse, Valmont Herald</div></figcaption></figure></div>
<div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody"><div class="subscriber-preview">
${ps(lBody1)}
</div>
<div class="tnt-inline-related"><strong>Related:</strong> <a href="/news/local/food-safety">How food recalls work, and how to sign up for alerts</a></div>
<h3>${lHeading1}</h3>
<ul>${lList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(lBody2)}
<div class="tnt-ads-container"><span class="ad-label">Advertisement</span><div id="tncms-region-article_instory_top"></div></div>
<h3>${lHeading2}</h3>
${ps(lBody3)}
</div>
<div class="asset-contact"><p><em>Maya Redfern covers education for the Herald. Reach her at mredfern@valmontherald.example.</em></p></div>
<div class="asset-tags"><h4>Tags</h4><ul class="list-inline">${links(lTags, 'tag')}</ul></div>
<div id="asset-comments"><h3>Comments</h3><p class="comment-guidelines">Welcome to the discussion. Keep it clean. Don’t threaten. Be truthful. Be nice.</p>
<p><a href="/users/login">Log In</a> to comment.</p></div></article></div>
<aside class="col-md-4 sidebar"><div class="tnt-section-tabs"><h3>Most Popular</h3><ol>${links(lPopular)}</ol></div>
<div class="newsletter-signup"><h3>Morning Headlines</h3><p>Get the day’s top local stories in your inbox every morning.</p>
<form><input type="email" placeholder="Email address"><button>Sign Up</button></form></div></aside></div></div>
<footer class="site-footer"><ul class="list-inline">${links(lFoot)}</ul>
<p class="copyright">© 2026 Valmont Herald, 410 Mercer Street, Valmont, CA. Powered by BLOX Content Management System from TownNews.com.</p></footer>
</div><script src="https://bloximages.example/tncms/live/global/js/tnt.js"></script></body></html>`;
const localNews: TestPage = {
  name: 'heldout411-blox-local-news-recall',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: [lHeading1, lHeading2],
  body: texts([lSub, ...lBody1, ...lList, ...lBody2, ...lBody3]),
  bylines: ['By Maya Redfern', 'Staff Writer', 'Mar 11, 2026', 'Updated 2 hrs ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Valmont, CA (95461)', 'Today: Partly cloudy. High 64F.', 'Subscribe', 'Log In', 'Valmont Herald', ...lNav, 'Local News', ...lShare, lCaption,
    'Jordan Tse, Valmont Herald', 'How food recalls work, and how to sign up for alerts', 'Advertisement',
    'Maya Redfern covers education for the Herald. Reach her at mredfern@valmontherald.example.', 'Tags', ...lTags, 'Comments',
    'Welcome to the discussion. Keep it clean. Don’t threaten. Be truthful. Be nice.', 'to comment.', 'Most Popular', ...lPopular, 'Morning Headlines',
    'Get the day’s top local stories in your inbox every morning.', 'Sign Up',
    '© 2026 Valmont Herald, 410 Mercer Street, Valmont, CA. Powered by BLOX Content Management System from TownNews.com.',
  ],
};

export const HELDOUT411_E: readonly TestPage[] = [localNews, toyRecall];
