import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 71, file d2: a JavaScript framework's API reference page in the shape of react.dev (the conference
 * banner, the top nav with search and "Learn"/"Reference"/"Community"/"Blog", the version label and the left sidebar of
 * APIs, the breadcrumbs, the h1 with the intro and signature, the inline table of contents at the top of the article, the
 * "Reference"/"Usage"/"Troubleshooting" sections with h4 "Parameters"/"Returns"/"Caveats", heading anchor links, a
 * "Pitfall" callout whose label is an h3, a "Deep Dive" details box with "Show Details", sandbox code with "Fork" and
 * "Reset" buttons, previous/next links, "Is this page useful?" and the big footer).
 */
const rxTitle = 'useStoredState';
const rxIntro = [
  '<code>useStoredState</code> is a Petal Hook that lets you keep a piece of state in the browser’s storage, so that it survives ' + 'a page reload.',
];
const rxH = {
  ref: 'Reference',
  sig: 'useStoredState(key, initialValue, options?)',
  params: 'Parameters',
  returns: 'Returns',
  caveats: 'Caveats',
  usage: 'Usage',
  u1: 'Remembering a setting across reloads',
  u2: 'Sharing a value between tabs',
  deep: 'Why not read localStorage directly?',
  trouble: 'Troubleshooting',
  t1: 'The value is different on the server and in the browser',
};
const rxSig1 = ['Call <code>useStoredState</code> at the top level of your component to declare a state variable that is saved under a storage key.'];
const rxSig2 = ['<a href="#usage">See more examples below.</a>'];
const rxParams = [
  '<code>key</code>: The string under which the value is saved. Two components that use the same key share the same stored value.',
  '<code>initialValue</code>: The value to use when nothing has been saved under <code>key</code> yet. It must be serializable to JSON.',
  '<b>optional</b> <code>options</code>: An object with an optional <code>storage</code> field, either <code>"local"</code> (the default) ' +
    'or <code>"session"</code>, and an optional <code>sync</code> flag.',
];
const rxReturns = ['<code>useStoredState</code> returns an array with exactly two values:'];
const rxReturnsList = [
  'The current value. During the first render, it is the stored value if there is one, or <code>initialValue</code> otherwise.',
  'The <code>set</code> function that lets you update the value, re-render, and save the new value to storage.',
];
const rxCaveats = [
  '<code>useStoredState</code> is a Hook, so you can only call it at the top level of your component or your own Hooks.',
  'Values are saved as JSON. Dates, maps and class instances come back as plain strings and objects.',
  'If the browser blocks storage, for example in some private windows, the Hook behaves like <code>useState</code> and saves nothing.',
];
const rxU1 = [
  'A common use is a user setting that should still be there after a reload, such as a chosen theme or a collapsed sidebar. ' +
    'Replace <code>useState</code> with <code>useStoredState</code> and give the value a key:',
  'Change the theme below, then reload the preview. The selection is read back from storage on the first render.',
];
const rxPitfall = [
  'Keys are global to the site. If two unrelated components pick the same key, they will overwrite each other’s values. Prefix ' +
    'keys with the name of your feature, such as <code>"settings.theme"</code>.',
];
const rxU2 = [
  'By default, a change in one tab does not show up in other open tabs until they reload. Pass <code>{ sync: true }</code> to ' +
    'listen for storage events and update every tab that uses the same key.',
  'Only use <code>sync</code> for values that should really be shared. Each synced key adds a listener to the window.',
];
const rxDeep = [
  'Reading <code>localStorage</code> during rendering works in a simple case, but it breaks in three ways. It fails on the ' +
    'server, where there is no storage. It does not re-render when another tab changes the value. And it runs on every render, ' +
    'parsing JSON each time.',
  '<code>useStoredState</code> reads storage once, after hydration, and subscribes to changes only when you ask it to.',
];
const rxT1 = [
  'The server cannot see the browser’s storage, so it always renders with <code>initialValue</code>. After hydration, the Hook ' +
    'reads the stored value and renders again. This can cause a brief flash of the initial value.',
  'If the flash is a problem, render a placeholder until the component has mounted, or keep the setting in a cookie that the ' + 'server can read.',
];
const rxTopNav = ['Learn', 'Reference', 'Community', 'Blog'];
const rxSide = ['Overview', 'useContext', 'useEffect', 'useMemo', 'useRef', 'useState', rxTitle, 'useTransition'];
const rxFootCols = [
  'Learn Petal',
  'Quick Start',
  'Installation',
  'Describing the UI',
  'API Reference',
  'Petal APIs',
  'Code of Conduct',
  'Meet the Team',
  'Docs Contributors',
  'More',
  'Petal Native',
  'Privacy',
  'Terms',
];
const rxBanner = 'Join us for PetalConf on May 14 and 15.';
const ps = (a: readonly string[]): string => a.map((t) => `<p class="whitespace-pre-wrap my-4">${t}</p>`).join('\n');
const ul = (a: readonly string[], tag = 'ul'): string =>
  `<${tag} class="ms-6 my-3 list-disc">${a.map((t) => `<li class="leading-relaxed mb-1">${t}</li>`).join('\n')}</${tag}>`;
const anchor = (id: string): string => `<a href="#${id}" aria-label="Link for this heading" title="Link for this heading"
class="anchor hidden"><svg width="1em" height="1em" viewBox="0 0 13 13"></svg></a>`;
const hx = (n: number, id: string, t: string): string =>
  `<h${n} id="${id}" class="mdx-heading text-${n === 2 ? '3xl' : '2xl'} font-display leading-10 text-primary font-bold my-6">${t}${anchor(id)}</h${n}>`;
const sandbox = (file: string, code: string): string => `<div class="sandpack sandpack--playground w-full my-8" dir="ltr">
<div class="sp-wrapper"><div class="sp-layout"><div class="sp-tabs"><button type="button" class="sp-tab-button" data-active="true">${file}</button>
<div class="sp-toolbar"><button type="button" title="Open in CodeSandbox">Fork</button><button type="button" title="Reset sandbox">Reset</button></div></div>
<div class="sp-code-editor"><pre class="sp-cm"><code>${code}</code></pre></div><div class="sp-preview"><iframe
title="Sandbox Preview"></iframe></div></div></div></div>`;
const rxCode1 = `import { useStoredState } from 'petal';

function MyComponent() {
  const [theme, setTheme] = useStoredState('settings.theme', 'light');
  // ...`;
const rxCode2 = `export default function ThemePicker() {
  const [theme, setTheme] = useStoredState('settings.theme', 'light');
  return (
    &lt;select value={theme} onChange={e =&gt; setTheme(e.target.value)}&gt;
      &lt;option value="light"&gt;Light&lt;/option&gt;
      &lt;option value="dark"&gt;Dark&lt;/option&gt;
    &lt;/select&gt;
  );
}`;
const tocIds: [string, string][] = [
  ['reference', rxH.ref],
  ['usestoredstate', rxH.sig],
  ['usage', rxH.usage],
  ['remembering-a-setting-across-reloads', rxH.u1],
  ['sharing-a-value-between-tabs', rxH.u2],
  ['troubleshooting', rxH.trouble],
  ['the-value-is-different-on-the-server-and-in-the-browser', rxH.t1],
];
const rxHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>useStoredState – Petal</title><meta property="og:title" content="useStoredState – Petal"><meta name="description"
content="The library for web and native user interfaces">
<link rel="canonical" href="https://petal.dev/reference/petal/useStoredState"><link rel="preload" href="/fonts/Optimistic_Display_W_Md.woff2" as="font">
<script>(function () { try { var theme = window.localStorage.getItem('theme'); document.documentElement.classList.add(theme === 'dark' ? 'dark' : 'light'); }
catch (e) {} })();</script>
<link rel="stylesheet" href="/_next/static/css/3c7a2f0e9d1b.css"></head>
<body class="font-text font-medium antialiased text-lg bg-wash dark:bg-wash-dark text-secondary"><div id="__next">
<div class="fixed top-0 sticky-top"><div class="banner w-full bg-gradient-to-r text-base"><a href="https://conf.petal.dev">${rxBanner}</a>
<a href="https://conf.petal.dev/register" class="underline">Register now</a></div>
<nav class="duration-300 backdrop-filter backdrop-blur-lg" aria-label="Main"><a href="/" class="logo"><span class="sr-only">Petal</span>Petal</a>
<span class="text-xs font-bold">v3.1</span><button type="button" class="search-button"><span>Search</span><kbd>⌘</kbd><kbd>K</kbd></button>
<ul class="flex">${links(rxTopNav, 'flex-1')}</ul></nav></div>
<div class="grid grid-cols-only-content lg:grid-cols-sidebar-content 2xl:grid-cols-sidebar-content-toc">
<div class="lg:-mt-16 z-10"><div class="fixed top-0 py-0 shadow lg:pt-16 lg:sticky"><aside class="lg:grow flex-col w-full pb-8 lg:pb-0 lg:max-w-custom-xs z-10">
<nav role="navigation" class="w-full pt-6 scrolling-touch lg:h-auto grow pe-0 lg:pe-5 lg:pb-16 md:pt-4 lg:pt-4 scrolling-gpu">
<h3 class="mb-1 text-sm font-bold ms-5 text-tertiary">petal@3.1</h3><ul class="ms-0">${rxSide
  .map(
    (t) => `<li><a class="p-2 pe-2 w-full rounded-none lg:rounded-e-2xl text-start ${t === rxTitle ? 'text-link bg-highlight' : 'text-primary'}"
href="/reference/petal/${t}"${t === rxTitle ? ' aria-current="page"' : ''}>${t}</a></li>`,
  )
  .join('\n')}</ul></nav></aside></div></div>
<main class="min-w-0 isolate"><article class="break-words font-normal text-primary" dir="ltr"><div class="ps-0">
<div class="max-w-4xl ms-0 2xl:mx-auto"><div class="flex flex-wrap"><a class="text-link font-bold text-sm tracking-wide uppercase" href="/reference/petal">API
Reference</a><span class="inline-block text-tertiary text-lg mx-1">›</span><a class="text-link font-bold text-sm tracking-wide uppercase"
href="/reference/petal/hooks">Hooks</a></div>
<h1 class="mt-0 text-primary -mx-.5 break-words text-5xl font-display font-bold leading-tight">${rxTitle}</h1></div></div>
<div class="px-5 sm:px-12"><div class="max-w-7xl mx-auto"><div class="max-w-4xl ms-0 2xl:mx-auto"><div
class="text-xl text-primary leading-relaxed">${ps(rxIntro)}</div>
<pre class="my-8"><code>const [value, setValue] = useStoredState(key, initialValue, options?)</code></pre>
<ul class="ms-6 my-3 list-disc inline-toc">${tocIds
  .map(
    ([id, t]) => `<li class="mt-2 leading-normal"><a class="text-link"
href="#${id}">${t}</a></li>`,
  )
  .join('\n')}</ul>
<hr class="my-6 block border-b border-t-0 border-border">
${hx(2, 'reference', rxH.ref)}
${hx(3, 'usestoredstate', `<code class="inline text-code">${rxH.sig}</code>`)}
${ps(rxSig1)}
<pre class="my-8"><code>${rxCode1}</code></pre>
${ps(rxSig2)}
${hx(4, 'parameters', rxH.params)}
${ul(rxParams)}
${hx(4, 'returns', rxH.returns)}
${ps(rxReturns)}
${ul(rxReturnsList, 'ol')}
${hx(4, 'caveats', rxH.caveats)}
${ul(rxCaveats)}
<hr class="my-6 block border-b border-t-0 border-border">
${hx(2, 'usage', rxH.usage)}
${hx(3, 'remembering-a-setting-across-reloads', rxH.u1)}
${ps(rxU1.slice(0, 1))}
${sandbox('App.js', rxCode2)}
${ps(rxU1.slice(1))}
<div class="expandable-callout pitfall my-8"><h3 class="text-2xl font-display font-bold text-red-60"><svg class="inline me-3 mb-1 text-lg"></svg>Pitfall</h3>
<div class="relative">${ps(rxPitfall)}</div></div>
${hx(3, 'sharing-a-value-between-tabs', rxH.u2)}
${ps(rxU2)}
<details class="my-12 rounded-2xl shadow-inner-border deep-dive"><summary class="list-none p-8"><h5 class="mb-4 uppercase font-bold text-purple-50 text-sm">
<svg class="inline me-1 mb-0.5 text-sm"></svg>Deep Dive</h5><div class="mb-4"><h3 class="text-xl font-bold text-primary"
id="why-not-read-localstorage-directly">${rxH.deep}</h3>
</div><button type="button" class="flex bg-purple-50 text-white rounded-full"><span class="me-1"><svg
class="inline"></svg></span>Show Details</button></summary>
<div class="p-8 border-t border-purple-10">${ps(rxDeep)}</div></details>
<hr class="my-6 block border-b border-t-0 border-border">
${hx(2, 'troubleshooting', rxH.trouble)}
${hx(3, 'the-value-is-different-on-the-server-and-in-the-browser', rxH.t1)}
${ps(rxT1)}
</div></div></div>
<div class="max-w-4xl ms-0 2xl:mx-auto"><div class="flex flex-col sm:flex-row gap-4"><a href="/reference/petal/useState" class="flex gap-x-4 md:gap-x-6">
<span class="block"><span class="block no-underline text-sm tracking-wide text-secondary uppercase font-bold">Previous</span>
<span class="block text-lg group-hover:underline">useState</span></span></a><a href="/reference/petal/useTransition" class="flex gap-x-4 md:gap-x-6">
<span class="block"><span class="block no-underline text-sm tracking-wide text-secondary uppercase font-bold">Next</span>
<span class="block text-lg group-hover:underline">useTransition</span></span></a></div></div>
</article>
<div class="self-stretch w-full"><div class="w-full px-5 pt-10 mx-auto sm:px-12 md:px-12 md:pt-12 lg:pt-10"><hr class="max-w-7xl mx-auto border-border">
<div class="flex flex-col items-center m-4 p-1"><p class="w-full text-lg font-bold text-primary me-4">Is this page useful?</p><div class="flex">
<button type="button" aria-label="Yes" class="bg-secondary-button rounded-s-full"><svg></svg></button>
<button type="button" aria-label="No" class="bg-secondary-button rounded-e-full"><svg></svg></button></div></div>
<footer class="text-secondary"><div class="grid grid-cols-2 md:grid-cols-3 xl:grid-cols-5 gap-x-12 gap-y-8 max-w-7xl mx-auto">
<div class="col-span-2 md:col-span-1 justify-items-start mt-3.5"><a href="https://opensource.petal.dev/">Petal Open Source</a>
<div class="text-xs text-left rtl:text-right mt-2 pe-0.5">Copyright © Petal contributors</div></div>
<ul class="flex flex-col gap-2">${links(rxFootCols)}</ul></div></footer></div></div></main>
<div class="hidden lg:max-w-custom-xs 2xl:block"><nav role="navigation" class="pt-20 sticky top-0 end-0"><h2
class="mb-3 lg:mb-3 uppercase tracking-wide font-bold
text-sm text-secondary px-4 w-full">On this page</h2><div class="overflow-y-auto h-full toc"><ul class="space-y-2 pb-16">
<li class="text-sm px-2 rounded-s-xl"><a class="text-link font-bold" href="#">Overview</a></li>
${tocIds.map(([id, t]) => `<li class="text-sm px-2 rounded-s-xl"><a class="text-secondary" href="#${id}">${t}</a></li>`).join('\n')}
</ul></div></nav></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"meta":{"title":"useStoredState"},"languages":null}},"page":"/[[...markdownPath]]",
"query":{"markdownPath":["reference","petal","useStoredState"]},"buildId":"Uq3rX0pZ8w1mM2e4v6yTb"}</script>
</body></html>`;

export const reactRef: TestPage = {
  html: rxHtml,
  name: 'heldout71-petal-reactdev-apiref-docs',
  kind: 'docs',
  // every h2/h3/h4 of the reference, the Deep Dive's h3 title included, is a heading; the inline table of contents at the
  // top of the article and the "On this page" rail repeat the headings (not listed); the signature block and sandbox code
  // are in neither list; "Pitfall" (an h3 label), "Deep Dive", "Show Details", the sandbox tab and buttons are furniture;
  // the sidebar's "useState" (a body word), "useStoredState" (the title) and the footer's "More" (a body word) are left out
  title: rxTitle,
  headings: [rxH.ref, rxH.sig, rxH.params, rxH.returns, rxH.caveats, rxH.usage, rxH.u1, rxH.u2, rxH.deep, rxH.trouble, rxH.t1],
  // biome-ignore format: the body texts are packed several to a line to keep the file short
  body: [
    ...texts(rxIntro), ...texts(rxSig1), ...texts(rxSig2), ...texts(rxParams), ...texts(rxReturns), ...texts(rxReturnsList), ...texts(rxCaveats),
    ...texts(rxU1), ...texts(rxPitfall), ...texts(rxU2), ...texts(rxDeep), ...texts(rxT1),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    rxBanner, 'Register now', 'Petal', 'v3.1', 'Search', ...rxTopNav.filter((t) => t !== 'Reference'), 'petal@3.1',
    ...rxSide.filter((t) => t !== rxTitle && t !== 'useState'), 'API Reference', 'Hooks', 'App.js', 'Fork', 'Reset', 'Pitfall', 'Deep Dive',
    'Show Details', 'Previous', 'Next', 'Is this page useful?', 'Petal Open Source', 'Copyright © Petal contributors',
    ...rxFootCols.filter((t) => t !== 'API Reference' && t !== 'More'), 'On this page',
  ],
};
