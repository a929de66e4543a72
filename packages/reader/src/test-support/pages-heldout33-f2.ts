import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 33, file f2: a Redocly (Realm) API guide page, prose, not an endpoint reference (styled-components classes
 * and data-component-name attributes, the navbar with search trigger, color-mode switch and "Dashboard" button, the sidebar
 * with menu groups and a version label, breadcrumbs, the "Copy for LLM" page-actions menu, Markdoc headings with anchor links,
 * code blocks with language labels and copy buttons, a warning admonition, "Last updated", the feedback widget, previous/next
 * navigation, the right-hand "On this page" table of contents, the column footer and the static-data script).
 */
const rdTitle = 'Verify webhook signatures';
const rdIntro =
  'Every webhook Tallyline sends is signed, so your endpoint can check that a request really came from us and that nobody changed ' +
  'it on the way. Verifying the signature takes a few lines of code, and you should do it before you act on any event.';
const rdH1 = 'How signing works';
const rdHow = [
  'When you create a webhook endpoint, Tallyline generates a signing secret that starts with <code>whsec_</code>. You can reveal it ' +
    'at any time from <strong>Developers &gt; Webhooks</strong> in the dashboard.',
  'Each request carries a <code>Tallyline-Signature</code> header with two parts: a Unix timestamp and an HMAC-SHA256 digest. The ' +
    'digest is computed over the timestamp, a full stop, and the raw request body, using your signing secret as the key.',
];
const rdH2 = 'Verify a request';
const rdSteps = [
  'Read the raw request body before any JSON parsing. Parsing and re-serializing changes whitespace and breaks the digest.',
  'Split the header on commas and read the <code>t</code> and <code>v1</code> values.',
  'Compute the HMAC of the timestamp, a full stop and the body, keyed with your signing secret.',
  'Compare your result with <code>v1</code> using a constant-time comparison.',
  'Reject the request if the timestamp is more than five minutes old, to stop replayed requests.',
];
const rdWarn =
  'Don’t log signing secrets or full signature headers. If a secret leaks, roll it from the dashboard: the old secret keeps working ' +
  'for 24 hours so you can deploy the new one without dropping events.';
const rdH3 = 'Respond quickly';
const rdRespond =
  'Return a 2xx status within ten seconds. If your handler needs longer, put the event on a queue and process it afterwards. ' +
  'Tallyline retries failed deliveries with exponential backoff for up to three days, and the same event can arrive more than once, ' +
  'so make your handler idempotent by storing the event <code>id</code> and skipping repeats.';
const codeHeader = ['Tallyline-Signature: t=1767225600,v1=5f1c0d7a9be3c2d48f61a0e92a'];
const codeNode = [
  "import crypto from 'node:crypto';",
  '',
  'export function verify(rawBody, header, secret) {',
  "  const parts = Object.fromEntries(header.split(',').map((p) =&gt; p.split('=')));",
  "  const expected = crypto.createHmac('sha256', secret).update(parts.t + '.' + rawBody).digest('hex');",
  '  const ok = crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1));',
  '  return ok &amp;&amp; Date.now() / 1000 - Number(parts.t) &lt; 300;',
  '}',
];
const codeBlock = (lang: string, label: string, lines: readonly string[]) =>
  `<div data-component-name="Markdoc/CodeBlock/CodeBlock" class="CodeBlock__CodeBlockWrapper-sc-1d4ewp1-0 kZqYgd">` +
  `<div data-component-name="Markdoc/CodeBlock/CodeBlockControls" class="CodeBlockControls__Container-sc-9x7s2c-0 hTfLqm">` +
  `<span class="CodeBlockControls__Lang-sc-9x7s2c-1 bWcFgz">${label}</span><button type="button" data-component-name="Buttons/CopyButton"` +
  ` class="CopyButton__Button-sc-1m4dqme-0 jxRxOi">Copy</button></div><pre class="language-${lang}" data-lang="${lang}"><code>` +
  lines.map((l) => `<span class="line">${l}</span>`).join('\n') +
  '</code></pre></div>';
const h2 = (id: string, t: string) =>
  `<h2 id="${id}" data-component-name="Markdoc/Heading/Heading" class="md heading-anchor"><a aria-label="link to ${t}" href="#${id}"` +
  ` class="anchor before"><svg viewBox="0 0 16 16" width="16" height="16"><path d="M4 9h1v1H4c-1.5 0-3-1.69-3-3.5"/></svg></a>${t}</h2>`;
const rdNav = ['Guides', 'API reference', 'Changelog', 'Status'];
const rdSideGroups: [string, string[]][] = [
  ['Getting started', ['Introduction', 'Authentication', 'Errors', 'Pagination', 'Idempotency']],
  ['Webhooks', ['Webhooks overview', 'Event types', rdTitle, 'Testing webhooks locally']],
  ['Going live', ['Launch checklist', 'Rate limits']],
];
const rdFootCols: [string, string[]][] = [
  ['Product', ['Pricing', 'Security', 'Customers']],
  ['Developer resources', ['API status', 'SDKs', 'Support']],
  ['Company', ['About', 'Careers', 'Privacy policy', 'Terms of service']],
];
const rdActions = ['View as Markdown', 'Open in ChatGPT', 'Open in Claude'];
const navItem = (t: string, i: number) =>
  `<li data-component-name="Navbar/NavbarItem" class="NavbarItem__NavItem-sc-19m3h9o-0 ${i === 0 ? 'active' : ''}">` +
  `<a href="/${t.toLowerCase().replace(' ', '-')}">${t}</a></li>`;
const footCol = ([h, items]: [string, string[]]) =>
  `<div><div class="FooterColumn__Title-sc-3k2rmv-0">${h}</div><ul>${items.map((t) => `<li><a href="/${t.length}">${t}</a></li>`).join('')}</ul></div>`;
const rdHtml = `<!DOCTYPE html><html lang="en-US" data-theme="light"><head><meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><title>${rdTitle} | Tallyline Developers</title>
<meta name="description" content="Check that webhook requests come from Tallyline before you act on them."/>
<link rel="canonical" href="https://developers.tallyline.example/guides/webhooks/verify-signatures"/>
<meta name="generator" content="Redocly"/><link rel="icon" href="/favicon.png"/>
<link rel="stylesheet" href="/assets/styles.8b2e1f3c.css"/>
<style data-styled="true" data-styled-version="6.1.13">.kZqYgd{position:relative;margin:1.5em 0;border-radius:8px}
.hTfLqm{display:flex;justify-content:space-between;padding:4px 12px;font-size:12px}</style>
<script>window.__staticData = {"props":{"seo":{"title":"${rdTitle}"},"lastModified":"2025-08-21T16:02:11.000Z",
"markdown":{"headings":[{"id":"how-signing-works","depth":2},{"id":"verify-a-request","depth":2},{"id":"respond-quickly","depth":2}]}},
"slug":"/guides/webhooks/verify-signatures","templateId":"markdown"};</script></head>
<body><div id="root"><div data-component-name="layouts/RootLayout" class="RootLayout__Wrapper-sc-1v2o7k1-0 cJqZvt">
<a href="#main-content" class="SkipContent__Link-sc-1a8e4dq-0 eMyBbq">Skip to content</a>
<header data-component-name="Navbar/Navbar" class="Navbar__NavbarContainer-sc-6m7sdd-0 dPuqzT"><div data-component-name="Navbar/NavbarLogo"
 class="NavbarLogo__LogoWrapper-sc-1c0r3jg-0 fNIMtJ"><a href="/"><img src="/images/tallyline-logo.svg" alt="Tallyline Developers"/></a></div>
<nav data-component-name="Navbar/NavbarMenu" class="NavbarMenu__NavItemsWrapper-sc-z3t1wn-0 kGxPfA"><ul>
${rdNav.map(navItem).join('\n')}
</ul></nav><div data-component-name="Search/SearchTrigger" class="SearchTrigger__Wrapper-sc-1yzm8kd-0 iHmOdu"><button type="button"
 aria-label="Search" class="SearchTrigger__Button-sc-1yzm8kd-1 jwzJgq"><svg width="16" height="16" viewBox="0 0 16 16"><circle cx="7" cy="7" r="5"/></svg>
<span>Search docs</span><kbd>⌘K</kbd></button></div><div data-component-name="ColorModeSwitcher/ColorModeSwitcher"><button type="button"
 aria-label="Switch to dark mode" class="ColorModeSwitcher__Button-sc-8h7jf0-0 gAtdQk"></button></div>
<a data-component-name="Navbar/NavbarButton" href="https://dashboard.tallyline.example" class="Button__StyledButton-sc-1yi2n6y-0 ieZNbq">Sign in</a>
</header>
<div data-component-name="layouts/PageLayout" class="PageLayout__Container-sc-qu2l6o-0 bpVxWs">
<aside data-component-name="Sidebar/Sidebar" class="Sidebar__SidebarContent-sc-1rst3ks-0 hNQFwk"><div data-component-name="Sidebar/SidebarBanner"
 class="SidebarBanner__Label-sc-m9r8zc-0 fWjYpU">API version 2025-06</div><nav><ul data-component-name="Sidebar/MenuContainer">
${rdSideGroups
  .map(
    ([g, items]) =>
      `<li data-component-name="Sidebar/MenuGroup" class="MenuGroup__Wrapper-sc-1urvm4u-0 ezmNoT"><div data-component-name="Sidebar/MenuItemLabel"` +
      ` class="MenuItemLabel__Label-sc-11f9ebf-0 hHPaUr" role="button" aria-expanded="true">${g}</div><ul>` +
      items
        .map(
          (t) =>
            `<li data-component-name="Sidebar/MenuItem"${t === rdTitle ? ' class="active" aria-current="page"' : ''}>` +
            `<a href="/guides/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
        )
        .join('') +
      '</ul></li>',
  )
  .join('\n')}
</ul></nav></aside>
<main id="main-content" data-component-name="layouts/DocumentationLayout" class="DocumentationLayout__Container-sc-1g4jq0h-0 hVaWnq">
<div class="DocumentationLayout__ContentHeader-sc-1g4jq0h-1 lnbPuN"><nav data-component-name="Breadcrumbs/Breadcrumbs" aria-label="breadcrumbs"
 class="Breadcrumbs__Wrapper-sc-1h3e7m2-0 bAfDwN"><a href="/guides">Guides</a><span aria-hidden="true">/</span><a href="/guides/webhooks">Webhooks</a>
</nav><div data-component-name="PageActions/PageActions" class="PageActions__Wrapper-sc-2f7s1k-0 dRlHnU"><button type="button"
 class="PageActions__Button-sc-2f7s1k-1 kTfQwm">Copy for LLM</button><button type="button" aria-label="More actions" aria-haspopup="menu"
 class="PageActions__Toggle-sc-2f7s1k-2 hpcEaX"></button><ul role="menu" hidden="">
${rdActions.map((t) => `<li role="menuitem"><a href="/guides/webhooks/verify-signatures.md">${t}</a></li>`).join('')}
</ul></div></div>
<div data-component-name="Markdown/Markdown" class="Markdown__Wrapper-sc-5a4chk-0 md-content">
<h1 id="verify-webhook-signatures" data-component-name="Markdoc/Heading/Heading" class="md">${rdTitle}</h1>
<p>${rdIntro}</p>
${h2('how-signing-works', rdH1)}
<p>${rdHow[0]}</p>
<p>${rdHow[1]}</p>
${codeBlock('http', 'HTTP', codeHeader)}
${h2('verify-a-request', rdH2)}
<ol>
${rdSteps.map((t) => `<li><p>${t}</p></li>`).join('\n')}
</ol>
${codeBlock('javascript', 'JavaScript', codeNode)}
<div data-component-name="Markdoc/Admonition/Admonition" type="warning" class="Admonition__Wrapper-sc-14b4ksv-0 gXoWPe">
<div class="Admonition__Heading-sc-14b4ksv-1 cLdUzn"><span class="Admonition__Icon-sc-14b4ksv-2 hRnTjE"><svg width="16" height="16"
 viewBox="0 0 16 16"><path d="M8 1l7 14H1z"/></svg></span><span>Warning</span></div><div class="Admonition__Content-sc-14b4ksv-3 fbLhxe">
<p>${rdWarn}</p></div></div>
${h2('respond-quickly', rdH3)}
<p>${rdRespond}</p>
</div>
<div class="DocumentationLayout__ContentFooter-sc-1g4jq0h-2 kQzWve"><div data-component-name="PageActions/LastUpdated"
 class="LastUpdated__Wrapper-sc-d3h3q2-0 jqbMEN">Last updated <time datetime="2025-08-21T16:02:11.000Z">August 21, 2025</time></div>
<a data-component-name="PageActions/EditPageButton" href="https://github.com/tallyline/developer-docs/edit/main/guides/webhooks/verify-signatures.md"
 class="EditPageButton__Link-sc-1kq9s5b-0 dHbQyB">Edit page</a></div>
<div data-component-name="Feedback/Feedback" class="Feedback__Wrapper-sc-1p9gk6a-0 eFqCws"><span class="Feedback__Label-sc-1p9gk6a-1 gSxZbD">Was
 this page helpful?</span><button type="button" aria-label="Yes" class="Feedback__Button-sc-1p9gk6a-2 cRmTgZ">Yes</button><button type="button"
 aria-label="No" class="Feedback__Button-sc-1p9gk6a-2 cRmTgZ">No</button></div>
<nav data-component-name="PageNavigation/PageNavigation" class="PageNavigation__Wrapper-sc-1q4sbgh-0 hAZZqS"><a href="/guides/event-types"
 class="PageNavigation__Link-sc-1q4sbgh-1 fXjGmQ"><span>Previous</span><span>Event types</span></a><a href="/guides/testing-webhooks-locally"
 class="PageNavigation__Link-sc-1q4sbgh-1 fXjGmQ"><span>Next</span><span>Testing webhooks locally</span></a></nav></main>
<aside data-component-name="TableOfContent/TableOfContent" class="TableOfContent__Wrapper-sc-1fwbxk2-0 jBTZxK"><div
 class="TableOfContent__Header-sc-1fwbxk2-1 bVdzKk">On this page</div><ul>
<li><a href="#how-signing-works">${rdH1}</a></li><li><a href="#verify-a-request">${rdH2}</a></li><li><a href="#respond-quickly">${rdH3}</a></li>
</ul></aside></div>
<footer data-component-name="Footer/Footer" class="Footer__FooterContainer-sc-1m0v4k6-0 eYzTqB"><div data-component-name="Footer/FooterColumns">
${rdFootCols.map(footCol).join('\n')}
</div><div data-component-name="Footer/FooterCopyright" class="FooterCopyright__Wrapper-sc-1nxz0ag-0 kdQWjs">© 2025 Tallyline, Inc. All rights reserved.</div>
</footer></div></div>
<script src="/assets/runtime.3c9b7a21.js" defer></script><script src="/assets/main.f04e6d92.js" defer></script>
</body></html>`;
export const redoclyGuide: TestPage = {
  html: rdHtml,
  name: 'heldout33-redocly-api-guide',
  kind: 'docs',
  // the three h2 are the headings; the paragraphs, the numbered steps and the warning admonition's text are body ("Warning"
  // label in neither); both code blocks with their "HTTP"/"JavaScript" labels and copy buttons are in neither; "Last updated
  // August 21, 2025" is the byline; navbar, search trigger, "Sign in", the sidebar (its entry for this page is the title:
  // left out) and version label, breadcrumbs ("Webhooks" crumb and group are a body word: left out), page actions, edit link,
  // feedback, previous/next, "On this page" (entries repeat the headings: left out) and the footer are furniture; the nav's
  // "Status" is a body word: left out
  title: rdTitle,
  headings: [rdH1, rdH2, rdH3],
  body: [rdIntro, ...texts(rdHow), ...texts(rdSteps), rdWarn, ...texts([rdRespond])],
  bylines: ['Last updated August 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...rdNav.filter((t) => t !== 'Status'), 'Search docs', '⌘K', 'Sign in', 'API version 2025-06',
    ...rdSideGroups.flatMap(([g, items]) => [...(g === 'Webhooks' ? [] : [g]), ...items.filter((t) => t !== rdTitle)]), 'Copy for LLM', ...rdActions,
    'Edit page', 'Was this page helpful?', 'Yes', 'No', 'Previous', 'Next', 'On this page', ...rdFootCols.flatMap(([h, items]) => [h, ...items]),
    '© 2025 Tallyline, Inc. All rights reserved.',
  ],
};
