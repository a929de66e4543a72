import { links, type TestPage, texts } from './page-kit.js';
import { readmeGuide } from './pages-heldout70-c2.js';

/**
 * Held-out batch 70, file c: a Document360 knowledge-base article as its Angular site renders it on the server (Article
 * JSON-LD, header with product links, version and language pickers and "Search or ask...", the category tree with the
 * current article, breadcrumbs, "Updated on" and reading time, the print / share / PDF bar, the "Article summary" button,
 * info and warning boxes, the "In this article" rail, the helpful vote with its hidden feedback form, previous / next links,
 * the "Powered by Document360" footer and a cookie-consent bar).
 */
const d3Title = 'Configure geofence alerts';
const d3Intro =
  'Geofence alerts tell you when a vehicle enters or leaves an area you have drawn on the map, such as a depot, a customer site ' +
  'or a restricted zone. Alerts can go to dispatchers in the web app, by email or by text message, and you can limit them to ' +
  'certain hours so that routine movements overnight don’t flood anyone’s inbox.';
const d3H1 = 'Prerequisites';
const d3Pre = [
  'At least one geofence saved under <strong>Geofences &gt; Areas</strong>.',
  'The <strong>Fleet Manager</strong> or <strong>Administrator</strong> role.',
  'For text message alerts, a verified mobile number on each recipient’s user profile.',
];
const d3H2 = 'Create an alert rule';
const d3Steps = [
  'Go to <strong>Geofences &gt; Alert rules</strong> and click <strong>New rule</strong>.',
  'Choose the geofence, or several geofences, that the rule should watch.',
  'Select the trigger: <em>Enters</em>, <em>Leaves</em> or <em>Stays longer than</em>, with a time in minutes.',
  'Pick the vehicles or vehicle groups the rule applies to.',
  'Add recipients and choose a channel for each of them.',
  'Click <strong>Save rule</strong>. The rule is active straight away.',
];
const d3Info =
  'Alerts are evaluated on each GPS update, which arrives every 30 seconds while the engine is running. A vehicle that passes ' +
  'quickly through a small geofence between two updates may not trigger an alert, so draw areas at least 100 metres across.';
const d3H3 = 'Set quiet hours';
const d3Quiet =
  'Quiet hours pause notifications without switching the rule off. Events are still recorded and appear in the geofence report, ' +
  'but nobody is notified. Open the rule, turn on <strong>Quiet hours</strong> and set a start and end time in your company’s ' +
  'time zone. Quiet hours that cross midnight, such as 22:00 to 06:00, are supported.';
const d3H4 = 'Override quiet hours for a rule';
const d3Urgent =
  'Rules marked as <strong>Urgent</strong> ignore quiet hours. Use this for restricted zones and theft alerts, and keep the ' +
  'recipient list short so that an urgent alert still means something to the people who get it.';
const d3H5 = 'Test a rule';
const d3Test =
  'After saving, click <strong>Send test</strong> on the rule’s page. Each recipient receives a sample alert for a made-up ' +
  'vehicle, TEST-001, so they can check that the message arrives and is readable on their device.';
const d3Warn = 'Deleting a geofence also deletes every alert rule that uses it. Archive the geofence instead if you might need its history ' + 'later.';
const d3Nav = ['Home', 'Knowledge base', 'API reference', 'Release notes', 'Contact support'];
const d3Tree = ['Getting started', 'Vehicles', 'Drivers', 'Geofences'];
const d3Siblings = ['Create a geofence', 'Geofence reports'];
const d3Tree2 = ['Reports', 'Integrations', 'Account and billing'];
const d3Reasons = ['Need more information', 'Difficult to understand', 'Inaccurate or irrelevant content', 'Missing/broken link', 'Others'];
const ng = '_ngcontent-ng-c3917204851=""';
const d3Heading = (tag: string, id: string, t: string): string =>
  `<${tag} id="${id}">${t}<a class="anchor-link" href="#${id}" aria-label="Copy link to ${t}"><i class="fa-regular fa-link"></i></a></${tag}>`;
const d3Html = `<!DOCTYPE html><html lang="en" data-critters-container=""><head>
<meta charset="utf-8"><title>${d3Title} | Vantor Fleet Help</title><base href="/">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
 content="Geofence alerts tell you when a vehicle enters or leaves an area">
<meta property="og:title" content="${d3Title} | Vantor Fleet Help"><meta name="robots" content="index,follow">
<link rel="canonical" href="https://docs.vantorfleet.example/docs/configure-geofence-alerts">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${d3Title}","datePublished":"2024-03-03T09:12:40Z",
"dateModified":"2025-10-14T13:55:02Z","author":{"@type":"Person","name":"Helena Marsh"},"publisher":{"@type":"Organization","name":"Vantor Fleet"}}</script>
<style ng-app-id="ng">.infoBox,.warningBox{border-left:4px solid;padding:12px 16px;margin:16px 0}
.infoBox{border-color:#2f7de1}.warningBox{border-color:#e5a000}</style>
<link rel="stylesheet" href="styles-7QX2K4RM.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet"
 href="styles-7QX2K4RM.css"></noscript>
</head>
<body class="light-theme"><d360-root ng-version="17.3.12" ng-server-context="ssr">
<d360-header ${ng}><header ${ng} class="header-wrapper d-flex align-items-center"><a ${ng} class="skip-link" href="#articleContent">Skip to content</a>
<a ${ng} class="brand-logo" href="/"><img ${ng} src="https://cdn.document360.io/logo/7a1c/vantor.png" alt="Vantor Fleet Help"></a>
<nav ${ng} class="header-links" aria-label="Main"><ul ${ng}>${links(d3Nav, 'header-link')}</ul></nav>
<div ${ng} class="header-actions"><d360-search-trigger ${ng}><button class="search-trigger" type="button" aria-label="Search or ask...">
<i class="fa-regular fa-magnifying-glass"></i><span class="search-placeholder">Search or ask...</span></button></d360-search-trigger>
<div ${ng} class="version-dropdown"><button type="button" aria-haspopup="listbox">v3</button><ul role="listbox" class="d-none"><li role="option">v3</li>
<li role="option">v2 (legacy)</li></ul></div><div ${ng} class="language-dropdown"><button type="button" aria-haspopup="listbox">English</button></div>
<button ${ng} class="theme-toggle" type="button" aria-label="Switch to dark theme"><i class="fa-regular fa-moon"></i></button></div></header></d360-header>
<div class="main-container d-flex"><d360-category-tree ${ng} class="left-panel"><nav class="category-tree" aria-label="Categories"><ul class="tree">
${d3Tree
  .slice(0, 3)
  .map(
    (t) => `<li class="tree-node collapsed"><a href="/docs/${t.toLowerCase().replace(' ', '-')}"><i class="fa-solid fa-folder"></i><span>${t}</span></a></li>`,
  )
  .join('\n')}
<li class="tree-node expanded"><a href="/docs/geofences"><i class="fa-solid fa-folder-open"></i><span>${d3Tree[3]}</span></a><ul class="tree-children">
<li class="tree-node"><a href="/docs/create-a-geofence"><i class="fa-regular fa-file-lines"></i><span>${d3Siblings[0]}</span></a></li>
<li class="tree-node active" aria-current="page"><a href="/docs/configure-geofence-alerts"><i
 class="fa-regular fa-file-lines"></i><span>${d3Title}</span></a></li>
<li class="tree-node"><a href="/docs/geofence-reports"><i class="fa-regular fa-file-lines"></i><span>${d3Siblings[1]}</span></a></li></ul></li>
${d3Tree2
  .map(
    (t) => `<li class="tree-node collapsed"><a href="/docs/${t.toLowerCase().replace(/ /g, '-')}"><i
 class="fa-solid fa-folder"></i><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></d360-category-tree>
<main id="articleContent" class="article-main"><d360-article ${ng}><div ${ng} class="article-header">
<nav ${ng} aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li>
<li class="breadcrumb-item"><a href="/docs/geofences">Geofences</a></li></ol></nav>
<h1 ${ng} class="article-title" id="articleTitle">${d3Title}</h1>
<div ${ng} class="article-meta d-flex flex-wrap"><span ${ng} class="updated-on"><i class="fa-regular fa-calendar"></i> Updated on 14 Oct 2025</span>
<span ${ng} class="read-time"><i class="fa-regular fa-clock"></i> 4 Minutes to read</span>
<div ${ng} class="contributors"><img src="https://cdn.document360.io/avatar/hm.png" alt="Helena Marsh" title="Helena Marsh" class="avatar">
<img src="https://cdn.document360.io/avatar/ok.png" alt="Oskar Kell" title="Oskar Kell" class="avatar"></div></div>
<div ${ng} class="article-actions"><button type="button" class="btn-action"><i class="fa-regular fa-print"></i><span>Print</span></button>
<button type="button" class="btn-action"><i class="fa-regular fa-share-nodes"></i><span>Share</span></button>
<button type="button" class="btn-action"><i class="fa-regular fa-file-pdf"></i><span>PDF</span></button></div>
<d360-ai-summary ${ng}><button type="button" class="summary-toggle"><i class="fa-regular fa-sparkles"></i> Article summary</button>
<div class="summary-panel d-none" aria-hidden="true"><p class="summary-disclaimer">Do you find this summary helpful?</p>
<button type="button" aria-label="Thumbs up"></button><button type="button" aria-label="Thumbs down"></button></div></d360-ai-summary></div>
<div ${ng} class="article-content-wrapper d-flex"><div ${ng} class="content_block_text article-content" id="articleBody">
<p>${d3Intro}</p>
${d3Heading('h2', 'prerequisites', d3H1)}
<ul>${d3Pre.map((t) => `<li>${t}</li>`).join('')}</ul>
${d3Heading('h2', 'create-an-alert-rule', d3H2)}
<ol>${d3Steps.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>
<p><img src="https://cdn.document360.io/7a1c/Images/Documentation/alert-rule-form.png" alt="The New rule form" class="fr-fic fr-dii" data-zoom="true"></p>
<div class="infoBox"><div class="title"><p>Note</p></div><p>${d3Info}</p></div>
${d3Heading('h2', 'set-quiet-hours', d3H3)}
<p>${d3Quiet}</p>
${d3Heading('h3', 'override-quiet-hours-for-a-rule', d3H4)}
<p>${d3Urgent}</p>
${d3Heading('h2', 'test-a-rule', d3H5)}
<p>${d3Test}</p>
<div class="warningBox"><div class="title"><p>Warning</p></div><p>${d3Warn}</p></div>
<p><br></p>
</div>
<aside ${ng} class="article-toc" aria-label="In this article"><div class="toc-title">In this article</div><ul class="toc-list">
${[d3H1, d3H2, d3H3, d3H4, d3H5]
  .map(
    (t, i) => `<li class="toc-item level-${i === 3 ? 3 : 2}"><a
 href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}
</ul></aside></div>
<d360-article-feedback ${ng}><div class="article-feedback"><p class="feedback-question">Was this article helpful?</p>
<button type="button" class="btn btn-feedback" data-value="yes"><i class="fa-regular fa-thumbs-up"></i> Yes</button>
<button type="button" class="btn btn-feedback" data-value="no"><i class="fa-regular fa-thumbs-down"></i> No</button>
<div class="feedback-thanks d-none">Thank you for your feedback! Our team will get back to you</div>
<form class="feedback-form d-none"><h4>How can we improve this article?</h4><p class="form-label">Your feedback</p>
${d3Reasons.map((t, i) => `<label class="checkbox"><input type="checkbox" name="reason${i}"> ${t}</label>`).join('\n')}
<label for="fbComment">Comment</label><textarea id="fbComment" maxlength="500" placeholder="Comment (Optional)"></textarea>
<span class="char-limit">Character limit : 500</span><label for="fbEmail">Email</label><input id="fbEmail" type="email" placeholder="Email (Optional)">
<label class="checkbox"><input type="checkbox" name="notify"> Notify me about change</label><span class="error d-none">Please enter a valid email</span>
<button type="button" class="btn btn-secondary">Cancel</button><button type="submit"
 class="btn btn-primary">Submit</button></form></div></d360-article-feedback>
<nav ${ng} class="article-pagination" aria-label="Article navigation"><a class="prev" href="/docs/create-a-geofence"><span class="label">Previous</span>
<span class="title">${d3Siblings[0]}</span></a><a class="next" href="/docs/geofence-reports"><span class="label">Next</span>
<span class="title">${d3Siblings[1]}</span></a></nav></d360-article></main></div>
<footer class="site-footer"><p>© 2025 Vantor Fleet Ltd. All rights reserved.</p><ul>${links(['Privacy', 'Terms', 'Status'])}</ul>
<a class="powered-by" href="https://document360.com/?utm_source=kb&amp;utm_medium=footer" rel="nofollow" target="_blank">Powered by Document360</a></footer>
<div class="cookie-consent" role="dialog" aria-live="polite"><p>We use cookies to give you a better experience of our knowledge base.</p>
<button type="button">Accept</button><button type="button">Decline</button></div>
</d360-root>
<script src="runtime-5NQ3CA2P.js" type="module"></script><script src="main-XK3E7G2F.js" type="module"></script>
<script id="ng-state" type="application/json">{"articleId":"b1d4e7c0-58f2-4a93-a1b6-2c7e9f0d3a55","versionNumber":3,"languageCode":"en"}</script>
</body></html>`;
const document360: TestPage = {
  html: d3Html,
  name: 'heldout70-document360-article',
  kind: 'docs',
  // the four h2 and the h3 are the headings; intro, lists, paragraphs and both boxes are body (their "Note" and "Warning"
  // titles in neither list); the current article's entry in the category tree and the "In this article" rail repeat the title
  // and headings: in neither list; the date after "Updated on" is the byline (the label in neither, as "By" is); the reading
  // time, the contributors (names only in alt text, so not in the text), the action bar, "Article summary", the vote with its
  // hidden form, previous / next, tree, header, breadcrumbs, footer and cookie bar are furniture ("Home" once); the tree's and breadcrumbs'
  // "Geofences" is a word of a body line ("Geofences > Areas"): left out
  title: d3Title,
  headings: [d3H1, d3H2, d3H3, d3H4, d3H5],
  body: [d3Intro, ...texts(d3Pre), ...texts(d3Steps), d3Info, ...texts([d3Quiet, d3Urgent, d3Test]), d3Warn],
  bylines: ['14 Oct 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...d3Nav, 'Search or ask...', 'v3', 'v2 (legacy)', 'English', ...d3Tree.slice(0, 3), ...d3Siblings, ...d3Tree2,
    '4 Minutes to read', 'Print', 'Share', 'PDF', 'Article summary', 'Do you find this summary helpful?', 'In this article',
    'Was this article helpful?', 'Yes', 'No', 'Thank you for your feedback! Our team will get back to you', 'How can we improve this article?',
    'Your feedback', ...d3Reasons, 'Comment', 'Character limit : 500', 'Email', 'Notify me about change', 'Please enter a valid email',
    'Cancel', 'Submit', 'Previous', 'Next', '© 2025 Vantor Fleet Ltd. All rights reserved.', 'Privacy', 'Terms', 'Status', 'Powered by Document360',
    'We use cookies to give you a better experience of our knowledge base.', 'Accept', 'Decline',
  ],
};

export const HELDOUT70_C: readonly TestPage[] = [document360, readmeGuide];
