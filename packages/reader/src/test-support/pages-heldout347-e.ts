import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts } from './pages-heldout347-kit.js';

/**
 * Held-out batch 347, file e: a self-assessment deadline explainer on Ghost with the Casper theme (gh-head nav with
 * portal sign-in, primary tag, excerpt, author byline with reading time, feature image caption, a callout card, a deadline
 * table, the comments-ui mount, "Read more" post cards, footer CTA and footer) and a crypto-tax guide on a Next.js site
 * (Tailwind markup in #__next, Cookiebot dialog, header nav, breadcrumb, "Written by" / "Reviewed by" / "Updated" line, an
 * "On this page" table of contents, an inline product CTA, a disclaimer, "Keep reading" cards and __NEXT_DATA__).
 */
const sTitle = 'The 31 January deadline, explained: what is due and what happens if you miss it';
const sExcerpt = 'Two payments, one return and a penalty that starts at £100 the day after. Here is the whole picture in one place.';
const sHeadings = ['What is due on 31 January', 'Payments on account, briefly', 'If you are going to be late', 'The key dates'];
const sDue = [
  j(
    'For most people who fill in a self-assessment return, 31 January is the day three things land at once: the online return for',
    'the tax year that ended the previous April, any balance of tax still owed for that year, and the first payment on account for',
    'the year you are now in.',
  ),
  'Paper returns are due much earlier, on 31 October, which is why almost everyone files online.',
];
const sPoa = [
  j(
    'If your last bill was more than £1,000 and less than 80% of your tax was collected at source, you pay in advance for the',
    'current year in two instalments, each half of last year’s bill. The first is due on 31 January, the second on 31 July.',
  ),
  j(
    'People are often caught out in their first year of self-employment, when the January bill includes the whole of last year’s',
    'tax plus half as much again. If you expect lower profits this year, you can ask to reduce the payments on account.',
  ),
];
const sCallout = 'Tip: you can file early and still pay on the deadline. Filing in the autumn tells you the bill months in advance.';
const sLate = ['Missing the deadline does not stop you filing, and the sooner you do, the smaller the damage. The penalties run like this:'];
const sLateList = [
  'a fixed £100 penalty as soon as the return is one day late, even if you owe no tax;',
  'after three months, £10 a day for up to 90 days;',
  'after six months and again after twelve, a further 5% of the tax due or £300, whichever is more.',
];
const sLate2 = [
  j(
    'Interest is charged separately on tax paid late, from the day after the deadline. If you cannot pay in full, set up a payment',
    'plan before the deadline passes; it stops the late-payment penalties, though not the interest.',
  ),
];
const sRows = [
  ['5 October', 'Register for self-assessment if you are new to it'],
  ['31 October', 'Paper return deadline'],
  ['31 January', 'Online return, balancing payment and first payment on account'],
  ['31 July', 'Second payment on account'],
];
const sCaption = 'Most returns are filed in the last fortnight of January. Photo by Elsbeth Morrow.';
const sNav = ['Home', 'Guides', 'Money basics', 'Newsletter', 'About'];
const sMore = ['How to read your tax calculation', 'Registering as self-employed: a checklist', 'Claiming back tax on work expenses'];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${sTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=2c4e7a9b1d">
<meta name="description" content="${sExcerpt}"><link rel="canonical" href="https://plainpence.example/31-january-deadline-explained/">
<meta property="og:site_name" content="Plain Pence"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-01-08T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Plain Pence"},
"author":{"@type":"Person","name":"Nell Tregunna"},"headline":"${sTitle}","datePublished":"2026-01-08T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://plainpence.example/" data-key="6b1f" data-api="https://plainpence.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex;}</style></head>
<body class="post-template tag-self-assessment tag-deadlines is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://plainpence.example">
Plain Pence</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(sNav)}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin"
data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-self-assessment tag-deadlines">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/self-assessment/">Self Assessment</a></span></div><h1 class="article-title">${sTitle}</h1><p class="article-excerpt">${sExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/nell/" class="author-avatar"><img class="author-profile-image" src="/content/images/nell.jpg" alt="Nell Tregunna"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/nell/">Nell Tregunna</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-01-08">Jan 8, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w1200/2026/01/desk.jpg"
alt="A desk with a calculator and tax forms"><figcaption>${sCaption}</figcaption></figure>
</header><section class="gh-content gh-canvas">
<h2 id="what-is-due-on-31-january">${sHeadings[0] ?? ''}</h2>
${ps(sDue)}
<h2 id="payments-on-account-briefly">${sHeadings[1] ?? ''}</h2>
${ps(sPoa)}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${sCallout}</div></div>
<h2 id="if-you-are-going-to-be-late">${sHeadings[2] ?? ''}</h2>
${ps(sLate)}
<ul>${lis(sLateList)}</ul>
${ps(sLate2)}
<h2 id="the-key-dates">${sHeadings[3] ?? ''}</h2>
<!--kg-card-begin: html--><table><thead><tr><th>Date</th><th>What happens</th></tr></thead><tbody>
${rows(sRows)}
</tbody></table><!--kg-card-end: html-->
</section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.example/ghost/comments-ui@~0.20/umd/comments-ui.min.js"
data-ghost-comments="https://plainpence.example/" data-api="https://plainpence.example/ghost/api/content/" data-post-id="677e1f" data-count="true"></script>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for Plain Pence</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${sMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://plainpence.example">Plain Pence</a> © 2026</section>
<nav class="site-footer-nav"><ul>${links(['Sign up', 'Privacy', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=2c4e7a9b1d"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout347-ghost-casper-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeadings,
  body: texts([sExcerpt, ...sDue, ...sPoa, sCallout, ...sLate, ...sLateList, ...sLate2, ...rowTexts(sRows)]),
  bylines: ['Nell Tregunna', 'Jan 8, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Plain Pence', ...sNav, 'Sign in', 'Subscribe', 'Self Assessment', sCaption, 'Sign up for Plain Pence', 'Enter your email', ...sMore,
    'Plain Pence © 2026', 'Sign up', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

const xTitle = 'How crypto is taxed: a plain guide to disposals, staking and record keeping';
const xHeadings = ['What counts as a disposal', 'Working out the gain', 'Staking and airdrops', 'Records to keep'];
const xIntro = [
  j(
    'Crypto assets are treated as property for tax purposes, not as currency. That single rule explains most of what follows: you',
    'pay tax when you dispose of a token at a gain, and you may pay income tax when you receive tokens as a reward.',
  ),
];
const xDisp = ['A disposal happens more often than people expect. Each of these is a disposal:'];
const xDispList = [
  'selling a token for ordinary money;',
  'swapping one token for another, including stablecoins;',
  'paying for goods or services with a token;',
  'giving a token away, other than to a spouse or civil partner.',
];
const xDisp2 = ['Moving tokens between two wallets or exchanges that you own is not a disposal, though you should keep a record of the transfer.'];
const xGain = [
  j(
    'The gain is the value you received, less what the tokens cost you, including fees. If you bought the same token at different',
    'times, you cannot simply pick the most expensive batch. Most tax systems use a pooling or first-in-first-out rule, with special',
    'matching rules for tokens bought back within a short period of a sale.',
  ),
  j(
    'For example, if you bought 2 units for 1,000 and later 2 more for 3,000, your pool holds 4 units at an average cost of 1,000',
    'each. Selling 1 unit for 1,600 gives a gain of 600.',
  ),
];
const xStake = [
  j(
    'Rewards from staking, and tokens received in an airdrop in return for doing something, are usually taxed as income when you',
    'receive them, at their market value on that day. That value then becomes their cost when you later dispose of them.',
  ),
  'Airdrops you receive without doing anything may not be income at all, but they still have a cost of zero when you sell.',
];
const xRec = [
  j(
    'Exchanges close, change their export formats, and delete old data. Download your full transaction history at least once a',
    'year and keep, for every transaction, the date, the type, the number of tokens, the value in your home currency and the fees.',
  ),
];
const xCta = 'Import every wallet and exchange in minutes. Try Satstax free';
const xDisclaimer = 'This guide is general information, not tax advice. Rules differ between countries and change often.';
const xNav = ['Product', 'Pricing', 'Integrations', 'Guides', 'Log in', 'Get started'];
const xKeep = ['DeFi lending and tax: what to record', 'Lost or stolen crypto: can you claim a loss?', 'NFT sales and royalties explained'];
const xFoot = ['About', 'Careers', 'Security', 'Terms', 'Privacy', '© 2026 Satstax Inc.'];
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>${xTitle} | Satstax</title>
<meta name="description" content="Disposals, staking rewards and the records you need."/><link rel="canonical"
href="https://satstax.example/guides/how-crypto-is-taxed"/>
<meta property="og:type" content="article"/><meta name="next-head-count" content="8"/>
<link rel="preload" href="/_next/static/css/4c1e2a8f3b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4c1e2a8f3b.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${xTitle}","author":{"@type":"Person","name":"Amara Quince"},
"dateModified":"2026-02-20"}</script><script src="/_next/static/chunks/webpack-8e1b.js" defer=""></script>
<script src="/_next/static/chunks/pages/guides/%5Bslug%5D-31f7.js" defer=""></script></head>
<body><div id="__next"><div class="flex min-h-screen flex-col bg-white text-slate-900">
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur">
<div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4">
<a class="text-xl font-bold tracking-tight" href="/">Satstax</a><nav class="hidden gap-6 text-sm md:flex"><ul class="flex gap-6">${links(
  xNav,
  'hover:text-indigo-600',
)}</ul>
</nav></div></header>
<main class="mx-auto grid w-full max-w-7xl grid-cols-1 gap-10 px-4 py-10 lg:grid-cols-[1fr_260px]"><div>
<nav aria-label="Breadcrumb" class="mb-4 text-sm text-slate-500"><ol class="flex gap-2"><li><a href="/guides">Guides</a></li><li aria-hidden="true">/</li>
<li><a href="/guides/basics">Crypto tax basics</a></li></ol></nav>
<article class="prose prose-slate max-w-none lg:prose-lg"><h1 class="!mb-3 text-4xl font-extrabold">${xTitle}</h1>
<div class="not-prose mb-8 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-500"><span>Written by <a class="font-medium text-slate-800"
href="/authors/amara-quince">Amara Quince</a></span><span>Reviewed by <a class="font-medium text-slate-800" href="/authors/tobias-wren">Tobias Wren,
CPA</a></span>
<span>Updated <time dateTime="2026-02-20">Feb 20, 2026</time></span><span>9 min read</span></div>
${ps(xIntro)}
<h2 id="what-counts-as-a-disposal">${xHeadings[0] ?? ''}</h2>
${ps(xDisp)}
<ul>${lis(xDispList)}</ul>
${ps(xDisp2)}
<div class="not-prose my-8 rounded-xl bg-indigo-50 p-6"><p class="font-semibold text-indigo-900">${xCta}</p></div>
<h2 id="working-out-the-gain">${xHeadings[1] ?? ''}</h2>
${ps(xGain)}
<h2 id="staking-and-airdrops">${xHeadings[2] ?? ''}</h2>
${ps(xStake)}
<h2 id="records-to-keep">${xHeadings[3] ?? ''}</h2>
${ps(xRec)}
<div class="not-prose mt-10 border-l-4 border-amber-400 bg-amber-50 p-4 text-sm"><p>${xDisclaimer}</p></div></article>
<section class="mt-16"><h2 class="mb-6 text-2xl font-bold">Keep reading</h2><div class="grid gap-6 md:grid-cols-3">${xKeep
  .map((t) => `<a class="rounded-lg border p-5 hover:shadow" href="/guides/${t.length}"><h3 class="font-semibold">${t}</h3></a>`)
  .join('\n')}</div></section></div>
<aside class="hidden lg:block"><div class="sticky top-24"><p class="mb-3 text-xs font-semibold uppercase tracking-wide text-slate-500">On this page</p>
<ul class="space-y-2 text-sm">${xHeadings.map((h) => `<li><a href="#${h.length}">${h}</a></li>`).join('\n')}</ul></div></aside></main>
<footer class="border-t border-slate-200 py-10 text-sm text-slate-500"><ul class="mx-auto flex max-w-7xl gap-6 px-4">${links(xFoot)}</ul></footer></div>
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" class="CybotEdge"><h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2>
<div id="CybotCookiebotDialogBodyContentText">We use cookies to analyse our traffic and to remember your preferences.</div>
<button id="CybotCookiebotDialogBodyButtonDecline">Deny</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"guide":{"slug":"how-crypto-is-taxed","title":"${xTitle}",
"readingTime":9}}},"page":"/guides/[slug]","query":{"slug":"how-crypto-is-taxed"},"buildId":"x7Kq2Lr0","isFallback":false,"gsp":true}</script></body></html>`;
const next: TestPage = {
  name: 'heldout347-nextjs-crypto-guide-blog',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xHeadings,
  body: texts([...xIntro, ...xDisp, ...xDispList, ...xDisp2, ...xGain, ...xStake, ...xRec]),
  bylines: ['Written by Amara Quince', 'Reviewed by Tobias Wren, CPA', 'Updated Feb 20, 2026', '9 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Satstax', ...xNav, 'Crypto tax basics', xCta, xDisclaimer, 'Keep reading', ...xKeep, 'On this page', ...xFoot, 'This website uses cookies',
    'We use cookies to analyse our traffic and to remember your preferences.', 'Deny', 'Allow all',
  ],
};

export const HELDOUT347_E: readonly TestPage[] = [ghost, next];
