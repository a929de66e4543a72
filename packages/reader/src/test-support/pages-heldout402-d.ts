import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout402-kit.js';

/**
 * Held-out batch 402, file d: a Snapcraft snap page on the Vanilla framework (global navigation, snap heading with publisher
 * and verified mark, install button and channel table, the description with a feature list, details, the distro install
 * grid, "More from this publisher" and "Other popular snaps", the cookie policy notice and footer) and a Flathub app page
 * rendered by Next.js (the __NEXT_DATA__ script, header, app header with developer and Install / Donate buttons, screenshots
 * with captions, description, "Changes in version" release notes, additional information cards, tags, links and "Other apps
 * by" rail, and the footer).
 */
const nTitle = 'Driftcode';
const nDesc = [
  j(
    'Driftcode is a lightweight code editor that starts in under a second and stays out of your way. It opens single files and',
    'whole projects alike, with syntax highlighting for more than two hundred languages and a fast fuzzy file finder.',
  ),
  j(
    'Unlike heavier editors, Driftcode keeps its extensions in a separate sandboxed process, so a misbehaving plugin can be stopped',
    'without losing the file you are working on. The editor core stays responsive even with very large log files open.',
  ),
  'Main features:',
];
const nFeat = [
  'Multiple cursors and column selection',
  'Built-in terminal panel with split views',
  'Language server support for completion, go to definition and rename',
  'Git gutter that shows added, changed and removed lines',
  'Portable settings stored as a single readable file',
];
const nDesc2 = [
  j(
    'This snap is maintained by the Driftcode team and tracks the stable release. The classic confinement is needed so the editor',
    'can open files anywhere on your system and run the compilers and tools you already have installed.',
  ),
  j(
    'Bug reports and feature requests are welcome on the project tracker. Please include the output of the about dialog, which',
    'lists the snap revision and the channel you installed from.',
  ),
  j(
    'Settings are kept in your home folder and survive a reinstall. If you are moving from another editor, the first-run screen',
    'offers to import your keyboard shortcuts and colour theme, and you can undo the import at any time.',
  ),
  j(
    'Updates arrive automatically in the background. If an update ever causes problems, you can go back to the previous revision',
    'with a single command and report the issue while you keep working.',
  ),
];
const nNav = ['Snap Store', 'Explore', 'Learn', 'Docs', 'Forum', 'Sign in'];
const nDistros = ['Arch Linux', 'Debian', 'Fedora', 'Linux Mint', 'openSUSE', 'Raspberry Pi OS', 'Ubuntu'];
const nMore = ['Driftcode Insiders', 'Driftlint'];
const nPop = ['Brackwater DB Browser', 'Gullwing Music Player', 'Fenland Sketch'];
const nFoot = ['Terms of Service', 'Data privacy', 'Manage your tracker settings', 'Report a bug on this site', 'Contact us'];
const nHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Install Driftcode on Linux | Snap Store</title>
<meta name="description" content="Get the latest version of Driftcode for on Arch Linux - A fast, quiet code editor">
<meta property="og:title" content="Install Driftcode on Linux | Snap Store"><meta property="og:site_name" content="Snapcraft">
<link rel="canonical" href="https://snapcraft.io/driftcode"><link rel="stylesheet" href="/static/css/styles.css?v=5f1a2b">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"Driftcode","operatingSystem":"Linux",
"author":{"@type":"Organization","name":"Driftcode Editors"},"softwareVersion":"1.19.3"}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"event": "snap_details", "snap": "driftcode"});</script></head>
<body class="is-paper"><header id="navigation" class="p-navigation is-dark"><div class="p-navigation__row"><div class="p-navigation__banner">
<a class="p-navigation__link" href="/store"><img class="p-navigation__image" src="/static/images/snapcraft-logo.svg" alt="Snapcraft"></a></div>
<nav class="p-navigation__nav" aria-label="Main navigation"><ul class="p-navigation__items">${links(nNav, 'p-navigation__item')}</ul></nav></div></header>
<main id="main-content"><section class="p-strip is-shallow"><div class="row"><div class="col-8"><div class="p-snap-heading">
<img class="p-snap-heading__icon" src="https://dashboard.snapcraft.example/site_media/appmedia/driftcode.png" alt="Driftcode">
<div class="p-snap-heading__title"><h1 class="p-heading--2 p-snap-heading__name">${nTitle}</h1>
<p class="p-snap-heading__publisher u-no-margin--bottom"><a href="/publisher/driftcode-editors">Driftcode Editors</a>
<span class="p-verified" title="Verified account">Verified account</span></p>
<p class="p-snap-heading__summary">A fast, quiet code editor</p></div></div></div>
<div class="col-4"><div class="p-snap-install-buttons"><button class="p-button--positive js-open-channel-map">Install</button>
<div class="p-channel-map" aria-hidden="true"><table class="p-table--channel-map"><thead><tr><th>Channel</th><th>Version</th><th>Published</th></tr></thead>
<tbody><tr><td>latest/stable</td><td>1.19.3</td><td>3 March 2026</td></tr><tr><td>latest/edge</td><td>1.20.0-dev.41</td><td>9 March 2026</td></tr></tbody>
</table></div></div></div></div></section>
<section class="p-strip is-bordered"><div class="row"><div class="col-8"><div class="p-snap-details__description" data-live="description">
${ps(nDesc)}
<ul>${lis(nFeat)}</ul>
${ps(nDesc2)}</div></div>
<aside class="col-4"><h4 class="p-muted-heading">Details for Driftcode</h4><ul class="p-list"><li class="p-list__item">License
<br><span class="u-text--muted">MIT</span></li><li class="p-list__item">Last updated<br><span class="u-text--muted">3 March 2026</span></li>
<li class="p-list__item">Size<br><span class="u-text--muted">96.4 MB</span></li></ul><h4 class="p-muted-heading">Share this snap</h4>
<p>Generate an embeddable card to be shared on external websites.</p><button class="p-button">Create embeddable card</button></aside></div></section>
<section class="p-strip is-shallow"><div class="row"><h2 class="p-heading--4">Install Driftcode on your Linux distribution</h2>
<p>Choose your Linux distribution to get detailed installation instructions. If yours is not shown, get more details on the installing snapd
documentation.</p><ul class="p-inline-images">${links(nDistros, 'p-inline-images__item')}</ul></div></section>
<section class="p-strip"><div class="row"><h2 class="p-heading--4">More from Driftcode Editors</h2><ul>${links(nMore, 'p-media-object')}</ul>
<h2 class="p-heading--4">Other popular snaps…</h2><ul>${links(nPop, 'p-media-object')}</ul></div></section></main>
<footer class="p-footer p-strip"><div class="row"><p>© 2026 Canonical Ltd. Ubuntu and Canonical are registered trademarks of Canonical Ltd.</p>
<ul class="p-inline-list--middot">${links(nFoot, 'p-inline-list__item')}</ul></div></footer>
<div class="p-modal cookie-policy"><section class="p-modal__dialog"><h2>Your tracker settings</h2><p>We use cookies and similar methods to recognise
visitors and remember their preferences.</p><button class="p-button--positive js-close">Accept all and visit site</button>
<button class="p-button js-manage">Manage your tracker settings</button></section></div></body></html>`;
const snapcraft: TestPage = {
  name: 'heldout402-snapcraft-snap-page',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([...nDesc, ...nFeat, ...nDesc2]),
  bylines: ['Driftcode Editors', '3 March 2026', '9 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nNav, 'Verified account', 'A fast, quiet code editor', 'Install', 'Channel', 'Version', 'Published', 'latest/stable', '1.19.3', 'latest/edge',
    '1.20.0-dev.41', 'Details for Driftcode', 'License', 'MIT', 'Last updated', 'Size', '96.4 MB', 'Share this snap',
    'Generate an embeddable card to be shared on external websites.', 'Create embeddable card', 'Install Driftcode on your Linux distribution',
    'Choose your Linux distribution to get detailed installation instructions.', ...nDistros, 'More from Driftcode Editors', ...nMore,
    'Other popular snaps…', ...nPop, '© 2026 Canonical Ltd. Ubuntu and Canonical are registered trademarks of Canonical Ltd.', ...nFoot,
    'Your tracker settings', 'We use cookies and similar methods to recognise visitors and remember their preferences.', 'Accept all and visit site',
  ],
};

const hTitle = 'Cormorant';
const hDesc = [
  j(
    'Cormorant is a podcast player designed for GNOME. It keeps your subscriptions in a plain list, downloads new episodes while',
    'your computer is idle, and remembers where you stopped in every episode, even across devices when sync is turned on.',
  ),
  j(
    'The player is built to be calm. There are no charts, recommendations or badges; the front page simply shows what is new',
    'since you last listened, with the oldest unplayed episode first.',
  ),
  j(
    'Cormorant follows the GNOME design guidelines and adapts to small screens, so it works just as well on a Linux phone as on a',
    'desktop. Keyboard shortcuts cover everything from skipping thirty seconds to marking a whole feed as played.',
  ),
];
const hFeat = [
  'Import and export subscriptions as OPML',
  'Variable playback speed with pitch correction',
  'Silence trimming that shortens pauses without clipping words',
  'Chapters and show notes with clickable timestamps',
  'Optional sync through any WebDAV server you already use',
];
const hNotesH = 'Changes in version 2.3.0';
const hNotes = [
  j('This release adds a sleep timer that finishes the current chapter before stopping, and a new queue view that can be reordered', 'by dragging episodes.'),
  j(
    'Episodes can now be downloaded only on unmetered networks, and the storage page shows how much space each feed is using,',
    'with a button to remove played episodes older than a month.',
  ),
];
const hNotesList = [
  'Downloads resume after the network drops',
  'Feeds with broken dates are sorted by the order they list episodes in',
  'Updated translations for Basque, Czech and Portuguese',
];
const hInfo = ['Installed Size', 'Download Size', 'Available Architectures', 'License', 'Safety'];
const hTags = ['Podcast', 'Audio', 'GTK'];
const hOther = ['Shearwater Radio', 'Petrel Feeds'];
const hNav = ['Apps', 'Publish', 'Forum', 'About', 'Login'];
const hFoot = ['Applications', 'Community', 'Developers', 'Flathub', 'Privacy Policy', 'Terms and Conditions', 'Status', 'Donate'];
const hHtml = `<!DOCTYPE html><html lang="en" class="light"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"/>
<title>Install Cormorant on Linux | Flathub</title><meta name="description" content="A calm podcast player"/>
<meta property="og:title" content="Install Cormorant on Linux | Flathub"/><meta property="og:url" content="https://flathub.org/apps/org.cormorant.Player"/>
<link rel="preload" href="/_next/static/css/8a2e01.css" as="style"/><script type="application/ld+json">{"@context":"https://schema.org",
"@type":"SoftwareApplication","name":"Cormorant","operatingSystem":"LINUX","applicationCategory":"AudioVideo","author":{"@type":"Person","name":"Ffion
Marwick"}}</script>
</head><body><div id="__next"><div class="flex min-h-screen flex-col"><header class="sticky top-0 z-20 bg-flathub-gainsborough/80 backdrop-blur">
<nav class="mx-auto flex max-w-11/12 items-center justify-between"><a href="/" aria-label="Flathub"><span class="sr-only">Flathub</span></a>
<ul class="hidden gap-4 lg:flex">${links(hNav, 'text-sm font-semibold')}</ul></nav></header>
<main class="flex-1"><div class="max-w-11/12 mx-auto my-0 w-11/12 2xl:w-[1400px] 2xl:max-w-[1400px]"><div class="grid grid-cols-details gap-x-4 py-8">
<img src="https://dl.flathub.example/media/org/cormorant/Player/icon.png" alt="Cormorant" class="size-[128px]"/>
<div class="flex flex-col justify-center"><h1 class="my-0 text-4xl font-extrabold">${hTitle}</h1>
<div class="flex items-center gap-1"><a class="text-sm text-flathub-sonic-silver no-underline" href="/apps/collection/developer/Ffion%20Marwick">Ffion
Marwick</a><span class="text-xs" title="This app is verified by Flathub">Verified</span></div></div>
<div class="flex gap-4"><button class="inline-flex h-11 rounded-xl bg-flathub-celestial-blue px-6 font-semibold text-white">Install</button>
<button class="inline-flex h-11 rounded-xl px-6 font-semibold">Donate</button></div></div>
<div class="col-start-1 col-end-4"><div class="carousel relative"><figure><img src="/media/screenshot-1.png" alt=""/><figcaption
class="text-center text-sm">Episode list with the new queue view</figcaption></figure></div></div>
<div class="flex flex-col gap-4"><h2 class="mb-0 text-xl font-semibold">A calm podcast player</h2>
<div class="prose dark:prose-invert xl:max-w-[75%]">${ps(hDesc)}
<ul>${lis(hFeat)}</ul></div>
<div class="rounded-xl bg-flathub-white p-4 shadow-md"><div class="flex items-center justify-between"><h3 class="my-0 text-xl font-semibold">${hNotesH}</h3>
<div class="text-sm" title="Released on 2026-02-27">about 2 weeks ago</div></div><div class="prose dark:prose-invert">${ps(hNotes)}
<ul>${lis(hNotesList)}</ul></div><a class="text-sm" href="#changelog">Changelog</a></div>
<div class="grid grid-cols-2 gap-4 md:grid-cols-5"><h2 class="sr-only">Additional information</h2>${hInfo
  .map(
    (k, i) =>
      `<div class="rounded-xl p-4"><div class="text-xs uppercase">${k}</div><div class="font-semibold">${
        ['48.7 MB', '19.2 MB', 'aarch64, x86_64', 'GNU General Public License v3.0 or later', 'Safe'][i]
      }</div></div>`,
  )
  .join('')}</div>
<div class="flex flex-wrap gap-2"><h2 class="text-lg font-semibold">Tags:</h2>${hTags
  .map((t) => `<a class="rounded-full px-3 text-sm" href="/apps/search?q=${t}">${t}</a>`)
  .join('')}
</div><div><h2 class="text-xl font-semibold">Links</h2><ul><li><a href="#">Project Website</a></li><li><a href="#">Report an Issue</a></li>
<li><a href="#">Contribute</a></li></ul></div>
<section><h2 class="text-xl font-semibold">Other apps by Ffion Marwick</h2><ul>${links(hOther, 'rounded-xl')}</ul></section></div></div></main>
<footer class="bg-flathub-gainsborough"><ul class="grid grid-cols-4">${links(hFoot, 'text-sm')}</ul>
<p class="text-xs">Powered by Flatpak, sponsored by the GNOME Foundation and KDE e.V.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"app":{"id":"org.cormorant.Player","name":"Cormorant",
"summary":"A calm podcast player","developer_name":"Ffion Marwick"}}},"page":"/apps/[appDetails]","buildId":"k2Qw9x","isFallback":false}</script>
<script src="/_next/static/chunks/main-7d21b.js" async=""></script></body></html>`;
const flathub: TestPage = {
  name: 'heldout402-flathub-app-page',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [hNotesH],
  body: texts([...hDesc, ...hFeat, ...hNotes, ...hNotesList]),
  bylines: ['Ffion Marwick', 'about 2 weeks ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hNav, 'Verified', 'A calm podcast player', 'Install', 'Donate', 'Episode list with the new queue view', 'Changelog', 'Additional information',
    ...hInfo, '48.7 MB', '19.2 MB',
    'aarch64, x86_64', 'GNU General Public License v3.0 or later', 'Safe', 'Tags:', ...hTags, 'Links', 'Project Website', 'Report an Issue', 'Contribute',
    'Other apps by Ffion Marwick', ...hOther, ...hFoot, 'Powered by Flatpak, sponsored by the GNOME Foundation and KDE e.V.',
  ],
};

export const HELDOUT402_D: readonly TestPage[] = [snapcraft, flathub];
