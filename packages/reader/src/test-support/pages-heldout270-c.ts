import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout270-kit.js';

/**
 * Held-out batch 270, file c: a CNN-lite-style text-only news article of an invented network (the "lite" header with the
 * logo link, the h2 headline, "By ... , MNN" byline, the "Updated:" timestamp, the source line, the "See Full Web Article"
 * and full-experience links and the one-line footer), and an NPR text-only (text.npr.org-style) story of an invented public
 * radio network (the topic nav, "Text-Only Version" bar, story head with byline and date, and the footer links).
 */
const cTitle = 'Water main break leaves 40,000 homes in Harwick without tap water';
const cBody = [
  j(
    'About 40,000 homes and businesses in Harwick were without running water on Tuesday after a 36-inch water main burst under',
    'a downtown intersection early in the morning, flooding streets and swallowing part of a parked delivery truck.',
  ),
  j(
    'The break happened shortly after 3 a.m. at the corner of Lyle Avenue and Fourth Street, according to the Harwick Water',
    'Authority. Crews shut off the line within two hours, but by then the water had undermined the road surface and opened a',
    'hole about 20 feet wide.',
  ),
  j(
    '"This is the oldest trunk line in our system, and it failed the way old cast iron fails, all at once," authority director',
    'Paulette Kinsey told reporters at the scene.',
  ),
  j(
    'The city issued a boil-water notice for the east side and closed 14 public schools for the day. Hospitals switched to',
    'backup supplies, and the fire department placed tanker trucks at two stations so that residents could fill containers.',
  ),
  j(
    'Kinsey said repairs would take at least 48 hours. The pipe, installed in 1921, was on a list of mains scheduled for',
    'replacement in 2028 under a $310 million upgrade program approved by the city council last year.',
  ),
  j(
    'Mayor Dorian Fuentes said the city would ask the state for emergency funds to speed up that work. "We have known for',
    'years that these pipes were living on borrowed time," he said.',
  ),
  j(
    'Residents lined up at grocery stores for bottled water through the morning. One store on Lyle Avenue sold out of its',
    'entire stock by 9 a.m., its manager said.',
  ),
  j(
    'The Water Authority said pressure had been restored to about half of the affected area by early afternoon by rerouting',
    'supply through a smaller parallel main, but warned that some customers could see cloudy or discolored water for several days.',
  ),
  j(
    'Harwick has recorded more than 600 water main breaks in the last five years, according to a city audit published in',
    'January, which found that a third of the system is more than 80 years old.',
  ),
  'No injuries were reported. The driver of the delivery truck was not inside the vehicle when the road gave way.',
];
const cHtml = `<!DOCTYPE html>
<html lang="en" data-layout-uri="mnn.example/_layouts/layout-lite/instances/lite-v1"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${cTitle} | MNN</title>
<meta name="description" content="About 40,000 homes and businesses in Harwick were without running water on Tuesday.">
<meta name="author" content="Lorna Beckett"><link rel="canonical" href="https://www.mnn.example/2026/03/03/us/harwick-water-main-break/index.html">
<link rel="stylesheet" href="/lite.css"></head>
<body class="layout-lite"><header class="header--lite"><div class="layout-container--lite"><a href="/" class="logo--lite">MNN</a>
<a href="/" class="header__nav--lite">Back to MNN lite</a></div></header>
<main class="layout__content--lite"><div class="layout-container--lite"><article class="article--lite">
<div class="headline headline--lite"><h2 class="headline__text headline__text--lite">${cTitle}</h2></div>
<p class="byline--lite">By Lorna Beckett, MNN</p>
<p class="timestamp--lite">Updated: 11:48 AM EST, Tue March 3, 2026</p>
<div class="article__content article__content--lite">
${ps(cBody, ' class="paragraph--lite"')}
</div>
<p class="article__source--lite">Source: MNN</p>
<p class="afe4286c"><a href="https://www.mnn.example/2026/03/03/us/harwick-water-main-break/index.html">See Full Web Article</a></p>
</article></div></main>
<footer class="footer--lite"><div class="layout-container--lite"><p><a href="https://www.mnn.example">Go to the full MNN experience</a></p>
<p class="footer__copyright--lite">© 2026 Meridian News Network. All Rights Reserved.</p>
<p><a href="https://www.mnn.example/terms">Terms of Use</a> | <a href="https://www.mnn.example/privacy">Privacy Policy</a></p></div></footer>
</body></html>`;
const cnnLite: TestPage = {
  name: 'heldout270-cnn-lite-style-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts(cBody),
  bylines: ['By Lorna Beckett, MNN', 'Updated: 11:48 AM EST, Tue March 3, 2026'],
  furniture: [
    'Back to MNN lite',
    'Source: MNN',
    'See Full Web Article',
    'Go to the full MNN experience',
    '© 2026 Meridian News Network. All Rights Reserved.',
    'Terms of Use',
    'Privacy Policy',
  ],
};

const nTitle = 'In a drought-prone valley, 300 volunteers with rain gauges are changing the forecast';
const nBody = [
  j(
    'Every morning at seven, Arvid Solberg walks to the end of his garden in the Casmere Valley, lifts a clear plastic tube off',
    'a fence post and reads the line where the water stops. Then he types the number into his phone.',
  ),
  j(
    '"Yesterday it was zero. The day before, zero," says Solberg, a retired school bus driver. "But when it does rain here, it',
    'can be three inches on my side of the hill and nothing on the other."',
  ),
  j(
    'Solberg is one of about 300 volunteers in the valley who report daily rainfall to a network run by the regional weather',
    "office. Their readings now feed directly into the office's flood and drought forecasts.",
  ),
  j(
    'The valley has only four automated weather stations, spread over an area of about 900 square miles. Forecasters say that',
    'is far too few to capture the short, violent storms that cause flash floods in the summer.',
  ),
  j(
    '"A thunderstorm here might be two miles wide," says Renata Obi, a hydrologist at the weather office. "It can fall entirely',
    'between our stations, and as far as the instruments are concerned, it never happened."',
  ),
  j(
    'The volunteer network began in 2019 with 40 gauges handed out at a county fair. Each volunteer receives a standard',
    'four-inch gauge and a short training session on where to place it: away from trees, roofs and sprinklers.',
  ),
  j(
    'Last August, the network showed its value. Volunteers on the northern rim reported more than two inches of rain in under',
    'an hour, while the automated stations recorded almost none. Forecasters issued a flash flood warning 40 minutes before a',
    'creek overtopped a road near the town of Lessing.',
  ),
  j(
    "Obi says the volunteers' zero readings matter as much as the wet days. Months of reports have helped the office map",
    'which parts of the valley dry out first, information that farmers now use to plan irrigation.',
  ),
  j(
    'The network still has gaps in the high, thinly populated east of the valley, and the weather office is looking for',
    'recruits there. Solberg has already talked two of his neighbors into it.',
  ),
  '"It\'s five minutes a day," he says. "And you find out your hill has its own weather."',
];
const nFoot = ['Contact Us', 'Terms of Use', 'Permissions', 'Privacy Policy'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>NCR : National Civic Radio : ${nTitle}</title><link rel="canonical" href="https://www.ncr.example/2026/03/03/1298844107/rain-gauge-volunteers">
<link rel="stylesheet" href="/styles/text.css"></head>
<body><main><div class="topic-container"><header><nav class="topic-nav"><a href="/" class="topic-nav__home">NCR : National Civic Radio</a></nav>
<div class="topic-heading"><p><b>Text-Only Version</b> <a href="https://www.ncr.example/2026/03/03/1298844107/rain-gauge-volunteers">Go To Full Site</a>
</p></div></header>
<article class="story-wrap"><div class="story-head"><h1 class="story-title">${nTitle}</h1>
<div class="story-head__meta"><p class="story-head__byline">By Celia Marchbank</p><p>Tuesday, March 3, 2026 &#8226; 5:04 AM EST</p></div></div>
<div class="paragraphs-container">
${ps(nBody)}
</div></article></div></main>
<footer class="text-footer"><ul class="footer-links">${links(nFoot)}</ul><p>© 2026 ncr</p></footer></body></html>`;
const nprText: TestPage = {
  name: 'heldout270-npr-text-only-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts(nBody),
  bylines: ['By Celia Marchbank', 'Tuesday, March 3, 2026 • 5:04 AM EST'],
  furniture: ['NCR : National Civic Radio', 'Text-Only Version', 'Go To Full Site', ...nFoot, '© 2026 ncr'],
};

export const HELDOUT270_C: readonly TestPage[] = [cnnLite, nprText];
