import { links, ps, type TestPage, texts } from './page-kit.js';
import { mdpiArticle } from './pages-heldout192-d2.js';

/**
 * Held-out batch 192, file d: a Frontiers in Microbiology original research article page (the Frontiers top bar with the
 * journal switcher, the journal header with "Sections", "Articles", "Research Topics", "Editorial board", "About journal"
 * and "Submit your research", the type/journal/date/section/volume/DOI header bars, the title, authors with superscripts,
 * the affiliations list, the unheaded abstract, the numbered full-text sections, a figure caption, the keywords, citation,
 * dates, copyright, correspondence and disclaimer notes, the left "Edited by" / "Reviewed by" panel, the right rail with
 * views, "Share on", "Download article" and "People also looked at", the cookie banner and the footer) and, from file d2,
 * an MDPI article page.
 */
const title = 'A three-phage cocktail reduces Listeria monocytogenes on cold-smoked salmon during refrigerated storage';
const abs = [
  '<i>Listeria monocytogenes</i> is a persistent hazard in ready-to-eat fish products because it grows at refrigeration ' +
    'temperatures. We isolated three lytic bacteriophages, vB_LmoS_Kel1, vB_LmoM_Kel4, and vB_LmoS_Kel9, from fish ' +
    'processing drains in western Norrland and evaluated them, alone and combined, against 42 <i>L. monocytogenes</i> ' +
    'strains representing the serotypes most often found in seafood. The cocktail lysed 40 of the 42 strains. On ' +
    'cold-smoked salmon inoculated at 10<sup>3</sup> CFU/g and stored at 4°C, application of the cocktail at 10<sup>8</sup> ' +
    'PFU/g reduced counts by 2.1 log units after 24 h, and counts remained at least 1.5 log units below those of untreated ' +
    'controls for 28 days. No phage-resistant isolates were recovered at the end of storage. These results indicate that a ' +
    'phage cocktail could serve as an additional barrier against <i>L. monocytogenes</i> in cold-smoked fish.',
];
const h1 = '1 Introduction';
const p1 = [
  'Listeriosis is a rare but serious foodborne infection with a case fatality rate of 20–30% among vulnerable groups, including ' +
    'older adults, pregnant women, and people with weakened immunity. Cold-smoked salmon is frequently implicated because the ' +
    'product is not heated before eating, has a long shelf life, and supports growth of the pathogen at refrigeration ' +
    'temperatures (Lindahl and Sørbø, 2021).',
  'Control measures in smokehouses rely on hygiene, salt, smoke, and cold storage, but none reliably eliminates the organism, ' +
    'which can persist for years in drains and on equipment. Bacteriophages, viruses that infect and kill specific bacteria, ' +
    'offer a targeted approach that leaves the rest of the product’s microbiota largely untouched.',
  'Commercial phage products against <i>Listeria</i> exist, but they are based on single phages or phages isolated from other ' +
    'environments, and their activity against strains common in Nordic seafood plants has rarely been tested. The aim of this ' +
    'study was to isolate phages from the fish processing environment and to test a cocktail on cold-smoked salmon under ' +
    'realistic storage conditions.',
];
const h2 = '2 Materials and methods';
const h21 = '2.1 Bacterial strains and culture conditions';
const p21 = [
  'A total of 42 <i>L. monocytogenes</i> strains isolated from salmon, processing equipment, and drains in six plants between ' +
    '2015 and 2023 were used (Supplementary Table S1). Strains were stored at −80°C and grown in brain heart infusion broth at ' +
    '30°C overnight before each experiment.',
];
const h22 = '2.2 Phage isolation';
const p22 = [
  'Drain swabs were enriched with a mixture of five host strains in tryptic soy broth for 24 h. Filtered enrichments were ' +
    'screened by spot assay, and plaques were purified three times by single-plaque isolation.',
];
const caption = 'FIGURE 1. Transmission electron micrographs of phages vB_LmoS_Kel1 (A), vB_LmoM_Kel4 (B), and vB_LmoS_Kel9 (C). Scale bars, 100 nm.';
const authors = ['Elin Västergård', 'Mattias Holm-Nyquist', 'Sunniva Eide', 'Kalinda Perera'];
const affs = ['1Department of Food Science, Norrland University of Life Sciences, Umeå, Sweden', '2Nordic Seafood Research Institute, Tromsø, Norway'];
const editor = 'Jorge Almeida-Ruiz, University of Coimbra, Portugal';
const reviewers = ['Hana Kobayashi, Tohoku University, Japan', 'Dariusz Wrona, Gdańsk University of Technology, Poland'];
const keywords = 'Keywords: Listeria monocytogenes, bacteriophage, biocontrol, cold-smoked salmon, seafood safety';
const cite =
  'Citation: Västergård E, Holm-Nyquist M, Eide S and Perera K (2025) A three-phage cocktail reduces Listeria monocytogenes on ' +
  'cold-smoked salmon during refrigerated storage. Front. Microbiol. 16:1523481. doi: 10.3389/fmicb.2025.1523481';
const dates = ['Received: 14 November 2024; Accepted: 24 February 2025;', 'Published: 14 March 2025.'];
const copy =
  'Copyright © 2025 Västergård, Holm-Nyquist, Eide and Perera. This is an open-access article distributed under the terms of the ' +
  'Creative Commons Attribution License (CC BY).';
const corr = '*Correspondence: Elin Västergård, elin.vastergard@nul.example';
const discl =
  'Disclaimer: All claims expressed in this article are solely those of the authors and do not necessarily represent those of ' +
  'their affiliated organizations, or those of the publisher, the editors and the reviewers.';
const jnav = ['Sections', 'Articles', 'Research Topics', 'Editorial board', 'About journal'];
const top = ['Journals', 'Sections', 'Research Topics', 'About us', 'All journals', 'All articles'];
const also = [
  'Phage biocontrol of Salmonella on poultry skin: a meta-analysis',
  'Persistence of Listeria in Nordic seafood plants',
  'Lactic acid bacteria as protective cultures in smoked fish',
];
const cookie =
  'We use cookies. Our website uses cookies that are necessary for its operation and to improve your experience. You can review ' +
  'and control your cookies by clicking on "Accept" or "Cookies Settings".';
const foot = ['Guidelines', 'Explore', 'Outreach', 'Connect', 'Contact us', 'Submit', 'Career opportunities', 'Terms & Conditions', 'Privacy policy'];
const h = (tag: string, t: string): string => `<${tag}>${t}</${tag}>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Frontiers | ${title}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="citation_title" content="${title}"><meta name="citation_journal_title" content="Frontiers in Microbiology">
<meta name="citation_doi" content="10.3389/fmicb.2025.1523481"><meta name="citation_publication_date" content="2025/03/14">
<meta name="citation_author" content="Västergård, Elin"><meta name="citation_keywords" content="Listeria monocytogenes; bacteriophage; biocontrol">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Frontiers">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","headline":"${title}","datePublished":"2025-03-14",
"publisher":{"@type":"Organization","name":"Frontiers Media SA"}}</script>
<link rel="stylesheet" href="/_nuxt/entry.b7c1f3.css"><script>window.__NUXT__={config:{public:{journal:'microbiology'}}}</script></head>
<body><div id="__nuxt"><div id="onetrust-banner-sdk" role="alertdialog" aria-label="Cookie banner"><p id="onetrust-policy-text">${cookie}</p>
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-accept-btn-handler">Accept Cookies</button></div>
<header class="Layout__header"><div class="Ibar"><a class="Ibar__logo" href="https://www.frontiersin.example/" aria-label="Frontiers"></a>
<ul class="Ibar__menu">${links(top, 'Ibar__menu__item')}</ul><a class="Ibar__login" href="/login">Login</a></div>
<div class="JournalHeader"><a class="JournalHeader__title" href="/journals/microbiology"><span>Frontiers in Microbiology</span></a>
<nav class="JournalHeader__nav"><ul>${links(jnav)}</ul></nav><a class="Button--submit" href="/submission">Submit your research</a></div></header>
<main class="ArticleLayout"><aside class="ArticleLayout__left"><div class="ArticleDetails__editors"><h5>Edited by</h5><p>${editor}</p>
<h5>Reviewed by</h5>${ps(reviewers)}</div><div class="ArticleDetails__toc"><h5>Table of contents</h5><ul>${links(['Abstract', h1, h2])}</ul></div></aside>
<div class="ArticleLayout__content"><div class="article-section"><div class="article-container"><div class="article-header-container">
<div class="header-bar-one">ORIGINAL RESEARCH article</div><div class="header-bar-three"><span>Front. Microbiol.</span>, 14 March 2025</div>
<div class="header-bar-three"><span>Sec. Food Microbiology</span></div>
<div class="header-bar-three">Volume 16 - 2025 | <a href="https://doi.org/10.3389/fmicb.2025.1523481">https://doi.org/10.3389/fmicb.2025.1523481</a></div></div>
<div class="JournalAbstract"><h1>${title}</h1><div class="authors">${authors
  .map((a, i) => `<a href="#" class="user-id-${i}">${a}</a><sup>${i < 2 ? '1' : '2'}${i === 0 ? '*' : ''}</sup>`)
  .join(', ')}</div>
<ul class="notes">${affs.map((a) => `<li>${a.replace(/^(\d)/, '<sup>$1</sup>')}</li>`).join('\n')}</ul>
${ps(abs)}</div>
<div class="JournalFullText">${h('h2', h1)}${ps(p1)}
<div class="DottedLine"></div><div class="Imageheaders">${caption}</div><div class="FigureDesc">
<img src="/files/Articles/1523481/fmicb-16-1523481-g001.jpg" alt=""></div>
${h('h2', h2)}${h('h3', h21)}${ps(p21)}${h('h3', h22)}${ps(p22)}
<div class="notes-section"><p class="keywords">${keywords}</p><p>${cite}</p><p>${dates[0]} ${dates[1]}</p><p>${copy}</p><p>${corr}</p>
<p class="disclaimer">${discl}</p></div></div></div></div></div>
<aside class="ArticleLayout__right"><div class="ArticleImpact"><div><span class="ArticleImpact__number">2,147</span> <span>Total views</span></div>
<div><span class="ArticleImpact__number">388</span> <span>Downloads</span></div><a href="/impact">View article impact</a></div>
<div class="ArticleShare"><h5>Share on</h5><ul>${links(['X', 'LinkedIn', 'Facebook'])}</ul></div>
<div class="ArticleActions"><a href="/pdf">Download article</a><button>Export citation</button></div>
<div class="PeopleAlsoLooked"><h5>People also looked at</h5><ul>${links(also)}</ul></div></aside></main>
<footer class="Footer"><ul>${links(foot)}</ul><p>© 2025 Frontiers Media S.A. All rights reserved</p></footer></div>
<script src="/_nuxt/entry.4c9e0a.js" type="module"></script></body></html>`;
const frontiers: TestPage = {
  html,
  name: 'heldout192-frontiers-article',
  kind: 'docs',
  // the unheaded abstract is body; the editors and reviewers are bylines like the authors; affiliations, keywords, citation,
  // dates-in-notes, copyright, correspondence and disclaimer are furniture; the "Table of contents" links repeat headings
  title,
  headings: [h1, h2, h21, h22],
  body: texts([...abs, ...p1, ...p21, ...p22]),
  bylines: [...authors, editor, ...reviewers, '14 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    cookie, 'Cookies Settings', 'Accept Cookies', ...top, 'Login', 'Frontiers in Microbiology', ...jnav, 'Submit your research', 'Edited by',
    'Reviewed by', 'Table of contents', 'Abstract', 'ORIGINAL RESEARCH article', 'Front. Microbiol.', 'Sec. Food Microbiology', 'Volume 16 - 2025',
    'https://doi.org/10.3389/fmicb.2025.1523481', ...texts(affs.map((a) => a.replace(/^(\d)/, '<sup>$1</sup>'))), caption, keywords, cite,
    ...dates, copy, corr, discl, '2,147', 'Total views', '388', 'Downloads', 'View article impact', 'Share on', 'X', 'LinkedIn', 'Facebook',
    'Download article', 'Export citation', 'People also looked at', ...also, ...foot, '© 2025 Frontiers Media S.A. All rights reserved',
  ],
};

export const HELDOUT192_D: readonly TestPage[] = [frontiers, mdpiArticle];
