import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowText, tr } from './pages-heldout351-kit.js';

/**
 * Held-out batch 351, file b: a county FA news story on the FA's county site template (utility bar, mega menu, breadcrumbs,
 * category label, date, share links, hero caption, "Related Articles" cards, partner logos, newsletter block, footer, cookie
 * notice) and a cricket club's match report on a WordPress Astra theme with a scorecard table, Jetpack share and like
 * buttons, tags, post navigation, comments and a widget sidebar.
 */
const cTitle = 'County FA launches Walking Football Festival for over-50s';
const cLead = [
  j(
    'Westmarch County FA has announced a new summer festival for walking football, open to every club and informal group in the',
    'county with players aged over 50. The free event will be held at the Hollowbrook Sports Hub on Sunday 22 June.',
  ),
  j(
    'Registrations for the festival have already passed forty teams, more than double the number that took part in last year’s',
    'pilot tournament, and the County FA expects the final figure to be close to sixty.',
  ),
];
const cFormat = [
  j(
    'Teams will be placed into groups of five for the morning session, with matches of twelve minutes each way on small-sided',
    'pitches. In the afternoon, the top two teams in each group move into a knockout competition for the Westmarch Shield, while',
    'the remaining teams play a friendly round-robin so that nobody goes home early.',
  ),
  'All matches will be played to the national walking football laws, and the County FA will provide the following:',
];
const cList = [
  'qualified referees for every match, including the knockout rounds;',
  'first aid cover and a defibrillator on site throughout the day;',
  'free parking, changing rooms and a hot lunch for every registered player.',
];
const cQuote = j(
  '“Walking football has been the fastest-growing part of our game in Westmarch for three years now. Many of these players',
  'had not kicked a ball for decades before they joined a session, and the festival is our way of celebrating that,” said',
  'Hannah Greaves, the County FA’s Football Development Officer.',
);
const cHow = [
  j(
    'Clubs can register up to two teams of between six and ten players each. Mixed teams are welcome, and there will be a separate',
    'section for women’s teams if enough entries are received by the closing date.',
  ),
  j(
    'Registration closes on Friday 30 May. Clubs that are not yet affiliated to the County FA can still take part, but each',
    'player will need to complete a short health questionnaire before the day.',
  ),
  'For more information, contact the Football Development team at the County FA’s offices in Hollowbrook.',
];
const cMenu = ['Players', 'Coaches', 'Referees', 'Clubs', 'Leagues', 'Competitions', 'Safeguarding', 'News'];
const cRelated = [
  'Grassroots club of the month: Fernleigh Colts',
  'Referee recruitment course dates announced for autumn',
  'County Cup finals week returns to Hollowbrook',
];
const cFoot = ['About Us', 'Contact Us', 'Careers', 'Privacy Notice', 'Cookie Policy', 'Modern Slavery Statement'];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${cTitle} | Westmarch County FA</title>
<meta name="description" content="A new summer festival for walking football is open to all over-50s teams in the county.">
<meta property="og:title" content="${cTitle}"><meta property="og:image" content="https://www.westmarchfa.example/-/media/walking-festival.jpg">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${cTitle}","datePublished":"2026-04-02",
"publisher":{"@type":"Organization","name":"Westmarch County FA"}}</script>
<script>dataLayer=[{"pageType":"news-article","county":"westmarch"}];</script></head>
<body class="county-fa"><a class="skip-link" href="#main-content">Skip to content</a>
<div class="utility-bar"><ul><li><a href="https://www.thefa.example">The FA</a></li><li><a href="/whole-game">Whole Game System</a></li>
<li><a href="/matchday">Matchday</a></li></ul></div>
<header class="site-header"><a class="site-header__logo" href="/">Westmarch County FA</a>
<nav class="mega-menu" aria-label="Primary"><ul class="mega-menu__list">${links(cMenu, 'mega-menu__item')}</ul></nav>
<form class="site-search" role="search"><input type="search" placeholder="Search Westmarch FA"></form></header>
<main id="main-content"><nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li aria-current="page">Walking Football Festival</li></ol></nav>
<article class="article"><div class="article-header"><span class="article-header__category">Participation</span>
<h1 class="article-header__title">${cTitle}</h1><p class="article-header__date">Wednesday 2 April 2026</p>
<ul class="social-share"><li>Share:</li><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li><li><a href="#">Email</a></li></ul>
</div><figure class="article-hero"><img src="/-/media/walking-festival.jpg" alt="">
<figcaption class="article-hero__caption">Players at last year’s pilot tournament in Hollowbrook</figcaption></figure>
<div class="article-body rich-text"><p class="article-body__lead"><strong>${cLead[0]}</strong></p>
${ps([cLead[1] ?? ''])}
<h2>The format</h2>
${ps(cFormat)}
<ul>${cList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<blockquote class="article-quote"><p>${cQuote}</p></blockquote>
<div class="promo-card"><p>Read more: <a href="/news/walking-football-guide">Our beginner’s guide to walking football</a></p></div>
<h2>How to register</h2>
${ps(cHow)}
</div></article>
<section class="related-articles"><h2 class="related-articles__title">Related Articles</h2><ul class="card-list">${links(cRelated, 'card')}</ul></section>
<section class="newsletter-block"><h2>Stay up to date</h2><p>Sign up for the Westmarch FA newsletter for the latest news from grassroots football.</p>
<a class="btn" href="/newsletter">Sign up now</a></section>
<section class="partners"><h2>Our Partners</h2><ul><li><a href="#">Hollowbrook Building Society</a></li><li><a href="#">Vantage Sportswear</a></li>
</ul></section>
</main>
<footer class="site-footer"><ul class="site-footer__links">${links(cFoot)}</ul>
<p class="site-footer__copyright">© Westmarch County Football Association Ltd 2026. All rights reserved.</p></footer>
<div id="ccc-notify" class="ccc-notify"><p>We use cookies to help our website work and to understand how it is used.</p>
<button class="ccc-notify-accept">Accept recommended settings</button><button class="ccc-notify-reject">Reject all</button></div>
<script src="https://cc.cdn.civiccomputing.example/9/cookieControl-9.x.min.js"></script></body></html>`;
const countyFa: TestPage = {
  name: 'heldout351-county-fa-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: ['The format', 'How to register'],
  body: texts([...cLead, ...cFormat, ...cList, cQuote, ...cHow]),
  bylines: ['Wednesday 2 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The FA', 'Whole Game System', 'Matchday', ...cMenu.filter((t) => t !== 'Clubs'), 'Walking Football Festival', 'Participation',
    'Share:', 'Share on Facebook', 'Share on X', 'Email', 'Players at last year’s pilot tournament in Hollowbrook',
    'Read more: Our beginner’s guide to walking football', 'Related Articles', ...cRelated, 'Stay up to date',
    'Sign up for the Westmarch FA newsletter for the latest news from grassroots football.', 'Sign up now', 'Our Partners',
    'Hollowbrook Building Society', 'Vantage Sportswear', ...cFoot, '© Westmarch County Football Association Ltd 2026. All rights reserved.',
    'We use cookies to help our website work and to understand how it is used.', 'Accept recommended settings', 'Reject all',
  ],
};

/** A cricket club's match report on WordPress (Astra theme, Jetpack sharing, comments). */
const kTitle = '1st XI: Pellingham hold their nerve to beat Ashcombe by 14 runs';
const kIntro = [
  j(
    'Pellingham Cricket Club’s 1st XI made it three wins from three in the Vale Premier League on Saturday, defending a modest',
    'total of 187 against Ashcombe on a slow, low pitch at Mill Meadow.',
  ),
  j(
    'Having won the toss and chosen to bat, Pellingham were soon in trouble at 41 for 4, with the Ashcombe seamers getting',
    'plenty of movement off the surface in the first hour.',
  ),
];
const kBat = [
  j(
    'The innings was rescued by a stand of 92 for the fifth wicket between Tom Rendell and skipper Imran Qureshi. Rendell was',
    'patient for his 58, leaving well outside off stump and waiting for anything short, while Qureshi played the spinners with',
    'soft hands and ran hard between the wickets.',
  ),
  j(
    'Both fell in quick succession after drinks, and only some late hitting from Josh Penhale, who struck two sixes over',
    'the pavilion in his 27, took the total past 180.',
  ),
];
const kBowl = [
  j(
    'Ashcombe looked in control at 120 for 3 with fifteen overs left, but the game turned when Sam Okonjo returned for a second',
    'spell from the river end. He removed the set batter with a full ball that swung late, and then took two more wickets in',
    'his next three overs.',
  ),
  j(
    'Left-arm spinner Ollie Brack kept things tight at the other end, and the last five Ashcombe wickets fell for 38 runs.',
    'The final wicket came from a sharp run-out by Penhale from cover with eleven balls remaining.',
  ),
];
const kCardHead = ['Bowler', 'O', 'M', 'R', 'W'];
const kCard = [
  ['S. Okonjo', '9', '2', '31', '4'],
  ['O. Brack', '10', '1', '34', '2'],
  ['L. Fairweather', '8', '0', '42', '1'],
  ['J. Penhale', '6.1', '0', '37', '1'],
];
const kNext = [
  j(
    'Next week the 1st XI travel to Dunmere, who are also unbeaten. Teas are at 4.30pm and, as ever, any members who can help',
    'with scoring should speak to Margaret in the bar.',
  ),
];
const kNav = ['Home', 'Club', 'Teams', 'Juniors', 'Fixtures', 'Match Reports', 'Membership', 'Contact'];
const kRecent = ['2nd XI go down to Ashcombe in rain-shortened game', 'Junior nets start on Friday evenings', 'Ground working party: 5 April'];
const kCats = ['1st XI', '2nd XI', 'Club News', 'Juniors'];
const kComments = [
  'Great report, Dave. Sam’s second spell was the best I have seen from him.',
  'Well played all. Any chance we can get the full scorecard on Play-Cricket?',
];
const kHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${kTitle} &#8211; Pellingham Cricket Club</title>
<meta name="generator" content="WordPress 6.5.2">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${kTitle}",
"datePublished":"2026-05-10T19:12:00+00:00","author":{"name":"Dave Lunn"}}]}</script>
<script id="jetpack-stats">_stq=window._stq||[];</script></head>
<body class="post-template-default single single-post ast-separate-container ast-right-sidebar"><div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead"><div class="main-header-bar">
<div class="site-branding"><p class="site-title"><a href="/">Pellingham Cricket Club</a></p><p class="site-description">Est. 1884 · Mill Meadow</p></div>
<nav id="primary-site-navigation" class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu ast-nav-menu">
${links(kNav, 'menu-item')}</ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard has-post-thumbnail category-1st-xi ast-article-single" id="post-2291">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${kTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-05-10T19:12:00+00:00">10 May 2026</time></span> /
<span class="posted-by vcard author"><a class="url fn n" href="/author/dlunn/"><span class="author-name">Dave Lunn</span></a></span> /
<span class="cat-links"><a href="/category/1st-xi/" rel="category tag">1st XI</a></span></div></header>
<div class="post-thumb-img-content post-thumb"><figure class="wp-block-image"><img src="/wp-content/uploads/2026/05/okonjo.jpg" alt="">
<figcaption class="wp-element-caption">Sam Okonjo on his way to 4 for 31</figcaption></figure></div>
<div class="entry-content clear" itemprop="text">
${ps(kIntro)}
<h3 class="wp-block-heading">Rendell and Qureshi rebuild</h3>
${ps(kBat)}
<h3 class="wp-block-heading">Okonjo’s second spell</h3>
${ps(kBowl)}
<figure class="wp-block-table"><table><thead>${tr(kCardHead, 'th')}</thead><tbody>
${kCard.map((r) => tr(r)).join('\n')}
</tbody></table><figcaption class="wp-element-caption">Pellingham bowling</figcaption></figure>
${ps(kNext)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<ul><li class="share-facebook"><a href="#"><span>Facebook</span></a></li><li class="share-x"><a href="#"><span>X</span></a></li>
<li class="share-email"><a href="#"><span>Email</span></a></li></ul></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><span class="loading">Loading...</span></div>
</div>
<footer class="entry-footer"><span class="tags-links"><a href="/tag/vale-premier-league/" rel="tag">Vale Premier League</a>,
<a href="/tag/ashcombe/" rel="tag">Ashcombe</a></span></footer></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev">
<span class="ast-left-arrow">&larr;</span> Previous Post</a></div><div class="nav-next"><a href="#" rel="next">Next Post</a></div></div></nav>
<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on “${kTitle}”</h3><ol class="ast-comment-list">
<li class="comment"><article class="ast-comment"><div class="ast-comment-meta"><cite class="fn">Pete Allard</cite>
<time>11 May 2026 at 8:04 am</time></div><section class="ast-comment-content comment"><p>${kComments[0]}</p></section>
<a class="comment-reply-link" href="#">Reply</a></article></li>
<li class="comment"><article class="ast-comment"><div class="ast-comment-meta"><cite class="fn">Ruth Cavell</cite>
<time>11 May 2026 at 9:37 am</time></div><section class="ast-comment-content comment"><p>${kComments[1]}</p></section>
<a class="comment-reply-link" href="#">Reply</a></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(kRecent)}</ul></aside>
<aside class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(kCats, 'cat-item')}</ul></aside>
<aside class="widget widget_text"><h2 class="widget-title">Our Sponsors</h2><p>Thanks to Meadowgate Farm Shop and Carrick Electrical.</p></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer">
<p>Copyright © 2026 Pellingham Cricket Club | Powered by Astra WordPress Theme</p></div></footer>
<div id="cookie-law-info-bar" data-cli-style="cli-style-v2"><span>This website uses cookies to improve your experience.
<a role="button" id="cookie_action_close_header" class="cli_action_button">ACCEPT</a> <a href="/privacy" id="CONSTANT_OPEN_URL">Read More</a></span></div>
</div><script src="/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js"></script></body></html>`;
const cricketWp: TestPage = {
  name: 'heldout351-wordpress-astra-cricket-report',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: ['Rendell and Qureshi rebuild', 'Okonjo’s second spell'],
  body: texts([...kIntro, ...kBat, ...kBowl, ...kCard.map(rowText), ...kNext]),
  bylines: ['10 May 2026', 'Dave Lunn', 'Pete Allard', '11 May 2026 at 8:04 am', 'Ruth Cavell', '11 May 2026 at 9:37 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Est. 1884 · Mill Meadow', ...kNav.filter((t) => t !== 'Club'), 'Sam Okonjo on his way to 4 for 31', 'Pellingham bowling',
    'Share this:', 'Facebook', 'Email', 'Like this:', 'Loading...', 'Previous Post', 'Next Post',
    `2 thoughts on “${kTitle}”`, ...kComments, 'Reply', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *',
    'Recent Posts', ...kRecent, 'Categories', '2nd XI', 'Club News', 'Juniors', 'Our Sponsors', 'Thanks to Meadowgate Farm Shop and Carrick Electrical.',
    'Copyright © 2026 Pellingham Cricket Club | Powered by Astra WordPress Theme', 'This website uses cookies to improve your experience.',
    'ACCEPT', 'Read More',
  ],
};

export const HELDOUT351_B: readonly TestPage[] = [countyFa, cricketWp];
