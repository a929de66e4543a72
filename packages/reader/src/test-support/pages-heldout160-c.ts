import { links, ps, type TestPage, texts } from './page-kit.js';
import { koreaHerald } from './pages-heldout160-c2.js';

/**
 * Held-out batch 160, file c: an RNZ (Radio New Zealand) story (the "Listen live" bar, the section nav, the story header
 * with the intro, author, "Rural Reporter" role, "Published" time, share links, the lead image caption with its "Photo:"
 * credit, sub-headings in the body, an in-text "Read more" box, the "Get the RNZ app" promo, the "Ngā Pitopito Kōrero"
 * newsletter sign-up, topic tags, the "Related Stories" rail, "Top stories" and the footer) and, from file c2, a Korea
 * Herald story.
 */
const rnTitle = 'Hawke’s Bay orchardists trial netting to shield apples from hail and sunburn';
const rnIntro = 'Growers say the nets could pay for themselves within six seasons, but the upfront cost is a hurdle for smaller orchards.';
const rnP1 = [
  'A group of Hawke’s Bay apple growers is covering part of their orchards with hail netting this season in a trial they hope ' +
    'will show whether the expensive structures can protect crops from more frequent extreme weather.',
  'Eight orchards near Tarawhiti Flats have put up about 40 hectares of white and grey netting between them, with support from ' +
    'a regional fruitgrowers’ group and a science institute that will measure fruit quality and yield over three years.',
];
const rnH1 = 'Hail and heat';
const rnP2 = [
  'Orchardist Mereana Tūhoe lost almost a third of her crop to a hailstorm two years ago. She said it was the third damaging ' +
    'storm in a decade on her block.',
  '"You can do everything right all season and then lose it in ten minutes," she said. "The nets are not cheap, but neither is ' +
    'throwing away fruit you have already paid to grow."',
  'The nets are also expected to reduce sunburn, which marks the skin of fruit on the hottest days and leaves it unfit for ' +
    'export. Researchers will compare covered rows with uncovered rows of the same varieties.',
];
const rnH2 = 'Cost a hurdle';
const rnP3 = [
  'Putting up netting costs between $60,000 and $90,000 a hectare, depending on the structure, according to the growers’ group.',
  'Its chair, Graham Oakes, said larger exporters had been netting blocks for years, but smaller family orchards found it hard ' +
    'to borrow that much. "If the trial shows the nets pay for themselves within six seasons, as we think it will, that is a ' +
    'conversation growers can have with their bank," he said.',
  'Scientist Dr Leilani Fa’asolo said the trial would also look at whether the nets affected bees during pollination, and how ' +
    'the colour of the netting changed the amount of light reaching the trees.',
  'Early results are expected after the autumn harvest.',
];
const rnNav = ['Home', 'News', 'Te Ao Māori', 'Pacific', 'Country', 'National', 'World', 'Business', 'Sport', 'Podcasts & Series'];
const rnCaption = 'Hail netting over rows of apple trees near Tarawhiti Flats.';
const rnCredit = 'Photo: RNZ / Jared Moana';
const rnNews = ['Sign up for Ngā Pitopito Kōrero, a daily newsletter curated by our editors and delivered straight to your inbox every weekday.'];
const rnTags = ['Rural', 'Hawke’s Bay', 'Horticulture', 'Climate change'];
const rnRelated = ['Apple exports forecast to rise despite labour shortages', 'Frost fans and fire pots: how growers fought a cold snap'];
const rnTop = ['Inflation eases to 2.4 percent', 'Wellington water pipe bursts on Lambton Quay', 'Black Ferns name squad for tour'];
const rnFoot = ['About RNZ', 'Contact', 'Careers', 'Editorial Policy', 'Terms of Use', 'Privacy', 'Complaints'];
const rnHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${rnTitle} | RNZ News</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${rnIntro}">
<meta property="og:site_name" content="RNZ"><meta property="og:title" content="${rnTitle}"><meta name="twitter:site" content="@radionz">
<link rel="canonical" href="https://www.rnz.co.nz/news/country/580412/hawke-s-bay-orchardists-trial-netting">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rnTitle}","datePublished":"2025-11-19T05:03:00+13:00",
"author":{"@type":"Person","name":"Aroha Walker"},"publisher":{"@type":"Organization","name":"RNZ"}}</script>
<link rel="stylesheet" href="/assets/application-4f1e0a.css"><script src="/assets/application-9b2d3c.js" defer></script></head>
<body class="news-story">
<div class="c-listen-bar"><a href="/audio/live/national" class="c-listen-bar__live">Listen live</a>
<span class="c-listen-bar__station">RNZ National</span></div>
<header class="c-header"><a class="c-header__logo" href="/"><span class="u-visually-hidden">RNZ</span></a>
<button class="c-header__search" aria-label="Search">Search</button>
<nav class="c-nav" aria-label="Main"><ul class="c-nav__list">${links(rnNav, 'c-nav__item')}</ul></nav></header>
<main class="o-wrapper"><div class="c-story-container"><article class="c-story">
<header class="c-story-header"><a class="c-story-header__section" href="/news/country">Country</a>
<h1 class="c-story-header__headline">${rnTitle}</h1>
<div class="c-story-header__meta"><span class="c-story-header__author">Aroha Walker</span>, <span class="c-story-header__role">Rural Reporter</span>
<time class="c-story-header__date" datetime="2025-11-19T05:03:00+13:00">Published 5:03 AM 19 Nov 2025</time></div>
<ul class="c-share"><li><a href="#">Share on Twitter</a></li><li><a href="#">Share on Facebook</a></li><li><a href="#">Share via email</a></li>
<li><a href="#">Share on LinkedIn</a></li></ul></header>
<figure class="c-story-image"><img src="https://media.rnztools.example/rnz/image/upload/netting.jpg" alt="Hail netting">
<figcaption class="c-story-image__caption">${rnCaption} <span class="c-story-image__credit">${rnCredit}</span></figcaption></figure>
<div class="c-story-body"><p class="c-story-body__summary"><strong>${rnIntro}</strong></p>
${ps(rnP1)}
<h3>${rnH1}</h3>
${ps(rnP2)}
<aside class="c-read-more"><h4>Read more:</h4><ul>${links(rnRelated.slice(0, 1))}</ul></aside>
<h3>${rnH2}</h3>
${ps(rnP3)}
</div>
<div class="c-app-promo"><p>Get the RNZ app for ad-free news and current affairs</p></div>
<div class="c-newsletter"><p>${rnNews[0]}</p><a class="c-button" href="/newsletter">Sign up</a></div>
<div class="c-story-tags"><span>Topics:</span><ul>${links(rnTags)}</ul></div>
</article>
<aside class="c-story-aside"><section><h2>Related Stories</h2><ul>${links(rnRelated)}</ul></section>
<section><h2>Top stories</h2><ul>${links(rnTop)}</ul></section></aside></div></main>
<footer class="c-footer"><ul>${links(rnFoot)}</ul><p>Copyright © 2025, Radio New Zealand</p></footer></body></html>`;
const rnz: TestPage = {
  name: 'heldout160-rnz-news',
  kind: 'news',
  html: rnHtml,
  title: rnTitle,
  headings: [rnH1, rnH2],
  // the bold intro paragraph at the top of the body is body
  body: [rnIntro, ...texts(rnP1), ...texts(rnP2), ...texts(rnP3)],
  bylines: ['Aroha Walker', 'Published 5:03 AM 19 Nov 2025'],
  // "Country" is both a nav item and the section label, listed once; "Read more:" is one of the related stories
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Listen live', 'RNZ National', 'RNZ', 'Search', ...rnNav, 'Rural Reporter', 'Share on Twitter', 'Share on Facebook', 'Share via email',
    'Share on LinkedIn', rnCaption, rnCredit, 'Read more:', 'Get the RNZ app for ad-free news and current affairs', ...rnNews, 'Sign up', 'Topics:',
    ...rnTags, 'Related Stories', ...rnRelated, 'Top stories', ...rnTop, ...rnFoot, 'Copyright © 2025, Radio New Zealand',
  ],
};

export const HELDOUT160_C: readonly TestPage[] = [rnz, koreaHerald];
