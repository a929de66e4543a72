import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout404-kit.js';

/**
 * Held-out batch 404, file a2: a PMC-style full-text article (the library disclaimer banner, the journal header, the citation
 * line, authors and notes, the "On this page" list, numbered sections, a figure and a table with captions, references, the
 * right-hand action column with formats, actions and resources, and the footer).
 */
const title = 'Vitamin D status and winter sick leave among hospital nurses working permanent night shifts: a cross-sectional study';
const abs = paras(`
Night-shift work limits daylight exposure, and nurses working only nights may be at particular risk of low vitamin D status in winter. We measured
serum 25-hydroxyvitamin D in 318 nurses at two hospitals in the city of Orlesund in February and compared nurses on permanent nights with nurses on
rotating or day shifts. Permanent night workers had lower median concentrations (34 nmol/L against 49 nmol/L) and were more often deficient. Deficiency
was associated with more days of sick leave over the winter, although the association weakened after adjustment for age, smoking and body mass index.
`);
const intro = paras(`
Vitamin D is made in the skin under ultraviolet B light, and at northern latitudes the sun is too low between October and March for the skin to make
much of it. Most adults then rely on stores built up in summer, on oily fish and on supplements. People who sleep through the few hours of winter
daylight start the season with the same stores but have almost no chance to top them up.

Hospital nurses are a large group whose shift patterns are recorded precisely, which makes them a useful population in which to study this. Earlier
surveys have reported low vitamin D status in shift workers, but few separated permanent night work from rotating patterns, and none that we know of
linked status to recorded sick leave.
`);
const methods = paras(`
All registered nurses employed for at least six months at Orlesund University Hospital and Orlesund East Hospital were invited by letter in January.
Participants gave a blood sample during a single fortnight in February and completed a questionnaire on diet, supplements, smoking, holidays abroad in
the previous three months and outdoor activity on days off.

Shift patterns for the previous twelve months were taken from the rostering system and classified as follows:
`);
const shifts = [
  'permanent nights: at least 90% of shifts starting between 20:00 and 23:00;',
  'rotating: a mix of day, evening and night shifts with no pattern above 60%;',
  'days: at least 90% of shifts starting between 06:00 and 09:00.',
];
const methods2 = paras(`
Sick leave from November to March was taken from the payroll records, counting calendar days. Deficiency was defined as a concentration below 30
nmol/L. We used negative binomial regression for days of sick leave and report rate ratios with 95% confidence intervals.
`);
const results = paras(`
Of 596 nurses invited, 318 took part (53%): 71 on permanent nights, 142 on rotating shifts and 105 on days. Night workers were slightly younger and
more often smoked, and fewer of them took a supplement in winter (Table 1).

The median concentration was lowest among permanent night workers and highest among day workers, and the difference remained after excluding the 41
nurses who had been abroad in the previous three months (Figure 1). Deficient nurses had a median of 6 days of sick leave over the winter, against 3
days among the others; the rate ratio was 1.52 (1.14 to 2.03) before adjustment and 1.26 (0.92 to 1.72) after it.
`);
const discussion = paras(`
Nurses on permanent nights had clearly lower vitamin D status at the end of winter than their colleagues on days, and the gap was not explained by
travel or supplement use alone. The link with sick leave was weaker and uncertain once other factors were taken into account, and a cross-sectional
study cannot tell whether low vitamin D causes illness or whether nurses who are unwell spend less time outdoors.

In practice, occupational health services could offer winter supplements to night workers at low cost. A trial in this group, with sick leave as its
outcome, would settle the question better than further surveys.
`);
const heads = ['Abstract', '1. Introduction', '2. Methods', '3. Results', '4. Discussion'];
const authors = ['Sigrun Malmberg', 'Tobias Ekdahl', 'Farah Qureshi', 'Lena Vikström'];
const onPage = ['Abstract', '1. Introduction', '2. Methods', '3. Results', '4. Discussion', 'References'];
const refs = [
  'Aaltonen K, Berg P. Seasonal variation of vitamin D in northern populations. Nord J Nutr. 2019;41:88–96.',
  'Castellanos R, et al. Shift work and vitamin D: a systematic review. Occup Health Rev. 2021;12:301–315.',
  'Dunmore E. Daylight exposure among hospital staff. J Work Environ. 2018;7:45–52.',
];
const res = ['Similar articles', 'Cited by other articles', 'Links to NCBI Databases'];
const foot = ['Follow NCBI', 'Connect with NLM', 'Web Policies', 'FOIA', 'HHS Vulnerability Disclosure', 'Help', 'Accessibility', 'Careers'];
const sec = (id: string, h: string, body: string): string => `<section id="${id}"><h2 class="pmc_sec_title">${h}</h2>\n${body}</section>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} - PMA Central</title>
<meta name="ncbi_app" content="cloudpmc-viewer"><meta name="ncbi_pcid" content="/articles/PMC11984702/">
<meta name="citation_journal_title" content="Nordic Journal of Occupational Health"><meta name="citation_title" content="${title}">
<meta name="citation_publication_date" content="2026/01/14"><meta name="citation_doi" content="10.2044/njoh.2026.0117">
<meta property="og:title" content="${title}"><link rel="canonical" href="https://pmc.ncbi.example/articles/PMC11984702/">
<link rel="stylesheet" href="https://cdn.ncbi.example/pmc/cms/uswds/styles.css">
<script>window.dataLayer = window.dataLayer || []; window.pmcArticle = {"pmcid":"PMC11984702","hasPdf":true};</script></head>
<body><section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<p class="usa-banner__header-text">An official website of the United States government</p></header></div></section>
<div class="usa-overlay"></div><header class="usa-header usa-header--extended"><div class="usa-navbar"><div class="usa-logo">
<a href="/" title="Home" aria-label="PMA Central home">PMA Central</a></div><form class="usa-search" role="search"><input class="usa-input" type="search"
placeholder="Search PMA Central Articles"><button class="usa-button" type="submit">Search</button></form><a class="usa-link" href="/login/">Log
in</a></div></header>
<section class="pmc-header"><div class="pmc-disclaimer usa-alert usa-alert--info"><p class="usa-alert__text">As a library, NLM provides access to scientific
literature. Inclusion in an NLM database does not imply endorsement of, or agreement with, the contents by NLM or the National Institutes of Health.</p>
<a class="usa-link" href="/about/disclaimer/">Learn more: PMA Central Disclaimer</a></div></section>
<div class="pmc-layout"><aside class="pmc-layout__sidebar pmc-sidenav"><nav class="ncbi-on-this-page" aria-label="On this page"><h2
class="usa-sr-only">On this page</h2>
<ul class="usa-sidenav">${links(onPage, 'usa-sidenav__item')}</ul></nav></aside>
<main id="main-content" class="pmc-layout__main usa-layout-docs__main"><article lang="en"><section aria-label="Article citation and metadata">
<section class="pmc-layout__citation font-secondary font-xs"><div><div class="display-inline-block"><button type="button" class="cursor-pointer
text-no-underline
bg-transparent border-0 padding-0 text-left margin-0 text-normal text-primary" aria-controls="journal_context_menu">Nord J Occup Health</button></div>.
<span class="pmc-date">2026 Jan 14;</span>9:e0117. doi: <a href="https://doi.example/10.2044/njoh.2026.0117"
class="usa-link">10.2044/njoh.2026.0117</a></div></section>
<section class="front-matter"><div class="ameta p font-secondary font-xs"><hgroup><h1>${title}</h1></hgroup>
<div class="cg p">${authors
  .map(
    (a, i) => `<a href="/search/?term=${i}" class="usa-link" aria-describedby="id${i + 1}"><span class="name
western">${a}</span></a>`,
  )
  .join(', ')}</div>
<ul class="d-buttons inline-list"><li><button class="d-button" aria-controls="aip_a">Author information</button></li>
<li><button class="d-button" aria-controls="anp_a">Article notes</button></li><li><button class="d-button" aria-controls="clp_a">Copyright and License
information</button>
</li></ul><div class="d-panels"><div id="anp_a" class="d-panel p" style="display: none"><div class="notes p"><section class="fm-sec">
<p>Received 2025 Aug 2; Accepted 2025 Dec 1; Collection date 2026.</p></section></div></div></div>
<div>PMCID: PMC11984702  PMID: <a href="https://pubindex.example/41002877/" class="usa-link">41002877</a></div></div></section></section>
<section aria-label="Article content"><section class="body main-article-body">
<section class="abstract" id="abstract1"><h2>${heads[0]}</h2>\n${ps(abs)}\n<section class="kwd-group"><p><strong>Keywords:</strong> night work,
nurses, vitamin D,
sick leave</p></section></section>
${sec('sec1', heads[1] ?? '', ps(intro))}
${sec('sec2', heads[2] ?? '', `${ps(methods)}\n<ul class="list" style="list-style-type:disc">${lis(shifts)}</ul>\n${ps(methods2)}`)}
<section id="sec3"><h2 class="pmc_sec_title">${heads[3]}</h2>
<p>${results[0]}</p>
<section class="tw xbox font-sm" id="T1"><h3 class="obj_head">Table 1.</h3><div class="caption p"><p>Characteristics of participants by shift pattern.</p></div>
<div class="tbl-box p" tabindex="0"><table class="content" frame="hsides" rules="groups"><thead><tr><th></th><th>Nights (n = 71)</th><th>Rotating (n = 142)</th>
<th>Days (n = 105)</th></tr></thead><tbody><tr><td>Median age, years</td><td>36</td><td>39</td><td>44</td></tr><tr><td>Current smokers</td><td>17%</td>
<td>11%</td><td>9%</td></tr><tr><td>Winter supplement</td><td>21%</td><td>33%</td><td>38%</td></tr></tbody></table></div>
<div class="p text-right font-secondary"><a href="table/T1/" class="usa-link" target="_blank" rel="noopener noreferrer">Open in a new tab</a></div></section>
<p>${results[1]}</p>
<figure class="fig xbox font-sm" id="F1"><h3 class="obj_head">Figure 1.</h3><p class="img-box line-height-none margin-x-neg-2 tablet:margin-x-0 text-center">
<a class="tileshop" target="_blank" href="https://www.ncbi.example/core/lw/2.0/html/tileshop_pmc/tileshop_pmc_inline.html?p=PMC3"><img class="graphic zoom-in"
src="https://cdn.ncbi.example/pmc/blobs/f1.jpg" loading="lazy" alt="Figure 1"></a></p><div class="p text-right font-secondary"><a href="figure/F1/"
class="usa-link">Open in a new tab</a></div><figcaption><p>Serum 25-hydroxyvitamin D by shift pattern, February 2025. Boxes show medians and interquartile
ranges.</p></figcaption></figure></section>
${sec('sec4', heads[4] ?? '', ps(discussion))}
<section id="ref-list1" class="ref-list"><h2 class="pmc_sec_title">References</h2><section><ul class="ref-list font-sm" style="list-style-type:none">
${lis(refs)}</ul></section></section></section></section></article></main>
<aside class="pmc-layout__sidebar pmc-layout__sidebar--right"><section class="pmc-sidebar__formats"><h2 class="usa-sr-only">Other Formats</h2>
<ul class="usa-list usa-list--unstyled"><li><a href="pdf/njoh-9-e0117.pdf" class="usa-link">PDF (412.3 KB)</a></li></ul></section>
<section class="pmc-sidebar__actions"><h2 class="usa-sr-only">Actions</h2><ul>${lis(['Cite', 'Collections', 'Permalink'])}</ul></section>
<section class="pmc-resources"><h2 class="pmc-resources__title">Resources</h2><ul>${lis(res)}</ul></section></aside></div>
<footer class="ncbi-footer"><div class="ncbi-footer__container"><ul class="footer-links">${links(foot)}</ul>
<p class="footer-address">National Medical Archive 8600 Rockdale Pike Bethesda, MD 20894</p></div></footer>
<script src="https://cdn.ncbi.example/pmc/cms/uswds/main.js"></script></body></html>`;
export const pmcPage: TestPage = {
  name: 'heldout404-pmc-style-fulltext-docs',
  kind: 'docs',
  html,
  title,
  headings: heads,
  body: texts([...abs, ...intro, ...methods, ...shifts, ...methods2, ...results, ...discussion]),
  bylines: [...authors, '2026 Jan 14;', 'Received 2025 Aug 2; Accepted 2025 Dec 1; Collection date 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', 'PMA Central', 'Log in',
    'As a library, NLM provides access to scientific literature.', 'Learn more: PMA Central Disclaimer', 'On this page', 'References',
    'Nord J Occup Health', '10.2044/njoh.2026.0117', 'Author information', 'Article notes', 'Copyright and License information', 'PMCID: PMC11984702',
    'Keywords: night work, nurses, vitamin D, sick leave', 'Table 1.', 'Characteristics of participants by shift pattern.', 'Open in a new tab', 'Figure 1.',
    'Serum 25-hydroxyvitamin D by shift pattern, February 2025. Boxes show medians and interquartile ranges.', ...refs, 'Other Formats',
    'PDF (412.3 KB)', 'Actions', 'Cite', 'Collections', 'Permalink', 'Resources', ...res, ...foot,
    'National Medical Archive 8600 Rockdale Pike Bethesda, MD 20894',
  ],
};
