import { links, ps, type TestPage, texts } from './page-kit.js';
import { cricketForum } from './pages-heldout227-f2.js';

/**
 * Held-out batch 227, file f: a sailing regatta's daily report on the event's own site (the sponsor header, the nav with
 * "Notice of Race", "Entry List" and "Results", the "Day 3" label, the dateline that opens the first paragraph, the photo
 * gallery with photographer credits, class sections as h3s, the provisional-results link box, the press contact block,
 * the "Previous reports" list, the weather widget and the footer) and, from file f2, a county cricket supporters' forum
 * thread.
 */
const sgTitle = 'Day 3: Sea breeze finally fills in as Stormpetrel take control of IRC 1';
const sgP = [
  'Lochcarrick, 9 August – After two days of light and shifting airs, the Lochcarrick Regatta got the conditions everybody ' +
    'had been hoping for on Wednesday. A south-westerly sea breeze filled in just after midday, settled at 14 to 16 knots, and ' +
    'the race committee got three races away for most classes on the outer course.',
  'The 240 boats in 11 classes made the most of it, and by the time the last Dragons crossed the line at 6pm the overall ' +
    'leaders in several fleets looked very different from the morning.',
];
const sgH1 = 'IRC Class 1';
const sgP2 = [
  'Alasdair Munro’s Ker 40 Stormpetrel won two of the three races and now leads by six points from Fiona Garvie’s Kestrel, ' +
    'which started the day in front. The third race was decided on the final beat, when Stormpetrel held the right side of the ' +
    'course into the shore and picked up a lift that Kestrel, covering from the left, could not answer.',
  '“It was proper sailing at last,” said Munro. “The boat loves 15 knots and the crew were brilliant on the bow. We will take ' +
    'a six-point lead, but there are four races left and this fleet can turn things round very quickly.”',
];
const sgH2 = 'Dragons';
const sgP3 = [
  'In the 42-strong Dragon fleet, local crew Ewan and Morag Fraser with Callum Baird on Selkie posted a 1, 3, 2 to move into ' +
    'the lead on countback from the Danish visitors on Havørn. The Dragons were the only fleet to see a general recall, in the ' +
    'first race, after which the race officer raised the black flag.',
];
const sgH3 = 'Sonars and Squibs';
const sgP4 = [
  'Three boats are tied at the top of the Sonar class after a day of mixed scores, while in the Squibs Rhona Lamont and Niall ' +
    'Quinn on Puffling won all three races and have one hand on the trophy with two days left.',
  'Racing continues on Thursday with a first warning signal at 10:55. The forecast suggests a lighter breeze from the west, ' +
    'building through the afternoon.',
];
const sgSponsor = 'Lochcarrick Regatta presented by Ardmore Distillery';
const sgNav = ['Home', 'Notice of Race', 'Sailing Instructions', 'Entry List', 'Results', 'News', 'Media', 'Shore Programme', 'Sponsors'];
const sgCredits = ['Photo: Iona Ferguson', 'Photo: Iona Ferguson', 'Photo: Graeme Lindsay'];
const sgCaps = ['Stormpetrel leads the IRC 1 fleet off the start line', 'Dragons on the run in race 2', 'Puffling, three from three in the Squibs'];
const sgResults = [
  'Provisional results',
  'Provisional results for all classes are available on the Results page. Protests may change the standings.',
  'View results',
];
const sgPress = ['Media enquiries', 'Kirsty Buchanan, Press Officer', 'press@lochcarrickregatta.example', '+44 7700 900 412'];
const sgPrev = ['Day 2: Patience rewarded in the shifty stuff', 'Day 1: Drifting start for a record fleet', 'Regatta preview: 240 boats expected'];
const sgWeather = ['Thursday forecast', 'W 8 to 12 knots', 'High water 14:22'];
const sgFoot = ['Lochcarrick Sailing Club', 'Contact', 'Privacy', 'Safeguarding'];
const sgHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${sgTitle} | Lochcarrick Regatta
2025</title>
<meta name="description" content="A south-westerly sea breeze gave the fleet three races on day 3."><meta property="og:type" content="article">
<meta property="og:title" content="${sgTitle}"><meta property="og:image" content="https://lochcarrickregatta.example/media/day3/stormpetrel.jpg">
<link rel="canonical" href="https://lochcarrickregatta.example/news/day-3-sea-breeze-fills-in">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${sgTitle}","datePublished":"2025-08-09T20:15:00+01:00",
"author":{"@type":"Organization","name":"Lochcarrick Regatta"}}</script>
<script defer data-domain="lochcarrickregatta.example" src="https://plausible.example/js/script.js"></script>
<link rel="stylesheet" href="/assets/css/regatta.min.css?v=2025.3"></head>
<body class="news-item"><div class="sponsor-header"><a href="https://ardmoredistillery.example"><img src="/assets/img/ardmore.svg" alt="Ardmore Distillery"></a>
<span>${sgSponsor}</span></div>
<header class="site-header"><a class="brand" href="/"><img src="/assets/img/regatta-logo.svg" alt="Lochcarrick Regatta 2025"></a>
<nav class="site-nav"><ul>${links(sgNav, 'site-nav__item')}</ul></nav></header>
<main class="container"><div class="row"><div class="col-main"><article class="news-article">
<p class="news-article__kicker">Day 3 report</p><h1>${sgTitle}</h1>
<p class="news-article__meta">Posted 9 August 2025, 20:15 · By Regatta Press Office</p>
<div class="news-article__body">
${ps(sgP)}
<div class="gallery gallery--3">${sgCaps
  .map(
    (c, i) =>
      `<figure class="gallery__item"><img src="/media/day3/${i}.jpg" alt=""><figcaption>${c} <span class="credit">${sgCredits[i]}</span></figcaption></figure>`,
  )
  .join('\n')}</div>
<h3>${sgH1}</h3>
${ps(sgP2)}
<h3>${sgH2}</h3>
${ps(sgP3)}
<h3>${sgH3}</h3>
${ps(sgP4)}
<div class="callout callout--results"><h4>${sgResults[0]}</h4><p>${sgResults[1]}</p><a class="btn" href="/results">${sgResults[2]}</a></div>
<div class="press-contact"><h4>${sgPress[0]}</h4><p>${sgPress[1]}<br>${sgPress[2]}<br>${sgPress[3]}</p></div>
</div>
<div class="share"><span>Share</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div></article></div>
<aside class="col-side"><div class="widget widget--weather"><h3>${sgWeather[0]}</h3><p>${sgWeather[1]}</p><p>${sgWeather[2]}</p></div>
<div class="widget widget--prev"><h3>Previous reports</h3><ul>${links(sgPrev)}</ul></div></aside></div></main>
<footer class="site-footer"><p>${sgFoot[0]}</p><ul>${links(sgFoot.slice(1))}</ul><p>© 2025 Lochcarrick Regatta. Scottish charity SC041277.</p></footer>
<script src="/assets/js/gallery.min.js" defer></script></body></html>`;
const sailing: TestPage = {
  html: sgHtml,
  name: 'heldout227-sailing-regatta-daily-report',
  kind: 'news',
  // the dateline is part of the first paragraph (body); the class h3s are the headings; the gallery captions and credits,
  // the provisional-results callout and the press contact block are furniture
  title: sgTitle,
  headings: [sgH1, sgH2, sgH3],
  body: [...texts(sgP), ...texts(sgP2), ...texts(sgP3), ...texts(sgP4)],
  bylines: ['Posted 9 August 2025, 20:15 · By Regatta Press Office'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    sgSponsor, ...sgNav, 'Day 3 report', ...sgCaps, 'Photo: Iona Ferguson', 'Photo: Graeme Lindsay', ...sgResults, ...sgPress, 'Share', 'Facebook', 'X',
    'Email', ...sgWeather, 'Previous reports', ...sgPrev, ...sgFoot, '© 2025 Lochcarrick Regatta. Scottish charity SC041277.',
  ],
};

export const HELDOUT227_F: readonly TestPage[] = [sailing, cricketForum];
