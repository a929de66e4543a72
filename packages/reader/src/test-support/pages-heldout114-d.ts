import { links, ps, type TestPage, texts } from './page-kit.js';
import { paywallPage } from './pages-heldout114-d2.js';

/**
 * Held-out batch 114, file d: a BLOX CMS (TownNews) daily's story whose article body opens with a "Want more stories like
 * this? Follow us on Google News" line, then the story (tnt- and asset- classes, the section kicker, byline with
 * author card, "Updated" time, the share tools with "Print" and "Save", the lead photo caption, an "Ad" slot and a
 * "Related to this story" list, "Trending" rail, the Google News follow line repeated under the story, the "Reader
 * comments" notice and the footer) and, from file d2, a McClatchy-style story with a paywall meter banner in the article.
 */
const title = 'City council approves $4.2 million plan to replace lead water lines';
const follow = 'Want more stories like this? Follow us on Google News';
const paras = [
  'The Brennan City Council voted 6-1 on Monday to spend $4.2 million replacing the last of the city’s lead water service lines, ' +
    'about 1,100 pipes that connect older homes to the water main.',
  'The work, paid for mostly with a state revolving loan, will begin in the spring and should be finished by the end of 2027, ' +
    'Public Works Director Ines Calderón told the council.',
  'Homeowners will not be charged for the replacement, a change from the city’s earlier program, which asked residents to pay ' +
    'for the part of the line on their own property. Only about 90 homeowners took part under that arrangement.',
  '“We learned that asking people to pay $3,000 for a pipe they cannot see was not going to work,” Calderón said.',
  'Most of the remaining lead lines are in the Northside and Old Mill neighborhoods, where many homes were built before 1940. ' +
    'The city will send letters to affected households at least 30 days before crews arrive.',
  'Council member Frank Delgado cast the lone vote against the plan, saying he supported replacing the lines but worried about ' +
    'adding debt while the city is also paying for a new wastewater plant.',
  '“I want this done, but I want us to have a clear picture of what the water bill looks like in five years,” he said.',
  'City Manager Rhonda Pell said the loan carries a 1 percent interest rate and that about a third of it may be forgiven under ' +
    'state rules for disadvantaged communities. She said water rates would not rise because of the project.',
  'Residents who want to know whether their home has a lead line can look up their address on the city’s online map or call ' + 'the public works office.',
  'The council also agreed to post monthly progress reports on the project online.',
];
const nav = ['News', 'Sports', 'Obituaries', 'Opinion', 'Business', 'Entertainment', 'Weather', 'e-Edition', 'Classifieds', 'Jobs'];
const related = ['Brennan finds lead lines in 1,100 homes', 'State offers low-interest loans for water projects'];
const trending = [
  'Police identify driver killed in Route 9 crash',
  'Brennan High names new football coach',
  'Restaurant inspections: Three downtown spots cited',
  'Fall leaf pickup starts Oct. 20',
];
const foot = ['Contact Us', 'Subscribe', 'Advertise With Us', 'Submit a News Tip', 'Terms of Use', 'Privacy Policy', 'Site Map'];
const caption = 'A city crew replaces a water service line on Elm Street in Brennan in 2024.';
const credit = 'Grace Mulholland, Brennan Herald-Star';
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${title} | Local News | brennanheraldstar.example</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${title}">
<meta name="author" content="Wesley Harrigan"><meta name="keywords" content="water, lead, city council">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-10-07T02:15:00-05:00",
"author":[{"@type":"Person","name":"Wesley Harrigan"}]}</script>
<script>var __tnt={"asset":{"uuid":"a7f1c0e2-4c1a-11ef-9b7e-0f1d","type":"article"},"user":{"state":"anonymous"}};</script>
<script src="https://bloximages.example/tncms/assets/v3/editorial/js/tncms.min.js"></script></head>
<body class="tnt-section-news tnt-section-local-news tncms-asset-article">
<a class="sr-only sr-only-focusable" href="#main-page-container">Skip to main content</a>
<header id="site-header" class="hidden-print"><div class="site-logo"><a href="/">Brennan Herald-Star</a></div>
<nav id="main-navigation" class="navbar"><ul class="nav navbar-nav">${links(nav, 'nav-item')}</ul></nav>
<a class="btn btn-primary tnt-subscribe" href="/subscribe/">Subscribe</a><a class="tnt-signin" href="/users/login/">Log In</a></header>
<div id="main-page-container" class="container"><div class="row"><div class="col-md-8"><article id="article-a7f1c0e2" class="asset type-article">
<div class="asset-header"><span class="kicker"><a href="/news/local/">Local News</a></span><h1 class="headline"><span class="tnt-headline">${title}</span></h1>
<ul class="list-inline"><li><span class="tnt-byline">By Wesley Harrigan <span class="tnt-byline-staff">Staff Writer</span></span></li>
<li><time class="tnt-date asset-date text-muted" datetime="2025-10-07T02:15:00-05:00">Updated Oct 7, 2025</time></li></ul>
<div class="share-container"><ul class="list-inline"><li><a class="tnt-share-facebook" href="#"><span class="tnt-s-title">Facebook</span></a></li>
<li><a class="tnt-share-email" href="#"><span class="tnt-s-title">Email</span></a></li><li><a class="tnt-share-print" href="#">
<span class="tnt-s-title">Print</span></a></li>
<li><a class="tnt-share-save" href="#"><span class="tnt-s-title">Save</span></a></li></ul></div></div>
<div class="asset-photo"><figure class="photo layout-horizontal">
<img src="https://bloximages.example/brennan/content/tncms/assets/v3/editorial/a/7f/water.jpg" alt="">
<figcaption class="caption-text"><p>${caption}</p><span class="tnt-byline">${credit}</span></figcaption></figure></div>
<div class="asset-body"><div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">
<p><strong><em>${follow}</em></strong></p>
${ps(paras.slice(0, 3))}
<div class="tnt-ads-container hidden-print"><div class="tnt-ads text-center"><span class="tnt-ad-label">Ad</span>
<div id="tncms-region-article_instory_top"></div></div></div>
${ps(paras.slice(3, 6))}
<div class="related-to-this-story"><h4 class="related-title">Related to this story</h4><ul>${links(related, 'related-item')}</ul></div>
${ps(paras.slice(6))}
<p><strong><em>${follow}</em></strong></p>
</div></div>
<div class="asset-comments"><h4>Reader comments</h4><p>Comments are closed on this story.</p></div>
</article></div>
<aside class="col-md-4 hidden-print"><div class="tnt-block trending"><h3 class="block-title">Trending</h3><ol>${links(trending, 'tnt-headline')}</ol>
</div></aside></div></div>
<footer id="site-footer"><ul class="list-inline">${links(foot)}</ul>
<p>© Copyright 2025 Brennan Herald-Star, 218 W. Commerce St., Brennan | Powered by BLOX CMS from TownNews.com.</p>
</footer></body></html>`;
const bloxPage: TestPage = {
  name: 'heldout114-blox-google-news-follow-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(paras),
  bylines: ['By Wesley Harrigan', 'Staff Writer', 'Updated Oct 7, 2025'],
  furniture: [
    follow,
    'Skip to main content',
    'Brennan Herald-Star',
    ...nav,
    'Subscribe',
    'Log In',
    'Local News',
    'Facebook',
    'Email',
    'Print',
    'Save',
    caption,
    credit,
    'Ad',
    'Related to this story',
    ...related,
    'Reader comments',
    'Comments are closed on this story.',
    'Trending',
    ...trending,
    ...foot.filter((f) => f !== 'Subscribe'),
    '© Copyright 2025 Brennan Herald-Star, 218 W. Commerce St., Brennan | Powered by BLOX CMS from TownNews.com.',
  ],
};
export const HELDOUT114_D: readonly TestPage[] = [bloxPage, paywallPage];
