import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 180, file d2: a Postman Learning Center docs page (the Gatsby shell with the Postman header nav, "Contact
 * Sales", "Sign In" and "Sign Up for Free", the docs search, the left navigation tree, an info alert and a tip in the text,
 * figure captions under screenshots, the "Last modified" line, previous/next links, the right rail with "On this page",
 * "Edit on GitHub" and a Postman Academy promo, the large footer with its column headings and the cookie banner).
 */
const pmTitle = 'Run collections with data files';
const pmIntro = [
  'A data file lets you run the same collection many times with different values. Each row of a CSV file, or each object in a ' +
    'JSON array, becomes one iteration of the run, and Postman replaces the variables in your requests with the values for that ' +
    'iteration.',
];
const pmH1 = 'Prepare a data file';
const pmP1 = [
  'Postman accepts CSV and JSON data files. In a CSV file, the first line holds the variable names and each following line holds ' +
    'the values for one iteration. In a JSON file, use an array of objects whose keys are the variable names.',
  'The Pebblestone Library team uses a small CSV file to test its loans API with a mix of valid and expired library cards:',
];
const pmInfo =
  'Variable names in the data file must match the names you use in requests exactly, including case. A column called ' +
  '<code>cardId</code> won’t fill a <code>{{cardID}}</code> placeholder.';
const pmH2 = 'Use data variables in requests and scripts';
const pmP2 = [
  'Reference a data variable in a request the same way as any other variable, with double curly braces, for example ' +
    '<code>{{baseUrl}}/loans/{{cardId}}</code>. Data variables have the highest precedence during a run, so they override ' +
    'environment and collection variables with the same name.',
  'In scripts, read the current value with <code>pm.iterationData.get("cardId")</code>. This is useful in tests that need to ' +
    'know which row they are checking, such as a test that expects a <code>403</code> status only for expired cards.',
];
const pmH3 = 'Start the run';
const pmSteps = [
  'Select the collection in the sidebar, then select <strong>Run</strong>.',
  'In the Collection Runner, select <strong>Run manually</strong>.',
  'Next to <strong>Data</strong>, select <strong>Select File</strong> and choose your CSV or JSON file. Postman sets the number of ' +
    'iterations to the number of rows.',
  'Select <strong>Preview</strong> to check that the values were read correctly, then select <strong>Run</strong>.',
];
const pmCaption1 = 'Selecting a data file in the Collection Runner';
const pmTip =
  'To run the collection with a data file from the command line, pass the file to the Postman CLI with the ' +
  '<code>--iteration-data</code> option. This is a convenient way to run the same data-driven tests in a CI pipeline.';
const pmH4 = 'Review the results';
const pmP4 = [
  'The run results list each iteration separately, with the data values used and the result of every test. Select an iteration ' +
    'to see its requests and responses. If one row fails, you can export the results and share them with your team, or re-run ' +
    'only the failed iterations after fixing the data.',
];
const pmCaption2 = 'Run results grouped by iteration';
const pmNav = ['Home', 'Docs', 'Reference', 'Tutorials', 'Videos', 'API Network', 'Contact Sales', 'Sign In', 'Sign Up for Free'];
const pmSide = [
  'Getting started',
  'Sending requests',
  'Writing scripts',
  'Collections',
  'Running collections',
  'Intro to collection runs',
  'Schedule collection runs',
  'Run collections with data files',
  'Automate collection runs',
  'Environments',
  'Variables',
  'Postman CLI',
  'Postman API',
];
const pmAcademy = ['Postman Academy', 'Learn the basics of running collections with hands-on lessons.', 'Start learning'];
const pmFootCols: readonly (readonly string[])[] = [
  ['Product', 'What is Postman?', 'API Repository', 'Tools', 'Governance', 'Pricing', 'Enterprise'],
  ['Resources', 'Customer Stories', 'Postman Blog', 'Community Forum', 'Student Program'],
  ['Company', 'About', 'Careers and Culture', 'Press & Media', 'Contact Us'],
  ['Legal and Security', 'Terms of Service', 'Trademark Policy', 'Privacy Policy', 'Security', 'Cookie Notice'],
];
const pmFoot = pmFootCols.flat();
const pmCookie =
  'We use cookies to personalize your experience, analyze how our website is used and support our marketing efforts. See our ' + 'Cookie Notice to learn more.';
const pmPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const pmId = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const pmH = (t: string): string => `<h2 id="${pmId(t)}" style="position:relative"><a href="#${pmId(t)}" aria-label="${t} permalink"
class="anchor before"></a>${t}</h2>`;
const pmImg = (src: string, cap: string): string => `<figure class="img-wrapper"><img src="https://assets.postman.example/postman-docs/${src}"
alt="${cap}" class="img-fluid"><figcaption>${cap}</figcaption></figure>`;
const pmHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta http-equiv="x-ua-compatible" content="ie=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><title>${pmTitle} | Postman Docs</title>
<meta name="description" content="Run the same collection many times with values from a CSV or JSON data file.">
<meta property="og:title" content="${pmTitle} | Postman Docs"><meta property="og:site_name" content="Postman Docs">
<link rel="canonical" href="https://learning.postman.com/docs/collections/running-collections/working-with-data-files/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${pmTitle}",
"dateModified":"2025-10-06","publisher":{"@type":"Organization","name":"Postman"}}</script>
<link rel="stylesheet" href="/styles.e4c7a2b1.css"><script async src="https://www.googletagmanager.com/gtm.js?id=GTM-PMLC"></script></head>
<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<header class="HeaderWrapper-sc-1n4v2x"><nav class="navbar navbar-expand-lg" aria-label="Primary"><a class="navbar-brand" href="https://www.postman.com/">
<img src="/postman-logo-icon.svg" alt="Postman" width="32"></a><span class="navbar-brand-text">Learning Center</span>
<ul class="navbar-nav">${links(pmNav, 'nav-item')}</ul></nav>
<div class="SearchWrapper"><input type="search" aria-label="Search" placeholder="Search Postman Docs" class="form-control"></div></header>
<div class="container-fluid"><div class="row row-eq-height"><nav class="col-sm-12 col-md-4 col-lg-3 left-nav-re" aria-label="Docs navigation">
<ul class="LeftNav">${links(pmSide, 'LeftNav__item')}</ul></nav>
<main class="col-sm-12 col-md-8 col-lg-9 doc-page"><div class="row"><div class="col-sm-12 col-lg-9 doc-page-content">
<h1>${pmTitle}</h1>
${pmPs(pmIntro)}
${pmH(pmH1)}
${pmPs(pmP1)}
<div class="gatsby-highlight" data-language="csv"><pre class="language-csv"><code class="language-csv">cardId,expectedStatus
LB-20418,200
LB-00731,403</code></pre></div>
<div class="alert alert-info" role="alert"><p>${pmInfo}</p></div>
${pmH(pmH2)}
${pmPs(pmP2)}
${pmH(pmH3)}
<ol>${pmSteps.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>
${pmImg('collection-runner-select-data-v11.jpg', pmCaption1)}
<blockquote class="alert alert-tip"><p>${pmTip}</p></blockquote>
${pmH(pmH4)}
${pmPs(pmP4)}
${pmImg('collection-runner-results-v11.jpg', pmCaption2)}
<p class="last-modified"><small>Last modified: 2025/10/06</small></p>
<div class="doc-page-prev-next"><a class="prev-next__link" href="/docs/collections/running-collections/scheduling-collection-runs/">
<span class="prev-next__label">Previous</span><span>Schedule collection runs</span></a>
<a class="prev-next__link" href="/docs/collections/running-collections/building-workflows/"><span class="prev-next__label">Next</span>
<span>Automate collection runs</span></a></div></div>
<aside class="col-sm-12 col-lg-3 right-column"><div class="sticky"><p class="toc-title">On this page</p><ul class="TableOfContents">
${[pmH1, pmH2, pmH3, pmH4].map((t) => `<li><a href="#${pmId(t)}">${t}</a></li>`).join('\n')}</ul>
<a class="edit-on-github"
href="https://github.com/postmanlabs/postman-docs/edit/develop/src/pages/docs/collections/running-collections/working-with-data-files.md"
>Edit on GitHub</a><div class="academy-promo"><p class="academy-promo__title">${pmAcademy[0]}</p><p>${pmAcademy[1]}</p>
<a class="btn btn-secondary" href="https://academy.postman.com/">${pmAcademy[2]}</a></div></div></aside></div></main></div></div>
<footer class="Footer-sc-8k2m1"><div class="container"><div class="row">
${pmFootCols
  .map(
    (c) => `<div class="col-6 col-md-3"><h2 class="footer-column__header">${c[0]}</h2><ul>
${links(c.slice(1), 'footer-item')}</ul></div>`,
  )
  .join('\n')}
</div><p class="footer-copyright">© 2025 Postman, Inc.</p></div></footer></div></div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${pmCookie}</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<script src="/app-3d9b8e2a.js" async></script></body></html>`;
export const postmanPage: TestPage = {
  name: 'heldout180-postman-docs',
  kind: 'docs',
  html: pmHtml,
  // the info alert and the tip blockquote are part of the page (body); screenshot captions are furniture; "Last modified"
  // is a byline; "Run collections with data files" in the left nav is the title and is left out of the furniture
  title: pmTitle,
  headings: [pmH1, pmH2, pmH3, pmH4],
  body: [...pmIntro, ...pmP1, ...texts([pmInfo]), ...texts(pmP2), ...texts(pmSteps), ...texts([pmTip]), ...pmP4],
  bylines: ['Last modified: 2025/10/06'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Learning Center', ...pmNav,
    ...pmSide.filter((t) => ![pmTitle, 'Collections', 'Variables'].includes(t)), pmCaption1, pmCaption2, 'Previous', 'Next', 'On this page', 'Edit on GitHub',
    ...pmAcademy, ...pmFoot, '© 2025 Postman, Inc.', pmCookie, 'Accept All', 'Reject All', 'Cookie Settings',
    ]),
  ],
};
