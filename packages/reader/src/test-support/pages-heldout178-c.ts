import { links, ps, type TestPage, texts } from './page-kit.js';
import { bernamaNews } from './pages-heldout178-c2.js';

/**
 * Held-out batch 178, file c: an Agencia EFE English story on efe.com/en, a WordPress site (the Didomi consent notice, the top
 * bar with the language editions, the header menu, the category label, the h1 and excerpt, the "EFE" author and date, the
 * featured image with its "EFE/..." caption, the share buttons, the dateline inside the first paragraph, the tag list, the
 * "Related" posts, the newsletter box, the "Latest news" sidebar, ad labels and the footer) and, from file c2, a Bernama story.
 */
const efTitle = 'Spanish villages hire goat herds to keep firebreaks clear';
const efExcerpt = ['Some 40 shepherds are now paid to graze flocks on strips of scrubland that firefighters rely on in summer'];
const efP = [
  'Almedín (Spain), Nov 3 (EFE).- Dozens of villages in the hills of eastern Spain are paying shepherds to graze their goats ' +
    'and sheep on firebreaks, turning an old rural trade into a tool against the wildfires that have become larger and more ' +
    'frequent in recent summers.',
  'The scheme, run by the regional forestry service, now covers about 6,200 hectares of firebreaks and employs 41 shepherds ' +
    'with a combined 19,000 animals, the service said on Monday.',
  '&quot;The goats do in a few weeks what used to take a team with brush cutters all spring,&quot; Marta Belloch, the engineer ' +
    'who coordinates the program, told EFE. &quot;And they do it every year, without fuel and without noise.&quot;',
  'Firebreaks are strips of land cleared of trees and shrubs to slow the advance of a fire and give crews a safe place to ' +
    'work. Without regular clearing, they fill with scrub within two or three years and become almost useless.',
  'Each shepherd signs a contract for a specific area and is paid between 35 and 60 euros per hectare a year, depending on ' +
    'the terrain, as long as forestry agents confirm that the vegetation has been kept below a set height by June 15.',
  'Inspectors use drones and fixed cameras to check the strips, and flocks carry GPS collars so their movements can be ' +
    'followed from the forestry service&#39;s office.',
  'For Joan Ferrís, a 34-year-old shepherd from Almedín who returned to his family&#39;s trade six years ago, the payments ' +
    'have made the difference between giving up and carrying on.',
  '&quot;With the price of milk and meat, the flock alone did not pay,&quot; he said while moving his 600 goats along a ridge ' +
    'above the village. &quot;Now the hills pay me for a job that my grandfather did for free.&quot;',
  'Researchers at a regional university who studied the program found that grazed firebreaks held about 70% less dry ' +
    'vegetation at the start of summer than ungrazed ones, and that the cost per hectare was roughly a third of mechanical ' +
    'clearing.',
  'The forestry service plans to extend the scheme to another 2,000 hectares next year and is looking for young people ' +
    'willing to train as shepherds, a job that has almost disappeared from many villages in the area. EFE',
];
const efCaption = 'A flock of goats grazes on a firebreak near Almedín, Spain, on Oct. 29, 2025. EFE/Pau Roig';
const efEditions = ['Español', 'English', 'Português', 'Català', 'Galego', 'Euskara'];
const efNav = ['Latest news', 'World', 'Spain', 'Latin America', 'Economy', 'Science', 'Culture', 'Sports', 'Multimedia'];
const efShare = ['Share on Facebook', 'Share on X', 'Share on WhatsApp', 'Share on LinkedIn', 'Share by email'];
const efTags = ['Wildfires', 'Rural life', 'Spain', 'Agriculture'];
const efRelated = [
  'Spain\u2019s burned area this summer the largest in three decades',
  'Portugal trains volunteer fire watchers in border villages',
  'Drought pushes Spanish olive oil prices up again',
];
const efLatest = ['Chile approves new lithium royalty rules', 'Madrid marathon to switch to evening start', 'Colombia, Ecuador reopen border crossing'];
const efNews = ['Subscribe to our newsletter', 'The day\u2019s top stories from EFE, every morning in your inbox.', 'Your email', 'Subscribe'];
const efConsent = [
  'We care about your privacy',
  'We and our partners store and access information on a device, such as cookies, and process personal data for personalised ' +
    'ads and content, ad and content measurement and audience research.',
  'Agree and close',
  'Disagree and close',
  'Learn more',
];
const efFoot = ['Who we are', 'EFE Services', 'Contact', 'Legal notice', 'Privacy policy', 'Cookie policy', 'Accessibility'];
const efHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Spanish villages hire goat herds to keep firebreaks clear - Agencia EFE</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="${efExcerpt[0]}"><meta property="og:locale" content="en_US"><meta property="og:type" content="article">
<meta property="og:title" content="${efTitle}"><meta property="og:site_name" content="Agencia EFE"><meta property="article:section" content="Latest news">
<meta property="article:published_time" content="2025-11-03T11:48:20+00:00"><meta name="author" content="EFE">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${efTitle}",
"datePublished":"2025-11-03T11:48:20+00:00","author":{"name":"EFE"},"articleSection":["Latest news"],"inLanguage":"en-US"}]}</script>
<link rel="stylesheet" id="efe-style-css" href="https://efe.com/wp-content/themes/efe/style.css?ver=2.4.1" media="all">
<script src="https://sdk.privacy-center.org/loader.js" async></script></head>
<body class="post-template-default single single-post postid-3218807 single-format-standard">
<div id="didomi-host"><div class="didomi-popup-notice" role="dialog" aria-label="${efConsent[0]}"><h1 class="didomi-notice-title">${efConsent[0]}</h1>
<p class="didomi-notice-text">${efConsent[1]}</p><button id="didomi-notice-agree-button">${efConsent[2]}</button>
<button id="didomi-notice-disagree-button">${efConsent[3]}</button><button id="didomi-notice-learn-more-button">${efConsent[4]}</button></div></div>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="top-bar"><ul class="editions">${links(efEditions)}</ul></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="https://efe.com/en/" rel="home">
<img src="https://efe.com/wp-content/uploads/logo-efe.svg"
alt="Agencia EFE"></a></div><nav id="site-navigation" class="main-navigation">
<ul id="primary-menu" class="menu">${links(efNav, 'menu-item menu-item-type-taxonomy')}</ul>
</nav></header>
<div class="ad-container ad-top"><span class="ad-label">Advertisement</span><div id="efe-ad-top"></div></div>
<div id="content" class="site-content"><main id="primary" class="site-main">
<article id="post-3218807" class="post-3218807 post type-post status-publish format-standard has-post-thumbnail category-latest-news">
<header class="entry-header"><div class="entry-category"><a href="https://efe.com/en/latest-news/" rel="category tag">Latest news</a></div>
<h1 class="entry-title">${efTitle}</h1><div class="entry-excerpt">${ps(efExcerpt)}</div>
<div class="entry-meta"><span class="byline"><span class="author vcard"><a class="url fn n" href="https://efe.com/en/author/efe/">EFE</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-11-03T11:48:20+00:00">Nov 3, 2025</time></span></div></header>
<figure class="post-thumbnail"><img width="1280" height="853" src="https://efe.com/wp-content/uploads/2025/11/goats-firebreak.jpg"
class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high">
<figcaption class="wp-caption-text">${efCaption}</figcaption></figure>
<div class="share-buttons">${efShare.map((t) => `<a class="share-btn" href="#" title="${t}"><span class="screen-reader-text">${t}</span></a>`).join('')}</div>
<div class="entry-content">
${ps(efP)}
</div>
<footer class="entry-footer"><span class="tags-links">${efTags.map((t) => `<a href="/en/tag/${t.toLowerCase()}/" rel="tag">${t}</a>`).join(' ')}</span></footer>
</article>
<section class="related-posts"><h2 class="related-title">Related</h2><ul>${links(efRelated)}</ul></section>
<div class="newsletter-box"><h3>${efNews[0]}</h3><p>${efNews[1]}</p><form><label for="nl-email" class="screen-reader-text">${efNews[2]}</label>
<input id="nl-email" type="email" placeholder="${efNews[2]}"><button type="submit">${efNews[3]}</button></form></div>
</main><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Latest news</h2>
<ul>${links(efLatest)}</ul></section><div class="ad-container"><span class="ad-label">Advertisement</span><div id="efe-ad-side"></div></div></aside></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(efFoot)}</ul><div class="site-info">© 2025 Agencia EFE S.A.U.</div></footer>
<script src="https://efe.com/wp-content/themes/efe/js/navigation.js?ver=2.4.1" id="efe-navigation-js"></script></body></html>`;
const efeNews: TestPage = {
  html: efHtml,
  name: 'heldout178-efe-news',
  kind: 'news',
  // the excerpt is body (a dek); the "(EFE).-" dateline opens the first paragraph and the closing "EFE" ends the last (body)
  title: efTitle,
  headings: [],
  body: texts([...efExcerpt, ...efP]),
  bylines: ['EFE', 'Nov 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...efConsent, 'Skip to content', ...efEditions, ...efNav, 'Advertisement', efCaption, ...efShare, ...efTags, 'Related', ...efRelated,
    ...efNews, ...efLatest, ...efFoot, '© 2025 Agencia EFE S.A.U.',
  ],
};

export const HELDOUT178_C: readonly TestPage[] = [efeNews, bernamaNews];
