import { links, type TestPage, texts } from './page-kit.js';
import { angularGuide } from './pages-heldout26-b2.js';

/**
 * Held-out batch 26, file b: a Laravel documentation page (the theme script, the promo bar, the sidebar with logo, version
 * switcher and the indexed nav of sections, the search button, the partner ad, the h1 followed by the page's own list of
 * anchor links, `<a name>` anchors before each heading, a callout blockquote, Phiki-highlighted PHP blocks and the site footer
 * with its product and package columns). The angular.dev guide page is in pages-heldout26-b2.ts.
 */
const lvTitle = 'Rate Limiting';
const lvH1 = 'Introduction';
const lvB1 =
  'Laravel ships with a small rate limiting abstraction that sits on top of your application’s cache. It counts how many times an ' +
  'action has been attempted within a window of time and tells you when the limit has been reached, which makes it useful for ' +
  'anything from throttling password reset emails to capping expensive report exports.';
const lvCallout =
  'If you only need to limit incoming HTTP requests, the throttle middleware may be all you need. See the ' +
  '<a href="/docs/12.x/routing#rate-limiting">rate limiting section of the routing documentation</a>.';
const lvH2 = 'Cache Configuration';
const lvB2 = [
  'The rate limiter stores its counters in your application’s default cache store, as set by the <code>default</code> key of the ' +
    '<code>cache</code> configuration file. You may point the limiter at a different store by defining a <code>limiter</code> key in ' +
    'the same file:',
  'Because the counters must be shared by every server that handles a request, choose a store that all of them can reach, such as ' +
    'Redis or your database. The <code>file</code> and <code>array</code> stores only work on a single machine.',
];
const lvH3 = 'Basic Usage';
const lvB3 = [
  'You interact with the limiter through the <code>Illuminate\\Support\\Facades\\RateLimiter</code> facade. The simplest method is ' +
    '<code>attempt</code>, which runs a callback only if the given key has attempts left. It accepts the key, the number of attempts ' +
    'allowed, the callback, and optionally the length of the window in seconds:',
  'If the key has no attempts left, <code>attempt</code> returns <code>false</code> without calling the callback. Otherwise it returns ' +
    'the callback’s result, or <code>true</code> if the callback returned nothing. The window defaults to sixty seconds.',
];
const lvH4 = 'Manually Incrementing Attempts';
const lvB4 = [
  'When you need more control, you can check and record attempts yourself. The <code>tooManyAttempts</code> method tells you ' +
    'whether a key has reached its limit, and <code>increment</code> records one more attempt against it:',
  'The <code>remaining</code> method returns how many attempts are left for a key, and <code>availableIn</code> returns the number ' +
    'of seconds until the key may be used again, which is handy when you want to tell a user how long to wait.',
];
const lvH5 = 'Clearing Attempts';
const lvB5 =
  'Counters expire on their own once the window passes, but you may reset one early with the <code>clear</code> method. For ' +
  'example, you might clear a user’s login counter as soon as they sign in successfully:';
const php = (lines: string[]): string =>
  `<pre class="phiki language-php olaolu-palenight" data-language="php" style="background-color: #292D3E;color: #A6ACCD;"><code>${lines
    .map((l) => `<span class="line"><span class="token" style="color: #A6ACCD;">${l}</span></span>`)
    .join('\n')}</code></pre>`;
const lvCode1 = php([`'default' =&gt; env('CACHE_STORE', 'database'),`, '', `'limiter' =&gt; 'redis',`]);
const lvCode2 = php([
  'use Illuminate\\Support\\Facades\\RateLimiter;',
  '',
  `$executed = RateLimiter::attempt('export-report:'.$user-&gt;id, $perHour = 3, function () {`,
  '    // Build and send the export...',
  '}, decaySeconds: 3600);',
]);
const lvCode3 = php([
  `if (RateLimiter::tooManyAttempts('reset-email:'.$user-&gt;id, $perMinute = 2)) {`,
  `    return 'Please wait before requesting another email.';`,
  '}',
  '',
  `RateLimiter::increment('reset-email:'.$user-&gt;id);`,
]);
const lvCode4 = php([`RateLimiter::clear('login:'.$request-&gt;ip());`]);
const lvToc = `<ul>
<li><a href="#introduction">${lvH1}</a><ul><li><a href="#cache-configuration">${lvH2}</a></li></ul></li>
<li><a href="#basic-usage">${lvH3}</a><ul><li><a href="#manually-incrementing-attempts">${lvH4}</a></li>
<li><a href="#clearing-attempts">${lvH5}</a></li></ul></li></ul>`;
const lvH = (lvl: number, id: string, t: string): string => `<p><a name="${id}"></a></p>\n<h${lvl} id="${id}"><a href="#${id}">${t}</a></h${lvl}>`;
/** The indexed nav: section title, then its pages. */
const lvNav: [string, string[]][] = [
  ['Prologue', ['Release Notes', 'Upgrade Guide', 'Contribution Guide']],
  ['Getting Started', ['Installation', 'Configuration', 'Directory Structure', 'Frontend', 'Starter Kits', 'Deployment']],
  ['The Basics', ['Routing', 'Middleware', 'CSRF Protection', 'Controllers', 'Requests', 'Responses', 'Views', 'Blade Templates', 'Validation', 'Logging']],
  [
    'Digging Deeper',
    [
      ...['Artisan Console', 'Broadcasting', 'Cache', 'Collections', 'Concurrency', 'Context', 'Events', 'File Storage', 'HTTP Client', 'Mail'],
      ...['Notifications', 'Processes', 'Queues', 'Rate Limiting', 'Strings', 'Task Scheduling'],
    ],
  ],
  ['Security', ['Authentication', 'Authorization', 'Email Verification', 'Encryption', 'Hashing', 'Password Reset']],
];
const lvNavHtml = lvNav.map(([h, items]) => `<li${h === 'Digging Deeper' ? ' class="sub--on"' : ''}><h2>${h}</h2><ul>${links(items)}</ul></li>`).join('\n');
const lvVersions = ['Master', '12.x', '11.x', '10.x', '9.x', '8.x', '7.x', '6.x', '5.8'];
const lvFootCols: [string, string[]][] = [
  ['Products', ['Cloud', 'Forge', 'Nightwatch', 'Vapor', 'Nova']],
  ['Packages', ['Cashier', 'Dusk', 'Horizon', 'Octane', 'Scout', 'Pennant', 'Pint', 'Sail', 'Sanctum', 'Socialite', 'Telescope', 'Pulse', 'Reverb']],
  ['Resources', ['Documentation', 'Starter Kits', 'Release Notes', 'Blog', 'News', 'Community', 'Learn', 'Jobs', 'Careers', 'Trust']],
];
const lvHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rate Limiting | Laravel 12.x - The clean stack for Artisans and agents</title>
<meta name="description" content="Laravel is a PHP web application framework with expressive, elegant syntax. We’ve already laid the foundation.">
<meta property="og:title" content="Rate Limiting | Laravel 12.x"><link rel="stylesheet" href="/build/assets/app-Bq7xK2dP.css">
<script>const theme = localStorage.theme ?? 'system'; if (theme === 'dark' || (theme === 'system' &&
window.matchMedia('(prefers-color-scheme: dark)').matches)) { document.documentElement.classList.add('dark') }</script>
<script src="https://cdn.usefathom.com/script.js" data-site="RXKNSTWA" defer></script></head>
<body class="docs language-php" x-data="{ navIsOpen: false, searchIsOpen: false }">
<a href="#main-content" class="sr-only focus:not-sr-only">Skip to content</a>
<div class="relative bg-gradient-to-r from-red-600 to-orange-500 px-4 py-2 text-center text-sm text-white">
<a href="https://cloud.laravel.com" class="font-medium">Laravel Cloud now runs in six new regions. <span
class="underline">Deploy in sixty seconds</span></a></div>
<div class="relative overflow-auto" id="docsScreen"><div class="relative lg:flex lg:items-start">
<aside class="hidden fixed top-0 bottom-0 left-0 z-20 h-full w-80 bg-white lg:block docs_sidebar" :class="{ 'overflow-hidden': navIsOpen }">
<div class="relative z-10 h-full overflow-y-auto px-8 pb-24"><a href="/" class="mt-10 flex items-center"><img class="h-8 w-8" src="/img/logomark.min.svg"
alt="Laravel"></a><div class="relative mt-8 flex items-center"><label for="version-switcher" class="sr-only">Laravel version</label>
<select id="version-switcher" class="appearance-none flex-1 w-full rounded-md px-3 py-2 text-sm" onchange="location = this.value">
${lvVersions.map((v) => `<option value="https://laravel.com/docs/${v}/rate-limiting"${v === '12.x' ? ' selected' : ''}>${v}</option>`).join('')}
</select></div><nav id="indexed-nav" class="hidden lg:block lg:mt-4"><ul>
${lvNavHtml}
</ul></nav></div></aside>
<div class="w-full lg:pl-80"><section class="flex-1 pt-10 md:pt-16"><div class="max-w-screen-lg px-4 sm:px-16 lg:px-24">
<div class="flex items-center justify-between"><button type="button" class="flex items-center gap-2 text-sm text-gray-600" @click.prevent="searchIsOpen = true"
id="docsearch"><svg class="h-5 w-5" viewBox="0 0 24 24" aria-hidden="true"></svg><span>Search Docs</span><kbd class="ml-auto">⌘K</kbd></button>
<div class="flex gap-1" x-data="{ theme: localStorage.theme ?? 'system' }"><button type="button" aria-label="Light mode">Light</button>
<button type="button" aria-label="Dark mode">Dark</button><button type="button" aria-label="System theme">System</button></div></div>
<section class="mt-8 md:mt-12" id="main-content"><section class="docs_main max-w-prose">
<div id="docs-partner" class="mb-8 flex items-center gap-4 rounded-lg border p-4 text-sm"><a href="https://tidewell.example/?ref=laravel-docs"
class="flex items-center gap-4"><img src="/img/partners/tidewell-logo.min.svg" alt="Tidewell Studio" class="h-8"><span>Tidewell Studio is a Laravel Partner.
We build and rescue Laravel applications for teams of every size.</span></a><span class="uppercase tracking-wide text-xs">Laravel Partner</span></div>
<h1>${lvTitle}</h1>
${lvToc}
${lvH(2, 'introduction', lvH1)}
<p>${lvB1}</p>
<blockquote><div class="mb-10 max-w-2xl mx-auto px-4 py-8 shadow-lg lg:flex lg:items-center"><div class="w-20 h-20 mb-6 flex items-center justify-center
shrink-0 bg-purple-600 lg:mb-0"><img src="https://laravel.com/img/callouts/lightbulb.min.svg" class="opacity-75"></div><p class="mb-0 lg:ml-4">${lvCallout}</p>
</div></blockquote>
${lvH(3, 'cache-configuration', lvH2)}
<p>${lvB2[0]}</p>
${lvCode1}
<p>${lvB2[1]}</p>
${lvH(2, 'basic-usage', lvH3)}
<p>${lvB3[0]}</p>
${lvCode2}
<p>${lvB3[1]}</p>
${lvH(3, 'manually-incrementing-attempts', lvH4)}
<p>${lvB4[0]}</p>
${lvCode3}
<p>${lvB4[1]}</p>
${lvH(3, 'clearing-attempts', lvH5)}
<p>${lvB5}</p>
${lvCode4}
</section></section></div></section>
<footer class="relative pt-12 bg-gray-50"><div class="max-w-screen-2xl mx-auto px-5"><div class="lg:flex lg:-mx-6"><div class="lg:w-1/3 lg:px-6">
<a href="/"><img src="/img/logotype.min.svg" alt="Laravel" class="w-32"></a><p class="mt-6 text-sm">Laravel is the most productive way to build, deploy,
and monitor software.</p><ul class="mt-6 flex items-center space-x-3">${links(['GitHub', 'X', 'YouTube', 'Discord'], 'social')}</ul></div>
${lvFootCols
  .map(
    ([h, items]) => `<div class="lg:w-1/6 lg:px-6"><span class="text-sm font-semibold">${h}</span><ul
class="mt-4 space-y-2 text-sm">${links(items)}</ul></div>`,
  )
  .join('\n')}
</div><div class="mt-12 flex justify-between border-t py-6 text-xs"><p>© 2025 Laravel</p><ul class="flex gap-4">${links(['Legal', 'Status'])}</ul></div></div>
</footer></div></div></div>
<script>window.docsearch && docsearch({ appId: 'E3MIRNPJH5', indexName: 'laravel', container: '#docsearch' });</script></body></html>`;
const lvNavItems = lvNav.flatMap(([h, items]) => [h, ...items]);
const lvInBody = ['Configuration', 'Routing', 'Middleware', 'Requests', 'Cache', 'Rate Limiting', 'Password Reset'];
const laravel: TestPage = {
  html: lvHtml,
  name: 'heldout26-laravel-docs-page',
  kind: 'docs',
  // the paragraphs and the callout's text are body, the h2s and h3s are the headings; the list of anchor links under the h1
  // repeats the headings word for word: in neither list, and the PHP blocks are in no list; the page has no byline; the
  // promo bar, sidebar (version switcher, its label and the indexed nav with its section titles), search button, theme
  // buttons, the partner ad and the footer (tagline, social links, columns, copyright) are furniture; the nav's "Rate Limiting"
  // is the title and its "Configuration", "Routing", "Middleware", "Requests", "Cache" and "Password Reset" are words of the
  // body or headings, as is the footer's "Documentation": left out; "Release Notes" and "Starter Kits" are in the nav and the
  // footer: counted once
  title: lvTitle,
  headings: [lvH1, lvH2, lvH3, lvH4, lvH5],
  body: texts([lvB1, lvCallout, ...lvB2, ...lvB3, ...lvB4, lvB5]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Laravel Cloud now runs in six new regions.', 'Deploy in sixty seconds', 'Laravel version', ...lvVersions,
    ...lvNavItems.filter((t) => !lvInBody.includes(t)), 'Search Docs', '⌘K', 'Light', 'Dark', 'System',
    'Tidewell Studio is a Laravel Partner. We build and rescue Laravel applications for teams of every size.', 'Laravel Partner',
    'Laravel is the most productive way to build, deploy, and monitor software.', 'GitHub', 'X', 'YouTube', 'Discord',
    ...lvFootCols.flatMap(([h, items]) => [h, ...items.filter((t) => !['Starter Kits', 'Release Notes', 'Documentation'].includes(t))]),
    '© 2025 Laravel', 'Legal', 'Status',
  ],
};

export const HELDOUT26_B: readonly TestPage[] = [laravel, angularGuide];
