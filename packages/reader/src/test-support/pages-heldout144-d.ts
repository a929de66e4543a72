import { links, ps, type TestPage, texts } from './page-kit.js';
import { laravelDocs } from './pages-heldout144-d2.js';

/**
 * Held-out batch 144, file d: a Tailwind CSS v4 documentation page (the header with the version button, "Quick search",
 * the Docs / Blog / Showcase / Sponsor / Plus links and the GitHub link, the mobile breadcrumb bar, the sidebar with its
 * top links and section lists, the category eyebrow over the h1, the lead paragraph, headings wrapped in anchor links
 * with icons, code figures with language labels, a table, the right rail with "On this page" and the Tailwind Plus promo,
 * and the copyright line) and, from file d2, a Laravel documentation page.
 */
const twTitle = 'Detecting classes in source files';
const twLead = 'Understanding and customizing how Tailwind scans your source files.';
const twH1 = 'Overview';
const twP1 = [
  `Tailwind works by reading your project for class names and generating only the CSS those classes need. It does not run your
code or understand your framework. It treats every file as plain text and looks for tokens that could be class names.`,
  `This keeps the generated stylesheet small, because utilities you never use are never written, and it means Tailwind works
the same way in a static HTML page, a React component or a server-rendered template.`,
];
const twH2 = 'How classes are detected';
const twP2 = [
  `Tailwind splits the content of each file into tokens and keeps the ones that match the shape of a utility it knows. A token
such as <code>bg-teal-600</code> generates CSS; a token such as <code>teal</code> on its own does not, because no utility
has that name.`,
  `Because the scan is plain text, a class name must appear in full somewhere in your files. Tailwind cannot follow string
concatenation or look up values at runtime.`,
];
const twH3 = 'Dynamic class names';
const twP3 = [
  `Building a class name from pieces is the most common reason a style is missing. In the first example below the full names
never appear in the file, so Tailwind has nothing to find:`,
  'Instead, map each value to a complete class name, so that every name exists in the source:',
];
const twH4 = 'Which files are scanned';
const twP4 = ['Tailwind scans every file in your project, apart from the following:'];
const twList = [
  'Files and folders listed in your <code>.gitignore</code> file.',
  'Files in the <code>node_modules</code> folder.',
  'Binary files such as images, videos and archives.',
  'CSS files and lock files of common package managers.',
];
const twH5 = 'Registering sources explicitly';
const twP5 = [
  `If a library in <code>node_modules</code> uses Tailwind classes in its own components, register its folder with the
<code>@source</code> directive so that those classes are found:`,
  `You can also set the folder that the scan starts from, which is useful in a monorepo where the stylesheet lives in a
different package from the templates.`,
];
const twRows = [
  ['@source "../path"', 'Scans an extra folder or file.'],
  ['@source not "../path"', 'Leaves a folder or file out of the scan.'],
  ['@source inline("underline")', 'Generates the given utilities whether they are found or not.'],
  ['source(none)', 'Turns off automatic detection for a stylesheet.'],
];
const twTh = ['Directive', 'Effect'];
const twH6 = 'Safelisting utilities';
const twP6 = [
  `Sometimes a class name only exists in a database or a CMS and never appears in your files. Use <code>@source inline()</code>
to generate it anyway. Brace expansion lets you list several variants at once, such as every shade of a colour from 50 to 950.`,
];
const twCodeBad = `<div class="text-{{ tone }}-600">...</div>`;
const twCodeGood = `const tones = { error: 'text-red-600', success: 'text-green-600' };`;
const twCodeCss = `@import "tailwindcss";
@source "../node_modules/@harbourui/components";`;
const twTopNav = ['Docs', 'Blog', 'Showcase', 'Sponsor', 'Plus'];
const twSideTop = ['Documentation', 'Components', 'Templates', 'UI Kit', 'Playground', 'Course', 'Community'];
const twSide: [string, string[]][] = [
  ['Getting started', ['Installation', 'Editor setup', 'Compatibility', 'Upgrade guide']],
  [
    'Core concepts',
    ['Styling with utility classes', 'Hover, focus, and other states', 'Responsive design', 'Dark mode', 'Theme variables', 'Colors', 'Adding custom styles'],
  ],
  ['Base styles', ['Preflight']],
  ['Layout', ['aspect-ratio', 'columns', 'break-after', 'box-sizing', 'display']],
];
const twSide2 = ['Functions and directives'];
const twPlus = ['Tailwind Plus', 'Ready-made components and templates, built by the people who make Tailwind CSS.', 'Browse components'];
const twH = (id: string, t: string, lvl = 2): string => `<h${lvl} id="${id}" class="scroll-mt-28"><a class="group relative border-none lg:-ml-2 lg:pl-2"
href="#${id}"><span class="absolute -ml-8 hidden items-center border-0 opacity-0 group-hover:opacity-100 group-focus:opacity-100 lg:flex"><span
class="flex h-6 w-6 items-center justify-center rounded-md text-gray-400 shadow-sm ring-1 ring-gray-900/5"><svg width="12" height="12" fill="none"
aria-hidden="true"></svg></span></span>${t}</a></h${lvl}>`;
const twFig = (lang: string, code: string): string => `<figure class="not-prose"><div class="rounded-xl bg-gray-950 p-1 text-sm"><div
class="flex items-center px-3 pt-0.5 pb-1.5 text-xs/5 text-gray-400"><span>${lang}</span></div><div class="rounded-lg bg-white/5"><pre
class="shiki tailwindcss-theme overflow-auto p-4"><code>${code.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code></pre></div></div></figure>`;
const twHtml = `<!DOCTYPE html><html lang="en" class="h-full antialiased"><head><meta charSet="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/_next/static/css/0d8a7f3b1e2c.css" data-precedence="next"><script src="/_next/static/chunks/webpack-5f2e1a.js" async></script>
<title>Detecting classes in source files - Core concepts - Tailwind CSS</title><meta name="description" content="${twLead}">
<meta property="og:title" content="Detecting classes in source files - Core concepts"><meta property="og:site_name" content="Tailwind CSS">
<meta property="og:image" content="https://tailwindcss.com/api/og?path=/docs/detecting-classes-in-source-files">
<meta name="twitter:site" content="@tailwindcss">
<link rel="canonical" href="https://tailwindcss.com/docs/detecting-classes-in-source-files"></head>
<body class="bg-white dark:bg-gray-950"><div class="isolate"><div class="fixed inset-x-0 top-0 z-10 border-b border-gray-950/5 dark:border-white/10">
<div class="bg-white dark:bg-gray-950"><div class="flex h-14 items-center justify-between gap-8 px-4 sm:px-6"><div class="flex items-center gap-4">
<a class="shrink-0" aria-label="Home" href="/"><svg viewBox="0 0 167 21" fill="none" class="h-5 text-black dark:text-white"></svg></a>
<button type="button" class="flex items-center gap-0.5 rounded-2xl bg-gray-950/5 py-0.5 pr-1.5 pl-2.5 text-xs/5 font-medium">v4.1</button></div>
<div class="flex items-center gap-6 max-md:hidden"><button type="button" class="inline-flex items-center gap-1 rounded-full bg-gray-950/2 px-2 py-1">
<svg aria-hidden="true"></svg><span>Quick search...</span><kbd class="font-sans text-gray-500">Ctrl K</kbd></button>
${twTopNav.map((t) => `<a class="text-sm/6 text-gray-950 dark:text-white" href="/${t.toLowerCase()}">${t}</a>`).join('\n')}
<a href="https://github.com/tailwindlabs/tailwindcss" class="text-gray-950 dark:text-white" aria-label="GitHub repository"><svg viewBox="0 0 20 20"></svg></a>
</div></div><div class="flex h-14 items-center border-t border-gray-950/5 px-4 lg:hidden"><button type="button" class="relative inline-grid size-7"
aria-label="Navigation"><svg></svg></button><ol class="sticky ml-4 flex min-w-0 items-center gap-2 text-sm/6 whitespace-nowrap">
<li class="flex items-center gap-2">
<span class="text-gray-500">Core concepts</span></li><li class="truncate text-gray-950">${twTitle}</li></ol></div></div></div>
<div class="grid min-h-dvh grid-cols-1 grid-rows-[1fr_1px_auto_1px_auto] pt-26.25 lg:grid-cols-[var(--container-2xs)_2.5rem_minmax(0,1fr)_2.5rem] lg:pt-14.25">
<div class="relative col-start-1 row-span-full row-start-1 max-lg:hidden"><div class="absolute inset-0"><div class="sticky top-14.25 bottom-0 left-0 h-full
max-h-[calc(100dvh-(var(--spacing)*14.25))] w-2xs overflow-y-auto p-6"><nav class="flex flex-col gap-8"><div class="flex flex-col gap-3">
${twSideTop
  .map(
    (t) => `<a class="inline-flex items-center gap-3 text-base/8 text-gray-600 sm:text-sm/7" href="/${t.toLowerCase()}"><svg>
</svg>${t}</a>`,
  )
  .join('\n')}
</div>${twSide
  .map(
    ([h, items]) => `<div class="flex flex-col gap-3"><h3 class="font-mono text-sm/6 font-medium tracking-widest text-gray-500 uppercase sm:text-xs/6">${h}</h3>
<ul class="flex flex-col gap-2 border-l border-[color-mix(in_oklab,_var(--color-gray-950),white_90%)]">${links(items, 'border-l border-transparent pl-5')}
${
  h === 'Core concepts'
    ? `<li class="-ml-px flex flex-col items-start gap-2"><a aria-current="page" class="inline-block border-l border-current pl-5 font-semibold
text-sky-500" href="/docs/detecting-classes-in-source-files">${twTitle}</a></li>${links(twSide2, 'pl-5')}`
    : ''
}</ul></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="relative row-start-1 grid grid-cols-subgrid lg:col-start-3"><div class="mx-auto grid w-full max-w-2xl grid-cols-1 gap-10 xl:max-w-5xl
xl:grid-cols-[minmax(0,1fr)_var(--container-2xs)]"><div class="px-4 pt-10 pb-24 sm:px-6 xl:pr-0"><div id="header" class="relative z-10 max-w-2xl">
<p data-section="true" class="flex items-center font-mono text-sm/7 font-medium tracking-widest text-gray-500 uppercase">Core concepts</p>
<h1 data-title="true" class="mt-2 text-3xl font-medium tracking-tight text-gray-950 sm:text-4xl">${twTitle}</h1>
<p data-description="true" class="mt-6 text-base/7 text-gray-700">${twLead}</p></div>
<div class="prose mt-10" data-content="true">
${twH('overview', twH1)}
${ps(twP1)}
${twH('how-classes-are-detected', twH2)}
${ps(twP2)}
${twH('dynamic-class-names', twH3, 3)}
${ps(twP3.slice(0, 1))}
${twFig('HTML', twCodeBad)}
${ps(twP3.slice(1))}
${twFig('JSX', twCodeGood)}
${twH('which-files-are-scanned', twH4, 3)}
${ps(twP4)}
<ul>${twList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${twH('registering-sources-explicitly', twH5)}
${ps(twP5.slice(0, 1))}
${twFig('CSS', twCodeCss)}
${ps(twP5.slice(1))}
<table><thead><tr>${twTh.map((t) => `<th>${t}</th>`).join('')}</tr></thead><tbody>
${twRows.map((r) => `<tr><td><code>${r[0]}</code></td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table>
${twH('safelisting-utilities', twH6)}
${ps(twP6)}
</div></div>
<div class="max-xl:hidden"><div class="sticky top-14 max-h-[calc(100svh-3.5rem)] overflow-x-hidden px-6 pt-10 pb-24"><div class="flex flex-col gap-3">
<h2 class="font-mono text-sm/6 font-medium tracking-widest text-gray-500 uppercase sm:text-xs/6">On this page</h2><ul class="flex flex-col gap-2 border-l">
${[twH1, twH2, twH3, twH4, twH5, twH6]
  .map(
    (t, i) => `<li><a href="#t${i}" class="block border-l pl-4 text-sm/6 text-gray-700">${t}</a>
</li>`,
  )
  .join('\n')}</ul></div>
<div class="mt-12 rounded-2xl bg-gray-950/2.5 p-1.5"><img src="/_next/static/media/plus-promo.7c3e0a.png" alt="" class="rounded-xl"><div class="p-4">
<p class="text-sm/6 font-semibold text-gray-950">${twPlus[0]}</p><p class="mt-1 text-sm/6 text-gray-700">${twPlus[1]}</p>
<a class="mt-4 inline-block rounded-full bg-gray-950 px-3 py-1 text-sm/6 text-white" href="/plus?ref=sidebar">${twPlus[2]}</a></div></div></div></div></div>
</div>
<div class="row-start-5 grid lg:col-start-3"><div class="mx-auto w-full max-w-2xl px-4 pt-10 pb-16 sm:px-6 xl:max-w-5xl"><p class="text-sm/6 text-gray-600">
Copyright © 2025 Tailwind Labs Inc.·<a class="hover:underline" href="/brand">Trademark Policy</a></p></div></div></div></div>
<script>self.__next_f=self.__next_f||[];self.__next_f.push([0]);self.__next_f.push([1,"2:I[\\"7180\\",[],\\"\\"]"])</script></body></html>`;
const tailwindDocs: TestPage = {
  html: twHtml,
  name: 'heldout144-tailwind-docs',
  kind: 'docs',
  // the lead paragraph under the h1 is body and the category eyebrow over it furniture; table data cells are body (the
  // first column is code in a cell), header cells and code-figure language labels in neither list; the sidebar entry and
  // mobile breadcrumb repeating the title and the "On this page" links are left out
  title: twTitle,
  headings: [twH1, twH2, twH3, twH4, twH5, twH6],
  body: texts([twLead, ...twP1, ...twP2, ...twP3, ...twP4, ...twList, ...twP5, ...twRows.flat(), ...twP6]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'v4.1', 'Quick search...', 'Ctrl K', ...twTopNav, 'Core concepts', ...twSideTop, ...twSide.flatMap(([h, items]) => [h,
    ...items]).filter((t) => t !== 'Core concepts'),
    ...twSide2, 'On this page', ...twPlus, 'Copyright © 2025 Tailwind Labs Inc.', 'Trademark Policy',
  ],
};

export const HELDOUT144_D: readonly TestPage[] = [tailwindDocs, laravelDocs];
