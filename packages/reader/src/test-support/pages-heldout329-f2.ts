import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout329-kit.js';

/**
 * Held-out batch 329, file f2: an ICJ-style press release page (for an invented Permanent Court of Arbitral Justice): header
 * with the two official languages, main menu, breadcrumb, case box with the case title and the "Overview of the case" link,
 * press release number, "Unofficial" mark and dateline "THE HAGUE," inside the text, "History of the proceedings" and
 * "Composition of the Court" sections, the "Note" paragraph for the press, attached document links, "Press contacts" block,
 * cookie notice and footer. Gold: the press-release number and "Unofficial" mark are bylines; the "Note" and the
 * Registry's information paragraph at the end are furniture.
 */
const kTitle = 'The Court delivers its Order on the request for the indication of provisional measures';
const kP = [
  j(
    'The Court today delivered its Order on the request for the indication of provisional measures',
    'submitted by the Republic of Tessaly in the case concerning the Dam on the Upper Meral River',
    '(Tessaly v. Kingdom of Arandor).',
  ),
  j(
    'In its Order, the Court unanimously indicated that Arandor shall, pending the final decision in the case, ensure',
    'that the minimum flow of the Meral River at the border gauging station does not fall below 120 cubic metres per',
    'second, and that both Parties shall refrain from any action that might aggravate or extend the dispute.',
  ),
  j(
    'By fourteen votes to two, the Court also indicated that Arandor shall share with Tessaly, every month, data on',
    'reservoir levels and releases from the dam, and that the Parties shall each inform the Court of the steps taken to',
    'implement the Order within three months.',
  ),
];
const kH1 = 'History of the proceedings';
const kP1 = [
  j(
    'On 12 December 2025, Tessaly filed an Application instituting proceedings against Arandor, alleging violations of the',
    '1998 Treaty on the Shared Waters of the Meral Basin and of customary international law. The Application was',
    'accompanied by a request for the indication of provisional measures.',
  ),
  j(
    'Public hearings on the request were held from 20 to 22 January 2026. In its Order, the Court found that it had',
    'prima facie jurisdiction under the compromissory clause of the 1998 Treaty, that the rights claimed by Tessaly were',
    'plausible, and that there was a real risk of irreparable harm to the communities downstream during the dry season.',
  ),
];
const kH2 = 'Composition of the Court';
const kP2 = [
  j(
    'The Court was composed as follows: President Osei-Lindqvist; Vice-President Marchetti; Judges Abrantes, Kowalczyk,',
    'Nakamura-Reyes, Duval, Ibekwe, Sørlie, Haddad, Villacorta, Menon, Petrov, Alvarado; Judges ad hoc Tamm, Oduya;',
    'Registrar Fairbairn.',
  ),
  j(
    'Judge Kowalczyk and Judge ad hoc Oduya append dissenting opinions to the Order of the Court; Judge Menon appends a',
    'declaration to the Order of the Court.',
  ),
];
const kLangs = ['English', 'Français'];
const kMenu = ['About the Court', 'Cases', 'Press room', 'Multimedia', 'Visits', 'Decisions'];
const kCrumb = ['Home', 'Cases', 'Contentious cases'];
const kDocs = ['Order of 6 March 2026', 'Summary of the Order', 'Dissenting opinion of Judge Kowalczyk'];
const kFoot = ['Contact', 'Employment', 'Site map', 'Terms of use', 'Peace Palace'];
const kNote = j(
  'The Permanent Court of Arbitral Justice is the principal judicial organ of the Concord Nations. It was established by',
  'the Concord Nations Charter in 1947 and sits in the Peace Palace in The Hague.',
);
const kHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Press releases | Permanent Court of Arbitral Justice</title>
<meta name="description" content="The Court delivers its Order on the request for the indication of provisional measures.">
<meta property="og:site_name" content="Permanent Court of Arbitral Justice"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${kTitle}","datePublished":"2026-03-06"}</script>
<script>jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"en\\/"});</script>
<link rel="stylesheet" href="/sites/all/themes/pcaj/css/style.css"></head>
<body class="html not-front page-node node-type-press-release"><div id="cookie-compliance"><p>This website uses only technical cookies
necessary for its operation.</p><button>Close</button></div>
<div id="page"><header id="header"><div class="site-name"><a href="/en">Permanent Court of Arbitral Justice</a></div>
<ul class="language-switcher-locale-url">${links(kLangs)}</ul><nav id="main-menu"><ul class="menu">${links(kMenu)}</ul></nav></header>
<div class="breadcrumb">${kCrumb.map((c) => `<a href="#">${c}</a>`).join(' » ')}</div>
<div id="main"><div class="case-box"><span class="case-label">Case</span><h2 class="case-title">Dam on the Upper Meral River (Tessaly v. Arandor)</h2>
<a href="/en/case/201">Overview of the case</a></div>
<div id="content" class="column"><div class="node node-press-release"><div class="press-release-header">
<p class="pr-number">Press release No. 2026/14</p><p class="pr-status">Unofficial</p>
<h1 class="title">${kTitle}</h1></div>
<div class="field field-name-body"><p><span class="dateline">THE HAGUE, 6 March 2026.</span></p>
${ps(kP)}
<h3>${kH1}</h3>
${ps(kP1)}
<h3>${kH2}</h3>
${ps(kP2)}
<p class="note"><em>Note:</em> The Court’s press releases are prepared by its Registry for information purposes only and do not
constitute official documents.</p>
<p class="registry-info">${kNote}</p></div>
<div class="attachments"><h4>Documents</h4><ul>${links(kDocs)}</ul></div>
<div class="press-contacts"><h4>Information Department</h4><p>Ms Annelies Voorhout, Head of Department: +31 70 302 2336</p>
<p>Mr Pieter Claes, Information Officer: +31 70 302 2337</p></div></div></div></div>
<footer id="footer"><ul>${links(kFoot)}</ul><p>© 2026 Permanent Court of Arbitral Justice</p></footer></div>
<script src="/sites/all/themes/pcaj/js/script.js"></script></body></html>`;

export const courtPress: TestPage = {
  name: 'heldout329-pcaj-icj-court-press-release-news',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: [kH1, kH2],
  body: texts([...kP, ...kP1, ...kP2]),
  bylines: ['Press release No. 2026/14', 'Unofficial', 'THE HAGUE, 6 March 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses only technical cookies necessary for its operation.', 'Close', 'Permanent Court of Arbitral Justice', ...kLangs, ...kMenu,
    'Home', 'Contentious cases', 'Case', 'Dam on the Upper Meral River (Tessaly v. Arandor)', 'Overview of the case',
    'Note: The Court’s press releases are prepared by its Registry for information purposes only and do not constitute official documents.',
    kNote, 'Documents', ...kDocs, 'Information Department', 'Ms Annelies Voorhout, Head of Department: +31 70 302 2336',
    'Mr Pieter Claes, Information Officer: +31 70 302 2337', ...kFoot, '© 2026 Permanent Court of Arbitral Justice',
  ],
};
