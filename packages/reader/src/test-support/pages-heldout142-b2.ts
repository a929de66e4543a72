import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 142, file b2: a Chicago Tribune story on the MediaNews Group WordPress theme (the top "Subscribe" bar,
 * header nav, the breadcrumb-like section link, headline, byline with "Chicago Tribune" and the Published / Updated lines,
 * Jetpack-style "Click to share" links with their "(Opens in new window)" labels, the featured image with caption and credit,
 * the body copy with an inline "Related Articles" list whose items hold the titles in spans, a Connatix player slot,
 * "Originally Published", tags, the "Join the Conversation" comment notice, the "Trending Nationally" rail and the footer).
 */
const ctTitle = 'Vacant West Marlowe plant will become a $48 million indoor track for high school and college meets';
const ctP1 = texts([
  'A shuttered brake-parts plant on Chicago’s Southwest Side that has sat empty since 2009 will be turned into an indoor ' +
    'track and field center large enough to host state high school championships, under a plan the City Council approved ' +
    'Wednesday.',
  'The $48 million project, led by the nonprofit Lakeside Youth Athletics and a developer, Kestrel Partners, calls for a ' +
    '200-meter banked track, seating for about 3,500 people and practice space that would be open to Chicago Public Schools ' +
    'teams on weekday afternoons at no charge.',
  'Ald. Rosa Delgado, whose ward includes the West Marlowe site, called it “the biggest thing to happen on this stretch of ' +
    'Archer Road in 40 years.” The plan passed 46-2.',
]);
const ctP2 = texts([
  'Chicago has no indoor track that meets the standard for major meets, so the city’s best high school runners travel to ' +
    'suburban facilities or out of state for much of the winter season. Coaches have complained for years that CPS athletes ' +
    'practice in school hallways and stairwells from November to March.',
  '“My sprinters do their starts on a tile floor between lockers,” said Marcus Bell, the track coach at a Southwest Side high ' +
    'school, who testified in favor of the plan. “Kids from two miles away drive to Indiana to run on a real track. That is ' +
    'not fair to anybody.”',
  'The city will contribute $14 million from a tax increment financing district that covers the site, and the state has ' +
    'committed $9 million through a capital grant. The rest will come from private donors and naming rights, according to ' +
    'city planning documents.',
  'The plant’s brick exterior and its sawtooth roof will be kept. The interior, which still holds rusting conveyor lines, will ' +
    'be cleared and the soil tested and treated for solvents left from decades of manufacturing, a process the developers say ' +
    'will take at least eight months.',
  'Not everyone on the council was convinced. Ald. Gerald Haney, one of the two no votes, questioned whether the center would ' +
    'bring in enough rental income from meets and events to cover its operating costs, estimated at $2.1 million a year.',
  '“I love the idea,” Haney said. “I just do not want the city to get a call in five years asking us to bail it out.”',
  'Lakeside Youth Athletics Executive Director Tamara Greene said the group had signed letters of intent with two college ' +
    'conferences and the state high school association to hold championship meets at the center, and that weekend rentals ' +
    'for club meets were expected to cover most of the costs.',
  'Neighbors raised concerns at earlier hearings about parking and traffic on meet days. The plan includes a 420-space lot on ' +
    'the east side of the property and a shuttle from the Orange Line, which the developers agreed to run for large events.',
  'Construction is scheduled to start next summer, with the first meets expected in the winter of 2027-28.',
]);
const ctNav = ['News', 'Sports', 'Business', 'Opinion', 'Entertainment', 'Food & Drink', 'Real Estate', 'Obituaries', 'e-Edition'];
const ctCaption = 'The former Tollman Brake plant on Archer Road in Chicago’s West Marlowe neighborhood, Oct. 6, 2025.';
const ctCredit = '(Vincent Alvarez/Chicago Tribune)';
const ctRelated = [
  'Chicago Public Schools track teams make do with hallways and parking lots',
  'City Council panel advances tax increment financing for Southwest Side projects',
  'Naperville runner wins state title in the 3,200 meters',
];
const ctShare = ['Facebook', 'X', 'Reddit', 'Email'];
const ctTags = ['Chicago City Council', 'Chicago Public Schools', 'Track and Field', 'Development'];
const ctConv = [
  'Join the Conversation',
  'We invite you to use our commenting platform to engage in insightful conversations about issues in our community. We reserve the ' +
    'right at all times to remove any information or materials that are unlawful, threatening, abusive, libelous or obscene.',
];
const ctTrending = [
  'Snow in October? Forecasters say parts of the Rockies could see a foot',
  'Flu shots and COVID boosters: What to know this fall',
  'Airline adds nonstop flights from O’Hare to three new cities',
];
const ctFoot = [
  'About Us',
  'Contact Us',
  'Careers',
  'Advertise',
  'Newsletters',
  'Manage Subscription',
  'Terms of Service',
  'Privacy Policy',
  'Cookie Settings',
];
const ctBody = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const ctShareLi = (
  t: string,
): string => `<li class="share-${t.toLowerCase()}"><a rel="nofollow noopener noreferrer" class="share-${t.toLowerCase()} sd-button share-icon"
href="?share=${t.toLowerCase()}" target="_blank"><span>${t}</span>
<span class="sharing-screen-reader-text">Click to share on ${t} (Opens in new window)</span></a></li>`;
const ctHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${ctTitle} – Chicago Tribune</title>
<meta name="description" content="The City Council approved a plan to convert the former Tollman Brake plant into an indoor track.">
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://www.chicagotribune.com/2025/10/08/west-marlowe-indoor-track-plan/"><meta property="og:site_name" content="Chicago Tribune">
<meta property="og:type" content="article"><meta property="og:title" content="${ctTitle}"><meta property="article:section" content="News">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${ctTitle}",
"datePublished":"2025-10-08T10:00:00+00:00","dateModified":"2025-10-08T23:41:19+00:00","author":{"name":"Hannah Obuya"},"articleSection":["News",
"Chicago News"]}]}</script>
<link rel="stylesheet" id="mng-style-css" href="https://www.chicagotribune.com/wp-content/themes/mng-chicagotribune/static/css/style.css?ver=1759" media="all">
<script src="https://www.chicagotribune.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>var mngParams={"section":"news","subsection":"chicago-news","paywall":"metered"};</script></head>
<body class="post-template-default single single-post postid-4211873 single-format-standard article-type-standard">
<div class="subscribe-bar"><a href="https://checkout.chicagotribune.com/?utm_source=header">Subscribe now for $1</a></div>
<header id="masthead" class="site-header" role="banner"><div class="site-branding"><a href="/" rel="home" class="site-logo">
<img src="/wp-content/themes/mng-chicagotribune/static/images/logo.svg" alt="Chicago Tribune"></a></div>
<div class="header-buttons"><a class="button subscribe" href="/subscribe/">Subscribe</a><a class="button login" href="/login/">Log In</a></div>
<nav id="site-navigation" class="main-navigation" aria-label="Top Menu">
<ul id="menu-main-navigation" class="menu">${links(ctNav, 'menu-item menu-item-type-taxonomy')}</ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4211873" class="post-4211873 post type-post status-publish format-standard has-post-thumbnail hentry category-news category-chicago-news">
<header class="entry-header"><div class="breadcrumbs"><a href="/news/chicago-news/">Chicago News</a></div>
<div class="article-title"><h1 class="entry-title">${ctTitle}</h1></div>
<div class="byline"><span class="byline-item"><a href="/author/hannah-obuya/" class="author-name">Hannah Obuya</a></span>
<span class="author-title">Chicago Tribune</span></div>
<div class="time"><span class="time-published">Published: October 8, 2025 at 5:00 AM CDT</span>
<span class="time-updated">Updated: October 8, 2025 at 6:41 PM CDT</span></div>
<div class="social-share sharedaddy sd-sharing-enabled"><ul>${ctShare.map(ctShareLi).join('\n')}</ul></div></header>
<div class="feature-image"><figure class="wp-caption">
<img width="1200" height="800" src="https://www.chicagotribune.com/wp-content/uploads/2025/10/CTC-L-plant.jpg"
alt="An empty brick factory" loading="eager"><figcaption class="wp-caption-text"><span class="caption">${ctCaption}</span>
<span class="credit">${ctCredit}</span></figcaption></figure></div>
<div class="article-content-wrapper"><div class="article-content"><div class="body-copy">
${ctBody(ctP1)}
<div class="related-articles-inline related-articles"><h4 class="related-title">Related Articles</h4><ul>
${ctRelated
  .map(
    (t, i) => `<li><a class="article-title" href="/2025/0${i + 7}/15/related-${i}/" title="${t}"><span class="dfm-title">${t}</span></a>
</li>`,
  )
  .join('\n')}
</ul></div>
${ctBody(ctP2.slice(0, 4))}
<div class="connatix-player"><div class="ad-label">Advertisement</div><script id="cnx-player-7f0c">cnx.cmd.push(function(){});</script></div>
${ctBody(ctP2.slice(4))}
<p class="article-footer-timestamp">Originally Published: October 8, 2025 at 5:00 AM CDT</p></div></div>
<div class="tags">Tags: ${ctTags.map((t) => `<a href="/tag/${t.toLowerCase().replace(/ /g, '-')}/" rel="tag">${t}</a>`).join(', ')}</div>
<section class="comments-area"><h3 class="comments-title">${ctConv[0]}</h3><p class="comments-policy">${ctConv[1]}</p>
<div id="vf-conversations" class="viafoura"></div></section></div></article></main></div>
<aside id="secondary" class="widget-area"><section class="widget trending-nationally"><h2 class="widget-title">Trending Nationally</h2>
<ul>${ctTrending.map((t) => `<li><a href="https://www.chicagotribune.com/trending/"><span class="dfm-title">${t}</span></a></li>`).join('\n')}</ul></section>
<div class="dfp-ad"><span class="ad-label">Advertisement</span><div id="dfp-ad-right_rail"></div></div></aside></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(ctFoot, 'menu-item')}</ul>
<p class="copyright">Copyright © 2025 Chicago Tribune</p></footer>
<script src="https://www.chicagotribune.com/wp-content/themes/mng-chicagotribune/static/js/site.js?ver=1759" id="mng-site-js"></script></body></html>`;
export const chicagoTribune: TestPage = {
  html: ctHtml,
  name: 'heldout142-chicagotribune-news',
  kind: 'news',
  // the inline "Related Articles" list inside the body copy, the share links, tags, caption and credit, the comment notice
  // and the rails are furniture; author, outlet line, Published / Updated and "Originally Published" lines are bylines
  title: ctTitle,
  headings: [],
  body: [...ctP1, ...ctP2],
  bylines: [
    'Hannah Obuya',
    'Chicago Tribune',
    'Published: October 8, 2025 at 5:00 AM CDT',
    'Updated: October 8, 2025 at 6:41 PM CDT',
    'Originally Published: October 8, 2025 at 5:00 AM CDT',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe now for $1', 'Subscribe', 'Log In', ...ctNav, 'Chicago News', ...ctShare, ...ctShare.map((t) => `Click to share on ${t} (Opens in new window)`),
    ctCaption, ctCredit, 'Related Articles', ...ctRelated, 'Advertisement', 'Tags:', ...ctTags, ...ctConv, 'Trending Nationally', ...ctTrending, ...ctFoot,
    'Copyright © 2025 Chicago Tribune',
  ],
};
