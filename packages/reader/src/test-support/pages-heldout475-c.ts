import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, opts } from './pages-heldout475-kit.js';

/**
 * Held-out batch 475, file c: an interlibrary loan article request form on ILLiad's web pages (Atlas Systems, the default
 * Bootstrap layout with the main menu on the left), and a special collections exhibit page on Omeka Classic with Exhibit Builder
 * (the Berlin theme) with file-and-text blocks, captions and the exhibit's page list.
 */
const iTitle = 'Request an Article';
const iIntro = [
  j(
    'Use this form for journal articles, magazine and newspaper articles. Articles usually arrive within three working days and',
    'are delivered as a PDF to your Electronic Delivery page, where they stay for 30 days.',
  ),
  'Please check the library catalogue first: we cannot borrow items that Kelbrook Library already owns. Fields marked with * are required.',
];
const iFields: [string, string, string][] = [
  ['PhotoJournalTitle', '* Journal, magazine or newspaper title', 'Please do not abbreviate.'],
  ['PhotoJournalVolume', 'Volume', ''],
  ['PhotoJournalIssue', 'Issue', ''],
  ['PhotoJournalYear', '* Year', ''],
  ['PhotoJournalInclusivePages', '* Pages', 'For example 114-129.'],
  ['PhotoArticleAuthor', 'Article author', ''],
  ['PhotoArticleTitle', '* Article title', ''],
  ['ISSN', 'ISSN', 'If you know it, this helps us find a lender faster.'],
  ['NotWantedAfter', '* Not wanted after', 'We will cancel the request if we cannot supply it by this date (YYYY-MM-DD).'],
  ['Notes', 'Notes', 'Tell us where you found the citation, or anything else that will help.'],
];
const iCopy = j(
  'This material may be protected by copyright law. Under the fair dealing provisions, a copy may be supplied for the purposes of',
  'private study or research only. By submitting this request you declare that you will not use the copy for any other purpose.',
);
const iAgree = 'I have read and agree to the copyright statement.';
const iMenu: [string, string[]][] = [
  ['New Request', ['Article', 'Book', 'Book Chapter', 'Thesis', 'Other']],
  ['View', ['Outstanding Requests', 'Electronic Delivery', 'Checked Out Items', 'Request History']],
  ['Tools', ['Change User Information', 'Change Password', 'Logoff jtamsin']],
];
const iField = ([id, label, help]: [string, string, string]): string => `<div class="form-group col-md-${id === 'Notes' ? '12' : '6'}">
<label for="${id}" class="col-form-label">${label.startsWith('*') ? `<span class="req">*</span>${label.slice(1)}` : label}</label>
${
  id === 'Notes'
    ? `<textarea class="form-control" id="${id}" name="${id}" rows="3"></textarea>`
    : `<input type="text" class="form-control" id="${id}"
name="${id}">`
}
${help === '' ? '' : `<small class="form-text text-muted">${help}</small>`}</div>`;
const iHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>ILLiad - Article Request</title><link rel="stylesheet" href="css/bootstrap.min.css"><link rel="stylesheet" href="css/illiad.css">
<script src="js/jquery-3.5.1.min.js"></script><script src="js/bootstrap.bundle.min.js"></script><script src="js/atlasUtility.js"></script>
<script>$(function(){ atlasUtility.validateRequired("#ArticleRequest"); });</script></head>
<body><a class="sr-only sr-only-focusable" href="#content">Skip to Main Content</a>
<header class="navbar navbar-dark bg-kelbrook"><a class="navbar-brand" href="illiad.dll"><img src="images/kelbrook-logo.png" alt="Kelbrook University Library"
height="40"> Interlibrary Loan</a><span class="navbar-text" id="status-user">Logged in as Jonah Tamsin</span></header>
<div class="container-fluid"><div class="row"><nav id="menu" class="col-md-2 d-none d-md-block bg-light sidebar" aria-label="ILLiad main menu">
<div class="sidebar-sticky">${iMenu
  .map(
    ([h, ls]) => `<h6 class="sidebar-heading">${h}</h6><ul class="nav
flex-column">${links(ls, 'nav-item')}</ul>`,
  )
  .join('\n')}
</div></nav>
<main id="content" class="col-md-9 ml-sm-auto col-lg-10 px-4" role="main"><div id="statusLine" class="alert alert-info" role="status">
Your account is active. Requests placed after 4pm are processed the next working day.</div>
<h1 class="h2 pt-3">${iTitle}</h1>${ps(iIntro)}
<form action="illiad.dll" method="post" name="ArticleRequest" id="ArticleRequest"><input type="hidden" name="ILLiadForm" value="ArticleRequest">
<input type="hidden" name="Username" value="jtamsin"><input type="hidden" name="SessionID" value="K11847220211">
<input type="hidden" name="RequestType" value="Article"><input type="hidden" name="CitedIn" value="">
<h2 class="h4 mt-4">Describe the article</h2><div class="form-row">${iFields.slice(0, 8).map(iField).join('\n')}</div>
<h2 class="h4 mt-4">Delivery</h2><div class="form-row"><div class="form-group col-md-6"><label for="ItemInfo1" class="col-form-label">Delivery method</label>
<select class="form-control" id="ItemInfo1" name="ItemInfo1">${opts(['Electronic (PDF)', 'Print copy to hold at the Main Library desk'])}</select></div>
${iFields.slice(8).map(iField).join('\n')}</div>
<h2 class="h4 mt-4">Copyright</h2><div class="copyright-statement border p-3">${ps([iCopy])}</div>
<div class="form-check"><input class="form-check-input" type="checkbox" id="AcceptCopyright" name="AcceptCopyright" value="Yes">
<label class="form-check-label" for="AcceptCopyright">${iAgree}</label></div>
<div class="mt-3 mb-5"><input type="submit" name="SubmitButton" class="btn btn-primary" value="Submit Request">
<input type="submit" name="SubmitButton" class="btn btn-secondary" value="Cancel - Return to Main Menu"></div></form></main></div></div>
<footer class="footer border-top py-3 px-4"><p>Kelbrook University Library · Interlibrary Loan Office · illoffice@kelbrook.example · 555-0193</p>
<p><a href="https://kelbrook.example/library/ill-faq">Interlibrary loan FAQ</a> | <a href="https://kelbrook.example/library/privacy">Privacy</a></p>
<p class="small text-muted">ILLiad web pages · Atlas Systems</p></footer></body></html>`;
const illiad: TestPage = {
  name: 'heldout475-illiad-article-form',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: ['Describe the article', 'Delivery', 'Copyright'],
  body: [
    ...iIntro,
    ...iFields.slice(0, 8).flatMap(([, l, h]) => (h === '' ? [l] : [l, h])),
    'Delivery method',
    ...iFields.slice(8).flatMap(([, l, h]) => [l, h]),
    iCopy,
    iAgree,
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Interlibrary Loan', 'Logged in as Jonah Tamsin', 
    ...iMenu.flatMap(([h, ls]) => [h, ...ls]).filter((t) => t !== 'Article' && t !== 'Electronic Delivery'),
    'Your account is active. Requests placed after 4pm are processed the next working day.',
    'Kelbrook University Library · Interlibrary Loan Office · illoffice@kelbrook.example · 555-0193', 'Interlibrary loan FAQ', 'Privacy',
    'ILLiad web pages · Atlas Systems',
  ],
};

const oExhibit = 'Threads of Tolland: The Weavers of Easter Mill';
const oTitle = 'Letters Home';
const oBody = [
  j(
    'Most of the women who worked the looms at Easter Mill came from farms in the hills above Tolland. They were between fifteen',
    'and twenty-five, lived in the company boarding houses on Mill Row and sent much of their wages home. Their letters, kept by',
    'families and later given to the Tolland Historical Society, are the fullest record we have of mill life in the 1870s.',
  ),
  j(
    'The letters shown here were written by three friends, Ada Pellew, Susan Marr and Nell Otway, between 1872 and 1879. They',
    'talk about the noise of the weaving room, the rules of the boarding house and the price of a new pair of boots, but also',
    'about lectures at the Mill Institute, sleigh rides and a strike that lasted eleven days.',
  ),
  j(
    '"The bell rang at half past four and we were at the looms by five. By dinner I could not hear Susan speak though she stood',
    'at my elbow." Ada Pellew to her mother, 3 March 1873.',
  ),
  j(
    'In her letters Susan Marr keeps a careful account of money. She lists what she paid for board, what she sent to her brother',
    'at the academy and what she saved, and in 1876 proudly reports a savings book at the Tolland Institution for Savings with',
    'forty-one dollars in it.',
  ),
  'The strike of 1877',
  j(
    "When the mill cut piece rates by a tenth in January 1877, more than two hundred weavers walked out. Nell Otway's letters",
    'describe the meetings in the Institute hall and the decision to return after the company restored half of the cut.',
    'Her last letter from Tolland, written in 1879, says she is leaving to train as a teacher.',
  ),
];
const oCaps = [
  'Ada Pellew to her mother, 3 March 1873. Tolland Historical Society, MS 114, box 2.',
  "Susan Marr's savings book, 1876–1881. Gift of the Marr family.",
  'Handbill calling a meeting of the weavers, January 1877.',
];
const oPages = ['Introduction', 'The Mill and the Town', oTitle, 'Mill Row', 'After the Mill'];
const oNav = ['Browse Items', 'Browse Collections', 'Browse Exhibits', 'About', 'Visit Us'];
const oBlock = (img: string, cap: string, text: string, side: string): string => `<div class="exhibit-block layout-file-text">
<div class="exhibit-items ${side} fullsize"><div class="exhibit-item exhibit-file"><a class="exhibit-item-link" href="/exhibits/show/weavers/item/${img}">
<img src="/files/fullsize/${img}.jpg" alt="" title=""></a><div class="exhibit-item-caption"><p>${cap}</p></div></div></div>
<div class="exhibit-text">${text}</div></div>`;
const oHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Online exhibits of the Tolland Historical Society."><title>${oTitle} · ${oExhibit} · Tolland Historical Society</title>
<link rel="alternate" type="application/rss+xml" title="Omeka RSS Feed" href="/items/browse?output=rss2">
<link href="/themes/berlin/css/style.css?v=3.1.2" media="all" rel="stylesheet" type="text/css">
<link href="/plugins/ExhibitBuilder/views/public/css/exhibits.css?v=3.1.2" media="all" rel="stylesheet" type="text/css">
<script type="text/javascript" src="//ajax.googleapis.com/ajax/libs/jquery/3.6.0/jquery.min.js"></script>
<script type="text/javascript">jQuery(document).ready(function(){Omeka.showAdvancedForm();Omeka.skipNav();Berlin.dropDown();});</script></head>
<body class="exhibits show"><a href="#content" id="skipnav">Skip to main content</a>
<div id="wrap"><header role="banner"><div id="site-title"><a href="/">Tolland Historical Society</a></div>
<div id="search-container" role="search"><form id="search-form" name="search-form" action="/search" method="get"><input type="text" name="query" id="query"
value="" title="Search"><button name="submit_search" id="submit_search" type="submit" value="Search">Search</button></form></div></header>
<nav id="top-nav" role="navigation"><ul class="navigation">${links(oNav)}</ul></nav>
<div id="content" role="main" tabindex="-1"><h1><span class="exhibit-page">${oTitle}</span></h1>
<div id="exhibit-blocks">${oBlock('ada-1873', oCaps[0] ?? '', ps(oBody.slice(0, 2)) + `<blockquote>${oBody[2]}</blockquote>`, 'left')}
${oBlock('marr-savings', oCaps[1] ?? '', ps([oBody[3] ?? '']), 'right')}
<div class="exhibit-block layout-text"><h2>${oBody[4]}</h2></div>
${oBlock('handbill-1877', oCaps[2] ?? '', ps([oBody[5] ?? '']), 'left')}</div>
<div id="exhibit-page-navigation"><div id="exhibit-nav-prev"><a rel="prev" href="/exhibits/show/weavers/mill-and-town">← Previous Page</a></div>
<div id="exhibit-nav-up"><a href="/exhibits/show/weavers">${oExhibit}</a></div><div id="exhibit-nav-next"><a rel="next"
href="/exhibits/show/weavers/mill-row">Next
Page →</a></div></div></div>
<nav id="exhibit-pages"><h4><a href="/exhibits/show/weavers">${oExhibit}</a></h4><ul class="exhibit-page-nav">${links(oPages)}</ul></nav>
<footer role="contentinfo"><div id="footer-content" class="center-div"><p>Tolland Historical Society · 12 Mill Row, Tolland · Open Wednesday to Saturday,
10–4</p>
<p>Images may be reproduced for private study. For other uses please contact the curator.</p></div>
<nav><ul class="navigation">${links(oNav.slice(0, 3))}</ul></nav><p>Proudly powered by <a href="http://omeka.org">Omeka</a>.</p></footer></div>
<script type="text/javascript">jQuery(document).ready(function(){jQuery('.exhibit-item-caption').each(function(){});});</script></body></html>`;
const omeka: TestPage = {
  name: 'heldout475-omeka-exhibit',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: [oBody[4] ?? ''],
  body: texts(oBody.filter((_, i) => i !== 4)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search', ...oNav.filter((t) => t !== 'About'), ...oCaps, '← Previous Page', oExhibit, 'Next Page →',
    ...oPages.filter((t) => t !== oTitle && t !== 'Mill Row'), 'Tolland Historical Society · 12 Mill Row, Tolland · Open Wednesday to Saturday, 10–4',
    'Images may be reproduced for private study. For other uses please contact the curator.', 'Proudly powered by Omeka.',
  ],
};

export const HELDOUT475_C: readonly TestPage[] = [illiad, omeka];
