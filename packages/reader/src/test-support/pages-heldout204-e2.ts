import { links, ps, type TestPage } from './page-kit.js';

/**
 * Held-out batch 204, file e2: a Swissinfo (SWI swissinfo.ch) story on its WordPress template (the language selector, the
 * header nav, the "This content was published on" line with reading time, the author box with bio at the foot, the lead
 * image caption and credit, the in-text "More" related teasers, the JTI certification note, "Most Read Swiss News" rail,
 * the newsletter box, the consent banner and the footer).
 */
const swTitle = 'Swiss glacier villages weigh relocation as thawing permafrost loosens slopes';
const swLead = 'Two mountain communities in canton Valais are studying whether to move homes away from slopes that geologists say are becoming unstable.';
const swP = [
  'Residents of Vallon and Saint-Ours, two villages above the Rhône valley, were told at a public meeting this week that ' +
    'monitoring stations had recorded ground movement of up to 40 centimetres a year on the slopes above their homes.',
  'Geologists from the canton said the movement was linked to thawing permafrost, the permanently frozen ground that holds much of the high Alps together.',
  'No immediate evacuation has been ordered, but the cantonal authorities have asked both communes to prepare plans for moving ' +
    'some residents to safer ground over the next ten years.',
  '“We are not talking about a sudden collapse, but about a slope that is slowly losing its grip,” said cantonal geologist Régine Salamin.',
];
const swH1 = 'A painful choice';
const swP2 = [
  'For many families in Vallon, where some houses have been owned by the same family for more than 200 years, the idea of ' + 'leaving is difficult to accept.',
  'Mayor Jean-Daniel Fournier said the commune would not force anyone to move, but that it had a duty to plan ahead.',
  '“People are attached to this place. But we have seen what happened in other valleys, and we don’t want to wait until it is too late,” he said.',
  'Under Swiss law, the federal government and cantons can cover a large part of the cost of relocating homes from areas at high risk of natural hazards.',
];
const swH2 = 'Warming faster than the global average';
const swP3 = [
  'Switzerland has warmed by about 2.9°C since records began in 1864, roughly twice the global average, according to the Federal Office of Meteorology.',
  'Scientists say thawing permafrost has already contributed to rockfalls and landslides in several parts of the Alps, and that the risk will increase.',
  'The canton plans to install additional GPS sensors above both villages this autumn and will publish a detailed hazard map next spring.',
];
const swLangs = ['English', 'Deutsch', 'Français', 'Italiano', 'Español', 'Português', '日本語', 'العربية', '中文', 'Русский'];
const swNav = ['Swiss Politics', 'Foreign Affairs', 'Business', 'Science', 'Culture', 'Life & Aging', 'Swiss Abroad', 'Democracy', 'Multimedia'];
const swCaption = 'The village of Vallon sits below a slope where sensors have recorded ground movement of up to 40 cm a year.';
const swCredit = 'Keystone / Laurent Gillieron';
const swMore = ['More', 'Why Switzerland’s glaciers lost a record 4% of their volume', 'How the Alps are monitored for landslides'];
const swBio = 'Anna Pellegrini covers climate and environment for SWI swissinfo.ch. She previously worked for regional radio in Ticino.';
const swJti = 'In compliance with the JTI standards';
const swJtiMore = 'More: SWI swissinfo.ch certified by the Journalism Trust Initiative';
const swMost = ['Most Read Swiss News', 'Swiss voters to decide on motorway expansion in November', 'Zurich named world’s most expensive city again'];
const swNews = ['Newsletter', 'Get the most important news from Switzerland in your inbox.', 'Subscribe'];
const swConsent = 'swissinfo.ch uses cookies to optimise the website and to provide you with personalised advertising.';
const swFoot = ['About us', 'Contact', 'Jobs', 'Terms of use', 'Privacy policy', 'Imprint', 'A branch of the Swiss Broadcasting Corporation SRG SSR'];
const swHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Swiss glacier villages weigh relocation as thawing permafrost loosens slopes - SWI swissinfo.ch</title>
<meta name="description" content="${swLead}"><meta property="og:site_name" content="SWI swissinfo.ch"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.swissinfo.ch/eng/climate-adaptation/swiss-glacier-villages-weigh-relocation/88412390">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${swTitle}","datePublished":"2026-09-16T10:00:00+02:00",
"author":[{"@type":"Person","name":"Anna Pellegrini"}],"publisher":{"@type":"Organization","name":"SWI swissinfo.ch"}}</script>
<link rel="stylesheet" id="swi-theme-css" href="/eng/wp-content/themes/swi/dist/style.css"></head>
<body class="post-template-default single single-post wp-theme-swi"><header class="site-header">
<a class="site-header__logo" href="/eng/"><span class="screen-reader-text">SWI swissinfo.ch</span></a>
<div class="language-selector"><button aria-expanded="false">English</button><ul hidden>${links(swLangs.slice(1), 'language-selector__item')}</ul></div>
<nav class="main-navigation" aria-label="Main"><ul>${links(swNav, 'menu-item')}</ul></nav></header>
<main id="main" class="site-main"><article class="article-main post-88412390">
<div class="article-header"><a class="article-header__topic" href="/eng/climate-adaptation/">Climate adaptation</a>
<h1 class="article-title">${swTitle}</h1><div class="article-lead"><p>${swLead}</p></div>
<div class="article-meta"><span class="article-meta__date">This content was published on September 16, 2026 - 10:00</span>
<span class="article-meta__reading-time">4 minutes</span><span class="article-meta__author">Anna Pellegrini</span></div></div>
<figure class="wp-block-image"><img src="https://www.swissinfo.ch/content/wp-content/uploads/sites/13/2026/09/vallon.jpg" alt="">
<figcaption class="wp-element-caption">${swCaption} <span class="image-credit">${swCredit}</span></figcaption></figure>
<div class="article-content entry-content">
${ps(swP)}
<div class="related-article-teaser"><span class="related-article-teaser__label">${swMore[0]}</span><a href="/eng/sci/glaciers">${swMore[1]}</a></div>
<h2 class="wp-block-heading">${swH1}</h2>
${ps(swP2)}
<div class="related-article-teaser"><span class="related-article-teaser__label">${swMore[0]}</span><a href="/eng/sci/landslides">${swMore[2]}</a></div>
<h2 class="wp-block-heading">${swH2}</h2>
${ps(swP3)}
</div>
<div class="author-box"><h3 class="author-box__name">Anna Pellegrini</h3><p class="author-box__bio">${swBio}</p></div>
<div class="jti-note"><p>${swJti}</p><a href="/eng/jti/">${swJtiMore}</a></div></article>
<aside class="sidebar"><h2>${swMost[0]}</h2><ul>${links(swMost.slice(1))}</ul>
<div class="newsletter-box"><h2>${swNews[0]}</h2><p>${swNews[1]}</p><a href="/eng/newsletter/">${swNews[2]}</a></div></aside></main>
<footer class="site-footer"><ul>${links(swFoot, 'menu-item')}</ul><p>© 2026 SWI swissinfo.ch</p></footer>
<div id="usercentrics-root" role="dialog"><p>${swConsent}</p><button>Accept all</button><button>Settings</button></div>
<script src="/eng/wp-content/themes/swi/dist/main.js" id="swi-main-js" defer></script></body></html>`;
export const swissinfoStory: TestPage = {
  html: swHtml,
  name: 'heldout204-swissinfo-news',
  kind: 'news',
  // the lead is body; date line, reading time and author are bylines; the topic label, caption and credit, "More" teasers,
  // author bio box, JTI note, rail, newsletter, language selector (hidden list), nav, footer and consent are furniture
  title: swTitle,
  headings: [swH1, swH2],
  body: [swLead, ...swP, ...swP2, ...swP3],
  bylines: ['This content was published on September 16, 2026 - 10:00', '4 minutes', 'Anna Pellegrini'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...swLangs, ...swNav, 'Climate adaptation', swCaption, swCredit, ...swMore, swBio, swJti, swJtiMore, ...swMost, ...swNews, ...swFoot,
    '© 2026 SWI swissinfo.ch', swConsent, 'Accept all', 'Settings',
  ],
};
