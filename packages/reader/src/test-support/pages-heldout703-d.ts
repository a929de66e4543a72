import { links, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout703-kit.js';

/**
 * Held-out batch 703, file d: a help-centre article of a workforce scheduling app on Zendesk Guide (Copenhagen theme) with
 * a note and a warning callout, a table and the vote, share, related-articles and comments furniture, and a help article of
 * an invoicing app on the Intercom Help Center (interblocks markup) with a callout, a table, a code block and the reaction
 * picker.
 */
const zTitle = 'Approving timesheets before a pay run';
const zIntro = j(
  'Timesheets must be approved before hours can be sent to payroll. This article explains who can approve timesheets, how to',
  'approve them in bulk and what happens to timesheets that are still pending when the pay run closes.',
);
const zNote = j(
  '<strong>Note:</strong> Timesheet approval is available on the Standard and Plus plans. On the Starter plan, all submitted hours',
  'are treated as approved.',
);
const zH = ['Who can approve timesheets', 'Approving timesheets one at a time', 'Approving timesheets in bulk', 'What happens at the payroll cut-off'];
const zWho = j(
  'Account owners and admins can approve any timesheet. Managers can approve timesheets for the locations they manage. Employees',
  'cannot approve their own timesheets, even if they are also managers.',
);
const zOne = [
  'Go to <strong>Timesheets</strong> and choose the pay period.',
  'Select an employee to open their timesheet.',
  'Check the clock-in and clock-out times against the scheduled shifts. Differences of more than 15 minutes are highlighted in amber.',
  'Click <strong>Approve</strong>. To send the timesheet back to the employee with a comment, click <strong>Reject</strong> instead.',
];
const zBulkIntro = 'If you have many timesheets to approve, you can approve them together from the list view.';
const zBulk = [
  'In <strong>Timesheets</strong>, filter the list by <strong>Status: Submitted</strong>.',
  'Tick the box at the top of the list to select every timesheet on the page, or tick individual rows.',
  'Click <strong>Bulk actions &gt; Approve selected</strong>.',
];
const zBulkAfter = 'Timesheets with unresolved differences are skipped during bulk approval and stay in the list so you can review them one by one.';
const zCut = j(
  'Each pay period has a cut-off, set in <strong>Settings &gt; Payroll</strong>. At the cut-off, approved hours are locked and sent',
  'to your payroll integration. Pending timesheets are handled according to your cut-off rule:',
);
const zRows = [
  ['Cut-off rule', 'What happens to pending timesheets'],
  ['Hold (default)', 'Hours are carried over to the next pay run once approved.'],
  ['Pay scheduled hours', 'Scheduled hours are paid, and any difference is corrected in the next pay run.'],
  ['Block pay run', 'The pay run cannot be sent until every timesheet is approved or rejected.'],
];
const zWarn = '<strong>Important:</strong> Changing the cut-off rule during an open pay period applies to that pay period straight away.';
const zLast = j(
  'If you need to change hours after the cut-off, see <a href="/hc/en-gb/articles/4412101733521">Correcting hours after a pay run',
  'has been sent</a>.',
);
const zSide = ['Setting up clock-in locations', 'Editing a submitted timesheet', 'Exporting timesheets to CSV', 'Why is a timesheet highlighted in amber?'];
const zRel = ['Correcting hours after a pay run has been sent', 'Connecting Rotaworks to your payroll provider', 'Choosing a pay period'];
const zShare = ['Facebook', 'X Corp', 'LinkedIn'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8" />
<!-- v26880 -->
<title>Approving timesheets before a pay run &ndash; Rotaworks Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="">
<link rel="canonical" href="https://help.rotaworks.com/hc/en-gb/articles/4412098877713-Approving-timesheets-before-a-pay-run">
<link rel="alternate" hreflang="en-gb" href="https://help.rotaworks.com/hc/en-gb/articles/4412098877713-Approving-timesheets-before-a-pay-run">
<meta property="og:image" content="https://help.rotaworks.com/hc/theming_assets/01HZ4R/logo.png"><meta property="og:type" content="website">
<meta property="og:site_name" content="Rotaworks Help Centre"><meta property="og:title" content="Approving timesheets before a pay run">
<meta property="og:description" content="Timesheets must be approved before hours can be sent to payroll.">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-2f5e5bba7c6c2b8a.css" media="all" id="stylesheet" />
<link rel="stylesheet" type="text/css" href="/hc/theming_assets/1234567/360001234567/style.css?digest=21790045529105">
<meta content="width=device-width, initial-scale=1.0" name="viewport" />
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"rotaworks","environment":"production","name":"Rotaworks"};
HelpCenter.user = {"identifier":"da39a3ee5e6b","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png",
"is_admin":false,"organizations":[],"groups":[]}; HelpCenter.internal = {"asset_url":"//static.zdassets.com/hc/assets/","current_session":{"locale":"en-gb",
"csrf_token":null,"shared_csrf_token":null}};</script>
<script src="//static.zdassets.com/hc/assets/moment-3b62525bdab669b7b17d1a9d8b5d46b4.js"></script>
<script src="/hc/theming_assets/1234567/360001234567/script.js?digest=21790045529105"></script></head>
<body class="">
<a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="/hc/theming_assets/01HZ4R/logo.png" alt="Rotaworks Help Centre home page">
</a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a href="https://www.rotaworks.com">Back to Rotaworks</a></li><li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li>
<li><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialogue" role="button" href="/hc/en-gb/signin?return_to=%2Fhc%2Fen-gb">Sign
in</a>
</li></ul></nav></div>
<div class="nav-wrapper-mobile"><button class="menu-button-mobile" aria-controls="user-nav-mobile" aria-expanded="false" aria-label="Toggle navigation menu">
<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="icon-menu"><path fill="none" stroke="currentColor"
d="M1.5 3.5h13m-13 4h13m-13 4h13"/></svg></button></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs"><li title="Rotaworks Help Centre"><a href="/hc/en-gb">Rotaworks Help Centre</a></li>
<li title="Payroll"><a href="/hc/en-gb/categories/360002201">Payroll</a></li><li title="Timesheets"><a href="/hc/en-gb/sections/360004410">Timesheets</a></li>
</ol></nav>
<div class="search-container"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon"
aria-hidden="true"><circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/></svg><form role="search" class="search" data-search=""
action="/hc/en-gb/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search"
name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search" /></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false">
<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" focusable="false" viewBox="0 0 12 12" aria-hidden="true" class="collapsible-sidebar-toggle-icon
chevron-icon"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/></svg></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
<li><a href="/hc/en-gb/articles/4412098877713" class="sidenav-item current-article" aria-current="page">${zTitle}</a></li>
${zSide.map((t) => `<li><a href="/hc/en-gb/articles/44120" class="sidenav-item">${t}</a></li>`).join('\n')}</ul>
<a href="/hc/en-gb/sections/360004410" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://help.rotaworks.com/system/photos/sam.png" alt="" class="user-avatar"/></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/381290-Sam-Whitlock">Sam Whitlock</a><ul class="meta-group">
<li class="meta-data"><time datetime="2027-02-10T11:20:45Z" title="2027-02-10 11:20" data-datetime="relative">3 weeks ago</time></li>
<li class="meta-data">Updated</li></ul></div></div>
<div class="article-subscribe"><a class="button" rel="nofollow" role="button" data-auth-action="signin" title="Opens a sign-in dialogue"
href="/hc/en-gb/articles/4412098877713/subscription.html">Follow</a></div></header>
<section class="article-info"><div class="article-content"><div class="article-body"><p>${zIntro}</p>
<div class="callout callout--note"><p>${zNote}</p></div>
<h2 id="h_01HQ1">${at(zH, 0)}</h2><p>${zWho}</p>
<h2 id="h_01HQ2">${at(zH, 1)}</h2><ol>${lis(zOne)}</ol>
<p><img src="/hc/article_attachments/4412099011089" alt="Timesheet approval screen with the Approve button highlighted" width="640"></p>
<h2 id="h_01HQ3">${at(zH, 2)}</h2><p>${zBulkIntro}</p><ol>${lis(zBulk)}</ol><p>${zBulkAfter}</p>
<h2 id="h_01HQ4">${at(zH, 3)}</h2><p>${zCut}</p>
<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>
${zRows.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<td><strong>${c}</strong></td>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n')}</tbody></table>
<div class="callout callout--warning"><p>${zWarn}</p></div><p>${zLast}</p></div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">
${zShare
  .map(
    (s) => `<li><a href="https://www.${s.toLowerCase().replace(/ /g, '')}.com/share?u=https://help.rotaworks.com/hc/en-gb/articles/4412098877713"
class="share-${s.toLowerCase().replace(/ /g, '')}"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12"
aria-hidden="true"><path fill="currentColor" d="M6 0a6 6 0 1 0 0 12A6 6 0 0 0 6 0z"/></svg><span class="visually-hidden">${s}</span></a></li>`,
  )
  .join('\n')}
</ul></div><a href="#article-comments" class="article-comment-count"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false"
viewBox="0 0 16 16" class="article-comment-count-icon" aria-hidden="true"><path fill="none" stroke="currentColor"
d="M1 .5h14c.3 0 .5.2.5.5v10"/></svg>0</a></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
<button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="This article was helpful"
aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful" aria-pressed="false">No
</button></div><small class="article-votes-count"><span class="article-vote-label">7 out of 9 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" focusable="false"
viewBox="0 0 12 12" aria-hidden="true" class="article-return-to-top-icon"><path fill="none" stroke="currentColor" d="M3 4.5l2.6 2.6"/></svg></a></div></footer>
<div class="article-relatives"><section class="related-articles" aria-labelledby="related-articles-title"><h2 class="related-articles-title"
id="related-articles-title">Related articles</h2><ul>${links(zRel)}</ul></section></div>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p></header><p class="comment-callout"><a data-auth-action="signin" rel="nofollow"
href="/hc/en-gb/signin?return_to=%2Fhc%2Fen-gb%2Farticles%2F4412098877713">Please sign in to leave a
comment.</a></p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Rotaworks Help Centre</a><div class="footer-language-selector"></div></div>
<div class="powered-by-zendesk"><a href="https://www.zendesk.co.uk/service/help-center/?utm_source=helpcenter&amp;utm_medium=poweredbyzendesk" target="_blank"
rel="nofollow">Powered by Zendesk</a></div></footer>
<script type="text/javascript">HelpCenter.themeVersion = "4.2.1";</script></body></html>`;
const zendesk: TestPage = gold({
  name: 'heldout703-zendesk-timesheet-approval',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zH,
  body: [...texts([zIntro, zNote, zWho, ...zOne, zBulkIntro, ...zBulk, zBulkAfter, zCut]), ...zRows.map((r) => r.join(' ')), ...texts([zWarn, zLast])],
  bylines: ['Sam Whitlock', '3 weeks ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Back to Rotaworks', 'Submit a request', 'Sign in', 'Rotaworks Help Centre', 'Payroll', 'Timesheets',
    'Articles in this section', ...zSide, 'See more', 'Follow', ...zShare, '0', 'Was this article helpful?', 'Yes', 'No', '7 out of 9 found this helpful',
    'Have more questions? Submit a request', 'Return to top', 'Related articles', ...zRel, 'Comments', '0 comments', 'Please sign in to leave a comment.',
    'Powered by Zendesk',
  ],
});

const iTitle = 'Syncing invoices and payments to Fernbook';
const iDesc = 'Send invoices, credit notes and payments from Billbright to Fernbook automatically.';
const iIntro = j(
  'Once Billbright is connected to Fernbook, every invoice you send is copied to Fernbook as a sales invoice, and payments collected',
  'through Billbright are recorded against it. This saves you entering the same figures twice and keeps your accounts receivable up',
  'to date.',
);
const iH = ['Before you start', 'Connect Fernbook', 'Choose what to sync', 'What gets synced and when', 'Editing a synced invoice', 'Disconnecting'];
const iBefore = [
  'You need to be an Owner or Admin in Billbright.',
  'You need a Fernbook subscription that includes sales invoicing (Fernbook Essentials or above).',
  j(
    'Your customers in Billbright should use the same names as the contacts in Fernbook. Billbright matches contacts by name first',
    'and by email address second.',
  ),
];
const iConnect = [
  'In Billbright, go to <b>Settings</b> &gt; <b>Integrations</b>.',
  'Next to Fernbook, click <b>Connect</b>.',
  'Sign in to Fernbook and choose the organisation you want to connect.',
  'Click <b>Allow access</b>. You will be taken back to Billbright.',
];
const iNote = '<b>Note:</b> If you manage several Fernbook organisations, you can connect only one of them to each Billbright account.';
const iChoose = 'After connecting, pick the accounts Billbright should post to. These settings apply to new invoices only.';
const iRows = [
  ['Setting', 'What it controls', 'Default'],
  ['Sales account', 'The income account for invoice lines', '200 Sales'],
  ['Payment account', 'The bank account where payments are recorded', 'Your first bank account'],
  ['Fees account', 'Where card processing fees are posted', '404 Bank Fees'],
  ['Tax rates', 'How Billbright tax rates map to Fernbook tax rates', 'Matched by rate'],
];
const iWhen = j(
  'Invoices are sent to Fernbook as soon as they are marked as sent in Billbright. Payments sync within 15 minutes of being received.',
  'Credit notes sync when they are applied to an invoice.',
);
const iEdit = [
  j(
    'If you edit an invoice in Billbright after it has synced, the changes are copied to Fernbook, unless the invoice has been paid',
    'or falls in a locked period. In that case you will see a sync warning on the invoice and need to make the change in Fernbook.',
  ),
  'The warning looks like this:',
];
const iCode = 'Sync paused: INV-2041 is in a locked period (before 31 Dec 2026)';
const iDisc = j(
  'To stop syncing, go to <b>Settings</b> &gt; <b>Integrations</b> and click <b>Disconnect</b> next to Fernbook. Invoices already in',
  'Fernbook are not deleted.',
);
const iRel = ['Connecting Billbright to your bank', 'Mapping tax rates', 'Why is my invoice not syncing?'];
const iPara = (html: string): string => `<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${html}</p></div>`;
const iHead = (t: string, id: string, tag = 'h2'): string =>
  `<div class="intercom-interblocks-${tag === 'h2' ? 'heading' : 'subheading'} intercom-interblocks-align-left"><${tag} id="${id}">${t}</${tag}></div>`;
const iHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="https://static.intercomassets.com/_next/static/css/5f1e2c9a4b3d7e60.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="https://static.intercomassets.com/_next/static/chunks/webpack-2a9b7c.js"/>
<title>Syncing invoices and payments to Fernbook | Billbright Help Center</title>
<meta property="og:title" content="Syncing invoices and payments to Fernbook | Billbright Help Center"/>
<meta name="description" content="Send invoices, credit notes and payments from Billbright to Fernbook automatically."/><meta property="og:type"
content="article"/>
<link rel="canonical" href="https://help.billbright.io/en/articles/8124410-syncing-invoices-and-payments-to-fernbook"/>
<meta name="intercom:trackingEvent" content="{&quot;name&quot;:&quot;Viewed Help Center Article&quot;,&quot;metadata&quot;:{&quot;article_id&quot;:8124410}}"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Billbright Help Center","item":"https://help.billbright.io/en/"},{"@type":"ListItem","position":2,"name":"Integrations"}]}</script>
</head><body class="__variable_3a2b1c"><div class="flex min-h-screen flex-col">
<header id="header" data-testid="header" class="flex flex-col text-header-color"><div class="relative flex grow flex-col mb-9 bg-header-bg pb-9">
<div id="sr-announcement" aria-live="polite" class="sr-only"></div><div class="flex h-full flex-col items-center marker:shrink-0">
<section class="relative flex w-full flex-col mb-6 pb-6"><div class="header__meta_wrapper flex justify-center px-5 pt-6 leading-none sm:px-10">
<div class="flex items-center w-240" data-testid="subheader-container"><div class="mo__body header__site_name"><div class="header__logo"><a href="/en/">
<img src="https://downloads.intercomcdn.com/i/o/billbright/logo.png" height="36" alt="Billbright Help Center"/></a></div></div>
<div><div class="flex items-center font-semibold"><div class="hidden items-center md:flex" data-testid="large-screen-children">
<a href="https://billbright.io" target="_blank" rel="noopener noreferrer" class="mx-5 text-base no-underline hover:opacity-80 md:mx-3">Go to Billbright</a>
<div><div class="relative cursor-pointer"><select aria-label="Change language" class="peer absolute z-10 block h-6 w-full cursor-pointer opacity-0">
<option value="en" selected="">English</option><option value="fr">Français</option></select><div class="flex items-center gap-1">English</div></div></div>
</div></div></div></div></div>
<div class="relative mx-5 flex h-full w-full max-w-240 flex-col"><div id="search-bar" class="relative w-full"><form action="/en/" autoComplete="off">
<div class="flex w-full flex-col items-start"><div class="relative flex w-full sm:w-search-bar"><label for="search-input" class="sr-only">Search for
articles...</label>
<input id="search-input" type="text" autoComplete="off" class="peer w-full rounded-search-bar" placeholder="Search for articles..." name="q" value=""/>
</div></div></form></div></div></section></div></div></header>
<main class="header__lite"><section class="flex justify-center"><div class="flex w-full max-w-240 flex-col gap-5 px-5 sm:px-10">
<div class="flex flex-wrap items-baseline pb-4 text-base tracking-normal"><a href="/en/" class="pr-2 text-body-primary-color no-underline">All Collections</a>
<div class="pr-2" aria-hidden="true"><svg width="6" height="10" viewBox="0 0 6 10"><path d="M1 1l4 4-4 4" stroke="currentColor"></path></svg></div>
<a href="/en/collections/3301-integrations" class="pr-2 text-body-primary-color no-underline">Integrations</a>
<div class="pr-2" aria-hidden="true"><svg width="6" height="10" viewBox="0 0 6 10"><path d="M1 1l4 4-4 4" stroke="currentColor"></path></svg></div>
<div class="text-base text-body-secondary-color">${iTitle}</div></div>
<div class="article intercom-force-break"><div class="mb-10 max-lg:mb-6"><div class="flex flex-col gap-4"><div class="flex flex-col">
<header class="mb-1 font-primary text-2xl font-bold leading-10 text-body-primary-color">${iTitle}</header>
<div class="text-md font-normal leading-normal text-body-secondary-color"><p>${iDesc}</p></div></div>
<div class="avatar"><div class="avatar__photo"><img width="24" height="24" src="https://static.intercomassets.com/avatars/5520/square_128/noor.jpg"
alt="Noor Adeyemi avatar" class="inline-flex items-center justify-center rounded-full bg-primary text-lg font-bold leading-6 text-primary-text shadow-solid-2
shadow-body-bg [&amp;:nth-child(n+2)]:hidden lg:[&amp;:nth-child(n+2)]:flex h-6 w-6"/></div><div class="avatar__info -mt-0.5 text-base">
<span class="text-body-secondary-color"><div>Written by <span>Noor Adeyemi</span></div> Updated over a week ago</span></div></div></div></div>
<div class="jsx-3419112818"><div class="article_body"><article class="jsx-3419112818">
${iPara(iIntro)}
${iHead(at(iH, 0), 'h_2f1a')}<div class="intercom-interblocks-unordered-nested-list"><ul>${lis(iBefore.map(iPara))}</ul></div>
${iHead(at(iH, 1), 'h_2f1b')}<div class="intercom-interblocks-ordered-nested-list"><ol>${lis(iConnect.map(iPara))}</ol></div>
<div class="intercom-interblocks-callout" style="background-color:#e3e7fa80;border-color:#334bfa33">${iPara(iNote)}</div>
${iHead(at(iH, 2), 'h_2f1c')}${iPara(iChoose)}
<div class="intercom-interblocks-table-container"><table role="presentation"><tbody>
${iRows.map((r) => `<tr>${r.map((c) => `<td class="no-borders">${iPara(c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
${iHead(at(iH, 3), 'h_2f1d')}${iPara(iWhen)}
${iHead(at(iH, 4), 'h_2f1e', 'h3')}${iEdit.map(iPara).join('\n')}
<div class="intercom-interblocks-code"><pre><code>${iCode}</code></pre></div>
${iHead(at(iH, 5), 'h_2f1f')}${iPara(iDisc)}
</article></div>
<section class="jsx-62724fba150252e0 related_articles my-6"><hr class="my-6 sm:my-8"/><div class="mb-7 ml-3 text-xl font-bold text-body-primary-color">
Related Articles</div><div class="flex flex-col gap-2">${iRel
  .map(
    (t) => `<a class="flex items-center rounded-lg p-3 text-body-primary-color no-underline"
data-testid="article-link" href="https://help.billbright.io/en/articles/81244"><div class="flex flex-col p-0"><span
class="m-0 line-clamp-2 text-md/normal">${t}</span>
</div><div class="ml-2 flex"><svg width="7" height="12" viewBox="0 0 7 12" aria-hidden="true"><path d="M1 1l5 5-5 5"
stroke="currentColor"></path></svg></div></a>`,
  )
  .join('\n')}</div></section></div></div>
<div class="intercom-reaction-picker -mb-4 -ml-4 -mr-4 mt-6 rounded-card sm:-mb-2 sm:-ml-1 sm:-mr-1" dir="ltr"><div class="intercom-reaction-prompt">Did this
answer your question?</div><button class="intercom-reaction picker-reaction" aria-label="Disappointed Reaction" tabindex="0" data-reaction-text="disappointed"
aria-pressed="false"><span title="Disappointed">😞</span></button><button class="intercom-reaction picker-reaction" aria-label="Neutral Reaction" tabindex="0"
data-reaction-text="neutral" aria-pressed="false"><span title="Neutral">😐</span></button><button class="intercom-reaction picker-reaction"
aria-label="Smiley Reaction" tabindex="0" data-reaction-text="smiley" aria-pressed="false"><span title="Smiley">😃</span></button></div>
</div></section></main>
<footer id="footer" class="mt-24 shrink-0 bg-footer-bg px-0 py-12 text-left text-base text-footer-color"><div class="shrink-0 grow basis-auto px-5 sm:px-10">
<div class="mb-6 flex flex-col items-center"><div class="flex flex-col items-center gap-8"><div class="align-middle text-lg text-footer-color"><a href="/en/"
class="no-underline"><img src="https://downloads.intercomcdn.com/i/o/billbright/logo.png" alt="Billbright Help Center" height="36"/></a></div>
<div class="text-md text-footer-color" data-testid="footer-custom-text"><p>Billbright Ltd, 14 Calder Yard, Manchester M4 6EQ</p></div>
<ul data-testid="social-links" class="flex flex-wrap items-center gap-4 p-0 justify-center"><li class="list-none align-middle"><a target="_blank"
href="https://www.linkedin.com/company/billbright" rel="nofollow noreferrer noopener"><img src="https://intercom.help/static/social/linkedin.svg" alt="LinkedIn"
width="16" height="16"/></a></li></ul></div>
<div class="flex items-center justify-center"><a href="https://www.intercom.com/intercom-link?company=Billbright&amp;solution=customer-support"
class="text-sm no-underline" target="_blank" rel="noopener noreferrer">We run on Intercom</a></div></div></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"app":{"id":"x8k2lq1z","messengerUrl":"https://widget.intercom.io/widget/x8k2lq1z"},
"articleContent":{"title":"${iTitle}","author":{"name":"Noor Adeyemi"}}}},"page":"/[helpCenterIdentifier]/articles/[articleSlug]"}</script>
</body></html>`;
const intercom: TestPage = gold({
  name: 'heldout703-intercom-invoice-sync',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: iH,
  body: [...texts([iDesc, iIntro, ...iBefore, ...iConnect, iNote, iChoose]), ...iRows.map((r) => r.join(' ')), ...texts([iWhen, ...iEdit, iCode, iDisc])],
  bylines: ['Written by Noor Adeyemi', 'Updated over a week ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Go to Billbright', 'English', 'Search for articles...', 'All Collections', 'Integrations', 'Related Articles', ...iRel,
    'Did this answer your question?', 'Billbright Ltd, 14 Calder Yard, Manchester M4 6EQ', 'We run on Intercom',
  ],
});

export const HELDOUT703_D: readonly TestPage[] = [zendesk, intercom];
