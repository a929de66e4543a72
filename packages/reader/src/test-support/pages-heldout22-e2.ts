import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 22, file e2: a Wiki.js 2.5 page as the browser holds it after the Vue/Vuetify app has rendered (app bar with
 * the site title, search field and account button, the navigation drawer, the page header with the title in a div.headline
 * and the description in div.caption, breadcrumbs, the page-actions speed dial, the side column with the "Last edited by"
 * card, the table of contents and the tag chips, the rendered contents with ¶ anchors in the toc-header headings, a warning
 * blockquote and a table, the "back to top" button and the footer line), with the site config script and a noscript note.
 */
const wjTitle = 'Generator maintenance';
const wjDesc = 'Weekly checks, oil changes and winter operation of the backup diesel generator in the plant room.';
const wjIntro = [
  'The station runs on the grid cable from the mainland, but the cable fails two or three times a winter, usually in a ' +
    'westerly gale. The backup generator in the plant room then takes over the freezers, the radio room and the heating ' +
    'circuit for the labs. It starts by itself within twenty seconds of losing mains power, but only if it has been looked ' +
    'after.',
];
const wjH = ['Weekly checks', 'Changing the oil', 'Winter operation', 'Who to call'] as const;
const wjWeekly = [
  'Check the oil level on the dipstick with the engine cold; top up with 15W-40 only',
  'Check the coolant level in the expansion tank',
  'Look under the engine for fresh oil or diesel on the drip tray',
  'Run the test cycle from the control panel and write the start time in the log book',
];
const wjWeeklyAfter = [
  'The test cycle runs the engine for ten minutes on load. If it has not started after three attempts, do not keep trying: ' + 'call the duty technician.',
];
const wjOil = [
  'Run the engine for five minutes so that the oil flows freely, then switch the panel to OFF and remove the key.',
  'Drain the old oil through the sump valve into the blue drum.',
  'Replace the oil filter and smear a little fresh oil on the new seal.',
  'Fill with 7.5 litres of 15W-40 and check the dipstick after a minute.',
];
const wjWarn = 'Never change the oil with the panel in AUTO. If the mains fails while you are working, the engine will start with the sump open.';
const wjWinter = [
  'From November to March the block heater must stay switched on. A cold engine will still start, but it takes longer than the ' +
    'freezers can wait. In frost, check once a day that the fuel line heater light is green, because summer diesel left in the ' +
    'filter turns to wax below minus five.',
];
const wjCall = [
  ['Role', 'Name', 'Radio'],
  ['Duty technician', 'see the rota in the radio room', 'Channel 4'],
  ['Generator contractor', 'Harbour Diesel Services', 'Channel 9 or the satellite phone'],
] as const;
const wjNav = ['Home', 'Station handbook', 'Equipment', 'Safety', 'Radio schedule', 'Contacts'];
const wjTags = ['generator', 'maintenance', 'power'];
const wjActions = ['Edit Page', 'History', 'View Source', 'Share', 'Print'];
const wjId = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const wjHead = (t: string): string => `<h1 class="toc-header" id="${wjId(t)}"><a href="#${wjId(t)}" class="toc-anchor">¶</a> ${t}</h1>`;
const wjP = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const wjContents = `${wjP(wjIntro)}
${wjHead(wjH[0])}
<ul>
${wjWeekly.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${wjP(wjWeeklyAfter)}
${wjHead(wjH[1])}
<ol>
${wjOil.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
<blockquote class="is-warning">
<p>${wjWarn}</p>
</blockquote>
${wjHead(wjH[2])}
${wjP(wjWinter)}
${wjHead(wjH[3])}
<table>
<thead><tr>${wjCall[0].map((c) => `\n<th>${c}</th>`).join('')}\n</tr></thead>
<tbody>${wjCall
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `\n<td>${c}</td>`).join('')}\n</tr>`)
  .join('\n')}</tbody>
</table>`;
const wjNavList = wjNav
  .map(
    (t, i) => `<a href="/${i === 0 ? '' : wjId(t)}" class="v-list-item v-list-item--link theme--dark" tabindex="0" role="listitem">
<div class="v-list-item__icon"><i aria-hidden="true" class="v-icon notranslate mdi mdi-file-document-outline theme--dark"></i></div>
<div class="v-list-item__title">${t}</div></a>`,
  )
  .join('\n');
const wjHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta charset="UTF-8">
<meta name="viewport" content="user-scalable=yes, width=device-width, initial-scale=1, maximum-scale=5"><meta name="generator" content="Wiki.js">
<meta name="robots" content="index, follow"><title>${wjTitle} | Kestrel Point Field Station</title>
<meta property="og:title" content="${wjTitle}"><meta property="og:description" content="${wjDesc}">
<script>var siteConfig = {"title":"Kestrel Point Field Station","darkMode":false,"lang":"en","rtl":false,"company":"Kestrel Point Field Station",
"contentLicense":"","logoUrl":"https://static.requarks.example/logo/wikijs-butterfly.svg"}; var siteLangs = [];</script>
<link type="text/css" rel="stylesheet" href="/_assets/css/app.2b4f1c9e.css"><script type="text/javascript" src="/_assets/js/runtime.js?1710000000"></script>
</head><body><div id="root"><div data-app="true" class="v-application v-application--is-ltr theme--light" id="app"><div class="v-application--wrap">
<nav class="nav-header"><header class="v-sheet theme--dark v-toolbar v-toolbar--dense v-toolbar--flat v-app-bar v-app-bar--clipped v-app-bar--fixed"
 data-booted="true" style="height: 64px; margin-top: 0px; transform: translateY(0px); left: 0px; right: 0px;"><div class="v-toolbar__content"
 style="height: 64px;">
<div class="layout row"><div class="flex xs5 md4"><div class="v-toolbar__title mx-3"><span class="subheading">Kestrel Point Field Station</span></div></div>
<div class="flex md4"><div class="v-input v-input--dense theme--dark v-text-field v-text-field--single-line v-text-field--solo v-text-field--is-booted">
<div class="v-input__control"><div class="v-input__slot"><div class="v-text-field__slot"><label class="v-label theme--dark">Search...</label>
<input type="text" autocomplete="off"></div></div></div></div></div><div class="flex xs7 md4 text-right"><span class="v-tooltip v-tooltip--bottom"></span>
<a href="/login" class="btn-animate-grow v-btn v-btn--flat v-btn--icon v-btn--round theme--dark v-size--default" aria-label="Login">
<span class="v-btn__content"><i aria-hidden="true"
 class="v-icon notranslate mdi mdi-account-circle theme--dark"></i></span></a></div></div></div></header></nav>
<nav class="v-navigation-drawer v-navigation-drawer--clipped v-navigation-drawer--fixed v-navigation-drawer--open theme--dark primary"
 data-booted="true" style="height: calc(100% - 64px); top: 64px; transform: translateX(0%); width: 256px;"><div class="v-navigation-drawer__content">
<div class="v-list py-2 v-sheet theme--dark v-list--dense" role="list">${wjNavList}</div></div></nav>
<main class="v-main" style="padding: 64px 0px 0px 256px;"><div class="v-main__wrap"><div class="page-header-section">
<div class="container pt-6 pb-4 pl-12 container--fluid grid-list-xl"><div class="layout row"><div class="flex page-col-content offset-lg-3 offset-xl-2 xs12">
<div class="headline grey--text text--darken-3">${wjTitle}</div><div class="caption grey--text text--darken-1">${wjDesc}</div></div></div></div></div>
<div class="breadcrumbs-nav"><div class="container pl-0 container--fluid"><ul class="v-breadcrumbs theme--light"><li><a href="/" class="v-breadcrumbs__item">
<i aria-hidden="true" class="v-icon notranslate mdi mdi-home theme--light"></i></a></li><li class="v-breadcrumbs__divider">/</li>
<li><a href="/equipment" class="v-breadcrumbs__item">equipment</a></li><li class="v-breadcrumbs__divider">/</li>
<li><span class="v-breadcrumbs__item v-breadcrumbs__item--disabled">generator-maintenance</span></li></ul></div></div>
<div class="container pl-5 pt-4 container--fluid grid-list-xl"><div class="layout row">
<div class="flex page-col-sd lg3 xl2"><div class="page-col-sd-inner" style="margin-top: -140px; top: 64px; position: sticky;">
<div class="v-card v-sheet theme--light mb-5 grey lighten-5"><div class="v-card__text pt-3 pb-3"><div class="overline grey--text">Last edited by</div>
<div class="page-author-card-name body-2 grey--text text--darken-3">Marta Lindqvist</div><div class="page-author-card-date caption grey--text text--darken-1">
02/24/2025</div></div></div><div class="v-card v-sheet theme--light mb-5 grey lighten-5"><div class="overline pb-0 grey--text">Table of Contents</div>
<div class="v-list pb-0 v-sheet theme--light v-list--dense grey lighten-5" role="list">${wjH
  .map(
    (t) => `<a href="#${wjId(t)}"
 class="v-list-item v-list-item--link theme--light"><div class="v-list-item__title">${t}</div></a>`,
  )
  .join('\n')}</div></div>
<div class="v-card v-sheet theme--light mb-5 grey lighten-5"><div class="overline pb-0 grey--text">Tags</div><div class="v-card__text pt-2">
${wjTags
  .map(
    (t) => `<a href="/t/${t}" class="v-chip v-chip--clickable v-chip--label v-chip--link v-size--small">
<span class="v-chip__content">${t}</span></a>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="flex page-col-content xs12 lg9 xl10"><div
 class="v-speed-dial v-speed-dial--top v-speed-dial--right v-speed-dial--direction-left page-col-sd-actions">
<button type="button" class="v-btn v-btn--fab v-btn--round theme--dark v-size--small primary" aria-label="Page actions"><span class="v-btn__content">
<i aria-hidden="true" class="v-icon notranslate mdi mdi-pencil theme--dark"></i></span></button><div class="v-speed-dial__list" style="display: none;">
${wjActions.map((t) => `<span class="v-tooltip v-tooltip--left"><span class="v-tooltip__content">${t}</span></span>`).join('\n')}</div></div>
<div class="contents"><div>
${wjContents}
</div></div></div></div></div>
<button type="button" class="v-btn v-btn--bottom v-btn--fab v-btn--fixed v-btn--right v-btn--round theme--light v-size--small primary"
 aria-label="Return to top"
 style="transform-origin: center center; display: none;"><span class="v-btn__content"><i class="v-icon mdi mdi-arrow-up"></i></span></button></div></main>
<footer class="v-footer v-sheet theme--light v-footer--absolute v-footer--inset" data-booted="true" style="left: 256px; right: 0px; bottom: 0px;">
<div class="grey--text text--darken-1 caption"><span>© 2025 Kestrel Point Field Station. All rights reserved.</span> |
<span>Powered by <a href="https://wiki.js.org" rel="noopener" target="_blank">Wiki.js</a></span></div></footer>
<div class="v-snack"><div class="v-snack__wrapper" style="display: none;"></div></div></div></div></div>
<noscript>Wiki.js requires JavaScript. Please enable JavaScript in your browser settings.</noscript>
<script type="text/javascript" src="/_assets/js/app.js?1710000000"></script></body></html>`;
export const wikijsPage: TestPage = {
  html: wjHtml,
  name: 'heldout22-wikijs-page',
  kind: 'wiki',
  // the div.headline is the title (the page has no h1 of its own: the content's h1s are its section heads, the headings);
  // the description caption, the intro, list items, paragraphs, the warning blockquote and every table cell are body (the
  // cells have newlines between them: each listed); "Marta Lindqvist" and the date are bylines ("Last edited by" in
  // neither); the ¶ anchors, the TOC card (it repeats the headings: in neither), tags, breadcrumbs, speed-dial tooltips,
  // app bar, drawer, footer and the noscript note are furniture; the drawer's "Equipment" is the breadcrumb "equipment"
  // (counted once); the tags "generator" and "maintenance" and the breadcrumb "generator-maintenance" are the title's
  // words: left out
  title: wjTitle,
  headings: [...wjH],
  body: [wjDesc, ...texts(wjIntro), ...wjWeekly, ...texts(wjWeeklyAfter), ...wjOil, wjWarn, ...texts(wjWinter), ...wjCall.flat()],
  bylines: ['Marta Lindqvist', '02/24/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestrel Point Field Station', 'Search...', ...wjNav.filter((t) => t !== 'Equipment'), 'equipment', 'Table of Contents', 'Tags', 'power', ...wjActions,
    '¶', '© 2025 Kestrel Point Field Station. All rights reserved.', 'Powered by Wiki.js',
    'Wiki.js requires JavaScript. Please enable JavaScript in your browser settings.',
  ],
};
