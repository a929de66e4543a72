import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout383-kit.js';

/**
 * Held-out batch 383, file b: a FactCheck.org-style article (WordPress: donate bar, menus, Quick Take and Full Story sections,
 * editor's note, sources, categories and tags, sidebar with project links and a subscribe box) and an AFP Fact Check-style
 * story (Drupal: header menus, dateline meta with "Published on" and "Updated", share bar, screenshots with captions and
 * credits, the "get in touch" box, related stories and the AFP copyright footer).
 */
const fcTitle = 'Albright Misleads on Veterans Clinic Vote';
const fcQuick = j(
  'Rep. Tamsin Albright claims her opponent "voted to close the Dunmore veterans clinic." State Sen. Felix Harrow voted against one',
  'budget bill that included clinic money, but he voted for a separate bill that kept the clinic open, and it is still operating.',
);
const fcBody = [
  j(
    'In a television ad that began airing in the 4th District on Feb. 23, Albright, a Republican, tells viewers that Harrow, her Democratic',
    'challenger, "voted to close the Dunmore veterans clinic, and now he wants your vote." The ad shows a padlocked door with the words',
    '"CLOSED BY HARROW" across the screen.',
  ),
  'That is misleading. The clinic was never closed, and Harrow voted for the funding that kept it open.',
  j(
    "The Albright campaign pointed us to Harrow's vote in May 2024 against House Bill 212, the state's general budget for that year.",
    'The bill included $3.8 million for the Dunmore clinic, along with funding for hundreds of other programs.',
  ),
  j(
    'Harrow was one of 14 senators who voted against the budget. In a floor statement at the time, he said he opposed the bill because',
    "it cut the state's share of school transportation costs. He did not mention the clinic.",
  ),
  j(
    "The budget passed anyway, 31 to 14. But a drafting error left the clinic's money tied to a building lease that had expired, and",
    'the health department warned that it could not spend the funds. Lawmakers fixed the problem in a short supplemental bill in June.',
  ),
  'Harrow voted for that bill. So did Albright, who was then a member of the House.',
  'Here is how the two votes line up:',
  'May 2024, House Bill 212 (general budget): Harrow voted no; the bill passed; clinic funding included.',
  'June 2024, Senate Bill 58 (clinic lease fix): Harrow voted yes; the bill passed; clinic funding released.',
  j(
    'We have written before about ads that treat a vote against a large spending bill as a vote against every item inside it. Voting',
    'against a budget for one reason does not mean a lawmaker opposed each of its parts, and in this case the record shows Harrow',
    'supported the clinic money when it came up on its own.',
  ),
  j(
    'The Dunmore Veterans Clinic remains open. A spokeswoman for the state Department of Veterans Services, Lucia Brandt, told us it',
    'served about 6,200 patients last year and has no plans to close.',
  ),
  'We asked the Albright campaign whether it had any other basis for the claim. It did not respond.',
];
const fcHeadings = ['Quick Take', 'Full Story', 'Two Votes, One Clinic'];
const fcNav = ['Home', 'Articles', 'Ask FactCheck', 'SciCheck', 'The Viral Spiral', 'About Us', 'Donate'];
const fcSide = ['Our Videos', 'Candidate Scorecards', 'Featured Posts', 'Archives'];
const fcFoot = ['Privacy Policy', 'Copyright Policy', 'Contact', 'Funding'];
const fcSources = [
  'State Senate Journal. Roll call on House Bill 212. 16 May 2024.',
  'State Senate Journal. Roll call on Senate Bill 58. 20 Jun 2024.',
  'Brandt, Lucia. Spokeswoman, Department of Veterans Services. Email to FactWatch.org. 1 Mar 2026.',
];
const fcHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<title>${fcTitle} - FactWatch.org</title>
<meta name="description" content="${fcQuick}"><link rel="canonical" href="https://www.factwatch.example/2026/03/albright-misleads-on-veterans-clinic-vote/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${fcTitle}",
"datePublished":"2026-03-04T15:30:21+00:00","author":{"@type":"Person","name":"Ned Carrow"},
"publisher":{"@type":"Organization","name":"FactWatch.org"}}]}</script>
<link rel="stylesheet" id="factwatch-style-css" href="/wp-content/themes/factwatch/style.css?ver=6.4.3" media="all"></head>
<body class="post-template-default single single-post postid-248810 single-format-standard">
<div class="donate-bar"><p>FactWatch.org does not accept advertising. We rely on readers like you. <a href="/donate/">Please donate today.</a></p></div>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">FactWatch.org</a></p>
<p class="site-description">A Project of the Invented Center for Public Records</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(fcNav, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-248810" class="post-248810 post type-post status-publish format-standard hentry category-factchecks">
<header class="entry-header"><h1 class="entry-title">${fcTitle}</h1>
<div class="entry-meta"><p class="byline"><span class="author vcard">By <a class="url fn n" href="/author/ned-carrow/">Ned Carrow</a></span></p>
<p class="posted-on"><time class="entry-date published" datetime="2026-03-04T15:30:21+00:00">Posted on March 4, 2026</time></p></div></header>
<div class="entry-content">
<h2>${fcHeadings[0]}</h2>
<p class="quick-take">${fcQuick}</p>
<hr><h2>${fcHeadings[1]}</h2>
${ps(fcBody.slice(0, 6))}
<h3>${fcHeadings[2]}</h3>
${ps(fcBody.slice(6, 7))}
<ul>${lis(fcBody.slice(7, 9))}</ul>
${ps(fcBody.slice(9))}
<p class="editors-note"><em>Editor's note: FactWatch.org does not accept advertising. We rely on grants and individual donations from people like you.</em></p>
<h5 class="sources-title">Sources</h5><div class="sources">${ps(fcSources)}</div>
</div>
<footer class="entry-footer"><span class="cat-links">Categories: <a href="/category/factchecks/" rel="category tag">FactChecks</a></span>
<span class="tags-links">Tags: <a href="/tag/veterans/" rel="tag">veterans affairs</a>, <a href="/tag/campaign-ads/" rel="tag">campaign ads</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="/2026/03/viral-spiral-oat-milk/">Previous: The Viral Spiral: Recall Rumors</a></div>
<div class="nav-next"><a href="/2026/03/scicheck-flu-shot-myths/">Next: SciCheck: Flu Shot Myths Return</a></div></nav>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search" class="search-form"><label>Search for:
<input type="search" class="search-field"></label><input type="submit" class="search-submit" value="Search"></form></section>
<section class="widget"><h2 class="widget-title">Subscribe</h2><p>Get our latest articles by email.</p><a class="button" href="/subscribe/">Sign up</a>
</section>
<section class="widget widget_nav_menu"><h2 class="widget-title">Our Projects</h2><ul>${links(fcSide)}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(fcFoot)}</ul>
<div class="site-info">Copyright © 2026 FactWatch.org. All rights reserved.</div></footer>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script></body></html>`;
const factcheckOrg: TestPage = {
  name: 'heldout383-factcheckorg-news',
  kind: 'news',
  html: fcHtml,
  title: fcTitle,
  headings: fcHeadings,
  body: texts([fcQuick, ...fcBody]),
  bylines: ['By Ned Carrow', 'Posted on March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'FactWatch.org does not accept advertising. We rely on readers like you.', 'Please donate today.', 'A Project of the Invented Center for Public Records',
    ...fcNav, "Editor's note: FactWatch.org does not accept advertising. We rely on grants and individual donations from people like you.",
    'Sources', ...fcSources, 'Categories:', 'FactChecks', 'Tags:', 'veterans affairs', 'campaign ads', 'Previous: The Viral Spiral: Recall Rumors',
    'Next: SciCheck: Flu Shot Myths Return', 'Search for:', 'Subscribe', 'Get our latest articles by email.', 'Sign up', 'Our Projects', ...fcSide, ...fcFoot,
    'Copyright © 2026 FactWatch.org. All rights reserved.',
  ],
};

const afTitle = "Video of flooded market shows 2019 storm in another country, not this week's rains in Port Selwyn";
const afBody = [
  j(
    'A video of muddy water rushing through a covered market, with stalls and crates swept along, has been shared thousands of times',
    'with claims that it shows flooding in Port Selwyn after heavy rains this week. But the footage is more than six years old and was',
    'filmed in a different country, during a storm in October 2019.',
  ),
  j(
    '"Port Selwyn central market right now. Pray for our city," reads a Facebook post sharing the video on March 1, 2026. The same clip',
    'circulated on X, TikTok and WhatsApp with similar captions in English and Portuguese.',
  ),
  j(
    'Heavy rain did hit Port Selwyn between February 27 and March 1, and the national weather service issued a red alert for the coastal',
    'districts. Local authorities reported flooded roads and two collapsed retaining walls. However, the video does not show these events.',
  ),
  j(
    'A reverse image search of keyframes from the clip led to a longer version uploaded to YouTube on October 14, 2019, by a local news',
    'channel in the town of Verano Alto. Its title, translated, reads: "Storm floods the municipal market."',
  ),
  j(
    "Details in the footage match the 2019 upload, including a yellow sign for a butcher's stall and a blue pillar with a painted number 12.",
    'AVP found the same sign and pillar in photos of the Verano Alto market on Google Maps.',
  ),
  j(
    'The Verano Alto market administrator, Rubén Salcedo, confirmed to AVP by telephone on March 2 that the video was filmed there.',
    '"That was the worst flood we had in twenty years. The roof has been replaced since then," he said.',
  ),
  j(
    "Port Selwyn's own central market was not flooded this week, according to a statement from the city council, which said the building",
    "remained open to traders on all three days of the storm. Photos published by the council on March 1 show the market's interior dry.",
  ),
  j(
    'Old footage of floods is often reshared during new storms. AVP has previously debunked other videos falsely linked to severe',
    'weather <a href="/doc.avp.com.38QZ7T">here</a>.',
  ),
];
const afNav = ['Home', 'All', 'Health', 'Politics', 'Climate', 'Tips', 'About Us', 'Methodology'];
const afCaps = [
  'Screenshot of a Facebook post taken March 2, 2026',
  'Screenshot comparison of the video shared online (left) and the 2019 YouTube upload (right), taken March 2, 2026',
];
const afRel = ['Photo of collapsed bridge is from 2021 earthquake, not recent floods', 'No, this video does not show a shark on a flooded highway'];
const afFoot = ['Legal notice', 'Privacy Policy', 'Cookie Settings', 'Contact'];
const afHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>${afTitle} | AVP Fact Check</title>
<meta name="description" content="A video of muddy water rushing through a covered market has been shared with claims it shows flooding in Port Selwyn.">
<link rel="canonical" href="https://factcheck.avp.example/doc.avp.com.39XK8L2">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ClaimReview","datePublished":"2026-03-02T18:04:00Z",
"claimReviewed":"Video shows flooding in Port Selwyn market this week","author":{"@type":"Organization","name":"AVP Fact Check"},
"reviewRating":{"@type":"Rating","alternateName":"Misleading"}}</script>
<script>window.drupalSettings={"path":{"baseUrl":"/","currentLanguage":"en"},"avp":{"section":"factcheck"}};</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_0aQ1.css"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><header class="header"><div class="container"><a class="logo" href="/" rel="home">AVP Fact Check</a>
<nav class="navbar" role="navigation"><ul class="nav navbar-nav">${links(afNav, 'nav-item')}</ul></nav>
<div class="lang-switch"><a href="/fr">Français</a> <a href="/es">Español</a></div></div></header>
<main role="main" id="main-content"><div class="container"><div class="row"><div class="col-md-8 col-sm-12">
<div class="node node--type-article node--view-mode-full"><div class="tags-wrapper"><a class="tag" href="/list/all/climate">Climate</a></div>
<h1 class="content-title">${afTitle}</h1>
<div class="content-meta"><span class="meta-author">By <a href="/author/avp-oceania">Maile Ferreira</a>, AVP Oceania</span>
<span class="meta-date">Published on March 2, 2026 at 18:04</span><span class="meta-update">Updated March 3, 2026 at 09:15</span></div>
<div class="meta-share addtoany"><span class="share-label">Share</span><a class="a2a_button_facebook" href="#">Share via Facebook</a>
<a class="a2a_button_x" href="#">X (Twitter)</a><a class="a2a_button_whatsapp" href="#">Share via WhatsApp</a>
<a class="a2a_button_email" href="#">Email</a></div>
<div class="article-entry clearfix">
<h3 class="article-lead">${afBody[0]}</h3>
${ps(afBody.slice(1, 2))}
<figure class="image"><img src="/sites/default/files/medias/factchecking/g2/2026-03/a1b2.jpg" alt="">
<figcaption>${afCaps[0]}</figcaption></figure>
${ps(afBody.slice(2, 4))}
<figure class="image"><img src="/sites/default/files/medias/factchecking/g2/2026-03/c3d4.jpg" alt="">
<figcaption>${afCaps[1]}</figcaption><span class="credit">AVP / Maile Ferreira</span></figure>
${ps(afBody.slice(4, 7))}
${ps(afBody.slice(7))}
<div class="card get-in-touch"><p>Is there content that you would like AVP to fact-check?</p><a class="btn" href="/contact">Get in touch</a></div>
</div></div>
<div class="related-articles"><h4 class="related-title">Related stories</h4><ul>${links(afRel, 'related-item')}</ul></div>
</div><div class="col-md-4 sidebar"><div class="block-newsletter"><h4>Fact Check newsletter</h4>
<p>Subscribe to receive a weekly digest of our verifications.</p><button class="btn">Subscribe</button></div></div></div></div></main>
<footer class="footer"><ul class="footer-menu">${links(afFoot)}</ul><p class="copyright">Copyright AVP 2017-2026. All rights reserved.</p></footer></div>
<div id="didomi-host"><div id="didomi-notice" class="didomi-notice-banner"><div class="didomi-notice-text">We and our partners use cookies to measure
audience and improve our services.</div><button id="didomi-notice-agree-button">Agree and close</button>
<button id="didomi-notice-learn-more-button">Learn more</button></div></div>
<script src="/core/misc/drupal.js?v=10.2.3"></script></body></html>`;
const afp: TestPage = {
  name: 'heldout383-afp-factcheck-news',
  kind: 'news',
  html: afHtml,
  title: afTitle,
  headings: [],
  body: texts(afBody),
  bylines: ['By Maile Ferreira, AVP Oceania', 'Published on March 2, 2026 at 18:04', 'Updated March 3, 2026 at 09:15'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'AVP Fact Check', ...afNav, 'Français', 'Español', 'Share',
    'Share via Facebook', 'X (Twitter)', 'Share via WhatsApp', 'Email', ...afCaps,
    'AVP / Maile Ferreira', 'Is there content that you would like AVP to fact-check?', 'Get in touch', 'Related stories', ...afRel, 'Fact Check newsletter',
    'Subscribe to receive a weekly digest of our verifications.', 'Subscribe', ...afFoot, 'Copyright AVP 2017-2026. All rights reserved.',
    'We and our partners use cookies to measure audience and improve our services.', 'Agree and close', 'Learn more',
  ],
};

export const HELDOUT383_B: readonly TestPage[] = [factcheckOrg, afp];
