import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 118, file c2: an article of a help center hosted by Intercom (the new Next.js help center: the coloured
 * header with the logo, "Go to" site link, language picker, the headline and search box; the breadcrumb from "All
 * Collections"; the article title rendered as a <header> element, not an h1, with its description; the author avatar
 * line "Written by" and "Updated over a week ago"; interblocks paragraphs, headings rendered as h1 and subheadings as
 * h2, nested lists, an image and callouts; the "Table of contents" rail; "Related Articles"; the reaction picker; the
 * footer with social icons and custom links; the Messenger launcher).
 */
const icTitle = 'Export your booking history';
const icDesc = 'Download every booking as a CSV file, filtered by date, team member or service.';
const icP1 = [
  'You can export your bookings at any time to keep your own records, share numbers with your accountant, or move your data into ' +
    'another tool. Exports include past and upcoming bookings, and cancelled bookings too if you choose to include them.',
];
const icCallout1 = '💡 Exports are available on the <b>Team</b> and <b>Business</b> plans. On the <b>Starter</b> plan you can export the last 90 days only.';
const icH1 = 'Export from the Bookings page';
const icSteps = [
  'Go to <b>Bookings</b> in the left-hand menu.',
  'Use the filters at the top of the page to choose a date range, team members and services.',
  'Click <b>Export</b> in the top right corner and choose <b>CSV</b>.',
  'We’ll email you a download link when the file is ready. Most exports take less than a minute.',
];
const icP2 = ['The download link works for seven days. After that, run the export again to get a new link.'];
const icH2 = 'What’s in the file';
const icP3 = ['Each row is one booking. The file has these columns:'];
const icCols = [
  'Booking ID, date, start time and end time, in your account’s time zone',
  'Service name and price',
  'Team member name',
  'Customer name, email address and phone number',
  'Status: confirmed, completed, no-show or cancelled',
  'Answers to any custom booking questions',
];
const icH3 = 'Opening the file in Excel';
const icP4 = [
  'If dates show up as numbers, or names with accents look wrong, don’t open the file directly. In Excel, use <b>Data &gt; From ' +
    'Text/CSV</b> and choose <b>UTF-8</b> as the file origin.',
];
const icH4 = 'Scheduled exports';
const icP5 = [
  'On the Business plan you can schedule a weekly or monthly export. Go to <b>Settings &gt; Data &gt; Scheduled exports</b>, choose ' +
    'your filters and how often you want the file, and add up to five email addresses to receive it.',
  'Scheduled exports run at 6:00 in your account’s time zone, on Mondays for weekly exports and on the first day of the month for ' + 'monthly ones.',
];
const icH5 = 'Who can export bookings';
const icP6 = [
  'Only team members with the <b>Admin</b> or <b>Owner</b> role can export bookings. Exports contain your customers’ personal ' +
    'details, so store the file somewhere secure and delete it when you no longer need it.',
];
const icCallout2 = 'Need an export in a different format, for example for your payroll provider? Message us from the chat bubble and tell us what you need.';
const icHead = ['Go to Brightloop', 'English', 'Advice and answers from the Brightloop Team', 'Search for articles...'];
const icCrumbs = ['All Collections', 'Reports and exports'];
const icRelated = [
  'Related Articles',
  'Connect Brightloop to your accounting software',
  'Understanding the revenue report',
  'Delete customer data on request',
  'Import bookings from another scheduling tool',
];
const icFoot = ['Brightloop website', 'System status', 'Privacy'];
const icAvatar = (name: string): string => `<div class="avatar__photo"><img width="24" height="24"
src="https://static.intercomassets.example/avatars/5521/square_128/malia.jpg" alt="${name} avatar" class="inline-flex items-center justify-center
rounded-full bg-primary text-lg font-bold leading-6 text-primary-text shadow-solid-2 shadow-body-bg [&amp;:nth-child(n+2)]:hidden lg:[&amp;:nth-child(n+2)]:flex
h-6 w-6"></div>`;
const icPara = (t: string): string => `<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${t}</p></div>`;
const icList = (tag: 'ol' | 'ul', items: readonly string[]): string =>
  `<div class="intercom-interblocks-${tag === 'ol' ? 'ordered' : 'unordered'}-nested-list"><${tag}>
${items.map((t) => `<li>${icPara(t)}</li>`).join('\n')}</${tag}></div>`;
const icHead1 = (id: string, t: string): string =>
  `<div class="intercom-interblocks-heading intercom-interblocks-align-left"><h1 id="${id}" data-post-processed="true">${t}</h1></div>`;
const icHead2 = (id: string, t: string): string =>
  `<div class="intercom-interblocks-subheading intercom-interblocks-align-left"><h2 id="${id}" data-post-processed="true">${t}</h2></div>`;
const icCallout = (bg: string, t: string): string =>
  `<div class="intercom-interblocks-callout" style="background-color: ${bg}80; border-color: ${bg}33;">${icPara(t)}</div>`;
const icHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Export your booking history | Brightloop Help Center</title><meta property="og:title" content="${icTitle} | Brightloop Help Center"/>
<meta name="description" content="${icDesc}"/><meta property="og:type" content="article"/>
<meta name="intercom:trackingEvent" content="{&quot;name&quot;:&quot;Viewed Help Center Article&quot;,&quot;metadata&quot;:{&quot;article_id&quot;:8812245}}"/>
<link rel="canonical" href="https://help.brightloop.example/en/articles/8812245-export-your-booking-history"/>
<link rel="stylesheet" href="https://static.intercomassets.example/_next/static/css/3c1f4e9b2a7d.css"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${icTitle}","author":{"@type":"Person",
"name":"Malia Forsythe"},"dateModified":"2025-10-21T09:14:52Z"}</script></head>
<body><div id="__next"><div dir="ltr" class="h-full w-full"><span class="hidden">Copyright (c) 2025, Intercom, Inc. (legal@intercom.io) with Reserved
Font Name &quot;Inter&quot;.</span><a href="#main-content" class="sr-only font-bold text-header-color focus:not-sr-only">Skip to main content</a>
<main class="header__lite"><header id="header" data-testid="header" class="flex flex-col text-header-color"><div class="header__meta_wrapper flex
justify-center px-5 pt-6 leading-none sm:px-10"><div class="flex items-center w-240" data-testid="big-screen-children"><a href="/en/"
class="mo o b-none header__logo flex items-center"><img src="https://downloads.intercomcdn.example/i/o/brightloop-logo.png" alt="Brightloop Help Center"
class="max-h-8 contrast-80 inline"/></a><div class="flex items-center font-semibold"><div class="flex items-center md:hidden"
data-testid="small-screen-children"><button class="flex items-center border-none bg-transparent px-1.5" data-testid="hamburger-menu-button"
aria-label="Open menu"></button></div><div class="flex items-center"><div class="hidden items-center md:flex"><a href="https://www.brightloop.example"
target="_blank" rel="noopener noreferrer" class="mo o b-none header__site_link flex items-center">${icHead[0]}</a></div>
<div class="relative cursor-pointer has-[:focus]:outline" data-testid="language-select"><select class="peer absolute z-10 block h-6 w-full
cursor-pointer opacity-0 md:text-base" aria-label="Change language"><option value="/en/articles/8812245" selected="">${icHead[1]}</option></select>
<div class="mb-1 flex items-center">English</div></div></div></div></div></div>
<div class="relative mx-5 mb-8 mt-8 flex flex-col items-center sm:mx-10"><div class="header__headline mb-4 w-full text-center text-4xl font-bold
sm:mb-8 md:text-5xl">${icHead[2]}</div><form action="/en/" autoComplete="off" class="flex w-full flex-col items-start" role="search">
<div class="relative flex w-full sm:w-searchbar"><label for="search-input" class="sr-only">${icHead[3]}</label><input id="search-input" type="text"
autoComplete="off" class="peer w-full rounded-search-bar border border-black-alpha-8 p-4 ps-12" placeholder="Search for articles..." name="q"
value=""/></div></form></div></header>
<div class="z-1 flex shrink-0 grow basis-auto justify-center px-5 sm:px-10"><section data-testid="main-content" id="main-content"
class="max-w-full w-240"><section data-testid="breadcrumbs" class="mb-6"><div class="flex flex-wrap items-baseline gap-2 text-base"><a href="/en/"
class="no-underline hover:text-header-bg">${icCrumbs[0]}</a><svg class="shrink-0" width="6" height="10" viewBox="0 0 6 10"></svg><a
href="/en/collections/4407711-reports-and-exports" class="no-underline hover:text-header-bg">${icCrumbs[1]}</a><svg class="shrink-0" width="6"
height="10" viewBox="0 0 6 10"></svg><div class="text-base text-body-secondary-color">${icTitle}</div></div></section>
<div class="flex flex-row-reverse justify-between"><div class="w-61 sm:hidden lg:block"><div class="sticky top-8"><section
data-testid="table-of-contents" class="hidden lg:block"><div class="mb-2 text-sm font-semibold uppercase text-body-secondary-color">Table of contents</div>
<div class="flex flex-col gap-1">${[icH1, icH2, icH3, icH4, icH5]
  .map((t, i) => `<a href="#h_${i}a7c" class="block text-sm text-body-secondary-color no-underline">${t}</a>`)
  .join('\n')}</div></section></div></div>
<div class="relative z-3 w-full lg:max-w-160"><div class="article intercom-force-break"><div class="mb-10 max-lg:mb-6"><div class="flex flex-col gap-4">
<div class="flex flex-col"><header class="mb-1 font-primary text-2xl font-bold leading-10 text-body-primary-color">${icTitle}</header>
<div class="text-md font-normal leading-normal text-body-secondary-color"><p>${icDesc}</p></div></div>
<div class="avatar"><div class="avatar__photo-stack flex">${icAvatar('Malia Forsythe')}</div><div class="avatar__info -mt-0.5 text-base"><span
class="text-body-secondary-color"><div>Written by <span>Malia Forsythe</span></div> <!-- -->Updated over a week ago</span></div></div></div></div>
<div class="jsx-adf13c9b7ef7b4d4 flex-col"><div class="jsx-adf13c9b7ef7b4d4 mb-7 ml-0 text-md max-messenger:mb-6 lg:hidden"></div>
<div class="jsx-adf13c9b7ef7b4d4 article_body"><article class="jsx-adf13c9b7ef7b4d4">
${icP1.map(icPara).join('\n')}
${icCallout('#feedaf', icCallout1)}
${icHead1('h_0a7c', icH1)}
${icList('ol', icSteps)}
<div class="intercom-interblocks-image intercom-interblocks-align-center"><a href="https://downloads.intercomcdn.example/i/o/export-button.png"
target="_blank" rel="noreferrer nofollow noopener"><img src="https://downloads.intercomcdn.example/i/o/export-button.png" width="1200" height="640"/></a></div>
${icP2.map(icPara).join('\n')}
${icHead1('h_1a7c', icH2)}
${icP3.map(icPara).join('\n')}
${icList('ul', icCols)}
${icHead2('h_2a7c', icH3)}
${icP4.map(icPara).join('\n')}
${icHead1('h_3a7c', icH4)}
${icP5.map(icPara).join('\n')}
${icHead1('h_4a7c', icH5)}
${icP6.map(icPara).join('\n')}
${icCallout('#e3e7fa', icCallout2)}
</article></div></div>
<section class="related_articles my-6"><hr class="my-6 sm:my-8"/><div class="mb-7.5 text-lg font-bold text-body-primary-color">${icRelated[0]}</div>
<div class="flex flex-col gap-2">${icRelated
  .slice(1)
  .map(
    (t, i) => `<a href="/en/articles/88${i}0-related" class="flex items-center justify-between rounded-md px-1 py-1.5 text-md no-underline
hover:bg-primary-alpha-10" data-testid="article-link"><div class="flex flex-col p-0"><span class="m-0 text-md text-body-primary-color">${t}</span></div>
<div class="flex shrink-0 flex-col items-center justify-center"><svg class="block h-4 w-4 text-primary" viewBox="0 0 16 16"></svg></div></a>`,
  )
  .join('\n')}</div></section></div></div></div>
<div class="intercom-reaction-picker -mb-4 -ms-4 -mt-4 rounded-card sm:-mb-2 sm:-mt-2 flex h-11 w-full items-center justify-center" dir="ltr">
<div class="intercom-reaction-prompt">Did this answer your question?</div>
<button class="intercom-reaction" aria-label="Disappointed Reaction" tabindex="0" data-reaction-text="disappointed">
<span title="Disappointed">😞</span></button>
<button class="intercom-reaction" aria-label="Neutral Reaction" tabindex="0" data-reaction-text="neutral"><span title="Neutral">😐</span></button>
<button class="intercom-reaction" aria-label="Smiley Reaction" tabindex="0" data-reaction-text="smiley"><span title="Smiley">😃</span></button></div>
</section></div></main>
<footer id="footer" class="mt-24 shrink-0 bg-footer-bg px-0 py-12 text-left text-base text-footer-color"><div class="shrink-0 grow basis-0 px-5 sm:px-10">
<div class="mx-auto max-w-container"><div class="flex flex-col gap-8"><div class="flex flex-col items-center"><a href="/en/" class="block"><img
src="https://downloads.intercomcdn.example/i/o/brightloop-footer.png" alt="Brightloop Help Center" class="max-h-8"/></a></div>
<ul class="flex flex-wrap justify-center gap-x-8 gap-y-2 text-md">${icFoot
  .map(
    (t) => `<li><a href="https://www.brightloop.example/${(t.split(' ')[0] ?? t).toLowerCase()}"
class="no-underline">${t}</a></li>`,
  )
  .join('\n')}</ul><ul data-testid="social-links" class="flex flex-wrap items-center gap-4 p-0 justify-center">
<li class="list-none align-middle"><a target="_blank" href="https://www.linkedin.example/company/brightloop" rel="nofollow noopener noreferrer"
class="no-underline"><img src="https://intercom.help/static/social/linkedin.svg" alt="LinkedIn" aria-label="LinkedIn" width="16" height="16"/></a></li>
<li class="list-none align-middle"><a target="_blank" href="https://x.example/brightloop" rel="nofollow noopener noreferrer" class="no-underline"><img
src="https://intercom.help/static/social/x.svg" alt="X" aria-label="X" width="16" height="16"/></a></li></ul></div></div></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"app":{"id":"q7w2e9r1","name":"Brightloop","locale":"en"},
"articleContent":{"title":"${icTitle}","description":"${icDesc}"}},"__N_SSP":true},"page":"/[helpCenterIdentifier]/articles/[articleSlug]",
"buildId":"Hm3x9aRkV2","isFallback":false,"gssp":true}</script>
<div class="intercom-lightweight-app"><div class="intercom-lightweight-app-launcher intercom-launcher" role="button" tabindex="0"
aria-label="Open Intercom Messenger" aria-live="polite"><div class="intercom-lightweight-app-launcher-icon intercom-lightweight-app-launcher-icon-open">
<svg xmlns="http://www.w3.org/2000/svg" width="28" height="32" viewBox="0 0 28 32"></svg></div></div></div></body></html>`;

export const intercomArticle: TestPage = {
  html: icHtml,
  name: 'heldout118-intercom-help-docs',
  kind: 'docs',
  // the description under the title is body; callout texts (with their emoji) are body; the h1 and h2 interblocks are
  // the headings; the last breadcrumb and the "Table of contents" links repeat the title and headings and are left out;
  // the hidden font-licence span is furniture
  title: icTitle,
  headings: [icH1, icH2, icH3, icH4, icH5],
  body: texts([icDesc, ...icP1, icCallout1, ...icSteps, ...icP2, ...icP3, ...icCols, ...icP4, ...icP5, ...icP6, icCallout2]),
  bylines: ['Written by Malia Forsythe', 'Updated over a week ago'],
  furniture: [
    'Copyright (c) 2025, Intercom, Inc. (legal@intercom.io) with Reserved Font Name "Inter".',
    'Skip to main content',
    ...icHead,
    ...icCrumbs,
    'Table of contents',
    ...icRelated,
    'Did this answer your question?',
    ...icFoot,
  ],
};
