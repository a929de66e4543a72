import { plain, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 132, file e2: an Intercom help center article (the current Next.js help center: the header with the
 * logo, "Go to" and status links, the language select and the search box, the breadcrumb from "All Collections", the
 * table of contents rail, the h1 with its description, the author avatar row with "Written by" and "Updated over ...
 * ago", the interblocks article body with headings, ordered and unordered nested lists, an image and a callout, the
 * "Related Articles" list, the reaction picker, the simple footer with custom and social links, and the lightweight
 * Messenger launcher).
 */
const iTitle = 'How to change your billing plan';
const iDesc = 'Upgrade, downgrade or switch between monthly and annual billing from your workspace settings.';
const iP1 = [
  `You can change your Tallyfold plan at any time. Upgrades take effect straight away, and downgrades take effect at the
start of your next billing period so you keep the features you have already paid for.`,
  'Only workspace owners and members with the Billing admin role can change the plan.',
];
const iH1 = 'Upgrade or downgrade your plan';
const iSteps = [
  'Go to <b>Settings</b> &gt; <b>Billing</b> in the left-hand menu.',
  'Under <b>Current plan</b>, click <b>Change plan</b>.',
  'Choose the plan you want. The price shown already includes the number of seats in your workspace.',
  'Review the summary and click <b>Confirm change</b>.',
];
const iP2 = [
  `When you upgrade, we charge the difference for the rest of your current billing period right away, prorated to the
day. You will see the charge on your next invoice as a separate line.`,
];
const iCallout = `💡 <b>Tip:</b> If you are moving from Starter to Growth to use recurring invoices, you can try them free for
14 days first. Look for <b>Start trial</b> next to the feature on the Billing page.`;
const iH2 = 'Switch between monthly and annual billing';
const iP3 = [
  `Annual plans are billed once a year and cost the same as ten months of the monthly plan. To switch, follow the steps
above and use the <b>Monthly / Annual</b> toggle at the top of the plan list.`,
  'What happens next depends on the direction of the change:',
];
const iList = [
  'From monthly to annual: your annual period starts today, and any unused days on your monthly plan are credited to the first annual invoice.',
  'From annual to monthly: the change is scheduled for the end of your annual period. We do not refund the remaining months.',
];
const iH3 = 'What happens to your data when you downgrade';
const iP4 = [
  `Downgrading never deletes your data. If your new plan has lower limits, the things above the limit become read-only:
you can still open and download them, but not edit them.`,
  `For example, the Starter plan includes three active recurring invoice schedules. If you have five when you
downgrade, the two most recently created are paused until you remove others or upgrade again.`,
  `If you have questions about a charge after changing plan, send us a message from the chat in the bottom-right
corner of any Tallyfold page and include the invoice number.`,
];
const iHeader = ['Go to Tallyfold', 'Status'];
const iCrumbs = ['All Collections', 'Billing and plans'];
const iRelated = ['Update your payment method', 'Download past invoices', 'Add or remove seats', 'Cancel your subscription'];
const iFoot = ['Privacy policy', 'Terms of service', 'Contact support'];
const iP = (t: string): string => `<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${t}</p></div>`;
const iPs = (a: readonly string[]): string => a.map(iP).join('\n');
const iH = (id: string, t: string): string => `<div class="intercom-interblocks-heading intercom-interblocks-align-left"><h2 id="${id}">${t}</h2></div>`;
const iList2 = (tag: string, a: readonly string[]): string => `<div class="intercom-interblocks-${tag === 'ol' ? 'ordered' : 'unordered'}-nested-list">
<${tag}>${a.map((t) => `<li>${iP(t)}</li>`).join('\n')}</${tag}></div>`;
const iHtml = `<!DOCTYPE html><html lang="en" class="__variable_0d2bc6 __variable_6ab3a5"><head><meta charSet="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${iTitle} | Tallyfold Help Center</title>
<meta property="og:title" content="${iTitle} | Tallyfold Help Center"><meta name="description" content="${iDesc}">
<meta property="og:description" content="${iDesc}"><meta property="og:type" content="article"><meta name="twitter:card" content="summary">
<meta name="intercom:trackingEvent" content="{&quot;name&quot;:&quot;Viewed Help Center&quot;,&quot;metadata&quot;:{&quot;action&quot;:&quot;viewed&quot;}}">
<link rel="canonical" href="https://help.tallyfold.example/en/articles/8412207-how-to-change-your-billing-plan">
<link rel="stylesheet" href="https://static.intercomassets.com/_next/static/css/3f1d0c1e9b6a2e47.css" data-precedence="next">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${iTitle}","description":"${iDesc}",
"author":{"@type":"Person","name":"Priya Nandakumar"},"publisher":{"@type":"Organization","name":"Tallyfold"},"dateModified":"2025-10-21T09:30:12Z"}</script>
<script src="https://static.intercomassets.com/_next/static/chunks/webpack-6f0c1b2d.js" async=""></script></head>
<body><div id="__next"><div dir="ltr" class="h-full w-full">
<a href="#main-content" class="sr-only font-bold text-header-color focus:not-sr-only">Skip to main content</a>
<main class="header__lite"><header id="header" data-testid="header" class="flex flex-col text-header-color"><div class="relative flex grow flex-col
mb-9 bg-header-bg-color bg-header-image bg-cover bg-center pb-9"><div class="header__meta_wrapper flex justify-center px-5 pt-6 leading-none sm:px-10">
<div class="flex items-center w-240" data-testid="subheader-container"><div class="mo__body header__site_name"><div class="header__logo"><a href="/en/">
<img src="https://downloads.intercomcdn.com/i/o/tallyfold/logo.png" height="80" alt="Tallyfold Help Center"></a></div></div><div><div class="flex
items-center font-semibold"><div class="flex items-center md:hidden" data-testid="small-screen-children"><button class="flex items-center border-none
bg-transparent px-1.5" data-testid="hamburger-menu-button" aria-label="Open menu"><svg width="24" height="24"></svg></button></div><div class="hidden
items-center md:flex" data-testid="large-screen-children"><a href="https://tallyfold.example" target="_blank" rel="noopener noreferrer" class="mx-5
inline-block text-base font-semibold" data-testid="header-link-0">${iHeader[0]}</a><a href="https://status.tallyfold.example" target="_blank"
rel="noopener noreferrer" class="mx-5 inline-block text-base font-semibold" data-testid="header-link-1">${iHeader[1]}</a><div class="relative
cursor-pointer has-[:focus]:outline"><select class="peer absolute z-10 w-full cursor-pointer opacity-0" aria-label="Change language"><option
value="en" selected="">English</option><option value="fr">Français</option></select><div class="mb-1 flex items-center"><span
class="text-base font-semibold">English</span></div></div></div></div></div></div></div><div class="relative mx-5 flex h-full items-center
justify-center sm:mx-10"><div class="flex h-full flex-col items-center justify-center gap-2 text-center w-240"><div class="mx-auto w-full">
<div class="relative flex w-full items-center"><div class="absolute left-4 top-1/2 z-10 flex -translate-y-1/2"><svg width="16" height="16"></svg>
</div><input id="search-input" class="peer w-full rounded-xl border border-solid bg-white/20 p-4 pl-12 text-base" aria-label="Search for articles..."
placeholder="Search for articles..." type="text" autocomplete="off" name="q" value=""></div></div></div></div></div></header>
<div class="z-1 flex shrink-0 grow basis-auto justify-center px-5 sm:px-10" id="main-content"><section data-testid="main-content" class="max-w-full
w-240"><section data-testid="breadcrumbs"><div class="flex flex-wrap items-baseline pb-4 text-base tablet:pb-6" data-testid="breadcrumbs">
<a href="/en/" class="pr-2 text-base font-medium text-body-primary-color hover:text-primary">${iCrumbs[0]}</a><div class="pr-2" aria-hidden="true">
<svg width="10" height="12"></svg></div><a href="/en/collections/3120554-billing-and-plans" class="pr-2 text-base font-medium">${iCrumbs[1]}</a>
<div class="pr-2" aria-hidden="true"><svg width="10" height="12"></svg></div><div class="text-base text-body-secondary-color">${iTitle}</div></div>
</section><div class="flex flex-row-reverse justify-between"><div class="hidden xl:block"><section class="sticky top-20 w-[160px]"
data-testid="table-of-contents"><div class="mb-2 font-semibold">Table of contents</div><div class="flex flex-col gap-2"><a href="#h_91b2c" class="text-sm
text-body-secondary-color">${iH1}</a><a href="#h_5e7d1" class="text-sm">${iH2}</a><a href="#h_0c4fa" class="text-sm">${iH3}</a></div></section></div>
<div class="relative z-3 w-full lg:max-w-160"><div class="flex pb-1 md:pb-0 lg:pb-2"><h1 class="mb-1 font-primary text-2xl font-bold leading-10
text-body-primary-color">${iTitle}</h1></div><div class="mb-6"><p class="mb-0 text-md text-body-secondary-color">${iDesc}</p></div>
<div class="avatar"><div class="flex items-center gap-3"><img width="24" height="24" src="https://static.intercomassets.com/avatars/5581/square_128/pn.jpg"
alt="Priya Nandakumar avatar" class="inline-flex items-center justify-center rounded-full"><div class="flex flex-col"><span class="text-md font-normal">
<span class="text-body-secondary-color">Written by </span>Priya Nandakumar</span><span class="text-md text-body-secondary-color">Updated over 2 weeks
ago</span></div></div></div><div class="jsx-a4c1d3f79a2e6b18 mt-8"><div class="article intercom-force-break">
${iPs(iP1)}
${iH('h_91b2c', iH1)}
${iList2('ol', iSteps)}
<div class="intercom-interblocks-image intercom-interblocks-align-left"><a href="https://downloads.intercomcdn.com/i/o/tallyfold/billing-plan.png"
target="_blank" rel="noreferrer nofollow noopener"><img src="https://downloads.intercomcdn.com/i/o/tallyfold/billing-plan.png" alt="" width="1600"
height="900"></a></div>
${iPs(iP2)}
<div class="intercom-interblocks-callout" style="background-color:#e3e7fa80;border-color:#334bfa33">${iP(iCallout)}</div>
${iH('h_5e7d1', iH2)}
${iPs(iP3)}
${iList2('ul', iList)}
${iH('h_0c4fa', iH3)}
${iPs(iP4)}
</div></div><section class="related_articles my-6"><hr class="my-6 sm:my-8"><div class="mb-2.5 text-base font-bold">Related Articles</div>
<div class="flex flex-col">${iRelated
  .map(
    (t) => `<a href="/en/articles/${t.length}" class="flex items-center justify-between rounded-lg px-3 py-2
hover:bg-primary-alpha-10" data-testid="article-link"><div class="flex flex-col p-0"><span class="m-0 text-md text-body-primary-color">${t}</span></div>
<div class="shrink-0"><svg width="16" height="16"></svg></div></a>`,
  )
  .join('\n')}</div></section></div></div></section></div>
<div class="intercom-reaction-picker -mb-4 -ml-4 -mr-4 mt-6 rounded-card sm:-mb-2 sm:-ml-1 sm:-mr-1" dir="ltr"><div class="intercom-reaction-prompt">
Did this answer your question?</div><button class="intercom-reaction" aria-label="Disappointed Reaction" tabindex="0" data-reaction-text="disappointed"
aria-pressed="false"><span title="Disappointed">😞</span></button><button class="intercom-reaction" aria-label="Neutral Reaction" tabindex="0"
data-reaction-text="neutral" aria-pressed="false"><span title="Neutral">😐</span></button><button class="intercom-reaction" aria-label="Smiley Reaction"
tabindex="0" data-reaction-text="smiley" aria-pressed="false"><span title="Smiley">😃</span></button></div></main>
<footer id="footer" class="mt-24 shrink-0 bg-footer-bg-color px-0 py-12 text-left text-base text-footer-color"><div class="shrink-0 grow basis-auto px-5
sm:px-10"><div class="mx-auto max-w-240 sm:w-auto"><div class="text-center" data-testid="simple-footer-layout"><div class="align-middle text-lg
text-footer-color"><a class="no-underline" href="/en/"><img data-testid="logo-img" src="https://downloads.intercomcdn.com/i/o/tallyfold/footer.png"
alt="Tallyfold Help Center" class="max-h-8 contrast-80 inline"></a></div><div class="mt-10" data-testid="simple-footer-links"><div class="flex flex-row
justify-center"><div class="text-footer-color"><ul data-testid="custom-links" class="mb-4 p-0">${iFoot
  .map(
    (t) => `<li class="mb-2 list-none
text-base"><a href="https://tallyfold.example/${t.length}">${t}</a></li>`,
  )
  .join('')}</ul></div></div><div class="flex justify-center"><div class="mt-2">
<ul data-testid="social-links" class="flex flex-wrap items-center gap-4 p-0"><li class="list-none align-middle"><a target="_blank"
href="https://www.linkedin.com/company/tallyfold" rel="nofollow noreferrer noopener"><img src="https://static.intercomassets.com/linkedin.svg"
alt="LinkedIn" class="h-5 w-5"></a></li></ul></div></div></div></div></div></div></footer></div></div>
<div class="intercom-lightweight-app"><div class="intercom-lightweight-app-launcher intercom-launcher" role="button" tabindex="0"
aria-label="Open Intercom Messenger" aria-live="polite"><div class="intercom-lightweight-app-launcher-icon intercom-lightweight-app-launcher-icon-open">
<svg width="24" height="24"></svg></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"app":{"id":"x7k2mz4p","name":"Tallyfold"},"articleId":8412207,
"locale":"en"}},"page":"/[helpCenterIdentifier]/[locale]/articles/[articleSlug]","buildId":"pk29_Qn1","isFallback":false,"gssp":true}</script>
</body></html>`;
export const intercomArticle: TestPage = {
  html: iHtml,
  name: 'heldout132-intercom-help-center-article',
  kind: 'docs',
  // the description under the h1 is body; the callout (with its "Tip:" label) is body; the author row is bylines; the
  // "Table of contents" rail, which repeats the headings, is left out but its label is furniture; the breadcrumb's last
  // item repeats the title and is left out
  title: iTitle,
  headings: [iH1, iH2, iH3],
  body: [iDesc, ...texts(iP1), ...texts(iSteps), ...texts(iP2), plain(iCallout), ...texts(iP3), ...iList, ...texts(iP4)],
  bylines: ['Written by Priya Nandakumar', 'Updated over 2 weeks ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...iHeader, 'English',
    'Français', ...iCrumbs, 'Table of contents', 'Related Articles', ...iRelated, 'Did this answer your question?', '😞', '😐', '😃', ...iFoot,
  ],
};
