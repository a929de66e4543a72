import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 213, file e2: a local food bank's news post on the shared WordPress template many network food banks
 * use (the top bar with phone number and "Need help?" link, the main menu with "Give help", "Get help" and the Donate
 * button, the page banner with the "News" title and breadcrumb, the post date and category, the share links, the
 * sidebar with "Urgently needed items" (a list), "Items we don't need right now" and the search box, the "Previous post"
 * and "Next post" links, the footer with address, charity number and the network line, and the cookie notice).
 */
const title = 'Record winter, and thank you: our update for February';
const p1 = [
  'This winter has been the busiest in the eleven years since Ashcombe Food Bank opened. Between November and January we gave ' +
    'out 3,912 emergency food parcels, enough for three days of meals each, to 2,140 people. Just over a third of them were children.',
  'That is 22 percent more than the same three months last year. Behind every number is a household that ran out of money ' +
    'before the end of the month, and we know how hard it can be for people to walk through our door for the first time.',
];
const h1 = 'Who we helped';
const p2 = [
  'The most common reason people were referred to us was a delay or a gap in benefits, followed by low wages and debt. We also ' +
    'saw more people than ever who were in work but could not cover rising rent and energy bills. Several families told us they ' +
    'had been choosing between heating and eating since October.',
  'Our advice worker, who joined us in September thanks to a grant from the Ashcombe Community Trust, met 186 people at our ' +
    'centres this winter and helped them claim £94,000 in benefits and grants they were entitled to but had not been receiving.',
];
const h2 = 'Thank you';
const p3 = [
  'None of this would be possible without you. Over the Christmas collection weekend, shoppers at our three partner supermarkets ' +
    'donated 6.8 tonnes of food. Eighteen local schools ran harvest and Christmas collections, and the staff at Pembury Logistics ' +
    'gave up a Saturday to sort and date-check all of it.',
  'Our 140 volunteers gave more than 5,000 hours between them. Special thanks to the Thursday team at St Mark’s, who kept the ' +
    'centre open through the snow in January when most of the town was shut.',
];
const h3 = 'How you can help now';
const p4 = ['Donations usually drop sharply after Christmas, and our shelves are emptier than we would like. Right now you can help by:'];
const list = [
  'donating food at any of our collection points, especially the items in our urgent list;',
  'giving a regular amount online, which lets us buy the items we run short of;',
  'volunteering on a weekday morning at our warehouse on Station Road.',
];
const p5 = ['If you or someone you know needs help, please get in touch. You will be treated with respect, and everything you tell us is confidential.'];
const top = ['01632 960 218', 'Need help?', 'Find a food bank centre'];
const nav = ['Home', 'About', 'Give help', 'Get help', 'Volunteer', 'News', 'Contact'];
const crumbs = ['Home', 'News'];
const urgent = ['Tinned meat', 'UHT milk', 'Tinned fruit', 'Instant mash', 'Toilet rolls', 'Shampoo'];
const notNeeded = ['Pasta', 'Baked beans', 'Tinned soup'];
const foot = ['Privacy policy', 'Cookie policy', 'Accessibility', 'Safeguarding'];
const footLines = [
  'Ashcombe Food Bank, Unit 4, Station Road, Ashcombe AS3 7PL',
  'Registered Charity in England and Wales (1159834)',
  'Part of a national network of food banks working to end the need for food banks.',
];
const cookie = 'We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits.';
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Record winter, and thank you: our update for February | Ashcombe Food Bank</title>
<link rel="canonical" href="https://ashcombe.foodbank.example/2025/02/record-winter-and-thank-you/"><meta name="robots"
content="index, follow, max-image-preview:large">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="og:site_name" content="Ashcombe Food Bank"><meta property="article:published_time" content="2025-02-14T09:30:11+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}",
"datePublished":"2025-02-14T09:30:11+00:00","author":{"@name":"Ashcombe Food Bank"}}]}</script>
<link rel="stylesheet" id="foodbank-style-css" href="https://ashcombe.foodbank.example/wp-content/themes/foodbank/css/style.css?ver=4.2" media="all">
<link rel="stylesheet" id="cookie-law-info-css"
href="https://ashcombe.foodbank.example/wp-content/plugins/cookie-law-info/public/css/cookie-law-info-public.css">
<script src="https://ashcombe.foodbank.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script></head>
<body class="post-template-default single single-post postid-5521 single-format-standard">
<div class="top-bar"><div class="container"><span class="top-bar__phone"><a href="tel:01632960218">${top[0]}</a></span>
<a class="top-bar__help" href="/get-help/">${top[1]}</a><a class="top-bar__find" href="/locations/">${top[2]}</a></div></div>
<header class="site-header"><div class="container"><a class="site-logo" href="/"><img src="/wp-content/themes/foodbank/img/logo.png"
alt="Ashcombe Food Bank"></a>
<nav class="primary-nav" aria-label="Primary"><ul id="menu-main" class="menu">${links(nav, 'menu-item')}</ul></nav>
<a class="btn btn--donate" href="/give-help/donate-money/">Donate</a></div></header>
<div class="page-banner"><div class="container"><h2 class="page-banner__title">News</h2>
<nav class="breadcrumbs" aria-label="Breadcrumb"><span><a href="/">${crumbs[0]}</a></span> » <span><a href="/news/">${crumbs[1]}</a></span> »
<span class="breadcrumb_last" aria-current="page">${title}</span></nav></div></div>
<div class="container main-container"><main class="content" id="main"><article class="post-5521 post type-post status-publish category-news">
<header class="entry-header"><h1 class="entry-title">${title}</h1><p class="entry-meta">Posted on <time datetime="2025-02-14">14 February 2025</time>
in <a href="/category/news/" rel="category tag">News</a></p></header>
<div class="entry-content">
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/02/volunteers-sorting.jpg" alt="Volunteers sorting donations">
<figcaption class="wp-element-caption">Volunteers sorting the Christmas collection at our Station Road warehouse.</figcaption></figure>
<h2>${h2}</h2>
${ps(p3)}
<h2>${h3}</h2>
${ps(p4)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p5)}
</div>
<footer class="entry-footer"><div class="share-links"><span>Share this post:</span><a href="https://www.facebook.com/sharer/sharer.php">Facebook</a>
<a href="https://x.com/intent/tweet">X</a><a href="mailto:">Email</a></div></footer></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/2025/01/christmas-collection-results/" rel="prev"><span class="meta-nav">Previous post</span>
<span class="post-title">Christmas collection: the results are in</span></a></div><div class="nav-next"><a href="/2025/03/new-centre-west-ashcombe/" rel="next">
<span class="meta-nav">Next post</span><span class="post-title">New centre opens in West Ashcombe</span></a></div></div></nav></main>
<aside class="sidebar" role="complementary"><section class="widget widget_urgent"><h3 class="widget-title">Urgently needed items</h3>
<ul class="shopping-list">${urgent.map((t) => `<li>${t}</li>`).join('')}</ul>
<p>Please check dates: we cannot give out food that is past its best before date.</p></section>
<section class="widget widget_surplus"><h3 class="widget-title">Items we don't need right now</h3><ul>${notNeeded.map((t) => `<li>${t}</li>`).join('')}</ul>
</section>
<section class="widget widget_search"><form role="search" class="search-form"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search …"></label><button class="search-submit">Search</button></form></section></aside></div>
<footer class="site-footer"><div class="container">${footLines.map((t) => `<p>${t}</p>`).join('\n')}<ul class="footer-menu">${links(foot)}</ul>
<p class="copyright">© 2025 Ashcombe Food Bank</p></div></footer>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>${cookie}<a role="button" id="cookie_action_close_header" class="cli_action_button">Accept</a>
<a role="button" class="cli_settings_button">Cookie settings</a></span></div>
<script src="/wp-content/plugins/cookie-law-info/public/js/cookie-law-info-public.js?ver=3.2.8"></script></body></html>`;
export const foodBank: TestPage = {
  html,
  name: 'heldout213-foodbank-news',
  kind: 'news',
  // the banner's "News" h2 and the breadcrumb's copy of the title are furniture; the sidebar shopping lists are furniture
  title,
  headings: [h1, h2, h3],
  body: texts([...p1, ...p2, ...p3, ...p4, ...list, ...p5]),
  bylines: ['Posted on 14 February 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...top, ...nav, 'Donate', 'Volunteers sorting the Christmas collection at our Station Road warehouse.', 'Share this post:', 'Facebook', 'Email',
    'Post navigation', 'Previous post', 'Christmas collection: the results are in', 'Next post', 'New centre opens in West Ashcombe',
    'Urgently needed items', ...urgent, 'Please check dates: we cannot give out food that is past its best before date.', "Items we don't need right now",
    ...notNeeded, 'Search for:', 'Search', ...footLines, ...foot, '© 2025 Ashcombe Food Bank', cookie, 'Accept', 'Cookie settings',
  ],
};
