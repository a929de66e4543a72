import { plain, type TestPage, texts } from './page-kit.js';
import { type VectorPage, type VectorSite, vectorPage, vh } from './pages-heldout127-a3.js';
import { notGold, vectorEdited, vectorFurniture, tidy } from './pages-heldout127-a4.js';
import { archwiki } from './pages-heldout127-d2.js';

/**
 * Held-out batch 127, file d: a Wikivoyage town guide in the Vector 2022 skin (from file a3, with Wikivoyage's own sidebar), with
 * the page banner and its status icon above the title, the GeoCrumbs breadcrumb under it, a map frame with its caption, listings
 * whose map-marker numbers and "(updated ...)" stamps sit inside the list items, the article-status box at the end and the
 * categories; and, from file d2, an ArchWiki page.
 */
const title = 'Kestrel Bay';
const slug = 'Kestrel_Bay';
const site: VectorSite = {
  name: 'Wikivoyage',
  host: 'en.wikivoyage.org',
  siteSub: 'From Wikivoyage',
  menus: [
    { id: 'p-navigation', heading: 'Navigation', items: ['Main page', 'Travel destinations', 'Star articles', 'Recent changes', 'Random page'] },
    { id: 'p-help', heading: 'Help', items: ["Travellers' pub", 'How to edit', 'Policies', 'Interlingual lounge', 'Donate'] },
  ],
  userLinks: ['Create account', 'Log in'],
  anonMenu: true,
  tools: ['What links here', 'Related changes', 'Upload file', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL'],
  print: ['Download as PDF', 'Download as GPX', 'Printable version'],
  projects: ['Wikimedia Commons', 'Wikidata item'],
  copyright:
    'Text is available under the <a rel="nofollow" class="external text" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons ' +
    'Attribution-ShareAlike License</a>; additional terms may apply. Images are available under various licenses, see each file description ' +
    'page for more details. By using this site, you agree to the <a class="external text" href="https://foundation.wikimedia.org/wiki/Terms_of_Use">Terms ' +
    'of Use</a> and <a class="external text" href="https://foundation.wikimedia.org/wiki/Privacy_policy">Privacy Policy</a>.',
  places: ['Privacy policy', 'About Wikivoyage', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'],
};
let marker = 0;
interface Listing {
  name: string;
  rest: string;
  color: string;
  updated: string;
}
const listingHtml = (l: Listing): string => {
  marker += 1;
  return `<li><bdi class="vcard" id="${l.name.replace(/\W+/g, '_')}"><span style="display: none;" class="noprint listing-coordinates"><span class="geo"><abbr
class="latitude">55.07${marker}</abbr><abbr class="longitude">-1.51${marker}</abbr></span></span><span class="noprint listing-map"><a
class="mw-kartographer-maplink
mw-kartographer-autostyled" data-mw-kartographer="maplink" data-style="osm-intl" href="/wiki/Special:Map/17/55.07/-1.51/en" title="Map"
style="background: ${l.color};">${marker}</a></span> <span class="listing-name"><b><span class="fn org listing-name">${l.name}</span></b></span>${l.rest}
<span class="listing-metadata"><span class="listing-metadata-items">&#160;<span class="listing-lastedit">(updated ${l.updated})</span></span></span>
<span class="vcard-edit-button noprint">[<a href="#">edit</a>]</span></bdi></li>`;
};
const listingText = (l: Listing): string => plain(`${l.name}${l.rest}`);
const lead = [
  '<b>Kestrel Bay</b> is a fishing town of about 3,000 people on the Northshire coast, at the mouth of the River Lune. It is a quiet base ' +
    'for walking the coastal path, watching the seabird colonies on the Gannet Stacks, and eating some of the best smoked fish on this ' +
    'stretch of coast.',
];
const hUnderstand = 'Understand';
const understand = [
  'The town grew up in the 1700s around a small harbour built to ship lime from the kilns on the headland. Fishing took over in the 1800s, ' +
    'and a dozen boats still land crab, lobster and mackerel on the quay each morning in summer. The old smokehouses behind the harbour give ' +
    'the town its distinctive smell on still days.',
  'The town is busy in July and August and at the Herring Fair on the last weekend of September, and very quiet in winter, when many ' + 'cafés close.',
];
const info: Listing = {
  name: 'Tourist information centre',
  rest: ', Harbour Road, ☏ +44 1632 960411. Apr–Oct: daily 10:00–16:00; Nov–Mar: Sa Su 10:00–14:00. Tide tables, maps, boat trips.',
  color: '#228B22',
  updated: 'Jun 2024',
};
const hGetIn = 'Get in';
const hTrain = 'By train';
const train = [
  'The nearest station is at Lunemouth, 9 km away, on the coast line between Stallbridge and the border. Bus 23 meets most trains; a taxi ' +
    'costs about £18.',
];
const hBus = 'By bus';
const bus = [
  'Bus 23 runs hourly from Lunemouth and every two hours from Stallbridge (1 hr 20 min). On Sundays in winter there are only three buses ' +
    'each way, so check the timetable before you set out.',
];
const hAround = 'Get around';
const around = [
  'The town is small enough to walk everywhere, though the lanes up to the headland are steep. The coastal path runs through the harbour ' +
    'in both directions.',
];
const hSee = 'See';
const see: Listing[] = [
  {
    name: 'Gannet Stacks',
    rest:
      ', 2 km north along the coastal path. Three sea stacks with around 4,000 nesting gannets from April to August. Best seen from the ' +
      'viewpoint on Carr Head.',
    color: '#4682B4',
    updated: 'Mar 2025',
  },
  {
    name: 'Lime Kilns',
    rest: ', Kiln Lane. Always open. Free. A row of four restored eighteenth-century kilns on the headland, with information boards.',
    color: '#4682B4',
    updated: 'Aug 2023',
  },
];
const hDo = 'Do';
const doList: Listing[] = [
  {
    name: 'Stacks boat trips',
    rest:
      ', from the harbour steps, ☏ +44 1632 960588. Apr–Sep, sailings depend on tides and weather. £22, children £12. One-hour trips ' +
      'around the Gannet Stacks; seals are often seen on the rocks.',
    color: '#808080',
    updated: 'Mar 2025',
  },
];
const hEat = 'Eat';
const eat: Listing[] = [
  {
    name: 'The Smokehouse',
    rest:
      ', 6 Harbour Road. Tu–Su 12:00–20:00. £10–18. Kippers, hot-smoked salmon and crab sandwiches from the family that has run the ' +
      'smokehouse behind it since 1921.',
    color: '#D2691E',
    updated: 'Oct 2024',
  },
];
const hDrink = 'Drink';
const drink = ['The Anchor on the quay is the fishermen’s pub and opens at 11:00; the Lune Hotel bar has a fire and a view of the river mouth.'];
const hSleep = 'Sleep';
const sleep: Listing[] = [
  {
    name: 'Lune Hotel',
    rest:
      ', 1 Bridge Street, ☏ +44 1632 960230. Check-in: 15:00, check-out: 10:30. Doubles from £95. Fourteen rooms in an old coaching ' +
      'inn; ask for one on the river side.',
    color: '#000080',
    updated: 'Jan 2025',
  },
];
const hConnect = 'Connect';
const connect = ['Mobile coverage is patchy on the headland and along the path north of Carr Head. The library on Chapel Street has free Wi-Fi.'];
const hGoNext = 'Go next';
const goNext = [
  'Lunemouth – a larger town with a ruined priory and a sandy beach.',
  'Stallbridge – the county town, with a cathedral and the Northshire Museum.',
];
const banner = 'Kestrel Bay banner';
const usable = 'This is a usable article. It has information about how to get in, and some complete entries for restaurants and hotels.';
const crumbs = ['Europe', 'Britain and Ireland', 'United Kingdom', 'England', 'Northshire'];
const mapCaption = 'Map of Kestrel Bay';
const status =
  'This city travel guide to Kestrel Bay is a usable article. It has information about how to get there and on restaurants and hotels. ' +
  'An adventurous person could use this article, but please feel free to improve it by editing the page.';
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ul = (a: readonly Listing[]): string => `<ul>${a.map(listingHtml).join('\n')}</ul>`;
const content = `<div class="mw-kartographer-container thumb tright"><div class="thumbinner" style="width:302px;"><a class="mw-kartographer-map"
data-mw-kartographer="mapframe" data-style="osm-intl" data-width="300" data-height="300" data-lat="55.07" data-lon="-1.51" data-zoom="13"
href="/wiki/Special:Map/13/55.07/-1.51/en"><img src="https://maps.wikimedia.org/img/osm-intl,13,55.07,-1.51,300x300.png" alt="" width="300" height="300"></a>
<div class="thumbcaption"><div class="magnify"><a class="mw-kartographer-fullScreen" title="View in full screen"></a></div>${mapCaption}</div></div></div>
${ps(lead)}
${vh(2, hUnderstand, slug)}
${ps(understand)}
<ul>${listingHtml(info)}</ul>
${vh(2, hGetIn, slug)}
${vh(3, hTrain, slug)}
${ps(train)}
${vh(3, hBus, slug)}
${ps(bus)}
${vh(2, hAround, slug)}
${ps(around)}
${vh(2, hSee, slug)}
${ul(see)}
${vh(2, hDo, slug)}
${ul(doList)}
${vh(2, hEat, slug)}
${ul(eat)}
${vh(2, hDrink, slug)}
${ps(drink)}
${vh(2, hSleep, slug)}
${ul(sleep)}
${vh(2, hConnect, slug)}
${ps(connect)}
${vh(2, hGoNext, slug)}
<ul>${goNext.map((t) => `<li><a href="/wiki/${t.split(' – ')[0]}">${t.split(' – ')[0]}</a> – ${t.split(' – ')[1]}</li>`).join('\n')}</ul>
<table class="article-status-box noprint" style="margin-top:1em"><tbody><tr><td><img alt="" src="//upload.wikimedia.org/wikivoyage/en/Usable.svg"
width="30" height="30"></td><td>This city travel guide to <b>Kestrel Bay</b> is a <b>usable</b> article. It has information about how to get there and on
restaurants and hotels. An adventurous person could use this article, but please feel free to improve it by <a
href="/w/index.php?title=Kestrel_Bay&amp;action=edit"
>editing the page</a>.</td></tr></tbody></table>`;
const page: VectorPage = {
  title,
  slug,
  toc: [hUnderstand, hGetIn, hAround, hSee, hDo, hEat, hDrink, hSleep, hConnect, hGoNext],
  langs: ['Deutsch', 'Français'],
  content,
  cats: ['Has custom banner', 'Has mapframe', 'Has map markers', 'Usable cities', 'Northshire'],
  hidden: [],
  edited: '11 March 2025, at 07:52',
  oldid: 5051276,
  banner: `<div class="ext-wpb-pagebanner noprint pre-content"><div class="wpb-topbanner"><a href="/wiki/File:Kestrel_Bay_banner.jpg" class="image"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/5/5b/Kestrel_Bay_banner.jpg/1800px.jpg" class="wpb-banner-image" alt="${banner}"></a>
<div class="wpb-iconbox"><a href="/wiki/Wikivoyage:Usable_article" title="${usable}"><img alt="${usable}" src="//upload.wikimedia.org/usable.svg"
width="20" height="20"></a></div></div></div>`,
  subtitle: `<span class="ext-geocrumbs-breadcrumbs">${crumbs.map((c) => `<bdi><a href="/wiki/${c.replace(/ /g, '_')}">${c}</a></bdi>`).join(' &gt; ')} &gt;
${title}</span>`,
};
const listings = [info, ...see, ...doList, ...eat, ...sleep];
const wikivoyage: TestPage = {
  name: 'heldout127-wikivoyage-destination',
  kind: 'wiki',
  html: vectorPage(site, page),
  // a listing is body from its name to the end of its description; its map-marker number and "[edit]" are in neither list and
  // its "(updated ...)" stamp is a byline; the breadcrumb, the map caption and the article-status box are furniture
  title,
  headings: [hUnderstand, hGetIn, hTrain, hBus, hAround, hSee, hDo, hEat, hDrink, hSleep, hConnect, hGoNext],
  body: [
    ...texts([...lead, ...understand]),
    listingText(info),
    ...texts([...train, ...bus, ...around]),
    ...[...see, ...doList, ...eat].map(listingText),
    ...texts(drink),
    ...sleep.map(listingText),
    ...texts([...connect, ...goNext]),
  ],
  bylines: [vectorEdited(page), ...new Set(listings.map((l) => `(updated ${l.updated})`))],
  furniture: notGold([...vectorFurniture(site, page), ...crumbs, mapCaption, status], [title, hUnderstand, hGetIn, hAround, hSee, hDo, hEat, hConnect]),
};

export const HELDOUT127_D: readonly TestPage[] = [wikivoyage, archwiki].map(tidy);
