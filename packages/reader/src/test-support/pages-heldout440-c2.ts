import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout440-kit.js';

/** Held-out batch 440, file c2: the Parlo help-center article on Intercom. */
const icTitle = 'How do I export my chat history?';
const icIntro = [
  j(
    'You can download every conversation you have had with Parlo as a single archive. Exports include your messages, Parlo’s',
    'replies, any files you uploaded and the names of your chat folders. They do not include voice recordings, which are deleted',
    'after transcription.',
  ),
];
const icWeb = [
  'Open Parlo in your browser and click your profile picture in the bottom-left corner.',
  'Choose <b>Settings</b>, then <b>Data controls</b>.',
  'Next to <b>Export chats</b>, click <b>Request export</b>.',
  'Confirm with the code we send to your email address.',
];
const icWebAfter = [
  j(
    'We prepare the archive in the background. Small accounts are usually ready within ten minutes; accounts with thousands of',
    'chats can take up to 24 hours. When it is ready, we email you a link that works for seven days.',
  ),
];
const icApp = [
  j(
    'The iOS and Android apps can request an export too: tap the menu, then <b>Settings › Data controls › Export chats</b>. The',
    'download link still arrives by email, because archives are often too large to open on a phone.',
  ),
];
const icWhat = [
  '<b>chats.html</b>: every conversation in a page you can open in any browser',
  '<b>chats.json</b>: the same conversations in a machine-readable format, one object per chat',
  '<b>uploads/</b>: the files you attached, under their original names',
];
const icCallout = j(
  'Team and Enterprise workspaces: members can export only their own chats. Workspace owners can export all chats from the',
  'admin console under <b>Compliance</b>.',
);
const icTrouble = [
  j(
    'If the link has expired, request a new export; the old one cannot be renewed. If the email never arrives, check your spam',
    'folder and make sure the address under <b>Settings › Account</b> is current. You can request one export per day.',
  ),
  'Still stuck? Start a chat with our support team from the help icon in Parlo and mention the date of your export request.',
];
const icRelated = ['How do I delete my account?', 'Where are my uploaded files stored?', 'Can I import chats from another assistant?'];
const icHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>How do I export my chat history? | Parlo Help Center</title>
<meta property="og:title" content="How do I export my chat history? | Parlo Help Center"/>
<meta name="description" content="Download every conversation as one archive."/>
<meta property="og:type" content="article"/><meta name="intercom:trackingEvent" content="{&quot;name&quot;:&quot;Viewed Help Center&quot;}"/>
<link rel="stylesheet" href="https://static.intercomassets.example/_next/static/css/a9b8c7d6.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"How do I export my chat history?"}]}</script></head>
<body><div id="__next"><div dir="ltr" class="h-full w-full"><a href="#main-content" class="sr-only">Skip to main content</a>
<main class="header__lite"><header id="header" data-testid="header" class="flex flex-col text-header-color">
<div class="header__meta_wrapper"><div class="flex h-10 items-center justify-between"><a href="/en/" class="header-logo"><img src="/parlo-logo.png"
alt="Parlo Help Center"/></a><div class="flex items-center"><a href="https://parlo.example" class="text-sm">Go to Parlo</a>
<div class="relative"><button class="language-picker">English</button></div></div></div></div>
<div class="header__form"><form action="/en/" autoComplete="off"><input class="search-input" placeholder="Search for articles..." type="text"/>
</form></div></header>
<div class="z-1 flex shrink-0 grow basis-auto justify-center px-5 sm:px-10"><section data-testid="main-content" id="main-content" class="max-w-full w-240">
<div class="intercom-force-break pb-6 sm:pb-10"><div class="flex flex-wrap items-baseline pb-4 text-base" data-testid="breadcrumbs">
<a href="/en/" class="pr-2 text-link">All Collections</a><div class="pr-2" aria-hidden="true">›</div>
<a href="/en/collections/3310-account-and-data" class="pr-2 text-link">Account and data</a><div class="pr-2">›</div>
<div class="text-md text-body-secondary-color">Exporting your chats</div></div></div>
<div class="relative z-3 w-full lg:mx-auto"><div class="flex pb-6 max-md:pb-2 lg:max-w-160"><div tabindex="-1" class="focus:outline-none">
<div class="flex flex-col"><h1 class="mb-1 font-primary text-2xl font-bold leading-10 text-body-primary-color">${icTitle}</h1>
<div class="text-md font-normal leading-normal text-body-secondary-color"><p>Download every conversation as one archive.</p></div></div>
<div class="avatar mt-6"><div class="flex flex-row items-center gap-4"><div class="relative"><img class="avatar__image" src="/avatars/tamsin.png"
alt="Tamsin Ekwueme avatar"/></div><div class="flex flex-col"><div class="text-md">Written by Tamsin Ekwueme</div>
<div class="text-md">Updated over a week ago</div></div></div></div></div></div>
<div class="jsx-3a1b article intercom-force-break"><div class="article_body">
<article class="jsx-3a1b">
<div class="intercom-interblocks-paragraph no-margin">${ps(icIntro)}</div>
<div class="intercom-interblocks-heading"><h2 id="h_1a2b">Export from the web app</h2></div>
<div class="intercom-interblocks-ordered-nested-list"><ol>${icWeb
  .map(
    (t) => `<li><div class="intercom-interblocks-paragraph"><p>${t}</p></div>
</li>`,
  )
  .join('\n')}
</ol></div>
<div class="intercom-interblocks-paragraph">${ps(icWebAfter)}</div>
<div class="intercom-interblocks-heading"><h2 id="h_3c4d">Export from the mobile app</h2></div>
<div class="intercom-interblocks-paragraph">${ps(icApp)}</div>
<div class="intercom-interblocks-heading"><h2 id="h_5e6f">What’s in the archive</h2></div>
<div class="intercom-interblocks-unordered-nested-list"><ul>${icWhat
  .map(
    (t) => `<li><div class="intercom-interblocks-paragraph"><p>${t}</p></div>
</li>`,
  )
  .join('\n')}
</ul></div>
<div class="intercom-interblocks-callout" style="background-color:#e3e7fa80;border-color:#334bfa33"><div class="intercom-interblocks-paragraph">
<p>${icCallout}</p></div></div>
<div class="intercom-interblocks-heading"><h2 id="h_7a8b">If something goes wrong</h2></div>
<div class="intercom-interblocks-paragraph">${ps(icTrouble)}</div>
</article></div></div>
<section class="jsx-4d5e related_articles my-6"><hr/><h2 class="mb-2 mt-4 text-lg font-semibold">Related Articles</h2>
<div class="flex flex-col rounded-card">${icRelated
  .map(
    (t) => `<a href="/en/articles/${t.length}" class="related-article-link"><span>${t}</span>
</a>`,
  )
  .join('\n')}</div>
</section>
<div class="jsx-6f7a article-reactions intercom-reaction-picker"><div class="intercom-reaction-prompt">Did this answer your question?</div>
<button class="intercom-reaction" aria-label="Disappointed Reaction">😞</button><button class="intercom-reaction" aria-label="Neutral Reaction">😐</button>
<button class="intercom-reaction" aria-label="Smiley Reaction">😃</button></div></div></section></div>
<footer id="footer" class="mt-24 shrink-0 bg-footer-background-color px-0 py-12"><div class="flex flex-col items-center">
<a href="/en/" class="footer-logo"><img src="/parlo-logo.png" alt="Parlo Help Center"/></a><ul class="flex gap-4">${links(['Status', 'Privacy', 'Terms'])}</ul>
<div class="text-sm">
<a href="https://www.intercom.example/intercom-link?company=Parlo">We run on Intercom</a></div></div></footer></main></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":9182734,"locale":"en"}},
"page":"/[helpCenterIdentifier]/articles/[articleSlug]"}
</script></body></html>`;

export const icPage: TestPage = {
  name: 'heldout440-intercom-help-article-docs',
  kind: 'docs',
  html: icHtml,
  title: icTitle,
  headings: ['Export from the web app', 'Export from the mobile app', 'What’s in the archive', 'If something goes wrong'],
  body: [...texts(icIntro), ...texts(icWeb), ...texts(icWebAfter), ...texts(icApp), ...texts(icWhat), ...texts([icCallout]), ...texts(icTrouble)],
  bylines: ['Written by Tamsin Ekwueme', 'Updated over a week ago'],
  furniture: [
    'Skip to main content',
    'Go to Parlo',
    'English',
    'All Collections',
    'Account and data',
    'Exporting your chats',
    'Download every conversation as one archive.',
    'Related Articles',
    ...icRelated,
    'Did this answer your question?',
    'Status',
    'Privacy',
    'Terms',
    'We run on Intercom',
  ],
};
