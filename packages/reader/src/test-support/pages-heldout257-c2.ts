import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, tds } from './pages-heldout257-kit.js';

/**
 * Held-out batch 257, file c2: a logistics company's Wiki.js 2 page (Vuetify markup: app bar, navigation drawer, the
 * page header whose title is a div.headline with a description under it, breadcrumbs, the side column with Table of
 * Contents, Tags, "Last edited by" and the share and print buttons, toc-header headings with ¶ anchors, a blockquote
 * callout, the "Powered by Wiki.js" footer) with a cookie notice added by the site's theme code.
 */
const kTitle = 'Backup rotation policy';
const kDesc = 'How long we keep backups of the warehouse systems, and where';
const kIntro = [
  j(
    'This policy covers the warehouse management system, the route planner and the two file servers at the Dunmore depot. It does',
    'not cover laptops, which are backed up by the endpoint agent, or the finance system, which is hosted and backed up by its vendor.',
  ),
];
const kNote = 'If you are restoring data after an incident, stop here and call the on-call engineer first. Do not restore over a live database.';
const kSched = [
  j(
    'Every system is backed up nightly at 01:30, after the last evening wave has been picked and before the early shift starts',
    'loading. Backups are written first to the storage appliance in the server room and copied offsite before 05:00.',
  ),
  'We keep three generations of copies:',
];
const kGens = [
  'daily copies, kept for fourteen days on the appliance;',
  'weekly copies, taken every Sunday and kept for eight weeks offsite;',
  'monthly copies, taken on the first Sunday of each month and kept for thirteen months offsite.',
];
const kTable = [
  ['Warehouse management', 'Nightly', '13 months'],
  ['Route planner', 'Nightly', '13 months'],
  ['File servers', 'Nightly, plus hourly snapshots', '8 weeks'],
];
const kTest = [
  j(
    'A backup that has never been restored is only a hope. On the second Tuesday of every quarter, the infrastructure team restores',
    "the latest weekly copy of one system into the test environment and checks that it starts and that yesterday's orders are present.",
  ),
  j(
    'The result of each test is written up on the restore log page, including how long the restore took. If a restore takes more than',
    'four hours, the team reviews the schedule and the size of the copies before the next quarter.',
  ),
];
const kChange = [
  j(
    'Changes to this policy are agreed by the head of infrastructure and the operations manager. Raise a change request in the usual',
    'queue and link it from the talk page. Small corrections, such as a changed server name, can be made directly by the',
    'infrastructure team and noted in the page history.',
  ),
];
const kNav = ['Home', 'Warehouse ops', 'IT systems', 'Depots', 'New starters', 'Service desk'];
const kCrumbs = ['it-docs', 'policies', 'backup-rotation'];
const kTags = ['dr-plan', 'retention', 'it-ops'];
const kToc = (t: string): string =>
  `<div class="v-list-item v-list-item--dense v-list-item--link theme--light"><div class="v-list-item__title body-2">${t}</div></div>`;
const kH = (id: string, t: string): string => `<h2 class="toc-header" id="${id}"><a href="#${id}" class="toc-anchor">¶</a> ${t}</h2>`;
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta charset="UTF-8"><meta name="viewport" content="user-scalable=yes,
width=device-width, initial-scale=1, maximum-scale=5"><meta property="og:title" content="${kTitle}"><meta property="og:type" content="website">
<meta property="og:description" content="${kDesc}"><meta property="og:site_name" content="Tern Logistics Docs"><title>${kTitle} | Tern Logistics Docs</title>
<script>var siteConfig = {"title":"Tern Logistics Docs","theme":{"dark":false,"tocPosition":"left"},"lang":"en","rtl":false,"company":"Tern Logistics"}</script>
<link type="text/css" rel="stylesheet" href="/_assets/css/app.2c4e9f.css"><script type="text/javascript"
src="/_assets/js/runtime.js?1733390000"></script></head>
<body><div id="root"><div data-app="true" class="v-application v-application--is-ltr theme--light" id="app"><div class="v-application--wrap">
<header class="nav-header v-sheet theme--dark v-toolbar v-toolbar--dense v-app-bar v-app-bar--clipped v-app-bar--fixed black" data-booted="true"
style="height: 64px;"><div class="v-toolbar__content"><div class="layout row"><div class="flex xs5 md4"><div class="v-toolbar__title"><span
class="subheading">Tern Logistics Docs</span></div></div><div class="flex md4"><div class="v-input v-text-field v-text-field--solo"><div
class="v-input__slot"><input id="input-12" type="text" placeholder="Search..."></div></div></div><div class="flex xs7 md4"><button type="button"
class="btn-animate-app v-btn v-btn--icon"><span class="v-btn__content">Browse</span></button><a href="/login" class="v-btn v-btn--text"><span
class="v-btn__content">Log In</span></a></div></div></div></header>
<nav class="v-navigation-drawer v-navigation-drawer--clipped v-navigation-drawer--fixed v-navigation-drawer--open theme--dark primary"
data-booted="true" style="top: 64px; width: 256px;"><div class="v-navigation-drawer__content"><div class="nav-main v-list v-list--dense">
<ul>${links(kNav, 'v-list-item v-list-item--link')}</ul></div></div></nav>
<main class="v-main" style="padding-top: 64px; padding-left: 256px;"><div class="v-main__wrap"><div class="page-header-section"><div
class="container grey lighten-3 pt-6 pb-7"><div class="row no-gutters align-center"><div class="page-col-content col col-12 offset-lg-3 offset-xl-2">
<div class="headline grey--text text--darken-3">${kTitle}</div><div class="caption grey--text text--darken-1">${kDesc}</div></div></div></div></div>
<div class="breadcrumbs-nav v-toolbar v-toolbar--dense v-toolbar--flat"><div class="v-toolbar__content"><ul class="v-breadcrumbs theme--light">
${links(kCrumbs, 'v-breadcrumbs__item')}</ul></div></div>
<div class="container pl-5 pt-4 grey lighten-5"><div class="row no-gutters"><div class="page-col-sd col-lg-3 col-xl-2 d-none d-lg-flex">
<div class="v-card v-sheet theme--light mb-5"><div class="overline pa-5 pb-0 primary--text">Table of Contents</div><div class="v-list v-list--dense">
${['Schedule', 'Retention by system', 'Restore tests', 'Changing this policy'].map(kToc).join('\n')}</div></div>
<div class="v-card v-sheet theme--light mb-5 pa-5"><div class="overline teal--text pb-2">Tags</div>
${kTags.map((t) => `<a href="/t/${t}" class="v-chip v-chip--label v-chip--link v-chip--small"><span class="v-chip__content">${t}</span></a>`).join('\n')}</div>
<div class="v-card v-sheet theme--light mb-5 pa-5"><div class="overline pb-2 grey--text">Last edited by</div>
<div class="body-2 grey--text text--darken-3">Colm Brady</div><div class="caption grey--text text--darken-1">Tuesday, February 24, 2026</div></div>
<div class="v-card v-sheet theme--light mb-5"><div class="pa-2 d-flex justify-space-around"><button class="v-btn v-btn--icon" aria-label="Bookmark">
<span class="v-btn__content">Bookmark</span></button><button class="v-btn v-btn--icon"><span class="v-btn__content">Share This Page</span></button>
<button class="v-btn v-btn--icon"><span class="v-btn__content">Print Format</span></button></div></div></div>
<div class="page-col-content col-12 col-lg-9 col-xl-10"><div class="contents">
${ps(kIntro)}
<blockquote class="is-warning"><p>${kNote}</p></blockquote>
${kH('schedule', 'Schedule')}
${ps(kSched)}
<ul>${kGens.map((g) => `<li>${g}</li>`).join('\n')}</ul>
${kH('retention-by-system', 'Retention by system')}
<table><thead><tr><th>System</th><th>Frequency</th><th>Longest kept</th></tr></thead><tbody>${kTable.map(tds).join('\n')}</tbody></table>
${kH('restore-tests', 'Restore tests')}
${ps(kTest)}
${kH('changing-this-policy', 'Changing this policy')}
${ps(kChange)}
</div><div class="comments-container"><div class="comments-header"><span>Comments</span></div><div class="pa-5"><div class="caption grey--text">
Log in to leave a comment.</div></div></div></div></div></div></div></main>
<footer class="v-footer v-sheet theme--light v-footer--absolute grey lighten-3" data-booted="true"><div class="caption grey--text text--darken-1">
© 2026 Tern Logistics | Powered by <a href="https://wiki.js.org" rel="nofollow">Wiki.js</a></div></footer>
<div class="v-snack v-snack--bottom v-snack--has-background"><div class="v-snack__wrapper v-sheet theme--dark" role="status"><div class="v-snack__content">
This wiki stores a session cookie only. No tracking cookies are used.</div><div class="v-snack__action"><button class="v-btn v-btn--text"><span
class="v-btn__content">Got it</span></button></div></div></div></div></div></div>
<script type="text/javascript" src="/_assets/js/app.js?1733390000"></script></body></html>`;
export const wikijs: TestPage = {
  name: 'heldout257-wikijs-docs',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ['Schedule', 'Retention by system', 'Restore tests', 'Changing this policy'],
  body: texts([kDesc, ...kIntro, kNote, ...kSched, ...kGens, ...kTable.flat(), ...kTest, ...kChange]),
  bylines: ['Last edited by', 'Colm Brady', 'Tuesday, February 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tern Logistics Docs', 'Browse', 'Log In', ...kNav, ...kCrumbs, ...kTags, 'Table of Contents', 'Tags', 'Bookmark', 'Share This Page',
    'Print Format', 'Comments', 'Log in to leave a comment.', '© 2026 Tern Logistics | Powered by Wiki.js',
    'This wiki stores a session cookie only. No tracking cookies are used.', 'Got it',
  ],
};
