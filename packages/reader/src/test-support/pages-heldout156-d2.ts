import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 156, file d2: an Auth0 documentation page as saved (the docs header with its section tabs, search with
 * "Ctrl K", "Ask AI", "Sign Up" and "Log In", the left navigation, breadcrumbs, a plan-availability callout and a warning
 * callout inside the article, the article's own "Learn more" list, the "Was this helpful?" widget, the "On this page"
 * rail, the OneTrust banner and the Okta footer).
 */
const a0Title = 'Configure Suspicious Sign-up Throttling';
const a0Avail =
  'Suspicious sign-up throttling is available on Enterprise plans and with the Attack Protection add-on. To learn more, ' +
  'read <a href="https://auth0.com/pricing">Auth0 Pricing</a>.';
const a0Intro = [
  'Automated sign-up attacks create large numbers of fake accounts in a short time, usually to abuse free trials, collect ' +
    'referral credits or prepare for later credential attacks. Suspicious sign-up throttling watches the rate of new ' +
    'sign-ups coming from each IP address and slows down sources that create accounts faster than a person plausibly could.',
  'Throttling applies to database connections and passwordless connections. Sign-ups through social and enterprise ' +
    'connections are not counted, because the identity provider has already verified the user.',
];
const a0H1 = 'How throttling works';
const a0P1 = [
  'Each IP address starts with a budget of sign-up attempts. Every attempt uses one unit of the budget, and the budget ' +
    'refills at a steady rate. When an address runs out, further sign-ups from it are rejected with a ' +
    '<code>too_many_attempts</code> error until the budget refills.',
  'By default, an IP address can make 50 sign-up attempts before it is throttled, and one attempt is restored every 1.2 ' +
    'seconds. You can change both values to suit your traffic.',
];
const a0H2 = 'Configure throttling in the Dashboard';
const a0Steps = [
  'Go to <strong>Dashboard &gt; Security &gt; Attack Protection</strong> and select <strong>Suspicious IP Throttling</strong>.',
  'In the <strong>Sign-up throttling</strong> section, turn on <strong>Enable</strong>.',
  'Set <strong>Maximum attempts</strong> to the number of sign-ups one IP address may make before being throttled.',
  'Set <strong>Refill rate</strong> to how often one attempt is restored.',
  'Under <strong>Response</strong>, choose whether to block throttled requests or send an email to your tenant administrators.',
  'Select <strong>Save</strong>.',
];
const a0Warn =
  'If many of your users sign up from behind a shared network address, such as a university or an office proxy, a low ' +
  'limit can block legitimate sign-ups. Add those addresses to the allowlist before lowering the limit.';
const a0H3 = 'Allow trusted IP addresses';
const a0P3 = [
  'Addresses on the allowlist are never throttled. Enter single IP addresses or CIDR ranges, one per line, in the ' +
    '<strong>Allowlist</strong> field on the same page. The allowlist is shared with brute-force protection, so an address you ' +
    'add here is trusted by both features.',
];
const a0H4 = 'Monitor throttling events';
const a0P4 = [
  'Each throttled attempt is recorded in your tenant logs with the event code <code>limit_sul</code>. Stream these events to ' +
    'your monitoring tool to see which addresses are being throttled, and raise the limit if you notice real users among them.',
];
const a0H5 = 'Learn more';
const a0More = ['Attack Protection', 'Brute-Force Protection', 'Breached Password Detection', 'Log Event Type Codes'];
const a0Tabs = ['Get Started', 'Authenticate', 'Manage Users', 'Customize', 'Secure', 'Deploy and Monitor', 'Libraries', 'APIs'];
const a0Side = ['Security Center', 'Multi-Factor Authentication', 'Bot Detection', 'Suspicious IP Throttling', 'Tokens', 'Security Guidance'];
const a0Crumbs = ['Docs', 'Secure', 'Attack Protection'];
const a0Foot: [string, string[]][] = [
  ['Developers', ['Quickstarts', 'Community', 'Blog', 'Changelog', 'Status']],
  ['Company', ['About Okta', 'Careers', 'Contact Sales']],
  ['Legal', ['Privacy Policy', 'Terms of Service', 'Your Privacy Choices', 'Cookie Preferences']],
];
const a0Cookie =
  'This website uses cookies and similar technologies to enhance your experience, analyze site traffic and personalize ' +
  'content. By clicking “Accept”, you agree to our use of cookies.';
const a0Html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${a0Title} - Auth0 Docs</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Throttle sign-ups from suspicious IP addresses.">
<meta property="og:title" content="${a0Title}"><meta property="og:site_name" content="Auth0 Docs"><meta name="docsearch:language" content="en">
<link rel="canonical" href="https://auth0.com/docs/secure/attack-protection/suspicious-ip-throttling/signup-throttling">
<link rel="stylesheet" href="https://cdn.auth0.example/website/docs-v2/_next/static/css/0b1e4.css">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="auth0-docs"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${a0Title}","dateModified":"2025-08-21"}</script></head>
<body><div id="__next"><header class="Header_header__k2" role="banner"><a class="Header_logo__f1" href="https://auth0.com/docs">
<span class="sr-only">Auth0</span><span class="Header_docs__9x">Docs</span></a>
<nav class="Header_tabs__d3" aria-label="Sections"><ul>${links(a0Tabs, 'Header_tab__a7')}</ul></nav>
<button class="Search_trigger__q1" type="button">Search<kbd>Ctrl K</kbd></button><button class="Header_ai__b0">Ask AI</button>
<a class="Header_signup__c4" href="https://auth0.com/signup">Sign Up</a><a class="Header_login__e5" href="https://manage.auth0.com/">Log In</a></header>
<div class="Layout_grid__r8"><nav class="Sidebar_root__m2" aria-label="Secure"><p class="Sidebar_title__h6">Secure</p>
<ul>${links(a0Side, 'Sidebar_item__u3')}</ul></nav>
<main class="Layout_main__p9" id="main-content"><nav class="Breadcrumbs_root__w4" aria-label="Breadcrumbs"><ol>
${a0Crumbs.map((t, i) => `<li><a href="/docs/${i}">${t}</a></li>`).join('\n')}</ol></nav>
<article class="Article_root__z1"><h1 class="Article_title__y2">${a0Title}</h1>
<div class="Callout_root__n1 Callout_info__x3" role="note"><p>${a0Avail}</p></div>
${a0Intro.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="how-throttling-works">${a0H1}</h2>
${a0P1.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="configure-throttling-in-the-dashboard">${a0H2}</h2>
<ol>${a0Steps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<div class="Callout_root__n1 Callout_warning__t5" role="note"><p>${a0Warn}</p></div>
<h2 id="allow-trusted-ip-addresses">${a0H3}</h2>
<p>${a0P3[0]}</p>
<h2 id="monitor-throttling-events">${a0H4}</h2>
<p>${a0P4[0]}</p>
<h2 id="learn-more">${a0H5}</h2>
<ul>${a0More.map((t) => `<li><a href="/docs/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('\n')}</ul>
</article>
<div class="Feedback_root__j8"><p class="Feedback_question__g2">Was this helpful?</p><button class="Feedback_btn__s1">Yes</button>
<button class="Feedback_btn__s1">No</button><p class="Feedback_thanks__v7" hidden>Thanks for your feedback!</p></div></main>
<aside class="Toc_root__l5"><p class="Toc_title__o4">On this page</p><ul><li><a href="#how-throttling-works">${a0H1}</a></li>
<li><a href="#configure-throttling-in-the-dashboard">${a0H2}</a></li><li><a href="#allow-trusted-ip-addresses">${a0H3}</a></li>
<li><a href="#monitor-throttling-events">${a0H4}</a></li><li><a href="#learn-more">${a0H5}</a></li></ul></aside></div>
<footer class="Footer_root__i6" role="contentinfo"><p class="Footer_brand__k9">Auth0 by Okta</p>
${a0Foot.map(([h, l]) => `<div><h2>${h}</h2><ul>${links(l)}</ul></div>`).join('\n')}
<p class="Footer_copy__c8">© 2025 Okta, Inc. All Rights Reserved.</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>${a0Cookie}</p><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-accept-btn-handler">Accept</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"page":"/docs/[...slug]","buildId":"k1v9dQ2"}</script></body></html>`;
export const auth0Page: TestPage = {
  html: a0Html,
  name: 'heldout156-auth0-docs',
  kind: 'docs',
  // the plan-availability callout at the top of the article is furniture, the warning callout body; the article's own
  // "Learn more" section (heading and link list) is gold; "Attack Protection" (a crumb) repeats a Learn more item and is
  // left out of furniture, "Sign Up" is two words of the title; the "On this page" links repeat the headings and are left out
  title: a0Title,
  headings: [a0H1, a0H2, a0H3, a0H4, a0H5],
  body: texts([...a0Intro, ...a0P1, ...a0Steps, a0Warn, ...a0P3, ...a0P4, ...a0More]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Docs', ...a0Tabs, 'Search', 'Ctrl K', 'Ask AI', 'Log In', ...a0Side, texts([a0Avail])[0] ?? '', 'Was this helpful?', 'Yes', 'No',
    'Thanks for your feedback!', 'On this page', 'Auth0 by Okta', ...a0Foot.flatMap(([h, l]) => [h, ...l]), '© 2025 Okta, Inc. All Rights Reserved.',
    a0Cookie, 'Cookie Settings', 'Accept',
  ],
};
