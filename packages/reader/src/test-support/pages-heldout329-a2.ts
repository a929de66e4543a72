import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout329-kit.js';

/**
 * Held-out batch 329, file a2: a WHO-style fact sheet on a Sitefinity theme (utility bar, mega menu, breadcrumb, "Fact sheets"
 * label and date, "Key facts" box, section headings, related health topics and fact sheets, "WHO regional websites" list,
 * cookie banner and footer).
 */
const wTitle = 'Reed fever';
const wKey = [
  'Reed fever is a viral infection spread by the bite of infected sandflies that breed in wetland margins.',
  'Most people infected have no symptoms or a mild illness, but about one in twenty develops a severe form.',
  'There is no specific treatment; early supportive care greatly reduces the risk of death.',
  'Controlling sandflies around homes is the most effective way to prevent infection.',
];
const wSec: [string, string[]][] = [
  [
    'Overview',
    [
      j(
        'Reed fever is caused by a phlebovirus first described in 1974 in the lowland lake districts of Maranta. The virus circulates',
        'between sandflies and small wetland mammals, and people become infected when they are bitten while living or working near reed beds.',
      ),
      j(
        'Outbreaks follow the rainy season, when sandfly numbers rise sharply. Cases have been reported in eleven countries, most often',
        'among rice farmers, fishers and their families.',
      ),
    ],
  ],
  [
    'Symptoms',
    [
      j(
        'Symptoms usually begin three to eight days after a bite. The illness often starts suddenly with fever, headache, pain behind',
        'the eyes and aching muscles. Most people recover within a week.',
      ),
      'Warning signs of severe disease, which usually appear in the second week, include:',
    ],
  ],
  [
    'Diagnosis and treatment',
    [
      j(
        'Reed fever is hard to tell apart from malaria, dengue and other fevers without laboratory tests. Infection is confirmed by',
        'molecular testing of blood taken in the first week of illness, or by antibody tests later on.',
      ),
      j(
        'There is no antiviral medicine for reed fever. Patients with warning signs need hospital care, careful fluid management and',
        'monitoring of liver function. Aspirin and other anti-inflammatory medicines should be avoided because they increase the risk of bleeding.',
      ),
    ],
  ],
  [
    'Prevention',
    [
      j(
        'No vaccine is yet licensed, although two candidates are in clinical trials. Prevention relies on reducing contact with',
        'sandflies: sleeping under fine-mesh treated nets, clearing vegetation close to houses and wearing long clothing at dusk.',
      ),
      j('Community programmes that combine house spraying with clearing of breeding sites have cut cases by more than half in', 'pilot districts.'),
    ],
  ],
  [
    'GHO response',
    [
      j(
        'The organization supports countries to strengthen surveillance and laboratory diagnosis, publishes clinical',
        'management guidance, and coordinates research on vaccines and rapid tests through its reed fever technical network.',
      ),
    ],
  ],
];
const wSigns = ['persistent vomiting', 'bleeding from the gums or nose', 'yellowing of the skin or eyes', 'confusion or drowsiness'];
const sec = (i: number): [string, string[]] => wSec[i] ?? ['', []];
const wUtil = ['Global', 'Regions', 'Select language'];
const wMenu = ['Health Topics', 'Countries', 'Newsroom', 'Emergencies', 'Data', 'About GHO'];
const wCrumb = ['Home', 'Newsroom', 'Fact sheets', 'Detail'];
const wTopics = ['Vector-borne diseases', 'Neglected tropical diseases', 'Malaria'];
const wSheets = ['Sandfly fever', 'Dengue and severe dengue', 'Vector control'];
const wRegions = ['Africa', 'Americas', 'South-East Asia', 'Europe', 'Eastern Mediterranean', 'Western Pacific'];
const wFoot = ['Careers', 'Frequently asked questions', 'Employment fraud', 'Library', 'Cyber security', 'Contact us', 'Privacy policy'];
const body = wSec.map(([h, p], i) => `<h2>${h}</h2>\n${ps(p)}${i === 1 ? `\n<ul>${lis(wSigns)}</ul>` : ''}`).join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Reed fever</title>
<meta name="description" content="GHO fact sheet on reed fever providing key facts and information on symptoms, treatment and prevention.">
<meta property="og:title" content="Reed fever"><meta property="og:type" content="article"><meta name="twitter:site" content="@GHO">
<meta name="Generator" content="Sitefinity 14.4.8100.0 DX">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Reed fever","datePublished":"2026-02-24",
"publisher":{"@type":"Organization","name":"Global Health Organization"}}</script>
<script>var sfDataIntell = { pageId: "f5a3c2b1" };</script><link href="/ResourcePackages/GHO/assets/dist/styles/main.min.css" rel="stylesheet"></head>
<body><div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie notice"><p>We use cookies to give you the best experience.
By continuing to browse you agree to our use of cookies.</p><a href="/cookie-policy">Read our cookie policy</a>
<button class="cookie-banner__accept">Accept</button></div>
<header class="sf-header"><div class="sf-utility"><ul class="sf-utility__list">${links(wUtil, 'sf-utility__item')}</ul></div>
<div class="sf-header__brand"><a class="sf-logo" href="/">Global Health Organization</a></div>
<nav class="sf-mega-menu" aria-label="Main"><ul class="sf-mega-menu__list">${links(wMenu, 'sf-mega-menu__item')}</ul></nav>
<form class="sf-search"><input type="search" aria-label="Search" placeholder="Search"><button>Search</button></form></header>
<main id="main-content" class="sf-main">
<div class="sf-breadcrumb"><nav aria-label="Breadcrumb"><ol class="breadcrumb">${links(wCrumb, 'breadcrumb-item')}</ol></nav></div>
<section class="sf-content-block content-block"><div class="row"><div class="col-md-9">
<div class="sf-item-header-wrapper"><span class="sf-item-header-label">Fact sheets</span>
<h1 class="dynamic-content__heading">${wTitle}</h1>
<div class="date"><span class="timestamp">24 February 2026</span></div></div>
<div class="sf-detail-body-wrapper"><article class="sf-detail-content">
<h3>Key facts</h3>
<ul>${lis(wKey)}</ul>
${body}
</article></div>
<div class="sf-share"><span>Share</span><a href="#" class="facebook">Facebook</a> <a href="#" class="linkedin">LinkedIn</a></div></div>
<div class="col-md-3"><aside class="sf-related"><h3 class="sf-related__title">Related health topics</h3><ul>${links(wTopics)}</ul>
<h3 class="sf-related__title">Fact sheets</h3><ul>${links(wSheets)}</ul>
<div class="sf-list-item"><h3>Reed fever: interim clinical guidance</h3><p>Technical document, 2025</p></div></aside></div></div></section></main>
<footer class="sf-footer"><div class="sf-footer__regions"><h2>GHO regional websites</h2><ul>${links(wRegions)}</ul></div>
<ul class="sf-footer__links">${links(wFoot)}</ul><p class="sf-footer__copyright">© 2026 GHO</p></footer>
<script src="/ResourcePackages/GHO/assets/dist/scripts/main.min.js"></script></body></html>`;

export const whoFacts: TestPage = {
  name: 'heldout329-gho-who-factsheet-docs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Key facts', ...wSec.map(([h]) => h)],
  body: texts([...wKey, ...sec(0)[1], ...sec(1)[1], ...wSigns, ...sec(2)[1], ...sec(3)[1], ...sec(4)[1]]),
  bylines: ['24 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to give you the best experience. By continuing to browse you agree to our use of cookies.', 'Read our cookie policy', 'Accept',
    ...wUtil, 'Global Health Organization', ...wMenu, 'Search', 'Home', 'Detail', 'Share', 'Facebook', 'LinkedIn', 'Related health topics',
    ...wTopics, ...wSheets, 'Reed fever: interim clinical guidance', 'Technical document, 2025', 'GHO regional websites', ...wRegions, ...wFoot,
    '© 2026 GHO',
  ],
};
