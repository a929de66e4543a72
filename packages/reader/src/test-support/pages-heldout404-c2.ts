import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout404-kit.js';

/**
 * Held-out batch 404, file c2: a JAMA-style research letter on a Silverchair template (network bar of journals, sign-in
 * links, article type, authors, date and citation line, the article tab bar, a figure with its title and caption, "Back to
 * top" links, the Article Information block, references, a comments section, the right rail with trending articles and an
 * interests widget, and the footer).
 */
const title = 'Prescription Fills for Glucagon-Like Peptide-1 Receptor Agonists Among Adolescents, 2021-2025';
const intro = paras(`
Glucagon-like peptide-1 receptor agonists (GLP-1 RAs) were approved for the treatment of obesity in adolescents in 2022 and 2023. Clinical guidance
now supports their use alongside lifestyle treatment, but little is known about how quickly prescribing has grown in this age group or who receives
these drugs. We describe trends in dispensing of GLP-1 RAs to adolescents in a national pharmacy database.
`);
const methods = paras(`
We used the Meridian Retail Pharmacy Panel, which records about 88% of prescriptions dispensed by retail pharmacies in the country. We counted
adolescents aged 12 to 17 years with at least 1 fill of a GLP-1 RA in each calendar quarter from January 2021 through June 2025 and divided by census
population estimates. We stratified by sex, by payer and by whether the patient also had a fill for metformin or insulin, as a marker of diabetes.
The study used deidentified data and was exempt from review.
`);
const results = paras(`
The number of adolescents with a GLP-1 RA fill rose from 3.1 per 100 000 in the first quarter of 2021 to 48.7 per 100 000 in the second quarter of 2025
(Figure). Before 2023, most adolescents receiving these drugs also had a diabetes medicine; by 2025, 71% did not.
`);
const points = [
  'Fills among girls rose faster than among boys, and girls made up 61% of users in 2025.',
  'Commercial insurance paid for 58% of fills, public insurance for 34% and cash payment for 8%.',
  'The median duration of continuous use was 5 months, and 39% of adolescents stopped within 3 months.',
];
const discussion = paras(`
Dispensing of GLP-1 RAs to adolescents increased about 15-fold over 4 years, driven by use for obesity rather than diabetes. Short courses were common,
which is concerning because weight is typically regained after these drugs are stopped. Limitations include the lack of clinical data such as body
mass index and the exclusion of mail-order pharmacies. Studies of adherence, supply shortages and cost are needed to guide policy as use grows.
`);
const heads = ['Methods', 'Results', 'Discussion'];
const authors = ['Camille Arsenault, PharmD, MPH', 'Kwabena Osei-Bonsu, MD', 'Ruth Lindqvist, PhD'];
const network = ['JCMA Network', 'JCMA', 'JCMA Pediatrics', 'JCMA Network Open', 'JCMA Health Forum', 'All Journals'];
const tabs = ['Full Text', 'Figures', 'References', 'Related', 'Comments'];
const info = [
  'Accepted for Publication: December 18, 2025.',
  'Published Online: March 9, 2026. doi:10.1101/jcma.2026.0291',
  'Corresponding Author: Camille Arsenault, PharmD, MPH, College of Pharmacy, University of Wexmoor, 210 Harlan St, Wexmoor (carsenault@wexmoor.example).',
  'Author Contributions: Dr Arsenault had full access to all of the data in the study.',
  'Conflict of Interest Disclosures: None reported.',
];
const refs = [
  'Hollis T, et al. Weight-loss drugs in adolescents: a review. J Adolesc Med. 2024;12:44-53.',
  'Pharmacy Panel methodology. Meridian Health Data; 2025.',
];
const trending = [
  'Sleep Duration and Blood Pressure in Teenagers',
  'Screen Time and Myopia in Primary School Children',
  'Vaping Cessation Programs for Adolescents',
];
const foot = ['About', 'For Authors', 'For Reviewers', 'For Advertisers', 'Privacy Policy', 'Terms of Use', 'Accessibility Statement'];
const h = (t: string): string => `<h3 class="h3" data-section-title="${t}">${t}</h3>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Pediatrics | JCMA | JCMA Network</title>
<meta name="citation_title" content="${title}"><meta name="citation_journal_title" content="JCMA"><meta name="citation_publication_date" content="2026/03/09">
<meta name="citation_doi" content="10.1101/jcma.2026.0291"><meta property="og:type" content="article">
<link rel="stylesheet" href="//cdn.jamanetwork.example/UI/app/dist/site.css"><script>var SCM = SCM || {}; SCM.ArticleTypeDisplayName = "Research
Letter";</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","name":"${title}","datePublished":"2026-03-09"}</script></head>
<body class="off-canvas pg_Article"><div class="network-bar"><ul class="network-bar__journals">${links(network)}</ul></div>
<header class="site-theme-header"><a class="site-logo" href="/journals/jcma">JCMA</a><div class="user-links"><a href="/signin">Sign In</a>
<a href="/subscribe">Subscribe</a><a href="/register">Create a Free Account</a></div><form class="navbar-search"><input type="text"
placeholder="Search All"></form></header>
<div class="widget-ArticleTopInfo"><div class="article-top-info"><div class="meta-article-type">Research Letter</div>
<div class="meta-date">March 9, 2026</div></div>
<h1 class="meta-article-title">${title}</h1>
<div class="meta-authors">${authors
  .map(
    (a) => `<span class="wi-fullname brand-fg"><a class="linked-name"
href="#">${a}</a></span>`,
  )
  .join('<span class="sep">; </span>')}
</div><div class="meta-citation"><span class="meta-citation-journal-name">JCMA.</span> 2026;335(10):1017-1019. doi:10.1101/jcma.2026.0291</div></div>
<ul class="article-nav-tabs">${links(tabs, 'tab-nav')}</ul>
<div class="article-full-text" data-widgetname="ArticleFulltext">
${ps(intro, ' class="para"')}
${h(heads[0] ?? '')}\n${ps(methods, ' class="para"')}
${h(heads[1] ?? '')}\n${ps(results, ' class="para"')}
<ul class="list-simple">${lis(points)}</ul>
<div class="figure-table-wrapper" data-id="joi260012f1"><div class="figure-table-caption"><span class="figure-label">Figure.</span>
<span class="figure-title">Quarterly Rate of Adolescents With a Fill for a GLP-1 RA, 2021-2025</span><div class="figure-caption"><p>Rates are per 100
000 adolescents
aged 12 to 17 years. Shaded area indicates the period of supply shortages.</p></div></div><div class="graphic-wrap"><img src="/data/journals/jcma/f1.png"
alt="Line chart"></div><a class="download-slide" href="#">Download PowerPoint slide</a></div>
<a class="back-to-top" href="#">Back to top</a>
${h(heads[2] ?? '')}\n${ps(discussion, ' class="para"')}
<a class="back-to-top" href="#">Back to top</a>
<div class="article-information"><h3 class="h3 article-information-title">Article Information</h3>${ps(info, ' class="para"')}</div>
<div class="references"><h3 class="h3">References</h3><ol class="reference-list">${lis(refs)}</ol></div>
<div class="comments-section"><h3 class="h3">Comments</h3><p class="no-comments">0 Comments for this article</p><a class="btn add-comment"
href="#">Add Comment</a></div>
</div>
<aside class="sidebar-right"><div class="widget-trending"><h3>Trending</h3><ul>${links(trending)}</ul></div>
<div class="widget-interests"><h3>Select Your Interests</h3><p>Customize your JCMA Network experience by selecting one or more topics from the list
below.</p></div>
<div class="ad-label">Advertisement</div></aside>
<footer class="site-footer"><ul>${links(foot)}</ul><p>© 2026 Continental Medical Association. All Rights Reserved.</p></footer>
<script src="//cdn.jamanetwork.example/UI/app/dist/site.js"></script></body></html>`;
export const jcmaPage: TestPage = {
  name: 'heldout404-jama-style-research-letter-docs',
  kind: 'docs',
  html,
  title,
  headings: heads,
  body: texts([...intro, ...methods, ...results, ...points, ...discussion]),
  bylines: [...authors, 'March 9, 2026', info[0] ?? '', info[1] ?? ''],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...network, 'Sign In', 'Subscribe', 'Create a Free Account', 'Research Letter', 'JCMA. 2026;335(10):1017-1019. doi:10.1101/jcma.2026.0291',
    ...tabs, 'Figure.', 'Quarterly Rate of Adolescents With a Fill for a GLP-1 RA, 2021-2025',
    'Rates are per 100 000 adolescents aged 12 to 17 years. Shaded area indicates the period of supply shortages.', 'Download PowerPoint slide', 'Back to top',
    'Article Information', ...info.slice(2), ...refs, '0 Comments for this article', 'Add Comment', 'Trending', ...trending, 'Select Your Interests',
    'Customize your JCMA Network experience by selecting one or more topics from the list below.', 'Advertisement', ...foot,
    '© 2026 Continental Medical Association. All Rights Reserved.',
  ],
};
