import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 108, file b2: a Zendesk Guide help-centre article in the Copenhagen theme for an invented invoicing SaaS
 * (skip link, header with "Submit a request" and "Sign in", breadcrumbs and search, the collapsible "Articles in this
 * section" sidebar, the author block with the "Updated" time and "Follow", a callout at the top of the article body, the
 * share links, the vote widget, "Have more questions?", "Return to top", related and recently viewed articles, two comments
 * with the sign-in prompt, and the footer with "Powered by Zendesk").
 */
const zdTitle = 'Issue a credit note for a paid invoice';
const zdCallout =
  '<strong>Plan availability:</strong> Credit notes are available on the Growth and Scale plans. On the Starter plan you can void an ' +
  'unpaid invoice instead.';
const zdIntro = [
  'A credit note reduces or cancels the amount a customer owes you on an invoice that has already been sent or paid. Use one when ' +
    'you charged for the wrong quantity, gave a discount after the fact, or need to refund part of an order. The original invoice ' +
    'stays in your records, and the credit note is linked to it so that your books still add up.',
];
const zdH1 = 'Create the credit note';
const zdSteps = [
  'In Tallyho, go to <strong>Sales</strong> &gt; <strong>Invoices</strong> and open the paid invoice.',
  'Click the <strong>More</strong> menu in the top right corner and select <strong>Issue credit note</strong>.',
  'Choose whether to credit the full invoice or only some lines. For a partial credit, enter the quantity or amount to credit on each line.',
  'Add a reason. The reason appears on the PDF your customer receives, so keep it short and clear.',
  'Click <strong>Issue</strong>. The credit note gets the next number in your credit note sequence, for example CN-0042.',
];
const zdH2 = 'Choose what happens to the money';
const zdP2 = ['Once the credit note is issued, Tallyho asks how you want to settle it. You have three options:'];
const zdOpts = [
  '<strong>Refund the customer.</strong> Record a refund you have made by bank transfer, or, if the invoice was paid by card through ' +
    'Tallyho Payments, send the refund to the card automatically.',
  '<strong>Keep as account credit.</strong> The amount is held on the customer’s account and applied to their next invoice.',
  '<strong>Apply to another invoice.</strong> Pick one of the customer’s open invoices and reduce its balance straight away.',
];
const zdP3 = [
  'Card refunds usually reach the customer within five to ten working days. You can follow the refund on the activity timeline of ' + 'the credit note.',
];
const zdH3 = 'Things to keep in mind';
const zdList = [
  'You cannot edit a credit note after it has been issued. If you make a mistake, void it and issue a new one.',
  'Credit notes use the tax rates of the original invoice, even if your default rates have changed since.',
  'If you sync with an accounting app, the credit note is sent there the next time the sync runs, usually within fifteen minutes.',
  'The total of all credit notes on an invoice cannot be more than the amount of the invoice.',
];
const zdP4 = [
  'If you need to credit an invoice that was imported from another system, contact our support team and we will help you set up the ' + 'credit manually.',
];
const zdCrumbs = ['Tallyho Help Center', 'Billing and payments', 'Invoices'];
const zdSide = [
  'Send an invoice by email',
  'Set up recurring invoices',
  'Void or delete an invoice',
  'Add late payment reminders',
  'Change your invoice numbering',
];
const zdRelated = ['Refund a card payment', 'How account credit works', 'Sync credit notes with your accounting app'];
const zdComments = [
  {
    name: 'Joost van Leeuwen',
    time: 'October 2, 2025 09:41',
    text:
      'Is there a way to issue a credit note in a different currency from the original invoice? Our customer paid in euros but wants ' +
      'the refund in pounds.',
  },
  {
    name: 'Priya Raman',
    time: 'October 2, 2025 11:05',
    text:
      'Hi Joost, credit notes always use the currency of the invoice they are linked to. You can record the refund in pounds as a ' +
      'manual payment, though, and note the exchange rate in the reference field.',
  },
];
const zdHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><!-- v26873 --><title>Issue a credit note for a paid invoice – Tallyho Help Center</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content=""><link rel="canonical"
href="https://help.tallyho.example/hc/en-us/articles/8812049376145">
<link rel="alternate" hreflang="en-us" href="https://help.tallyho.example/hc/en-us/articles/8812049376145"><meta name="description"
content="A credit note reduces or cancels the amount a customer owes you.">
<meta property="og:image" content="https://help.tallyho.example/hc/theming_assets/01HZ/logo.png"><meta property="og:type" content="website">
<meta property="og:site_name" content="Tallyho Help Center"><meta property="og:title" content="${zdTitle}"><meta property="og:url"
content="https://help.tallyho.example/hc/en-us/articles/8812049376145">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-b2f8d0b8.css" media="all"><link rel="stylesheet"
href="https://theme.zdassets.example/theming_assets/style.css">
<meta content="width=device-width, initial-scale=1.0" name="viewport"><script src="https://static.zdassets.example/hc/assets/jquery-ed472032.js"></script>
<script type="text/javascript">HelpCenter = {}; HelpCenter.account = {"subdomain":"tallyho","environment":"production","name":"Tallyho"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="https://theme.zdassets.example/theming_assets/logo.png"
alt="Tallyho Help Center home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li>
<li><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialog" role="button" href="/hc/en-us/signin">Sign in</a></li></ul></nav></div>
<div class="nav-wrapper-mobile"><button class="menu-button-mobile" aria-controls="user-nav-mobile" aria-expanded="false" aria-label="Toggle navigation menu">
</button><nav class="menu-list-mobile" id="user-nav-mobile" aria-expanded="false"><ul class="menu-list-mobile-items">
<li class="item"><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li><li class="item"><a rel="nofollow"
data-auth-action="signin" href="/hc/en-us/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs">${zdCrumbs.map((t) => `<li title="${t}"><a href="/hc/en-us/categories/${t.length}">${t}</a></li>`).join('\n')}</ol></nav>
<div class="search-container"><svg class="search-icon" aria-hidden="true" viewBox="0 0 12 12"></svg><form role="search" class="search"
action="/hc/en-us/search">
<input type="hidden" name="utf8" value="✓"><input type="search" name="query" id="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false">
<svg class="collapsible-sidebar-toggle-icon chevron-icon" viewBox="0 0 12 12"></svg></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body">
<ul>${zdSide.map((t, i) => `<li><a href="/hc/en-us/articles/88120${i}" class="sidenav-item">${t}</a></li>`).join('\n')}
<li><a href="/hc/en-us/articles/8812049376145" class="sidenav-item current-article">${zdTitle}</a></li></ul>
<a href="/hc/en-us/sections/4409" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zdTitle}" class="article-title">${zdTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://tallyho.zendesk.example/system/photos/priya.png" alt="" class="user-avatar">
</div>
<div class="article-meta"><a href="/hc/en-us/profiles/40213-Priya-Raman">Priya Raman</a><ul class="meta-group"><li class="meta-data">
<time datetime="2025-09-30T14:12:08Z" title="2025-09-30 14:12" data-datetime="relative">September 30, 2025 14:12</time></li><li class="meta-data">Updated</li>
</ul></div></div><a class="article-subscribe button-secondary" title="Opens a sign-in dialog" rel="nofollow" role="button" data-auth-action="signin"
aria-selected="false" href="/hc/en-us/articles/8812049376145/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
<div class="callout callout--warning"><p>${zdCallout}</p></div>
${ps(zdIntro)}
<h2 id="h_01J8C2">${zdH1}</h2><ol>${zdSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<p><img src="https://help.tallyho.example/hc/article_attachments/88133/credit-note-dialog.png" alt="The Issue credit note dialog" width="620"></p>
<h2 id="h_01J8C3">${zdH2}</h2>${ps(zdP2)}<ul>${zdOpts.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(zdP3)}
<h2 id="h_01J8C4">${zdH3}</h2><ul>${zdList.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(zdP4)}
</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">
<li><a href="https://www.facebook.com/share.php?title=Issue+a+credit+note" class="share-facebook" aria-label="Facebook"><svg viewBox="0 0 12 12"></svg></a></li>
<li><a href="https://twitter.com/share?lang=en" class="share-twitter" aria-label="X Corp"><svg viewBox="0 0 12 12"></svg></a></li>
<li><a href="https://www.linkedin.com/shareArticle?mini=true" class="share-linkedin" aria-label="LinkedIn"><svg viewBox="0 0 12 12"></svg></a></li></ul></div>
<div class="article-comment-count"><svg class="article-comment-count-icon" viewBox="0 0 16 16"></svg><a href="#comments"
class="article-comment-count-link">2</a></div>
</div><div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up"
data-auth-action="signin" aria-label="This article was helpful" aria-pressed="false">Yes</button><button type="button"
class="button article-vote article-vote-down"
data-auth-action="signin" aria-label="This article was not helpful" aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">14 out of 17 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top<svg class="article-return-to-top-icon" viewBox="0 0 12 12"></svg></a></div>
</footer>
<div class="article-relatives"><div data-recent-articles><section class="recent-articles"><h2>Recently viewed articles</h2><ul>
<li><a href="/hc/en-us/articles/881">${zdSide[2]}</a></li></ul></section></div>
<div data-related-articles data-article-id="8812049376145"><section class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zdRelated)}</ul></section></div></div>
<div class="article-comments" id="article-comments"><section class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">2 comments</p></section><section id="comments" class="comment-list"><ul>${zdComments
  .map(
    (
      c,
    ) => `<li id="community_comment_${c.time.length}" class="comment"><div class="comment-info"><div class="comment-author"><div class="avatar comment-avatar">
<img src="https://tallyho.zendesk.example/system/photos/default.png" alt="" class="user-avatar"></div><div class="comment-meta"><span title="${c.name}">
<a href="/hc/en-us/profiles/${c.name.length}">${c.name}</a></span><ul class="meta-group"><li class="meta-data"><time datetime="2025-10-02">${c.time}</time></li>
</ul></div></div><section class="comment-body">${ps([c.text])}</section></div></li>`,
  )
  .join(
    '\n',
  )}</ul></section><p class="comment-callout">Please <a data-auth-action="signin" rel="nofollow" href="/hc/en-us/signin">sign in</a> to leave a comment.</p>
</div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Tallyho Help Center</a><div class="footer-language-selector">
<button class="dropdown-toggle" aria-haspopup="true">English (US)<svg viewBox="0 0 12 12"></svg></button></div>
<div class="powered-by-zendesk"><a
href="https://www.zendesk.com/service/help-center/?utm_source=helpcenter&amp;utm_medium=poweredbyzendesk">Powered by Zendesk</a></div>
</div></footer><script src="//static.zdassets.example/hc/assets/en-us.bbb9c8f2.js"></script><script
src="https://theme.zdassets.example/theming_assets/script.js"></script>
</body></html>`;
export const zendeskArticle: TestPage = {
  html: zdHtml,
  name: 'heldout108-zendesk-help-docs',
  kind: 'docs',
  // the plan-availability callout at the top of the body is part of the article (body); the author name and the "Updated"
  // time are bylines; the comments (reader comments on a help article) are furniture, their names and times too; the
  // sidebar's current-article entry repeats the title (left out)
  title: zdTitle,
  headings: [zdH1, zdH2, zdH3],
  body: texts([zdCallout, ...zdIntro, ...zdSteps, ...zdP2, ...zdOpts, ...zdP3, ...zdList, ...zdP4]),
  bylines: ['Priya Raman', 'September 30, 2025 14:12', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zdCrumbs, 'Articles in this section', ...zdSide, 'See more', 'Follow',
    'Was this article helpful?', 'Yes', 'No', '14 out of 17 found this helpful', 'Have more questions? Submit a request', 'Return to top',
    'Recently viewed articles', 'Related articles', ...zdRelated, 'Comments', '2 comments', 'Joost van Leeuwen', ...zdComments.flatMap((c) => [c.time, c.text]),
    'Please sign in to leave a comment.', 'English (US)', 'Powered by Zendesk',
  ],
};
