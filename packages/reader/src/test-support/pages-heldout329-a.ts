import { links, ps, type TestPage, texts } from './page-kit.js';
import { whoFacts } from './pages-heldout329-a2.js';
import { j, lis } from './pages-heldout329-kit.js';

/**
 * Held-out batch 329, file a: a UN News-style story on a Drupal theme (language bar, "Global perspective Human stories"
 * tagline, main menu, cookie notice, story date, hero image caption and credit, share bar, inline "Read more" promo, topics,
 * related stories, newsletter box, footer) and, from file a2, a WHO-style fact sheet.
 */
const unTitle = 'Drought-hit herders in the Qarsa Basin turn to shared water points as rains fail for a third year';
const unLead = [
  j(
    'Pastoral families across the Qarsa Basin are walking up to 40 kilometres a day to reach working boreholes, after a third',
    'consecutive failed rainy season left seasonal ponds dry and pasture thin, the Concord Nations food and farming agency said on Tuesday.',
  ),
  j(
    'The agency estimates that 1.2 million people in the basin now rely on livestock that is losing condition, and that',
    'goat and camel milk yields have fallen by more than half since October.',
  ),
];
const unH1 = 'Herds moving early';
const unP1 = [
  j(
    'Herders normally leave their home grazing in late February. This year many began moving in December, crowding',
    'the few areas where water is still available and raising the risk of disputes over access.',
  ),
  j(
    '“When the ponds go, everything goes with them,” said Halima Derse, who keeps a herd of forty goats near the market town',
    'of Ulbaro. “We used to share the water without thinking about it. Now we count the days between visits.”',
  ),
  j(
    'Veterinary teams report rising cases of respiratory disease among weakened animals, and traders say livestock prices',
    'in regional markets have dropped by a third as families sell animals they can no longer feed.',
  ),
];
const unH2 = 'Shared water points';
const unP2 = [
  j(
    'To reduce pressure on the remaining boreholes, the agency and local water committees have rehabilitated 64 water points',
    'since January and installed solar pumps at 18 of them. Each point is managed by a committee that sets watering times for',
    'visiting herds.',
  ),
  'The committees have agreed three simple rules for the dry months:',
];
const unRules = [
  'Herds are watered in turn, with set mornings for households from outside the district.',
  'Animals in poor condition and lactating females are watered first.',
  'Any dispute is taken to the committee before it is taken anywhere else.',
];
const unP3 = [
  j(
    'Early results are encouraging, the agency said: no violent incidents have been reported at rehabilitated points, and',
    'average waiting times have fallen from two days to under six hours.',
  ),
];
const unH3 = 'Funding gap';
const unP4 = [
  j(
    'The response plan for the basin is only 23 per cent funded. Without new contributions by April, animal feed',
    'distributions will stop and the pump maintenance teams will be cut from twelve to four.',
  ),
  j(
    '“Keeping animals alive is the cheapest way to keep families fed,” said Tomas Reinholt, the agency’s emergency',
    'coordinator for the region. “Restocking a herd after it has been lost costs five times as much as feeding it through the drought.”',
  ),
  j(
    'Forecasters expect the coming long rains to be below average, and the agency has asked donors for $38 million to',
    'sustain the programme until the end of the year.',
  ),
];
const unLangs = ['العربية', '中文', 'Français', 'Русский', 'Español', 'Kiswahili', 'Português'];
const unMenu = ['Home', 'Africa', 'Americas', 'Asia Pacific', 'Middle East', 'Europe', 'Climate Change', 'Health', 'Humanitarian Aid', 'Women'];
const unTopics = ['Climate Change', 'Humanitarian Aid', 'Africa'];
const unRelated = [
  'Locust swarms return to the eastern highlands as temperatures rise',
  'Record heat puts 40 million children at risk of water shortages, agency warns',
  'Interview: “Pastoralists are the first to feel the climate shift”',
];
const unFoot = ['About Concord Nations News', 'Contact us', 'Copyright', 'Privacy notice', 'Terms of use', 'Fraud alert'];
const unHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${unTitle} | Concord Nations News</title>
<meta name="description" content="Pastoral families across the Qarsa Basin are walking up to 40 kilometres a day to reach working boreholes.">
<meta property="og:site_name" content="Concord Nations News"><meta property="og:type" content="article">
<meta property="og:title" content="${unTitle}"><meta property="og:image" content="https://news.concord.example/sites/default/files/herders.jpg">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@ConcordNews">
<link rel="canonical" href="https://news.concord.example/en/story/2026/03/1162210">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${unTitle}",
"datePublished":"2026-03-10T12:00:00Z","publisher":{"@type":"Organization","name":"Concord Nations News"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"drupalLanguage":"en","contentType":"news_story"});</script>
<link rel="stylesheet" media="all" href="/themes/custom/cn_news/css/style.css"></head>
<body class="path-node page-node-type-news-story"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="eu-cookie-compliance" class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<p>This site uses cookies to improve your experience and to count visits anonymously.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<header role="banner" class="header"><div class="region region-header-top"><nav class="language-switcher-language-url" aria-label="Languages">
<ul class="links">${links(unLangs, 'lang-link')}</ul></nav></div>
<div class="region region-header"><div class="site-branding"><a href="/en" rel="home" class="site-logo">Concord Nations News</a>
<div class="site-slogan">Global perspective Human stories</div></div>
<form class="search-block-form" action="/en/search" method="get"><input type="search" name="text" placeholder="Search news"></form></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(unMenu, 'menu-item')}</ul></nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<article role="article" class="node node--type-news-story node--view-mode-full">
<div class="story-header"><h1 class="story-title page-title"><span class="field field--name-title">${unTitle}</span></h1>
<div class="story-meta"><div class="field field--name-field-news-date"><time datetime="2026-03-10T12:00:00Z">10 March 2026</time></div>
<div class="field field--name-field-news-topic"><a href="/en/news/topic/climate-change" hreflang="en">Climate and Environment</a></div></div></div>
<div class="field field--name-field-image"><figure class="media media--type-image"><img src="/sites/default/files/styles/large/herders.jpg"
alt="A herder leads goats towards a water point." width="1200" height="675">
<figcaption class="caption">A herder leads his goats to a rehabilitated water point near Ulbaro.<span class="credit">© CNFA/Amina Roble</span>
</figcaption></figure></div>
<div class="social-share"><span class="share-label">Share this story</span><ul class="share-links">
<li><a class="facebook" href="#">Facebook</a></li><li><a class="twitter" href="#">X</a></li><li><a class="print" href="#">Print</a></li>
<li><a class="email" href="#">Email</a></li></ul></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(unLead)}
<h3>${unH1}</h3>
${ps(unP1)}
<div class="read-more-box"><p><strong>Read more:</strong> <a href="/en/story/2026/01/1159870">Pastoralists count the cost of a warmer Horn</a></p></div>
<h3>${unH2}</h3>
${ps(unP2)}
<ul>${lis(unRules)}</ul>
${ps(unP3)}
<h3>${unH3}</h3>
${ps(unP4)}
</div>
<div class="field field--name-field-topics"><div class="field__label">Topics</div><ul class="field__items">${links(unTopics, 'field__item')}</ul></div>
</article>
<section class="block block-views related-stories"><h2 class="block-title">Related stories</h2><ul>${links(unRelated, 'views-row')}</ul></section>
</div></div>
<aside class="layout-sidebar-second"><div class="block newsletter-signup"><h2>Get the news in your inbox</h2>
<p>Sign up for the daily Concord Nations News digest.</p><form><input type="email" placeholder="Your email address"><button>Subscribe</button></form></div>
<div class="block block-audio"><h2>Audio hub</h2><p>Listen to this week’s Concord Nations News podcast.</p></div></aside></main>
<footer role="contentinfo" class="footer"><ul class="footer-menu">${links(unFoot)}</ul>
<p class="copyright">© Concord Nations 2026</p></footer></div>
<script src="/core/assets/vendor/jquery/jquery.min.js"></script><script src="/themes/custom/cn_news/js/main.js"></script></body></html>`;

const unNews: TestPage = {
  name: 'heldout329-concord-un-news-news',
  kind: 'news',
  html: unHtml,
  title: unTitle,
  headings: [unH1, unH2, unH3],
  body: texts([...unLead, ...unP1, ...unP2, ...unRules, ...unP3, ...unP4]),
  bylines: ['10 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'This site uses cookies to improve your experience and to count visits anonymously.', 'OK, I agree', 'No, thanks',
    ...unLangs.filter((l) => l.length > 2), 'Concord Nations News', 'Global perspective Human stories', 'Main navigation', ...unMenu, 'Climate and Environment',
    'A herder leads his goats to a rehabilitated water point near Ulbaro.', '© CNFA/Amina Roble', 'Share this story', 'Facebook', 'Email',
    'Read more:', 'Pastoralists count the cost of a warmer Horn', 'Topics', 'Related stories', ...unRelated, 'Get the news in your inbox',
    'Sign up for the daily Concord Nations News digest.', 'Subscribe', 'Audio hub', 'Listen to this week’s Concord Nations News podcast.',
    ...unFoot, '© Concord Nations 2026',
  ],
};

export const HELDOUT329_A: readonly TestPage[] = [unNews, whoFacts];
