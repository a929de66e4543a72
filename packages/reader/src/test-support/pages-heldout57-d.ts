import { links, type TestPage, texts } from './page-kit.js';
import { rubyClassPage } from './pages-heldout57-d2.js';

/**
 * Held-out batch 57, file d: a Kotlin docs page on kotlinlang.org (Writerside build: the virtual-toc JSON, JSON-LD and GTM in
 * the head, the noscript iframe, the site header with its nav and search, the left table of contents, breadcrumbs, the h1 with
 * "Edit page", warning and tip prompts, Gradle code tabs, a "What's next" list, "Last modified", the helpfulness poll,
 * previous / next links, the "On this page" rail, the JetBrains cookie banner and the footer).
 */
const ktTitle = 'Scoped imports';
const ktWarn =
  'Scoped imports are <a href="components-stability.html#stability-levels-explained">Experimental</a>. They may change or be removed ' +
  'in future releases, and you need to opt in to use them (see below). Use them only for evaluation, and share your feedback in ' +
  '<a href="https://youtrack.jetbrains.com/issue/KT-74190">YouTrack</a>.';
const ktIntro = [
  'Usually, an import directive at the top of a file makes a declaration available everywhere in that file. Scoped imports let ' +
    'you bring a declaration into scope for a single block of code instead. This helps when two libraries export functions with the ' +
    'same name, or when a DSL defines short names, such as <code class="code">px</code> or <code class="code">em</code>, that you want ' +
    'to use in one builder but not in the rest of the file.',
  'A scoped import is written with the <code class="code">import</code> keyword at the start of a block, before any other statement:',
];
const ktAfter =
  'Declarations imported this way are visible only inside the block, including any lambdas nested in it. Outside the block, the ' +
  'file-level imports apply as usual.';
const ktH = ['Enable scoped imports', 'Resolution rules', 'Limitations'] as const;
const ktEnable = 'To try scoped imports in your project, add the following compiler option to your build file:';
const ktIde =
  'IntelliJ IDEA 2025.3 and later highlights scoped imports correctly once the option is enabled. In earlier versions, the IDE may ' +
  'report them as syntax errors even though the code compiles.';
const ktTip =
  'You can enable the feature for a single source set by adding the option to the <code class="code">languageSettings</code> block ' +
  'of that source set instead.';
const ktRules =
  'When a name can be resolved both through a scoped import and through a file-level import, the scoped import wins. The compiler ' +
  'reports a warning in this case so that the shadowing does not go unnoticed.';
const ktRuleList = [
  'A scoped import can name a single declaration or use <code class="code">*</code> to import everything from a package.',
  'Aliases work as in file-level imports: <code class="code">import kotlin.math.sqrt as root</code>.',
  'A scoped import must come before the first statement of its block; it cannot appear in the middle.',
  'Scoped imports are not allowed in class bodies. Use them inside functions, lambdas, and property initializers.',
];
const ktLimits = [
  'In Kotlin 2.3.0, scoped imports are supported on the JVM and in Kotlin/Native. Support for Kotlin/Wasm and Kotlin/JS is planned ' + 'for a later release.',
  'Code completion does not yet suggest declarations that only a scoped import would make available, and the ' +
    '<span class="control">Optimize Imports</span> action leaves scoped imports untouched.',
];
const ktNext = ['Learn more about packages and imports.', 'Read the KEEP proposal for scoped imports.'];
const ktNav = ['Solutions', 'Docs', 'API', 'Community', 'Teach', 'Play'];
// biome-ignore format: the left table of contents, packed several to a line
const ktToc = [
  'Kotlin Docs', "What's new in Kotlin", 'Get started', 'Kotlin overview', 'Kotlin tour', 'Concepts', 'Types', 'Control flow',
  'Packages and imports', 'Scoped imports', 'Classes and objects', 'Functions', 'Null safety', 'Equality', 'Asynchronous programming',
  'Multiplatform development', 'Platforms', 'Standard library', 'Official libraries', 'API reference', 'Language reference', 'Tools',
  'Learning materials', 'Other resources',
];
const ktFoot = ['Contributing to Kotlin', 'Releases', 'Press Kit', 'Security', 'Blog', 'Issue Tracker', 'Brand assets', 'Careers'];
const ktCookie =
  'This website uses cookies and records your IP address to keep the site secure and accessible and to manage your access to it. ' +
  'You can turn off data collection and cookies in your browser settings, but parts of the site may stop working.';
const ktLegal = 'Kotlin™ is protected under the Kotlin Foundation and licensed under the Apache 2 license.';
const kw = (s: string): string => `<span class="token keyword">${s}</span>`;
const ktCode = (lang: string, lines: string[]): string =>
  `<div class="code-block" data-lang="${lang}"><pre class="code-block__wrapper"><code>${lines.join('\n')}</code></pre>` +
  '<div class="code-block__actions"><button class="code-block__copy" title="Copy to clipboard" aria-label="Copy to clipboard"></button></div></div>';
const ktExample = ktCode('kotlin', [
  `${kw('fun')} renderBadge(user: User) = html {`,
  `    ${kw('import')} com.example.css.units.*`,
  '',
  `    div(padding = <span class="token number">4</span>.px, fontSize = <span class="token number">0.8</span>.em) {`,
  '        +user.displayName',
  '    }',
  '}',
]);
const ktTabs = `<div class="tabs" data-tabs-group="build-script"><div class="tabs__head" role="tablist">
<button class="tabs__button _active" role="tab" aria-selected="true">Kotlin</button>
<button class="tabs__button" role="tab" aria-selected="false">Groovy</button>
</div><div class="tabs__content" role="tabpanel">${ktCode('kotlin', [
  'kotlin {',
  '    compilerOptions {',
  `        freeCompilerArgs.add(<span class="token string">"-Xscoped-imports"</span>)`,
  '    }',
  '}',
])}</div><div class="tabs__content" role="tabpanel" hidden>${ktCode('groovy', [
  'kotlin {',
  '    compilerOptions {',
  `        freeCompilerArgs.add(<span class="token string">'-Xscoped-imports'</span>)`,
  '    }',
  '}',
])}</div></div>`;
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const ktH2 = (h: string): string => `<h2 id="${slug(h)}" data-toc="${slug(h)}">${h}<a href="#${slug(h)}" class="anchor-link" aria-label="Permalink"></a></h2>`;
const ktTocItems = ktToc.map((t) => `<li class="toc-item${t === ktTitle ? ' toc-item--selected' : ''}"><a href="${slug(t)}.html">${t}</a></li>`).join('');
const ktHtml = `<!DOCTYPE html SYSTEM "about:legacy-compat">
<html lang="en-US" data-preset="contrast" data-primary-color="#307FFF"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta charset="UTF-8"><meta name="robots" content="all"><meta name="built-on" content="2025-11-12T10:41:07.1132874">
<title>Scoped imports | Kotlin Documentation</title>
<script type="application/json" id="virtual-toc-data">[{"id":"enable-scoped-imports","level":0,"title":"Enable scoped imports",\
"anchor":"#enable-scoped-imports"},{"id":"resolution-rules","level":0,"title":"Resolution rules","anchor":"#resolution-rules"},\
{"id":"limitations","level":0,"title":"Limitations","anchor":"#limitations"},{"id":"what-s-next","level":0,"title":"What's next",\
"anchor":"#what-s-next"}]</script>
<script type="application/json" id="topic-shortcuts"></script>
<link href="https://resources.jetbrains.com/writerside/apidoc/6.22.0-b776/app.css" rel="stylesheet">
<link rel="icon" type="image/svg" sizes="16x16" href="images/kotlin-logo.svg">
<meta name="image" content="https://kotlinlang.org/assets/images/open-graph/docs.png">
<!-- Open Graph -->
<meta property="og:title" content="Scoped imports | Kotlin">
<meta property="og:description" content="">
<meta property="og:site_name" content="Kotlin Help">
<meta property="og:type" content="website">
<meta property="og:url" content="https://kotlinlang.org/docs/scoped-imports.html">
<!-- End Open Graph -->
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@kotlin">
<link rel="canonical" href="https://kotlinlang.org/docs/scoped-imports.html">
<!-- JSON-LD -->
<script type="application/ld+json">{
    "@context": "http://schema.org",
    "@type": "WebPage",
    "@id": "https://kotlinlang.org/docs/scoped-imports.html#webpage",
    "url": "https://kotlinlang.org/docs/scoped-imports.html",
    "name": "Scoped imports | Kotlin",
    "description": "",
    "inLanguage":"en-US"
}</script>
<!-- End JSON-LD -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-5P98');</script>
</head>
<body data-id="scoped-imports.md" data-main-title="Scoped imports" data-article-props="{&quot;seeAlsoStyle&quot;:&quot;links&quot;}" \
data-template="article" data-breadcrumbs="Concepts///Packages and imports">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5P98" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div class="wrapper">
<div id="ktl-header" data-version="2.2.21"><header class="ktl-header" role="banner"><a href="/" class="ktl-header__logo" aria-label="Kotlin">Kotlin</a>
<span class="ktl-header__version">v2.2.21</span><nav class="ktl-header__nav" aria-label="Main"><ul>${links(ktNav, 'ktl-header__nav-item')}</ul></nav>
<button class="ktl-header__search" type="button" aria-label="Search">Search</button></header></div>
<main class="panel _main">
<div class="panel__content">
<div class="container">
<div class="sidebar" id="sidebar" role="navigation" aria-label="Table of contents" data-toc-state="expanded"><div class="toc">
<ul class="toc__list">${ktTocItems}</ul>
</div></div>
<section class="panel__content">
<div class="content">
<nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="concepts.html" class="breadcrumbs__item">Concepts</a>
<a href="packages.html" class="breadcrumbs__item">Packages and imports</a></nav>
<article class="article" data-shortcut-switcher="inactive">
<h1 data-toc="scoped-imports" id="scoped-imports.md">${ktTitle}</h1>
<div class="article__actions"><a href="https://github.com/JetBrains/kotlin-web-site/edit/master/docs/topics/scoped-imports.md" \
class="edit-on-github" target="_blank">Edit page</a></div>
<aside class="prompt" data-type="warning" data-title=""><p>${ktWarn}</p></aside>
${ktIntro.map((p) => `<p>${p}</p>`).join('\n')}
${ktExample}
<p>${ktAfter}</p>
<section class="chapter">${ktH2(ktH[0])}
<p>${ktEnable}</p>
${ktTabs}
<p>${ktIde}</p>
<aside class="prompt" data-type="tip" data-title=""><p>${ktTip}</p></aside>
</section>
<section class="chapter">${ktH2(ktH[1])}
<p>${ktRules}</p>
<ul class="list _bullet">${ktRuleList.map((l) => `<li class="list__item"><p>${l}</p></li>`).join('\n')}</ul>
</section>
<section class="chapter">${ktH2(ktH[2])}
${ktLimits.map((p) => `<p>${p}</p>`).join('\n')}
</section>
<section class="chapter">${ktH2("What's next")}
<ul class="list _bullet"><li class="list__item"><p>Learn more about <a href="packages.html">packages and imports</a>.</p></li>
<li class="list__item"><p>Read the <a href="https://github.com/Kotlin/KEEP/blob/master/proposals/scoped-imports.md">KEEP proposal for \
scoped imports</a>.</p></li></ul>
</section>
<div class="last-modified">Last modified: 12 November 2025</div>
<div data-feedback-placeholder="true"><div class="feedback"><span class="feedback__title">Was this page helpful?</span>
<button class="feedback__button" data-value="yes">Yes</button><button class="feedback__button" data-value="no">No</button>
<span class="feedback__thanks" hidden>Thanks for your feedback!</span></div></div>
<div class="navigation-links _bottom"><a href="packages.html" class="navigation-links__prev">Packages and imports</a>
<a href="classes.html" class="navigation-links__next">Classes</a></div>
</article>
</div>
<div class="toc-on-this-page"><div class="toc-on-this-page__title">On this page</div>
<ul>${[...ktH, "What's next"].map((h) => `<li><a href="#${slug(h)}">${h}</a></li>`).join('')}</ul></div>
</section>
</div>
</div>
</main>
<div class="jb-cookie-banner" role="dialog" aria-live="polite" aria-label="Cookie consent">
<p>${ktCookie} <a href="https://www.jetbrains.com/legal/docs/privacy/privacy/">\
Learn more</a></p><button class="jb-cookie-banner__accept">Accept All</button><button class="jb-cookie-banner__settings">Manage Settings</button></div>
<footer class="ktl-footer"><ul class="ktl-footer__links">${links(ktFoot)}</ul>
<p class="ktl-footer__legal">${ktLegal}</p><p class="ktl-footer__jb">Supported and developed by <a href="https://www.jetbrains.com">JetBrains</a></p></footer>
</div>
<script src="https://resources.jetbrains.com/writerside/apidoc/6.22.0-b776/app.js"></script>
</body></html>`;
const kotlinDocs: TestPage = {
  html: ktHtml,
  name: 'heldout57-kotlin-docs',
  kind: 'docs',
  // the h1 is the title, the three h2 chapters the headings; the warning and tip prompts are callouts of the docs: body (they
  // have no label word on this site); every paragraph and the rules list are body; the two code examples with their Kotlin /
  // Groovy tabs are in neither; "What's next" is the page's see-also list: furniture with its heading; "Last modified" is the
  // dateline; header, version, left table of contents, breadcrumbs, "Edit page", the helpfulness poll, previous / next links,
  // "On this page" (it repeats the headings: those entries in neither list), cookie banner and footer are furniture, less the
  // entries that are words of the body or title ("Scoped imports", "Functions", "Releases")
  title: ktTitle,
  headings: [...ktH],
  body: texts([ktWarn, ...ktIntro, ktAfter, ktEnable, ktIde, ktTip, ktRules, ...ktRuleList, ...ktLimits]),
  bylines: ['Last modified: 12 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'v2.2.21', ...ktNav, 'Search', ...ktToc.filter((t) => ![ktTitle, 'Functions'].includes(t)), 'Edit page', "What's next", ...ktNext,
    'Was this page helpful?', 'Yes', 'No', 'Thanks for your feedback!', 'Classes', 'On this page', ktCookie, 'Learn more', 'Accept All',
    'Manage Settings', ...ktFoot.filter((t) => t !== 'Releases'), ktLegal, 'Supported and developed by JetBrains',
  ],
};

export const HELDOUT57_D: readonly TestPage[] = [kotlinDocs, rubyClassPage];
