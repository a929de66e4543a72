import type { TestPage } from './page-kit.js';
import { j, page, type Sec, secBody, secHeads, secHtml } from './pages-heldout466-kit.js';

/**
 * Held-out batch 466, file a: a SaaS privacy policy on Webflow (rich text block, legal side menu, Finsweet cookie banner) and
 * a mobile app's EULA on a Next.js App Router site (Tailwind prose column).
 */
const wTitle = 'Privacy Policy';
const wIntro = j(
  'Tallyloom Inc. ("Tallyloom", "we", "us") makes shift-scheduling software for restaurants and clinics. This policy explains what',
  'personal data we collect when you use our website, our web app and our mobile apps, why we collect it and what choices you have.',
);
const wSecs: Sec[] = [
  {
    h: '1. Information we collect',
    p: [
      j(
        'We collect information you give us when you create an account, such as your name, work email address, phone number and the',
        'name of your business. If you are an employee invited by your manager, your employer gives us your name and contact details.',
      ),
      'We also collect information automatically when you use the service:',
    ],
    ul: [
      'log data, such as your IP address, browser type and the pages you visit;',
      'device data, such as the model and operating system of your phone;',
      'schedule data, such as the shifts you are assigned, swap requests and time-off requests;',
      'approximate location when you clock in, if your employer has turned on geofenced clock-in.',
    ],
  },
  {
    h: '2. How we use your information',
    p: [
      j(
        'We use your information to run and improve the service, to send you schedules and reminders, to answer support requests,',
        'to keep the service secure and to bill your employer. We do not sell your personal data and we do not use schedule data to',
        'show you advertising.',
      ),
      j(
        'Where the law requires a legal basis, we rely on the performance of our contract with your employer, on our legitimate',
        'interest in running a secure and reliable service, and, for marketing emails, on your consent.',
      ),
    ],
  },
  {
    h: '3. Sharing',
    p: [
      j(
        'We share personal data with service providers who host our infrastructure, send text messages and process payments on',
        'our behalf. They may only use it to provide their services to us. We share schedule data with your employer and, when you',
        'post a shift swap, with the co-workers who can see that shift.',
      ),
      'We may disclose information if the law requires it, or to protect the rights and safety of our users.',
    ],
  },
  {
    h: '4. Retention',
    p: [
      j(
        'We keep account data for as long as your employer has an active subscription. When a subscription ends, we delete',
        'schedule data after 90 days and log data after 12 months, unless we must keep it longer to meet a legal obligation.',
      ),
    ],
  },
  {
    h: '5. Your rights',
    p: [
      j(
        'Depending on where you live, you may have the right to access, correct, delete or export your personal data, and to object',
        'to some uses of it. If your employer manages your account, we will usually pass your request to them. You can also write to',
        'us at <a href="mailto:privacy@tallyloom.io">privacy@tallyloom.io</a>.',
      ),
    ],
  },
  {
    h: '6. International transfers',
    p: [
      j(
        'Tallyloom is based in Canada and our servers are in Canada and the European Union. When we transfer data from the European',
        'Economic Area or the United Kingdom to other countries, we use the Standard Contractual Clauses approved by the European Commission.',
      ),
    ],
  },
  {
    h: '7. Changes and contact',
    p: [
      j(
        'We will post any changes to this policy on this page and, if the changes are significant, notify account owners by email',
        'at least 30 days before they take effect. Questions about this policy can be sent to our Data Protection Officer, Tallyloom Inc.,',
        '410 Lenfield Avenue, Suite 9, Halvern, Ontario.',
      ),
    ],
  },
];
const wNav = ['Product', 'Pricing', 'Customers', 'Resources'];
const wLegal = ['Terms of Service', 'Privacy Policy', 'Cookie Policy', 'Subprocessors', 'Security'];
const wFootCols = ['Scheduling', 'Time clock', 'Team chat', 'Payroll export', 'About', 'Careers', 'Blog', 'Help center'];
const wCookie = 'We use cookies to analyse traffic and improve your experience. You can change your preferences at any time.';
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 03 2026 14:02:11 GMT+0000 -->
<html data-wf-domain="www.tallyloom.io" data-wf-page="65f1c0a7e2b1d40012ab77c3" data-wf-site="65f1c0a7e2b1d40012ab7790" lang="en"><head>
<meta charset="utf-8"><title>Privacy Policy | Tallyloom</title><meta content="How Tallyloom collects and uses personal data." name="description">
<meta content="Privacy Policy | Tallyloom" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65f1c0a7e2b1d40012ab7790/css/tallyloom.webflow.shared.css"
rel="stylesheet" type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">${wCookie}</div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div class="page-wrapper"><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar_component w-nav">
<div class="navbar_container"><a href="/" aria-current="page" class="navbar_logo-link w-nav-brand">
<img src="https://assets-global.website-files.com/65f1c0a7e2b1d40012ab7790/logo.svg"
loading="lazy" alt="Tallyloom" class="navbar_logo"></a><nav role="navigation" class="navbar_menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase()}" class="navbar_link w-nav-link">${t}</a>`).join('\n')}
<div class="navbar_menu-buttons"><a href="https://app.tallyloom.io/login" class="button is-secondary w-button">Log in</a>
<a href="/signup" class="button w-button">Start free trial</a></div></nav>
<div class="navbar_menu-button w-nav-button"><div class="menu-icon"></div></div></div></div>
<main class="main-wrapper"><section class="section_legal"><div class="padding-global"><div class="container-large"><div class="legal_component">
<div class="legal_sidebar"><div class="text-size-small text-weight-semibold">Legal</div><div class="legal_menu">
${wLegal.map((t) => `<a href="/legal/${t.toLowerCase().replace(/ /g, '-')}" class="legal_menu-link${t === wTitle ? ' w--current' : ''}">${t}</a>`).join('\n')}
</div></div><div class="legal_content"><div class="margin-bottom margin-small"><h1 class="heading-style-h2">${wTitle}</h1></div>
<div class="text-size-small text-color-grey">Last updated: March 2, 2026</div>
<div class="legal_rich-text w-richtext"><p>${wIntro}</p>
${secHtml(wSecs)}
</div></div></div></div></div></section>
<section class="section_cta"><div class="padding-global"><div class="container-small"><h2>Ready to stop building schedules in spreadsheets?</h2>
<p class="text-size-medium">Start a 14-day free trial. No credit card needed.</p>
<a href="/signup" class="button w-button">Start free trial</a></div></div></section></main>
<footer class="footer_component"><div class="padding-global"><div class="footer_top-wrapper"><div class="footer_left-wrapper">
<div class="text-size-small">Scheduling that your team will actually use.</div></div><div class="footer_menu-wrapper">
${wFootCols.map((t) => `<a href="#" class="footer_link">${t}</a>`).join('\n')}</div></div>
<div class="footer_bottom-wrapper"><div class="footer_credit-text">© 2026 Tallyloom Inc. All rights reserved.</div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1c0a7e2b1d40012ab7790" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f1c0a7e2b1d40012ab7790/js/webflow.4c1a0b2e.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = page({
  name: 'heldout466-webflow-saas-privacy',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: secHeads(wSecs),
  body: [wIntro, ...secBody(wSecs)],
  bylines: ['Last updated: March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    wCookie, 'Preferences', 'Deny', 'Accept', ...wNav, 'Log in', 'Start free trial', 'Legal', ...wLegal.filter((t) => t !== wTitle),
    'Ready to stop building schedules in spreadsheets?', 'Start a 14-day free trial. No credit card needed.', 'Scheduling that your team will actually use.',
    ...wFootCols, '© 2026 Tallyloom Inc. All rights reserved.',
  ],
});

const nTitle = 'End User License Agreement';
const nDek = 'For the Driftnote app on iOS, Android and macOS';
const nSecs: Sec[] = [
  {
    h: 'License grant',
    p: [
      j(
        'Subject to this Agreement, Driftnote Labs grants you a personal, non-exclusive, non-transferable, revocable license to',
        'install and use the app on devices that you own or control, for your own non-commercial use.',
      ),
    ],
  },
  {
    h: 'Restrictions',
    p: ['You may not, and may not allow anyone else to:'],
    ul: [
      'copy, modify or create derivative works of the app;',
      'reverse engineer, decompile or disassemble the app, except where the law expressly allows it;',
      'rent, lease, lend, sell or sublicense the app;',
      'remove any proprietary notices from the app.',
    ],
  },
  {
    h: 'Subscriptions',
    p: [
      j(
        'Driftnote Plus is billed through your device&#39;s app store and renews automatically unless you cancel at least 24 hours',
        'before the end of the current period. Refunds are handled by the store where you bought the subscription.',
      ),
    ],
  },
  {
    h: 'Your content',
    p: [
      j(
        'Notes, voice memos and sketches you create remain yours. You give us permission to store and sync them only so that the',
        'app can work across your devices.',
      ),
    ],
  },
  {
    h: 'Disclaimer and limitation of liability',
    p: [
      j(
        'THE APP IS PROVIDED "AS IS" WITHOUT WARRANTY OF ANY KIND. TO THE EXTENT PERMITTED BY LAW, DRIFTNOTE LABS IS NOT LIABLE FOR',
        'ANY INDIRECT, INCIDENTAL OR CONSEQUENTIAL DAMAGES, AND ITS TOTAL LIABILITY WILL NOT EXCEED THE AMOUNT YOU PAID FOR THE APP',
        'IN THE TWELVE MONTHS BEFORE THE CLAIM.',
      ),
    ],
  },
  {
    h: 'Termination',
    p: [
      j(
        'This license ends automatically if you break any of its terms. When it ends, you must delete the app from your devices.',
        'You can export your notes at any time from Settings before deleting the app.',
      ),
    ],
  },
  {
    h: 'App store terms',
    p: [
      j(
        'This Agreement is between you and Driftnote Labs only, not the operator of the store you downloaded the app from. The store',
        'operator has no obligation to provide maintenance or support for the app, and is a third-party beneficiary of this Agreement.',
      ),
    ],
  },
];
const nNav = ['Features', 'Pricing', 'Changelog', 'Download'];
const nFoot = ['Privacy', 'Terms', 'EULA', 'Press kit', 'Contact'];
const nHtml = `<!DOCTYPE html><html lang="en" class="__variable_3a0388 __variable_c1e5c9"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/6f1c2d0e9a8b7c44.css"
data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-2b6a41f3c9e0d1aa.js"/>
<script src="/_next/static/chunks/fd9d1056-4e2c1b0f7a6d3e21.js" async=""></script><title>EULA — Driftnote</title>
<meta name="description" content="End User License Agreement for the Driftnote app."/><meta property="og:title" content="EULA — Driftnote"/>
<meta name="next-size-adjust"/></head><body class="min-h-screen bg-white font-sans antialiased text-zinc-900">
<header class="sticky top-0 z-40 border-b border-zinc-100 bg-white/80 backdrop-blur"><div class="mx-auto flex h-16 max-w-5xl items-center justify-between px-6">
<a class="flex items-center gap-2 font-semibold" href="/"><img alt="" loading="lazy" width="28" height="28" decoding="async" src="/icon.png"/>Driftnote</a>
<nav class="hidden gap-8 text-sm md:flex">${nNav.map((t) => `<a class="text-zinc-600 hover:text-zinc-900" href="/${t.toLowerCase()}">${t}</a>`).join('')}</nav>
<button class="md:hidden" aria-label="Open menu"><svg width="24" height="24" viewBox="0 0 24 24"><path d="M4 6h16M4 12h16M4 18h16"></path></svg></button>
</div></header><main class="mx-auto max-w-3xl px-6 py-16"><article class="prose prose-zinc max-w-none">
<h1>${nTitle}</h1><p class="lead">${nDek}</p><p class="text-sm text-zinc-500">Effective January 15, 2026</p>
<p>${nPre()}</p>
${secHtml(nSecs)}
</article></main>
<footer class="border-t border-zinc-100"><div class="mx-auto flex max-w-5xl flex-col gap-4 px-6 py-10 text-sm text-zinc-500 md:flex-row md:justify-between">
<p>© 2026 Driftnote Labs</p>
<nav class="flex gap-6">${nFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('')}</nav></div></footer>
<script src="/_next/static/chunks/webpack-2b6a41f3c9e0d1aa.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/6f1c2d0e9a8b7c44.css\\",\\"style\\"]\\n"])</script>
<script>self.__next_f.push([1,"0:[\\"$\\",\\"$L2\\",null,
{\\"buildId\\":\\"kQ3n0vX8c1\\",\\"assetPrefix\\":\\"\\",\\"initialTree\\":[\\"\\",{\\"children\\":[\\"eula\\"]}]}]\\n"])</script>
</body></html>`;
function nPre(): string {
  return j(
    'Please read this End User License Agreement ("Agreement") carefully before downloading or using Driftnote. By installing the app,',
    'you agree to be bound by this Agreement. If you do not agree, do not install or use the app.',
  );
}
const nextjs: TestPage = page({
  name: 'heldout466-nextjs-app-eula',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: secHeads(nSecs),
  body: [nDek, nPre(), ...secBody(nSecs)],
  bylines: ['Effective January 15, 2026'],
  furniture: ['Driftnote', ...nNav, '© 2026 Driftnote Labs', ...nFoot],
});

export const HELDOUT466_A: readonly TestPage[] = [webflow, nextjs];
