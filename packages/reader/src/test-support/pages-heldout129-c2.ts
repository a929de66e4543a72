import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 129, file c2: a TechCrunch funding story on the 2024 WordPress block theme (the site header with its nav
 * and search, the article hero with category, title, author, date and the featured image with its "Image Credits" line, the
 * post content with an in-article "Techcrunch event" promo and ad slots, the "Topics" tags, the author card with bio and
 * "View Bio", the newsletter sign-up with its list of newsletters, "Most Popular" and the footer).
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);
const tTitle = 'Tidewell raises $38M to build robots that unload shipping containers';
const tP = paras(`
Tidewell Robotics, a startup that builds robots to unload shipping containers, has raised a $38 million Series B round led by Northgate
Ventures, the company told TechCrunch exclusively.

Existing investors Harbor Line Capital and Foundry Six also took part, bringing Tidewell’s total funding to $61 million. The company
declined to share its valuation.

Unloading containers remains one of the most physically punishing jobs in a warehouse. Boxes arrive stacked floor to ceiling, often in
different sizes and weights, and workers typically pull them out by hand onto a conveyor. Turnover in the role is high, and injuries are
common.

Tidewell’s robot, which it calls Reach, drives into the back of a container on tracks and uses a camera system and a vacuum gripper on a
long arm to pick boxes from the wall in front of it. It places them on a conveyor that extends behind it as it moves forward. The company
says Reach can unload about 1,100 boxes an hour, roughly twice as fast as a two-person crew, and handles boxes weighing up to 50 pounds.

“Every warehouse manager we talk to has the same problem,” said co-founder and CEO Amara Lindqvist, who previously led automation projects
at a large parcel carrier. “They can buy robots for almost everything inside the building, but the first 30 feet — getting freight off
the truck — is still done the way it was in the 1970s.”

Lindqvist founded Tidewell in 2021 with Ravi Chandrasekar, a former robotics researcher at Halvern University, where he worked on grasping
objects in cluttered spaces.

The startup isn’t alone in chasing the problem. Several larger robotics companies have
<a href="https://techcrunch.example/2024/05/14/truck-unloading-robots/">launched truck-unloading machines</a> in recent years, and some
of the biggest retailers are building their own. Lindqvist said Tidewell’s advantage is that its robot can work in standard 40-foot ocean
containers, where boxes are packed more tightly and irregularly than in domestic trailers.

Tidewell currently has 34 robots deployed with six customers, including third-party logistics provider Castleway and furniture importer
Oakhurst Home. Rather than selling the robots outright, it charges customers a monthly fee per robot, which includes maintenance and
software updates.

The company plans to use the new funding to double its engineering team to about 90 people and to open a second assembly site near the
Port of Sandmere. It also wants to teach the robot to handle mixed loads — containers with sacks, loose items or odd-shaped goods —
which it can’t do reliably today.

“Boxes are the easy part,” Chandrasekar said. “The hard part is everything that isn’t a box.”

Northgate partner Felicity Obi, who will join Tidewell’s board, said she was drawn to the company’s customer numbers. “Most robotics
companies we see have great demos and one pilot,” she said. “Tidewell has customers who are asking for more robots before the first ones
have been running for a year.”`);
const tNav = ['Latest', 'Startups', 'Venture', 'Apple', 'Security', 'AI', 'Apps', 'Events', 'Podcasts', 'Newsletters'];
const tCredit = 'Image Credits:Tidewell Robotics';
const tEvent = [
  'Techcrunch event',
  'Meet the investors backing the next wave of robotics startups',
  'Hear from founders and VCs on hardware, automation and how to raise in a tight market, with hours of networking built in.',
  'Boston, MA | June 4, 2026',
  'REGISTER NOW',
];
const tTopics = ['Fundraising', 'Hardware', 'Robotics', 'Startups', 'warehouse automation'];
const tBio =
  'Rhea Vance is a senior reporter at TechCrunch, where she covers robotics, hardware and logistics startups. She previously reported on ' +
  'manufacturing for a business weekly.';
const tNews = [
  'Subscribe for the industry’s biggest tech news',
  'TechCrunch Daily News',
  'Every weekday and Sunday, you can get the best of TechCrunch’s coverage.',
  'Startups Weekly',
  'Startups are the core of TechCrunch, so get our best coverage delivered weekly.',
  'TechCrunch Mobility',
  'TechCrunch Mobility is your destination for transportation news and insight.',
  'By submitting your email, you agree to our Terms and Privacy Notice.',
];
const tPopular = [
  'A fintech once valued at $2B is quietly winding down',
  'The robotaxi race heads to a third city',
  'This startup wants to replace your office badge with your phone',
  'Investors say seed rounds are getting smaller but faster',
];
const tPopAuthors = ['Marcus Lee', 'Dana Quist', 'Rhea Vance', 'Sam Oyelaran'];
const tFoot = ['Staff', 'Contact Us', 'Advertise', 'Crunchboard Jobs', 'Site Map', 'Terms of Service', 'Privacy Policy', 'RSS Terms of Use', 'Code of Conduct'];
const tSocial = ['X', 'LinkedIn', 'Facebook', 'Instagram', 'youTube', 'Mastodon', 'Threads', 'Bluesky'];
const tPs = (a: readonly string[]): string => a.map((p) => `<p class="wp-block-paragraph">${p}</p>`).join('\n');
const tAd = (n: number): string => `<div class="wp-block-tc-ads-ad-slot" data-ad-slot="article-${n}"><div class="ad-unit" id="tc-ad-${n}"></div></div>`;
const tHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tidewell raises $38M to build robots that unload shipping containers | TechCrunch</title>
<meta name="description" content="Tidewell Robotics has raised a $38 million Series B led by Northgate Ventures for its container-unloading robot.">
<meta property="og:title" content="${tTitle} | TechCrunch"><meta property="og:site_name" content="TechCrunch"><meta name="author" content="Rhea Vance">
<link rel="canonical" href="https://techcrunch.example/2025/11/04/tidewell-raises-38m-to-build-robots-that-unload-shipping-containers/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${tTitle}",
"datePublished":"2025-11-04T14:00:00+00:00","author":{"@type":"Person","name":"Rhea Vance"},"articleSection":["Hardware","Robotics","Startups"]},
{"@type":"WebSite","name":"TechCrunch","url":"https://techcrunch.example/"}]}</script>
<link rel="stylesheet" id="tc23-style-css" href="https://techcrunch.example/wp-content/themes/tc23/dist/css/global.css?ver=5c1a" media="all">
<script id="tc23-config-js-extra">var tc23Config={"postId":2987451,"postType":"post","ads":{"enabled":true,"targeting":{"section":"hardware"}}};</script></head>
<body class="post-template-default single single-post postid-2987451 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="site-header is-layout-flex">
<a class="site-header__logo" href="https://techcrunch.example/" aria-label="TechCrunch"><svg viewBox="0 0 212 30" aria-hidden="true"></svg></a>
<nav class="site-header__nav wp-block-navigation" aria-label="Main"><ul class="wp-block-navigation__container">
${links(tNav, 'wp-block-navigation-item')}</ul></nav><div class="site-header__actions">
<button class="site-header__search" aria-label="Search"><span class="site-header__search-text">Search</span></button>
<a class="wp-block-button__link site-header__cta" href="https://techcrunch.example/events/">Submit</a></div></div></header>
<main class="wp-block-group template-content is-layout-constrained"><div class="article-hero article-hero--image-and-text">
<div class="article-hero__content"><div class="article-hero__category"><a class="is-taxonomy-category wp-block-tc23-post-relevant-terms__link"
href="https://techcrunch.example/category/hardware/">Hardware</a></div>
<h1 class="article-hero__title wp-block-post-title">${tTitle}</h1>
<div class="article-hero__authors"><div class="wp-block-tc23-author-card-name"><a class="wp-block-tc23-author-card-name__link"
href="https://techcrunch.example/author/rhea-vance/">Rhea Vance</a></div></div>
<div class="article-hero__date"><div class="wp-block-post-date"><time datetime="2025-11-04T06:00:00-08:00">6:00 AM PST · November 4, 2025</time>
</div></div></div>
<figure class="article-hero__image wp-block-post-featured-image"><img width="1920" height="1280" alt="Tidewell Reach robot unloading boxes"
src="https://techcrunch.example/wp-content/uploads/2025/11/tidewell-reach.jpg?w=1024" class="attachment-post-thumbnail wp-post-image">
<figcaption class="wp-element-caption"><strong>${tCredit}</strong></figcaption></figure></div>
<div class="entry-content wp-block-post-content is-layout-constrained wp-block-post-content-is-layout-constrained">
${tPs(tP.slice(0, 4))}
${tAd(1)}
${tPs(tP.slice(4, 7))}
<div class="wp-block-techcrunch-inline-cta"><div class="inline-cta__wrapper"><p class="inline-cta__label">${tEvent[0]}</p>
<h3 class="inline-cta__title">${tEvent[1]}</h3><p class="inline-cta__desc">${tEvent[2]}</p><p class="inline-cta__location">${tEvent[3]}</p>
<a class="wp-block-button__link inline-cta__button" href="https://techcrunch.example/events/robotics-2026/">${tEvent[4]}</a></div></div>
${tPs(tP.slice(7, 9))}
${tAd(2)}
${tPs(tP.slice(9))}
</div>
<div class="wp-block-tc23-post-relevant-terms"><h2 class="wp-block-tc23-post-relevant-terms__label">Topics</h2><div class="tc23-post-relevant-terms__terms">
${tTopics.map((t) => `<a class="wp-block-tc23-post-relevant-terms__link" href="https://techcrunch.example/tag/${t.toLowerCase()}/">${t}</a>`).join('\n')}
</div></div>
<div class="wp-block-tc23-author-card"><img class="wp-block-tc23-author-card__image" alt="" src="https://techcrunch.example/wp-content/uploads/vance.jpg">
<div class="wp-block-tc23-author-card__details"><div class="wp-block-tc23-author-card__name">
<a href="https://techcrunch.example/author/rhea-vance/">Rhea Vance</a>
</div><p class="wp-block-tc23-author-card__role">Senior Reporter, Hardware</p><p class="wp-block-tc23-author-card__bio">${tBio}</p>
<a class="wp-block-tc23-author-card__link" href="https://techcrunch.example/author/rhea-vance/">View Bio</a></div></div>
<section class="wp-block-techcrunch-newsletter-signup"><h2 class="newsletter-signup__title">${tNews[0]}</h2><ul class="newsletter-signup__list">
${[1, 3, 5].map((i) => `<li class="newsletter-signup__item"><h3>${tNews[i]}</h3><p>${tNews[i + 1]}</p><button type="button">Add</button></li>`).join('\n')}
</ul><form class="newsletter-signup__form"><label for="nl-email">Email</label><input id="nl-email" type="email" placeholder="Email address">
<button type="submit" class="wp-block-button__link">Subscribe</button></form><p class="newsletter-signup__legal">${tNews[7]}</p></section>
<section class="wp-block-tc23-most-popular"><h2 class="wp-block-tc23-most-popular__title">Most Popular</h2><ul>
${tPopular
  .map(
    (t, i) => `<li class="wp-block-tc23-most-popular__item"><h3><a href="https://techcrunch.example/2025/11/0${i}/">${t}</a></h3>
<span class="wp-block-tc23-most-popular__author">${tPopAuthors[i]}</span></li>`,
  )
  .join('\n')}</ul></section></main>
<footer class="wp-block-template-part site-footer"><a class="site-footer__logo" href="https://techcrunch.example/">TechCrunch</a>
<ul class="site-footer__social">${tSocial
  .map((t) => `<li><a href="https://${t.toLowerCase()}.example/techcrunch"><span class="screen-reader-text">${t}</span></a></li>`)
  .join('')}</ul>
<ul class="site-footer__links">${links(tFoot, 'site-footer__link')}</ul><p class="site-footer__copyright">© 2025 TechCrunch Media LLC.</p></footer></div>
<script src="https://techcrunch.example/wp-content/themes/tc23/dist/js/global.js?ver=5c1a" id="tc23-global-js"></script></body></html>`;
export const techCrunch: TestPage = {
  html: tHtml,
  name: 'heldout129-techcrunch-news-article',
  kind: 'news',
  // the author and the date line are bylines; the category, the "Image Credits" line, the in-article event promo, topics,
  // the author card (name, role, bio), newsletter box, "Most Popular" with its author names, nav and footer are furniture;
  // the footer's social links are screen-reader text, listed too
  title: tTitle,
  headings: [],
  body: texts(tP),
  bylines: ['Rhea Vance', '6:00 AM PST · November 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'Search', 'Submit', tCredit, ...tEvent, 'Topics', ...tTopics.filter((t) => t !== 'Startups'), 'Senior Reporter, Hardware', tBio,
    'View Bio', ...tNews, 'Add', 'Email', 'Subscribe', 'Most Popular', ...tPopular, ...tPopAuthors.filter((t) => t !== 'Rhea Vance'),
    'TechCrunch', ...tSocial, ...tFoot, '© 2025 TechCrunch Media LLC.',
  ],
};
