import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 96, file e2: a react.dev "Learn" page as the Next.js site renders it (the event banner, the top bar with
 * logo, version link, search button and section links, the left sidebar tree with section labels, the breadcrumb, the
 * intro, the "You will learn" box, headings with anchor links, Sandpack editors with their toolbar buttons, a Pitfall
 * callout, a collapsed Deep Dive, the Recap, the challenges box with tabs and buttons, the right "On this page" list, the
 * feedback prompt, previous / next links and the footer columns).
 */
const rxTitle = 'Calculating Values During Rendering';
const rxIntro = [
  'Not everything your component shows needs to live in state. If a value can be worked out from props or existing state, it is ' +
    'usually better to calculate it while rendering than to store it separately and try to keep the two in sync.',
];
const rxLearn = [
  'How to tell whether a value belongs in state',
  'How to calculate values from props and state while rendering',
  'When caching a slow calculation with <code>useMemo</code> is worth it',
];
const rxH1 = 'Values that can be calculated don’t belong in state';
const rxP1 = [
  'Imagine a shopping list where each item has a name and a checked flag. You want to show how many items are left. It might be ' +
    'tempting to keep the count in its own state variable and update it whenever an item changes:',
];
const rxCode1 = `const [items, setItems] = useState(initialItems);
const [remaining, setRemaining] = useState(initialItems.length);`;
const rxP2 = [
  'This works until you forget to update <code>remaining</code> in one of the event handlers. Then the number on the screen and ' +
    'the actual list disagree, and the bug can be hard to track down because nothing looks wrong in either piece of state on its own.',
  'The count is fully determined by the list. Instead of storing it, calculate it from <code>items</code> every time the ' + 'component renders:',
];
const rxSandpack = [
  'export default function ShoppingList({ initialItems }) {',
  '  const [items, setItems] = useState(initialItems);',
  '  const remaining = items.filter(item =&gt; !item.checked).length;',
  '  return &lt;h2&gt;{remaining} items left&lt;/h2&gt;;',
  '}',
];
const rxP3 = [
  'Now there is only one source of truth. Whenever <code>items</code> changes, React renders the component again and ' +
    '<code>remaining</code> is calculated from the new list.',
];
const rxH2 = 'Asking the right question';
const rxP4 = ['Before adding a state variable, ask yourself a few questions about the value:'];
const rxQs = [
  'Does it stay the same over time? If so, it probably isn’t state.',
  'Is it passed in from a parent as a prop? If so, it isn’t state.',
  'Can you compute it from existing state or props? If so, it definitely isn’t state.',
];
const rxP5 = ['Anything left over after those questions is a good candidate for state.'];
const rxPitfall = [
  'Don’t copy props into state just to have a local variable to work with. If you write <code>useState(props.color)</code>, the ' +
    'state is only set on the first render and will silently ignore later changes to the prop.',
];
const rxH3 = 'Caching slow calculations';
const rxP6 = [
  'Most calculations, like filtering a list of a few hundred items, are fast enough to run on every render. If you have measured ' +
    'a calculation and found it is genuinely slow, you can wrap it in <code>useMemo</code> so that React skips it when its ' +
    'inputs haven’t changed:',
];
const rxCode2 = `const visibleTodos = useMemo(() =&gt; filterTodos(todos, tab), [todos, tab]);`;
const rxP7 = [
  'Keep in mind that <code>useMemo</code> is an optimization. Your code should still work without it, so write the calculation ' +
    'first and add caching only if you need it.',
];
const rxDeepH = 'How do I know if a calculation is slow?';
const rxDeep = [
  'Add a <code>console.time()</code> call before the calculation and <code>console.timeEnd()</code> after it, then interact with ' +
    'the page. If the logged time adds up to a significant amount, say 1 ms or more, it may be worth caching. Your own machine ' +
    'is probably faster than your users’ devices, so test with CPU throttling turned on.',
];
const rxRecap = [
  'If a value can be calculated from props or state, calculate it during rendering instead of storing it.',
  'Duplicated state gets out of sync and causes hard-to-find bugs.',
  'Use <code>useMemo</code> to cache a calculation only after measuring that it is slow.',
];
const rxChH = 'Filter a list without extra state';
const rxCh = [
  'This todo list keeps a separate <code>visibleTodos</code> state variable that is updated whenever the filter or the list ' +
    'changes. Sometimes it shows the wrong items. Remove the extra state and calculate the visible todos while rendering instead.',
];
const rxSide: [string, string[]][] = [
  ['GET STARTED', ['Quick Start', 'Installation', 'Setup', 'React Compiler']],
  ['LEARN REACT', ['Describing the UI', 'Adding Interactivity', 'Managing State']],
];
const rxState = ['Reacting to Input with State', 'Choosing the State Structure', rxTitle, 'Sharing State Between Components', 'Preserving and Resetting State'];
const rxAfter = ['Escape Hatches'];
const rxFoot: [string, string[]][] = [
  ['Learn React', ['Quick Start', 'Installation', 'Describing the UI', 'Adding Interactivity', 'Managing State', 'Escape Hatches']],
  ['API Reference', ['React APIs', 'React DOM APIs']],
  ['Community', ['Code of Conduct', 'Meet the Team', 'Docs Contributors', 'Acknowledgements']],
  ['More', ['Blog', 'React Native', 'Privacy', 'Terms']],
];
const tw = 'class="text-primary dark:text-primary-dark"';
const para = (a: readonly string[]): string => a.map((t) => `<p class="whitespace-pre-wrap my-4">${t}</p>`).join('\n');
const ul = (a: readonly string[]): string => `<ul class="ms-6 my-3 list-disc">${a.map((t) => `<li class="leading-relaxed mb-1">${t}</li>`).join('\n')}</ul>`;
const h2 = (t: string, id: string): string => `<h2 id="${id}" class="mdx-heading text-3xl font-display leading-10 text-primary dark:text-primary-dark my-6
font-bold">${t}<a href="#${id}" aria-label="Link for this heading" title="Link for this heading" class="mdx-header-anchor ms-2 inline-block"><svg width="1em"
height="1em" viewBox="0 0 13 13" xmlns="http://www.w3.org/2000/svg" class="text-gray-70"><g fill="currentColor" fill-rule="evenodd"></g></svg></a></h2>`;
const code = (c: string): string => `<div dir="ltr" class="rounded-2xl h-full w-full overflow-x-auto flex items-center bg-wash dark:bg-gray-95 shadow-lg my-8">
<div class="sp-wrapper"><div class="sp-stack"><div class="sp-code-editor"><pre class="sp-cm sp-pristine sp-javascript flex align-start"><code
class="sp-pre-placeholder grow-[2]">${c}</code></pre></div></div></div></div>`;
const sandpack = (file: string, lines: readonly string[]): string => `<div class="sandpack sandpack--playground w-full my-8" dir="ltr"><div class="sp-wrapper">
<div class="shadow-lg dark:shadow-lg-dark rounded-lg"><div class="bg-wash dark:bg-card-dark flex justify-between items-center relative z-10 border-b"><div
class="px-1 flex"><button class="sp-tab-button border-link text-link" data-active="true" role="tab" aria-selected="true">${file}</button></div>
<div class="px-3 flex items-center justify-end text-start"><button class="text-sm text-primary inline-flex mx-1" title="Download Sandbox"><svg
width="1em" height="1em"></svg>Download</button><button class="text-sm text-primary inline-flex mx-1" title="Reset Sandbox"><svg width="1em" height="1em"></svg>
Reset</button><button class="text-sm text-primary inline-flex mx-1" title="Open in CodeSandbox"><svg width="1em" height="1em"></svg>Fork</button></div></div>
<div class="sp-layout sp-custom-layout"><div class="sp-stack sp-editor"><div class="sp-code-editor"><div class="cm-editor"><div class="cm-scroller"><div
class="cm-content" role="textbox" aria-multiline="true">${lines.map((l) => `<div class="cm-line">${l}</div>`).join('')}</div></div></div></div></div>
<div class="sp-stack sp-preview"><iframe class="sp-preview-iframe" title="Sandpack Preview" sandbox="allow-scripts allow-same-origin"></iframe></div></div>
</div></div></div>`;
const side = `<nav role="navigation" class="w-full pt-6 scrolling-touch lg:h-auto grow pe-0 lg:pe-5 lg:pb-16 md:pt-4 lg:pt-4 scrolling-gpu"><ul>
${rxSide
  .map(
    ([h, items]) => `<li class="mt-5"><h3 class="mb-1 text-sm font-bold ms-5 text-tertiary">${h}</h3></li>
${items
  .map(
    (t) =>
      `<li><a class="p-2 pe-2 w-full rounded-none lg:rounded-e-2xl text-start" href="/learn/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>${
        t === 'Managing State'
          ? `<ul>${rxState.map((s) => `<li><a class="ps-8 text-sm" href="/learn/${s.toLowerCase().replace(/ /g, '-')}">${s}</a></li>`).join('')}</ul>`
          : ''
      }</li>`,
  )
  .join('\n')}`,
  )
  .join('\n')}
<li><a class="p-2 pe-2 w-full text-start" href="/learn/escape-hatches">${rxAfter[0]}</a></li></ul></nav>`;
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rxTitle} – React</title><meta name="description" content="The library for web and native user interfaces">
<meta property="og:title" content="${rxTitle} – React"><meta property="og:type" content="website"><link rel="canonical"
href="https://react.example/learn/calculating-values">
<meta name="next-head-count" content="24"><link rel="preload" href="/_next/static/css/aa41b4f5c3a1.css" as="style">
<link rel="stylesheet" href="/_next/static/css/aa41b4f5c3a1.css" data-n-g=""><script src="/_next/static/chunks/webpack-8b1d.js" defer></script>
<script>(function () { function setTheme(newTheme) { window.__theme = newTheme; } setTheme(localStorage.getItem('theme') || 'light'); })();</script></head>
<body class="font-text font-medium antialiased text-lg bg-wash dark:bg-wash-dark text-secondary dark:text-secondary-dark leading-base"><div id="__next">
<div class="h-[40px] hidden lg:flex w-full bg-gray-100 dark:bg-gray-700 text-base md:text-lg py-2 sm:py-0 items-center justify-center flex-col sm:flex-row
z-[100]">
<div class="hidden sm:block">Join us for React Summit Online on November 12–13.</div><a class="text-link ms-0 sm:ms-1" href="/community/conferences">Learn
more.</a></div>
<div class="sticky top-0 lg:bottom-0 lg:h-[calc(100vh-4rem)] flex flex-col shadow-nav dark:shadow-nav-dark lg:shadow-none z-50"><nav class="duration-300
backdrop-filter backdrop-blur-lg backdrop-saturate-200 transition-shadow bg-opacity-90 items-center w-full flex justify-between bg-wash px-1.5 lg:pe-5 lg:ps-4
z-50">
<div class="h-16 w-full gap-0 sm:gap-3 flex items-center justify-between"><div class="flex items-center"><a href="/" class="active:scale-95 overflow-hidden
transition-transform relative items-center text-primary p-1 whitespace-nowrap outline-link rounded-full 3xl:rounded-xl inline-flex text-lg font-normal
gap-2"><svg
viewBox="-10.5 -9.45 21 18.9" class="uwu-hidden text-sm me-0 w-10 h-10 text-brand flex origin-center transition-all ease-in-out"></svg><span
class="sr-only 3xl:not-sr-only">React</span></a><div class="flex items-center"><a href="/versions" class="flex py-2 flex-column justify-center items-center
text-gray-50 dark:text-gray-30 hover:text-link text-sm ms-3 -mt-1">v19.2</a></div></div><div class="flex-1 h-10 hidden md:flex"><button type="button"
class="flex 3xl:w-[56rem] 3xl:mx-0 relative ps-4 pe-1 py-1 h-10 bg-gray-30/20 outline-none focus:outline-link betterhover:hover:bg-opacity-80 pointer
items-center
text-start w-full text-gray-30 rounded-full align-middle text-base"><svg width="1em" height="1em" viewBox="0 0 20 20" class="me-3 align-middle text-gray-30
shrink-0 group-betterhover:hover:text-gray-70"></svg>Search<span class="ms-auto hidden sm:flex item-center me-1"><kbd class="bg-wash text-gray-30
align-middle p-0 inline-flex justify-center items-center text-xs text-center me-1 border-transparent h-6 w-6 rounded-lg">Ctrl</kbd><kbd class="bg-wash
text-gray-30 p-0 inline-flex justify-center items-center text-xs text-center border-transparent h-6 w-6 rounded-lg">K</kbd></span></button></div>
<div class="text-base justify-center items-center gap-1.5 flex 3xl:flex-1 flex-row 3xl:justify-end"><div class="mx-2.5 gap-1.5 hidden lg:flex">
<a class="active:scale-95 transition-transform w-full text-center outline-link py-1.5 px-1.5 xs:px-3 sm:px-4 rounded-full capitalize
text-link bg-highlight dark:bg-highlight-dark dark:text-link-dark" href="/learn">Learn</a><a class="py-1.5 px-1.5 xs:px-3 sm:px-4 rounded-full capitalize
hover:bg-primary/5" href="/reference/react">Reference</a><a class="py-1.5 px-1.5 rounded-full capitalize" href="/community">Community</a><a
class="py-1.5 px-1.5 rounded-full capitalize" href="/blog">Blog</a></div></div></div></nav>
<div class="overflow-y-scroll no-bg-scrollbar lg:w-[342px] grow bg-wash dark:bg-wash-dark">${side}</div></div>
<div class="flex flex-1 w-full h-full self-stretch min-w-0"><main class="min-w-0 isolate"><article class="font-normal break-words text-primary
dark:text-primary-dark"><div class="ps-0"><div><div class="max-w-4xl ms-0 lg:ms-auto mx-auto lg:mx-0 px-5 sm:px-12 pt-8 sm:pt-7 lg:pt-5"><div
class="flex flex-wrap"><a class="text-link dark:text-link-dark text-sm tracking-wide font-bold uppercase me-1 hover:underline" href="/learn">Learn
React</a><span
class="inline-block me-1 text-link text-lg"><svg width="20" height="20"></svg></span><a class="text-link text-sm tracking-wide font-bold uppercase me-1
hover:underline" href="/learn/managing-state">Managing State</a></div><h1 class="mt-0 text-primary dark:text-primary-dark -mx-.5 break-words text-5xl
font-display font-bold leading-tight">${rxTitle}</h1><div class="text-xl text-primary dark:text-primary-dark leading-relaxed">${para(rxIntro)}</div></div></div>
<div class="px-5 sm:px-12"><div class="max-w-7xl mx-auto"><div class="max-w-4xl ms-0 2xl:mx-auto">
<section class="p-8 mt-16 mb-16 flex flex-row shadow-inner-border dark:shadow-inner-border-dark justify-between items-center bg-card dark:bg-card-dark
rounded-2xl">
<div class="learn-box"><h3 ${tw} class="mdx-heading text-2xl font-display leading-9 my-0 mb-4" id="you-will-learn">You will
learn</h3>${ul(rxLearn)}</div></section>
${h2(rxH1, 'values-that-can-be-calculated')}
${para(rxP1)}
${code(rxCode1)}
${para(rxP2)}
${sandpack('App.js', rxSandpack)}
${para(rxP3)}
${h2(rxH2, 'asking-the-right-question')}
${para(rxP4)}
${ul(rxQs)}
${para(rxP5)}
<div class="expandable-callout pt-8 pb-4 px-5 sm:px-8 my-8 relative rounded-none shadow-inner-border -mx-5 sm:mx-auto sm:rounded-2xl bg-red-5 dark:bg-red-60
dark:bg-opacity-5"><h3 class="text-2xl font-display font-bold text-red-60 dark:text-red-40"><svg class="inline me-3 mb-1 text-lg" width="1em"
height="1em"></svg>Pitfall</h3><div class="relative"><div class="py-2">${para(rxPitfall)}</div></div></div>
${h2(rxH3, 'caching-slow-calculations')}
${para(rxP6)}
${code(rxCode2)}
${para(rxP7)}
<section class="my-12 rounded-2xl shadow-inner-border dark:shadow-inner-border-dark relative"><div class="p-8"><h5 class="mb-4 uppercase font-bold flex
items-center text-sm text-purple-50 dark:text-purple-30"><svg class="inline me-2" width="1em" height="1em"></svg>Deep Dive</h5><div class="mb-4"><h3
class="text-xl font-display font-bold text-primary" id="how-do-i-know">${rxDeepH}</h3></div><button class="inline-flex items-center justify-center
text-base leading-tight font-bold rounded-full py-2 px-4 text-primary shadow-secondary-button-stroke"><span class="me-1"><svg width="1em" height="1em"></svg>
</span>Show Details</button></div><div class="p-8 border-t border-purple-10 dark:border-purple-90 leading-normal"
style="display:none">${para(rxDeep)}</div></section>
${h2('Recap', 'recap')}
${ul(rxRecap)}
${h2('Try out some challenges', 'challenges')}
<div class="max-w-7xl mx-auto py-4"><div class="rounded-2xl bg-card dark:bg-card-dark shadow-inner-border"><div class="pt-5 px-5 sm:px-8 pb-6 sm:pb-8 lg:px-10">
<nav class="flex flex-row gap-2 overflow-x-auto"><button class="py-2 mr-4 text-base border-b-4 duration-100 ease-in transition whitespace-nowrap text-link
border-link">1. ${rxChH}</button><button class="py-2 mr-4 text-base border-b-4 whitespace-nowrap text-secondary border-transparent">2. Sort without mutating
the original array</button></nav></div><div class="p-5 sm:py-8 sm:px-8 lg:px-10"><div><h3 class="text-xl text-primary dark:text-primary-dark mb-2 mt-0
font-medium"><div class="font-bold block md:inline">Challenge 1 of 2: </div>${rxChH}</h3>${para(rxCh)}
${sandpack('App.js', ['export default function TodoList({ todos, filter }) {', '  const [visibleTodos, setVisibleTodos] = useState([]);', '}'])}
<div class="flex justify-between items-center mt-4"><button class="inline-flex font-bold items-center rounded-full py-2 px-4 text-primary">Show
solution</button>
<button class="inline-flex font-bold items-center rounded-full py-2 px-4 bg-link text-white">Next Challenge<svg width="1.25em" height="1.25em"></svg>
</button></div></div></div></div></div>
</div></div></div>
<div class="max-w-4xl ms-0 2xl:mx-auto px-5 sm:px-12 pt-16"><div class="self-stretch w-full"><p class="w-full text-lg font-bold text-center">Is this page
useful?</p><div class="flex justify-center"><button aria-label="Yes" class="bg-secondary-button rounded-full"><svg width="1em" height="1em"></svg></button>
<button aria-label="No" class="bg-secondary-button rounded-full"><svg width="1em" height="1em"></svg></button></div></div>
<div class="flex flex-col md:flex-row items-center max-w-4xl mx-auto pb-16"><a class="flex gap-x-4 md:gap-x-6 items-center w-full md:w-80 px-4 md:px-5 py-6
border-2 border-transparent text-base leading-base text-link rounded-lg group focus:text-link" href="/learn/choosing-the-state-structure"><span><span
class="block no-underline text-sm tracking-wide text-secondary uppercase font-bold">Previous</span><span class="block text-lg group-hover:underline">Choosing
the State Structure</span></span></a><a class="flex gap-x-4 md:gap-x-6 items-center w-full md:w-80 px-4 md:px-5 py-6 text-base text-link rounded-lg"
href="/learn/sharing-state-between-components"><span><span class="block no-underline text-sm tracking-wide text-secondary uppercase font-bold">Next</span><span
class="block text-lg group-hover:underline">Sharing State Between Components</span></span></a></div></div></div></article>
<footer class="text-secondary dark:text-secondary-dark"><div class="grid grid-cols-2 md:grid-cols-3 xl:grid-cols-5 gap-x-12 gap-y-8 max-w-7xl mx-auto">
<div class="col-span-2 md:col-span-1 justify-items-start mt-3.5"><a href="https://opensource.fb.example/" aria-label="Meta Open Source"><svg width="1em"
height="1em"></svg></a><div class="text-xs text-left rtl:text-right mt-2 pe-0.5">Copyright © Meta Platforms, Inc</div></div>
${rxFoot
  .map(
    ([h, items]) => `<div class="flex flex-col">${
      h === 'More'
        ? `<div class="text-primary font-bold">${h}</div>`
        : `<a class="text-primary font-bold"
href="/f">${h}</a>`
    }
${items.map((t) => `<a class="text-sm text-secondary py-1" href="/f/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('')}</div>`,
  )
  .join('\n')}</div></footer></main>
<div class="hidden -mt-16 lg:max-w-custom-xs 2xl:block"><nav role="navigation" class="pt-20 sticky top-0 end-0"><h2 class="mb-3 lg:mb-3 uppercase tracking-wide
font-bold text-sm text-secondary dark:text-secondary-dark px-4 w-full">On this page</h2><div class="w-full toc-scroll"><ul class="space-y-2 pb-16">
${['Overview', rxH1, rxH2, rxH3, 'Recap', 'Try out some challenges']
  .map(
    (t, i) => `<li class="text-sm px-2 rounded-s-xl${i === 0 ? ' bg-highlight' : ''}"><a class="outline-link block hover:text-link leading-normal py-2"
href="#t${i}">${t}</a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"meta":{"title":"${rxTitle}"},"section":"learn"}},
"page":"/[[...markdownPath]]"}</script>
</body></html>`;
export const reactPage: TestPage = {
  html,
  name: 'heldout96-react-dev-docs',
  kind: 'docs',
  // "You will learn", the Deep Dive title, "Recap", "Try out some challenges" and the challenge title are headings; the learn
  // list, the Pitfall text, the collapsed Deep Dive text, the recap list and the challenge text are body; callout labels
  // ("Pitfall", "Deep Dive") and code are in neither list; the sidebar, "On this page" (it repeats the headings; only its
  // "Overview" entry is listed), Sandpack buttons, challenge tabs and buttons, previous / next and the footer are furniture
  title: rxTitle,
  headings: ['You will learn', rxH1, rxH2, rxH3, rxDeepH, 'Recap', 'Try out some challenges', rxChH],
  body: [
    ...rxIntro,
    ...texts(rxLearn),
    ...rxP1,
    ...texts(rxP2),
    ...texts(rxP3),
    ...rxP4,
    ...rxQs,
    ...rxP5,
    ...texts(rxPitfall),
    ...texts(rxP6),
    ...texts(rxP7),
    ...texts(rxDeep),
    ...texts(rxRecap),
    ...texts(rxCh),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Join us for React Summit Online on November 12–13.', 'Learn more.', 'React', 'v19.2', 'Search', 'Ctrl', 'Reference', 'Community', 'Blog',
    ...rxSide.flatMap(([h, items]) => [h, ...items]), ...rxState.filter((t) => t !== rxTitle), ...rxAfter, 'App.js', 'Download', 'Reset',
    'Fork', 'Show Details', `1. ${rxChH}`, '2. Sort without mutating the original array', 'Challenge 1 of 2:', 'Show solution', 'Next Challenge',
    'Is this page useful?', 'Previous', 'Next', 'Copyright © Meta Platforms, Inc', 'API Reference', 'React APIs', 'React DOM APIs', 'Code of Conduct',
    'Meet the Team', 'Docs Contributors', 'Acknowledgements', 'More', 'React Native', 'Privacy', 'Terms', 'On this page', 'Overview',
  ],
};
