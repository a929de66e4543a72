import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout299-kit.js';

/**
 * Held-out batch 299, file f2: a Numista-style coin catalogue entry (a data page whose main text is short: the
 * characteristics table, the obverse / reverse / edge description blocks, the comments text, the mintage table, the
 * "Add to collection" controls, price estimates, contributors, related types, the language switch, footer and consent banner).
 */
const nTitle = '10 Lirot - Meridian Republic';
const nChars: [string, string][] = [
  ['Issuer', 'Meridian Republic'],
  ['Period', 'Second Republic (1961-1984)'],
  ['Type', 'Standard circulation coin'],
  ['Years', '1968-1979'],
  ['Composition', 'Copper-nickel'],
  ['Weight', '9.2 g'],
  ['Diameter', '28 mm'],
  ['Shape', 'Round'],
];
const nH1 = 'Obverse';
const nObv = [
  j(
    'A sailing barge with a single lateen sail, riding three wavy lines representing the river. The denomination is at the bottom',
    'and the country name in a curve along the upper rim.',
  ),
  'Lettering: REPUBLIKA MERIDIANA · 10 LIROT',
];
const nH2 = 'Reverse';
const nRev = [
  j(
    'A sheaf of wheat flanked by two olive branches, with the year of issue below. The small mint mark, a star, appears between',
    'the stalks on coins struck at the Portavel mint.',
  ),
  'Lettering: ★ 1972',
  'Engraver: Ilario Benvenisti',
];
const nH3 = 'Edge';
const nEdge = ['Reeded'];
const nH4 = 'Comments';
const nCom = [
  j(
    'Introduced in the currency reform of 1968, when the old lira was replaced at a rate of one hundred to one. The design was chosen',
    'through a public competition, and the barge was meant to honour the river trade on which the young republic depended.',
  ),
  j(
    'Pieces dated 1975 exist with a small and a large date; the small date is considerably scarcer. Most of the final year',
    'was melted when the denomination was replaced by a smaller bimetallic piece, so well-preserved 1979 examples are hard to find.',
  ),
  j(
    'Collectors should beware of cleaned coins: copper-nickel takes on a bright, even shine after polishing that looks nothing like',
    'natural lustre. Original pieces tend to show soft grey toning in the recesses of the sail.',
  ),
];
const nH5 = 'Mintage';
const nMint: [string, string][] = [
  ['1968', '4,200,000'],
  ['1972', '2,850,000'],
  ['1975 small date', '310,000'],
  ['1979', '640,000'],
];
const nNav = ['Catalogue', 'Exchange', 'Forum', 'Articles', 'Tools'];
const nCrumbs = ['Catalogue', 'Europe', 'Meridian Republic', 'Coins'];
const nRelated = ['5 Lirot - Meridian Republic', '20 Lirot - Meridian Republic', '1 Lira - Meridian Republic'];
const nFoot = ['About Numista', 'Help', 'Terms of use', 'Privacy policy', 'Contact us'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>10 Lirot - Meridian Republic – Numista</title>
<meta name="description" content="Coin from Meridian Republic. Copper-nickel, 9.2 g, 28 mm. Obverse: a sailing barge. Reverse: a sheaf of wheat.">
<meta property="og:type" content="website"><meta property="og:site_name" content="Numista">
<link rel="canonical" href="https://en.numista.com/catalogue/pieces81274.html"><link rel="stylesheet" href="/style/numista.css?v=26.4.1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"10 Lirot - Meridian Republic","category":"Coin"}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"page_type":"catalogue_type","type_id":81274});</script></head>
<body class="catalogue"><div id="header"><div id="header_content"><a id="logo" href="/">Numista</a>
<ul id="menu">${links(nNav, 'menu_item')}</ul><form id="search_form" action="/catalogue/index.php"><input type="text" name="r"
placeholder="Search"></form><div id="user_menu"><a href="/connexion.php">Log in</a> <a href="/inscription.php">Sign up</a></div></div></div>
<div id="main"><div id="breadcrumb">${nCrumbs.map((c) => `<a href="/catalogue/${c.length}">${c}</a>`).join(' › ')}</div>
<div id="main_title"><h1>${nTitle}</h1><span class="type_tag">Coin</span></div>
<div id="fiche_photo"><a href="/catalogue/photos/meridian/81274-obverse.jpg"><img src="/catalogue/photos/meridian/81274-obverse-180.jpg"
alt="10 Lirot - Meridian Republic, obverse"></a><a href="/catalogue/photos/meridian/81274-reverse.jpg"><img
src="/catalogue/photos/meridian/81274-reverse-180.jpg" alt="10 Lirot - Meridian Republic, reverse"></a>
<p class="photo_credit">© Aurelio Mancuso</p></div>
<div id="collection_box"><button class="button add_collection">Add to collection</button> <button class="button add_swap">Add to swap list</button>
<p class="stats">Owned by 1,284 members · Wanted by 97</p></div>
<section id="fiche_caracteristiques"><h2>Characteristics</h2><table><tbody>
${nChars.map(([k, v]) => `<tr><th>${k}</th>\n<td>${v}</td></tr>`).join('\n')}
</tbody></table><p class="reference">References: KM# 42, Schön# 38</p></section>
<section id="fiche_descriptions"><h3>${nH1}</h3>
${ps(nObv)}
<h3>${nH2}</h3>
${ps(nRev)}
<h3>${nH3}</h3>
${ps(nEdge)}
<h3>${nH4}</h3>
${ps(nCom)}
</section>
<section id="fiche_frappes"><h3>${nH5}</h3><table class="mintage"><thead><tr><th>Year</th><th>Mintage</th><th>Estimated value</th></tr></thead><tbody>
${nMint.map(([y, m]) => `<tr><td>${y}</td>\n<td>${m}</td>\n<td class="price_est"><a href="/prices/${y.length}">See prices</a></td></tr>`).join('\n')}
</tbody></table><p class="price_note">Prices are estimates from recent sales and may vary by grade.</p></section>
<section id="contributors"><h3>Contributors</h3><p>Created by <a href="/profil.php?id=212">numis_laurent</a>, last modified 2 months ago</p></section>
<section id="related_types"><h3>Related types</h3><ul>${links(nRelated)}</ul></section>
<div class="ad_block"><span class="ad_label">Advertisement</span><div id="ad_728"></div></div></div>
<div id="footer"><ul>${links(nFoot)}</ul><p>Language: <a href="#">English</a> · <a href="#">Français</a> · <a href="#">Español</a></p>
<p>© Numista 1998-2026</p></div>
<div id="didomi-host"><div id="didomi-notice" class="didomi-notice-banner"><div class="didomi-notice-text">We and our partners use cookies to
improve your experience and for audience measurement.</div><button id="didomi-notice-agree-button">Agree and close</button>
<button id="didomi-notice-disagree-button">Continue without agreeing</button></div></div>
<script src="/js/numista.min.js?v=26.4.1"></script></body></html>`;
export const numista: TestPage = {
  name: 'heldout299-numista-catalogue',
  kind: 'wiki',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2, nH3, nH4, nH5],
  body: [...nChars.map(([, v]) => v), ...texts([...nObv, ...nRev, ...nEdge, ...nCom]), ...nMint.flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Numista', ...nNav, 'Log in', 'Sign up', 'Europe', 'Coins', '© Aurelio Mancuso', 'Add to collection', 'Add to swap list',
    'Owned by 1,284 members · Wanted by 97', 'Characteristics', 'References: KM# 42, Schön# 38', 'See prices',
    'Prices are estimates from recent sales and may vary by grade.', 'Contributors', 'Created by numis_laurent, last modified 2 months ago',
    'Related types', ...nRelated, 'Advertisement', ...nFoot, 'Language:', 'English', 'Français', 'Español', '© Numista 1998-2026',
    'We and our partners use cookies to improve your experience and for audience measurement.', 'Agree and close', 'Continue without agreeing',
  ],
};
