import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout430-kit.js';

/**
 * Held-out batch 430, file a2: an alumni class-notes page on a Modern Campus (OU Campus) site: utility bar, mega menu,
 * section side nav, breadcrumb, a listing of short notes under class-year headings, each year with its class correspondent
 * line, a "Submit a class note" call-out, the "Last updated" line, an OU direct-edit link and the footer.
 */
const oTitle = 'Class Notes: Winter 2026';
const oIntro = [
  j(
    'Notes in this issue were received between August 1 and November 15, 2025. Notes are edited for length and clarity. Photos',
    'sent with notes appear in the online edition only.',
  ),
];
const oYears: [string, string, string[]][] = [
  [
    'Class of 1961',
    'Correspondent: Harriet Voss Elling, hvelling@alumni.wexmoor.example',
    [
      j(
        'Walter Brindle writes from Mill Harbor that he has finally retired from the volunteer fire company after 52 years, and has',
        'taken up building model schooners. He reports that his great-granddaughter starts at Wexmoor next fall.',
      ),
      'Ada Pruett Sloane and her husband, Ray, celebrated their 62nd anniversary with a trip back to campus for the fall alumni weekend.',
    ],
  ],
  [
    'Class of 1974',
    'Correspondent: Curtis Bellamy, cbellamy74@alumni.wexmoor.example',
    [
      j(
        'Lorna Kettridge published her third book of poems, Salt Year, with Ferrow House Press. Classmates Jo Anne Amici and',
        'Pete Dunlevy came to the launch reading in Hartsfield.',
      ),
      j(
        'Dr. Samuel Osterhout retired after 38 years as a family physician in Carver County. He and his wife, Miriam, plan to',
        'spend the winters in Tucson and the summers fishing.',
      ),
      'Gerald Fane was inducted into the Wexmoor Athletics Hall of Fame for the 1973 cross country team.',
    ],
  ],
  [
    'Class of 1988',
    'Correspondent: Denise Farr-Holcomb, dfarrholcomb@alumni.wexmoor.example',
    [
      j('Marcus Ledet was named superintendent of the Pine Ford School District, where he began as a sixth-grade science', 'teacher in 1990.'),
      j(
        'A group of eleven former members of the Wexmoor Chorale, organized by Beth Orlansky, met in Chicago in September and',
        'sang the alma mater, badly, at a Cubs game.',
      ),
    ],
  ],
  [
    'Class of 2003',
    'Correspondent: Priya Anand, panand03@alumni.wexmoor.example',
    [
      'Tomás Echevarría and Lindsey Park Echevarría welcomed their third child, Rosa Lin, on June 9.',
      j(
        'Kendra Wallis opened Second Shelf, a used bookstore and café in downtown Alder Springs. She says any Wexmoor alum who',
        'mentions the Quad Squirrel gets a free coffee.',
      ),
      'Benjamin Tull completed his Ph.D. in hydrology at Northfield State and has joined the Bureau of Water Resources.',
    ],
  ],
  [
    'Class of 2015',
    'Correspondent: Jordan Mbeki, jmbeki15@alumni.wexmoor.example',
    [
      j(
        'Hannah Cross and Devin Alvarado were married October 4 in the Wexmoor chapel. The wedding party included classmates',
        'Sierra Quon, Marcus Yee and Leah Branford.',
      ),
      j(
        'Olu Adeyemi was promoted to senior engineer at Lumentide Systems and is leading the company&#39;s new office in',
        'Raleigh. He is always happy to talk with students interested in power electronics.',
      ),
    ],
  ],
  [
    'Class of 2022',
    'Correspondent: Abby Sorensen, asorensen22@alumni.wexmoor.example',
    [
      'Maya Lindqvist finished her first year of teaching English at a high school in Sapporo through an exchange program.',
      'Eli Fairbanks ran his first marathon in 3:41 and raised $4,200 for the Wexmoor first-generation student fund.',
    ],
  ],
];
const oUtil = ['Apply', 'Visit', 'Give', 'Alumni', 'Directory'];
const oMega = ['Academics', 'Admission', 'Campus Life', 'Athletics & Recreation', 'About Wexmoor'];
const oSide = ['Alumni Home', 'Wexmoor Magazine', 'Class Notes', 'Submit a Class Note', 'In Memoriam', 'Events', 'Volunteer'];
const oCrumb = ['Home', 'Alumni', 'Wexmoor Magazine'];
const oFoot = ['Wexmoor College', '400 College Avenue, Hartsfield, OH 44810', 'Privacy', 'Accessibility', 'Title IX', 'Careers'];
const oHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Class Notes: Winter 2026 | Wexmoor College</title><meta name="description" content="Class notes from Wexmoor alumni, Winter 2026.">
<link rel="canonical" href="https://www.wexmoor.example/alumni/magazine/class-notes/winter-2026.php">
<meta property="og:title" content="${oTitle}"><meta property="og:type" content="website">
<link rel="stylesheet" href="/_resources/css/oustyles.css"><link rel="stylesheet" href="/_resources/css/wexmoor.css">
<script src="/_resources/js/jquery.min.js"></script>
<script>var OUC = OUC || {}; OUC.pageProp = {"path":"/alumni/magazine/class-notes/winter-2026.pcf","site":"www"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${oTitle}",
"isPartOf":{"@type":"WebSite","name":"Wexmoor College"}}</script></head>
<body class="interior section-alumni"><a class="skip-link sr-only sr-only-focusable" href="#main">Skip to content</a>
<div id="utility-bar" class="utility-bar"><div class="container"><ul class="utility-links">${links(oUtil)}</ul></div></div>
<header class="site-header"><div class="container"><a class="brand" href="/"><img src="/_resources/img/wexmoor-logo.svg" alt="Wexmoor College"></a>
<nav class="mega-nav" aria-label="Main"><ul class="mega-nav__list">${links(oMega, 'mega-nav__item')}</ul></nav>
<button class="search-toggle" aria-label="Open search">Search</button></div></header>
<div class="page-banner"><div class="container"><p class="page-banner__section">Alumni &amp; Friends</p></div></div>
<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb">${links(oCrumb, 'breadcrumb-item')}
<li class="breadcrumb-item active" aria-current="page">Class Notes</li></ol></nav>
<div class="row"><aside class="col-md-3 sidebar"><nav class="section-nav" aria-label="Section"><h2 class="section-nav__title">Alumni</h2>
<ul>${links(oSide)}</ul></nav></aside>
<main id="main" class="col-md-9 main-content"><h1>${oTitle}</h1>
<div class="ou-content">${ps(oIntro, ' class="lead"')}
${oYears
  .map(
    ([y, c, notes]) => `<section class="class-year" id="${y.slice(-4)}"><h2 class="class-year__heading">${y}</h2>
<p class="class-year__correspondent"><em>${c}</em></p>
${ps(notes, ' class="class-note"')}</section>`,
  )
  .join('\n')}
</div>
<div class="callout callout--gold"><h3>Share your news</h3><p>Got a new job, a new baby or a new adventure? Tell your classmates.</p>
<a class="btn btn-primary" href="/alumni/submit-a-class-note.php">Submit a class note</a></div>
<p class="last-updated">Last updated: November 20, 2025</p></main></div></div>
<footer class="site-footer"><div class="container"><ul class="footer-links">${links(oFoot)}</ul>
<p class="footer-copy">© 2026 Wexmoor College. All rights reserved.</p>
<p id="de" class="ou-direct-edit"><a id="de-link" href="https://a.cms.omniupdate.example/11/#oucampus/wexmoor/www/preview">©</a></p></div></footer>
<script src="/_resources/js/direct-edit.js"></script></body></html>`;
export const ouNotes: TestPage = {
  name: 'heldout430-modern-campus-class-notes',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: oYears.map(([y]) => y),
  body: texts([...oIntro, ...oYears.flatMap(([, , n]) => n)]),
  bylines: [...oYears.map(([, c]) => c), 'Last updated: November 20, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...oUtil, ...oMega, 'Search', 'Alumni & Friends', ...oCrumb, 'Alumni Home', 'Wexmoor Magazine', 'Submit a Class Note',
    'In Memoriam', 'Volunteer', 'Share your news', 'Got a new job, a new baby or a new adventure? Tell your classmates.',
    'Submit a class note', ...oFoot, '© 2026 Wexmoor College. All rights reserved.',
  ],
};
