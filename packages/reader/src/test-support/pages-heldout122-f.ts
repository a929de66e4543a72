import { links, ps, type TestPage, texts } from './page-kit.js';
import { stateRelease } from './pages-heldout122-f2.js';

/**
 * Held-out batch 122, file f: a UN News story on news.un.org (skip link, the header with the "UN News" logo and strapline,
 * the language switcher, search, the topic menu, the date and topic label, the h1, the lead image with its caption and
 * credit, the bold lead paragraph, h3 subheads, a "Quick facts" box inside the text, an embedded audio player label, the
 * app promo at the end of the story, the share bar, tags, "Related stories" and "Most popular" rails, the newsletter
 * sign-up and the footer) and, from file f2, a state government press release on WordPress.
 */
const unwTitle = 'Seed fairs help farmers recover after two failed harvests in drought-hit Lower Kerro';
const unwLead =
  'Thousands of farming families in the drought-affected Lower Kerro province are planting again this season after a United Nations-backed ' +
  'programme let them choose their own seeds at local fairs, instead of receiving standard food aid packages.';
const unwP1 = [
  'The fairs, organized by the Food and Agriculture Organization (FAO) with local authorities, give each household vouchers worth about $60 ' +
    'that can be exchanged for seeds of crops and varieties they know will grow in their fields. Local traders and seed growers sell directly ' +
    'to the farmers.',
  '“After the second harvest failed, we had eaten the seeds we had saved,” said Amina Wario, a mother of five from Dadacha village who ' +
    'bought sorghum, cowpeas and a drought-tolerant maize variety at a fair in September. “This time I chose what my grandmother planted, ' +
    'because it survives when the rains are late.”',
];
const unwH1 = 'Keeping money in local markets';
const unwP2 = [
  'Since June, 41 fairs have been held across the province, reaching more than 27,000 households. According to FAO, about 70 per cent of the ' +
    'money spent went to sellers within the same district, helping traders who had also been hit hard by the drought.',
  'Officials say the approach also makes the seeds more likely to succeed. “When farmers pick the seed, they pick what fits their soil and ' +
    'their rains,” said Tomás Ekwueme-Lund, FAO’s emergency coordinator in the province. “That is knowledge no warehouse has.”',
];
const unwFacts = [
  '27,000 households have attended seed fairs since June',
  '41 fairs held in six districts',
  '70 per cent of voucher spending stayed with local sellers',
];
const unwH2 = 'Rains still uncertain';
const unwP3 = [
  'Forecasters expect near-normal rainfall in the coming months, but FAO warns that many families will need further support before the ' +
    'harvest in February. Livestock losses over the past two years have left many households without savings.',
  'The programme is funded until the end of the year. FAO says it needs a further $8.4 million to reach another 30,000 families before the ' +
    'next planting season, and to train community groups to produce and store seed themselves.',
  '“Food aid keeps people alive for a few weeks,” Mr. Ekwueme-Lund said. “A good harvest keeps them going for a year.”',
];
const unwCaption = 'A farmer inspects sorghum seed at a seed fair in Lower Kerro province.';
const unwLangs = ['العربية', '中文', 'English', 'Français', 'Русский', 'Español', 'Kiswahili', 'Português', 'हिंदी'];
const unwTopics = [
  'Peace and Security',
  'Economic Development',
  'Humanitarian Aid',
  'Climate and Environment',
  'Human Rights',
  'UN Affairs',
  'Law and Crime Prevention',
  'Health',
  'Culture and Education',
  'Women',
  'SDGs',
  'Migrants and Refugees',
];
const unwShare = ['Facebook', 'Twitter', 'Print', 'Email'];
const unwTags = ['Food and Agriculture Organization (FAO)', 'Drought', 'Food security'];
const unwRelated = [
  'Hunger hotspots: early action can prevent famine, UN agencies warn',
  'Women-led cooperatives turn drylands green with water harvesting',
  'UN appeals for urgent funds as drought tightens grip on pastoralists',
];
const unwPopular = [
  'Security Council extends peacekeeping mission for another year',
  'Global temperatures set new September record',
  'Child vaccination rates recover to pre-pandemic levels',
];
const unwFoot = ['UN News Centre', 'About us', 'Contact us', 'Audio and subscriptions', 'RSS', 'Terms of use', 'Privacy notice', 'Copyright', 'Fraud alert'];
const unwHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<meta name="description" content="${unwLead}"><link rel="canonical" href="https://news.un.org/en/story/2025/10/1169512">
<meta property="og:site_name" content="UN News"><meta property="og:type" content="article"><meta property="og:title" content="${unwTitle}">
<meta property="article:published_time" content="2025-10-03T12:00:00+00:00"><meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@UN_News_Centre"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${unwTitle} | UN News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${unwTitle}",
"datePublished":"2025-10-03T12:00:00+0000","publisher":{"@type":"Organization","name":"UN News","url":"https://news.un.org/en/"}}]}</script>
<link rel="stylesheet" media="all" href="/en/sites/news.un.org.en/files/css/css_U8nV3q1Z.css?delta=0&amp;language=en&amp;theme=un_news">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-UNNEWS1"></script></head>
<body class="path-node page-node-type-news-story"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="un-header" role="banner"><div class="container">
<div class="un-header__brand"><a href="/en/" rel="home" class="site-logo"><img src="/en/themes/custom/un_news/logo.svg" alt="UN News"></a>
<div class="site-slogan">Global perspective Human stories</div></div>
<nav class="language-switcher" aria-label="Language"><ul class="links">${links(unwLangs, 'language-link')}</ul></nav>
<div class="un-header__search"><form action="/en/search" method="get" id="search-block-form"><label for="edit-search" class="visually-hidden">Search</label>
<input placeholder="Search" type="text" id="edit-search" name="search" size="15"><button type="submit" class="button js-form-submit">Search</button>
</form></div></div>
<nav role="navigation" aria-labelledby="block-topics-menu" class="topics-menu"><h2 class="visually-hidden" id="block-topics-menu">Topics</h2>
<ul class="menu">${links(unwTopics, 'menu-item')}</ul><button class="topics-menu__more" type="button">More</button></nav></header>
<main id="main-content" role="main"><div class="container"><div class="row"><div class="col-lg-8">
<article class="node node--type-news-story node--view-mode-full"><div class="story-meta"><time datetime="2025-10-03T12:00:00Z"
class="story-date">3 October 2025</time>
<a class="story-topic" href="/en/news/topic/humanitarian-aid">Humanitarian Aid</a></div>
<h1 class="story-title"><span class="field field--name-title field--type-string field--label-hidden">${unwTitle}</span></h1>
<div class="field field--name-field-news-story-image"><figure class="media-image">
<img src="/sites/news.un.org.en/files/styles/large/public/2025/10/seed-fair.jpg"
alt="A farmer inspects sorghum seed."><figcaption><div class="caption">${unwCaption}</div><div class="credit">© FAO/Halima Daud-Kenner</div></figcaption>
</figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p class="lead"><strong>${unwLead}</strong></p>
${ps(unwP1)}
<div class="audio-embed"><span class="audio-embed__label">Listen: FAO’s Tomás Ekwueme-Lund on the seed fairs</span><audio controls
src="/sites/news.un.org.en/files/audio/2025/10/ekwueme-lund.mp3"></audio></div>
<h3>${unwH1}</h3>
${ps(unwP2)}
<div class="fact-box"><h4 class="fact-box__title">Quick facts</h4><ul>${unwFacts.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<h3>${unwH2}</h3>
${ps(unwP3)}
<p class="app-promo"><em>Download the UN News App for your <a href="https://apps.apple.com/app/un-news">iOS</a> or
<a href="https://play.google.com/store/apps/details?id=org.un.news">Android</a> devices.</em></p>
</div>
<div class="share-bar"><span class="share-bar__label">Share this story:</span><ul>${links(unwShare, 'share-bar__item')}</ul></div>
<div class="field field--name-field-tags"><ul class="tags">${links(unwTags, 'tag')}</ul></div></article>
<section class="related-stories"><h2>Related stories</h2><ul>${links(unwRelated)}</ul></section></div>
<aside class="col-lg-4 sidebar"><section class="most-popular"><h2>Most popular</h2><ol>${links(unwPopular)}</ol></section>
<section class="newsletter"><h2>Get our daily newsletter</h2><p>Sign up for the UN News daily digest.</p><a href="/en/newsletter" class="button">Subscribe</a>
</section></aside></div></div></main>
<footer class="un-footer" role="contentinfo"><div class="container"><ul class="menu">${links(unwFoot)}</ul>
<ul class="social">${['Facebook', 'X', 'Instagram', 'YouTube'].map((t) => `<li><a href="#"><span class="visually-hidden">${t}</span></a></li>`).join('')}</ul>
<p class="copyright">© United Nations</p></div></footer></div>
<script src="/en/sites/news.un.org.en/files/js/js_d9K2hW1q.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=un_news"></script></body></html>`;
const unNews: TestPage = {
  html: unwHtml,
  name: 'heldout122-un-news-story',
  kind: 'news',
  // the bold lead paragraph and the "Quick facts" list are body (its label in neither list); the audio label, the app promo
  // at the end of the text, the caption and credit, the topic label, share bar, tags, rails and footer are furniture; the
  // date is a byline; the FAO tag is left out (its name is in the text)
  title: unwTitle,
  headings: [unwH1, unwH2],
  body: texts([unwLead, ...unwP1, ...unwP2, ...unwFacts, ...unwP3]),
  bylines: ['3 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Global perspective Human stories', ...unwLangs, 'Search', 'Topics', ...unwTopics, 'More', unwCaption,
    '© FAO/Halima Daud-Kenner', 'Listen: FAO’s Tomás Ekwueme-Lund on the seed fairs', 'Download the UN News App for your iOS or Android devices.',
    'Share this story:', ...unwShare, ...unwTags.slice(1), 'Related stories', ...unwRelated, 'Most popular', ...unwPopular, 'Get our daily newsletter',
    'Sign up for the UN News daily digest.', 'Subscribe', ...unwFoot, '© United Nations',
  ])],
};

export const HELDOUT122_F: readonly TestPage[] = [unNews, stateRelease];
