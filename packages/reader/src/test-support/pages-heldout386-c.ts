import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout386-kit.js';

/**
 * Held-out batch 386, file c: a Next.js (app router, Tailwind) pricing calculator page for an email API, with the
 * calculator's sliders, toggles and computed estimate, a rate table and the explanation of how the bill is worked out
 * (a cookie dialog, a sticky top bar, "Was this useful?" and a footer), and an Intercom Help Center billing article with
 * its collection breadcrumbs, author avatars, "Written by / Updated" line, the reactions box and the Messenger launcher.
 */
const nTitle = 'Estimate your monthly bill';
const nLead = [
  j(
    'Relaymint charges for the emails you send and nothing else. Move the sliders to match your volume and we will show what',
    'you would pay on each plan, including any overage.',
  ),
];
const nHow = [
  j(
    'Each plan comes with a monthly allowance of emails. If you send more, the extra emails are billed in blocks of 1,000 at your',
    "plan's overage rate. Allowances reset on your billing date and unused emails do not roll over.",
  ),
  j(
    'Dedicated IP addresses are billed per address per month and are prorated in the month you add them. We recommend one',
    'dedicated IP for every 500,000 emails a month.',
  ),
  j(
    'Inbound parsing, webhooks, templates and the logs for the last 30 days are included on every plan at no extra charge.',
    'Longer log retention is an add-on.',
  ),
];
const nRows = [
  ['Hobby', '$0', '3,000', 'Not available'],
  ['Launch', '$20', '50,000', '$0.90 per 1,000'],
  ['Scale', '$90', '300,000', '$0.70 per 1,000'],
  ['Volume', '$400', '1,500,000', '$0.50 per 1,000'],
];
const nExample = [
  j(
    'Say you send 420,000 emails in March on the Scale plan with one dedicated IP. The plan costs $90 and covers 300,000 emails.',
    'The other 120,000 are 120 blocks at $0.70, or $84, and the IP adds $30, so the March invoice is $204 before tax.',
  ),
  'Moving to the Volume plan would cost $400 that month, so Scale stays cheaper until you pass roughly 750,000 emails.',
];
const nTips = [
  'Annual plans include a 15% discount on the base price, but not on overage.',
  'Transactional and marketing emails count towards the same allowance.',
  'Bounced emails count as sent; suppressed addresses are never sent and never billed.',
];
const nNav = ['Product', 'Docs', 'Pricing', 'Customers', 'Blog', 'Sign in'];
const nFoot = ['Email API', 'SMTP relay', 'Inbound routing', 'Status', 'Security', 'Changelog', 'Careers', 'Legal'];
const nHtml = `<!DOCTYPE html><html lang="en" class="__variable_3a0b12 __variable_9f10c4"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="preload" href="/_next/static/media/inter.woff2" as="font" crossorigin=""/>
<link rel="stylesheet" href="/_next/static/css/5d1f0a7c2b.css" data-precedence="next"/>
<script src="/_next/static/chunks/webpack-4b2e9a1f.js" async=""></script><title>Pricing calculator · Relaymint</title>
<meta name="description" content="Work out what Relaymint will cost for your email volume."/><meta property="og:title" content="Pricing calculator"/>
<meta name="next-size-adjust"/></head><body class="bg-white text-zinc-900 antialiased">
<div class="sticky top-0 z-50 border-b border-zinc-200 bg-white/80 backdrop-blur"><header class="mx-auto flex h-16 max-w-7xl items-center px-6">
<a class="font-semibold" href="/">Relaymint</a><nav class="ml-10 hidden gap-8 text-sm md:flex">
<ul class="flex gap-8">${links(nNav, 'hover:text-zinc-600')}</ul></nav>
<a class="ml-auto rounded-md bg-zinc-900 px-4 py-2 text-sm text-white" href="/signup">Get an API key</a></header></div>
<main class="mx-auto max-w-5xl px-6 py-16"><div class="mb-12"><p class="text-sm font-medium text-violet-600">Pricing</p>
<h1 class="mt-2 text-4xl font-bold tracking-tight">${nTitle}</h1>${ps(nLead, ' class="mt-4 text-lg text-zinc-600"')}</div>
<section aria-label="Calculator" class="rounded-2xl border border-zinc-200 p-8 shadow-sm"><div class="grid gap-8 md:grid-cols-2"><div>
<label for="volume" class="text-sm font-medium">Emails per month</label><input id="volume" type="range" min="0" max="2000000" step="10000" value="250000"
class="mt-3 w-full accent-violet-600"/><output class="mt-2 block text-2xl font-semibold tabular-nums">250,000</output>
<label for="ips" class="mt-6 block text-sm font-medium">Dedicated IPs</label><input id="ips" type="number" value="1" class="mt-2 w-24 rounded border"/>
<div class="mt-6 flex items-center gap-3"><button role="switch" aria-checked="false" class="h-6 w-11 rounded-full bg-zinc-200"></button>
<span class="text-sm">Billed annually</span></div></div>
<div class="rounded-xl bg-zinc-50 p-6"><p class="text-sm text-zinc-500">Recommended plan</p><p class="text-xl font-semibold">Scale</p>
<p class="mt-4 text-sm text-zinc-500">Estimated monthly cost</p><p class="text-4xl font-bold tabular-nums">$120.00</p>
<p class="mt-1 text-xs text-zinc-500">Excludes VAT and sales tax</p>
<a class="mt-6 inline-flex rounded-md bg-violet-600 px-4 py-2 text-white" href="/signup?plan=scale">Start on Scale</a></div></div></section>
<article class="prose prose-zinc mt-16 max-w-none"><h2 id="how-billing-works">How your bill is calculated</h2>${ps(nHow)}
<h2 id="rates">Plan allowances and overage rates</h2><table><thead><tr><th>Plan</th><th>Monthly price</th><th>Emails included</th><th>Overage</th></tr></thead>
<tbody>${trs(nRows)}</tbody></table><h2 id="example">A worked example</h2>${ps(nExample)}
<h3 id="good-to-know">Good to know</h3><ul>${lis(nTips)}</ul></article>
<div class="mt-16 flex items-center gap-4 border-t pt-6 text-sm"><span>Was this useful?</span><button class="rounded border px-3 py-1">Yes</button>
<button class="rounded border px-3 py-1">Not really</button></div></main>
<footer class="border-t border-zinc-200"><div class="mx-auto grid max-w-7xl grid-cols-2 gap-8 px-6 py-12 md:grid-cols-4">
<ul class="space-y-2 text-sm">${links(nFoot)}</ul></div>
<p class="px-6 pb-8 text-xs text-zinc-500">© 2026 Relaymint, Inc. Made in Lisbon and Toronto.</p></footer>
<div role="dialog" aria-label="Cookie consent" class="fixed bottom-4 left-4 z-50 max-w-sm rounded-lg bg-zinc-900 p-4 text-white">
<p class="text-sm">We use cookies to measure how our docs and pricing pages are used. No ads, ever.</p>
<div class="mt-3 flex gap-2"><button class="rounded bg-white px-3 py-1 text-zinc-900">Allow analytics</button>
<button class="px-3 py-1">Reject</button></div></div>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:HL[\\"/_next/static/css/5d1f0a7c2b.css\\",\\"style\\"]\\n"])</script>
<script>self.__next_f.push([1,"2:I[\\"(app-pages-browser)/./components/calculator.tsx\\",[\\"app/pricing/calculator/page\\"],\\"Calculator\\"]\\n"])</script>
</body></html>`;
const nextCalc: TestPage = {
  name: 'heldout386-nextjs-pricing-calculator',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['How your bill is calculated', 'Plan allowances and overage rates', 'A worked example', 'Good to know'],
  body: texts([...nLead, ...nHow, ...rowTexts(nRows), ...nExample, ...nTips]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nNav, 'Get an API key', 'Emails per month', '250,000', 'Dedicated IPs', 'Billed annually', 'Recommended plan', 'Estimated monthly cost', '$120.00',
    'Excludes VAT and sales tax', 'Start on Scale', 'Was this useful?', 'Not really', ...nFoot, '© 2026 Relaymint, Inc. Made in Lisbon and Toronto.',
    'We use cookies to measure how our docs and pricing pages are used. No ads, ever.', 'Allow analytics', 'Reject',
  ],
};

const iTitle = 'How prorated charges work when you change plans';
const iDesc = 'What you pay, and when, if you upgrade, downgrade or add seats in the middle of a billing period';
const iBody = [
  j(
    'Brightlog bills in advance for each billing period. When you change your subscription part-way through a period, we work',
    'out the difference for the days that are left and either charge it straight away or hold it as a credit.',
  ),
  j(
    'When you move to a more expensive plan, or add seats, you get the new features immediately. We charge the price difference',
    'for the remaining days of the current period on the same day, using the card on file.',
  ),
  j(
    'For example, if you are on the Team plan at $40 a month and upgrade to Pro at $100 a month halfway through, you pay $30 today:',
    'half of the $60 difference. From your next billing date you pay the full $100.',
  ),
  j(
    'A downgrade, or removing seats, does not create a refund. Instead, the unused value of your current plan is added to your',
    'account as a credit, which is used up on your next invoices before your card is charged.',
  ),
  'You keep access to your current plan until the end of the day you downgrade.',
  'Prorated charges are calculated to the day, not the hour. A few situations work differently:',
];
const iList = [
  'Annual plans: upgrades are prorated across the remaining months, but seat removals take effect at renewal.',
  'Free trials: no proration applies. Your first charge is for a full period from the day the trial ends.',
  'Coupons: a percentage discount applies to the prorated amount as well as to the plan price.',
];
const iEnd = [
  j(
    'Every prorated charge or credit appears as its own line on your invoice, labelled <b>Remaining time on Pro</b> or',
    '<b>Unused time on Team</b>, with the dates it covers. You can download invoices from <b>Settings → Billing → Invoices</b>.',
  ),
  'If a prorated charge looks wrong, reply to your invoice email and our billing team will review it within two working days.',
];
const iCrumbs = ['All Collections', 'Billing and payments', 'Changing your subscription'];
const iHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>How prorated charges work when you change plans | Brightlog Help Center</title>
<meta name="description" content="${iDesc}"><meta name="intercom:trackingEvent" content="{&quot;name&quot;:&quot;Viewed Help Center Article&quot;}">
<meta property="og:type" content="article"><link rel="stylesheet" href="https://static.intercomassets.example/assets/help_center-2f9a.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${iTitle}","author":{"@type":"Person",
"name":"Priya Vandenberg"},"dateModified":"2026-02-26T11:40:02Z"}</script></head>
<body class="intercom-help-center"><header class="header"><div class="header__meta_wrapper"><div class="mo o__ltr"><div class="header__logo">
<a href="/en/"><img alt="Brightlog Help Center" src="https://downloads.intercomcdn.example/logo.png"></a></div>
<div class="header__links"><a target="_blank" rel="noopener" href="https://brightlog.example" class="header__home__url">Go to Brightlog</a>
<select class="header__lang-select"><option>English</option><option>Deutsch</option></select></div></div></div>
<div class="header__form search__form"><input class="search__input" placeholder="Search for articles..." type="text"></div></header>
<div class="container"><div class="content educate_content"><section class="content"><div class="breadcrumb" dir="ltr">
${iCrumbs.map((c, i) => `<div class="link__arrow o__ltr">${i === 0 ? '' : '<span>›</span>'}<a href="/en/collections/${i}">${c}</a></div>`).join('\n')}</div>
<div class="paper paper__large"><div class="content content__narrow"><div class="article intercom-force-break"><div class="article__meta" dir="ltr">
<h1 class="t__h1">${iTitle}</h1><div class="article__desc">${iDesc}</div><div class="avatar"><div class="avatar__photo o__ltr">
<img src="https://static.intercomassets.example/avatars/71.png" alt="Priya Vandenberg avatar" class="avatar__image"></div>
<div class="avatar__info"><div>Written by <span class="c__darker">Priya Vandenberg</span></div>Updated over a week ago</div></div></div>
<article dir="ltr"><div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left">${ps([iBody[0] ?? ''])}</div>
<div class="intercom-interblocks-heading intercom-interblocks-align-left"><h2 id="h_5a1f">Upgrading or adding seats</h2></div>
<div class="intercom-interblocks-paragraph intercom-interblocks-align-left">${ps(iBody.slice(1, 3))}</div>
<div class="intercom-interblocks-heading"><h2 id="h_5a20">Downgrading or removing seats</h2></div>
<div class="intercom-interblocks-paragraph intercom-interblocks-align-left">${ps(iBody.slice(3, 5))}</div>
<div class="intercom-interblocks-callout" style="background-color:#e8e8e880;border-color:#73737650">
<div class="intercom-interblocks-paragraph">${ps(iBody.slice(5))}</div></div>
<div class="intercom-interblocks-unordered-nested-list"><ul>${lis(iList.map((t) => `<div class="intercom-interblocks-paragraph"><p>${t}</p></div>`))}
</ul></div><div class="intercom-interblocks-heading"><h2 id="h_5a21">Where to find these charges</h2></div>
<div class="intercom-interblocks-paragraph intercom-interblocks-align-left">${ps(iEnd)}</div></article></div></div>
<div class="article-reactions"><div class="intercom-reaction-picker" role="group" aria-label="Did this answer your question?">
<div class="intercom-reaction-prompt">Did this answer your question?</div><button class="intercom-reaction" aria-label="Disappointed Reaction">😞</button>
<button class="intercom-reaction" aria-label="Neutral Reaction">😐</button><button class="intercom-reaction" aria-label="Smiley Reaction">😃</button>
</div></div></div></section></div></div>
<footer class="footer"><div class="container"><div class="content"><div class="u__cf"><div class="footer__logo">
<a href="/en/"><img alt="Brightlog Help Center" src="https://downloads.intercomcdn.example/footer.png"></a></div>
<ul class="footer__links">${links(['Status page', 'Community', 'Contact support'])}</ul></div></div></div></footer>
<div id="intercom-container"><div class="intercom-lightweight-app"><div class="intercom-lightweight-app-launcher intercom-launcher" role="button"
aria-label="Open Intercom Messenger"></div></div></div>
<script src="https://static.intercomassets.example/assets/help_center-8c1d.js"></script></body></html>`;
const intercom: TestPage = {
  name: 'heldout386-intercom-billing-help-article',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: ['Upgrading or adding seats', 'Downgrading or removing seats', 'Where to find these charges'],
  body: texts([iDesc, ...iBody, ...iList, ...iEnd]),
  bylines: ['Written by Priya Vandenberg', 'Updated over a week ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Go to Brightlog', 'English', 'Deutsch', ...iCrumbs, 'Did this answer your question?', 'Status page', 'Community', 'Contact support',
  ],
};

export const HELDOUT386_C: readonly TestPage[] = [nextCalc, intercom];
