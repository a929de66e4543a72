import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout339-kit.js';
import { wixFaq } from './pages-heldout339-f2.js';

/**
 * Held-out batch 339, file f: a subscription cancellation article on an Intercom Help Center (the Next.js build with its
 * utility classes, header with logo, "Go to" link and language picker, the breadcrumb trail of collections, the article's
 * description line, "Written by" and "Updated" lines, the interblocks body with a callout, the reaction picker, related
 * articles, the footer and the __NEXT_DATA__ script), a page built with a JavaScript framework's markup; and, from file f2,
 * a tea shop's FAQ page on Wix built as an accordion.
 */
const title = 'How do I cancel my subscription?';
const desc = 'Pause, skip a week or cancel your Brightloaf plan from the app or the website';
const written = 'Written by Odile Faraday';
const updated = 'Updated over a week ago';
const intro = [
  j(
    'You can cancel your Brightloaf subscription at any time, with no cancellation fee. Before you do, remember that you can also pause',
    'deliveries for up to eight weeks or skip single weeks, which keeps your saved recipes and your delivery slot.',
  ),
];
const h1 = 'Cancel on the website';
const web = [
  'Sign in at brightloaf.example and open Account settings.',
  'Select Plan, then Cancel subscription at the bottom of the page.',
  'Tell us why you are leaving (this is optional) and select Confirm cancellation.',
];
const h2 = 'Cancel in the app';
const app = [
  'Open the Brightloaf app and tap the profile icon in the top right corner.',
  'Tap Manage plan, then Cancel subscription.',
  'Follow the steps on screen. You will see a confirmation message and receive an email within a few minutes.',
];
const callout = [
  j(
    'Note: cancellations must be made before 11:59 pm on the Wednesday before your next delivery. If you cancel after that cut-off, the',
    'box for that week has already been packed and you will be charged for it.',
  ),
];
const h3 = 'What happens after you cancel';
const after = [
  j(
    'Your plan stays active until the end of your current billing week, and any boxes already confirmed will still arrive. Your',
    'account, saved recipes and order history remain available, so you can come back at any time and pick up where you left off.',
  ),
  j(
    'If you subscribed through the App Store or Google Play, cancel through your phone’s subscription settings instead, because we',
    'cannot end a subscription that is billed by Apple or Google.',
  ),
  j(
    'Any credit or vouchers on your account stay there for 12 months after you cancel. If you have a gift box waiting to be sent to',
    'someone else, it will still be delivered on the date you chose.',
  ),
];
const h4 = 'Still need help?';
const help = ['Start a conversation with our team using the chat button in the corner of this page. We reply within an hour, 8am to 8pm every day.'];
const para = (p: string): string => `<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${p}</p></div>`;
const head = (h: string, id: string): string => `<div class="intercom-interblocks-heading intercom-interblocks-align-left"><h2 id="${id}"
data-post-processed="true">${h}</h2></div>`;
const ol = (items: string[]): string =>
  `<div class="intercom-interblocks-ordered-nested-list"><ol>${items.map((i) => `<li>${para(i)}</li>`).join('\n')}</ol></div>`;
const relatedArts = ['How do I pause my deliveries?', 'Changing your delivery day', 'Why was I charged after cancelling?'];
const html = `<!DOCTYPE html><html lang="en" class="__variable_a3f1c2 h-full"><head><meta charSet="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>How do I cancel my subscription? | Brightloaf Help Center</title>
<meta property="og:title" content="How do I cancel my subscription? | Brightloaf Help Center"><meta name="description" content="${desc}">
<meta property="og:type" content="article"><meta name="twitter:card" content="summary"><meta name="intercom:trackingEvent"
content="{&quot;name&quot;:&quot;Viewed Help Center&quot;,&quot;metadata&quot;:{&quot;action&quot;:&quot;viewed&quot;}}">
<link rel="canonical" href="https://help.brightloaf.example/en/articles/7730215-how-do-i-cancel-my-subscription">
<link rel="stylesheet" href="https://static.intercomassets.example/_next/static/css/3b8f0a21c7.css" data-precedence="next">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Brightloaf Help Center","item":"https://help.brightloaf.example/en/"},{"@type":"ListItem","position":2,"name":"Billing & subscriptions"}]}</script>
</head><body><div id="__next"><div dir="ltr" class="h-full w-full">
<a href="#main-content" class="sr-only font-bold text-header-color focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50">Skip to main
content</a><main class="header__lite"><header id="header" data-testid="header" class="flex flex-col text-header-color"><div class="relative flex grow
flex-col mb-9 bg-header-bg bg-gradient-to-r from-header-bg to-header-bg-gradient"><div class="header__meta_wrapper flex justify-center px-5 pt-6
leading-none sm:px-10"><div class="flex items-center w-240"><div class="flex h-10 min-w-0 items-center"><a href="/en/" class="mo body-regular
text-header-color" data-testid="header-logo"><img src="https://downloads.intercomcdn.example/i/o/512/logo.png" alt="Brightloaf Help Center"
class="max-h-8 contrast-80 inline"></a></div><div class="flex grow items-center justify-end gap-4 sm:gap-8"><a target="_blank" rel="noopener"
href="https://brightloaf.example" class="flex items-center gap-1 font-semibold">Go to Brightloaf</a><div class="relative"><button type="button"
class="flex items-center" aria-label="Change language" data-testid="locale-picker">English</button></div></div></div></div></div></header>
<div class="z-1 flex shrink-0 grow basis-auto justify-center px-5 sm:px-10"><section data-testid="main-content" id="main-content"
class="max-w-full w-240"><section class="flex flex-col"><div class="flex flex-wrap items-baseline pb-4 text-base" tabindex="0">
<a href="/en/" class="pr-2 text-body-primary-color no-underline hover:text-body-secondary-color">All Collections</a><div class="pr-2">
<svg width="6" height="10" class="rtl:rotate-180"></svg></div>
<a href="/en/collections/3320114-billing-subscriptions" class="pr-2 text-body-primary-color no-underline hover:text-body-secondary-color">Billing &amp;
subscriptions</a><div class="pr-2"><svg width="6" height="10" class="rtl:rotate-180"></svg></div>
<div class="text-base text-body-secondary-color">How do I cancel my subscription?</div></div></section>
<section class="flex flex-col"><div class="article intercom-force-break"><div class="mb-10 max-lg:mb-6"><div class="flex flex-col gap-4">
<div class="flex flex-col"><h1 class="mb-1 font-primary text-2xl font-bold leading-10 text-body-primary-color">${title}</h1>
<div class="text-md font-normal leading-normal text-body-secondary-color"><p>${desc}</p></div></div>
<div class="avatar"><div class="flex flex-row items-center gap-3"><img src="https://static.intercomassets.example/avatars/5512/square_128/o_f.jpg"
alt="Odile Faraday avatar" class="inline-flex items-center justify-center rounded-full h-8 w-8"><div class="flex flex-col">
<div class="line-clamp-1 text-base"><span class="text-body-secondary-color">Written by <span class="text-body-primary-color">Odile
Faraday</span></span></div><div class="line-clamp-1 text-base text-body-secondary-color">${updated}</div></div></div></div></div></div>
<div class="jsx-2c9ff1dfb6f8f5c4 flex-col"><div class="jsx-2c9ff1dfb6f8f5c4 mb-7 ml-0 text-md max-messenger:mb-6 lg:grow"><div
class="jsx-adf13c9b2a104cce"><article class="jsx-adf13c9b2a104cce">
${para(intro[0] ?? '')}
${head(h1, 'h_5c1e9a2b07')}
${ol(web)}
${head(h2, 'h_5c1e9a2b08')}
${ol(app)}
<div class="intercom-interblocks-callout" style="background-color: #feedaf80; border-color: #fbc91633;">${para(callout[0] ?? '')}</div>
${head(h3, 'h_5c1e9a2b09')}
${after.map(para).join('\n')}
${head(h4, 'h_5c1e9a2b0a')}
${para(help[0] ?? '')}
</article></div></div></div></div></section>
<section data-testid="main-reaction" class="relative z-10 my-6 flex justify-center"><div class="intercom-reaction-picker -mb-4 -ml-4 -mr-4 mt-6"
role="group" aria-label="feedback form"><div class="intercom-reaction-prompt">Did this answer your question?</div>
<button class="intercom-reaction" aria-label="Disappointed Reaction" tabindex="0" data-reaction-text="disappointed">
<span title="Disappointed">😞</span></button>
<button class="intercom-reaction" aria-label="Neutral Reaction" tabindex="0" data-reaction-text="neutral"><span title="Neutral">😐</span></button>
<button class="intercom-reaction" aria-label="Smiley Reaction" tabindex="0" data-reaction-text="smiley">
<span title="Smiley">😃</span></button></div></section>
<section class="related_articles my-6"><hr class="my-6 sm:my-8"><div class="mb-2 text-lg font-bold text-body-primary-color">Related Articles</div>
<div class="flex flex-col">${relatedArts
  .map((r) => `<a href="/en/articles/1" class="flex items-center rounded-card px-4 py-3 hover:bg-primary"><span class="line-clamp-2 grow">${r}</span></a>`)
  .join('\n')}</div></section></section></div>
<footer id="footer" class="mt-24 shrink-0 bg-footer-bg px-0 py-12 text-left text-base text-footer-color"><div class="shrink-0 grow basis-0 px-5 sm:px-10">
<div class="mx-auto flex max-w-container-max-width flex-col gap-2"><a href="/en/" class="mb-4 mt-2"><img src="https://downloads.intercomcdn.example/i/o/f.png"
alt="Brightloaf Help Center" class="max-h-8"></a><ul class="flex flex-wrap gap-4" data-testid="custom-links"><li><a href="https://brightloaf.example/recipes"
class="no-underline">Recipes</a></li><li><a href="https://brightloaf.example/gift" class="no-underline">Gift a box</a></li></ul>
<div class="text-sm">We run on Intercom</div></div></div></footer></main></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"app":{"id":"q7w3e1rt","name":"Brightloaf","locale":"en"},
"articleContent":{"title":"How do I cancel my subscription?","author":{"name":"Odile Faraday"},"updatedAt":"2026-02-21T08:14:00Z"}}},
"page":"/[helpCenterIdentifier]/[locale]/articles/[articleSlug]","buildId":"6sXb1-Lk0aP2","isFallback":false,"gssp":true}</script>
<script>window.intercomSettings = {"app_id":"q7w3e1rt","help_center":true};</script>
<div class="intercom-lightweight-app"><div class="intercom-lightweight-app-launcher intercom-launcher" role="button" tabindex="0"
aria-label="Open Intercom Messenger" aria-live="polite"><div class="intercom-lightweight-app-launcher-icon intercom-lightweight-app-launcher-icon-open">
<svg width="24" height="24"></svg></div></div></div></body></html>`;
const intercomCancel: TestPage = {
  name: 'heldout339-intercom-help-center-cancel-subscription',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([desc, ...intro, ...web, ...app, ...callout, ...after, ...help]),
  bylines: [written, updated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Go to Brightloaf', 'English', 'All Collections', 'Billing & subscriptions', 'Did this answer your question?',
    'Related Articles', ...relatedArts, 'Recipes', 'Gift a box', 'We run on Intercom',
  ],
};

export const HELDOUT339_F: readonly TestPage[] = [intercomCancel, wixFaq];
