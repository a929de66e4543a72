import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 61, file b2: a Wiki.js 2 page as the browser has rendered it (Vuetify app: the dark app bar with site name,
 * search field and icon buttons, the navigation drawer with the admin-defined links, the breadcrumb toolbar, the page header
 * with title and description as divs, the left column with "Last edited by", "Table of Contents" and "Tags" cards and icon
 * share buttons, the contents with markdown h1s, a Wiki.js "is-warning" blockquote and a code block, the comments panel with
 * one comment and the form, and the licence footer), with the siteConfig script in the head.
 */
const wjTitle = 'Installing a rooftop node';
const wjDesc =
  'How to mount, flash and register a new node on the Riverside community mesh, from choosing a spot on the roof to seeing it ' + 'on the coverage map.';
const wjH1 = 'What you need';
const wjNeed =
  'Most new members install a node in an afternoon. The cooperative lends out a kit with everything except the mounting bracket, ' +
  'which depends on your building.';
const wjKit = [
  'A dual-band router from the supported hardware list, already tested at a build night',
  'A sector or omni antenna, depending on how many neighbours you can see from the roof',
  'Twenty metres of outdoor-rated Ethernet cable and a PoE injector',
  'A wall or chimney bracket, stainless steel bolts and a cable gland for the window frame',
];
const wjH2 = 'Choosing a spot';
const wjSpot = [
  'The best spot is the one with a clear view of an existing node, not necessarily the highest point of the roof. Open the ' +
    'coverage map, find the three nearest nodes and stand where you can see at least one of them without trees in the way. In ' +
    'summer, leaves block far more signal than people expect, so a link that works in March may drop out by June.',
  'If you rent, get written permission from your landlord before drilling anything. The cooperative has a template letter that ' +
    'explains what the equipment is and confirms that we carry public liability insurance.',
];
const wjH3 = 'Mounting the antenna';
const wjMount =
  'Fix the bracket first and check it will take your weight leaning on it before you attach anything. Point the antenna roughly ' +
  'at the nearest node, tighten the clamp just enough to hold it and leave the fine alignment until the router is running. Run ' +
  'the cable down with a drip loop just below the antenna, so that rain runs off instead of following the cable into the connector.';
const wjWarn =
  'Never work on a roof alone, and never in wet or windy weather. If the job needs a ladder taller than three metres, ask the ' +
  'installs team: two members have working-at-height training and will do it with you.';
const wjH4 = 'Flashing the router';
const wjFlash = [
  'Kit routers come flashed with the current mesh firmware. If yours does not, download the image for your model from the ' +
    'firmware page and flash it from the router’s recovery shell:',
  'After it reboots, connect to the <code>RIVERSIDE-SETUP</code> network, open the setup page and enter the node name you were given ' +
    'at the build night. The node appears on the coverage map within about ten minutes.',
];
const wjH5 = 'Getting help';
const wjHelp =
  'Post in the #installs channel with a photo of your mount and a screenshot of the signal page. Someone from the installs team ' +
  'usually answers the same evening.';
const wjNav = ['Home', 'Join the mesh', 'Coverage map', 'Supported hardware', 'Build nights', 'Firmware', 'Code of conduct'];
const wjTags = ['hardware', 'rooftop', 'installation'];
/** Drawer links and tags that are also words of the description or the body: left out of the furniture. */
const wjInBody = ['Coverage map', 'Supported hardware', 'Firmware', 'hardware', 'rooftop'];
const wjComment =
  'Worth adding that the grey PoE injectors from the 2023 kits are only rated for 24 V. I fried a router on my second install ' + 'before I worked that out.';
const wjId = (h: string): string => h.toLowerCase().replace(/ /g, '-');
const wjH = (h: string): string => `<h1 class="toc-header" id="${wjId(h)}"><a href="#${wjId(h)}" class="toc-anchor">¶</a> ${h}</h1>`;
const wjToc = [wjH1, wjH2, wjH3, wjH4, wjH5]
  .map(
    (h) =>
      `<a href="#${wjId(h)}" class="v-list-item v-list-item--link theme--light"><i aria-hidden="true" class="v-icon notranslate mdi ` +
      `mdi-chevron-right theme--light grey--text"></i><div class="v-list-item__title">${h}</div></a>`,
  )
  .join('\n');
const wjBtn = (icon: string, tip: string): string =>
  `<button type="button" class="v-btn v-btn--flat v-btn--icon v-btn--round theme--light v-size--small" aria-label="${tip}"><span ` +
  `class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-${icon} theme--light"></i></span></button>`;
const wjHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta charset="UTF-8">
<meta name="viewport" content="user-scalable=yes, width=device-width, initial-scale=1, maximum-scale=5">
<meta property="og:title" content="${wjTitle}"><meta property="og:type" content="website"><meta property="og:description" content="${wjDesc}">
<meta property="og:site_name" content="Riverside Mesh Wiki"><title>${wjTitle} | Riverside Mesh Wiki</title>
<link rel="icon" type="image/png" sizes="192x192" href="/_assets/favicons/android-chrome-192x192.png">
<script>var siteId = '7d3a51f0-4c1e-4b8e-9a55-2f0c1d9e6b21'; var siteConfig = {"title":"Riverside Mesh Wiki","theme":{"dark":false,"toc":true,
"tocPosition":"left","injectCSS":"","injectHead":"","injectBody":""},"lang":"en","rtl":false,"company":"Riverside Mesh Cooperative",
"contentLicense":"ccbysa","footerOverride":"","logoUrl":"/_assets/img/logo-mesh.svg"}; var siteLangs = [];</script>
<link type="text/css" rel="stylesheet" href="/_assets/css/app.2a0d1cbd8f9ec0e4b8b1.css">
<script type="text/javascript" src="/_assets/js/runtime.js?1711371424"></script><script type="text/javascript" src="/_assets/js/app.js?1711371424"></script>
</head><body><div id="root"><div data-app="true" id="app" class="v-application is-fullscreen v-application--is-ltr theme--light"><div
class="v-application--wrap">
<header class="nav-header v-sheet theme--dark v-toolbar v-app-bar v-app-bar--clipped v-app-bar--fixed black" data-booted="true"
 style="height: 64px; margin-top: 0px; transform: translateY(0px); left: 0px; right: 0px;"><div class="v-toolbar__content" style="height: 64px;">
<div class="layout row"><div class="flex xs5 md4"><div class="layout row align-center"><button type="button" aria-label="Open navigation"
 class="hidden-md-and-up v-btn v-btn--flat v-btn--icon v-btn--round theme--dark v-size--default"><span class="v-btn__content"><i aria-hidden="true"
 class="v-icon notranslate mdi mdi-menu theme--dark"></i></span></button><a href="/" class="mx-3"><img src="/_assets/img/logo-mesh.svg"
 alt="Riverside Mesh Wiki" style="width: 34px; height: 34px;"></a><div class="v-toolbar__title"><span class="subheading">Riverside Mesh
Wiki</span></div></div></div>
<div class="flex md4"><div class="v-input nav-header-search v-input--hide-details theme--dark v-text-field v-text-field--single-line v-text-field--solo
 v-text-field--solo-flat v-text-field--is-booted v-text-field--enclosed"><div class="v-input__control"><div class="v-input__slot"><div
 class="v-input__prepend-inner"><div class="v-input__icon v-input__icon--prepend-inner"><i aria-hidden="true"
 class="v-icon notranslate mdi mdi-magnify theme--dark"></i></div></div><div class="v-text-field__slot"><input id="input-26" placeholder="Search..."
 type="text" autocomplete="off"></div></div></div></div></div>
<div class="flex text-right xs7 md4"><div class="v-menu"><button type="button" aria-label="Language" class="btn-animate-app v-btn v-btn--flat
 v-btn--icon v-btn--round theme--dark v-size--default"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi
 mdi-web theme--dark"></i></span></button></div><hr role="separator" aria-orientation="vertical" class="mx-0 v-divider v-divider--vertical theme--dark">
<a href="/login" class="v-btn v-btn--flat v-btn--router v-btn--text theme--dark v-size--default" aria-label="Log In"><span class="v-btn__content"><i
 aria-hidden="true" class="v-icon notranslate mdi mdi-account-circle theme--dark grey--text"></i><span class="ml-2 grey--text">Log In</span></span></a></div>
</div></div></header>
<nav class="v-navigation-drawer v-navigation-drawer--clipped v-navigation-drawer--fixed v-navigation-drawer--open theme--dark primary"
 data-booted="true" style="height: calc(100% - 64px); top: 64px; transform: translateX(0%); width: 256px;"><div class="v-navigation-drawer__content">
<div class="nav-sidebar"><div role="list" class="v-list py-2 v-sheet theme--dark v-list--dense">
${wjNav
  .map(
    (t, i) =>
      `<a href="/${i === 0 ? '' : wjId(t)}" tabindex="0" role="listitem" class="v-list-item v-list-item--link theme--dark"><div class="v-list-item__avatar">` +
      `<i aria-hidden="true" class="v-icon notranslate mdi mdi-link-variant theme--dark"></i></div><div class="v-list-item__title">${t}</div></a>`,
  )
  .join('\n')}
<hr role="separator" aria-orientation="horizontal" class="my-2 v-divider theme--dark"><div class="v-subheader theme--dark">Operations</div>
<a href="/ops/node-registry" class="v-list-item v-list-item--link theme--dark"><div class="v-list-item__title">Node registry</div></a>
<a href="/ops/meeting-notes" class="v-list-item v-list-item--link theme--dark"><div class="v-list-item__title">Meeting notes</div></a>
</div></div></div><div class="v-navigation-drawer__border"></div></nav>
<main class="v-main" data-booted="true" style="padding: 64px 0px 0px 256px;"><div class="v-main__wrap">
<div class="v-toolbar breadcrumbs-nav v-toolbar--dense v-toolbar--flat theme--light grey lighten-4"><div class="v-toolbar__content" style="height: 48px;">
<div class="v-breadcrumbs breadcrumbs-nav pl-0 v-breadcrumbs--small theme--light"><a href="/" class="v-breadcrumbs__item"><i aria-hidden="true"
 class="v-icon notranslate mdi mdi-home theme--light"></i></a><i aria-hidden="true" class="v-icon notranslate mdi mdi-chevron-right theme--light"></i><a
 href="/guides" class="v-breadcrumbs__item">guides</a><i aria-hidden="true" class="v-icon notranslate mdi mdi-chevron-right theme--light"></i><a
 href="/guides/installing-a-rooftop-node" class="v-breadcrumbs__item v-breadcrumbs__item--disabled">installing-a-rooftop-node</a></div></div></div>
<div class="page-header-section"><div class="container pt-6 pb-7 px-6 container--fluid"><div class="layout row align-center"><div class="page-col-content
is-page-header flex">
<div class="headline grey--text text--darken-3">${wjTitle}</div><div class="caption grey--text text--darken-1">${wjDesc}</div></div></div></div></div>
<div class="v-divider theme--light"></div>
<div class="container pl-5 pt-4 container--fluid"><div class="layout row"><div class="page-col-sd flex lg3 xl2" style="margin-top: -90px;">
<div class="v-card v-sheet theme--light elevation-0 mb-5 page-author-card"><div class="pa-5"><div class="overline indigo--text d-flex align-center">Last
edited by</div>
<div class="page-author-card-name body-2 grey--text text--darken-3">Tomasz Wierzbicki</div>
<div class="page-author-card-date caption grey--text text--darken-1">11/9/2025</div></div></div>
<div class="v-card v-sheet theme--light elevation-0 mb-5"><div class="pa-5 pb-0"><div class="overline indigo--text d-flex align-center mb-0">Table of
Contents</div>
<div role="list" class="v-list v-sheet theme--light v-list--dense py-0">
${wjToc}
</div></div></div>
<div class="v-card v-sheet theme--light elevation-0 mb-5"><div class="pa-5"><div class="overline indigo--text d-flex align-center pb-0 mb-0">Tags</div>
<div class="v-chip-group">${wjTags
  .map((t) => `<a href="/t/${t}" class="v-chip v-chip--clickable v-chip--label theme--light v-size--small"><span class="v-chip__content">${t}</span></a>`)
  .join('')}</div></div></div>
<div class="v-card v-sheet theme--light elevation-0 mb-5"><div class="pa-3 d-flex justify-space-around">${wjBtn('bookmark', 'Bookmark Page')}${wjBtn(
  'share-variant',
  'Share This Page',
)}${wjBtn('printer', 'Print Format')}</div></div>
</div>
<div class="page-col-content flex xs12 lg9 xl10"><div class="contents"><div>
${wjH(wjH1)}
<p>${wjNeed}</p>
<ul>
${wjKit.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${wjH(wjH2)}
<p>${wjSpot[0]}</p>
<p>${wjSpot[1]}</p>
${wjH(wjH3)}
<p>${wjMount}</p>
<blockquote class="is-warning">
<p>${wjWarn}</p>
</blockquote>
${wjH(wjH4)}
<p>${wjFlash[0]}</p>
<pre class="prismjs line-numbers language-bash"><code class="language-bash">sysupgrade -n /tmp/riverside-mesh-2.4.1-ath79-generic.bin
</code></pre>
<p>${wjFlash[1]}</p>
${wjH(wjH5)}
<p>${wjHelp}</p>
</div></div>
<div class="comments-container"><div class="comments-header"><i aria-hidden="true" class="v-icon notranslate mdi mdi-comment-text-outline theme--light"></i>
<div>Comments</div></div><div class="comments-main"><div class="pa-5 comments-post"><div class="v-input v-textarea v-text-field theme--light"><textarea
 rows="3" placeholder="Write a new comment..."></textarea></div><div class="d-flex align-center pt-3"><i aria-hidden="true"
 class="v-icon notranslate mdi mdi-language-markdown-outline theme--light"></i><span class="caption grey--text">Markdown Format</span><div
 class="spacer"></div><span class="caption mr-3">You must be logged in to comment.</span><button type="button" disabled="disabled"
 class="v-btn v-btn--disabled v-btn--depressed theme--light v-size--default"><span class="v-btn__content">Post Comment</span></button></div></div>
<div class="v-timeline pt-0 v-timeline--dense theme--light"><div class="v-timeline-item v-timeline-item--fill-dot theme--light comments-post-item">
<div class="v-timeline-item__body"><div class="v-card v-sheet theme--light elevation-1"><div class="v-card__text"><div class="comments-post-actions">
<span class="comments-post-name caption">Ifeoma Chukwu</span><span class="caption grey--text ml-2">2 days ago</span></div>
<div class="comments-post-content"><p>${wjComment}</p></div></div></div></div></div></div></div></div>
</div></div></div>
<footer class="v-footer justify-center v-sheet theme--light v-footer--padless grey lighten-3" style="height: auto;"><div
 class="caption grey--text text--darken-1"><span>Content is available under the <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>,
 by <a href="https://riversidemesh.example">Riverside Mesh Cooperative</a> | </span><span>Powered by <a
href="https://wiki.js.org">Wiki.js</a></span></div></footer>
<button type="button" aria-label="Return to Top" class="v-btn v-btn--bottom v-btn--fab v-btn--fixed v-btn--right v-btn--round theme--dark
 v-size--small primary" style="display: none;"><span class="v-btn__content"><i aria-hidden="true" class="v-icon notranslate mdi mdi-arrow-up
 theme--dark"></i></span></button>
</div></main>
<div class="v-snack v-snack--bottom v-snack--has-background" style="display: none;"><div class="v-snack__wrapper v-sheet theme--dark"><div
 role="status" aria-live="polite" class="v-snack__content"></div></div></div>
</div></div></div>
<script type="text/javascript">window.boot.register('page-ready');</script>
</body></html>
`;
export const wikiJs: TestPage = {
  html: wjHtml,
  name: 'heldout61-wikijs',
  kind: 'wiki',
  // the headline div is the title and the markdown h1s inside the contents are the headings (Wiki.js authors write "#" for
  // sections: the title is not an h1); the page description under the title is body, as a dek is; the kit list, the paragraphs
  // and the "is-warning" blockquote (a callout of the page's own) are body, the code block is in neither; "Last edited by" is
  // furniture, the editor's name and the date are the bylines; the comment (text, commenter and "2 days ago"), the comment form
  // and its labels, the cards' labels, tags, breadcrumbs, app bar, drawer links and footer are furniture; the table of contents
  // repeats the headings (left out); the share buttons are icons with labels only; three drawer links and two tags are words
  // of the body or the title (wjInBody, left out)
  title: wjTitle,
  headings: [wjH1, wjH2, wjH3, wjH4, wjH5],
  body: [wjDesc, wjNeed, ...wjKit, ...wjSpot, wjMount, wjWarn, ...texts(wjFlash), wjHelp],
  bylines: ['Tomasz Wierzbicki', '11/9/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Riverside Mesh Wiki', 'Log In', ...wjNav.filter((t) => !wjInBody.includes(t)), 'Operations', 'Node registry', 'Meeting notes', 'guides',
    'installing-a-rooftop-node',
    'Last edited by', 'Table of Contents', 'Tags', 'installation', 'Comments', 'Markdown Format', 'You must be logged in to comment.', 'Post Comment',
    'Ifeoma Chukwu', '2 days ago', wjComment, 'Content is available under the', 'CC BY-SA 4.0', 'Riverside Mesh Cooperative', 'Powered by', 'Wiki.js',
  ],
};
