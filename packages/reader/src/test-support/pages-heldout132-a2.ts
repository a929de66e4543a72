import { links, plain, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 132, file a2: a react.dev API reference page for a hook (the social banner, the top nav with search,
 * theme and translation buttons, the left sidebar whose section titles are h3s, the breadcrumb, the intro and signature,
 * the inline table of contents, Reference / Usage / Troubleshooting sections with h4 Parameters, Returns and Caveats, a
 * Sandpack example with its file tab and Reset / Fork / Show more buttons, a Pitfall callout, a Deep Dive box with its
 * "Show Details" button, the "Is this page useful?" question, the prev/next pager, the right "On this page" rail and
 * the footer columns).
 */
const rTitle = 'useIdleCallback';
const rIntro = [`<code>useIdleCallback</code> is a React Hook that lets you schedule work to run when the browser is idle.`];
const rH1 = 'Reference';
const rH2 = 'useIdleCallback(callback, options?)';
const rP1 = [
  `Call <code>useIdleCallback</code> at the top level of your component to get a function that queues work for the next
idle period:`,
  'See more examples below.',
];
const rH3 = 'Parameters';
const rParams = [
  `<code>callback</code>: The function you want to run when the browser has spare time. React passes it an
<code>IdleDeadline</code> object so it can check how much time is left and stop early.`,
  `<strong>optional</strong> <code>options</code>: An object with a <code>timeout</code> in milliseconds. If the browser
stays busy for longer than this, React runs the callback anyway. By default there is no timeout.`,
];
const rH4 = 'Returns';
const rP2 = [
  `<code>useIdleCallback</code> returns a stable <code>schedule</code> function. Calling it queues one run of your
callback. Calling it again before the callback has run does nothing, so you can call it from every render without piling
up work.`,
];
const rH5 = 'Caveats';
const rCaveats = [
  'useIdleCallback is a Hook, so you can only call it at the top level of your component or your own Hooks.',
  'React cancels any queued run when your component unmounts. You don’t need to clean it up yourself.',
  `The callback always sees the latest props and state, like an Effect Event. Don’t use it to read values that must
match a particular render.`,
  'On the server, schedule does nothing. Idle work only ever runs in the browser.',
];
const rH6 = 'Usage';
const rH7 = 'Deferring non-urgent work';
const rP3 = [
  `Some work needs to happen, but not right now: sending analytics, warming a cache, or prefetching the next page of
results. If you do it during an event handler, it competes with the update the user is waiting for.`,
  `Wrap that work in <code>useIdleCallback</code> and call <code>schedule</code> where you would have done it. In this
example, each keystroke updates the search box immediately, and the search history is saved only when the browser has
nothing better to do:`,
];
const rPitfall = [
  `Idle callbacks can be delayed for a long time on a busy page, and some browsers never call them while a tab is in the
background. Don’t use <code>useIdleCallback</code> for work that the user will notice if it does not happen, such as
saving a form.`,
];
const rH8 = 'Setting a deadline for work that must eventually run';
const rP4 = [
  `If the work has to happen within a reasonable time, pass a <code>timeout</code>. React will run the callback after
that many milliseconds even if the browser has not become idle:`,
  `Keep the timeout generous. A short timeout turns the idle callback into an ordinary timer and gives up the reason you
used it.`,
];
const rDeep = 'Why not call requestIdleCallback in an Effect?';
const rP5 = [
  `You can, and for one-off work that is fine. The trouble starts when the work is triggered by events. Each call to
<code>requestIdleCallback</code> queues another run, so typing ten characters queues ten saves. You would need a ref to
remember the pending handle, a cleanup to cancel it, and another ref to read the latest state inside it.`,
  `<code>useIdleCallback</code> does all of that for you. It keeps a single pending run, always calls the newest version of
your callback, and cancels on unmount.`,
];
const rH9 = 'Troubleshooting';
const rH10 = 'My callback never runs';
const rP6 = [
  `Check that something is actually calling <code>schedule</code>. Creating the Hook does not queue anything by itself.`,
  `If you are calling it, the page may never be idle. Animations that run every frame and polling timers both keep the
main thread busy. Pass a <code>timeout</code> to make sure the work runs, or find out what is keeping the page busy in
the Performance panel.`,
];
const rBanner = ['React Conf 2026 talks are now on YouTube.', 'Watch the talks'];
const rTop = ['Learn', 'Reference', 'Community', 'Blog'];
const rHooks = ['useActionState', 'useCallback', 'useContext', 'useDebugValue', 'useDeferredValue', 'useEffect', 'useEffectEvent', 'useId'];
const rHooks2 = ['useImperativeHandle', 'useInsertionEffect', 'useLayoutEffect', 'useMemo', 'useOptimistic', 'useReducer', 'useRef', 'useState'];
const rSide = ['Components', 'APIs'];
const rSide2 = ['Client APIs', 'Server APIs', 'Static APIs'];
const rSide3 = ['Components and Hooks must be pure', 'React calls Components and Hooks', 'Rules of Hooks', 'Legacy APIs'];
const rFootCols = ['Learn React', 'API Reference', 'More'];
const rFoot = ['Quick Start', 'Installation', 'Describing the UI', 'Adding Interactivity', 'Managing State', 'Escape Hatches', 'React APIs'];
const rFoot2 = ['React DOM APIs', 'Code of Conduct', 'Meet the Team', 'Docs Contributors', 'Acknowledgements', 'React Native', 'Privacy', 'Terms'];
const rCode = (code: string): string => `<div translate="no" dir="ltr" class="rounded-2xl h-full w-full overflow-x-auto flex items-center bg-wash
shadow-lg my-8"><div class="sp-wrapper"><div class="sp-stack"><div class="sp-code-editor"><pre class="sp-cm sp-pristine sp-javascript flex
align-start"><code class="sp-pre-placeholder grow-[2]">${code}</code></pre></div></div></div></div>`;
const rPs = (a: readonly string[]): string => a.map((t) => `<p class="whitespace-pre-wrap my-4">${t}</p>`).join('\n');
const rHd = (tag: string, id: string, t: string): string => `<${tag} id="${id}" class="mdx-heading text-primary dark:text-primary-dark
-mt-${tag === 'h2' ? 10 : 12} mb-${tag === 'h2' ? 6 : 4} pt-10">${t}<a href="#${id}" aria-label="Link for this heading" title="Link for this heading"
class="mdx-header-anchor inline-block ms-2 text-secondary"><svg width="1em" height="1em" viewBox="0 0 13 13"></svg></a></${tag}>`;
const rLis = (a: readonly string[]): string => `<ul class="ms-6 my-3 list-disc">${a.map((t) => `<li class="leading-relaxed mb-1">${t}</li>`).join('\n')}</ul>`;
const rHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>useIdleCallback – React</title><meta name="description" content="The library for web and native user interfaces">
<meta property="og:title" content="useIdleCallback – React"><meta property="og:url" content="https://react.dev/reference/react/useIdleCallback">
<meta property="og:description" content="useIdleCallback is a React Hook that lets you schedule work to run when the browser is idle.">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@reactjs"><meta name="next-head-count" content="26">
<link rel="preload" href="/fonts/Source-Code-Pro-Regular.woff2" as="font" type="font/woff2" crossorigin="anonymous">
<script>(function () { try { let logShown = false; function setUwu(isUwu) { try { if (isUwu) { localStorage.setItem('uwu', true);
document.documentElement.classList.add('uwu'); } } catch (err) { } } setUwu(new URLSearchParams(window.location.search).get('uwu') === 'true'); }
catch (e) { } })();</script>
<link rel="stylesheet" href="/_next/static/css/2b1f4cfc9b3f8c2e.css" data-n-g=""><script src="/_next/static/chunks/webpack-7c2f0d2d3a.js" defer=""></script>
<script src="/_next/static/chunks/pages/%5B%5B...markdownPath%5D%5D-5d1e7c.js" defer=""></script></head>
<body class="font-text font-medium antialiased text-lg bg-wash dark:bg-wash-dark text-secondary dark:text-secondary-dark leading-base">
<div id="__next"><div class="w-full lg:h-[40px] py-2 h-[60px] sm:h-[40px] flex flex-col items-center justify-center text-base text-center
bg-gradient-to-r from-[#0057B7] to-[#0057B7] text-white"><span class="hidden sm:inline">${rBanner[0]}</span>
<a class="ms-0 sm:ms-1 text-highlight dark:text-highlight-dark underline" href="https://www.youtube.com/@reactjs">${rBanner[1]}</a></div>
<div class="sticky top-0 lg:bottom-0 lg:h-screen flex flex-col shadow-nav dark:shadow-nav-dark lg:shadow-none z-50"><nav class="items-center w-full flex
lg:grid lg:grid-cols-12 duration-300 transition-shadow px-1.5 lg:pe-5 lg:ps-4 z-50"><div class="flex items-center justify-between w-full h-16 gap-0
sm:gap-3"><div class="flex flex-row 3xl:flex-1 items-center"><button type="button" aria-label="Menu" class="active:scale-95 transition-transform flex
lg:hidden w-12 h-12 rounded-full items-center justify-center"></button><div class="flex 3xl:flex-1 align-center"><a class="active:scale-95 overflow-hidden
transition-transform relative items-center text-primary dark:text-primary-dark p-1 whitespace-nowrap outline-link rounded-full 3xl:rounded-xl inline-flex
text-lg font-normal gap-2" href="/"><svg class="text-sm me-0 w-10 h-10 text-brand dark:text-brand-dark" viewBox="-10.5 -9.45 21 18.9"></svg>
<span class="sr-only 3xl:not-sr-only">React</span></a><div class="flex flex-column justify-center items-center"><a href="/versions"
class="flex py-2 flex-column justify-center items-center text-gray-50 dark:text-gray-30 hover:text-link hover:dark:text-link-dark hover:underline
text-sm ms-1 cursor-pointer">v19.2</a></div></div></div><div class="hidden md:flex flex-1 justify-center items-center w-full 3xl:w-auto 3xl:shrink-0
3xl:justify-center"><button type="button" class="flex 3xl:w-[56rem] 3xl:mx-0 relative ps-4 pe-1 py-1 h-10 bg-gray-30/20 dark:bg-gray-40/20 outline-none
focus:outline-link betterhover:hover:bg-opacity-80 pointer items-center text-start w-full text-gray-30 rounded-full align-middle text-base">
<svg class="me-3 me-3 shrink-0 align-middle" width="1em" height="1em" viewBox="0 0 20 20"></svg>Search<span class="ms-auto hidden sm:flex
item-center me-1"><kbd class="h-6 w-6 border border-transparent me-1 bg-wash dark:bg-wash-dark text-gray-30 align-middle p-0 inline-flex
justify-center items-center text-xs text-center rounded-md" data-platform="mac">⌘</kbd><kbd class="h-6 w-6 border border-transparent me-1 bg-wash
text-gray-30 align-middle p-0 inline-flex justify-center items-center text-xs text-center rounded-md">K</kbd></span></button></div>
<div class="text-base justify-center items-center gap-1.5 flex 3xl:flex-1 flex-row 3xl:justify-end"><div class="mx-2.5 gap-1.5 hidden lg:flex">
${rTop
  .map(
    (t) => `<a class="active:scale-95 transition-transform w-full text-center outline-link py-1.5 px-1.5 xs:px-3 sm:px-3.5 rounded-full capitalize
whitespace-nowrap" href="/${t.toLowerCase()}">${t}</a>`,
  )
  .join('\n')}</div><div class="flex w-full md:hidden"></div><div class="flex items-center
-space-x-2.5 xs:space-x-0 "><div class="flex dark:hidden"><button type="button" aria-label="Use Dark Mode" class="active:scale-95 transition-transform
flex w-12 h-12 rounded-full items-center justify-center hover:bg-primary/5"></button></div><div class="flex"><a href="/community/translations"
aria-label="Translations" class="active:scale-95 transition-transform flex w-12 h-12 rounded-full items-center justify-center"></a></div>
<div class="flex"><a href="https://github.com/facebook/react/releases" target="_blank" rel="noreferrer noopener" aria-label="Open on GitHub"
class="active:scale-95 transition-transform flex w-12 h-12 rounded-full items-center justify-center"></a></div></div></div></div></nav>
<div class="overflow-y-scroll no-bg-scrollbar lg:w-[342px] grow bg-wash dark:bg-wash-dark"><aside class="lg:grow flex-col w-full pb-8 lg:pb-0
lg:max-w-custom-xs z-10 hidden lg:block"><nav role="navigation" style="--bg-opacity:.2" class="w-full pt-6 scrolling-gradient lg:h-auto grow pe-0
lg:pe-5 lg:pb-16 md:pt-4 lg:pt-4 scrolling-gradient"><ul><h3 class="mb-1 text-sm font-bold ms-5 text-tertiary dark:text-tertiary-dark">react@19.2</h3>
<li><a class="p-2 pe-2 w-full rounded-none lg:rounded-e-2xl text-start hover:bg-gray-5 dark:hover:bg-gray-80 relative flex items-center justify-between
ps-5 text-base font-bold text-primary dark:text-primary-dark" href="/reference/react/hooks">Hooks</a><ul>
${links(rHooks, 'p-0 m-0')}
<li class="p-0 m-0"><a aria-current="page" class="p-2 pe-2 w-full rounded-none lg:rounded-e-2xl text-start relative flex items-center justify-between
ps-6 text-base text-link dark:text-link-dark bg-highlight dark:bg-highlight-dark" href="/reference/react/useIdleCallback">${rTitle}</a></li>
${links(rHooks2, 'p-0 m-0')}</ul></li>${links(rSide)}
<div class="mt-4 mx-5 border-t border-border dark:border-border-dark"></div><h3 class="mb-1 text-sm font-bold ms-5 text-tertiary">react-dom@19.2</h3>
${links(rSide2)}<div class="mt-4 mx-5 border-t border-border"></div><h3 class="mb-1 text-sm font-bold ms-5 text-tertiary">Rules of React</h3>
${links(rSide3)}</ul></nav></aside></div></div>
<div class="ps-0"><div><main class="min-w-0 isolate"><article class="font-normal break-words text-primary dark:text-primary-dark" dir="ltr">
<div class="ps-0"><div class="max-w-4xl ms-0 2xl:mx-auto"><div class="flex flex-wrap leading-6 text-sm mb-1 text-tertiary"><div><a class="text-link
dark:text-link-dark text-sm tracking-wide font-bold uppercase me-1 hover:underline" href="/reference/react">API Reference</a><span class="inline
text-tertiary dark:text-tertiary-dark text-sm tracking-wide font-bold uppercase me-1">›</span></div><div><a class="text-link text-sm tracking-wide
font-bold uppercase me-1 hover:underline" href="/reference/react/hooks">Hooks</a></div></div>
<h1 class="mdx-heading text-primary dark:text-primary-dark text-4xl font-display lg:text-5xl font-bold leading-tight mt-0 mb-0 pt-5 pb-0 break-words">
${rTitle}<a href="#" aria-label="Link for this heading" title="Link for this heading" class="mdx-header-anchor inline-block ms-2 text-secondary">
<svg width="1em" height="1em" viewBox="0 0 13 13"></svg></a></h1></div></div>
<div class="px-5 sm:px-12"><div class="max-w-7xl mx-auto"><div class="max-w-4xl ms-0 2xl:mx-auto"><div class="max-w-4xl ms-0 2xl:mx-auto">
<div class="text-xl text-primary dark:text-primary-dark leading-relaxed">${rPs(rIntro)}</div>
<div dir="ltr" class="rounded-2xl h-full w-full overflow-x-auto flex items-center bg-wash shadow-lg my-8"><pre class="sp-cm sp-pristine sp-javascript">
<code>const schedule = useIdleCallback(callback, options?)</code></pre></div>
<ul class="ms-6 my-3 list-disc"><li class="leading-relaxed mb-1"><a href="#reference">${rH1}</a><ul class="ms-6 my-3 list-disc">
<li class="leading-relaxed mb-1"><a href="#useidlecallback">${rH2}</a></li></ul></li><li class="leading-relaxed mb-1"><a href="#usage">${rH6}</a>
<ul class="ms-6 my-3 list-disc"><li class="leading-relaxed mb-1"><a href="#deferring-non-urgent-work">${rH7}</a></li>
<li class="leading-relaxed mb-1"><a href="#setting-a-deadline">${rH8}</a></li></ul></li><li class="leading-relaxed mb-1"><a
href="#troubleshooting">${rH9}</a><ul class="ms-6 my-3 list-disc"><li class="leading-relaxed mb-1"><a href="#my-callback-never-runs">${rH10}</a>
</li></ul></li></ul><hr class="my-6 block border-b border-t-0 border-border dark:border-border-dark">
${rHd('h2', 'reference', rH1)}
${rHd('h3', 'useidlecallback', `<code class="inline text-code text-secondary px-1 rounded-md">${rH2}</code>`)}
${rPs(rP1.slice(0, 1))}${rCode(`import { useIdleCallback } from 'react';

function SearchBox() {
  const saveHistory = useIdleCallback(() => {
    historyStore.save(query);
  });
  // ...`)}${rPs(rP1.slice(1))}
${rHd('h4', 'parameters', rH3)}${rLis(rParams)}${rHd('h4', 'returns', rH4)}${rPs(rP2)}${rHd('h4', 'caveats', rH5)}
${rLis(rCaveats.map((t) => t.replace(/^useIdleCallback/, '<code>useIdleCallback</code>').replace(/schedule does/, '<code>schedule</code> does')))}
<hr class="my-6 block border-b border-t-0 border-border dark:border-border-dark">
${rHd('h2', 'usage', rH6)}${rHd('h3', 'deferring-non-urgent-work', rH7)}${rPs(rP3)}
<div class="sandpack sandpack--playground w-full my-8" dir="ltr"><div class="sp-wrapper"><div class="shadow-lg dark:shadow-lg-dark rounded-lg">
<div class="bg-wash h-10 dark:bg-card-dark flex justify-between items-center relative z-10 border-b border-border rounded-t-lg text-lg"><div
class="flex-1 grow min-w-0 px-4 lg:px-6"><div class="flex items-center"><button class="text-link border-link dark:text-link-dark border-b-2 px-1
py-2">App.js</button></div></div><div class="px-3 flex items-center justify-end text-start" translate="yes"><button class="text-sm text-primary
dark:text-primary-dark inline-flex items-center hover:text-link duration-100 ease-in transition mx-1 ms-2 md:ms-1" title="Download">Download</button>
<button class="text-sm text-primary inline-flex items-center hover:text-link duration-100 ease-in transition mx-1" title="Reset Sandbox" type="button">
Reset</button><button class="text-sm text-primary inline-flex items-center hover:text-link mx-1" title="Open in CodeSandbox"
type="submit">Fork</button></div></div>
${rCode(`export default function App() {
  const [query, setQuery] = useState('');
  const saveHistory = useIdleCallback(() => {
    localStorage.setItem('history', query);
  });
  return &lt;input value={query} onChange={e =&gt; { setQuery(e.target.value); saveHistory(); }} /&gt;;
}`)}<button translate="yes" class="sandpack-expand flex text-base justify-between dark:border-card-dark bg-wash dark:bg-card-dark items-center z-10
p-1 w-full order-2 xl:order-last border-b-1 relative top-0"><span class="flex p-2 focus:outline-none text-primary leading-[20px]">
Show more</span></button></div></div></div>
<div class="expandable-callout pt-8 pb-4 px-5 sm:px-8 my-8 relative rounded-none shadow-inner -mx-5 sm:mx-auto sm:rounded-2xl bg-yellow-5
dark:bg-yellow-60 dark:bg-opacity-20"><h3 class="text-2xl font-display font-bold text-yellow-50 dark:text-yellow-40"><svg class="inline me-3 mb-1 text-lg"
width="1em" height="1em" viewBox="0 0 24 24"></svg>Pitfall</h3><div class="relative"><div class="py-2">${rPs(rPitfall)}</div></div></div>
${rHd('h3', 'setting-a-deadline', rH8)}${rPs(rP4.slice(0, 1))}${rCode(`const warmCache = useIdleCallback(prefetchNextPage, { timeout: 5000 });`)}
${rPs(rP4.slice(1))}
<section class="my-12 rounded-2xl shadow-inner-border dark:shadow-inner-border-dark relative"><div class="p-8"><h5 class="mb-4 uppercase font-bold
flex items-center text-sm text-purple-50 dark:text-purple-30"><svg class="inline me-2 text-purple-40" width="1em" height="1em"></svg>Deep Dive</h5>
<div class="mb-4"><h3 class="text-xl font-bold text-primary dark:text-primary-dark">${rDeep}</h3></div><button class="flex items-center justify-center
px-4 py-2 leading-tight font-bold text-lg active:scale-[.98] transition-transform rounded-full bg-purple-50 text-white w-full sm:w-auto" type="button"
title="Show Details">Show Details</button><div class="hidden">${rPs(rP5)}</div></div></section>
<hr class="my-6 block border-b border-t-0 border-border dark:border-border-dark">
${rHd('h2', 'troubleshooting', rH9)}${rHd('h3', 'my-callback-never-runs', rH10)}${rPs(rP6)}
</div></div></div></div>
<div class="max-w-7xl mx-auto px-5 sm:px-12"><div class="flex flex-col items-center m-4 p-1"><p class="w-52 text-lg me-4">Is this page useful?</p>
<div><button aria-label="Yes" class="px-3 rounded-lg bg-secondary-button me-2"></button><button aria-label="No" class="px-3 rounded-lg
bg-secondary-button"></button></div></div><div class="py-4 flex flex-col md:flex-row justify-between gap-4 md:gap-x-16"><a aria-label="Previous
page: useId" class="flex gap-x-4 md:gap-x-6 items-center w-full md:w-80 px-4 md:px-5 py-6 border-2 border-transparent text-base leading-base
text-link rounded-lg group focus:text-link" href="/reference/react/useId"><span><span class="block no-underline text-sm tracking-wide
text-secondary uppercase font-bold">Previous</span><span class="block text-lg group-hover:underline">useId</span></span></a><a
aria-label="Next page: useImperativeHandle" class="flex gap-x-4 md:gap-x-6 items-center w-full md:w-80 px-4 py-6 text-base text-link rounded-lg"
href="/reference/react/useImperativeHandle"><span><span class="block no-underline text-sm tracking-wide text-secondary uppercase
font-bold">Next</span><span class="block text-lg group-hover:underline">useImperativeHandle</span></span></a></div></div></article>
<div class="self-stretch w-full"><div class="w-full px-5 pt-10 mx-auto sm:px-12 md:px-12 md:pt-12 lg:pt-10"><hr class="max-w-7xl mx-auto
border-border dark:border-border-dark"></div><footer class="text-secondary dark:text-secondary-dark py-12 px-5 sm:px-12 md:px-12 sm:py-12
md:py-16 lg:py-14"><div class="grid grid-cols-2 gap-x-12 gap-y-8 sm:grid-cols-3 xl:grid-cols-5 max-w-7xl mx-auto"><div class="col-span-2 sm:col-span-1
justify-items-start w-full"><a href="https://opensource.fb.com/" target="_blank" rel="noopener" class="mt-3 pe-4 text-primary"><div class="text-sm
text-primary dark:text-primary-dark mt-2">Copyright © Meta Platforms, Inc</div></a><div class="uwu-toggle text-xs cursor-pointer hover:underline
mt-1" role="button" tabindex="0">uwu?</div></div>
${rFootCols
  .map(
    (c, i) => `<div class="flex flex-col"><a href="/${i}" class="mb-2 font-bold text-primary">${c}</a>
${(i === 0 ? rFoot.slice(0, 6) : i === 1 ? rFoot.slice(6).concat(rFoot2.slice(0, 1)) : rFoot2.slice(1))
  .map(
    (t) => `<a class="text-primary
dark:text-primary-dark text-base hover:underline" href="/f/${t.length}">${t}</a>`,
  )
  .join('\n')}</div>`,
  )
  .join('\n')}
</div></footer></div></main></div></div>
<div class="hidden lg:max-w-custom-xs 2xl:block"><nav role="navigation" class="pt-20 sticky top-0 end-0"><h2 class="mb-3 lg:mb-3 uppercase
tracking-wide font-bold text-sm text-secondary dark:text-secondary-dark px-4 w-full">On this page</h2><div class="toc h-full overflow-y-auto ps-4">
<ul class="space-y-2 pb-16"><li class="text-sm px-2 rounded-s-xl bg-highlight"><a class="text-link outline-link py-2 block" href="#">Overview</a></li>
<li class="text-sm px-2 rounded-s-xl"><a href="#reference">${rH1}</a></li><li class="ps-4 text-sm px-2"><a href="#useidlecallback">${rH2}</a></li>
<li class="text-sm px-2"><a href="#usage">${rH6}</a></li><li class="ps-4 text-sm px-2"><a href="#deferring-non-urgent-work">${rH7}</a></li>
<li class="ps-4 text-sm px-2"><a href="#setting-a-deadline">${rH8}</a></li><li class="text-sm px-2"><a href="#troubleshooting">${rH9}</a></li>
<li class="ps-4 text-sm px-2"><a href="#my-callback-never-runs">${rH10}</a></li></ul></div></nav></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"meta":{"title":"useIdleCallback"},"languages":null}},
"page":"/[[...markdownPath]]","query":{"markdownPath":["reference","react","useIdleCallback"]},"buildId":"qJ2kV8dHk1","isFallback":false,
"gsp":true,"scriptLoader":[]}</script></body></html>`;
export const reactReference: TestPage = {
  html: rHtml,
  name: 'heldout132-react-dev-reference',
  kind: 'docs',
  // the intro, the Pitfall text and the Deep Dive text (hidden until "Show Details") are body; the Deep Dive title is a
  // heading; the Pitfall and Deep Dive labels and the signature and Sandpack code are in neither list; the inline table
  // of contents and the "On this page" rail, which repeat the headings, are left out
  title: rTitle,
  headings: [rH1, rH2, rH3, rH4, rH5, rH6, rH7, rH8, rDeep, rH9, rH10],
  body: [...texts(rIntro), ...texts(rP1), ...texts(rParams), ...texts(rP2), ...rCaveats.map(plain), ...texts(rP3), ...texts(rPitfall)].concat(
    texts(rP4),
    texts(rP5),
    texts(rP6),
  ),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rBanner, 'v19.2', 'Search', ...rTop.filter((t) => t !== rH1), 'react@19.2', 'Hooks', ...rHooks, ...rHooks2, ...rSide, 'react-dom@19.2', ...rSide2,
    'Rules of React', ...rSide3,
    'API Reference', 'App.js', 'Download', 'Reset', 'Fork', 'Show more', 'Show Details', 'Is this page useful?', 'Previous', 'Next',
    'Copyright © Meta Platforms, Inc', 'uwu?', 'Learn React', ...rFoot, ...rFoot2, 'On this page', 'Overview',
  ],
};
