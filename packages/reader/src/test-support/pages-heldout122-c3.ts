import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 122, file c3: a university news release on a Drupal newsroom (the emergency alert strip, skip link, the
 * utility bar with "Apply", "Visit", "Give", the main navigation with hidden dropdowns, the search overlay, the newsroom
 * breadcrumb, the category eyebrow, h1 and dek, the byline and date, the share buttons, the hero image with caption and
 * photo credit, the text with a pull quote and a second image, the "Media contact" block, the topic tags, "Related
 * stories" cards, the "Get news in your inbox" box and the footer with address, social links and legal links).
 */
const unTitle = 'Paper test strip spots lead in school drinking water within minutes';
const unDek =
  'Engineers at Harrowgate State have built a sensor that costs less than a dollar to make and could let schools check every fountain, not just a sample.';
const unP1 = [
  'A team of Harrowgate State University engineers has developed a paper test strip that detects lead in drinking water in about five ' +
    'minutes, at levels well below the federal action limit, without the need for a laboratory.',
  'The strip, described this week in the journal <em>Environmental Sensing Letters</em>, changes from pale yellow to deep orange when lead ' +
    'is present. A free phone app reads the color and converts it to a concentration in parts per billion.',
  '“Right now, most schools can afford to test only a handful of taps every few years, and results can take weeks to come back,” said ' +
    'Tomasz Wierzbicki, associate professor of civil and environmental engineering, who led the project. “We wanted something a facilities ' +
    'manager could use on every fountain in a building before lunch.”',
];
const unH1 = 'How it works';
const unP2 = [
  'The strip is made from ordinary filter paper printed with a compound that binds to lead ions. When a few drops of water are added, the ' +
    'compound forms a colored complex, and the intensity of the color rises with the amount of lead.',
  'In tests on 212 water samples collected from 31 schools in the region, the strips agreed with laboratory results in 94% of cases. They ' +
    'reliably detected lead at 5 parts per billion, a third of the current federal action level of 15.',
  'Doctoral student Ngozi Abiodun-Hart, the paper’s first author, spent much of the past year adjusting the recipe so that the strips would ' +
    'not react to copper and iron, which are common in older plumbing and had caused false positives in earlier versions.',
];
// biome-ignore format: kept on two lines (the curly quotes are three bytes each)
const unQuote =
  '“A test that costs 80 cents changes the question from ‘which taps can we afford to check?’ ' +
  'to ‘why wouldn’t we check all of them?’”';
const unH2 = 'From the lab to the classroom';
const unP3 = [
  'This fall, the team is working with the Merrow County School District to test every drinking fountain and kitchen tap in its 14 ' +
    'buildings. Custodial staff will use the strips, and any tap that shows lead above 5 parts per billion will be shut off and sent for ' +
    'laboratory confirmation.',
  '“Our families ask us every year whether the water is safe, and I want to be able to give them a complete answer,” said Renata ' +
    'Ostrowski-Blake, the district’s director of operations.',
  'The university has filed a provisional patent on the strip and is talking with two nonprofit organizations about producing it at scale. ' +
    'Wierzbicki said the goal is to keep the price under one dollar per test.',
  'The research was supported by the Harrowgate State Office of Research and a grant from the Lakeshore Water Trust.',
];
const unCaption = 'Doctoral student Ngozi Abiodun-Hart adds a water sample to a test strip in the Environmental Sensing Laboratory in Kessler Hall.';
const unCaption2 = 'The strip turns from pale yellow to orange as lead levels rise. A phone app reads the color.';
const unUtility = ['Apply', 'Visit', 'Give', 'Directory', 'MyHSU'];
const unNav: [string, string[]][] = [
  ['About', ['Leadership', 'Facts and figures', 'Campus map']],
  ['Academics', ['Colleges and schools', 'Majors and programs', 'Online learning']],
  ['Admissions', ['Undergraduate', 'Graduate', 'Cost and aid']],
  ['Research', ['Research centers', 'Office of Research', 'Undergraduate research']],
  ['Campus Life', ['Housing', 'Athletics', 'Arts and culture']],
];
const unShare = ['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Share by email', 'Copy link'];
const unTags = ['Engineering', 'Environment', 'Public health', 'Water'];
const unRelated = [
  ['Research', 'New study maps where road salt ends up in county streams', 'September 18, 2025'],
  ['Campus', 'Kessler Hall renovation adds teaching labs for first-year engineers', 'August 27, 2025'],
  ['Awards', 'Three faculty members named fellows of the Midwest Academy of Engineering', 'August 6, 2025'],
];
const unSignup = ['Get news in your inbox', 'Sign up for the weekly Harrowgate State Today newsletter.', 'Email address', 'Sign up'];
const unFootLinks = ['Accessibility', 'Privacy statement', 'Non-discrimination notice', 'Report a barrier', 'Emergency information', 'Jobs'];
const unSocial = ['Instagram', 'Facebook', 'LinkedIn', 'YouTube', 'TikTok'];
const unHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<meta name="description" content="${unDek}"><link rel="canonical" href="https://news.harrowgate.edu/2025/10/paper-test-strip-lead-school-water">
<meta property="og:site_name" content="Harrowgate State University News"><meta property="og:type" content="article"><meta property="og:title"
content="${unTitle}">
<meta property="article:published_time" content="2025-10-01T10:00:00-05:00"><meta name="twitter:card" content="summary_large_image">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${unTitle}",
"datePublished":"2025-10-01T10:00:00-05:00","author":{"@type":"Person","name":"Priya Natarajan"},
"publisher":{"@type":"CollegeOrUniversity","name":"Harrowgate State University","url":"https://www.harrowgate.edu"}}]}</script>
<title>${unTitle} | Harrowgate State University News</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_hG2m7QpL1x.css?delta=0&amp;language=en&amp;theme=hsu_news">
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-HSU7Q2"></script></head>
<body class="path-node page-node-type-news-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="hsu-alert hsu-alert--info" role="region" aria-label="Campus alert"><p>HSU Alert: There are no active emergencies on campus.
<a href="https://alert.harrowgate.edu">Visit the alert site</a></p></div>
<header class="site-header" role="banner"><div class="utility-bar"><ul class="utility-menu">${links(unUtility, 'utility-menu__item')}</ul></div>
<div class="site-header__main"><a href="https://www.harrowgate.edu" class="site-logo" rel="home"><img src="/themes/custom/hsu_news/logo.svg"
alt="Harrowgate State University"></a><a href="/" class="site-name">News</a>
<nav role="navigation" aria-labelledby="main-menu-label" class="main-menu"><h2 id="main-menu-label" class="visually-hidden">Main navigation</h2>
<ul class="menu">
${unNav
  .map(
    ([t, items]) => `<li class="menu-item menu-item--expanded"><button class="menu-toggle" aria-expanded="false">${t}</button>
<ul class="menu menu--sub" hidden>${links(items, 'menu-item')}</ul></li>`,
  )
  .join('\n')}
</ul></nav><button class="search-toggle" aria-expanded="false" aria-controls="search-overlay">Search</button></div>
<div id="search-overlay" class="search-overlay" hidden><form action="/search" method="get"><label for="edit-keys">Search Harrowgate State News</label>
<input type="search" id="edit-keys" name="keys"><input type="submit" value="Search" class="button"></form></div></header>
<main id="main-content" role="main"><div class="region region-content"><nav class="breadcrumb" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(['Home', 'News', 'Research'])}</ol></nav>
<div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="18342" class="node node--type-news-article node--view-mode-full">
<header class="article-header"><div class="article-header__eyebrow"><a href="/topics/research" hreflang="en">Research</a></div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${unTitle}</span></h1>
<div class="field field--name-field-subtitle field--type-string-long field--label-hidden field__item"><p class="article-header__dek">${unDek}</p></div>
<div class="article-header__meta"><span class="article-header__byline">By <span class="field field--name-field-author">Priya Natarajan</span></span>
<time datetime="2025-10-01T15:00:00Z" class="article-header__date">October 1, 2025</time></div>
<div class="share-tools"><ul class="share-tools__list">
${unShare.map((t) => `<li><a class="share-tools__link" href="#" title="${t}"><span class="visually-hidden">${t}</span></a></li>`).join('\n')}
</ul></div></header>
<figure class="hero-image"><img src="/sites/default/files/styles/hero/public/2025-10/lead-strip-lab.jpg"
alt="A researcher holds a paper test strip over a beaker">
<figcaption><span class="caption">${unCaption}</span> <span class="credit">Photo by Marcus Delaney-Oyelaran</span></figcaption></figure>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(unP1)}
<h2>${unH1}</h2>
${ps(unP2)}
<blockquote class="pull-quote"><p>${unQuote}</p><cite>— Tomasz Wierzbicki</cite></blockquote>
<figure class="embedded-image align-right"><img src="/sites/default/files/inline-images/lead-strip-colors.jpg" alt="Test strips showing a color scale">
<figcaption>${unCaption2}</figcaption></figure>
<h2>${unH2}</h2>
${ps(unP3)}
</div>
<div class="media-contact"><h3 class="media-contact__label">Media contact</h3><p class="media-contact__name">Priya Natarajan, University Communications</p>
<p class="media-contact__info"><a href="mailto:pnatarajan@harrowgate.edu">pnatarajan@harrowgate.edu</a> | 555-201-4478</p></div>
<div class="field field--name-field-topics"><div class="field__label">Topics</div><div class="field__items">
${unTags.map((t) => `<div class="field__item"><a href="/topics/${t.toLowerCase().replace(' ', '-')}" hreflang="en">${t}</a></div>`).join('\n')}
</div></div></article>
<section class="related-stories"><h2 class="related-stories__title">Related stories</h2><div class="card-grid">
${unRelated
  .map(
    ([c, t, d]) => `<div class="card"><div class="card__eyebrow">${c}</div><h3 class="card__title"><a href="/2025/${d!.length}">${t}</a></h3>
<time class="card__date">${d}</time></div>`,
  )
  .join('\n')}</div></section>
<section class="newsletter-cta"><h2>${unSignup[0]}</h2><p>${unSignup[1]}</p><form action="https://list.harrowgate.edu/subscribe" method="post">
<label for="nl-email">${unSignup[2]}</label><input type="email" id="nl-email" name="email"><button type="submit">${unSignup[3]}</button></form></section>
</div></main>
<footer class="site-footer" role="contentinfo"><div class="site-footer__brand"><img src="/themes/custom/hsu_news/logo-white.svg"
alt="Harrowgate State University">
<address>Harrowgate State University<br>
1200 College Avenue, Harrowgate, IL 61890</address><p><a href="tel:5552014000">555-201-4000</a></p></div>
<ul class="site-footer__social">${unSocial
  .map(
    (t) => `<li><a href="https://social.example/${t}"><span class="visually-hidden">${t}</span></a>
</li>`,
  )
  .join('\n')}</ul>
<ul class="site-footer__links">${links(unFootLinks)}</ul><p class="site-footer__copyright">© 2025 Harrowgate State University</p></footer></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"currentPath":"node\\/18342","isFront":false}}</script>
<script src="/sites/default/files/js/js_Qm8w1Z.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=hsu_news"></script></body></html>`;
export const universityRelease: TestPage = {
  html: unHtml,
  name: 'heldout122-university-news-release',
  kind: 'news',
  // the dek and the pull quote are body (the quote's "— Tomasz Wierzbicki" line is in neither list); the byline and date
  // are bylines; the eyebrow, captions and credit, share buttons, the media contact label, topics, related stories and the
  // newsletter box are furniture; the media contact's name and address are in neither list
  title: unTitle,
  headings: [unH1, unH2],
  body: texts([unDek, ...unP1, ...unP2, unQuote, ...unP3]),
  bylines: ['By Priya Natarajan', 'October 1, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'HSU Alert: There are no active emergencies on campus.', 'Visit the alert site', ...unUtility, 'News', 'Main navigation',
    ...unNav.flatMap(([t, items]) => [t, ...items]), 'Search', 'Search Harrowgate State News', 'Breadcrumb', 'Home', unCaption,
    'Photo by Marcus Delaney-Oyelaran', ...unShare, unCaption2, 'Media contact', 'Topics', ...unTags, 'Related stories', ...unRelated.flat(), ...unSignup,
    '1200 College Avenue, Harrowgate, IL 61890', '555-201-4000', ...unSocial, ...unFootLinks, '© 2025 Harrowgate State University',
  ])],
};
