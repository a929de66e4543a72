import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout277-kit.js';
import { who } from './pages-heldout277-f2.js';

/**
 * Held-out batch 277, file f: a UN News story on the site's Drupal theme (language bar, "Global perspective Human stories"
 * masthead, main menu, search, topic label and date, share bar, lead photo with caption and credit, an inline "Read more"
 * promo, the topic tags, "Related Stories" rail, app and newsletter promos and the footer) and, from file f2, a WHO fact
 * sheet.
 */
const uTitle = 'Pacific islands turn to mangroves as king tides flood coastal villages';
const uLede = j(
  'Communities across the Pacific are planting mangroves and restoring reefs to hold back rising seas, but they need far more',
  'support to keep pace with the damage, a new UN report warned on Tuesday.',
);
const uBody1 = [
  j(
    'The report, published by the UN Coastal Resilience Office (UNCRO), looked at 46 villages in seven island States that were hit',
    'by exceptionally high tides over the past two years. In a third of them, seawater reached drinking-water wells and gardens,',
    'forcing families to buy bottled water and imported food.',
  ),
  j(
    'Villages that had replanted mangroves along their shorelines suffered much less flooding than those relying on concrete walls',
    'alone, the study found. Mature mangrove belts reduced wave height by up to 60 per cent before the water reached homes.',
  ),
];
const uBody2 = [
  j(
    '“Islanders are not waiting to be rescued. They are already doing the hard work, with their own hands,” said Talia Moengangongo,',
    'who led the study for UNCRO. “What they lack is money for seedlings, for training and for the years of care a young forest needs.”',
  ),
  j(
    'The report estimates that protecting the most exposed villages would cost about $310 million over the next decade, a small',
    'fraction of what rebuilding after a major storm would cost.',
  ),
];
const uBody3 = [
  j(
    'In Vailoa, a fishing village of about 800 people, women’s groups have planted more than 40,000 mangrove seedlings since 2023.',
    'Survival rates have risen from less than half to nearly 80 per cent after the groups began raising seedlings in shaded nurseries.',
  ),
  j(
    'The report calls on donors to channel more climate finance directly to local groups, and on governments to include nature-based',
    'defences in their national adaptation plans. It will be presented at a regional ministers’ meeting in May.',
  ),
];
const uLangs = ['English', 'Français', 'Español', '中文', 'Русский', 'العربية', 'Kiswahili', 'Português'];
const uMenu = ['Home', 'Topics', 'In depth', 'Audio hub', 'Videos', 'Meetings coverage'];
const uTags = ['Climate Change', 'Oceans', 'Small Island Developing States'];
const uRelated = ['Sea level rise threatens freshwater for millions, UN experts warn', 'Youth climate envoys call for faster finance for islands'];
const uFoot = ['About us', 'Contact', 'Copyright', 'Fraud alert', 'Privacy notice', 'Terms of use'];
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${uTitle} | UN News</title>
<meta name="description" content="${uLede}"><meta property="og:site_name" content="UN News"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-03T14:25:00-05:00"><link rel="canonical" href="https://news.un.org/en/story/2026/03/1167421">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${uTitle}","datePublished":"2026-03-03",
"publisher":{"@type":"Organization","name":"UN News"}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"topic":"Climate and Environment","region":"Asia Pacific"});</script>
<link rel="stylesheet" href="/themes/custom/un_news/css/style.css"></head>
<body class="path-node page-node-type-news-story"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="language-switcher"><ul class="links">${links(uLangs, 'language-link')}</ul></div>
<header role="banner" class="site-header"><div class="container"><a href="/en" class="navbar-brand"><img src="/themes/custom/un_news/images/un-news-logo.svg"
alt="UN News"></a><span class="site-slogan">Global perspective Human stories</span>
<form class="search-block-form" role="search" action="/en/search"><label class="visually-hidden" for="edit-keys">Search</label><input id="edit-keys"
type="search" placeholder="Search"></form>
<nav class="navbar" aria-label="Main"><ul class="nav navbar-nav">${links(uMenu, 'nav-item')}</ul></nav></div></header>
<main id="main-content" role="main"><div class="container"><article class="node node--type-news-story node--view-mode-full">
<div class="story-topic"><a href="/en/news/topic/climate-change">Climate and Environment</a></div>
<h1 class="story-title"><span class="field field--name-title">${uTitle}</span></h1>
<div class="story-date"><time datetime="2026-03-03T14:25:00Z">3 March 2026</time></div>
<div class="social-share"><ul class="share-links">${links(['Facebook', 'Twitter', 'Print', 'Email'], 'share-item')}</ul></div>
<div class="field--name-field-news-story-image"><figure><img src="/sites/news/files/styles/large/public/mangroves.jpg" alt="Women plant mangrove seedlings.">
<figcaption><div class="field--name-field-image-credit">© UNCRO/Sefa Taumalolo</div>
<div class="field--name-field-image-caption">Women plant mangrove seedlings along the shore of Vailoa village.</div></figcaption></figure></div>
<div class="field field--name-field-lead"><p>${uLede}</p></div>
<div class="clearfix text-formatted field field--name-body">
${ps(uBody1)}
<h3>‘Doing the hard work’</h3>
${ps(uBody2)}
<p class="read-more"><strong>Read more: </strong><a href="/en/story/2026/01/1166210">Rising seas push island families to move inland</a></p>
<h3>Nurseries make the difference</h3>
${ps(uBody3)}
</div>
<div class="field field--name-field-topics"><span class="field__label">Topics</span> ${uTags.map((t) => `<a href="#" rel="tag">${t}</a>`).join(' ')}</div>
</article>
<aside class="related-stories"><h2 class="block-title">Related Stories</h2><ul>${links(uRelated)}</ul></aside>
<div class="app-promo"><p>Download the UN News app for your iOS or Android devices.</p></div>
<div class="newsletter-signup"><h2>Get the latest news</h2><p>Subscribe to the UN News daily briefing in your inbox.</p>
<a href="/en/newsletter">Subscribe</a></div>
</div></main>
<footer class="site-footer" role="contentinfo"><div class="container"><ul class="footer-menu">${links(uFoot)}</ul>
<p class="copyright">© United Nations</p></div></footer><script src="/themes/custom/un_news/js/main.js"></script></body></html>`;
const unNews: TestPage = {
  name: 'heldout277-un-news-story',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: ['‘Doing the hard work’', 'Nurseries make the difference'],
  body: texts([uLede, ...uBody1, ...uBody2, ...uBody3]),
  bylines: ['3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...uLangs.filter((l) => l.length > 2), 'UN News', 'Global perspective Human stories', 'Search', ...uMenu,
    'Climate and Environment', 'Facebook',
    'Twitter', 'Print', 'Email', '© UNCRO/Sefa Taumalolo', 'Women plant mangrove seedlings along the shore of Vailoa village.', 'Read more:',
    'Rising seas push island families to move inland', ...uTags, 'Related Stories', ...uRelated,
    'Download the UN News app for your iOS or Android devices.', 'Get the latest news', 'Subscribe to the UN News daily briefing in your inbox.',
    'Subscribe', ...uFoot, '© United Nations',
  ],
};

export const HELDOUT277_F: readonly TestPage[] = [unNews, who];
