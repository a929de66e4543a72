import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle, trs } from './pages-heldout539-kit.js';

/**
 * Held-out batch 539, file e2 (file e split): an online mortgage broker's long remortgage guide on Next.js (pages router,
 * Tailwind classes, table of contents, key points box, cost table, FAQ, author box, newsletter box, related guides).
 */
const nTitle = 'How to remortgage: a step-by-step guide for 2027';
const nDek = 'When to start, what it costs, and how to avoid rolling onto your lender’s standard variable rate.';
const nKey = [
  'Start looking six months before your current deal ends.',
  'A product transfer with your lender is quicker, but not always cheaper.',
  'Add up fees and rate together over the whole deal, not the rate alone.',
];
type Sec = { id: string; h: string; paras: string[]; list?: string[]; after?: string[] };
const nSecs: Sec[] = [
  {
    id: 'what-is-remortgaging',
    h: 'What remortgaging means',
    paras: [
      j(
        'Remortgaging means replacing your current mortgage with a new deal, either with a different lender or, through a product',
        'transfer, with the one you already have. You keep the same property; only the loan changes.',
      ),
      j(
        'Most people remortgage when an introductory fixed or tracker rate ends. If you do nothing, the loan usually moves to the',
        'lender’s standard variable rate, which at the time of writing averages 7.4%, against around 4.3% for a typical two-year fix.',
      ),
    ],
  },
  {
    id: 'when-to-start',
    h: 'When to start',
    paras: [
      j(
        'Lenders will normally hold a remortgage offer for six months, and a product transfer offer for three to four months.',
        'That means you can secure a rate well before your deal ends and still switch if something cheaper appears.',
      ),
      j(
        'If you remortgage before the end of your deal you will usually pay an early repayment charge, often 1% to 5% of the',
        'balance. It rarely makes sense to pay one unless rates are rising fast or you need to borrow more.',
      ),
    ],
  },
  {
    id: 'step-by-step',
    h: 'The process, step by step',
    paras: ['A typical remortgage with a new lender takes four to eight weeks from application to completion.'],
    list: [
      'Check your current deal’s end date and any early repayment charges.',
      'Get an up-to-date idea of your home’s value, from recent sales nearby or an online estimate.',
      'Gather three months of payslips and bank statements, or two years of accounts if you are self-employed.',
      'Compare deals on the total cost over the fixed period, including fees.',
      'Apply. The lender will run a credit check and usually instruct a desktop or full valuation.',
      'A conveyancer, often paid for by the lender, handles the legal switch from your old lender to the new one.',
    ],
    after: [
      j(
        'A product transfer skips most of this. There is usually no valuation, no legal work and no affordability check unless',
        'you are borrowing more or changing the term.',
      ),
    ],
  },
  {
    id: 'costs',
    h: 'What it costs',
    paras: [
      j(
        'The headline rate is only part of the price. Many of the lowest rates carry an arrangement fee of £999 or more, which',
        'can wipe out the saving on a smaller loan. The figures below are typical for a £200,000 remortgage in late 2026.',
      ),
    ],
    after: [
      j(
        'Ask whether a fee can be added to the loan. That keeps cash in your pocket but you will pay interest on it for the whole',
        'term, so paying up front is usually cheaper if you can.',
      ),
    ],
  },
  {
    id: 'borrowing-more',
    h: 'Borrowing more when you remortgage',
    paras: [
      j(
        'Remortgaging is often the cheapest way to raise money for home improvements, because mortgage rates are lower than most',
        'personal loans. Be careful using it to clear credit cards or car finance: spreading a short-term debt over twenty years',
        'can mean paying far more interest in total, even at a lower rate.',
      ),
      j(
        'Lenders will assess affordability afresh on the whole new loan, so your income and outgoings matter again, and the loan',
        'to value will change the rates on offer.',
      ),
    ],
  },
];
const nRows = [
  ['Arrangement or product fee', '£0 to £1,499', 'Lender'],
  ['Valuation', 'Usually free', 'Lender'],
  ['Legal work', 'Usually free on a remortgage package', 'Conveyancer'],
  ['Exit or deeds release fee', '£75 to £300', 'Current lender'],
  ['Broker fee', 'Nothing with us', 'Quayhouse'],
];
const nFaq: [string, string][] = [
  [
    'Can I remortgage with bad credit?',
    j(
      'Often, yes. Missed payments more than two years ago matter much less to most lenders, and specialist lenders will look at',
      'more recent problems, at a higher rate.',
    ),
  ],
  [
    'Does remortgaging affect my credit score?',
    j('The lender’s hard search shows on your file, but a single application has only a small,', 'short-lived effect.'),
  ],
];
const nToc = ['Key points', ...nSecs.map((s) => s.h), 'Frequently asked questions'];
const nNav = ['Mortgages', 'Remortgage', 'First-time buyers', 'Guides', 'Calculators'];
const nRel = ['Product transfer or remortgage: which is cheaper?', 'How much can I borrow?', 'Early repayment charges explained'];
const nFoot = ['About us', 'How we are paid', 'Complaints', 'Privacy', 'Cookies', 'Careers'];
const nFca = j(
  'Quayhouse Mortgages Ltd is authorised and regulated by the Financial Conduct Authority, FRN 988214. Registered in England',
  'and Wales, company number 13560428.',
);
const nWarn = 'Your home may be repossessed if you do not keep up repayments on your mortgage.';
const nBio = j('Jess writes our guides and has worked as a mortgage adviser since 2012. She holds CeMAP and CeRER.');
const sec = (s: Sec): string => `<section id="${s.id}" class="scroll-mt-24"><h2 class="mt-12 mb-4 text-2xl font-semibold text-slate-900">${s.h}</h2>
${ps(s.paras, ' class="mb-5 leading-7"')}${s.list ? `<ol class="mb-5 list-decimal space-y-2 pl-6">${lis(s.list)}</ol>` : ''}${
  s.id === 'costs'
    ? `
<div class="my-6 overflow-x-auto rounded-lg border border-slate-200"><table class="w-full text-left text-sm"><thead class="bg-slate-50"><tr>
<th class="px-4 py-3">Cost</th><th class="px-4 py-3">Typical amount</th><th class="px-4 py-3">Paid to</th></tr></thead>
<tbody class="divide-y divide-slate-200">${trs(nRows)}</tbody></table></div>`
    : ''
}${s.after ? ps(s.after, ' class="mb-5 leading-7"') : ''}</section>`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>How to Remortgage in 2027: Step-by-Step Guide | Quayhouse</title><meta name="description" content="${nDek}"/>
<link rel="canonical" href="https://www.quayhouse.co.uk/guides/how-to-remortgage"/><meta property="og:type" content="article"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}","author":{"@type":"Person",
"name":"Jess Amadi-Ward"},"dateModified":"2026-11-30"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${nFaq[0]?.[0]}"}]}</script>
<meta name="next-head-count" content="8"/><link rel="preload" href="/_next/static/css/4c9d2b81e0a7f3c6.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/4c9d2b81e0a7f3c6.css" data-n-g=""/><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-5d2a3e91ac4c8a10.js" defer=""></script><script src="/_next/static/chunks/pages/guides/%5Bslug%5D-8f0e2c7d.js"
defer=""></script></head>
<body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-4">Skip to content</a>
<div class="bg-amber-50 py-2 text-center text-sm text-amber-900">Rates are moving. <a href="/rates" class="underline">See today’s best buys</a></div>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
<a href="/" class="flex items-center gap-2"><img alt="Quayhouse" loading="lazy" width="132" height="28" decoding="async"
src="/_next/static/media/logo.3f1a2b.svg"/></a>
<nav class="hidden gap-6 text-sm font-medium md:flex"><ul class="flex gap-6">${links(nNav, 'hover:text-teal-700')}</ul></nav>
<div class="flex items-center gap-3"><a href="/login" class="text-sm">Log in</a><a href="/start"
class="rounded-full bg-teal-700 px-4 py-2 text-sm font-semibold text-white">Get started</a></div></div></header>
<main id="main" class="mx-auto grid max-w-7xl grid-cols-1 gap-12 px-4 py-10 lg:grid-cols-[240px_1fr]">
<aside class="hidden lg:block"><nav class="sticky top-24 text-sm" aria-label="On this page"><p
class="mb-3 font-semibold uppercase tracking-wide text-slate-500">On this page</p>
<ul class="space-y-2 border-l border-slate-200 pl-4">${links(nToc)}</ul></nav></aside>
<article class="prose-quay max-w-3xl"><nav aria-label="Breadcrumb" class="mb-6 text-sm text-slate-500"><ol class="flex gap-2"><li><a
href="/">Home</a></li><li>/</li><li><a href="/guides">Guides</a></li></ol></nav>
<h1 class="text-4xl font-bold tracking-tight text-slate-900">${nTitle}</h1><p class="mt-4 text-xl text-slate-600">${nDek}</p>
<div class="mt-6 flex items-center gap-3 text-sm text-slate-500"><img alt="" loading="lazy" width="40" height="40" class="rounded-full"
src="/_next/image?url=%2Fauthors%2Fjess.jpg&amp;w=96&amp;q=75"/>
<div><p class="font-medium text-slate-900">Written by Jess Amadi-Ward</p><p>Reviewed by Tomasz Reilly, CeMAP · <time
dateTime="2026-11-30">Updated 30 November 2026</time></p></div></div>
<div id="key-points" class="mt-8 rounded-xl bg-teal-50 p-6"><h2 class="mb-3 text-lg font-semibold">Key points</h2><ul
class="list-disc space-y-1 pl-5">${lis(nKey)}</ul></div>
${nSecs.map(sec).join('\n')}
<div class="my-10 rounded-xl bg-slate-900 p-8 text-white"><p class="text-2xl font-semibold">Your deal ending soon?</p><p
class="mt-2 text-slate-300">Compare 90+ lenders in ten minutes. No fee, no credit check to see rates.</p>
<a href="/start?journey=remortgage" class="mt-4 inline-block rounded-full bg-white px-5 py-2 font-semibold text-slate-900">Compare remortgage deals</a></div>
<section id="frequently-asked-questions"><h2 class="mt-12 mb-4 text-2xl font-semibold">Frequently asked questions</h2>
${nFaq
  .map(
    ([q, a]) => `<div class="border-b border-slate-200 py-4"><h3 class="text-lg font-semibold">${q}</h3><p
class="mt-2 leading-7">${a}</p></div>`,
  )
  .join('\n')}</section>
<p class="mt-10 rounded-lg border border-slate-300 p-4 text-sm font-semibold">${nWarn}</p>
<div class="mt-10 flex gap-4 rounded-xl border border-slate-200 p-6"><img alt="Jess Amadi-Ward" loading="lazy" width="64" height="64" class="rounded-full"
src="/_next/image?url=%2Fauthors%2Fjess.jpg&amp;w=128&amp;q=75"/>
<div><p class="font-semibold">About the author</p><p class="text-sm text-slate-600">${nBio}</p></div></div></article></main>
<section class="bg-slate-50 py-12"><div class="mx-auto max-w-7xl px-4"><h2 class="text-xl font-semibold">Related guides</h2><ul
class="mt-4 grid gap-4 md:grid-cols-3">${links(nRel, 'rounded-lg bg-white p-4')}</ul></div></section>
<section class="bg-teal-700 py-10 text-white"><div class="mx-auto max-w-xl px-4 text-center"><p class="text-lg font-semibold">Get rate alerts in your inbox</p>
<form class="mt-4 flex gap-2"><label for="nl-email" class="sr-only">Email address</label><input id="nl-email" type="email" placeholder="you@example.com"
class="flex-1 rounded px-3 py-2 text-slate-900"/>
<button type="submit" class="rounded bg-slate-900 px-4 py-2">Sign up</button></form></div></section>
<footer class="border-t border-slate-200 bg-white py-10 text-sm text-slate-500"><div class="mx-auto max-w-7xl space-y-4 px-4">
<ul class="flex flex-wrap gap-4">${links(nFoot)}</ul><p>${nFca}</p><p>© 2026 Quayhouse Mortgages Ltd</p></div></footer></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"slug":"how-to-remortgage","updated":"2026-11-30"},"__N_SSG":true},"page":"/guides/[slug]",
"query":{"slug":"how-to-remortgage"},"buildId":"q7Hk2LxP0aZ","isFallback":false,"gsp":true,"scriptLoader":[]}</script>
</body></html>`;
const quayhouse: TestPage = settle({
  name: 'heldout539-nextjs-remortgage-guide',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: ['Key points', ...nSecs.map((s) => s.h), 'Frequently asked questions', ...nFaq.map((f) => f[0])],
  body: texts([
    nDek,
    ...nKey,
    ...nSecs.flatMap((s) => [...s.paras, ...(s.list ?? []), ...(s.id === 'costs' ? nRows.flat() : []), ...(s.after ?? [])]),
    ...nFaq.map((f) => f[1]),
    nWarn,
  ]),
  bylines: ['Written by Jess Amadi-Ward', 'Reviewed by Tomasz Reilly, CeMAP', 'Updated 30 November 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Rates are moving. See today’s best buys', ...nNav, 'Log in', 'Get started', 'On this page', ...nToc, 'Home', '/', 'Guides',
    'Your deal ending soon?', 'Compare 90+ lenders in ten minutes. No fee, no credit check to see rates.', 'Compare remortgage deals',
    'About the author', nBio, 'Related guides', ...nRel, 'Get rate alerts in your inbox', 'Email address', 'Sign up', ...nFoot, nFca,
    '© 2026 Quayhouse Mortgages Ltd',
  ],
});

export const HELDOUT539_E2: readonly TestPage[] = [quayhouse];
