import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 225, file f2: an eBird trip report page as a signed-out visitor saves it (the skip link, the eBird header
 * with the main menu and "Sign in", the report hero with its title, dates and owner, the tab bar, the stats panel, the
 * owner's trip summary, the species list with counts, the checklists list, the media strip, the "Share" and "Print"
 * buttons, the language menu, the Cornell Lab footer and the cookie notice).
 */
const title = 'Northumberland coast in early spring';
const summary = [
  'Four days on the Northumberland coast with the Ridings Bird Group, timed for the first spring migrants and the last of the ' +
    'wintering wildfowl. Weather was mostly dry with a cold north-easterly on the first two days, which kept the passerines ' +
    'quiet but brought a steady passage of seabirds past the headlands.',
  'Highlights were a Black-throated Diver in summer plumage off Cullernose Point, a flock of 60-plus Twite feeding on the saltmarsh ' +
    'edge at Fenham, and the first Wheatears of the year on the dunes at Ross Back Sands on our last morning. Numbers of ' +
    'Pale-bellied Brent Geese on the Lindisfarne flats were well down on previous years, probably because many had already left.',
];
const h1 = 'Sites visited';
const sites = [
  'Day 1: Low Newton-by-the-Sea scrape and the Long Nanny, late afternoon.',
  'Day 2: Seawatch from Cullernose Point, then Craster woods and the coast path to Dunstanburgh.',
  'Day 3: Holy Island causeway and the Lindisfarne flats on a falling tide, then Fenham Flats hide.',
  'Day 4: Ross Back Sands and Budle Bay, morning only.',
];
const h2 = 'Notes for other birders';
const notes = [
  'The Holy Island causeway crossing times are strict and the tide comes in fast: check them the day before. The Fenham hide ' +
    'is best two hours either side of high water. Parking at Ross is very limited, so please share cars and do not block the ' +
    'farm track.',
  'For anyone planning a similar trip, late March worked well as a compromise. We missed the big winter flocks of Golden Plover ' +
    'that the group saw in February last year, but the seawatching was better than expected and the first migrants made the ' +
    'last two days feel like proper spring. Accommodation in Seahouses was easy to book this early in the season.',
  'We also spent an hour at the Long Nanny watching the little tern wardens set up fencing for the coming season, and they asked ' +
    'us to remind visitors that the beach north of the burn is closed to dogs from April.',
  'All checklists are complete and shared with the group. Counts of geese and waders are estimates from scanning.',
];
const nav = ['Submit', 'Explore', 'My eBird', 'Science', 'About', 'News', 'Help'];
const dates = '21 Mar 2025 – 24 Mar 2025';
const owner = ['Owner', 'Gareth Pennock'] as const;
const tabs = ['Summary', 'Species', 'Checklists', 'Media', 'Contributors'];
const stats = [
  ['112', 'Species observed'],
  ['34', 'Total checklists'],
  ['7', 'Contributors'],
  ['58.2 km', 'Distance traveled'],
] as const;
const species = [
  ['Pale-bellied Brent Goose', '1,420'],
  ['Common Eider', '386'],
  ['Black-throated Diver', '1'],
  ['Twite', '64'],
  ['Northern Wheatear', '5'],
] as const;
const checklists = ['Low Newton-by-the-Sea--scrape, Mar 21, 2025', 'Cullernose Point, Mar 22, 2025', 'Fenham Flats hide, Mar 23, 2025'];
const actions = ['Share', 'Print', 'View all species', 'View all checklists', 'View all media', 'Trip Report'];
const foot = ['Cornell Lab of Ornithology', 'Privacy Policy', 'Terms of Use', 'Accessibility Statement', 'Contact', 'Language', 'English'];
const cookie = 'We use cookies to make our site work and to understand how it is used. Learn more in our Privacy Policy.';
const statsHtml = stats
  .map(([n, l]) => `<li class="Stat"><span class="Stat-count Heading Heading--h3">${n}</span><span class="Stat-label">${l}</span></li>`)
  .join('');
const speciesHtml = species
  .map(
    ([n, c], i) => `<li class="ResultsStats ResultsStats--manageSpecies" id="sp-${i}"><div class="ResultsStats-title"><div class="SpecimenHeader">
<a href="/species/sp${i}"><span class="Heading-main">${n}</span></a></div></div><div class="ResultsStats-stats"><span class="StatsIcon-stat-count">${c}</span>
</div></li>`,
  )
  .join('\n');

const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} - eBird Trip Report</title>
<meta name="description" content="Trip report: ${title}, ${dates}."><meta property="og:title" content="${title} - eBird Trip Report">
<meta property="og:site_name" content="eBird"><link rel="stylesheet" href="https://static.ebird.example/tripreport/css/main.3f8e.css">
<script>window.__INITIAL_STATE__={"tripReportId":318844,"locale":"en","signedIn":false};</script>
<script src="https://static.ebird.example/tripreport/js/main.8b2c.js" defer></script></head>
<body><div id="root"><a href="#main" class="Skip u-showForMedium">Skip to content</a>
<header class="Header" role="banner"><div class="Header-wrapper"><a class="Header-logo" href="https://ebird.example/home"><span
class="is-visuallyHidden">eBird</span>
</a><nav class="PrimaryNav" aria-label="Primary"><ul class="PrimaryNav-list">${links(nav, 'PrimaryNav-item')}</ul></nav>
<div class="Header-account"><a class="Header-signIn" href="https://secure.birds.example/cassso/login">Sign in</a></div></div></header>
<main id="main" class="Page"><div class="Hero Hero--tripReport"><div class="Hero-content"><span class="Hero-kicker">${actions[5]}</span>
<h1 class="Heading Heading--h1 Heading--minor">${title}</h1><div class="Hero-meta"><span class="Hero-dates">${dates}</span>
<span class="Hero-owner"><span class="is-visuallyHidden">${owner[0]}</span><a href="https://ebird.example/profile/MTQ5">${owner[1]}</a></span></div>
<div class="Hero-actions"><button class="Button Button--small Button--hollow" type="button">${actions[0]}</button>
<button class="Button Button--small Button--hollow" type="button">${actions[1]}</button></div></div></div>
<nav class="Tabs" aria-label="Trip report sections"><ul class="Tabs-list" role="tablist">${tabs
  .map((t, i) => `<li class="Tabs-item" role="presentation"><a role="tab" aria-selected="${i === 0}" href="#${t.toLowerCase()}">${t}</a></li>`)
  .join('')}</ul></nav>
<section class="Page-section" id="summary"><div class="Page-section-inner"><ul class="StatsList">${statsHtml}</ul>
<div class="TripReport-summary Prose"><h2 class="Heading Heading--h3">Trip Summary</h2>
${ps(summary)}
<h3>${h1}</h3><ul>${sites.map((s) => `<li>${s}</li>`).join('\n')}</ul>
<h3>${h2}</h3>
${ps(notes)}</div></div></section>
<section class="Page-section" id="species"><div class="Page-section-inner"><h2 class="Heading Heading--h3">Species</h2><ol class="ResultsList">
${speciesHtml}</ol><a class="Button Button--link" href="#species">${actions[2]}</a></div></section>
<section class="Page-section" id="checklists"><div class="Page-section-inner"><h2 class="Heading Heading--h3">Checklists</h2><ul class="ChecklistList">
${links(checklists, 'ChecklistList-item')}</ul><a class="Button Button--link" href="#checklists">${actions[3]}</a></div></section>
<section class="Page-section" id="media"><div class="Page-section-inner"><h2 class="Heading Heading--h3">Media</h2><div class="MediaStrip">
<figure class="MediaThumb"><img src="https://cdn.download.ml.example/api/v1/asset/6120/480" alt="Black-throated Diver"><figcaption>Black-throated Diver
© Gareth Pennock</figcaption></figure></div><a class="Button Button--link" href="#media">${actions[4]}</a></div></section></main>
<footer class="Footer" role="contentinfo"><div class="Footer-wrapper"><a class="Footer-logo" href="https://www.birds.example">${foot[0]}</a>
<ul class="Footer-links">${links(foot.slice(1, 5))}</ul><div class="Footer-language"><span>${foot[5]}</span><select
aria-label="Language"><option>${foot[6]}</option>
<option>Español</option><option>Français</option></select></div><p class="Footer-copy">© 2025 Cornell University</p></div></footer>
<div class="CookieBanner" role="region" aria-label="Cookie notice"><p>${cookie}</p><button class="Button Button--small">Accept</button></div></div>
</body></html>`;

export const ebirdTrip: TestPage = {
  name: 'heldout225-ebird-trip-report-docs',
  kind: 'docs',
  html,
  title,
  // the owner's trip summary (its h2 "Trip Summary" is the label of the panel, in neither list; its h3s are headings) is the
  // article; the stats panel, the generated species and checklists lists and counts, tabs and section labels are furniture
  headings: [h1, h2],
  body: texts([...summary, ...sites, ...notes]),
  bylines: [dates, owner[1]],
  // biome-ignore format: packed furniture
  furniture: [
    'Skip to content', 'eBird', ...nav, 'Sign in', owner[0], ...actions, ...tabs, ...stats.flat(), ...species.flat(), ...checklists,
    'Black-throated Diver © Gareth Pennock', ...foot, 'Español', 'Français', '© 2025 Cornell University', cookie, 'Accept',
  ],
};
