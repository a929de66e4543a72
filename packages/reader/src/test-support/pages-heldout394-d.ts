import { type TestPage, texts } from './page-kit.js';
import { homebrew } from './pages-heldout394-d2.js';
import { j } from './pages-heldout394-kit.js';

/**
 * Held-out batch 394, file d: a CRAN package page, a data page whose main text is one description paragraph (the h2 with
 * "package: Title", the field table, and the Documentation, Downloads, Reverse dependencies and Linking tables, with no menus
 * at all) and, from file d2, a Homebrew formula page.
 */
const kTitle = 'tessellr: Fast Voronoi Tessellations and Delaunay Triangulations for Spatial Point Data';
const kDesc = [
  j(
    'Computes Voronoi tessellations and Delaunay triangulations of planar point patterns with a sweep-line algorithm written',
    'in C++, clipped to an arbitrary polygon window. Results are returned as simple feature collections so that they can be',
    'plotted and joined with other spatial data directly. Functions are provided for the areas and neighbour lists of the',
    'tiles, for natural-neighbour interpolation of marks, and for drawing random points within each tile. The method follows',
    'the description in Lindqvist and Perrault (2019) <a href="https://doi.example/10.1016/j.spasta.2019.100371">',
    '&lt;doi:10.1016/j.spasta.2019.100371&gt;</a>.',
  ),
];
type Row = readonly [string, string];
const kFields: readonly Row[] = [
  ['Version:', '0.4.1'],
  ['Depends:', 'R (≥ 4.1.0)'],
  ['Imports:', 'Rcpp (≥ 1.0.10), sf, units'],
  ['LinkingTo:', 'Rcpp'],
  ['Suggests:', 'testthat (≥ 3.0.0), knitr, rmarkdown, spatstat.geom'],
  ['Published:', '2026-09-14'],
  ['DOI:', '10.32614/CRAN.package.tessellr'],
  ['Author:', 'Ines Lindqvist [aut, cre], Marcel Perrault [aut], Kofi Adomako [ctb]'],
  ['Maintainer:', 'Ines Lindqvist &lt;ines.lindqvist at example.se&gt;'],
  ['BugReports:', 'https://github.example/ilindqvist/tessellr/issues'],
  ['License:', 'GPL-3'],
  ['URL:', 'https://ilindqvist.github.example/tessellr/'],
  ['NeedsCompilation:', 'yes'],
  ['Materials:', 'README, NEWS'],
  ['In&nbsp;views:', 'Spatial'],
  ['CRAN&nbsp;checks:', 'tessellr results'],
];
const kDocs: readonly Row[] = [
  ['Reference&nbsp;manual:', 'tessellr.pdf'],
  ['Vignettes:', 'Getting started with tessellr, Natural-neighbour interpolation'],
];
const kDown: readonly Row[] = [
  ['Package&nbsp;source:', 'tessellr_0.4.1.tar.gz'],
  ['Windows&nbsp;binaries:', 'r-devel: tessellr_0.4.1.zip, r-release: tessellr_0.4.1.zip, r-oldrel: tessellr_0.4.0.zip'],
  ['macOS&nbsp;binaries:', 'r-release (arm64): tessellr_0.4.1.tgz, r-oldrel (arm64): tessellr_0.4.1.tgz'],
  ['Old&nbsp;sources:', 'tessellr archive'],
];
const kRev: readonly Row[] = [
  ['Reverse&nbsp;imports:', 'hexgridr, spnetwork'],
  ['Reverse&nbsp;suggests:', 'ecoplotr'],
];
const table = (rows: readonly Row[], summary: string): string =>
  `<table summary="${summary}">\n${rows.map(([k, v]) => `<tr>\n<td>${k}</td>\n<td>${v}</td>\n</tr>`).join('\n')}\n</table>`;
const un = (s: string): string =>
  s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const kHtml = `<!DOCTYPE html>
<html>
<head>
<title>CRAN: Package tessellr</title>
<link rel="canonical" href="https://CRAN.R-project.org/package=tessellr"/>
<link rel="stylesheet" type="text/css" href="../../CRAN_web.css" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes"/>
<meta name="citation_title" content="Fast Voronoi Tessellations and Delaunay Triangulations for Spatial Point Data [R package tessellr version 0.4.1]" />
<meta name="citation_author1" content="Ines Lindqvist" />
<meta name="citation_author2" content="Marcel Perrault" />
<meta name="citation_publication_date" content="2026-09-14" />
<meta name="citation_public_url" content="https://CRAN.R-project.org/package=tessellr" />
<meta name="DC.identifier" content="https://CRAN.R-project.org/package=tessellr" />
<meta name="DC.publisher" content="Comprehensive R Archive Network (CRAN)" />
<meta name="twitter:card" content="summary" />
<meta property="og:title" content="tessellr: Fast Voronoi Tessellations and Delaunay Triangulations for Spatial Point Data" />
<meta property="og:type" content="website" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"SoftwareSourceCode","name":"tessellr","version":"0.4.1"}</script>
</head>
<body>
<div class="container">
<h2>${kTitle}</h2>
<p>${kDesc[0] ?? ''}</p>
${table(kFields, 'Package tessellr summary')}
<h4>Documentation:</h4>
${table(kDocs, 'Package tessellr documentation')}
<h4>Downloads:</h4>
${table(kDown, 'Package tessellr downloads')}
<h4>Reverse dependencies:</h4>
${table(kRev, 'Package tessellr reverse dependencies')}
<h4>Linking:</h4>
<p>Please use the canonical form
<a href="https://CRAN.R-project.org/package=tessellr"><samp>https://CRAN.R-project.org/package=tessellr</samp></a>
to link to this page.</p>
</div>
</body>
</html>`;
const byRow = (k: string): boolean => k === 'Published:' || k === 'Author:' || k === 'Maintainer:';
const cran: TestPage = {
  name: 'heldout394-cran-package',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts(kDesc),
  bylines: kFields.filter(([k]) => byRow(k)).map(([, v]) => un(v)),
  furniture: [
    ...kFields.filter(([k]) => !byRow(k)).flatMap(([k, v]) => [un(k), un(v)]),
    'Published:',
    'Author:',
    'Maintainer:',
    'Documentation:',
    ...kDocs.flatMap(([k, v]) => [un(k), v]),
    'Downloads:',
    ...kDown.flatMap(([k, v]) => [un(k), v]),
    'Reverse dependencies:',
    ...kRev.flatMap(([k, v]) => [un(k), v]),
    'Linking:',
    'Please use the canonical form https://CRAN.R-project.org/package=tessellr to link to this page.',
  ],
};

export const HELDOUT394_D: readonly TestPage[] = [cran, homebrew];
