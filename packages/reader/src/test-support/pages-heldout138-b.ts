import { type TestPage, texts } from './page-kit.js';
import { goPackage } from './pages-heldout138-b2.js';

/**
 * Held-out batch 138, file b: a Svelte documentation page on svelte.dev as SvelteKit prerenders it (the site-kit banner,
 * skip link, the primary nav with the search button and its shortcut keys, the docs sidebar with every section open, the
 * collapsible "On this page", code blocks with file names, TS toggles and copy buttons, a NOTE blockquote, "Edit this page on
 * GitHub" and llms.txt, and the previous/next controls) and, from file b2, a Go package page on pkg.go.dev.
 */
const svTitle = 'Context';
const svP1 = [
  'Most state in a Svelte app travels down the component tree as props. That works well until a value is needed by a component ' +
    'several levels below the one that owns it, and every component in between has to accept and pass on a prop it never uses. ' +
    'Context lets a parent make a value available to all of its descendants without threading it through each layer.',
  'A component sets a value with <code>setContext</code>, giving it a key:',
];
const svP2 = ['Any component rendered inside it, however deeply nested, can then read the value back with the same key:'];
const svP3 = [
  'The key can be any value. Strings are easy to read, but two unrelated libraries could pick the same one, so many authors use ' +
    'a <code>Symbol</code> or an object kept private to the module that defines it.',
  '<code>setContext</code> and <code>getContext</code> must be called while the component is being initialised, at the top level ' +
    'of its script block. Calling them later, for example inside an event handler or after an <code>await</code>, ' +
    'throws an error.',
];
const svH1 = 'Using context with state';
const svP4 = [
  'Context values are not reactive on their own. If you store a plain object and later replace it, components that already read ' +
    'it keep the old one. To share something that changes, store a <code>$state</code> object and change its properties instead ' +
    'of reassigning it:',
];
const svP5 = ['Because every descendant holds a reference to the same proxy, a change made in one place is seen everywhere the object is read.'];
const svNote =
  'Reassigning the variable you passed to <code>setContext</code> breaks the link. Update properties of the object instead, or ' +
  'pass a getter function and call it where you need the current value.';
const svH2 = 'Type-safe context';
const svP6 = ['Wrapping the two calls in a pair of small helpers keeps the key in one place and gives both sides a type:'];
const svP7 = [
  'Recent versions of Svelte also export <code>createContext</code>, which returns such a pair for you, so you no longer need to ' + 'choose a key at all.',
];
const svH3 = 'Replacing global state';
const svP8 = [
  'It can be tempting to put shared state in a module and import it wherever it is needed. In the browser this is usually fine. ' +
    'On the server, though, a module is loaded once and shared between every request, so data belonging to one user can leak ' +
    'into the page rendered for another. Context is created per component tree, which makes it the safer home for anything tied ' +
    'to a request or a session.',
  'A module-level value is still a reasonable choice when:',
];
const svList = [
  'the data is the same for every user, such as a list of countries or a colour palette;',
  'the code only ever runs in the browser;',
  'you need to read the value outside of any component, for example in a plain utility function.',
];
const svP9 = ['Otherwise, prefer context.'];
const svBanner = 'Svelte Summit Autumn 2025 talks are now online. Watch the recordings';
const svNav = ['Docs', 'Tutorial', 'Packages', 'Playground', 'Blog'];
const svSide: [string, string[]][] = [
  ['Introduction', ['Overview', 'Getting started', '.svelte files', '.svelte.js and .svelte.ts files']],
  ['Runes', ['What are runes?', '$state', '$derived', '$effect', '$props', '$bindable', '$inspect', '$host']],
  ['Template syntax', ['Basic markup', '{#if ...}', '{#each ...}', '{#key ...}', '{#await ...}', '{#snippet ...}', '{@render ...}', '{@html ...}']],
  ['Styling', ['Scoped styles', 'Global styles', 'Custom properties', 'Nested <style> elements']],
  ['Special elements', ['<svelte:boundary>', '<svelte:window>', '<svelte:document>', '<svelte:head>', '<svelte:options>']],
  ['Runtime', ['Stores', '@@', 'Lifecycle hooks', 'Imperative component API']],
  ['Misc', ['Testing', 'TypeScript', 'Custom elements', 'Svelte 5 migration guide', 'Frequently asked questions']],
  ['Reference', ['svelte', 'svelte/action', 'svelte/animate', 'svelte/attachments', 'svelte/compiler', 'svelte/easing', 'svelte/events']],
  ['Legacy APIs', ['Legacy overview']],
];
const svPackages = ['Svelte', 'SvelteKit', 'CLI'];
const svSlug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const svEsc = (t: string): string => t.replace(/</g, '&lt;').replace(/>/g, '&gt;');
const svSidebar = svSide
  .map(
    ([h, items]) =>
      `<li><h3>${h}</h3><ul>${items
        .map((t) =>
          t === '@@'
            ? `<li><a href="/docs/svelte/context" aria-current="page">${svTitle}</a></li>`
            : `<li><a href="/docs/svelte/${svSlug(t)}">${svEsc(t)}</a></li>`,
        )
        .join('')}</ul></li>`,
  )
  .join('\n');
const svCode = (file: string, code: string, ts = true): string => `<div class="code-block"><div class="controls"><span class="filename">${file}</span>
${ts ? '<input class="ts-toggle" checked title="Toggle language" type="checkbox">' : ''}<button class="copy-to-clipboard raised" title="Copy to clipboard"
aria-label="Copy to clipboard"></button></div><pre class="shiki css-variables" style="background-color:var(--shiki-background)"
tabindex="0"><code>${code}</code></pre></div>`;
const svH = (t: string): string => `<h2 id="${t.replace(/ /g, '-')}"><a href="#${t.replace(/ /g, '-')}" class="permalink" aria-label="permalink"></a>${t}</h2>`;
const svHtml = `<!doctype html>
<html lang="en" class="theme-default typo-default"><head><meta charset="utf-8"><link rel="icon" href="../../favicon.png">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="theme-color" content="#ff3e00"><link rel="manifest" href="../../manifest.json">
<link rel="alternate" type="application/rss+xml" title="Svelte blog" href="https://svelte.dev/blog/rss.xml">
<link href="../../_app/immutable/assets/0.C8dQ1k3v.css" rel="stylesheet"><link href="../../_app/immutable/assets/DocsContents.BqXz7n2e.css" rel="stylesheet">
<link rel="modulepreload" href="../../_app/immutable/entry/start.D9k2mFq1.js"><link rel="modulepreload" href="../../_app/immutable/chunks/Cx1ZpL0a.js">
<title>Context • Svelte Docs</title><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@sveltejs">
<meta name="description" content="Sharing values with deeply nested components without passing props"><meta property="og:type" content="website">
<meta property="og:title" content="Context • Svelte Docs"><meta property="og:image" content="https://svelte.dev/docs/svelte/context/card.png">
<script>{const s=localStorage.getItem('sv:theme');document.documentElement.classList.add(s==='dark'?'dark':'light')}</script></head>
<body data-sveltekit-preload-code="hover"><div style="display: contents"><!--[--><!--[--><!----><!--[--><!---->
<div class="banner svelte-1x2bd8q" style="--banner-bottom-height: 0px"><a href="/blog/svelte-summit-autumn-2025" class="svelte-1x2bd8q">
<span class="small svelte-1x2bd8q">Summit talks online</span><span class="large svelte-1x2bd8q">${svBanner}</span></a>
<button aria-label="Dismiss" class="svelte-1x2bd8q"></button></div><!--]--><a href="#main" class="skip-to-content svelte-7rkqzy">Skip to main content</a>
<nav class="nav svelte-7rkqzy" aria-label="Primary"><a class="home-link svelte-7rkqzy" href="/" title="Homepage" aria-label="Svelte"></a>
<div class="desktop svelte-7rkqzy"><div class="menu svelte-7rkqzy"><!--[-->
${svNav.map((t) => `<a href="/${t.toLowerCase()}"${t === 'Docs' ? ' aria-current="page"' : ''} class="svelte-7rkqzy">${t}</a>`).join('')}<!--]--></div>
<div class="menu svelte-7rkqzy"><button class="search svelte-1vgxmqu" type="button"><span class="icon svelte-1vgxmqu"></span>
<span class="desktop svelte-1vgxmqu">Search</span><span class="shortcut svelte-1vgxmqu"><kbd>⌘</kbd> <kbd>K</kbd></span></button>
<div class="external-links svelte-7rkqzy"><a href="/chat" data-icon="discord" aria-label="Discord Chat" class="svelte-7rkqzy"></a>
<a href="https://bsky.app/profile/svelte.dev" data-icon="bluesky" aria-label="Svelte on Bluesky" class="svelte-7rkqzy"></a>
<a href="https://github.com/sveltejs/svelte" data-icon="github" aria-label="GitHub Repo" class="svelte-7rkqzy"></a></div>
<button class="raised theme-toggle svelte-1iw1xuq" aria-pressed="false" aria-label="Toggle dark mode"></button></div></div></nav>
<main id="main" class="svelte-7rkqzy"><!--[--><div class="container svelte-12m8k2o"><div class="page content svelte-12m8k2o">
<aside class="sidebar-container svelte-12m8k2o"><div class="sidebar svelte-1a2ir5f"><nav aria-label="Docs" class="svelte-1a2ir5f">
<div class="package-switcher svelte-1a2ir5f">${svPackages.map((p) => `<a href="/docs/${p.toLowerCase()}">${p}</a>`).join('')}</div>
<ul class="sidebar svelte-1a2ir5f">${svSidebar}</ul></nav></div></aside>
<div class="text content svelte-12m8k2o" id="docs-content"><h1 class="svelte-12m8k2o">${svTitle}</h1>
<details class="on-this-page svelte-g8v9s0"><summary class="svelte-g8v9s0"><span class="h2 svelte-g8v9s0">On this page</span></summary><nav
class="svelte-g8v9s0">
<a href="/docs/svelte/context" class="svelte-g8v9s0">${svTitle}</a>${[svH1, svH2, svH3].map((t) => `<a href="#${t.replace(/ /g, '-')}">${t}</a>`).join('')}
</nav></details><div class="text body svelte-2w6nyv">
${svP1.map((p) => `<p>${p}</p>`).join('\n')}
${svCode(
  'Parent.svelte',
  `<span class="line"><span style="color:var(--shiki-token-punctuation)">&lt;</span>script <span>lang</span>=<span>"ts"</span>&gt;</span>
<span class="line">	import { setContext } from 'svelte';</span>
<span class="line">	setContext('palette', { accent: 'tomato' });</span>
<span class="line">&lt;/script&gt;</span>`,
)}
${svP2.map((p) => `<p>${p}</p>`).join('\n')}
${svCode('Swatch.svelte', "&lt;script lang=\"ts\"&gt;\n\timport { getContext } from 'svelte';\n\tconst palette = getContext('palette');\n&lt;/script&gt;")}
${svP3.map((p) => `<p>${p}</p>`).join('\n')}
${svH(svH1)}
${svP4.map((p) => `<p>${p}</p>`).join('\n')}
${svCode('Basket.svelte', "&lt;script&gt;\n\tlet basket = $state({ items: [] });\n\tsetContext('basket', basket);\n&lt;/script&gt;", false)}
${svP5.map((p) => `<p>${p}</p>`).join('\n')}
<blockquote class="note"><p>${svNote}</p></blockquote>
${svH(svH2)}
${svP6.map((p) => `<p>${p}</p>`).join('\n')}
${svCode(
  'context.ts',
  'const key = {};\n\nexport function setBasket(basket: Basket) {\n\tsetContext(key, basket);\n}\n\n' +
    'export function getBasket() {\n\treturn getContext(key) as Basket;\n}',
)}
${svP7.map((p) => `<p>${p}</p>`).join('\n')}
${svH(svH3)}
${svP8.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${svList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${svP9.map((p) => `<p>${p}</p>`).join('\n')}
</div><p class="edit svelte-12m8k2o"><a href="https://github.com/sveltejs/svelte/edit/main/documentation/docs/06-runtime/02-context.md">Edit this page on
GitHub</a>
<a href="/docs/svelte/context/llms.txt">llms.txt</a></p>
<div class="controls svelte-1p8a1ux"><div class="svelte-1p8a1ux"><span class="svelte-1p8a1ux">previous</span>
<a href="/docs/svelte/stores" class="svelte-1p8a1ux">Stores</a></div><div class="svelte-1p8a1ux"><span class="svelte-1p8a1ux">next</span>
<a href="/docs/svelte/lifecycle-hooks" class="svelte-1p8a1ux">Lifecycle hooks</a></div></div></div></div></div><!--]--></main><!--]--><!--]--></div>
<script>{__sveltekit_1nq7u5b={base:new URL("../..",location).pathname.slice(0,-1)};const element=document.currentScript.parentElement;
Promise.all([import("../../_app/immutable/entry/start.D9k2mFq1.js"),import("../../_app/immutable/entry/app.Bv3lW0cE.js")]).then(([kit,app])=>{
kit.start(app,element,{node_ids:[0,2,14],data:[null,null,null],form:null,error:null})});}</script></body></html>`;
const svelteDocs: TestPage = {
  html: svHtml,
  name: 'heldout138-svelte-docs-page',
  kind: 'docs',
  // the NOTE blockquote is body; code blocks and their file names are in neither list; the sidebar entry and the "On this
  // page" entries that repeat the title and headings are left out
  title: svTitle,
  headings: [svH1, svH2, svH3],
  body: texts([...svP1, ...svP2, ...svP3, ...svP4, ...svP5, svNote, ...svP6, ...svP7, ...svP8, ...svList, ...svP9]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Summit talks online', svBanner, 'Skip to main content', ...svNav, 'Search', '⌘ K', ...svPackages,
    ...svSide.flatMap(([h, items]) => [h, ...items.filter((t) => t !== '@@')]), 'On this page', 'Edit this page on GitHub', 'llms.txt',
    'previous', 'next', 'Lifecycle hooks',
  ],
};

export const HELDOUT138_B: readonly TestPage[] = [svelteDocs, goPackage];
