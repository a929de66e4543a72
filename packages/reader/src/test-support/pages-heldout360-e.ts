import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout360-kit.js';

/**
 * Held-out batch 360, file e: an Android app's release notes on a Help Scout Docs knowledge base (navbar, search bar, category
 * sidebar, breadcrumbs, the article's "Last updated" line, the "Was this article helpful?" box, related articles, contact
 * link and footer) and a SaaS "Product updates" article on an Intercom Help Center (Next.js markup with the interblocks
 * classes, header links, breadcrumbs, the author avatar line with "Written by" and "Updated", the reaction picker and footer).
 */
const hsTitle = 'Android app release notes';
const hsIntro = [
  j(
    'These are the changes in recent versions of the Greenbin Collections app for Android. Updates roll out gradually through',
    'Google Play, so it can take up to a week before a new version reaches your phone.',
  ),
];
const hsVersions: readonly [string, string[]][] = [
  [
    'Version 6.8 (March 2026)',
    [
      'Collection reminders can now be sent the evening before or on the morning of collection day, at a time you choose.',
      'The calendar shows bank holiday changes up to eight weeks ahead, with the moved day highlighted.',
      'Reporting a missed bin now lets you attach a photo taken from the app.',
      'Fixed: the widget sometimes showed last week’s bins after the phone restarted.',
    ],
  ],
  [
    'Version 6.7 (January 2026)',
    [
      'Added support for households with more than one address, for example a home and a holiday let.',
      'The “What goes in which bin?” search now understands common misspellings and brand names.',
      'Fixed: the app crashed on some Android 15 phones when notifications were turned off in system settings.',
    ],
  ],
  [
    'Version 6.6 (November 2025)',
    [
      'Bulky waste collections can be booked and paid for in the app, with a confirmation email.',
      'Large text settings from Android are respected on every screen.',
      'The minimum supported Android version is now 9.',
    ],
  ],
  [
    'Version 6.5 (September 2025)',
    [
      'A new garden waste subscription screen shows when your permit runs out and lets you renew it for another year.',
      'Push notifications now say which bins to put out, instead of only “Collection tomorrow”.',
      'Fixed: addresses with a flat number and a house name could not be found during sign-up.',
      'Fixed: dark mode made the recycling calendar hard to read on some Samsung phones.',
    ],
  ],
];
const hsOut = [
  j(
    'If your app is out of date, open Google Play, search for Greenbin Collections and tap Update. If you do not see the button,',
    'you already have the newest version available for your device.',
  ),
  j(
    'Phones running Android 8 or older keep version 6.5 and continue to receive reminders, but new features such as bulky waste',
    'booking are only available in the current version.',
  ),
];
const hsCats = ['Getting started', 'Collection days', 'Reporting a problem', 'Android app', 'iPhone app', 'Account and privacy'];
const hsRelated = ['Reminders are not arriving on my phone', 'Setting up the home screen widget', 'iPhone app release notes'];
const hsHtml = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html;charset=utf-8"><title>Android app release notes - Greenbin Help Centre</title>
<meta name="viewport" content="width=device-width, maximum-scale=1"><meta name="apple-mobile-web-app-capable" content="yes">
<meta name="description" content="These are the changes in recent versions of the Greenbin Collections app for Android.">
<link rel="stylesheet" href="//d3eto7onm69fcz.cloudfront.example/assets/stylesheets/launch-1712.css"><link rel="canonical"
href="https://help.greenbin.example/article/88-android-release-notes">
<script src="//d3eto7onm69fcz.cloudfront.example/assets/javascripts/app4.min.js"></script>
<script>window.hsBeacon=window.hsBeacon||{};window.hsBeacon.docsUrl="https://help.greenbin.example";</script></head>
<body><header id="mainNav" class="navbar"><div class="navbar-inner"><div class="container-fluid"><a class="brand" href="/">
<img src="//d33v4339jhl8k0.cloudfront.example/docs/assets/logo.png" alt="Greenbin Help Centre" width="160" height="40"></a>
<div class="nav-collapse collapse"><nav role="navigation"><ul class="nav"><li id="home"><a href="/">Home <b class="caret"></b></a></li>
<li id="contact"><a href="#" class="contactUs" onclick="window.Beacon('open')">Contact</a></li>
<li><a href="https://greenbin.example">Greenbin website</a></li></ul></nav></div></div></div></header>
<section id="docsSearch"><h1>How can we help?</h1><form action="/search" method="GET" id="searchBar"><input type="text" name="query" title="search-query"
class="search-query" placeholder="Search the knowledge base" aria-label="Search the knowledge base"><button type="submit">Search</button></form></section>
<div class="container-fluid"><div class="row-fluid"><section id="main-content" class="span9"><div class="contentWrapper withRelated">
<article id="fullArticle"><h1 class="title">${hsTitle}</h1>
<a href="javascript:window.print()" class="printArticle" title="Print this article" aria-label="Print this Article"><i class="icon-print"></i></a>
${ps(hsIntro)}
${hsVersions.map(([v, items]) => `<h2 id="${v.length}">${v}</h2>\n<ul>\n${items.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`).join('\n')}
<h2 id="update">How to update</h2>
${ps(hsOut)}
</article>
<div class="articleRatings" data-article-url="https://help.greenbin.example/article/88-android-release-notes"><span class="articleRatings-question">
Was this article helpful?</span><span class="articleRatings-feedback"><span class="rating-face"><span class="icon-happy-face">Yes</span>
<span class="icon-sad-face">No</span></span></span></div>
<div class="articleFoot"><p class="help">Still need help? <a href="#" class="contactUs sm" onclick="window.Beacon('open')">Contact Us</a></p>
<time class="lu" datetime="2026-03-09">Last updated on March 9, 2026</time></div></div>
<section class="related"><h3>Related Articles</h3><ul>${links(hsRelated)}</ul></section></section>
<aside id="sidebar" class="span3"><form action="/search" method="GET" id="searchBar" class="sm"><input type="text" name="query"
placeholder="Search" aria-label="Search"></form><h3>Categories</h3><ul class="nav nav-list">${links(hsCats, 'category')}</ul></aside></div></div>
<footer><p>© Greenbin Waste Services 2026. Powered by <a rel="nofollow noopener noreferrer" href="https://www.helpscout.example/docs-refer/"
target="_blank">Help Scout</a></p>
</footer></body></html>`;
const helpScout: TestPage = {
  name: 'heldout360-helpscout-docs-android-release-notes-docs',
  kind: 'docs',
  html: hsHtml,
  title: hsTitle,
  headings: [...hsVersions.map(([v]) => v), 'How to update'],
  body: texts([...hsIntro, ...hsVersions.flatMap(([, items]) => items), ...hsOut]),
  bylines: ['Last updated on March 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Contact', 'Greenbin website', 'How can we help?', 'Was this article helpful?', 'Yes', 'Still need help? Contact Us', 'Related Articles',
    ...hsRelated, 'Categories', ...hsCats.filter((t) => t !== 'Android app'), '© Greenbin Waste Services 2026. Powered by Help Scout',
  ],
};

const icTitle = 'Product updates: February 2026';
const icIntro = ['Here is everything we shipped in Ledgerly during February, from the biggest change to the smallest fix you might have noticed.'];
const icParts: readonly [string, string[]][] = [
  [
    'Recurring invoices with usage lines',
    [
      j(
        'Recurring invoices can now include lines that are calculated from usage, such as hours tracked or units delivered. Ledgerly',
        'fills in the quantity on the day the invoice is created, and you can review it before it is sent.',
      ),
      'To set it up, open a recurring invoice, add a line and choose <b>Usage from…</b> as the quantity source.',
    ],
  ],
  [
    'Bank feeds for three more banks',
    [
      j(
        'Direct bank feeds are now available for Norrvik Sparbank, Banca Colle Alto and the Harbourside Building Society. Existing',
        'users of those banks will see a prompt on the Banking page to switch from file imports.',
      ),
      j(
        'Transactions from the last 90 days are brought in when you connect, and matching suggestions appear straight away, so most',
        'accounts can be reconciled on the same afternoon.',
      ),
    ],
  ],
  [
    'Smaller improvements',
    [
      'Expense receipts can be forwarded to your Ledgerly inbox from any email address you have verified.',
      'The VAT return preview shows which invoices make up each box, with links to open them.',
      'Reports remember the date range you used last, per report.',
      'Accountants invited to your workspace can now leave notes on individual transactions without edit rights.',
      'Customers can pay invoices with instant bank transfer in the Netherlands and Belgium.',
    ],
  ],
  [
    'Fixes',
    [
      'Credit notes created from a partly paid invoice no longer show the full amount as outstanding.',
      'Exported PDFs keep the right currency symbol when the customer’s currency differs from yours.',
    ],
  ],
];
const icOutro = [
  j('Have an idea for what we should build next? Send it to us from the chat in the bottom corner of the app; the product team reads', 'every suggestion.'),
];
const icHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${icTitle} | Ledgerly Help Center</title>
<meta name="intercom:trackingEvent" content="{&quot;name&quot;:&quot;Viewed Help Center&quot;}"><meta property="og:title" content="${icTitle}">
<meta property="og:description" content="Here is everything we shipped in Ledgerly during February."><meta name="next-head-count" content="14">
<link rel="preload" href="https://intercom.help/_next/static/css/2ba08fe4f41ba861.css" as="style">
<link rel="stylesheet" href="https://intercom.help/_next/static/css/2ba08fe4f41ba861.css" data-n-g></head>
<body><div id="__next"><div dir="ltr" class="h-full w-full"><a href="#main-content"
class="sr-only font-bold text-header-color focus:not-sr-only">Skip to main content</a>
<main class="header__lite"><header id="header" data-testid="header" class="flex flex-col text-header-color"><div class="relative z-20 flex w-full">
<nav class="flex items-center"><a href="/en/" class="mo o"><img src="https://downloads.intercomcdn.example/i/o/ledgerly/logo.png"
alt="Ledgerly Help Center"></a>
<div class="flex items-center gap-x-4"><a href="https://ledgerly.example" class="text-header-color">Go to Ledgerly</a>
<a href="https://status.ledgerly.example" class="text-header-color">Status</a>
<div class="relative cursor-pointer has-[:focus]:outline"><select aria-label="Change language" class="peer absolute z-10"><option value="en"
selected>English</option>
<option value="nl">Nederlands</option></select></div></div></nav></div>
<section class="relative mx-auto flex w-full flex-col"><div class="header__form"><form action="/en/" autocomplete="off" class="w-full">
<input id="search-input" class="peer w-full" placeholder="Search for articles..." type="text" name="q"></form></div></section></header>
<div class="z-1 flex shrink-0 grow basis-auto justify-center px-5 sm:px-10"><section data-testid="main-content" id="main-content" class="max-w-full w-240">
<section data-testid="breadcrumbs" class="mb-4 mt-6 hidden items-center gap-1 sm:flex"><a href="/en/" class="no-underline">All Collections</a>
<span class="text-base text-gray-400">›</span><a href="/en/collections/3881-whats-new" class="no-underline">What’s new</a>
<span class="text-base text-gray-400">›</span><div class="line-clamp-1 text-base text-body-secondary-color">${icTitle}</div></section>
<div class="flex flex-col"><div class="mb-10 max-lg:mb-6"><div class="flex flex-col gap-4"><div class="flex flex-col">
<header class="mb-1 font-primary text-2xl font-bold leading-10 sm:text-3xl"><h1>${icTitle}</h1></header>
<div class="text-md text-body-secondary-color">What we shipped, improved and fixed this month</div></div>
<div class="avatar"><div class="avatar__photo"><img width="24" height="24" src="https://static.intercomassets.example/avatars/5121/square_128/rg.png"
alt="Roksana Gellert avatar" class="inline-flex items-center justify-center rounded-full"></div>
<div class="avatar__info -mt-0.5 text-base"><span class="text-body-secondary-color"><div>Written by <span>Roksana Gellert</span></div>
<div>Updated over 2 weeks ago</div></span></div></div></div></div>
<div class="jsx-adf13600fea3fad4 "><article class="jsx-adf13600fea3fad4 "><div class="article intercom-force-break">
${icIntro.map((t) => `<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${t}</p></div>`).join('\n')}
${icParts
  .map(
    ([h, paras], i) => `<div class="intercom-interblocks-heading intercom-interblocks-align-left"><h2 id="h_${i}a81f">${h}</h2></div>
${
  i >= 2
    ? `<div class="intercom-interblocks-unordered-nested-list"><ul>${paras
        .map((t) => `<li><div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${t}</p></div></li>`)
        .join('\n')}</ul></div>`
    : paras.map((t) => `<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${t}</p></div>`).join('\n')
}
${
  i === 0
    ? `<div class="intercom-interblocks-image intercom-interblocks-align-left"><a href="https://downloads.intercomcdn.example/i/o/usage.png" target="_blank">
<img src="https://downloads.intercomcdn.example/i/o/usage.png" width="1600" height="900"></a></div>
<div class="intercom-interblocks-callout" style="background-color:#e3e7fa80;border-color:#334bfa33"><div class="intercom-interblocks-paragraph no-margin">
<p><b>Read more:</b> <a href="/en/articles/88112-recurring-invoices" class="intercom-content-link">Setting up recurring invoices</a></p></div></div>`
    : ''
}`,
  )
  .join('\n')}
${icOutro.map((t) => `<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${t}</p></div>`).join('\n')}
</div></article></div></div>
<section class="content-block mt-8"><div class="intercom-reaction-picker -mb-4 -ml-4 -mr-4 mt-6 rounded-card sm:-mb-2 sm:-ml-1 sm:-mr-1"
dir="ltr"><div class="intercom-reaction-prompt">Did this answer your question?</div>
<button class="intercom-reaction" aria-label="Disappointed Reaction"
tabindex="0" data-reaction-text="disappointed"><span title="Disappointed">😞</span></button>
<button class="intercom-reaction" aria-label="Neutral Reaction" tabindex="0" data-reaction-text="neutral"><span title="Neutral">😐</span></button>
<button class="intercom-reaction" aria-label="Smiley Reaction" tabindex="0" data-reaction-text="smiley"><span title="Smiley">😃</span></button></div></section>
</section></div></main>
<footer id="footer" class="mt-24 shrink-0 bg-footer-background-color px-0 py-12 text-left text-base text-footer-color"><div class="shrink-0 grow basis-auto
px-5">
<div class="flex flex-col items-center gap-8"><a href="/en/" class="mo o"><img src="https://downloads.intercomcdn.example/i/o/ledgerly/footer.png"
alt="Ledgerly Help Center"></a>
<ul class="flex flex-wrap items-center gap-4 p-0"><li class="list-none"><a href="https://ledgerly.example/privacy">Privacy</a></li>
<li class="list-none"><a href="https://ledgerly.example/terms">Terms</a></li><li class="list-none"><a href="https://careers.ledgerly.example">We're
hiring</a></li></ul>
<div class="text-footer-color">© 2026 Ledgerly B.V. Keizersgracht 412, Amsterdam</div></div></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"app":{"id":"l3dg3rly","name":"Ledgerly"},"articleId":"9120331"}},
"page":"/[helpCenterIdentifier]/[locale]/articles/[articleSlug]","buildId":"Vq2uV5XDBYCXaZ2xVnnZ1"}</script>
<script src="https://js.intercomcdn.example/shim.latest.js"></script></body></html>`;
const intercom: TestPage = {
  name: 'heldout360-intercom-help-center-product-updates-docs',
  kind: 'docs',
  html: icHtml,
  title: icTitle,
  headings: icParts.map(([h]) => h),
  body: texts([...icIntro, ...icParts.flatMap(([, paras]) => paras), ...icOutro]),
  bylines: ['Written by Roksana Gellert', 'Updated over 2 weeks ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Go to Ledgerly', 'Status', 'English', 'Nederlands',
    'All Collections', 'What’s new', 'What we shipped, improved and fixed this month',
    'Read more: Setting up recurring invoices', 'Did this answer your question?',
    'Privacy', 'Terms', "We're hiring", '© 2026 Ledgerly B.V. Keizersgracht 412, Amsterdam',
  ],
};

export const HELDOUT360_E: readonly TestPage[] = [helpScout, intercom];
