import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout452-kit.js';

/**
 * Held-out batch 452, file d2: a WordPress news site's category feed (/category/agriculture/feed/) styled by the theme's
 * XSLT to look like the site (the copied site header and menu, a "You are viewing the RSS feed" notice with feed-reader
 * buttons, the channel title and description, items with author, date and "Filed under" categories, excerpts ending in
 * "[…]" with a "Continue reading" link and the SEO plugin's "The post … appeared first on …" line, and the site footer).
 */
const wTitle = 'Agriculture – Okanee Valley Gazette';
const wDesc = 'Farming, ranching and water news from the Okanee Valley';
const wItems: [string, string, string, string, string][] = [
  [
    'Orchard growers brace for a short cherry season',
    'By Delia Marchbanks',
    'March 2, 2026',
    'Agriculture, Weather',
    j(
      'A run of warm days in February pushed cherry buds weeks ahead of schedule across the lower valley, and growers now fear a',
      'single hard frost could wipe out much of the crop. Orchardists from Tillery to Bench Road have been renting wind machines',
      'and checking forecasts every few hours. “We have seen early springs before, but never this early,” said grower Hal Petrosyan,',
      'whose family has farmed cherries on the east bench for three generations. The extension office is holding a frost',
      'protection clinic at the grange hall on Thursday evening […]',
    ),
  ],
  [
    'Irrigation district approves new rates after heated meeting',
    'By Tobias Wendt',
    'February 27, 2026',
    'Agriculture, Water',
    j(
      'The Lower Okanee Irrigation District board voted four to one on Wednesday to raise water rates by eleven per cent, the first',
      'increase in six years. The money will pay for lining two miles of the main canal, which loses an estimated fifth of its water',
      'to seepage before it reaches the fields. Several farmers told the board the increase would be hard to absorb after a poor',
      'hay year, and asked for the rise to be phased in over two seasons […]',
    ),
  ],
  [
    'Young ranchers learn the business at a weekend bootcamp',
    'By Delia Marchbanks',
    'February 24, 2026',
    'Agriculture, Education',
    j(
      'Twenty-two young ranchers spent last weekend at the county fairgrounds learning how to read a balance sheet, write a grazing',
      'plan and talk to a bank about a loan. The bootcamp, run by the Okanee Cattlemen’s Association for the fourth year, was fully',
      'booked within a week. Organizer Lupe Carranza said the hardest part of ranching for newcomers is rarely the cattle. “It is',
      'the paperwork and the money,” she said […]',
    ),
  ],
  [
    'Grain co-op opens its new drying facility in Marlo',
    'By Ansel Bright',
    'February 19, 2026',
    'Agriculture, Business',
    j(
      'The Valley Grain Cooperative opened its new grain dryer and storage bins in Marlo on Tuesday, a project that cost 6.2 million',
      'dollars and took two years to finish. The facility can dry and store up to 900,000 bushels, which means members no longer',
      'have to truck wet grain to the dryer in Corbin during harvest. Board chair Wendell Askew thanked members for their patience',
      'during construction delays caused by a steel shortage […]',
    ),
  ],
  [
    'Extension service offers free soil tests through April',
    'By Tobias Wendt',
    'February 16, 2026',
    'Agriculture, Gardening',
    j(
      'Farmers and home gardeners in Okanee County can get free soil tests until the end of April through the county extension',
      'service, which received a state grant to expand its lab. Samples can be dropped off at the extension office or at any of the',
      'four farm supply stores taking part. Results, including advice on lime and fertilizer, arrive by email within two weeks […]',
    ),
  ],
];
const wNav = ['News', 'Agriculture', 'Sports', 'Obituaries', 'Opinion', 'Classifieds', 'Subscribe'];
const wFoot = ['About', 'Contact', 'Advertise', 'Submit a Letter', 'Privacy Policy'];
const wHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} · RSS</title>
<link rel="stylesheet" id="okanee-style-css" href="https://okaneegazette.example/wp-content/themes/okanee/style.css?ver=2.4.1" media="all">
<link rel="stylesheet" href="https://okaneegazette.example/wp-content/themes/okanee/assets/css/feed.css?ver=2.4.1">
</head>
<body class="feed-preview wp-theme-okanee">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://okaneegazette.example/"
rel="home">Okanee Valley Gazette</a></p><p class="site-description">Serving the valley since 1911</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(wNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></header>
<div class="feed-notice"><p><strong>You are viewing the RSS feed for this category.</strong> Copy the address into a feed reader to follow new stories.</p>
<p class="feed-notice-buttons"><a class="button" href="https://feedly.example/i/subscription/feed/okanee-agriculture">Follow in Feedly</a>
<a class="button" href="https://www.inoreader.example/?add_feed=okanee-agriculture">Add to Inoreader</a>
<a class="button" href="https://okaneegazette.example/category/agriculture/">Back to the website</a></p></div>
<main id="primary" class="site-main feed-main">
<header class="page-header"><h1 class="page-title">${wTitle}</h1><p class="archive-description">${wDesc}</p>
<p class="feed-updated">Last updated: Mon, 02 Mar 2026 19:44:08 +0000</p></header>
${wItems
  .map(
    ([t, a, d, cats, ex], i) => `<article class="post type-post status-publish format-standard hentry category-agriculture feed-item">
<header class="entry-header"><h2 class="entry-title"><a href="https://okaneegazette.example/2026/02/item-${i}/" rel="bookmark">${t}</a></h2>
<div class="entry-meta"><span class="byline">${a}</span> <span class="posted-on"><time class="entry-date published">${d}</time></span></div></header>
<div class="entry-summary"><p>${ex}</p>
<p class="more-link-wrap"><a class="more-link" href="https://okaneegazette.example/2026/02/item-${i}/">Continue reading</a></p>
<p>The post <a href="https://okaneegazette.example/2026/02/item-${i}/">${t}</a> appeared first on
<a href="https://okaneegazette.example">Okanee Valley Gazette</a>.</p></div>
<footer class="entry-footer"><span class="cat-links">Filed under: ${cats}</span></footer>
</article>`,
  )
  .join('\n')}
</main>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(wFoot)}</ul>
<div class="site-info">© 2026 Okanee Valley Gazette · Proudly powered by WordPress</div></footer>
</body></html>`;
export const wpCategoryFeed: TestPage = {
  name: 'heldout452-wordpress-category-feed-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: wItems.map(([t]) => t),
  body: texts([wDesc, ...wItems.map(([, , , , ex]) => ex)]),
  bylines: ['Last updated: Mon, 02 Mar 2026 19:44:08 +0000', ...new Set(wItems.map(([, a]) => a)), ...wItems.map(([, , d]) => d)],
  furniture: [
    'Okanee Valley Gazette',
    'Serving the valley since 1911',
    ...wNav.filter((n) => n !== 'Agriculture'),
    'You are viewing the RSS feed for this category. Copy the address into a feed reader to follow new stories.',
    'Follow in Feedly',
    'Add to Inoreader',
    'Back to the website',
    'Continue reading',
    ...wItems.map(([t]) => `The post ${t} appeared first on Okanee Valley Gazette.`),
    ...wItems.map(([, , , c]) => `Filed under: ${c}`),
    ...wFoot,
    '© 2026 Okanee Valley Gazette · Proudly powered by WordPress',
  ],
};
