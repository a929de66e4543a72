import { plain, type TestPage, texts } from './page-kit.js';
import { dropClashes, mwHeading, vectorPage } from './pages-heldout151-a2.js';

/**
 * Held-out batch 151, file b2: an English Wikivoyage itinerary (an invented coastal walk) in the Vector 2022 shell of file a2:
 * the geographic breadcrumbs, the page banner with its icon box and the banner's own table of contents, the mapframe with
 * its caption, day sections with listings (map markers, "updated" stamps and edit links), a "Stay safe" section, "Go next",
 * the itinerary status box at the end, the categories and the footer.
 */
const host = 'en.wikivoyage.org';
const page = 'Halvard Coast Way';
const h = (level: 2 | 3, text: string, n: number): string => mwHeading(level, text, host, page, n);
const lead = [
  `The <b>Halvard Coast Way</b> is a 68-km waymarked walking route along the north shore of <a href="/wiki/Westmarch">Westmarch</a>, from the fishing
village of Saltings to the lighthouse at Carrick Point. It follows cliff paths, shingle beaches and old drovers' tracks, and most walkers take four days.`,
];
const hUnderstand = 'Understand';
const understand = [
  `The route was opened in 2009 by joining up a series of rights of way that the coastguard had used to patrol the shore. It is not a wilderness walk: every
night ends in a village with a pub or a guesthouse, and there is a bus back to the start from three of the four overnight stops.`,
  `The coast faces north and catches the weather. Expect wind on most days, and be ready for a sea mist that can roll in within half an hour, even in summer.`,
];
const hPrepare = 'Prepare';
const prepare = [
  'Good walking boots are essential; the cliff paths are narrow and can be slippery after rain. Pack a waterproof jacket whatever the forecast says.',
  `Accommodation in Morrow Head and Kelby is limited and fills up from June to August, so book ahead. Outside the summer, check that the pubs along the
route are serving food before you rely on them for lunch.`,
];
const hGetIn = 'Get in';
const getIn = [
  `Saltings is 40 minutes by bus from the railway station at <a href="/wiki/Port_Averill">Port Averill</a>. Buses run hourly on weekdays and every two hours
on Sundays. If you drive, the car park by the harbour in Saltings allows stays of up to a week.`,
];
const hGo = 'Go';
const days: { head: string; paras: string[]; sleep: { marker: string; li: string; updated: string }[] }[] = [
  {
    head: 'Day 1: Saltings to Morrow Head (17 km)',
    paras: [
      `Leave Saltings along the harbour wall and climb the steps to the cliff top. The first hour is the steepest of the whole walk. After Grey Nab the path
levels out and runs above a string of small coves, with seals often hauled out on the rocks below.`,
    ],
    sleep: [
      {
        marker: '1',
        li: 'The Gull Inn, Harbour Row, Morrow Head. Six rooms above a busy pub. Breakfast is served from 7AM, early enough for walkers. Double from £95.',
        updated: 'updated Jun 2025',
      },
      { marker: '2', li: 'Morrow Head Bunkhouse, Old School Lane. Dormitory beds and a drying room. £28 per bed.', updated: 'updated Apr 2025' },
    ],
  },
  {
    head: 'Day 2: Morrow Head to Kelby (19 km)',
    paras: [
      `The longest day. The path drops to the long shingle beach at Hollin Strand, which is hard going; at low tide you can walk on the firm sand nearer the
water instead. Past the strand, a drovers' track climbs inland around the old quarry before returning to the cliffs above Kelby.`,
    ],
    sleep: [
      {
        marker: '3',
        li: 'Kelby Farm, on the coast path 1 km before the village. Three rooms and a packed lunch on request. From £80.',
        updated: 'updated May 2025',
      },
    ],
  },
  {
    head: 'Day 3: Kelby to Dunwick (16 km)',
    paras: [
      `An easier day along lower cliffs and through the dunes at Sandhaven. The café at Sandhaven car park is the only place to buy food between the two
villages. At high spring tides the beach path below Dunwick is cut off; take the signed inland alternative.`,
    ],
    sleep: [],
  },
  {
    head: 'Day 4: Dunwick to Carrick Point (16 km)',
    paras: [
      `The finest scenery is saved for the end. The path climbs over the headland of Carrick Fell, from which you can see the whole route back to Saltings on
a clear day, and ends at the lighthouse. The keeper's cottage is now a small museum, open from Easter to October.`,
    ],
    sleep: [],
  },
];
const hSafe = 'Stay safe';
const safe = [
  'Keep well back from the cliff edge, especially in wind. Several sections have collapsed in recent winters and diversions are signed.',
  'Check the tide tables before the beach sections on days 2 and 3. The local tourist office in Saltings posts them on its door each morning.',
];
const hNext = 'Go next';
const next = [
  '<a href="/wiki/Port_Averill">Port Averill</a> – the nearest town, with a ferry to the islands.',
  'The <a href="/wiki/Fenmoor_Trail">Fenmoor Trail</a> starts 10 km inland from Carrick Point and continues south for another five days.',
];
const mapCaption = 'Map of Halvard Coast Way';
const status =
  'This itinerary to Halvard Coast Way is a usable article. It explains how to get there and touches on all the major points along the way. An ' +
  'adventurous person could use this article, but please feel free to improve it by editing the page.';
const breadcrumbs = ['Europe', 'Britain and Ireland', 'Westmarch'];
const listing = (s: { marker: string; li: string; updated: string }): string => {
  const [name, ...rest] = s.li.split(', ');
  return `<li><bdi class="vcard" id="${name?.replace(/ /g, '_')}"><span class="listing-marker"><a class="mw-kartographer-maplink" data-style="osm-intl"
data-lat="54.61" data-lon="-3.48" data-zoom="15" data-overlays="[&quot;mask&quot;,&quot;sleep&quot;]">${s.marker}</a></span> <span
class="listing-name"><b>${name}</b></span>,
${rest.join(', ')} <span class="listing-metadata"><span class="listing-metadata-items">&nbsp;(<span class="listing-metadata-item"><i>${s.updated}</i></span>
&nbsp;|&nbsp;<span class="listing-edit"><a href="#" class="listingeditor-edit">edit</a></span>)</span></span></bdi></li>`;
};
const banner = `<div class="ext-wpb-pagebanner noprint pre-content"><div class="wpb-topbanner"><span class="wpb-name">${page}</span>
<span typeof="mw:File"><a href="/wiki/File:Carrick_Point_banner.jpg" class="mw-file-description"><img src="//upload.wikimedia.example/banner.jpg"
class="wpb-banner-image" width="1800" height="300" data-pos-x="0" data-pos-y="0"></a></span><div class="wpb-iconbox"><span typeof="mw:File"><a
href="/wiki/Wikivoyage:Itineraries" title="Itineraries"><img src="//upload.wikimedia.example/Itinerary_icon.svg" width="20" height="20" alt="Itinerary"></a>
</span></div></div><div class="wpb-topbanner-toc"><div class="wpb-banner-toc"><div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">
<ul>${[hUnderstand, hPrepare, hGetIn, hGo, hSafe, hNext]
  .map(
    (t) => `<li class="toclevel-1"><a href="#${t.replace(/ /g, '_')}"><span
class="toctext">${t}</span></a></li>`,
  )
  .join('')}</ul>
</div></div></div></div>`;
const content = `${banner}
<div class="mw-kartographer-container mw-kartographer-full floatright" style="width: 300px;"><div class="thumb tright"><div class="thumbinner"
style="width:300px;"><a class="mw-kartographer-map" style="width: 300px; height: 400px;" data-mw-kartographer="mapframe" data-style="osm-intl"
data-zoom="10" data-lat="54.62" data-lon="-3.31" data-width="300" data-height="400" data-overlays="[&quot;mask&quot;,&quot;do&quot;,&quot;sleep&quot;]"><img
src="https://maps.wikimedia.example/img/osm-intl,10,54.62,-3.31,300x400.png?lang=en" alt="Map" width="300" height="400"></a>
<div class="thumbcaption"><div class="magnify"><a class="mw-kartographer-fullScreen" href="#" title="View map in full
screen"></a></div>${mapCaption}</div></div></div></div>
${lead.map((p) => `<p>${p}\n</p>`).join('\n')}
${h(2, hUnderstand, 1)}
${understand.map((p) => `<p>${p}\n</p>`).join('\n')}
${h(2, hPrepare, 2)}
${prepare.map((p) => `<p>${p}\n</p>`).join('\n')}
${h(2, hGetIn, 3)}
${getIn.map((p) => `<p>${p}\n</p>`).join('\n')}
${h(2, hGo, 4)}
${days
  .map(
    (d, i) => `${h(3, d.head, 5 + i)}
${d.paras.map((p) => `<p>${p}\n</p>`).join('\n')}
${d.sleep.length ? `<ul>\n${d.sleep.map(listing).join('\n')}\n</ul>` : ''}`,
  )
  .join('\n')}
${h(2, hSafe, 9)}
${safe.map((p) => `<p>${p}\n</p>`).join('\n')}
${h(2, hNext, 10)}
<ul>${next.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="article-status noprint" style="border:1px solid #aaa;background:#f9f9f9;padding:0.5em;clear:both"><span typeof="mw:File"><a
href="/wiki/Wikivoyage:Itinerary_status" title="Wikivoyage:Itinerary status"><img src="//upload.wikimedia.example/Symbol_usable_itinerary.svg" width="24"
height="24" alt="Usable"></a></span> <i>This itinerary to <b>Halvard Coast Way</b> is a <a href="/wiki/Wikivoyage:Usable_itinerary">usable</a> article. It
explains how to get there and touches on all the major points along the way. An adventurous person could use this article, but please feel free to improve
it by <a class="external text" href="#">editing the page</a>.</i></div>`;
const shell = vectorPage({
  host,
  siteName: 'Wikivoyage',
  pageName: page,
  titleHtml: `<span class="mw-page-title-main">${page}</span>`,
  tagline: 'From Wikivoyage',
  searchLabel: 'Search Wikivoyage',
  menus: [
    { id: 'navigation', heading: 'Navigation', items: ['Main page', 'Travel destinations', 'Star articles', 'Recent changes', 'Random page'] },
    { id: 'participate', heading: 'Participate', items: ['Tourist office', "Travellers' pub", 'Policies', 'Community portal', 'Help'] },
  ],
  langs: ['Deutsch', 'Français', 'Nederlands'],
  toc: [hUnderstand, hPrepare, hGetIn, hGo, hSafe, hNext].map((t) => ({
    id: t.replace(/ /g, '_'),
    text: t,
    ...(t === hGo ? { sub: days.map((d) => ({ id: d.head.replace(/ /g, '_'), text: d.head })) } : {}),
  })),
  nsTab: 'Page',
  talkTab: 'Discussion',
  tools: ['What links here', 'Related changes', 'Upload file', 'Special pages', 'Permanent link', 'Page information', 'Cite this page', 'Download QR code'],
  printItems: ['Download as PDF', 'Printable version', 'Download GPX', 'Download KML'],
  otherProjects: ['Wikidata item'],
  content,
  categories: ['Usable itineraries', 'Hiking in Westmarch', 'Itineraries in Westmarch', 'Has mapframe'],
  hiddenCategories: ['Pages with maps', 'Has custom banner'],
  lastEdited: 'This page was last edited on 14 July 2025, at 18:22.',
  license: `Text is available under the <a href="#">Creative Commons Attribution-ShareAlike License</a>; additional terms may apply. By using this site, you
agree
to the <a href="#">Terms of Use</a> and <a href="#">Privacy Policy</a>.`,
  footerPlaces: ['Privacy policy', 'About Wikivoyage', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'],
  head: `<meta name="description" content="The Halvard Coast Way is a 68-km walking route along the north shore of Westmarch.">
<meta property="og:image" content="https://upload.wikimedia.example/banner.jpg">`,
  jsonLd: '',
  bodyClass: 'ns-0 ns-subject mw-editable page-Halvard_Coast_Way rootpage-Halvard_Coast_Way',
  beforeContent: `<div class="ext-geocrumbs-breadcrumbs">${breadcrumbs
    .map(
      (b) => `<bdi><a
href="/wiki/${b.replace(/ /g, '_')}">${b}</a></bdi>`,
    )
    .join(' &gt; ')}</div>`,
});

export const wikivoyage: TestPage = dropClashes({
  name: 'heldout151-wikivoyage-itinerary',
  kind: 'wiki',
  html: shell.html,
  // listings are body from their name on (the map marker number before it and the "updated" stamp and edit link after it are
  // furniture); "Go next" items are body; the banner name and the banner's table of contents repeat the title and headings
  title: page,
  headings: [hUnderstand, hPrepare, hGetIn, hGo, ...days.map((d) => d.head), hSafe, hNext],
  body: [
    ...texts([...lead, ...understand, ...prepare, ...getIn]),
    ...days.flatMap((d) => [...texts(d.paras), ...d.sleep.map((s) => s.li)]),
    ...texts([...safe, ...next]),
  ],
  bylines: shell.bylines,
  furniture: [...shell.furniture, ...breadcrumbs, mapCaption, ...days.flatMap((d) => d.sleep.map((s) => s.updated)), status].map((t) => plain(t)),
});
