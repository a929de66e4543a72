import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout366-kit.js';

/**
 * Held-out batch 366, file f2: a herbarium specimen record on a Symbiota portal (PHP template: the portal header banner,
 * the horizontal menu, the breadcrumb "navpath", the collection logo and name, the tabs "Details / Map / Linked
 * Resources / Comments", the label-style field divs, the specimen image with its credit, the determination history, the
 * "Record Id" and "Do you see an error?" box, the comments tab with one public comment, and the footer with the
 * funding line).
 */
const hTitle = 'Ostrya merrowensis Hallgren';
const hFields = [
  'Catalog #: CALD-0048213',
  'Collector: Aneira Toll',
  'Number: 1177',
  'Date: 14 September 1962',
  'Locality: Calder Isles, Westray Head, slope above the old quarry track, 0.6 km north of the lighthouse',
  'Latitude/Longitude: 58.40712 -7.28844',
  'Elevation: 85 meters',
];
const hHabitat = j('Habitat: Open wind-cut heath with Calluna and Empetrum on thin peat over granite, at the edge of blanket bog; exposed to', 'the west.');
const hDescription = j(
  'Description: Low spreading shrub 0.4 m; leaves leathery, pale and glandular beneath, bitter-smelling when crushed; fruiting',
  'catkins with inflated papery bracts, bracts straw-coloured.',
);
const hNotes = j(
  'Notes: Common on this headland; patches to 20 m across, heavily browsed by goats on the seaward side. Duplicate sent to the',
  'Northmere herbarium. Label transcribed by volunteers in 2024; locality georeferenced from the collector’s field notebook.',
);
const hDets = [
  'Determiner: A. Toll · Date: 1962 · Ostrya merrowensis Hallgren',
  'Determiner: H. Lindqvist · Date: 2019-05-03 · Ostrya merrowensis Hallgren · Annotation: confirmed from bract and leaf indumentum',
];
const hMenu = ['Home', 'Search Collections', 'Map Search', 'Image Search', 'Checklists', 'Identification Keys', 'About', 'Sitemap', 'Login'];
const hTabs = ['Details', 'Map', 'Linked Resources', 'Comments (1)'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Calder Herbarium Portal Detailed Collection Record Information</title><meta name="description" content="Ostrya merrowensis specimen CALD-0048213">
<link href="/css/base.css?ver=3.1" type="text/css" rel="stylesheet"><link href="/css/symbiota/main.css?ver=3.1" type="text/css" rel="stylesheet">
<script src="/js/jquery-3.7.1.min.js" type="text/javascript"></script><script type="text/javascript">let occid = 771204; let collid = 4;</script>
</head><body><div class="header-wrapper"><header><div class="top-wrapper"><a class="screen-reader-only" href="#end-nav">Skip Navigation</a>
<div class="top-login"><a href="/profile/index.php">Login</a></div></div><div class="header-banner"><h2 class="portal-name">Calder Herbarium Portal</h2>
<p class="portal-tagline">Specimen data of the Calder Isles flora</p></div>
<nav class="top-menu"><ul id="hor_dropdown">${links(hMenu)}</ul></nav></header></div>
<div class="navpath"><a href="/index.php">Home</a> &gt;&gt; <a href="/collections/index.php">Collection Search</a> &gt;&gt;
<a href="/collections/list.php">Search Results</a> &gt;&gt; <b>Specimen Record</b></div>
<div id="innertext" role="main"><div id="tabs" class="taxondisplaydiv"><ul class="tab-list">${links(hTabs)}</ul>
<div id="occurtab"><div id="occur-div"><div id="title1-div" class="title1-div"><img src="/content/collicon/cald.png" alt="collection logo">
<span class="coll-name">Calder Natural History Museum Herbarium (CALD)</span></div>
<div id="sciname-div" class="sciname-div"><h1 class="sciname">${hTitle}</h1><span class="family">Betulaceae</span></div>
${hFields.map((f, i) => `<div id="field${i}-div" class="bottom-breathing-room-rel">${f.replace(/^([^:]+:)/, '<label>$1</label>')}</div>`).join('\n')}
<div id="habitat-div" class="bottom-breathing-room-rel"><label>Habitat:</label> ${hHabitat.slice(9)}</div>
<div id="description-div" class="bottom-breathing-room-rel"><label>Description:</label> ${hDescription.slice(13)}</div>
<div id="notes-div" class="bottom-breathing-room-rel"><label>Notes:</label> ${hNotes.slice(7)}</div>
<fieldset id="determination-fieldset"><legend>Determination History</legend>
${hDets.map((d) => `<div class="identhistory-div">${d}</div>`).join('\n')}</fieldset>
<div id="thumbnail-div" class="imgDiv"><a href="/imglib/cald/48213.jpg"><img src="/imglib/cald/48213_tn.jpg" alt="specimen image"></a>
<div class="credit">Image: Calder Natural History Museum, CC BY-NC 4.0</div></div>
<div id="rights-div" class="bottom-breathing-room-rel"><label>Rights:</label> Use of these data requires attribution to the collection.</div>
<div id="recordid-div"><label>Record Id:</label> 6c41f0a2-7b9e-4d1c-9a3e-18f2c07b5d44</div>
<div id="contact-div" class="contact-div">For additional information on this specimen, please contact: <a href="mailto:herbarium@cnhm.example">Ruth
Carrow</a></div><div class="error-box">Do you see an error or have a comment about this record?</div></div></div>
<div id="commenttab"><div class="comment-div"><b>Idris Maelor</b> <span class="comment-date">posted 2025-08-19 10:12</span>
<p class="comment-text">Same patch is still there; I counted about twelve plants this summer.</p></div>
<p class="comment-note">Messages over 500 words long may be automatically truncated. All comments are moderated.</p></div></div></div>
<footer><div class="logo-gallery"><p>This portal is supported by the Calder Isles Biodiversity Trust.</p></div>
<p>For more information about Symbiota, read the Symbiota documentation. Powered by Symbiota.</p></footer></body></html>`;
export const symbiota: TestPage = {
  name: 'heldout366-symbiota-herbarium-specimen',
  kind: 'wiki',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: texts([...hFields, hHabitat, hDescription, hNotes, ...hDets]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip Navigation', 'Calder Herbarium Portal', 'Specimen data of the Calder Isles flora', ...hMenu, 'Collection Search', 'Search Results',
    'Specimen Record', ...hTabs, 'Calder Natural History Museum Herbarium (CALD)', 'Betulaceae', 'Determination History',
    'Image: Calder Natural History Museum, CC BY-NC 4.0', 'Rights:', 'Use of these data requires attribution to the collection.', 'Record Id:',
    '6c41f0a2-7b9e-4d1c-9a3e-18f2c07b5d44', 'For additional information on this specimen, please contact:', 'Ruth Carrow',
    'Do you see an error or have a comment about this record?', 'Idris Maelor', 'posted 2025-08-19 10:12',
    'Same patch is still there; I counted about twelve plants this summer.',
    'Messages over 500 words long may be automatically truncated. All comments are moderated.',
    'This portal is supported by the Calder Isles Biodiversity Trust.',
    'For more information about Symbiota, read the Symbiota documentation. Powered by Symbiota.',
  ],
};
