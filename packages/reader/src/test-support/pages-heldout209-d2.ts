import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 209, file d2: a UK council's page for a major planning application on a LocalGov Drupal site (the
 * skip link, the cookie banner, the header with search and "My account", the service breadcrumb, the page with the
 * application summary list, the proposal, how to comment with an inset "Comment on this application" button, the
 * document list with file types and sizes, the "Last updated" line, the "Related pages" sidebar, the "Was this page
 * helpful?" feedback form and the footer).
 */
const cpTitle = 'Planning application 25/00871/FUL: former Ryelands bus depot, Station Road';
const cpLede =
  'This page explains the planning application for the redevelopment of the former bus depot on Station Road, Hallowford, and how you can have your say.';
const cpH = ['Application details', 'What is proposed', 'How to comment', 'What happens next', 'Application documents'];
const cpSummary: [string, string][] = [
  ['Reference', '25/00871/FUL'],
  ['Applicant', 'Ryelands Living Ltd'],
  ['Site address', 'Former Ryelands Bus Depot, Station Road, Hallowford HF3 7QL'],
  ['Application validated', '8 September 2025'],
  ['Consultation closes', '20 October 2025'],
  ['Case officer', 'Thomas Akande'],
  ['Status', 'Awaiting decision'],
];
const cpP1 = [
  'The applicant proposes to demolish the existing depot buildings and build 146 homes in four blocks of between three and six ' +
    'storeys, with 2 commercial units on the ground floor facing Station Road.',
  'Of the new homes, 44 (30%) would be affordable, split between social rent and shared ownership. The scheme includes a new ' +
    'public walkway linking Station Road to the Millrace path, 58 car parking spaces including 12 for disabled drivers, secure ' +
    'storage for 260 bicycles and a landscaped courtyard.',
  'The application also proposes to retain and convert the 1920s depot office building at the corner of Station Road and ' +
    'Tanner’s Lane, which is on the council’s list of locally important buildings.',
];
const cpP2 = ['Anyone can comment on a planning application. We can only take into account comments that relate to planning matters, ' + 'such as:'];
const cpL2 = [
  'the height, design and appearance of the buildings',
  'overlooking, loss of light or loss of privacy',
  'traffic, parking and road safety',
  'the effect on the locally listed depot office building and the Station Road conservation area',
  'flood risk and drainage',
];
const cpP3 = [
  'We cannot consider issues such as the effect on property values, loss of a private view, or disputes about land ownership.',
  'Comments must be made by 20 October 2025. Your name and address will be published with your comment, but we will not publish ' +
    'your phone number, email address or signature.',
];
const cpInset = ['Comment on this application'];
const cpP4 = [
  'Once the consultation has closed, the case officer will assess the application against the local plan and national planning ' +
    'policy, taking into account the comments received and the advice of consultees such as the highway authority and the ' +
    'Environment Agency.',
  'Because of its size, the application will be decided by the Planning Committee. We expect it to go to the committee meeting ' +
    'on 4 December 2025. Everyone who has commented will be told the date and can ask to speak at the meeting.',
];
const cpDocs = [
  'Application form (PDF, 412 KB)',
  'Design and access statement (PDF, 18.4 MB)',
  'Heritage statement (PDF, 3.1 MB)',
  'Transport assessment (PDF, 6.7 MB)',
  'Flood risk assessment (PDF, 2.2 MB)',
];
const cpCookie = [
  'Cookies on hallowford.gov.uk',
  'We use some essential cookies to make this website work. We’d also like to use analytics cookies to help us improve it.',
  'Accept analytics cookies',
  'Reject analytics cookies',
  'View cookies',
];
const cpHead = ['Skip to main content', 'Hallowford District Council', 'Search this site', 'Search', 'My account', 'Report it', 'Pay for it'];
const cpCrumbs = ['Home', 'Planning and building control', 'Planning applications', 'Major applications'];
const cpUpdated = 'Last updated: 9 September 2025';
const cpRelated = ['Related pages', 'Search and comment on planning applications', 'Planning Committee meetings', 'Hallowford Local Plan 2021 to 2038'];
const cpFeedback = ['Was this page helpful?', 'Yes', 'No', 'Report a problem with this page'];
const cpFoot = ['Contact us', 'Accessibility statement', 'Privacy notice', 'Cookies', 'Freedom of information', 'Jobs', 'Sitemap'];
const cpCopy = '© Hallowford District Council 2025';
const cpP = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const cpHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${cpTitle} | Hallowford District Council</title>
<meta name="description" content="${cpLede}"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="canonical" href="https://www.hallowford.gov.uk/planning/major-applications/25-00871-ful">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/5521"},
"localgov_cookies":{"enabled":true}}</script>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css"></head>
<body class="path-node page-node-type-localgov-services-page"><a href="#main-content" class="skip-link visually-hidden focusable">${cpHead[0]}</a>
<div class="cookie-banner" role="region" aria-label="${cpCookie[0]}"><h2 class="cookie-banner__heading">${cpCookie[0]}</h2><p>${cpCookie[1]}</p>
${cpCookie
  .slice(2)
  .map((t) => `<button class="button button--secondary">${t}</button>`)
  .join('')}</div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="lgd-header"><div class="lgd-header__inner lgd-container">
<a href="/" class="lgd-header__logo" rel="home"><span class="visually-hidden">${cpHead[1]}</span></a>
<form class="localgov-search-form" action="/search" role="search"><label class="visually-hidden" for="edit-s">${cpHead[2]}</label>
<input type="search" id="edit-s" name="s"><button class="lgd-header__search-button">${cpHead[3]}</button></form>
<nav class="lgd-header__nav" aria-label="Utility"><ul class="lgd-header__nav-list">${links(cpHead.slice(4), 'lgd-header__nav-item')}</ul></nav></div></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(cpCrumbs)}</ol></nav></div>
<main role="main" id="main-content" class="lgd-main"><div class="lgd-container lgd-row"><div class="lgd-row__two-thirds">
<article class="localgov-services-page full"><h1 class="lgd-page-title-block__title"><span class="field field--name-title">${cpTitle}</span></h1>
<div class="field--name-body"><p class="lead">${cpLede}</p>
<h2>${cpH[0]}</h2><dl class="govuk-summary-list">${cpSummary
  .map(([k, v]) => `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${k}</dt><dd class="govuk-summary-list__value">${v}</dd></div>`)
  .join('\n')}</dl>
<h2>${cpH[1]}</h2>${cpP(cpP1)}
<h2>${cpH[2]}</h2>${cpP(cpP2)}<ul>${cpL2.map((t) => `<li>${t}</li>`).join('\n')}</ul>${cpP(cpP3)}
<div class="call-out-box"><a class="button button--primary"
href="https://publicaccess.hallowford.gov.uk/online-applications/applicationDetails.do?keyVal=S1R8">${cpInset[0]}</a></div>
<h2>${cpH[3]}</h2>${cpP(cpP4)}
<h2>${cpH[4]}</h2><ul class="documents">${cpDocs.map((t) => `<li class="file"><a href="/media/${t.length}/download">${t}</a></li>`).join('\n')}</ul></div>
<div class="lgd-page-meta"><p class="last-updated">${cpUpdated}</p></div></article>
<div class="lgd-feedback"><form class="page-feedback"><h2>${cpFeedback[0]}</h2><button>${cpFeedback[1]}</button><button>${cpFeedback[2]}</button>
<a href="/report-a-problem">${cpFeedback[3]}</a></form></div></div>
<aside class="lgd-row__one-third lgd-sidebar"><nav class="related-links" aria-label="${cpRelated[0]}"><h2>${cpRelated[0]}</h2>
<ul>${links(cpRelated.slice(1))}</ul></nav></aside></div></main>
<footer class="lgd-footer"><ul class="lgd-footer__links">${links(cpFoot)}</ul><p class="lgd-footer__copyright">${cpCopy}</p></footer></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/modules/contrib/localgov_cookies/js/banner.js"></script></body></html>`;

export const councilPlanning: TestPage = {
  html: cpHtml,
  name: 'heldout209-council-planning-application-docs',
  kind: 'docs',
  // the lede, the summary list values and the document list items are body (summary list keys in neither list);
  // "Last updated" is a byline; the "Comment on this application" button, the feedback form, related pages and the rest furniture
  title: cpTitle,
  headings: cpH,
  body: [cpLede, ...cpSummary.map(([, v]) => v), ...texts(cpP1), ...cpP2, ...cpL2, ...texts(cpP3), ...cpP4, ...cpDocs],
  bylines: [cpUpdated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cpCookie, ...cpHead, 'Breadcrumb', ...cpCrumbs, ...cpInset, ...cpRelated, ...cpFeedback, ...cpFoot, cpCopy,
  ],
};
