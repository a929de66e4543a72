import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 192, file d2: an MDPI article page (the cookie bar, the MDPI header menu with "Sign In / Sign Up" and
 * "Submit", the search bar with its field labels, the breadcrumb, the left column with the journal buttons, "Article Menu",
 * the academic editor, "Subscribe SciFeed", "Recommended Articles", "Article Views" and the table of contents, the
 * "Open Access Article" label, the title, authors, affiliations with the correspondence note, the identity line, the
 * publication history and "belongs to the Section" line, the "Download PDF" / "Browse Figures" / "Versions Notes" links,
 * the Abstract with bold run-in labels, the keywords, the numbered sections with "html-p" paragraphs, a table whose data
 * cells are body, the "Share and Cite" block, the hidden cite modal, the right bar and the footer).
 */
const title = 'Dietary Fibre Intake and Sleep Quality in Older Adults: A Cross-Sectional Analysis of the Lusk Ageing Cohort';
const hAbs = 'Abstract';
const abs = [
  '<b>Background/Objectives:</b> Poor sleep is common in later life and is linked to cardiometabolic disease and cognitive ' +
    'decline. Diet may influence sleep, but evidence on dietary fibre in older adults is limited. We examined the association ' +
    'between fibre intake and sleep quality in community-dwelling adults aged 65 years and over. <b>Methods:</b> We analysed ' +
    'baseline data from 2873 participants of the Lusk Ageing Cohort. Fibre intake was estimated from a validated food frequency ' +
    'questionnaire, and sleep quality was assessed with the Pittsburgh Sleep Quality Index (PSQI). <b>Results:</b> Participants ' +
    'in the highest quartile of fibre intake had 31% lower odds of poor sleep (PSQI &gt; 5) than those in the lowest quartile ' +
    '(OR 0.69; 95% CI 0.56–0.85), after adjustment for age, sex, physical activity, body mass index and depressive symptoms. ' +
    'The association was driven mainly by fibre from whole grains and legumes. <b>Conclusions:</b> Higher fibre intake was ' +
    'associated with better sleep quality in older adults. Longitudinal and intervention studies are needed to establish ' +
    'whether increasing fibre intake improves sleep.',
];
const keywords = 'Keywords: dietary fibre; sleep quality; older adults; whole grains; cohort study';
const h1 = '1. Introduction';
const p1 = [
  'Sleep changes with age. Older adults take longer to fall asleep, wake more often during the night and spend less time in deep ' +
    'sleep [1,2]. Between a third and a half report poor sleep quality, which has been associated with falls, depression, ' +
    'cardiovascular disease and faster cognitive decline [3,4,5].',
  'Diet is a modifiable factor that may influence sleep. Higher intakes of fruit, vegetables and whole grains have been linked ' +
    'to better sleep in several populations, and a small trial in young adults found that a low-fibre diet led to lighter, less ' +
    'restorative sleep [6,7]. Possible mechanisms include effects on blood glucose, inflammation and the gut microbiota, which ' +
    'produces short-chain fatty acids from fermented fibre [8].',
  'Few studies have focused on older adults, whose diets, sleep and gut microbiota differ from those of younger people. We ' +
    'therefore examined whether fibre intake, overall and by food source, was associated with sleep quality in a large cohort ' +
    'of older adults living in the community.',
];
const h2 = '2. Materials and Methods';
const h21 = '2.1. Study Population';
const p21 = [
  'The Lusk Ageing Cohort is a population-based study of adults aged 65 years and over living in the Lusk region. Between 2019 ' +
    'and 2021, 3140 participants completed a baseline interview and health examination. After excluding participants with ' +
    'implausible energy intakes or missing sleep data, 2873 were included in this analysis (Table 1).',
];
const tCap = 'Table 1. Characteristics of participants by quartile of fibre intake.';
const rows = [
  ['Fibre intake, g/day', '14.2', '19.8', '24.6', '32.1'],
  ['Poor sleep (PSQI &gt; 5), %', '48.3', '43.1', '39.6', '36.2'],
];
const authors = ['Aoife Brannigan', 'Stefan Kowalczyk', 'Miriam Osterwald', 'Fionnuala Daly'];
const affs = [
  '1School of Public Health, University of Lusk, Lusk L4 2RT, Ireland',
  '2Department of Nutrition and Dietetics, Northgate Hospital, Lusk L9 1BA, Ireland',
  '*Author to whom correspondence should be addressed.',
];
const editor = 'Academic Editor: Hélène Marchetti';
const ident = 'Nutrients 2025, 17(6), 1012; https://doi.org/10.3390/nu17061012';
const hist = 'Submission received: 3 February 2025 / Revised: 28 February 2025 / Accepted: 7 March 2025 / Published: 13 March 2025';
const belongs = '(This article belongs to the Section Nutrition and Public Health)';
const menu = ['Journals', 'Topics', 'Information', 'Author Services', 'Initiatives', 'About'];
const search = ['Title / Keyword', 'Author / Affiliation / Email', 'Journal', 'Article Type', 'Search', 'Advanced'];
const crumbs = ['Journals', 'Nutrients', 'Volume 17', 'Issue 6', '10.3390/nu17061012'];
const left = ['Submit to this Journal', 'Review for this Journal', 'Propose a Special Issue'];
const recommended = ['Whole Grain Intake and Insomnia Symptoms in Midlife Women', 'Gut Microbiota and Sleep: A Narrative Review'];
const styleCite =
  'Brannigan, A.; Kowalczyk, S.; Osterwald, M.; Daly, F. Dietary Fibre Intake and Sleep Quality in Older Adults: A Cross-Sectional ' +
  'Analysis of the Lusk Ageing Cohort. Nutrients 2025, 17, 1012. https://doi.org/10.3390/nu17061012';
const cookie = 'We use cookies on our website to ensure you get the best experience. Read more about our cookies here.';
const foot = [
  'RSS',
  'Content Alert',
  'Article Processing Charges',
  'Pay an Invoice',
  'Open Access Policy',
  'Contact MDPI',
  'Jobs at MDPI',
  'For Authors',
  'For Reviewers',
  'For Editors',
  'For Librarians',
];
const hp = (a: readonly string[]): string => a.map((p) => `<div class="html-p">${p}</div>`).join('\n');
const sec = (id: string, t: string, n: number, inner: string): string => `<section id="${id}"><h${n + 1} data-nested="${n}">${t}</h${n + 1}>${inner}</section>`;
const html = `<!DOCTYPE html>
<html lang="en" xmlns:og="http://ogp.me/ns#"><head><meta charset="UTF-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="title" content="${title}">
<meta name="citation_title" content="${title}"><meta name="citation_journal_title" content="Nutrients"><meta name="citation_doi" content="10.3390/nu17061012">
<meta name="citation_publication_date" content="2025/3"><meta name="citation_author" content="Brannigan, Aoife"><meta name="dc.publisher" content="MDPI">
<meta property="og:title" content="${title}"><meta property="og:url" content="https://www.mdpi.com/2072-6643/17/6/1012">
<link rel="stylesheet" href="https://pub.mdpi-res.example/assets/css/main2.css?v=3">
<script>var MathJax={tex:{inlineMath:[['$','$']]}};</script><script src="https://pub.mdpi-res.example/assets/js/lib.js?v=3"></script></head>
<body><div id="usercentrics-cmp-ui" class="cookie-bar"><p>${cookie}</p><a class="button" href="#">Accept</a><a href="/about/privacy">Read more</a></div>
<header class="header"><div class="header-top"><a href="/" class="header-logo"><img src="/img/design/mdpi-pub-logo.svg" alt="MDPI"></a>
<ul class="header-menu">${links(menu, 'menu-item')}</ul><div class="header-user"><a href="/user/login">Sign In / Sign Up</a>
<a class="button button--color" href="/user/manuscripts/upload">Submit</a></div></div>
<form class="search-bar" id="basic_search" role="search">${search
  .slice(0, 4)
  .map((s) => `<label>${s}<input></label>`)
  .join('')}
<button type="submit">${search[4]}</button><a href="/search?advanced=1">${search[5]}</a></form></header>
<div class="breadcrumb">${crumbs.map((c) => `<a class="breadcrumb__element" href="#">${c}</a>`).join(' / ')}</div>
<div class="content__container"><div class="columns large-3 left-column">
<div class="journal-buttons">${left.map((t) => `<a href="#" class="button">${t}</a>`).join('')}</div>
<div class="article-menu"><h3>Article Menu</h3><ul>${links(['Academic Editor', 'Subscribe SciFeed', 'Recommended Articles', 'Related Info Link'])}</ul>
<p class="academic-editor">${editor}</p><div class="recommended"><h4>Recommended Articles</h4><ul>${links(recommended)}</ul></div>
<div class="views"><span>Article Views</span> <span>1,204</span></div><div class="toc"><h4>Table of Contents</h4><ul>${links([hAbs, h1, h2])}</ul></div></div>
</div>
<div class="columns large-9 middle-column"><article><div class="html-article-content">
<div class="art-title-header"><span class="label openaccess">Open Access</span><span class="label articletype">Article</span></div>
<h1 class="title hypothesis_container" itemprop="name">${title}</h1>
<div class="art-authors hypothesis_container">by ${authors
  .map((a, i) => `<span class="inlineblock"><div class="profile-card-drop">${a}</div><sup> ${i === 0 ? '1,*' : i < 3 ? '1' : '2'}</sup></span>`)
  .join(', ')}</div>
<div class="art-affiliations">${affs.map((a) => `<div class="affiliation"><div class="affiliation-name">${a}</div></div>`).join('\n')}</div>
<div class="bib-identity"><em>Nutrients</em>
<b>2025</b>, <em>17</em>(6), 1012; <a href="https://doi.org/10.3390/nu17061012">https://doi.org/10.3390/nu17061012</a></div>
<div class="pubhistory">${hist}</div><div class="belongsTo">(This article belongs to the Section <a href="#">Nutrition and Public Health</a>)</div>
<div class="html-links"><a href="/2072-6643/17/6/1012/pdf">Download PDF</a><a href="#">Browse Figures</a><a href="#">Versions Notes</a></div>
<section class="html-abstract" id="html-abstract"><h2 id="html-abstract-title">${hAbs}</h2><div class="html-p">${abs[0]}</div></section>
<div class="html-keywords"><div class="art-keywords">${keywords}</div></div>
<div class="html-body">${sec('sec1-nutrients-17-01012', h1, 1, hp(p1))}
${sec('sec2-nutrients-17-01012', h2, 1, sec('sec2dot1', h21, 2, hp(p21)))}
<div class="html-table_wrap" id="table_body_display_nutrients-17-01012-t001"><div class="html-caption"><b>Table 1.</b> Characteristics of participants by
quartile of fibre intake.</div><table><thead><tr><th></th><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th></tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div></div>
<div class="share-cite"><h2>Share and Cite</h2><div class="mdpi-style"><span class="label">MDPI and ACS Style</span><p>${styleCite}</p></div></div>
<div id="cite-modal" class="reveal" aria-hidden="true"><p>Export citation file:</p><a>BibTeX</a> | <a>EndNote</a> | <a>RIS</a></div>
</div></article></div><div class="right-bar"><a href="#">Share</a><a href="#">Help</a><a href="#">Cite</a><a href="#">Discuss in SciProfiles</a></div></div>
<footer id="footer"><ul>${links(foot)}</ul><p>© 1996-2025 MDPI (Basel, Switzerland) unless otherwise stated</p>
<ul>${links(['Disclaimer', 'Terms and Conditions', 'Privacy Policy'])}</ul></footer>
<script src="https://pub.mdpi-res.example/assets/js/article.js"></script></body></html>`;
export const mdpiArticle: TestPage = {
  html,
  name: 'heldout192-mdpi-article',
  kind: 'docs',
  // the abstract (with its run-in labels) and the table's data cells are body; the academic editor line is a byline;
  // affiliations, the identity line, publication history, keywords, table caption and "Share and Cite" block are furniture
  title,
  headings: [hAbs, h1, h2, h21],
  body: texts([...abs, ...p1, ...p21, ...rows.flat()]),
  bylines: [...authors, editor],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    cookie, 'Accept', 'Read more', ...menu, 'Sign In / Sign Up', 'Submit', ...search, ...crumbs.slice(1), ...left, 'Article Menu',
    'Academic Editor', 'Subscribe SciFeed', 'Recommended Articles', 'Related Info Link', ...recommended, 'Article Views', '1,204',
    'Table of Contents', 'Open Access', 'Article', ...texts(affs), ident, hist, belongs, 'Download PDF', 'Browse Figures', 'Versions Notes',
    keywords, tCap, 'Share and Cite', 'MDPI and ACS Style', styleCite, 'Export citation file:', 'BibTeX', 'EndNote', 'RIS', 'Share', 'Help',
    'Cite', 'Discuss in SciProfiles', ...foot, '© 1996-2025 MDPI (Basel, Switzerland) unless otherwise stated', 'Disclaimer',
    'Terms and Conditions', 'Privacy Policy',
  ],
};
