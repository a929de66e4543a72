import { links, ps, type TestPage, texts } from './page-kit.js';
import { courier } from './pages-heldout270-d2.js';
import { j } from './pages-heldout270-kit.js';

/**
 * Held-out batch 270, file d: an article on a 68k.news-like lite news proxy of an invented name (plain HTML 3.2 style:
 * centered back link, h1, the "Original source" line, small-print date, paragraphs, a list of more headlines and the
 * small-print footer) and, from file d2, a Guardian-style AMP feature story of an invented paper.
 */
const kTitle = 'Ferry operator orders two battery-electric ships for island routes';
const kBody = [
  j(
    'The island ferry operator Skerrow Lines has ordered two battery-electric vessels to replace diesel ships on its shortest',
    'crossings, in a deal the company valued at 96 million kroner.',
  ),
  j(
    'The ships, each able to carry 180 passengers and 34 cars, will be built at the Vendel yard and are due to enter service',
    'in the spring of 2028 on the routes from Ostvik to Hallo and from Ostvik to Lange Skerry.',
  ),
  j(
    'Both crossings take under 25 minutes, which the company said made them well suited to battery power. The vessels will',
    'charge for about ten minutes at each end of the route using automated shore connectors.',
  ),
  j(
    'Skerrow Lines said the two diesel ships they replace burn about 1.8 million litres of fuel a year between them. Chief',
    'executive Margit Lund said fuel savings would cover a large part of the extra cost of the new ships within a decade.',
  ),
  j(
    'The regional government is paying for the shore chargers, which will require new power cables to both islands. Work on',
    'the cables is due to start this summer.',
  ),
  j(
    'Island residents welcomed the order but asked for assurances about reliability. "In a winter storm the crossing is the',
    'only way off the island," said Hallo councillor Per Ekdahl. "It has to work every time."',
  ),
  'The company said each ship would carry a small diesel generator for emergencies.',
  j(
    'The order is the first of its kind for the Vendel yard, which has built fishing vessels and offshore supply ships for',
    'more than sixty years. The yard said the contract would secure work for about 250 employees until 2028.',
  ),
  j(
    'Skerrow Lines operates eleven routes along the coast. Its longer crossings, some of which take more than two hours, are',
    'not suited to batteries, and the company said it was still studying other fuels for those routes.',
  ),
];
const kMore = [
  'Harbour town votes to ban cruise ships over 3,000 passengers',
  'Rail link to northern coast delayed by two more years',
  'Fishing quota talks end without agreement',
  'Wind farm cable damaged by trawler, grid operator says',
];
const kHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${kTitle}</title></head>
<body><center><small><a href="/index.php?section=nation&amp;loc=NO&amp;lang=en">&lt; Back to 33k.news Nordic front page</a></small></center>
<h1>${kTitle}</h1>
<small><p><a href="https://www.skerrow-post.example/2026/03/03/ferry-electric">Original source</a> (on modern site) | Article images:
<a href="/image.php?loc=NO&amp;i=https%3A%2F%2Fwww.skerrow-post.example%2Fimg%2Fferry.jpg">[1]</a></p></small>
<p><small>Tue, 03 Mar 2026 09:15 GMT</small></p>
<hr>
${ps(kBody)}
<hr>
<p><b>More headlines:</b></p>
<ul>${links(kMore)}</ul>
<hr>
<p><small><center>33k.news is a hobby project. Headlines via the Nordic news feed. <a href="/about.php">About</a> |
<a href="/rss.php">RSS</a><br>Built for vintage computers and slow connections.</center></small></p>
</body></html>`;
const lite68k: TestPage = {
  name: 'heldout270-68k-news-style-lite-news',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts(kBody),
  bylines: ['Tue, 03 Mar 2026 09:15 GMT'],
  furniture: [
    '< Back to 33k.news Nordic front page',
    'Original source',
    '(on modern site)',
    'Article images:',
    'More headlines:',
    ...kMore,
    '33k.news is a hobby project. Headlines via the Nordic news feed.',
    'About',
    'RSS',
    'Built for vintage computers and slow connections.',
  ],
};

export const HELDOUT270_D: readonly TestPage[] = [lite68k, courier];
