import { links, ps, type TestPage, texts } from './page-kit.js';
import { worldBankBlog } from './pages-heldout179-b2.js';

/**
 * Held-out batch 179, file b: a UN News story on the Drupal site (the UN bar with its language list, the "Global
 * perspective Human stories" header, the topic nav, the date and topic tag, the lead photo with its credit caption, a bold
 * lead paragraph, an in-text "Read more" promo, a pull quote, the "Download the UN News app" line at the end of the text,
 * the share bar, "Related Stories" and the footer) and, from file b2, a World Bank blog post.
 */
const unTitle = 'Flood-hit families in Lower Serrano face hunger as planting season slips away';
const unLead =
  'Three months after record rains swept across the Lower Serrano basin, more than 400,000 people still cannot return to their fields, ' +
  'and aid agencies warn that a missed planting season could push hunger to levels not seen in a decade.';
const unP1 = [
  'The UN Office for the Coordination of Humanitarian Affairs (OCHA) said on Tuesday that floodwater still covers about 38 per cent of ' +
    'farmland in the three worst-affected provinces, and that many families have sold livestock and seed stocks to buy food.',
  'Speaking to journalists in Geneva, OCHA spokesperson Lorenzo Quaye said the window to plant the main maize crop would close within weeks.',
];
const unQuote =
  '“If seeds are not in the ground by the end of March, families will have nothing to harvest until next year. We are racing the calendar,” he said.';
const unH1 = 'Children most at risk';
const unP2 = [
  'The UN Children’s Fund (UNICEF) reported that admissions of children with severe acute malnutrition to health centres in the basin ' +
    'have nearly doubled since December. Many clinics are operating from tents after their buildings were damaged.',
  'Water and sanitation remain a major concern. Cholera cases have been confirmed in two displacement sites, and UNICEF and partners ' +
    'are trucking clean water to around 60,000 people each day.',
];
const unH2 = 'Appeal only one-fifth funded';
const unP3 = [
  'The humanitarian appeal for Lower Serrano, launched in January, seeks $212 million to assist 1.1 million people through June. So far ' +
    'it has received less than 20 per cent of that amount.',
  'The World Food Programme (WFP) said it had been forced to halve rations in some camps and would run out of cereals by April without ' +
    'new contributions. The Food and Agriculture Organization (FAO) is distributing seed and tools, but only to about a third of the ' +
    'farming households it had planned to reach.',
  '“Every dollar spent on seeds now saves many more in food aid later,” said FAO country representative Miriam Adjei-Holt.',
];
const unNav = ['Home', 'Topics', 'In depth', 'Meetings Coverage', 'SDGs', 'UN Podcasts', 'Photos', 'Videos'];
const unLangs = ['العربية', '中文', 'English', 'Français', 'Русский', 'Español', 'Kiswahili', 'Português', 'हिन्दी'];
const unCaption = 'A woman wades through floodwater near her home in Lower Serrano.';
const unCredit = '© WFP/Tomasz Lindgren';
const unReadMore = 'Read more: Lower Serrano floods: UN releases emergency funds as rivers burst their banks';
const unRelated = [
  'Lower Serrano floods: UN releases emergency funds as rivers burst their banks',
  'Climate shocks drive record hunger across southern Africa, WFP warns',
  'Cholera vaccination campaign reaches 300,000 in flood-affected districts',
];
const unFoot = [
  'About UN News',
  'Contact us',
  'Subscribe',
  'Privacy Notice',
  'Terms of Use',
  'Fraud Alert',
  'Copyright',
  'FAQ',
  'UN Web TV',
  'UN Audiovisual Library',
];
const unHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${unTitle} | UN News</title>
<meta name="description" content="${unLead}"><link rel="canonical" href="https://news.un.org/en/story/2025/03/1160412">
<meta property="og:site_name" content="UN News"><meta property="og:type" content="article"><meta property="og:title" content="${unTitle}">
<meta property="article:published_time" content="2025-03-11T14:22:05-04:00"><meta name="twitter:site" content="@UN_News_Centre">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" media="all" href="/themes/custom/un_news/css/style.css">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${unTitle}","datePublished":"2025-03-11",
"publisher":{"@type":"Organization","name":"UN News"}}]}</script></head>
<body class="path-node page-node-type-news-story"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><div class="un-bar"><div class="container">
<a href="https://www.un.org/en/" class="un-bar__link">Welcome to the United
Nations</a><ul class="language-switcher-language-url" role="menu">${links(unLangs, 'language-link')}</ul></div></div>
<header role="banner" class="header"><div class="container"><a href="/en/" rel="home" class="site-logo"><span class="site-name">UN News</span>
<span class="site-slogan">Global perspective Human stories</span></a><div class="search-block-form" role="search"><input type="search" title="Search"
placeholder="Search"><button type="submit" class="button">Search</button></div></div><nav role="navigation" aria-labelledby="block-mainnavigation-menu">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(unNav, 'menu-item')}</ul></nav></header>
<main role="main" id="main-content"><div class="layout-content"><article role="article" class="node node--type-news-story node--view-mode-full">
<div class="story-top"><div class="story-meta"><time datetime="2025-03-11T18:22:05Z" class="date">11 March 2025</time>
<div class="field--name-field-news-topics"><a href="/en/news/topic/humanitarian-aid" hreflang="en">Humanitarian Aid</a></div></div>
<h1 class="story-title"><span class="field field--name-title">${unTitle}</span></h1></div>
<div class="field--name-field-image"><figure class="media-image"><img loading="lazy" src="/sites/news/files/styles/large/public/2025/03/flood.jpg"
width="1100" height="619" alt="A woman walks through floodwater."><figcaption><span class="image-caption">${unCaption}</span>
<span class="image-credit">${unCredit}</span></figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary"><p class="lead"><strong>${unLead}</strong></p>
${ps(unP1)}
<blockquote class="pull-quote"><p>${unQuote}</p></blockquote>
<div class="read-more-box"><p><strong>Read more:</strong> <a href="/en/story/2025/01/1158830">${unRelated[0]}</a></p></div>
<h3>${unH1}</h3>
${ps(unP2)}
<h3>${unH2}</h3>
${ps(unP3)}
<p><em><a href="https://news.un.org/en/apps">Download the UN News app for your iOS or Android devices.</a></em></p></div>
<div class="social-share"><span class="social-share__label">Share this story:</span><a href="#" class="share-facebook">Facebook</a>
<a href="#" class="share-x">X</a><a href="#" class="share-whatsapp">WhatsApp</a><a href="#" class="share-email">Email</a></div>
<div class="field--name-field-tags"><span>Tags</span>${links(['Humanitarian Aid', 'Climate Change', 'Food Security'])}</div></article>
<section class="related-stories"><h2 class="block-title">Related Stories</h2><ul>${unRelated
  .map((t) => `<li class="views-row"><a href="/en/story/related"><h3 class="story-title">${t}</h3></a><span class="date">February 2025</span></li>`)
  .join('\n')}</ul></section></div></main>
<footer role="contentinfo" class="footer"><div class="container"><ul class="menu menu--footer">${links(unFoot)}</ul>
<p class="footer__copyright">© United Nations</p></div></footer></div>
<script src="/core/assets/vendor/jquery/jquery.min.js"></script><script src="/themes/custom/un_news/js/main.js"></script></body></html>`;
const unNews: TestPage = {
  html: unHtml,
  name: 'heldout179-un-news-story',
  kind: 'news',
  // the bold lead and the pull quote (a quote of a speaker in the story) are body; the "Read more" promo box, the app line,
  // the topic tag, caption and credit, share bar, tags and related stories (whose first title repeats the promo) are furniture
  title: unTitle,
  headings: [unH1, unH2],
  body: [unLead, ...unP1, unQuote, ...texts(unP2), ...texts(unP3)],
  bylines: ['11 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Welcome to the United Nations', ...unLangs, 'UN News', 'Global perspective Human stories', 'Search', 'Main navigation', ...unNav,
    'Humanitarian Aid', unCaption, unCredit, unReadMore, 'Download the UN News app for your iOS or Android devices.', 'Share this story:', 'Facebook', 'X',
    'WhatsApp', 'Email', 'Tags', 'Climate Change', 'Food Security', 'Related Stories', ...unRelated.slice(1), 'February 2025', ...unFoot, '© United Nations',
  ],
};

export const HELDOUT179_B: readonly TestPage[] = [unNews, worldBankBlog];
