import { links, ps, type TestPage, texts } from './page-kit.js';
import { sessionize } from './pages-heldout239-f2.js';
import { j } from './pages-heldout239-kit.js';

/**
 * Held-out batch 239, file f: a university IT office's phishing-alert page on Drupal 10 (university alert bar, utility
 * links, IT office header and main menu, breadcrumb, node with alert type and posted / updated dates, the reported email
 * quoted as a blockquote with its sender and subject lines, a "Report phishing" callout block and a section sidebar menu,
 * the "Recent alerts" view and the university footer with address and social links) and, from file f2, a conference talk
 * page built with the Sessionize embed.
 */
const uTitle = 'Phishing alert: fake "Payroll direct deposit update" emails';
const uIntro = [
  j(
    'Our office has received many reports of an email that appears to come from Human Resources and asks',
    'employees to confirm their direct deposit details before the next pay run. The message is a phishing attempt. Do not click',
    'the link or enter your NetID password.',
  ),
  j(
    'The first messages arrived on the morning of March 9, and new variations have appeared each day since. Our mail filters now block',
    'the known sender addresses, but the attackers keep registering new ones, so some copies may still reach your inbox.',
  ),
  j(
    'The link leads to a copy of the university sign-in page hosted outside the university.',
    'Anyone who entered their password there can have their next paycheck redirected.',
  ),
];
const uEmailMeta = ['From: HR Payroll Services &lt;payroll-notice@hr-dept-portal.example&gt;', 'Subject: Action required: Direct deposit verification'];
const uEmail = [
  'Dear Employee,',
  j(
    'Due to a recent upgrade of our payroll system, all staff must verify their direct deposit information before Friday.',
    'Failure to do so may delay your salary payment. Please click below to verify your account.',
  ),
  'Verify Direct Deposit',
  'Regards, Payroll Office',
];
const uSigns = [
  'The sender address does not end in our university domain.',
  'The message creates urgency with a deadline and a threat of delayed pay.',
  'The greeting is generic and does not use your name.',
  'Payroll never asks you to confirm bank details by email; changes are made only in the employee self-service portal.',
];
const uDo = [
  'If you entered your password, change it right away at the NetID account page and call the IT Service Desk.',
  'Check your direct deposit settings in the employee self-service portal and contact Payroll if anything has changed.',
  'Report the email with the Report Phish button in Outlook, then delete it.',
];
const uAlert = 'Posted: March 9, 2026';
const uUpd = 'Updated: March 10, 2026, 8:15 a.m.';
const uUtil = ['Students', 'Faculty & Staff', 'Alumni', 'Directory', 'Give'];
const uMenu = ['Get Help', 'Service Catalog', 'Security', 'Accounts & Passwords', 'Status', 'About ITS'];
const uCrumbs = ['Home', 'Security', 'Phishing Alerts'];
const uSide = ['Security Overview', 'Phishing Alerts', 'Protect Your Devices', 'Multi-Factor Authentication', 'Security Awareness Training'];
const uRecent = ['Fake voicemail notifications with QR codes', 'Job offer scam targeting student workers', 'Shared document lure from a compromised account'];
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${uTitle} | Information Technology Services | Carrow State University</title>
<link rel="canonical" href="https://its.carrowstate.example/security/phishing-alerts/payroll-direct-deposit-update">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"currentPath":"node\\/1932"},
"google_analytics":{"account":"G-CSU"}}</script>
<link rel="stylesheet" media="all" href="/themes/custom/carrow/css/global.css?sd8r1q"><script src="/themes/custom/carrow/js/alert-bar.js"></script></head>
<body class="path-node page-node-type-phishing-alert"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="csu-alert-bar" role="region" aria-label="Campus status">
<p>Campus is open. Spring break runs March 16–20.</p></div>
<div class="csu-utility"><a class="csu-wordmark" href="https://www.carrowstate.example/">Carrow State University</a>
<ul class="csu-utility__links">${links(uUtil)}</ul></div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-sitebranding" class="block block-system">
<a href="/" rel="home" class="site-name">Information Technology Services</a></div></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu menu--main">${links(uMenu, 'menu-item')}</ul></nav></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><ol>${links(uCrumbs)}</ol></nav></div>
<main role="main" class="layout-main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<div class="region region-content"><div id="block-carrow-page-title" class="block block-core block-page-title-block">
<h1 class="page-title"><span class="field field--name-title field--type-string">${uTitle}</span></h1></div>
<div id="block-carrow-content" class="block block-system block-system-main-block">
<article data-history-node-id="1932" class="node node--type-phishing-alert node--view-mode-full">
<div class="node__meta"><div class="field field--name-field-alert-type"><span class="alert-badge alert-badge--phishing">Phishing</span></div>
<div class="field field--name-field-posted">${uAlert}</div>
<div class="field field--name-field-updated">${uUpd}</div></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${ps(uIntro)}
<h2>The email</h2>
<p>The message we received looks like this. Variations use different sender names and subjects.</p>
<blockquote class="phish-sample">
${ps(uEmailMeta)}
${ps(uEmail)}
</blockquote>
<h2>How to spot it</h2>
<ul>
${uSigns.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h2>What to do</h2>
<ul>
${uDo.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
</div></div></article></div></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first">
<nav role="navigation" id="block-security-submenu" class="block block-menu"><h2>Security</h2><ul class="menu">${links(uSide, 'menu-item')}</ul></nav>
<div id="block-reportphishing" class="block block-block-content callout callout--red"><h2>Report phishing</h2>
<p>Forward suspicious messages as attachments to phish@carrowstate.example or use the Report Phish button.</p>
<p>IT Service Desk: 555-0142, open 7 a.m. to 10 p.m.</p></div></div></aside>
<div class="region region-content-bottom"><div class="views-element-container block"><h2>Recent alerts</h2>
<div class="view view-phishing-alerts view-display-id-block_recent"><ul>${links(uRecent, 'views-row')}</ul>
<a href="/security/phishing-alerts" class="more-link">All phishing alerts</a></div></div></div></main>
<footer role="contentinfo" class="csu-footer"><div class="csu-footer__address"><p>Carrow State University</p>
<p>1200 Lakeshore Drive, Carrow, MN 55912</p></div>
<ul class="csu-footer__social"><li><a href="#">Instagram</a></li>
<li><a href="#">YouTube</a></li></ul>
<ul class="csu-footer__legal"><li><a href="/accessibility">Accessibility</a></li>
<li><a href="/privacy">Privacy</a></li>
<li><a href="/nondiscrimination">Notice of Nondiscrimination</a></li></ul>
<p class="csu-footer__copyright">© 2026 Carrow State University</p></footer></div>
<script src="/core/misc/drupal.js?v=10.4.3"></script></body></html>`;
const university: TestPage = {
  name: 'heldout239-drupal-university-phishing-alert',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: ['The email', 'How to spot it', 'What to do'],
  body: texts([
    ...uIntro,
    'The message we received looks like this. Variations use different sender names and subjects.',
    ...uEmailMeta,
    ...uEmail,
    ...uSigns,
    ...uDo,
  ]),
  bylines: [uAlert, uUpd],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Campus is open. Spring break runs March 16–20.', 'Carrow State University', ...uUtil, 'Information Technology Services',
    ...uMenu, 'Home', 'Phishing Alerts', ...uSide, 'Report phishing', 'Phishing',
    'Forward suspicious messages as attachments to phish@carrowstate.example or use the Report Phish button.',
    'IT Service Desk: 555-0142, open 7 a.m. to 10 p.m.', 'Recent alerts', ...uRecent, 'All phishing alerts', '1200 Lakeshore Drive, Carrow, MN 55912',
    'Instagram', 'YouTube', 'Accessibility', 'Privacy', 'Notice of Nondiscrimination', '© 2026 Carrow State University',
  ],
};

export const HELDOUT239_F: readonly TestPage[] = [university, sessionize];
