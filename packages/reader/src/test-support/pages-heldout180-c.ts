import { links, type TestPage, texts } from './page-kit.js';
import { fastlyGuide } from './pages-heldout180-c2.js';

/**
 * Held-out batch 180, file c: a Vultr docs guide on docs.vultr.com (the top bar with "Vultr Docs", the product menu, search
 * and "Sign Up", the collapsible left tree, breadcrumbs, the author card with "Updated on" and the reading time, the tag
 * chips, Introduction / Prerequisites / Conclusion sections, note callouts, the right rail with the "On this page" toc and
 * the "Deploy now" promo card, the "Was this article helpful?" block, "More Resources" cards and the footer link columns)
 * and, from file c2, a Fastly documentation guide.
 */
const vuTitle = 'How to Install Caddy as a Reverse Proxy on Debian 12';
const vuH1 = 'Introduction';
const vuP1 = [
  'Caddy is an open-source web server that obtains and renews TLS certificates automatically. Used as a reverse proxy, it ' +
    'accepts HTTPS connections from the internet and forwards them to an application listening on a local port, so the ' +
    'application never has to handle certificates itself.',
  'This article explains how to install Caddy on Debian 12, proxy requests to a sample Node.js application called ' +
    'Lanternfish, and confirm that HTTPS works for your domain.',
];
const vuH2 = 'Prerequisites';
const vuP2 = ['Before you begin, you need to:'];
const vuPre = [
  'Have access to a Debian 12 server as a non-root user with sudo privileges.',
  'Create a DNS A record that points a domain such as <code>app.example.com</code> to the server’s public IP address.',
  'Run an application on the server that listens on <code>127.0.0.1:3000</code>.',
];
const vuH3 = 'Install Caddy';
const vuP3 = [
  'Caddy is not in the default Debian repositories. Add the official Caddy repository and its signing key, then install the package.',
  'The package installs a systemd service that starts Caddy immediately. Check that it is running:',
];
const vuNote1 =
  'If the service fails to start, another web server such as Apache or Nginx may already be using port 80. Stop and disable ' + 'it before you continue.';
const vuH4 = 'Configure Caddy as a Reverse Proxy';
const vuP4 = [
  'Caddy reads its configuration from <code>/etc/caddy/Caddyfile</code>. Back up the default file, then open it in a text editor ' +
    'such as Nano and replace its contents with a site block for your domain.',
  'The <code>reverse_proxy</code> directive forwards every request for <code>app.example.com</code> to the Lanternfish application ' +
    'on port 3000. Because the site address is a domain name, Caddy requests a certificate for it the first time it starts.',
  'Reload Caddy to apply the new configuration without dropping open connections.',
];
const vuNote2 =
  'Caddy needs ports 80 and 443 open to complete the certificate challenge. Allow both ports through UFW and through any Vultr ' +
  'Firewall group attached to the instance.';
const vuH5 = 'Test the Configuration';
const vuP5 = [
  'Visit <code>https://app.example.com</code> in a web browser. The Lanternfish welcome page should load over HTTPS with a valid ' +
    'certificate. If the browser shows a certificate error, check the Caddy logs with <code>journalctl -u caddy</code>; the most ' +
    'common cause is a DNS record that has not propagated yet.',
];
const vuH6 = 'Conclusion';
const vuP6 = [
  'You have installed Caddy on Debian 12 and configured it as a reverse proxy with automatic HTTPS. You can add more site ' +
    'blocks to the same Caddyfile to serve other applications, each with its own certificate.',
];
const vuTop = ['Products', 'Marketplace', 'Pricing', 'Docs', 'Support', 'Log In', 'Sign Up'];
const vuTree = ['Overview', 'Products', 'Guides', 'Getting Started', 'Web Servers', 'Databases', 'Networking', 'Security', 'API'];
const vuCrumbs = ['Docs', 'Guides', 'Web Servers', 'Caddy'];
const vuTags = ['Debian', 'Caddy', 'Reverse Proxy', 'Web Server'];
const vuDeploy = ['Deploy a Vultr Cloud Compute instance', 'Get started with $300 in free credit for new accounts.', 'Deploy now'];
const vuMore = ['How to Install Nginx on Debian 12', 'How to Secure a Debian 12 Server', 'How to Use Vultr Load Balancers'];
const vuHelp = ['Was this article helpful?', 'Yes', 'No', 'Thanks for your feedback!'];
const vuFoot = [
  'Company',
  'About Us',
  'Careers',
  'Press',
  'Legal',
  'Resources',
  'Blog',
  'Status',
  'Changelog',
  'Contact Sales',
  'Privacy Policy',
  'Terms of Service',
  '© Vultr 2025',
];
const vuPs = (a: readonly string[]): string => a.map((p) => `<p class="doc-p">${p}</p>`).join('\n');
const vuId = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const vuH = (t: string): string => `<h2 id="${vuId(t)}" class="doc-h2"><a class="anchor" aria-hidden="true" href="#${vuId(t)}"></a>${t}</h2>`;
const vuNote = (t: string): string => `<div class="callout callout-note" role="note"><div class="callout-icon" aria-hidden="true"></div>
<div class="callout-content"><p>${t}</p></div></div>`;
const vuCode = (c: string): string => `<div class="code-block"><div class="code-block-header"><span class="code-lang">console</span>
<button class="code-copy" type="button">Copy</button></div><pre><code class="language-console">${c}</code></pre></div>`;
const vuHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${vuTitle} | Vultr Docs</title><meta name="description" content="Learn how to install Caddy on Debian 12 and use it as a reverse proxy.">
<meta property="og:title" content="${vuTitle}"><meta property="og:site_name" content="Vultr Docs">
<link rel="canonical" href="https://docs.vultr.com/how-to-install-caddy-as-a-reverse-proxy-on-debian-12">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${vuTitle}",
"author":{"@type":"Person","name":"Ifeoma Castellanos"},"dateModified":"2025-08-22","publisher":{"@type":"Organization","name":"Vultr"}}</script>
<link rel="stylesheet" href="/_next/static/css/a81c5f0e.css"><script src="https://www.googletagmanager.com/gtm.js?id=GTM-VULTR" async></script>
</head><body><div id="__next"><header class="docs-header"><div class="docs-header__inner"><a href="/" class="docs-header__logo">
<span class="docs-header__brand">Vultr Docs</span></a><nav class="docs-header__nav" aria-label="Primary"><ul>${links(vuTop, 'docs-header__item')}</ul></nav>
<button class="docs-search-trigger" type="button"><span>Search Vultr Docs</span><kbd>/</kbd></button></div></header>
<div class="docs-layout"><aside class="docs-sidebar"><nav class="docs-tree" aria-label="Documentation"><ul>${links(vuTree, 'docs-tree__item')}</ul></nav>
</aside><main class="docs-main"><nav class="docs-breadcrumbs" aria-label="breadcrumb"><ol>
${vuCrumbs.map((t) => `<li class="docs-breadcrumbs__item"><a href="/${vuId(t)}">${t}</a></li>`).join('\n')}</ol></nav>
<article class="doc-article"><header class="doc-article__header"><h1 class="doc-title">${vuTitle}</h1>
<div class="doc-meta"><div class="doc-author"><img src="https://docs.vultr.com/public/authors/ifeoma.png" alt="" class="doc-author__avatar">
<span class="doc-author__label">Author</span><a class="doc-author__name" href="/authors/ifeoma-castellanos">Ifeoma Castellanos</a></div>
<div class="doc-meta__date">Updated on 22 August, 2025</div><div class="doc-meta__read">6 min read</div></div>
<ul class="doc-tags">${vuTags.map((t) => `<li><a class="doc-tag" href="/tags/${vuId(t)}">${t}</a></li>`).join('')}</ul></header>
<div class="doc-content">
${vuH(vuH1)}
${vuPs(vuP1)}
${vuH(vuH2)}
${vuPs(vuP2)}
<ul>${vuPre.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${vuH(vuH3)}
${vuPs(vuP3.slice(0, 1))}
${vuCode('$ sudo apt install -y debian-keyring debian-archive-keyring apt-transport-https curl\n$ sudo apt install caddy')}
${vuPs(vuP3.slice(1))}
${vuCode('$ sudo systemctl status caddy')}
${vuNote(vuNote1)}
${vuH(vuH4)}
${vuPs(vuP4.slice(0, 1))}
${vuCode('app.example.com {\n    reverse_proxy 127.0.0.1:3000\n}')}
${vuPs(vuP4.slice(1, 2))}
${vuNote(vuNote2)}
${vuPs(vuP4.slice(2))}
${vuCode('$ sudo systemctl reload caddy')}
${vuH(vuH5)}
${vuPs(vuP5)}
${vuH(vuH6)}
${vuPs(vuP6)}
</div>
<section class="doc-feedback"><p class="doc-feedback__q">${vuHelp[0]}</p><button type="button">${vuHelp[1]}</button>
<button type="button">${vuHelp[2]}</button><p class="doc-feedback__thanks" hidden>${vuHelp[3]}</p></section></article>
<section class="doc-more"><h2 class="doc-more__title">More Resources</h2><ul>${links(vuMore, 'doc-more__card')}</ul></section></main>
<aside class="docs-rail"><div class="docs-toc"><p class="docs-toc__title">On this page</p><ul>
${[vuH1, vuH2, vuH3, vuH4, vuH5, vuH6].map((t) => `<li><a href="#${vuId(t)}">${t}</a></li>`).join('\n')}</ul></div>
<div class="docs-deploy-card"><p class="docs-deploy-card__title">${vuDeploy[0]}</p><p>${vuDeploy[1]}</p>
<a class="btn btn-primary" href="https://my.vultr.com/deploy/">${vuDeploy[2]}</a></div></aside></div>
<footer class="docs-footer"><ul>${links(vuFoot, 'docs-footer__link')}</ul></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"how-to-install-caddy-as-a-reverse-proxy-on-debian-12"}},
"buildId":"v9pXq"}</script></body></html>`;
const vultr: TestPage = {
  name: 'heldout180-vultr-docs',
  kind: 'docs',
  html: vuHtml,
  // note callouts are body; "Author" label, tags, breadcrumbs, the deploy card and the feedback block (with its hidden
  // thanks line) are furniture; the author name, "Updated on" and the reading time are bylines
  title: vuTitle,
  headings: [vuH1, vuH2, vuH3, vuH4, vuH5, vuH6],
  body: [...vuP1, ...vuP2, ...texts(vuPre), ...vuP3, vuNote1, ...texts(vuP4.slice(0, 2)), vuNote2, ...vuP4.slice(2), ...texts(vuP5), ...vuP6],
  bylines: ['Ifeoma Castellanos', 'Updated on 22 August, 2025', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Vultr Docs', ...vuTop, 'Search Vultr Docs', ...vuTree,
    ...vuCrumbs.filter((t) => t !== 'Caddy'), 'Author', ...vuTags.filter((t) => t !== 'Caddy' && t !== 'Reverse Proxy'),
    'Copy', ...vuHelp, 'More Resources', ...vuMore, 'On this page', ...vuDeploy, ...vuFoot,
    ]),
  ],
};

export const HELDOUT180_C: readonly TestPage[] = [vultr, fastlyGuide];
