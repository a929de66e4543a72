import { links, ps, type TestPage, texts } from './page-kit.js';
import { itvNews } from './pages-heldout160-b2.js';

/**
 * Held-out batch 160, file b: an Arab News story on its Drupal template (the top bar with the edition switcher, the
 * section nav, the breadcrumb, the "Updated" date line, the "Short Url" box with "Copy", the share list, the lead image
 * caption, in-body "Read more" related box, the "Topics" tags, "Related" and "Latest updates" rails, the newsletter block
 * and the footer) and, from file b2, an ITV News story.
 */
const anTitle = 'Saudi date farmers turn to solar-powered cold storage as export orders grow';
const anDek = 'Pilot in Al-Qassim region cuts spoilage and electricity costs for small growers';
const anP = [
  'RIYADH: A growing number of small date farmers in Saudi Arabia’s Al-Qassim region are storing their harvest in solar-powered ' +
    'cold rooms, a shift that growers say is cutting spoilage and helping them meet rising export orders from Asia and Europe.',
  'About 60 farms around the town of Wadi Samra have joined a pilot program launched last year by a local agricultural ' +
    'cooperative, which leases prefabricated cold rooms fitted with rooftop panels and battery packs to members at a subsidized rate.',
  'Before the program, many smaller growers relied on shared diesel-powered storage or sold their dates quickly after harvest at ' +
    'lower prices to avoid losses in the heat, said Khalid Al-Otaibi, the cooperative’s general manager.',
  '“The farmer used to be in a hurry. Now he can wait for the right buyer and the right price,” Al-Otaibi told Arab News. “The ' +
    'sun is the one thing we have plenty of here, so it made sense to use it.”',
  'Each unit can hold up to 12 tons of dates at between zero and five degrees Celsius. According to the cooperative, spoilage ' +
    'among participating farms fell from about 18 percent of the stored crop to under 6 percent in the first season.',
  'Electricity and fuel costs dropped by roughly two-thirds, Al-Otaibi said, although farmers still need diesel generators as ' +
    'backup during sandstorms, when dust on the panels can reduce output for several days.',
  'Abdulrahman Al-Harbi, who grows Sukkari and Khalas dates on a six-hectare plot, said he had signed his first direct contract ' +
    'with a distributor in Malaysia this autumn. “Without the cold room, I could not promise them the quality they wanted two ' +
    'months after harvest,” he said.',
  'The cooperative plans to add 90 more units over the next two years, with financing from a regional development fund, and is ' +
    'training young technicians from nearby villages to maintain the panels and refrigeration equipment.',
  'Saudi Arabia is among the world’s largest producers of dates, and officials have set targets to increase exports of the fruit ' +
    'as part of wider efforts to diversify the economy and support rural communities.',
];
const anNav = ['Saudi Arabia', 'Middle-East', 'World', 'Business & Economy', 'Sport', 'Lifestyle', 'Opinion', 'Media', 'Research & Studies'];
const anCrumbs = ['Home', 'Saudi Arabia'];
const anCaption = 'Dates are sorted at a farm in Al-Qassim before going into a solar-powered cold room. (Supplied)';
const anRead = ['Saudi agriculture ministry launches date quality label', 'Qassim date festival draws record number of traders'];
const anTopics = ['Saudi Arabia', 'Dates', 'Agriculture', 'solar energy', 'Al-Qassim'];
const anRelated = ['Farmers in Jazan test drip irrigation powered by wind', 'Saudi date exports rise 14 percent in first half'];
const anLatest = ['Jeddah port welcomes largest cruise ship of the season', 'Saudi stocks edge higher as banks gain', 'Riyadh Season tickets sell out'];
const anFoot = ['About Us', 'Contact Us', 'Advertise', 'Careers', 'Privacy Policy', 'Terms of Use', 'Cookies', 'Our Newsletters'];
const anHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${anTitle} | Arab News</title>
<meta name="description" content="${anDek}"><meta property="og:site_name" content="Arab News"><meta property="og:title" content="${anTitle}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="shortlink" href="https://arab.news/x7k2p">
<link rel="canonical" href="https://www.arabnews.com/node/2621845/saudi-arabia">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${anTitle}",
"datePublished":"2025-11-18T21:37:00+0300","author":{"@type":"Person","name":"Nadia Al-Shehri"},"publisher":{"@type":"Organization",
"name":"Arab News"}}]}</script>
<script>window.googletag=window.googletag||{cmd:[]};</script></head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="top-bar"><ul class="editions"><li><a href="https://www.arabnews.com">English</a></li><li><a href="https://www.arabnews.jp">Japanese</a></li>
<li><a href="https://www.arabnews.fr">French</a></li><li><a href="https://www.arabnews.pk">Pakistan</a></li></ul></div>
<header role="banner"><div class="region region-header"><a class="logo" href="/" rel="home"><img src="/themes/custom/arabnews/logo.svg" alt="Home"></a>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden" id="block-mainnavigation-menu">
Main navigation</h2><ul class="menu">${links(anNav, 'menu-item')}</ul></nav></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<div class="region region-content"><div id="block-arabnews-content">
<article role="article" class="node node--type-article node--view-mode-full">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(anCrumbs)}</ol></nav>
<div class="entry-title"><h1><span class="field field--name-title">${anTitle}</span></h1></div>
<div class="field field--name-field-subtitle"><h2>${anDek}</h2></div>
<div class="entry-byline"><div class="author"><a href="/taxonomy/term/188432">Nadia Al-Shehri</a></div>
<div class="entry-date"><time datetime="2025-11-18T18:37:00Z">Updated 18 November 2025</time></div></div>
<div class="short-url"><span class="short-url-label">Short Url</span><input type="text" readonly value="https://arab.news/x7k2p">
<button class="copy-btn">Copy</button></div>
<ul class="social-share"><li><a href="#" class="share-facebook">Facebook</a></li><li><a href="#" class="share-twitter">Twitter</a></li>
<li><a href="#" class="share-whatsapp">WhatsApp</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul>
<div class="field field--name-field-image"><figure><img src="/sites/default/files/styles/n_670_395/public/dates.jpg" alt="">
<figcaption class="caption">${anCaption}</figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${ps(anP.slice(0, 4))}
<div class="read-more-block"><h4>Read more</h4><ul>${links(anRead)}</ul></div>
${ps(anP.slice(4, 7))}
<div class="ad-slot" data-ad="in-article"><span>Advertisement</span></div>
${ps(anP.slice(7))}
</div>
<div class="field field--name-field-tags"><div class="field__label">Topics</div><ul class="field__items">${links(anTopics, 'field__item')}</ul></div>
</article></div></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="block-related"><h2>Related</h2><ul>${links(anRelated)}</ul></div>
<div class="block-latest"><h2>Latest updates</h2><ul>${links(anLatest)}</ul></div>
<div class="block-newsletter"><h2>Subscribe to our newsletter</h2><p>Get the latest news and analysis from Arab News in your inbox.</p>
<form><label for="nl">Email</label><input id="nl" type="email"><button>Subscribe</button></form></div></aside></main>
<footer role="contentinfo"><ul class="menu">${links(anFoot, 'menu-item')}</ul><p class="copyright">All rights reserved © 2025 Arab News.</p></footer>
</div><script src="/core/assets/vendor/jquery/jquery.min.js"></script><script src="/themes/custom/arabnews/js/article.js"></script></body></html>`;
const arabNews: TestPage = {
  name: 'heldout160-arabnews-news',
  kind: 'news',
  html: anHtml,
  title: anTitle,
  headings: [],
  // the subtitle (an h2 under the h1) is the dek: body
  body: [anDek, ...texts(anP)],
  bylines: ['Nadia Al-Shehri', 'Updated 18 November 2025'],
  // "Saudi Arabia" (nav, breadcrumb, topic) is listed once
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'English', 'Japanese', 'French', 'Pakistan', ...anNav, 'Main navigation', 'Breadcrumb', 'Home', 'Short Url', 'Copy',
    'Facebook', 'Twitter', 'WhatsApp', 'LinkedIn',
    anCaption, 'Read more', ...anRead, 'Advertisement', 'Topics', ...anTopics.slice(1), 'Related', ...anRelated, 'Latest updates', ...anLatest,
    'Subscribe to our newsletter', 'Get the latest news and analysis from Arab News in your inbox.', 'Email', 'Subscribe', ...anFoot,
    'All rights reserved © 2025 Arab News.',
  ],
};

export const HELDOUT160_B: readonly TestPage[] = [arabNews, itvNews];
