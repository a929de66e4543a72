import { links, type TestPage, texts } from './page-kit.js';
import { ecPress } from './pages-heldout28-c2.js';

/**
 * Held-out batch 28, file c: a UN News story on its Drupal template (skip link, the UN bar, the language switcher, the "UN
 * News / Global perspective Human stories" brand, main menu and search, the date and topic label, title, bold lead, lead
 * image with caption and credit, the share bar with hidden labels, body with h3 subheads and quotes, the topics/countries/
 * entities tags, the newsletter and app lines, "Related stories", the "Latest" rail and the footer). The European
 * Commission press release of this file is in pages-heldout28-c2.ts.
 */
const unTitle = 'Kyrgyz herders turn to text-message weather alerts to protect flocks in the high pastures';
const unLead =
  'Herders in Kyrgyzstan’s Naryn region are receiving warnings of snowstorms and cold snaps up to five days ahead, under a pilot ' +
  'early-warning scheme that the UN says has already cut winter livestock losses by more than a third.';
const unBody1 = [
  'The scheme, run by the UN Food and Agriculture Organization (<a href="https://www.fao.example/">FAO</a>) with the national ' +
    'hydrometeorological service, sends forecasts in Kyrgyz and Russian to about 14,000 herding households, most of whom spend the ' +
    'summer with their animals in mountain pastures far from any road.',
  '“A late snowfall in the mountains can kill half a family’s sheep in one night,” said Aida Toktosunova, an FAO livestock officer ' +
    'based in Naryn. “If people know two or three days before, they can bring the animals down or buy fodder while the roads are still open.”',
];
const unH1 = 'Losses cut by a third';
const unBody2 = [
  'According to an evaluation released on Wednesday, households that received the alerts lost an average of 6 per cent of their ' +
    'herds during the winter of 2024-2025, compared with 10 per cent among neighbouring households outside the pilot.',
  'The messages also carry practical advice, such as when to move animals to sheltered valleys and how to ration hay. Most herders ' +
    'interviewed said they had acted on at least one alert, and nearly half had passed the warnings on to relatives in villages not ' +
    'yet covered by the scheme.',
];
const unH2 = 'Part of a global push';
const unBody3 = [
  'The pilot contributes to the <a href="/story/early-warnings">Early Warnings for All</a> initiative, launched by the UN ' +
    'Secretary-General in 2022, which aims to protect everyone on Earth with early warning systems by the end of 2027.',
  'FAO plans to extend the service to two more regions next year and to add summer alerts on drought and pasture conditions, as ' +
    'overgrazing has become a growing concern with the expansion of herds.',
  '“Weather information only saves lives and livelihoods when it reaches people in a form they can use,” said Marat Esenaliev, head ' +
    'of forecasting at the hydrometeorological service. “A text message in your own language, on the phone you already have, is the ' +
    'simplest way to do that.”',
];
const unCaption = 'Herders move sheep to winter pastures in Kyrgyzstan’s Naryn region.';
const unLangs = ['العربية', '中文', 'English', 'Français', 'हिन्दी', 'Kiswahili', 'Português', 'Русский', 'Español', 'اردو'];
const unNav = ['Home', 'Topics', 'In depth', 'Audio hub', 'Video', 'Photo', 'Secretary-General', 'Media'];
const unTags: [string, string[]][] = [
  ['Topics', ['Climate and Environment', 'Food']],
  ['Countries', ['Kyrgyzstan']],
  ['UN Entities', ['Food and Agriculture Organization (FAO)', 'World Meteorological Organization (WMO)']],
];
const unRelated = [
  'Early warning systems must reach ‘the last mile’, says WMO chief',
  'Central Asia’s glaciers shrinking faster than expected, new study finds',
];
const unLatest = [
  'Gaza: Aid convoys reach the north for the first time in weeks',
  'Record number of countries report measles outbreaks, WHO warns',
  'UN rights chief urges restraint as protests spread in the Andes',
];
const unFoot = ['About UN News', 'Contact Us', 'Copyright', 'Fraud Alert', 'Privacy Notice', 'Site Index', 'Terms of Use'];
const unSocial = ['Facebook', 'X', 'Instagram', 'YouTube', 'RSS'];
const unHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${unTitle} | UN News</title>
<meta property="og:description" content="${unLead}"><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
"headline":"${unTitle}","datePublished":"2025-11-12T12:00:00-05:00","publisher":{"@type":"Organization","name":"UN News"}}]}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"contentType":"news_story","nodeId":"1165311"});</script></head>
<body class="path-node page-node-type-news-story"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="un-top-bar">
<a href="https://www.un.example/">Welcome to the United Nations</a>
<div class="language-switcher-language-url" role="navigation" aria-label="Language switcher"><ul class="links">${links(unLangs)}</ul></div></div>
<header class="site-header" role="banner"><div class="site-branding"><a href="/en/" rel="home" class="site-logo">
<img src="/themes/custom/un_news/logo.svg" alt="Home">
<span class="site-name">UN News</span></a><div class="site-slogan">Global perspective Human stories</div></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="main-menu">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu">${links(unNav, 'menu-item')}</ul></nav><form class="search-block-form" role="search">
<label class="visually-hidden" for="edit-keys">Search</label>
<input type="search" id="edit-keys" placeholder="Search UN News"><button type="submit" class="button">Search</button></form></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<article role="article" class="node node--type-news-story node--view-mode-full"><div class="story-header">
<div class="field field--name-field-news-story-date"><time datetime="2025-11-12T12:00:00Z">12 November 2025</time></div>
<div class="field field--name-field-news-topics"><a href="/en/news/topic/climate-change" hreflang="en">Climate and Environment</a></div>
<h1 class="page-title"><span class="field field--name-title">${unTitle}</span></h1>
<div class="clearfix text-formatted field field--name-field-news-story-lead"><p>${unLead}</p></div></div>
<div class="field field--name-field-image"><figure class="media media--type-image"><img src="/sites/news/files/styles/large/public/2025/11/herders.jpg" alt="">
<figcaption><span class="caption">${unCaption}</span> <span class="credit">© FAO/Bakyt Ismailov</span></figcaption></figure></div>
<div class="social-share"><ul><li><a href="https://www.facebook.example/sharer.php" class="share-facebook">
<span class="visually-hidden">Facebook</span></a></li>
<li><a href="https://x.example/intent/tweet" class="share-x"><span class="visually-hidden">X</span></a></li><li><a href="#" onclick="window.print()"
class="share-print"><span class="visually-hidden">Print</span></a></li><li><a href="mailto:?subject=UN%20News" class="share-email">
<span class="visually-hidden">Email</span></a></li></ul></div>
<div class="clearfix text-formatted field field--name-body">${unBody1.map((p) => `<p>${p}</p>`).join('\n')}
<h3>${unH1}</h3>${unBody2.map((p) => `<p>${p}</p>`).join('\n')}
<h3>${unH2}</h3>${unBody3.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="story-tags">${unTags.map(([h, t]) => `<div class="tag-group"><h4 class="tag-group__title">${h}</h4><ul>${links(t)}</ul></div>`).join('\n')}</div>
<div class="story-subscribe"><p>Get daily updates directly to your inbox - <a href="/en/newsletter">Subscribe here</a> to a topic.</p>
<p>Download the UN News app for your <a href="#">iOS</a> or <a href="#">Android</a> devices.</p></div></article>
<section class="related-stories"><h2 class="block-title">Related stories</h2><ul>${links(unRelated, 'related-story')}</ul></section></div></div>
<aside class="layout-sidebar-second" role="complementary"><section class="block-latest-news"><h2>Latest</h2><ul>${links(unLatest)}</ul>
<a href="/en/news" class="more-link">All news</a></section></aside></main>
<footer class="site-footer" role="contentinfo"><div class="footer-brand"><span class="site-name">UN News</span></div>
<div class="footer-social"><h2>Follow Us</h2><ul>${links(unSocial.filter((t) => t !== 'X'))}</ul></div><ul class="footer-menu">${links(unFoot)}</ul></footer>
</div></body></html>`;
const unNews: TestPage = {
  html: unHtml,
  name: 'heldout28-un-news-story',
  kind: 'news',
  // the bold lead under the title is the story's first paragraph: body, with the body paragraphs (quotes included) under the two
  // h3 headings; the date is the only byline (UN News stories carry no author here); the topic label above the title (also a
  // tag, once), caption and photo credit, the share links' hidden labels ("Facebook" again in the footer, once), the tag groups,
  // the subscribe and app lines, "Related stories", the "Latest" rail, the UN bar, language switcher, brand and slogan, menu (its
  // "Topics" is also a tag group's title, once), search and footer are furniture; the tag "Food and Agriculture Organization
  // (FAO)" is words of the body: left out
  title: unTitle,
  headings: [unH1, unH2],
  body: [unLead, ...texts(unBody1), ...texts(unBody2), ...texts(unBody3)],
  bylines: ['12 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Welcome to the United Nations', ...unLangs, 'UN News', 'Global perspective Human stories', 'Main navigation', ...unNav,
    'Search', unCaption, '© FAO/Bakyt Ismailov', 'X', 'Print', 'Email',
    ...unTags.flatMap(([h, t]) => (h === 'Topics' ? t : [h, ...t.filter((x) => !x.startsWith('Food and'))])),
    'Get daily updates directly to your inbox - Subscribe here to a topic.', 'Download the UN News app for your iOS or Android devices.',
    'Related stories', ...unRelated, 'Latest', ...unLatest, 'All news', 'Follow Us', ...unSocial.filter((t) => t !== 'X'), ...unFoot,
  ],
};

export const HELDOUT28_C: readonly TestPage[] = [unNews, ecPress];
