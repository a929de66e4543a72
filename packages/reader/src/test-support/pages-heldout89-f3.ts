import { plain } from './page-kit.js';

/** Held-out batch 89, file f3: the Wikivoyage page's listings and texts (file f builds the page from them). */
export interface Listing {
  n: number;
  name: string;
  addr?: string;
  phone?: string;
  hours?: string;
  price?: string;
  text: string;
  updated: string;
}
export const wvIntro = [
  '<b>Kessmoor</b> is a market town of about 4,800 people in the <a href="/wiki/Scottish_Borders" title="Scottish Borders">Scottish Borders</a>, on ' +
    'the north bank of the River Ettan. It makes a quiet, friendly base for walking in the hills to the west and for visiting the abbeys of the ' +
    'Borders, and it has one of the best-preserved High Streets in the region.',
];
export const wvUnderstand = [
  'Kessmoor grew up around a river crossing and a weekly cattle market, and from the late 18th century it became a centre of tweed and knitwear. Two ' +
    'mills still operate, and the old dyeworks by the river has been turned into flats and a small museum.',
  'The town is best known for its Common Riding in June, when several hundred riders follow the principal, known as the Callant, around the old town ' +
    'boundaries. Accommodation is booked out months ahead that week, and the High Street is closed to traffic for much of it.',
];
export const wvTourist: Listing = {
  n: 1,
  name: 'Kessmoor Information Centre',
  addr: 'Market Square',
  phone: '+44 1896 555010',
  hours: 'Apr–Oct: M–Sa 10:00–17:00',
  text: 'Maps, walking leaflets and accommodation bookings.',
  updated: '(updated Apr 2025)',
};
export const wvCar = [
  'Kessmoor is on the A707, about 45 minutes from Edinburgh by car. From the south, leave the A68 at Lauder and follow the signs west over the hill ' +
    'road, which can close in snow.',
];
export const wvBus = [
  'Borders Buses route 62 runs hourly between Edinburgh and Galashiels via Kessmoor (1 hr 20 min from Edinburgh). The nearest railway station is at ' +
    'Tweedbank, 9 miles away, with trains to Edinburgh every half hour; buses connect with most trains.',
];
export const wvAround = [
  'The town centre is compact and easily walked. Taxis wait in Market Square in the evenings; otherwise book ahead. Cycle hire is available from the ' +
    'Kessmoor Bike Shed on Mill Street.',
];
export const wvSee: Listing[] = [
  {
    n: 2,
    name: 'Old Tolbooth',
    addr: 'High Street',
    hours: 'Apr–Oct: daily 10:00–16:00',
    price: '£4, children free',
    text: 'The 17th-century town jail, now a small museum of the town’s textile history, with working looms on Saturday afternoons.',
    updated: '(updated Mar 2025)',
  },
  {
    n: 3,
    name: 'Ettanbank Dyeworks Museum',
    addr: 'Waterside',
    phone: '+44 1896 555033',
    hours: 'W–Su 11:00–16:00',
    price: 'Free',
    text: 'The restored dye house of the old mill, with vats, drying lofts and a very good café on the ground floor.',
    updated: '(updated Aug 2024)',
  },
];
export const wvDo: Listing[] = [
  {
    n: 4,
    name: 'Kessmoor Hill Circuit',
    text: 'A waymarked 7-mile walk from Market Square to the summit cairn and back via the reservoir. Allow four ' + 'hours; boots recommended.',
    updated: '(updated May 2025)',
  },
  {
    n: 5,
    name: 'Kessmoor Common Riding',
    hours: 'Second week of June',
    text: 'Rideouts, a horse race on the haugh, a torchlit procession and a great deal of singing. Spectators are welcome at all of it.',
    updated: '(updated Jun 2025)',
  },
];
export const wvEat: Listing[] = [
  {
    n: 6,
    name: 'The Loom Room',
    addr: '14 High Street',
    phone: '+44 1896 555061',
    hours: 'Tu–Su 09:00–16:00',
    price: 'Mains £8–12',
    text: 'Bright café in a former draper’s shop. Big breakfasts, soup and sandwiches, and excellent cakes.',
    updated: '(updated Sep 2025)',
  },
  {
    n: 7,
    name: 'Drovers Kitchen',
    addr: '2 Bridge Street',
    phone: '+44 1896 555077',
    hours: 'W–Su 17:30–21:00',
    price: 'Mains £15–24',
    text: 'The best dinner in town: local lamb and game, with a short, well-chosen wine list. Book at weekends.',
    updated: '(updated Sep 2025)',
  },
];
export const wvDrink: Listing[] = [
  {
    n: 8,
    name: 'The Cross Keys',
    addr: 'Market Square',
    hours: 'daily 11:00–23:00',
    text: 'The oldest pub in town, with low beams, a real fire and traditional music on Thursday nights.',
    updated: '(updated Jul 2025)',
  },
];
export const wvSleep: Listing[] = [
  {
    n: 9,
    name: 'Ettan House',
    addr: '5 Abbey Road',
    phone: '+44 1896 555092',
    price: 'Doubles from £95',
    text: 'Friendly bed and breakfast in a Victorian villa overlooking the river. Drying room for walkers and secure cycle storage.',
    updated: '(updated Oct 2025)',
  },
  {
    n: 10,
    name: 'Kessmoor Arms Hotel',
    addr: 'High Street',
    phone: '+44 1896 555100',
    price: 'Doubles from £120',
    text: 'Old coaching inn on the High Street with 18 rooms, a restaurant and a busy bar.',
    updated: '(updated Oct 2025)',
  },
];
export const wvNext = [
  '<a href="/wiki/Melrose" title="Melrose">Melrose</a> — its ruined abbey is one of the finest in Scotland, 25 minutes east by car.',
  '<a href="/wiki/Peebles" title="Peebles">Peebles</a> — a larger town to the west, with mountain biking in the forests nearby.',
  'The <a href="/wiki/Southern_Upland_Way" title="Southern Upland Way">Southern Upland Way</a> crosses the hills 4 miles south of the town.',
];
/** The visible details of a listing, as its HTML shows them before the metadata. */
export function listingHtml(l: Listing): string {
  const parts = [`<span class="listing-name"><bdi class="fn org listing-name"><b>${l.name}</b></bdi></span>`];
  if (l.addr) parts.push(`, <span class="listing-address"><bdi class="adr"><span class="street-address">${l.addr}</span></bdi></span>`);
  if (l.phone) {
    const tel = l.phone.replace(/ /g, '');
    parts.push(`, <span class="listing-phone"><span class="listing-phone-symbol" title="Phone">☏</span> <a href="tel:${tel}"
class="tel">${l.phone}</a></span>`);
  }
  parts.push('.');
  if (l.hours) parts.push(` <span class="listing-hours">${l.hours}</span>.`);
  if (l.price) parts.push(` <span class="listing-price">${l.price}</span>.`);
  parts.push(` <span class="listing-content">${l.text}</span>`);
  return parts.join('');
}
/** The body text of a listing (what the list item says before "(updated ...)"). */
export const listingText = (l: Listing): string => plain(listingHtml(l));
