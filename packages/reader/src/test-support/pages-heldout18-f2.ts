import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 18, file f2: an obituary on a Legacy.com-style page (cookie notice, site header with "Search Obituaries"
 * and "Sign In", breadcrumb, the obituary header with name, life dates and location, the "Published by ... from ... to ..."
 * line, portrait, "Send Flowers" / "Share" / "Plant a tree" buttons, the obituary text (the article), "Guest Book" with
 * entries and "Sign the Guest Book", the funeral home card with address and phone, "Service Information", "Sponsored by"
 * flower shop upsell, "Other obituaries in ..." rail and footer).
 */
const lgName = 'Eleanor Margaret Whitcombe';
const lgTitle = `${lgName} Obituary`;
const lgBody = [
  'Eleanor Margaret Whitcombe, 91, of Hollis Falls, passed away peacefully on February 26, 2025, at Maple Ridge Care Center, with her ' +
    'daughters at her side.',
  'She was born on June 4, 1933, in Ashby, Massachusetts, to Walter and Ruth (Dunmore) Penfield, the youngest of five children. She ' +
    'graduated from Ashby High School in 1951 and from Fitchburg State Teachers College in 1955.',
  'Eleanor taught second grade at Hollis Falls Elementary School for thirty-four years. Generations of children learned to read in ' +
    'her classroom, and many of them, grown and with children of their own, still stopped her in the grocery store to say hello.',
  'In 1957 she married Thomas Whitcombe, who survived a long career at the paper mill and forty-nine years of her bridge parties ' +
    'before his death in 2006. Together they built the house on Pine Street where she lived until last spring.',
  'She loved her garden, the Red Sox, a strong cup of tea and a good argument about books. She served for many years on the board ' +
    'of the Hollis Falls Public Library and organized its used book sale every October.',
  'She is survived by her daughters, Susan Clarke and her husband Peter of Keene, New Hampshire, and Anne Whitcombe of Portland, ' +
    'Maine; four grandchildren; and two great-grandchildren.',
  'Calling hours will be held on Monday, March 3, from 4 to 7 p.m. at Bellamy & Sons Funeral Home. In lieu of flowers, donations ' +
    'may be made to the Hollis Falls Public Library.',
];
const lgPublished = 'Published by Hollis Falls Gazette from Mar. 3 to Mar. 5, 2025.';
const lgGuest = [
  {
    who: 'Martha Kellogg',
    when: 'March 4, 2025',
    text: 'Mrs. Whitcombe was my second grade teacher in 1968. I still remember her reading Charlotte’s Web to us.',
  },
  { who: 'The Dubois Family', when: 'March 3, 2025', text: 'Our deepest sympathy to Susan and Anne. She was a wonderful neighbor for over forty years.' },
  { who: 'Gregory Hale', when: 'March 3, 2025', text: 'Eleanor ran the best book sale in the county. Rest well.' },
];
const lgHeader = ['Obituaries', 'Search Obituaries', 'Place an Obituary', 'Funeral Homes', 'Advice & Support', 'Sign In'];
const lgCrumbs = ['Legacy', 'Obituaries', 'Massachusetts', 'Hollis Falls'];
const lgOthers = ['Robert J. Lanigan', 'Dorothy A. Perreault', 'Francis X. Moynihan'];
const lgFoot = [
  'About Legacy',
  'Contact Us',
  'Careers',
  'Privacy Policy',
  'Terms of Use',
  'Do Not Sell or Share My Personal Information',
  '© 2025 Legacy.com All rights reserved.',
];
const lgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${lgTitle} (1933 - 2025) - Hollis Falls, MA - Hollis Falls Gazette</title>
<meta name="description" content="${lgName} Obituary. Eleanor Margaret Whitcombe, 91, of Hollis Falls, passed away peacefully on February 26, 2025">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${lgTitle}","datePublished":"2025-03-03",
"about":{"@type":"Person","name":"${lgName}","birthDate":"1933-06-04","deathDate":"2025-02-26"},
"publisher":{"@type":"Organization","name":"Legacy.com"}}</script>
<script>window.__INITIAL_STATE__={"obituary":{"id":"238119402","personId":"209881234","hasGuestBook":true,"flowersEnabled":true}};</script></head>
<body><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to personalize content and ads,
and to analyze our traffic.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<header class="Header__Container-sc-1f7x9 kMqLYz"><a href="/" aria-label="Legacy.com home"></a><nav><ul>${links(lgHeader, 'Header__NavItem-sc-1f7x9')}</ul>
</nav></header>
<main class="ObituaryPage__Main-sc-9d2k3"><nav aria-label="breadcrumb" class="Breadcrumbs__Nav"><ol>${links(lgCrumbs)}</ol></nav>
<div class="ObituaryHeader__Container-sc-2jd8">
<img class="ObituaryHeader__Photo" src="https://cache.legacy.example/legacy/images/cobrands/hfgazette/photos/whitcombe.jpg"
alt="${lgName} Obituary"><div><h1 class="ObituaryHeader__Name-sc-2jd8 jSfeHq" data-component="ObituaryHeaderName">${lgTitle}</h1>
<p class="ObituaryHeader__Dates">June 4, 1933 - February 26, 2025</p><p class="ObituaryHeader__Location">Hollis Falls, Massachusetts</p></div></div>
<div class="ObituaryActions__Row"><a class="Button__Primary" href="/flowers">Send Flowers</a><button class="Button__Secondary">Share</button>
<a class="Button__Secondary" href="/trees">Plant a tree</a></div>
<section class="ObituaryText__Container-sc-7r2q" data-component="ObituaryText"><div class="ObituaryText__Body">
${ps(lgBody)}
</div><p class="ObituaryText__Published" data-component="PublishedLine">${lgPublished}</p>
<p class="ObituaryText__Arrangements">To plant trees in memory, please visit the <a href="/trees">Sympathy Store</a>.</p></section>
<aside class="FuneralHomeCard__Container-sc-4nq"><h2>Funeral Home</h2><p class="FuneralHomeCard__Name">Bellamy &amp; Sons Funeral Home</p>
<p>41 Elm Street, Hollis Falls, MA 01463</p><p>(978) 555-0182</p><a href="/funeral-homes/bellamy-sons">Visit Funeral Home Website</a>
<h3>Service Information</h3><p>Calling Hours: Monday, March 3, 2025, 4:00 PM - 7:00 PM</p></aside>
<div class="FlowerUpsell__Container"><p class="FlowerUpsell__Sponsor">Sponsored by Hollis Falls Florist</p><p>Send a bouquet to the family of Eleanor</p>
<a href="/flowers">Shop Flowers</a></div>
<section class="GuestBook__Container-sc-8k1" id="guestbook"><h2 class="GuestBook__Heading">Guest Book</h2><p class="GuestBook__Count">3 Entries</p>
<a class="Button__Primary" href="#sign">Sign the Guest Book</a><ul>${lgGuest
  .map(
    (g) => `<li class="GuestBookEntry__Item"><p class="GuestBookEntry__Text">${g.text}</p>
<p class="GuestBookEntry__Author">${g.who}</p><p class="GuestBookEntry__Date">${g.when}</p></li>`,
  )
  .join('\n')}</ul>
<button class="GuestBook__More">Show More Entries</button></section>
<section class="OtherObits"><h2>Other Hollis Falls Gazette obituaries</h2><ul>${links(lgOthers)}</ul></section></main>
<footer class="Footer__Container"><ul>${links(lgFoot)}</ul><p>Legacy.com is the leading provider of online obituaries.</p></footer>
<script src="https://www.legacy.example/obituaries/_next/static/chunks/pages/obituary-3e0b1f.js" async></script></body></html>`;
export const legacy: TestPage = {
  html: lgHtml,
  name: 'heldout18-legacy-obituary',
  kind: 'news',
  // the obituary text is the article (its seven paragraphs are body; no headings); the life dates line and the "Published by
  // ... from Mar. 3 to Mar. 5, 2025." line are bylines (the paper's and dates of the notice); the location line, cookie
  // banner, header nav, breadcrumb, "Send Flowers" / "Share" / "Plant a tree", the tree line, the funeral home card (its
  // name is word for word in the body: left out; address, phone, link, "Service Information", calling hours), the flower
  // upsell, the guest book (an article's comments: heading, count, button, entries with authors and dates, "Show More
  // Entries"), other obituaries and the footer are furniture; "Obituaries" (nav and breadcrumb) and "March 3, 2025" (two
  // guest book entries) are counted once; the breadcrumb's "Hollis Falls" and "Massachusetts" and the card's "Funeral Home" heading
  // are words of the body: left out
  title: lgTitle,
  headings: [],
  body: texts(lgBody),
  bylines: ['June 4, 1933 - February 26, 2025', lgPublished],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalize content and ads, and to analyze our traffic.', 'Accept All Cookies', 'Cookie Settings', ...lgHeader, 'Legacy',
    'Hollis Falls, Massachusetts', 'Send Flowers', 'Share', 'Plant a tree', 'To plant trees in memory, please visit the Sympathy Store.',
    '41 Elm Street, Hollis Falls, MA 01463', '(978) 555-0182', 'Visit Funeral Home Website', 'Service Information',
    'Calling Hours: Monday, March 3, 2025, 4:00 PM - 7:00 PM', 'Sponsored by Hollis Falls Florist', 'Send a bouquet to the family of Eleanor',
    'Shop Flowers', 'Guest Book', '3 Entries', 'Sign the Guest Book',
    ...lgGuest.flatMap((g) => [g.text, g.who]), 'March 4, 2025', 'March 3, 2025', 'Show More Entries',
    'Other Hollis Falls Gazette obituaries', ...lgOthers, ...lgFoot, 'Legacy.com is the leading provider of online obituaries.',
  ],
};
