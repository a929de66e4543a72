import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 209, file b2: a Zoopla "Discover" area guide (the Next.js page with hashed class names, the header with
 * "Sign in" and "List your property", breadcrumbs, the hero with author and "Last updated" date, the "In this guide" jump
 * list, the average prices table, a mid-article "Find out what your home is worth" promo, the "Property for sale in ..."
 * links, the "More area guides" rail, the app banner, the consent banner and the footer).
 */
const zpTitle = 'Living in Harrowgate Hill, Darlington: area guide';
const zpIntro =
  'A leafy suburb on the northern edge of Darlington, Harrowgate Hill mixes Victorian terraces, inter-war semis and newer estates, ' +
  'with good schools, a busy local high street and quick routes onto the A1(M).';
const zpH = ['Why live in Harrowgate Hill?', 'Property in Harrowgate Hill', 'Schools', 'Transport links', 'Things to do'];
const zpP1 = [
  'Harrowgate Hill grew up around the old Great North Road in the late nineteenth century and still has the feel of a village that ' +
    'was swallowed by a town. North Road runs through the middle, lined with independent shops, a butcher, two bakeries and a ' +
    'handful of cafés, and the surrounding streets are quiet and green.',
  'It is popular with families moving out of the town centre for more space, and with commuters who want a short drive to the ' +
    'motorway without giving up the convenience of Darlington’s shops and station.',
];
const zpP2 = [
  'The oldest housing is the grid of red-brick terraces between North Road and Harrowgate Lane, many of which have been extended ' +
    'into the loft. Further out, tree-lined avenues of 1930s semi-detached houses are the most sought after, and newer estates to ' +
    'the north offer three- and four-bedroom detached homes built in the last twenty years.',
  'Prices are below the average for Darlington as a whole for terraces but above it for semis and detached houses. The average ' +
    'price paid in the last twelve months was around £198,000, and rents for a three-bedroom house typically run from £850 to £1,000 a month.',
];
const zpTable: string[][] = [
  ['Terraced', '£132,500', '£675 pcm'],
  ['Semi-detached', '£214,000', '£895 pcm'],
  ['Detached', '£318,750', '£1,250 pcm'],
];
const zpP3 = [
  'Primary schools in the area are well regarded. Harrowgate Hill Primary and St Bede’s RC Primary were both rated Good at their ' +
    'latest inspections, and Northwood Academy, the main secondary option, has a sixth form and a strong record in the sciences.',
];
const zpP4 = [
  'Darlington station, on the East Coast Main Line, is about ten minutes away by car or bus, with direct trains to London King’s ' +
    'Cross in under two and a half hours and to Newcastle in around thirty minutes. Useful routes include:',
];
const zpList = [
  'The A1(M) at junction 58, around five minutes’ drive',
  'Bus 3 to the town centre every ten minutes during the day',
  'Teesside International Airport, around fifteen minutes’ drive',
];
const zpP5 = [
  'Brinkburn Dene, a wooded valley with a stream and footpaths, runs along the southern edge of the area and links up with the ' +
    'larger South Park. The Harrowgate Club hosts live music and a weekly quiz, and the Saturday farmers’ market on the village green ' +
    'draws visitors from across the town.',
];
const zpNav = ['For sale', 'To rent', 'House prices', 'Agent valuation', 'Instant valuation', 'Discover', 'Sign in', 'List your property'];
const zpCrumbs = ['Home', 'Discover', 'Area guides', 'Darlington'];
const zpToc = ['In this guide'];
const zpPromo = ['Find out what your home is worth', 'Get an instant online estimate in under a minute.', 'Get a valuation'];
const zpShare = ['Save', 'Share'];
const zpLinks = ['Property for sale in Harrowgate Hill', 'Property to rent in Harrowgate Hill', 'House prices in Harrowgate Hill'];
const zpMore = ['More area guides', 'Living in Cockerton, Darlington', 'Living in Hurworth, Darlington', 'Living in Newton Aycliffe'];
const zpApp = ['Get the Zoopla app', 'Search on the go and get instant alerts.', 'Download'];
const zpConsent = [
  'We and our partners use cookies and similar technologies to personalise content and ads, and to analyse our traffic.',
  'Accept all',
  'Reject all',
  'Manage preferences',
];
const zpFoot = ['About Zoopla', 'Careers', 'Help centre', 'Contact us', 'Terms of use', 'Privacy notice', 'Cookie notice', 'Modern slavery statement'];
const zpTh = ['Property type', 'Average price paid', 'Average rent'];
const zpId = (t: string): string => t.toLowerCase().replace(/\W+/g, '-');
const zpP = (a: readonly string[]): string => a.map((t) => `<p class="_1m6lzk50">${t}</p>`).join('\n');
const zpSec = (i: number, inner: string): string =>
  `<section class="_1m6lzk52" id="${zpId(zpH[i]!)}"><h2 class="_194zg6t3 r4q9to1">${zpH[i]}</h2>\n${inner}</section>`;
const zpHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Living in Harrowgate Hill, Darlington: area guide - Zoopla</title>
<meta name="description" content="${zpIntro}"><meta property="og:title" content="${zpTitle}"><meta property="og:site_name" content="Zoopla">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://www.zoopla.co.uk/discover/area-guides/harrowgate-hill/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${zpTitle}","author":{"@type":"Person",
"name":"Holly Brennan"},
"dateModified":"2025-09-02","publisher":{"@type":"Organization","name":"Zoopla"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Home"}]}</script>
<link rel="stylesheet" href="/_next/static/css/2b7e0d1a9c.css"></head>
<body><div id="__next"><div id="usercentrics-root" class="uc-banner" role="dialog" aria-label="Privacy settings"><p>${zpConsent[0]}</p>
${zpConsent
  .slice(1)
  .map((t) => `<button class="uc-btn">${t}</button>`)
  .join('')}</div>
<header class="_1f7bwdq0" data-testid="header"><a href="/" class="_1f7bwdq1" aria-label="Zoopla homepage"></a>
<nav aria-label="Primary"><ul class="_1f7bwdq2">${links(zpNav, '_1f7bwdq3')}</ul></nav></header>
<main id="main-content" class="_1ka5hz20"><nav aria-label="Breadcrumb" class="_18jt8hm0"><ol>${links(zpCrumbs, '_18jt8hm1')}</ol></nav>
<article class="_1m6lzk5a"><header class="_1m6lzk5b"><h1 class="_194zg6t0 r4q9to0">${zpTitle}</h1>
<div class="_1m6lzk5c"><span class="_1m6lzk5d">Written by Holly Brennan</span><span class="_1m6lzk5e">Last updated 2 September 2025</span></div>
<div class="_1m6lzk5f">${zpShare.map((t) => `<button class="_1m6lzk5g" type="button">${t}</button>`).join('')}</div>
<img src="https://lid.zoocdn.example/discover/harrowgate-hill-hero.jpg" alt="North Road, Harrowgate Hill"></header>
<p class="_1m6lzk5h">${zpIntro}</p>
<nav class="_1m6lzk5i" aria-labelledby="toc"><h2 id="toc" class="_1m6lzk5j">${zpToc[0]}</h2>
<ol>${zpH.map((t) => `<li><a href="#${zpId(t)}">${t}</a></li>`).join('')}</ol></nav>
${zpSec(0, zpP(zpP1))}
${zpSec(
  1,
  `${zpP(zpP2)}
<table class="_1m6lzk5k"><thead><tr>${zpTh.map((t) => `<th>${t}</th>`).join('')}</tr></thead>
<tbody>${zpTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`,
)}
<aside class="_1m6lzk5m" data-testid="valuation-promo"><h3>${zpPromo[0]}</h3><p>${zpPromo[1]}</p><a href="/valuation/">${zpPromo[2]}</a></aside>
${zpSec(2, zpP(zpP3))}
${zpSec(3, `${zpP(zpP4)}\n<ul class="_1m6lzk5n">${zpList.map((t) => `<li>${t}</li>`).join('\n')}</ul>`)}
${zpSec(4, zpP(zpP5))}
<div class="_1m6lzk5p"><ul>${links(zpLinks, '_1m6lzk5q')}</ul></div></article>
<aside class="_2ab0kq0"><h2>${zpMore[0]}</h2><ul>${links(zpMore.slice(1), '_2ab0kq1')}</ul></aside>
<div class="_3c9pnz0" data-testid="app-banner"><strong>${zpApp[0]}</strong><p>${zpApp[1]}</p><a href="/app">${zpApp[2]}</a></div></main>
<footer class="_4m1xf40"><ul>${links(zpFoot)}</ul><p>© Zoopla Limited 2025</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"guide":{"slug":"harrowgate-hill"}}},"page":"/discover/area-guides/[slug]"}</script>
</body></html>`;

export const zooplaGuide: TestPage = {
  html: zpHtml,
  name: 'heldout209-zoopla-area-guide-docs',
  kind: 'docs',
  // the standfirst is body and the table data cells are body (the header cells in neither list); the "In this guide"
  // jump list repeats the headings and is left out; author and "Last updated" are bylines; the rest is furniture
  title: zpTitle,
  headings: zpH,
  body: [zpIntro, ...texts(zpP1), ...zpP2, ...zpTable.flat(), ...texts(zpP3), ...texts(zpP4), ...texts(zpList), ...zpP5],
  bylines: ['Written by Holly Brennan', 'Last updated 2 September 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...zpConsent, ...zpNav, 'Home', 'Area guides', 'Darlington', ...zpToc, ...zpShare, ...zpPromo, ...zpLinks, ...zpMore, ...zpApp, ...zpFoot,
    '© Zoopla Limited 2025',
  ],
};
