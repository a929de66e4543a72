import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout288-kit.js';

/**
 * Held-out batch 288, file c2: a funeral home's obituary page on a FrontRunner-style funeral home site (the home's header with
 * phone number and menu, the obituary header with photo, name and life dates, the obituary text, the service details card,
 * "Send Flowers" and "Plant a Tree" buttons, the share row, the guestbook with "Sign Guestbook" and four entries, "Recent
 * Obituaries", the footer and the cookie bar). The guestbook entries are comments on the article: furniture.
 */
const fTitle = 'Margaret Ellen Dunworth';
const fBody = [
  j(
    'Margaret Ellen Dunworth, known to everyone as Peggy, died peacefully at home in Ashby Cross on the 24th of February, surrounded by',
    'her family. She was 88.',
  ),
  j(
    'Peggy was born on the 3rd of June 1937 in Carrow Mills, the youngest of five children of Walter and Edith Pryce. She left school at',
    'fifteen to work in the mill office, and it was at a dance in the mill canteen that she met Tom Dunworth, who asked her three',
    'times before she agreed to go to the pictures with him. They were married at St Aidan’s in 1958 and had sixty-one years together.',
  ),
  j(
    'After raising their three children, Peggy trained as a school secretary and spent twenty-two years at Ashby Cross Primary, where',
    'generations of pupils knew her as the person with a plaster, a biscuit and a kind word. She retired in 1999 but never quite',
    'stopped helping out, running the school’s second-hand uniform stall until she was well into her seventies.',
  ),
  j(
    'She was a keen gardener, a fierce Scrabble player and a loyal member of the Ashby Cross Women’s Institute, where her lemon',
    'drizzle cake won the annual show so often that she was eventually asked to judge instead.',
  ),
  j(
    'Peggy was preceded in death by her husband Tom in 2019 and by her brothers Arthur and Leonard. She is survived by her children',
    'Susan (Mark), David (Anita) and Claire; her grandchildren Hannah, Josh, Amelia and Ruby; and her great-grandson Alfie.',
  ),
  j(
    'In lieu of flowers, the family asks that donations be made to the Ashby Cross Community Nursing Team, whose care in her final',
    'months meant so much to them all.',
  ),
];
const fNav = ['Home', 'Obituaries', 'Our Services', 'Pre-Planning', 'Grief Support', 'About Us', 'Contact'];
const fService = [
  'Visitation',
  'Thursday, March 5, 2026',
  '4:00 PM - 6:00 PM',
  'Hollins & Rea Funeral Home, 18 Station Road, Ashby Cross',
  'Funeral Service',
  'Friday, March 6, 2026',
  '11:00 AM',
  'St Aidan’s Church, Ashby Cross',
];
const fGuest = [
  ['Karen Whitlow', 'March 1, 2026', 'Mrs Dunworth was the heart of Ashby Cross Primary. She looked after all of us. Thinking of you all.'],
  ['The Okoro family', 'February 28, 2026', 'So sorry to hear this news. Peggy was a wonderful neighbour for over thirty years.'],
  ['Jean Marsh', 'February 27, 2026', 'Nobody made a drizzle cake like Peggy. The WI will miss her dearly.'],
  ['Hollins & Rea Funeral Home', 'February 26, 2026', 'Our deepest sympathy to the Dunworth family. It is an honour to serve you.'],
];
const fRecent = ['Leonard Francis Pike', 'Irene Mabel Stott', 'Gordon James Whitely'];
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Obituary information for ${fTitle}</title><meta name="description"
content="View Margaret Ellen Dunworth's obituary, service details and sign the guestbook.">
<meta property="og:title" content="Obituary for ${fTitle} | Hollins &amp; Rea Funeral Home"><meta property="og:type" content="article">
<link rel="stylesheet" href="/themes/frontrunner/css/obituary.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"${fTitle}","birthDate":"1937-06-03",
"deathDate":"2026-02-24"}</script>
<script>var frObituary = {"obId":5521087,"fhId":2214,"bomEnabled":true,"flowerStore":"https://flowers.example/hollinsrea"};</script></head>
<body class="obituary-page fr-theme-classic"><div class="fh-topbar"><span class="fh-phone">Call us 24/7: (01632) 960 771</span></div>
<header class="fh-header"><a class="fh-logo" href="/"><img src="/images/logo.png" alt="Hollins &amp; Rea Funeral Home"></a>
<nav class="fh-nav" aria-label="Main navigation"><ul class="nav navbar-nav">${links(fNav)}</ul></nav></header>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/obituaries">Obituaries</a></li><li class="active">${fTitle}</li></ol>
<div id="obituary" class="container obituary-container"><div class="row"><div class="col-md-8">
<div class="obituary-header"><div class="obit-photo"><img src="/obituaries/photos/dunworth.jpg" alt="Photo of Margaret Dunworth"></div>
<h1 class="obituary-title" itemprop="name">${fTitle}</h1><div class="obit-dates"><span class="dob">June 3, 1937</span> - <span
class="dod">February 24, 2026</span></div>
</div>
<div class="obituary-actions"><a class="btn btn-flowers" href="/obituaries/dunworth/flowers">Send Flowers</a>
<a class="btn btn-tree" href="/obituaries/dunworth/trees">Plant a Tree</a></div>
<div class="obituary-text" id="obituary-text" itemprop="description">
${ps(fBody)}
</div>
<div class="obit-share"><span class="share-title">Share Obituary</span><a href="#fb" class="share-fb">Facebook</a><a href="#tw" class="share-tw">Twitter</a>
<a href="#em" class="share-email">Email</a><a href="#pr" class="share-print">Print</a></div>
<section id="tribute-wall" class="bom-guestbook"><div class="guestbook-header"><h2>Guestbook</h2><a class="btn btn-primary" href="#sign">Sign Guestbook</a>
</div>
<ul class="guestbook-entries">
${fGuest
  .map(
    ([n, d, t]) => `<li class="guestbook-entry"><div class="entry-author">${n?.replace('&', '&amp;')}</div><div class="entry-date">${d}</div>
<div class="entry-text"><p>${t}</p></div></li>`,
  )
  .join('\n')}
</ul><a class="guestbook-more" href="#more">Load more entries</a></section></div>
<aside class="col-md-4 obituary-sidebar"><div class="service-card"><h2>Services</h2>
<dl class="service-list">${fService.map((t, i) => (i % 4 === 0 ? `<dt>${t}</dt>` : `<dd>${t.replace('&', '&amp;')}</dd>`)).join('\n')}</dl>
<a class="btn btn-default" href="/obituaries/dunworth/directions">Get Directions</a><a class="btn btn-default"
href="/obituaries/dunworth/ics">Add to Calendar</a></div>
<div class="recent-obits"><h2>Recent Obituaries</h2><ul>${links(fRecent)}</ul><a href="/obituaries">View All Obituaries</a></div></aside></div></div>
<footer class="fh-footer"><p>Hollins &amp; Rea Funeral Home, 18 Station Road, Ashby Cross AC3 1LP</p><p>Family owned since 1921</p>
<p>© 2026 Hollins &amp; Rea Funeral Home. All Rights Reserved. Funeral Home website by FrontRunner</p></footer>
<div class="cookie-bar" id="cookieConsent"><span>This site uses cookies to provide the best experience.</span><button id="cookieAccept">OK</button></div>
<script src="/themes/frontrunner/js/bom.min.js"></script></body></html>`;
export const funeralHome: TestPage = {
  name: 'heldout288-frontrunner-funeral-obituary',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fBody),
  bylines: ['June 3, 1937', 'February 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Call us 24/7: (01632) 960 771', ...fNav, 'Send Flowers', 'Plant a Tree', 'Share Obituary', 'Facebook', 'Twitter', 'Email', 'Print', 'Guestbook',
    'Sign Guestbook', ...fGuest.flatMap(([n, d, t]) => [n ?? '', d ?? '', t ?? '']), 'Load more entries', 'Services', ...fService, 'Get Directions',
    'Add to Calendar', 'Recent Obituaries', ...fRecent, 'View All Obituaries', 'Hollins & Rea Funeral Home, 18 Station Road, Ashby Cross AC3 1LP',
    'Family owned since 1921', '© 2026 Hollins & Rea Funeral Home. All Rights Reserved. Funeral Home website by FrontRunner',
    'This site uses cookies to provide the best experience.',
  ],
};
