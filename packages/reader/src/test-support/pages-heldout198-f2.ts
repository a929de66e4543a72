import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 198, page 12: an RNZ news story (article__heading, byline with role and time, photo-captioned blocks with credit,
 * the newsletter sign-up line inside the article body, h2 subheads, "Get the RNZ app" promo, topics, share links).
 */
const title = 'Whanganui River iwi and council agree on plan to restore wetlands';
const p1 = [
  'Iwi and the Whanganui District Council have agreed a 10-year plan to restore more than 300 hectares of drained wetland along the ' +
    'lower reaches of the Whanganui River.',
  'The plan, signed at Pūtiki Marae on Wednesday, will see farmland that has flooded repeatedly in recent years returned to wetland, ' +
    'with native planting, new fish passages and the removal of several old stopbanks.',
  'Ngā Tāngata Tiaki o Whanganui chair Hemi Tūroa said the agreement reflected the river’s legal status as a living being, Te Awa Tupua.',
  '“The river has always told us where it wants to go. For a hundred years we tried to hold it back. Now we are giving some of that ' +
    'land back to it, and it will look after us in return,” he said.',
];
const promo = 'Sign up for Ngā Pitopito Kōrero, a daily newsletter curated by our editors and delivered straight to your inbox every weekday.';
const h1 = 'Flood protection';
const p2 = [
  'Council infrastructure manager Olivia Marsden said restored wetlands would act like a sponge during heavy rain, holding water and ' +
    'releasing it slowly, which would reduce flood peaks downstream in the city.',
  'Modelling carried out for the council suggested the restored areas could lower the river level at the Dublin Street bridge by up ' +
    'to 30 centimetres during a one-in-50-year flood.',
  'The cost of the plan, estimated at $18 million over 10 years, will be shared by the council, Horizons Regional Council and central ' +
    'government through a climate resilience fund, with iwi contributing land and labour.',
];
const h2 = 'Farmers on board';
const p3 = [
  'About a dozen landowners will be affected. Most of the land is being bought at market value, while some farmers have agreed to ' +
    'covenants that allow parts of their properties to flood in winter.',
  'Dairy farmer Grant Kilmister, whose family has farmed near Kaiwhaiki since the 1920s, said he had been sceptical at first.',
  '“We lost most of our winter grass to floodwater three years out of the last five. If it is going to flood anyway, I would rather ' +
    'it flooded on my terms, and get paid for it,” he said.',
  'Work on the first 40 hectares will begin in spring, with volunteers invited to join planting days run by the iwi and the council.',
];
const nav = ['Home', 'News', 'Radio', 'Podcasts & Series', 'Pacific', 'Te Ao Māori', 'Sport', 'Business', 'Country', 'Political'];
const sub = ['National', 'World', 'Politics', 'Environment', 'Te Ao Māori', 'Health', 'Business', 'Sport'];
const caption1 = 'The lower Whanganui River near Kaiwhaiki.';
const credit1 = 'Photo: RNZ / Robin Martin';
const caption2 = 'Hemi Tūroa at Pūtiki Marae.';
const credit2 = 'Photo: Supplied';
const app = 'Get the RNZ app';
const appSub = 'for ad-free news and current affairs';
const topics = ['Environment', 'Te Ao Māori', 'Rural News'];
const share = ['Share this', 'Share on Twitter', 'Share on Facebook', 'Share via email', 'Share on LinkedIn'];
const more = [
  'Horizons plans new stopbanks for Foxton after repeated flooding',
  'Wetland restoration lifts eel numbers, study finds',
  'Te Awa Tupua: Five years on, what has changed for the river?',
];
const foot = ['About RNZ', 'Contact', 'Terms of Use', 'Privacy', 'Careers', 'Accessibility', 'Complaints', 'Newsletters'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | RNZ News</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="A 10-year plan to restore more than 300 hectares of drained wetland."><meta property="og:site_name" content="RNZ">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta name="twitter:site" content="@radionz">
<link rel="canonical" href="https://www.rnz.co.nz/news/national/543812/whanganui-river-iwi-and-council-agree-on-plan-to-restore-wetlands">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-13T05:02:00+13:00",
"author":{"@type":"Person","name":"Robin Martin"},"publisher":{"@type":"Organization","name":"RNZ"}}</script>
<link rel="stylesheet" href="/assets/application-4f1a9b2c.css"><script src="/assets/application-8e2d7c1a.js" defer></script></head>
<body class="news-story"><a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header"><a class="site-header__logo" href="/"><span class="u-visually-hidden">RNZ</span></a>
<nav class="site-nav" aria-label="Primary"><ul>${links(nav, 'site-nav__item')}</ul></nav>
<div class="site-header__live"><a class="live-button" href="/listen">Listen live</a></div><nav class="section-nav"
aria-label="News"><ul>${links(sub)}</ul></nav></header>
<main id="main-content"><div class="o-wrapper"><div class="c-story"><div class="c-story-header"><div class="c-story-header__tag"><a
href="/news/national">New Zealand</a></div>
<h1 class="article__heading">${title}</h1>
<div class="article__byline"><span class="author-name"><a href="/authors/robin-martin">Robin Martin</a>, Taranaki Whanganui reporter</span>
<span class="updated"><span class="time">5:02 am</span> on <span class="date">13 March 2025</span></span></div></div>
<div class="photo-captioned photo-captioned--full"><img src="https://media.rnztools.nz/rnz/image/upload/whanganui-river.jpg" alt="">
<div class="photo-captioned__information"><span class="caption">${caption1}</span> <span class="credit">${credit1}</span></div></div>
<div class="article__body">
${ps(p1.slice(0, 2))}
<p><em><strong><a href="https://www.rnz.co.nz/newsletters">${promo}</a></strong></em></p>
${ps(p1.slice(2))}
<div class="photo-captioned photo-captioned--right"><img src="https://media.rnztools.nz/rnz/image/upload/hemi-turoa.jpg" alt="">
<div class="photo-captioned__information"><span class="caption">${caption2}</span> <span class="credit">${credit2}</span></div></div>
<h2>${h1}</h2>
${ps(p2)}
<h2>${h2}</h2>
${ps(p3)}
</div>
<div class="c-app-promo"><a href="/apps"><strong>${app}</strong> ${appSub}</a></div>
<div class="c-story-meta"><div class="c-story-meta__tags"><span class="c-story-meta__label">Topics:</span><ul>${links(topics)}</ul></div>
<div class="c-share"><h4 class="c-share__heading">${share[0]}</h4><ul>${share
  .slice(1)
  .map((s) => `<li><a href="#">${s}</a></li>`)
  .join('')}</ul></div>
<p class="c-story-meta__copyright">Copyright © 2025, Radio New Zealand</p></div></div>
<aside class="c-related"><h3 class="c-related__heading">Related Stories</h3><ul>${links(more)}</ul></aside></div></main>
<footer class="site-footer"><div class="site-footer__newsletter"><h3>Subscribe to RNZ's Daily Newsletter</h3><a href="/newsletters">View Newsletter</a></div>
<ul>${links(foot)}</ul></footer></body></html>`;
export const rnz: TestPage = {
  name: 'heldout198-rnz-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  // the newsletter sign-up line inside the article body is furniture
  body: texts([...p1, ...p2, ...p3]),
  bylines: ['Robin Martin, Taranaki Whanganui reporter', '5:02 am on 13 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nav, 'Listen live', ...sub.slice(0, 4), 'Health', 'New Zealand', caption1, credit1, promo, caption2, credit2, `${app} ${appSub}`,
    'Topics:', 'Rural News', ...share, 'Copyright © 2025, Radio New Zealand', 'Related Stories', ...more, "Subscribe to RNZ's Daily Newsletter",
    'View Newsletter', ...foot,
  ],
};
