import { links, ps, type TestPage, texts } from './page-kit.js';
import { sfkb } from './pages-heldout239-d2.js';
import { j } from './pages-heldout239-kit.js';

/**
 * Held-out batch 239, file d: a password manager's help-center article on Zendesk Guide with the Copenhagen theme (header
 * with "Submit a request" and "Sign in", sub-nav breadcrumbs and search, the "Articles in this section" sidebar, the
 * article header with author avatar, date and Follow button, the article body with a note callout and steps, the
 * attachments-free article footer with share links, "Was this article helpful?" votes, "Have more questions?", return
 * to top, "Related articles", the closed comments notice and the "Powered by Zendesk" footer) and, from file d2, a security
 * vendor's knowledge-base article on a Salesforce Experience Cloud (Lightning) site.
 */
const zTitle = 'Set up a hardware security key for two-step login';
const zIntro = [
  j(
    'A hardware security key is the strongest second factor you can add to your Vaultwell account. Once it is set up, nobody can',
    'sign in to your vault without both your master password and the physical key, even if they trick you into entering a code on',
    'a fake website.',
  ),
  'Security keys are available on every Vaultwell plan, including Free. You can register up to five keys per account.',
];
const zNote = [
  j(
    '<strong>Note:</strong> Register at least two keys and keep one in a safe place. If you lose your only key, you will need your',
    'recovery code to get back into your account.',
  ),
];
const zBefore = [
  'A FIDO2 or WebAuthn compatible key, such as a USB-A, USB-C or NFC key.',
  'The latest version of the Vaultwell browser extension or desktop app.',
  'Your recovery code, in case something goes wrong during setup.',
];
const zSteps = [
  'Open the web vault and sign in.',
  'Select your account name in the top right, then choose <strong>Account settings</strong>.',
  'Go to <strong>Security</strong> &gt; <strong>Two-step login</strong>.',
  'Under <strong>Hardware keys</strong>, select <strong>Add key</strong> and enter a name for it, such as "Blue USB-C key".',
  'Insert or tap the key when your browser asks for it, and touch its button if it has one.',
  'Repeat the steps for your backup key.',
];
const zMobile = [
  j(
    'On iOS and Android, NFC keys work with the Vaultwell app when you hold the key against the back of the phone. USB-C keys work',
    'on most Android phones and on iPhones with a USB-C port. If your key does not respond, check that NFC is turned on in your',
    'phone\u2019s settings.',
  ),
];
const zTrouble = [
  j(
    'If the browser does not show the security key prompt, make sure you are not using a private window with extensions disabled.',
    'Some older keys only support U2F; these still work in the browser extension but not in the mobile apps.',
  ),
];
const zCrumbs = ['Vaultwell Help Center', 'Account security', 'Signing in securely'];
const zSide = [
  'Turn on two-step login with an authenticator app',
  'Use your recovery code',
  'Set up a hardware security key for two-step login',
  'Remember this device for 30 days',
];
const zRelated = ['Choose a strong master password', 'What to do if you lose your phone', 'Sign in with passkeys'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><!-- v26815 -->
<title>${zTitle} – Vaultwell Help Center</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="hc:meta-token">
<link rel="canonical" href="https://support.vaultwell.example/hc/en-us/articles/360071122334-Set-up-a-hardware-security-key">
<meta content="https://support.vaultwell.example/hc/article_attachments/logo.png" property="og:image"><meta content="article" property="og:type">
<meta content="${zTitle}" property="og:title"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-4f9e2b.css" media="all">
<link rel="stylesheet" href="//theme.zdassets.example/theme_assets/9911/style.css?digest=8a7c" media="all">
<script src="https://static.zdassets.example/hc/assets/en-us.js"></script>
<script type="text/javascript">window.HelpCenter = {"account":{"subdomain":"vaultwell"},"user":{"role":"anonymous"}};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="/hc/theme_assets/logo.png" alt="Vaultwell Help Center home page">
</a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li>
<li><a class="sign-in" rel="nofollow" data-auth-action="signin" href="/hc/en-us/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${links(zCrumbs)}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input type="search" name="query"
placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<div class="collapsible-sidebar-body"><ul>${links(zSide, 'sidenav-item')}</ul>
<a href="/hc/en-us/sections/3600" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="/hc/user_images/lh.png" alt="" class="user-avatar"></div>
<div class="article-meta"><span>Leona Hartwell</span>
<ul class="meta-group"><li class="meta-data"><time datetime="2026-02-19T10:04:33Z" title="2026-02-19 10:04" data-datetime="relative">February 19, 2026
</time></li>
<li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button" title="Opens a sign-in dialog" rel="nofollow" role="button"
href="/hc/en-us/articles/360071122334/subscription.html">Follow</a>
</header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zIntro)}
<div class="callout callout--note">${ps(zNote)}</div>
<h2 id="h_01HX1">Before you begin</h2>
<p>You will need:</p>
<ul>
${zBefore.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h2 id="h_01HX2">Add a security key</h2>
<ol>
${zSteps.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
<p><img src="/hc/article_attachments/add-key.png" alt="The Add key button under Hardware keys"></p>
<h2 id="h_01HX3">Use a key on your phone</h2>
${ps(zMobile)}
<h2 id="h_01HX4">Troubleshooting</h2>
${ps(zTrouble)}
</div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">
<li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-twitter">Twitter</a></li>
<li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful"
aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful" aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">41 out of 47 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRelated)}</ul></section></div>
<div class="article-comments" id="article-comments"><section class="comments"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">Article is closed for comments.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Vaultwell Help Center</a>
<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (US)</button></div>
<a class="powered-by-zendesk" href="https://www.zendesk.example/service/help-center/">Powered by Zendesk</a></div></footer>
<script src="//static.zdassets.example/hc/assets/hc_enduser-2f1c.js"></script>
<script>HelpCenter.internal.article_votes.init({articleId: 360071122334});</script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout239-zendesk-password-manager-help',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: ['Before you begin', 'Add a security key', 'Use a key on your phone', 'Troubleshooting'],
  body: texts([...zIntro, ...zNote, 'You will need:', ...zBefore, ...zSteps, ...zMobile, ...zTrouble]),
  bylines: ['Leona Hartwell', 'February 19, 2026', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSide.filter((t) => t !== zTitle),
    'See more', 'Follow', 'Facebook', 'Twitter', 'LinkedIn', 'Was this article helpful?', 'Yes', '41 out of 47 found this helpful',
    'Have more questions?', 'Return to top', 'Related articles', ...zRelated, 'Comments', 'Article is closed for comments.', 'English (US)',
    'Powered by Zendesk',
  ],
};

export const HELDOUT239_D: readonly TestPage[] = [zendesk, sfkb];
