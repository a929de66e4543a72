import { links, ps, type TestPage, texts } from './page-kit.js';
import { amp, j, row, tr } from './pages-heldout532-kit.js';

/**
 * Held-out batch 532, file d: a freelance developer's blog post on Hugo (PaperMod theme: breadcrumbs, table of contents,
 * code blocks, tags, prev / next, share icons), and a product studio's case study on Next.js (App Router, Tailwind, results
 * table, more case studies, consent dialog).
 */
const mTitle = 'Self-hosting analytics for small clients on one cheap server';
const mDesc = 'How I run privacy-friendly analytics for fourteen client sites on a single four-euro VPS, and what it costs me in time.';
const mSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    'Why not the free option',
    [
      j(
        'Most of my clients are small: a dentist, two guesthouses, a physiotherapy practice. They want to know roughly how many people',
        'visit and where they come from. They do not want a cookie banner, and they do not want their visitors’ data sent abroad.',
      ),
    ],
  ],
  [
    'The setup',
    [
      j(
        'Everything runs on one VPS with 2 GB of RAM: the analytics app, its database and a reverse proxy that handles certificates.',
        'Each client site loads a single script of under 2 KB from a subdomain of my own domain.',
      ),
      'The whole thing is one compose file. Bringing it up on a fresh server takes about ten minutes:',
      j(
        'Backups go to object storage every night, and I restore one to a scratch server once a month to check that they actually',
        'work. The restore is the part most people skip.',
      ),
    ],
  ],
  [
    'What it costs',
    [
      j(
        'The server is €4.15 a month and storage adds about €1. I charge clients €9 a month for analytics as part of their care plan,',
        'so fourteen sites cover the costs many times over. My time is the real cost: roughly an hour a month for updates and checks.',
      ),
      j(
        'If the server goes down, the sites themselves keep working, because the script fails quietly. In two years that has happened',
        'twice, both times during an update I started.',
      ),
    ],
  ],
];
const mCode = `<span class="line"><span class="cl">docker compose pull <span class="o">&amp;&amp;</span> docker compose up -d
</span></span><span class="line"><span class="cl">docker compose logs -f analytics
</span></span>`;
const mNav = ['Posts', 'Projects', 'Hire me', 'Tags'];
const mTags = ['analytics', 'self-hosting', 'freelancing'];
const mHtml = `<!DOCTYPE html><html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${mTitle} | Mara Quist</title><meta name="keywords" content="analytics, self-hosting, freelancing"><meta name="description" content="${mDesc}">
<meta name="author" content="Mara Quist"><link rel="canonical" href="https://maraquist.dev/posts/self-hosted-analytics/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.d72444526d7ecbdb0015438a7fa89054a658bf759d0542e2e5df81ce94b493ee.css" rel="preload stylesheet"
as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<meta property="og:title" content="${mTitle}"><meta property="article:published_time" content="2026-02-09T00:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Posts",
"item":"https://maraquist.dev/posts/"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${mTitle}",
"wordCount":"470","author":[{"@type":"Person","name":"Mara Quist"}]}</script>
<script>localStorage.getItem("pref-theme")==="dark"?document.body.classList.add("dark"):null</script></head>
<body class="" id="top"><header class="header"><nav class="nav"><div class="logo"><a href="https://maraquist.dev/" accesskey="h" title="Mara Quist (Alt + H)">
Mara Quist</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24"
height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div><ul id="menu">
${mNav.map((t) => `<li><a href="https://maraquist.dev/${t.toLowerCase().replace(/ /g, '-')}/" title="${t}"><span>${t}</span></a></li>`).join('')}</ul></nav>
</header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://maraquist.dev/">Home</a>&nbsp;»&nbsp;<a
href="https://maraquist.dev/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${mTitle}</h1><div class="post-description">${mDesc}</div>
<div class="post-meta"><span title='2026-02-09 00:00:00 +0000 UTC'>February 9, 2026</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Mara Quist</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${mSecs.map(([h]) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`).join('')}</ul></div></details></div>
<div class="post-content">${mSecs
  .map(([h, p], i) => {
    const id = h.toLowerCase().replace(/ /g, '-');
    const head = `<h2 id="${id}">${h}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a></h2>`;
    if (i !== 1) return `${head}\n${ps(p)}`;
    return `${head}\n${ps(p.slice(0, 2))}\n<div class="highlight"><pre tabindex="0" class="chroma">
<code class="language-bash" data-lang="bash">${mCode}</code></pre></div>
${ps(p.slice(2))}`;
  })
  .join('\n')}</div>
<footer class="post-footer"><ul class="post-tags">${mTags.map((t) => `<li><a href="https://maraquist.dev/tags/${t}/">${t}</a></li>`).join('')}</ul>
<nav class="paginav"><a class="prev" href="https://maraquist.dev/posts/care-plans/"><span class="title">« Prev</span><br>
<span>What goes into a €40 care plan</span></a>
<a class="next" href="https://maraquist.dev/posts/static-site-forms/"><span class="title">Next »</span><br>
<span>Contact forms on static sites, without a SaaS</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${mTitle} on x" href="https://x.com/intent/tweet/?text=x"><svg
viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"><path d="M512 62.554"></path></svg></a></li><li>
<a target="_blank" rel="noopener noreferrer"
aria-label="share ${mTitle} on linkedin" href="https://www.linkedin.com/shareArticle?mini=true"><svg viewBox="0 0 512 512" height="30px" width="30px"><path
d="M449.446 0"></path></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://maraquist.dev/">Mara Quist</a>
</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer"
target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu=document.getElementById("menu");menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"))</script></body></html>`;
const hugoPost: TestPage = {
  name: 'heldout532-hugo-papermod-freelance-post',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map(([h]) => h),
  body: texts([mDesc, ...mSecs.flatMap(([, p]) => p)]),
  bylines: ['February 9, 2026', 'Mara Quist'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mNav, 'Home', '3 min', 'Table of Contents', 'freelancing', '« Prev', 'What goes into a €40 care plan', 'Next »',
    'Contact forms on static sites, without a SaaS', '© 2026 Mara Quist', 'Powered by Hugo & PaperMod',
  ],
};

const nTitle = 'Fenwick & Rowe: insurance quotes in minutes, not days';
const nDek = 'A quoting tool for a specialist insurer of historic buildings, designed and shipped in five months.';
const nChallenge = [
  j(
    'Fenwick & Rowe insures listed houses, chapels and mills, buildings that standard insurers turn away. Every quote used to start',
    'with a twelve-page PDF form, sent by post or email, and ended with an underwriter retyping it into a spreadsheet. A simple quote',
    'took four working days; a complicated one could take three weeks.',
  ),
  j('Brokers were taking their clients elsewhere, not because the price was wrong, but because they could not wait.'),
];
const nApproach = [
  j(
    'We started by sitting with the underwriters. Most of the twelve pages turned out to be needed for fewer than one building in',
    'ten, so we turned the form into a short set of questions that opens up only when an answer calls for more detail.',
  ),
  j(
    'The front end is a Next.js app that brokers sign into; the rules that price a building live in a separate service the',
    'underwriting team can edit themselves, with every change reviewed and versioned. Cases the rules cannot price go straight to',
    'a named underwriter with everything they need on one screen.',
  ),
];
const nOutcome = 'Six months after launch, the numbers from the first 2,300 quotes:';
const nRows: readonly (readonly string[])[] = [
  ['Median time to a quote', '4 days', '11 minutes'],
  ['Quotes needing an underwriter', '100%', '23%'],
  ['Broker quotes per month', '310', '540'],
];
const nQuote = j(
  '“Our brokers used to apologise for us. Now they tell clients to wait while they get the quote, because it comes back before',
  'the coffee does.”',
);
const nQuoteBy = '— Laurence Adeyemi-Hart, Head of Underwriting, Fenwick & Rowe';
const nNav = ['Work', 'Services', 'About', 'Writing', 'Careers'];
const nFacts = ['Insurance', 'Product strategy', 'Service design', 'Engineering', '5 months'];
const nMore = ['Orla Health: booking clinics across three counties', 'Pennyworth: a savings app for teenagers'];
const nFoot = ['LinkedIn', 'GitHub', 'Privacy', 'Accessibility statement'];
const nSection = (h: string, inner: string): string =>
  `<section class="mx-auto max-w-3xl px-6 py-12"><h2 class="mb-6 text-2xl font-semibold tracking-tight text-zinc-900">${h}</h2>${inner}</section>`;
const nHtml = `<!DOCTYPE html><html lang="en" class="__variable_3a0388 __variable_c1e5c9"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="/_next/static/css/7f0a3c1e2b9d4a58.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-4e8f3c6d2a1b0f97.js"/>
<script src="/_next/static/chunks/fd9d1056-2a1f0c8e3b7d6a45.js" async=""></script><script src="/_next/static/chunks/main-app-9b1e4c7a.js" async=""></script>
<title>Fenwick &amp; Rowe case study — Northlight Labs</title><meta name="description" content="${nDek}"/>
<link rel="canonical" href="https://northlight.studio/work/fenwick-rowe"/><meta property="og:title" content="Fenwick &amp; Rowe case study"/>
<meta name="twitter:card" content="summary_large_image"/><meta name="next-size-adjust"/></head>
<body class="bg-white font-sans text-zinc-700 antialiased"><a href="#content" class="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4">Skip to
content</a><header class="sticky top-0 z-40 border-b border-zinc-100 bg-white/90 backdrop-blur">
<div class="mx-auto flex h-16 max-w-6xl items-center justify-between px-6">
<a class="text-lg font-semibold text-zinc-900" href="/">Northlight Labs</a><nav aria-label="Main" class="hidden gap-8 md:flex">${nNav
  .map((t) => `<a class="text-sm font-medium hover:text-zinc-900" href="/${t.toLowerCase()}">${t}</a>`)
  .join('')}</nav><a class="rounded-full bg-zinc-900 px-4 py-2 text-sm font-medium text-white" href="/contact">Get in touch</a>
<button type="button" class="md:hidden" aria-label="Open menu" aria-expanded="false"><svg class="h-6 w-6" viewBox="0 0 24 24">
<path d="M4 6h16M4 12h16M4 18h16"/>
</svg></button></div></header>
<main id="content"><div class="mx-auto max-w-6xl px-6 pt-16"><nav aria-label="Breadcrumb"><ol class="flex gap-2 text-sm text-zinc-500"><li>
<a href="/work">Work</a>
</li><li aria-hidden="true">/</li><li aria-current="page">${amp('Fenwick & Rowe')}</li></ol></nav>
<p class="mt-8 text-sm font-medium uppercase tracking-widest text-amber-600">Case study · ${nFacts[0]}</p>
<h1 class="mt-3 max-w-4xl text-4xl font-semibold tracking-tight text-zinc-900 sm:text-6xl">${amp(nTitle)}</h1>
<p class="mt-6 max-w-2xl text-lg leading-8">${nDek}</p><dl class="mt-10 grid grid-cols-2 gap-6 border-t border-zinc-100 pt-6 text-sm sm:grid-cols-4">
<div><dt class="text-zinc-500">Services</dt><dd class="mt-1 text-zinc-900"><ul>${nFacts
  .slice(1, 4)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></dd></div>
<div><dt class="text-zinc-500">Timeline</dt><dd class="mt-1 text-zinc-900">${nFacts[4]}</dd></div></dl></div>
<div class="mx-auto mt-12 max-w-6xl px-6"><img alt="The quoting tool on a broker’s laptop" loading="lazy" width="1600" height="900" decoding="async"
class="rounded-2xl" style="color:transparent" srcSet="/_next/image?url=%2Fwork%2Ffenwick%2Fhero.jpg&amp;w=1920&amp;q=75 1x"
src="/_next/image?url=%2Fwork%2Ffenwick%2Fhero.jpg&amp;w=3840&amp;q=75"/></div>
${nSection('The challenge', ps(texts(nChallenge).map(amp), ' class="mb-5 leading-8"'))}
${nSection('Our approach', ps(nApproach, ' class="mb-5 leading-8"'))}
${nSection(
  'The outcome',
  `<p class="mb-5 leading-8">${nOutcome}</p><div class="overflow-x-auto"><table class="w-full text-left text-sm"><thead><tr
class="border-b border-zinc-200"><th class="py-3">Measure</th><th class="py-3">Before</th><th class="py-3">After</th></tr></thead>
<tbody>${nRows.map(tr).join('')}</tbody>
</table></div><figure class="mt-12 border-l-4 border-amber-500 pl-6"><blockquote class="text-xl leading-9 text-zinc-900"><p>${nQuote}</p></blockquote>
<figcaption class="mt-4 text-sm text-zinc-500">${amp(nQuoteBy)}</figcaption></figure>`,
)}
<section class="bg-zinc-50 py-16"><div class="mx-auto max-w-6xl px-6"><h2 class="text-2xl font-semibold text-zinc-900">More case studies</h2>
<div class="mt-8 grid gap-8 md:grid-cols-2">${nMore
  .map(
    (t) => `<a class="group block rounded-2xl bg-white p-6 shadow-sm" href="/work/${t.split(':')[0]?.toLowerCase().replace(/ /g, '-')}">
<h3 class="text-lg font-semibold text-zinc-900 group-hover:underline">${t}</h3><p class="mt-2 text-sm">Read case study →</p></a>`,
  )
  .join('')}</div></div></section></main>
<footer class="border-t border-zinc-100"><div class="mx-auto flex max-w-6xl flex-col gap-6 px-6 py-10 text-sm md:flex-row md:justify-between">
<p>Northlight Labs Ltd · 41 Ropewalk, Bristow BS9 4DN</p><ul class="flex gap-6">${links(nFoot)}</ul><p>© 2026 Northlight Labs</p></div></footer>
<div role="dialog" aria-live="polite" aria-label="Cookie consent"
class="fixed inset-x-4 bottom-4 z-50 mx-auto max-w-md rounded-xl bg-zinc-900 p-5 text-sm text-white
shadow-lg"><p>We only use analytics cookies if you say yes.</p><div class="mt-4 flex gap-3">
<button class="rounded-full bg-white px-4 py-2 text-zinc-900">Allow</button>
<button class="rounded-full border border-white/40 px-4 py-2">No thanks</button></div></div>
<script src="/_next/static/chunks/webpack-4e8f3c6d2a1b0f97.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/7f0a3c1e2b9d4a58.css\\",\\"style\\"]\\n2:I[5751,[],\\"\\"]\\n"])</script>
<script>self.__next_f.push([1,"4:[\\"$\\",\\"h1\\",null,{\\"className\\":\\"mt-3\\",\\"children\\":\\"Fenwick \\u0026 Rowe: insurance quotes\\"}]\\n"])</script>
</body></html>`;
const nextCase: TestPage = {
  name: 'heldout532-nextjs-studio-case-study',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: ['The challenge', 'Our approach', 'The outcome'],
  body: [nDek, ...nChallenge, ...nApproach, nOutcome, ...nRows.map(row), nQuote, nQuoteBy],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Northlight Labs', ...nNav, 'Get in touch', `Case study · ${nFacts[0]}`, 'Services', ...nFacts.slice(1, 4), 'Timeline',
    nFacts[4] ?? '', 'More case studies', ...nMore, 'Read case study →', 'Northlight Labs Ltd · 41 Ropewalk, Bristow BS9 4DN', ...nFoot,
    '© 2026 Northlight Labs', 'We only use analytics cookies if you say yes.', 'Allow', 'No thanks',
  ],
};

export const HELDOUT532_D: readonly TestPage[] = [hugoPost, nextCase];
