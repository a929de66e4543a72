import { type TestPage, texts } from './page-kit.js';
import { antoraPage } from './pages-heldout33-e2.js';

/**
 * Held-out batch 33, file e: a Nextra 4 docs page (Tailwind classes under the `x:` prefix, the dismissable release banner and
 * its localStorage script, the navbar with search and project links, the sidebar with a folder and a theme switch, the "On
 * This Page" table of contents with "Question? Give us feedback", "Edit this page" and "Scroll to top", the breadcrumb,
 * the "Copy page" button, icon-only callouts, code blocks with file names and copy buttons, "Last updated on", the pager,
 * the footer and the RSC payload scripts).
 */
const nxTitle = 'Custom fonts';
const nxIntro =
  'Quillmark ships with three font families: Source Serif for body text, Inter for headings, and JetBrains Mono for code. You can ' +
  'replace any of them, or add new families for specific elements, by pointing Quillmark at font files on disk or at a font service.';
const nxH1 = 'Register a font family';
const nxReg =
  'Fonts are registered in the <code class="nextra-code" dir="ltr">fonts</code> section of <code class="nextra-code" dir="ltr">' +
  'quillmark.config.ts</code>. Each family needs a name and at least one file. Add one entry per weight and style you plan to use, ' +
  'because Quillmark won’t synthesize bold or italic faces.';
const nxInfo = 'Quillmark embeds only the glyphs a document actually uses, so a large font file adds very little to the size of the finished PDF.';
const nxH2 = 'Use the family in a theme';
const nxUse =
  'Once a family is registered, refer to it by name anywhere the theme accepts a font. The name is case sensitive and must match ' +
  'the <code class="nextra-code" dir="ltr">family</code> field exactly.';
const nxPer =
  'Themes can also set a font for a single element, for example a condensed family for table headers or a serif for block quotes, ' +
  'without changing the rest of the document.';
const nxH3 = 'Fallback fonts';
const nxFall =
  'When a character is missing from the main font, Quillmark looks through the fallback list in order and uses the first font that ' +
  'has it. This matters most for documents that mix scripts, such as English text with Japanese names, or prose with mathematical symbols.';
const nxFallList = [
  'Put the most specific fonts first, and a broad font such as Noto Sans last.',
  'Fallbacks apply per character, so a single missing glyph does not switch a whole paragraph to another font.',
  'Run <code class="nextra-code" dir="ltr">quillmark check --fonts</code> to list characters that no registered font can render.',
];
const nxWarn =
  'Some font licences forbid embedding in PDF files. Check the licence of every font you register, especially ' + 'fonts downloaded from a foundry’s website.';
const code1 = [
  "import { defineConfig } from 'quillmark'",
  '',
  'export default defineConfig({',
  '  fonts: [',
  "    { family: 'Lora', files: [{ path: './fonts/Lora-Regular.ttf' }, { path: './fonts/Lora-Bold.ttf', weight: 700 }] },",
  '  ],',
  '})',
];
const code2 = ['export default defineTheme({', "  body: { font: 'Lora', size: '10.5pt' },", "  headings: { font: 'Inter', weight: 600 },", '})'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const codeLine = (l: string) => `<span data-line=""><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8">${esc(l)}</span></span>`;
const code = (file: string, lines: readonly string[]) =>
  '<div class="nextra-code x:relative x:not-first:mt-[1.25em]"><div class="x:text-xs x:border-b x:py-2 x:px-4 nextra-border x:flex x:items-center ' +
  `x:gap-2 x:rounded-t-md x:bg-gray-100 x:dark:bg-neutral-900"><span class="x:truncate">${file}</span><div class="x:flex x:gap-1 x:ms-auto">` +
  '<button class="x:transition x:cursor-pointer" title="Copy code" tabindex="0" data-copied="false"></button></div></div><pre class="x:group ' +
  'x:focus-visible:nextra-focus x:overflow-x-auto x:subpixel-antialiased x:text-[.9em] x:bg-white x:dark:bg-black x:py-4 x:ring-1 x:ring-inset ' +
  'x:ring-gray-300 x:rounded-b-md not-prose" tabindex="0" data-language="ts" data-copy=""><code class="nextra-code" dir="ltr" data-language="ts"' +
  ` data-theme="default">${lines.map(codeLine).join('\n')}` +
  '</code></pre></div>';
const callout = (tone: string, text: string) =>
  `<div class="x:overflow-x-auto x:mt-6 x:flex x:rounded-lg x:border x:py-2 x:pe-4 x:contrast-more:border-current x:border-${tone}-200 ` +
  `x:bg-${tone}-100 x:text-${tone}-900 x:dark:border-${tone}-200/30 x:dark:bg-${tone}-900/30 x:dark:text-${tone}-200">` +
  '<div class="x:select-none x:[user-select:none] x:text-xl x:pt-1.5 x:ps-3 x:pe-2" data-pagefind-ignore="all"><svg viewBox="0 0 24 24" ' +
  'height="1.2em" class="x:h-[1.2em] x:w-[1.2em]"><path d="M12 8v4m0 4h.01"/></svg></div><div class="x:w-full x:min-w-0 x:leading-7">' +
  `<p class="x:not-first:mt-[1.25em] x:leading-7">${text}</p></div></div>`;
const h2 = (id: string, t: string) =>
  `<h2 id="${id}" class="x:tracking-tight x:text-slate-900 x:dark:text-slate-100 x:font-semibold x:target:animate-[fade-in_1.5s] x:mt-10 ` +
  `x:border-b x:pb-1 x:text-3xl nextra-border">${t}<a href="#${id}" class="x:focus-visible:nextra-focus subheading-anchor" ` +
  'aria-label="Permalink for this section"></a></h2>';
const p = (t: string) => `<p class="x:not-first:mt-[1.25em] x:leading-7">${t}</p>`;
const nxNav = ['Documentation', 'Examples', 'Blog'];
const nxSide = ['Introduction', 'Installation', 'Writing documents', 'Page layout', 'Images and figures', 'Tables', 'Command line', 'Configuration'];
const sideLink = (t: string, cur = false) =>
  `<li class="x:flex x:flex-col x:gap-1"><a class="x:flex x:rounded x:px-2 x:py-1.5 x:text-sm x:transition-colors x:[word-break:break-word] ` +
  `x:cursor-pointer x:contrast-more:border ${cur ? 'x:bg-primary-100 x:font-semibold x:text-primary-800' : 'x:text-gray-600'}"` +
  `${cur ? ' aria-current="true"' : ''} href="/docs/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`;
const navLink = (t: string, i: number) =>
  `<a class="x:text-sm x:whitespace-nowrap ${i === 0 ? 'x:font-medium x:subpixel-antialiased' : 'x:text-gray-600'}" href="/${t.toLowerCase()}"` +
  `${i === 0 ? ' aria-current="true"' : ''}>${t}</a>`;
const tocLink = (t: string) =>
  `<li class="x:my-2 x:scroll-my-6 x:scroll-py-6"><a href="#${t.toLowerCase().replace(/ /g, '-')}" class="x:focus-visible:nextra-focus ` +
  `x:font-semibold x:break-words x:text-gray-600">${t}</a></li>`;
const nxHtml = `<!DOCTYPE html><html lang="en" dir="ltr" class="__variable_3a0388" suppressHydrationWarning=""><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/1c9b0a8f2e7d4b31.css"
 data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-5d1f6a0b.js"/>
<title>Custom fonts – Quillmark</title><meta name="description" content="Register font files and use them in Quillmark themes."/>
<meta name="generator" content="Next.js"/><meta property="og:title" content="Custom fonts – Quillmark"/>
<script>!function(){try{var d=document.documentElement,c=d.classList;c.remove('light','dark');var e=localStorage.getItem('theme');
if('system'===e||(!e&&true)){var t='(prefers-color-scheme: dark)',m=window.matchMedia(t);if(m.media!==t||m.matches){d.style.colorScheme='dark';
c.add('dark')}else{d.style.colorScheme='light';c.add('light')}}else if(e){c.add(e|| '')}}catch(e){}}()</script></head>
<body><script>try{if(localStorage.getItem("nextra-banner-quillmark-3"))document.documentElement.classList.add("nextra-banner-hidden")}catch(e){}</script>
<div class="nextra-banner x:max-md:sticky x:top-0 x:z-30 x:flex x:items-center x:ps-10 x:text-slate-50 x:bg-neutral-900 x:print:hidden">
<div class="x:w-full x:text-center x:font-medium x:text-sm x:py-2.5">
<a href="/blog/quillmark-3">🎉 Quillmark 3.0 is out with page templates. Read more →</a>
</div><button type="button" aria-label="Dismiss banner" class="x:p-2 x:me-2 x:opacity-80 x:hover:opacity-100 x:cursor-pointer">
<svg height="16" viewBox="0 0 20 20"><path d="M4 4l12 12M16 4L4 16"/></svg></button></div>
<div class="nextra-navbar x:sticky x:top-0 x:z-30 x:w-full x:bg-transparent x:print:hidden"><div class="nextra-navbar-blur x:absolute x:-z-1 x:size-full
 nextra-border x:border-b x:backdrop-blur-md x:bg-nextra-bg/70"></div><nav style="height:var(--nextra-navbar-height)" class="x:mx-auto x:flex
 x:max-w-(--nextra-content-width) x:items-center x:gap-4 x:pl-[max(env(safe-area-inset-left),1.5rem)] x:pr-[max(env(safe-area-inset-right),1.5rem)]
 x:justify-end"><a class="x:focus-visible:nextra-focus x:flex x:items-center x:me-auto" href="/"><svg width="24" height="24" viewBox="0 0 24 24">
<path d="M4 20L20 4"/></svg><b class="x:ms-2">Quillmark</b></a>
<div class="x:flex x:gap-4 x:overflow-x-auto nextra-scrollbar x:py-1.5 x:max-md:hidden">
${nxNav.map(navLink).join('\n')}
</div><div class="nextra-search x:relative x:flex x:items-center x:text-gray-900 x:dark:text-gray-300 x:contrast-more:text-gray-800 x:max-md:hidden">
<input spellcheck="false" autocomplete="off" type="search" placeholder="Search documentation…" class="x:rounded-lg x:px-3 x:py-2 x:w-full x:md:w-64
 x:text-base x:leading-tight x:md:text-sm" value=""/><kbd class="x:absolute x:my-1.5 x:select-none x:pointer-events-none x:end-1.5 x:transition-all
 x:h-5 x:rounded x:bg-nextra-bg x:px-1.5 x:font-mono x:text-[11px] x:font-medium x:text-gray-600 x:dark:text-gray-400">CTRL K</kbd></div>
<a href="https://github.com/quillmark/quillmark" target="_blank" rel="noreferrer"><svg width="24" height="24" fill="currentColor" viewBox="3 3 18 18">
<title>GitHub</title><path d="M12 3C7.0275 3 3 7.12215 3 12.2148"/></svg><span class="x:sr-only">GitHub</span></a>
<a href="https://discord.gg/quillmark" target="_blank" rel="noreferrer"><svg width="24" height="24" fill="currentColor" viewBox="5 -10 256 199">
<title>Discord</title><path d="M216.856339,16.5966031"/></svg><span class="x:sr-only">Discord</span></a>
<button type="button" aria-label="Menu" class="nextra-hamburger x:md:hidden"><svg fill="none" width="24" height="24" viewBox="0 0 24 24"
 stroke="currentColor"><g><path d="M4 6h16"/></g></svg></button></nav></div>
<div class="x:mx-auto x:flex x:max-w-(--nextra-content-width)"><div class="x:motion-reduce:transition-none x:[transition:background-color_1.5s_ease]"></div>
<aside class="nextra-sidebar x:print:hidden x:pt-(--nextra-navbar-height) x:top-0 x:sticky x:shrink-0 x:max-md:hidden x:w-64 x:self-start
 x:transition-all x:ease-in-out x:h-[calc(100dvh-var(--nextra-banner-height))]"><div class="x:p-4 x:overflow-y-auto x:grow nextra-scrollbar nextra-mask">
<ul class="x:flex x:flex-col x:gap-1">
${nxSide
  .slice(0, 3)
  .map((t) => sideLink(t))
  .join('\n')}
<li class="open"><button class="x:items-center x:justify-between x:gap-2 x:text-start x:w-full x:flex x:rounded x:px-2 x:py-1.5 x:text-sm
 x:cursor-pointer x:text-gray-600" data-href="/docs/styling">Styling<svg fill="none" viewBox="0 0 24 24" stroke="currentColor" height="18"
 class="x:shrink-0 x:rounded-sm x:p-0.5 x:rotate-90"><path d="M9 5l7 7-7 7"/></svg></button><div class="x:overflow-hidden"><ul class="x:grid
 x:gap-1 x:relative x:before:absolute x:before:inset-y-1 x:before:w-px x:before:bg-gray-200 x:ms-3 x:ps-3">
${sideLink(nxSide[3]!)}
${sideLink(nxTitle, true)}
${nxSide
  .slice(4, 6)
  .map((t) => sideLink(t))
  .join('\n')}
</ul></div></li>
${nxSide
  .slice(6)
  .map((t) => sideLink(t))
  .join('\n')}
</ul></div><div class="x:sticky x:bottom-0 x:bg-nextra-bg x:mx-4 x:py-4 x:flex x:items-center x:gap-2 x:border-t nextra-border">
<button class="x:cursor-pointer x:h-7 x:rounded-md x:px-2 x:text-xs x:font-medium x:flex x:items-center x:gap-2" aria-haspopup="listbox"
 title="Change theme"><svg height="12" viewBox="0 0 24 24"><circle cx="12" cy="12" r="5"/></svg>Light</button>
<button class="x:transition x:cursor-pointer x:rounded-md x:p-2" title="Collapse sidebar"><svg height="12" viewBox="0 0 16 16"><path d="M2 2h12"/></svg>
</button></div></aside>
<nav class="nextra-toc x:order-last x:max-xl:hidden x:w-64 x:shrink-0 x:print:hidden" aria-label="table of contents"><div class="x:grid
 x:grid-rows-[min-content_1fr_min-content] x:sticky x:top-(--nextra-navbar-height) x:text-sm x:max-h-[calc(100vh-var(--nextra-navbar-height))]">
<p class="x:pt-6 x:px-4 x:font-semibold x:tracking-tight">On This Page</p><ul class="x:p-4 nextra-scrollbar x:overscroll-y-contain x:overflow-y-auto
 x:hyphens-auto nextra-mask">
${[nxH1, nxH2, nxH3].map(tocLink).join('\n')}
</ul><div class="x:grid x:gap-2 x:py-4 x:mx-4 nextra-border x:border-t"><a
 href="https://github.com/quillmark/quillmark/issues/new?title=Feedback%20for%20%E2%80%9CCustom%20fonts%E2%80%9D&amp;labels=feedback"
 class="x:text-xs x:font-medium x:transition x:text-gray-600 x:hover:text-gray-800" target="_blank" rel="noreferrer">Question? Give us feedback</a>
<a href="https://github.com/quillmark/quillmark/blob/main/docs/app/docs/styling/fonts/page.mdx" class="x:text-xs x:font-medium x:transition
 x:text-gray-600" target="_blank" rel="noreferrer">Edit this page</a><button class="x:cursor-pointer x:transition-all x:text-xs x:font-medium
 x:text-gray-600 x:flex x:items-center x:gap-1.5 x:opacity-0" aria-hidden="true" type="button">Scroll to top<svg fill="none" viewBox="0 0 24 24"
 stroke="currentColor" height="16" class="x:border x:rounded-full"><path d="M5 15l7-7 7 7"/></svg></button></div></div></nav>
<article class="x:w-full x:min-w-0 x:break-words x:min-h-[calc(100vh-var(--nextra-navbar-height))] x:text-slate-700 x:dark:text-slate-200 x:pb-8
 x:px-4 x:pt-4 x:md:px-12" data-pagefind-body="true"><div class="nextra-breadcrumb x:mt-1.5 x:flex x:items-center x:gap-1 x:overflow-hidden
 x:text-sm x:text-gray-600 x:dark:text-gray-400 x:contrast-more:text-current"><a class="x:whitespace-nowrap x:transition-colors x:min-w-6
 x:overflow-hidden x:text-ellipsis x:focus-visible:nextra-focus x:ring-inset x:hover:text-gray-900" title="Documentation" href="/docs">Documentation</a>
<svg fill="none" viewBox="0 0 24 24" stroke="currentColor" height="14" class="x:shrink-0 x:rtl:rotate-180"><path d="M9 5l7 7-7 7"/></svg>
<span class="x:whitespace-nowrap x:transition-colors x:min-w-6 x:overflow-hidden x:text-ellipsis" title="Styling">Styling</span>
<svg fill="none" viewBox="0 0 24 24" stroke="currentColor" height="14" class="x:shrink-0 x:rtl:rotate-180"><path d="M9 5l7 7-7 7"/></svg>
<span class="x:whitespace-nowrap x:transition-colors x:font-medium x:text-gray-700 x:contrast-more:font-bold x:dark:text-gray-100"
 title="${nxTitle}">${nxTitle}</span>
</div><div class="x:border x:inline-flex x:rounded-md x:items-stretch nextra-border x:float-end x:overflow-hidden"><button class="x:cursor-pointer
 x:ps-2 x:pe-1 x:flex x:gap-2 x:text-sm x:font-medium x:items-center"><svg height="16" viewBox="0 0 24 24"><rect x="9" y="9" width="13" height="13"/></svg>
Copy page</button><button class="x:cursor-pointer x:px-1 x:border-s nextra-border" aria-label="Open copy page options"><svg height="16"
 viewBox="0 0 24 24"><path d="M6 9l6 6 6-6"/></svg></button></div>
<h1 class="x:tracking-tight x:text-slate-900 x:dark:text-slate-100 x:font-bold x:mt-2 x:text-4xl">${nxTitle}</h1>
${p(nxIntro)}
${h2('register-a-font-family', nxH1)}
${p(nxReg)}
${code('quillmark.config.ts', code1)}
${callout('blue', nxInfo)}
${h2('use-the-family-in-a-theme', nxH2)}
${p(nxUse)}
${code('themes/report.ts', code2)}
${p(nxPer)}
${h2('fallback-fonts', nxH3)}
${p(nxFall)}
<ul class="x:[:is(ol,ul)_&amp;]:my-3 x:not-first:mt-[1.25em] x:list-disc x:ms-6">
${nxFallList.map((t) => `<li class="x:my-2">${t}</li>`).join('\n')}
</ul>
${callout('orange', nxWarn)}
<div class="x:mt-12 x:mb-8 x:text-xs x:text-gray-600 x:text-end x:dark:text-gray-400">Last updated on
 <time datetime="2025-04-03T09:41:07.000Z">April 3, 2025</time></div>
<div class="x:mb-8 x:flex x:items-center x:border-t x:pt-8 nextra-border x:print:hidden"><a title="Page layout" class="x:focus-visible:nextra-focus
 x:text-gray-600 x:flex x:max-w-[50%] x:items-center x:gap-1 x:py-4 x:text-base x:font-medium x:transition-colors x:[word-break:break-word]
 x:md:text-lg x:pe-4" href="/docs/styling/layout"><svg fill="none" viewBox="0 0 24 24" stroke="currentColor" height="20" class="x:inline x:shrink-0
 x:rotate-180"><path d="M9 5l7 7-7 7"/></svg>Page layout</a><a title="Images and figures" class="x:focus-visible:nextra-focus x:text-gray-600 x:flex
 x:max-w-[50%] x:items-center x:gap-1 x:py-4 x:text-base x:font-medium x:ms-auto x:ps-4 x:text-end" href="/docs/styling/images">Images and figures
<svg fill="none" viewBox="0 0 24 24" stroke="currentColor" height="20" class="x:inline x:shrink-0"><path d="M9 5l7 7-7 7"/></svg></a></div>
</article></div>
<footer class="x:bg-gray-100 x:pb-[env(safe-area-inset-bottom)] x:dark:bg-neutral-900 x:print:bg-transparent"><hr class="nextra-border"/>
<div class="x:mx-auto x:flex x:max-w-(--nextra-content-width) x:justify-center x:py-12 x:text-gray-600 x:dark:text-gray-400 x:md:justify-start
 x:pl-[max(env(safe-area-inset-left),1.5rem)] x:pr-[max(env(safe-area-inset-right),1.5rem)]">MIT 2025 © Quillmark.</div></footer>
<script src="/_next/static/chunks/webpack-5d1f6a0b.js" id="_R_" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[8224,[\\"177\\",\\"static/chunks/app/layout-4b1e.js\\"],\\"Banner\\"]\\n"])</script>
<script>self.__next_f.push([1,"5:[\\"$\\",\\"$L2\\",null,{\\"storageKey\\":\\"quillmark-3\\",\\"dismissible\\":true}]\\n"])</script>
</body></html>`;
const nextra: TestPage = {
  html: nxHtml,
  name: 'heldout33-nextra-docs-page',
  kind: 'docs',
  // the three h2 are the headings; the paragraphs, the fallback list and both icon-only callouts are body; the code blocks
  // with their file-name bars are in neither; "Last updated on April 3, 2025" is the byline; the banner, navbar, search
  // shortcut, sr-only project links, sidebar (its current entry and the breadcrumb's last crumb are the title: left out), theme
  // switch, "On This Page" with its feedback, edit and scroll links (entries repeat the headings: left out), the "Copy page"
  // button, the pager and the footer are furniture; the site name "Quillmark" is a body word: left out
  title: nxTitle,
  headings: [nxH1, nxH2, nxH3],
  body: [nxIntro, ...texts([nxReg]), nxInfo, ...texts([nxUse]), nxPer, nxFall, ...texts(nxFallList), nxWarn],
  bylines: ['Last updated on April 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '🎉 Quillmark 3.0 is out with page templates. Read more →', ...nxNav, 'CTRL K', 'GitHub', 'Discord', ...nxSide, 'Styling', 'Light',
    'On This Page', 'Question? Give us feedback', 'Edit this page', 'Scroll to top', 'Copy page', 'MIT 2025 © Quillmark.',
  ],
};

export const HELDOUT33_E: readonly TestPage[] = [nextra, antoraPage];
