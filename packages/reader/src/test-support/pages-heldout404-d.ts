import { links, ps, type TestPage, texts } from './page-kit.js';
import { plexPage } from './pages-heldout404-d2.js';
import { lis, paras } from './pages-heldout404-kit.js';

/**
 * Held-out batch 404, file d: a Frontiers-style article rendered by a Nuxt app (`__nuxt` root, `data-v-` attributes):
 * cookie banner, top bar and journal menu, article type and journal/date line, DOI line, the abstract block holding the
 * h1 and the authors, editors and reviewers, numbered sections, a table and a figure, the left table of contents, the
 * right rail with metrics, share buttons and "Download article", "People also looked at" and the footer; and, from file
 * d2, a PLOS-style research article.
 */
const title = 'Survival of Listeria monocytogenes on cold-smoked trout under fluctuating domestic refrigerator temperatures';
const abs = paras(`
<strong>Introduction:</strong> Cold-smoked fish is a ready-to-eat food in which Listeria monocytogenes can grow during storage. Shelf lives are set
under constant laboratory temperatures, but household refrigerators warm up each time the door is opened.

<strong>Methods:</strong> We inoculated slices of cold-smoked trout with a cocktail of four strains and stored them for 28 days at a constant 4°C, a
constant 8°C, or under a profile recorded in 36 household refrigerators in the town of Saltvik.

<strong>Results:</strong> Under the household profile, counts rose by 2.9 log units by the end of the labelled shelf life, against 1.1 log units at
4°C. Most of the difference arose in the first week.

<strong>Discussion:</strong> Shelf lives based on constant temperatures may underestimate growth in real kitchens.
`);
const intro = paras(`
Listeriosis is rare but serious, with a high case fatality among older adults and a risk of miscarriage in pregnancy. Cold-smoked fish is among the foods
most often linked to cases because it is not cooked before it is eaten and because the bacterium grows slowly at refrigerator temperatures.

Producers set shelf lives using challenge tests at constant temperatures, often 4°C for two thirds of the period and 8°C for the rest. Surveys of
domestic refrigerators, however, find mean temperatures well above 4°C and short warm peaks after the door is opened or shopping is put away.
`);
const methods = paras(`
Vacuum-packed cold-smoked trout was bought from a single producer on the day of packing. Slices were inoculated on the surface at about 100 colony
forming units per gram and repacked.

Temperatures were logged every five minutes for two weeks in 36 refrigerators in Saltvik. We built a 28-day profile from the median household and
reproduced it in a programmable incubator. Three storage conditions were compared:
`);
const conditions = ['a constant 4°C;', 'a constant 8°C;', 'the household profile, with a mean of 6.3°C and daily peaks of up to 11°C.'];
const results = paras(`
Counts under the household profile rose faster than at 4°C from the third day, and by day 21, the end of the labelled shelf life, the difference was 1.8
log units (Table 1). Growth at a constant 8°C was the fastest of all but tracked the household profile closely in the first week.
`);
const discussion = paras(`
Warm peaks of a few hours a day were enough to roughly double the growth of Listeria over the shelf life of the product. The effect was largest early
in storage, when the packs are most often opened and handled. Producers could use recorded household profiles rather than fixed temperatures in their
challenge tests, and advice to consumers should stress that the coldest shelf, not the door, is the place for smoked fish.
`);
const heads = ['1 Introduction', '2 Materials and methods', '2.1 Fish and inoculation', '2.2 Temperature profiles', '3 Results', '4 Discussion'];
const authors = ['Ingrid Sæther', 'Mateo Quiroga', 'Aino Lehtinen'];
const editors = ['Edited by', 'Lucía Barreiro', 'Reviewed by', 'Emeka Nwachukwu', 'Sofie Brandt'];
const toc = ['Abstract', '1 Introduction', '2 Materials and methods', '3 Results', '4 Discussion', 'Data availability statement', 'References'];
const share = ['Share on X', 'Share on Facebook', 'Share on LinkedIn', 'Download article', 'Download PDF', 'ReadCube', 'EPUB', 'XML'];
const also = [
  'Growth of spoilage bacteria in modified-atmosphere salmon',
  'Consumer storage of ready-to-eat foods: a survey',
  'Phage treatment of smoked fish surfaces',
];
const foot = ['Guidelines', 'Author guidelines', 'Editor guidelines', 'Policies and publication ethics', 'Fee policy', 'Contact us', 'Privacy policy'];
const v = 'data-v-5a3b9e1c';
const html = `<!DOCTYPE html>
<html lang="en" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D"><head><meta charset="utf-8"><title>Horizons | ${title}</title>
<meta data-n-head="ssr" name="citation_title" content="${title}"><meta data-n-head="ssr" name="citation_journal_title" content="Horizons in Microbiology">
<meta data-n-head="ssr" name="citation_publication_date" content="2026/03/12"><meta data-n-head="ssr" name="citation_doi" content="10.3310/fmicb.2026.1480221">
<link rel="preload" href="/article-pages/_nuxt/app.4b1c.js" as="script"><script type="application/ld+json">{"@context":"https://schema.org","@type":
"ScholarlyArticle","headline":"${title}","datePublished":"2026-03-12"}</script></head>
<body><div id="__nuxt"><div id="__layout"><div ${v} class="ArticlePage">
<div ${v} id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use
cookies to provide
and improve our services. By using our site you consent to cookies.</p><button id="onetrust-accept-btn-handler">Accept Cookies</button>
<button id="onetrust-pc-btn-handler">Cookies Settings</button></div>
<header ${v} class="Ibar"><a ${v} class="Ibar__logo" href="/">Horizons</a><ul ${v} class="Ibar__menu">${links([
  'Journals',
  'Research Topics',
  'Submit your research',
  'Login',
])}</ul>
<nav ${v} class="JournalNav"><a ${v} class="JournalNav__title" href="/journals/microbiology">Horizons in Microbiology</a><ul ${v}>${links([
  'Sections',
  'Articles',
  'Research Topics',
  'Editorial board',
  'About journal',
])}</ul></nav></header>
<div ${v} class="ArticleLayout"><aside ${v} class="ArticleLayout__toc"><div class="ArticleDetailsToc"><h2 class="ArticleDetailsToc__title">Table of
contents</h2>
<ul>${links(toc, 'ArticleDetailsToc__item')}</ul></div></aside>
<main ${v} class="ArticleLayout__main"><div ${v} class="ArticleLayoutHeader"><div class="ArticleLayoutHeader__info"><span
class="ArticleLayoutHeader__info__title">ORIGINAL
RESEARCH article</span><span class="ArticleLayoutHeader__info__journalDate">Front. Microbiol., 12 March 2026</span><span
class="ArticleLayoutHeader__info__doiVolume">Sec.
Food Microbiology Volume 17 - 2026 | https://doi.org/10.3310/fmicb.2026.1480221</span></div></div>
<div ${v} class="JournalFullText"><div class="JournalAbstract"><a id="h1" name="h1"></a><h1>${title}</h1>
<div class="authors">${authors
  .map((a, i) => `<span class="author-wrapper"><a href="https://loop.horizons.example/people/${i}">${a}</a><sup>${i + 1}</sup></span>`)
  .join(', ')}</div>
<ul class="notes">${lis(['1Department of Food Safety, Saltvik University College, Saltvik', '2Institute of Food Technology, Marbella del Norte'])}</ul>
${ps(abs)}
<div class="clear"></div></div>
<h2>${heads[0]}</h2>\n${ps(intro, ' class="mb15"')}
<h2>${heads[1]}</h2><h3>${heads[2]}</h3>\n<p class="mb15">${methods[0]}</p><h3>${heads[3]}</h3>\n<p class="mb15">${methods[1]}</p>
<ul>${lis(conditions)}</ul>
<h2>${heads[4]}</h2>\n${ps(results, ' class="mb15"')}
<div class="Table" id="T1"><p><strong>Table 1</strong>. Log counts of L. monocytogenes (log CFU/g) by storage
condition.</p><table><thead><tr><th>Day</th><th>4°C</th>
<th>8°C</th><th>Household</th></tr></thead><tbody><tr><td>0</td><td>2.0</td><td>2.0</td><td>2.0</td></tr>
<tr><td>7</td><td>2.3</td><td>3.4</td><td>3.2</td></tr>
<tr><td>21</td><td>3.1</td><td>5.6</td><td>4.9</td></tr></tbody></table></div>
<div class="FigureDesc"><a href="#"><img src="/files/Articles/1480221/fmicb-17-1480221-g001.jpg" alt="Figure 1"></a><p><strong>Figure 1</strong>.
Temperature profile
of the median household refrigerator over 48 hours.</p></div>
<h2>${heads[5]}</h2>\n${ps(discussion, ' class="mb15"')}
<h2>Data availability statement</h2><p class="mb15">The raw data supporting the conclusions of this article will be made available by the authors on
request.</p>
<p class="mb15"><strong>Keywords:</strong> Listeria monocytogenes, cold-smoked fish, domestic refrigerators, shelf life, challenge test</p>
<div class="ArticleEditors">${lis(editors)}</div>
<p class="mb15">Copyright © 2026 Sæther, Quiroga and Lehtinen. This is an open-access article distributed under the terms of the Creative Commons
Attribution License.</p>
</div></main>
<aside ${v} class="ArticleLayout__aside"><div class="ArticleMetrics"><span class="ArticleMetrics__label">Total views</span><span>2,417</span>
<span class="ArticleMetrics__label">Downloads</span><span>386</span></div><ul class="ArticleShare">${lis(share)}</ul>
<div class="PeopleAlsoLookedAt"><h2>People also looked at</h2><ul>${links(also)}</ul></div></aside></div>
<footer ${v} class="Footer"><ul>${links(foot)}</ul><p>© 2026 Horizons Media S.A. All rights reserved</p></footer></div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{article:{id:1480221,type:a}}],serverRendered:b}}("Original Research",true));</script>
<script src="/article-pages/_nuxt/app.4b1c.js" defer></script></body></html>`;
const horizons: TestPage = {
  name: 'heldout404-frontiers-style-article-docs',
  kind: 'docs',
  html,
  title,
  headings: heads,
  body: texts([...abs, ...intro, ...methods, ...conditions, ...results, ...discussion]),
  bylines: [...authors, 'Front. Microbiol., 12 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to provide and improve our services. By using our site you consent to cookies.', 'Accept Cookies', 'Cookies Settings', 'Horizons',
    'Journals', 'Research Topics', 'Submit your research', 'Login', 'Horizons in Microbiology', 'Sections', 'Articles', 'Editorial board', 'About journal',
    'Table of contents', 'Data availability statement', 'References', 'ORIGINAL RESEARCH article',
'Sec. Food Microbiology Volume 17 - 2026 | https://doi.org/10.3310/fmicb.2026.1480221',
    'Department of Food Safety, Saltvik University College, Saltvik', 'Institute of Food Technology, Marbella del Norte',
    'Log counts of L. monocytogenes (log CFU/g) by storage condition.', 'Figure 1', 'Temperature profile of the median household refrigerator over 48 hours.',
    'The raw data supporting the conclusions of this article will be made available by the authors on request.',
    'Keywords: Listeria monocytogenes, cold-smoked fish, domestic refrigerators, shelf life, challenge test', ...editors,
    'Copyright © 2026 Sæther, Quiroga and Lehtinen. This is an open-access article distributed under the terms of the Creative Commons Attribution License.',
    'Total views', '2,417', 'Downloads', '386', ...share, 'People also looked at', ...also, ...foot, '© 2026 Horizons Media S.A. All rights reserved',
  ],
};

export const HELDOUT404_D: readonly TestPage[] = [horizons, plexPage];
