import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 162, file e2: a Deno documentation page on docs.deno.com (the Lume-built site: skip link, the header
 * with product nav, search button with its shortcut and theme toggle, the hidden mobile menu, the left sidebar with
 * section headings, breadcrumbs, the article with an info admonition and code blocks with copy buttons, the "On this
 * page" rail, "Edit this page", the "Did you find what you needed?" feedback form, and the footer columns).
 */
const dnTitle = 'Environment variables';
const dnIntro = [
  'Programs often read settings such as API keys, ports or feature flags from environment variables. Deno gives you access ' +
    'to them through the <code>Deno.env</code> API, but, like file and network access, reading them requires permission.',
];
const dnH1 = 'Reading and setting variables';
const dnP1 = [
  '<code>Deno.env</code> behaves much like a <code>Map</code> of strings. It provides <code>get()</code>, <code>set()</code>, ' +
    '<code>has()</code>, <code>delete()</code> and <code>toObject()</code>:',
  'Changes made with <code>set()</code> and <code>delete()</code> affect only the current process and any subprocesses it ' +
    'starts afterwards. They are never written back to the shell that started Deno.',
];
const dnH2 = 'Granting access';
const dnP2 = [
  'Without permission, the first call to <code>Deno.env.get()</code> prompts for access in an interactive terminal and throws ' +
    'a <code>NotCapable</code> error otherwise. Use the <code>--allow-env</code> flag, or its short form <code>-E</code>, to ' +
    'grant access when running a script:',
  'It is good practice to allow only the variables a program actually needs. Pass a comma-separated list of names to the ' +
    'flag, and any other variable stays hidden:',
];
const dnNote = [
  'A name list may end with a wildcard, for example <code>--allow-env=AWS_*</code>, to allow every variable with a given ' +
    'prefix. This is convenient for tools that read a family of related settings.',
];
const dnH3 = 'Loading a .env file';
const dnP3 = [
  'During development it is common to keep settings in a <code>.env</code> file next to the project. Pass ' +
    '<code>--env-file</code> to load it before your program starts:',
  'If no path is given, Deno looks for <code>.env</code> in the current working directory. Variables that are already set in ' +
    'the environment take precedence over the values in the file, so a value exported in your shell or set by your hosting ' +
    'platform is never silently replaced.',
  'The flag can be repeated to load several files. Later files override earlier ones, which makes it easy to combine shared ' +
    'defaults with a personal <code>.env.local</code> that is not committed.',
];
const dnH4 = 'process.env and Node.js compatibility';
const dnP4 = [
  'Code written for Node.js usually reads <code>process.env</code>. In Deno, <code>process</code> is available as a global in ' +
    'npm packages and can be imported from <code>node:process</code> in your own code. It reads the same variables and is ' +
    'subject to the same <code>--allow-env</code> permission.',
];
const dnTopNav = ['Runtime', 'Examples', 'Reference', 'Deploy'];
const dnSide: [string, string[]][] = [
  ['Getting started', ['Welcome to Deno', 'Installation', 'Setup your environment', 'Command line interface']],
  ['Fundamentals', ['TypeScript', 'Node and npm Compatibility', 'Security and permissions', 'Modules and dependencies', 'Configuration', dnTitle]],
  ['Reference guides', ['CLI', 'Deno APIs', 'Web APIs', 'Node APIs', 'Testing', 'Linting and formatting']],
];
const dnCrumbs = ['Runtime', 'Fundamentals'];
const dnToc = [dnH1, dnH2, dnH3, dnH4];
const dnFeedback = [
  'Did you find what you needed?',
  'Yes',
  'No',
  'What can we do to improve this page?',
  "If provided, you'll be @mentioned when this issue is addressed.",
  'Send',
];
const dnFoot = [
  ['Deno Docs', 'Deno Runtime', 'Deno Deploy', 'Examples', 'Standard Library', 'API Reference'],
  ['Community', 'Discord', 'GitHub', 'Bluesky', 'YouTube', 'Newsletter'],
  ['Help & Feedback', 'Community Support', 'Deploy System Status', 'Report a Problem'],
  ['Company', 'Blog', 'Careers', 'Merch', 'Privacy Policy'],
];
const dnCopyright = 'Copyright © 2025 the Deno authors.';
const codeBlock = (
  lang: string,
  t: string,
): string => `<div class="markdown-code-block relative group"><pre class="highlight"><code class="language-${lang}">${t}</code></pre>
<button class="copyButton absolute top-2 right-2" aria-label="Copy to clipboard" data-copy="${lang}"><span class="sr-only">Copy</span></button></div>`;
const dnHtml = `<!DOCTYPE html>
<html lang="en" class="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${dnTitle}</title><meta name="description" content="Reading and setting environment variables in Deno, the --allow-env permission and .env files.">
<meta property="og:title" content="${dnTitle}"><meta property="og:type" content="website"><meta property="og:site_name" content="Deno">
<meta property="og:image" content="https://docs.deno.com/runtime/fundamentals/environment_variables/index.png"><meta name="twitter:card"
content="summary_large_image">
<link rel="canonical" href="https://docs.deno.com/runtime/reference/env_variables/"><link rel="stylesheet" href="/styles.css?v=4f7a1c">
<link rel="stylesheet" href="/gfm.css"><script type="module" src="/js/darkmode.js"></script><script type="module" src="/js/copy.js"></script>
<script type="module" src="/js/orama-search.js"></script><script defer data-domain="docs.deno.com"
src="https://plausible.example/js/script.js"></script></head>
<body class="bg-background-primary text-foreground-primary"><a href="#content" class="skip-link sr-only focus:not-sr-only">Skip to main content</a>
<header class="header sticky top-0 z-50"><nav class="header-nav flex items-center gap-4" aria-label="Main"><a href="/" class="logo flex items-center">
<img src="/img/logo.svg" alt="Deno Docs" class="w-8 h-8"><span class="logo-text">Docs</span></a>
<ul class="header-links hidden md:flex">${links(dnTopNav, 'header-link')}</ul>
<div class="header-end flex items-center gap-2"><button id="orama-search-trigger" class="search-button" aria-label="Search"><span
class="search-button-text">Search</span>
<kbd class="search-shortcut">⌘K</kbd></button><button id="theme-toggle" class="theme-toggle" aria-label="Toggle theme"><span
class="sr-only">Toggle theme</span></button>
<button id="sidebar-open" class="md:hidden" aria-label="Open menu"><span class="sr-only">Menu</span></button></div></nav></header>
<div class="layout flex"><aside id="nav" class="sidebar w-72 shrink-0" aria-label="Sidebar"><nav class="sidebar-nav">
${dnSide
  .map(
    ([h, items]) =>
      `<section class="sidebar-section"><h2 class="sidebar-heading">${h}</h2><ul class="sidebar-list">${items
        .map(
          (t) => `<li
class="sidebar-item"><a class="sidebar-link${t === dnTitle ? ' active' : ''}"
href="#"${t === dnTitle ? ' aria-current="page"' : ''}>${t}</a></li>`,
        )
        .join('')}</ul></section>`,
  )
  .join('\n')}
</nav></aside>
<main id="content" class="content flex-1 min-w-0"><div class="content-inner flex"><div class="article-container">
<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol class="breadcrumbs-list">${dnCrumbs
  .map(
    (t) => `<li class="breadcrumb"><a href="#">${t}</a><span
class="breadcrumb-separator" aria-hidden="true">›</span></li>`,
  )
  .join('')}
<li class="breadcrumb" aria-current="page">${dnTitle}</li></ol></nav>
<article class="markdown-body"><h1 id="environment-variables">${dnTitle}</h1>
${ps(dnIntro)}
<h2 id="reading-and-setting-variables"><a href="#reading-and-setting-variables" class="header-anchor">${dnH1}</a></h2>
${ps(dnP1.slice(0, 1))}
${codeBlock(
  'ts',
  'Deno.env.set("FIREBASE_API_KEY", "examplekey123");\nconsole.log(Deno.env.get("FIREBASE_API_KEY")); // ' +
    'examplekey123\nconsole.log(Deno.env.has("FIREBASE_AUTH_DOMAIN")); // false',
)}
${ps(dnP1.slice(1))}
<h2 id="granting-access"><a href="#granting-access" class="header-anchor">${dnH2}</a></h2>
${ps(dnP2.slice(0, 1))}
${codeBlock('sh', 'deno run --allow-env main.ts')}
${ps(dnP2.slice(1))}
${codeBlock('sh', 'deno run --allow-env=PORT,DATABASE_URL server.ts')}
<div class="admonition info"><p class="title">Info</p>${ps(dnNote)}</div>
<h2 id="loading-a-env-file"><a href="#loading-a-env-file" class="header-anchor">${dnH3}</a></h2>
${ps(dnP3.slice(0, 1))}
${codeBlock('sh', 'deno run --env-file=.env --allow-env main.ts')}
${ps(dnP3.slice(1))}
<h2 id="process.env-and-node.js-compatibility"><a href="#process.env-and-node.js-compatibility" class="header-anchor">${dnH4}</a></h2>
${ps(dnP4)}
${codeBlock('ts', 'import process from "node:process";\n\nconst port = Number(process.env.PORT ?? 8000);')}
</article>
<div class="edit-page"><a class="edit-link" href="https://github.com/denoland/docs/edit/main/runtime/reference/env_variables.md">Edit this page</a></div>
<section class="feedback" aria-labelledby="feedback-title"><form id="feedback-form" class="feedback-form"><p id="feedback-title"
class="feedback-title">${dnFeedback[0]}</p>
<div class="feedback-buttons"><button type="button" class="feedback-yes" data-vote="yes">Yes</button><button type="button" class="feedback-no"
data-vote="no">No</button></div>
<div class="feedback-details hidden"><label for="feedback-comment">${dnFeedback[3]}</label><textarea id="feedback-comment"></textarea>
<label for="feedback-contact">GitHub username (optional)</label><input id="feedback-contact" type="text"><p class="feedback-hint">${dnFeedback[4]}</p>
<button type="submit" class="feedback-submit">Send</button></div></form></section></div>
<aside class="toc hidden xl:block" aria-label="On this page"><p class="toc-title">On this page</p><ul class="toc-list">
${dnToc.map((t) => `<li class="toc-item"><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></aside></div></main></div>
<footer class="footer"><div class="footer-columns">
${dnFoot
  .map(
    ([h, ...items]) => `<section class="footer-section"><h3 class="footer-heading">${(h ?? '').replace(/&/g, '&amp;')}</h3><ul
class="footer-list">${links(items, 'footer-item')}</ul></section>`,
  )
  .join('\n')}
</div><p class="footer-copyright">${dnCopyright}</p></footer></body></html>`;
export const denoPage: TestPage = {
  html: dnHtml,
  name: 'heldout162-deno-docs-runtime',
  kind: 'docs',
  // the info admonition's text is body and its "Info" label in neither list; code and copy buttons are not body; the
  // "On this page" rail repeats the headings and is left out; the feedback form, sidebar and footer are furniture
  title: dnTitle,
  headings: [dnH1, dnH2, dnH3, dnH4],
  body: texts([...dnIntro, ...dnP1, ...dnP2, ...dnNote, ...dnP3, ...dnP4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Docs', ...dnTopNav, 'Search', '⌘K', 'Toggle ' +
'theme', 'Menu', ...dnSide.flatMap(([h, items]) => [h, ...items]).filter((t) => t !== dnTitle),
    ...dnCrumbs, 'Copy', 'Edit this page', ...dnFeedback, 'GitHub username (optional)', 'On this page', ...dnFoot.flat(), dnCopyright,
  ])],
};
