import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 215, file c2: a Man in Seat 61 route page (the logo banner and the "You are here" trail, the "Contents"
 * list that repeats the headings, the "Train times" table, photos in layout tables with their captions, the affiliate
 * boxes for tickets, hotels and insurance inside the text, the AdSense slots, "Back to top" links, the "Support seat61"
 * box, the one-line site search and the small footer), the way this one-person site still builds its pages by hand.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((x) => x.replace(/\s+/g, ' '));
const sTitle = 'Halvern to Castel Moro by train';
const sIntro = paras(`
It is easy to travel from Halvern to Castel Moro by train, and a lot more interesting than flying. There is one comfortable
daytime train every morning along the shore of Lake Orsina, and a sleeper train three nights a week. Either way you arrive in
the middle of the old town, not at an airport an hour outside it.`);
const sH1 = 'Train times';
const sP1 = paras(`
The daytime <b>Orsina Express</b> leaves Halvern Central at 08:12 and arrives in Castel Moro at 15:47, with a short stop at
Valle Bruna where the locomotive is changed. The sleeper leaves on Tuesdays, Thursdays and Saturdays.`);
const sRows = [
  ['Orsina Express', 'Daily', '08:12', '15:47'],
  ['Nordalp sleeper', 'Tue, Thu, Sat', '21:35', '07:20'],
];
const sP2 = ['Times shown are for 2026 and change slightly in December each year. Always check the exact times before you book.'];
const sH2 = 'Fares and how to buy tickets';
const sP3 = paras(`
Tickets go on sale 90 days before departure. Book early and a second class seat on the Orsina Express costs from 29 euros,
rising to around 85 euros if you buy on the day. First class costs from 49 euros and is worth it for the wider seats and the
view, because the first class car is at the lake end of the train.

Sleeper fares start at 59 euros for a couchette in a six-berth compartment, 119 euros for a bed in a three-bed sleeper, and 229
euros for a private deluxe compartment with its own shower. The fare includes a simple breakfast.

You can buy tickets at the railway's own website, which works well in English, or through a European ticket agency, which
charges a small booking fee but lets you pay in pounds or dollars.`);
const sH3 = 'What is the journey like?';
const sP4 = paras(`
For the first hour the line runs through orchards and small market towns. After Valle Bruna it climbs into a series of tunnels,
then comes out above the lake, and for the next ninety minutes you will want to sit on the right-hand side of the train.

There is a bistro car serving hot meals, coffee and local wine, and you can eat at your seat in first class. The train is
air-conditioned, and every seat has a power socket.`);
const sH4 = 'Arriving in Castel Moro';
const sP5 = paras(`
Castel Moro Centrale is a five-minute walk from the cathedral square. Taxis wait outside the main entrance, and bus 4 runs to the
ferry pier for boats to the islands.`);
const sCaption1 = 'The Orsina Express waits at Halvern Central before departure.';
const sCaption2 = 'The view from the right-hand side of the train, a few minutes after Valle Bruna.';
const sTickets = [
  'Buy tickets',
  'I recommend buying at the railway’s own website or at a European ticket agency. Both sell e-tickets you can show on your phone.',
  'Check times and prices',
];
const sHotels = ['Hotels in Castel Moro', 'Find a hotel near the station at Booking.com', 'Check hotel prices'];
const sInsure = ['Travel insurance', 'Always take out travel insurance from a reputable insurer that covers trains and not just flights.'];
const sSupport = ['Support seat61', 'This site is free to use. If it has helped you, you can support it with a small donation.', 'Buy me a coffee'];
const sCrumbs = ['Home', 'Europe', 'Castel Moro'];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Halvern to Castel Moro by train | Orsina Express &amp; Nordalp sleeper times, fares</title>
<meta name="description" content="How to travel from Halvern to Castel Moro by train, with times, fares and how to buy tickets.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/css/seat61.css" type="text/css">
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-4107"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-S61');</script></head>
<body><a name="top"></a>
<table class="header" width="100%" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/seat61-logo.gif" alt="The Man in Seat Sixty-One"
width="600" height="90"></a></td><td class="search"><form action="/search.htm"><input name="q" size="18"> <input type="submit"
value="Search"></form></td></tr></table>
<p class="trail"><span
class="youarehere">You are here:</span> ${sCrumbs.map((c) => `<a href="/${c.toLowerCase().replace(/ /g, '-')}.htm">${c}</a>`).join(' &gt; ')}
&gt; <b>Halvern to Castel Moro</b></p>
<div class="adsense-top"><span class="adlabel">Advertisement</span><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-4107"
data-ad-slot="5528" data-ad-format="auto"></ins><script>(adsbygoogle=window.adsbygoogle||[]).push({});</script></div>
<h1>${sTitle}</h1>
${ps(sIntro)}
<table class="contents" cellpadding="4"><tr><td><b>Contents</b><ul>
${[sH1, sH2, sH3, sH4].map((h, i) => `<li><a href="#s${i}">${h}</a></li>`).join('\n')}</ul></td></tr></table>
<table class="photo" align="right" width="320"><tr><td><img src="/images/orsina-express.jpg" width="320" alt="Orsina Express"></td></tr>
<tr><td class="caption"><i>${sCaption1}</i></td></tr></table>
<h2><a name="s0"></a>${sH1}</h2>
${ps(sP1)}
<table class="times" border="1" cellpadding="4" cellspacing="0"><tr><th>Train</th><th>Runs</th><th>Halvern dep</th><th>Castel Moro arr</th></tr>
${sRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</table>
${ps(sP2)}
<p class="backtotop"><a href="#top">Back to top</a></p>
<h2><a name="s1"></a>${sH2}</h2>
${ps(sP3)}
<table class="affiliate" width="100%" cellpadding="8" bgcolor="#FFF8DC"><tr><td><img src="/images/tickets-icon.png" width="60" alt="">
</td><td><p class="boxhead"><b>${sTickets[0]}</b></p><p>${sTickets[1]}</p><p><a href="https://tickets.example/?aff=s61" rel="sponsored">
<b>${sTickets[2]}</b></a></p></td></tr></table>
<p class="backtotop"><a href="#top">Back to top</a></p>
<h2><a name="s2"></a>${sH3}</h2>
${ps(sP4)}
<table class="photo" width="100%"><tr><td><img src="/images/lake-orsina-view.jpg" width="640" alt="Lake Orsina from the train"></td></tr>
<tr><td class="caption"><i>${sCaption2}</i></td></tr></table>
<div class="adsense-mid"><span class="adlabel">Advertisement</span><ins class="adsbygoogle" style="display:block" data-ad-slot="7731"></ins></div>
<p class="backtotop"><a href="#top">Back to top</a></p>
<h2><a name="s3"></a>${sH4}</h2>
${ps(sP5)}
<table class="affiliate" width="100%" cellpadding="8" bgcolor="#F0F8FF"><tr><td><p class="boxhead"><b>${sHotels[0]}</b></p>
<p><a href="https://www.booking.example/city/castel-moro.html?aid=s61" rel="sponsored">${sHotels[1]}</a></p>
<p><a href="https://www.booking.example/?aid=s61"><b>${sHotels[2]}</b></a></p></td></tr>
<tr><td><p class="boxhead"><b>${sInsure[0]}</b></p><p>${sInsure[1]}</p></td></tr></table>
<p class="backtotop"><a href="#top">Back to top</a></p>
<table class="support" width="100%" cellpadding="8"><tr><td><p class="boxhead"><b>${sSupport[0]}</b></p><p>${sSupport[1]}</p>
<p><a href="https://www.buymeacoffee.example/seat61">${sSupport[2]}</a></p></td></tr></table>
<hr><p class="footer"><a href="/">Home</a> | <a href="/contact.htm">Contact</a> | <a href="/privacy.htm">Privacy &amp; cookies</a> |
<a href="/about.htm">About this site</a></p><p class="copyright">Copyright © 2001-2026 The Man in Seat Sixty-One. All rights reserved.</p>
</body></html>`;
export const seat61Route: TestPage = {
  html: sHtml,
  name: 'heldout215-seat61-route-docs',
  kind: 'docs',
  // the Contents list that repeats the headings is left out; timetable data cells are body, header cells in neither
  // list; the affiliate, insurance and support boxes between the sections are furniture
  title: sTitle,
  headings: [sH1, sH2, sH3, sH4],
  body: [...sIntro, ...texts(sP1), ...sRows.flat(), ...sP2, ...sP3, ...sP4, ...sP5],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'You are here:', ...sCrumbs, 'Halvern to Castel Moro', 'Advertisement', 'Contents', sCaption1, sCaption2, 'Back to top', ...sTickets, ...sHotels,
    ...sInsure, ...sSupport, 'Contact', 'Privacy & cookies', 'About this site', 'Copyright © 2001-2026 The Man in Seat Sixty-One. All rights reserved.',
  ],
};
