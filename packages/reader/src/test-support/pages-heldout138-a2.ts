import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 138, file a2: an Angular guide on angular.dev as the prerendered app saves it (the dismissible top-level
 * banner, the icon rail with material-symbol ligature texts, the secondary navigation tree, the docs header with its "edit"
 * link, docs-code blocks with file names and copy buttons, TIP and IMPORTANT alerts, a table, the "Next steps" pill row,
 * "On this page" with "Back to the top", the footer columns and licence line, and the Google cookie popup).
 */
const ngTitle = 'Lazy-loading feature routes';
const ngP1 = [
  'As an application grows, shipping the code for every route in the initial bundle makes the first page load slower than it ' +
    'needs to be. The Angular router can instead fetch the code for a route only when a user navigates to it. This guide shows ' +
    'how to split a feature area out of the main bundle and load it on demand.',
];
const ngH1 = 'Lazy-loading a standalone component';
const ngP2 = [
  'The simplest case is a single route whose component is only needed on one page. Replace the <code>component</code> property ' +
    'with <code>loadComponent</code> and return a dynamic import:',
];
const ngP3 = [
  'When the build runs, the compiler sees the dynamic import and places <code>ReportsComponent</code>, along with anything only ' +
    'it depends on, into a separate chunk. The router requests that chunk the first time a user visits <code>/reports</code> and ' +
    'reuses it after that.',
  'TIP: If the file has a default export, you can drop the <code>.then()</code> call and return the import directly. The router ' +
    'unwraps default exports for you.',
];
const ngH2 = 'Lazy-loading a group of child routes';
const ngP4 = [
  'Feature areas usually have more than one page. Put the child routes in their own file and point the parent route at it with ' + '<code>loadChildren</code>:',
];
const ngP5 = [
  'Everything referenced from <code>admin.routes.ts</code> is now bundled together. Guards declared on the parent route still run ' +
    'before the chunk is fetched, so a user who is not allowed into the admin area never downloads its code.',
];
const ngH3 = 'Preloading lazy routes';
const ngP6 = [
  'Loading on demand saves bandwidth but adds a short delay the first time a user opens a feature. A preloading strategy fetches ' +
    'lazy chunks in the background once the initial navigation has finished.',
];
const ngP7 = [
  '<code>PreloadAllModules</code> suits small applications. For larger ones, consider writing a custom strategy that only ' +
    'preloads routes marked with a <code>data</code> flag, or the routes a user is most likely to visit next. The table below ' +
    'compares the three approaches.',
];
const ngTable = [
  ['No preloading', 'On the first navigation to the route', 'Rarely visited admin or settings pages'],
  ['<code>PreloadAllModules</code>', 'Right after the application becomes stable', 'Small applications with a handful of features'],
  ['A custom strategy', 'Whenever your strategy decides', 'Large applications with predictable user journeys'],
];
const ngP8 = [
  'IMPORTANT: Preloading does not bypass <code>canMatch</code> guards. A route whose <code>canMatch</code> guard returns ' +
    '<code>false</code> is never preloaded, which keeps restricted code off the wire.',
];
const ngH4 = 'Next steps';
const ngPills = ['Route guards', 'Deferred loading with @defer', 'Reducing bundle size'];
const ngBanner = 'Angular Accelerate is live on December 4. Save your seat';
const ngRail = ['Docs', 'Tutorials', 'Playground', 'Reference'];
const ngRailIcons = ['auto_stories', 'chat', 'code', 'description', 'search', 'light_mode', 'dark_mode'];
const ngIntro = ['What is Angular?', 'Installation', 'Start coding! 🚀'];
const ngGuides = ['Signals', 'Components', 'Templates', 'Directives', 'Dependency Injection'];
const ngRouting = ['Overview', 'Define routes', 'Show routes with outlets', 'Navigate to routes', 'Read route state', 'Redirecting routes'];
const ngRouting2 = ['Control route access with guards', 'Data resolvers', 'Lifecycle and events', 'Testing routing and navigation', 'Router reference'];
const ngAfter = ['Forms', 'HTTP Client', 'Server-side & hybrid-rendering', 'Testing', 'Internationalization', 'Animations'];
const ngFootCols: [string, string[]][] = [
  ['Social Media', ['Blog', 'X (formerly Twitter)', 'Bluesky', 'YouTube', 'Discord', 'GitHub', 'Stack Overflow']],
  ['Community', ['Contribute', 'Code of Conduct', 'Report Issues', "Google's DevLibrary", 'Angular Google Developer Experts']],
  ['Resources', ['Press Kit', 'Roadmap']],
  ['Languages', ['简体中文版', '正體中文版', '日本語版', '한국어']],
];
const ngCookie = 'This site uses cookies from Google to deliver its services and to analyze traffic.';
const ngA = (t: string): string => `<a href="/guide/routing/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="docs-faceted-list-item-link"
routerlinkactive="docs-faceted-list-item-active"><span class="docs-faceted-list-item-text">${t}</span></a>`;
const ngList = (items: readonly string[]): string => items.map((t) => `<li class="docs-faceted-list-item">${ngA(t)}</li>`).join('\n');
const ngGroup = (t: string, inner: string): string => `<li class="docs-faceted-list-item"><button type="button" class="docs-secondary-nav-button"
aria-expanded="${inner === '' ? 'false' : 'true'}"><span>${t}</span><docs-icon role="presentation">chevron_right</docs-icon></button>${
  inner === '' ? '' : `<ul class="docs-navigation-list docs-faceted-list">${inner}</ul>`
}</li>`;
const ngH = (t: string): string => {
  const id = t.toLowerCase().replace(/[^a-z]+/g, '-');
  return `<h2 id="${id}"><a href="/guide/routing/lazy-loading#${id}" class="docs-anchor" tabindex="-1" aria-label="Link to ${t}">${t}</a></h2>`;
};
const ngCode = (file: string, code: string): string => `<div class="docs-code" role="group"><div class="docs-code-header"><span>${file}</span></div>
<button docs-copy-source-code="" type="button" aria-label="Copy example code to clipboard" title="Copy example code" class="docs-copy-source-code-button">
<docs-icon role="presentation">content_copy</docs-icon><docs-icon role="presentation">check</docs-icon></button>
<pre class="docs-mini-scroll-track"><code>${code}</code></pre></div>`;
const ngAlert = (kind: string, p: string): string => `<div class="docs-alert docs-alert-${kind}"><p>${p}</p></div>`;
const ngHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Lazy-loading feature routes • Angular</title>
<base href="/"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" type="image/x-icon" href="favicon.ico">
<meta name="description" content="Load the code for a feature area only when a user navigates to it, and preload it in the background.">
<meta property="og:title" content="Lazy-loading feature routes • Angular"><meta property="og:image" content="https://angular.dev/assets/images/ng-image.jpg">
<meta name="theme-color" content="#ffffff"><link rel="canonical" href="https://angular.dev/guide/routing/lazy-loading">
<link rel="stylesheet" href="styles-7QHQ2LRM.css" media="print" onload="this.media='all'">
<style ng-app-id="ng">.docs-viewer{display:flex;flex-direction:column}.docs-alert{border-inline-start:3px solid}</style></head>
<body class="docs-light-mode"><!--nghm--><script>const theme = localStorage.getItem('angular-dev-theme-preference'); if (theme === 'dark')
{ document.body.classList.add('docs-dark-mode'); }</script>
<app-root ng-version="20.3.4" ngh="7" ng-server-context="ssg"><docs-top-level-banner ngh="0"><a href="https://blog.angular.dev/accelerate"
class="docs-top-level-banner"><h1 tabindex="-1" class="docs-top-level-banner-cta background">${ngBanner}</h1>
<h1 tabindex="-1" class="docs-top-level-banner-cta">${ngBanner}</h1></a>
<button type="button" class="docs-top-level-banner-close" aria-label="Close"><docs-icon role="presentation">close</docs-icon></button></docs-top-level-banner>
<adev-progress-bar ngh="0"><div class="progress-bar" role="progressbar"></div></adev-progress-bar>
<div class="adev-nav"><navigation ngh="2"><nav class="adev-nav-primary docs-scroll-hide"><div class="adev-nav-primary__top">
<a aria-label="Angular homepage" routerlink="/" href="/"><svg height="34" viewBox="0 0 223 236" width="32"><path d="m222.077 39.192-8.019"></path></svg></a>
<ul class="adev-nav__top">
${ngRail
  .map(
    (t, i) => `<li class="adev-nav-item"><a href="/${t.toLowerCase()}"><docs-icon role="presentation">${ngRailIcons[i]}</docs-icon>
<span class="adev-nav-item__label">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div><ul class="adev-nav__bottom"><li class="adev-nav-item"><button type="button" aria-label="Open search dialog">
<docs-icon role="presentation">search</docs-icon><span class="adev-nav-item__label">Search</span><span class="adev-search-shortcut">⌘ K</span></button></li>
<li class="adev-nav-item"><button type="button" aria-label="Open theme picker"><docs-icon role="presentation">light_mode</docs-icon></button>
<ul class="adev-mini-menu" hidden><li><button type="button"><docs-icon role="presentation">dark_mode</docs-icon><span>Dark</span></button></li>
<li><button type="button"><docs-icon role="presentation">light_mode</docs-icon><span>Light</span></button></li>
<li><button type="button"><span>System</span></button></li></ul></li>
<li class="adev-nav-item adev-version-picker"><button type="button" aria-label="Select Angular version">v20</button></li>
<li class="adev-nav-item"><a href="https://github.com/angular/angular" aria-label="Angular on GitHub" title="GitHub">
<svg height="20" width="20"><path d="M12 0c-6.626 0-12 5.373-12 12"></path></svg></a></li></ul></nav>
<adev-secondary-navigation ngh="3"><div class="adev-secondary-nav"><docs-navigation-list ngh="1"><ul class="docs-navigation-list docs-faceted-list">
${ngGroup('Introduction', ngList(ngIntro))}
${ngGroup('Essentials', '')}
${ngGroup(
  'In-depth Guides',
  `${ngGuides.map((t) => ngGroup(t, '')).join('\n')}
${ngGroup(
  'Routing',
  `${ngList(ngRouting)}\n<li class="docs-faceted-list-item"><a href="/guide/routing/lazy-loading" aria-current="page"
class="docs-faceted-list-item-link docs-faceted-list-item-active"><span class="docs-faceted-list-item-text">${ngTitle}</span></a></li>\n${ngList(ngRouting2)}`,
)}
${ngAfter.map((t) => ngGroup(t, '')).join('\n')}`,
)}
</ul></docs-navigation-list></div></adev-secondary-navigation></navigation></div>
<div class="adev-main-content"><router-outlet></router-outlet><adev-docs ngh="4"><docs-viewer class="docs-viewer docs-viewer-scroll-margin-large
docs-animate-content"
ngh="5"><div class="docs-header"><div class="docs-page-title"><h1 tabindex="-1">${ngTitle}</h1><a class="docs-github-links" target="_blank"
href="https://github.com/angular/angular/edit/main/adev/src/content/guide/routing/lazy-loading.md" title="Edit this page" aria-label="Edit this page">
<docs-icon role="presentation">edit</docs-icon></a></div></div>
${ps(ngP1, ' class="docs-paragraph"')}
${ngH(ngH1)}
${ps(ngP2)}
${ngCode(
  'app.routes.ts',
  `export const routes: Routes = [
  {
    path: 'reports',
    loadComponent: () =&gt; import('./reports/reports.component').then((m) =&gt; m.ReportsComponent),
  },
];`,
)}
${ps(ngP3.slice(0, 1))}
${ngAlert('tip', ngP3[1]!)}
${ngH(ngH2)}
${ps(ngP4)}
${ngCode(
  'admin/admin.routes.ts',
  "export const ADMIN_ROUTES: Routes = [\n  {path: '', component: AdminHomeComponent},\n  {path: 'users', component: UsersComponent},\n];",
)}
${ngCode(
  'app.routes.ts',
  "{\n  path: 'admin',\n  canMatch: [adminGuard],\n  loadChildren: () =&gt; import('./admin/admin.routes').then((m) =&gt; m.ADMIN_ROUTES),\n}",
)}
${ps(ngP5)}
${ngH(ngH3)}
${ps(ngP6)}
${ngCode('app.config.ts', 'export const appConfig: ApplicationConfig = {\n  providers: [provideRouter(routes, withPreloading(PreloadAllModules))],\n};')}
${ps(ngP7)}
<div class="docs-table"><table><thead><tr><th>Approach</th><th>When the chunk is fetched</th><th>Good fit for</th></tr></thead><tbody>
${ngTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></div>
${ngAlert('important', ngP8[0]!)}
${ngH(ngH4)}
<docs-pill-row class="docs-pill-row">${ngPills.map((t) => `<a class="docs-pill" href="/guide/${t.length}">${t}</a>`).join('')}</docs-pill-row>
</docs-viewer><docs-table-of-contents ngh="6"><div class="docs-toc-container"><h2 class="docs-title">On this page</h2><ul class="docs-toc-list">
${[ngH1, ngH2, ngH3, ngH4].map((t) => `<li class="docs-toc-item docs-toc-item-h2"><a href="/guide/routing/lazy-loading#x">${t}</a></li>`).join('\n')}
</ul><button type="button" class="docs-toc-scroll-top-button"><docs-icon role="presentation">arrow_upward_alt</docs-icon>Back to the top</button>
</div></docs-table-of-contents></adev-docs>
<footer adev-footer="" ngh="0"><div class="adev-footer-container"><div class="adev-footer-columns">
${ngFootCols.map(([h, ls]) => `<div><h2>${h}</h2><ul>${ls.map((t) => `<li><a href="https://angular.dev/x">${t}</a></li>`).join('')}</ul></div>`).join('\n')}
</div><p class="docs-license">Super-powered by Google ©2010-2025.</p><p class="docs-license">Code licensed under an <a href="/license">MIT-style License</a>.
Documentation licensed under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</p></div></footer></div>
<adev-cookie-popup ngh="0"><div class="docs-cookies-popup docs-invert-mode"><p>${ngCookie}</p><div>
<a href="https://policies.google.com/technologies/cookies" target="_blank" rel="noopener"><button class="docs-primary-btn" type="button"
aria-label="Learn more about cookies">Learn more</button></a><button type="button" class="docs-primary-btn" aria-label="Ok, Got it">Ok, Got it</button>
</div></div></adev-cookie-popup></app-root>
<script id="ng-state" type="application/json">{"__nghData__":[{"t":{"2":"t0"}},{"c":{"0":[]}}]}</script>
<script src="polyfills-B6TNHZQ6.js" type="module"></script><script src="main-K3RZ2FQ5.js" type="module"></script></body></html>`;
export const angularGuide: TestPage = {
  html: ngHtml,
  name: 'heldout138-angular-guide-docs',
  kind: 'docs',
  // TIP and IMPORTANT alerts are body with their labels; table data cells are body; the "Next steps" pills are links the guide
  // itself lists, so body; code blocks and their file names are in neither list; material-symbol ligatures are furniture
  title: ngTitle,
  headings: [ngH1, ngH2, ngH3, ngH4],
  body: texts([...ngP1, ...ngP2, ...ngP3, ...ngP4, ...ngP5, ...ngP6, ...ngP7, ...ngTable.flat(), ...ngP8, ...ngPills]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ngBanner, 'close', ...ngRail, ...ngRailIcons, 'Search', '⌘ K', 'Dark', 'Light', 'System', 'v20', 'chevron_right', 'Introduction', ...ngIntro,
    'Essentials', 'In-depth Guides', ...ngGuides, 'Routing', ...ngRouting, ...ngRouting2, ...ngAfter, 'edit', 'content_copy', 'check',
    'On this page', 'arrow_upward_alt', 'Back to the top', ...ngFootCols.flatMap(([h, ls]) => [h, ...ls]), 'Super-powered by Google ©2010-2025.',
    'Code licensed under an MIT-style License.', 'Documentation licensed under CC BY 4.0.', ngCookie, 'Learn more', 'Ok, Got it',
  ],
};
