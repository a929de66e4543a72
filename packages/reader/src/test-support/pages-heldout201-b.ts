import { links, type TestPage, texts } from './page-kit.js';
import { inatPage } from './pages-heldout201-b2.js';
import { paras, pLines } from './pages-heldout201-kit.js';

/**
 * Held-out batch 201, file b: an eBird checklist page with the observer's checklist comments and species comments, as a
 * signed-out visitor saves it (skip link, the primary navigation, "Sign in", the region breadcrumb, the location heading,
 * date and observers, the effort details, the "Checklist Comments" label, the species list with counts, breeding codes and
 * per-species comments, the share and download buttons, the "Explore this location" links, the cookie notice and the
 * footer) and, from file b2, an iNaturalist observation page.
 */
const ebTitle = 'Harlow Marsh Preserve--Boardwalk Loop';
const ebComments = paras(`
Clear and still at the start, 4 °C, with a light frost on the boardwalk rails that had gone by eight. Wind picked up from the
south-west after nine. Water levels in the main impoundment are the highest we have seen this spring, and the mudflat at the
north end that held shorebirds last April is completely under water.

We walked the full boardwalk loop clockwise from the east parking lot, then out along the dike to the viewing blind and back.
Most of the activity was in the willow edge along the first half of the loop, where a mixed flock of kinglets, chickadees and
the first Orange-crowned Warblers of the year worked the catkins for about twenty minutes.

Counts of ducks are estimates from the blind using a scope. The Ring-necked Duck flock kept diving and resurfacing, so that
number is a careful minimum. Heard-only species are noted in the species comments.

A maintenance crew was replacing boards on the south section, so we lost about fifteen minutes waiting, and there was some
disturbance near the heron rookery while they worked. The rookery itself had at least nine active nests.`);
const ebSpecies: { name: string; sci: string; count: string; comment?: string; code?: string }[] = [
  { name: 'Wood Duck', sci: 'Aix sponsa', count: '6', comment: 'Three pairs in the flooded willows, one pair inspecting the nest box near post 14.' },
  { name: 'Ring-necked Duck', sci: 'Aythya collaris', count: '58' },
  { name: 'Hooded Merganser', sci: 'Lophodytes cucullatus', count: '2' },
  { name: 'Virginia Rail', sci: 'Rallus limicola', count: '2', comment: 'Heard only. Grunting calls from the cattails on both sides of the boardwalk.' },
  {
    name: 'Sora',
    sci: 'Porzana carolina',
    count: '1',
    comment:
      'Heard only. A single descending whinny from the cattail stand just east of the blind, repeated twice about a minute apart. ' +
      'Earliest Sora for this site in my records by nine days.',
  },
  { name: 'Great Blue Heron', sci: 'Ardea herodias', count: '14', code: 'ON Occupied Nest', comment: 'At least nine nests with adults sitting.' },
  { name: 'Bald Eagle', sci: 'Haliaeetus leucocephalus', count: '1' },
  {
    name: 'Orange-crowned Warbler',
    sci: 'Leiothlypis celata',
    count: '4',
    comment:
      'First of season for both of us. Four birds together in the willow flock, dull grey-green, one singing a weak, flat trill ' +
      'that dropped off at the end. Faint streaking on the breast and a thin broken eye-arc on the closest bird.',
  },
  { name: 'Song Sparrow', sci: 'Melospiza melodia', count: '11', code: 'S Singing Bird' },
  { name: 'Red-winged Blackbird', sci: 'Agelaius phoeniceus', count: '40', comment: 'Males displaying all along the cattail edge.' },
];
const ebSpeciesComments = ebSpecies.flatMap((s) => (s.comment === undefined ? [] : [s.comment]));
const ebNav = ['Submit', 'Explore', 'My eBird', 'Science', 'About', 'News', 'Help'];
const ebCrumbs = ['United States', 'Oregon', 'Marion County'];
const ebLabels = ['Checklist', 'Observers', 'Protocol', 'Duration', 'Distance', 'Party size', 'Checklist Comments'];
const ebActions = ['Share', 'Download', 'Print', 'Report a problem'];
const ebExplore = ['Explore this location', 'View location details', 'Bar Charts', 'Illustrated Checklist', 'Recent visits'];
const ebCookie = [
  'We use cookies to make our site work and to understand how it is used. You can change your preferences at any time.',
  'Accept all',
  'Reject non-essential',
  'Cookie settings',
];
const ebFoot = ['Contact', 'Jobs', 'Privacy Policy', 'Terms of Use', 'Accessibility', 'Donate'];
const ebFootNote = 'eBird is a project of the Cornell Lab of Ornithology and its partners around the world.';
const ebObs = (s: (typeof ebSpecies)[number], i: number): string => `<li class="Observation" id="obs-${i}" data-species-code="sp${i}">
<div class="Observation-numberObserved"><span class="u-showForMedium">Number observed: </span><span>${s.count}</span></div>
<div class="Observation-species"><a href="/species/sp${i}" class="Heading Heading--h5 u-margin-none"><span class="Heading-main">${s.name}</span>
<span class="Heading-sub Heading-sub--sci">${s.sci}</span></a></div>
${s.code === undefined ? '' : `<div class="Observation-meta"><span class="Badge Badge--breeding">${s.code}</span></div>`}
${s.comment === undefined ? '' : `<div class="Observation-comments"><p class="u-text-3">${s.comment}</p></div>`}</li>`;
const ebHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>eBird Checklist - 12 Apr 2025 - Harlow Marsh Preserve--Boardwalk Loop - 38 species</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<meta property="og:title" content="eBird Checklist - 12 Apr 2025 - Harlow Marsh Preserve--Boardwalk Loop - 38 species">
<meta property="og:site_name" content="eBird"><link rel="stylesheet" href="https://ebird.org/ui/css/ebird-2.41.0.min.css">
<script>window.ebird = {"checklistId":"S221874406","lang":"en"};</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-EB1RD"></script></head>
<body><a class="SkipLink" href="#main">Skip to content</a>
<header class="Header" role="banner"><div class="Header-content"><a class="Header-logo" href="/home"><img src="/ui/img/ebird-logo.svg" alt="eBird"></a>
<nav class="PrimaryNav" aria-label="Primary"><ul class="PrimaryNav-list">${links(ebNav, 'PrimaryNav-item')}</ul></nav>
<div class="Header-user"><a class="Button Button--small" href="https://secure.birds.example/cassso/login?service=ebird">Sign in</a></div></div></header>
<main id="main" class="Page"><div class="Page-section Page-section--secondary"><div class="Page-section-inner">
<nav class="Breadcrumbs" aria-label="Region"><ol class="Breadcrumbs-list">${links(ebCrumbs, 'Breadcrumbs-item')}</ol></nav>
<div class="Heading Heading--h6 Heading--minor">${ebLabels[0]} S221874406</div>
<h1 class="Heading Heading--h1 u-margin-none" id="checklist-location"><a href="/hotspot/L4409817">${ebTitle}</a></h1>
<div class="GridFlex"><div class="GridFlex-cell"><time class="Heading Heading--h4" datetime="2025-04-12 07:14">Sat 12 Apr 2025 7:14 AM</time></div>
<div class="GridFlex-cell"><span class="Heading Heading--h6 Heading--minor">${ebLabels[1]}</span>
<ul class="Userlist"><li><a href="/profile/MTA1">Teodora Vance</a></li><li><a href="/profile/MTA2">Ilse Brandauer</a></li></ul></div></div></div></div>
<div class="Page-section"><div class="Page-section-inner"><dl class="Details" id="checklist-details">
<div class="Details-item"><dt>${ebLabels[2]}</dt><dd>Traveling</dd></div><div class="Details-item"><dt>${ebLabels[3]}</dt><dd>2 hr, 45 min</dd></div>
<div class="Details-item"><dt>${ebLabels[4]}</dt><dd>3.4 km</dd></div><div class="Details-item"><dt>${ebLabels[5]}</dt><dd>2</dd></div></dl>
<section class="Checklist-comments" aria-labelledby="checklist-comments"><h2 class="Heading Heading--h5" id="checklist-comments">${ebLabels[6]}</h2>
${pLines(ebComments, ' class="u-text-3"')}
</section>
<div class="Actions"><button class="Button Button--hollow" type="button">${ebActions[0]}</button>
<a class="Button Button--hollow" href="/checklist/S221874406/download">${ebActions[1]}</a><button class="Button Button--hollow" type="button"
onclick="window.print()">${ebActions[2]}</button></div></div></div>
<div class="Page-section"><div class="Page-section-inner"><section id="list" aria-labelledby="species-heading">
<h2 id="species-heading" class="Heading Heading--h3"><span>38</span> species (+1 other taxa) total</h2>
<ol class="Observation-list">${ebSpecies.map(ebObs).join('\n')}</ol>
<p class="u-text-2 u-color-neutral-4">28 more species not shown. <a href="?view=all">Show all</a></p></section></div></div>
<aside class="Page-section Page-section--tertiary"><div class="Page-section-inner"><h2 class="Heading Heading--h5">${ebExplore[0]}</h2>
<ul class="LinkList">${links(ebExplore.slice(1))}</ul><a class="u-text-2" href="/checklist/S221874406/report">${ebActions[3]}</a></div></aside></main>
<div class="CookieNotice" role="region" aria-label="Cookie notice" data-cookie-notice><p>${ebCookie[0]}</p>
<button class="Button" type="button">${ebCookie[1]}</button><button class="Button Button--hollow" type="button">${ebCookie[2]}</button>
<a href="/cookies">${ebCookie[3]}</a></div>
<footer class="Footer" role="contentinfo"><div class="Footer-inner"><p class="Footer-tagline">${ebFootNote}</p>
<ul class="Footer-links">${links(ebFoot, 'Footer-link')}</ul><p class="Footer-copyright">© 2025 Cornell University</p></div></footer>
<script src="https://ebird.org/ui/js/ebird-2.41.0.min.js" defer></script></body></html>`;
const ebird: TestPage = {
  html: ebHtml,
  name: 'heldout201-ebird-checklist',
  kind: 'wiki',
  // the observer's checklist comments and species comments are the article; the location heading is the title; the date
  // and observers are bylines; the effort details and the species entries (names, scientific names, counts, breeding
  // codes) are in neither list, their labels are furniture
  title: ebTitle,
  headings: [],
  body: texts([...ebComments, ...ebSpeciesComments]),
  bylines: ['Sat 12 Apr 2025 7:14 AM', 'Teodora Vance', 'Ilse Brandauer'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...ebNav, 'Sign in', ...ebCrumbs, ...ebLabels, 'Number observed:', ...ebActions, '38 species (+1 other taxa) total',
    '28 more species not shown.', 'Show all', ...ebExplore, ...ebCookie, ebFootNote, ...ebFoot, '© 2025 Cornell University',
  ],
};

export const HELDOUT201_B: readonly TestPage[] = [ebird, inatPage];
