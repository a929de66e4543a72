import { links, ps, type TestPage, texts } from './page-kit.js';
import { historyLinkPage } from './pages-heldout175-c2.js';

/**
 * Held-out batch 175, file c: an Oxford Reference overview page (the OUP header with search, "Sign in", "Subscriber
 * Services" and the hidden institution login, the "Overview" label over the h1, "Quick Reference", the overview text, the
 * "From:" source line with the "Subjects:" path, the "Related content in Oxford Reference" lists of reference entries,
 * the access notice, the cookie banner and the OUP footer) and, from file c2, a HistoryLink.org essay.
 */
const orTitle = 'Harrowgate principle';
const orP = [
  'A rule of thumb in the economics of common-pool resources, associated with the Scottish economist Elspeth Harrowgate ' +
    '(1904-79), which holds that the users of a shared resource will conserve it only when the cost of monitoring one another ' +
    'is lower than the gain each expects from the resource in the following season. Harrowgate drew the principle from a study of ' +
    'inshore herring fisheries on the west coast of Scotland in the 1930s, where she observed that boat crews who could see each ' +
    'other\u2019s nets from the shore kept to agreed closed seasons, while crews fishing out of sight of the harbour did not.',
  'In its original form the principle was descriptive rather than normative: Harrowgate did not argue that shared resources ' +
    'ought to be privatized or regulated by the state, but that the arrangements communities devise for themselves succeed or ' +
    'fail according to how cheaply breaches can be detected. Later writers generalized the idea to grazing commons, irrigation ' +
    'systems and forests, and in the 1970s it was taken up in debates over the management of international fisheries, where ' +
    'satellite observation was seen as a way of lowering the cost of monitoring to the point at which voluntary quotas might hold.',
  'The principle has been criticized on two grounds. First, it treats monitoring as a purely technical cost and neglects the ' +
    'social cost of accusing a neighbour; several field studies have found that communities with good information about breaches ' +
    'nonetheless failed to act on it. Secondly, it assumes that users value the next season above the present one, an assumption ' +
    'that breaks down where users are poor, indebted or expect to leave. Defenders reply that Harrowgate herself noted both ' +
    'limitations in the closing chapter of <i>Nets in Sight</i> (1938), the book in which the principle first appeared.',
  'The term is sometimes used loosely, especially in journalism, for any argument that transparency promotes cooperation, a usage ' +
    'that economists generally regard as mistaken.',
];
const orFrom = 'From: Harrowgate principle in A Dictionary of Economics \u00bb';
const orSubjects = 'Subjects: Social sciences \u2014 Economics';
const orTop = ['Oxford Reference', 'Publications', 'Pages', 'Subscriber Services', 'About', 'Help', 'Sign in'];
const orLogin = ['Sign in with your library card', 'Sign in via your institution', 'Personal Profile', 'Username', 'Password', 'Forgot password?'];
const orRelA = ['tragedy of the commons', 'free rider', 'common-pool resource', 'monitoring cost'];
const orRelB = ['Elspeth Harrowgate (1904–79)', 'herring fishery', 'collective action problem'];
const orAccess =
  'Access to the complete content on Oxford Reference requires a subscription or purchase. Public users are able to search the ' +
  'site and view the abstracts and keywords for each book and chapter without a subscription.';
const orCookie = [
  'We use cookies to enhance your experience on our website. By clicking \u2018continue\u2019 or by continuing to use our website, you are agreeing ' +
    'to our use of cookies. You can change your cookie settings at any time.',
];
const orFoot = ['Accessibility', 'Contact Us', 'Legal Notice', 'Privacy Policy', 'Cookie Policy', 'Terms of Use', 'Librarians'];
const orCopy = 'Copyright © 2025. All rights reserved.';
const orPowered = 'Powered by: PubFactory';
const orHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="UTF-8"><title>Harrowgate principle - Oxford Reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="Quick Reference. A rule of thumb in the economics of
common-pool resources, associated with the Scottish economist Elspeth Harrowgate">
<meta property="og:title" content="Harrowgate principle"><meta property="og:site_name" content="Oxford Reference">
<link rel="canonical" href="https://www.oxfordreference.com/display/10.1093/oi/authority.20110803095928417">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DefinedTerm","name":"Harrowgate principle",
"inDefinedTermSet":"https://www.oxfordreference.com/","url":"https://www.oxfordreference.com/display/10.1093/oi/authority.20110803095928417"}</script>
<link rel="stylesheet" href="/fileasset/css/oxref-main.css"><script src="/fileasset/js/pubfactory-core.js" defer></script></head>
<body class="overview-page pf-theme-oxref">
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p id="onetrust-policy-text">${orCookie[0]}</p>
</div><button id="onetrust-accept-btn-handler">Continue</button><a href="/page/cookie-policy">Find out more</a></div>
<header class="pf-header"><div class="container"><a class="logo" href="/"><img src="/fileasset/images/oxref-logo.svg" alt="Oxford Reference"></a>
<ul class="nav-primary">${links(orTop.slice(1))}</ul>
<form class="search-form" action="/search" role="search"><label for="q-main" class="sr-only">Search within Oxford Reference</label>
<input id="q-main" type="search" name="q" placeholder="Search Oxford Reference"><button type="submit">Search</button></form>
<div class="login-dropdown" hidden><ul>${orLogin.map((t) => `<li>${t}</li>`).join('')}</ul></div></div></header>
<main id="mainContent" class="container"><div class="row"><div class="col-md-8 content-column">
<div class="overview-record"><span class="overview-label">Overview</span>
<h1 class="overview-title">${orTitle}</h1><div class="product-label">Quick Reference</div>
<div class="abstract-text">${ps(orP)}</div>
<div class="source-line"><p class="from">From: <a href="/display/10.1093/acref/9780198759430.001.0001/acref-9780198759430-e-1498">Harrowgate principle</a>
in <em>A Dictionary of Economics</em> \u00bb</p><p class="subjects">Subjects: <a href="/subjects/socsci">Social sciences</a> \u2014
<a href="/subjects/socsci/economics">Economics</a></p></div>
<div class="access-notice"><p>${orAccess}</p></div></div></div>
<aside class="col-md-4 related-column"><h2>Related content in Oxford Reference</h2>
<div class="related-section"><h3>Reference entries</h3><ul>${links(orRelA)}</ul></div>
<div class="related-section"><h3>See also</h3><ul>${links(orRelB)}</ul></div>
<a class="view-all" href="/search?q=Harrowgate">View all related items in Oxford Reference \u00bb</a></aside></div></main>
<footer class="pf-footer"><div class="container"><a href="https://global.oup.com/"><img src="/fileasset/images/oup-logo.svg" alt="Oxford University Press"></a>
<ul>${links(orFoot)}</ul><p class="copyright">${orCopy}</p><p class="powered">${orPowered}</p>
<p class="ip-info">PRINTED FROM OXFORD REFERENCE (www.oxfordreference.com). (c) Copyright Oxford University Press, 2023. All Rights Reserved.</p>
</div></footer></body></html>`;
const oxfordReference: TestPage = {
  html: orHtml,
  name: 'heldout175-oxfordreference-overview',
  kind: 'wiki',
  // "Overview" and "Quick Reference" are labels (furniture); the "From:" and "Subjects:" lines are furniture
  title: orTitle,
  headings: [],
  body: texts(orP),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...orCookie, 'Continue', 'Find out more', ...orTop.slice(1), 'Search within Oxford Reference', ...orLogin, 'Overview', 'Quick Reference',
    orFrom, orSubjects, orAccess, 'Related content in Oxford Reference', 'Reference entries', ...orRelA, 'See also', ...orRelB,
    'View all related items in Oxford Reference \u00bb', ...orFoot, orCopy, orPowered,
    'PRINTED FROM OXFORD REFERENCE (www.oxfordreference.com). (c) Copyright Oxford University Press, 2023. All Rights Reserved.',
  ],
};

export const HELDOUT175_C: readonly TestPage[] = [oxfordReference, historyLinkPage];
