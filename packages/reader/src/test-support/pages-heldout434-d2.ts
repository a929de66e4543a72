import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, trs } from './pages-heldout434-kit.js';

/**
 * Held-out batch 434, file d2: a mindat-style mineral locality page, a data page whose text is short (site header with
 * search and login, the locality hierarchy as breadcrumbs, photo strip with captions and photographer credits, the
 * locality data table, description, mineral list with valid-species badges, references, "Localities in this region" rail,
 * ads, the "This page contains all mindat.org data" notice, footer).
 */
const mTitle = 'Corran Head Quarry, Ellory, Westmark, Ardmere';
const mData: string[][] = [
  ['Latitude & Longitude (WGS84)', '57° 12′ 4″ North , 5° 41′ 50″ West'],
  ['Type', 'Quarry - last checked 2025'],
  ['Köppen climate type', 'Cfb : Temperate oceanic climate'],
  ['Nearest Settlements', 'Ellory (population 1,240) - 2.1 km'],
];
const mDesc = [
  j(
    'A disused roadstone quarry cut into pillow basalts and hyaloclastite of Ordovician age. Zeolites and associated minerals',
    'line vesicles and fractures in the basalt, with the best material from the upper bench on the north face.',
  ),
  j(
    'The quarry floor is flooded in winter and the faces are unstable. Access is by permission of the Ellory Estate only, and',
    'hammering of the faces is not allowed.',
  ),
];
const mMinerals = ['Analcime', 'Calcite', 'Chabazite-Ca', 'Heulandite-Ca', 'Natrolite', 'Prehnite', 'Pumpellyite-(Mg)', 'Stilbite-Ca', 'Thomsonite-Ca'];
const mRefs = [
  'Tarrant, H. (1987) Zeolites from the basalts of western Ardmere. Ardmere Mineralogical Journal, 12, 44-58.',
  'Quell, M. and Denning, O. (2019) Prehnite and pumpellyite in the Corran Head pillow lavas. Field Notes, 7, 3-9.',
];
const mNav = ['Home', 'Minerals', 'Localities', 'Photos', 'Messageboard', 'Articles'];
const mCrumbs = ['Europe', 'Ardmere', 'Westmark', 'Ellory'];
const mPhotos = ['Natrolite sprays in vesicle, FOV 8 mm', 'Prehnite on basalt, 3.2 cm specimen'];
const mNear = ['Ellory Bay foreshore', 'Knockan Hill road cutting', 'Westmark Mine No. 2'];
const mFoot = ['About us', 'Contact us', 'Copyright', 'Privacy', 'Donate'];
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>${mTitle} - minerals-locality data</title>
<meta name="description" content="${mTitle}: A disused roadstone quarry cut into pillow basalts. 9 valid minerals.">
<meta property="og:type" content="place"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/mdstyle.css?v=331"><script src="/js/jquery.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Place","name":"${mTitle}","geo":{"@type":"GeoCoordinates","latitude":57.2011,
"longitude":-5.6972}}</script><script>var loc_id=318842;var gmapDefault=false;</script></head><body>
<div id="header"><div id="headerlogo"><a href="/"><img src="/imgs/logo.png" alt="Minerals-locality database"></a></div>
<div id="topnav"><ul>${links(mNav)}</ul></div><form id="searchbox"><input type="text" name="search" placeholder="Search minerals, localities..."></form>
<div id="loginbox"><a href="/login.php">Log In</a> | <a href="/register.php">Register</a></div></div>
<div id="maincontent"><div class="mindat-loc"><div class="locheader"><div class="lochierarchy">${mCrumbs
  .map((c) => `<a href="/loc-${c.length}.html">${c}</a>`)
  .join(' &gt; ')}</div>
<h1 class="loctitle">${mTitle}</h1></div>
<div class="locphotos"><div class="userbigpicture">${mPhotos
  .map(
    (c, i) => `<div class="photothumb"><img src="/imagecache/${i}.jpg" alt=""><div class="phcaption">${c}</div>
<div class="phcredit">Photo: Marit Quell</div></div>`,
  )
  .join('\n')}</div></div>
<div class="mindatsection"><table class="locdatatable"><tbody>${trs(mData, true)}</tbody></table></div>
<div class="ad-box"><div class="adlabel">Mindat-style database is supported by its sponsors. Ads help keep the site free.</div></div>
<div class="mindatsection locinfo"><h2 class="mindatsectionheader">Locality description</h2>
${ps(mDesc)}
<p class="locsubmitter">Contributed by Hamish Tarrant, 12 March 2018; last edited by Marit Quell, 5 January 2026</p></div>
<div class="mindatsection"><h2 class="mindatsectionheader">Mineral List</h2><p class="listcount">9 valid minerals.</p>
<ul class="minlist">${lis(mMinerals, 'minlistitem')}</ul></div>
<div class="mindatsection"><h2 class="mindatsectionheader">References</h2><ol class="reflist">${lis(mRefs)}</ol></div>
<div class="mindatsection locnear"><h2 class="mindatsectionheader">Localities in this Region</h2><ul>${links(mNear)}</ul></div>
<div class="disclaimer">This page contains all data for ${mTitle} on this site. Mineral lists contain entries from the region specified including
sub-localities.</div></div></div>
<div id="footer"><ul>${links(mFoot)}</ul><p>Copyright © Minerals-locality database 1993-2026. Page generated: 19 February 2026 22:04:11</p></div>
<div id="cookieconsent" class="cc-banner"><span class="cc-message">This website uses cookies to ensure you get the best experience.</span>
<a class="cc-btn cc-dismiss">Got it!</a></div></body></html>`;
export const mindat: TestPage = {
  name: 'heldout434-mindat-style-locality-wiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: ['Locality description', 'Mineral List', 'References'],
  body: texts([...mData.map((r) => r[1] ?? ''), ...mDesc, ...mMinerals, ...mRefs]),
  bylines: ['Contributed by Hamish Tarrant, 12 March 2018; last edited by Marit Quell, 5 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mNav, 'Log In', 'Register', 'Europe', 'Westmark', ...mPhotos, 'Photo: Marit Quell',
    'Mindat-style database is supported by its sponsors. Ads help keep the site free.', '9 valid minerals.', 'Localities in this Region', ...mNear,
    'Mineral lists contain entries from the region specified including sub-localities.', ...mFoot, 'Copyright © Minerals-locality database 1993-2026.',
    'Page generated: 19 February 2026 22:04:11', 'This website uses cookies to ensure you get the best experience.', 'Got it!',
  ],
};
