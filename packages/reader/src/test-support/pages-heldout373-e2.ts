import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout373-kit.js';

/**
 * Held-out batch 373, file e2: the specification page of a JSON Schema-style site built with Next.js, a listing whose main
 * text is short (header menu with search and the GitHub and Slack buttons, the collapsible docs sidebar, the h1, a few
 * paragraphs, a table of published drafts, "Edit this page on GitHub", the "Need Help?" feedback box, Go Back / Up Next
 * links and the footer with the social links), with the site's cookie notice.
 */
const sIntro = [
  j(
    'The current version of the specification is <strong>2026-01</strong>. It is published as two documents: Core, which',
    'defines the basic foundation of a schema and how keywords are applied to an instance, and Validation, which defines the',
    'keywords that check whether an instance is valid.',
  ),
  j(
    'Alongside them the project publishes the meta-schemas used to validate schemas themselves, and an output schema that',
    'describes the format of validation results. Implementations must declare which version they support in their documentation.',
  ),
];
const sDraftsIntro = [
  j(
    'Each published version keeps its own address and never changes once released; corrections appear only in a later',
    'version. Older versions remain available for schemas that declare them.',
  ),
];
const sRows: readonly (readonly [string, string])[] = [
  ['2026-01', 'January 2026'],
  ['2023-09', 'September 2023'],
  ['2021-06', 'June 2021'],
];
const sOut = [
  j(
    'Work on the next version happens in the open, in the specification repository. Proposals start as discussions, move to',
    'a pull request once the wording is settled, and are merged after two weeks without objection.',
  ),
];
const sNav = ['Learn', 'Docs', 'Tools', 'Blog', 'Community'];
const sSide = ['Introduction', 'Get started', 'Guides', 'Reference', 'Overview', 'Migration', 'Release notes', 'Glossary'];
const sFoot = ['Open Collective', 'Slack', 'X', 'GitHub', 'YouTube', 'Code of Conduct'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>Specification</title>
<meta name="description" content="The current version of the schema specification and its published drafts."><meta property="og:title" content="Specification">
<link rel="preload" href="/_next/static/media/c9a5bc6a7c948fb0-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous">
<link rel="stylesheet" href="/_next/static/css/8b2f1c0e9d4a.css" data-n-g=""><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script>
<script src="/_next/static/chunks/pages/%5Bslug%5D-6a1f0f3c2e.js" defer=""></script></head>
<body><div id="__next"><div class="min-h-screen relative flex flex-col justify-between"><main class="bg-white dark:bg-slate-800 z-10">
<header class="w-full bg-white fixed top-0 z-[170] shadow-xl drop-shadow-lg"><div class="flex justify-between items-center ml-8 2xl:px-12 py-4">
<a href="/" class=""><img src="/img/logos/logo-blue.svg" class="h-12 mr-2" alt="Schema site logo"></a>
<div class="flex items-center justify-end ml-auto gap-6">
${sNav.map((n) => `<a class="font-semibold p-2 md:p-4" href="/${n.toLowerCase()}">${n}</a>`).join('\n')}
<button type="button" class="DocSearch DocSearch-Button" aria-label="Search"><span class="DocSearch-Button-Container"><span
class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key">⌘</kbd>
<kbd class="DocSearch-Button-Key">K</kbd></span></button>
<a href="https://github.com/json-schema-org/website" class="bg-primary text-white rounded-md">Star on GitHub</a>
<a href="/slack" class="bg-primary text-white rounded-md">Join Slack</a></div></div></header>
<div class="max-w-[1400px] mx-auto flex flex-col items-center"><section><div class="bg-primary w-full h-12 mt-[4.5rem] relative lg:hidden">
<div class="flex h-full justify-between w-full px-4"><h3 class="text-white ml-12">Specification</h3></div></div>
<div class="max-w-[1400px] grid grid-cols-1 lg:grid-cols-4 mx-4 md:mx-12"><div class="hidden lg:block mt-24 sticky top-24 h-[calc(100vh-6rem)] overflow-hidden">
<div class="hidden lg:block mt-8"><ul class="w-full">${links(sSide, 'mb-2')}</ul></div></div>
<div class="col-span-4 md:col-span-3 lg:mt-20 lg:w-5/6 mx-4 md:mx-0"><div class="mt-4 text-[14px] text-slate-600"><a href="/">Home</a> / Docs</div>
<h1 class="text-h1mobile md:text-h1 font-bold lg:mt-[80px] break-words mt-0">Specification</h1>
${ps(sIntro, ' class="text-slate-600 block leading-7 pb-4 dark:text-slate-300"')}
<h2 class="group flex flex-row items-center text-h3mobile md:text-h3 font-semibold mt-10 mb-4" id="published-versions">Published versions</h2>
${ps(sDraftsIntro, ' class="text-slate-600 block leading-7 pb-4 dark:text-slate-300"')}
<div class="max-w-full mx-auto overflow-auto"><table class="table-auto mb-8 max-w-full"><thead class="table-auto bg-slate-100"><tr>
<th class="border border-slate-300 p-4">Version</th><th class="border border-slate-300 p-4">Published</th><th class="border border-slate-300 p-4">Documents</th>
</tr></thead><tbody>${sRows
  .map(
    ([v, d]) => `<tr class="even:bg-blue-50"><td class="border border-slate-200 p-4">${v}</td><td class="border border-slate-200 p-4">${d}</td>
<td class="border border-slate-200 p-4"><a href="/draft/${v}/core">Core</a>, <a href="/draft/${v}/validation">Validation</a></td></tr>`,
  )
  .join('\n')}</tbody></table></div>
<h2 class="group flex flex-row items-center text-h3mobile md:text-h3 font-semibold mt-10 mb-4" id="in-progress">Work in progress</h2>
${ps(sOut, ' class="text-slate-600 block leading-7 pb-4 dark:text-slate-300"')}
<div class="text-slate-600 text-sm mt-8"><a href="https://github.com/json-schema-org/website/blob/main/pages/specification.md">Edit this page on GitHub</a>
<span class="ml-4">Last updated on 11 February 2026</span></div>
<div class="mb-4 mt-8 rounded-lg border border-slate-200"><h3 class="text-lg font-semibold">Need Help?</h3>
<p class="text-[14px]">Did you find these docs helpful?</p><button class="mx-1">Yes</button><button class="mx-1">No</button>
<p class="text-[14px]">Help us make our docs great!</p><p class="text-[14px]">We value docs contributions as much as every other type of contribution!</p>
<a href="https://github.com/json-schema-org/website/issues/new">Edit this page</a> <a href="/md-style-guide">Learn to contribute</a>
<p class="text-[14px]">Still Need Help? Learning a schema language is often confusing, but don't worry, we are here to help!</p>
<a href="https://github.com/orgs/json-schema-org/discussions">Ask the community on GitHub</a> <a href="/slack">Ask the community on Slack</a></div>
<div class="mb-4 flex flex-row gap-4"><a href="/overview/what-is-jsonschema" class="w-1/2 h-auto"><div class="text-base font-medium">Go Back</div>
<div class="text-base font-semibold">Overview</div></a><a href="/specification/migration" class="w-1/2 h-auto">
<div class="text-base font-medium">Up Next</div><div class="text-base font-semibold">Migration</div></a></div></div></div></section></div></main>
<footer class="z-10 h-[350px] md:h-[300px] bg-gradient-to-r from-startBlue from-1.95% to-endBlue clip-top grid items-center"><div class="grid grid-cols-2">
<ul class="flex flex-col">${links(sFoot, 'text-white')}</ul>
<p class="text-white text-sm">Copyright © 2026 Schema Project. All rights reserved.</p></div></footer>
<div class="fixed bottom-0 w-full bg-slate-900 text-white p-4 z-[200]" role="dialog" aria-label="Cookie notice"><p>We use cookies to understand how the
documentation is used. You can change your choice at any time.</p><button>Accept</button><button>Decline</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"specification","frontmatter":{"title":"Specification"}}},
"page":"/[slug]","query":{},"buildId":"Xq7rT2mK1v","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
export const jsonSchema: TestPage = {
  name: 'heldout373-jsonschema-nextjs-specification',
  kind: 'docs',
  html: sHtml,
  title: 'Specification',
  headings: ['Published versions', 'Work in progress'],
  body: [...texts([...sIntro, ...sDraftsIntro]), ...sRows.flat(), 'Core, Validation', ...texts(sOut)],
  bylines: ['Last updated on 11 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sNav, 'Search', 'Star on GitHub', 'Join Slack', ...sSide, 'Home', 'Edit this page on GitHub', 'Need Help?', 'Did you find these docs helpful?',
    'Help us make our docs great!', 'We value docs contributions as much as every other type of contribution!', 'Edit this page', 'Learn to contribute',
    "Still Need Help? Learning a schema language is often confusing, but don't worry, we are here to help!", 'Ask the community on GitHub',
    'Ask the community on Slack', 'Go Back', 'Up Next', ...sFoot.filter((f) => f.length > 2), 'Copyright © 2026 Schema Project. All rights reserved.',
    'We use cookies to understand how the documentation is used. You can change your choice at any time.', 'Accept', 'Decline',
  ],
};
