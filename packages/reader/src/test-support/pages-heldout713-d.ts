import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j } from './pages-heldout713-kit.js';

/**
 * Held-out batch 713, file d: an object page of a museum's online collection in Gallery Systems' eMuseum (result paging,
 * media viewer, tombstone fields, a catalogue essay with sub-headings in the Description field, provenance, exhibition
 * history, references, keywords, related objects, a feedback box and a cookie bar), and a collection-level finding aid page
 * in the ArchivesSpace public interface (badge and identifier, page actions, breadcrumb, the summary fields, accordion notes,
 * the finding aid's administrative panel, subjects and names, the collection organization sidebar and the stock footer).
 */
const eTitle = 'Rood screen panel with four saints';
const eIntro = j(
  'This panel is one of four surviving sections of the rood screen that once divided the nave from the chancel in the parish church',
  'of St. Aubric at Harnley, a wool village on the edge of the Calder wolds. It shows four saints standing in painted niches against a',
  'gilded ground, each identified by a name written in black letter on the rail beneath their feet.',
);
const eSecs: [string, string[]][] = [
  [
    'The saints',
    [
      j(
        'From left to right, the figures are Saint Aubric, the patron of the church, holding a model of the building; Saint Mellitha',
        'with the shears of her martyrdom; Saint Dunwal, a local hermit saint shown with a spade and a bundle of reeds; and Saint Corra,',
        'dressed as a noblewoman and holding an open book. Dunwal and Corra are almost unknown outside the Calder valley, and this panel is',
        'the most complete image of either to survive.',
      ),
      j(
        'The saints’ faces are painted with great care, but their bodies and drapery are simpler and were probably done by assistants.',
        'The same pattern of stencilled roses on the niches appears on screens at two neighbouring churches, which has led scholars to',
        'group all three under the name of the Harnley Master.',
      ),
    ],
  ],
  [
    'The screen at Harnley',
    [
      j(
        'Churchwardens’ accounts record that the screen was paid for between 1478 and 1483 by a gift from Agnes Skelder, the widow of a',
        'wool merchant, and by collections among the parish guilds. An inscription asking for prayers for Agnes and her husband once ran',
        'along the top rail; only a few words of it survive, on the companion panel that remains in the church.',
      ),
      j(
        'During the religious changes of the mid-sixteenth century, the images on many screens were scraped or whitewashed. At Harnley,',
        'the saints’ faces were scratched but the panels were left in place, and at some later date the whole screen was covered with a',
        'coat of brown paint. The figures were rediscovered in 1911, when the paint began to flake.',
      ),
    ],
  ],
  [
    'Damage and repair',
    [
      j(
        'The deliberate damage to the faces is still visible: look for the fine diagonal scratches across the eyes of all four saints.',
        'When the panel came to the museum in 1958, conservators chose to clean the later paint away but not to restore the scratched',
        'areas. The decision was controversial at the time. Today it allows visitors to see both the painting as it was made and the way',
        'it was treated by the parish a lifetime later.',
      ),
      j(
        'Technical study in 2019 found traces of an earlier design beneath Saint Corra, a kneeling figure in a red gown, suggesting that',
        'the painter changed the scheme while the work was in progress.',
      ),
    ],
  ],
];
const eFields = [
  'Artist',
  'Workshop of the Harnley Master (active about 1470–1500)',
  'Date',
  'about 1480',
  'Medium',
  'Oil and gilding on oak',
  'Dimensions',
  'Overall: 98.4 × 122 cm (38 3/4 × 48 in.)',
  'Classification',
  'Paintings',
  'Credit Line',
  'Gift of the Parochial Church Council of St. Aubric, Harnley, 1958',
  'Object Number',
  '1958.114',
  'On View',
  'Gallery 12, Medieval Britain',
];
const eArtist = '<a class="peopleLink" href="/people/1184/">Workshop of the Harnley Master</a> (active about 1470–1500)';
const eProv = j(
  'St. Aubric’s Church, Harnley, from about 1483; removed from the screen during restoration of the church, 1957; given by the',
  'Parochial Church Council of St. Aubric, Harnley, to the museum, 1958.',
);
const eExh = [
  'Saints of the Wolds: Parish Art in the Calder Valley, Calderbrook Museum of History and Art, 1987',
  'Painted Screens of the North, Harlow Street Gallery, Brenford, 2004–2005',
];
const eRefs = [
  'Ingram, Philippa. The Harnley Master and the Painted Screens of the Calder Wolds. Calderbrook: Calderbrook Museum, 1993, no. 4, pp. 41–47.',
  'Oduya, Maren. “Scratched Saints: Iconoclasm and Repair in a Wolds Parish.” Calder Historical Journal 58 (2020): 12–29.',
];
const eKeys = ['saints', 'rood screens', 'iconoclasm', 'oak', 'gilding'];
const eRelated = [
  ['Rood screen panel with Saints Ebbe and Tancred', 'about 1480'],
  ['Processional cross', 'about 1450'],
  ['Pyx with engraved lilies', 'about 1500'],
];
const eNav = ['Collections', 'Objects', 'People', 'Exhibitions', 'Advanced Search'];
const eHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1">
<title>Rood screen panel with four saints – Works – Calderbrook Museum of History and Art</title>
<meta name="description" content="Rood screen panel with four saints, Workshop of the Harnley Master, about 1480. Oil and gilding on oak.">
<meta property="og:title" content="${eTitle}"><meta property="og:type" content="website"><meta property="og:site_name" content="Calderbrook Museum Collections">
<meta property="og:image" content="https://collections.calderbrookmuseum.org/internal/media/dispatcher/22184/preview">
<link rel="stylesheet" href="/static/css/emuseum.css?v=6.2.1"><link rel="stylesheet" href="/static/custom/css/calderbrook.css?v=14">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VisualArtwork","name":"${eTitle}","dateCreated":"about 1480",
"artMedium":"Oil and gilding on oak","identifier":"1958.114","creator":{"@type":"Person","name":"Harnley Master"}}</script>
<script>var emuseum = {"baseUrl":"","language":"en","objectId":30417,"module":"objects","advancedSearchFields":["people","title","invno"]};</script></head>
<body class="emuseum en-us objects-detail">
<div id="cookie-bar" class="cookie-bar" role="region" aria-label="Cookie notice"><p>This website uses cookies to improve your experience and to collect
anonymous visitor statistics.</p><button class="cookie-bar__accept" type="button">Accept</button><a class="cookie-bar__more"
href="https://www.calderbrookmuseum.org/privacy/">Learn more</a></div>
<div id="emuseumBackground"><div id="emuseumcontainer">
<header id="header" role="banner"><a class="skip-to-content sr-only sr-only-focusable" href="#main">Skip to main content</a><div id="logo"><a
href="https://www.calderbrookmuseum.org/"><img src="/static/custom/images/calderbrook-logo.svg" alt="Calderbrook Museum of History and Art"></a></div>
<div id="siteTitle"><a href="/">Collections Online</a></div>
<nav id="primary-nav" role="navigation" aria-label="Main"><ul class="nav">${links(eNav)}</ul></nav>
<div id="searchForm"><form action="/search" method="get" role="search"><label for="search-input" class="sr-only">Search the collection</label><input
id="search-input" name="q" type="text" placeholder="Search the collection"><button type="submit" class="btn">Search</button></form></div></header>
<main id="main"><div id="breadcrumb" class="breadcrumb"><a href="/">Home</a> <span class="sep">/</span> <a href="/objects">Objects</a> <span
class="sep">/</span>
<span class="current">${eTitle}</span></div>
<div id="prevNextNav" class="prevNextNav"><a class="prevLink" href="/objects/30412/">« Previous</a> <span class="results">Result 3 of 41</span> <a
class="nextLink" href="/objects/30421/">Next »</a> <a class="backLink" href="/search/screen%20panel">Back to results</a></div>
<div class="detailView"><div id="mediaZone" class="mediaZone"><div class="emuseum-img-wrap"><img class="primaryMedia"
src="/internal/media/dispatcher/22184/resize%3Aformat%3Dfull" alt="Four painted saints in gilded niches on an oak panel"></div>
<div class="mediaControls"><a class="zoomLink" href="#"><span class="icon-zoom" aria-hidden="true"></span> Zoom</a> <a class="downloadLink"
href="/internal/media/dispatcher/22184/full">Download image</a></div><div class="additionalMedia"><span class="additionalMediaLabel">Additional
images</span><a href="#"><img src="/internal/media/dispatcher/22185/thumbnail" alt="Detail of Saint Corra"></a><a href="#"><img
src="/internal/media/dispatcher/22186/thumbnail" alt="Infrared image"></a></div></div>
<div class="detailWrap" id="detailView"><div class="titleField"><h1>${eTitle}</h1></div>
${[0, 2, 4, 6, 8, 10, 12, 14]
  .map(
    (i) => `<div class="detailField ${at(eFields, i).toLowerCase().replace(/ /g, '')}Field"><span class="detailFieldLabel">${at(eFields, i)}</span><span
class="detailFieldValue">${i === 0 ? eArtist : at(eFields, i + 1)}</span></div>`,
  )
  .join('\n')}
<div class="detailField descriptionField"><span class="detailFieldLabel">Description</span><div class="detailFieldValue">
<p>${eIntro}</p>
${eSecs.map(([h, p]) => `<h3>${h}</h3>\n${ps(p)}`).join('\n')}</div></div>
<div class="detailField provenanceField"><span class="detailFieldLabel">Provenance</span><span class="detailFieldValue">${eProv}</span></div>
<div class="detailField exhibitionsField"><span class="detailFieldLabel">Exhibition History</span><div class="detailFieldValue"><ul>${eExh
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></div></div>
<div class="detailField bibliographyField"><span class="detailFieldLabel">Published References</span><div class="detailFieldValue"><ul>${eRefs
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></div></div>
<div class="detailField keywordsField"><span class="detailFieldLabel">Keywords</span><span class="detailFieldValue">${eKeys
  .map((k) => `<a class="keyword" href="/search/*/objects?filter=keyword%3A${encodeURIComponent(k)}">${k}</a>`)
  .join(' ')}</span></div>
<div class="detailField rightsField"><span class="detailFieldLabel">Rights</span><span class="detailFieldValue">Public Domain. Image © Calderbrook Museum of
History and Art.</span></div>
<div class="shareArea"><span class="shareLabel">Share</span> <a class="share-email" href="mailto:?subject=${eTitle}">Email</a> <a class="share-facebook"
href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a class="share-cite" href="#cite">Cite this object</a></div>
</div></div>
<div id="relatedObjects" class="relatedObjects"><h2>Related Objects</h2><div class="results">${eRelated
  .map(
    ([t, d]) => `<div class="result item"><div class="emuseum-img-wrap"><img src="/internal/media/dispatcher/x/thumbnail" alt=""></div><div class="title
text-wrap"><a href="/objects/x/">${t}</a></div><div class="displayDate">${d}</div></div>`,
  )
  .join('\n')}</div></div>
<div class="feedbackBox"><h3>Have information about this object?</h3><p>We are always learning more about the collection. If you have a correction or
more information, please <a href="https://www.calderbrookmuseum.org/collection-feedback/?object=1958.114">let us know</a>.</p></div></main>
<footer id="footer" role="contentinfo"><div class="footer-address"><p>Calderbrook Museum of History and Art</p><p>14 Minster Row, Calderbrook</p><p>Open
Tuesday to Sunday, 10 am to 5 pm. Free admission.</p></div><ul class="footer-links">${links([
  'Visit',
  'Image requests',
  'Terms of use',
  'Privacy',
])}</ul><p class="poweredBy">Powered by <a href="https://www.gallerysystems.com/products-and-services/emuseum/">eMuseum</a></p></footer>
</div></div><script src="/static/js/emuseum.js?v=6.2.1"></script></body></html>`;
const emuseum: TestPage = gold({
  name: 'heldout713-emuseum-rood-screen',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eSecs.map(([h]) => h),
  body: texts([eIntro, ...eSecs.flatMap(([, p]) => p)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to improve your experience and to collect anonymous visitor statistics.', 'Accept', 'Learn more', 'Skip to main content',
    'Collections Online', ...eNav, 'Search the collection', 'Search', 'Home', eTitle, '« Previous', 'Result 3 of 41', 'Next »', 'Back to results', 'Zoom',
    'Download image', 'Additional images', ...eFields, 'Description', 'Provenance', eProv, 'Exhibition History', ...eExh, 'Published References',
    ...eRefs, 'Keywords', ...eKeys, 'Rights', 'Public Domain. Image © Calderbrook Museum of History and Art.', 'Share', 'Email', 'Facebook',
    'Cite this object', 'Related Objects', ...eRelated.flat(), 'Have information about this object?',
    'We are always learning more about the collection. If you have a correction or more information, please let us know.',
    'Calderbrook Museum of History and Art', '14 Minster Row, Calderbrook', 'Open Tuesday to Sunday, 10 am to 5 pm. Free admission.', 'Visit',
    'Image requests', 'Terms of use', 'Privacy', 'Powered by eMuseum',
  ],
});

const aTitle = 'Marsh Lane Mutual Aid Society records';
const aScope = j(
  'The records document the work of the Marsh Lane Mutual Aid Society, a burial and sickness benefit society founded by Polish and',
  'Lithuanian dock workers in the Marsh Lane district of Eastmere in 1889. They include minute books of the general meeting and the',
  'committee (1889-1958), membership and dues ledgers, a register of sick and death benefits paid, correspondence with the city’s',
  'charity board and with other mutual aid societies, printed constitutions and by-laws in Polish and English, programmes and',
  'photographs of society events, and the society’s banner.',
);
const aScope2 = j(
  'Of particular note is the register of death benefits, which records the name, age, address and parish of nearly 1,400 members',
  'and family members buried with the society’s help between 1891 and 1956.',
);
const aDates = ['Creation: 1889-1961', 'Majority of material found within 1895-1940'];
const aCreator = 'Marsh Lane Mutual Aid Society (Eastmere)';
const aExtent = '4.5 Linear Feet (9 boxes, 1 oversize folder, 1 banner)';
const aLang = 'Materials are in English and Polish, with some Lithuanian.';
const aNotes: [string, string[]][] = [
  [
    'Biographical / Historical',
    [
      j(
        'The Marsh Lane Mutual Aid Society was founded on 14 April 1889 at a meeting of 31 dock workers in the back room of Szymon',
        'Kowal’s boarding house on Tannery Street. Its purpose, stated in the first by-laws, was “to assist members in sickness and to',
        'bury them decently in death.” Members paid dues of ten cents a week; in return, they received a weekly sick benefit and, at',
        'death, a payment toward funeral costs and the services of the society’s pall-bearers, who walked behind its banner.',
      ),
      j(
        'At its height in the 1910s the society had more than 900 members and was closely tied to the parish of Our Lady of the Harbour,',
        'whose priests served as its chaplains. It admitted women as full members from 1921. Membership declined after the Second World',
        'War as commercial insurance and public benefits became available, and the society was dissolved in 1961, when its remaining',
        'funds were given to the parish school.',
      ),
    ],
  ],
  [
    'Arrangement',
    [
      j(
        'The records are arranged in five series: minute books; membership and dues records; benefit registers; correspondence; and',
        'printed material, photographs and artefacts. Within each series, files are arranged chronologically.',
      ),
    ],
  ],
  [
    'Conditions Governing Access',
    [
      j(
        'The collection is open for research. The benefit registers contain medical information about named individuals and may be',
        'consulted only in the reading room; entries less than 75 years old are closed.',
      ),
    ],
  ],
  [
    'Conditions Governing Use',
    [
      j(
        'Copyright in the society’s records has been transferred to Eastmere University. Researchers are responsible for obtaining',
        'permission to publish from the holders of copyright in correspondence from other bodies.',
      ),
    ],
  ],
  [
    'Immediate Source of Acquisition',
    [
      j(
        'Donated by the parish council of Our Lady of the Harbour, Eastmere, in 1987 (accession 1987-041), with additions from Irena',
        'Sadowska, granddaughter of the society’s last secretary, in 2024 (accession 2024-007).',
      ),
    ],
  ],
];
const aRepo = 'Eastmere University Special Collections and Archives';
const aNav = ['Repositories', 'Collections', 'Digital Materials', 'Names', 'Subjects', 'Classifications'];
const aAdmin = [
  'Title',
  'Marsh Lane Mutual Aid Society records, 1889-1961',
  'Description rules',
  'Describing Archives: A Content Standard',
  'Language of description',
  'English',
];
const aSubjects = ['Burial insurance', 'Dock workers', 'Friendly societies', 'Polish Americans -- Societies, etc.'];
const aNames = ['Our Lady of the Harbour Parish (Eastmere)', 'Kowal, Szymon, 1851-1917'];
const aTree = [
  'Series 1: Minute books, 1889-1958',
  'Series 2: Membership and dues records, 1889-1960',
  'Series 3: Benefit registers, 1891-1956',
  'Series 4: Correspondence, 1894-1961',
  'Series 5: Printed material, photographs and artefacts, 1889-1959',
];
const aPanel = (id: string, h: string, inner: string): string => `<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title"><a
class="accordion-toggle" data-toggle="collapse" data-parent="#res_accordion" href="#${id}" aria-expanded="true">${h}</a></h3></div><div id="${id}"
class="panel-collapse collapse note_panel in" aria-expanded="true"><div class="panel-body">${inner}</div></div></div>`;
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marsh Lane Mutual Aid Society records | Eastmere University Special Collections and Archives</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="Q2m9x3hTzV1f5kcw8aQ8sB4Ykx9n2JpE7v6q0cP1mNs">
<link rel="stylesheet" href="/assets/application-8c1d2e77b0e1f3a8.css" media="all"><link rel="stylesheet" href="/assets/eastmere-custom-41ab.css" media="all">
<script>var APP_PATH = '/'; var SHOW_IDENTIFIERS_IN_TREE = false; var FRONTEND_URL = 'https://archives.eastmere.edu/staff';</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@id":"https://archives.eastmere.edu/repositories/2/resources/611","@type":["Collection",
"ArchiveComponent"],"name":"Marsh Lane Mutual Aid Society records, 1889-1961","identifier":"MS 0387","dateCreated":["1889-1961"],
"holdingArchive":{"@id":"https://archives.eastmere.edu/repositories/2","@type":"ArchiveOrganization","name":"${aRepo}"}}</script></head>
<body class="resources show"><div class="skipnav"><a class="sr-only sr-only-focusable" href="#maincontent">Skip to main content</a></div>
<div class="container-fluid no-pad"><section id="header"><div class="row"><div class="col-sm-9"><h1><a title="Return to the ArchivesSpace homepage"
href="https://archives.eastmere.edu">${aRepo}</a></h1></div><div class="col-sm-3 hidden-xs"><img class="logo" src="/assets/eastmere-logo.png"
alt="Eastmere University Library"></div></div></section>
<section id="navigation"><nav class="navbar navbar-default" aria-label="top-level navigation"><div class="container-fluid navbar-header top-bar"><button
type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#collapsemenu" aria-expanded="false"><span class="sr-only">Toggle
Navigation</span><span class="icon-bar"></span></button><div class="collapse navbar-collapse" id="collapsemenu"><ul class="nav navbar-nav">${links(aNav)}
<li><a href="/search?reset=true" title="Search The Archives"><span class="fa fa-search" aria-hidden="true"></span><span class="sr-only">Search The
Archives</span></a></li></ul></div></div></nav></section></div>
<section id="content" class="container-fluid mt-2 pt-2"><a name="maincontent" id="maincontent"></a>
<div class="row" id="info_row"><div class="information col-sm-7"><h1>${aTitle}</h1>
<div class="badge-and-identifier"><div class="record-type-badge resource"><i class="fa fa-archive"></i>&#160;Collection </div><div class="identifier"><span
class="id-label">Identifier:</span>&#160;<span class="component">MS 0387</span></div></div></div>
<div class="page_actions col-sm-5 right"><div title="Page Actions" class="text-right"><div class="large-badge"><form id="cite_sub"
action="/cite" method="get"><button type="submit" class="btn btn-default page_action request"><i
class="fa fa-bookmark fa-3x"></i><br>Citation</button></form></div>
<div class="large-badge"><form id="request_sub" action="/repositories/2/resources/611/request" method="post"><button type="submit" class="btn btn-default
page_action request"><i class="fa fa-external-link fa-3x"></i><br>Request</button></form></div><div class="large-badge"><form id="print_form"
action="/repositories/2/resources/611/pdf" method="post"><button type="submit" class="btn btn-default page_action print"><i class="fa fa-file-pdf-o
fa-3x"></i><br>Print</button></form></div></div></div></div>
<div class="row"><div class="col-sm-12"><ol class="breadcrumb"><li><a href="/repositories/2">${aRepo}</a></li><li><span class="record-type-badge resource"><i
class="fa fa-archive"></i>&#160;Collection</span> ${aTitle}</li></ol></div></div>
<div class="row" id="notes_row"><div class="col-sm-9 resizable-content-pane"><div class="upper-record-details">
<div class="abstract single_note"><span class="inline-label">Scope and Contents</span><p>${aScope}</p><p>${aScope2}</p></div>
<h3>Dates</h3><ul class="dates">${aDates.map((d) => `<li class="dates">${d}</li>`).join('')}</ul>
<h3>Creator</h3><div class="agent_list"><ul><li><a href="/agents/corporate_entities/188">${aCreator}</a></li></ul></div>
<h3>Extent</h3><div class="extent">${aExtent}</div>
<h3>Language of Materials</h3><div class="language"><p>${aLang}</p></div></div>
<div class="acc_holder clear"><div class="panel-group" id="res_accordion">
${aNotes.map(([h, p], i) => aPanel(`note_${i}`, h, ps(p))).join('\n')}
${aPanel(
  'fa_admin',
  'Finding aid &amp; administrative information',
  `<dl class="dl-horizontal">${[0, 2, 4]
    .map((i) => `<dt>${at(aAdmin, i)}</dt><dd>${at(aAdmin, i + 1)}</dd>`)
    .join('')}<dt>Author</dt><dd>Lidia Marek</dd><dt>Date</dt><dd>2026 March</dd></dl>`,
)}
${aPanel(
  'repo_deets',
  'Repository Details',
  `<h4>Repository Details</h4><p>Part of the ${aRepo} Repository</p><div class="website"><a href="https://library.eastmere.edu/archives">Visit
homepage</a></div><p>400 Commons Road, Eastmere</p><p>archives@eastmere.edu</p>`,
)}
${aPanel('subj_list', 'Subject', `<ul class="present_list subjects_list">${aSubjects.map((s) => `<li><a href="/subjects/x">${s}</a></li>`).join('')}</ul>`)}
${aPanel('agent_list', 'Names', `<ul class="present_list agents_list">${aNames.map((s) => `<li><a href="/agents/x">${s}</a></li>`).join('')}</ul>`)}
</div></div></div>
<div id="sidebar" class="col-sm-3 sidebar sidebar-container resizable-sidebar"><div class="search"><form id="search_within" action="/search"
method="get"><label class="sr-only" for="filter_q0">Search Terms</label><input type="text" id="filter_q0" name="q[]" placeholder="Search within this
collection"><button type="submit" class="btn btn-default">Search</button></form></div>
<h2>Collection organization</h2><div class="infinite-tree-sidebar" role="tree"><ul class="tree-level-1"><li class="current" role="treeitem"><a
href="/repositories/2/resources/611">${aTitle}, 1889-1961</a><ul class="tree-level-2">${aTree
  .map((t) => `<li role="treeitem"><a href="/repositories/2/archival_objects/x">${t}</a></li>`)
  .join('')}</ul></li></ul></div></div></div></section>
<div class="row footer"><div class="col-sm-12"><p class="text-center"><a href="https://archives.eastmere.edu/staff">Staff Interface</a> | Visit <a
href="https://archivesspace.org">ArchivesSpace.org</a> | v3.5.1 | <a href="#" data-toggle="modal" data-target="#feedback">Send Feedback or Report a
Problem</a></p></div></div>
<script src="/assets/application-3f7a6c1e.js"></script></body></html>`;
const archivesspace: TestPage = gold({
  name: 'heldout713-archivesspace-mutual-aid',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ['Scope and Contents', 'Dates', 'Creator', 'Extent', 'Language of Materials', ...aNotes.map(([h]) => h)],
  body: texts([aScope, aScope2, ...aDates, aCreator, aExtent, aLang, ...aNotes.flatMap(([, p]) => p)]),
  bylines: ['Lidia Marek', '2026 March'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', aRepo, 'Toggle Navigation', ...aNav, 'Search The Archives', 'Collection', 'Identifier:', 'MS 0387', 'Citation', 'Request',
    'Print', aTitle, 'Finding aid & administrative information', ...aAdmin, 'Author', 'Date', 'Repository Details',
    `Part of the ${aRepo} Repository`, 'Visit homepage', '400 Commons Road, Eastmere', 'archives@eastmere.edu', 'Subject', ...aSubjects, 'Names',
    ...aNames, 'Search Terms', 'Search', 'Collection organization', `${aTitle}, 1889-1961`, ...aTree, 'Staff Interface', 'Visit ArchivesSpace.org',
    'v3.5.1', 'Send Feedback or Report a Problem',
  ],
});

export const HELDOUT713_D: readonly TestPage[] = [emuseum, archivesspace];
