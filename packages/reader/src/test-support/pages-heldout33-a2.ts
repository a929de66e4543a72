import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 33, file a2: an Intercom help-center article (the Next.js help center of 2024-2025: skip link, header with
 * logo, site links, language select and "Search for articles..." box, breadcrumb of collections, title and description, the
 * "Written by ... Updated over a week ago" avatar line, interblocks paragraphs, headings, lists and a callout, "Related
 * Articles" cards, the reaction picker "Did this answer your question?", the footer with custom links and "We run on
 * Intercom", and the __NEXT_DATA__ script).
 */
const icTitle = 'Connect your bank account with open banking';
const icDesc = 'Set up a secure bank feed so your business transactions arrive in Ledgerline on their own.';
const icIntro = [
  'A bank feed saves you from downloading statements and uploading them by hand. Once your account is connected, Ledgerline ' +
    'fetches new transactions four times a day and matches them against your invoices and receipts.',
  'We use open banking to connect, which means you log in on your bank’s own website and approve read-only access. Ledgerline ' +
    'never sees or stores your online banking password, and it cannot move money out of your account.',
];
const icH1 = 'Before you connect';
const icBefore = [
  'You’ll need the login details you use for online banking, and access to any device your bank uses for approval codes.',
  'Business accounts with more than one signatory may need every signatory to approve the connection.',
  'Only the account owner or a user with the <b>Admin</b> role in Ledgerline can add a bank feed.',
];
const icH2 = 'Add the bank feed';
const icSteps = [
  'In Ledgerline, go to <b>Banking</b> and click <b>Add account</b>.',
  'Search for your bank by name and select it from the results.',
  'Choose the date you want transactions imported from. You can go back up to 12 months.',
  'Click <b>Continue to your bank</b>. A new window opens on your bank’s website.',
  'Log in, review the access Ledgerline is asking for, and approve it.',
];
const icAfter =
  'When you return to Ledgerline the account appears under <b>Banking</b> with a green <b>Connected</b> label. The first import ' +
  'can take up to an hour for accounts with a lot of history, so there’s no need to wait on the page.';
const icTip = 'If your bank isn’t listed, you can still import transactions by uploading a CSV or OFX file from the same screen.';
const icH3 = 'Renew your connection every 90 days';
const icRenew = [
  'Open banking rules require you to confirm the connection regularly. Seven days before it expires, we’ll email you and show a ' +
    'yellow banner on the Banking page. Click <b>Renew</b> in the banner and approve access on your bank’s website again.',
  'If the connection lapses, transactions stop arriving but nothing already imported is lost. Renew it at any time and ' +
    'Ledgerline will fill in the gap automatically, as long as the gap is shorter than 90 days.',
];
const icRelated = [
  'Why are some transactions missing from my bank feed?',
  'Import a bank statement from a CSV file',
  'Match a transaction to more than one invoice',
  'Disconnect a bank account',
];
const icFootLinks = ['Ledgerline.example', 'Status page', 'Privacy notice'];
const icHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${icTitle} | Ledgerline Help Center</title><meta property="og:title" content="${icTitle} | Ledgerline Help Center"/>
<meta name="description" content="${icDesc}"/><meta property="og:type" content="article"/><meta name="robots" content="all"/>
<link rel="canonical" href="https://help.ledgerline.example/en/articles/8812345-connect-your-bank-account-with-open-banking"/>
<link rel="alternate" href="https://help.ledgerline.example/fr/articles/8812345-connecter-votre-compte-bancaire" hrefLang="fr"/>
<meta name="intercom:trackingEvent"
 content="{&quot;name&quot;:&quot;Viewed Help Center Article&quot;,&quot;metadata&quot;:{&quot;action&quot;:&quot;viewed&quot;}}"/>
<link rel="preload" href="https://intercom.help/_next/static/media/3d9ec9a9b4e2.p.woff2" as="font" crossorigin="" type="font/woff2"/>
<link rel="stylesheet" href="https://intercom.help/_next/static/css/3f1a8c1e0d9b.css" data-n-g=""/>
<style>:root{--body-bg:rgb(255,255,255);--body-primary-color:#1a1a1a;--header-bg:rgb(14,92,74);--footer-bg:rgb(242,242,242);
--primary:rgb(14,92,74);--card-border:rgba(0,0,0,0.12)}</style></head>
<body><div id="__next"><div dir="ltr" class="h-full w-full">
<a href="#main-content" class="sr-only font-bold text-header-color focus:not-sr-only">Skip to main content</a>
<main class="header__lite"><header id="header" data-testid="header" class="flex flex-col text-header-color">
<div class="relative flex grow flex-col mb-9 bg-header-bg bg-header-image bg-cover bg-center pb-9" id="sr-header-bg" aria-hidden="false">
<div class="header__meta_wrapper flex justify-center px-5 pt-6 leading-none sm:px-10"><div class="flex items-center w-240" data-testid="subheader-container">
<div class="mo__body header__site_name"><div class="header__logo"><a href="/en/">
<img src="https://downloads.intercomcdn.com/i/o/lh2/5521904/ledgerline-logo.png" height="128" alt="Ledgerline Help Center"/></a></div></div>
<div><div class="flex items-center font-semibold"><div class="flex items-center md:hidden" data-testid="small-screen-children">
<button class="flex items-center border-none bg-transparent px-1.5" data-testid="hamburger-menu-button" aria-label="Open menu">
<svg width="24" height="24" viewBox="0 0 16 16" xmlns="http://www.w3.org/2000/svg" class="fill-current"><path d="M1.86 4.86h12.28M1.86 8h12.28"/></svg>
</button></div><nav class="flex items-center max-md:hidden" data-testid="large-screen-children">
<a href="https://ledgerline.example" target="_blank" rel="nofollow noreferrer noopener" class="mx-5 inline-block">Go to Ledgerline</a>
<a href="https://app.ledgerline.example/login" target="_blank" rel="nofollow noreferrer noopener" class="mx-5 inline-block">Sign in to Ledgerline</a>
<div class="relative cursor-pointer has-[:focus]:outline"><select class="peer absolute z-10 block h-6 w-full cursor-pointer opacity-0 md:text-base"
 aria-label="Change language" id="language-selector"><option value="/en/articles/8812345-connect-your-bank-account-with-open-banking" class="text-black"
 selected="">English</option><option value="/fr/articles/8812345-connecter-votre-compte-bancaire" class="text-black">Français</option></select>
<div class="mb-1 flex items-center gap-1 md:text-base"><span>English</span><svg width="12" height="12" viewBox="0 0 16 16"><path d="M4 6l4 4 4-4"/></svg>
</div></div></nav></div></div></div></div>
<div class="relative mx-5 mt-9 xl:mx-auto xl:w-240"><section class="relative mx-auto max-w-240"><div class="relative flex w-full">
<form action="/en/" autoComplete="off" class="w-full" method="GET" role="search"><div class="relative flex w-full items-center">
<input class="peer w-full rounded-lg border border-solid border-transparent bg-white/20 py-4 pl-12 pr-4 text-lg text-header-color placeholder-header-color"
 placeholder="Search for articles..." type="text" aria-label="Search for articles..." name="q" value=""/></div></form></div></section></div>
</div></header>
<div class="z-1 flex shrink-0 grow basis-auto justify-center px-5 sm:px-10"><section data-testid="main-content" id="main-content" class="max-w-full w-240">
<section data-testid="article-section" class="section section__article"><div class="justify-center flex"><div class="relative z-3 w-full lg:max-w-160">
<div class="flex pb-6 max-md:pb-2 lg:max-w-160"><div tabindex="-1" class="focus:outline-none" role="navigation" aria-label="Breadcrumb">
<div class="flex flex-wrap items-baseline pb-4 text-base"><a href="/en/" class="pr-2 text-body-primary-color no-underline">All Collections</a>
<div class="pr-2" aria-hidden="true"><svg width="6" height="10" viewBox="0 0 6 10"><path d="M1 1l4 4-4 4"/></svg></div>
<a href="/en/collections/3921887-banking-and-reconciliation" class="pr-2 text-body-primary-color no-underline">Banking and reconciliation</a>
<div class="pr-2" aria-hidden="true"><svg width="6" height="10" viewBox="0 0 6 10"><path d="M1 1l4 4-4 4"/></svg></div>
<a href="/en/collections/3921890-bank-feeds" class="pr-2 text-body-primary-color no-underline">Bank feeds</a></div></div></div>
<div class=""><div class="article intercom-force-break"><div class="mb-10 max-lg:mb-6"><div class="flex flex-col gap-4"><div class="flex flex-col">
<h1 class="mb-1 font-primary text-2xl font-bold leading-10 text-body-primary-color">${icTitle}</h1>
<div class="text-md font-normal leading-normal text-body-secondary-color"><p>${icDesc}</p></div></div>
<div class="avatar"><div class="avatar__photo"><img width="24" height="24" src="https://static.intercomassets.com/avatars/7120443/square_128/tobias.jpg"
 alt="Tobias Eklund avatar" class="inline-flex items-center justify-center rounded-full bg-primary text-lg font-bold leading-6 h-6 w-6"/></div>
<div class="avatar__info -mt-0.5 text-base"><span class="text-body-secondary-color"><div>Written by <span>Tobias Eklund</span></div>
 <!-- -->Updated over a week ago</span></div></div></div></div>
<div class="jsx-adf13c9b2a104cce ">
${icIntro.map((t) => `<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${t}</p></div>`).join('\n')}
<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p> </p></div>
<div class="intercom-interblocks-heading intercom-interblocks-align-left"><h2 id="h_6f1e2a9c4b">${icH1}</h2></div>
<div class="intercom-interblocks-unordered-nested-list"><ul>
${icBefore.map((t) => `<li><div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${t}</p></div></li>`).join('\n')}
</ul></div>
<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p> </p></div>
<div class="intercom-interblocks-heading intercom-interblocks-align-left"><h2 id="h_b07d3e5f81">${icH2}</h2></div>
<div class="intercom-interblocks-ordered-nested-list"><ol>
${icSteps.map((t) => `<li><div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${t}</p></div></li>`).join('\n')}
</ol></div>
<div class="intercom-interblocks-image intercom-interblocks-align-left"><a href="https://downloads.intercomcdn.com/i/o/lh2/1184220931/add-account.png"
 target="_blank" rel="noreferrer nofollow noopener"><img src="https://downloads.intercomcdn.com/i/o/lh2/1184220931/add-account.png" width="1600"
 height="900"/></a></div>
<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${icAfter}</p></div>
<div class="intercom-interblocks-callout" style="background-color: #feedaf80; border-color: #fbc91633;">
<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p><b>💡 Tip:</b> ${icTip}</p></div></div>
<div class="intercom-interblocks-heading intercom-interblocks-align-left"><h2 id="h_4c2a91d7e0">${icH3}</h2></div>
${icRenew.map((t) => `<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${t}</p></div>`).join('\n')}
<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p> </p></div>
<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p> </p></div>
</div></div>
<section class="jsx-62724fba150252e0 related_articles my-6"><hr class="jsx-62724fba150252e0 my-6 sm:my-8"/>
<div class="jsx-62724fba150252e0 mb-3 text-xl font-bold">Related Articles</div>
<section class="flex flex-col rounded-card border border-solid border-card-border bg-card-bg p-2 sm:p-3">
${icRelated
  .map(
    (t, i) =>
      `<a class="duration-250 group/article flex flex-row justify-between gap-2 py-2 no-underline transition ease-linear rounded-card-inner px-3"` +
      ` href="/en/articles/88${i}4410-related" data-testid="article-link"><div class="flex flex-col p-0">` +
      `<span class="m-0 text-md text-body-primary-color group-hover/article:text-primary">${t}</span></div>` +
      `<div class="flex shrink-0 flex-col justify-center p-0"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M6 3l5 5-5 5"/></svg></div></a>`,
  )
  .join('\n')}
</section></section></div></div></div></section>
<div class="intercom-reaction-picker -mb-4 -ml-4 -mr-4 mt-6 rounded-card sm:-mb-2 sm:-ml-1 sm:-mr-1 sm:mt-8" role="group" aria-label="feedback form">
<div class="intercom-reaction-prompt">Did this answer your question?</div>
<button class="intercom-reaction picker-reaction p-0 outline-none" aria-label="Disappointed Reaction" tabindex="0" data-reaction-text="disappointed"
 aria-pressed="false"><span title="Disappointed">😞</span></button>
<button class="intercom-reaction picker-reaction p-0 outline-none" aria-label="Neutral Reaction" tabindex="0" data-reaction-text="neutral"
 aria-pressed="false"><span title="Neutral">😐</span></button>
<button class="intercom-reaction picker-reaction p-0 outline-none" aria-label="Smiley Reaction" tabindex="0" data-reaction-text="smiley"
 aria-pressed="false"><span title="Smiley">😃</span></button></div>
</section></div>
<footer id="footer" class="mt-24 shrink-0 bg-footer-bg px-0 py-12 text-left text-base text-footer-color"><div class="shrink-0 grow basis-auto px-5 sm:px-10">
<div class="mx-auto max-w-240 sm:w-auto"><div><div class="text-center" data-testid="simple-footer-layout"><div class="align-middle text-lg text-footer-color">
<a class="no-underline" href="/en/"><img data-testid="logo-img" src="https://downloads.intercomcdn.com/i/o/lh2/5521904/ledgerline-logo.png"
 alt="Ledgerline Help Center" class="max-h-8 contrast-80 inline"/></a></div><div class="mt-10" data-testid="simple-footer-links">
<div class="flex flex-row justify-center"><span><ul data-testid="custom-links" class="mb-4 p-0" id="custom-links">
${icFootLinks
  .map(
    (t, i) =>
      `<li class="mx-3 inline-block list-none"><a target="_blank" href="https://ledgerline.example/${i}" rel="nofollow noreferrer noopener"` +
      ` data-testid="footer-custom-link-${i}" class="no-underline">${t}</a></li>`,
  )
  .join('')}
</ul></span></div></div><div class="flex justify-center"><div class="mt-2">
<a href="https://www.intercom.com/intercom-link?company=Ledgerline&amp;solution=customer-support&amp;utm_campaign=intercom-link&amp;utm_medium=help-center"
 class="flex items-center text-sm no-underline text-footer-color" data-testid="intercom-advert-branding">
<svg width="14" height="14" viewBox="0 0 16 16" fill="none"><path d="M13 0H3C1.3 0 0 1.3 0 3v10c0 1.7 1.3 3 3 3h10c1.7 0 3-1.3 3-3V3"/></svg>
<span>We run on Intercom</span></a></div></div></div></div></div></div></footer></main></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"app":{"id":"k4z2b9qe","messengerUrl":"https://widget.intercom.io/widget/k4z2b9qe",
"name":"Ledgerline","poweredByIntercom":true,"locale":"en","features":{"consentBannerBeta":false,"customNotFoundErrorMessage":false}},
"articleId":"8812345","articleContent":{"title":"${icTitle}","description":"${icDesc}","author":{"name":"Tobias Eklund"},
"state":"published","updatedAt":"2025-11-04T09:12:44Z"},"theme":{"color":"0e5c4a","siteName":"Ledgerline Help Center"}}},
"page":"/[helpCenterIdentifier]/[locale]/articles/[articleSlug]","query":{"helpCenterIdentifier":"ledgerline","locale":"en"},
"buildId":"1d6c2f3a","assetPrefix":"https://intercom.help","isFallback":false,"gssp":true,"scriptLoader":[]}</script>
<script>window.intercomSettings = {"app_id":"k4z2b9qe","help_center_article_id":8812345};</script>
<script src="https://intercom.help/_next/static/chunks/webpack-7a1c3e2d.js" defer=""></script>
</body></html>`;
export const intercomArticle: TestPage = {
  html: icHtml,
  name: 'heldout33-intercom-help-article',
  kind: 'docs',
  // the description under the title is the article's own summary (body, as a dek is); the three h2 are the headings; the
  // paragraphs, both lists and the callout's text are body (its "💡 Tip:" label in neither); "Tobias Eklund" and "Updated over
  // a week ago" are bylines ("Written by" in neither); header links, language picker, breadcrumb collections, "Related
  // Articles" cards, the reaction prompt, footer links and "We run on Intercom" are furniture; the "Banking" crumb word and the
  // hidden select's option texts are covered by "Banking and reconciliation" and "English"
  title: icTitle,
  headings: [icH1, icH2, icH3],
  body: [icDesc, ...texts(icIntro), ...texts(icBefore), ...texts(icSteps), ...texts([icAfter, icTip]), ...texts(icRenew)],
  bylines: ['Tobias Eklund', 'Updated over a week ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Go to Ledgerline', 'Sign in to Ledgerline', 'English', 'Français', 'All Collections', 'Banking and reconciliation', 'Bank feeds',
    'Related Articles', ...icRelated, 'Did this answer your question?', ...icFootLinks, 'We run on Intercom',
  ],
};
