import { links, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout581-kit.js';

/**
 * Held-out batch 581, file e: a transfer booking platform's help-centre article on Next.js (breadcrumbs, article sidebar,
 * feedback widget, `__NEXT_DATA__`), and a minicab operator's driver recruitment blog post on HubSpot CMS with a CTA and comments.
 */
const nTitle = 'How do I change or cancel my transfer?';
const nIntro = j(
  'You can change or cancel most transfers yourself from Manage booking, without calling us. Changes are free up to 24 hours',
  'before pick-up; after that, what you can change depends on the supplier carrying out your transfer.',
);
const nSteps = [
  'Go to <strong>Manage booking</strong> and enter your booking reference and email address.',
  'Choose <strong>Change details</strong> to edit the date, time, pick-up address or flight number.',
  'Check the new price. If it is higher, you pay the difference; if it is lower, we refund it to your card.',
  'Select <strong>Confirm changes</strong>. We email you an updated voucher within a few minutes.',
];
const nRows = [
  ['More than 24 hours before pick-up', 'Full refund'],
  ['Between 24 and 12 hours before pick-up', '50% refund'],
  ['Less than 12 hours before pick-up', 'No refund'],
  ['Driver waited and you did not travel (no-show)', 'No refund'],
];
const nAfter = j(
  'Refunds go back to the card you paid with and usually arrive within 5 to 7 working days. If you paid with a voucher, the',
  'value goes back onto a new voucher instead.',
);
const nFlight = j(
  'If your flight is cancelled, you can cancel for a full refund at any time before pick-up, as long as you send us the airline’s',
  'cancellation email. If your flight is only delayed, you do not need to do anything: the driver tracks your flight.',
);
const nHeads = ['Changing your booking', 'Cancelling your booking', 'If your flight is cancelled'];
const nRel = ['What happens if my flight is delayed?', 'Where do I meet my driver?', 'Can I add a child seat?', 'How do I get an invoice?'];
const nFoot = ['About RideHop', 'Careers', 'Become a supplier', 'Terms of use', 'Privacy notice', 'Cookie preferences'];
const nData = JSON.stringify({
  props: { pageProps: { article: { id: 'a-2291', slug: 'change-or-cancel', title: nTitle, locale: 'en-GB' } } },
  page: '/help/[slug]',
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | RideHop Help Centre</title><meta name="description" content="Change or cancel your airport transfer from Manage booking."/>
<link rel="canonical" href="https://www.ridehop.example/help/change-or-cancel"/><meta name="next-head-count" content="5"/>
<link rel="preload" href="/_next/static/css/8d1f0c4e2b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8d1f0c4e2b.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-5c9b3d.js" defer=""></script><script src="/_next/static/chunks/pages/help/%5Bslug%5D-a21f.js"
defer=""></script></head>
<body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-2">Skip to content</a>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white"><div class="mx-auto flex h-16 max-w-6xl items-center justify-between px-4">
<a href="/" class="flex items-center gap-2"><img alt="RideHop" src="/logo.svg" width="120" height="28" decoding="async"/><span
class="rounded bg-teal-50 px-2 text-sm
font-medium text-teal-700">Help Centre</span></a><nav class="hidden gap-6 text-sm
md:flex"><a href="/airport-transfers">Airport transfers</a><a href="/manage">Manage
booking</a><a href="/help">Help</a></nav><button type="button" class="rounded-full border px-3 py-1 text-sm">EN · £</button></div></header>
<div class="bg-teal-700 py-8"><div class="mx-auto max-w-3xl px-4"><form role="search" action="/help/search"><label for="q" class="sr-only">Search help
articles</label>
<input id="q" name="q" type="search" placeholder="Search for answers" class="w-full rounded-lg px-4 py-3"/></form></div></div>
<main id="main" class="mx-auto grid max-w-6xl gap-10 px-4 py-10 lg:grid-cols-[1fr_280px]"><div>
<nav aria-label="Breadcrumb" class="mb-4 text-sm text-slate-500"><ol class="flex gap-2"><li><a href="/help">Help Centre</a></li><li aria-hidden="true">/</li>
<li><a href="/help/manage-your-booking">Manage your booking</a></li></ol></nav>
<article class="prose prose-slate max-w-none"><h1 class="text-3xl font-semibold">${nTitle}</h1>
<p class="text-sm text-slate-500 not-prose">Updated 3 weeks ago</p>
<p>${nIntro}</p><h2>${nHeads[0]}</h2><ol>${lis(nSteps)}</ol>
<div class="not-prose rounded-lg border-l-4 border-amber-400 bg-amber-50 p-4 text-sm" role="note"><p><strong>Tip:</strong> changing the pick-up to a different
airport counts as a new booking. Cancel the old one and book again.</p></div>
<h2>${nHeads[1]}</h2><p>Open your booking in Manage booking and select <strong>Cancel transfer</strong>. The refund depends on how much notice you give:</p>
<table><thead><tr><th>When you cancel</th><th>What you get back</th></tr></thead><tbody>${trs(nRows)}</tbody></table><p>${nAfter}</p>
<h2>${nHeads[2]}</h2><p>${nFlight}</p></article>
<section class="mt-10 rounded-xl border p-6 text-center"><h2 class="text-base font-medium">Was this article helpful?</h2><div
class="mt-3 flex justify-center gap-3">
<button type="button" class="rounded border px-4 py-1">Yes</button><button type="button" class="rounded border px-4 py-1">No</button></div>
<p class="mt-3 text-sm text-slate-500">12 out of 15 found this helpful</p></section></div>
<aside class="space-y-8 text-sm"><div><h2 class="mb-3 font-semibold">Related articles</h2><ul class="space-y-2">${links(
  nRel,
  'text-teal-700 hover:underline',
)}</ul></div>
<div class="rounded-xl bg-slate-50 p-5"><h2 class="font-semibold">Still need help?</h2><p class="mt-1">Our team is here 24/7 for bookings within 48 hours.</p>
<a href="/help/contact" class="mt-3 inline-block rounded bg-teal-700 px-4 py-2 text-white">Contact us</a></div></aside></main>
<footer class="border-t bg-slate-900 text-slate-300"><div class="mx-auto max-w-6xl px-4 py-10"><ul
class="grid grid-cols-2 gap-2 md:grid-cols-3">${links(nFoot)}</ul>
<p class="mt-8 text-xs">© 2026 RideHop Travel Ltd. RideHop is a booking agent; transfers are carried out by licensed local suppliers.</p></div></footer>
<div id="cookie-consent" role="dialog" aria-live="polite" aria-label="Cookie consent" class="fixed bottom-4 left-4 max-w-sm rounded-lg bg-white p-4 shadow-xl">
<p class="text-sm">We use cookies to keep you signed in, remember your searches and measure how the site is used.</p><div class="mt-3 flex gap-2">
<button class="rounded bg-teal-700 px-3 py-1 text-white">Accept all</button><button class="rounded border px-3 py-1">Only necessary</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextHelp: TestPage = {
  name: 'heldout581-nextjs-help-change-cancel',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([
    nIntro,
    ...nSteps,
    'Tip: changing the pick-up to a different airport counts as a new booking. Cancel the old one and book again.',
    'Open your booking in Manage booking and select Cancel transfer. The refund depends on how much notice you give:',
    ...rowTexts(nRows),
    nAfter,
    nFlight,
  ]),
  bylines: ['Updated 3 weeks ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Help Centre', 'Airport transfers', 'Help', 'EN · £', 'Search help articles', 'Manage your booking',
    'Was this article helpful?', 'Yes', '12 out of 15 found this helpful', 'Related articles', ...nRel, 'Still need help?',
    'Our team is here 24/7 for bookings within 48 hours.', 'Contact us', ...nFoot,
    '© 2026 RideHop Travel Ltd. RideHop is a booking agent; transfers are carried out by licensed local suppliers.',
    'We use cookies to keep you signed in, remember your searches and measure how the site is used.', 'Accept all', 'Only necessary',
  ],
};

const hTitle = 'What it takes to become a Northway driver in 2026';
const hParas = [
  j(
    'Every month around 200 people ask us how to start driving for Northway. About a quarter of them are on the road six weeks',
    'later. The difference is rarely driving skill: it is knowing the steps and doing them in the right order.',
  ),
  'Get your licence application in early',
  j(
    'A private hire driver licence from Kelsall City Council takes eight to twelve weeks. You need a medical from your GP, an',
    'enhanced DBS check, a knowledge test on the city and a short English and safeguarding course. We pay the £290 application',
    'fee for anyone who signs up with us, and we run free knowledge test practice every Tuesday evening.',
  ),
  'Sort out your car',
  j(
    'Your car needs a council private hire plate as well. The council takes cars up to seven years old at first licensing, with',
    'four doors and room for four passengers. If you do not have a suitable car, our rental partner has hybrids from £185 a week',
    'with insurance and servicing included.',
  ),
  'Know what you will earn',
  j(
    'We are open about the numbers. In 2025 our drivers who worked 45 hours a week took home a median of £740 a week after',
    'fuel, insurance and our £110 weekly circuit fee.',
  ),
  'Evenings, weekends and the 4am airport runs pay best.',
  j(
    'You choose your own hours in the driver app. There is no minimum, but drivers who work at least three peak shifts a week',
    'get priority on pre-booked airport and account work.',
  ),
];
const hHead = [1, 3, 5];
const hNav = ['Book a ride', 'Business accounts', 'Drive with us', 'Blog', 'Contact'];
const hTags = ['Drivers', 'Recruitment'];
const hComments: [string, string, string][] = [
  ['Sajid M.', 'March 9, 2026 at 8:14 PM', 'Can you start the knowledge test practice before your DBS comes back?'],
  ['Northway Private Hire', 'March 10, 2026 at 9:02 AM', 'Yes, Sajid, anyone can come along on Tuesdays. Just register at the office first.'],
];
const hCookie = j(
  'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more',
  'personalized services to you, both on this website and through other media.',
);
const hw = (id: string, type: string, inner: string): string =>
  `<div id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_${type}" style="" data-hs-cos-general-type="${type}">${inner}</div>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Licence, car, earnings: the steps to driving for Northway Private Hire."><meta name="viewport"
content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><meta property="og:type" content="article">
<link rel="stylesheet" href="https://www.northwayph.example/hubfs/hub_generated/template_assets/1/8801/1709/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org",
"@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person","name":"Deb Halloran"}}</script>
<link rel="amphtml" href="https://www.northwayph.example/blog/become-a-driver-2026?hs_amp=true"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-88213 hs-blog-post hs-blog-id-4412"><div data-global-resource-path="northway-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo">
${hw(
  'site_logo',
  'widget',
  '<a href="https://www.northwayph.example" id="hs-link-site_logo"><img src="/hubfs/northway-logo.svg" alt="Northway Private Hire"></a>',
)}</div>
<div class="header__menu">${hw(
  'navigation-primary',
  'widget',
  `<nav aria-label="Main menu" class="navigation-primary"><ul
class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav>`,
)}</div>
<div class="header__search">${hw(
  'site_search',
  'widget',
  '<div class="hs-search-field"><form action="/hs-search-results"><label for="term" class="show-for-sr">Search</label>' +
    '<input type="text" class="hs-search-field__input" name="term"></form></div>',
)}</div>
</div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
class="blog-post">
<h1>${hw('name', 'meta_field', hTitle)}</h1><div class="blog-post__meta"><a href="https://www.northwayph.example/blog/author/deb-halloran">Deb Halloran</a>
<time datetime="2026-03-09 10:00:00" class="blog-post__timestamp">March 9, 2026</time></div>
<div class="blog-post__body">${hw('post_body', 'meta_field', hParas.map((p, i) => (hHead.includes(i) ? `<h2>${p}</h2>` : `<p>${p}</p>`)).join('\n'))}</div>
<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-184"><a href="/cta/redirect/4412/184" class="cta_button">Start your application</a></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 24 24" aria-hidden="true"><g></g></svg>${hTags
  .map((t) => `<a class="blog-post__tag-link" href="https://www.northwayph.example/blog/tag/${t.toLowerCase()}" rel="tag">${t}</a>`)
  .join(',\n')}</div></article>
<section class="blog-comments">${hw(
  'blog_comments',
  'widget',
  `<div class="section post-footer"><div id="comments-listing" class="new-comments">
${hComments
  .map(
    ([
      n,
      d,
      c,
    ]) => `<div class="comment"><div class="comment-from"><h4>${n}</h4></div><div class="comment-date">${d}</div><div class="comment-body"><p>${c}</p></div>
<div class="comment-reply-to"><a href="#">Reply to ${n}</a></div></div>`,
  )
  .join('\n')}</div>
<div id="hs_form_target_blog_comments"><h3 class="form-title">Leave a comment</h3><form class="hs-form"><div class="hs_firstname hs-form-field"><label>First
name</label>
<input name="firstname" type="text"></div><div class="hs_email hs-form-field"><label>Email</label><input name="email" type="email"></div><div
class="hs_comment hs-form-field">
<label>Comment</label><textarea name="comment"></textarea></div><input type="submit" class="hs-button primary large"
value="Submit Comment"></form></div></div>`,
)}</section>
</div></div></main>
<div data-global-resource-path="northway-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
${hw('footer_rich_text', 'widget', '<p>Northway Private Hire Ltd · 2 Foundry Street, Kelsall KL3 9BE · Operator licence 00712</p>')}
${hw('footer_copyright', 'widget', '<p>© 2026 Northway Private Hire. All rights reserved.</p>')}</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" data-hs-banner-version="1"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>${hCookie}</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-settings-button">Cookie
settings</div>
<div id="hs-eu-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a>
</div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="//js.hs-scripts.com/4412.js"></script></body></html>`;
const hubspotDrivers: TestPage = {
  name: 'heldout581-hubspot-become-driver',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHead.map((i) => hParas[i] ?? ''),
  body: hParas.filter((_, i) => !hHead.includes(i)),
  bylines: ['Deb Halloran', 'March 9, 2026', ...hComments.flatMap(([n, d]) => [n, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search', 'Start your application', 'Recruitment', ...hComments.flatMap(([n, , c]) => [c, `Reply to ${n}`]),
    'Leave a comment', 'First name', 'Email', 'Comment', 'Northway Private Hire Ltd · 2 Foundry Street, Kelsall KL3 9BE · Operator licence 00712',
    '© 2026 Northway Private Hire. All rights reserved.', texts([hCookie])[0] ?? '', 'Cookie settings', 'Accept', 'Decline',
  ],
};

export const HELDOUT581_E: readonly TestPage[] = [nextHelp, hubspotDrivers];
