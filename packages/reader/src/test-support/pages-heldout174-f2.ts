import { links, type TestPage, texts } from './page-kit.js';

/** Held-out batch 174, file f2: a Kotlin Multiplatform guide page on kotlinlang.org (Writerside docs template). */
const ktTitle = 'Share resource files between platforms';
const ktLead = [
  'Most apps ship more than code: icons, fonts, translated strings and small data files. In a Kotlin Multiplatform project ' +
    'you can keep these resources in the shared module once and read them from common code on every target.',
];
const ktTip =
  'This guide assumes a project created with the Kotlin Multiplatform wizard. If you started from an Android-only project, ' + 'add a shared module first.';
const ktH1 = 'Add the resources library';
const ktP1 = [
  'Resource support is provided by a Gradle plugin and a small runtime library. In the <code>build.gradle.kts</code> file of ' +
    'the shared module, add the dependency to the common source set:',
];
const ktP2 = ['Sync the project. The plugin generates a <code>Res</code> object that gives typed access to every file you add.'];
const ktH2 = 'Place the files';
const ktP3 = ['Create a <code>composeResources</code> directory in <code>commonMain</code> and sort files into these subdirectories:'];
const ktList = [
  '<code>drawable</code> for images and vector icons,',
  '<code>font</code> for TrueType and OpenType fonts,',
  '<code>values</code> for XML files with strings and plurals,',
  '<code>files</code> for anything else, such as JSON or CSV, which you read as raw bytes.',
];
const ktP4 = [
  'Qualifiers work as on Android: a directory named <code>values-de</code> holds German strings, and ' +
    '<code>drawable-dark</code> holds images used in dark theme.',
  'Keep file names in lowercase with underscores. The plugin turns each name into a property of the generated object, ' +
    'and names that are not valid Kotlin identifiers are skipped with a warning during the build.',
];
const ktH3 = 'Read resources from common code';
const ktSteps = [
  'Import the generated <code>Res</code> object from the package configured for your module.',
  'Call <code>stringResource(Res.string.greeting)</code> inside a composable to get a localized string.',
  'For raw files, call <code>Res.readBytes("files/cities.json")</code> from a coroutine. It returns a ' + '<code>ByteArray</code> on every platform.',
];
const ktNote =
  'On the JavaScript and Wasm targets, resources are loaded over the network the first time they are used. Show a ' +
  'placeholder while they load rather than blocking the first frame.';
const ktH4 = 'What’s next';
const ktNext = [
  'Learn how to <a href="/docs/multiplatform/compose-localize-strings.html">localize strings</a> for different regions.',
  'Set up <a href="/docs/multiplatform/compose-images-resources.html">images and icons</a> with density qualifiers.',
];
const ktNav = ['Solutions', 'Docs', 'API', 'Community', 'Teach', 'Play'];
const ktSide = [
  'Get started with Kotlin Multiplatform',
  'Create an app with shared logic',
  'Share more logic between iOS and Android',
  'Compose Multiplatform UI',
  'Resources overview',
  'Share resource files between platforms',
  'Localize strings',
  'Images and icons',
  'Publish your application',
];
const ktFoot = ['Contributing to Kotlin', 'Releases', 'Press Kit', 'Security', 'Blog', 'Issue Tracker', 'Brand assets', 'Careers', 'Kotlin Merch', 'Opt-Out'];
const ktCookie = [
  'Our website uses some cookies and records your IP address for the purposes of accessibility, security, and managing your ' +
    'access to the telecommunication network.',
  'You can disable data collection and cookies by changing your browser settings, but it may affect how this website functions.',
];
const ktP = (a: readonly string[]): string => a.map((p) => `<p id="p${p.length}">${p}</p>`).join('\n');
const ktChapter = (id: string, h: string, inner: string): string => `<section class="chapter"><h2 id="${id}" data-toc="${id}">${h}</h2>${inner}</section>`;
const ktHtml = `<!DOCTYPE html>
<html lang="en-US" data-preset="contrast" data-primary-color="#7F52FF"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta charset="UTF-8"><meta name="robots" content="all"><meta name="built-on" content="2026-11-27T14:02:11.3340091">
<title>Share resource files between platforms | Kotlin Multiplatform Documentation</title><script type="application/json" id="virtual-toc-data">
[{"id":"add-the-resources-library","level":0,"title":"Add the resources library","anchor":"#add-the-resources-library"}]</script>
<script type="application/json" id="topic-shortcuts"></script><link href="https://resources.jetbrains.com/writerside/apidoc/6.22.0-b776/app.css"
rel="stylesheet">
<meta name="msapplication-TileColor" content="#000000"><meta name="image" content="https://kotlinlang.org/assets/images/open-graph/docs.png">
<meta property="og:title" content="${ktTitle} | Kotlin Multiplatform"><meta property="og:description" content=""><meta property="og:type" content="website">
<meta property="og:site_name" content="Kotlin Multiplatform Help"><link rel="canonical"
href="https://kotlinlang.org/docs/multiplatform/share-resource-files.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebPage",
"@id":"https://kotlinlang.org/docs/multiplatform/share-resource-files.html#webpage",
"url":"https://kotlinlang.org/docs/multiplatform/share-resource-files.html","name":"${ktTitle} | Kotlin Multiplatform","description":"","inLanguage":"en-US",
"isPartOf":{"@type":"WebSite","name":"Kotlin Multiplatform Help"}}</script><script src="https://kotlinlang.org/_next/static/chunks/webpack.js" defer></script>
</head><body data-id="share-resource-files" data-main-title="Share resource files between platforms" data-article-props="{}" data-template="article"
data-breadcrumbs="Compose Multiplatform UI///Resources overview"><div class="wrapper"><main class="panel _main">
<header class="panel__header" data-test="header"><div class="container"><div class="row"><a class="header__logo" href="https://kotlinlang.org/">
<span class="sr-only">Kotlin</span></a><nav class="header__nav"><ul>${links(ktNav, 'header__nav-item')}</ul></nav>
<div class="header__version"><span>v2.3.0</span></div><button class="header__search" aria-label="Search"></button></div></div></header>
<section class="panel__content"><div class="container"><div class="article"><div class="app__sidebar" data-test="sidebar"><nav class="toc" aria-label="Docs">
<ul class="toc__list">${links(ktSide, 'toc-item')}</ul></nav></div>
<article class="article" data-shortcut-switcher="inactive"><div class="breadcrumbs"><a href="compose-multiplatform.html">Compose Multiplatform UI</a>
<a href="resources-overview.html">Resources overview</a></div><h1 data-toc="share-resource-files" id="share-resource-files.md">${ktTitle}</h1>
<div class="micro-format" data-content="micro-format"><span class="article__last-modified">Last modified: 27 November 2026</span>
<a class="article__edit" href="https://github.com/JetBrains/kotlin-multiplatform-dev-docs/edit/master/topics/share-resource-files.md">Edit page</a></div>
${ktP(ktLead)}<aside class="prompt" data-type="tip" data-title=""><svg class="prompt__icon"></svg><div class="prompt__content"><p>${ktTip}</p></div></aside>
${ktChapter(
  'add-the-resources-library',
  ktH1,
  `${ktP(ktP1)}<div class="code-block" data-lang="kotlin">kotlin {
    sourceSets {
        commonMain.dependencies { implementation(compose.components.resources) }
    }
}</div><button class="code-block__copy">Copy</button>${ktP(ktP2)}`,
)}
${ktChapter(
  'place-the-files',
  ktH2,
  `${ktP(ktP3)}<ul class="list _bullet">${ktList.map((t) => `<li class="list__item"><p>${t}</p></li>`).join('\n')}</ul>
${ktP(ktP4)}`,
)}
${ktChapter(
  'read-resources-from-common-code',
  ktH3,
  `<section class="procedure-steps"><ol class="list _decimal">
${ktSteps.map((t, i) => `<li class="list__item" id="step-${i}"><p>${t}</p></li>`).join('\n')}</ol></section>
<aside class="prompt" data-type="note" data-title=""><svg class="prompt__icon"></svg><div class="prompt__content"><p>${ktNote}</p></div></aside>`,
)}
${ktChapter('what-s-next', ktH4, `<ul class="list _bullet">${ktNext.map((t) => `<li class="list__item"><p>${t}</p></li>`).join('\n')}</ul>`)}
<div class="navigation-links _bottom"><a href="resources-overview.html" class="navigation-links__prev">Resources overview</a>
<a href="compose-localize-strings.html" class="navigation-links__next">Localize strings</a></div>
<div class="feedback"><h3 class="feedback__title">Was this page helpful?</h3><button class="feedback__button">Yes</button>
<button class="feedback__button">No</button><p class="feedback__thanks" hidden>Thanks for your feedback!</p></div></article>
<div class="inner-toc" data-test="internal-toc"><div class="inner-toc__title">On this page</div><ul class="toc-list">
${[ktH1, ktH2, ktH3, ktH4].map((h) => `<li><a href="#">${h}</a></li>`).join('\n')}</ul></div></div></div></section>
<footer class="footer" data-test="footer"><div class="container"><ul class="footer__links">${links(ktFoot, 'footer__link')}</ul>
<p class="footer__supported">Supported and developed by JetBrains</p>
<p class="footer__legal">Kotlin™ is protected under the Kotlin Foundation and licensed under the
Apache 2 license.</p></div></footer></main></div>
<div class="jetbrains-cookies-banner" role="dialog" aria-live="polite"><div class="jetbrains-cookies-banner__text"><p>${ktCookie[0]}</p><p>${ktCookie[1]}</p>
<p><a href="https://www.jetbrains.com/legal/docs/privacy/privacy/">Learn more</a></p></div><button class="jetbrains-cookies-banner__button">Accept All</button>
<button class="jetbrains-cookies-banner__button">Manage Settings</button></div>
<script src="https://resources.jetbrains.com/writerside/apidoc/6.22.0-b776/app.js"></script></body></html>`;
export const kotlinPage: TestPage = {
  name: 'heldout174-kotlin-multiplatform-guide',
  kind: 'docs',
  html: ktHtml,
  // tip and note prompts are body (they have no visible label); the "Last modified" line is a byline; the "On this page"
  // list repeats the headings and is left out; the sidebar entry that is this page's own title is left out
  title: ktTitle,
  headings: [ktH1, ktH2, ktH3, ktH4],
  body: texts([...ktLead, ktTip, ...ktP1, ...ktP2, ...ktP3, ...ktList, ...ktP4, ...ktSteps, ktNote, ...ktNext]),
  bylines: ['Last modified: 27 November 2026'],
  furniture: [
    'Kotlin',
    ...ktNav,
    'v2.3.0',
    ...ktSide.filter((t) => t !== ktTitle),
    'Edit page',
    'Copy',
    'Was this page helpful?',
    'Yes',
    'No',
    'Thanks for your feedback!',
    'On this page',
    ...ktFoot,
    'Supported and developed by JetBrains',
    'Kotlin™ is protected under the Kotlin Foundation and licensed under the Apache 2 license.',
    ...ktCookie,
    'Learn more',
    'Accept All',
    'Manage Settings',
  ],
};
