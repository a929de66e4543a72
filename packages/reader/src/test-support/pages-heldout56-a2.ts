import { plain, type TestPage, texts } from './page-kit.js';
import { type VectorSite, vectorBottom, vectorFurniture, vectorTop } from './pages-heldout56-a3.js';

/**
 * Held-out batch 56, file a2: a Wikivoyage destination guide on the Vector 2022 skin (the skin's chrome from file a3, the
 * geo breadcrumbs, the page banner with its own contents bar, the Kartographer map with caption, "[edit]" links, listings as
 * vcards with Wikidata icons, phone, hours, prices and "(updated ... | edit)" metadata, the "Go next" list, the article-status
 * box, categories and the footer). The village and all its places are invented.
 */
const wvTitle = 'Halsvik';
const wvUnderstand = [
  'Halsvik is a village of about 900 people on the north shore of the Sognefjord, where the fjord narrows between steep walls of rock and ' +
    'birch forest. For most of its history it lived from fishing, fruit farming and the steamers that called at its quay, and the old wooden ' +
    'houses along the waterfront still look much as they did a century ago.',
  'Today Halsvik is a quiet base for hiking and kayaking, with far fewer visitors than the better-known villages further east. Many services ' +
    'close between October and April, so check opening times before you travel out of season.',
];
const wvBoat = [
  'The express boat between Bergen and Sogndal stops at Halsvik quay twice a day in each direction. The trip from Bergen takes about three ' +
    'and a half hours and costs around 650 kr one way; tickets are cheaper if bought online in advance.',
];
const wvCar = [
  'From the E39, follow road 55 east for 48&#160;km. The last stretch is a narrow road with passing places, and it is sometimes closed by ' +
    'rockfall after heavy rain. There is free parking by the quay.',
];
const wvAround = [
  'The village itself is small enough to walk around in twenty minutes. Bicycles can be rented from the shop at the quay, and a taxi boat ' +
    'will take you to the farms on the far side of the fjord if you call a day ahead.',
];
const wvDo = [
  'The most popular walk climbs from the church to the summit of <b>Skardsnipa</b> (1,012&#160;m), with views along the fjord in both ' +
    'directions. The trail is steep but well marked; allow five to six hours for the round trip and carry water, as there are no streams ' +
    'on the upper part.',
];
interface Listing {
  name: string;
  alt?: string;
  wd?: string;
  addr?: string;
  phone?: string;
  hours?: string;
  checkin?: string;
  price?: string;
  content: string;
  updated: string;
}
const wvSee: Listing[] = [
  {
    name: 'Halsvik Church',
    wd: 'Q11987231',
    addr: 'Kyrkjevegen 2',
    hours: 'Jun\u2013Aug: daily 10:00\u201317:00',
    price: 'Adults 60 kr',
    content: 'A white wooden church from 1741 with a painted ceiling and an unusual carved pulpit showing fishermen hauling in their nets.',
    updated: 'Jul 2025',
  },
  {
    name: 'Fjord Fruit Museum',
    alt: 'Fruktmuseet',
    addr: 'Strandvegen 14',
    phone: '+47 57 70 12 34',
    hours: 'Tu\u2013Su 11:00\u201316:00, closed Oct\u2013Apr',
    price: 'Adults 90 kr, children free',
    content: 'Tells the story of the orchards that once covered the hillsides, with a tasting room for the local cider.',
    updated: 'May 2024',
  },
];
const wvDoList: Listing[] = [
  {
    name: 'Halsvik Kajakk',
    addr: 'at the quay',
    phone: '+47 912 34 567',
    price: 'Half-day guided trip from 750 kr',
    content: 'Kayak rental and guided paddles to the waterfalls on the southern shore. No experience is needed for the shorter trips.',
    updated: 'Jun 2025',
  },
];
const wvEat: Listing[] = [
  {
    name: 'Kaikanten',
    addr: 'Strandvegen 3',
    hours: 'Daily 12:00\u201321:00 in summer',
    price: 'Mains 240\u2013380 kr',
    content: 'Fish soup and the catch of the day, served on a terrace above the water. Book ahead in July.',
    updated: 'Aug 2025',
  },
  {
    name: 'Bakeriet',
    addr: 'Strandvegen 8',
    hours: 'Mo\u2013Sa 08:00\u201316:00',
    content: 'The village bakery, known for its cinnamon buns and cardamom bread.',
    updated: 'Aug 2025',
  },
];
const wvSleep: Listing[] = [
  {
    name: 'Halsvik Fjordhotell',
    wd: 'Q56201944',
    addr: 'Strandvegen 1',
    phone: '+47 57 70 10 00',
    checkin: '15:00',
    price: 'Doubles from 1,650 kr',
    content: 'A restored hotel from the 1890s with balconies over the fjord. Rooms in the old wing are smaller but have more character.',
    updated: 'Mar 2025',
  },
  {
    name: 'Skardet Camping',
    addr: '2 km west of the village',
    price: 'Pitches 250 kr, cabins from 700 kr',
    content: 'Simple campsite with a shared kitchen and a small pebble beach.',
    updated: 'Sep 2024',
  },
];
const wvNext = [
  '<a href="/wiki/Sogndal" title="Sogndal">Sogndal</a> \u2013 the regional centre, 90 minutes away by express boat, with a wider choice of shops and ' +
    'restaurants.',
  '<a href="/wiki/Vik" title="Vik">Vik</a> \u2013 for the stave church at Hopperstad, across the fjord by the Vangsnes ferry.',
];
const listing = (l: Listing): string =>
  `<li><bdi class="vcard" id="${l.name.replace(/ /g, '_')}"><span class="listing-name"><span class="fn org listing-name"><bdi>${l.name}</bdi></span></span>` +
  (l.alt === undefined ? '' : ` (<span class="listing-alt">${l.alt}</span>)`) +
  (l.wd === undefined
    ? ''
    : `<span class="listing-metadata"><span class="listing-metadata-items">&nbsp;<a href="https://www.wikidata.org/wiki/${l.wd}" class="external"><img ` +
      `alt="${l.name} on Wikidata" src="//upload.wikimedia.org/wikipedia/commons/thumb/f/ff/Wikidata-logo.svg/20px-Wikidata-logo.svg.png" width="20" ` +
      `height="11"></a></span></span>`) +
  (l.addr === undefined ? '' : `, <span class="listing-address">${l.addr}</span>`) +
  '.' +
  (l.phone === undefined ? '' : ` <span class="listing-phone"><a href="tel:${l.phone.replace(/ /g, '')}">\u260e ${l.phone}</a></span>.`) +
  (l.hours === undefined ? '' : ` <span class="listing-hours">${l.hours}</span>.`) +
  (l.checkin === undefined ? '' : ` <span class="listing-checkin">Check-in: ${l.checkin}</span>.`) +
  (l.price === undefined ? '' : ` <span class="listing-price">${l.price}</span>.`) +
  ` <span class="listing-content">${l.content}</span><span class="listing-metadata"><span class="listing-metadata-items">&nbsp;(<span ` +
  `class="listing-lastedit">updated ${l.updated}</span> | <span class="listing-edit"><a href="#" class="listing-edit-button">edit</a></span>)</span></span>
</bdi></li>`;
const listingGold = (l: Listing): string => plain(listing(l)).split(' (updated ')[0] ?? '';
const ul = (ls: Listing[]): string => `<ul>\n${ls.map(listing).join('\n')}\n</ul>`;
const sec = (lvl: number, n: number, h: string): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${h.replace(/ /g, '_')}">${h}</h${lvl}><span class="mw-editsection"><span ` +
  `class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Halsvik&amp;action=edit&amp;section=${n}"><span>edit</span></a><span ` +
  `class="mw-editsection-bracket">]</span></span></div>`;
const wvH = ['Understand', 'Get in', 'By boat', 'By car', 'Get around', 'See', 'Do', 'Eat', 'Sleep', 'Go next'];
const wvCrumbs = ['Europe', 'Scandinavia', 'Norway', 'Western Norway', 'Vestland'];
const wvTop = wvH.filter((h) => !['By boat', 'By car'].includes(h));
const wvStatus =
  'This city travel guide to Halsvik is a usable article. It has information about how to get there and on restaurants and hotels. An ' +
  'adventurous person could use this article, but please feel free to improve it by editing the page.';
const wvCats = ['Usable cities', 'Vestland', 'Has custom banner', 'Has map markers'];
const wvLast = 'This page was last edited on 2 August 2025, at 17:46';
const wvSite: VectorSite = {
  site: 'Wikivoyage',
  host: 'en.wikivoyage.org',
  sub: 'From Wikivoyage',
  menu: [
    ['Navigation', ['Main page', 'Travel destinations', 'Star articles', 'Recent changes', 'Random page']],
    ['Help', ['Travellers\u2019 pub', 'Help', 'Interlingual lounge', 'Upload file', 'Special pages']],
  ],
  langs: ['Deutsch', 'Italiano', 'Norsk bokmål'],
  toc: wvH.map((h) => [h.startsWith('By ') ? 2 : 1, h]),
  title: wvTitle,
  slug: wvTitle,
  footerAbout: 'About Wikivoyage',
  last: wvLast,
  preContent: `<div id="contentSub"><div id="mw-content-subtitle"><span class="ext-geocrumbs-breadcrumbs">${wvCrumbs
    .map((c) => `<bdi dir="ltr"><a href="/wiki/${c.replace(/ /g, '_')}" title="${c}">${c}</a></bdi>`)
    .join(' &gt; ')} &gt; <bdi dir="ltr">Halsvik</bdi></span></div></div>
<div class="ext-wpb-pagebanner noprint pre-content"><div class="wpb-banner-image-panorama wpb-topbanner"><h1 class="wpb-name">Halsvik</h1>
<a href="/wiki/File:Halsvik_banner.jpg" class="image"><img alt=""
src="//upload.wikimedia.org/wikipedia/commons/thumb/3/3a/Halsvik_banner.jpg/1800px-Halsvik_banner.jpg"
 class="wpb-banner-image" data-pos-x="0" data-pos-y="0.1"></a><div class="wpb-iconbox"></div></div><div class="wpb-topbanner-toc"><div class="wpb-banner-toc">
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
 style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
 for="toctogglecheckbox"></label></span></div><ul>${wvTop
   .map((h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h.replace(/ /g, '_')}"><span class="toctext">${h}</span></a></li>`)
   .join('\n')}</ul></div></div></div></div>`,
};
const wvHtml = `${vectorTop(wvSite)}
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<figure class="mw-kartographer-map mw-halign-right" typeof="mw:File/Frame"><a class="mw-kartographer-map" style="width: 300px; height: 300px;"
 data-mw-kartographer="mapframe" data-style="osm-intl" data-zoom="14" data-lat="61.1702" data-lon="6.3307" data-overlays="[&quot;mask&quot;,&quot;all&quot;]"
 href="/wiki/Special:Map/14/61.1702/6.3307/en"><img src="https://maps.wikimedia.org/img/osm-intl,14,61.1702,6.3307,300x300.png?lang=en" alt="Map" width="300"
 height="300" decoding="async"></a><figcaption>Map of Halsvik</figcaption></figure>
<p><b>Halsvik</b> is a fjord village in <a href="/wiki/Vestland" title="Vestland">Vestland</a>, on the quiet middle stretch of the Sognefjord.\n</p>
${sec(2, 1, 'Understand')}
${wvUnderstand.map((p) => `<p>${p}\n</p>`).join('\n')}
${sec(2, 2, 'Get in')}
${sec(3, 3, 'By boat')}
<p>${wvBoat[0]}\n</p>
${sec(3, 4, 'By car')}
<p>${wvCar[0]}\n</p>
${sec(2, 5, 'Get around')}
<p>${wvAround[0]}\n</p>
${sec(2, 6, 'See')}
${ul(wvSee)}
${sec(2, 7, 'Do')}
<p>${wvDo[0]}\n</p>
${ul(wvDoList)}
${sec(2, 8, 'Eat')}
${ul(wvEat)}
${sec(2, 9, 'Sleep')}
${ul(wvSleep)}
${sec(2, 10, 'Go next')}
<ul>${wvNext.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<table class="article-status noprint" style="clear: both; width: 100%; margin-top: 1em;"><tbody><tr><td style="width: 40px;"><span typeof="mw:File"><a
 href="/wiki/Wikivoyage:City_article_status"><img alt="" src="//upload.wikimedia.org/wikipedia/commons/thumb/f/f4/Usable.svg/30px-Usable.svg.png"
 width="30" height="30"></a></span></td><td style="padding-left: 0.5em;">${wvStatus.replace(
   'Halsvik is a usable article',
   '<b>Halsvik</b> is a ' + '<b>usable</b> article',
 )}
</td></tr></tbody></table>
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://en.wikivoyage.org/w/index.php?title=Halsvik&amp;oldid=5012876"
>https://en.wikivoyage.org/w/index.php?title=Halsvik&amp;oldid=5012876</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
 title="Special:Categories">Categories</a>: <ul>${wvCats.map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`).join('')}</ul>
</div></div>
</div></main></div>
${vectorBottom(wvSite)}
</body></html>`;
const wvListings = [...wvSee, ...wvDoList, ...wvEat, ...wvSleep];
export const wikivoyage: TestPage = {
  html: wvHtml,
  name: 'heldout56-wikivoyage',
  kind: 'wiki',
  // the one-line intro, the section paragraphs, every listing (name, address, phone, hours, price and description: the
  // guide's own entries) and the "Go next" items are the body; each listing's "(updated ... | edit)" tail is furniture (an
  // editing aid, not the guide's date); the geo breadcrumbs, map caption, banner contents bar (the headings' own words, in
  // neither list), the article-status box, categories and the skin's chrome are furniture; "This page was last edited" is the
  // byline; "Vestland" (a breadcrumb and a category) is a word of the intro: left out
  title: wvTitle,
  headings: wvH,
  body: [
    'Halsvik is a fjord village in Vestland, on the quiet middle stretch of the Sognefjord.',
    ...texts(wvUnderstand),
    ...texts(wvBoat),
    ...texts(wvCar),
    ...texts(wvAround),
    ...wvSee.map(listingGold),
    ...texts(wvDo),
    ...wvDoList.map(listingGold),
    ...wvEat.map(listingGold),
    ...wvSleep.map(listingGold),
    ...texts(wvNext),
  ],
  bylines: [wvLast],
  furniture: [
    ...vectorFurniture(wvSite),
    ...wvCrumbs.filter((c) => c !== 'Vestland'),
    'Map of Halsvik',
    ...new Set(wvListings.map((l) => `updated ${l.updated}`)),
    wvStatus,
    'Retrieved from "https://en.wikivoyage.org/w/index.php?title=Halsvik&oldid=5012876"',
    'Categories',
    ...wvCats.filter((c) => c !== 'Vestland'),
  ].filter((t, i, all) => all.indexOf(t) === i),
};
