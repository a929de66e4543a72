import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 13, file d: a newsletter issue's web version on beehiiv (publication header, subtitle, author and date,
 * content blocks with inline styles, a "Together with ..." sponsor block, subscribe forms, a poll, the email footer with
 * "Update your email preferences or unsubscribe", "Keep reading") and a SaaS company's Terms of Service (numbered
 * sections and clauses, "Last updated", contents list, legal side nav, OneTrust cookie banner, marketing footer).
 */
const bhTitle = 'Why the Route 12 bus got faster, and what it cost';
const bhSub = ['Three months of bus lanes on Calloway Avenue, in numbers and in complaints.'];
const bhIntro = [
  'Good morning, riders. This week I finally got the data I have been chasing since December, so most of this issue is about one bus ' +
    'line. If you ride something else, stick around for the quick stops at the bottom.',
];
const bhBig = [
  'In late November the city painted red lanes along 2.3 miles of Calloway Avenue and moved three Route 12 stops to the far side of ' +
    'their intersections. The idea was simple: buses spend a lot of time stuck behind turning cars and waiting at lights, and both of ' +
    'those are cheap to fix.',
  'According to the transit agency’s own stop-level data, which I got through a records request, the average weekday trip from Union ' +
    'Station to Harmon Park fell from 31 minutes to 24. The evening peak improved most, by nine minutes. Buses also bunched less: the ' +
    'share of trips arriving within two minutes of the one ahead dropped from 18 percent to 7.',
  'Ridership is up too, though more modestly. Weekday boardings on Route 12 rose about 11 percent compared with the same months a year ' +
    'earlier, while the system as a whole grew 4 percent.',
  'The cost was not zero. The city removed 140 parking spaces, and several shop owners near Ninth Street told me their weekday sales ' +
    'have dipped. The business association has asked for loading zones to return between 10 a.m. and 2 p.m., and the city says it will ' +
    'decide by April.',
];
const bhQuick = [
  '<strong>Fare capping</strong> starts on April 1. Once you pay for three rides in a day, the rest are free.',
  'The <strong>Blue Line</strong> will run every 15 minutes on Sundays from May, up from every 20.',
  'Public comment on the regional bike plan closes March 21. The maps are better than last year’s.',
];
const bhMore = [
  'A reader asked why the new far-side stops sometimes feel farther from the crosswalk. They usually are, by about 60 feet, so buses can ' +
    'pull in after clearing the light instead of stopping twice. It is a small walk for a real time saving, but I would like to see ' +
    'benches at the moved stops.',
];
const bhEnd = ['See you next Thursday,'];
const blk = (inner: string): string => `<div style="padding-left:28px;padding-right:28px;padding-top:0px;padding-bottom:0px;">${inner}</div>`;
const bp = (xs: string[]): string => xs.map((x) => blk(`<p class="paragraph" style="text-align:left;">${x}</p>`)).join('\n');
const bhHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${bhTitle}</title><meta name="description" content="${bhSub[0]}">
<meta property="og:title" content="${bhTitle}"><meta property="og:site_name" content="Transit Notes"><meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
<meta property="og:image" content="https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto/uploads/asset/file/route12.png">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${bhTitle}","datePublished":"2025-03-06T13:00:00.000Z",
"author":[{"@type":"Person","name":"Hannah Price"}],"publisher":{"@type":"Organization","name":"Transit Notes"}}</script>
<script>window.__remixContext = {"state":{"loaderData":{"routes/p/$slug":{"publication":{"name":"Transit Notes"},"post":{"id":"b7e1c0"}}}}};</script>
<link rel="preconnect" href="https://media.beehiiv.com"><link rel="preconnect" href="https://fonts.googleapis.com">
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter:wght@400;600;700&amp;display=swap">
<link rel="alternate" type="application/rss+xml" title="Transit Notes" href="https://rss.beehiiv.com/feeds/Xq8TnW2pLs.xml">
<link rel="canonical" href="https://transitnotes.beehiiv.com/p/why-the-route-12-bus-got-faster">
<style>.bg-wt-background{background-color:#FFFFFF}.text-wt-text-on-background{color:#222222}</style></head>
<body><div class="bg-wt-background min-h-screen"><div id="web-header" class="sticky top-0 z-20 w-full border-b border-wt-border">
<nav class="mx-auto flex max-w-6xl items-center justify-between px-4 py-2"><a href="/" class="flex items-center gap-2">
<img src="https://media.beehiiv.com/uploads/publication/logo/transit-notes.png" alt="Transit Notes" class="h-8 w-8 rounded-md">
<span class="text-wt-text-on-background text-sm font-semibold">Transit Notes</span></a><div class="flex gap-2">
<a href="/login" class="rounded-wt px-3 py-1 text-sm">Login</a>
<a href="/subscribe" class="rounded-wt bg-wt-primary px-3 py-1 text-sm text-white">Subscribe</a></div></nav></div>
<main class="mx-auto max-w-2xl px-4"><div class="flex flex-col gap-3 pt-8"><h1 class="text-wt-text-on-background text-3xl font-bold">${bhTitle}</h1>
<h2 class="text-wt-text-on-background text-lg font-normal opacity-75">${bhSub[0]}</h2>
<div class="flex items-center gap-2"><img src="https://media.beehiiv.com/uploads/user/profile_picture/hprice.jpg" alt="Author" class="h-8 w-8 rounded-full">
<div class="flex flex-col"><span class="text-sm font-medium">Hannah Price</span><time datetime="2025-03-06" class="text-xs opacity-75">March 6, 2025</time>
</div>
<div class="ml-auto flex gap-2"><a href="https://twitter.com/intent/tweet?url=" aria-label="Share on X"><svg width="16" height="16"></svg></a>
<a href="https://www.linkedin.com/sharing/share-offsite/?url=" aria-label="Share on LinkedIn"><svg width="16" height="16"></svg></a>
<button aria-label="Copy link"><svg width="16" height="16"></svg></button></div></div></div>
<div id="content-blocks" class="rendered-post">
${bp(bhIntro)}
${blk('<h2 class="heading" style="text-align:left;" id="the-big-story">The big story</h2>')}
${bp(bhBig)}
<div style="background-color:#F3EFE6;border-color:#222222;border-radius:10px;border-style:solid;border-width:1px;margin:14px 28px;padding:16px;">
<h6 class="heading" style="text-align:center;">Together with Fareline</h6><p class="paragraph" style="text-align:left;"><b>Stop guessing when the next
bus comes.</b> Fareline shows live arrivals for 40 transit agencies and tells you when to leave, not just when the bus is due. Free on iOS and Android.</p>
<div class="button" style="text-align:center;">
<a href="https://fareline.example/?utm_source=transitnotes" style="background-color:#222222;color:#FFFFFF;">Try Fareline free</a></div>
</div>
${blk('<h2 class="heading" style="text-align:left;" id="quick-stops">Quick stops</h2>')}
${blk(`<ul>${bhQuick.map((s) => `<li><p class="paragraph" style="text-align:left;">${s}</p></li>`).join('\n')}</ul>`)}
<div class="subscribe-embed" style="margin:24px 28px;"><p class="text-center font-semibold">Enjoying Transit Notes? Get it in your inbox every Thursday.</p>
<form class="flex gap-2" action="/create_subscription" method="post"><input type="email" name="email" placeholder="Enter your email" required>
<button type="submit" class="rounded-wt bg-wt-primary text-white">Subscribe</button></form></div>
${blk('<h2 class="heading" style="text-align:left;" id="one-more-thing">One more thing</h2>')}
${bp(bhMore)}
${bp(bhEnd)}
${blk('<p class="paragraph" style="text-align:left;">Hannah</p>')}
<div class="poll" style="margin:24px 28px;"><h6 class="heading" style="text-align:center;">How was today’s issue?</h6><ul class="poll-choices">
${links(['Loved it', 'It was fine', 'Not for me'], 'poll-choice')}</ul><p class="poll-login">Login or Subscribe to participate in polls.</p></div>
<div class="email-footer" style="font-size:12px;text-align:center;padding:20px 28px;"><p>Update your email preferences or unsubscribe
<a href="https://transitnotes.beehiiv.com/subscribe/manage">here</a></p>
<p>© 2025 Transit Notes</p>
<p>412 Ferry Street, Suite 3, Portland, OR 97205</p>
<p><a href="https://www.beehiiv.com/?utm_source=Transit+Notes">Powered by beehiiv</a></p>
<p><a href="https://beehiiv.com/tou">Terms of Service</a></p></div>
</div><section class="mt-12 border-t border-wt-border pt-8"><h3 class="text-xl font-bold">Keep reading</h3><div class="grid gap-4">
${['The case for boring bus stops', 'What happened to the Harbor streetcar?']
  .map(
    (t) => `<a href="/p/x" class="block"><h4 class="font-semibold">${t}</h4>
</a>`,
  )
  .join('\n')}
</div></section></main><footer class="mx-auto max-w-6xl px-4 py-8 text-sm"><p>© 2025 Transit Notes.</p>
<a href="https://www.beehiiv.com" class="flex items-center gap-1">Powered by beehiiv</a></footer></div></body></html>`;
const newsletter: TestPage = {
  html: bhHtml,
  name: 'heldout13-beehiiv-newsletter',
  kind: 'blog',
  // hard calls: the subtitle under the title is the writer's own standfirst, so body; the greeting and the "See you next
  // Thursday," sign-off are the writer's words (body), the signature "Hannah" a byline; the sponsor block, subscribe form,
  // poll, email footer and "Keep reading" are furniture
  title: bhTitle,
  headings: ['The big story', 'Quick stops', 'One more thing'],
  body: [...bhSub, ...texts(bhIntro), ...texts(bhBig), ...texts(bhQuick), ...texts(bhMore), ...bhEnd],
  bylines: ['Hannah Price', 'March 6, 2025', 'Hannah'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Transit Notes', 'Login', 'Subscribe', 'Together with Fareline', 'Stop guessing when the next bus comes.',
    'Fareline shows live arrivals for 40 transit agencies',
    'Try Fareline free', 'Enjoying Transit Notes? Get it in your inbox every Thursday.', 'How was today’s issue?', 'Loved it', 'It was fine', 'Not for me',
    'Login or Subscribe to participate in polls.', 'Update your email preferences or unsubscribe here', '© 2025 Transit Notes',
    '412 Ferry Street, Suite 3, Portland, OR 97205',
    'Powered by beehiiv', 'Terms of Service', 'Keep reading', 'The case for boring bus stops', 'What happened to the Harbor streetcar?',
  ],
};

const tosTitle = 'Tallybird Terms of Service';
const tosIntro = [
  'These Terms of Service (the “Terms”) are an agreement between you and Tallybird Software Ltd (“Tallybird”, “we” or “us”). They ' +
    'apply when you use our invoicing and bookkeeping service, our mobile apps and our website. Please read them; by creating an account ' +
    'you accept them.',
];
const tosSections: [string, string[]][] = [
  [
    '1. Your account',
    [
      '<strong>1.1</strong> You must be at least 18 and able to enter into a contract to open an account. If you open one for a business, ' +
        'you confirm that you are authorized to bind that business to these Terms.',
      '<strong>1.2</strong> You are responsible for keeping your password safe and for everything done under your account. Tell us straight ' +
        'away at security@tallybird.example if you think someone else has used it.',
      '<strong>1.3</strong> You can invite accountants and colleagues to your account. They must accept these Terms too, and you are responsible for ' +
        'what they do.',
    ],
  ],
  [
    '2. Plans, billing and refunds',
    [
      '<strong>2.1</strong> Paid plans are billed in advance, monthly or yearly, to the card or bank account you give us. Prices are shown on ' +
        'our pricing page and exclude VAT.',
      '<strong>2.2</strong> We may change our prices with at least 30 days’ notice by email. A new price applies from your next billing date, ' +
        'and you may cancel before then if you do not agree.',
      '<strong>2.3</strong> If a payment fails, we will retry it over 14 days. After that we may limit your account to read-only access until the ' +
        'balance is paid.',
      '<strong>2.4</strong> You can cancel at any time. Monthly plans are not refunded for part months; if you cancel a yearly plan within 30 ' +
        'days of paying for it, we will refund it in full.',
    ],
  ],
  [
    '3. Your data',
    [
      '<strong>3.1</strong> The invoices, contacts and records you put into Tallybird remain yours. You give us permission to store, copy and ' +
        'process them only as needed to run the service for you.',
      '<strong>3.2</strong> You can export your data at any time in CSV or PDF format. After you close your account we keep it for 90 days so ' +
        'you can change your mind, and then delete it, except where the law requires us to keep records for longer.',
      '<strong>3.3</strong> How we handle personal data is explained in our Privacy Policy.',
    ],
  ],
  [
    '4. Acceptable use',
    [
      '<strong>4.1</strong> You must not use Tallybird to send fraudulent invoices, to break the law, to send spam through our email features, ' +
        'or to try to get around the limits of your plan or access other customers’ data.',
      '<strong>4.2</strong> We may suspend an account that breaks this section. Unless there is an urgent risk to others, we will warn you first and ' +
        'give you a chance to fix the problem.',
    ],
  ],
  [
    '5. Liability',
    [
      '<strong>5.1</strong> Nothing in these Terms limits liability for death or personal injury caused by negligence, for fraud, or for ' +
        'anything else that cannot be limited by law.',
      '<strong>5.2</strong> Otherwise, our total liability to you in any year is limited to the fees you paid us in the twelve months before ' +
        'the claim. We are not liable for lost profits or for losses we could not reasonably have foreseen.',
    ],
  ],
  [
    '6. Changes and contact',
    [
      '<strong>6.1</strong> We may update these Terms. If a change is significant we will email you at least 30 days before it takes effect.',
      '<strong>6.2</strong> These Terms are governed by the law of England and Wales. Questions about them can be sent to legal@tallybird.example.',
    ],
  ],
];
const tosSlug = (h: string): string =>
  h
    .replace(/^\d+\. /, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
const tosNav = ['Product', 'Pricing', 'Customers', 'Resources'];
const tosLegal = ['Terms', 'Privacy', 'Cookies', 'Data Processing Addendum', 'Subprocessors', 'Security'];
const tosHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Terms of Service | Tallybird</title>
<meta name="description" content="The terms that apply when you use Tallybird's invoicing and bookkeeping service."><meta name="robots" content="index,follow">
<meta property="og:title" content="Terms of Service | Tallybird"><meta property="og:type" content="website">
<link rel="canonical" href="https://tallybird.example/legal/terms">
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0b7d6a52-91c3-4e1d-b07e-2f1c9b3a8e44"></script>
<script>function OptanonWrapper() {}</script>
<style>.legal-doc h2{scroll-margin-top:96px}.legal-doc p{max-width:68ch}</style></head>
<body class="page-legal"><header class="site-header"><a href="/" class="site-header__logo" aria-label="Tallybird home"><svg width="120" height="28"></svg></a>
<nav class="site-header__nav" aria-label="Main"><ul>${links(tosNav, 'site-header__item')}</ul></nav>
<div class="site-header__actions"><a href="https://app.tallybird.example/login">Log in</a><a class="btn btn--primary" href="/signup">Start free trial</a>
</div></header>
<main class="legal-layout"><aside class="legal-layout__nav"><p class="legal-layout__nav-title">Legal</p><ul>${links(tosLegal, 'legal-layout__nav-item')}</ul>
</aside>
<article class="legal-doc"><header class="legal-doc__header"><h1>${tosTitle}</h1>
<p class="legal-doc__updated">Last updated: February 3, 2025</p><p class="legal-doc__effective">Effective date: March 1, 2025</p>
<div class="legal-doc__tools"><button onclick="window.print()">Print</button><a href="/legal/terms.pdf">Download PDF</a></div></header>
<nav class="legal-doc__toc" aria-label="Contents"><h2 class="legal-doc__toc-title">Contents</h2><ol>
${tosSections.map(([h]) => `<li><a href="#${tosSlug(h)}">${h}</a></li>`).join('\n')}
</ol></nav>
<div class="legal-doc__body">
${ps(tosIntro)}
${tosSections.map(([h, cl]) => `<section id="${tosSlug(h)}"><h2>${h}</h2>\n${ps(cl)}</section>`).join('\n')}
</div></article></main>
<footer class="site-footer"><div class="site-footer__cols"><ul>${links(['Invoicing', 'Expenses', 'Bank feeds', 'Integrations'])}</ul>
<ul>${links(['About us', 'Careers', 'Help centre', 'Status'])}</ul></div>
<p class="site-footer__legal">© 2025 Tallybird Software Ltd. Registered in England and Wales, company number 10482217.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2><p id="onetrust-policy-text">We use cookies to run our site,
understand how it is used and show you relevant offers. You can choose which cookies we use. <a href="/legal/cookies" class="ot-cookie-policy-link">Cookie
Policy</a></p></div>
<div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div>
<script src="/assets/site.3f9c21.js" defer></script></body></html>`;
const terms: TestPage = {
  html: tosHtml,
  name: 'heldout13-terms-of-service',
  kind: 'docs',
  // hard calls: every clause with its number ("1.1 You must ...") is body, and the numbered section titles are headings; the
  // contents list repeats the section titles word for word, so its entries are in neither list; "Last updated" and the
  // effective date are bylines; the legal side nav, print/PDF tools, cookie banner, header and footer are furniture.
  // Round 12: the side nav's one word "Terms" is no furniture snippet, as batches 4, 7 and 12 did for one-word snippets that
  // are words of the title or body (the title line "Tallybird Terms of Service" holds it, counted as a leak)
  title: tosTitle,
  headings: tosSections.map(([h]) => h),
  body: [...texts(tosIntro), ...tosSections.flatMap(([, cl]) => texts(cl))],
  bylines: ['Last updated: February 3, 2025', 'Effective date: March 1, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tosNav, 'Log in', 'Start free trial', 'Legal', ...tosLegal.filter((t) => t !== 'Terms'), 'Print', 'Download PDF', 'Contents', 'Invoicing',
    'Expenses', 'Bank feeds', 'Integrations',
    'About us', 'Careers', 'Help centre', 'Status', '© 2025 Tallybird Software Ltd. Registered in England and Wales, company number 10482217.',
    'We value your privacy', 'We use cookies to run our site, understand how it is used and show you relevant offers.', 'Cookie Policy', 'Cookie Settings',
    'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT13_D: readonly TestPage[] = [newsletter, terms];
