import { links, ps, type TestPage, texts } from './page-kit.js';
import { maven } from './pages-heldout394-c2.js';
import { j, lisHtml } from './pages-heldout394-kit.js';

/**
 * Held-out batch 394, file c: a Docker Hub image overview as saved from the React app (MUI class names, the top bar with
 * Explore / Docs / Pricing and sign-in, the breadcrumb, the repository header with the Verified Publisher badge, pull count,
 * star count and the "Updated" line, the Overview / Tag tabs, the rendered overview, the sidebar with the docker pull command,
 * recent tags and the "About" summary, the OneTrust cookie banner and the footer) and, from file c2, a Maven Central artifact.
 */
const dTitle = 'saltmarsh/ledgerd';
const dIntro = [
  j(
    'ledgerd is a small append-only ledger server for audit trails. Services send it events over HTTP or gRPC; ledgerd',
    'chains every record to the one before it with a hash, so that a missing or edited entry is detected on the next',
    'verification run.',
  ),
  j(
    'This image contains the server binary, a default configuration and nothing else. It is built from scratch on top of',
    'a distroless base and runs as an unprivileged user.',
  ),
  j(
    'ledgerd is not a database and does not try to be one. It stores events as they arrive, answers range queries by time and',
    'by stream, and proves that nothing in between has changed. Anything richer, such as full-text search or dashboards,',
    'belongs in a separate system fed from the ledger export.',
  ),
];
const dTags = [
  '<code>2.6.0</code>, <code>2.6</code>, <code>2</code>, <code>latest</code>: the current stable release',
  '<code>2.5.3</code>, <code>2.5</code>: the previous minor line, still receiving security fixes',
  '<code>edge</code>: built from the main branch every night; not for production',
];
const dStart = [
  j(
    'Run the container with a volume for the data directory and publish port 7740. On first start ledgerd creates a',
    'signing key in <code>/var/lib/ledgerd/keys</code>; back this directory up, because records cannot be verified without it.',
  ),
  j(
    'The server is ready when the health endpoint at <code>/healthz</code> answers with status 200. A Compose file with a',
    'matching health check is in the examples folder of the source repository.',
  ),
  j(
    'To verify the chain from outside the container, run the bundled <code>ledgerctl verify</code> command against the data',
    'directory. It exits with a non-zero status and prints the first broken link if any record fails its check, which makes it',
    'easy to call from a nightly job.',
  ),
];
const dEnv = [
  '<code>LEDGERD_LISTEN</code>: address and port to listen on, default <code>:7740</code>',
  '<code>LEDGERD_RETENTION</code>: how long to keep records, for example <code>400d</code>; empty means forever',
  '<code>LEDGERD_TOKEN_FILE</code>: path to a file holding the bearer token clients must send',
  '<code>LEDGERD_LOG_FORMAT</code>: <code>text</code> or <code>json</code>',
];
const dSec = [
  j(
    'Images are signed with cosign and ship with a software bill of materials. Report vulnerabilities privately to the',
    'security contact listed in the repository; please do not open public issues for them.',
  ),
];
const dNav = ['Explore', 'Docs', 'Pricing', 'Sign In', 'Sign up'];
const dCrumbs = ['Explore', 'saltmarsh/ledgerd'];
const dTabsL = ['Overview', 'Tags'];
const dRecent = ['2.6.0', 'latest', '2.5.3', 'edge'];
const dFoot = ['About', 'Blog', 'Careers', 'Product', 'Docs', 'Pricing', 'Support', 'Terms of Service', 'Privacy', 'Cookies Settings'];
const mui = 'MuiTypography-root MuiTypography-body1';
const dHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>saltmarsh/ledgerd - Docker Image | Docker Hub</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Append-only audit ledger server with hash chaining">
<meta property="og:title" content="saltmarsh/ledgerd - Docker Image"><meta property="og:site_name" content="Docker Hub">
<link rel="canonical" href="https://hub.docker.com/r/saltmarsh/ledgerd"><link rel="stylesheet" href="/static/css/main.6e1d9a.css">
<style data-emotion="css" data-s="">.css-1w4b1dq{display:flex;}.css-8atqhb{width:100%;}</style>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="d1a5c3"></script></head>
<body><div id="app"><div class="MuiBox-root css-1w4b1dq"><header class="MuiPaper-root MuiAppBar-root MuiAppBar-positionSticky css-9pqh1a">
<div class="MuiToolbar-root MuiToolbar-regular css-1avxhcg"><a href="/" aria-label="Docker Hub"><svg class="css-2c7ko3" viewBox="0 0 74 18"></svg></a>
<div class="MuiAutocomplete-root css-q1m5c8"><input aria-label="Search Docker Hub" placeholder="Search Docker Hub" class="MuiInputBase-input css-mnn31"></div>
<nav class="MuiStack-root css-1l4w6pd">${dNav.map((t) => `<a class="MuiButton-root MuiButton-text css-1ujsas3" href="#">${t}</a>`).join('\n')}
</nav></div></header>
<main class="MuiBox-root css-8atqhb"><nav aria-label="breadcrumb" class="MuiTypography-root MuiBreadcrumbs-root css-1ex5sx5">
<ol class="MuiBreadcrumbs-ol css-nhb8h9">${links(dCrumbs, 'MuiBreadcrumbs-li')}</ol></nav>
<div class="MuiStack-root css-1rr4qq7" data-testid="repository-header"><img src="https://hub.docker.example/avatars/saltmarsh.png" alt="" width="64">
<div><h1 class="MuiTypography-root MuiTypography-h2 css-1dp5fr2" data-testid="repotagsTitle">${dTitle}</h1>
<span class="MuiChip-label css-9iedg7">Verified Publisher</span>
<p class="${mui} css-1r3cme3" data-testid="publisher">By <a href="/u/saltmarsh">Saltmarsh Systems</a></p>
<p class="${mui} css-1r3cme3" data-testid="description">Append-only audit ledger server with hash chaining</p>
<div class="MuiStack-root css-tf7l0r"><span data-testid="pulls" class="css-ha1pq">10M+</span><span class="css-ha1pq">Pulls</span>
<span data-testid="stars" class="css-ha1pq">218</span><span class="css-ha1pq">Stars</span>
<span class="${mui} css-1y7c5q6" data-testid="lastUpdated">Updated 6 days ago</span></div></div></div>
<div class="MuiTabs-root css-orq8zk"><div role="tablist" class="MuiTabs-flexContainer css-k008qs">
${dTabsL.map((t, i) => `<a role="tab" aria-selected="${i === 0}" class="MuiButtonBase-root MuiTab-root css-1q2h7u5" href="#">${t}</a>`).join('\n')}</div></div>
<div class="MuiGrid-root MuiGrid-container css-1d3bbye"><div class="MuiGrid-root MuiGrid-item MuiGrid-grid-md-8 css-1ulyyph">
<div class="MuiPaper-root css-1ejw1r4" data-testid="repository-overview"><div class="Markdown-module__markdown__2AABn">
<h1>ledgerd</h1>
${ps(dIntro)}
<h2>Supported tags</h2>
<ul>${lisHtml(dTags)}</ul>
<h2>Quick start</h2>
${ps(dStart)}
<h2>Environment variables</h2>
<ul>${lisHtml(dEnv)}</ul>
<h2>Security</h2>
${ps(dSec)}
</div></div></div>
<div class="MuiGrid-root MuiGrid-item MuiGrid-grid-md-4 css-1h7x5ab">
<div class="MuiPaper-root css-tjd6zf"><h2 class="MuiTypography-h5 css-1c8r2h3">Docker Pull Command</h2>
<div class="MuiInputBase-root css-5kf3z2"><input readonly value="docker pull saltmarsh/ledgerd" class="MuiInputBase-input css-1x5jdmq">
<button aria-label="copy" class="MuiIconButton-root css-1yxmbwk"><span class="visually-hidden">Copy</span></button></div></div>
<div class="MuiPaper-root css-tjd6zf"><h2 class="MuiTypography-h5 css-1c8r2h3">Recent Tags</h2><div class="MuiStack-root css-12thq2a">
${dRecent.map((t) => `<a class="MuiChip-root css-1m6d7qs" href="/r/saltmarsh/ledgerd/tags?name=${t}"><span class="MuiChip-label">${t}</span></a>`).join('\n')}
</div></div><div class="MuiPaper-root css-tjd6zf"><h2 class="MuiTypography-h5 css-1c8r2h3">About Official Images</h2>
<p class="${mui} css-9l3uo3">Verified Publisher images come from commercial publishers who have been vetted by Docker.</p>
<a href="/search?image_filter=store" class="css-q0dwe7">Browse other verified images</a></div></div></div></main>
<footer class="MuiBox-root css-1n4rt1u"><ul class="css-1f1n7r2">${links(dFoot, 'css-1ywcjph')}</ul>
<p class="${mui} css-1kbsp6z">© 2026 Docker Inc. All rights reserved</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze
site usage, and assist in our marketing efforts.</p><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<script>window.__reduxState = {"repository":{"name":"ledgerd","namespace":"saltmarsh","pull_count":10482113,"star_count":218}};</script>
<script src="/static/js/main.6e1d9a.js"></script></body></html>`;
const dockerHub: TestPage = {
  name: 'heldout394-docker-hub-image',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Supported tags', 'Quick start', 'Environment variables', 'Security'],
  body: texts([...dIntro, ...dTags, ...dStart, ...dEnv, ...dSec]),
  bylines: ['By Saltmarsh Systems', 'Updated 6 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dNav, 'Verified Publisher', 'Append-only audit ledger server with hash chaining', '10M+', 'Pulls', '218', 'Stars', ...dTabsL,
    'Docker Pull Command', 'Copy', 'Recent Tags', 'About Official Images',
    'Verified Publisher images come from commercial publishers who have been vetted by Docker.', 'Browse other verified images', ...dFoot,
    '© 2026 Docker Inc. All rights reserved', 'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device',
    'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT394_C: readonly TestPage[] = [dockerHub, maven];
