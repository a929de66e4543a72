import { links, type TestPage, texts } from './page-kit.js';
import { herokuArticle } from './pages-heldout180-a2.js';

/**
 * Held-out batch 180, file a: a Firebase documentation page on Google's DevSite template (devsite-header with the product
 * tabs, language picker and "Sign in", the devsite-book-nav sidebar, devsite-breadcrumbs, the "Send feedback" button, the
 * page description, a devsite-selector with gcloud / Node.js / Python tabs around the code, aside notes, the devsite-toc "On
 * this page" rail, the "Was this helpful?" rating, the "Last updated" line and licence text in the content footer, the
 * site footer link columns and the cookie snackbar) and, from file a2, a Heroku Dev Center article.
 */
const fbTitle = 'Schedule and restore Cloud Firestore backups';
const fbIntro = [
  'Scheduled backups let you keep point-in-time copies of a Cloud Firestore database without writing your own export jobs. ' +
    'Each schedule runs once a day or once a week, and Firestore keeps every backup for the retention period you choose.',
];
const fbH1 = 'Before you begin';
const fbP1 = [
  'To create a backup schedule you need the <code>datastore.backupSchedules.create</code> permission, which is included in the ' +
    '<strong>Cloud Datastore Owner</strong> role. Restoring a backup also needs <code>datastore.databases.create</code>, because a ' +
    'restore always writes into a new database rather than over the existing one.',
  'Backups are billed by the amount of storage they use and by the data read during a restore. The Spark plan does not include ' +
    'scheduled backups; upgrade the project to the Blaze plan first.',
];
const fbH2 = 'Create a backup schedule';
const fbP2 = [
  'You can create a schedule from the Firebase console, the Google Cloud CLI or an Admin SDK. In the console, open ' +
    '<strong>Firestore Database</strong>, choose the <strong>Disaster recovery</strong> tab and click <strong>Create schedule</strong>.',
  'To create the same schedule from the command line, pass the database ID, the recurrence and the retention period:',
];
const fbList = [
  'A daily schedule can keep backups for up to seven days.',
  'A weekly schedule runs on the day you pick and can keep backups for up to fourteen weeks.',
  'Each database can have at most one daily and one weekly schedule.',
];
const fbNote =
  'Backups taken by a schedule are stored in the same location as the database. If you need a copy in another region, ' +
  'export the backup to a Cloud Storage bucket in that region after it completes.';
const fbH3 = 'Restore data from a backup';
const fbP3 = [
  'A restore creates a new database from the backup. Choose a database ID that is not in use; once the restore finishes, point ' +
    'your apps at the new ID or copy the documents you need back into the original database.',
  'In the Kestrel Notes sample app, for example, the team restores the nightly backup into <code>notes-restore</code>, checks the ' +
    'restored documents with a short script, and then switches the app configuration over during a quiet hour.',
];
const fbP4 = [
  'Restore time depends on the size of the backup. A database of a few gigabytes usually restores in under twenty minutes; ' +
    'very large databases can take several hours. You can follow progress on the <strong>Disaster recovery</strong> tab, where ' +
    'each restore shows its state and the percentage of documents written.',
];
const fbH4 = 'Delete a schedule';
const fbP5 = [
  'Deleting a schedule stops new backups from being taken. Backups that already exist are kept until their retention period ' +
    'ends, so you can still restore from them after the schedule is gone.',
];
const fbTabs = ['Products', 'Solutions', 'Pricing', 'Docs', 'Community', 'Support'];
const fbSub = ['Overview', 'Fundamentals', 'Build', 'Run', 'Reference', 'Samples', 'Libraries'];
const fbBook = [
  'Cloud Firestore',
  'Introduction',
  'Get started',
  'Understand Cloud Firestore',
  'Manage data',
  'Secure and validate data',
  'Manage databases',
  'Back up and restore data',
  'Export and import data',
  'Monitor usage',
  'Solutions',
];
const fbCrumbs = ['Firebase', 'Documentation', 'Build', 'Cloud Firestore'];
const fbFootCols = [
  'Connect',
  'Blog',
  'Facebook',
  'Medium',
  'Twitter',
  'YouTube',
  'Programs',
  'Google Developer Groups',
  'Google Developer Experts',
  'Accelerators',
  'Developer consoles',
  'Google API Console',
  'Google Cloud Platform Console',
  'Firebase console',
];
const fbLegal = ['Terms', 'Privacy', 'Manage cookies', 'Sign up for the Google for Developers newsletter', 'Subscribe'];
const fbLicence =
  'Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License, and code ' +
  'samples are licensed under the Apache 2.0 License. For details, see the Google Developers Site Policies. Java is a registered ' +
  'trademark of Oracle and/or its affiliates.';
const fbCookie = 'firebase.google.com uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.';
const fbPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const fbH = (id: string, t: string): string => `<h2 id="${id}" data-text="${t}" tabindex="-1">${t}</h2>`;
const fbHtml = `<!doctype html>
<html lang="en" dir="ltr"><head><meta name="google-signin-client-id" content="721724668570-nbkv1cfusk7kk4eni4pjvepaus73b13t.apps.googleusercontent.com">
<meta name="google-signin-scope" content="profile email"><meta property="og:site_name" content="Firebase">
<meta property="og:type" content="website"><meta name="theme-color" content="#039be5"><meta charset="utf-8">
<meta content="IE=Edge" http-equiv="X-UA-Compatible"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="manifest" href="/_pwa/firebase/manifest.json" crossorigin="use-credentials">
<link rel="stylesheet" href="https://www.gstatic.com/devrel-devsite/prod/v1a5c2e/firebase/css/app.css">
<title>${fbTitle}  |  Firebase</title>
<meta property="og:title" content="${fbTitle}  |  Firebase"><meta name="description" content="Learn how to schedule backups of Cloud Firestore.">
<meta property="og:url" content="https://firebase.google.com/docs/firestore/backups"><meta property="og:locale" content="en">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem",
"position":1,"name":"Build","item":"https://firebase.google.com/docs/build"},{"@type":"ListItem","position":2,"name":"Cloud Firestore",
"item":"https://firebase.google.com/docs/firestore"}]}</script>
<script>(function(d,e,v,s,i,t,E){d['GoogleDevelopersObject']=i;t=e.createElement(v);t.async=1;t.src=s;E=e.getElementsByTagName(v)[0];
E.parentNode.insertBefore(t,E);})(window, document, 'script', 'https://www.gstatic.com/devrel-devsite/prod/v1a5c2e/firebase/js/app_loader.js',
'[15,"en",null,"/js/devsite_app_module.js","https://www.gstatic.com/devrel-devsite/prod/v1a5c2e",
"https://www.gstatic.com/devrel-devsite/prod/v1a5c2e/firebase"]');
</script></head>
<body type="article" theme="firebase-theme" class="" layout="docs" display-toc pending>
<devsite-progress type="indeterminate" id="app-progress"></devsite-progress>
<section class="devsite-wrapper"><devsite-cookie-notification-bar></devsite-cookie-notification-bar>
<devsite-header role="banner"><div class="devsite-header--inner nocontent"><div class="devsite-top-logo-row-wrapper-wrapper">
<div class="devsite-top-logo-row-wrapper"><div class="devsite-top-logo-row"><button type="button" id="devsite-hamburger-menu"
class="devsite-header-icon-button button-flat material-icons gc-analytics-event" aria-label="Open menu">menu</button>
<div class="devsite-product-name-wrapper"><a href="/" class="devsite-site-logo-link gc-analytics-event"><img
src="https://www.gstatic.com/devrel-devsite/prod/v1a5c2e/firebase/images/lockup.svg" class="devsite-site-logo" alt="Firebase"></a></div>
<div class="devsite-top-logo-row-middle"><div class="devsite-header-upper-tabs"><devsite-tabs class="upper-tabs"><nav class="devsite-tabs-wrapper"
aria-label="Upper tabs"><ul>${links(fbTabs, 'devsite-tabs-tab')}</ul></nav></devsite-tabs></div>
<devsite-search enable-signin enable-search enable-suggestions tenant-name="Firebase"><form class="devsite-search-form" action="/s/results" method="GET">
<div class="devsite-search-container"><button type="button" class="devsite-search-button devsite-header-icon-button button-flat material-icons"
aria-label="Open search">search</button><div class="devsite-searchbox"><input aria-label="Search" class="devsite-search-field devsite-search-query"
name="q" placeholder="Search" type="text" value=""></div></div></form></devsite-search></div>
<devsite-language-selector><ul role="presentation"><li role="presentation"><a role="menuitem" lang="en">English</a></li>
<li role="presentation"><a role="menuitem" lang="ja">日本語</a></li><li role="presentation"><a role="menuitem" lang="ko">한국어</a></li></ul>
</devsite-language-selector><a class="devsite-header-link devsite-top-button button gc-analytics-event" href="//console.firebase.google.com/">Go to console</a>
<devsite-user enable-profiles id="devsite-user"><span class="button devsite-top-button" aria-hidden="true">Sign in</span></devsite-user></div></div></div>
<div class="devsite-collapsible-section"><div class="devsite-header-background">
<div class="devsite-product-id-row"><div class="devsite-product-description-row">
<ul class="devsite-breadcrumb-list"><li class="devsite-breadcrumb-item"><a href="/docs" class="devsite-breadcrumb-link">Firebase Documentation</a></li></ul>
</div></div><div class="devsite-doc-set-nav-row"><devsite-tabs class="lower-tabs"><nav class="devsite-tabs-wrapper" aria-label="Lower tabs"><ul>
${links(fbSub, 'devsite-tabs-tab')}</ul></nav></devsite-tabs></div></div></div></div></devsite-header>
<devsite-book-nav scrollbars><div class="devsite-book-nav-filter"><span class="filter-list-icon material-icons" aria-hidden="true"></span>
<input type="text" placeholder="Filter" aria-label="Type to filter" role="searchbox"></div><nav class="devsite-book-nav nocontent" aria-label="Side menu">
<ul class="devsite-nav-list" menu="_book">${links(fbBook, 'devsite-nav-item')}</ul></nav></devsite-book-nav>
<section id="gc-wrapper"><main role="main" class="devsite-main-content" has-book-nav has-sidebar><div class="devsite-sidebar">
<div class="devsite-sidebar-content"><devsite-toc class="devsite-nav" role="navigation" aria-label="On this page" depth="2" scrollbars>
<ul class="devsite-nav-list"><li class="devsite-nav-item devsite-nav-heading devsite-toc-toggle"><span class="devsite-nav-title" role="heading"
aria-level="2">On this page</span></li><li class="devsite-nav-item"><a href="#before-you-begin" class="devsite-nav-title">${fbH1}</a></li>
<li class="devsite-nav-item"><a href="#create" class="devsite-nav-title">${fbH2}</a></li><li class="devsite-nav-item"><a href="#restore"
class="devsite-nav-title">${fbH3}</a></li><li class="devsite-nav-item"><a href="#delete" class="devsite-nav-title">${fbH4}</a></li></ul>
</devsite-toc></div></div>
<devsite-content><article class="devsite-article"><div class="devsite-article-meta nocontent" role="navigation">
<ul class="devsite-breadcrumb-list" aria-label="Breadcrumb">${fbCrumbs
  .map(
    (t) => `<li class="devsite-breadcrumb-item"><a href="/docs/${t.toLowerCase().replace(/ /g, '-')}" class="devsite-breadcrumb-link
gc-analytics-event">${t}</a></li>`,
  )
  .join('\n<li class="devsite-breadcrumb-guillemet material-icons" aria-hidden="true"></li>\n')}</ul>
<devsite-thumb-rating position="header"></devsite-thumb-rating></div>
<devsite-feedback position="header" project-name="Firebase" context="" version="t-devsite-webserver" class="nocontent"
project-icon="https://www.gstatic.com/devrel-devsite/prod/v1a5c2e/firebase/images/touchicon-180.png">
<button>Send feedback</button></devsite-feedback>
<h1 class="devsite-page-title" tabindex="-1">${fbTitle}</h1>
<devsite-toc class="devsite-nav" depth="2" devsite-toc-embedded></devsite-toc>
<div class="devsite-article-body clearfix">
${fbPs(fbIntro)}
${fbH('before-you-begin', fbH1)}
${fbPs(fbP1)}
${fbH('create', fbH2)}
${fbPs(fbP2)}
<devsite-selector active="gcloud"><section><h3 id="gcloud" data-text="gcloud" class="hide-from-toc">gcloud</h3>
<pre class="devsite-click-to-copy prettyprint lang-sh">gcloud firestore backups schedules create \\
  --database='(default)' --recurrence=daily --retention=7d</pre></section>
<section><h3 id="node.js" data-text="Node.js" class="hide-from-toc">Node.js</h3>
<pre class="prettyprint lang-js">const [schedule] = await client.createBackupSchedule({ parent, backupSchedule });</pre></section>
<section><h3 id="python" data-text="Python" class="hide-from-toc">Python</h3>
<pre class="prettyprint lang-py">schedule = client.create_backup_schedule(parent=parent, backup_schedule=backup_schedule)</pre></section></devsite-selector>
<ul>${fbList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<aside class="note"><strong>Note:</strong> <span>${fbNote}</span></aside>
${fbH('restore', fbH3)}
${fbPs(fbP3)}
<pre class="devsite-click-to-copy prettyprint lang-sh">gcloud firestore databases restore --source-backup=BACKUP --destination-database=notes-restore</pre>
${fbPs(fbP4)}
${fbH('delete', fbH4)}
${fbPs(fbP5)}
</div>
<devsite-thumb-rating position="footer"><div class="devsite-thumb-rating" role="form" aria-labelledby="devsite-thumb-label-footer">
<div class="devsite-thumb-rating-label" id="devsite-thumb-label-footer">Was this helpful?</div></div></devsite-thumb-rating>
<devsite-feedback position="footer" class="nocontent"><button>Send feedback</button></devsite-feedback>
</article><devsite-content-footer class="nocontent"><p>${fbLicence}</p><p>Last updated 2025-11-18 UTC.</p></devsite-content-footer>
</devsite-content></main>
<devsite-footer-linkboxes class="devsite-footer-linkboxes nocontent"><nav class="devsite-footer-linkboxes-list" aria-label="Footer links">
<ul>${links(fbFootCols, 'devsite-footer-linkbox-item')}</ul></nav></devsite-footer-linkboxes>
<devsite-footer-utility class="devsite-footer-utility nocontent"><div class="devsite-footer-utility-links"><ul class="devsite-footer-utility-list">
${links(fbLegal, 'devsite-footer-utility-item')}</ul></div></devsite-footer-utility></section></section>
<devsite-snackbar><div class="devsite-snackbar" role="alert"><div class="devsite-snackbar-message">${fbCookie}</div>
<a class="devsite-snackbar-action" href="https://policies.google.com/technologies/cookies">Learn more</a>
<button class="devsite-snackbar-action">OK, got it</button></div></devsite-snackbar>
<script src="https://www.gstatic.com/devrel-devsite/prod/v1a5c2e/firebase/js/devsite_app.js" async></script></body></html>`;
const firebase: TestPage = {
  name: 'heldout180-firebase-docs',
  kind: 'docs',
  html: fbHtml,
  // the page description is body; the code-selector tab labels (h3s hidden from the toc) and the "Note:" label are in
  // neither list; the "On this page" toc repeats the headings and is left out; "Last updated" is a byline
  title: fbTitle,
  headings: [fbH1, fbH2, fbH3, fbH4],
  body: [...texts(fbIntro), ...texts(fbP1), ...texts(fbP2), ...fbList, fbNote, ...texts(fbP3), ...texts(fbP4), ...texts(fbP5)],
  bylines: ['Last updated 2025-11-18 UTC.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    ...fbTabs, 'English', '日本語', '한국어', 'Go to console', 'Sign in', 'Firebase Documentation', ...fbSub,
    ...fbBook.filter((t) => t !== 'Cloud Firestore'), 'On this page', 'Documentation', 'Send feedback', 'Was this helpful?', fbLicence,
    ...fbFootCols, ...fbLegal, fbCookie, 'Learn more', 'OK, got it',
    ]),
  ],
};

export const HELDOUT180_A: readonly TestPage[] = [firebase, herokuArticle];
