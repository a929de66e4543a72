import { links, ps, type TestPage, texts } from './page-kit.js';
import { adbPage } from './pages-heldout175-b2.js';

/**
 * Held-out batch 175, file b: a Dictionary of Canadian Biography entry (the bilingual header with "Français", the search
 * box, the main menu, the volume and death-year sidebar with portrait, the entry opening with the subject's name in capitals,
 * the bibliography in small type, the author's name in capitals at the end, the "Cite This Article" box, the "Related
 * Biographies" list, the sponsor logos and the footer) and, from file b2, an Australian Dictionary of Biography entry.
 */
const dcTitle = 'LAMOUREUX, ÉLISE (Tessier)';
const dcP = [
  'LAMOUREUX, ÉLISE (Tessier), schoolmistress and businesswoman; b. 14 March 1803 in Saint-Ours-de-la-Rivière, Lower Canada, ' +
    'daughter of Joseph Lamoureux, a miller, and Marie-Anne Bérard; m. 9 Jan. 1826 Olivier Tessier, a merchant, in Sorel, ' +
    'and they had five children; d. 2 Nov. 1871 in Montreal.',
  'Élise Lamoureux received her schooling from the Sisters of the Congregation of Notre-Dame at their mission in Sorel, where she ' +
    'proved so apt a pupil that at fifteen she was asked to teach the youngest girls. Her father\u2019s mill was ruined by the spring ' +
    'flood of 1821, and for the next five years her small salary as an assistant teacher was the family\u2019s most reliable income.',
  'After her marriage she helped her husband in his general store on Rue du Roi, keeping its accounts in a neat hand that the ' +
    'firm\u2019s creditors came to trust more than his. When Tessier fell ill in 1839 she took over the business entirely, extended ' +
    'it to the sale of seed and farm implements, and in 1844 bought a warehouse on the wharf from which she shipped grain and ' +
    'potash to Montreal. Letters to her agents show a shrewd judge of prices who was not afraid to hold stock through a bad ' +
    'season rather than sell at a loss.',
  'Widowed in 1847, Mme Tessier moved to Montreal in 1850 and opened a boarding-school for girls in the faubourg Saint-Laurent. ' +
    'Unlike most such schools, hers taught book-keeping and commercial arithmetic alongside needlework and music, on the ' +
    'principle, she wrote to a parent, that \u201ca girl who can read a ledger will never be cheated by a husband or a clerk.\u201d The ' +
    'school had forty-two boarders by 1858 and was admired by the superintendent of education, who cited it in his report for ' +
    'that year as an example to be followed.',
  'She sold the school in 1866 to two of her former pupils, who ran it until 1890. Her last years were spent in the house of her ' +
    'eldest son, a notary. Mme Tessier left little trace in the public record beyond the notarial deeds of her business, but the ' +
    'letters preserved by her family reveal a woman of strong opinions and uncommon independence in the commercial life of the ' +
    'Richelieu valley.',
];
const dcBib =
  'ANQ-M, CE604-S12, 9 janv. 1826; P1000-3-412. Arch. privées, famille Tessier (Montréal), corr. d\u2019Élise Lamoureux, 1839-70. ' +
  'Bas-Canada, Bureau de l\u2019éducation, Rapport du surintendant (Montréal), 1858. Yvette Marchand, \u201cLes écoles de filles du ' +
  'faubourg Saint-Laurent,\u201d Rev. d\u2019hist. de l\u2019Amérique française, 41 (1987-88): 211-34.';
const dcAuthor = 'HÉLÈNE DROUIN-FAIRBANKS';
const dcMenu = ['Biographies', 'Volumes', 'Thematic Collections', 'Search', 'Resources', 'About', 'Contact'];
const dcSide = ['Volume X (1871-1880)', 'Died in 1871', 'Born in 1803'];
const dcCite = [
  'Author of Article: Hélène Drouin-Fairbanks',
  'Title of Article: LAMOUREUX, ÉLISE (Tessier)',
  'Publication Name: Dictionary of Canadian Biography, vol. 10, University of Toronto/Université Laval, 2003–',
  'Year of publication: 1972',
  'Year of revision: 1972',
  'Access Date: October 6, 2025',
];
const dcCiteIntro = 'The citation below is formatted for the Chicago style. The author, title and other elements may be changed to match other styles.';
const dcRelated = ['TESSIER, OLIVIER', 'BÉRARD, MARIE-ANNE', 'MARCHAND, JOSEPH-OCTAVE'];
const dcFoot = ['Terms of Use', 'Privacy Policy', 'Accessibility', 'Copyright © 2003-2025 University of Toronto/Université Laval'];
const dcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Biography – LAMOUREUX, ÉLISE (Tessier) – Volume X (1871-1880) – Dictionary of Canadian Biography</title>
<meta name="description" content="LAMOUREUX, ÉLISE (Tessier), schoolmistress and businesswoman; b. 14 March 1803 in Saint-Ours-de-la-Rivière">
<link rel="alternate" hreflang="fr" href="http://www.biographi.ca/fr/bio/lamoureux_elise_10F.html">
<link rel="stylesheet" href="/css/biographi.css?v=4.2"><script src="/js/jquery.min.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('config','G-DCB2019');</script></head>
<body class="bio-page"><div id="wrapper">
<header id="header"><div class="logo"><a href="/en/index.php"><img src="/images/dcb-logo-en.png" alt="Dictionary of Canadian Biography"></a></div>
<div class="lang-switch"><a href="/fr/bio/lamoureux_elise_10F.html" lang="fr">Français</a></div>
<form class="quick-search" action="/en/results.php"><label for="q" class="visually-hidden">Search the DCB</label><input id="q" name="ft" type="text">
<button type="submit">Go</button></form>
<nav id="main-menu" aria-label="Main"><ul>${links(dcMenu)}</ul></nav></header>
<div id="content" class="row">
<aside id="bio-sidebar" class="col-md-3"><div class="portrait"><img src="/bioimages/w600.13452.jpg" alt="">
<p class="credit">Source: Link</p></div>
<ul class="bio-meta">${dcSide.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></aside>
<div id="bio-content" class="col-md-9">
<h1 id="bio-title">${dcTitle}</h1>
<div id="paragraphes">
${ps(dcP, ' class="bio-paragraph"')}
<p class="bibliography"><small>${dcBib}</small></p>
<p class="author-name"><strong>${dcAuthor}</strong></p>
</div>
<div id="citation" class="cite-box"><h2>Cite This Article</h2><p class="cite-intro">${dcCiteIntro}</p>
<p class="cite-text">Hélène Drouin-Fairbanks, “LAMOUREUX, ÉLISE (Tessier),” in <em>Dictionary of Canadian Biography</em>,
vol. 10, University of Toronto/Université
Laval, 2003–, accessed October 6, 2025, http://www.biographi.ca/en/bio/lamoureux_elise_10E.html.</p>
<ul class="cite-fields">${dcCite.map((t) => `<li>${t.replace(': ', ':</strong> ').replace(/^/, '<strong>')}</li>`).join('\n')}</ul></div>
<section class="related-bios"><h2>Related Biographies</h2><ul>${links(dcRelated)}</ul></section>
</div></div>
<div class="partners"><p>The Dictionary of Canadian Biography is supported by the Government of Canada.</p></div>
<footer id="footer"><ul>${links(dcFoot)}</ul></footer></div>
<script src="/js/biographi.js"></script></body></html>`;
const dcb: TestPage = {
  html: dcHtml,
  name: 'heldout175-biographi-dcb-entry',
  kind: 'wiki',
  // the entry has no section headings; its bibliography paragraph is body; the author's name in capitals at the end and the
  // Chicago citation are bylines; the citation fields are furniture
  title: dcTitle,
  headings: [],
  body: texts([...dcP, dcBib]),
  bylines: [dcAuthor, 'Hélène Drouin-Fairbanks, “LAMOUREUX, ÉLISE (Tessier),” in Dictionary of Canadian Biography, vol. 10'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Français', 'Search the DCB', 'Go', ...dcMenu, 'Source: Link', ...dcSide, 'Cite This Article', dcCiteIntro, ...dcCite, 'Related Biographies',
    ...dcRelated, 'The Dictionary of Canadian Biography is supported by the Government of Canada.', ...dcFoot,
  ],
};

export const HELDOUT175_B: readonly TestPage[] = [dcb, adbPage];
