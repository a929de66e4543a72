import { type TestPage, texts } from './page-kit.js';
import * as f3 from './pages-heldout118-f3.js';

/**
 * Held-out batch 118, file f2: a DigitalOcean community tutorial (the Next.js community site: top bar, main nav and
 * community sub-nav from file f3; the "Tutorial" label, title, publish date, tags and author line; the article with
 * "Step N —" h2s, prefixed command blocks whose lines are <li> elements inside <pre>, code labels, secondary file labels
 * and "Output" labels, a note span; the right rail with the table of contents and a sign-up promo; and, after the
 * article, the thanks line, the author box, "Still looking for an answer?", "Was this helpful?", the comments with their
 * form, the licence line, the promo blocks, the developer-cloud CTA, the footer and the cookie bar).
 */
const doTitle = 'How To Monitor Websites with Skiff on Ubuntu 24.04';
const doIntro = [
  'Skiff is a small, self-hosted uptime monitor. It checks your websites and APIs on a schedule, keeps a history of response ' +
    'times, and sends an alert by email or webhook when a check fails. Because it runs on your own server, it can also monitor ' +
    'internal services that a hosted monitor could never reach.',
  'In this tutorial, you will install Skiff on an Ubuntu 24.04 server, configure your first checks, put the dashboard behind ' +
    'Nginx with a TLS certificate, and run Skiff as a service so that it survives a reboot.',
];
const doPre = ['To follow this tutorial, you will need:'];
const doPreList = [
  'One Ubuntu 24.04 server with a non-root user with <code>sudo</code> privileges and a firewall enabled. You can set this up by ' +
    'following our <a href="/community/tutorials/initial-server-setup-with-ubuntu">Initial Server Setup with Ubuntu</a> guide.',
  'Nginx installed on your server, with a server block for your domain.',
  'A domain name pointed at your server. This tutorial uses <code><span class="highlight">status.your_domain</span></code> throughout.',
  'An SMTP account for sending alert emails.',
];
const doS1 = [
  'Skiff is distributed as a single binary. Download the latest release to your home directory:',
  'Move the binary into your path and create a system user for Skiff to run as:',
  'Verify the installation by checking the version:',
];
const doS2 = [
  'Skiff reads its configuration from <code>/etc/skiff/skiff.yml</code>. Create the directory and open a new file with ' +
    '<code>nano</code> or your preferred text editor:',
  'Add the following configuration, which defines two checks:',
  'The <code>interval</code> sets how often each check runs, and <code>timeout</code> how long Skiff waits for an answer before ' +
    'it counts the check as failed. The <code>expect</code> block lists the conditions a response must meet; here, the API check ' +
    'also requires the body to contain the word <code>ok</code>.',
];
const doNote =
  '<strong>Note:</strong> Skiff only marks a site as down after two failed checks in a row. This avoids alerts for a single ' +
  'dropped request. You can change this with the <code>failures_before_alert</code> setting.';
const doS3 = [
  'Create a systemd unit file so that Skiff starts at boot and restarts if it stops:',
  'Reload systemd, then start and enable the service:',
  'Skiff now listens on port <code>8040</code> on the local interface only.',
];
const doS4 = [
  'Open your server block and add a <code>location</code> block that passes requests to Skiff:',
  'Test the configuration and reload Nginx, then use Certbot to obtain a certificate for ' +
    '<code><span class="highlight">status.your_domain</span></code>. Visit <code>https://<span class="highlight">status.your_domain</span></code> ' +
    'in your browser and log in with the admin password printed in the service log.',
];
const doEnd = [
  'You now have a self-hosted uptime monitor that checks your sites every minute and tells you when something is wrong. From ' +
    'here, you can add checks for internal services, group checks into public status pages, or send alerts to a chat tool through ' +
    'a webhook.',
];
const doHs = [
  'Introduction',
  'Prerequisites',
  'Step 1 — Installing Skiff',
  'Step 2 — Configuring Checks',
  'Step 3 — Running Skiff as a Service',
  'Step 4 — Serving the Dashboard with Nginx',
  'Conclusion',
] as const;
const doUnit =
  '[Unit]\nDescription=Skiff uptime monitor\nAfter=network.target\n\n[Service]\nUser=skiff\n' +
  'ExecStart=/usr/local/bin/skiff serve --config /etc/skiff/skiff.yml\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target';
const doId = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const doH = (t: string): string => `<h2 id="${doId(t)}">${t}</h2>`;
const doPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const doCmd = (lines: readonly string[], prefix = '$'): string =>
  `<pre class="code-pre command prefixed"><code><ul class="prefixed">${lines.map((l) => `<li class="line" data-prefix="${prefix}">${l}</li>`).join('')}</ul>
</code></pre>`;
const doFile = (label: string, code: string): string =>
  `<div class="secondary-code-label " title="${label}">${label}</div><pre class="code-pre "><code>${code}</code></pre>`;
const doOut = (code: string): string => `<pre class="code-pre "><code><div class="code-label " title="Output">Output</div>${code}</code></pre>`;
const doArticle = `${doH(doHs[0])}
${doPs(doIntro)}
${doH(doHs[1])}
${doPs(doPre)}
<ul>${doPreList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${doH(doHs[2])}
<p>${doS1[0]}</p>
${doCmd(['cd ~', 'curl -LO https://github.com/skiff-monitor/skiff/releases/download/v1.8.2/skiff_linux_amd64.tar.gz', 'tar xzf skiff_linux_amd64.tar.gz'])}
<p>${doS1[1]}</p>
${doCmd(['sudo mv skiff /usr/local/bin/', 'sudo useradd --system --no-create-home --shell /usr/sbin/nologin skiff'])}
<p>${doS1[2]}</p>
${doCmd(['skiff --version'])}
${doOut('skiff version 1.8.2 (linux/amd64)')}
${doH(doHs[3])}
<p>${doS2[0]}</p>
${doCmd(['sudo mkdir /etc/skiff', 'sudo nano /etc/skiff/skiff.yml'])}
<p>${doS2[1]}</p>
${doFile(
  '/etc/skiff/skiff.yml',
  `checks:\n  - name: website\n    url: https://<span class="highlight">your_domain</span>\n    interval: 60s\n    timeout:
10s\n` +
    `  - name: api\n    url: https://api.<span class="highlight">your_domain</span>/health\n    interval: 30s\n    expect:\n      status: 200\n     
body_contains: ok`,
)}
<p>${doS2[2]}</p>
<p><span class="note">${doNote}</span></p>
${doH(doHs[4])}
<p>${doS3[0]}</p>
${doCmd(['sudo nano /etc/systemd/system/skiff.service'])}
${doFile('/etc/systemd/system/skiff.service', doUnit)}
<p>${doS3[1]}</p>
${doCmd(['sudo systemctl daemon-reload', 'sudo systemctl enable --now skiff'])}
<p>${doS3[2]}</p>
${doH(doHs[5])}
<p>${doS4[0]}</p>
${doFile('/etc/nginx/sites-available/status.your_domain', 'location / {\n    proxy_pass http://127.0.0.1:8040;\n    proxy_set_header Host $host;\n}')}
<p>${doS4[1]}</p>
${doCmd(['sudo nginx -t', 'sudo systemctl reload nginx', 'sudo certbot --nginx -d <span class="highlight">status.your_domain</span>'])}
${doH(doHs[6])}
${doPs(doEnd)}`;
const doHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How To Monitor Websites with Skiff on Ubuntu 24.04 | DigitalOcean</title>
<meta name="description" content="Install Skiff, a self-hosted uptime monitor, on Ubuntu 24.04, configure checks and serve the dashboard with Nginx.">
<meta property="og:title" content="${doTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="DigitalOcean">
<link rel="canonical" href="https://www.digitalocean.com/community/tutorials/how-to-monitor-websites-with-skiff-on-ubuntu-24-04">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${doTitle}","datePublished":"2025-10-07T14:00:00.000Z",
"author":[{"@type":"Person","name":"Rowan Achterberg"}],"publisher":{"@type":"Organization","name":"DigitalOcean"}}</script>
<link rel="stylesheet" href="/_next/static/css/c1a7e2f09b.css"><script src="//consent.trustarc.example/notice?domain=digitalocean.com&amp;c=teconsent" async>
</script>
</head><body><div id="__next">${f3.doHeader()}
<main class="TutorialLayout_StyledMain-sc-2q9f0k-0 fYzWbe"><div class="TutorialLayout_Grid"><article class="Tutorial_StyledArticle-sc-1c4n2xq-0 gHtqRa">
<div class="Tutorial_Header"><span class="Tutorial_Type">Tutorial</span><h1 class="Tutorial_Title">${doTitle}</h1><div class="Tutorial_Meta"><span
class="Tutorial_Date">Published on October 7, 2025</span><ul class="Tags_List">${f3.doTags
  .map(
    (t) => `<li><a href="/community/tags/${doId(t)}">${t}</a>
</li>`,
  )
  .join('')}
</ul></div><div class="Authors_Wrapper"><img alt="" src="https://www.gravatar.example/avatar/ra"><div><span>By <a href="/community/users/rachterberg">Rowan
Achterberg</a></span><span class="Authors_Role">Senior Technical Writer</span></div></div></div>
<div class="Markdown_StyledMarkdown-sc-5t2f0k-0 bXoPzf" data-testid="tutorial-content">
${doArticle}
</div>${f3.doAfter()}</article>
${f3.doRailHtml(doHs.map((t) => `<li><a href="#${doId(t)}">${t}</a></li>`).join(''))}</div></main>
${f3.doFooter()}</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"tutorial":{"id":41872,
"slug":"how-to-monitor-websites-with-skiff-on-ubuntu-24-04"}}}}</script>
</body></html>`;

export const digitaloceanTutorial: TestPage = {
  html: doHtml,
  name: 'heldout118-digitalocean-tutorial',
  kind: 'docs',
  // the note span is body; command blocks (whose lines are <li> elements inside <pre>), file and "Output" labels are in
  // neither list; the "Tutorial" label is furniture; comments on the tutorial are furniture (their names and dates too);
  // the table-of-contents links repeat the headings and are left out; the author's name in the author box is a byline
  title: doTitle,
  headings: [...doHs],
  body: texts([...doIntro, ...doPre, ...doPreList, ...doS1, ...doS2, doNote, ...doS3, ...doS4, ...doEnd]),
  bylines: ['Published on October 7, 2025', 'By Rowan Achterberg', 'Rowan Achterberg'],
  furniture: [
    ...new Set([
      ...f3.doTop,
      ...f3.doNav,
      ...f3.doAuth,
      ...f3.doSub,
      'Tutorial',
      ...f3.doTags,
      'Senior Technical Writer',
      ...f3.doRail,
      ...f3.doThanks,
      ...f3.doAbout.filter((t) => t !== 'Rowan Achterberg'),
      ...f3.doStill,
      ...f3.doHelpful,
      ...f3.doCommentUi,
      ...f3.doComments.flat(),
      f3.doLicence,
      ...f3.doPromos,
      ...f3.doFoot.flatMap(([h, items]) => [h, ...items]),
      ...f3.doLegal,
      ...f3.doCookie,
    ]),
  ],
};
