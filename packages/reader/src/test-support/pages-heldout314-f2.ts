import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout314-kit.js';

/**
 * Held-out batch 314, file f2: a music shop's repair-service page written by hand (a static site with a skip link, a
 * header nav, a breadcrumb list, an article with a "last updated" line, a price table, an aside call-out, an inline
 * "Read more" promo, a plain cookie notice and a footer with address and opening hours).
 */
const rTitle = 'Guitar and Amp Repairs';
const rIntro = [
  j(
    'Our workshop at the back of the shop has been fixing instruments for Kelsborough’s musicians since 1998. Luthier Owen',
    'Marchetti looks after guitars, basses, ukuleles and mandolins; amps and effects pedals go to our electronics tech, Farah Idris,',
    'on Tuesdays and Thursdays.',
  ),
];
const rSetup = [
  j(
    'Most instruments that “don’t feel right” need a setup rather than a repair. A full setup covers the truss rod, string',
    'height, intonation and nut slots, a clean and condition of the fretboard, and a fresh set of strings of your choice.',
  ),
  j(
    'Seasonal changes move wooden necks, so we recommend a setup every autumn and spring if you play a lot. Most setups are',
    'ready within three working days.',
  ),
];
const rRows = [
  '<tr><td>Full setup, electric or acoustic</td> <td>£55</td></tr>',
  '<tr><td>Full setup, bass</td> <td>£60</td></tr>',
  '<tr><td>Fret level, crown and polish</td> <td>from £140</td></tr>',
  '<tr><td>Bone nut, made and fitted</td> <td>£65</td></tr>',
  '<tr><td>Amp diagnosis (deducted from any repair)</td> <td>£30</td></tr>',
];
const rAmps = [
  j(
    'Valve amps store lethal voltages even when unplugged, so please do not open them up yourself. Bring the amp in with its',
    'footswitch and a note of what it is doing. We test every amp on a dummy load before and after the repair, and we will',
    'always ask before doing work that costs more than the estimate.',
  ),
];
const rBring = [
  'The instrument in its case or gig bag',
  'Your preferred string gauge, if you have one',
  'Any parts you want fitted, such as pickups or tuners',
  'A phone number we can text when it is ready',
];
const rNav = ['Guitars', 'Keys', 'Drums', 'Lessons', 'Repairs', 'Visit Us'];
const rHtml = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Repairs | Fretwork Music, Kelsborough</title>
<meta name="description" content="Guitar setups, fret work and amp repairs in Kelsborough.">
<link rel="stylesheet" href="/css/site.css?v=14">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"MusicStore","name":"Fretwork Music","address":{"@type":"PostalAddress","streetAddress":"48 Bridge Street",
"addressLocality":"Kelsborough"},"openingHours":"Mo-Sa 09:30-17:30"}
</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-FW2026"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-FW2026');</script>
</head>
<body class="page-repairs">
<a href="#main" class="skip">Skip to main content</a>
<header class="site-head">
  <a href="/" class="brand">Fretwork Music</a>
  <nav class="nav" aria-label="Main"><ul>
    ${rNav.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}.html"${t === 'Repairs' ? ' aria-current="page"' : ''}>${t}</a></li>`).join('\n    ')}
  </ul></nav>
</header>
<ol class="crumbs"><li><a href="/">Home</a></li><li><a href="/services.html">Services</a></li><li aria-current="page">Repairs</li></ol>
<main id="main">
<article class="repairs">
  <h1>${rTitle}</h1>
  <p class="updated">Last updated: 4 March 2026</p>
  <p>${rIntro[0]}</p>
  <h2>Setups</h2>
  ${rSetup.map((p) => `<p>${p}</p>`).join('\n  ')}
  <h2>Workshop prices</h2>
  <table class="prices">
    <thead><tr><th>Job</th> <th>Price</th></tr></thead>
    <tbody>
    ${rRows.join('\n    ')}
    </tbody>
  </table>
  <p class="small">Prices include labour only. Strings and parts are extra.</p>
  <h2>Amps and pedals</h2>
  <p>${rAmps[0]}</p>
  <p class="promo">Read more: <a href="/blog/valve-amp-care.html">Looking after your valve amp between services</a></p>
  <h2>What to bring</h2>
  <ul>
    ${rBring.map((b) => `<li>${b}</li>`).join('\n    ')}
  </ul>
</article>
<aside class="callout">
  <h2>Book a repair</h2>
  <p>No appointment needed for setups: just drop your instrument in during opening hours.</p>
  <p><a class="btn" href="tel:01632960845">01632 960845</a></p>
</aside>
</main>
<footer class="site-foot">
  <p>Fretwork Music, 48 Bridge Street, Kelsborough KB1 4RE</p>
  <p>Open Monday to Saturday, 9:30am to 5:30pm. Closed bank holidays.</p>
  <p><a href="/privacy.html">Privacy</a> · <a href="/terms.html">Terms</a></p>
  <p>© 1998–2026 Fretwork Music</p>
</footer>
<div id="cookie-notice" role="dialog" aria-live="polite">
  <p>We use a small number of cookies to count visitors. <a href="/privacy.html#cookies">Find out more</a></p>
  <button type="button" id="cookie-ok">OK, got it</button>
</div>
<script src="/js/cookie-notice.js" defer></script>
</body>
</html>`;
export const handMusic: TestPage = {
  name: 'heldout314-handwritten-music-shop-repairs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: ['Setups', 'Workshop prices', 'Amps and pedals', 'What to bring'],
  body: texts([...rIntro, ...rSetup, ...rRows, 'Prices include labour only. Strings and parts are extra.', ...rAmps, ...rBring]),
  bylines: ['Last updated: 4 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Fretwork Music', 'Guitars', 'Keys', 'Drums', 'Lessons', 'Visit Us', 'Home', 'Services',
    'Read more: Looking after your valve amp between services', 'Book a repair',
'No appointment needed for setups: just drop your instrument in during opening hours.',
    '01632 960845', 'Fretwork Music, 48 Bridge Street, Kelsborough KB1 4RE', 'Open Monday to Saturday, 9:30am to 5:30pm. Closed bank holidays.',
    'Privacy', 'Terms', '© 1998–2026 Fretwork Music', 'We use a small number of cookies to count visitors.', 'Find out more', 'OK, got it',
  ],
};
