import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout371-kit.js';

/**
 * Held-out batch 371, file e2: an open-data portal's data request page on CKAN with the data requests extension (account
 * masthead, site navigation, toolbar breadcrumbs, the request's description, the properties table with status and dates,
 * the followers count and the Follow button, the comments thread whose comments are the body with their author and date
 * lines, the "Add a comment" form, the social share module, the "Data requests" sidebar and the footer).
 */
const dTitle = 'Bus stop accessibility audit results';
const dDesc = [
  j(
    'The city carried out an accessibility audit of all 2,300 bus stops in 2024, recording kerb height, shelter type, seating',
    'and the surface between the stop and the nearest crossing. The results were summarised in a council report, but the',
    'stop-by-stop data has not been published.',
  ),
  j(
    'Please publish the full audit as a dataset with one row per stop, including the stop code used in the transit feed so',
    'that it can be joined to timetable data. A CSV with a data dictionary would be ideal.',
  ),
];
const dComments: [string, string, string[]][] = [
  [
    'Jonas Ferreira-Holt',
    'December 4, 2025, 10:12 (UTC)',
    [
      j(
        'Strongly support this. Our group maps step-free routes for wheelchair users and we currently have to check stops in',
        'person. Having the kerb heights alone would save weeks of fieldwork.',
      ),
    ],
  ],
  [
    'Transport Data Team',
    'December 11, 2025, 15:40 (UTC)',
    [
      j(
        'Thank you for the request. We have the audit data and are checking it for personal information, because some records',
        'include photographs in which members of the public can be identified. We expect to publish the tabular data without',
        'photographs in the first quarter of 2026.',
      ),
      'We will also add the transit feed stop code, as suggested.',
    ],
  ],
  [
    'Morwenna Tello',
    'December 12, 2025, 19:03 (UTC)',
    [
      j(
        'Could the seating and shelter fields use the same codes as the regional standard, rather than free text? Otherwise',
        'anyone comparing stops across the county line will have to clean the data by hand before they can use it.',
      ),
    ],
  ],
  [
    'Priya Anand-Whitlock',
    'January 20, 2026, 08:55 (UTC)',
    [
      j(
        'Will the dataset be updated when stops are rebuilt? Several stops on the Eastgate corridor were raised last autumn, so',
        'the 2024 audit is already out of date for those.',
      ),
    ],
  ],
  [
    'Transport Data Team',
    'February 2, 2026, 09:30 (UTC)',
    [
      j(
        'The dataset is now published as "Bus stop accessibility audit 2024". Stops rebuilt since the audit are flagged in a',
        'separate column, and we plan to refresh the whole dataset every year after the spring inspections. We are closing this',
        'request as fulfilled.',
      ),
    ],
  ],
];
const dNav = ['Datasets', 'Organizations', 'Groups', 'Data requests', 'About'];
const dCrumbs = ['Data requests', dTitle];
const dSide = ['Recently opened requests', 'Street lighting fault reports', 'School catchment boundaries 2026', 'Tree felling licences'];
const dFoot = ['About the portal', 'Open data licence', 'API documentation', 'Accessibility', 'Privacy'];
const comment = (c: [string, string, string[]], i: number): string => `<div class="comment-wrapper" id="comment_${i}">
<div class="comment-header"><img src="/avatar/${i}.png" class="gravatar" alt="" width="32"><span class="comment-author">${c[0]}</span>
<span class="comment-date">${c[1]}</span></div><div class="comment-content">${ps(c[2])}</div>
<div class="comment-actions"><a href="#" class="report-comment">Report</a></div></div>`;
const dHtml = `<!DOCTYPE html>
<!--[if IE 9]> <html lang="en" class="ie9"> <![endif]-->
<html lang="en"><head><meta charset="utf-8"/><meta name="generator" content="ckan 2.10.5"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${dTitle} - Data Requests - Redbridge City Open Data</title>
<link rel="stylesheet" href="/webassets/base/main.css"/><link rel="stylesheet" href="/webassets/datarequests/datarequests.css"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${dTitle}","isPartOf":"Redbridge City Open Data"}</script></head>
<body data-site-root="https://data.redbridge.example/" data-locale-root="https://data.redbridge.example/">
<div class="visually-hidden-focusable"><a href="#content">Skip to main content</a></div>
<div class="account-masthead"><div class="container"><nav class="account not-authed" aria-label="Account"><ul class="list-unstyled">
<li><a href="/user/login">Log in</a></li><li><a href="/user/register">Register</a></li></ul></nav></div></div>
<header class="masthead"><div class="container"><hgroup class="header-image navbar-left"><a class="logo" href="/">Redbridge City Open Data</a></hgroup>
<nav class="section navigation"><ul class="nav nav-pills">${links(dNav)}</ul></nav>
<form class="section site-search simple-input" action="/dataset/" method="get"><label for="field-sitewide-search">Search Datasets</label>
<input id="field-sitewide-search" type="text" class="form-control" name="q"/></form></div></header>
<div class="main"><div id="content" class="container"><div class="flash-messages"></div>
<div class="toolbar" role="navigation" aria-label="Breadcrumb"><ol class="breadcrumb">${links(dCrumbs)}</ol></div>
<div class="row wrapper"><aside class="secondary col-md-3"><section class="module module-narrow"><h2 class="module-heading">${dSide[0]}</h2>
<ul class="list-unstyled nav nav-simple">${links(dSide.slice(1), 'nav-item')}</ul></section>
<section class="module module-narrow module-shallow social"><h2 class="module-heading">Social</h2><ul class="nav nav-simple">
<li class="nav-item"><a href="https://www.linkedin.example/share" target="_blank">LinkedIn</a></li>
<li class="nav-item"><a href="https://www.facebook.example/sharer" target="_blank">Facebook</a></li></ul></section></aside>
<div class="primary col-md-9"><article class="module"><div class="module-content">
<div class="datarequest-follow"><button class="btn btn-success follow-datarequest">Follow</button><span class="followers-count">7 followers</span></div>
<h1 class="heading">${dTitle}</h1>
<span class="badge badge-closed datarequest-status">Closed</span>
<div class="notes embedded-content">${ps(dDesc)}</div>
<section class="additional-info"><h3>Additional Info</h3><table class="table table-striped table-bordered table-condensed"><tbody>
<tr><th scope="row">Title</th><td>${dTitle}</td></tr>
<tr><th scope="row">Organization</th><td>Transport and Highways</td></tr>
<tr><th scope="row">Created</th><td>December 3, 2025</td></tr>
<tr><th scope="row">Closed</th><td>February 2, 2026</td></tr>
<tr><th scope="row">Accepted dataset</th><td><a href="/dataset/bus-stop-accessibility-audit-2024">bus-stop-accessibility-audit-2024</a></td></tr>
</tbody></table></section>
<section class="datarequest-comments"><h2>Comments</h2>
${dComments.map(comment).join('\n')}
<form class="comment-form" method="post"><label for="field-comment">Add a comment</label><textarea id="field-comment" name="comment"></textarea>
<p class="form-text">You must be logged in to comment.</p><button class="btn btn-primary" type="submit">Comment</button></form></section>
</div></article></div></div></div></div>
<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-8 footer-links"><ul class="list-unstyled">${links(dFoot)}</ul></div>
<div class="col-md-4 attribution"><p><strong>Powered by</strong> <a class="hide-text ckan-footer-logo" href="http://ckan.org">CKAN</a></p></div></div>
</div></footer><script src="/webassets/base/main.js"></script></body></html>`;
export const dataRequest: TestPage = {
  name: 'heldout371-ckan-data-request',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts([...dDesc, ...dComments.flatMap((c) => c[2])]),
  bylines: dComments.flatMap((c) => [c[0], c[1]]).filter((t, i, a) => a.indexOf(t) === i),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Log in', 'Register', 'Redbridge City Open Data', ...dNav, 'Search Datasets', ...dSide, 'Social', 'LinkedIn', 'Facebook',
    'Follow', '7 followers', 'Closed', 'Additional Info', 'Organization', 'Transport and Highways', 'Created', 'December 3, 2025', 'February 2, 2026',
    'Accepted dataset', 'bus-stop-accessibility-audit-2024', 'Comments', 'Add a comment', 'You must be logged in to comment.', 'Comment', 'Report',
    ...dFoot, 'Powered by', 'CKAN',
  ],
};
