import { links, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout711-kit.js';

/**
 * Held-out batch 711, file d: the release notes of a car maker's vehicle software on a developer site built with Mintlify
 * (banner, top bar with search and "Ask AI", tabs, sidebar, eyebrow and description, `<Update>` blocks with label and
 * description, a warning callout, a titled code block, "On this page", the feedback bar and pagination), and a method reference
 * page for an in-car web API on a developer documentation site running MDN's Yari template (baseline indicator, secure-context
 * notecard, syntax and example code blocks, `<dl>` parameters, a specifications table, a browser compatibility table with its
 * legend, "See also", the metadata aside and the footer).
 */
type Update = { label: string; desc: string; intro: string; parts: [string, string[]][] };
const vTitle = 'Vehicle OS release notes';
const vDesc = 'Changes to the software that runs on Veltra vehicles, newest first. Updates roll out over the air in stages.';
const vUpdates: Update[] = [
  {
    label: 'v2027.10.2',
    desc: 'March 9, 2027',
    intro: 'A small fix release for vehicles on 2027.10. It is rolling out to all regions this week.',
    parts: [
      [
        'Fixes',
        [
          'Scheduled charging now starts on time when the departure time is set for the next day and the vehicle is in a different time zone.',
          'Phones paired over Bluetooth reconnect after the vehicle wakes from deep sleep.',
          'The range estimate no longer drops by up to 15 km for a few seconds after the climate system is switched on.',
        ],
      ],
    ],
  },
  {
    label: 'v2027.10',
    desc: 'February 24, 2027',
    intro: j(
      'Vehicle OS 2027.10 adds a rebuilt trip planner and driver profiles that follow the key card. It also changes how the',
      'vehicle reports its charge state to the Fleet API.',
    ),
    parts: [
      [
        'Trip planner',
        [
          j(
            'The trip planner now uses live charger availability and the weather along the route, and plans for a minimum arrival',
            'charge that you can set between 5 and 30 per cent. Routes are recalculated if a planned charger goes offline.',
          ),
        ],
      ],
      [
        'Driver profiles',
        [
          j(
            'Up to six driver profiles can now be linked to key cards. Seat, mirror, steering and climate settings follow the card, and',
            'each profile keeps its own favourite destinations.',
          ),
        ],
      ],
      [
        'Fleet API changes',
        [
          j(
            'The charge state reported to the Fleet API now includes the charging limit and the estimated time to reach it. The old',
            'battery_level field is replaced by state_of_charge, which is reported with one decimal place:',
          ),
        ],
      ],
    ],
  },
  {
    label: 'v2027.8.4',
    desc: 'February 3, 2027',
    intro: 'Improvements to driver assistance and charging in cold weather.',
    parts: [
      [
        'Improvements',
        [
          'Battery preconditioning starts automatically when a fast charger is set as the destination and the outside temperature is below 5°C.',
          'Lane keeping is smoother on gentle motorway curves.',
          'The rear camera view opens about 0.4 seconds faster when reverse is selected.',
        ],
      ],
    ],
  },
];
const vWarn = j(
  'The battery_level field will be removed in Vehicle OS 2027.14. Update your integrations to read state_of_charge before then.',
  'Both fields are sent until that release.',
);
const vCode = ['{', '  "state_of_charge": 72.4,', '  "charge_limit": 80,', '  "minutes_to_limit": 38,', '  "battery_level": 72', '}'];
const vTabs = ['Guides', 'API Reference', 'Changelog'];
const vSide: [string, string[]][] = [
  ['Changelog', ['Vehicle OS', 'Fleet API', 'Mobile app']],
  ['Resources', ['Release schedule', 'Support policy']],
];
const vSlug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const vHead = (t: string, tag: 'h3'): string => `<${tag} class="flex whitespace-pre-wrap group font-semibold" id="${vSlug(t)}"><div class="absolute"
tabindex="-1"><a href="#${vSlug(t)}" class="-ml-10 flex items-center opacity-0 border-0 group-hover:opacity-100" aria-label="Navigate to header">\u200b<div
class="w-6 h-6 rounded-md flex items-center justify-center shadow-sm text-gray-400 dark:text-white/50 dark:bg-background-dark dark:brightness-[1.35]
dark:ring-1 dark:hover:brightness-150 bg-white ring-1 ring-gray-400/30 dark:ring-gray-700/25 hover:ring-gray-400/60
dark:hover:ring-white/20"><svg xmlns="http://www.w3.org/2000/svg" fill="gray" height="12px" viewBox="0 0 576 512"><path d="M0 256C0 167.6 71.6 96 160
96h72c13.3 0 24 10.7 24 24s-10.7 24-24 24H160C98.1 144 48 194.1 48 256s50.1 112 112 112h72c13.3 0 24 10.7 24 24s-10.7 24-24 24H160C71.6 416 0 344.4 0
256z"></path></svg></div></a></div><span class="cursor-pointer">${t}</span></${tag}>`;
const vCodeHtml = `<div class="mt-5 mb-8 not-prose rounded-2xl relative text-gray-950 bg-gray-50 dark:bg-white/5 dark:text-gray-50 codeblock-light border
border-gray-950/10 dark:border-white/10" numberOfLines="6" language="json"><div class="flex rounded-t-2xl text-gray-400 text-xs leading-6 font-medium pl-4
pr-2.5 py-1" data-component-part="code-block-header"><div class="flex-none flex items-center gap-1.5 text-gray-700 dark:text-gray-300"
data-component-part="code-block-header-filename">charge_state.json</div><div class="flex-1 flex items-center justify-end gap-1.5"><div class="z-10
relative"><button class="h-[26px] w-[26px] flex items-center justify-center rounded-md backdrop-blur peer group/copy-button"
data-testid="copy-code-button" aria-label="Copy the contents from the code block"><svg width="16" height="16" viewBox="0 0 18 18" fill="none"
xmlns="http://www.w3.org/2000/svg" class="w-4 h-4"></svg></button><div aria-hidden="true" class="absolute top-11 left-1/2 transform -translate-y-1/2
-translate-x-1/2 peer-hover:opacity-100 opacity-0 text-white rounded-lg px-1.5 py-0.5 text-xs bg-primary-dark">Copy</div></div></div></div><div
class="w-0 min-w-full max-w-full py-3.5 px-4 h-full dark:bg-codeblock relative text-sm leading-6 children:!my-0 children:!shadow-none
children:!bg-transparent rounded-b-2xl bg-white overflow-x-auto" data-component-part="code-block-root"><pre class="shiki shiki-themes github-light-default
dark-plus" style="background-color:#fff;--shiki-dark-bg:#0B0C0E;color:#1f2328;--shiki-dark:#D4D4D4" language="json"><code language="json"
numberOfLines="6">${vCode
  .map((l) => `<span class="line"><span style="color:#1F2328;--shiki-dark:#D4D4D4">${l}</span></span>`)
  .join('\n')}</code></pre></div></div>`;
const vWarnHtml = `<div class="callout my-4 px-5 py-4 overflow-hidden rounded-2xl flex gap-3 border border-amber-500/20 bg-amber-50/50
dark:border-amber-500/30 dark:bg-amber-500/10" data-callout-type="warning"><div class="mt-0.5 w-4" data-component-part="callout-icon"><svg class="flex-none w-5
h-5 text-amber-400 dark:text-amber-300/80" fill="none" viewBox="0 0 20 20" aria-label="Warning"></svg></div><div class="text-sm prose min-w-0 w-full
text-amber-900 dark:text-amber-200" data-component-part="callout-content"><p>${vWarn}</p></div></div>`;
const vPart = ([h, items]: [string, string[]], single: boolean): string => `${vHead(h, 'h3')}\n${single ? `<p>${at(items, 0)}</p>` : `<ul>${lis(items)}</ul>`}`;
const vUpd = (u: Update): string => `<div class="update-container flex flex-col relative items-start w-full lg:flex-row gap-2 lg:gap-6 py-8"
id="${vSlug(u.label)}"><div class="lg:sticky top-[var(--scroll-mt)] group flex flex-col w-full lg:w-[160px] items-start flex-shrink-0 justify-start"><div
class="cursor-pointer px-2 py-1 rounded-lg text-sm flex items-center flex-grow-0 justify-center font-medium bg-primary/10 text-primary
dark:text-primary-light" data-component-part="update-label">${u.label}</div><div class="px-1 text-sm text-gray-500 dark:text-gray-400 mt-3"
data-component-part="update-description">${u.desc}</div></div><div class="flex-1 overflow-hidden px-0.5 max-w-full" data-component-part="update-content">
<div class="prose prose-gray dark:prose-invert"><p>${u.intro}</p>
${u.parts.map((p) => vPart(p, p[1].length === 1) + (p[0] === 'Fleet API changes' ? `\n${vCodeHtml}\n${vWarnHtml}` : '')).join('\n')}
</div></div></div>`;
const vToc = vUpdates.flatMap((u) => [u.label, ...u.parts.map(([h]) => h)]);
const vHtml = `<!DOCTYPE html><html lang="en" class="__variable_3bbdad __variable_e6c5dc light" style="color-scheme:light"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/mintlify-assets/_next/static/css/4c9d1f7b2e3a.css"
data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/mintlify-assets/_next/static/chunks/webpack-8a1b2c3d.js"/>
<title>Vehicle OS release notes - Veltra Developers</title><meta name="description" content="${vDesc}"/><meta name="generator" content="Mintlify"/>
<meta name="msapplication-config" content="/mintlify-assets/_mintlify/favicons/veltra/browserconfig.xml"/><meta name="apple-mobile-web-app-title"
content="Veltra Developers"/><meta name="application-name" content="Veltra Developers"/><meta name="charset" content="utf-8"/>
<meta property="og:title" content="Vehicle OS release notes - Veltra Developers"/><meta property="og:description" content="${vDesc}"/>
<meta property="og:url" content="https://developers.veltra.example/changelog/vehicle-os"/><meta property="og:site_name" content="Veltra Developers"/>
<meta property="og:image" content="https://veltra.mintlify.app/mintlify-assets/_next/image?url=%2F_mintlify%2Fapi%2Fog%3Fdivision%3DChangelog"/>
<meta name="twitter:card" content="summary_large_image"/>
<script>(function(a,b,c){try{let d=localStorage.getItem(a);if(null==d)for(let c=0;c<localStorage.length;c++){let e=localStorage.key(c);
if(e?.endsWith(\`-\${b}\`)&&(d=localStorage.getItem(e),null!=d)){localStorage.setItem(a,d);break}}}catch(a){}})("veltra-bannerDismissed","bannerDismissed")
</script></head>
<body><div id="__next"><div class="relative antialiased text-gray-500 dark:text-gray-400">
<div id="banner" class="flex items-center justify-center px-4 h-10 bg-primary-dark text-white text-sm font-medium"><div class="flex-1 text-center"><p>Fleet
API v2 is now generally available. <a href="/guides/fleet-api-v2-migration" class="underline">Read the migration guide</a></p></div><button type="button"
aria-label="Dismiss banner" class="p-1"><svg class="w-3 h-3" aria-hidden="true"></svg></button></div>
<div id="navbar" class="z-30 fixed lg:sticky top-0 w-full peer is-not-custom"><div class="z-10 absolute w-full h-full border-b border-gray-500/5"></div>
<div class="max-w-8xl mx-auto relative"><div class="relative"><div class="flex items-center lg:px-12 h-16 min-w-0 mx-4 lg:mx-0"><div class="h-full
relative flex-1 flex items-center gap-x-4 min-w-0"><div class="flex-1 flex items-center gap-x-4"><a href="/"><span class="sr-only">Veltra Developers home
page</span><img class="nav-logo w-auto h-7 relative object-contain block dark:hidden" src="https://mintlify.s3.us-west-1.amazonaws.com/veltra/logo/light.svg"
alt="light logo"/></a></div><div class="relative hidden lg:flex items-center flex-1 justify-center"><button type="button" id="search-bar-entry"
class="flex pointer-events-auto rounded-xl w-full items-center text-sm leading-6 h-9 pl-3.5 pr-3 text-gray-500 dark:text-white/50 bg-background-light
dark:bg-background-dark dark:brightness-[1.1] dark:ring-1 dark:hover:brightness-[1.25] ring-1 ring-gray-400/30 hover:ring-gray-600/30 justify-between
truncate gap-2 min-w-[43px]"><div class="flex items-center gap-2 min-w-[42px]"><svg class="min-w-4 flex-none text-gray-700 hover:text-gray-800" width="16"
height="16"></svg><div class="truncate min-w-0">Search...</div></div><span class="flex-none text-xs font-semibold">Ctrl K</span></button><button
type="button" id="assistant-entry" aria-label="Toggle assistant panel" class="hidden md:flex flex-none items-center gap-1.5 rounded-xl px-3 h-9"><svg
class="w-4 h-4" aria-hidden="true"></svg><span class="text-sm">Ask AI</span></button></div><div class="flex-1 relative hidden lg:flex items-center ml-auto
justify-end space-x-4"><nav class="text-sm"><ul class="flex space-x-6 items-center"><li class="navbar-link"><a href="https://support.veltra.example"
class="flex items-center gap-1.5 whitespace-nowrap font-medium text-gray-600 hover:text-gray-900">Support</a></li><li class="block lg:hidden"></li><li
id="topbar-cta-button" class="hidden lg:flex"><a target="_blank" class="group px-4 py-1.5 relative inline-flex items-center text-sm font-medium"
href="https://console.veltra.example"><span class="absolute inset-0 bg-primary-dark rounded-xl group-hover:opacity-[0.9]"></span><div class="mr-0.5 space-x-2.5
flex items-center"><span class="z-10 text-white">Developer console</span></div></a></li></ul></nav></div></div></div>
<div class="hidden lg:flex px-12 h-12"><div class="nav-tabs h-full flex text-sm gap-x-6">${vTabs
  .map(
    (t) =>
      `<a class="link nav-tabs-item group relative h-full gap-2 flex items-center font-medium ${
        t === 'Changelog' ? 'text-gray-800 dark:text-gray-200 [text-shadow:-0.2px_0_0_currentColor,0.2px_0_0_currentColor]' : 'text-gray-600 dark:text-gray-400'
      }" href="/${vSlug(t)}">${t}<div class="absolute bottom-0 h-[1.5px] w-full left-0 ${
        t === 'Changelog' ? 'bg-primary' : 'group-hover:bg-gray-200'
      }"></div></a>`,
  )
  .join('')}</div></div></div></div></div>
<div class="peer-[.is-custom]:max-w-none peer-[.is-custom]:pl-0 peer-[.is-custom]:pr-0 max-w-8xl mx-auto px-0 lg:px-5"><div class="z-20 hidden lg:block
fixed bottom-0 right-auto w-[18rem]" id="sidebar" style="top:7rem"><div class="absolute inset-0 z-10 stable-scrollbar-gutter overflow-auto pr-8 pb-10"
id="sidebar-content"><div class="relative lg:text-sm lg:leading-6"><div class="sticky top-0 h-8 z-10 bg-gradient-to-b from-background-light
dark:from-background-dark"></div><div id="navigation-items">${vSide
  .map(
    ([g, items]) => `<div class="mt-6 lg:mt-8"><div class="sidebar-group-header flex items-center gap-2.5 pl-4 mb-3.5 lg:mb-2.5 font-semibold text-gray-900
dark:text-gray-200"><h5 id="sidebar-title">${g}</h5></div><ul id="sidebar-group" class="sidebar-group space-y-px">${items
      .map(
        (t) => `<li id="/${vSlug(g)}/${vSlug(t)}" class="relative scroll-m-4 first:scroll-m-20" data-title="${t}"><a class="group flex items-center pr-3 py-1.5
cursor-pointer gap-x-3 text-left rounded-xl w-full outline-offset-[-1px]${t === 'Vehicle OS' ? ' bg-primary/10 text-primary' : ' hover:bg-gray-600/5'}"
style="padding-left:1rem" href="/${vSlug(g)}/${vSlug(t)}"><div class="flex-1 flex items-center space-x-2.5"><div class="">${t}</div></div></a></li>`,
      )
      .join('')}</ul></div>`,
  )
  .join('')}</div></div></div></div>
<div id="content-container"><div class="flex flex-row-reverse gap-12 box-border w-full pt-40 lg:pt-10"><div class="hidden xl:flex self-start sticky
xl:flex-col max-w-[28rem] h-[calc(100vh-9.5rem)] top-[calc(9.5rem-var(--sidenav-move-y,0px))]" id="content-side-layout"><div class="z-10 hidden xl:flex pl-10
box-border w-[19rem] max-h-full" id="table-of-contents-layout"><div class="text-gray-600 text-sm leading-6 w-[16.5rem] overflow-y-auto space-y-2 pb-4 -mt-10
pt-10" id="table-of-contents"><button class="text-gray-700 dark:text-gray-300 font-medium flex items-center space-x-2" id="table-of-contents-header"><svg
width="16" height="16" aria-hidden="true"></svg><span>On this page</span></button><ul id="table-of-contents-content" class="toc">${vToc
  .map(
    (t) => `<li class="toc-item relative" data-depth="${vUpdates.some((u) => u.label === t) ? 0 : 1}"><a href="#${vSlug(t)}" class="py-1 block
hover:text-gray-900 dark:text-gray-400 dark:hover:text-gray-300">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div>
<div class="relative grow box-border flex-col w-full mx-auto px-1 lg:pl-[23.7rem] lg:-ml-12 xl:w-[calc(100%-28rem)]" id="content-area">
<header id="header" class="relative"><div class="mt-0.5 space-y-2.5"><div class="eyebrow h-5 text-primary dark:text-primary-light text-sm
font-semibold">Changelog</div><div class="flex flex-col sm:flex-row items-start sm:items-center relative gap-2"><h1 id="page-title" class="inline-block
text-2xl sm:text-3xl font-bold text-gray-900 tracking-tight dark:text-gray-200">${vTitle}</h1><div id="page-context-menu" class="items-center shrink-0
min-w-[156px] justify-end ml-auto sm:flex hidden"><button id="page-context-menu-button" class="rounded-l-xl px-3 text-gray-700 py-1.5 border
border-gray-200 text-sm flex items-center gap-2"><svg width="18" height="18" aria-hidden="true"></svg><span>Copy page</span></button></div></div></div>
<div class="mt-2 text-lg prose prose-gray dark:prose-invert" id="page-description"><p>${vDesc}</p></div></header>
<div class="mdx-content relative mt-8 mb-14 prose prose-gray dark:prose-invert" data-page-title="${vTitle}" data-page-href="/changelog/vehicle-os"
id="content">${vUpdates.map(vUpd).join('\n')}</div>
<div class="leading-6 mt-14"><div class="feedback-toolbar pb-16 w-full flex flex-col gap-y-8"><div class="flex flex-col gap-y-4 sm:flex-row
sm:justify-between"><div class="flex items-center gap-2"><p class="text-sm text-gray-600 dark:text-gray-400">Was this page helpful?</p><button
class="px-3.5 py-2 flex flex-row gap-3 items-center border-standard rounded-xl text-gray-600"><svg class="h-3.5 w-3.5" aria-hidden="true"></svg><small
class="text-sm font-normal leading-4">Yes</small></button><button class="px-3.5 py-2 flex flex-row gap-3 items-center border-standard rounded-xl
text-gray-600"><svg class="h-3.5 w-3.5" aria-hidden="true"></svg><small class="text-sm font-normal leading-4">No</small></button></div><div class="flex
gap-3"><a href="https://github.com/veltra/developer-docs/edit/main/changelog/vehicle-os.mdx" class="h-fit flex flex-row gap-3 items-center px-3.5 py-2
rounded-xl"><svg class="h-3.5 w-3.5" aria-hidden="true"></svg><small class="text-sm leading-4">Suggest edits</small></a><a
href="https://github.com/veltra/developer-docs/issues/new" class="h-fit flex flex-row gap-3 items-center px-3.5 py-2 rounded-xl"><svg class="h-3.5 w-3.5"
aria-hidden="true"></svg><small class="text-sm leading-4">Raise issue</small></a></div></div>
<div id="pagination" class="px-0.5 flex items-center text-sm font-semibold text-gray-700 dark:text-gray-200"><a class="flex items-center space-x-3 group"
href="/guides/support-policy"><svg viewBox="0 0 3 6" class="h-1.5 stroke-gray-400 overflow-visible" aria-hidden="true"></svg><span
class="group-hover:text-gray-900 dark:group-hover:text-white">Support policy</span></a><a class="flex items-center ml-auto space-x-3 group"
href="/changelog/fleet-api"><span class="group-hover:text-gray-900 dark:group-hover:text-white">Fleet API</span><svg viewBox="0 0 3 6" class="rotate-180 h-1.5
stroke-gray-400 overflow-visible" aria-hidden="true"></svg></a></div></div>
<footer id="footer" class="flex gap-12 justify-between pt-10 border-t border-gray-100 sm:flex dark:border-gray-800/50 pb-28"><div class="flex gap-6
flex-wrap"><a href="https://x.com/veltradev" target="_blank" class="h-fit"><span class="sr-only">x</span><svg class="w-5 h-5" aria-hidden="true"></svg></a><a
href="https://github.com/veltra" target="_blank" class="h-fit"><span class="sr-only">github</span><svg class="w-5 h-5" aria-hidden="true"></svg></a></div>
<div class="flex items-center justify-between"><div class="sm:flex"><a href="https://mintlify.com/preview-request?utm_campaign=poweredBy&amp;utm_medium=docs"
target="_blank" rel="noreferrer" class="text-sm text-gray-400 hover:text-gray-500 dark:hover:text-gray-300 flex items-center gap-1">Powered by
Mintlify</a></div></div></footer></div></div></div></div></div></div>
<script>self.__next_f.push([1,"3:I[47132,[],\\"\\"]\\n"])</script></body></html>`;
const mintlify: TestPage = gold({
  name: 'heldout711-mintlify-vehicle-os-changelog',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vToc,
  body: texts([
    vDesc,
    ...vUpdates.flatMap((u) => [u.desc, u.intro, ...u.parts.flatMap(([h, items]) => (h === 'Fleet API changes' ? [...items, vCode.join(' '), vWarn] : items))]),
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fleet API v2 is now generally available.', 'Read the migration guide', 'Veltra Developers home page', 'Search...', 'Ctrl K', 'Ask AI', 'Support',
    'Developer console', ...vTabs, ...vSide.flatMap(([g, items]) => [g, ...items]), 'On this page', 'Copy page', 'charge_state.json',
    'Was this page helpful?', 'Yes', 'No', 'Suggest edits', 'Raise issue', 'Support policy', 'x', 'github', 'Powered by Mintlify',
  ],
});

const dTitle = 'VehicleCharger: startSession() method';
const dIntro = j(
  'The <strong><code>startSession()</code></strong> method of the <a href="/en-US/docs/Web/API/VehicleCharger"><code>VehicleCharger</code></a>',
  'interface asks the vehicle to start charging from the connected charge point, and returns a <a',
  'href="/en-US/docs/Web/JavaScript/Reference/Global_Objects/Promise"><code>Promise</code></a> that resolves with a',
  '<a href="/en-US/docs/Web/API/ChargingSession"><code>ChargingSession</code></a> object once the vehicle has accepted the request.',
);
const dSecure = j(
  '<strong>Secure context:</strong> This feature is available only in <a href="/en-US/docs/Web/Security/Secure_Contexts">secure contexts</a> (HTTPS),',
  'in some or all <a href="#browser_compatibility">supporting browsers</a>.',
);
const dIntro2 = j(
  'The method can only be called from a page that the vehicle’s head unit has granted the <code>"vehicle-charging"</code> permission, and',
  'only while the vehicle is parked.',
);
const dSyntax = ['startSession()', 'startSession(options)'];
const dParams: [string, string][] = [
  [
    '<code>options</code> <span class="badge inline optional">Optional</span>',
    'An object that sets the limits of the session. It can have the following properties:',
  ],
];
const dOptions: [string, string][] = [
  [
    '<code>targetLevel</code> <span class="badge inline optional">Optional</span>',
    j(
      'A number between <code>50</code> and <code>100</code> giving the state of charge, as a percentage, at which charging stops.',
      'Defaults to the charge limit set in the vehicle.',
    ),
  ],
  [
    '<code>maxCurrent</code> <span class="badge inline optional">Optional</span>',
    j('The highest current, in amperes, that the vehicle should draw. If it is higher than the charge point allows, the lower of', 'the two is used.'),
  ],
];
const dReturn = j(
  'A <a href="/en-US/docs/Web/JavaScript/Reference/Global_Objects/Promise"><code>Promise</code></a> that resolves with a',
  '<a href="/en-US/docs/Web/API/ChargingSession"><code>ChargingSession</code></a> object.',
);
const dExc: [string, string][] = [
  [
    '<code>NotAllowedError</code> <a href="/en-US/docs/Web/API/DOMException"><code>DOMException</code></a>',
    'Thrown if the page has not been granted the <code>"vehicle-charging"</code> permission, or if the vehicle is not parked.',
  ],
  [
    '<code>InvalidStateError</code> <a href="/en-US/docs/Web/API/DOMException"><code>DOMException</code></a>',
    'Thrown if no charge point is connected, or if a charging session is already in progress.',
  ],
  ['<code>RangeError</code>', 'Thrown if <code>targetLevel</code> is outside the range 50 to 100.'],
];
const dEx1 = j('The following example starts a session that stops at 80 per cent and shows the expected finish time when the vehicle accepts', 'it:');
const dEx1Code = [
  '<span class="token keyword">const</span> charger <span class="token operator">=</span> navigator<span class="token punctuation">.</span>vehicle<span',
  'class="token punctuation">.</span>charger<span class="token punctuation">;</span>',
  '<span class="token keyword">const</span> session <span class="token operator">=</span> <span class="token keyword">await</span> charger<span',
  'class="token punctuation">.</span><span class="token function">startSession</span><span class="token punctuation">(</span><span',
  'class="token punctuation">{</span> <span class="token literal-property property">targetLevel</span><span class="token operator">:</span> <span',
  'class="token number">80</span> <span class="token punctuation">}</span><span class="token punctuation">)</span><span class="token punctuation">;</span>',
  'status<span class="token punctuation">.</span>textContent <span class="token operator">=</span> <span class="token template-string"><span',
  'class="token template-punctuation string">`</span><span class="token string">Charging until </span><span class="token interpolation"><span',
  'class="token interpolation-punctuation punctuation">${</span>session<span class="token punctuation">.</span>estimatedEnd<span',
  'class="token punctuation">.</span><span class="token function">toLocaleTimeString</span><span class="token punctuation">(</span><span',
  'class="token punctuation">)</span><span class="token interpolation-punctuation punctuation">}</span></span><span class="token',
  'template-punctuation string">`</span></span><span class="token punctuation">;</span>',
];
// the source lines above split only inside tags, so each pair of them is one line of code
const dEx1Html = dEx1Code.reduce(
  (acc, l, i) => (i === 0 ? l : acc + (/<span$/.test(at(dEx1Code, i - 1)) || at(dEx1Code, i - 1).endsWith('class="token') ? ' ' : '\n') + l),
  '',
);
const dEx2 = j(
  'If the driver unplugs the vehicle or the charge point refuses the request, the promise rejects. Catch the error to tell the',
  'user what happened:',
);
const dEx2Code = [
  '<span class="token keyword">try</span> <span class="token punctuation">{</span>',
  '  <span class="token keyword">await</span> navigator<span class="token punctuation">.</span>vehicle<span class="token punctuation">.</span>charger<span',
  'class="token punctuation">.</span><span class="token function">startSession</span><span class="token punctuation">(</span><span',
  'class="token punctuation">)</span><span class="token punctuation">;</span>',
  '<span class="token punctuation">}</span> <span class="token keyword">catch</span> <span class="token punctuation">(</span>err<span class="token',
  'punctuation">)</span> <span class="token punctuation">{</span>',
  '  status<span class="token punctuation">.</span>textContent <span class="token operator">=</span> <span class="token string">"Could not start',
  'charging: "</span> <span class="token operator">+</span> err<span class="token punctuation">.</span>name<span class="token punctuation">;</span>',
  '<span class="token punctuation">}</span>',
];
const dNote = j(
  '<strong>Note:</strong> Some vehicles ask the driver to confirm the session on the head unit screen. The promise does not',
  'resolve until the driver has done so, which can take several seconds.',
);
const dSpec = [['Specification'], ['Vehicle Data API <br><small># dom-vehiclecharger-startsession</small>']];
const dBrowsers = ['Chrome', 'Edge', 'Firefox', 'Safari', 'Chrome Android', 'Samsung Internet'];
const dSupport = ['128', '128', 'No', 'No', '128', '27.0'];
const dSee = ['VehicleCharger', 'ChargingSession', 'Using the Vehicle Data API'];
const dToc = ['Syntax', 'Examples', 'Specifications', 'Browser compatibility', 'See also'];
const dSideItems = [
  'Vehicle Data API',
  'VehicleCharger',
  'Instance properties',
  'connected',
  'currentSession',
  'Instance methods',
  'startSession()',
  'stopSession()',
  'Related pages for Vehicle Data API',
  'ChargingSession',
  'VehicleBattery',
];
const dNav = ['References', 'Guides', 'Plus', 'Curriculum', 'Blog', 'Tools'];
const dFoot = [
  'About',
  'Blog',
  'Careers',
  'Advertise with us',
  'Product help',
  'Report an issue',
  'Website Privacy Notice',
  'Cookies',
  'Legal',
  'Community Participation Guidelines',
];
const dId = (t: string): string => t.toLowerCase().replace(/ /g, '_');
const dH = (tag: 'h2' | 'h3', t: string): string => `<${tag} id="${dId(t)}"><a href="#${dId(t)}">${t}</a></${tag}>`;
const dPre = (lines: string, cls = 'js'): string => `<div class="code-example"><div class="example-header"><span class="language-name">${cls}</span></div><pre
class="brush: ${cls} notranslate"><code>${lines}</code></pre></div>`;
const dDl = (items: [string, string][]): string =>
  `<dl>${items
    .map(
      ([t, d]) => `<dt id="${dId(t.replace(/<[^>]+>/g, '').split(' ')[0] ?? '')}"><a
href="#${dId(t.replace(/<[^>]+>/g, '').split(' ')[0] ?? '')}">${t}</a></dt><dd><p>${d}</p></dd>`,
    )
    .join('\n')}</dl>`;
const dHtml = `<!doctype html>
<html lang="en-US" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/>
<link rel="icon" href="/favicon-48x48.png"/><link rel="apple-touch-icon" href="/apple-touch-icon.png"/><meta name="theme-color" content="#ffffff"/>
<link rel="manifest" href="/manifest.json"/><link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="Meridian Web Docs"/>
<title>VehicleCharger: startSession() method - Web APIs | Meridian</title>
<link rel="alternate" title="VehicleCharger: startSession() method" href="https://webdocs.meridian.example/ja/docs/Web/API/VehicleCharger/startSession"
hreflang="ja"/>
<meta name="robots" content="index, follow"><meta name="description" content="The startSession() method of the VehicleCharger interface asks the vehicle to
start charging from the connected charge point."/><meta property="og:url"
content="https://webdocs.meridian.example/en-US/docs/Web/API/VehicleCharger/startSession"/>
<meta property="og:title" content="VehicleCharger: startSession() method - Web APIs | Meridian"/><meta property="og:locale" content="en_US"/>
<link rel="canonical" href="https://webdocs.meridian.example/en-US/docs/Web/API/VehicleCharger/startSession"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"VehicleCharger: startSession() method",
"dateModified":"2027-02-11T09:14:22.000Z","inLanguage":"en-US"}</script>
<script src="/static/js/gtag.js" defer></script><script defer="defer" src="/static/js/main.7e3f9a21.js"></script>
<link href="/static/css/main.1c2b3a4d.css" rel="stylesheet"></head>
<body><script>if(document.body.addEventListener("load",(t=>{t.target.classList.contains("interactive")&&t.target.setAttribute("data-readystate","complete")}),
{capture:!0}),window&&document.documentElement){const t={light:"#ffffff",dark:"#1b1b1b"};try{const e=window.localStorage.getItem("theme");
e&&(document.documentElement.className=e,document.documentElement.style.backgroundColor=t[e])}
catch(e){console.warn("Unable to read theme from localStorage",e)}}
</script><div id="root"><ul id="nav-access" class="a11y-nav"><li><a id="skip-main" href="#content">Skip to main content</a></li><li><a id="skip-search"
href="#top-nav-search-input">Skip to search</a></li></ul><div class="page-wrapper category-api document-page"><div class="top-banner loading"><section
class="place top container"><div class="pong-box2"><a class="pong" href="/pong/click?code=x" target="_blank" rel="sponsored noopener"><span>Build on the
Veltra Fleet API. Free sandbox account, no card needed.</span></a><a href="/en-US/advertising" class="pong-note" target="_blank" rel="noopener">Ad</a></div>
</section></div><div class="sticky-header-container"><header class="top-navigation"><div class="container "><div class="top-navigation-wrap"><a href="/en-US/"
class="logo" aria-label="Meridian homepage"><svg id="meridian-logo" viewBox="0 0 101 40" aria-hidden="true"></svg></a><button title="Open main menu"
type="button" class="button action has-icon main-menu-toggle" aria-haspopup="menu" aria-label="Open main menu" aria-expanded="false"><span
class="button-wrap"><span class="icon icon-menu "></span><span class="visually-hidden">Open main menu</span></span></button></div><div
class="top-navigation-main"><nav class="main-nav" aria-label="Main menu"><ul class="main-menu nojs">${dNav
  .map((t) => `<li class="top-level-entry-container "><a href="/en-US/${t.toLowerCase()}/" class="top-level-entry">${t}</a></li>`)
  .join('')}</ul></nav><div class="header-search"><form action="/en-US/search" class="search-form search-widget" id="top-nav-search-form"
role="search"><label id="top-nav-search-label" for="top-nav-search-input" class="visually-hidden">Search Meridian</label><input
aria-autocomplete="list" aria-controls="top-nav-search-menu" aria-expanded="false" aria-labelledby="top-nav-search-label" autoComplete="off"
id="top-nav-search-input" role="combobox" type="search" class="search-input-field" name="q" placeholder="   " required="" value=""/><button type="submit"
class="button action has-icon search-button"><span class="button-wrap"><span class="icon icon-search "></span><span
class="visually-hidden">Search</span></span></button></form></div><div class="theme-switcher-menu"><button type="button" class="button action has-icon
theme-switcher-menu small" aria-haspopup="menu"><span class="button-wrap"><span class="icon icon-theme-os-default "></span>Theme</span></button></div><ul
class="auth-container"><li><a href="/users/login/?next=%2Fen-US%2Fdocs%2FWeb%2FAPI%2FVehicleCharger%2FstartSession" class="login-link" rel="nofollow">Log
in</a></li><li><a href="/en-US/plus?ref=nav_signup" class="button primary signup-link" rel="nofollow"><span class="button-wrap">Sign up for
free</span></a></li></ul></div></div></header><div class="article-actions-container"><div class="container"><nav class="breadcrumbs-container"
aria-label="Breadcrumb"><ol typeof="BreadcrumbList" vocab="https://schema.org/" aria-label="breadcrumbs"><li property="itemListElement" typeof="ListItem"><a
href="/en-US/docs/Web/API" class="breadcrumb" property="item" typeof="WebPage"><span property="name">Web APIs</span></a><meta property="position"
content="1"/></li><li property="itemListElement" typeof="ListItem"><a href="/en-US/docs/Web/API/VehicleCharger" class="breadcrumb" property="item"
typeof="WebPage"><span property="name">VehicleCharger</span></a><meta property="position" content="2"/></li><li property="itemListElement"
typeof="ListItem"><a href="/en-US/docs/Web/API/VehicleCharger/startSession" class="breadcrumb-current" property="item" typeof="WebPage"><span
property="name">startSession()</span></a><meta property="position" content="3"/></li></ol></nav><div class="article-actions"><ul
class="article-actions-entries"><li class="article-actions-entry"><div class="languages-switcher-menu open-on-focus-within"><button
id="languages-switcher-button" type="button" class="button action small has-icon languages-switcher-menu" aria-haspopup="menu"><span
class="button-wrap"><span class="icon icon-language "></span>English (US)</span></button></div></li></ul></div></div></div></div>
<div class="main-wrapper"><div class="sidebar-container"><aside id="sidebar-quicklinks" class="sidebar" data-macro="DefaultAPISidebar"><nav
aria-label="Related Topics" class="sidebar-inner"><header class="sidebar-actions"><section class="sidebar-filter-container"><div class="sidebar-filter "><label
id="sidebar-filter-label" class="sidebar-filter-label" for="sidebar-filter-input"><span class="icon icon-filter"></span><span class="visually-hidden">Filter
sidebar</span></label><input id="sidebar-filter-input" autoComplete="off" class="sidebar-filter-input-field false" type="text" placeholder="Filter"
value=""/></div></section></header><div class="sidebar-body"><ol>${dSideItems
  .map(
    (t) =>
      `<li${/^(Instance|Related)/.test(t) ? ' class="toggle"><strong>' : '>'}<a href="/en-US/docs/Web/API/${dId(t)}">${t}</a>${
        /^(Instance|Related)/.test(t) ? '</strong>' : ''
      }</li>`,
  )
  .join('')}</ol></div></nav></aside></div>
<div class="toc-container"><aside class="toc"><nav><div class="document-toc-container"><section class="document-toc"><header><h2
class="document-toc-heading">In this article</h2></header><ul class="document-toc-list">${dToc
  .map((t) => `<li class="document-toc-item "><a class="document-toc-link" href="#${dId(t)}">${t}</a></li>`)
  .join('')}</ul></section></div></nav></aside><div class="sidebar-place"><section class="place side"></section></div></div>
<main id="content" class="main-content" role="main"><article class="main-page-content" lang="en-US"><header><h1>${dTitle}</h1><details
class="baseline-indicator limited"><summary><span class="indicator" role="img" aria-label="Baseline Cross"></span><div class="status-title">Limited
availability</div><div class="browsers"><span class="engine" title="Supported in Chrome and Edge"><span class="browser chrome supported" role="img"
aria-label="Chrome check"></span><span class="browser edge supported" role="img" aria-label="Edge check"></span></span><span class="engine" title="Not
widely supported in Firefox"><span class="browser firefox no" role="img" aria-label="Firefox cross"></span></span><span class="engine" title="Not widely
supported in Safari"><span class="browser safari no" role="img" aria-label="Safari cross"></span></span></div><span
class="icon icon-chevron "></span></summary><div
class="extra"><p>This feature is not Baseline because it does not work in some of the most widely-used browsers.</p><ul><li><a
href="/en-US/docs/Glossary/Baseline/Compatibility">Learn more</a></li><li><a href="#browser_compatibility">See full compatibility</a></li><li><a
href="https://survey.meridian.example/baseline">Report feedback</a></li></ul></div></details></header><div class="section-content"><div class="notecard
secure"><p>${dSecure}</p></div>
<p>${dIntro}</p>
<p>${dIntro2}</p></div>
<section aria-labelledby="syntax">${dH('h2', 'Syntax')}<div class="section-content">${dPre(dSyntax.join('\n'), 'js-nolint')}</div></section>
<section aria-labelledby="parameters">${dH('h3', 'Parameters')}<div
class="section-content">${dDl(dParams).replace('</p></dd></dl>', `</p>${dDl(dOptions)}</dd></dl>`)}</div></section>
<section aria-labelledby="return_value">${dH('h3', 'Return value')}<div class="section-content"><p>${dReturn}</p></div></section>
<section aria-labelledby="exceptions">${dH('h3', 'Exceptions')}<div class="section-content">${dDl(dExc)}</div></section>
<section aria-labelledby="examples">${dH('h2', 'Examples')}<div class="section-content"></div></section>
<section aria-labelledby="starting_a_session">${dH('h3', 'Starting a session')}<div class="section-content"><p>${dEx1}</p>
${dPre(dEx1Html)}</div></section>
<section aria-labelledby="handling_errors">${dH('h3', 'Handling errors')}<div class="section-content"><p>${dEx2}</p>
${dPre(dEx2Code.reduce((acc, l, i) => (i === 0 ? l : acc + (/(<span|class="token|"Could not start)$/.test(at(dEx2Code, i - 1)) ? ' ' : '\n') + l), ''))}
<div class="notecard note"><p>${dNote}</p></div></div></section>
<section aria-labelledby="specifications">${dH('h2', 'Specifications')}<figure class="table-container"><table class="standard-table"><thead><tr><th
scope="col">${at(dSpec[0] ?? [], 0)}</th></tr></thead><tbody><tr><td><a href="https://spec.vehicledata.example/#dom-vehiclecharger-startsession">${at(
  dSpec[1] ?? [],
  0,
)}</a></td></tr></tbody></table></figure></section>
<section aria-labelledby="browser_compatibility">${dH('h2', 'Browser compatibility')}<div class="bc-data"><figure class="table-container"><figure
class="table-container-inner"><table class="bc-table bc-table-web"><thead><tr class="bc-platforms"><td></td><th class="bc-platform bc-platform-desktop"
colSpan="4" title="desktop"><span class="icon icon-desktop"></span><span class="visually-hidden">desktop</span></th><th class="bc-platform
bc-platform-mobile" colSpan="2" title="mobile"><span class="icon icon-mobile"></span><span class="visually-hidden">mobile</span></th></tr><tr
class="bc-browsers"><td></td>${dBrowsers
  .map(
    (b) => `<th class="bc-browser bc-browser-${dId(b)}"><div class="bc-head-txt-label bc-head-icon-${dId(b)}">${b}</div><div class="bc-head-icon-symbol icon
icon-${dId(b)}"></div></th>`,
  )
  .join('')}</tr></thead><tbody><tr><th class="bc-feature bc-feature-depth-0" scope="row"><div
class="bc-table-row-header"><code>startSession</code></div></th>${dSupport
  .map(
    (v, i) => `<td class="bc-support bc-browser-${dId(at(dBrowsers, i))} bc-supports-${v === 'No' ? 'no' : 'yes'}"><button type="button" title="Toggle
history"><div class="bcd-cell-text-wrapper"><div class="bcd-cell-icons"><span class="icon-wrapper"><abbr class="only-icon" title="${
      v === 'No' ? 'No support' : 'Full support'
    }"><span>${v === 'No' ? 'No support' : 'Full support'}</span><i class="icon icon-${v === 'No' ? 'no' : 'yes'}"></i></abbr></span></div><div
class="bcd-cell-text-copy"><span class="bc-browser-name">${at(dBrowsers, i)}</span><span class="bc-version-label">${v}</span></div></div></button></td>`,
  )
  .join('')}</tr></tbody></table></figure></figure><section class="bc-legend"><h3 class="visually-hidden" id="Legend">Legend</h3><p
class="bc-legend-tip">Tip: you can click/tap on a cell for more information.</p><dl class="bc-legend-items-container"><dt class="bc-legend-item-dt"><span
class="bc-supports-yes bc-supports"><abbr class="bc-level bc-level-yes only-icon" title="Full support"><span>Full support</span></abbr></span></dt><dd
class="bc-legend-item-dd">Full support</dd><dt class="bc-legend-item-dt"><span class="bc-supports-no bc-supports"><abbr class="bc-level bc-level-no
only-icon" title="No support"><span>No support</span></abbr></span></dt><dd class="bc-legend-item-dd">No support</dd></dl></section></div></section>
<section aria-labelledby="see_also">${dH('h2', 'See also')}<div class="section-content"><ul>${dSee
  .map((t) => `<li><a href="/en-US/docs/Web/API/${t.replace(/ /g, '_')}">${t.startsWith('Using') ? t : `<code>${t}</code>`}</a></li>`)
  .join('')}</ul></div></section></article>
<aside class="article-footer"><div class="article-footer-inner"><div class="svg-container"></div><h2>Help improve Meridian</h2><fieldset
class="feedback"><label>Was this page helpful to you?</label><div class="button-container"><button type="button" class="button primary has-icon
yes"><span class="button-wrap"><span class="icon icon-thumbs-up "></span>Yes</span></button><button type="button" class="button primary has-icon no"><span
class="button-wrap"><span class="icon icon-thumbs-down "></span>No</span></button></div></fieldset><p class="contribute"><a
href="/en-US/docs/Meridian/Community/Getting_started">Learn how to contribute</a>.</p><p class="last-modified-date">This page was last modified on <time
dateTime="2027-02-11T09:14:22.000Z">Feb 11, 2027</time> by <a href="/en-US/docs/Web/API/VehicleCharger/startSession/contributors.txt">Meridian
contributors</a>.</p><div id="on-github" class="on-github"><a
href="https://github.com/meridian/content/blob/main/files/en-us/web/api/vehiclecharger/startsession/index.md?plain=1"
title="Folder: en-us/web/api/vehiclecharger/startsession (Opens in a new tab)" target="_blank" rel="noopener noreferrer">View this page on GitHub</a> •
<a href="https://github.com/meridian/content/issues/new?template=page-report.yml" title="This will take you to GitHub to file a new issue." target="_blank"
rel="noopener noreferrer">Report a problem with this content</a></div></div></aside></main></div></div>
<footer id="nav-footer" class="page-footer"><div class="page-footer-grid"><div class="page-footer-logo-col"><a href="/" class="logo" aria-label="Meridian
homepage"><svg aria-hidden="true"></svg></a><p>Your map of the open web.</p></div><div class="page-footer-nav-col-1"><ul class="footer-nav-list">${links(
  dFoot,
  'footer-nav-item',
)}</ul></div><div class="page-footer-legal"><p id="license" class="page-footer-legal-text">Visit the <a href="https://meridian.example">Meridian
Foundation</a>. Portions of this content are ©1998–2027 by individual contributors. Content available under <a
href="/en-US/docs/Meridian/Writing_guidelines/Attrib_copyright_license">a Creative Commons license</a>.</p></div></div></footer></div></body></html>`;
const yari: TestPage = gold({
  name: 'heldout711-yari-vehicle-charger-method',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Syntax', 'Parameters', 'Return value', 'Exceptions', 'Examples', 'Starting a session', 'Handling errors', 'Specifications'],
  body: texts([
    dSecure,
    dIntro,
    dIntro2,
    dSyntax.join(' '),
    ...dParams.flat(),
    ...dOptions.flat(),
    dReturn,
    ...dExc.flat(),
    dEx1,
    dEx1Html,
    dEx2,
    dEx2Code.join(' '),
    dNote,
    ...dSpec.map((r) => r.join(' ')),
  ]),
  bylines: ['This page was last modified on Feb 11, 2027 by Meridian contributors.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to search', 'Build on the Veltra Fleet API. Free sandbox account, no card needed.', 'Ad', 'Open main menu', ...dNav,
    'Search Meridian', 'Search', 'Theme', 'Log in', 'Sign up for free', 'Web APIs', 'English (US)', 'Filter sidebar', ...dSideItems, 'In this article',
    'Limited availability', 'This feature is not Baseline because it does not work in some of the most widely-used browsers.', 'Learn more',
    'See full compatibility', 'Report feedback', 'Browser compatibility', 'desktop', 'mobile', ...dBrowsers, 'startSession', 'Full support',
    'No support', '128', '27.0', 'Legend', 'Tip: you can click/tap on a cell for more information.', 'See also', ...dSee, 'Help improve Meridian',
    'Was this page helpful to you?', 'Yes', 'No', 'Learn how to contribute', 'View this page on GitHub', 'Report a problem with this content',
    'Your map of the open web.', ...dFoot,
    'Visit the Meridian Foundation. Portions of this content are ©1998–2027 by individual contributors. Content available under a Creative Commons license.',
  ],
});

export const HELDOUT711_D: readonly TestPage[] = [mintlify, yari];
