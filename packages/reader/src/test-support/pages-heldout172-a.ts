import { links, ps, type TestPage, texts } from './page-kit.js';
import { blockClub } from './pages-heldout172-a2.js';

/**
 * Held-out batch 172, file a: an Alaska Beacon story on the States Newsroom WordPress theme (top donate bar, header nav with
 * the hidden mobile menu, category, subtitle, byline and date, share and republish buttons, featured image caption and credit,
 * a mid-article newsletter promo, the author bio, the "YOU MAKE OUR WORK POSSIBLE." box, the hidden republish modal with its
 * Creative Commons text, tags, "More from Author" rail and footer) and, from file a2, a Block Club Chicago story.
 */
const abTitle = 'Bering Strait villages press state for faster repair of eroding barge landings';
const abDek = 'Three communities say delayed fuel deliveries forced them to ration heating oil for part of last winter';
const abP1 = [
  'Leaders from three villages on the Bering Strait coast asked state transportation officials on Tuesday to move up repairs ' +
    'to barge landings that storms have chewed away over the past two years, saying the damage nearly left their communities ' +
    'without heating fuel last winter.',
  'In written testimony to the Legislature’s House Transportation Committee, tribal and city officials from Kivalek, Nuyaqik ' +
    'and Port Sednak said fuel barges were unable to land at all on four scheduled trips in the fall of 2024, because the ' +
    'gravel pads where they tie up had been undercut by waves.',
  '“We had families putting plastic on the windows and heating one room,” said Marla Tokienna, president of the Kivalek ' +
    'tribal council. “We are not asking for something new. We are asking for the landing we already had.”',
];
const abP2 = [
  'The state Department of Transportation and Public Facilities lists the three landings on its draft rural ports plan, but ' +
    'repairs are not scheduled to begin until 2028. Deputy Commissioner Aaron Welch told the committee the department has ' +
    'about $11 million in federal money set aside for the work and is waiting on permits and design.',
  '“We share the urgency,” Welch said. “The difficulty is that each of these sites has a short construction window, and ' +
    'materials have to come in on the same barges that are having trouble landing.”',
  'Rep. Dana Okpealuk, a Democrat from Nome who chairs the committee, asked whether the department could use emergency ' +
    'procurement to speed up the design. Welch said the department would look at it but that emergency rules apply only ' +
    'when there is an immediate threat to life or property.',
];
const abH1 = 'Fuel prices climb';
const abP3 = [
  'The delays have already cost the villages money. When barges could not land in Port Sednak, the city had fuel flown in ' +
    'on chartered aircraft at roughly three times the usual price, according to city administrator Joseph Anakak. Residents ' +
    'paid $14.20 a gallon for heating oil in February, he said.',
  'A 2023 study by the University of Alaska’s coastal research center found that the shoreline at two of the three landings ' +
    'retreated by more than 30 feet in a single storm season. Researchers warned that the pace of erosion was likely to ' +
    'increase as sea ice forms later in the year and offers less protection from fall storms.',
  'Anakak said the city has started piling sandbags along the landing each September, but the bags rarely survive the first big storm.',
];
const abH2 = 'What comes next';
const abP4 = [
  'The committee took no action on Tuesday. Okpealuk said she plans to ask the House Finance Committee to add money to the ' +
    'capital budget for temporary sheet-pile walls that could protect the landings until permanent repairs are done.',
  'Tokienna said the villages will keep pressing. “The barge season is short,” she said. “If we lose another fall, we lose another winter.”',
];
const abNav = ['Alaska Legislature', 'Economy', 'Education', 'Environment', 'Health', 'Public Safety', 'Rural Alaska', 'Commentary'];
const abTop = ['About', 'Newsletters', 'Republishing Guidelines', 'Donate'];
const abCaption = 'A fuel barge waits offshore near a Bering Strait village in October 2024.';
const abCredit = '(Photo by Hollis Aguchak/Alaska Beacon)';
const abPromo = 'Get the morning headlines delivered to your inbox';
const abBio =
  'Teresa Nunamta covers rural Alaska, fisheries and tribal affairs for the Alaska Beacon. She previously reported for public ' +
  'radio stations in Bethel and Kotzebue.';
const abSupport = [
  'YOU MAKE OUR WORK POSSIBLE.',
  'Alaska Beacon is a nonprofit newsroom that depends on readers. Your gift keeps our reporting free for everyone.',
  'SUPPORT NEWS YOU TRUST.',
];
const abRepublish = [
  'Republish Our Stories',
  'Our stories may be republished online or in print under a Creative Commons license. We ask that you edit only for style ' +
    'or to shorten, provide proper attribution and link to our website.',
  'Copy the article code below to republish.',
];
const abTags = ['barges', 'coastal erosion', 'Department of Transportation', 'fuel', 'rural Alaska'];
const abMore = [
  'Nome school district weighs four-day week as teacher vacancies grow',
  'Yukon River chum forecast stays low for third straight year',
  'Tribes ask federal regulators to slow Norton Sound mining permit',
];
const abFoot = ['Contact Us', 'Privacy Policy', 'Ethics Policy', 'Staff', 'States Newsroom'];
const abNetwork =
  'Alaska Beacon is part of States Newsroom, a nonprofit news network supported by grants and a coalition of donors as a 501c(3) public charity.';
const abEditor = 'Alaska Beacon maintains editorial independence. Contact Editor Lindsay Korff for questions: info@alaskabeacon.example.';
const abHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bering Strait villages press state for faster repair of eroding barge landings &#8226; Alaska Beacon</title>
<meta name="description" content="${abDek}"><link rel="canonical" href="https://alaskabeacon.example/2025/10/14/bering-strait-barge-landings/">
<meta property="og:type" content="article"><meta property="og:title" content="${abTitle}"><meta property="og:site_name" content="Alaska Beacon">
<meta property="article:published_time" content="2025-10-14T16:02:11+00:00"><meta name="author" content="Teresa Nunamta">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Teresa Nunamta">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${abTitle}",
"datePublished":"2025-10-14T16:02:11+00:00","author":{"name":"Teresa Nunamta"},
"publisher":{"@id":"https://alaskabeacon.example/#organization"},
"articleSection":["Rural Alaska"],"inLanguage":"en-US"}]}</script>
<link rel="stylesheet" id="statesnewsroom-style-css" href="https://alaskabeacon.example/wp-content/themes/statesnewsroom/style.css?ver=2.4.1" media="all">
<script async src="https://www.googletagmanager.example/gtag/js?id=G-AKB1"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-AKB1');</script>
</head>
<body class="post-template-default single single-post postid-21544 single-format-standard wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="site-top-bar"><ul class="top-bar-menu">${links(abTop, 'menu-item menu-item-type-post_type')}</ul>
<div class="top-bar-social"><a href="https://facebook.example/alaskabeacon" aria-label="Facebook"><svg class="icon"></svg></a>
<a href="https://x.example/alaskabeacon" aria-label="X"><svg class="icon"></svg></a></div></div>
<header id="masthead" class="site-header" role="banner"><div class="site-branding"><a href="https://alaskabeacon.example/" rel="home" class="custom-logo-link">
<img src="https://alaskabeacon.example/wp-content/uploads/2021/05/alaska-beacon-logo.svg" class="custom-logo" alt="Alaska Beacon"></a></div>
<nav id="site-navigation" class="main-navigation" aria-label="Main menu"><ul id="primary-menu" class="menu">${links(abNav, 'menu-item')}</ul></nav>
<button class="menu-toggle" aria-controls="mobile-menu" aria-expanded="false"><span class="screen-reader-text">Menu</span></button>
<div class="header-search"><form role="search" class="search-form"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search"></label><button type="submit" class="search-submit">Search</button></form></div>
<div id="mobile-menu" class="mobile-menu" hidden><ul class="menu">${links(abNav, 'menu-item')}</ul></div></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-21544" class="post-21544 post type-post status-publish format-standard has-post-thumbnail category-rural-alaska">
<header class="entry-header"><div class="category-links"><a href="https://alaskabeacon.example/category/rural-alaska/" rel="category tag">Rural Alaska</a></div>
<h1 class="entry-title">${abTitle}</h1><p class="subtitle">${abDek}</p>
<div class="author-meta"><span class="byline">By: <a class="author" href="https://alaskabeacon.example/author/teresa-nunamta/">Teresa Nunamta</a></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-10-14T16:02:11+00:00">October 14, 2025 8:02 am</time></span></div>
<div class="share-bar"><ul class="social-share">
<li><a class="share-facebook" href="https://www.facebook.example/sharer.php?u=x" target="_blank">
<span class="screen-reader-text">Share on Facebook</span></a></li>
<li><a class="share-x" href="https://x.example/intent/post?url=x" target="_blank"><span class="screen-reader-text">Share on X</span></a></li>
<li><a class="share-email" href="mailto:?subject=x"><span class="screen-reader-text">Email</span></a></li></ul>
<button class="republish-button" data-toggle="republish-modal">Republish</button></div></header>
<figure class="post-thumbnail featured-image"><img width="1200" height="800" src="https://alaskabeacon.example/wp-content/uploads/2025/10/barge.jpg"
class="attachment-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high">
<figcaption class="wp-caption-text">${abCaption} <span class="credit">${abCredit}</span></figcaption></figure>
<div class="entry-content">
${ps(abP1)}
${ps(abP2)}
<div class="newsletter-signup-inline"><p class="newsletter-heading">SUBSCRIBE</p><p>${abPromo}</p>
<form class="newsletter-form"><label for="nl-email" class="screen-reader-text">Email address</label>
<input id="nl-email" type="email" placeholder="Email address">
<button type="submit">Sign up</button></form></div>
<h3 class="wp-block-heading">${abH1}</h3>
${ps(abP3)}
<h3 class="wp-block-heading">${abH2}</h3>
${ps(abP4)}
</div>
<div class="post-tags"><span class="tags-label">Tags</span><ul class="tags-list">${links(abTags, 'tag')}</ul></div>
<div class="author-box"><img class="avatar" src="https://alaskabeacon.example/wp-content/uploads/2024/01/nunamta.jpg" alt="">
<div class="author-info"><h4 class="author-name">Teresa Nunamta</h4><p class="author-bio">${abBio}</p>
<a class="author-email" href="mailto:tnunamta@alaskabeacon.example">tnunamta@alaskabeacon.example</a></div></div>
<div class="donate-box"><h3>${abSupport[0]}</h3><p>${abSupport[1]}</p><a class="button" href="/donate">${abSupport[2]}</a></div>
</article>
<div id="republish-modal" class="republish-modal" aria-hidden="true" style="display:none"><h2>${abRepublish[0]}</h2><p>${abRepublish[1]}</p>
<p>${abRepublish[2]}</p><textarea readonly>&lt;h1&gt;${abTitle}&lt;/h1&gt;</textarea><button class="copy-button">Copy to Clipboard</button>
<button class="close-modal" aria-label="Close">Close</button></div>
<section class="more-from-author"><h2 class="section-title">More from Author</h2><ul class="related-posts">
${abMore.map((t, i) => `<li class="related-post"><a href="/2025/0${9 - i}/${i}/"><h3 class="related-title">${t}</h3></a></li>`).join('\n')}</ul></section>
</main></div>
<footer id="colophon" class="site-footer"><div class="footer-branding"><img src="https://alaskabeacon.example/logo-white.svg" alt="Alaska Beacon">
<p class="footer-about">${abNetwork}</p><p class="footer-editor">${abEditor}</p></div>
<nav class="footer-navigation"><ul class="menu">${links(abFoot, 'menu-item')}</ul></nav>
<div class="site-info">© Alaska Beacon, 2025</div></footer>
<script src="https://alaskabeacon.example/wp-content/themes/statesnewsroom/js/republish.js?ver=2.4.1" id="republish-js"></script>
</body></html>`;
const alaskaBeacon: TestPage = {
  name: 'heldout172-alaska-beacon-news',
  kind: 'news',
  html: abHtml,
  // the subtitle (dek) is body; the author box, support box, republish modal and tags are furniture
  title: abTitle,
  headings: [abH1, abH2],
  body: texts([abDek, ...abP1, ...abP2, ...abP3, ...abP4]),
  bylines: ['By: Teresa Nunamta', 'October 14, 2025 8:02 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...abTop, 'Search for:', 'Menu', 'Search', ...abNav, 'Share on Facebook', 'Share on X', 'Email', 'Republish', abCaption, abCredit,
    'SUBSCRIBE', abPromo, 'Email address', 'Sign up', 'Tags', ...abTags, abBio, 'tnunamta@alaskabeacon.example', ...abSupport, ...abRepublish,
    'Copy to Clipboard', 'Close', 'More from Author', ...abMore, abNetwork, abEditor, ...abFoot, '© Alaska Beacon, 2025',
  ],
};

export const HELDOUT172_A: readonly TestPage[] = [alaskaBeacon, blockClub];
