import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout288-kit.js';
import { weeblyMinutes } from './pages-heldout288-d2.js';

/**
 * Held-out batch 288, file d: a Legacy.com-style obituary (Next.js markup with styled-components classes and data-component
 * names: the site header with search and menu, the obituary header with name, age and place, the "Published by" line, the
 * obituary paragraphs, the funeral home card, the flowers and trees promos, the guest book with entries, "Sign the Guest Book",
 * "Other obituaries", the ad slots, the footer and the consent dialog) and, from file d2, a parish council's minutes page on
 * Weebly.
 */
const gTitle = 'Raymond Alvin Trescothick';
const gBody = [
  j(
    'Raymond Alvin Trescothick, 79, of Marlow Creek, passed away on the first Saturday of March at Wendle General Hospital after a',
    'short illness. Ray was born in Pennick Falls to Harold and Joan Trescothick and graduated from Pennick Falls High School in 1964.',
  ),
  j(
    'He served four years in the U.S. Navy aboard the destroyer USS Calloway, an experience he talked about for the rest of his life.',
    'On his return he joined the Marlow Creek Fire Department as a volunteer and went on to serve as its chief from 1988 until his',
    'retirement in 2006.',
  ),
  j(
    'For thirty-one years Ray ran Trescothick Hardware on Front Street, where he was known for lending tools he could have sold and',
    'for an opinion on every local ball game. He coached Little League for two decades and never missed a Fourth of July parade.',
  ),
  j(
    'Ray is survived by his wife of fifty-four years, Dolores; his sons, Kevin (Lisa) and Brian; his daughter, Renee (Carl) Whitby;',
    'seven grandchildren; and his sister, Patricia Hale. He was preceded in death by his parents and his brother, Dale.',
  ),
  j(
    'Visitation will be held on Thursday from 5 to 8 p.m. at the Brandt-Kuehl chapel on Elm Avenue. A funeral service will follow',
    'on Friday at 10 a.m. at First Lutheran Church, with burial and military honors at Riverside Cemetery.',
  ),
  j(
    'Ray loved nothing more than a morning on Pike Lake with a thermos of coffee and one of his grandchildren, and he kept a',
    'handwritten log of every walleye he ever caught. His family will remember his terrible jokes, his patience and his big laugh.',
  ),
  'Memorials may be directed to the Marlow Creek Volunteer Fire Department or to the Little League field fund.',
];
const gNav = ['Obituaries', 'Search Obituaries', 'Place an Obituary', 'News', 'Advice & Support', 'Funeral Homes', 'Sympathy Store'];
const gGuest = [
  ['Dennis Yoakum', 'March 5, 2026', 'Ray taught half this town how to fix a leaky faucet. Rest easy, Chief.'],
  ['Station 1 Volunteers', 'March 5, 2026', 'Thank you for your service, Chief Trescothick. We have the watch from here.'],
  ['Sandra & Phil Ostrowski', 'March 4, 2026', 'Our thoughts and prayers are with Dolores and the whole family.'],
];
const gOther = ['Eleanor Ruth Vandermeer', 'Charles "Chuck" Biddiscombe', 'Luz Maria Echevarria'];
const gFoot = ['About Legacy', 'Contact Us', 'Careers', 'Privacy Policy', 'Terms of Use', 'Do Not Sell or Share My Personal Information'];
const sc = (c: string, comp: string): string => `class="Box-sc-k4d9w7-0 ${c}" data-component="${comp}"`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${gTitle} Obituary (1946 - 2026) - Marlow Creek - Wendle Valley Gazette</title>
<meta name="description" content="Raymond Alvin Trescothick, 79, of Marlow Creek, passed away after a short illness. Visitation Thursday."/>
<meta property="og:title" content="${gTitle} Obituary (1946 - 2026) - Marlow Creek"/><meta property="og:site_name" content="Legacy.com"/>
<link rel="canonical" href="https://www.legacy.example/us/obituaries/wendlevalleygazette/name/raymond-trescothick-obituary?id=61204733"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gTitle} Obituary","datePublished":"2026-03-04",
"publisher":{"@type":"Organization","name":"Wendle Valley Gazette"}}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<style data-styled="active">.Box-sc-k4d9w7-0{box-sizing:border-box;}.Text-sc-1ve1t8h-0{font-family:"Roboto",sans-serif;}</style></head>
<body><div id="__next"><div ${sc('jyuPmX', 'Layout')}>
<header ${sc('kPZpvP', 'SiteHeader')}><a href="/" aria-label="Legacy home" class="Link-sc-1a8xf5r-0">Legacy</a>
<form role="search" ${sc('fRmCsS', 'HeaderSearch')}><input type="text" placeholder="Search by name" aria-label="Search by name"/><button
type="submit">Search</button></form>
<nav ${sc('hHqMqP', 'SiteNavigation')}><ul>${links(gNav)}</ul></nav></header>
<div ${sc('ad-slot', 'AdSlot')} id="div-gpt-ad-top"><span class="Text-sc-1ve1t8h-0">Advertisement</span></div>
<main ${sc('cLaPgR', 'ObituaryPage')}><div ${sc('bEwHhS', 'ObituaryHeader')}>
<img alt="Raymond Trescothick Obituary" src="https://cache.legacy.example/legacy/images/cobrands/wvg/photos/trescothick.jpg"/>
<h1 class="Text-sc-1ve1t8h-0 kwOzeb" data-component="ObituaryHeaderName">${gTitle}</h1>
<p class="Text-sc-1ve1t8h-0" data-component="ObituaryHeaderDates">1946 - 2026</p>
<p class="Text-sc-1ve1t8h-0" data-component="ObituaryHeaderLocation">Marlow Creek, MN</p>
<div ${sc('dOqLGd', 'ObituaryHeaderActions')}><a href="#guestbook" class="Button-sc-1w9ugv6-0">Sign Guest Book</a>
<a href="/us/obituaries/flowers" class="Button-sc-1w9ugv6-0">Send Flowers</a><button class="Button-sc-1w9ugv6-0">Share</button></div></div>
<section ${sc('jdGnQs', 'ObituaryText')}>
<h2 class="Text-sc-1ve1t8h-0" data-component="ObituaryTextHeading">${gTitle} Obituary</h2>
<div data-component="ObituaryTextBody" class="Box-sc-k4d9w7-0 fhlEOc">
${ps(gBody, ' class="Text-sc-1ve1t8h-0"')}
</div>
<p class="Text-sc-1ve1t8h-0" data-component="ObituaryPublishedBy">Published by Wendle Valley Gazette from Mar. 4 to Mar. 6, 2026.</p></section>
<section ${sc('gJrWqC', 'FuneralHomeCard')}><h2>Arrangements under the care of</h2><p>Brandt-Kuehl Funeral Home</p><p>412 Elm Avenue, Marlow Creek</p>
<a href="/funeral-homes/brandt-kuehl">Funeral Home Details</a></section>
<section ${sc('dQxTza', 'SympathyPromo')}><h2>Sponsored by Legacy</h2><p>To plant trees in memory, please visit the Sympathy Store.</p>
<a href="/sympathy-store/trees">Plant Trees</a></section>
<section id="guestbook" ${sc('ePXAvm', 'GuestBook')}><h2>Guest Book</h2><p>Sign the Guest Book to share a memory or offer condolences.</p>
<a class="Button-sc-1w9ugv6-0" href="/guestbook/sign">Sign the Guest Book</a><ul>
${gGuest
  .map(
    ([n, d, t]) => `<li ${sc('kaJEPn', 'GuestBookEntry')}><p data-component="GuestBookEntryText">${t}</p>
<p data-component="GuestBookEntryAuthor">${n?.replace('&', '&amp;')}</p><p data-component="GuestBookEntryDate">${d}</p></li>`,
  )
  .join('\n')}
</ul><a href="/guestbook?page=2">Show More Guest Book Entries</a></section>
<aside ${sc('hCnBAo', 'OtherObituaries')}><h2>Other obituaries in Wendle Valley Gazette</h2><ul>${links(gOther.map((t) => t.replace(/"/g, '')))}</ul></aside>
</main>
<div ${sc('ad-slot', 'AdSlot')} id="div-gpt-ad-bottom"><span class="Text-sc-1ve1t8h-0">Advertisement</span></div>
<footer ${sc('kYqAcR', 'SiteFooter')}><ul>${links(gFoot)}</ul><p>© 2026 Legacy.com. All rights reserved.</p></footer>
<div role="dialog" aria-label="Privacy" ${sc('cCzXNy', 'ConsentBanner')}><p>We use cookies and similar technologies to improve your experience, personalize ads
and analyze site traffic.</p><button>Accept Cookies</button><button>Cookie Preferences</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"obituary":{"id":61204733,"name":{"fullName":"${gTitle}"},"fromToYears":"1946 - 2026",
"publishedBy":"Wendle Valley Gazette"}}},"page":"/us/obituaries/[affiliate]/name/[slug]","buildId":"lg-8813"}</script></body></html>`;
export const legacy: TestPage = {
  name: 'heldout288-legacy-obituary',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [`${gTitle} Obituary`],
  body: texts(gBody),
  bylines: ['1946 - 2026', 'Published by Wendle Valley Gazette from Mar. 4 to Mar. 6, 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Legacy', 'Search', ...gNav, 'Advertisement', 'Marlow Creek, MN', 'Sign Guest Book', 'Send Flowers', 'Share',
    'Arrangements under the care of', 'Brandt-Kuehl Funeral Home', '412 Elm Avenue, Marlow Creek', 'Funeral Home Details', 'Sponsored by Legacy',
    'To plant trees in memory, please visit the Sympathy Store.', 'Plant Trees', 'Guest Book', 'Sign the Guest Book to share a memory or offer condolences.',
    ...gGuest.flatMap(([n, d, t]) => [n ?? '', d ?? '', t ?? '']), 'Show More Guest Book Entries', 'Other obituaries in Wendle Valley Gazette',
    ...gOther.map((t) => t.replace(/"/g, '')), ...gFoot, '© 2026 Legacy.com. All rights reserved.',
    'We use cookies and similar technologies to improve your experience, personalize ads and analyze site traffic.', 'Accept Cookies', 'Cookie Preferences',
  ],
};

export const HELDOUT288_D: readonly TestPage[] = [legacy, weeblyMinutes];
