import { links, ps, type TestPage, texts } from './page-kit.js';
import { itinerary } from './pages-heldout215-f2.js';

/**
 * Held-out batch 215, file f: a national park's trip-planning page on the NPS.gov park template (the "official website of
 * the United States government" banner with its hidden "Here's how you know" text, the NPS header and search, the park
 * name banner with state, the "Alerts In Effect" bar, the park's left menu, breadcrumb, the h1, image credits, the "Last
 * updated" line, the park footer with contact details and "Stay Connected", and the NPS footer) and, from file f2, a
 * tourist board's itinerary article.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((x) => x.replace(/\s+/g, ' '));
const nTitle = 'Plan Your Visit in Winter';
const nIntro = paras(`
Winter transforms Cinder Ridge. From November through April, snow covers the lava fields and the high rim, most park roads
close, and the crowds of summer disappear. Visiting at this time of year takes more planning, but you may have a frozen crater
lake almost to yourself.`);
const nH1 = 'Roads and Access';
const nP1 = paras(`
The North Entrance Road is plowed daily and stays open to the Obsidian Visitor Center throughout the winter, weather
permitting. Rim Drive, the East Entrance Road and all campground roads close after the first heavy snowfall, usually in early
November, and reopen in late May or June.

Chains or traction tires may be required at any time between November 1 and April 30. Check road conditions by calling the
park's recorded information line before you leave home, because cell phone coverage in the park is unreliable.`);
const nH2 = 'Winter Activities';
const nL2 = paras(`
Snowshoe walks led by rangers leave from the visitor center at 1 p.m. on weekends and holidays. Snowshoes are provided free of
charge, and no experience is needed.

Cross-country skiers can follow the unplowed Rim Drive for 6 miles to Pumice Point. The route is marked but not groomed.

Snow camping is permitted with a free backcountry permit, available at the visitor center. Camps must be at least one mile from
plowed roads.`);
const nH3 = 'Facilities';
const nP3 = paras(`
The Obsidian Visitor Center is open daily from 10 a.m. to 4 p.m., except December 25. It has restrooms, a bookstore and
exhibits about the eruption that formed the caldera. Food, fuel and lodging are not available in the park in winter; the
nearest services are in Larch Falls, 22 miles south.`);
const nH4 = 'Safety';
const nP4 = paras(`
Winter storms can arrive quickly and bring whiteout conditions. Carry extra food, water and warm clothing in your vehicle, and
stay well back from the rim, where snow cornices can extend over the cliff edge and collapse without warning.`);
const nGov = ['An official website of the United States government', "Here's how you know"];
const nHidden = 'Official websites use .gov. A .gov website belongs to an official government organization in the United States.';
const nPark = ['Cinder Ridge', 'National Park', 'Oregon'];
const nTop = ['Info', 'Alerts', 'Maps', 'Calendar', 'Fees'];
const nAlerts = ['Alerts In Effect', 'Dismiss', 'View all alerts', 'Rim Drive closed for the season', 'Caution: icy conditions at Pumice Point trailhead'];
const nMenu = ['Plan Your Visit', 'Basic Information', 'Directions', 'Operating Hours & Seasons', 'Fees & Passes', 'Things To Do', 'Eating & Sleeping'];
const nCrumbs = ['Home', 'Plan Your Visit', 'Basic Information'];
const nCredit = 'NPS Photo / R. Delgado';
const nCaption = 'Snowshoers on the rim above the crater in January.';
const nContact = ['Contact Info', 'Mailing Address:', 'PO Box 7', 'Larch Falls, OR 97739', 'Phone:', '541 555-0170', 'Contact Us', 'Stay Connected'];
const nFoot = ['Accessibility', 'Privacy Policy', 'FOIA', 'Notices', 'Disclaimer', 'No Fear Act', 'USA.gov', 'DOI.gov', 'Site Index', 'Español'];
const nHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>Plan Your Visit in Winter - Cinder Ridge National Park (U.S. National Park Service)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Winter roads, activities and facilities at Cinder Ridge.">
<meta property="og:site_name" content="National Park Service"><meta property="og:title" content="Plan Your Visit in Winter - Cinder Ridge National Park">
<meta name="Keywords" content="winter, snowshoe, ski, roads"><link rel="stylesheet" href="/common/commonspot/templates/assets/css/default.min.css">
<script src="/common/commonspot/templates/js/federated-analytics.js" id="_fed_an_ua_tag"></script>
<script>var NPS_PARKCODE = "cire";</script></head>
<body class="HasSubnav ContentPage"><div class="usa-banner"><header class="usa-banner__header"><div class="usa-banner__inner">
<p class="usa-banner__header-text">${nGov[0]}</p><button class="usa-banner__button" aria-expanded="false" aria-controls="gov-banner">
<span class="usa-banner__button-text">${nGov[1]}</span></button></div></header>
<div class="usa-banner__content" id="gov-banner" hidden><p>${nHidden}</p></div></div>
<a href="#skip-to-content" class="SkipNav">Skip to global NPS navigation</a><a href="#main" class="SkipNav">Skip to the main content</a>
<div class="GlobalHeader"><div class="GlobalHeader__Branding"><a href="/index.htm" class="GlobalHeader__Logo">NPS.gov</a>
<a href="/cire/index.htm" class="GlobalHeader__ParkHome">Park Home</a></div><form class="GlobalHeader__Search" role="search">
<label for="global-search" class="sr-only">Search NPS.gov</label><input id="global-search" placeholder="Search"><button>Search</button></form></div>
<div class="ParkBanner"><div class="Hero-titleContainer clearfix"><a href="/cire/index.htm" class="Hero-title">${nPark[0]}</a>
<div class="Hero-designationContainer"><span class="Hero-designation">${nPark[1]}</span><span class="Hero-location">${nPark[2]}</span></div></div>
<ul class="ParkBanner__Links">${links(nTop)}</ul></div>
<div class="AlertBanner" role="region" aria-label="Alerts"><h2 class="AlertBanner__Title">${nAlerts[0]}</h2><button
class="AlertBanner__Dismiss">${nAlerts[1]}</button>
<ul class="AlertBanner__List"><li>${nAlerts[3]}</li><li>${nAlerts[4]}</li></ul><a href="/cire/planyourvisit/conditions.htm">${nAlerts[2]}</a></div>
<div id="main" class="ColumnGrid row" role="main"><div class="ColumnSub"><nav class="LocalNav" aria-label="Park Navigation"><ul>
<li class="has-sub"><a class="LocalNav__Title" href="/cire/planyourvisit/index.htm">${nMenu[0]}</a><ul>${links(nMenu.slice(1))}</ul></li></ul></nav></div>
<div class="ColumnMain"><ul class="breadcrumbs" aria-label="Breadcrumb">${links(nCrumbs)}</ul>
<div class="Component text-content-size text-content-style ArticleTextGroup clearfix"><h1 class="page-title">${nTitle}</h1>
<div class="ContentImage ContentImage-right"><img src="/cire/planyourvisit/images/winter-rim.jpg" alt="Two people snowshoeing on a snowy rim">
<div class="figcredit">${nCredit}</div><div class="figcaption"><p>${nCaption}</p></div></div>
${ps(nIntro)}
<h2>${nH1}</h2>
${ps(nP1)}
<h2>${nH2}</h2>
<ul>${nL2.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${nH3}</h2>
${ps(nP3)}
<h2>${nH4}</h2>
${ps(nP4)}
</div><div class="ContentFooter"><p class="LastUpdated">Last updated: February 3, 2026</p></div></div></div>
<div class="ParkFooter"><div class="ParkFooter__Title"><h2>${nPark[0]} ${nPark[1]}</h2></div><div class="ParkFooter__Contact">
<h3>${nContact[0]}</h3><h4>${nContact[1]}</h4><p class="adr">${nContact[2]}<br>${nContact[3]}</p><h4>${nContact[4]}</h4><p>${nContact[5]}</p>
<a href="/cire/contacts.htm">${nContact[6]}</a></div><div class="ParkFooter__Social"><h3>${nContact[7]}</h3><ul class="SocialIcons">
<li><a href="https://www.facebook.example/CinderRidgeNPS"><span class="sr-only">Facebook</span></a></li>
<li><a href="https://www.instagram.example/cinderridgenps"><span class="sr-only">Instagram</span></a></li></ul></div></div>
<footer class="GlobalFooter"><div class="GlobalFooter__Tagline">National Park Service, U.S. Department of the Interior</div><ul>${links(nFoot)}</ul></footer>
<script src="/common/commonspot/templates/js/compiled/init.min.js"></script></body></html>`;
const park: TestPage = {
  html: nHtml,
  name: 'heldout215-national-park-trip-planning-docs',
  kind: 'docs',
  title: nTitle,
  headings: [nH1, nH2, nH3, nH4],
  body: [...nIntro, ...texts(nP1), ...nL2, ...nP3, ...nP4],
  bylines: ['Last updated: February 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nGov, nHidden, 'Skip to global NPS navigation', 'Skip to the main content', 'NPS.gov', 'Park Home', 'Search NPS.gov', 'Search', ...nPark,
    'Cinder Ridge National Park', ...nTop, ...nAlerts, ...nMenu, ...nCrumbs, nCredit, nCaption, ...nContact, 'Facebook', 'Instagram',
    'National Park Service, U.S. Department of the Interior', ...nFoot,
  ],
};

export const HELDOUT215_F: readonly TestPage[] = [park, itinerary];
