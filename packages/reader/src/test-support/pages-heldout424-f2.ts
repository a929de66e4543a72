import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout424-kit.js';

/**
 * Held-out batch 424, file f2: a boat-fishing charter's trip listing page on Webflow (`w-nav` navbar, a hero with the h1 and
 * intro, a CMS collection list of trips (`w-dyn-list` / `w-dyn-item`), each with an h3, a rich-text description, a facts
 * list and a FareHarbor "Book now" button, the FareHarbor lightframe booking widget with its calendar, a reviews strip, a
 * FAQ-style "Good to know" rich text, the footer and a Finsweet cookie consent banner).
 */
const cTitle = 'Sea Fishing Trips from Penmarrow Harbour';
const cIntro = [
  j(
    'All our trips run aboard Sea Ghillie, a 38 foot Cygnus licensed for twelve anglers, skippered by Jory Pascoe. Rods, reels',
    'and bait are included on every trip, and there is a heated wheelhouse and toilet on board.',
  ),
];
type Trip = { name: string; desc: string; facts: readonly string[] };
const cTrips: readonly Trip[] = [
  {
    name: 'Half-Day Mackerel and Bass',
    desc: j(
      'Our most popular trip and ideal for families and first-timers. We fish the bays and headlands close to the harbour with',
      'feathers and light lures, and most days everyone goes home with a bag of fresh mackerel for the barbecue.',
    ),
    facts: ['Duration: 4 hours', 'From £45 per person', 'Ages 8 and up'],
  },
  {
    name: 'Full-Day Reef and Wreck',
    desc: j(
      'A longer trip out to the offshore reefs and two of the wartime wrecks south of the Marrow Light. Expect pollack, ling,',
      'cod and conger, with the chance of something bigger. Suitable for anglers with some experience.',
    ),
    facts: ['Duration: 8 hours', 'From £95 per person', 'Ages 14 and up'],
  },
  {
    name: 'Evening Shark Drift',
    desc: j(
      'From July to September we drift for blue sharks and porbeagle on the offshore banks. All sharks are tagged and released',
      'under the national tagging programme, and the skipper handles every fish at the side of the boat.',
    ),
    facts: ['Duration: 6 hours', 'From £120 per person', 'Ages 16 and up'],
  },
  {
    name: 'Private Charter',
    desc: j(
      'Book the whole boat for your group of up to twelve and choose the species and grounds with the skipper. Popular for',
      'stag parties, work days out and club outings.',
    ),
    facts: ['Duration: 4 to 10 hours', 'From £550 per boat'],
  },
];
const cGoodH = 'Good to know';
const cGood = [
  j(
    'Trips can be cancelled by the skipper at short notice if the weather forecast is unsafe. In that case you will be offered',
    'another date or a full refund.',
  ),
  'Bring warm, waterproof layers and soft-soled shoes, even in summer. Food and drinks are not provided.',
  'Parking is available in the harbour car park, and we meet at the steps by the harbour office 20 minutes before departure.',
];
const cMenu = ['Our Trips', 'The Boat', 'Catch Reports', 'Gift Vouchers', 'Contact'];
const cReviews = [
  '“Brilliant day out, the kids caught more mackerel than they could carry.” Hollie, August 2025',
  '“Jory knows every wreck on this coast. Best ling of my life.” Martin, June 2025',
];
const cFoot = ['Penmarrow Sea Charters, The Quay, Penmarrow', 'Call or text 07700 900412', 'MCA coded vessel, fully insured'];
const trip = (t: Trip, i: number): string => `<div role="listitem" class="trip-item w-dyn-item"><div class="trip-card">
<img src="https://assets-global.website-files.example/64a1/trip-${i}.jpg" loading="lazy" alt="" class="trip-image">
<div class="trip-content"><h3 class="trip-title">${t.name}</h3><div class="trip-description w-richtext"><p>${t.desc}</p></div>
<ul role="list" class="trip-facts w-list-unstyled">${t.facts.map((f) => `<li class="trip-fact">${f}</li>`).join('')}</ul>
<a href="https://fareharbor.example/embeds/book/penmarrowsea/items/${4410 + i}/?full-items=yes&amp;flow=no" class="button fh-button-true-flat-blue w-button">
Book now</a></div></div></div>`;
const cHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-domain="www.penmarrowsea.example" data-wf-page="64a1c0f3e2" data-wf-site="64a1c0f3d9" lang="en"><head><meta charset="utf-8">
<title>Sea Fishing Trips | Penmarrow Sea Charters</title><meta content="Half-day, full-day, shark and private sea fishing trips from Penmarrow."
name="description">
<meta content="Sea Fishing Trips | Penmarrow Sea Charters" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.example/64a1/css/penmarrowsea.webflow.css" rel="stylesheet"
type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"Penmarrow Sea Charters","telephone":"07700 900412"}</script>
<script src="https://fareharbor.example/embeds/api/v1/?autolightframe=yes"></script></head>
<body class="body-trips"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"
aria-label="home"><img src="https://assets-global.website-files.example/64a1/logo.svg"
loading="lazy" alt="Penmarrow Sea Charters" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${cMenu.map((m) => `<a href="/${m.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${m}</a>`).join('\n')}
<a href="https://fareharbor.example/embeds/book/penmarrowsea/?full-items=yes" class="nav-button w-button">Book a Trip</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-trips"><div class="w-container"><h1 class="heading-hero">${cTitle}</h1>
<div class="hero-text w-richtext">${ps(cIntro)}</div></div></section>
<section class="section-trips"><div class="w-container"><div class="trips-list w-dyn-list"><div role="list" class="trips-grid w-dyn-items">
${cTrips.map(trip).join('\n')}
</div></div></div></section>
<section class="section-booking"><div class="w-container"><h2 class="heading-2">Check availability</h2>
<div class="booking-embed w-embed w-iframe"><div class="fh-calendar-wrapper">
<iframe src="https://fareharbor.example/embeds/calendar/penmarrowsea/?fallback=simple"
style="width:100%;height:600px;border:0" title="FareHarbor availability calendar"></iframe>
<noscript><a href="https://fareharbor.example/penmarrowsea/">Book online with FareHarbor</a></noscript></div>
<p class="booking-note">Secure booking powered by FareHarbor. You will not be charged until your trip is confirmed.</p></div></div></section>
<section class="section-reviews"><div class="w-container"><h2 class="heading-2">What our anglers say</h2>
<div class="reviews-grid">${cReviews.map((r) => `<div class="review-card"><p class="review-text">${r}</p></div>`).join('')}</div>
<div class="review-badge">Rated 4.9 from 312 reviews on Tripadvisor</div></div></section>
<section class="section-faq"><div class="w-container"><h2 class="heading-2">${cGoodH}</h2><div class="faq-rich w-richtext">
${ps(cGood)}
</div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-grid">${ps(cFoot, ' class="footer-text"')}
<div class="footer-links">${links(['Instagram', 'Facebook', 'Privacy'], 'footer-link')}</div></div>
<div class="footer-copyright">© 2026 Penmarrow Sea Charters. All rights reserved.</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to the
storing of cookies on your device to enhance site navigation and analyze site usage.</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#"
class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64a1c0f3d9" type="text/javascript"></script>
<script src="https://assets-global.website-files.example/64a1/js/webflow.js" type="text/javascript"></script></body></html>`;
export const webflow: TestPage = {
  name: 'heldout424-webflow-charter-listing',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: [...cTrips.map((t) => t.name), cGoodH],
  body: texts([...cIntro, ...cTrips.flatMap((t) => [t.desc, ...t.facts]), ...cGood]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cMenu, 'Book a Trip', 'Book now', 'Check availability', 'Book online with FareHarbor',
    'Secure booking powered by FareHarbor. You will not be charged until your trip is confirmed.', 'What our anglers say', ...cReviews,
    'Rated 4.9 from 312 reviews on Tripadvisor', ...cFoot, 'Instagram', 'Facebook', 'Privacy', '© 2026 Penmarrow Sea Charters. All rights reserved.',
    'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyze site usage.', 'Preferences', 'Deny',
    'Accept',
  ],
};
