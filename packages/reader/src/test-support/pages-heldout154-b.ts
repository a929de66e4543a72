import { links, ps, type TestPage, texts } from './page-kit.js';
import { houstonPage } from './pages-heldout154-b2.js';

/**
 * Held-out batch 154, file b: a Los Angeles Daily News story on the Southern California News Group WordPress theme (the
 * top bar with "e-Edition", "Subscribe" and "Log In", the section menu, the "Sign up for email newsletters" link, the
 * "PUBLISHED: | UPDATED:" dateline, the Jetpack-style share list, a "Related Articles" box inside the body, "Advertisement"
 * slots, the "Originally Published:" line, tags, the author bio, "Trending Nationally" and the footer) and, from file b2,
 * a Houston Chronicle story.
 */
const ldTitle = 'Van Nuys Airport noise complaints hit record high as residents push for nighttime curfew';
const ldParas = [
  'Noise complaints about Van Nuys Airport climbed to a record last year, and a growing number of San Fernando Valley residents ' +
    'say the city should finally consider limiting late-night flights at one of the busiest general aviation airports in the country.',
  'The airport logged 31,480 complaints in 2024, up from about 22,000 the year before, according to a report presented Tuesday to ' +
    'the Board of Airport Commissioners. Nearly half of them were filed between 10 p.m. and 7 a.m., and most came from neighborhoods ' +
    'in Lake Balboa, Sherman Oaks and North Hills.',
  'Airport staff said the jump was driven in part by a rise in private jet traffic, which has grown steadily since the pandemic, ' +
    'and in part by a new online form that makes it easier to file a complaint from a phone.',
  '“People are not imagining this,” said Renata Okafor, who lives two miles south of the main runway and helps lead a neighborhood ' +
    'group called Quiet Skies Valley. “We have jets taking off over our houses at midnight, at 2 a.m., at 5 a.m. My kids know the ' +
    'difference between a Gulfstream and a Citation by the sound.”',
  'Federal law makes it difficult for airports to impose outright curfews. Under a 1990 law, any new restriction on the types of ' +
    'aircraft that can use an airport, or on the hours they can fly, requires a lengthy study and approval from the Federal Aviation ' +
    'Administration. Only a handful of airports have managed it.',
  'Van Nuys already has some of the strictest noise rules in the region. Older, louder jets have been barred since the 1980s, and ' +
    'pilots are asked to follow voluntary “fly quiet” procedures, including steeper climbs and avoiding departures between ' +
    '10 p.m. and 7 a.m.',
  'But compliance with the voluntary rules has slipped, the report found. Only 71% of late-night departures followed the quiet ' +
    'procedures last year, down from 84% in 2019.',
  'Commissioner Felipe Arambula said he wanted staff to come back within 90 days with options, including higher landing fees for ' +
    'late-night flights and a formal study of a curfew.',
  '“I don’t want to promise anybody something we can’t deliver,” Arambula said. ' +
    '“But I also don’t want to keep telling people there’s nothing we can do about it.”',
  'Representatives of the airport’s business tenants, which include charter operators, flight schools and maintenance shops, ' +
    'warned that a curfew could drive companies to other airports and cost the Valley jobs. The airport supports an estimated ' +
    '10,000 jobs and about $2 billion in annual economic activity, according to a 2022 study commissioned by the city.',
  'Los Angeles City Councilmember Nadia Stroud, whose district includes the airport, said she would introduce a motion asking the ' +
    'city attorney to report on what legal options are available.',
  'Residents can file complaints online through the airport’s website or by calling its noise hotline, which is staffed on weekdays.',
];
const ldNav = ['News', 'Crime & Public Safety', 'Sports', 'Things To Do', 'Business', 'Opinion', 'Politics', 'Obituaries', 'Weather', 'Housing'];
const ldTop = ['e-Edition', 'Subscribe', 'Log In', 'Sign up for email newsletters'];
const ldShare = [
  'Click to share on Facebook (Opens in new window)',
  'Click to share on X (Opens in new window)',
  'Click to email a link to a friend (Opens in new window)',
  'Click to print (Opens in new window)',
];
const ldRelated = [
  'Burbank airport unveils new terminal design, with a public vote on colors',
  'Valley residents sue over helicopter noise near Hansen Dam',
  'Van Nuys Airport to add electric aircraft charging stations',
];
const ldTags = ['Aviation', 'Environment', 'Local News', 'Top Stories LADN'];
const ldBio =
  'Gregory Santos covers transportation and the environment in the San Fernando Valley for the Los Angeles Daily News. He joined ' +
  'the paper in 2019 after reporting for newspapers in Fresno and Bakersfield.';
const ldTrend = [
  'Winter storm to bring heavy snow to the Rockies this weekend',
  'Stock market today: Wall Street drifts after record run',
  'Recall issued for frozen berries sold in 11 states',
];
const ldFoot = ['Sitemap', 'Privacy Policy', 'Terms of Use', 'Cookie Settings', 'Contact Us', 'Advertise', 'Archives', 'Place an Ad'];
const ldCopy = 'Copyright © 2025 MediaNews Group';
const ldCaption = 'A private jet takes off from Van Nuys Airport on Tuesday, March 4, 2025.';
const ldCredit = '(Photo by Dean Musgrove, Los Angeles Daily News/SCNG)';
const ldAd = (id: string): string =>
  `<div class="dfp-ad dfp-${id}" data-ad-position="${id}"><div class="advertisement-text">Advertisement</div><div id="div-gpt-ad-${id}"></div></div>`;
const ldLd = `{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ldTitle}","datePublished":"2025-03-04T16:30:12-08:00",
"dateModified":"2025-03-04T18:05:44-08:00","author":[{"@type":"Person","name":"Gregory Santos"}],"publisher":{"@type":"Organization",
"name":"Los Angeles Daily News"},"articleSection":"News"}`;
const ldHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Van Nuys Airport noise complaints hit record high as residents push for nighttime curfew – Daily News</title>
<meta name="description" content="Noise complaints about Van Nuys Airport climbed to a record last year."><meta property="og:type" content="article">
<meta property="og:site_name" content="Daily News"><meta property="og:title" content="${ldTitle}"><meta name="sailthru.author" content="Gregory Santos">
<link rel="canonical" href="https://www.dailynews.example/2025/03/04/van-nuys-airport-noise-complaints-record/">
<link rel="stylesheet" id="scng-style-css" href="https://www.dailynews.example/wp-content/themes/scng/static/css/main.css?ver=2.14.3" media="all">
<script type="application/ld+json">${ldLd}</script>
<script>var dfpAdUnit = "/1001/ladailynews/news/local-news";</script></head>
<body class="post-template-default single single-post postid-10482213 single-format-standard">
<div class="site-container"><div class="top-bar"><ul class="top-bar-links">${links(ldTop, 'top-bar-link')}</ul></div>
<header class="site-header"><button class="menu-toggle" aria-controls="primary-menu">Menu</button>
<a class="custom-logo-link" href="https://www.dailynews.example/"><img class="custom-logo" alt="Daily News" src="/logo.svg"></a>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(ldNav, 'menu-item')}</ul></nav></header>
${ldAd('leaderboard')}
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-10482213" class="post-10482213 post type-post status-publish format-standard has-post-thumbnail category-news">
<header class="entry-header"><div class="section-name"><a href="/local-news/">Local News</a></div>
<h1 class="entry-title">${ldTitle}</h1>
<div class="entry-meta"><div class="byline"><span class="author-name">By <a href="/author/gregory-santos/">Gregory Santos</a></span>
<span class="author-email"> | <a href="mailto:gsantos@scng.example">gsantos@scng.example</a></span> |
<span class="author-org">Los Angeles Daily News</span></div>
<div class="time"><span class="dateline">PUBLISHED: <time datetime="2025-03-04T16:30:12-08:00">March 4, 2025 at 4:30 PM PST</time></span>
<span class="updated"> | UPDATED: <time datetime="2025-03-04T18:05:44-08:00">March 4, 2025 at 6:05 PM PST</time></span></div></div>
<div class="social-share"><ul class="share-buttons">${links(ldShare, 'share-item')}</ul></div></header>
<figure class="wp-caption featured-image"><img src="/wp-content/uploads/2025/03/LDN-L-VNAIRPORT-0305-01.jpg" alt="" width="1200" height="800">
<figcaption class="wp-caption-text"><span class="caption-text">${ldCaption}</span> <span class="photo-credit">${ldCredit}</span></figcaption></figure>
<div class="entry-content"><div class="article-body"><div class="body-copy">
${ps(ldParas.slice(0, 3))}
<div class="related-articles"><h4 class="related-articles-title">Related Articles</h4><ul>${links(ldRelated, 'related-article')}</ul></div>
${ps(ldParas.slice(3, 6))}
${ldAd('story-inline')}
${ps(ldParas.slice(6))}
</div></div>
<p class="originally-published">Originally Published: <time datetime="2025-03-04T16:30:12-08:00">March 4, 2025 at 4:30 PM PST</time></p></div>
<footer class="entry-footer"><div class="tags"><span class="tags-label">Tags:</span> <ul>${links(ldTags, 'tag')}</ul></div>
<div class="author-bio"><img src="/wp-content/uploads/2019/07/gregory-santos.jpg" alt="" width="96" height="96"><div class="author-bio-text">
<h3 class="author-bio-name"><a href="/author/gregory-santos/">Gregory Santos</a></h3><p>${ldBio}</p></div></div></footer>
</article></main></div>
<aside id="secondary" class="widget-area">${ldAd('right-rail')}
<section class="widget trending-nationally"><h2 class="widget-title">Trending Nationally</h2><ul>${links(ldTrend, 'trending-item')}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(ldFoot, 'menu-item')}</ul><p class="copyright">${ldCopy}</p></footer></div>
<script src="https://www.dailynews.example/wp-content/themes/scng/static/js/main.js?ver=2.14.3"></script></body></html>`;
const ladn: TestPage = {
  html: ldHtml,
  name: 'heldout154-ladailynews-news',
  kind: 'news',
  title: ldTitle,
  headings: [],
  body: texts(ldParas),
  // the byline line's email and organisation are bylines; the "Originally Published:" line is a byline
  bylines: [
    'By Gregory Santos',
    'gsantos@scng.example',
    'Los Angeles Daily News',
    'PUBLISHED: March 4, 2025 at 4:30 PM PST',
    'UPDATED: March 4, 2025 at 6:05 PM PST',
    'Originally Published: March 4, 2025 at 4:30 PM PST',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ldTop, 'Menu', ...ldNav, 'Advertisement', 'Local News', ...ldShare, ldCaption, ldCredit, 'Related Articles', ...ldRelated, 'Tags:',
    ...ldTags, ldBio, 'Trending Nationally', ...ldTrend, ...ldFoot, ldCopy,
  ],
};

export const HELDOUT154_B: readonly TestPage[] = [ladn, houstonPage];
