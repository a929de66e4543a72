import { links, ps, type TestPage, texts } from './page-kit.js';
import { elifeDigest } from './pages-heldout192-c2.js';

/**
 * Held-out batch 192, file c: a JAMA Network Open original investigation page (the JAMA Network journal bar, the header
 * with search, "Sign In" and "Subscribe", the "Open Access" badge, the article-type label, the date, the title, the author
 * list, "Author Affiliations" and "Article Information" toggles, the citation line with the DOI, the toolbar, the "Key
 * Points" box with bold run-in labels, the structured Abstract with h3 parts, the Introduction and the first Methods
 * subsection, a table whose data cells are body, the "Views / Citations / Altmetric" metrics bar, the "Comment" link,
 * the "Trending" and "Select Your Interests" rails, two "Advertisement" slots, the cookie banner and the footer) and,
 * from file c2, an eLife digest page.
 */
const title = 'Neighborhood Heat Exposure and Emergency Department Visits for Kidney Injury Among Outdoor Workers';
const kp = [
  '<strong>Question</strong> Is the number of days with extreme heat in a worker’s home neighborhood associated with ' +
    'emergency department visits for acute kidney injury among outdoor workers?',
  '<strong>Findings</strong> In this cohort study of 61 208 outdoor workers, each additional day with a heat index above ' +
    '40 °C was associated with a 4% higher rate of emergency visits for acute kidney injury over the following 3 days.',
  '<strong>Meaning</strong> These findings suggest that heat protection for outdoor workers should extend beyond the ' +
    'workday to the neighborhoods where they live.',
];
const hAbs = 'Abstract';
const abs: [string, string][] = [
  ['Importance', 'Outdoor workers face a high risk of heat-related kidney injury, but workplace rules rarely account for heat exposure at home.'],
  ['Objective', 'To examine the association between neighborhood heat exposure and emergency visits for acute kidney injury.'],
  [
    'Design, Setting, and Participants',
    'This retrospective cohort study used insurance claims from 2016 to 2023 for adults employed in agriculture, construction, and ' +
      'landscaping in 3 southwestern US states. Data were analyzed from May to October 2024.',
  ],
  ['Exposure', 'Daily maximum heat index in the census tract of residence, from a gridded weather data set.'],
  ['Main Outcomes and Measures', 'Emergency department visits with a diagnosis of acute kidney injury.'],
  [
    'Results',
    'Among 61 208 workers (mean [SD] age, 38.6 [11.2] years; 84.1% men), there were 2317 emergency visits for acute kidney ' +
      'injury. Each additional day with a heat index above 40 °C in the previous 3 days was associated with a higher rate of ' +
      'visits (rate ratio, 1.04; 95% CI, 1.02-1.06). The association was stronger in tracts with low tree canopy cover.',
  ],
  [
    'Conclusions and Relevance',
    'In this cohort study, neighborhood heat was associated with kidney injury among outdoor workers independent of workplace ' +
      'exposure, supporting cooling resources in the neighborhoods where workers live.',
  ],
];
const hIntro = 'Introduction';
const pIntro = [
  'Acute kidney injury is a recognized consequence of heat stress, and outdoor workers are among those at highest risk. Repeated ' +
    'episodes of dehydration and heat strain may also contribute to chronic kidney disease, as suggested by clusters of ' +
    'unexplained kidney failure among agricultural workers in several regions.',
  'Occupational heat standards focus on conditions at the worksite, such as water, rest, and shade. Yet workers spend most of ' +
    'each day away from work, and many live in neighborhoods with little tree cover and homes without air conditioning, where ' +
    'nighttime temperatures may prevent recovery from daytime heat.',
  'We therefore examined whether heat in workers’ home neighborhoods was associated with emergency visits for acute kidney ' +
    'injury, after accounting for heat at the worksite.',
];
const hMeth = 'Methods';
const hData = 'Data Sources';
const pData = [
  'This study followed the Strengthening the Reporting of Observational Studies in Epidemiology (STROBE) reporting guideline. ' +
    'The institutional review board waived informed consent because the data were deidentified.',
  'Table 1 shows the characteristics of the cohort.',
];
const tCaption = 'Table 1. Characteristics of the Study Cohort';
const rows = [
  ['Agriculture', '18 420', '41.2'],
  ['Construction', '29 774', '36.9'],
  ['Landscaping', '13 014', '38.3'],
];
const authors = ['Marisol Esquivel-Tan, MD, MPH', 'Jonah Whitcombe, PhD', 'Priya Ramaswamy-Kohl, MS', 'Teodoro Ballantyne, MD'];
const journals = ['JAMA', 'JAMA Network Open', 'JAMA Cardiology', 'JAMA Internal Medicine', 'JAMA Pediatrics', 'JAMA Health Forum', 'All Journals'];
const trending = ['Ultraprocessed Food Intake and Mortality', 'Long-Term Outcomes After Mild COVID-19', 'Firearm Injuries Among Children in Rural Counties'];
const interests = ['Cardiology', 'Nephrology', 'Occupational Health', 'Environmental Health', 'Emergency Medicine'];
const cookie =
  'Our website uses cookies to enhance your experience. By continuing to use our site, or clicking "Continue," you are agreeing to our Cookie Policy';
const foot = ['Contact Us', 'Help', 'About Us', 'Privacy Policy', 'Terms of Use', 'Accessibility Statement', 'Get the latest from JAMA'];
const cell = (r: string[]): string => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Occupational Health | JAMA Network Open | JAMA Network</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="citation_title" content="${title}">
<meta name="citation_journal_title" content="JAMA Network Open"><meta name="citation_doi" content="10.1001/jamanetworkopen.2025.1384">
<meta name="citation_publication_date" content="2025/03/18"><meta name="citation_author" content="Marisol Esquivel-Tan">
<meta property="og:title" content="${title}"><meta name="twitter:site" content="@JAMANetworkOpen">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","headline":"${title}","datePublished":"2025-03-18",
"isAccessibleForFree":true,"publisher":{"@type":"Organization","name":"American Medical Association"}}</script>
<link rel="stylesheet" href="/UI/app/dist/css/jn-site.css"><script>var SCM=SCM||{};SCM.ArticleId=2831744;SCM.IsOpenAccess=true;</script></head>
<body class="off-canvas pg_Article"><a class="skipnav" href="#main">Skip to Navigation</a>
<div class="cookie-banner" id="cookie-banner" role="alertdialog"><p>${cookie}</p><button class="cookie-banner__continue">Continue</button></div>
<div class="network-bar"><a class="network-bar__logo" href="/">JAMA Network</a><ul class="network-bar__journals">${links(journals)}</ul></div>
<header class="site-header"><a class="site-header__logo" href="/journals/jamanetworkopen"><span class="sr-only">JAMA Network Open</span></a>
<nav class="site-header__nav"><ul>${links(['Issues', 'Research', 'Multimedia', 'Topics', 'For Authors'])}</ul></nav>
<form class="site-search" role="search"><input aria-label="Search All" placeholder="Search All"><button>Search</button></form>
<div class="site-header__user"><a href="/signin">Sign In</a><a class="btn-subscribe" href="/subscribe">Subscribe</a></div></header>
<main id="main" class="content-main"><div class="article-full-text"><div class="article-header">
<div class="meta-article-type"><span class="badge-oa">Open Access</span><span class="article-type">Original Investigation</span>
<span class="meta-article-subject">Occupational Health</span></div><div class="meta-date">March 18, 2025</div>
<h1 class="meta-article-title">${title}</h1>
<div class="meta-authors">${authors.map((a) => `<span class="wi-fullname brand-fg"><a href="#">${a}</a></span>`).join('; ')}</div>
<div class="meta-links"><a class="toggle-affiliations" href="#">Author Affiliations</a> <a class="toggle-article-info" href="#">Article Information</a></div>
<div class="meta-citation"><span class="meta-citation-journal">JAMA Netw Open.</span> 2025;8(3):e251384. doi:10.1001/jamanetworkopen.2025.1384</div>
<div class="article-toolbar"><a href="/pdfaccess">PDF</a><button>Cite</button><button>Permissions</button><button>Share</button>
<a class="comment-link" href="#comments">Comment</a></div>
<div class="article-metrics-bar"><span>Views <b>2,418</b></span> <span>Citations <b>0</b></span> <span class="altmetric">Altmetric</span></div></div>
<div class="article-content"><div class="key-points box-section"><h3 class="section-title">Key Points</h3>${ps(kp, ' class="para"')}</div>
<div class="abstract"><h2 class="section-title">${hAbs}</h2>${abs.map(([h, p]) => `<h3>${h}</h3><p class="para">${p}</p>`).join('\n')}</div>
<div class="ad-slot ad-slot--inline"><span class="ad-label">Advertisement</span></div>
<div class="article-body"><h2 class="section-title">${hIntro}</h2>${ps(pIntro, ' class="para"')}
<h2 class="section-title">${hMeth}</h2><h3>${hData}</h3>${ps(pData, ' class="para"')}
<div class="table-wrap"><div class="table-caption">${tCaption}</div><table><thead><tr><th>Industry</th><th>No. of workers</th><th>Mean age, y</th></tr>
</thead><tbody>${rows.map(cell).join('\n')}</tbody></table><a class="table-link" href="#">View Large</a><a href="#">Download</a></div></div>
<div class="article-info"><h3>Accepted for Publication:</h3><p>January 17, 2025.</p><h3>Open Access:</h3>
<p>This is an open access article distributed under the terms of the CC-BY License. © 2025 Esquivel-Tan M et al. JAMA Network Open.</p></div></div></div>
<aside class="sidebar"><div class="ad-slot ad-slot--rail"><span class="ad-label">Advertisement</span></div>
<section class="widget-trending"><h3>Trending</h3><ul>${links(trending)}</ul></section>
<section class="widget-interests"><h3>Select Your Interests</h3>
<p>Customize your JAMA Network experience by selecting one or more topics from the list below.</p>
<ul>${links(interests)}</ul><button>Save Preferences</button></section></aside></main>
<footer class="site-footer"><ul>${links(foot)}</ul><p>© 2025 American Medical Association. All Rights Reserved.</p></footer>
<script src="/UI/app/dist/js/jn-site.js"></script></body></html>`;
const jama: TestPage = {
  html,
  name: 'heldout192-jama-network-article',
  kind: 'docs',
  // Key Points paragraphs (with their run-in labels) and the table's data cells are body, the "Key Points" box title a
  // heading; the table caption, the article-info notes and the metrics bar are furniture
  title,
  headings: ['Key Points', hAbs, ...abs.map(([h]) => h), hIntro, hMeth, hData],
  body: texts([...kp, ...abs.map(([, p]) => p), ...pIntro, ...pData, ...rows.flat()]),
  bylines: [...authors, 'March 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Navigation', cookie, 'Continue', 'JAMA Network', ...journals, 'Issues', 'Research', 'Multimedia', 'Topics', 'For Authors', 'Search',
    'Sign In', 'Subscribe', 'Open Access', 'Original Investigation', 'Occupational Health', 'Author Affiliations', 'Article Information',
    'JAMA Netw Open. 2025;8(3):e251384. doi:10.1001/jamanetworkopen.2025.1384', 'PDF', 'Cite', 'Permissions', 'Share', 'Comment', 'Views 2,418',
    'Citations 0', 'Altmetric', 'Advertisement', tCaption, 'View Large', 'Download', 'Accepted for Publication:', 'January 17, 2025.',
    'This is an open access article distributed under the terms of the CC-BY License. © 2025 Esquivel-Tan M et al. JAMA Network Open.',
    'Trending', ...trending, 'Select Your Interests',
    'Customize your JAMA Network experience by selecting one or more topics from the list below.', ...interests, 'Save Preferences', ...foot,
    '© 2025 American Medical Association. All Rights Reserved.',
  ],
};

export const HELDOUT192_C: readonly TestPage[] = [jama, elifeDigest];
