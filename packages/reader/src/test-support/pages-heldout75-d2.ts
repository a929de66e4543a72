import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 75, file d2: a university news release on a Drupal university template (alert banner, utility bar with
 * "Apply", "Visit", "Give", the main menu, the news section header and its sub-menu, breadcrumbs, the "Press release" and
 * "Research" labels, the dek, byline with office and date, a share bar, the hero image with caption and photo credit, the
 * release ending in "###" and the "About ..." boilerplate, the media contact box, topic tags, related news, the newsletter
 * sign-up and the footer with address, social links and legal links).
 */
const uvTitle = 'Street lights change how moths pollinate city trees, study finds';
const uvDek = ['ESU biologists found that moths visiting lime trees under LED street lights carried less pollen, and the trees set fewer seeds.'];
const uvBody = [
  'Moths that visit flowering trees at night under bright white street lights carry about a third less pollen than those visiting ' +
    'trees in darker parts of the same city, according to a study led by researchers at Easthaven State University.',
  'The findings, published Oct. 6 in the journal <em>Urban Ecology Letters</em>, suggest that the switch to brighter LED street lighting ' +
    'may quietly reduce how well some urban trees reproduce, even when the trees themselves look healthy.',
  'Over two summers, doctoral student Aiden Roth and associate professor of biology Helena Marsh sampled moths at 40 small-leaved lime ' +
    'trees across Easthaven. Half of the trees stood within 15 metres of an LED street light; the rest were in parks and back lanes with ' +
    'little artificial light at night.',
  '“We expected fewer moths under the lights, and that is what we found,” Roth said. “What surprised us was that the moths we did catch ' +
    'there were carrying much less pollen. They seemed to be spending their time circling the lamps rather than feeding.”',
  'The team then counted seeds on marked branches. Trees near the lights set about 18 percent fewer seeds than trees in darker spots, ' +
    'even though bees visited both groups at similar rates during the day.',
  'Marsh said the results do not mean cities should turn off their lights. Instead, she pointed to simple changes that earlier studies ' +
    'have shown can help insects, such as warmer-coloured lamps, shields that direct light downward and dimming in the small hours.',
  '“Street lighting keeps people safe, and nobody is arguing against that,” Marsh said. “But there are ways to light a street that are ' +
    'much kinder to the animals that share it with us.”',
  'The researchers are now working with the city’s public works department to compare moth activity before and after a planned lamp ' +
    'replacement along two routes in the Northgate neighbourhood.',
  'The study was funded by the Westmark Science Foundation and the ESU College of Natural Sciences.',
];
const uvAlert = 'Campus will be closed Monday, Oct. 13, for Founders Day. Offices reopen Tuesday at 8 a.m.';
const uvUtil = ['Apply', 'Visit', 'Give', 'Students', 'Faculty & Staff', 'Alumni'];
const uvNav = ['About', 'Academics', 'Admissions', 'Research', 'Student Life', 'Athletics'];
const uvSub = ['All News', 'Press Releases', 'Experts Guide', 'ESU Magazine', 'Media Relations'];
const uvCrumbs = ['Home', 'ESU News', 'Press Releases'];
const uvShare = ['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Email this page', 'Copy link'];
const uvCaption = 'Doctoral student Aiden Roth sets a light trap beside a lime tree on Alder Street.';
const uvCredit = 'Photo: Kim Osei/ESU';
const uvAbout = [
  'About Easthaven State University',
  'Easthaven State University is a public research university serving more than 24,000 students across three campuses. Founded in 1889, ' +
    'ESU offers more than 150 degree programs and conducts research in the sciences, engineering, health and the arts.',
];
const uvMedia = ['Media Contact', 'Marisol Tate', 'Senior Communications Officer', 'mtate@easthaven.edu', '555-0143'];
const uvTags = ['Biology', 'College of Natural Sciences', 'Environment', 'Research'];
const uvRelated = [
  ['ESU team maps the city’s hidden urban streams', 'September 22, 2025'],
  ['New greenhouse opens for plant biology teaching', 'August 30, 2025'],
  ['Student researchers track bats along the Easthaven River', 'July 14, 2025'],
];
const uvNews = [
  'Get ESU Today in your inbox',
  'The latest news, research and events from Easthaven State, every weekday morning.',
  'Email address',
  'Subscribe',
];
const uvFootLinks = ['Contact Us', 'Maps & Directions', 'Jobs', 'Emergency Information', 'Accessibility', 'Privacy', 'Non-Discrimination Notice'];
const uvSocial = ['Facebook', 'Instagram', 'LinkedIn', 'YouTube'];
const uvAddress = '1200 College Avenue, Easthaven, WM 40215';
const uvCopy = '© 2025 Easthaven State University';
const uvHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${uvTitle} | Easthaven State University</title>
<meta name="description" content="${texts(uvDek)[0]}"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:type" content="article"><meta property="og:site_name" content="Easthaven State University">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="canonical"
href="https://news.easthaven.edu/2025/10/street-lights-moths-pollination">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${uvTitle}",
"datePublished":"2025-10-08T09:00:00-0400",
"author":{"@type":"Person","name":"Marisol Tate"},"publisher":{"@type":"CollegeOrUniversity","name":"Easthaven State University"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk2vPq9.css">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/48217"},"gtag":{"tagId":"G-ESU4821"}}</script>
</head>
<body class="path-node page-node-type-news-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="esu-alert esu-alert--info" role="region" aria-label="Campus alert"><p>${uvAlert}</p><button class="esu-alert__close">Dismiss</button></div>
<header class="esu-header" role="banner"><div class="esu-header__utility"><ul class="menu menu--utility">${links(uvUtil, 'menu-item')}</ul></div>
<div class="esu-header__main"><a href="https://www.easthaven.edu/" class="esu-header__logo" rel="home"><img src="/themes/custom/esu/logo.svg"
alt="Easthaven State University"></a>
<nav role="navigation" aria-labelledby="block-esu-main-menu" id="block-esu-main-menu"><h2 class="visually-hidden" id="block-esu-main-menu-menu">Main
navigation</h2><ul class="menu menu--main">${links(uvNav, 'menu-item menu-item--expanded')}</ul></nav>
<button class="esu-header__search-toggle" aria-expanded="false">Search</button></div></header>
<div class="esu-section-header"><a href="/" class="esu-section-header__title">ESU News</a><nav aria-label="News"><ul class="menu">${links(
  uvSub,
  'menu-item',
)}</ul>
</nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(uvCrumbs)}</ol></nav>
<article data-history-node-id="48217" class="node node--type-news-article node--view-mode-full">
<div class="node__labels"><span class="field field--name-field-news-type">Press release</span><a href="/topics/research"
class="field--name-field-category">Research</a>
</div>
<h1 class="page-title"><span class="field field--name-title">${uvTitle}</span></h1>
<div class="field field--name-field-subtitle">${ps(uvDek)}</div>
<div class="node__meta"><span class="field field--name-field-byline">By Marisol Tate</span>
<span class="field field--name-field-office">Office of University Communications</span>
<time class="field field--name-field-date" datetime="2025-10-08T13:00:00Z">October 8, 2025</time></div>
<div class="esu-share" aria-label="Share this story"><ul>${uvShare
  .map(
    (s) => `<li><a href="#" class="esu-share__link"><span
class="visually-hidden">${s}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
<div class="field field--name-field-hero-image"><figure class="esu-figure"><img src="/sites/default/files/styles/hero/public/2025-10/roth-moth-trap.jpg" alt="A
student kneels beside a light trap under a tree at dusk" loading="lazy"><figcaption class="esu-figure__caption">${uvCaption}
<span class="esu-figure__credit">${uvCredit}</span></figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
${ps(uvBody)}
<p class="text-align-center">###</p>
<h3>${uvAbout[0]}</h3><p>${uvAbout[1]}</p></div>
<aside class="esu-media-contact"><h2 class="esu-media-contact__title">${uvMedia[0]}</h2><p><strong>${uvMedia[1]}</strong><br>
${uvMedia[2]}<br>
<a href="mailto:${uvMedia[3]}">${uvMedia[3]}</a><br>
${uvMedia[4]}</p></aside>
<div class="field field--name-field-tags"><h2 class="field__label">Topics</h2><ul class="field__items">${links(uvTags, 'field__item')}</ul></div>
</article>
<section class="esu-related"><h2>Related News</h2><ul>${uvRelated
  .map(
    (r) => `<li class="esu-card"><a href="/news/${r[1]!.replace(/\W+/g, '-')}"><h3 class="esu-card__title">${r[0]}</h3></a>
<time class="esu-card__date">${r[1]}</time></li>`,
  )
  .join('\n')}</ul><a href="/news" class="esu-related__more">More ESU News</a></section>
<section class="esu-newsletter"><h2>${uvNews[0]}</h2><p>${uvNews[1]}</p><form action="https://lists.easthaven.edu/subscribe" method="post"><label
for="esu-nl-email">${uvNews[2]}</label><input type="email" id="esu-nl-email" name="email"><button type="submit">${uvNews[3]}</button></form></section>
</div></main>
<footer class="esu-footer" role="contentinfo"><div class="esu-footer__brand"><img src="/themes/custom/esu/logo-white.svg" alt="Easthaven State University">
<address>${uvAddress}</address></div><ul class="esu-footer__links">${links(uvFootLinks)}</ul>
<ul class="esu-footer__social">${uvSocial.map((s) => `<li><a href="https://www.${s.toLowerCase()}.com/easthavenstate">${s}</a></li>`).join('\n')}</ul>
<p class="esu-footer__copyright">${uvCopy}</p></footer></div>
<script src="/sites/default/files/js/js_Qw81zR.js"></script></body></html>`;
export const universityRelease: TestPage = {
  html: uvHtml,
  name: 'heldout75-university-press-release',
  kind: 'news',
  // the dek (the release's own summary, under the h1) and the release paragraphs are the article; the "###" end mark is in
  // neither list; the "About Easthaven State University" boilerplate after it, the labels, share bar (hidden link texts),
  // caption and credit, media contact box, topics, related news, newsletter, header, alert and footer are furniture; the
  // byline, the office line and the date are bylines ("Marisol Tate" is also the media contact: left to the bylines)
  title: uvTitle,
  headings: [],
  body: texts([...uvDek, ...uvBody]),
  bylines: ['By Marisol Tate', 'Office of University Communications', 'October 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', uvAlert, 'Dismiss', ...uvUtil, 'Main navigation', ...uvNav, 'Search', 'ESU News', ...uvSub.filter((t) => t !== 'Press Releases'),
    'Breadcrumb', 'Home', 'Press Releases', 'Press release', ...uvShare, uvCaption, uvCredit, ...uvAbout, ...uvMedia.filter((t) => t !== 'Marisol Tate'),
    'Topics', ...uvTags.filter((t) => t !== 'Research'), 'Related News', ...uvRelated.flat(), 'More ESU News', ...uvNews, uvAddress, ...uvFootLinks,
...uvSocial, uvCopy,
  ],
};
