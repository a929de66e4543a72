import { links, type TestPage, texts } from './page-kit.js';
import { stripeDocs } from './pages-heldout99-b2.js';

/**
 * Held-out batch 99, file b: an archived angular.io guide page (v17, saved after the angular.dev launch) as the aio shell
 * renders it (the toolbar's notification row "This site is no longer updated." with its close button, the top menu, the
 * search box and theme toggle, the side nav with its version picker, the "Suggest Edits" pencil, pilcrow-style link icons,
 * NOTE alerts, code examples with headers, the embedded and floating "On this page" tocs, the "Last reviewed on" line, the
 * footer blocks and the cookies popup) and, from file b2, a Stripe docs page.
 */
const ngTitle = 'Lazy-loading feature modules';
const ngP1 = [
  'By default, NgModules are eagerly loaded. This means that as soon as the application loads, so do all the NgModules, whether they are ' +
    'immediately necessary or not. For large applications with lots of routes, consider lazy loading —a design pattern that loads NgModules as ' +
    'needed. Lazy loading helps keep initial bundle sizes smaller, which in turn helps decrease load times.',
];
const ngH1 = 'High level view';
const ngP2 = [
  'There are three main steps to setting up a lazy-loaded feature module: create the feature module with the Angular CLI, using the ' +
    '<code>--route</code> flag; configure the routes for the module; and link to the routes from the application’s template.',
  'The examples on this page follow a small fleet-tracking application called Quayside. Its dashboard is needed by every user on every visit, ' +
    'but its reports area is opened by a few managers once a week, which makes the reports the obvious thing to load lazily.',
];
const ngH2 = 'Create a feature module with routing';
const ngP3 = [
  'Next, you need a feature module with a component to route to. To make one, enter the following command in the command line tool, where ' +
    '<code>reports</code> is the name of the feature module and <code>app.module</code> is the module that declares the lazy route:',
  'This creates a <code>reports</code> folder with the new lazy-loadable feature module <code>ReportsModule</code> defined in the ' +
    '<code>reports.module.ts</code> file and the routing module <code>ReportsRoutingModule</code> defined in the <code>reports-routing.module.ts</code> ' +
    'file. The command automatically declares the <code>ReportsComponent</code> and imports <code>ReportsRoutingModule</code> inside the new module.',
];
const ngNote =
  '<strong>NOTE</strong>: <br /> Because the new module is meant to be lazy-loaded, the command does not add a reference to it in the application’s ' +
  'root module file, <code>app.module.ts</code>. Instead, it adds the declared route to the routes array declared in the module provided as the ' +
  '<code>--module</code> option.';
const ngH3 = 'Imports and route configuration';
const ngP4 = [
  'The Angular CLI adds each feature module to the routes map at the application level. The lazy-loading syntax uses <code>loadChildren</code> ' +
    "followed by a function that uses the browser’s built-in <code>import('...')</code> syntax for dynamic imports. The import path is the " +
    'relative path to the module.',
  'Inside the feature module, the routing module imports <code>RouterModule.forChild(routes)</code> rather than <code>forRoot()</code>. The ' +
    'difference matters: <code>forRoot()</code> registers the router service and should be used only once, in the root module, while ' +
    '<code>forChild()</code> only adds routes.',
];
const ngList = [
  'Use <code>forRoot()</code> only in <code>AppRoutingModule</code>.',
  'Use <code>forChild()</code> in every feature routing module.',
  'Keep the path in the feature module empty, because the application-level route already supplies the <code>reports</code> segment.',
];
const ngH4 = 'Preloading';
const ngP5 = [
  'Preloading improves UX by loading parts of your application in the background. You can preload modules, standalone components or component ' +
    'data. To preload all lazy-loaded modules, import <code>PreloadAllModules</code> from the router and pass it as the ' +
    '<code>preloadingStrategy</code> option.',
  'In Quayside this trade-off worked in the reports module’s favour: the dashboard appears as quickly as before, and by the time a manager opens ' +
    'the reports area a few seconds later, its code is usually already in the browser cache.',
];
const ngBanner = 'This site is no longer updated.';
const ngBannerAction = 'Head to Angular.dev';
const ngTop = ['Features', 'Docs', 'Resources', 'Events', 'Blog'];
const ngSide = [
  'Introduction',
  'Getting started',
  'Understanding Angular',
  'Developer guides',
  'NgModules',
  'NgModules overview',
  'Feature modules',
  'Types of feature modules',
  'Singleton services',
  'Sharing NgModules',
  'Best practices',
  'Angular tools',
  'Tutorials',
  'Updates and releases',
  'Reference',
  'Documentation contributors guide',
  'Docs Versions',
];
const ngFoot: [string, string[]][] = [
  ['Resources', ['About', 'Resource listing', 'Press kit', 'Usage analytics']],
  ['Help', ['Stack Overflow', 'Join Discord', 'Gitter', 'Report Issues', 'Code of Conduct']],
  ['Community', ['Events', 'Meetups', 'Twitter', 'GitHub', 'Contribute']],
  ['Languages', ['Español', '简体中文版', '正體中文版', '日本語版', '한국어', 'Complete language list']],
];
const ngCookie = 'This site uses cookies from Google to deliver its services and to analyze traffic.';
const hl = (id: string): string =>
  `<a title="Link to this heading" class="header-link" aria-hidden="true" href="guide/lazy-loading-ngmodules#${id}"><i class="material-icons">link</i></a>`;
const ngH = (id: string, t: string): string => `<h2 id="${id}">${t}${hl(id)}</h2>`;
const ngPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ngCode = (header: string, lang: string, code: string): string => `<code-example header="${header}" language="${lang}"
class="no-box"><div><header class="ng-star-inserted">${header}</header><aio-code class="headed-code"><pre class="prettyprint lang-${lang}">
<button type="button" class="material-icons copy-button no-print" title="Copy code snippet" aria-label="Copy code snippet from ${header}">
<span aria-hidden="true">content_copy</span></button><code class="animated fadeIn"><ol class="linenums">${code
  .split('\n')
  .map((l) => `<li class="L0"><span class="pln">${l}</span></li>`)
  .join('')}</ol></code></pre></aio-code></div></code-example>`;
const ngToc = [
  ['lazy-loading-feature-modules', ngTitle],
  ['high-level-view', ngH1],
  ['create-a-feature-module-with-routing', ngH2],
  ['imports-and-route-configuration', ngH3],
  ['preloading', ngH4],
];
const ngTocList = ngToc
  .map(([id, t], i) => `<li class="${i === 0 ? 'h1' : 'h2'}" title="${t}"><a class="ng-star-inserted" href="guide/lazy-loading-ngmodules#${id}">${t}</a></li>`)
  .join('\n');
const ngHtml = `<!DOCTYPE html><html lang="en"><head>
  <meta charset="utf-8">
  <title>Angular - Lazy-loading feature modules</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="Description" content="Angular is a platform for building mobile and desktop web applications. Join the community of millions of developers.">
  <meta property="og:image" content="https://v17.angular.io/assets/images/logos/angular/shield-large.png">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="manifest" href="pwa-manifest.json">
  <meta name="theme-color" content="#1976d2">
  <meta name="apple-mobile-web-app-capable" content="yes">
  <link rel="canonical" href="https://v17.angular.io/guide/lazy-loading-ngmodules">
  <link rel="stylesheet" href="styles.7a9c1e2b4f8d1c3e.css" media="all">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-Q8PSJPKN1V"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head>
<body>
  <aio-shell ng-version="17.3.12" class="page-guide-lazy-loading-ngmodules folder-guide view-SideNav aio-notification-show">
    <div id="top-of-page"></div>
    <mat-toolbar color="primary" class="mat-toolbar app-toolbar no-print mat-primary mat-toolbar-multiple-rows">
      <mat-toolbar-row class="mat-toolbar-row notification-container">
        <aio-notification notificationid="angular-dev-launch" expirationdate="2030-01-01" class="ng-star-inserted">
          <a href="https://angular.dev" class="link"><mat-icon role="img" svgicon="insert_comment" class="mat-icon notranslate icon"
            aria-label="Announcement"></mat-icon><span class="message">${ngBanner}</span><span class="action-button">${ngBannerAction}</span></a>
          <button mat-icon-button="" class="close-button" aria-label="Close"><mat-icon role="img" svgicon="close" aria-label="Dismiss notification"
            class="mat-icon notranslate"></mat-icon></button>
        </aio-notification>
      </mat-toolbar-row>
      <mat-toolbar-row class="mat-toolbar-row">
        <button mat-button="" class="hamburger mat-button starting" title="Docs menu"><mat-icon role="img" svgicon="menu"></mat-icon></button>
        <a class="nav-link home" href="/"><img src="assets/images/logos/angular/logo-nav@2x.png" width="150" height="40" title="Home" alt="Home"></a>
        <aio-top-menu><ul role="navigation">
${ngTop.map((t) => `<li><a class="nav-link" href="${t.toLowerCase()}" title="${t}"><span class="nav-link-inner">${t}</span></a></li>`).join('\n')}
        </ul></aio-top-menu>
        <aio-search-box class="search-container"><input type="search" aria-label="search" placeholder="Search"></aio-search-box>
        <aio-theme-toggle><button mat-icon-button="" title="Switch to dark theme" aria-label="Switch to dark theme"><mat-icon>dark_mode</mat-icon></button>
        </aio-theme-toggle>
        <div class="toolbar-external-icons-container"><a href="https://twitter.com/angular" title="Twitter" aria-label="Angular on twitter"></a>
          <a href="https://github.com/angular/angular" title="GitHub" aria-label="Angular on github"></a>
          <a href="https://youtube.com/angular" title="YouTube" aria-label="Angular on youtube"></a></div>
      </mat-toolbar-row>
    </mat-toolbar>
    <mat-sidenav-container class="mat-drawer-container mat-sidenav-container sidenav-container has-floating-toc" role="main">
      <mat-sidenav mode="side" class="mat-drawer mat-sidenav sidenav mat-drawer-side mat-drawer-opened">
        <aio-nav-menu role="navigation" aria-label="Guides and docs"><div class="mat-drawer-inner-container">
${ngSide
  .map(
    (t) => `<aio-nav-item><div><a
href="guide/${t.toLowerCase().replace(/ /g, '-')}" class="vertical-menu-item"><span>${t}</span></a></div></aio-nav-item>`,
  )
  .join('\n')}
        </div></aio-nav-menu>
        <div class="doc-version"><aio-select label=""><div class="form-select-menu"><button class="form-select-button"><span>stable (v17.3.12)</span>
        </button></div></aio-select></div>
      </mat-sidenav>
      <main class="sidenav-content" id="guide-lazy-loading-ngmodules" role="main">
        <aio-mode-banner></aio-mode-banner>
        <aio-doc-viewer class="no-animations"><div class="content">
<div class="github-links">
  <a href="https://github.com/angular/angular/edit/main/aio/content/guide/lazy-loading-ngmodules.md?message=docs%3A%20describe%20your%20change..."
    aria-label="Suggest Edits" title="Suggest Edits"><i class="material-icons" aria-hidden="true" role="img">mode_edit</i></a>
</div>
<h1 id="lazy-loading-feature-modules">${ngTitle}${hl('lazy-loading-feature-modules')}</h1>
<aio-toc class="embedded"><div class="toc-inner no-print collapsed"><div class="toc-heading embedded">On this page</div>
<ul class="toc-list embedded">${ngTocList}</ul></div></aio-toc>
${ngPs(ngP1)}
${ngH('high-level-view', ngH1)}
${ngPs(ngP2)}
${ngH('create-a-feature-module-with-routing', ngH2)}
${ngPs(ngP3.slice(0, 1))}
${ngCode('Terminal', 'shell', 'ng generate module reports --route reports --module app.module')}
${ngPs(ngP3.slice(1))}
<div class="alert is-helpful">
<p>${ngNote}</p>
</div>
${ngH('imports-and-route-configuration', ngH3)}
${ngPs(ngP4.slice(0, 1))}
${ngCode(
  'AppRoutingModule (excerpt)',
  'typescript',
  `const routes: Routes = [
  {
    path: 'reports',
    loadChildren: () =&gt; import('./reports/reports.module').then(m =&gt; m.ReportsModule)
  }
];`,
)}
${ngPs(ngP4.slice(1))}
<ul>
${ngList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${ngH('preloading', ngH4)}
${ngPs(ngP5.slice(0, 1))}
${ngCode('AppRoutingModule (excerpt)', 'typescript', 'RouterModule.forRoot(\n  appRoutes,\n  { preloadingStrategy: PreloadAllModules }\n)')}
${ngPs(ngP5.slice(1))}
<div class="reviewed">Last reviewed on Mon Feb 28 2022</div>
        </div></aio-doc-viewer>
        <aio-dt><input type="checkbox" hidden></aio-dt>
      </main>
    </mat-sidenav-container>
    <div class="toc-container no-print"><aio-toc><div class="toc-inner no-print"><div class="toc-heading">On this page</div>
      <ul class="toc-list">${ngTocList}</ul>
      <button type="button" class="toc-heading secondary" title="Back to the top of this page" aria-label="Back to the top">Back to the top</button>
    </div></aio-toc></div>
    <footer class="no-print"><aio-footer><div class="grid-fluid">
${ngFoot.map(([h, items]) => `<div class="footer-block"><h3>${h}</h3><ul>\n${links(items)}\n</ul></div>`).join('\n')}
      </div>
      <p>Super-powered by Google ©2010-2024.</p>
      <p>Code licensed under an <a href="license" title="License text">MIT-style License</a>. Documentation licensed under
        <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</p>
      <p>Version 17.3.12-local+sha.8f3b2a1.</p>
    </aio-footer></footer>
    <div class="cookies-popup no-print" role="region" aria-label="Cookies consent notice">
      <h2 class="visually-hidden">Cookies concent notice</h2>
      ${ngCookie}
      <div class="actions"><a href="https://policies.google.com/technologies/cookies" target="_blank" rel="noopener">Learn more</a>
        <button mat-button="" class="mat-button ok-button">OK, got it</button></div>
    </div>
  </aio-shell>
  <script src="runtime.1f2e3d4c5b6a7980.js" type="module"></script><script src="main.9a8b7c6d5e4f3a2b.js" type="module"></script>
</body></html>`;
const angularArchived: TestPage = {
  html: ngHtml,
  name: 'heldout99-angular-archived-guide',
  kind: 'docs',
  // the NOTE alert is part of the guide (body, with its "NOTE:" label); both "On this page" lists repeat the title and
  // headings and are left out apart from their labels; the side nav item for this page (the title) is left out
  title: ngTitle,
  headings: [ngH1, ngH2, ngH3, ngH4],
  body: texts([...ngP1, ...ngP2, ...ngP3, ngNote, ...ngP4, ...ngList, ...ngP5]),
  bylines: ['Last reviewed on Mon Feb 28 2022'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    ngBanner, ngBannerAction, ...ngTop, ...ngSide, 'stable (v17.3.12)', 'On this page', 'Back to the top',
    ...ngFoot.flatMap(([h, items]) => [h, ...items]), 'Super-powered by Google ©2010-2024.',
    'Code licensed under an MIT-style License. Documentation licensed under CC BY 4.0.', 'Version 17.3.12-local+sha.8f3b2a1.',
    'Cookies concent notice', ngCookie, 'Learn more', 'OK, got it',
    ]),
  ],
};

export const HELDOUT99_B: readonly TestPage[] = [angularArchived, stripeDocs];
