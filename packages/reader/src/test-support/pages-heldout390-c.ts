import { links, ps, type TestPage, texts } from './page-kit.js';
import { fcc } from './pages-heldout390-c2.js';
import { j } from './pages-heldout390-kit.js';

/**
 * Held-out batch 390, file c: a DigitalOcean-style community tutorial built with a JavaScript framework's markup (styled
 * component class names, Next.js data script, header with product menus, breadcrumb, author and editor cards, the
 * "Introduction" / "Prerequisites" / "Step" sections, note callouts, "Thanks for learning with the community" box,
 * "Tutorial Series" rail, "Still looking for an answer?" and comments, sign-up promo, footer) and, from file c2, a
 * freeCodeCamp-style news article on Ghost.
 */
const dTitle = 'How To Set Up a Reverse Proxy with Caddy on Ubuntu 24.04';
const dSteps = ['Step 1 — Installing Caddy', 'Step 2 — Writing the Caddyfile', 'Step 3 — Enabling Automatic HTTPS'];
const dH = ['Introduction', 'Prerequisites', ...dSteps, 'Conclusion'];
const dIntro = [
  j(
    'A reverse proxy sits in front of your applications and forwards requests to them. It gives you one public entry point, one',
    'place to terminate TLS, and a way to run several services on the same server behind different domain names.',
  ),
  j(
    'In this tutorial, you will install the Caddy web server on Ubuntu 24.04, configure it as a reverse proxy for a small Node.js',
    'application listening on port 3000, and let Caddy obtain and renew a TLS certificate for you.',
  ),
];
const dPre = ['To complete this tutorial, you will need:'];
const dPreList = [
  'One Ubuntu 24.04 server with a non-root user with sudo privileges and a firewall enabled.',
  'A registered domain name with an A record pointing at your server\u2019s public IP address.',
  'An application listening on localhost port 3000. Any web application works; the examples use a Node.js app.',
];
const d1 = [
  j(
    'Caddy publishes its own package repository, which keeps it more current than the version in the Ubuntu archive. First, add',
    'the repository\u2019s signing key and source list, then update the package index and install Caddy:',
  ),
  'Once the installation finishes, the caddy service starts automatically. Check that it is running:',
  'You should see <code>active (running)</code> in the output. Caddy now serves a default welcome page on port 80.',
];
const d2 = [
  j(
    'Caddy reads its configuration from <code>/etc/caddy/Caddyfile</code>. Open the file with your editor, delete the default',
    'contents, and replace them with the following block, substituting your own domain:',
  ),
  j(
    'The first line names the site. The <code>reverse_proxy</code> directive forwards every request to the application on port',
    '3000 and passes the original host and client address along in headers. Save the file and reload Caddy:',
  ),
];
const dNote = [
  j(
    '<strong>Note:</strong> If the reload fails, run <code>caddy validate --config /etc/caddy/Caddyfile</code> to see which line',
    'Caddy could not parse. A missing closing brace is the most common cause.',
  ),
];
const d3 = [
  j(
    'Because the site address in the Caddyfile is a domain name, Caddy requests a certificate for it on the first reload. For this',
    'to succeed, ports 80 and 443 must be open in the firewall:',
  ),
  j(
    'Visit your domain in a browser. The page from your application should load over HTTPS with a valid certificate. Caddy renews',
    'the certificate on its own about thirty days before it expires, so there is no cron job to maintain.',
  ),
];
const d4 = [
  j(
    'You now have Caddy running as a reverse proxy with automatic HTTPS in front of your application. From here, you can add more',
    'site blocks to the same Caddyfile to serve other domains, or add a <code>handle_path</code> block to route a path prefix to a second service.',
  ),
];
const dMenu = ['Products', 'Solutions', 'Developers', 'Partners', 'Pricing', 'Log in', 'Sign up'];
const dCrumbs = ['Tutorials', 'Ubuntu', 'Caddy'];
const dSeries = ['How To Install Caddy on Ubuntu 24.04', 'How To Host Multiple Sites with Caddy', 'How To Add Basic Authentication to Caddy'];
const dFoot = ['Company', 'About', 'Leadership', 'Blog', 'Careers', 'Products', 'Community', 'Tutorials', 'Q&A', 'Support', 'Contact Support'];
const cmd = (s: string): string => `<pre class="code-pre command prefixed"><code>${s}</code></pre>`;
const note = (t: string): string => `<div class="sc-note note"><p>${t}</p></div>`;
const dHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${dTitle} | Marlin Ocean</title>
<meta name="description" content="Install Caddy on Ubuntu 24.04 and configure it as a reverse proxy with automatic HTTPS.">
<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image"><meta name="next-head-count" content="14">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${dTitle}","datePublished":"2026-02-10",
"dateModified":"2026-02-11","author":[{"@type":"Person","name":"Tobiah Renwick"}],"proficiencyLevel":"Beginner"}</script>
<link rel="preload" href="/_next/static/css/4f1c0a7e.css" as="style"></head>
<body><div id="__next"><div class="sc-a2b7c3e4-0 hFgTzQ"><header class="HeaderStyles__StyledHeader-sc-1y6z3r0-0 kXnQpA" role="banner">
<a href="/" aria-label="Marlin Ocean home" class="HeaderStyles__Logo-sc-1y6z3r0-1">Marlin Ocean</a>
<nav><ul class="sc-7d1e6a2b-0 jQmzVd">${links(dMenu, 'sc-7d1e6a2b-1')}</ul></nav></header>
<main class="TutorialStyles__StyledMain-sc-9p2x1f-0 dZtJQk"><nav aria-label="breadcrumb" class="Breadcrumbs__StyledNav-sc-3k9v-0">
<ol>${links(dCrumbs, 'breadcrumb-item')}</ol></nav>
<div class="TutorialStyles__Header-sc-9p2x1f-1"><h1 class="HeadingStyles__StyledH1-sc-2m8c4v-0 fkLbYp">${dTitle}</h1>
<div class="TutorialStyles__Meta-sc-9p2x1f-2"><span class="sc-date">Published on February 10, 2026</span>
<div class="tags"><a href="/tags/ubuntu">Ubuntu</a><a href="/tags/caddy">Caddy</a><a href="/tags/networking">Networking</a></div></div>
<div class="AuthorStyles__Cards-sc-5k1d-0"><div class="author-card"><img src="/avatars/trenwick.png" alt="Tobiah Renwick" width="40">
<span class="author-name">Tobiah Renwick</span><span class="author-role">Author</span></div>
<div class="author-card"><span class="author-name">Ines Halvard</span><span class="author-role">Editor</span></div></div></div>
<div class="TutorialStyles__Actions-sc-9p2x1f-3"><button type="button">Share</button><button type="button">Bookmark</button></div>
<div class="Markdown_markdown__7xKq2 tutorial-content" data-tutorial-id="5522">
<h3 id="introduction">${dH[0]}</h3>${ps(dIntro)}
<h2 id="prerequisites">${dH[1]}</h2>${ps(dPre)}<ul>${dPreList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
<h2 id="step-1">${dH[2]}</h2>${ps(d1.slice(0, 1))}
${cmd('curl -1sLf https://dl.caddy.example/gpg.key | sudo gpg --dearmor -o /usr/share/keyrings/caddy.gpg\nsudo apt update\nsudo apt install caddy')}
${ps(d1.slice(1, 2))}${cmd('sudo systemctl status caddy')}${ps(d1.slice(2))}
<h2 id="step-2">${dH[3]}</h2>${ps(d2.slice(0, 1))}
<div class="code-label" title="/etc/caddy/Caddyfile">/etc/caddy/Caddyfile</div>
<pre class="code-pre"><code>your_domain {\n    reverse_proxy localhost:3000\n}</code></pre>
${ps(d2.slice(1))}${cmd('sudo systemctl reload caddy')}
${note(dNote[0] ?? '')}
<h2 id="step-3">${dH[4]}</h2>${ps(d3.slice(0, 1))}${cmd('sudo ufw allow 80\nsudo ufw allow 443')}${ps(d3.slice(1))}
<h2 id="conclusion">${dH[5]}</h2>${ps(d4)}
</div>
<div class="ThanksStyles__Box-sc-8v1q-0"><p class="thanks-title">Thanks for learning with the Marlin Ocean Community. Check out our offerings for
compute, storage, networking, and managed databases.</p><a href="/products">Learn more about our products</a></div>
<section class="SeriesStyles__Rail-sc-2t7w-0"><h2>Tutorial Series: Caddy on Ubuntu</h2><ul>${links(dSeries, 'series-item')}</ul></section>
<section class="CommentsStyles__Section-sc-6h4b-0" id="comments"><h2>Still looking for an answer?</h2>
<p><a href="/community/questions/new">Ask a question</a></p><p><a href="/community/questions">Search for more help</a></p>
<div class="comment"><span class="comment-author">pelham_w</span><span class="comment-date">February 14, 2026</span>
<p>Worked first time on a fresh droplet. For anyone proxying websockets: nothing extra is needed, Caddy handles the upgrade headers.</p></div>
<div class="comment"><span class="comment-author">arnav_k</span><span class="comment-date">February 20, 2026</span>
<p>Could you add a section on putting two apps on different subdomains?</p></div></section></main>
<aside class="SignupStyles__Promo-sc-4n2m-0"><p>Get $200 of free credit to try our products over 60 days!</p><a href="/sign-up">Sign up</a></aside>
<footer class="FooterStyles__StyledFooter-sc-1r9f-0"><ul>${links(dFoot, 'footer-link')}</ul>
<p>© 2026 Marlin Ocean, LLC.</p></footer>
<div id="truste-consent-track" class="truste-banner"><p>We use cookies and similar technologies to run this site and improve your experience.</p>
<button id="truste-consent-button">Agree &amp; Proceed</button><button id="truste-show-consent">Cookie Preferences</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"tutorial":{"id":5522,"slug":"reverse-proxy-caddy-ubuntu"}}},
"page":"/tutorials/[slug]",
"buildId":"b8Qz1kR"}</script></body></html>`;
const digitalOcean: TestPage = {
  name: 'heldout390-digitalocean-docs',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([...dIntro, ...dPre, ...dPreList, ...d1, ...d2, ...dNote, ...d3, ...d4]),
  bylines: ['Published on February 10, 2026', 'Tobiah Renwick', 'Ines Halvard'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Marlin Ocean', ...dMenu, dCrumbs[0] ?? '', 'Networking', 'Author', 'Editor', 'Share', 'Bookmark',
    'Thanks for learning with the Marlin Ocean Community. Check out our offerings for compute, storage, networking, and managed databases.',
    'Learn more about our products', 'Tutorial Series: Caddy on Ubuntu', ...dSeries, 'Still looking for an answer?', 'Ask a question',
    'Search for more help', 'pelham_w', 'February 14, 2026',
    'Worked first time on a fresh droplet. For anyone proxying websockets: nothing extra is needed, Caddy handles the upgrade headers.', 'arnav_k',
    'February 20, 2026', 'Could you add a section on putting two apps on different subdomains?', 'Get $200 of free credit to try our products over 60 days!',
    ...dFoot.filter((f) => !dMenu.includes(f) && !dCrumbs.includes(f)), '© 2026 Marlin Ocean, LLC.',
    'We use cookies and similar technologies to run this site and improve your experience.', 'Agree & Proceed',
    'Cookie Preferences',
  ],
};

export const HELDOUT390_C: readonly TestPage[] = [digitalOcean, fcc];
