import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 184, file d2: a US National Park Service park history page (the USWDS "official website" banner with its
 * collapsed "Here's how you know" text, the NPS header with search and menu, the park name banner with quick links, the
 * alerts bar, the left park menu, breadcrumb, the h1, figures with captions and "NPS Photo" credits, a pull quote that is
 * part of the text, the "Last updated" line, the Touchpoints "Was this page helpful?" widget, the park contact footer
 * and the NPS footer).
 */
const npTitle = 'History of the Ironworks';
const npIntro = [
  'For nearly a century, the furnace at Kettle Ridge turned the hills of western Pennsylvania into iron. Charcoal from the ' +
    'surrounding forest, ore dug from pits along the ridge and limestone from the creek bed went in at the top of the stack; molten ' +
    'iron ran out at the bottom, day and night, for months at a time.',
];
const npH1 = 'A Company Town in the Woods';
const npP1 = [
  'Ironmaster Josiah Penrose built the first furnace here in 1784. By 1830 the Kettle Ridge plantation covered more than 9,000 ' +
    'acres and supported about 300 people: founders and fillers at the furnace, colliers in the woods, miners, teamsters, ' +
    'blacksmiths and the families who farmed the company’s fields.',
  'Workers were paid in credit at the company store, and many spent their whole lives in debt to the ironmaster. Yet letters and ' +
    'account books also record a close-knit community with its own school, church and annual harvest fair.',
];
const npQuote = 'The furnace never sleeps, and so none of us do either. — Letter of Hannah Greer, a founder’s wife, 1839';
const npH2 = 'Charcoal and the Forest';
const npP2 = [
  'A single day of furnace work consumed roughly an acre of woodland. Colliers cut the trees, stacked the wood into mounds, covered ' +
    'them with earth and burned them slowly for ten days to make charcoal. Visitors can still find the flat, black hearths of ' +
    'charcoal pits on the park’s trails.',
  'Because the forest was cut in rotation every 25 years, the woods around Kettle Ridge today are a patchwork of stands that ' +
    'began growing back at different times.',
];
const npH3 = 'Decline and Preservation';
const npP3 = [
  'Larger coke-fired furnaces near Pittsburgh made charcoal iron too expensive, and the Kettle Ridge furnace was blown out for the ' +
    'last time in 1883. The buildings were abandoned until the Civilian Conservation Corps began stabilizing them in 1936.',
  'Congress designated the site a national historic site in 1938. Since then the National Park Service has restored the furnace ' +
    'stack, the ironmaster’s house, the company store and a row of tenant houses, and archeologists continue to study the ' +
    'homes of the workers.',
];
const npH4 = 'Learn More';
const npList = [
  'Ranger-led furnace talks are held daily at 11 am and 2 pm from Memorial Day to Labor Day.',
  'The visitor center film, Fire on the Ridge, runs every half hour.',
  'Researchers may request access to the park archives by contacting the museum curator.',
];
const npGov = [
  'An official website of the United States government',
  'Here’s how you know',
  'Official websites use .gov. A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS. A lock or https:// means you’ve safely connected to the .gov website.',
];
const npHead = ['National Park Service', 'Search', 'Open Menu'];
const npPark = ['Kettle Ridge Ironworks', 'National Historic Site', 'Pennsylvania'];
const npQuick = ['Info', 'Alerts', 'Maps', 'Calendar', 'Fees'];
const npAlert = [
  'Alerts In Effect',
  'Dismiss',
  'Furnace Trail Partially Closed',
  'The lower section of the Furnace Trail is closed for bridge repairs. Use the Charcoal Hearth Trail detour.',
  'more information on current conditions...',
];
const npMenu = ['Plan Your Visit', 'Learn About the Park', 'History & Culture', 'People', 'Places', 'Stories', 'Nature', 'Education', 'Get Involved'];
const npCaps = [
  'The restored furnace stack, seen from the casting house.',
  'NPS Photo',
  'Colliers at a charcoal mound, around 1875.',
  'NPS Photo / Kettle Ridge Museum Collection',
];
const npHelpful = ['Was this page helpful?', 'Yes', 'No', 'An official form of the United States government. Provided by Touchpoints'];
const npContact = ['Contact Info', 'Mailing Address:', '1200 Furnace Road', 'Elverton, PA 16240', 'Phone:', '814 555-0172', 'Contact Us'];
const npTools = ['Tools', 'FAQ', 'Site Index', 'Español'];
const npFoot = [
  'NPS.gov',
  'Frequently Asked Questions',
  'Website Policies',
  'Accessibility',
  'Privacy Policy',
  'FOIA',
  'Notices',
  'Disclaimer',
  'No FEAR Act',
  'USA.gov',
];
const npFig = (src: string, cap: string, credit: string): string => `<figure class="Figure Figure-center Figure-lg">
<div class="Figure-imageWrapper"><img src="/common/uploads/stories/images/nri/${src}.jpg" alt="${cap}" loading="lazy"></div>
<figcaption class="Figure-caption"><p>${cap}</p><p class="Figure-credit">${credit}</p></figcaption></figure>`;
const npHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>History of the Ironworks - Kettle Ridge Ironworks National Historic Site (U.S. National Park Service)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="The history of the Kettle Ridge furnace and its workers.">
<meta property="og:site_name" content="National Park Service"><meta name="dc.publisher" content="National Park Service">
<meta name="dcterms.modified" content="2025-02-14"><link rel="canonical" href="https://www.nps.gov/keri/learn/historyculture/ironworks.htm">
<link rel="stylesheet" href="/theme/assets/dist/css/main.min.css"><script src="/theme/assets/dist/js/vendor/jquery.min.js"></script></head>
<body id="IntroTemplate" class="no-js"><a href="#main" class="sr-only sr-only-focusable">Skip to global NPS navigation</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<p class="usa-banner__header-text">${npGov[0]}</p><button class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner">
<span class="usa-banner__button-text">${npGov[1]}</span></button></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner" hidden><p>${npGov[2]}</p><p>${npGov[3]}</p></div></div></section>
<div id="GlobalNav"><a class="GlobalNav__logo" href="/index.htm">${npHead[0]}</a><button class="GlobalNav__SearchButton">${npHead[1]}</button>
<button class="GlobalNav__menuButton">${npHead[2]}</button></div>
<div class="ParkHeader" id="HeroBanner"><div class="Hero-title"><a href="/keri/index.htm" class="Hero-title">${npPark[0]}</a>
<div class="Hero-designation"><span>${npPark[1]}</span></div><div class="Hero-location"><span>${npPark[2]}</span></div></div>
<ul class="QuickNav">${links(npQuick, 'QuickNav__item')}</ul></div>
<div class="AlertsBar" role="region" aria-label="Alerts"><div class="AlertsBar__header"><h2>${npAlert[0]}</h2><button>${npAlert[1]}</button></div>
<div class="AlertsBar__alert"><h3 class="Alert__title">${npAlert[2]}</h3><p>${npAlert[3]}</p><a href="/keri/planyourvisit/conditions.htm">${npAlert[4]}</a>
</div></div>
<div class="container" id="main"><div class="row"><div class="col-sm-3 LocalNav-col"><nav id="LocalNav-desktop-nav" class="LocalNav" aria-label="Park Menu">
<ul>${links(npMenu, 'LocalNav__item')}</ul></nav></div>
<div class="col-sm-9 ColumnMain" role="main"><div class="Component text-content-size text-content-style ArticleTextGroup">
<ul class="breadcrumbs">${links(npMenu.slice(1, 3), 'breadcrumbs__item')}</ul>
<h1 class="page-title">${npTitle}</h1>
${npFig('furnace-stack', npCaps[0] ?? '', npCaps[1] ?? '')}
${ps(npIntro)}
<h2>${npH1}</h2>
${ps(npP1)}
<blockquote class="Quote"><p>${npQuote}</p></blockquote>
<h2>${npH2}</h2>
${npFig('colliers', npCaps[2] ?? '', npCaps[3] ?? '')}
${ps(npP2)}
<h2>${npH3}</h2>
${ps(npP3)}
<h3>${npH4}</h3>
<ul>${npList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div>
<div class="PageLastUpdated"><p><strong>Last updated:</strong> February 14, 2025</p></div>
<div class="touchpoints-form-wrapper" id="touchpoints-yes-no-form"><h4 class="fba-modal-title">${npHelpful[0]}</h4>
<button class="usa-button" type="submit">${npHelpful[1]}</button><button class="usa-button" type="submit">${npHelpful[2]}</button>
<p class="fba-form-footer">${npHelpful[3]}</p></div></div></div></div>
<footer class="ParkFooter"><div class="container"><div class="ParkFooter-contact"><h2>${npContact[0]}</h2><h3>${npContact[1]}</h3>
<p class="adr">${npContact[2]}<br>\n${npContact[3]}</p><h3>${npContact[4]}</h3><p>${npContact[5]}</p><a href="/keri/contacts.htm">${npContact[6]}</a></div>
<div class="ParkFooter-tools"><h2>${npTools[0]}</h2><ul>${links(npTools.slice(1))}</ul></div></div></footer>
<footer class="Footer"><ul>${links(npFoot, 'Footer__item')}</ul>
<p class="Footer-agency">U.S. Department of the Interior</p></footer>
<script src="/theme/assets/dist/js/main.min.js"></script></body></html>`;
export const npsHistory: TestPage = {
  name: 'heldout184-nps-park-history',
  kind: 'docs',
  // the quotation of a worker's wife is part of the story (body); "Last updated" is a byline; the gov banner, park
  // banner, alerts, park menu, breadcrumb, captions and credits, the feedback widget and both footers are furniture
  html: npHtml,
  title: npTitle,
  headings: [npH1, npH2, npH3, npH4],
  body: [...texts(npIntro), ...texts(npP1), npQuote, ...texts(npP2), ...texts(npP3), ...texts(npList)],
  bylines: ['Last updated: February 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to global NPS navigation', ...npGov, ...npHead, ...npPark, ...npQuick, ...npAlert,
    ...npMenu, ...npCaps, ...npHelpful, ...npContact, ...npTools, ...npFoot, 'U.S. Department of the Interior',
  ],
};
