import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 70, file a2: an article of an Intercom help centre in the 2024-2025 Next.js template (skip link, header with
 * logo, "Go to" site link and language select, the search form, breadcrumbs ending in the article's own title, title and
 * description, "Written by" avatar block with "Updated over a week ago", the article as Intercom interblocks with a callout,
 * an image, a video embed and collapsible questions, a "Table of contents" rail, the emoji reaction picker, related articles,
 * the footer with social icons and "We run on Intercom", the __NEXT_DATA__ script and the lightweight Messenger launcher).
 */
const icTitle = 'Import your podcast from another host';
const icDesc = 'Bring your back catalogue, artwork and show details across to Ferncast in a few minutes.';
const icIntro =
  'If your show already lives on another hosting service, you don’t need to upload every episode again. Ferncast reads your ' +
  'public RSS feed and copies the audio, titles, show notes and artwork for you, so the import keeps your episode order and ' +
  'release dates exactly as they were.';
const icH1 = 'Before you import';
const icBefore = [
  'Make sure you can still log in to your current host and find your RSS feed address.',
  'Check that the feed is public. Private or password-protected feeds can’t be imported.',
  'Have your cover artwork to hand in case it needs resizing: we need at least 1400 × 1400 pixels.',
];
const icTip = 'Don’t delete anything at your old host until the import has finished and your feed has been redirected.';
const icH2 = 'Start the import';
const icSteps = [
  'From your dashboard, click <b>New show</b>, then <b>Import an existing podcast</b>.',
  'Paste your RSS feed address and click <b>Check feed</b>.',
  'Review the episodes we found and untick any you don’t want to bring across.',
  'Click <b>Start import</b>.',
];
const icAfterSteps =
  'Small shows usually finish in a few minutes. A catalogue of several hundred episodes can take an hour or more, and we’ll ' +
  'email you when it’s done. You can close the window in the meantime.';
const icH3 = 'Redirect your feed';
const icRedirect = [
  'Importing copies your episodes, but listeners’ apps keep checking the old feed until they are told to move. At your old ' +
    'host, look for a setting called redirect, 301 or feed migration, and enter your new Ferncast feed address, which you’ll ' +
    'find under <b>Settings &gt; Distribution</b>.',
  'Leave the redirect in place for at least four weeks. Apple Podcasts and most directories pick up the change within a few ' +
    'days; some smaller apps take longer.',
];
const icH4 = 'Common questions';
const icQ1 = 'Will my download numbers come across?';
const icA1 =
  'No. Download history stays with your old host, so export a report there before you close your account. Ferncast starts ' +
  'counting from the day your redirect goes live.';
const icQ2 = 'What happens to episodes I publish during the import?';
const icA2 =
  'Anything you publish at your old host after the import has started won’t be copied. Either pause publishing for the day, or ' +
  'upload the new episode to Ferncast yourself once the import has finished.';
const icRelated = ['Redirect your feed away from Ferncast', 'Submit your show to Apple Podcasts and Spotify', 'Why is my artwork rejected?'];
const icPara = (html: string, extra = ''): string =>
  `<div class="intercom-interblocks-paragraph${extra} intercom-interblocks-align-left"><p${extra === '' ? '' : ' class="no-margin"'}>${html}</p></div>`;
const icList = (tag: 'ul' | 'ol', items: readonly string[]): string =>
  `<div class="intercom-interblocks-${tag === 'ul' ? 'unordered' : 'ordered'}-nested-list"><${tag}>` +
  items.map((t) => `<li>${icPara(t, ' no-margin')}</li>`).join('') +
  `</${tag}></div>`;
const icHead = (id: string, t: string): string => `<div class="intercom-interblocks-heading intercom-interblocks-align-left"><h2 id="${id}">${t}</h2></div>`;
const icCollapse = (q: string, a: string): string =>
  `<div class="intercom-interblocks-collapsible-section"><details class="group"><summary class="flex cursor-pointer items-center justify-between">` +
  `<div class="intercom-interblocks-collapsible-section-header"><h3>${q}</h3></div><svg width="16" height="16" aria-hidden="true"></svg></summary>` +
  `<div class="intercom-interblocks-collapsible-section-body">${icPara(a)}</div></details></div>`;
const icToc = [icH1, icH2, icH3, icH4];
const icHtml = `<!DOCTYPE html><html dir="ltr" lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${icTitle} | Ferncast Help Center</title><meta property="og:title" content="${icTitle} | Ferncast Help Center"/>
<meta name="description" content="${icDesc}"/><meta property="og:type" content="article"/><meta name="robots" content="all"/>
<meta name="intercom:trackingEvent"
 content="{&quot;name&quot;:&quot;Viewed Help Center Page&quot;,&quot;metadata&quot;:{&quot;action&quot;:&quot;viewed&quot;}}"/>
<link rel="canonical" href="https://help.ferncast.example/en/articles/9182736-import-your-podcast-from-another-host"/>
<link rel="preload" href="https://static.intercomassets.com/_next/static/css/1a2b3c4d5e6f.css" as="style"/>
<style>:root{--header-bg-color:#0f3d2e;--body-primary-color:#1a1a1a;--link-color:#127a52}.intercom-interblocks-callout{border-radius:8px}</style>
</head><body><div id="__next"><div dir="ltr" class="h-full w-full">
<a href="#main-content"
 class="sr-only font-bold text-header-color focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50">Skip to main content</a>
<main class="header__lite"><header id="header" data-testid="header" class="flex flex-col text-header-color">
<div class="relative flex grow flex-col mb-9 bg-header-bg-color bg-header-bg-image bg-no-repeat bg-cover bg-center px-5 pb-9">
<div id="sr-announcement" aria-live="polite" class="sr-only"></div>
<div class="flex h-full flex-col items-center marker:shrink-0"><section class="relative flex w-full flex-col mb-6 pb-6"><div
 class="flex h-10 w-full items-center justify-between">
<a href="/en/" class="flex items-center"><img src="https://downloads.intercomcdn.com/i/o/ferncast/logo.png" height="40" alt="Ferncast Help Center"/></a>
<div class="flex items-center font-semibold"><div class="flex items-center md:hidden" data-testid="small-screen-children"><button
 class="flex items-center border-none"
 aria-label="Open menu"><svg width="24" height="24" aria-hidden="true"></svg></button></div>
<div data-testid="large-screen-children" class="hidden md:flex"><a target="_blank" rel="noopener noreferrer" href="https://ferncast.example/"
 class="flex items-center"><span>Go to Ferncast</span></a>
<div class="relative cursor-pointer"><select aria-label="Change language" class="peer absolute z-10 block h-6 w-full opacity-0">
<option value="/en/" class="text-black" selected="">English</option><option value="/es/" class="text-black">Español</option></select>
<div class="hc-language-switcher pointer-events-none flex items-center">English<svg width="12" height="12"
 aria-hidden="true"></svg></div></div></div></div></div>
</section><section class="relative mx-5 flex h-full w-full flex-col items-center px-5 sm:px-10"><div class="flex h-full max-w-full flex-col w-240 justify-end">
<form action="/en/" autoComplete="off" class="relative flex w-full"><div class="header__form search"><input type="text" autoComplete="off"
 class="peer w-full rounded-full border-none px-12 py-3.5" placeholder="Search for articles..." name="q" aria-label="Search for articles..." value=""/>
<div class="absolute left-4 top-1/2"><svg width="16" height="16" aria-hidden="true"></svg></div></div></form></div></section></div></div></header>
<div class="z-1 flex shrink-0 grow basis-auto justify-center px-5 sm:px-10"><section data-testid="main-content" id="main-content" class="max-w-full w-240">
<section data-testid="article-section" class="section section__article"><div class="justify-between flex flex-col gap-2 sm:flex-row">
<div class="-mt-2 mb-1 flex flex-wrap items-baseline align-middle text-body-secondary-color"><a class="mt-2 text-body-secondary-color"
 href="/en/">All Collections</a>
<div class="mx-2 mt-2 text-body-secondary-color"><svg width="6" height="10" aria-hidden="true"></svg></div>
<a class="mt-2 text-body-secondary-color" href="/en/collections/3318855-moving-to-ferncast">Moving to Ferncast</a>
<div class="mx-2 mt-2 text-body-secondary-color"><svg width="6" height="10" aria-hidden="true"></svg></div><div
 class="mt-2 text-body-primary-color">${icTitle}</div></div></div>
<div class="mt-7 mb-16 flex flex-row-reverse justify-between"><div class="relative hidden lg:block lg:w-60"><section class="sticky top-8">
<div class="toc_container"><div class="mb-4 text-body-primary-color font-semibold">Table of contents</div><ul>
${icToc.map((t, i) => `<li class="toc_item"><a href="#h_4f1${i}a7c2e9" class="toc_link">${t}</a></li>`).join('')}</ul></div></section></div>
<div class="relative z-3 w-full lg:max-w-160"><div class="flex pb-1 sm:pb-2"><div class="article-intro"><div class="mb-1 sm:mb-2">
<h1 class="mb-1 font-primary text-2xl font-bold leading-10 text-body-primary-color">${icTitle}</h1>
<div class="text-md font-normal leading-normal text-body-secondary-color"><p>${icDesc}</p></div></div>
<div class="avatar"><div class="avatar__photo avatar--rounded"><img width="24" height="24" src="https://static.intercomassets.com/avatars/rl.png"
 alt="Rosa Lindqvist avatar" class="inline-flex items-center justify-center rounded-full"/></div>
<div class="avatar__info -mt-0.5 text-base"><span class="text-body-secondary-color"><div>Written by <span>Rosa Lindqvist</span></div>
 <!-- -->Updated over a week ago</span></div></div></div></div>
<div class="jsx-2aa6e1b5b2a1f2a3 max-w-full"><div class="article intercom-force-break">
${icPara(icIntro)}
${icHead('h_4f10a7c2e9', icH1)}
${icList('ul', icBefore)}
<div class="intercom-interblocks-callout" style="background-color:#feedaf80;border-color:#fbc91633">${icPara(`<b>💡 Tip:</b> ${icTip}`, ' no-margin')}</div>
${icHead('h_4f11a7c2e9', icH2)}
${icList('ol', icSteps)}
<div class="intercom-interblocks-image intercom-interblocks-align-center"><a href="https://downloads.intercomcdn.com/i/o/ferncast/1290458833/import.png"
 target="_blank" rel="noreferrer nofollow noopener"><img src="https://downloads.intercomcdn.com/i/o/ferncast/1290458833/import.png" width="1600"
 height="900"/></a></div>
${icPara(icAfterSteps)}
${icPara('', ' no-margin')}
<div class="intercom-interblocks-video"><iframe src="https://www.loom.com/embed/7c2e9b41f0a84d6b" frameborder="0" allowfullscreen=""
 title="Loom video"></iframe></div>
${icHead('h_4f12a7c2e9', icH3)}
${icRedirect.map((p) => icPara(p)).join('\n')}
${icHead('h_4f13a7c2e9', icH4)}
${icCollapse(icQ1, icA1)}
${icCollapse(icQ2, icA2)}
${icPara('', ' no-margin')}
</div></div>
<section class="content__footer"><div class="intercom-reaction-picker -mb-4 -ml-4 -mr-4 mt-6 rounded-card sm:-mb-2 sm:-ml-1 sm:-mr-1 sm:rounded-[20px]"
 dir="ltr">
<div class="intercom-reaction-prompt">Did this answer your question?</div>
<button class="intercom-reaction" aria-label="Disappointed Reaction" tabindex="0" data-reaction-text="disappointed" aria-pressed="false"><span
 title="Disappointed">😞</span></button>
<button class="intercom-reaction" aria-label="Neutral Reaction" tabindex="0" data-reaction-text="neutral" aria-pressed="false"><span
 title="Neutral">😐</span></button>
<button class="intercom-reaction" aria-label="Smiley Reaction" tabindex="0" data-reaction-text="smiley" aria-pressed="false"><span
 title="Smiley">😃</span></button></div>
<section class="jsx-62724fba150252e0 related_articles my-6"><hr class="my-6 sm:my-8"/><div class="grid gap-2 rounded-base">
<h2 class="mb-2 text-lg font-semibold text-body-primary-color">Related Articles</h2>
${icRelated
  .map(
    (t, i) => `<a href="/en/articles/91827${40 + i}" class="related_article" data-testid="article-link"><div
 class="flex flex-row justify-between">${t}</div></a>`,
  )
  .join('\n')}
</div></section></section></div></div></section></section></div>
<footer id="footer" class="mt-24 shrink-0 bg-footer-bg-color px-0 py-12 text-left text-base text-footer-fg-color"><div
 class="shrink-0 grow basis-auto px-5 sm:px-10">
<div class="mx-auto max-w-240 sm:w-auto"><div><div class="text-center" data-testid="simple-footer-layout"><div
 class="align-middle text-lg text-footer-fg-color">
<a class="no-underline" href="/en/"><img data-testid="logo-img" src="https://downloads.intercomcdn.com/i/o/ferncast/logo-footer.png" alt="Ferncast Help Center"
 class="max-h-8 contrast-80 inline"/></a></div><div class="mt-10" data-testid="simple-footer-links"><div class="flex flex-row justify-center">
<ul data-testid="custom-links" class="mb-4 p-0">${links(['Status', 'Community', 'Terms'], 'mx-3 inline-block')}</ul></div>
<ul data-testid="social-links" class="flex flex-wrap items-center gap-4 p-0 justify-center">
<li class="list-none align-middle"><a target="_blank" href="https://www.instagram.com/ferncast" rel="nofollow noreferrer noopener"
 data-testid="footer-social-link-0">
<img src="https://intercom.help/static/images/social/instagram.svg" alt="Instagram" width="16" height="16"/></a></li>
<li class="list-none align-middle"><a target="_blank" href="https://www.linkedin.com/company/ferncast" rel="nofollow noreferrer noopener"
 data-testid="footer-social-link-1">
<img src="https://intercom.help/static/images/social/linkedin.svg" alt="LinkedIn" width="16" height="16"/></a></li></ul></div></div></div></div></div>
<div class="mt-10 flex justify-center"><a
 href="https://www.intercom.com/intercom-link?company=Ferncast&amp;solution=customer-support&amp;utm_campaign=intercom-link"
 target="_blank" rel="noopener nofollow" class="poweredby-link"><img alt="Intercom" src="https://intercom.help/static/images/intercom-mark.svg" width="12"/>
<span>We run on Intercom</span></a></div></footer></main></div></div>
<script id="__NEXT_DATA__"
 type="application/json">{"props":{"pageProps":{"app":{"id":"f3kq9z1a","name":"Ferncast","messengerUrl":"https://widget.intercom.io/widget/f3kq9z1a",
"helpCenterSiteUrl":"https://help.ferncast.example"},"articleId":"9182736","authorName":"Rosa Lindqvist","updatedAt":"2025-10-28T16:20:11.000Z",
"title":"${icTitle}","locale":"en"},"__N_SSP":true},"page":"/[helpCenterIdentifier]/[locale]/articles/[articleSlug]","query":{"locale":"en"},
"buildId":"AbC-8zqP1wXv","assetPrefix":"https://static.intercomassets.com","isFallback":false,"gssp":true,"scriptLoader":[]}</script>
<div class="intercom-lightweight-app"><div class="intercom-lightweight-app-launcher intercom-launcher" role="button" tabindex="0"
 aria-label="Open Intercom Messenger" aria-live="polite"><div class="intercom-lightweight-app-launcher-icon intercom-lightweight-app-launcher-icon-open">
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 32 32"><path
 d="M28 32s-4.714-1.855-8.527-3.34H3.437C1.54 28.66 0 27.026 0 25.013V3.644"></path></svg>
</div></div><style id="intercom-lightweight-app-style"
 type="text/css">.intercom-lightweight-app{position:fixed;z-index:2147483001;width:0;height:0}</style></div>
</body></html>`;
export const intercomArticle: TestPage = {
  html: icHtml,
  name: 'heldout70-intercom-help-article',
  kind: 'docs',
  // the description under the title is the article's lead: body, as a dek is; the four h2 and the two collapsible questions
  // (h3 in their summaries) are the headings, their answers body; the tip callout is body with "💡 Tip:" in neither list; the
  // breadcrumb's last item and the "Table of contents" entries repeat the title and the h2: in neither list; "Rosa Lindqvist"
  // and "Updated over a week ago" are bylines ("Written by" in neither); the reaction picker with its emoji, related articles,
  // breadcrumbs, header links, language select, footer links and "We run on Intercom" are furniture
  title: icTitle,
  headings: [icH1, icH2, icH3, icH4, icQ1, icQ2],
  body: [icDesc, icIntro, ...icBefore, icTip, ...texts(icSteps), icAfterSteps, ...texts(icRedirect), icA1, icA2],
  bylines: ['Rosa Lindqvist', 'Updated over a week ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Go to Ferncast', 'English', 'Español', 'All Collections', 'Moving to Ferncast', 'Table of contents',
    'Did this answer your question?', '😞', '😐', '😃', 'Related Articles', ...icRelated, 'Status', 'Community', 'Terms', 'We run on Intercom',
  ],
};
