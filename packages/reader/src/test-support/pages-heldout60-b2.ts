import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 60, file b2: a DigitalOcean community tutorial (the marketing header and the Community sub-nav, the
 * "// Tutorial //" label, publish date and tags, the "By ... and ..." author line, the share links, the sticky table of
 * contents, the credit promo in the rail, DigitalOcean's command, label and output code blocks with copy buttons, a "Note:"
 * span, the "Thanks for learning" box, "About the author(s)", "Still looking for an answer?", "Was this helpful?", the
 * comment section with two comments, the licence line, the TrustArc cookie banner and the footer columns).
 */
const doTitle = 'How To Rotate Nginx Logs with logrotate on Ubuntu 24.04';
const doH = ['Introduction', 'Prerequisites', 'Step 1 — Reviewing the Default Configuration', 'Step 2 — Writing a Custom Rotation Policy'];
const doH2 = ['Step 3 — Testing the Policy with a Dry Run', 'Conclusion'];
const doIntro = [
  'Nginx writes a line to its access log for every request it serves, and on a busy server those files can grow by several ' +
    'gigabytes a day. If nothing trims them, the disk eventually fills up and Nginx stops accepting connections, usually at the worst moment.',
  'The <code>logrotate</code> utility solves this by renaming the current log on a schedule, compressing older copies, and deleting ' +
    'the oldest ones. In this tutorial, you will review the rotation policy that Ubuntu installs with Nginx, replace it with one ' +
    'that fits your traffic, and test the new policy before it runs for real.',
];
const doPre = 'To follow this tutorial, you will need:';
const doPreList = [
  'One Ubuntu 24.04 server with a non-root user that has <code>sudo</code> privileges and a firewall enabled. You can set this up ' +
    'by following our <a href="/community/tutorials/initial-server-setup-with-ubuntu">Initial Server Setup with Ubuntu</a> tutorial.',
  'Nginx installed and serving at least one site, as described in <a href="/community/tutorials/how-to-install-nginx-on-ubuntu">How ' +
    'To Install Nginx on Ubuntu</a>.',
];
const doS1 = [
  'When you install Nginx from the Ubuntu repositories, the package adds a rotation policy at <code>/etc/logrotate.d/nginx</code>. ' +
    'Print it to see what it does:',
  'The <code>daily</code> and <code>rotate 14</code> directives keep two weeks of logs. The <code>delaycompress</code> directive ' +
    'leaves the most recent rotated file uncompressed, which helps when another program is still reading it. The ' +
    '<code>postrotate</code> script tells Nginx to reopen its log files, so that it writes to the new, empty file instead of the renamed one.',
];
const doS2 = [
  'Two weeks of daily logs may be too little if you need to investigate incidents long after the fact, or too much if the disk ' +
    'is small. In this example, you will rotate whenever a log grows past 200 megabytes or a day has passed, and keep thirty compressed copies.',
  'Open the file in your preferred editor:',
  'Replace its contents with the following:',
  'The <code>maxsize</code> directive starts a rotation before the daily run when a file grows past the limit. For it to take ' +
    'effect, logrotate has to run more often than once a day. You can change its timer with <code>sudo systemctl edit ' +
    'logrotate.timer</code> and set <code>OnCalendar=hourly</code>.',
];
const doNote =
  'On Ubuntu 24.04, logrotate is started by a systemd timer rather than by cron. If you followed an older guide that added an ' +
  'hourly cron job, remove it to avoid running logrotate twice.';
const doS3 = [
  'Before you wait for the timer, run logrotate in debug mode. It reads the configuration and prints what it would do without ' + 'touching any files:',
  'If the output ends with <code>log does not need rotating</code>, the policy is valid. To force a rotation and confirm that ' +
    'Nginx keeps writing, run the command again with the <code>--force</code> flag and then list the log directory:',
  'You should see a new, empty <code>access.log</code> next to a file named <code>access.log.1</code>. Send a request to your ' +
    'server and check that the new line appears in <code>access.log</code>.',
];
const doEnd =
  'Your Nginx logs now rotate by size as well as by date, and you keep a month of history without risking a full disk. To go ' +
  'further, you can copy rotated logs to object storage before they are deleted, or forward them to a central log server with <code>rsyslog</code>.';
const doNav = ['Products', 'Solutions', 'Developers', 'Partners', 'Pricing'];
const doSub = ['Tutorials', 'Questions', 'Product Docs', 'Search Community'];
const doTags = ['Nginx', 'Ubuntu 24.04', 'Logging', 'System Tools'];
const doComments = [
  [
    'dario.ferrante',
    'August 3, 2025',
    'If PHP-FPM runs on the same box, its log lives elsewhere. I added its path to the same block and it rotated without trouble.',
  ],
  ['kwright', 'September 19, 2025', 'Worth knowing that copytruncate can drop a few lines on a busy server. Signalling Nginx in postrotate avoids that.'],
];
// biome-ignore format: the footer columns are packed a line each
const doFoot = [
  'Company', 'About', 'Leadership', 'Blog', 'Careers', 'Customers', 'Referral Program', 'Press', 'Legal', 'Privacy Policy', 'Security',
  'Droplets', 'Kubernetes', 'App Platform', 'GPU Droplets', 'Managed Databases', 'Spaces Object Storage', 'Load Balancers', 'Block Storage',
  'Community Tutorials', 'Community Q&A', 'Write for DOnations', 'Hatch Startup Program', 'Marketplace', 'Code of Conduct', 'Newsletter Signup',
];
const pre = (cls: string, code: string, label = ''): string =>
  (label === '' ? '' : `<div class="code-label" title="${label}">${label}</div>`) +
  `<div class="code-toolbar"><pre class="code-pre ${cls}"><code>${code}</code></pre><button class="copy-button" type="button">Copy</button></div>`;
const doHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${doTitle} | DigitalOcean</title>
<meta name="description" content="Learn how to configure logrotate for Nginx on Ubuntu 24.04 so that access and error logs never fill your disk.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${doTitle}","datePublished":"2025-06-12",
"author":[{"@type":"Person","name":"Maya Okafor"},{"@type":"Person","name":"Kofi Mensah"}]}</script>
<style data-styled="active">.sc-7f1e2a-0{display:flex}.sc-7f1e2a-1{font-weight:600}.note{background:#f3f5f9;display:block;padding:16px}</style>
</head><body><div id="__next">
<header class="sc-7f1e2a-0 HeaderStyles"><a href="https://www.digitalocean.com" aria-label="DigitalOcean home"><svg aria-hidden="true"></svg></a>
<nav aria-label="Main"><ul>${links(doNav, 'nav-item')}</ul></nav><a href="/login">Log in</a><a class="button" href="/sign-up">Sign up</a></header>
<nav class="CommunityNav" aria-label="Community"><a class="CommunityNav-home" href="/community">Community</a><ul>${links(doSub)}</ul></nav>
<main class="TutorialLayout"><div class="TutorialHeader"><span class="TutorialHeader-type">// Tutorial //</span>
<h1 class="sc-7f1e2a-1">${doTitle}</h1>
<div class="TutorialHeader-meta"><span>Published on <time datetime="2025-06-12">June 12, 2025</time></span>
<ul class="TagList">${links(doTags, 'Tag')}</ul></div>
<div class="AuthorLine"><img src="/avatars/maya-okafor.jpg" alt="" width="24"><span>By <a href="/community/users/mokafor">Maya Okafor</a> and
<a href="/community/users/kmensah">Kofi Mensah</a></span></div>
<div class="ShareLinks" aria-label="Share"><a href="#">Share on X</a><a href="#">Share on LinkedIn</a><a href="#">Share on Facebook</a></div></div>
<div class="TutorialBody"><aside class="TableOfContents"><p class="TableOfContents-title">Table of contents</p><ol>
${[...doH, ...doH2].map((h, i) => `<li><a href="#step-${i}">${h}</a></li>`).join('')}</ol></aside>
<div class="Markdown content-body" data-testid="tutorial-body">
<h2 id="introduction">${doH[0]}</h2>${doIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="prerequisites">${doH[1]}</h2><p>${doPre}</p><ul>${doPreList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<h2 id="step-1-reviewing-the-default-configuration">${doH[2]}</h2><p>${doS1[0]}</p>
${pre('command prefixed', 'cat /etc/logrotate.d/nginx')}
<div class="secondary-code-label" title="Output">Output</div>
${pre(
  '',
  `/var/log/nginx/*.log {\n\tdaily\n\tmissingok\n\trotate 14\n\tcompress\n\tdelaycompress\n\tnotifempty\n\tcreate 0640 www-data adm
\tsharedscripts\n\tpostrotate\n\t\tinvoke-rc.d nginx rotate &gt;/dev/null 2&gt;&amp;1\n\tendscript\n}`,
)}
<p>${doS1[1]}</p>
<h2 id="step-2-writing-a-custom-rotation-policy">${doH[3]}</h2><p>${doS2[0]}</p><p>${doS2[1]}</p>
${pre('command prefixed', 'sudo nano /etc/logrotate.d/nginx')}<p>${doS2[2]}</p>
${pre(
  '',
  `/var/log/nginx/*.log {\n\tdaily\n\tmaxsize <span class="highlight">200M</span>\n\trotate <span class="highlight">30</span>\n\tcompress
\tdelaycompress\n\tmissingok\n\tnotifempty\n\tcreate 0640 www-data adm\n\tsharedscripts\n\tpostrotate\n\t\tinvoke-rc.d nginx rotate &gt;/dev/null 2&gt;&amp;1
\tendscript\n}`,
  '/etc/logrotate.d/nginx',
)}
<p>${doS2[3]}</p>
<p><span class="note"><strong>Note:</strong> ${doNote}</span></p>
<h2 id="step-3-testing-the-policy-with-a-dry-run">${doH2[0]}</h2><p>${doS3[0]}</p>
${pre('command prefixed', 'sudo logrotate --debug /etc/logrotate.d/nginx')}<p>${doS3[1]}</p>
${pre('command prefixed', 'sudo logrotate --force /etc/logrotate.d/nginx\nls -l /var/log/nginx')}<p>${doS3[2]}</p>
<h2 id="conclusion">${doH2[1]}</h2><p>${doEnd}</p></div>
<aside class="PromoRail"><div class="PromoCard"><p class="PromoCard-title">Deploy on DigitalOcean</p>
<p>New accounts get $200 in credit to use on any product within 60 days.</p><a class="button" href="/sign-up">Get started for free</a></div></aside></div>
<section class="ThanksBox">
<p>Thanks for learning with the DigitalOcean Community. Explore our products for compute, storage, networking and managed databases.</p>
<a href="/products">Learn more about our products</a></section>
<section class="AboutAuthors"><h2>About the author(s)</h2><div class="AuthorCard"><a href="/community/users/mokafor">Maya Okafor</a>
<p class="AuthorCard-role">Technical Writer</p><p>Maya writes about Linux administration and web servers for the DigitalOcean Community.</p></div>
<div class="AuthorCard"><a href="/community/users/kmensah">Kofi Mensah</a><p class="AuthorCard-role">Senior Technical Editor</p></div></section>
<section class="StillLooking"><p>Still looking for an answer?</p><a href="/community/questions/new">Ask a question</a>
<a href="/community/search">Search for more help</a></section>
<div class="Helpful"><p>Was this helpful?</p><button>Yes</button><button>No</button></div>
<section class="Comments" id="comments"><h2>Comments</h2><form><textarea placeholder="Leave a comment..."></textarea>
<p class="Comments-hint">This textbox uses Markdown to format your comment.</p><a href="/login">Sign in or sign up to comment</a></form>
${doComments
  .map(
    ([u, d, t]) =>
      `<div class="Comment"><div class="Comment-meta"><a href="/community/users/${u}">${u}</a> <time>${d}</time></div><p>${t}</p>` +
      '<div class="Comment-actions"><button>Reply</button><button aria-label="Like">👍</button></div></div>',
  )
  .join('\n')}
</section>
<p class="License"><a rel="license" href="https://creativecommons.org/licenses/by-nc-sa/4.0/">This work is licensed under a Creative Commons
Attribution-NonCommercial-ShareAlike 4.0 International License.</a></p></main>
<footer class="Footer"><ul>${links(doFoot, 'Footer-link')}</ul><p>© 2025 DigitalOcean, LLC.</p></footer>
<div id="truste-consent-track" role="dialog" aria-label="Cookie consent"><p id="truste-consent-text">We use cookies to improve your experience
and to measure how the site is used. You can change your choices at any time.</p><button id="truste-consent-button">Agree &amp; Proceed</button>
<button id="truste-show-consent">Cookie Preferences</button></div></div></body></html>`;
export const digitalOceanTutorial: TestPage = {
  html: doHtml,
  name: 'heldout60-digitalocean-tutorial',
  kind: 'docs',
  // the "Note:" span is body ("Note:" in neither); the command, output and file blocks with their "Output" and file-name labels
  // are in neither list, their "Copy" buttons furniture; the two authors and the publish line are bylines ("By" and "and" in
  // neither), and on this tutorial, as on a blog post, the comments are furniture while their posters and dates are bylines (a
  // reader could doubt that: they are author and date lines); the "About the author(s)" box repeats the names (kept once, in
  // bylines) with roles and a bio that are furniture; the "// Tutorial //" label (a word of the body) and the "Nginx" tag (a
  // word of the commands) are left out; the other tags, share links, table of contents label (its entries repeat the
  // headings: in neither), promo rail, "Thanks for learning" box, help links, licence, cookie banner and footer are furniture
  title: doTitle,
  headings: [...doH, ...doH2],
  body: [...texts(doIntro), doPre, ...texts(doPreList), ...texts(doS1), ...texts(doS2), ...texts([doNote]), ...texts(doS3), ...texts([doEnd])],
  bylines: ['Published on June 12, 2025', 'Maya Okafor', 'Kofi Mensah', ...doComments.flatMap(([u, d]) => [u!, d!])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...doNav, 'Log in', 'Sign up', 'Community', ...doSub, ...doTags.slice(1), 'Share on X', 'Share on LinkedIn', 'Share on Facebook',
    'Table of contents', 'Copy', 'Deploy on DigitalOcean', 'New accounts get $200 in credit to use on any product within 60 days.',
    'Get started for free',
    'Thanks for learning with the DigitalOcean Community. Explore our products for compute, storage, networking and managed databases.',
    'Learn more about our products', 'About the author(s)', 'Technical Writer',
    'Maya writes about Linux administration and web servers for the DigitalOcean Community.',
    'Senior Technical Editor', 'Still looking for an answer?', 'Ask a question', 'Search for more help', 'Was this helpful?', 'Yes', 'No', 'Comments',
    'This textbox uses Markdown to format your comment.', 'Sign in or sign up to comment', ...doComments.map(([, , t]) => t!), 'Reply',
    'This work is licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License.', ...doFoot,
    '© 2025 DigitalOcean, LLC.', 'We use cookies to improve your experience and to measure how the site is used. You can change your choices at any time.',
    'Agree & Proceed', 'Cookie Preferences',
  ],
};
