import { links, ps, type TestPage, texts } from './page-kit.js';
import { angularGuide } from './pages-heldout138-a2.js';

/**
 * Held-out batch 138, file a: a TypeScript handbook page on typescriptlang.org as Gatsby renders it (skip link, the top
 * menu with the search box, the handbook sidebar with its collapsed sections, the page title as an h2, twoslash code blocks
 * with their "Try" links, the "On this page" aside with "Is this page helpful?", the contributors strip with "Last updated",
 * the previous/next cards and the big site footer) and, from file a2, an Angular guide on angular.dev.
 */
const tsTitle = 'Mapped Types';
const tsP1 = [
  'Many types in a program are variations of one another. A settings object may have a version where every field is optional, ' +
    'another where every field is read-only, and a third where each field holds a validation message instead of a value. Writing ' +
    'each variation out by hand works until the original type changes and the copies quietly fall out of step.',
  'A mapped type lets you describe such a variation once. It walks over a set of keys, usually the keys of another type, and ' +
    'produces a property for each of them.',
];
const tsP2 = [
  'The <code>in</code> keyword here works like a loop over the union <code>keyof Settings</code>. For each key <code>K</code>, the ' +
    'new type gets a property with the same name whose type is <code>boolean</code>. If a field is later added to ' +
    '<code>Settings</code>, the flags type picks it up without any edit.',
];
const tsH1 = 'Mapping Modifiers';
const tsP3 = [
  'Two modifiers can be applied while mapping: <code>readonly</code>, which prevents assignment to a property, and <code>?</code>, ' +
    'which makes it optional. Prefix either with <code>+</code> to add it or <code>-</code> to remove it. Leaving the prefix off ' +
    'is the same as writing <code>+</code>.',
];
const tsP4 = [
  'Removing modifiers is the more common need in practice. A type built by a form library may mark every field optional, while ' +
    'the code that runs after validation knows that every field is present. <code>-?</code> says exactly that, and the compiler ' +
    'will then stop asking you to check for <code>undefined</code>.',
];
const tsH2 = 'Key Remapping via <code>as</code>';
const tsP5 = [
  'You can rename keys while you map them by adding an <code>as</code> clause after the key. The clause can use template literal ' +
    'types to build new property names from the old ones:',
];
const tsP6 = [
  'If the <code>as</code> clause produces <code>never</code>, the key is dropped from the result. This gives you a way to filter ' +
    'properties by name, or by the type of their value:',
];
const tsP7 = [
  'Remapping only changes the names. The value types are still computed from the original keys, so <code>Settings[K]</code> in ' +
    'the examples above refers to the property as it was before it was renamed.',
];
const tsH3 = 'Further Exploration';
const tsP8 = ['Mapped types combine well with the other features in this section. A few patterns come up again and again:'];
const tsList = [
  'Pairing a mapped type with a conditional type, so that only the properties whose values are functions are changed.',
  'Mapping over a union of string literals that is not tied to any object, such as a list of event names.',
  'Using <code>keyof</code> on a generic parameter, so that one mapping can be reused for any object type.',
];
const tsP9 = [
  'The utility types <code>Partial</code>, <code>Required</code>, <code>Readonly</code> and <code>Record</code> that ship with ' +
    'TypeScript are all written as mapped types. Reading their definitions in <code>lib.es5.d.ts</code> is a good way to check ' +
    'that the ideas on this page have sunk in.',
];
const tsNav = ['Download', 'Docs', 'Handbook', 'Community', 'Playground', 'Tools'];
const tsSideClosed = ['Get Started', 'Reference', 'Modules Reference', 'Tutorials', "What's New", 'Declaration Files', 'JavaScript', 'Project Configuration'];
const tsSideHandbook = ['The TypeScript Handbook', 'The Basics', 'Everyday Types', 'Narrowing', 'More on Functions', 'Object Types'];
const tsSideManip = ['Creating Types from Types', 'Generics', 'Keyof Type Operator', 'Typeof Type Operator', 'Indexed Access Types'];
const tsSideManip2 = ['Conditional Types', 'Template Literal Types'];
const tsSideTail = ['Classes', 'Modules'];
const tsContrib = ['MW', 'JH', 'PL', 'AO', '+4'];
const tsPrev = 'Types that choose between two shapes based on a condition you write in the type system.';
const tsNext = 'Build new string types by combining literal types and unions inside backticks.';
const tsFootUsing = ['Get Started', 'Download', 'Community', 'Playground', 'TSConfig Ref', 'Code Samples', 'Why TypeScript', 'Design'];
const tsFootComm = ['Get Help', 'Blog', 'GitHub Repo', 'Community Chat', '@TypeScript', 'Mastodon', 'Stack Overflow', 'Web Repo'];
const tsPopular = ['Everyday Types', 'Creating Types from Types', 'Object Types', 'Variable Declaration', 'More on Functions'];
const tsCode = (lines: string, link: string): string => `<pre class="shiki light-plus twoslash lsp"><div class="language-id">ts</div>
<div class='code-container'><code>${lines}</code><a class='playground-link' href='https://www.typescriptlang.org/play/#code/${link}'>Try</a></div></pre>`;
const tsLine = (s: string): string => `<div class='line'>${s}</div>`;
const tsSide = (items: readonly string[]): string =>
  items.map((t) => `<li class=""><a href="/docs/handbook/2/${t.toLowerCase().replace(/[^a-z]+/g, '-')}.html">${t}</a></li>`).join('\n');
const tsSection = (t: string): string => `<li class="closed"><button aria-expanded="false" aria-controls="${t.replace(/\W/g, '')}-sub">${t}
<svg fill="none" height="14" viewBox="0 0 9 14" width="9"><path d="m1 13 6-6-6-6" stroke="#000"></path></svg></button>
<ul id="${t.replace(/\W/g, '')}-sub"><li><a href="/docs/${t.toLowerCase().replace(/\W+/g, '-')}/">Overview</a></li></ul></li>`;
const tsH = (t: string, id: string): string => `<h2 id="${id}"><a aria-hidden="true" tabindex="-1" href="#${id}"></a>${t}</h2>`;
const tsHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.7"/>
<title data-react-helmet="true">TypeScript: Documentation - Mapped Types</title>
<meta data-react-helmet="true" name="description" content="Generating types by re-using an existing type."/>
<meta data-react-helmet="true" property="og:title" content="TypeScript: Documentation - Mapped Types"/>
<meta data-react-helmet="true" property="og:description" content="Generating types by re-using an existing type."/>
<meta data-react-helmet="true" name="twitter:site" content="typescriptlang"/><link rel="canonical"
href="https://www.typescriptlang.org/docs/handbook/2/mapped-types.html"/>
<link rel="preconnect" href="https://www.google-analytics.com"/><link as="script" rel="preload" href="/webpack-runtime-8a1c3e0d5f2b7e41.js"/>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new
Date());gtag('config','UA-48047-1',{anonymize_ip:true})</script>
<style data-href="/styles.0c3e1f8a.css" data-identity="gatsby-global-css">#top-menu{height:72px}.raised{box-shadow:0 1px 3px rgba(0,0,0,.1)}</style>
</head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<header dir="ltr"><a class="skip-to-content" href="#site-content" tabindex="0">Skip to main content</a>
<div id="top-menu" class="up"><div class="left below-small"><a id="home-page-logo" href="/" aria-label="TypeScript Home Page">
<svg fill="none" height="26" viewBox="0 0 27 26" width="27"><path d="m.98608 0h24.32332c.5446 0 .9861.436522.9861.975v24.05c0 .5385"></path></svg></a>
<nav role="navigation"><ul>${tsNav.map((t) => `<li class="nav-item"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ul></nav></div>
<div class="right above-small"><div class="search-section"><div class="nav-item"><form id="search-form" class="search top-nav" role="search">
<svg fill="none" height="16" viewBox="0 0 16 16" width="16"><path d="m10.5 0c3.0376 0 5.5 2.46243 5.5 5.5"></path></svg>
<input type="search" id="search-box-top" placeholder="Search Docs" aria-label="Search the TypeScript site"/>
<input type="submit" style="display:none"/></form></div></div></div></div></header>
<div id="site-content"><div class="page-wrapper handbook"><nav id="sidebar" aria-label="Table of Contents"><ul>
${tsSection('Get Started')}
<li class="open"><button aria-expanded="true" aria-controls="Handbook-sub">Handbook</button><ul id="Handbook-sub">
${tsSide(tsSideHandbook)}
<li class="open"><button aria-expanded="true">Type Manipulation</button><ul>
${tsSide(tsSideManip)}
${tsSide(tsSideManip2.slice(0, 1))}
<li class="highlight"><a href="/docs/handbook/2/mapped-types.html">Mapped Types</a></li>
${tsSide(tsSideManip2.slice(1))}</ul></li>
${tsSide(tsSideTail)}</ul></li>
${tsSideClosed.slice(1).map(tsSection).join('\n')}
</ul></nav>
<div id="handbook-content" role="article"><h2>${tsTitle}</h2><article><div class="whitespace raised"><div class="markdown">
${ps(tsP1)}
${tsCode(
  `${tsLine('<span style="color: #0000FF">type</span> <span style="color: #267F99">SettingFlags</span> = {')}
${tsLine('  [<span style="color: #267F99">K</span> <span style="color: #0000FF">in</span> <span style="color: #0000FF">keyof</span> Settings]: boolean;')}
${tsLine('};')}`,
  'C4TwDgpgBAogHmAhgYwNYQPICMBWEnAQ',
)}
${ps(tsP2)}
${tsH(tsH1, 'mapping-modifiers')}
${ps(tsP3)}
${tsCode(
  `${tsLine('<span style="color: #008000">// Removes readonly from every property</span>')}
${tsLine(
  '<span style="color: #0000FF">type</span> Mutable&lt;T&gt; = { -<span style="color: #0000FF">readonly</span> ' +
    '[K <span style="color: #0000FF">in</span> keyof T]: T[K] };',
)}
${tsLine('<span style="color: #0000FF">type</span> Complete&lt;T&gt; = { [K <span style="color: #0000FF">in</span> keyof T]-?: T[K] };')}`,
  'C4TwDgpgBAysCGwoF4oG8BQUoG0DSUAlgHZQDWEIA9gGZQAKATgJbEA2wBVjAbhjwC4',
)}
${ps(tsP4)}
${tsH(tsH2, 'key-remapping-via-as')}
${ps(tsP5)}
${tsCode(
  `${tsLine('<span style="color: #0000FF">type</span> Getters&lt;T&gt; = {')}
${tsLine(
  `  [K <span style="color: #0000FF">in</span> keyof T <span style="color: #0000FF">as</span> \`get\${Capitalize&lt;string &amp; K&gt;}\`]: () =&gt; ` + 'T[K]',
)}
${tsLine('};')}`,
  'C4TwDgpgBAShDGB7ATgEwgZwDwBUB8UAvFAN4BQUUA2gNJQCWAdlANYQiIBmUOAugFyxEAbQ',
)}
${ps(tsP6)}
${tsCode(
  `${tsLine('<span style="color: #0000FF">type</span> WithoutInternal&lt;T&gt; = {')}
${tsLine(
  `  [K <span style="color: #0000FF">in</span> keyof T <span style="color: #0000FF">as</span> K <span style="color: #0000FF">extends</span> ` +
    `\`_\${string}\` ? never : K]: T[K]`,
)}
${tsLine('};')}`,
  'C4TwDgpgBAysCGwoF4oG8BQUoG0DSUAlgHZQDWEIA9gGZQAKATgJbEA2wBVjAb',
)}
${ps(tsP7)}
${tsH(tsH3, 'further-exploration')}
${ps(tsP8)}
<ul>${tsList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(tsP9)}
</div></div></article>
<div class="whitespace-tight raised" id="page-footer-bits"><div class="contributors"><p>The TypeScript docs are an open source project. Help us improve
these pages <a href="https://github.com/microsoft/TypeScript-Website/issues/new/choose">by sending a Pull Request</a> ❤</p>
<div class="avatars"><h4>Contributors to this page:</h4>
${tsContrib.map((c) => `<div class="avatar" title="${c}"><span class="initials">${c}</span></div>`).join('')}</div>
<p class="last-updated">Last updated: Nov 24, 2025</p></div></div>
<section id="handbook-navigation"><a class="prev" href="/docs/handbook/2/conditional-types.html"><span class="label">Previous</span>
<p class="title">Conditional Types</p><p class="description">${tsPrev}</p></a>
<a class="next" href="/docs/handbook/2/template-literal-types.html"><span class="label">Next</span>
<p class="title">Template Literal Types</p><p class="description">${tsNext}</p></a></section></div>
<aside id="toc-container"><div class="handbook-toc"><nav><div id="handbook-on-this-page-section"><h5>On this page</h5><ul>
<li><a href="#mapping-modifiers">${tsH1}</a></li><li><a href="#key-remapping-via-as">${tsH2}</a></li>
<li><a href="#further-exploration">${tsH3}</a></li></ul></div>
<section id="like-dislike-subnav"><h5>Is this page helpful?</h5><div><button class="like" type="button" aria-label="Like this page">
<svg height="20" width="20"></svg>Yes</button><button class="dislike" type="button" aria-label="Dislike this page"><svg height="20" width="20"></svg>No</button>
</div></section></nav></div></aside></div></div>
<footer id="site-footer" role="contentinfo"><section id="popular"><h3>Popular Documentation Pages</h3><ul>
${tsPopular.map((t) => `<li><a href="/docs/handbook/2/${t.toLowerCase().replace(/ /g, '-')}.html"><p>${t}</p></a></li>`).join('\n')}</ul></section>
<section id="community"><article class="banner"><h3>Using TypeScript</h3><ul>${links(tsFootUsing)}</ul></article>
<article class="banner"><h3>Community</h3><ul>${links(tsFootComm.filter((t) => t !== 'Blog'))}<li><a href="/blog/">Blog</a></li></ul></article>
<article class="customize"><h3>Customize</h3><label for="site-colors">Site Colours:</label><select name="colors" id="site-colors">
<option value="system">System</option><option value="always-light">Always Light</option><option value="always-dark">Always Dark</option></select>
<label for="code-font">Code Font:</label><select name="font" id="code-font"><option value="cascadia">Cascadia</option>
<option value="consolas">Consolas</option><option value="dank-mono">Dank Mono</option></select></article></section>
<section id="number-bar"><div class="links"><p>Made with ♥ in Redmond, Boston, SF &amp; Dublin</p><p>© 2012-2025 Microsoft</p>
<p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy</a></p><p><a href="https://go.microsoft.com/fwlink/?LinkID=206977">Terms of Use</a></p>
</div></section></footer></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/docs/handbook/2/mapped-types.html";/*]]>*/</script>
<script src="/app-5d2c6b1e9a3f7c40.js" async=""></script></body></html>`;
const typescriptHandbook: TestPage = {
  html: tsHtml,
  name: 'heldout138-typescript-handbook-docs',
  kind: 'docs',
  // the page title is an h2 like the section headings; the twoslash code blocks (with their "Try" links) are code, the "Try"
  // link is furniture; the sidebar entry "Mapped Types" and the "On this page" entries repeat gold and are left out
  title: tsTitle,
  headings: texts([tsH1, tsH2, tsH3]),
  body: texts([...tsP1, ...tsP2, ...tsP3, ...tsP4, ...tsP5, ...tsP6, ...tsP7, ...tsP8, ...tsList, ...tsP9]),
  bylines: ['Last updated: Nov 24, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...tsNav.filter((t) => t !== 'Community'), ...tsSideClosed, 'Type Manipulation', ...tsSideHandbook, ...tsSideManip,
    ...tsSideManip2, ...tsSideTail, 'Try', 'The TypeScript docs are an open source project. Help us improve these pages by sending a Pull Request ❤',
    'Contributors to this page:', ...tsContrib, 'Previous', tsPrev, 'Next', tsNext, 'On this page', 'Is this page helpful?', 'Yes', 'No',
    'Overview', 'Popular Documentation Pages', 'Variable Declaration', 'Using TypeScript', 'Community', 'TSConfig Ref', 'Code Samples', 'Why TypeScript',
'Design',
    ...tsFootComm, 'Customize', 'Site Colours:', 'System', 'Always Light', 'Always Dark', 'Code Font:', 'Cascadia', 'Consolas', 'Dank Mono',
    'Made with ♥ in Redmond, Boston, SF & Dublin', '© 2012-2025 Microsoft', 'Privacy', 'Terms of Use',
  ],
};

export const HELDOUT138_A: readonly TestPage[] = [typescriptHandbook, angularGuide];
