import { links, type TestPage, texts } from './page-kit.js';
import { j, ld, lis } from './pages-heldout340-kit.js';
import { techmemePage } from './pages-heldout340-c2.js';

/**
 * Held-out batch 340, file c: a Ground News-style story page comparing coverage, built with Next.js markup (the app bar
 * and topic menu, breadcrumbs, the story meta line, the bias distribution bar and its legend, the summary tabs with the
 * "Insights by Ground AI" label, the source cards with their bias and factuality labels, the subscribe promo, similar
 * stories and the footer) and, from file c2, a Techmeme-style river page. Gold: the story summary bullets are the body.
 */
const title = 'Regional rail operator agrees to restore Sunday services on the Marl Valley line';
const bullets = [
  j(
    'The Marl Valley rail operator has agreed to restore Sunday trains between Ashby Cross and Tolland from June, reversing a',
    'cut made three years ago when the company said weekend demand had not recovered after the pandemic.',
  ),
  j(
    'Under the agreement with the regional transport authority, trains will run every two hours on Sundays from 8 a.m. to',
    '8 p.m., with the authority covering an estimated shortfall of 1.9 million a year for the first two years.',
  ),
  j(
    'Passenger groups had collected more than 14,000 signatures calling for the return of Sunday services, and several town',
    'councils along the line said the loss of trains had hurt shops, pubs and tourist sites that depend on day visitors.',
  ),
  j(
    'The operator&#39;s chief executive, Halvard Treece, said new timetabling software and a revised crew roster had made a',
    'Sunday service affordable, but warned that it would be withdrawn again if average loads stayed below 40 passengers a train.',
  ),
  j(
    'Critics of the deal, including two members of the transport authority&#39;s board, argued that public money was being',
    'used to prop up a private operator and said the authority should instead have run the service itself.',
  ),
  j(
    'Unions representing drivers and conductors welcomed the extra work but said they had not been consulted on the roster',
    'changes, and that they would seek talks before the first Sunday trains run.',
  ),
  j(
    'The authority said it would publish monthly passenger numbers for the restored services and review the agreement after',
    'eighteen months, with the option of extending Sunday trains to the branch line to Coldharbour.',
  ),
];
type Src = [string, string, string, string];
const sources: Src[] = [
  ['Marl Valley Gazette', 'Lean Left', 'High Factuality', 'Sunday trains return to the Marl Valley after campaign'],
  ['Tolland Evening News', 'Center', 'Mixed Factuality', 'Rail firm bows to pressure over weekend timetable'],
  ['The Regional Standard', 'Lean Right', 'High Factuality', 'Taxpayers to cover rail losses under Sunday deal'],
];
const topics = ['Home', 'For You', 'Local', 'Blindspot', 'International'];
const crumbs = ['Transportation', 'Railways', 'Public Transit'];
const similar = ['Bus franchising plan approved for the northern counties', 'Fare cap extended for another year on regional trains'];
const foot = ['About', 'Pricing', 'Gift', 'Media Bias Ratings', 'Help Center', 'Privacy Policy', 'Terms and Conditions'];
const srcCard = ([name, bias, fact, head]: Src): string => `<div class="flex flex-col gap-8px border-b py-12px source-card">
<div class="flex items-center gap-8px"><span class="text-14 font-bold">${name}</span><span class="bias-pill text-12">${bias}</span>
<span class="factuality text-12">${fact}</span></div><a class="text-16 font-semibold" href="/interest/x">${head}</a>
<span class="text-12 text-light-light">Read Full Article</span></div>`;
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | Ground News</title>
<meta name="description" content="See every side of every news story. Read and compare coverage of this story.">
<meta property="og:title" content="${title}"><link rel="canonical" href="https://ground.example/article/regional-rail-operator-agrees_3f9a">
${ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: '2026-04-21T09:00:00Z' })}
<link rel="preload" href="/_next/static/css/7f1c0a.css" as="style"></head>
<body><div id="__next"><div class="flex min-h-screen flex-col">
<div class="cookie-banner fixed bottom-0 z-50"><p>We use cookies to personalize your news feed and analyze traffic.</p>
<button class="btn-primary">Accept cookies</button></div>
<header class="sticky top-0 z-40 bg-light-heavy"><div class="flex items-center justify-between px-16px"><a href="/" aria-label="Ground News">
<svg class="logo" width="120" height="24"></svg></a><nav class="hidden desktop:flex"><ul class="flex gap-16px">${links(topics, 'text-14')}</ul></nav>
<div class="flex gap-8px"><a href="/subscribe" class="btn-primary">Subscribe</a><a href="/login" class="btn-secondary">Login</a></div></div></header>
<main class="flex flex-col"><div class="mx-auto w-full max-w-[1200px] px-16px">
<nav aria-label="breadcrumb" class="text-12"><ol class="flex gap-4px">${links(crumbs, 'crumb')}</ol></nav>
<div class="flex flex-col gap-8px"><h1 class="text-32 font-extrabold leading-tight">${title}</h1>
<div class="flex gap-8px text-12 text-light-light"><span>Published 2 days ago</span><span>•</span><span>Updated 5 hours ago</span></div>
<div class="coverage-bar flex h-24px w-full"><div class="bg-left" style="width:22%">L 22%</div><div class="bg-center" style="width:41%">Center 41%</div>
<div class="bg-right" style="width:37%">R 37%</div></div><p class="text-12">Coverage Details: 27 Sources</p></div>
<div class="flex flex-col gap-16px desktop:flex-row"><div class="flex-1"><div role="tablist" class="flex gap-8px">
<button role="tab" aria-selected="true">Summary</button><button role="tab">Left</button><button role="tab">Center</button>
<button role="tab">Right</button></div>
<div class="summary-box rounded-8px p-16px"><p class="text-12 uppercase">Insights by Ground AI</p>
<ul class="list-disc pl-20px text-16 leading-relaxed">
${lis(bullets, 'mb-8px')}
</ul><button class="text-12 underline">Does this summary seem wrong?</button></div>
<section class="mt-24px"><h2 class="text-22 font-bold">27 Articles</h2>${sources.map(srcCard).join('\n')}
<button class="btn-secondary">Show more sources</button></section></div>
<aside class="desktop:w-[320px]"><div class="rounded-8px p-16px"><h3 class="text-18 font-bold">Bias Distribution</h3>
<p class="text-14">41% of the sources are Center</p></div>
<div class="promo-card rounded-8px p-16px"><p class="text-16 font-bold">Get the full picture on every story</p>
<a class="btn-primary" href="/subscribe">Try Vantage free</a></div>
<div class="similar-stories"><h3 class="text-18 font-bold">Similar News Topics</h3><ul>${links(similar)}</ul></div></aside></div></div></main>
<footer class="bg-dark-heavy text-light-primary"><ul class="flex flex-wrap gap-16px">${links(foot)}</ul>
<p class="text-12">© 2026 Snapwise Inc</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"eventId":"3f9a","sourceCount":27}},"page":"/article/[slug]"}</script>
</body></html>`;

const groundPage: TestPage = {
  name: 'heldout340-ground-news-story-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(bullets),
  bylines: ['Published 2 days ago', 'Updated 5 hours ago'],
  furniture: [
    'We use cookies to personalize your news feed and analyze traffic.',
    'Accept cookies',
    ...topics,
    'Subscribe',
    'Login',
    ...crumbs,
    'L 22%',
    'Center 41%',
    'R 37%',
    'Coverage Details: 27 Sources',
    'Summary',
    'Insights by Ground AI',
    'Does this summary seem wrong?',
    '27 Articles',
    ...sources.flatMap(([n, b, f, h]) => [n, b, f, h]),
    'Read Full Article',
    'Show more sources',
    'Bias Distribution',
    '41% of the sources are Center',
    'Get the full picture on every story',
    'Try Vantage free',
    'Similar News Topics',
    ...similar,
    ...foot,
    '© 2026 Snapwise Inc',
  ],
};

export const HELDOUT340_C: readonly TestPage[] = [groundPage, techmemePage];
