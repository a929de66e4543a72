import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 150, file e2: a Mintlify documentation guide of an invented shipping API (the banner, the navbar with
 * logo, "Search..." with its Ctrl K hint, "Ask AI", navbar links and the dashboard button, the tab bar, the sidebar with
 * group headers and its anchors, the page header with eyebrow, h1, "Copy page" and description, headings with zero-width
 * anchors, a callout, a Steps component whose step titles sit in list items, a code group with tabs, a warning callout,
 * the feedback bar, prev/next links, the footer socials with "Powered by Mintlify", and the "On this page" column).
 */
const title = 'Webhooks';
const description = 'Get notified when a shipment changes state instead of polling the API.';
const intro = [
  'Parcelwise sends an HTTPS POST request to your endpoint whenever something happens to a shipment: a label is created, the carrier scans the ' +
    'parcel, delivery fails, or the parcel arrives. Webhooks are the recommended way to keep your order system in sync, because polling the ' +
    'shipments endpoint quickly runs into rate limits once you ship more than a few hundred parcels a day.',
];
const h1 = 'Setting up an endpoint';
const setup = ['You can register up to ten endpoints per account. Each endpoint receives every event type unless you choose a subset.'];
const steps: [string, string][] = [
  ['Create a route in your app', 'Add a route that accepts POST requests with a JSON body and returns a 2xx status within ten seconds.'],
  ['Register the URL', 'In the dashboard, open Developers, then Webhooks, and add the URL. Copy the signing secret shown after saving.'],
  ['Send a test event', 'Use the Send test event button to deliver a sample shipment.delivered event and check your logs.'],
];
const callout = 'Test events carry the header <code>Parcelwise-Test: true</code> so you can keep them out of your production data.';
const h2 = 'Verifying signatures';
const verify = [
  'Every request includes a <code>Parcelwise-Signature</code> header containing a timestamp and an HMAC-SHA256 signature of the timestamp and the ' +
    'raw request body, made with your endpoint’s signing secret. Compute the same signature and compare the two before trusting the payload.',
  'Reject requests whose timestamp is more than five minutes old. This stops an attacker who has captured a genuine request from replaying it later.',
];
const warn =
  'Verify against the raw body exactly as received. Parsing the JSON and serializing it again changes whitespace and key order, and the ' +
  'signature will not match.';
const h3 = 'Retries and ordering';
const retries = [
  'If your endpoint does not answer with a 2xx status, Parcelwise retries with exponential backoff for up to three days: after one minute, five ' +
    'minutes, thirty minutes, and then every few hours. After the last attempt the event is marked as failed and appears in the dashboard, ' +
    'where you can resend it by hand.',
  'Events are not guaranteed to arrive in order. A parcel can be scanned twice in quick succession and the second event may arrive first, so ' +
    'compare the <code>occurred_at</code> field with the state you have stored and ignore events that are older.',
];
const h4 = 'Event types';
const events = [
  '<code>shipment.label_created</code> – a label was bought and the tracking number is known.',
  '<code>shipment.in_transit</code> – the carrier scanned the parcel at a depot or on a vehicle.',
  '<code>shipment.exception</code> – delivery failed or the parcel was held, with a reason code.',
  '<code>shipment.delivered</code> – the carrier reported the parcel as delivered.',
];
const banner = 'Parcelwise is now live in Ireland and Portugal. See the changelog.';
const navLinks = ['Status', 'Support'];
const tabs = ['Guides', 'API Reference', 'SDKs', 'Changelog'];
const anchors = ['Community', 'Blog'];
const groups: [string, string[]][] = [
  ['Get started', ['Introduction', 'Quickstart', 'Authentication']],
  ['Core concepts', ['Shipments', 'Rates', 'Labels', 'Webhooks', 'Idempotency']],
  ['Going live', ['Testing', 'Error handling', 'Go-live checklist']],
];
const plainOf = (s: string): string => s.replace(/<[^>]+>/g, '');
const slug = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const h = (t: string): string => `<h2 class="flex whitespace-pre-wrap group font-semibold" id="${slug(t)}"><div class="absolute"><a href="#${slug(t)}"
class="-ml-10 flex items-center opacity-0 border-0 group-hover:opacity-100" aria-label="Navigate to header">&#8203;<div class="w-6 h-6 text-gray-400
rounded-md flex items-center justify-center zinc-box bg-white ring-1 ring-gray-400/30"><svg xmlns="http://www.w3.org/2000/svg" fill="gray" height="12px"
viewBox="0 0 576 512"><path d="M0 256C0 167.6 71.6 96 160 96h72c13.3 0 24 10.7 24 24s-10.7 24-24 24H160"></path></svg></div></a></div><span
class="cursor-pointer">${t}</span></h2>`;
const callBox = (type: string, color: string, t: string): string => `<div class="callout my-4 px-5 py-4 overflow-hidden rounded-2xl flex gap-3 border
border-${color}-500/20 bg-${color}-50/50 dark:border-${color}-500/30 dark:bg-${color}-500/10" data-callout-type="${type}"><div class="mt-0.5 w-4"
data-component-part="callout-icon"><svg width="14" height="14" viewBox="0 0 14 14" fill="currentColor" class="w-4 h-4"></svg></div><div class="text-sm
prose min-w-0 w-full text-${color}-900 dark:text-${color}-200" data-component-part="callout-content"><p>${t}</p></div></div>`;
const step = ([t, c]: [string, string], i: number): string => `<div role="listitem" class="relative flex items-start pb-5 step-container"><div
class="absolute w-px h-[calc(100%-2.75rem)] top-[2.75rem] bg-gray-200/70 dark:bg-white/10" contenteditable="false" data-component-part="step-line"></div>
<div class="absolute ml-[-13px] py-2" contenteditable="false" data-component-part="step-number"><div class="w-7 h-7 shrink-0 rounded-lg bg-gray-50
dark:bg-white/10 text-xs text-gray-900 dark:text-gray-50 font-semibold flex items-center justify-center">${i + 1}</div></div><div class="w-full
overflow-hidden pl-8 pr-px"><p class="mt-2 font-semibold prose dark:prose-invert text-gray-900 dark:text-gray-200" contenteditable="false"
data-component-part="step-title">${t}</p><div class="mt-1 prose dark:prose-invert" data-component-part="step-content"><p>${c}</p></div></div></div>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const html = `<!DOCTYPE html><html lang="en" class="__variable_inter dark:bg-background-dark" style="--primary:22 163 74"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><title>Webhooks - Parcelwise</title><meta name="description" content="${description}"/>
<meta name="application-name" content="Parcelwise"/><meta name="generator" content="Mintlify"/><meta property="og:title" content="Webhooks - Parcelwise"/>
<meta property="og:image" content="https://parcelwise.mintlify.app/mintlify-assets/_next/image?url=%2F_mintlify%2Fapi%2Fog%3Ftitle%3DWebhooks"/>
<meta name="twitter:card" content="summary_large_image"/><link rel="canonical" href="https://docs.parcelwise.example/guides/webhooks"/>
<link rel="stylesheet" href="/mintlify-assets/_next/static/css/3b2e8d0f51a7c6e4.css" data-precedence="next"/>
<script src="/mintlify-assets/_next/static/chunks/webpack-6c1f2a.js" async=""></script>
<script id="_mintlify-banner-script">(function m(a,b,c,d){try{let e=document.getElementById("banner"),f=e?.innerText;if(!f)return;
let g=localStorage.getItem(a);
document.documentElement.setAttribute(d,g===f?"hidden":"visible")}catch(h){}})("parcelwise-bannerDismissed",null,null,"data-banner-state")</script>
</head><body><div class="relative antialiased text-gray-500 dark:text-gray-400"><span class="fixed inset-0 bg-background-light dark:bg-background-dark -z-10
pointer-events-none"></span>
<div id="banner" class="relative h-10 flex items-center justify-center bg-primary-dark text-white/90 text-sm font-medium"><div class="[&_a]:underline
[&_*]:!my-0"><p>Parcelwise is now live in Ireland and Portugal. See the <a href="/changelog">changelog</a>.</p></div><button class="absolute right-4"
aria-label="Dismiss banner"><svg class="h-4 w-4"></svg></button></div>
<div id="navbar" class="z-30 fixed lg:sticky top-0 w-full peer is-not-custom peer is-not-center peer is-not-wide peer"><div id="navbar-transition"
class="absolute w-full h-full backdrop-blur flex-none transition-colors duration-500 border-b border-gray-500/5"></div><div class="max-w-8xl mx-auto
relative"><div class="relative"><div class="flex items-center lg:px-12 h-16 min-w-0 mx-4 lg:mx-0"><div class="h-full relative flex-1 flex items-center
gap-x-4 min-w-0 border-b border-gray-500/5"><div class="flex-1 flex items-center gap-x-4"><a class="" href="/"><span class="sr-only">Parcelwise home
page</span><img class="nav-logo w-auto h-7 relative object-contain block dark:hidden"
src="https://mintlify.s3.us-west-1.amazonaws.com/parcelwise/logo/light.svg"
alt="light logo"/><img class="nav-logo w-auto h-7 relative object-contain hidden dark:block"
src="https://mintlify.s3.us-west-1.amazonaws.com/parcelwise/logo/dark.svg"
alt="dark logo"/></a></div><div class="relative hidden lg:flex items-center flex-1 z-20 gap-2.5"><button type="button" id="search-bar-entry"
class="flex pointer-events-auto rounded-xl w-full items-center text-sm leading-6 h-9 pl-3.5 pr-3 text-gray-500 bg-background-light ring-1 ring-gray-400/20"
aria-label="Open search"><svg class="h-4 w-4 ml-1.5 flex-none"></svg><div class="truncate min-w-0">Search...</div><span class="flex-none text-xs
font-semibold ml-auto">Ctrl K</span></button><button type="button" id="assistant-entry" class="flex-none hidden lg:flex items-center justify-center gap-1.5
pl-3 pr-3.5 h-9 rounded-xl shadow-sm bg-white ring-1 ring-gray-400/20" aria-label="Toggle assistant panel"><svg class="w-4 h-4"></svg><span class="text-sm
text-gray-500 whitespace-nowrap">Ask AI</span></button></div><div class="flex-1 relative hidden lg:flex items-center ml-auto justify-end space-x-4"><nav
class="text-sm"><ul class="flex space-x-6 items-center">${navLinks
  .map(
    (t) =>
      `<li class="navbar-link"><a href="https://${slug(t)}.parcelwise.example" class="flex items-center gap-1.5 whitespace-nowrap font-medium">${t}</a></li>`,
  )
  .join('')}<li class="block lg:hidden"><a class="flex items-center gap-1.5 whitespace-nowrap font-medium"
href="https://dashboard.parcelwise.example">Dashboard</a></li>
<li class="whitespace-nowrap hidden lg:flex" id="topbar-cta-button"><a target="_blank" class="group px-4 py-1.5 relative inline-flex items-center text-sm
font-medium" href="https://dashboard.parcelwise.example"><span class="absolute inset-0 bg-primary-dark rounded-xl"></span><div class="mr-0.5 space-x-2.5
flex items-center"><span class="z-10 text-white">Dashboard</span><svg class="h-3 z-10"></svg></div></a></li></ul></nav></div></div></div></div>
<div class="hidden lg:flex px-12 h-12"><div class="nav-tabs h-full flex text-sm gap-x-6">${tabs
  .map(
    (t, i) => `<a class="link nav-tabs-item group relative h-full gap-2 flex items-center font-medium${i === 0 ? ' text-gray-800 font-semibold' : ''}"
href="/${slug(t)}">${t}<div class="absolute bottom-0 h-[1.5px] w-full${i === 0 ? ' bg-primary' : ''}"></div></a>`,
  )
  .join('')}</div></div></div></div></div>
<div class="peer-[.is-custom]:max-w-none peer-[.is-center]:max-w-3xl max-w-8xl mx-auto lg:px-8"><div class="z-20 hidden lg:block fixed bottom-0 right-auto
w-[18rem]" id="sidebar" style="top:7rem"><div class="absolute inset-0 z-10 stable-scrollbar-gutter overflow-auto pr-8 pb-10" id="sidebar-content"><div
class="relative lg:text-sm lg:leading-6"><div class="sticky top-0 h-8 z-10 bg-gradient-to-b from-background-light"></div><div id="navigation-items">
<ul class="list-none">${anchors
  .map(
    (t) => `<li class="list-none"><a href="https://parcelwise.example/${slug(t)}" class="ml-4 group flex items-center lg:text-sm lg:leading-6 mb-5
sm:mb-4 font-medium"><div class="mr-4 rounded-md p-1"><svg class="h-4 w-4"></svg></div>${t}</a></li>`,
  )
  .join('')}</ul>
${groups
  .map(
    ([g, items]) => `<div class="mt-12 lg:mt-8"><div class="sidebar-group-header flex items-center gap-2.5 pl-4 mb-3.5 lg:mb-2.5"><h5 id="sidebar-title"
class="font-semibold text-gray-900 dark:text-gray-200">${g}</h5></div><ul id="sidebar-group" class="sidebar-group space-y-px">${items
      .map(
        (t) => `<li id="/guides/${slug(t)}" class="relative scroll-m-4 first:scroll-m-20" data-title="${t}"><a class="group flex items-center pr-3 py-1.5
cursor-pointer gap-x-3 text-left rounded-xl w-full outline-offset-[-1px]${t === title ? ' bg-primary/10 text-primary font-semibold' : ' hover:bg-gray-600/5'}"
style="padding-left:1rem" href="/guides/${slug(t)}"><div class="">${t}</div></a></li>`,
      )
      .join('')}</ul></div>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="flex flex-row-reverse gap-12 box-border w-full pt-40 lg:pt-10"><div
class="hidden xl:flex self-start sticky xl:flex-col max-w-[28rem] h-[calc(100vh-9.5rem)]
top-[9rem]"><div class="z-10 hidden xl:flex pl-10 box-border w-[19rem]" id="table-of-contents"><div class="text-gray-600 text-sm leading-6 w-[16.5rem]
overflow-y-auto space-y-2 pb-4 -mt-10 pt-10" id="table-of-contents-content"><div class="text-gray-700 dark:text-gray-300 font-medium flex items-center
space-x-2"><svg width="16" height="16" viewBox="0 0 16 16" class="h-3 w-3"></svg><span>On this page</span></div><ul class="toc">${[h1, h2, h3, h4]
  .map((t) => `<li class="toc-item relative" data-depth="0"><a href="#${slug(t)}" class="py-1 block font-medium hover:text-gray-900">${t}</a></li>`)
  .join('')}</ul></div></div></div>
<div class="relative grow box-border flex-col w-full mx-auto px-1 lg:pl-[23.7rem] lg:-ml-12 xl:w-[calc(100%-28rem)]" id="content-area"><header
id="header" class="relative"><div class="mt-0.5 space-y-2.5"><div class="eyebrow h-5 text-primary dark:text-primary-light text-sm font-semibold">Core
concepts</div><div class="flex flex-col sm:flex-row items-start sm:items-center relative gap-2"><h1 id="page-title" class="inline-block text-2xl sm:text-3xl
font-bold text-gray-900 tracking-tight dark:text-gray-200">${title}</h1><div id="page-context-menu" class="items-center shrink-0 min-w-[156px] justify-end
ml-auto sm:flex hidden"><button id="page-context-menu-button" class="rounded-l-xl px-3 text-gray-700 py-1.5 border border-gray-200 flex items-center
gap-2 text-sm"><svg class="w-4 h-4"></svg><span>Copy page</span></button></div></div></div><div class="mt-2 text-lg prose prose-gray
dark:prose-invert"><p>${description}</p></div></header>
<div class="mdx-content relative mt-8 prose prose-gray dark:prose-invert" data-page-title="${title}" data-page-href="/guides/webhooks" id="content">
${ps(intro)}
${h(h1)}
${ps(setup)}
<div role="list" class="steps ml-3.5 mt-10 mb-6">${steps.map(step).join('\n')}</div>
${callBox('info', 'sky', callout)}
${h(h2)}
${ps(verify)}
<div class="code-group mt-5 mb-8 not-prose rounded-2xl relative text-gray-50 bg-codeblock-light ring-1 ring-gray-900/10"><div class="flex text-xs
leading-6 rounded-t-2xl border-b border-gray-900/80 bg-[#0F1117]"><div class="flex overflow-x-auto"><button class="relative py-2 px-4 font-medium
text-primary-light">Node.js</button><button class="relative py-2 px-4 font-medium text-gray-400">Python</button></div></div><div class="flex
max-h-full"><pre class="language-javascript"><code class="language-javascript"><span class="token keyword">const</span> expected <span
class="token operator">=</span> crypto<span class="token punctuation">.</span><span class="token function">createHmac</span>(<span class="token
string">"sha256"</span>, secret)
  .<span class="token function">update</span>(<span class="token template-string">\`\${timestamp}.\${rawBody}\`</span>)
  .<span class="token function">digest</span>(<span class="token string">"hex"</span>);</code></pre></div></div>
${callBox('warning', 'amber', warn)}
${h(h3)}
${ps(retries)}
${h(h4)}
<ul>${events.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div>
<div class="feedback-toolbar pb-16 w-full flex flex-col gap-y-8"><div class="flex flex-col sm:flex-row gap-3 justify-between"><div class="flex items-center
gap-2"><p class="text-sm text-gray-600 dark:text-gray-400">Was this page helpful?</p><button class="px-3.5 py-1.5 flex flex-row gap-3 items-center
rounded-xl border text-sm"><svg class="w-3.5 h-3.5"></svg><small class="text-sm font-normal">Yes</small></button><button class="px-3.5 py-1.5 flex
flex-row gap-3 items-center rounded-xl border text-sm"><svg class="w-3.5 h-3.5"></svg><small class="text-sm font-normal">No</small></button></div><div
class="flex gap-3"><a href="https://github.com/parcelwise/docs/edit/main/guides/webhooks.mdx" class="h-fit flex items-center gap-2 text-sm"><svg
class="h-3.5 w-3.5"></svg><small class="text-sm">Suggest edits</small></a><a href="https://github.com/parcelwise/docs/issues/new?title=Issue on docs"
class="h-fit flex items-center gap-2 text-sm"><svg class="h-3.5 w-3.5"></svg><small class="text-sm">Raise issue</small></a></div></div>
<div class="leading-6 flex gap-12 text-sm"><a class="flex items-center space-x-3 group" href="/guides/labels"><svg class="h-1.5 stroke-gray-400
overflow-visible rotate-180"></svg><span class="group-hover:text-gray-900">Labels</span></a><a class="flex items-center ml-auto space-x-3 group"
href="/guides/idempotency"><span class="group-hover:text-gray-900">Idempotency</span><svg class="h-1.5 stroke-gray-400 overflow-visible"></svg></a></div></div>
<footer id="footer" class="flex gap-12 justify-between pt-10 border-t border-gray-100 sm:flex mb-10"><div class="flex gap-6 flex-wrap"><a
href="https://x.com/parcelwise" target="_blank" class="h-fit"><span class="sr-only">x</span><svg class="w-5 h-5"></svg></a><a
href="https://github.com/parcelwise" target="_blank" class="h-fit"><span class="sr-only">github</span><svg class="w-5 h-5"></svg></a><a
href="https://www.linkedin.com/company/parcelwise" target="_blank" class="h-fit"><span class="sr-only">linkedin</span><svg class="w-5 h-5"></svg></a></div>
<div class="flex items-center justify-between"><a href="https://mintlify.com?utm_campaign=poweredBy&amp;utm_medium=referral&amp;utm_source=parcelwise"
target="_blank" rel="noreferrer" class="group flex items-baseline gap-1 text-sm text-gray-400"><span>Powered by Mintlify</span></a></div></footer>
</div></div></div></div>
<script>self.__next_f.push([1,"0:[\\"$\\",\\"$L1\\",null,{\\"subdomain\\":\\"parcelwise\\"}]\\n"])</script>
</body></html>`;

export const mintlifyPage: TestPage = {
  html,
  name: 'heldout150-mintlify-guide-docs',
  kind: 'docs',
  // the description under the h1 and the callout texts are body; each step's title and text are body (the titles are
  // <p> elements in list items, not headings), the step numbers in neither list; code tab labels are in neither list;
  // the eyebrow ("Core concepts") is furniture like its sidebar group; "On this page" entries repeat the headings and
  // are left out
  title,
  headings: [h1, h2, h3, h4],
  body: [description, ...intro, ...setup, ...steps.flat(), callout, ...verify, warn, ...retries, ...events].map(plainOf),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    banner, 'Parcelwise home page', 'Search...', 'Ctrl K', 'Ask AI', ...navLinks, 'Dashboard', ...tabs, ...anchors,
    ...groups.flatMap(([g, i]) => [g, ...i]).filter((t) => t !== title), 'Copy page', 'Was this page helpful?', 'Yes', 'No', 'Suggest edits',
    'Raise issue', 'x', 'github', 'linkedin', 'Powered by Mintlify', 'On this page',
  ],
};
