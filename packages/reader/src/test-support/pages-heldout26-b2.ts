import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 26, file b2: an angular.dev guide page as prerendered (adev-root with ng-server-context="ssg", the release
 * banner, the primary nav rail with Material icon ligatures as text, the secondary nav of the guide section, the breadcrumb,
 * the docs viewer with the "Edit this page" icon link, headings with anchor links, code blocks with file headers and copy
 * buttons, HELPFUL and IMPORTANT alerts, the "On this page" table of contents with "Back to the top", the cookie popup and
 * the adev footer with its license line and the ng-state script).
 */
const agTitle = 'Cleaning up side effects';
const agIntro = [
  'Components often start work that outlives a single render: timers, listeners on the window, a connection to a WebSocket, or an ' +
    'effect that writes to local storage. When Angular destroys the component, that work has to stop, or it keeps running against ' +
    'a view that no longer exists.',
  'This guide shows the three places where Angular lets you register cleanup, and when to use each one.',
];
const agH1 = 'Registering cleanup with DestroyRef';
const agB1 = [
  'Every component, directive and service created by an injector can inject <code>DestroyRef</code>. Its <code>onDestroy</code> ' +
    'method takes a callback that Angular runs once, just before the owner is destroyed.',
  'Unlike <code>ngOnDestroy</code>, the callback is registered next to the code that needs it, so the setup and the teardown stay ' +
    'together when you move or delete them.',
];
const agHelpful =
  'HELPFUL: <code>onDestroy</code> returns a function that removes the callback again. Call it if the work finishes early and no ' +
  'longer needs cleaning up.';
const agH2 = 'Cleanup inside effects';
const agB2 = [
  'An effect can run many times. If it starts something on each run, such as a request or a timer, the previous run’s work should ' +
    'stop before the next run begins. The function you pass to <code>effect</code> receives an <code>onCleanup</code> argument for ' +
    'exactly that purpose.',
  'Angular calls the cleanup function before the effect runs again, and once more when the effect is destroyed, which happens ' +
    'automatically together with the component that created it.',
];
const agH3 = 'Stopping observables with takeUntilDestroyed';
const agB3 = [
  'For RxJS streams, the <code>@angular/core/rxjs-interop</code> package provides the <code>takeUntilDestroyed</code> operator. It ' +
    'completes the stream when the surrounding context is destroyed, so the subscription ends without an explicit ' +
    '<code>unsubscribe</code> call.',
  'If you subscribe in a template with the <code>async</code> pipe, or convert the observable with <code>toSignal</code>, Angular ' +
    'already handles the teardown and you don’t need any of the above.',
];
const agImportant =
  'IMPORTANT: Called without arguments, <code>takeUntilDestroyed</code> must run in an injection context, such as a constructor ' +
  'or a field initializer. Elsewhere, pass it a <code>DestroyRef</code> that you injected earlier.';
const agCode = (file: string, lines: string[]): string => `<div class="docs-code" role="group"><div class="docs-code-header">
<div class="docs-code-header-title">${file}</div><button type="button" aria-label="Copy example code to clipboard" title="Copy example code"
class="docs-example-copy-link"><docs-icon class="docs-icon">content_copy</docs-icon></button></div><pre class="docs-mini-scroll-track"><code>${lines
  .map((l) => `<div class="line"><span class="hljs">${l}</span></div>`)
  .join('')}</code></pre></div>`;
const agCode1 = agCode('clock.ts', [
  '@Component({selector: &#39;app-clock&#39;, template: &#39;{{ now() }}&#39;})',
  'export class Clock {',
  '  now = signal(new Date());',
  '  constructor() {',
  '    const id = setInterval(() =&gt; this.now.set(new Date()), 1000);',
  '    inject(DestroyRef).onDestroy(() =&gt; clearInterval(id));',
  '  }',
  '}',
]);
const agCode2 = agCode('draft-saver.ts', [
  'effect((onCleanup) =&gt; {',
  '  const timer = setTimeout(() =&gt; saveDraft(this.draft()), 500);',
  '  onCleanup(() =&gt; clearTimeout(timer));',
  '});',
]);
const agCode3 = agCode('price-feed.ts', ['this.prices.updates$', '  .pipe(takeUntilDestroyed())', '  .subscribe((p) =&gt; this.latest.set(p));']);
const agH = (id: string, t: string): string => `<h2 id="${id}"><a href="/guide/components/cleanup#${id}" class="docs-anchor" tabindex="-1">${t}</a></h2>`;
const agPrimary: [string, string][] = [
  ['code', 'Docs'],
  ['auto_stories', 'Tutorials'],
  ['sports_esports', 'Playground'],
  ['data_object', 'API'],
  ['terminal', 'CLI'],
];
const agSection = ['Signals', 'Components', 'Templates', 'Directives', 'Dependency Injection', 'Routing', 'Forms', 'HTTP Client', 'Testing'];
const agComponents = [
  'Anatomy of components',
  'Selectors',
  'Styling',
  'Accepting data with input properties',
  'Custom events with outputs',
  'Content projection with ng-content',
  'Host elements',
  'Lifecycle',
  'Referencing component children with queries',
  'Using DOM APIs',
  'Cleaning up side effects',
  'Programmatically rendering components',
];
const agFootCols: [string, string[]][] = [
  ['Social Media', ['Blog', 'X (formerly Twitter)', 'Bluesky', 'YouTube', 'Discord', 'GitHub', 'Stack Overflow']],
  ['Community', ['Contribute', 'Code of Conduct', 'Report Issues', 'Google’s Privacy Policy']],
  ['Resources', ['Press Kit', 'Roadmap']],
  ['Languages', ['简体中文版', '正體中文版', '日本語版', '한국어', 'Complete language list']],
];
const agLicense = 'Super-powered by Google ©2010-2025. Code licensed under an MIT-style License. Documentation licensed under CC BY 4.0.';
const agNavList = (items: string[], cls: string): string =>
  items
    .map(
      (t) =>
        `<li class="docs-faceted-list-item"><a
class="docs-secondary-nav-link${t === agTitle ? ' docs-faceted-list-item-active' : ''}" href="/guide/${cls}"><span
class="docs-faceted-list-item-text">${t}</span></a></li>`,
    )
    .join('');
const agHtml = `<!DOCTYPE html><html lang="en-US" class="docs-scroll-track-transparent-large"><head><meta charset="utf-8">
<title>${agTitle} • Angular</title><base href="/"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The web development framework for building modern apps."><meta name="theme-color" content="#ffffff">
<link rel="canonical" href="https://angular.dev/guide/components/cleanup"><style ng-app-id="ng">.docs-viewer{display:block}.docs-alert{padding:1rem}</style>
<link rel="stylesheet" href="styles-4QBUXGJP.css"></head>
<body class="docs-scroll-track-transparent-large"><adev-root ng-version="20.3.1" ngh="3" ng-server-context="ssg">
<div class="adev-top-level-banner"><a href="https://blog.angular.dev/announcing-angular-v20" class="adev-banner"><span
class="adev-banner-label">Angular v20 is here!
</span><span class="adev-banner-text">Read about the release</span></a><button type="button"
aria-label="Close banner"><docs-icon>close</docs-icon></button></div>
<button class="adev-skip" type="button">Skip to main content</button>
<div class="adev-nav"><adev-navigation><div class="adev-nav-container"><nav class="adev-nav-primary docs-scroll-hide"><a class="adev-nav-logo" href="/"
aria-label="Angular homepage"><svg width="32" height="34" viewBox="0 0 32 34" aria-hidden="true"></svg></a><ul class="adev-nav-list adev-nav-list--primary">
<li class="adev-nav-item adev-search-desktop"><button type="button" aria-label="Open search dialog"><docs-icon
class="docs-icon">search</docs-icon></button></li>
${agPrimary
  .map(
    ([i, t]) => `<li class="adev-nav-item${t === 'Docs' ? ' adev-nav-item--active' : ''}"><a href="/${t.toLowerCase()}"><docs-icon
class="docs-icon_high-contrast">${i}</docs-icon><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul><ul class="adev-nav-list adev-nav-list--secondary"><li class="adev-nav-item"><button type="button" class="adev-version-button">v20
<docs-icon>expand_more</docs-icon></button></li><li class="adev-nav-item"><button type="button" aria-label="Open theme picker"><docs-icon>light_mode</docs-icon>
</button></li></ul></nav>
<adev-secondary-navigation><div class="adev-secondary-nav"><docs-navigation-list><ul class="docs-navigation-list docs-faceted-list">
<li class="docs-faceted-list-item"><span class="docs-secondary-nav-button">In-depth Guides</span></li>${agNavList(agSection, 'section')}
</ul><ul class="docs-navigation-list docs-faceted-list docs-navigation-list-dropdown">${agNavList(agComponents, 'components/')}</ul>
</docs-navigation-list></div></adev-secondary-navigation></div></adev-navigation></div>
<div class="docs-app-main-content"><adev-docs ngh="1"><docs-breadcrumb><div class="docs-breadcrumb"><span>In-depth Guides</span><span>Components</span></div>
</docs-breadcrumb><docs-viewer class="docs-viewer docs-viewer-scroll-margin-large docs-animate-content"><div class="docs-header"><div class="docs-page-title">
<h1 tabindex="-1">${agTitle}</h1><a class="docs-github-links" target="_blank"
href="https://github.com/angular/angular/edit/main/adev/src/content/guide/components/cleanup.md"
title="Edit this page" aria-label="Edit this page"><docs-icon role="presentation">edit</docs-icon></a></div></div>
<p>${agIntro[0]}</p>
<p>${agIntro[1]}</p>
${agH('registering-cleanup-with-destroyref', agH1)}
<p>${agB1[0]}</p>
${agCode1}
<p>${agB1[1]}</p>
<div class="docs-alert docs-alert-helpful"><p>${agHelpful}</p></div>
${agH('cleanup-inside-effects', agH2)}
<p>${agB2[0]}</p>
${agCode2}
<p>${agB2[1]}</p>
${agH('stopping-observables-with-takeuntildestroyed', agH3)}
<p>${agB3[0]}</p>
${agCode3}
<div class="docs-alert docs-alert-important"><p>${agImportant}</p></div>
<p>${agB3[1]}</p>
<docs-table-of-contents><div class="docs-toc-container"><h2 class="docs-title">On this page</h2><ul class="docs-toc-list">
${[agH1, agH2, agH3]
  .map(
    (h) => `<li class="docs-toc-item docs-toc-item-h2"><a
href="/guide/components/cleanup#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`,
  )
  .join('')}
</ul><button type="button" class="docs-toc-scroll-top">Back to the top</button></div></docs-table-of-contents></docs-viewer></adev-docs>
<footer class="adev-footer"><div class="adev-footer-container"><div class="adev-footer-columns">
${agFootCols
  .map(
    ([h, items]) =>
      `<div><h2>${h}</h2><ul>${items
        .map(
          (t) => `<li><a
href="https://angular.dev/r/${encodeURIComponent(t)}">${t}</a></li>`,
        )
        .join('')}</ul></div>`,
  )
  .join('\n')}
</div><p class="docs-license">Super-powered by Google ©2010-2025. Code licensed under an <a href="/license">MIT-style License</a>. Documentation licensed under
<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</p></div></footer></div>
<div class="docs-cookies-popup docs-invert-mode"><p>This site uses cookies from Google to deliver its services and to analyze traffic.</p><div>
<a href="https://policies.google.com/technologies/cookies" target="_blank" rel="noopener">Learn more</a>
<button type="button" class="docs-primary-btn" text="Ok, Got it">Ok, Got it</button></div></div></adev-root>
<script id="ng-state" type="application/json">{"__nghData__":[{"t":{"2":"t0"}},{"c":{"0":[]}}],"docs-content":"cleanup.md.html"}</script>
<script src="main-ZK3M2A7Q.js" type="module"></script></body></html>`;
const agInBody = ['Components'];
export const angularGuide: TestPage = {
  html: agHtml,
  name: 'heldout26-angular-dev-guide',
  kind: 'docs',
  // the intro, section paragraphs and the HELPFUL and IMPORTANT alerts are body (their labels are part of the alert's
  // paragraph, as the Arch wiki's "Note:" is); the three h2s are the headings, the "On this page" list repeats them word for
  // word: in neither list; the code blocks are in no list, their file names ("clock.ts"...) and copy icons are furniture; no
  // bylines; the Material icon ligatures that render as text ("search", "auto_stories", "edit"...), the release banner, the
  // primary and secondary navs (the current item repeats the title: in neither list), the breadcrumb, "Back to the top", the
  // cookie popup and the footer are furniture; the icon "code" and the section "Components" (also the breadcrumb's) are
  // words of the body: left out
  title: agTitle,
  headings: [agH1, agH2, agH3],
  body: texts([...agIntro, agB1[0] ?? '', agB1[1] ?? '', agHelpful, ...agB2, agB3[0] ?? '', agImportant, agB3[1] ?? '']),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Angular v20 is here!', 'Read about the release', 'close', 'Skip to main content', 'search',
    ...agPrimary.flat().filter((t) => t !== 'code'), 'v20', 'expand_more', 'light_mode', 'In-depth Guides',
    ...agSection.filter((t) => !agInBody.includes(t)), ...agComponents.filter((t) => t !== agTitle && !agInBody.includes(t)), 'edit', 'clock.ts',
    'content_copy', 'draft-saver.ts', 'price-feed.ts', 'On this page', 'Back to the top', ...agFootCols.flatMap(([h, items]) => [h, ...items]), agLicense,
    'This site uses cookies from Google to deliver its services and to analyze traffic.', 'Learn more', 'Ok, Got it',
  ],
};
