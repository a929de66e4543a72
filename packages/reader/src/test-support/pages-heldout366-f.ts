import { links, ps, type TestPage, texts } from './page-kit.js';
import { symbiota } from './pages-heldout366-f2.js';
import { j, lis } from './pages-heldout366-kit.js';

/**
 * Held-out batch 366, file f: a SIMBAD-style basic-data page of an astronomical database (table-based CDS template: the CDS
 * portal bar, the query form links, the object header table, the basic-data rows, the identifiers table, the "Notes"
 * paragraphs, the bibliography counter, the "Query around" tools, the external-archive links and the CDS footer with
 * its acknowledgement request) and, from file f2, a herbarium specimen record on a Symbiota portal.
 */
const aTitle = 'HD 218452 -- Variable Star of alpha2 CVn type';
const aBasic = [
  'ICRS coord. (ep=J2000): 23 07 41.2215 +41 52 08.914',
  'Proper motions mas/yr: 31.204 -12.877',
  'Parallax (mas): 6.8422',
  'Spectral type: A0pSiCr',
  'Fluxes: B 7.412, V 7.358, G 7.349',
];
const aNotes = [
  j(
    'HD 218452 is a chemically peculiar A-type star whose spectrum shows strong lines of silicon and chromium. Its brightness',
    'varies by about 0.04 magnitudes in V with a period of 3.6184 days, which is taken to be the rotation period of the star.',
  ),
  j(
    'The variation is explained by patches of enhanced silicon and chromium on the surface, held in place by a dipolar magnetic',
    'field of about 2.8 kG at the pole. Spectra taken over one rotation show the silicon lines strengthening as the field',
    'reaches its negative extreme.',
  ),
  j(
    'A faint companion 2.1 arcseconds to the north-east shares the proper motion of the primary and is probably a K-type',
    'dwarf. No orbital motion has been detected over 18 years of observations.',
  ),
];
const aMeasures = ['Rotation period: 3.6184 d (photometric)', 'Mean longitudinal field: -1.12 kG to +0.34 kG', 'Effective temperature: 11,200 K'];
const aIds = ['HD 218452', 'HIP 114203', 'BD+41 4712', 'Gaia DR3 1926447011846720', 'V1204 And'];
const aTop = ['Portal', 'Simbad', 'VizieR', 'Aladin', 'X-Match', 'Other', 'Help'];
const aTools = ['Query around with radius 2 arcmin', 'Aladin Lite', 'Display in Aladin Desktop', 'Interactive sky chart'];
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>HD 218452 -- Variable Star of alpha2 CVn type</title>
<meta name="description" content="SIMBAD basic data for HD 218452"><link rel="stylesheet" href="/simbad/styles/simbad.css">
<script type="text/javascript" src="/simbad/js/simbad.js"></script>
<script type="text/javascript">var Simbad = {"object":"HD 218452","oid":9201881};</script></head>
<body><div id="cds-portal-bar"><ul class="cds-menu">${links(aTop)}</ul></div>
<table width="100%" class="header"><tr><td><a href="/simbad/">SIMBAD</a> <span class="subtitle">Astronomical Database - CDS (Strasbourg)</span></td>
<td class="query-links"><a href="/simbad/sim-fid">Query by identifier</a> | <a href="/simbad/sim-fcoo">coordinates</a> |
<a href="/simbad/sim-fsam">criteria</a></td></tr></table>
<div id="basic_data"><table class="objheader"><tr><td><h1 class="object-title">${aTitle}</h1></td>
<td class="other-types"><span>Other object types: * (HD,HIP), V* (V1204 And), a2* (GCPD)</span></td></tr></table>
<table class="basic-data"><tbody>${aBasic.map((b) => `<tr><td class="data">${b}</td></tr>`).join('\n')}</tbody></table>
<h2 class="section">Measurements</h2><ul class="measures">${lis(aMeasures)}</ul>
<h2 class="section">Notes</h2><div class="notes">${ps(aNotes)}</div>
<h2 class="section">Identifiers (5)</h2><table class="identifiers"><tr>${aIds.map((i) => `<td>${i}</td>`).join('')}</tr></table>
<p class="biblio">References (47 between 1850 and 2026) <a href="#">Display references</a></p>
<p class="annot">Annotations (0) : <a href="#">Add a new annotation</a></p></div>
<div class="tools"><ul>${links(aTools)}</ul><p>External archives: ESO, HST, Gaia, TESS</p></div>
<div id="footer"><p>© Université de Strasbourg/CNRS</p><p>If the SIMBAD database was helpful for your research work, the following acknowledgment would be
appreciated: "This research has made use of the SIMBAD database, operated at CDS, Strasbourg, France".</p>
<p>Last modified: 2026-02-19 · Contact</p></div></body></html>`;
export const simbad: TestPage = {
  name: 'heldout366-simbad-star',
  kind: 'wiki',
  html: aHtml,
  title: aTitle,
  headings: ['Measurements', 'Notes'],
  body: texts([...aBasic, ...aMeasures, ...aNotes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aTop, 'SIMBAD', 'Astronomical Database - CDS (Strasbourg)', 'Query by identifier', 'coordinates', 'criteria',
    'Other object types: * (HD,HIP), V* (V1204 And), a2* (GCPD)', 'Identifiers (5)', ...aIds.slice(1), 'References (47 between 1850 and 2026)',
    'Display references', 'Annotations (0) :', 'Add a new annotation', ...aTools,
    'External archives: ESO, HST, Gaia, TESS', '© Université de Strasbourg/CNRS',
    j(
      'If the SIMBAD database was helpful for your research work, the following acknowledgment would be appreciated:',
      '"This research has made use of the SIMBAD database, operated at CDS, Strasbourg, France".',
    ),
    'Last modified: 2026-02-19 · Contact',
  ],
};

export const HELDOUT366_F: readonly TestPage[] = [simbad, symbiota];
