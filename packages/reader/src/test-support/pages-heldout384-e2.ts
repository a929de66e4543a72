import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout384-kit.js';

/**
 * Held-out batch 384, file e2: an Atlassian Marketplace app page as the React frontend saves it (emotion "css-" class names
 * and data-testid attributes: the marketplace top navigation, breadcrumbs, the app header with partner, trust badges,
 * installs and "Try it free", the Overview / Reviews / Pricing / Privacy and security / Support / Versions tabs, three
 * highlight blocks with h3 titles and screenshot captions, the "More details" text, the sidebar facts and the footer).
 */
const aTitle = 'Cairnline Release Notes for Jira';
const aHl: readonly (readonly [string, string])[] = [
  [
    'Notes that write themselves',
    'Pick a fix version and Cairnline drafts release notes from the issues in it, grouped by type and written for customers, not developers.',
  ],
  [
    'One source, many audiences',
    'Publish the same release as an internal changelog, a customer email and a public page, each with its own template and level of detail.',
  ],
  [
    'Nothing goes out by accident',
    'Every draft waits for an approver. Issues marked as internal, or missing a public summary, are held back and listed for review.',
  ],
];
const aMore = [
  j(
    'Cairnline was built by a product team that spent the last afternoon of every sprint copying issue titles into a document and',
    'rewriting them for customers. It reads the fields you already keep in Jira, such as the issue type, components, labels and a',
    'custom "public summary" field, and uses them to build a first draft that needs minutes of editing rather than hours.',
  ),
  j(
    'Templates are written in a simple placeholder language and can be shared between projects. A template decides which issue',
    'types appear, in what order, under which headings, and what to do with issues that have no public summary.',
  ),
  'What teams use Cairnline for:',
  'Monthly customer newsletters that list what shipped, with links to documentation.',
  'Internal changelogs for support and sales, including known issues and workarounds.',
  'Public release pages hosted by Cairnline or embedded into Confluence pages.',
  j('Cairnline runs on Atlassian Forge. Release data stays in your Atlassian cloud site, and published public pages contain only the', 'text you approved.'),
];
const aNav = ['Apps', 'Categories', 'Collections', 'For developers', 'Partners'];
const aTabs = ['Overview', 'Reviews', 'Pricing', 'Privacy and security', 'Support', 'Versions'];
const aFoot = ['Archived apps', 'Privacy', 'Notice at Collection', 'Terms of use', 'Partner program', '© 2026 Atlassian'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${aTitle} | Atlassian Marketplace</title>
<meta name="description" content="Draft, approve and publish release notes straight from your Jira fix versions.">
<meta property="og:title" content="${aTitle}"><meta property="og:site_name" content="Atlassian Marketplace">
<link rel="canonical" href="https://marketplace.atlassian.com/apps/1234851/cairnline-release-notes-for-jira">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"${aTitle}",
"applicationCategory":"BusinessApplication",
"publisher":{"@type":"Organization","name":"Cairnline Software"},"aggregateRating":{"@type":"AggregateRating","ratingValue":3.6,"reviewCount":38}}</script>
<script>window.__INITIAL_STATE__={"appListing":{"appKey":"io.cairnline.release-notes","hosting":"cloud"}};</script>
<style data-emotion="css 1f3xq2a 9kd1e0 14ltnzm">.css-1f3xq2a{display:flex;}.css-9kd1e0{font-size:24px;}</style></head>
<body><div id="root"><div class="css-1f3xq2a" data-testid="page-layout"><header class="css-bj1fx8" data-testid="global-nav"><a class="css-1o2ykf2"
href="/">Atlassian Marketplace</a><nav class="css-7pj7wd">${aNav
  .map((t) => `<a class="css-1kdg6z0" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`)
  .join('')}</nav>
<input class="css-1x3ei8z" placeholder="Search for apps"><a class="css-lv3j2f" href="/login">Log in</a></header>
<main class="css-14ltnzm" id="main-content"><nav aria-label="Breadcrumbs" class="css-1kzq3pb"><ol><li><a href="/">Home</a></li>
<li><a href="/addons/app/jira">Jira</a></li><li><a href="/categories/project-management">Project management</a></li></ol></nav>
<div data-testid="app-header" class="css-5wksdz"><img class="css-1y2p2dr" src="https://marketplace-cdn.atlassian.example/files/cairnline-logo.png" alt="">
<div><h1 class="css-9kd1e0" data-testid="app-name">${aTitle}</h1>
<div class="css-1wm4n0s" data-testid="partner-name">by <a href="/vendors/1219877/cairnline-software">Cairnline Software</a></div>
<p class="css-1hr4x9t" data-testid="app-tagline">Draft, approve and publish release notes straight from your Jira fix versions.</p>
<ul class="css-r0l6k5" data-testid="trust-signals"><li>Cloud Fortified</li><li>Runs on Atlassian</li><li>2,318 installs</li><li>38 reviews</li></ul></div>
<div class="css-1a2b3c4"><a class="css-1hlypbu" data-testid="try-it-free" href="/apps/1234851/cairnline-release-notes-for-jira?tab=pricing">Try it free</a>
<a class="css-4l4ugf" href="/apps/1234851/cairnline-release-notes-for-jira?tab=pricing">See pricing</a></div></div>
<div role="tablist" class="css-1m9dz2f">${aTabs.map((t) => `<button role="tab" class="css-1ddghtk">${t}</button>`).join('')}</div>
<div data-testid="overview-tab" class="css-qf8r1b"><section data-testid="highlights" class="css-1vnbvfl">
${aHl
  .map(
    ([h, t], i) => `<div class="css-18n0dr6"><h3 class="css-1qhg5k3">${h}</h3><p class="css-1i55l0p">${t}</p><figure class="css-zk2tc3"><img
src="https://marketplace-cdn.atlassian.example/files/cairnline-hl${i}.png" alt=""><figcaption class="css-rtbdkd">Screenshot ${i + 1} of 3</figcaption>
</figure></div>`,
  )
  .join('\n')}</section>
<section data-testid="more-details" class="css-10uuyty"><h2 class="css-xc6o3g">More details</h2><div class="css-1ebprri">
${ps(aMore.slice(0, 3))}
<ul>${aMore
  .slice(3, 6)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${ps(aMore.slice(6))}
</div></section>
<aside data-testid="app-sidebar" class="css-1vv1zdy"><dl><dt>Hosting</dt><dd>Cloud</dd><dt>Version</dt><dd>2.14.0</dd>
<dt>Released</dt><dd>Jan 22, 2026</dd><dt>Partner support</dt><dd>Supported in English, Monday to Friday</dd></dl>
<a href="https://docs.cairnline.example">Documentation</a><a href="https://cairnline.example/eula">EULA</a></aside></div></main>
<footer class="css-e5u1a8"><ul>${links(aFoot)}</ul></footer></div></div>
<script src="https://marketplace-cdn.atlassian.example/static/main.9c1e.js" defer></script></body></html>`;
export const atlassianApp: TestPage = {
  name: 'heldout384-atlassian-marketplace-app',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [...aHl.map(([h]) => h), 'More details'],
  body: texts([...aHl.map(([, t]) => t), ...aMore]),
  bylines: ['Cairnline Software', 'Jan 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Atlassian Marketplace', ...aNav, 'Log in', 'Home', 'Project management', 'Draft, approve and publish release notes straight from your Jira fix versions.',
    'Cloud Fortified', 'Runs on Atlassian', '2,318 installs', '38 reviews', 'Try it free', 'See pricing', ...aTabs, 'Screenshot 1 of 3', 'Screenshot 2 of 3',
    'Screenshot 3 of 3', 'Hosting', 'Cloud', '2.14.0', 'Released', 'Partner support', 'Supported in English, Monday to Friday',
    'Documentation', 'EULA', ...aFoot,
  ],
};
