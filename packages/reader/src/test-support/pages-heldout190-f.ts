import { links, ps, type TestPage, texts } from './page-kit.js';
import { comparisonGuide } from './pages-heldout190-f2.js';

/**
 * Held-out batch 190, file f: a tax software company's help article (the help-centre header with the search box and "Sign
 * in", breadcrumbs, the "Updated" line, the product tabs (online / desktop) with the desktop panel hidden, a note box, the
 * "Was this helpful?" vote with its hidden sign-in prompt, "Related articles", the "Still have questions?" panel with
 * community and expert help cards, the live-chat launcher and the footer legal text) and, from file f2, a price-comparison guide.
 */
const txTitle = 'How do I enter contributions to my health savings account (HSA)?';
const txIntro = [
  'Contributions you make to an HSA outside of payroll are usually deductible, and contributions through your employer are already ' +
    'excluded from your wages. You report both on Form 8889, which we fill out for you when you answer the HSA questions.',
  'Before you start, have your Form 5498-SA from your HSA trustee and your W-2 handy. Employer contributions appear in box 12 of your ' + 'W-2 with code W.',
];
const txTabs = ['Online and mobile', 'Desktop software'];
const txOnline = [
  'Sign in to your return and select Deductions & Credits from the left menu.',
  'Scroll to Medical and select Start or Revisit next to HSA, MSA Contributions and Distributions.',
  'Answer the questions about your coverage. Tell us whether you had self-only or family coverage and for which months.',
  'Enter any contributions you made directly to the HSA. Don’t include amounts your employer contributed through payroll; we take ' + 'those from your W-2.',
  'Continue until you reach the summary screen, which shows your deduction.',
];
const txDesktop = [
  'Open your return and select the Federal Taxes tab, then Deductions & Credits.',
  'Under Medical, select Update next to HSA, MSA Contributions and Distributions.',
  'Follow the on-screen questions to enter your coverage type and personal contributions.',
];
const txH1 = 'What if I contributed too much?';
const txP1 = [
  'The maximum depends on your coverage type and whether you are 55 or older. If your total contributions, including your ' +
    'employer’s, go over the limit, we will tell you on the summary screen. You can avoid the 6% excise tax by asking your HSA ' +
    'trustee to withdraw the excess, and any earnings on it, before your filing deadline.',
];
const txNote = 'Note: If you had HSA coverage for only part of the year, your limit may be prorated by month unless you qualify for the ' + 'last-month rule.';
const txH2 = 'What about withdrawals?';
const txP2 = [
  'If you took money out of your HSA, you’ll get Form 1099-SA. Withdrawals used for qualified medical expenses are tax-free. We ' +
    'will ask how much of the distribution you used for medical expenses and calculate any tax and penalty on the rest.',
];
const txNav = ['Products', 'Help', 'Community', 'Sign in'];
const txCrumbs = ['Help home', 'Deductions & credits', 'Medical'];
const txVote = ['Was this helpful?', 'Yes', 'No', 'You must sign in to vote.'];
const txRelated = ['What is Form 8889?', 'Are HSA contributions tax-deductible?', 'Where do I enter Form 1099-SA?', 'What is the last-month rule?'];
const txStill = [
  'Still have questions?',
  'Ask the community',
  'Get answers from other filers and our tax experts.',
  'Get expert help',
  'Connect with a tax expert for advice or a full review.',
];
const txChat = 'Chat with us';
const txFoot = ['Terms of service', 'Privacy', 'Security', 'Accessibility', 'Your privacy choices', 'Legal notices'];
const txLegal = 'Features, pricing and support options may change without notice. © 2026 LedgerLeaf Inc. All rights reserved.';
const txHtml = `<!DOCTYPE html>
<html lang="en-us"><head><meta charset="utf-8"><title>How do I enter contributions to my health savings account (HSA)? - LedgerLeaf Tax Help</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Enter HSA contributions and Form 8889.">
<meta name="robots" content="index,follow"><meta property="og:title" content="${txTitle}">
<link rel="canonical" href="https://help.ledgerleaf.example/article/hsa-contributions">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${txTitle}","dateModified":"2026-01-07",
"publisher":{"@type":"Organization","name":"LedgerLeaf"}}</script>
<link rel="stylesheet" href="/static/help-center/main.5a1d.css"><script>window.__HC_STATE__={"articleId":"KA-04817","locale":"en-us"};</script></head>
<body><div id="root"><a class="skip" href="#article">Skip to main content</a>
<header class="hc-header"><a class="hc-header__logo" href="/" aria-label="LedgerLeaf Tax"><svg></svg></a><nav aria-label="Site">
<ul>${links(txNav, 'hc-header__link')}</ul></nav><form class="hc-search" role="search"><label class="sr-only" for="hc-q">Search help articles</label>
<input id="hc-q" type="search" placeholder="Search help articles"></form></header>
<main class="hc-main"><nav class="hc-breadcrumbs" aria-label="Breadcrumb"><ol>${links(txCrumbs)}</ol></nav>
<div class="hc-layout"><article id="article" class="hc-article" data-article-id="KA-04817"><h1 class="hc-article__title">${txTitle}</h1>
<div class="hc-article__meta"><span>by LedgerLeaf</span> <span aria-hidden="true">•</span> <span>Updated January 7, 2026</span></div>
<div class="hc-article__body">
${ps(txIntro)}
<div class="hc-tabs"><div role="tablist">${txTabs
  .map((t, i) => `<button role="tab" aria-selected="${i === 0}" aria-controls="tab-${i}">${t}</button>`)
  .join('')}</div>
<div role="tabpanel" id="tab-0"><ol>${txOnline.map((t) => `<li>${t}</li>`).join('\n')}</ol></div>
<div role="tabpanel" id="tab-1" hidden><ol>${txDesktop.map((t) => `<li>${t}</li>`).join('\n')}</ol></div></div>
<h2>${txH1}</h2>
${ps(txP1)}
<div class="hc-callout hc-callout--note"><p>${txNote}</p></div>
<h2>${txH2}</h2>
${ps(txP2)}
</div>
<div class="hc-feedback"><p class="hc-feedback__q">${txVote[0]}</p><button>${txVote[1]}</button><button>${txVote[2]}</button>
<div class="hc-feedback__signin" hidden><p>${txVote[3]}</p></div></div></article>
<aside class="hc-aside"><section class="hc-related"><h2>Related articles</h2><ul>${links(txRelated)}</ul></section></aside></div>
<section class="hc-still"><h2>${txStill[0]}</h2><div class="hc-card"><h3>${txStill[1]}</h3><p>${txStill[2]}</p></div>
<div class="hc-card"><h3>${txStill[3]}</h3><p>${txStill[4]}</p></div></section></main>
<button class="hc-chat-launcher" aria-label="${txChat}"><span>${txChat}</span></button>
<footer class="hc-footer"><ul>${links(txFoot)}</ul><p class="hc-footer__legal">${txLegal}</p></footer></div>
<script src="/static/help-center/main.8e4b.js" defer></script></body></html>`;
const taxHelp: TestPage = {
  html: txHtml,
  name: 'heldout190-taxsoftware-docs',
  kind: 'docs',
  // both tab panels (online and the hidden desktop one) are article steps (body); the tab labels are in neither list; the note
  // box is body; the vote, related rail, "Still have questions?" cards and chat launcher are furniture
  title: txTitle,
  headings: [txH1, txH2],
  body: texts([...txIntro, ...txOnline, ...txDesktop, ...txP1, txNote, ...txP2]),
  bylines: ['by LedgerLeaf', 'Updated January 7, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...txNav, 'Search help articles', 'Help home', 'Deductions & credits', ...txVote, 'Related articles', ...txRelated,
    ...txStill, txChat, ...txFoot, txLegal,
  ],
};

export const HELDOUT190_F: readonly TestPage[] = [taxHelp, comparisonGuide];
