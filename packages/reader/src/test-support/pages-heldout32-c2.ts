import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 32, file c2: a DER SPIEGEL International story (spiegel.de/international: Tailwind-style utility classes,
 * data-area attributes, the "International" nav with "Deutsche Version", the headline as an h2 holding its topline, the
 * intro, the authors line, the date with its print-issue note, reading time and the "Merkliste" bookmark button, share
 * icons, photo captions each with a "Photo:" credit line, body text blocks with h3 subheads, a "Related Articles" box inside
 * the text, the "More on the topic" links, the German-labelled footer and a JSON-LD script).
 */
const spTopline = 'Rural Germany';
const spTitle = 'The Village That Bought Its Own Train Station';
const spIntro =
  'When Deutsche Bahn announced it would close the station in Kleinwaldau, residents of the Hessian village did something unusual: ' +
  'they pooled their savings and bought it. Three years later, the trains still stop there. A visit.';
const spH = ['A Cooperative With 412 Members', 'Not Every Village Can Do This'];
const spBody1 = [
  'At 6:41 every weekday morning, the regional train to Frankfurt slows into Kleinwaldau, and about thirty people step on. Most of ' +
    'them have no idea that the platform under their feet belongs to the pensioner selling coffee from a kiosk by the stairs, and to ' +
    'the baker across the road, and to more than four hundred of their neighbors.',
  'In 2022, the railway told the village council that the station would be taken out of service. Fewer than 150 passengers a day ' +
    'used it, the building was in poor repair, and the stop added two minutes to a line that was already running late. The council ' +
    'protested, as councils do. Then Renate Hollweg, a retired tax adviser, asked a question at a public meeting that nobody had ' +
    'thought to ask: what would it cost to buy it?',
];
const spBody2 = [
  'The answer, after a year of negotiation, was €185,000 for the station building and a long lease on the platform, plus a promise ' +
    'to maintain both. Hollweg founded a cooperative, set the price of a share at €250 and knocked on doors. By the end of 2023, the ' +
    'cooperative had 412 members, a third of the village’s adults, and enough money to close the deal and repair the roof.',
  'The railway, for its part, agreed to keep the stop in the timetable as long as the cooperative covered the costs of lighting, ' +
    'cleaning and winter service. The members do much of it themselves. There is a rota for clearing snow, and a group chat ' +
    'that lights up whenever a lamp goes out.',
  'The old ticket hall is now a café, run by the cooperative and staffed partly by volunteers. Upstairs, a physiotherapist rents ' +
    'two rooms, and the village library moved into the former stationmaster’s flat last spring. Passenger numbers have risen to ' +
    'around 230 a day, partly because a bus line now connects the station to two neighboring villages.',
];
const spBody3 = [
  'Transport researchers who have studied the project say it is an encouraging but hard-to-copy example. “Kleinwaldau had a ' +
    'station building worth saving, a line that was not about to be shut entirely, and a handful of people with professional ' +
    'skills and a lot of time,” says Matthias Brenner of the Technical University of Darmstadt. “Many small places have none ' +
    'of those things.”',
  'Hollweg agrees. She has been invited to speak in more than twenty villages, and she tells all of them the same thing: the ' +
    'building is the easy part. The hard part is the rota. “You need people who will get up at five in January to salt the stairs,” ' +
    'she says. “Money doesn’t do that.”',
  'This spring, the cooperative will pay its first dividend: €4 per share, to be paid out, at the members’ request, in café vouchers.',
];
const spRelated = ['Germany’s Rail Crisis: Why Nothing Runs on Time Anymore', 'Shrinking Villages: Life After the Last Bus'];
const spNav = ['Germany', 'World', 'Europe', 'Business', 'Zeitgeist', 'Opinion', 'Deutsche Version'];
const spMore = ['Deutsche Bahn', 'Rail Transport', 'Hesse'];
const spFoot = ['Abonnement', 'Newsletter', 'Hilfe & Service', 'Impressum', 'Datenschutz', 'Nutzungsbedingungen', 'Cookies & Tracking', 'Kündigen'];
const spCap1 = 'Renate Hollweg on the platform in Kleinwaldau: “The building is the easy part.”';
const spCap2 = 'The former ticket hall, now a café run by the cooperative';
const spText = (ps: readonly string[], pos: number): string =>
  `<div data-area="text" data-pos="${pos}"><div class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 ` +
  `sm:px-16 break-words word-wrap">${ps.map((p) => `<p>${p}</p>`).join('\n')}</div></div>`;
const spHead = (t: string): string => `<h3 class="lg:w-8/12 md:w-10/12 lg:mx-auto font-sansUI font-bold text-xl mb-16">${t}</h3>`;
const spFig = (cap: string, credit: string): string =>
  `<figure data-area="image" class="relative"><picture><img src="https://cdn.prod.www.spiegel.de/images/kleinwaldau.jpg" alt=""></picture>
<figcaption class="font-sansUI text-s"><p>${cap}</p><p class="text-shade-dark">${credit}</p></figcaption></figure>`;
const spHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${spTopline}: ${spTitle} - DER SPIEGEL</title>
<meta name="description" content="${spIntro}"><script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
"headline":"${spTopline}: ${spTitle}","author":[{"@type":"Person","name":"Jonas Riedel"},{"@type":"Person","name":"Paula Ostermann"}],
"datePublished":"2026-01-17T13:00:00+01:00","publisher":{"@type":"Organization","name":"DER SPIEGEL"}}</script></head>
<body class="bg-white dark:bg-black"><div id="wrapper"><a href="#Inhalt" class="sr-only">Skip to content</a>
<header data-area="header" class="relative"><a href="/international/" title="DER SPIEGEL International"><svg></svg></a>
<nav data-area="navigation" aria-label="International"><ul>${links(spNav, 'inline-block')}</ul></nav>
<a href="/abo/" class="font-sansUI">Subscribe</a><a href="/account/" class="font-sansUI">Log In</a></header>
<main id="Inhalt"><article aria-label="${spTitle}" data-area="article" data-sara-article-id="a-3f6c1e2d">
<header data-area="intro" class="lg:pb-32"><h2 class="lg:mb-24 md:mb-24 sm:mb-16 font-brandUI lg:text-4xl">
<span class="text-primary-base dark:text-dm-primary-base font-sansUI font-bold text-m block mb-8">${spTopline}</span>
<span class="align-middle">${spTitle}</span></h2>
<div class="RichText RichText--sans leading-loose lg:text-xl md:text-xl sm:text-l lg:mb-32">${spIntro}</div>
<div class="font-sansUI text-primary-base text-base mb-12" data-area="author"><span>By <a href="/impressum/autor-jonas-riedel">Jonas Riedel</a>
and <a href="/impressum/autorin-paula-ostermann">Paula Ostermann</a> in Kleinwaldau</span></div>
<div class="font-sansUI text-shade-dark text-s"><time datetime="2026-01-17 13:00:00" class="timeformat">17.01.2026, 13.00 Uhr</time>
<span> • from DER SPIEGEL 4/2026</span></div>
<div class="flex items-center" data-area="article-actions"><span class="text-s">8 Min</span>
<button data-sara-click-el="bookmark" aria-label="Add article to your Merkliste">Merkliste</button>
<button data-area="share" aria-label="Share article">Share</button><ul class="hidden" data-area="share-menu"><li>X.com</li><li>Facebook</li>
<li>E-Mail</li><li>Messenger</li><li>WhatsApp</li><li>Copy link</li></ul></div></header>
${spFig(spCap1, 'Photo: Lukas Wenninger / DER SPIEGEL')}
<section class="relative" data-area="body">
${spText(spBody1, 1)}
${spHead(spH[0] ?? '')}
${spText(spBody2.slice(0, 2), 2)}
<div data-area="related_articles" class="lg:w-8/12 md:w-10/12 lg:mx-auto border-t border-b"><p class="font-sansUI font-bold">Related Articles</p>
<ul>${links(spRelated, 'py-8')}</ul></div>
${spText(spBody2.slice(2), 3)}
${spFig(spCap2, 'Photo: Lukas Wenninger / DER SPIEGEL')}
${spHead(spH[1] ?? '')}
${spText(spBody3, 4)}
</section><footer data-area="article-footer"><div data-area="topic_pills"><p class="font-sansUI">More on the topic</p><ul>${links(spMore)}</ul></div>
</footer></article></main>
<footer data-area="footer" class="bg-shade-lightest"><a href="/" title="DER SPIEGEL"><svg></svg></a><ul>${links(spFoot)}</ul>
<p class="text-s">Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung der DER SPIEGEL GmbH &amp; Co. KG</p></footer></div>
<script>window.SPIEGEL=window.SPIEGEL||{};window.SPIEGEL.channel="international";window.SPIEGEL.contentType="article";</script></body></html>`;
export const spiegelStory: TestPage = {
  html: spHtml,
  name: 'heldout32-spiegel-international-story',
  kind: 'news',
  // the headline span inside the h2 is the title; the topline in the same h2 ("Rural Germany") is a kicker: furniture; the
  // intro is body, the two h3s the headings; the authors' names and the date are bylines ("By", "and" and "in Kleinwaldau"
  // left out; "Kleinwaldau" is a body word), the print-issue note "from DER SPIEGEL 4/2026" too; the reading time, "Merkliste",
  // share menu, both captions with their photo credit (once: the two lines are the same), "Related Articles" (inside the text
  // section), "More on the topic" pills, nav, header links and the German footer are furniture; the pills' "Deutsche Bahn" is a
  // body phrase: left out
  title: spTitle,
  headings: spH,
  body: [spIntro, ...texts(spBody1), ...texts(spBody2), ...texts(spBody3)],
  bylines: ['Jonas Riedel', 'Paula Ostermann', '17.01.2026, 13.00 Uhr', 'from DER SPIEGEL 4/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...spNav, 'Subscribe', 'Log In', spTopline, '8 Min', 'Merkliste', 'X.com', 'Facebook', 'E-Mail', 'Messenger', 'WhatsApp', 'Copy link',
    spCap1, 'Photo: Lukas Wenninger / DER SPIEGEL', 'Related Articles', ...spRelated, spCap2, 'More on the topic', 'Rail Transport', 'Hesse', ...spFoot,
    'Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung der DER SPIEGEL GmbH & Co. KG',
  ],
};
