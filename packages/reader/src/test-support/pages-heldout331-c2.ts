import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout331-kit.js';

/**
 * Held-out batch 331, file c2: a national park's wildlife page on the NPS template (the "official website" banner, the NPS
 * header, the park header with "Plan Your Visit", the alerts bar, the local left navigation, breadcrumbs, text components with
 * photos and NPS Photo credits, a "Bear Safety" callout list inside the article (its h3 a heading, its items body), the
 * "Last updated" line, the park footer with contact info and Stay Connected, and the nps.gov footer).
 */
const nTitle = 'Black Bears';
const nHeads = ['Where bears live in the park', 'A year in the life of a bear', 'If you meet a bear', 'Bear Safety', 'Report your sightings'];
const nIntro = [
  j(
    'American black bears live throughout the park, from the oak woods along the river to the spruce forests near',
    'the summit ridges. Rangers estimate that between 350 and 400 bears live inside the park boundary, one of the highest densities',
    'in the region.',
  ),
  j(
    'Not all black bears are black. In the park most are glossy black with a brown muzzle, but cinnamon and chocolate brown bears',
    'are seen every year, especially on the drier western slopes.',
  ),
];
const nWhere = [
  j(
    'Bears use every habitat in the park, but they follow the food. In spring they graze on new grass and sedges in the high meadows;',
    'in summer they move into berry patches along old burn scars; and in autumn they gather in the oak and hickory forests of the',
    'lower valleys, where acorns can make up most of their diet.',
  ),
  j(
    'Visitors most often see bears from the Cold Branch Loop Road in the early morning, and along the Sawmill Creek Trail in late',
    'summer when the blackberries ripen.',
  ),
];
const nYear = [
  j(
    'Black bears in the park den from late November to March or April. They do not truly hibernate: their body temperature drops only',
    'a few degrees, and they can wake quickly if disturbed. Many dens are in hollow trees high above the ground.',
  ),
  j(
    'Females give birth in the den in January, usually to two cubs that weigh less than half a kilogram each. The cubs stay with',
    'their mother for about a year and a half, learning where to find food through the seasons.',
  ),
];
const nMeet = ['Most bears avoid people. Bears that learn to find food at campsites or picnic areas lose that fear and often have to be removed.'];
const nMeetList = [
  'Keep at least 50 yards (46 m) away from bears at all times. Approaching within that distance is illegal in the park.',
  'If a bear changes its behavior because of you, you are too close. Back away slowly.',
  'Never run. Stand your ground, make yourself look large and talk in a firm voice.',
  'Store all food and scented items in a vehicle or a bear-proof locker, and use the bear cables in the backcountry.',
  'If a black bear makes physical contact, fight back with anything you have. Do not play dead.',
];
const nReport = [
  j(
    'Rangers track bear activity to decide when to close campsites and trails. If you see a bear near a road, trail or campground,',
    'please tell a ranger at any visitor center or call the park dispatch line, and note the time, the place and what the bear was doing.',
  ),
];
const nLocal = ['Plan Your Visit', 'Learn About the Park', 'Nature', 'Animals', 'Mammals', 'Birds', 'Reptiles and Amphibians', 'Get Involved'];
const nFoot = ['Accessibility', 'Privacy Policy', 'FOIA', 'Notices', 'Disclaimer', 'USA.gov'];
const nHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head>
<meta charset="utf-8"><title>Black Bears - Granite Fork National Park (U.S. National Park Service)</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="Learn about black bears in Granite Fork National Park.">
<meta property="og:title" content="Black Bears - Granite Fork National Park (U.S. National Park Service)">
<meta property="og:site_name" content="National Park Service">
<meta name="park" content="grfo"><meta name="DC.Date" content="2026-03-04">
<link rel="stylesheet" href="/common/commonspot/templates/assets/css/nps.min.css?v=2026.02">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Black Bears","isPartOf":{"@type":"WebSite"
,"name":"Granite Fork National Park"}}</script>
<script>window.NPS = {"park":"grfo","parkName":"Granite Fork National Park"};</script>
</head><body class="no-subnav">
<section class="usa-banner" aria-label="Official government website"><div class="usa-banner__header"><p class="usa-banner__header-text">
An official website of the United States government</p><button class="usa-banner__button" aria-expanded="false">Here's how you know</button></div></section>
<a href="#main" class="skip hidden-print">Skip to main content</a>
<header id="GlobalHeader"><div id="HeaderLogo"><a href="/index.htm">NPS.gov</a></div><nav id="GlobalNav"><ul><li><a href="/index.htm">Park Home</a></li>
<li><a href="/findapark/index.htm">Find a Park</a></li></ul></nav><form id="GlobalSearch"><input type="text" aria-label="Search This Site"></form></header>
<div class="ParkHeader"><div class="ParkHeader-info"><a href="/grfo/index.htm" class="Hero-title">Granite Fork National Park</a>
<span class="Hero-designation">National Park</span><span class="Hero-location">North Carolina</span></div></div>
<div class="AlertsBar"><div class="AlertsBar-title">Alerts In Effect</div><a href="/grfo/planyourvisit/conditions.htm">Dismiss</a>
<p class="AlertsBar-text">Sawmill Creek Trail closed beyond mile 2 due to bear activity</p></div>
<div id="main" role="main" class="container"><div class="row"><div class="col-sm-3 col-sm-push-9 hidden-print LocalNav-col">
<nav id="LocalNav" class="LocalNav" aria-label="Local Navigation"><ul>${links(nLocal, 'has-sub')}</ul></nav></div>
<div class="col-sm-9 col-sm-pull-3"><div class="ColumnMain"><ul class="Breadcrumbs"><li><a href="/grfo/index.htm">Home</a></li>
<li><a href="/grfo/learn/index.htm">Learn About the Park</a></li><li><a href="/grfo/learn/nature/index.htm">Nature</a></li>
<li><a href="/grfo/learn/nature/animals.htm">Animals</a></li><li>Black Bears</li></ul>
<div class="text-content-size text-content-style ArticleTextGroup clearfix"><h1 class="page-title">${nTitle}</h1>
<div class="Component text-content-size text-content-style"><div class="figure -right -medium"><picture><img src="/grfo/learn/nature/images/bear-cubs.jpg"
alt="A black bear sow and two cubs in a tree" title="Bear and cubs"></picture><div class="figcaption"><p>A sow and her two spring cubs near Cold Branch.</p>
<p class="credit">NPS Photo / L. Marchetti</p></div></div>
${ps(nIntro)}
<h2>${nHeads[0]}</h2>
${ps(nWhere)}
<h2>${nHeads[1]}</h2>
${ps(nYear)}
<h2>${nHeads[2]}</h2>
${ps(nMeet)}
<div class="Callout -left"><h3 class="Callout-title">${nHeads[3]}</h3><ul>
${lis(nMeetList)}
</ul></div>
<h2>${nHeads[4]}</h2>
${ps(nReport)}
</div></div>
<div class="ListingList"><h2 class="ListingList-title">Related Articles</h2>
<ul>${links(['Elk in the Cold Branch Valley', 'Why Food Storage Rules Matter'])}</ul></div>
<p class="Component ContentDate">Last updated: March 4, 2026</p>
</div></div></div></div>
<footer id="ParkFooter"><div class="ParkFooter-contact"><h3>Park footer</h3><h4>Contact Info</h4><h5>Mailing Address:</h5>
<p class="adr">1207 Fork Valley Road, Lennox, NC 28799</p><h5>Phone:</h5><p>828 555-0142</p></div>
<div class="ParkFooter-social"><h4>Stay Connected</h4><ul>${links(['Facebook', 'Instagram', 'YouTube'])}</ul></div></footer>
<footer id="GlobalFooter"><div class="GlobalFooter-logo"><p>National Park Service</p><p>U.S. Department of the Interior</p></div>
<ul class="GlobalFooter-links">${links(nFoot)}</ul></footer>
<script src="/common/commonspot/templates/js/federated/nps.min.js?v=2026.02"></script>
</body></html>`;
export const npsWildlife: TestPage = {
  name: 'heldout331-nps-park-wildlife-page',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([...nIntro, ...nWhere, ...nYear, ...nMeet, ...nMeetList, ...nReport]),
  bylines: ['Last updated: March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', "Here's how you know", 'Skip to main content', 'NPS.gov', 'Park Home', 'Find a Park',
    'Granite Fork National Park', 'North Carolina', 'Alerts In Effect', 'Dismiss', 'Sawmill Creek Trail closed beyond mile 2 due to bear activity',
    ...nLocal, 'Home', 'A sow and her two spring cubs near Cold Branch.', 'NPS Photo / L. Marchetti', 'Related Articles',
    'Elk in the Cold Branch Valley', 'Why Food Storage Rules Matter', 'Park footer', 'Contact Info', 'Mailing Address:',
    '1207 Fork Valley Road, Lennox, NC 28799', 'Phone:', '828 555-0142', 'Stay Connected', 'Facebook', 'Instagram', 'YouTube', 'National Park Service',
    'U.S. Department of the Interior', ...nFoot,
  ],
};
