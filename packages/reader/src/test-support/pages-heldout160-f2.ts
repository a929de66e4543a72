import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 160, file f2: an obituary on a local newspaper's Legacy.com page (the Legacy header with "Obituaries",
 * "Funeral Homes" and "Sign in", the newspaper's affiliate banner, the name heading with life dates and place, the
 * "Published by" line, the "Send Flowers" and "Sign Guest Book" buttons, the photo, the obituary text, the funeral home
 * box, the "Sympathy & Funeral Flowers" promo, the "Plant Memorial Trees" box, the guest book with its entries, share
 * links, "More obituaries" cards and the footer).
 */
const lgTitle = 'Eleanor Ruth Vance';
const lgP = [
  'Eleanor Ruth Vance, 87, of Millbrook, passed away peacefully on Wednesday, November 12, 2025, at Brookside Care Center, ' + 'surrounded by her family.',
  'She was born on March 3, 1938, in Harlan Springs, the second of five children of Walter and Ida (Kessler) Brandt. She ' +
    'graduated from Harlan Springs High School in 1956 and earned her teaching certificate from Eastfield State Teachers College ' +
    'two years later.',
  'On June 14, 1959, she married Robert “Bob” Vance at St. Luke’s Lutheran Church. The couple moved to Millbrook in 1961, where ' +
    'Bob farmed and Eleanor taught third grade at Millbrook Elementary School for 31 years. Generations of Millbrook children ' +
    'learned their multiplication tables from “Mrs. V,” and many of them still stopped her at the grocery store decades later ' +
    'to say hello.',
  'Eleanor was a lifelong member of St. Luke’s, where she sang in the choir for more than 50 years and organized the church’s ' +
    'annual quilt auction, which raised money for the county food pantry. She was known for her strawberry rhubarb pie, her ' +
    'flower garden and her handwritten birthday cards, which she sent to every grandchild, niece and nephew without fail.',
  'After retiring, she and Bob traveled to all 48 contiguous states in their camper, keeping a scrapbook of postcards from every ' +
    'stop. She also volunteered at the Millbrook Public Library, reading to preschoolers every Tuesday morning until she was 84.',
  'She is survived by her children, Linda (Gary) Holt of Cedar Falls, Michael (Dawn) Vance of Millbrook, and Susan Vance of ' +
    'Port Jefferson; seven grandchildren; eleven great-grandchildren; her sister, Margaret Lund; and many nieces and nephews.',
  'She was preceded in death by her husband of 58 years, Bob, in 2017; her parents; and her brothers, Harold, Ernest and Paul.',
  'A funeral service will be held at 11 a.m. Saturday, November 22, 2025, at St. Luke’s Lutheran Church in Millbrook, with ' +
    'visitation one hour before the service. Burial will follow at Millbrook Township Cemetery.',
  'In lieu of flowers, memorials may be made to the Millbrook Public Library children’s reading program or to St. Luke’s ' + 'Lutheran Church.',
];
const lgTop = ['Obituaries', 'Funeral Homes', 'Celebrities', 'News & Advice', 'Sympathy Flowers'];
const lgHome = ['Serenity Funeral Home', '410 Main Street', 'Millbrook, OH 44654', '(330) 555-0142', 'Visit Funeral Home Website'];
const lgGuest = [
  { name: 'Carol Dunning', when: 'November 16, 2025', text: 'Mrs. V was my third grade teacher and the reason I became a teacher myself.' },
  { name: 'The Petersen Family', when: 'November 17, 2025', text: 'Our deepest sympathy. Eleanor’s pies at the church suppers will be missed.' },
];
const lgMore = ['Harold J. Krueger', 'Doris Mae Whitley', 'Franklin Ortiz'];
const lgFoot = ['About Us', 'Contact Us', 'Careers', 'Terms of Use', 'Privacy Policy', 'Do Not Sell or Share My Personal Information', 'Accessibility'];
const lgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Eleanor Vance Obituary (1938 - 2025) - Millbrook, OH - The Millbrook Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Eleanor Ruth Vance, 87, of Millbrook, passed away peacefully.">
<meta property="og:site_name" content="Legacy.com"><meta property="og:title" content="Eleanor Vance Obituary (1938 - 2025) - Millbrook, OH">
<link rel="canonical" href="https://www.legacy.com/us/obituaries/millbrookcourier/name/eleanor-vance-obituary?id=59381274">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Eleanor Vance Obituary",
"datePublished":"2025-11-16","publisher":{"@type":"Organization","name":"The Millbrook Courier"},"about":{"@type":"Person","name":"Eleanor Ruth Vance",
"birthDate":"1938-03-03","deathDate":"2025-11-12"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"obituaryId":59381274,"affiliate":"millbrookcourier"}},
"page":"/obituary"}</script></head>
<body><div id="__next"><div class="sc-jRQBWg kOaRnQ" data-component="TopNav"><a href="https://www.legacy.com"><span class="sr-only">Legacy.com</span></a>
<ul>${links(lgTop)}</ul><a href="/account/signin">Sign in</a></div>
<div class="sc-gKclnd fSgpyE" data-component="AffiliateHeader"><a href="https://www.millbrookcourier.example">
<img alt="The Millbrook Courier" src="https://cache.legacy.example/legacy/images/affiliates/millbrookcourier.png"></a>
<a href="https://www.millbrookcourier.example/obituaries">Return to The Millbrook Courier</a></div>
<main data-component="ObituaryPage"><div class="sc-bBXqnf" data-component="ObituaryHeader">
<img data-component="ObituaryPhoto" alt="Eleanor Vance Obituary" src="https://cache.legacy.example/legacy/images/cobrands/millbrookcourier/photos/vance.jpg">
<h1 data-component="NameHeadingText">${lgTitle}</h1><p data-component="LifeDates">March 3, 1938 - November 12, 2025</p>
<p data-component="Location">Millbrook, OH</p>
<div data-component="ObituaryActions"><a class="sc-button" href="/sympathy-flowers">Send Flowers</a>
<a class="sc-button" href="#guestbook">Sign Guest Book</a><button aria-label="Share">Share</button></div></div>
<div data-component="ObituaryText" class="sc-fubCfw">
${ps(lgP.slice(0, 5))}
<div data-component="InlineAd"><span>Advertisement</span></div>
${ps(lgP.slice(5))}
</div>
<p data-component="PublishedBy">Published by The Millbrook Courier on Nov. 16, 2025.</p>
<section data-component="FuneralHomeCard"><h2>Arrangements under the care of</h2>${lgHome.map((t) => `<p>${t}</p>`).join('')}</section>
<section data-component="SympathyStore"><h2>Sympathy & Funeral Flowers</h2><p>Send flowers to the service of Eleanor Vance.</p>
<a href="/sympathy-flowers">Shop Flowers</a></section>
<section data-component="TreePlanting"><h2>Plant Memorial Trees</h2><p>To plant trees in memory, please visit the Sympathy Store.</p></section>
<section id="guestbook" data-component="GuestBook"><h2>Sign Eleanor Vance’s Guest Book</h2><p>Add a message, photo or video</p>
<textarea aria-label="Your message"></textarea><button>Post</button><h3>Guest Book Entries</h3>
${lgGuest.map((g) => `<div data-component="GuestBookEntry"><p>${g.text}</p><p>${g.name}</p><p>${g.when}</p></div>`).join('\n')}
<a href="/guestbook/59381274">See All Entries</a></section>
<section data-component="ShareObituary"><h2>Share this obituary</h2><ul><li><a href="#">Facebook</a></li><li><a href="#">Email</a></li>
<li><a href="#">Copy Link</a></li></ul></section>
<section data-component="MoreObituaries"><h2>More obituaries from The Millbrook Courier</h2><ul>${links(lgMore)}</ul></section></main>
<footer data-component="Footer"><ul>${links(lgFoot)}</ul><p>© 2025 Legacy.com All rights reserved.</p></footer></div>
<script src="https://www.legacy.example/_next/static/chunks/main.js" defer></script></body></html>`;
export const legacyObit: TestPage = {
  name: 'heldout160-legacy-obituary',
  kind: 'news',
  html: lgHtml,
  title: lgTitle,
  headings: [],
  // the life dates and place under the name are in neither list; guest book entries are reader comments (furniture)
  body: texts(lgP),
  bylines: ['Published by The Millbrook Courier on Nov. 16, 2025.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Legacy.com', ...lgTop, 'Sign in', 'Return to The Millbrook Courier', 'Send Flowers', 'Sign Guest Book', 'Share', 'Advertisement',
    'Arrangements under the care of', ...lgHome, 'Sympathy & Funeral Flowers', 'Send flowers to the service of Eleanor Vance.', 'Shop Flowers',
    'Plant Memorial Trees', 'To plant trees in memory, please visit the Sympathy Store.', 'Sign Eleanor Vance’s Guest Book',
    'Add a message, photo or video',
    'Post', 'Guest Book Entries', ...lgGuest.flatMap((g) => [g.text, g.name, g.when]), 'See All Entries', 'Share this obituary', 'Facebook', 'Email',
    'Copy Link', 'More obituaries from The Millbrook Courier', ...lgMore, ...lgFoot, '© 2025 Legacy.com All rights reserved.',
  ],
};
